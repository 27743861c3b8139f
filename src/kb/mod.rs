//! The knowledge base: states, leaders and their terms, organisations, places, seats of
//! government, and the lexicons recognition needs (titles, organisation types, context words).
//!
//! Every table is a data file under `data/`, compiled into the binary and overridable file by
//! file with `--kb DIR`. Code holds rules, never names.

mod tsv;

use crate::error::{Error, Result};
use chrono::NaiveDate;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;
pub use tsv::{Table, values};

/// The data files, compiled in.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "abbreviations.txt",
        include_str!("../../data/abbreviations.txt"),
    ),
    ("calendar.tsv", include_str!("../../data/calendar.tsv")),
    ("cameo.tsv", include_str!("../../data/cameo.tsv")),
    ("cues.tsv", include_str!("../../data/cues.tsv")),
    ("leaders.tsv", include_str!("../../data/leaders.tsv")),
    (
        "name_context.tsv",
        include_str!("../../data/name_context.tsv"),
    ),
    ("org_types.tsv", include_str!("../../data/org_types.tsv")),
    (
        "organisations.tsv",
        include_str!("../../data/organisations.tsv"),
    ),
    ("places.tsv", include_str!("../../data/places.tsv")),
    ("rulers.tsv", include_str!("../../data/rulers.tsv")),
    ("seats.tsv", include_str!("../../data/seats.tsv")),
    ("states.tsv", include_str!("../../data/states.tsv")),
    ("titles.tsv", include_str!("../../data/titles.tsv")),
    ("triggers.tsv", include_str!("../../data/triggers.tsv")),
];

/// A state or territory.
#[derive(Debug, Clone)]
pub struct State {
    pub iso3: String,
    pub iso2: String,
    pub qid: Option<String>,
    pub name_en: String,
    pub name_id: String,
    pub aliases: Vec<String>,
    /// `member`, `observer` or `territory` (of the UN).
    pub status: String,
    pub capital_qid: Option<String>,
}

/// One term of one office.
#[derive(Debug, Clone)]
pub struct Term {
    pub role: String,
    pub state: Option<String>,
    pub title_id: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
}

impl Term {
    /// Held on `date`: started on or before it and not yet ended (the end day is the successor's).
    pub fn holds_on(&self, date: NaiveDate) -> bool {
        self.start.is_none_or(|s| s <= date) && self.end.is_none_or(|e| date < e)
    }
}

/// A person the knowledge base knows, with every term it records.
#[derive(Debug, Clone)]
pub struct Person {
    pub key: String,
    pub qid: Option<String>,
    pub name_en: String,
    pub aliases: Vec<String>,
    pub terms: Vec<Term>,
}

impl Person {
    /// Every name the table gives the person: the English name, then the aliases.
    pub fn names(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.name_en).chain(&self.aliases)
    }
}

/// A spell of one state's effective ruler (ARCHIGOS): the person who led it from `start` to
/// `end`, whatever the title. Names are as ARCHIGOS writes them, often the surname alone; no
/// QIDs, so a ruler found here gives a person a state, never a link.
#[derive(Debug, Clone)]
pub struct Ruler {
    pub state: String,
    pub name: String,
    pub start: NaiveDate,
    /// `None`: still in office when ARCHIGOS stopped observing ([`RULERS_UNTIL`]).
    pub end: Option<NaiveDate>,
}

/// The last day `rulers.tsv` observes: an open spell says nothing about later days.
pub const RULERS_UNTIL: (i32, u32, u32) = (2015, 12, 31);

/// [`RULERS_UNTIL`] as a day.
fn rulers_until() -> NaiveDate {
    let (y, m, d) = RULERS_UNTIL;
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MAX)
}

/// An organisation (IGO or national body).
#[derive(Debug, Clone)]
pub struct Organisation {
    pub key: String,
    pub qid: Option<String>,
    pub name_en: String,
    pub names_id: Vec<String>,
    pub kind: String,
    pub state: Option<String>,
}

/// A place: capital, city, region, peninsula, continent.
#[derive(Debug, Clone)]
pub struct Place {
    pub key: String,
    pub qid: Option<String>,
    pub name_en: String,
    pub names_id: Vec<String>,
    pub kind: String,
    pub state: Option<String>,
}

