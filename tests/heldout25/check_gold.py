#!/usr/bin/env python3
"""Check the held-out articles and their gold files for mechanical mistakes.

Usage: python3 check_gold.py [DIR] [--shared PATH]

DIR defaults to this file's folder; PATH defaults to `../shared` beside the repository.
It checks what a human annotator gets wrong by accident, not the annotations' judgement:
file shapes, that every surface form and negative phrase is an exact substring, that QIDs,
ISO3 codes, CAMEO codes and roles exist in the shared tables, that dates are well formed and
not after publication, that weekday-plus-date expressions in the texts match the calendar,
that event states are also listed as State entities, and the size limits of the set
(150-350 words, 3-8 events per article). Without the shared tables, the checks that need
them are skipped with a message. Exit status 1 if anything is wrong.
"""

import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path

HEADER = ["kind", "a", "b", "c", "d", "note"]
ENTITY_TYPES = {"State", "Person", "Organization", "Place"}
ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "other"}
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
DAY_SLASH = re.compile(r"\b(%s)\s*\((\d{1,2})/(\d{1,2})\)" % "|".join(WEEKDAYS))
DAY_LONG = re.compile(r"\b(%s),?\s+(\d{1,2})\s+(%s)\s+(\d{4})\b"
                      % ("|".join(WEEKDAYS), "|".join(MONTHS)))
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
QID = re.compile(r"^Q\d+$")
MIN_WORDS, MAX_WORDS = 150, 350
MIN_EVENTS, MAX_EVENTS = 3, 8


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


class Tables:
    """QIDs, ISO3 codes and CAMEO codes from shared/data; None when it is absent."""

    def __init__(self, shared):
        data = shared / "data"
        self.persons = {}  # QID -> set of ISO3 the KB attaches the person to
        for r in read_tsv(data / "kb/leaders.tsv"):
            if r["person_qid"]:
                self.persons.setdefault(r["person_qid"], set()).add(r["state_iso3"])
        self.orgs = {r["qid"] for r in read_tsv(data / "kb/organisations.tsv") if r["qid"]}
        self.places = {r["qid"] for r in read_tsv(data / "kb/places.tsv") if r["qid"]}
        self.iso3_qid = {}
        for r in read_tsv(data / "kb-sources/countries_merged_id.tsv"):
            if r["iso3"]:
                self.iso3_qid[r["iso3"]] = r["wikidata_owid"]
        self.states = {q for q in self.iso3_qid.values() if q}
        self.cameo = {r["code"] for r in read_tsv(data / "cameo/cameo-codes.tsv")}


