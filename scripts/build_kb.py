#!/usr/bin/env python3
"""Regenerate warta's knowledge-base tables in data/ from ../shared/data.

Usage:
    python3 scripts/build_kb.py [SHARED_DATA_DIR]      # rebuild data/*.tsv, then self-check
    python3 scripts/build_kb.py --check                # only check the tables in data/

SHARED_DATA_DIR defaults to ../shared/data relative to the repository root (the folder
that holds kb/ and kb-sources/).  Standard library only; the output is deterministic
(same inputs => byte-identical files).

Tables written (see data/README.md for columns, sources and licences):
    data/states.tsv         one row per ISO 3166-1 territory (+ Kosovo)
    data/leaders.tsv        kb/leaders.tsv with a `key` column
    data/organisations.tsv  kb/organisations.tsv with a `key` column
    data/places.tsv         kb/places.tsv with a `key` column
    data/seats.tsv          seats of government used as metonyms (curated below)

Sources read for states.tsv (all under SHARED_DATA_DIR/kb-sources/):
    i18n-iso-countries-codes.json   ISO 3166-1 alpha-2/alpha-3 list (MIT)
    i18n-iso-countries-id.json      Indonesian names (MIT)
    cldr-id/territories.json        Indonesian names and -alt- variants, CLDR 48 (Unicode-3.0)
    owid-regions.codes.csv          Wikidata QIDs (MIT)
    naturalearth_110m_admin0_countries.tsv  Wikidata QIDs and NAME_ID (public domain)
world-countries-mledoze.json (ODbL) and countries_merged_id.tsv (which carries mledoze
fields) are deliberately NOT read, so no ODbL share-alike obligation reaches data/.
English names and UN membership are written out below as plain facts.
"""

import csv
import json
import os
import re
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "data")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")

STATES_HEADER = ["iso3", "iso2", "qid", "name_en", "name_id", "aliases", "status",
                 "capital_qid", "source"]
SEATS_HEADER = ["name", "state_iso3", "kind", "note"]

# ---------------------------------------------------------------------------------------
# Curated facts
# ---------------------------------------------------------------------------------------

# Kosovo has no ISO 3166-1 code.  i18n-iso-countries gives XK / XKK (user-assigned range,
# so it can never clash with a real ISO code); we keep that.  Other codes seen in the wild:
# XKX (EU, World Bank), UNK (UN/ICAO travel documents, mledoze), KOS (Natural Earth ADM0_A3,
# OWID "OWID_KOS").  Natural Earth gives ISO_A2 = XK, which is how its row is joined.

# The three QIDs on which OWID regions.codes.csv and Natural Earth WIKIDATAID disagree.
# Decided once here (also documented in data/README.md):
QID_DECISIONS = {
    # OWID: Q219060 (State of Palestine); NE: Q23792 (Palestinian territories).
    # -> Q219060: the row is the UN observer *state* (status=observer); kb/leaders.tsv uses
    #    state_qid Q219060 for PSE; IndEL gold links "Palestina" to Q219060 (2/2).
    #    Q23792 stays in places.tsv as the region "Palestinian territories".
    "PSE": ("Q219060", "OWID; State of Palestine = UN observer state, as kb/leaders.tsv "
                       "and IndEL gold; Q23792 (territories) is in places.tsv"),
    # OWID: Q29999 (Kingdom of the Netherlands); NE: Q55 (Netherlands, the European country).
    # -> Q55: "Belanda" in news means the country in Europe; IndEL gold links "Belanda" to
    #    Q55 (3/3) and Q55 is the item of the Wikipedia article "Netherlands".  Q29999 is the
    #    four-country kingdom (the formal UN member); it is named in README as a known gap.
    "NLD": ("Q55", "Natural Earth; news 'Belanda' = Q55 (IndEL gold 3/3); "
                   "Q29999 = Kingdom of the Netherlands"),
    # OWID: Q21590062; NE: Q51 (Antarctica, the continent).
    # -> Q51: the continent is what "Antarktika" in news refers to; it is the item of the
    #    Wikipedia article and Natural Earth's choice.  OWID's Q21590062 is a different item.
    "ATA": ("Q51", "Natural Earth; the continent Antarctica"),
}

# UN member states (193), ISO 3166-1 alpha-3.  Observers: Holy See (VAT), Palestine (PSE).
UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK
COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE
MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA
USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())
UN_OBSERVERS = {"VAT", "PSE"}

# Territories that govern themselves and conduct their own foreign relations, so that they act
# in events as states do (a fact: Taiwan has its own government, armed forces and foreign
# ministry, and formal diplomatic relations with a dozen UN members). Every other territory
# (Greenland, Western Sahara, Hong Kong ...) is a place events happen in or are about, never a
# party to them.
SELF_GOVERNING = {"TWN"}