/// A building or address that stands for a government ("Kremlin").
#[derive(Debug, Clone)]
pub struct Seat {
    pub name: String,
    pub state: String,
    /// `building` (Kremlin, Gedung Putih) or `capital` (a capital with no QID row of its own:
    /// stricter evidence before it stands for its government, since "Madrid menang" is a club).
    pub kind: String,
}

/// A title that precedes a person's name ("Presiden", "Menteri Luar Negeri").
#[derive(Debug, Clone)]
pub struct Title {
    pub title: String,
    pub role: String,
    /// Whether the holder leads the state (`warta:leaderOf`).
    pub leader: bool,
    /// The one state whose post the title names ("Paus": the Holy See), if any.
    pub state: Option<String>,
}

/// A kind of state body that precedes a state's name ("Kementerian Luar Negeri", "militer").
#[derive(Debug, Clone)]
pub struct OrgType {
    pub head: String,
    pub kind: String,
    pub label_id: String,
    pub label_en: String,
}

impl OrgType {
    /// The government itself: a mention of it is a mention of the state.
    pub fn is_government(&self) -> bool {
        self.kind == "government" || self.refers_back()
    }

    /// A government named by a word that, used alone later, still means the same state's
    /// rulers ("junta"), unlike "pemerintah", which alone is as often the writer's own.
    pub fn refers_back(&self) -> bool {
        self.kind == "ruling_body"
    }
}

/// A CAMEO code with GDELT's Goldstein score and QuadClass.
#[derive(Debug, Clone)]
pub struct CameoCode {
    pub code: String,
    pub label_en: String,
    pub label_id: String,
    pub goldstein: f64,
    pub quad_class: u8,
}

/// A row of the trigger lexicon: a cue (`~root`, words, `*` gaps) and its CAMEO code.
#[derive(Debug, Clone)]
pub struct TriggerCue {
    pub cue: String,
    pub code: String,
    /// `+` (an event), `object` (an event only with a person or state as its direct object),
    /// `speech`, `claim` or `deny`.
    pub polarity: String,
}

/// A calendar word: weekday (1 = Monday), month (1–12) or day offset from publication.
#[derive(Debug, Clone)]
pub struct CalendarWord {
    pub word: String,
    pub kind: String,
    pub value: i64,
}

/// The loaded knowledge base.
#[derive(Debug, Clone)]
pub struct Kb {
    pub states: Vec<State>,
    pub persons: Vec<Person>,
    /// Effective rulers of every state, 1990–2015, sorted by state and start.
    pub rulers: Vec<Ruler>,
    pub organisations: Vec<Organisation>,
    pub places: Vec<Place>,
    pub seats: Vec<Seat>,
    pub titles: Vec<Title>,
    pub org_types: Vec<OrgType>,
    pub abbreviations: Vec<String>,
    /// Words before a capital that make it a location, not a government.
    pub locative: HashSet<String>,
    /// Capitalised words that never belong to a person's name (weekdays, months).
    pub name_stops: HashSet<String>,
    /// Phrases that contain a name but name something else ("Amerika Latin" is no reading
    /// of "Amerika"): the gazetteer matches them, and they refer to nothing.
    pub not_names: Vec<String>,
    /// Lower-case particles inside personal names ("al" in "al-Jubeir", "bin").
    pub name_particles: HashSet<String>,
    /// Capitalised nouns that open a document's or meeting's name ("Deklarasi Ankara").
    pub name_heads: HashSet<String>,
    /// Short forms of states' full names ("Kongo" of "Republik Demokratik Kongo"), each with
    /// the states whose full name ends in it: an article that names one of them in full means
    /// that one by the short form.
    pub short_forms: Vec<(String, Vec<usize>)>,
    /// Words before a capital that make it an actor ("dengan Pyongyang", "kata Washington").
    pub agent_cues: HashSet<String>,
    /// Adverbs that may stand between an actor and its verb ("Beijing juga menolak").
    pub adverbs: HashSet<String>,
    /// Time words that may stand between an actor and its verb ("Teheran kala itu membantah",
    /// "Moskow pada Senin menyatakan").
    pub time_words: HashSet<String>,
    /// Demonstratives: a one-word organisation type followed by one refers back ("tentara
    /// tersebut"); without one it is too often an adjective ("kerja sama militer").
    pub demonstratives: HashSet<String>,
    pub cameo: Vec<CameoCode>,
    pub triggers: Vec<TriggerCue>,
    /// Function words and their class (`negation`, `hypothetical`, `coord`…), from cues.tsv:
    /// one lookup per word.
    cues: HashMap<String, String>,
    pub calendar: Vec<CalendarWord>,
    /// Lower-case calendar word → (kind, value), for lookups per token.
    calendar_index: HashMap<String, Vec<(String, i64)>>,
    state_index: HashMap<String, usize>,
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

fn date(table: &Table, line: usize, s: &str) -> Result<Option<NaiveDate>> {
    if s.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| table.error(line, format!("bad date {s:?}")))
}