def resolve(day, month, published):
    """The latest date with this day and month that is not after `published`."""
    for year in (published.year, published.year - 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d <= published:
            return d
    return None


def check_article(json_path, tables, err):
    stem = json_path.name[: -len(".json")]
    gold_path = json_path.with_name(stem + ".gold.tsv")
    where = stem

    art = json.loads(json_path.read_text(encoding="utf-8"))
    keys = {"id", "title", "published", "lang", "url", "body"}
    if set(art) != keys:
        err(where, f"json keys {sorted(art)} differ from {sorted(keys)}")
    if art.get("id") != stem:
        err(where, f"json id {art.get('id')!r} differs from the file name")
    if art.get("lang") != "id":
        err(where, "lang must be 'id'")
    try:
        published = dt.date.fromisoformat(art.get("published", ""))
    except ValueError:
        err(where, f"published {art.get('published')!r} is not YYYY-MM-DD")
        return None
    if not stem.endswith(published.isoformat()):
        err(where, "the id should end with the publication date")
    title, body = art.get("title", ""), art.get("body", "")
    text = title + "\n" + body
    words = len(body.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(where, f"body has {words} words, outside {MIN_WORDS}-{MAX_WORDS}")

    # Weekdays written with a date must match the calendar.
    for m in DAY_SLASH.finditer(text):
        d = resolve(int(m.group(2)), int(m.group(3)), published)
        if d is None or WEEKDAYS[d.weekday()] != m.group(1):
            err(where, f"'{m.group(0)}' does not match the calendar (resolved to {d})")
    for m in DAY_LONG.finditer(text):
        d = dt.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
        if WEEKDAYS[d.weekday()] != m.group(1):
            err(where, f"'{m.group(0)}' is a {WEEKDAYS[d.weekday()]}")

    if not gold_path.exists():
        err(where, f"{gold_path.name} is missing")
        return None
    lines = gold_path.read_text(encoding="utf-8").split("\n")
    if lines[-1] == "":
        lines.pop()
    else:
        err(where, "gold file must end with a newline")
    if lines[0].split("\t") != HEADER:
        err(where, f"header must be {HEADER}")
    rows, seen = [], set()
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != 6:
            err(where, f"line {n}: {len(cells)} columns, expected 6")
            continue
        if line in seen:
            err(where, f"line {n}: duplicate row")
        seen.add(line)
        rows.append((n, cells))

    state_qids = set()
    person_qids = set()
    events = 0
    for n, (kind, a, b, c, d, note) in rows:
        at = f"line {n}"
        if kind == "entity":
            if b not in ENTITY_TYPES:
                err(where, f"{at}: entity type {b!r}")
            if d != "-":
                err(where, f"{at}: column d must be '-'")
            if a != "-" and not QID.match(a):
                err(where, f"{at}: {a!r} is neither a QID nor '-'")
            for form in c.split("|"):
                if not form or form not in text:
                    err(where, f"{at}: surface {form!r} is not in the title or body")
            if b == "State" and a != "-":
                state_qids.add(a)
            if b == "Person" and a != "-":
                person_qids.add(a)
            if tables and a != "-":
                known = {"State": tables.states, "Person": tables.persons.keys(),
                         "Organization": tables.orgs, "Place": tables.places}[b] \
                    if b in ENTITY_TYPES else set()
                if a not in known:
                    err(where, f"{at}: {a} is not a {b} QID in the shared tables")
        elif kind == "leader":
            if c not in ROLES:
                err(where, f"{at}: role {c!r}")
            if d != "-":
                err(where, f"{at}: column d must be '-'")
            if a != "-":
                if a not in person_qids:
                    err(where, f"{at}: leader {a} has no Person entity row above it")
                if tables and b not in tables.persons.get(a, set()):
                    err(where, f"{at}: the KB does not attach {a} to {b}")
            if tables and b not in tables.iso3_qid:
                err(where, f"{at}: {b!r} is not an ISO3 code")
        elif kind == "event":
            events += 1
            if tables and a not in tables.cameo:
                err(where, f"{at}: {a!r} is not a CAMEO code")
            if b == c:
                err(where, f"{at}: source and target are the same state")
            for iso, role in ((b, "source"), (c, "target")):
                if iso == "-" and role == "target":
                    continue
                if not re.fullmatch(r"[A-Z]{3}", iso):
                    err(where, f"{at}: {role} {iso!r} is not an ISO3 code")
                elif tables:
                    if iso not in tables.iso3_qid:
                        err(where, f"{at}: {role} {iso!r} is not in the state table")
                    elif tables.iso3_qid[iso] not in state_qids:
                        err(where, f"{at}: {role} {iso} has no State entity row")
            if d != "-":
                if not ISO_DATE.match(d):
                    err(where, f"{at}: date {d!r} is not YYYY-MM-DD or '-'")
                else:
                    try:
                        day = dt.date.fromisoformat(d)
                    except ValueError:
                        err(where, f"{at}: {d} is not a calendar date")
                    else:
                        if day > published:
                            err(where, f"{at}: {d} is after publication ({published})")
                        if (published - day).days > 366:
                            err(where, f"{at}: {d} is more than a year before publication")
        elif kind == "negative":
            if (a, b, c, d) != ("-", "-", "-", "-"):
                err(where, f"{at}: negative rows have '-' in columns a-d")
            if not note or note not in body:
                err(where, f"{at}: negative phrase is not an exact substring of body")
        else:
            err(where, f"{at}: unknown kind {kind!r}")
    if not MIN_EVENTS <= events <= MAX_EVENTS:
        err(where, f"{events} events, outside {MIN_EVENTS}-{MAX_EVENTS}")
    return rows


def main(argv):
    here = Path(__file__).resolve().parent
    args = list(argv)
    shared = here.parent.parent.parent / "shared"
    if "--shared" in args:
        i = args.index("--shared")
        shared = Path(args[i + 1])
        del args[i : i + 2]
    folder = Path(args[0]) if args else here

    tables = None
    if (shared / "data/kb/leaders.tsv").exists():
        tables = Tables(shared)
    else:
        print(f"note: {shared} is absent: QID, ISO3 and CAMEO checks are skipped")

    problems = []

    def err(where, msg):
        problems.append(f"{where}: {msg}")

    articles = sorted(folder.glob("*.json"))
    if not articles:
        print(f"no articles in {folder}")
        return 1
    totals = {"entity": 0, "leader": 0, "event": 0, "negative": 0}
    roots = {}
    for path in articles:
        rows = check_article(path, tables, err) or []
        for _, cells in rows:
            totals[cells[0]] = totals.get(cells[0], 0) + 1
            if cells[0] == "event":
                roots[cells[1][:2]] = roots.get(cells[1][:2], 0) + 1
    print(f"{len(articles)} articles: " + ", ".join(f"{v} {k} rows" for k, v in totals.items()))
    print("events by CAMEO root: " + " ".join(f"{k}:{roots[k]}" for k in sorted(roots)))
    for p in problems:
        print(p)
    print(f"{len(articles) - len({p.split(':')[0] for p in problems})} passed, "
          f"{len({p.split(':')[0] for p in problems})} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