# English common names (facts; written here so that no ODbL-licensed table is needed).
NAME_EN = dict(line.split(" ", 1) for line in """
ABW Aruba
AFG Afghanistan
AGO Angola
AIA Anguilla
ALA Åland Islands
ALB Albania
AND Andorra
ARE United Arab Emirates
ARG Argentina
ARM Armenia
ASM American Samoa
ATA Antarctica
ATF French Southern and Antarctic Lands
ATG Antigua and Barbuda
AUS Australia
AUT Austria
AZE Azerbaijan
BDI Burundi
BEL Belgium
BEN Benin
BES Caribbean Netherlands
BFA Burkina Faso
BGD Bangladesh
BGR Bulgaria
BHR Bahrain
BHS Bahamas
BIH Bosnia and Herzegovina
BLM Saint Barthélemy
BLR Belarus
BLZ Belize
BMU Bermuda
BOL Bolivia
BRA Brazil
BRB Barbados
BRN Brunei
BTN Bhutan
BVT Bouvet Island
BWA Botswana
CAF Central African Republic
CAN Canada
CCK Cocos (Keeling) Islands
CHE Switzerland
CHL Chile
CHN China
CIV Ivory Coast
CMR Cameroon
COD Democratic Republic of the Congo
COG Republic of the Congo
COK Cook Islands
COL Colombia
COM Comoros
CPV Cape Verde
CRI Costa Rica
CUB Cuba
CUW Curaçao
CXR Christmas Island
CYM Cayman Islands
CYP Cyprus
CZE Czechia
DEU Germany
DJI Djibouti
DMA Dominica
DNK Denmark
DOM Dominican Republic
DZA Algeria
ECU Ecuador
EGY Egypt
ERI Eritrea
ESH Western Sahara
ESP Spain
EST Estonia
ETH Ethiopia
FIN Finland
FJI Fiji
FLK Falkland Islands
FRA France
FRO Faroe Islands
FSM Micronesia
GAB Gabon
GBR United Kingdom
GEO Georgia
GGY Guernsey
GHA Ghana
GIB Gibraltar
GIN Guinea
GLP Guadeloupe
GMB Gambia
GNB Guinea-Bissau
GNQ Equatorial Guinea
GRC Greece
GRD Grenada
GRL Greenland
GTM Guatemala
GUF French Guiana
GUM Guam
GUY Guyana
HKG Hong Kong
HMD Heard Island and McDonald Islands
HND Honduras
HRV Croatia
HTI Haiti
HUN Hungary
IDN Indonesia
IMN Isle of Man
IND India
IOT British Indian Ocean Territory
IRL Ireland
IRN Iran
IRQ Iraq
ISL Iceland
ISR Israel
ITA Italy
JAM Jamaica
JEY Jersey
JOR Jordan
JPN Japan
KAZ Kazakhstan
KEN Kenya
KGZ Kyrgyzstan
KHM Cambodia
KIR Kiribati
KNA Saint Kitts and Nevis
KOR South Korea
KWT Kuwait
LAO Laos
LBN Lebanon
LBR Liberia
LBY Libya
LCA Saint Lucia
LIE Liechtenstein
LKA Sri Lanka
LSO Lesotho
LTU Lithuania
LUX Luxembourg
LVA Latvia
MAC Macau
MAF Saint Martin
MAR Morocco
MCO Monaco
MDA Moldova
MDG Madagascar
MDV Maldives
MEX Mexico
MHL Marshall Islands
MKD North Macedonia
MLI Mali
MLT Malta
MMR Myanmar
MNE Montenegro
MNG Mongolia
MNP Northern Mariana Islands
MOZ Mozambique
MRT Mauritania
MSR Montserrat
MTQ Martinique
MUS Mauritius
MWI Malawi
MYS Malaysia
MYT Mayotte
NAM Namibia
NCL New Caledonia
NER Niger
NFK Norfolk Island
NGA Nigeria
NIC Nicaragua
NIU Niue
NLD Netherlands
NOR Norway
NPL Nepal
NRU Nauru
NZL New Zealand
OMN Oman
PAK Pakistan
PAN Panama
PCN Pitcairn Islands
PER Peru
PHL Philippines
PLW Palau
PNG Papua New Guinea
POL Poland
PRI Puerto Rico
PRK North Korea
PRT Portugal
PRY Paraguay
PSE Palestine
PYF French Polynesia
QAT Qatar
REU Réunion
ROU Romania
RUS Russia
RWA Rwanda
SAU Saudi Arabia
SDN Sudan
SEN Senegal
SGP Singapore
SGS South Georgia and the South Sandwich Islands
SHN Saint Helena, Ascension and Tristan da Cunha
SJM Svalbard and Jan Mayen
SLB Solomon Islands
SLE Sierra Leone
SLV El Salvador
SMR San Marino
SOM Somalia
SPM Saint Pierre and Miquelon
SRB Serbia
SSD South Sudan
STP São Tomé and Príncipe
SUR Suriname
SVK Slovakia
SVN Slovenia
SWE Sweden
SWZ Eswatini
SXM Sint Maarten
SYC Seychelles
SYR Syria
TCA Turks and Caicos Islands
TCD Chad
TGO Togo
THA Thailand
TJK Tajikistan
TKL Tokelau
TKM Turkmenistan
TLS Timor-Leste
TON Tonga
TTO Trinidad and Tobago
TUN Tunisia
TUR Turkey
TUV Tuvalu
TWN Taiwan
TZA Tanzania
UGA Uganda
UKR Ukraine
UMI United States Minor Outlying Islands
URY Uruguay
USA United States
UZB Uzbekistan
VAT Vatican City
VCT Saint Vincent and the Grenadines
VEN Venezuela
VGB British Virgin Islands
VIR United States Virgin Islands
VNM Vietnam
VUT Vanuatu
WLF Wallis and Futuna
WSM Samoa
XKK Kosovo
YEM Yemen
ZAF South Africa
ZMB Zambia
ZWE Zimbabwe
""".strip().splitlines())

# Preferred Indonesian name where CLDR's main display name is a disambiguating display
# form rather than the name a writer uses.  Everything else takes CLDR's main name.
NAME_ID_OVERRIDE = {
    "COD": "Republik Demokratik Kongo",  # CLDR "Kongo - Kinshasa" (display form)
    "COG": "Republik Kongo",             # CLDR "Kongo - Brazzaville"
    "CIV": "Pantai Gading",              # CLDR main "Côte d’Ivoire"; alt-variant = Pantai Gading
    "HKG": "Hong Kong",                  # CLDR "Hong Kong DAK Tiongkok"; alt-short = Hong Kong
    "MAC": "Makau",                      # CLDR "Makau DAK Tiongkok"; alt-short = Makau
    "MMR": "Myanmar",                    # CLDR "Myanmar (Burma)"
    "PSE": "Palestina",                  # CLDR "Wilayah Palestina" = the territories; alt-short
    "SWZ": "Eswatini",                   # CLDR "eSwatini"; alt-variant = Eswatini
    "SGS": "Georgia Selatan dan Kepulauan Sandwich Selatan",  # CLDR abbreviates "& Kep."
}