impl Kb {
    /// The knowledge base compiled into the binary.
    pub fn embedded() -> Result<Self> {
        Self::from_sources(|name| Ok(lookup(name)))
    }

    /// The compiled-in tables, each replaced by the file of the same name in `dir` when present.
    pub fn with_overrides(dir: &Path) -> Result<Self> {
        if !dir.is_dir() {
            return Err(Error::Kb(format!(
                "{}: not a directory (--kb expects a folder of .tsv tables)",
                dir.display()
            )));
        }
        Self::from_sources(|name| {
            let path = dir.join(name);
            if path.exists() {
                std::fs::read_to_string(&path)
                    .map(|s| Some(std::borrow::Cow::Owned(s)))
                    .map_err(|e| Error::io(path, e))
            } else {
                Ok(lookup(name))
            }
        })
    }

    fn from_sources<'s>(
        source: impl Fn(&str) -> Result<Option<std::borrow::Cow<'s, str>>>,
    ) -> Result<Self> {
        let get = |name: &str| -> Result<std::borrow::Cow<'s, str>> {
            source(name)?.ok_or_else(|| Error::Kb(format!("missing table {name}")))
        };
        let states = parse_states(&get("states.tsv")?)?;
        let state_index = states
            .iter()
            .enumerate()
            .map(|(i, s)| (s.iso3.clone(), i))
            .collect();
        let context = parse_name_context(&get("name_context.tsv")?)?;
        let mut kb = Kb {
            states,
            persons: parse_leaders(&get("leaders.tsv")?)?,
            rulers: parse_rulers(&get("rulers.tsv")?)?,
            organisations: parse_organisations(&get("organisations.tsv")?)?,
            places: parse_places(&get("places.tsv")?)?,
            seats: parse_seats(&get("seats.tsv")?)?,
            titles: parse_titles(&get("titles.tsv")?)?,
            org_types: parse_org_types(&get("org_types.tsv")?)?,
            abbreviations: get("abbreviations.txt")?
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_owned)
                .collect(),
            locative: context.locative,
            name_stops: context.name_stops,
            not_names: context.not_names,
            name_particles: context.name_particles,
            name_heads: context.name_heads,
            short_forms: Vec::new(),
            agent_cues: context.agent_cues,
            adverbs: context.adverbs,
            time_words: context.time_words,
            demonstratives: context.demonstratives,
            cameo: parse_cameo(&get("cameo.tsv")?)?,
            triggers: parse_triggers(&get("triggers.tsv")?)?,
            cues: parse_cues(&get("cues.tsv")?)?,
            calendar: Vec::new(),
            calendar_index: HashMap::default(),
            state_index,
        };
        kb.calendar = parse_calendar(&get("calendar.tsv")?)?;
        for c in &kb.calendar {
            kb.calendar_index
                .entry(c.word.to_lowercase())
                .or_default()
                .push((c.kind.clone(), c.value));
        }
        kb.short_forms = context
            .short_forms
            .iter()
            .map(|w| {
                let tail = format!(" {w}");
                let states = (0..kb.states.len())
                    .filter(|&i| kb.states[i].aliases.iter().any(|a| a.ends_with(&tail)))
                    .collect();
                (w.clone(), states)
            })
            .collect();
        kb.check_references()?;
        kb.check_event_tables()?;
        Ok(kb)
    }

    /// Index of a state in [`Kb::states`].
    pub fn state_position(&self, iso3: &str) -> Option<usize> {
        self.state_index.get(iso3).copied()
    }

    pub fn state(&self, iso3: &str) -> Option<&State> {
        self.state_index.get(iso3).map(|i| &self.states[*i])
    }

    pub fn cameo_code(&self, code: &str) -> Option<&CameoCode> {
        self.cameo
            .binary_search_by(|c| c.code.as_str().cmp(code))
            .ok()
            .map(|i| &self.cameo[i])
    }

    /// Whether a word is in the calendar at all.
    pub fn is_calendar_word(&self, word: &str) -> bool {
        self.calendar_index.contains_key(word)
    }

    /// The value of a calendar word of a kind (`weekday`, `month`, `day_offset`).
    pub fn calendar_value(&self, word: &str, kind: &str) -> Option<i64> {
        self.calendar_index
            .get(word)?
            .iter()
            .find(|(k, _)| k == kind)
            .map(|(_, v)| *v)
    }

    /// Whether a word belongs to a class of cues.tsv.
    pub fn cue(&self, class: &str, word: &str) -> bool {
        self.cue_class(word) == Some(class)
    }

    /// The rulers in office on `date` (none after [`RULERS_UNTIL`], where the table stops).
    pub fn rulers_on(&self, date: NaiveDate) -> impl Iterator<Item = &Ruler> + '_ {
        let observed = !self.past_rulers_table(date);
        self.rulers
            .iter()
            .filter(move |r| observed && r.start <= date && r.end.is_none_or(|e| date < e))
    }

    /// The rulers in office on `date`, or, after [`RULERS_UNTIL`], those still in office when
    /// the table stopped (who may have left since: the caller must check them otherwise).
    pub fn rulers_last_known_on(&self, date: NaiveDate) -> impl Iterator<Item = &Ruler> + '_ {
        self.rulers_on(date.min(rulers_until()))
    }

    /// Whether `date` falls after the last day `rulers.tsv` observes.
    pub fn past_rulers_table(&self, date: NaiveDate) -> bool {
        date > rulers_until()
    }

    /// The persons (indices into `persons`) holding `role` on `date`, with the state of the
    /// post: one pair per term.
    pub fn holders_on<'a>(
        &'a self,
        role: &'a str,
        date: NaiveDate,
    ) -> impl Iterator<Item = (usize, &'a str)> + 'a {
        self.persons.iter().enumerate().flat_map(move |(k, p)| {
            p.terms
                .iter()
                .filter(move |t| t.role == role && t.holds_on(date))
                .filter_map(move |t| Some((k, t.state.as_deref()?)))
        })
    }

    /// The words of a class of cues.tsv.
    pub fn cue_words<'a>(&'a self, class: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.cues
            .iter()
            .filter(move |(_, c)| c.as_str() == class)
            .map(|(w, _)| w.as_str())
    }

    /// Every word of cues.tsv with its class.
    pub fn cue_classes(&self) -> impl Iterator<Item = (&str, &str)> {
        self.cues.iter().map(|(w, c)| (w.as_str(), c.as_str()))
    }

    /// The class of a function word of cues.tsv.
    pub fn cue_class(&self, word: &str) -> Option<&str> {
        self.cues.get(word).map(String::as_str)
    }

    /// Every trigger names a code of the codebook, which is sorted for lookup.
    fn check_event_tables(&self) -> Result<()> {
        if self.cameo.windows(2).any(|w| w[0].code >= w[1].code) {
            return Err(Error::Kb(
                "cameo.tsv: codes must be sorted and unique".to_owned(),
            ));
        }
        for t in &self.triggers {
            // `$state` is the only placeholder, and it looks ahead: a cue starts with a word.
            let mut items = t.cue.split_whitespace();
            if items.next().is_some_and(|i| i.starts_with('$'))
                || items.any(|i| i.starts_with('$') && i != "$state")
            {
                return Err(Error::Kb(format!(
                    "triggers.tsv: cue {:?} must start with a word, and `$state` is its only placeholder",
                    t.cue
                )));
            }
            // A "none" row (a phrase that is no cue) names no code, nor does an "echo" row
            // (a step like another's takes the code of the act it echoes): they write "-".
            if matches!(t.polarity.as_str(), "none" | "echo") {
                if t.code != "-" {
                    return Err(Error::Kb(format!(
                        "triggers.tsv: the {} cue {:?} must have \"-\" as its code",
                        t.polarity, t.cue
                    )));
                }
                continue;
            }
            if self.cameo_code(&t.code).is_none() {
                return Err(Error::Kb(format!(
                    "triggers.tsv: cue {:?} names the unknown CAMEO code {}",
                    t.cue, t.code
                )));
            }
        }
        Ok(())
    }

    /// Every reference to a state names a state of the table.
    fn check_references(&self) -> Result<()> {
        let refs = self
            .persons
            .iter()
            .flat_map(|p| p.terms.iter().filter_map(|t| t.state.as_deref()))
            .chain(self.organisations.iter().filter_map(|o| o.state.as_deref()))
            .chain(self.places.iter().filter_map(|p| p.state.as_deref()))
            .chain(self.seats.iter().map(|s| s.state.as_str()))
            .chain(self.rulers.iter().map(|r| r.state.as_str()));
        for iso3 in refs {
            if self.state(iso3).is_none() {
                return Err(Error::Kb(format!(
                    "a table refers to state {iso3:?}, which states.tsv does not define"
                )));
            }
        }
        Ok(())
    }
}

