#!/usr/bin/env python3
"""Regenerate data/rulers.tsv, the effective leaders of every state from 1990 to 2015.

Usage:
    python3 scripts/build_rulers.py [SHARED_DATA_DIR]   # defaults to ../shared/data

Reads (under SHARED_DATA_DIR/kb-sources/):
    archigos_4.1_leader_spells.tsv  ARCHIGOS 4.1 leader spells (Goemans, Gleditsch and
                                    Chiozza; cite ARCHIGOS.bib): who effectively ruled each
                                    state, from which day to which day
    owid-regions.codes.csv          Correlates-of-War state numbers to ISO 3166-1 alpha-3 (MIT)

Writes one row per spell that ends on or after 1990-01-01: the ruler's name as ARCHIGOS
writes it, the state, the first day and the day the spell ended. ARCHIGOS stops observing on
2015-12-31, so a spell that runs to that day is open: its end is left empty, and warta reads
the table only for articles published before it. Standard library only; deterministic.
"""

import csv
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SINCE = "1990-01-01"
CENSORED = "2015-12-31"
# Correlates-of-War numbers OWID gives no ISO code, for states that exist in ISO 3166-1:
# Serbia after 2006 (COW 340; OWID gives Serbia Yugoslavia's 345), Kosovo (347; warta's
# states.tsv writes it XKK), and the two numbers ARCHIGOS keeps across a unification, West
# Germany's (260) for Germany and North Yemen's (678) for Yemen.
COW_EXTRA = {"340": "SRB", "347": "XKK", "260": "DEU", "678": "YEM"}
# States that ended in the early 1990s and have no ISO code: East Germany (265),
# Czechoslovakia (315), South Yemen (680).
COW_GONE = {"265", "315", "680"}


def main() -> None:
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "data")
    src = os.path.join(shared, "kb-sources")
    with open(os.path.join(src, "owid-regions.codes.csv"), encoding="utf-8") as f:
        cow = {r["cow_code"]: r["iso_alpha3"] for r in csv.DictReader(f) if r["iso_alpha3"]}
    cow.update(COW_EXTRA)
    rows, unmapped = [], set()
    with open(os.path.join(src, "archigos_4.1_leader_spells.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["enddate"] < SINCE:
                continue
            if r["ccode"] in COW_GONE:
                continue
            iso3 = cow.get(r["ccode"])
            if not iso3:
                unmapped.add(f"{r['ccode']} {r['idacr']}")
                continue
            end = "" if r["enddate"] == CENSORED else r["enddate"]
            rows.append((iso3, r["startdate"], r["leader"].strip(), end, r["obsid"]))
    if unmapped:
        raise SystemExit(f"no ISO code for COW states {sorted(unmapped)}: map or drop them")
    rows.sort()
    out = os.path.join(REPO, "data", "rulers.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("state_iso3\tstart\tname\tend\tarchigos_obsid\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{out}: {len(rows)} spells")


if __name__ == "__main__":
    main()