# Source values that are not surface forms a writer uses, or that are ambiguous.
# (iso3, alias) -> reason.  Applied to source-derived aliases only.
DROP_ALIASES = {
    ("COG", "Kongo"): "ambiguous bare form (i18n-iso-countries): both Congos",
    ("GTM", "Guatamala"): "typo in i18n-iso-countries",
    ("FLK", "Kepulauan Falkland(Malvinas)"): "missing space (i18n-iso-countries)",
    ("PSE", "Wilayah Palestina"): "names the Palestinian territories (places.tsv Q23792)",
    ("TCA", "Turks dan Caicos Islands"): "mixed-language artefact (i18n-iso-countries)",
    ("VCT", "Saint Vincent dan the Grenadines"): "mixed-language artefact (i18n-iso-countries)",
    ("VGB", "Virgin Islands, British"): "inverted list form (i18n-iso-countries)",
    ("VIR", "Virgin Islands, U.S."): "inverted list form (i18n-iso-countries)",
}
# Bare forms that name no single state; never an alias of any row.
AMBIGUOUS = {"Korea", "Kongo", "Congo", "Virgin Islands", "Kepulauan Virgin", "US"}
# "US" is left out on purpose: Indonesian news writes amounts as "US$ 1 miliar", and a
# tokenizer that splits "US$" would link every dollar amount to the United States.

# Hand-curated surface forms that Indonesian news uses (short forms, old spellings,
# English names and official names, journalistic epithets "Negeri ...").  Facts, not
# copied from any table.  The same alias must never appear on two rows.
CURATED_ALIASES = {
    "AFG": "Afghanistan|Afganistan|Emirat Islam Afghanistan",
    "ARE": "Uni Emirat Arab|UEA|United Arab Emirates|UAE|Persatuan Emirat Arab",
    "ARG": "Argentina|Republik Argentina|Negeri Tango",
    "AUS": "Australia|Negeri Kanguru|Commonwealth of Australia",
    "AUT": "Austria",
    "BEL": "Belgia|Belgium",
    "BGD": "Bangladesh",
    "BLR": "Belarus|Belarusia",
    "BRA": "Brasil|Brazil|Negeri Samba",
    "BRN": "Brunei|Brunei Darussalam|Negara Brunei Darussalam",
    "CAN": "Kanada|Canada",
    "CHE": "Swiss|Switzerland",
    "CHN": "Tiongkok|China|RRT|RRC|Cina|Republik Rakyat Tiongkok|Republik Rakyat China|"
           "Republik Rakyat Cina|People's Republic of China|Negeri Tirai Bambu",
    "CIV": "Pantai Gading|Côte d'Ivoire|Cote d'Ivoire|Ivory Coast",
    "COD": "Republik Demokratik Kongo|RD Kongo|DR Kongo|RDK|DR Congo|DRC|"
           "Kongo-Kinshasa|Democratic Republic of the Congo",
    "COG": "Republik Kongo|Kongo-Brazzaville|Congo-Brazzaville|Republic of the Congo",
    "CUB": "Kuba|Cuba",
    "CZE": "Ceko|Republik Ceko|Czechia|Czech Republic",
    "DEU": "Jerman|Germany|Republik Federal Jerman",
    "DNK": "Denmark",
    "DZA": "Aljazair|Algeria",
    "EGY": "Mesir|Egypt|Negeri Piramida",
    "ESP": "Spanyol|Spain|Negeri Matador",
    "ETH": "Etiopia|Ethiopia",
    "FIN": "Finlandia|Finland",
    "FRA": "Prancis|Perancis|France|Republik Prancis",
    "GBR": "Inggris|Britania Raya|UK|Kerajaan Inggris|Inggris Raya|United Kingdom|Britania|"
           "Britain|Great Britain|Kerajaan Bersatu|Kerajaan Britania Raya|"
           "Britania Raya dan Irlandia Utara",
    "GEO": "Georgia",
    "GIN": "Guinea|Guinea-Conakry|Guinea Conakry",
    "BIH": "Bosnia dan Herzegovina|Bosnia|Bosnia-Herzegovina|Bosnia and Herzegovina",
    "GRC": "Yunani|Greece",
    "HKG": "Hong Kong|Hongkong|Hong Kong SAR",
    "HUN": "Hungaria|Hongaria|Hungary",
    "IDN": "Indonesia|RI|Republik Indonesia|NKRI|Negara Kesatuan Republik Indonesia|"
           "Tanah Air",
    "IND": "India|Republik India|Negeri Bollywood",
    "IRL": "Irlandia|Republik Irlandia|Ireland",
    "IRN": "Iran|Republik Islam Iran|Islamic Republic of Iran|Negeri Para Mullah",
    "IRQ": "Irak|Iraq",
    "ISR": "Israel|Negara Israel|Negeri Zionis",
    "ITA": "Italia|Italy|Negeri Pizza",
    "JOR": "Yordania|Jordan|Kerajaan Yordania",
    "JPN": "Jepang|Japan|Negeri Sakura|Negeri Matahari Terbit",
    "KAZ": "Kazakhstan|Kazakstan",
    "KHM": "Kamboja|Cambodia|Kerajaan Kamboja",
    "KOR": "Korea Selatan|Korsel|Republik Korea|South Korea|Republic of Korea|ROK|"
           "Negeri Ginseng",
    "KWT": "Kuwait",
    "LAO": "Laos|Lao PDR|Republik Demokratik Rakyat Laos",
    "LBN": "Lebanon|Libanon",
    "LBY": "Libya",
    "MAC": "Makau|Macau|Macao",
    "MAR": "Maroko|Morocco",
    "MEX": "Meksiko|Mexico",
    "MKD": "Makedonia Utara|North Macedonia|Makedonia|Macedonia",
    "MMR": "Myanmar|Burma|Birma|Republik Persatuan Myanmar",
    "MYS": "Malaysia|Negeri Jiran",
    "NGA": "Nigeria",
    "NLD": "Belanda|Netherlands|Holland|Kerajaan Belanda|Negeri Kincir Angin",
    "NOR": "Norwegia|Norway",
    "NZL": "Selandia Baru|New Zealand|Aotearoa|Negeri Kiwi",
    "OMN": "Oman|Kesultanan Oman",
    "PAK": "Pakistan|Republik Islam Pakistan",
    "PHL": "Filipina|Philippines|Republik Filipina",
    "PNG": "Papua Nugini|PNG|Papua New Guinea",
    "POL": "Polandia|Poland",
    "PRK": "Korea Utara|Korut|Republik Rakyat Demokratik Korea|North Korea|DPRK|"
           "Democratic People's Republic of Korea",
    "PRT": "Portugal",
    "PSE": "Palestina|Palestine|Negara Palestina|State of Palestine",
    "QAT": "Qatar|Katar",
    "ROU": "Rumania|Romania",
    "RUS": "Rusia|Russia|Federasi Rusia|Russian Federation|Negeri Beruang Merah",
    "SAU": "Arab Saudi|Saudi|Saudi Arabia|Kerajaan Arab Saudi",
    "SDN": "Sudan",
    "SGP": "Singapura|Singapore|Negeri Singa|Republik Singapura",
    "SSD": "Sudan Selatan|South Sudan",
    "SWE": "Swedia|Sweden",
    "SYR": "Suriah|Syria|Republik Arab Suriah",
    "THA": "Thailand|Muangthai|Kerajaan Thailand|Negeri Gajah Putih",
    "TLS": "Timor Leste|Timor-Leste|RDTL|Republik Demokratik Timor Leste|East Timor|"
           "Bumi Lorosae",
    "TUR": "Turki|Turkey|Türkiye|Turkiye|Republik Turki",
    "TWN": "Taiwan|Chinese Taipei|Taipei China",
    "UKR": "Ukraina|Ukraine",
    "USA": "Amerika Serikat|AS|A.S.|USA|U.S.|Amerika|United States|"
           "United States of America|Negeri Paman Sam",
    "VAT": "Vatikan|Vatican|Vatican City|Takhta Suci|Tahta Suci|Holy See",
    "VEN": "Venezuela",
    "VNM": "Vietnam|Viet Nam|Republik Sosialis Vietnam",
    "YEM": "Yaman|Yemen",
    "ZAF": "Afrika Selatan|Afsel|South Africa",
}