fn lookup(name: &str) -> Option<std::borrow::Cow<'static, str>> {
    EMBEDDED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| std::borrow::Cow::Borrowed(*t))
}

fn parse_states(text: &str) -> Result<Vec<State>> {
    let t = Table::parse("states.tsv", text)?;
    let (iso3, iso2, qid, en, id, aliases, status, capital) = (
        t.column("iso3")?,
        t.column("iso2")?,
        t.column("qid")?,
        t.column("name_en")?,
        t.column("name_id")?,
        t.column("aliases")?,
        t.column("status")?,
        t.column("capital_qid")?,
    );
    t.rows
        .iter()
        .map(|(line, r)| {
            let code = Table::cell(r, iso3);
            if code.len() != 3 {
                return Err(t.error(*line, format!("bad iso3 {code:?}")));
            }
            Ok(State {
                iso3: code.to_owned(),
                iso2: Table::cell(r, iso2).to_owned(),
                qid: opt(Table::cell(r, qid)),
                name_en: Table::cell(r, en).to_owned(),
                name_id: Table::cell(r, id).to_owned(),
                aliases: values(Table::cell(r, aliases)),
                status: Table::cell(r, status).to_owned(),
                capital_qid: opt(Table::cell(r, capital)),
            })
        })
        .collect()
}

fn parse_leaders(text: &str) -> Result<Vec<Person>> {
    let t = Table::parse("leaders.tsv", text)?;
    let (key, qid, en, aliases, state, role, title, start, end) = (
        t.column("key")?,
        t.column("person_qid")?,
        t.column("name_en")?,
        t.column("name_id_aliases")?,
        t.column("state_iso3")?,
        t.column("role")?,
        t.column("title_id")?,
        t.column("start")?,
        t.column("end")?,
    );
    let mut persons: Vec<Person> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::default();
    for (line, r) in &t.rows {
        let k = Table::cell(r, key);
        if k.is_empty() {
            return Err(t.error(*line, "empty key"));
        }
        let term = Term {
            role: Table::cell(r, role).to_owned(),
            state: opt(Table::cell(r, state)),
            title_id: Table::cell(r, title).to_owned(),
            start: date(&t, *line, Table::cell(r, start))?,
            end: date(&t, *line, Table::cell(r, end))?,
        };
        let i = *index.entry(k.to_owned()).or_insert_with(|| {
            persons.push(Person {
                key: k.to_owned(),
                qid: opt(Table::cell(r, qid)),
                name_en: Table::cell(r, en).to_owned(),
                aliases: Vec::new(),
                terms: Vec::new(),
            });
            persons.len() - 1
        });
        let p = &mut persons[i];
        if p.qid.as_deref() != opt(Table::cell(r, qid)).as_deref() {
            return Err(t.error(*line, format!("person {k} has two different QIDs")));
        }
        for a in values(Table::cell(r, aliases)) {
            if !p.aliases.contains(&a) {
                p.aliases.push(a);
            }
        }
        p.terms.push(term);
    }
    Ok(persons)
}