# Buildings and addresses that news uses as metonyms for a government (not parliaments).
# name -> (state_iso3, note)
SEATS = {
    "Kremlin": ("RUS", "seat of the Russian presidency, Moscow"),
    "Istana Kremlin": ("RUS", "Kremlin"),
    "Gedung Putih": ("USA", "White House, residence and office of the US president"),
    "White House": ("USA", "residence and office of the US president, Washington, D.C."),
    "Oval Office": ("USA", "the US president's office in the White House"),
    "Downing Street": ("GBR", "10 Downing Street, office of the UK prime minister, London"),
    "10 Downing Street": ("GBR", "office and residence of the UK prime minister"),
    "Whitehall": ("GBR", "street of UK government ministries; metonym for the civil service"),
    "Élysée": ("FRA", "Élysée Palace, residence of the French president, Paris"),
    "Elysee": ("FRA", "Élysée Palace (spelling without accent)"),
    "Istana Élysée": ("FRA", "Élysée Palace"),
    "Istana Elysee": ("FRA", "Élysée Palace (spelling without accent)"),
    "Élysée Palace": ("FRA", "residence of the French president"),
    "Quai d'Orsay": ("FRA", "French foreign ministry, Paris"),
    "Matignon": ("FRA", "Hôtel Matignon, residence of the French prime minister"),
    "Zhongnanhai": ("CHN", "headquarters of the Chinese Communist Party and State Council, "
                           "Beijing"),
    "Cheong Wa Dae": ("KOR", "Blue House, Seoul: South Korean presidential office until "
                             "2022, then Yongsan; the move back was set for end-2025 "
                             "(not verified here)"),
    "Gedung Biru": ("KOR", "Blue House (Cheong Wa Dae)"),
    "Blue House": ("KOR", "Cheong Wa Dae"),
    "Istana Merdeka": ("IDN", "presidential palace, Jakarta"),
    "Istana Negara": ("IDN", "state palace, Jakarta; Malaysia's royal palace in Kuala "
                             "Lumpur has the same name (Indonesian news default: IDN)"),
    "Istana Bogor": ("IDN", "presidential palace, Bogor"),
    "Istana Garuda": ("IDN", "presidential palace in Nusantara (IKN)"),
    "Pejambon": ("IDN", "street of the Indonesian foreign ministry, Jakarta; metonym "
                        "for Kemlu RI"),
    "Kantei": ("JPN", "official residence and office of the Japanese prime minister"),
    "Kasumigaseki": ("JPN", "Tokyo district of the ministries; metonym for the bureaucracy"),
    "Bundeskanzleramt": ("DEU", "German Chancellery, Berlin"),
    "Malacañang": ("PHL", "Malacañang Palace, Philippine presidential palace, Manila"),
    "Malacanang": ("PHL", "Malacañang Palace (spelling without tilde)"),
    "Istana Malacañang": ("PHL", "Malacañang Palace"),
    "Istana Malacanang": ("PHL", "Malacañang Palace (spelling without tilde)"),
    "Bankova": ("UKR", "street of the Office of the President of Ukraine, Kyiv"),
    "Perdana Putra": ("MYS", "office of the Malaysian prime minister, Putrajaya"),
    "Istana Nurul Iman": ("BRN", "palace of the Sultan of Brunei, Bandar Seri Begawan"),
    "Rashtrapati Bhavan": ("IND", "residence of the President of India, New Delhi"),
    "Foggy Bottom": ("USA", "Washington neighbourhood of the State Department; metonym"),
    "Palazzo Chigi": ("ITA", "seat of the Italian prime minister, Rome"),
    "Quirinale": ("ITA", "Quirinal Palace, residence of the Italian president, Rome"),
    "La Moncloa": ("ESP", "Moncloa Palace, seat of the Spanish prime minister, Madrid"),
    "Casa Rosada": ("ARG", "office of the Argentine president, Buenos Aires"),
    "Planalto": ("BRA", "Palácio do Planalto, office of the Brazilian president, Brasília"),
    "Istana Planalto": ("BRA", "Palácio do Planalto"),
}