fn parse_rulers(text: &str) -> Result<Vec<Ruler>> {
    let t = Table::parse("rulers.tsv", text)?;
    let (state, name, start, end) = (
        t.column("state_iso3")?,
        t.column("name")?,
        t.column("start")?,
        t.column("end")?,
    );
    t.rows
        .iter()
        .map(|(line, r)| {
            let name = Table::cell(r, name);
            if name.is_empty() {
                return Err(t.error(*line, "empty name"));
            }
            Ok(Ruler {
                state: Table::cell(r, state).to_owned(),
                name: name.to_owned(),
                start: date(&t, *line, Table::cell(r, start))?
                    .ok_or_else(|| t.error(*line, "empty start"))?,
                end: date(&t, *line, Table::cell(r, end))?,
            })
        })
        .collect()
}

fn parse_organisations(text: &str) -> Result<Vec<Organisation>> {
    let t = Table::parse("organisations.tsv", text)?;
    let (key, qid, en, names, kind, state) = (
        t.column("key")?,
        t.column("qid")?,
        t.column("name_en")?,
        t.column("names_id")?,
        t.column("kind")?,
        t.column("state_iso3")?,
    );
    Ok(t.rows
        .iter()
        .map(|(_, r)| Organisation {
            key: Table::cell(r, key).to_owned(),
            qid: opt(Table::cell(r, qid)),
            name_en: Table::cell(r, en).to_owned(),
            names_id: values(Table::cell(r, names)),
            kind: Table::cell(r, kind).to_owned(),
            state: opt(Table::cell(r, state)),
        })
        .collect())
}

fn parse_places(text: &str) -> Result<Vec<Place>> {
    let t = Table::parse("places.tsv", text)?;
    let (key, qid, en, names, kind, state) = (
        t.column("key")?,
        t.column("qid")?,
        t.column("name_en")?,
        t.column("names_id")?,
        t.column("kind")?,
        t.column("state_iso3")?,
    );
    Ok(t.rows
        .iter()
        .map(|(_, r)| Place {
            key: Table::cell(r, key).to_owned(),
            qid: opt(Table::cell(r, qid)),
            name_en: Table::cell(r, en).to_owned(),
            names_id: values(Table::cell(r, names)),
            kind: Table::cell(r, kind).to_owned(),
            state: opt(Table::cell(r, state)),
        })
        .collect())
}

fn parse_seats(text: &str) -> Result<Vec<Seat>> {
    let t = Table::parse("seats.tsv", text)?;
    let (name, state, kind) = (
        t.column("name")?,
        t.column("state_iso3")?,
        t.column("kind")?,
    );
    t.rows
        .iter()
        .map(|(line, r)| {
            let kind = Table::cell(r, kind);
            if !matches!(kind, "building" | "capital" | "city") {
                return Err(t.error(*line, format!("unknown seat kind {kind:?}")));
            }
            Ok(Seat {
                name: Table::cell(r, name).to_owned(),
                state: Table::cell(r, state).to_owned(),
                kind: kind.to_owned(),
            })
        })
        .collect()
}

fn parse_titles(text: &str) -> Result<Vec<Title>> {
    let t = Table::parse("titles.tsv", text)?;
    let (title, role, leader) = (t.column("title")?, t.column("role")?, t.column("leader")?);
    let state = t.column("state_iso3")?;
    t.rows
        .iter()
        .map(|(line, r)| {
            Ok(Title {
                title: Table::cell(r, title).to_owned(),
                role: Table::cell(r, role).to_owned(),
                state: Some(Table::cell(r, state))
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
                leader: match Table::cell(r, leader) {
                    "yes" => true,
                    "no" => false,
                    other => {
                        return Err(
                            t.error(*line, format!("leader must be yes or no, not {other:?}"))
                        );
                    }
                },
            })
        })
        .collect()
}

fn parse_org_types(text: &str) -> Result<Vec<OrgType>> {
    let t = Table::parse("org_types.tsv", text)?;
    let (head, kind, id, en) = (
        t.column("head")?,
        t.column("kind")?,
        t.column("label_id")?,
        t.column("label_en")?,
    );
    Ok(t.rows
        .iter()
        .map(|(_, r)| OrgType {
            head: Table::cell(r, head).to_owned(),
            kind: Table::cell(r, kind).to_owned(),
            label_id: Table::cell(r, id).to_owned(),
            label_en: Table::cell(r, en).to_owned(),
        })
        .collect())
}

#[derive(Default)]
struct NameContext {
    locative: HashSet<String>,
    name_stops: HashSet<String>,
    agent_cues: HashSet<String>,
    adverbs: HashSet<String>,
    time_words: HashSet<String>,
    demonstratives: HashSet<String>,
    not_names: Vec<String>,
    name_particles: HashSet<String>,
    name_heads: HashSet<String>,
    short_forms: Vec<String>,
}

fn parse_name_context(text: &str) -> Result<NameContext> {
    let t = Table::parse("name_context.tsv", text)?;
    let (word, class) = (t.column("word")?, t.column("class")?);
    let mut c = NameContext::default();
    for (line, r) in &t.rows {
        let w = Table::cell(r, word).to_owned();
        match Table::cell(r, class) {
            "locative" => c.locative.insert(w.to_lowercase()),
            "name_stop" => c.name_stops.insert(w),
            "agent_cue" => c.agent_cues.insert(w.to_lowercase()),
            "adverb" => c.adverbs.insert(w.to_lowercase()),
            "time_word" => c.time_words.insert(w.to_lowercase()),
            "demonstrative" => c.demonstratives.insert(w.to_lowercase()),
            "name_particle" => c.name_particles.insert(w),
            "name_head" => c.name_heads.insert(w),
            "short_form" => {
                c.short_forms.push(w);
                true
            }
            "not_a_name" => {
                c.not_names.push(w);
                true
            }
            other => return Err(t.error(*line, format!("unknown class {other:?}"))),
        };
    }
    Ok(c)
}

fn parse_cameo(text: &str) -> Result<Vec<CameoCode>> {
    let t = Table::parse("cameo.tsv", text)?;
    let (code, en, id, gs, qc) = (
        t.column("code")?,
        t.column("label_en")?,
        t.column("label_id")?,
        t.column("goldstein")?,
        t.column("quadclass")?,
    );
    t.rows
        .iter()
        .map(|(line, r)| {
            Ok(CameoCode {
                code: Table::cell(r, code).to_owned(),
                label_en: Table::cell(r, en).to_owned(),
                label_id: Table::cell(r, id).to_owned(),
                goldstein: Table::cell(r, gs)
                    .parse()
                    .map_err(|_| t.error(*line, "bad goldstein score"))?,
                quad_class: Table::cell(r, qc)
                    .parse()
                    .map_err(|_| t.error(*line, "bad quadclass"))?,
            })
        })
        .collect()
}

fn parse_triggers(text: &str) -> Result<Vec<TriggerCue>> {
    let t = Table::parse("triggers.tsv", text)?;
    let (cue, code, pol) = (t.column("cue")?, t.column("cameo")?, t.column("polarity")?);
    t.rows
        .iter()
        .map(|(line, r)| {
            let polarity = Table::cell(r, pol);
            if !matches!(
                polarity,
                "+" | "object"
                    | "traveller"
                    | "speech"
                    | "claim"
                    | "deny"
                    | "none"
                    | "judgement"
                    | "echo"
            ) {
                return Err(t.error(*line, format!("unknown polarity {polarity:?}")));
            }
            Ok(TriggerCue {
                cue: Table::cell(r, cue).to_owned(),
                code: Table::cell(r, code).to_owned(),
                polarity: polarity.to_owned(),
            })
        })
        .collect()
}

fn parse_cues(text: &str) -> Result<HashMap<String, String>> {
    let t = Table::parse("cues.tsv", text)?;
    let (word, class) = (t.column("word")?, t.column("class")?);
    let mut out: HashMap<String, String> = HashMap::default();
    for (line, r) in &t.rows {
        let w = Table::cell(r, word).to_lowercase();
        if out
            .insert(w.clone(), Table::cell(r, class).to_owned())
            .is_some()
        {
            return Err(t.error(*line, format!("{w:?} has two classes")));
        }
    }
    Ok(out)
}

fn parse_calendar(text: &str) -> Result<Vec<CalendarWord>> {
    let t = Table::parse("calendar.tsv", text)?;
    let (word, kind, value) = (t.column("word")?, t.column("kind")?, t.column("value")?);
    t.rows
        .iter()
        .map(|(line, r)| {
            Ok(CalendarWord {
                word: Table::cell(r, word).to_owned(),
                kind: Table::cell(r, kind).to_owned(),
                value: Table::cell(r, value)
                    .parse()
                    .map_err(|_| t.error(*line, "bad value"))?,
            })
        })
        .collect()
}