# ---------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------

_SPECIAL = {"đ": "d", "Đ": "d", "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o",
            "æ": "ae", "Æ": "ae", "ß": "ss", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d"}


def slug(text):
    """Lowercase ASCII slug: 'Nguyễn Phú Trọng' -> 'nguyen-phu-trong',
    'Washington, D.C.' -> 'washington-dc', "People's Republic" -> 'peoples-republic'."""
    s = "".join(_SPECIAL.get(c, c) for c in text)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("'", "").replace("\u2019", "").replace(".", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def read_tsv(path):
    """Plain TSV: one header line, tab-separated, no quoting."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    lines = [line.rstrip("\r") for line in lines if line.strip()]
    header = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise SystemExit(f"{path}:{n}: {len(cells)} cells, header has {len(header)}")
        rows.append(dict(zip(header, cells)))
    return header, rows


def write_tsv(path, header, rows):
    out = ["\t".join(header)]
    for r in rows:
        cells = [r[h] for h in header]
        for c in cells:
            if "\t" in c or "\n" in c or "\r" in c:
                raise SystemExit(f"{path}: cell contains a tab or newline: {c!r}")
        out.append("\t".join(c.strip() for c in cells))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def uniq(seq):
    seen, out = set(), []
    for x in seq:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


# ---------------------------------------------------------------------------------------
# states.tsv
# ---------------------------------------------------------------------------------------

def build_states(src, places_rows):
    ks = os.path.join(src, "kb-sources")
    with open(os.path.join(ks, "i18n-iso-countries-codes.json"), encoding="utf-8") as f:
        codes = json.load(f)
    a2_to_a3 = {c[0]: c[1] for c in codes}
    with open(os.path.join(ks, "i18n-iso-countries-id.json"), encoding="utf-8") as f:
        i18n = json.load(f)["countries"]
    with open(os.path.join(ks, "cldr-id", "territories.json"), encoding="utf-8") as f:
        cldr_all = json.load(f)["main"]["id"]["localeDisplayNames"]["territories"]
    cldr, cldr_alts = {}, {}
    for k, v in cldr_all.items():
        base, _, alt = k.partition("-alt-")
        if base in a2_to_a3:
            if alt:
                cldr_alts.setdefault(a2_to_a3[base], []).append(v)
            else:
                cldr[a2_to_a3[base]] = v
    with open(os.path.join(ks, "owid-regions.codes.csv"), encoding="utf-8", newline="") as f:
        owid = {r["iso_alpha3"]: r["wikidata_code"] for r in csv.DictReader(f)
                if ISO3_RE.match(r["iso_alpha3"] or "") and r["wikidata_code"]}
    _, ne_rows = read_tsv(os.path.join(ks, "naturalearth_110m_admin0_countries.tsv"))
    ne = {}
    for r in ne_rows:
        key = None
        for cand in (r["ISO_A3"], r["ISO_A3_EH"]):
            if cand in a2_to_a3.values():
                key = cand
                break
        if key is None and r["ISO_A2"] in a2_to_a3:
            key = a2_to_a3[r["ISO_A2"]]          # Kosovo: ISO_A2 = XK
        if key is None and r["ADM0_A3"] in a2_to_a3.values():
            key = r["ADM0_A3"]                   # Norway: ISO_A3 = -99
        if key is None:
            continue                             # Northern Cyprus, Somaliland: no ISO code
        ne[key] = r

    capitals = {}
    for p in places_rows:
        if p["kind"] == "capital" and p["qid"] and p["state_iso3"]:
            if p["state_iso3"] in capitals:
                raise SystemExit(f"two capitals for {p['state_iso3']} in places.tsv")
            capitals[p["state_iso3"]] = p["qid"]

    missing_en = sorted(set(a2_to_a3.values()) - set(NAME_EN))
    if missing_en:
        raise SystemExit(f"no English name for {missing_en}")

    rows, disagreements = [], []
    for a2, a3 in sorted(a2_to_a3.items(), key=lambda kv: kv[1]):
        srcs = []
        q_owid = owid.get(a3, "")
        q_ne = ne[a3]["WIKIDATAID"] if a3 in ne else ""
        if q_owid and q_ne and q_owid != q_ne:
            disagreements.append(a3)
            if a3 not in QID_DECISIONS:
                raise SystemExit(f"new OWID/NE QID disagreement for {a3}: {q_owid} {q_ne}")
            qid = QID_DECISIONS[a3][0]
        else:
            qid = q_owid or q_ne
        if q_owid:
            srcs.append("OWID regions.codes.csv")
        if q_ne or a3 in ne:
            srcs.append("Natural Earth admin0")
        if a3 in cldr:
            srcs.append("CLDR 48")
        srcs.append("i18n-iso-countries")
        if qid and not QID_RE.match(qid):
            raise SystemExit(f"bad QID {qid!r} for {a3}")

        source_aliases = [cldr.get(a3, "")] + cldr_alts.get(a3, []) + [i18n.get(a2, "")]
        if a3 in ne:
            source_aliases.append(ne[a3]["NAME_ID"])
        source_aliases = [a for a in source_aliases if (a3, a) not in DROP_ALIASES]
        # Curly apostrophes (CLDR) also in the straight form writers type.
        source_aliases += [a.replace("\u2019", "'") for a in source_aliases if "\u2019" in a]
        curated = CURATED_ALIASES.get(a3, "").split("|") if a3 in CURATED_ALIASES else []
        if set(curated) - set(source_aliases) - {NAME_EN[a3]}:
            srcs.append("curated short forms")
        if a3 in QID_DECISIONS:
            srcs.append("QID chosen between OWID and Natural Earth (data/README.md)")
        if a3 in NAME_ID_OVERRIDE:
            name_id = NAME_ID_OVERRIDE[a3]
        else:
            name_id = cldr.get(a3) or i18n.get(a2, "")
        name_en = NAME_EN[a3]
        aliases = uniq([name_id] + source_aliases + [name_en] + curated)
        aliases = [a for a in aliases
                   if a not in AMBIGUOUS and len(a) > 1 and a != a.lower()]
        if a3 in UN_MEMBERS:
            status = "member"
        elif a3 in UN_OBSERVERS:
            status = "observer"
        elif a3 in SELF_GOVERNING:
            status = "self_governing"
        else:
            status = "territory"
        rows.append({
            "iso3": a3, "iso2": a2, "qid": qid, "name_en": name_en, "name_id": name_id,
            "aliases": "|".join(aliases), "status": status,
            "capital_qid": capitals.get(a3, ""), "source": "; ".join(srcs),
        })
    if sorted(disagreements) != sorted(QID_DECISIONS):
        raise SystemExit(f"expected QID disagreements {sorted(QID_DECISIONS)}, "
                         f"found {sorted(disagreements)}")
    unknown = set(CURATED_ALIASES) - {r["iso3"] for r in rows}
    if unknown:
        raise SystemExit(f"curated aliases for unknown codes {unknown}")
    rows.sort(key=lambda r: r["iso3"])
    return rows


# ---------------------------------------------------------------------------------------
# leaders / organisations / places
# ---------------------------------------------------------------------------------------

def keyed(rows, name_col, person_col=None):
    """Add a `key` slug of name_col.  With person_col, rows with the same person share a
    key; a second person whose name slugs the same gets -2, -3 ... (in input order)."""
    by_person, used = {}, {}
    for r in rows:
        ident = (r[person_col] or r[name_col]) if person_col else id(r)
        if person_col and ident in by_person:
            r["key"] = by_person[ident]
            continue
        base = slug(r[name_col])
        k, n = base, 1
        while k in used:
            n += 1
            k = f"{base}-{n}"
        used[k] = ident
        by_person[ident] = k
        r["key"] = k
    return rows


# Organisations the shared table lacks whose names the news uses for actors. A movement that
# is no state's government for every date the news covers (the Taliban: insurgents 2001-2021)
# gets no state, so its acts are no state's; without a QID we can vouch for, it stays unlinked.
# Columns as kb/organisations.tsv: qid, name_en, names_id, kind, state_iso3, qid_source, notes.
CURATED_ORGANISATIONS = [
    ("", "Taliban", "Taliban", "movement", "", "",
     "QID NOT VERIFIED; curated in scripts/build_kb.py: no state (not a government on every date)"),
]


def build_kb_tables(src):
    kb = os.path.join(src, "kb")
    lh, leaders = read_tsv(os.path.join(kb, "leaders.tsv"))
    # person identity: the QID when there is one, else the English name
    for r in leaders:
        r["_person"] = r["person_qid"] or "name:" + r["name_en"]
    keyed(leaders, "name_en", "_person")
    leaders.sort(key=lambda r: (r["key"], r["role"], r["start"]))
    oh, orgs = read_tsv(os.path.join(kb, "organisations.tsv"))
    orgs += [dict(zip(oh, row)) for row in CURATED_ORGANISATIONS]
    keyed(orgs, "name_en")
    orgs.sort(key=lambda r: r["key"])
    ph, places = read_tsv(os.path.join(kb, "places.tsv"))
    keyed(places, "name_en")
    places.sort(key=lambda r: r["key"])
    return (["key"] + lh, leaders), (["key"] + oh, orgs), (["key"] + ph, places)


# Capitals without a row in kb/places.tsv (so without a QID we can vouch for): their English
# name from countries_merged_id.tsv (capital_en), plus the Indonesian exonym where it differs.
# As seats they stand for their state only when they act ("Doha membantah ..."); as a place
# they stay unlinked. Names that are also persons' names, Indonesian words or other cities
# are left out (see CAPITALS_SKIPPED).
CAPITAL_EXONYMS_ID = {
    "Algiers": "Aljir", "Athens": "Athena", "Baghdad": "Bagdad", "Belgrade": "Beograd",
    "Brussels": "Brussel", "Bucharest": "Bukares", "Cairo": "Kairo", "Copenhagen": "Kopenhagen",
    "Damascus": "Damaskus", "Lisbon": "Lisabon", "Prague": "Praha", "Rome": "Roma",
    "Vienna": "Wina", "Colombo": "Kolombo", "Mexico City": "Kota Meksiko", "Muscat": "Muskat",
    "Nicosia": "Nikosia", "Sana'a": "Sanaa", "Ulan Bator": "Ulaanbaatar",
}
CAPITALS_SKIPPED = {
    "Sofia": "a given name", "Victoria": "a given name and many cities",
    "Hamilton": "a surname", "Douglas": "a given name", "Stanley": "a given name",
    "Lima": "Indonesian 'five'", "Kingston": "two capitals",
    "Georgetown": "many cities", "San José": "many cities",
    "San Juan": "many cities", "Malé": "close to Indonesian words",
}


# States with several capitals in capital_en: the one that seats the executive, which the news
# uses for the government ("Pretoria membantah ..."). A fact: South Africa's executive sits in
# Pretoria (Bloemfontein is the judicial, Cape Town the legislative capital).
EXECUTIVE_CAPITALS = {"ZAF": "Pretoria"}


# Seats of government of territories the news treats as governments ("Taipei mengecam …"),
# which the sovereign-only capital list above leaves out.
TERRITORY_SEATS = {
    "Taipei": ("TWN", "seat of government of Taiwan (a territory in states.tsv); no QID in our "
                      "sources: never linked"),
}


# Cities other than the capital that the news uses for a government ("Tel Aviv mengancam …"),
# kind `city`: they stand for their state only with the strong evidence a capital needs.
METONYM_CITIES = {
    "Tel Aviv": ("ISR", "seat of the Israeli defence ministry and of most embassies; Indonesian "
                        "news uses it for the Israeli government"),
    "Abidjan": ("CIV", "seat of the Ivorian presidency and government (Yamoussoukro is the "
                       "official capital); the news uses it for the Ivorian government"),
    "Den Haag": ("NLD", "seat of the Dutch government and parliament (Amsterdam is the "
                        "constitutional capital); the news uses it for the Dutch government"),
    "La Paz": ("BOL", "seat of the Bolivian government and parliament (Sucre is the "
                      "constitutional capital); the news uses it for the Bolivian government"),
}


def ascii_fold(name):
    """The name without diacritics ("Brasília" -> "Brasilia"), as news often writes it."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(ch))


def build_seats(src=None, states=(), places=()):
    rows = {n: (s, "building", note) for n, (s, note) in SEATS.items()}
    rows.update({n: (s, "capital", note) for n, (s, note) in TERRITORY_SEATS.items()})
    rows.update({n: (s, "city", note) for n, (s, note) in METONYM_CITIES.items()})
    if src:
        with_capital = {p["state_iso3"] for p in places if p["kind"] == "capital"}
        aliases = set()
        for st in states:
            aliases.update([st["name_en"], st["name_id"]] + st["aliases"].split("|"))
        sovereign = {st["iso3"] for st in states if st["status"] in ("member", "observer")}
        _, countries = read_tsv(os.path.join(src, "kb-sources", "countries_merged_id.tsv"))
        for c in countries:
            cap, iso = c["capital_en"], c["iso3"]
            if "|" in cap:
                cap = EXECUTIVE_CAPITALS.get(iso, "")
            if not cap or iso not in sovereign or iso in with_capital:
                continue
            if cap in CAPITALS_SKIPPED:
                continue
            for name, how in ((cap, ""), (CAPITAL_EXONYMS_ID.get(cap), ", Indonesian exonym"),
                              (ascii_fold(cap), ", spelled without diacritics")):
                if name and name not in aliases and name not in rows \
                        and ascii_fold(name) not in CAPITALS_SKIPPED:
                    what = (f"seat of the executive of {iso} (first of the three capitals in "
                            "capital_en of countries_merged_id.tsv; build_kb.py "
                            "EXECUTIVE_CAPITALS"
                            if iso in EXECUTIVE_CAPITALS else
                            f"capital of {iso} (capital_en of countries_merged_id.tsv")
                    rows[name] = (iso, "capital",
                                  what
                                  + (how if name != cap else "")
                                  + "); no QID in our sources: never linked")
    return [{"name": n, "state_iso3": s, "kind": k, "note": note}
            for n, (s, k, note) in sorted(rows.items())]


# ---------------------------------------------------------------------------------------
# Self-test (python3 scripts/build_kb.py --check)
# ---------------------------------------------------------------------------------------

def check(out=OUT):
    errors, warnings = [], []

    def err(msg):
        errors.append(msg)

    tables = {}
    for name in ("states", "leaders", "organisations", "places", "seats"):
        path = os.path.join(out, name + ".tsv")
        with open(path, "rb") as f:
            raw = f.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            err(f"{name}: not UTF-8: {e}")
            continue
        if "\r" in text:
            err(f"{name}: CR line ends")
        if not text.endswith("\n") or text.endswith("\n\n"):
            err(f"{name}: must end with exactly one LF")
        if text.startswith("\ufeff"):
            err(f"{name}: BOM")
        lines = text[:-1].split("\n")
        header = lines[0].split("\t")
        rows = []
        for n, line in enumerate(lines[1:], start=2):
            # An empty last cell leaves a separating tab at the end; that is not padding.
            if line.rstrip("\t") != line.rstrip() or line.startswith("#"):
                err(f"{name}:{n}: trailing whitespace or leading '#'")
            cells = line.split("\t")
            if len(cells) != len(header):
                err(f"{name}:{n}: {len(cells)} cells for {len(header)} columns")
                continue
            for c in cells:
                if c != c.strip() or '"' in c and c.startswith('"'):
                    err(f"{name}:{n}: untrimmed or quoted cell {c!r}")
                for v in c.split("|") if "|" in c else []:
                    if not v or v != v.strip():
                        err(f"{name}:{n}: empty or untrimmed value in {c!r}")
            rows.append(dict(zip(header, cells)))
        tables[name] = (header, rows)
    if errors:
        return errors, warnings

    sh, states = tables["states"]
    if sh != STATES_HEADER:
        err(f"states: header {sh}")
    iso3s = [r["iso3"] for r in states]
    if iso3s != sorted(iso3s):
        err("states: not sorted by iso3")
    if len(set(iso3s)) != len(iso3s):
        err("states: duplicate iso3")
    known = set(iso3s)
    qids = [r["qid"] for r in states if r["qid"]]
    if len(set(qids)) != len(qids):
        err("states: duplicate qid")
    alias_owner = {}
    for r in states:
        if not ISO3_RE.match(r["iso3"]):
            err(f"states: bad iso3 {r['iso3']!r}")
        for col in ("qid", "capital_qid"):
            if r[col] and not QID_RE.match(r[col]):
                err(f"states {r['iso3']}: bad {col} {r[col]!r}")
        if r["status"] not in ("member", "observer", "self_governing", "territory"):
            err(f"states {r['iso3']}: bad status {r['status']!r}")
        if not r["name_en"] or not r["name_id"]:
            err(f"states {r['iso3']}: missing name")
        al = r["aliases"].split("|")
        if len(set(al)) != len(al):
            err(f"states {r['iso3']}: repeated alias")
        if r["name_id"] not in al or r["name_en"] not in al:
            err(f"states {r['iso3']}: name_id/name_en not among aliases")
        for a in al:
            if len(a) < 2:
                err(f"states {r['iso3']}: alias {a!r} too short")
            if a == a.lower():
                err(f"states {r['iso3']}: lowercase alias {a!r}")
            if a in AMBIGUOUS:
                err(f"states {r['iso3']}: ambiguous alias {a!r}")
            if a in alias_owner:
                err(f"states: alias {a!r} on {alias_owner[a]} and {r['iso3']}")
            alias_owner[a] = r["iso3"]
    members = sum(r["status"] == "member" for r in states)
    observers = sorted(r["iso3"] for r in states if r["status"] == "observer")
    if members != 193 or observers != ["PSE", "VAT"]:
        err(f"states: {members} members, observers {observers}")

    lh, leaders = tables["leaders"]
    if lh[0] != "key":
        err("leaders: first column is not key")
    sort_key = [(r["key"], r["role"], r["start"]) for r in leaders]
    if sort_key != sorted(sort_key):
        err("leaders: not sorted by key, role, start")
    person_of_key, key_of_person = {}, {}
    for r in leaders:
        person = r["person_qid"] or "name:" + r["name_en"]
        if person_of_key.setdefault(r["key"], person) != person:
            err(f"leaders: key {r['key']} used for two persons")
        if key_of_person.setdefault(person, r["key"]) != r["key"]:
            err(f"leaders: person {person} has two keys")
        if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", r["key"]):
            err(f"leaders: bad key {r['key']!r}")
        for col in ("person_qid", "state_qid"):
            if r[col] and not QID_RE.match(r[col]):
                err(f"leaders {r['key']}: bad {col} {r[col]!r}")
        st = {x["iso3"]: x for x in states}.get(r["state_iso3"])
        if st and r["state_qid"] and st["qid"] != r["state_qid"]:
            err(f"leaders {r['key']}: state_qid {r['state_qid']} != states.tsv {st['qid']}")

    for name in ("organisations", "places"):
        h, rows = tables[name]
        keys = [r["key"] for r in rows]
        if h[0] != "key" or keys != sorted(keys) or len(set(keys)) != len(keys):
            err(f"{name}: key column missing, unsorted or not unique")
        for r in rows:
            if r["qid"] and not QID_RE.match(r["qid"]):
                err(f"{name} {r['key']}: bad qid {r['qid']!r}")
            if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", r["key"]):
                err(f"{name}: bad key {r['key']!r}")

    seh, seats = tables["seats"]
    if seh != SEATS_HEADER:
        err(f"seats: header {seh}")
    for r in seats:
        if r["kind"] not in ("building", "capital", "city"):
            err(f"seats: {r['name']!r} has kind {r['kind']!r} (building, capital or city)")
    names = [r["name"] for r in seats]
    if names != sorted(names) or len(set(names)) != len(names):
        err("seats: names unsorted or not unique")
    for r in seats:
        if r["name"] in alias_owner:
            err(f"seats: {r['name']!r} is also a state alias")

    for name in ("leaders", "organisations", "places", "seats"):
        for r in tables[name][1]:
            if r["state_iso3"] and r["state_iso3"] not in known:
                err(f"{name}: state_iso3 {r['state_iso3']!r} not in states.tsv")
            if name == "seats" and not r["state_iso3"]:
                err(f"seats: {r['name']} has no state")
    place_qids = {r["qid"] for r in tables["places"][1] if r["qid"]}
    capital_qids = {(r["state_iso3"], r["qid"]) for r in tables["places"][1]
                    if r["kind"] == "capital"}
    for r in states:
        if r["capital_qid"] and (r["iso3"], r["capital_qid"]) not in capital_qids:
            err(f"states {r['iso3']}: capital_qid {r['capital_qid']} is not a capital of "
                f"it in places.tsv")
        if r["capital_qid"] and r["capital_qid"] not in place_qids:
            err(f"states {r['iso3']}: capital_qid {r['capital_qid']} not in places.tsv")

    # Warnings: a state alias that another table uses for an entity with a different QID.
    state_qid = {r["iso3"]: r["qid"] for r in states}
    for name, col in (("organisations", "names_id"), ("places", "names_id"),
                      ("leaders", "name_id_aliases")):
        qcol = "person_qid" if name == "leaders" else "qid"
        for r in tables[name][1]:
            for a in r[col].split("|"):
                owner = alias_owner.get(a)
                if owner and state_qid[owner] != r[qcol]:
                    warnings.append(f"{a!r}: state {owner} and {name} {r['key']} "
                                    f"({r[qcol] or 'no QID'})")
    return errors, sorted(set(warnings))


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if "--check" not in argv:
        src = args[0] if args else os.path.join(REPO, "..", "shared", "data")
        src = os.path.normpath(src)
        if not os.path.isdir(os.path.join(src, "kb")):
            raise SystemExit(f"{src}: no kb/ folder (pass the shared data folder)")
        (lh, leaders), (oh, orgs), (ph, places) = build_kb_tables(src)
        states = build_states(src, places)
        os.makedirs(OUT, exist_ok=True)
        write_tsv(os.path.join(OUT, "states.tsv"), STATES_HEADER, states)
        write_tsv(os.path.join(OUT, "leaders.tsv"), lh, leaders)
        write_tsv(os.path.join(OUT, "organisations.tsv"), oh, orgs)
        write_tsv(os.path.join(OUT, "places.tsv"), ph, places)
        seats = build_seats(src, states, places)
        write_tsv(os.path.join(OUT, "seats.tsv"), SEATS_HEADER, seats)
        for name, n in (("states", len(states)), ("leaders", len(leaders)),
                        ("organisations", len(orgs)), ("places", len(places)),
                        ("seats", len(seats))):
            print(f"wrote data/{name}.tsv: {n} rows")
    errors, warnings = check()
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"check: {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
