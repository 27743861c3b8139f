//! Events: CAMEO-coded interactions between actors, with time, claims and provenance.
//!
//! Per sentence: cues of the trigger lexicon ([`cues`]) are found over the words; each event
//! cue gets a source and a target from the clause around it (the actor before an active verb,
//! the actor after it; swapped for di- passives, "oleh" marking the agent; coordinated actors
//! each take part); speech verbs give the speaker, claim verbs mark what follows as claimed,
//! denial verbs are events of their own; negated and hypothetical cues yield nothing. Dates
//! come from the sentence's time expressions ([`time`]) or the narrative before it.

mod actors;
mod announce;
mod coding;
mod cue;
mod cues;
mod dating;
mod denials;
mod draft;
mod echo;
mod fold;
mod mediation;
mod memory;
mod morph;
mod roles;
mod sentence;
mod story;
mod targets;
pub mod time;

pub use cues::{CueLexicon, Polarity};
pub use time::When;

use crate::extract::{Document, Entity, EntityClass};
use crate::kb::Kb;
use crate::text::{Token, TokenKind};
use std::borrow::Cow;

/// Whether the article asserts an event, reports it as someone's claim, or reports a denial.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Asserted,
    Claimed,
    Denied,
}

/// Where an event was read: the trigger's byte span and its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Evidence {
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
}

/// One event between actors (entity indices of the document).
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub code: String,
    pub sources: Vec<usize>,
    pub targets: Vec<usize>,
    pub source_state: Option<String>,
    pub target_state: Option<String>,
    pub when: Option<When>,
    /// The time expression as written, when the sentence has one.
    pub when_text: Option<String>,
    pub when_note: Option<String>,
    /// The date comes from a time expression next to the trigger, not from context.
    pub when_own: bool,
    pub status: Status,
    pub reported_by: Vec<usize>,
    /// For a denial: the index of the event it denies.
    pub denies: Option<usize>,
    pub evidence: Vec<Evidence>,
}

/// An actor in a sentence: a mention (outermost, not a title's state) by word index.
#[derive(Debug, Clone, Copy)]
struct Actor {
    first: usize,
    last: usize,
    entity: usize,
    /// A city of a state: only ever the destination of a visit or meeting ("ke Kyiv").
    place: bool,
    /// Stands for one of "kedua negara" / "keduanya": only ever a subject.
    pair: bool,
}

/// An earlier sentence's words and the state-bearing actors named in it (first word index,
/// entity): what a definite noun ("pakta itu") may point back to.
type Introduced<'a> = (Vec<Cow<'a, str>>, Vec<(usize, usize)>);

/// A sentence's word tokens (no punctuation), their lower-cased text and what the lexicon
/// knows of each.
type LookedUp<'a> = (Vec<Token>, Vec<Cow<'a, str>>, Vec<WordFacts<'a>>);

/// What the knowledge base says of one word of a sentence, looked up once: the rules ask about
/// the same few words over and over (Kb::cue alone, a hash lookup per question, was a tenth
/// of the stage).
#[derive(Debug, Clone, Copy)]
struct WordFacts<'a> {
    /// The word as the trigger lexicon looked it up (one hash lookup serves everything here).
    slot: cues::Slot,
    /// Its class in cues.tsv (`coord`, `negation`, `target_prep`…).
    class: Option<&'a str>,
    /// A preposition: a class of prepositions that mark a role, or a locative word.
    prep: bool,
    locative: bool,
    demonstrative: bool,
    adverb: bool,
    /// One of [`CLAUSE_OPENERS`].
    clause_opener: bool,
}

/// Verbs that make their subject one of a kind ("Norwegia menjadi negara pertama yang …",
/// "Oslo termasuk pemerintah yang …"): what the relative clause after tells, the subject does.
pub(crate) const COPULAS: [&str; 5] = ["menjadi", "merupakan", "adalah", "ialah", "termasuk"];

/// Verbs of what victims suffer ("tewas dalam serangan …").
const SUFFERING: [&str; 6] = [
    "tewas",
    "terluka",
    "cedera",
    "meninggal",
    "gugur",
    "terbunuh",
];

/// Nouns that open an apposition saying what a place is ("Santa Marta, kota di pesisir
/// Karibia Kolombia, …").
const PLACE_NOUNS: [&str; 8] = [
    "kota",
    "ibu",
    "kawasan",
    "wilayah",
    "desa",
    "pulau",
    "provinsi",
    "pelabuhan",
];

/// Subordinators and contrasts that start a new clause (clause boundaries, with the
/// `hypothetical` words of cues.tsv). The cue lexicon flags them, so that a sentence's one
/// lookup per word tells them too.
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    "setelah",
    "usai",
    "seusai",
    "sesudah",
    "sebelum",
    "sementara",
    "karena",
    "ketika",
    "saat",
    "sehingga",
    "namun",
    "tetapi",
    "sedangkan",
    "meski",
    "meskipun",
    "walaupun",
    "sambil",
    "seraya",
];

impl<'a> WordFacts<'a> {
    fn of(lexicon: &'a CueLexicon, w: &str) -> Self {
        let slot = lexicon.slot(w);
        let known = lexicon.known(slot);
        let class = known.and_then(|k| k.class.as_deref());
        let locative = known.is_some_and(|k| k.locative);
        WordFacts {
            slot,
            class,
            prep: matches!(
                class,
                Some("target_prep" | "loc_prep" | "source_prep" | "agent_prep" | "dyad_prep")
            ) || locative,
            locative,
            demonstrative: known.is_some_and(|k| k.demonstrative),
            adverb: known.is_some_and(|k| k.adverb),
            clause_opener: known.is_some_and(|k| k.clause_opener),
        }
    }

    fn is(&self, class: &str) -> bool {
        self.class == Some(class)
    }
}

/// Whether word `i` of a sentence is of a class of cues.tsv (no word past the end is).
fn is_class(facts: &[WordFacts], class: &str, i: usize) -> bool {
    facts.get(i).is_some_and(|f| f.is(class))
}

/// Everything about one sentence the role rules read.
struct Clauses<'a> {
    text: &'a str,
    /// The words lower-cased ([`lowercase`]: borrowed from the text where they already are).
    words: Vec<Cow<'a, str>>,
    /// What the knowledge base says of each word.
    facts: Vec<WordFacts<'a>>,
    /// ... and of no word (the empty string of a word index past the sentence's end).
    no_word: WordFacts<'a>,
    /// Whether each word is a clause boundary ([`Clauses::is_boundary`]).
    boundaries: Vec<bool>,
    tokens: Vec<Token>,
    actors: Vec<Actor>,
    kb: &'a Kb,
    /// The first word after the comma that closes an opening phrase ("Dalam percakapan telepon
    /// dengan X, …", "Dimediasi Tiongkok, …"): actors on either side are not one group.
    opening_end: Option<usize>,
    /// First words of the sentence's trigger cues.
    cue_starts: Vec<usize>,
    entities: &'a [Entity],
}

impl<'a> Clauses<'a> {
    fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.as_ref())
    }

    /// The knowledge base's facts of word `i` (those of the empty word past the end).
    fn facts(&self, i: usize) -> WordFacts<'a> {
        self.facts.get(i).copied().unwrap_or(self.no_word)
    }

    /// Whether word `i` is of a class of cues.tsv.
    fn is(&self, class: &str, i: usize) -> bool {
        self.facts(i).is(class)
    }

    /// Whether word `i` is a plain word to the role rules: of no class of cues.tsv, or only a
    /// noun for a step taken ("langkah", "keputusan"), which other rules read.
    fn plain(&self, i: usize) -> bool {
        self.facts(i).class.is_none() || self.is("act_noun", i)
    }

    fn prep_at(&self, i: usize) -> bool {
        self.facts(i).prep
    }

    fn demonstrative(&self, i: usize) -> bool {
        self.facts(i).demonstrative
    }

    fn adverb(&self, i: usize) -> bool {
        self.facts(i).adverb
    }

    fn capitalised(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            self.text[t.start..t.end].starts_with(char::is_uppercase)
                && !self.kb.name_stops.contains(&self.text[t.start..t.end])
        })
    }

    fn is_person(&self, a: &Actor) -> bool {
        self.entities[a.entity].class == EntityClass::Person
    }

    /// The word before an actor, skipping the capitalised words of a title ("oleh Presiden
    /// Turki Recep…" → "oleh").
    fn before(&self, a: &Actor) -> &str {
        self.before_at(a).map_or("", |i| self.word(i))
    }

    /// The knowledge base's facts of [`before`](Self::before)'s word.
    fn before_facts(&self, a: &Actor) -> WordFacts<'a> {
        self.before_at(a).map_or(self.no_word, |i| self.facts(i))
    }

    fn before_is(&self, class: &str, a: &Actor) -> bool {
        self.before_facts(a).is(class)
    }

    /// "protes … melalui kedutaan besarnya di Beijing": an actor in a phrase that names the
    /// channel an act goes through (opened by "melalui" after the cue at `head`, no verb
    /// between) is the go-between, not the target.
    fn via(&self, a: &Actor, head: usize) -> bool {
        // ("menyalurkan bantuan melalui PBB kepada rakyat Swedia": an actor after "kepada"
        // past the channel is the recipient.)
        (head + 1..a.first)
            .rev()
            .take(5)
            .take_while(|&i| {
                (!is_verb_form(self.word(i)) || self.is("channel_prep", i))
                    && !self.is("target_prep", i)
            })
            .any(|i| self.is("channel_prep", i))
    }

    fn prep_before(&self, a: &Actor) -> bool {
        self.before_facts(a).prep
    }

    /// The index of [`before`](Self::before)'s word; None where it is empty.
    fn before_at(&self, a: &Actor) -> Option<usize> {
        let mut i = a.first;
        let mut skipped = 0;
        let mut joined = false;
        // ("…, Oslo langsung membalas": adverbs may stand before the verb.)
        let verb_after = is_verb_form(self.word(self.past_adverbs(a.last + 1)));
        while i > 0 {
            i -= 1;
            // "Di kawasan, Kementerian …": the comma closing an opening phrase ends it; so does
            // one right before a subject and its verb ("…, Korea Utara menembakkan"), or
            // before the subject's title ("…, Menteri Luar Negeri China Wang Yi menyebut").
            let comma = self.comma_after(i);
            if self.opening_end == Some(i + 1) || (comma && verb_after) {
                return None;
            }
            let t = &self.tokens[i];
            let raw = &self.text[t.start..t.end];
            // ("Putra Mahkota sekaligus Perdana Menteri …": a word joining two titles is part
            // of the title.)
            let joiner = self.is("title_joiner", i) && i > 0 && self.capitalised(i - 1);
            let title_word = joiner
                || (raw.starts_with(|ch: char| ch.is_uppercase())
                    && !self.kb.name_stops.contains(raw));
            joined |= joiner;
            if skipped < if joined { TITLE_WORDS } else { 5 } && title_word && i > 0 {
                skipped += 1;
                continue;
            }
            return Some(i);
        }
        None
    }

    /// A negation word that negates: "tidak sengaja" (unintentionally) or "tidak hanya" (not
    /// only) does not.
    fn negation_at(&self, i: usize) -> bool {
        negates(&self.facts, i)
    }

    /// Clause boundary word: a subordinator or contrast that starts a new clause.
    ///
    /// (Read from `boundaries`, filled once per sentence: `clause_start` asks it of every
    /// word back to the sentence's start, for every cue and actor.)
    fn is_boundary(&self, i: usize) -> bool {
        self.boundaries.get(i).copied().unwrap_or(false)
    }

    /// [`is_boundary`](Self::is_boundary), worked out from the words.
    fn boundary_at(&self, i: usize) -> bool {
        // "menghentikan sementara kerja sama": right after a verb, "sementara" is
        // "temporarily", not "while".
        if self.word(i) == "sementara" && i > 0 && is_verb_form(self.word(i - 1)) {
            return false;
        }
        // "bea masuk sementara sebesar 20 persen atas …", "untuk sementara waktu": followed
        // by an amount, a preposition or the sentence's end, "sementara" is "provisional";
        // "while" opens a clause with its own subject.
        if self.word(i) == "sementara"
            && i > 0
            && (i + 1 >= self.words.len()
                || self.prep_at(i + 1)
                || self.word(i + 1).starts_with(|c: char| c.is_ascii_digit())
                || ["sebesar", "waktu", "ini", "yang", "selama"].contains(&self.word(i + 1)))
        {
            return false;
        }
        let f = self.facts(i);
        f.clause_opener || f.is("hypothetical")
    }

    /// Word index where the clause containing `i` starts.
    fn clause_start(&self, i: usize, commas: &[usize]) -> usize {
        (0..=i)
            .rev()
            .find(|&j| j < i && (self.is_boundary(j) || commas.contains(&(j + 1))))
            .map_or(0, |j| if self.is_boundary(j) { j } else { j + 1 })
    }

    /// The subject of the main clause after an opening phrase: its first actor, unless a
    /// preposition or a verb comes before it.
    fn main_subject(&self) -> Option<usize> {
        let o = self.opening_end?;
        self.actors.iter().position(|a| {
            a.first >= o
                && !a.place
                && (o..a.first).all(|i| !self.prep_at(i) && !is_verb_form(self.word(i)))
        })
    }

    /// The agent of a nominal trigger ending at `last`: its possessor, after at most a few
    /// modifiers ("serangan drone dan rudal Iran ke Israel") or a passive relative clause
    /// ("serangan yang diluncurkan Iran ke Israel"); never across a comma or a preposition.
    fn possessor(&self, last: usize, after: &[usize], commas: &[usize]) -> Option<usize> {
        let &k = after.first()?;
        let a = &self.actors[k];
        if a.place || a.pair || commas.iter().any(|&o| last < o && o <= a.first) {
            return None;
        }
        // Capitalised words are a title ("Menteri Luar Negeri Israel Yair Lapid"): skipped.
        let gap: Vec<usize> = (last + 1..a.first)
            .filter(|&i| {
                let t = &self.tokens[i];
                !self.text[t.start..t.end].starts_with(|ch: char| ch.is_uppercase())
            })
            .collect();
        if gap.len() > 4 {
            return None;
        }
        if let Some(y) = gap.iter().position(|&i| self.word(i) == "yang") {
            let passive = y + 2 == gap.len() && {
                let w = self.word(gap[y + 1]);
                w.starts_with("di") && is_verb_form(w)
            };
            return passive.then_some(k);
        }
        gap.iter()
            .all(|&i| {
                let f = self.facts(i);
                !f.prep && !is_verb_form(self.word(i)) && !f.demonstrative && !f.is("negation")
            })
            .then_some(k)
    }

    /// The parties of a nominal trigger ending at `last` written as "antara X dan Y" (or
    /// "antara pasukan kedua negara"): the group after "antara", within three words, no comma.
    fn between(&self, last: usize, commas: &[usize]) -> Option<Vec<usize>> {
        let at = (last + 1..(last + 3).min(self.words.len())).find(|&i| self.is("dyad_prep", i))?;
        // ("antara Menteri Luar Negeri Chile … dan Menteri Luar Negeri Peru …": a person's title
        // may stand between.)
        let k = self.actors.iter().position(|a| {
            a.first > at
                && (a.first <= at + 3
                    || (self.is_person(a) && (at + 1..a.first).all(|i| self.capitalised(i))))
        })?;
        if commas.iter().any(|&o| at < o && o <= self.actors[k].first) {
            return None;
        }
        let g = self.group(k);
        (g.len() >= 2).then_some(g)
    }

    /// The entities of [`group`](Self::group): the `k`th actor and those coordinated with it.
    fn group_entities(&self, k: usize) -> Vec<usize> {
        self.group(k)
            .iter()
            .map(|&j| self.actors[j].entity)
            .collect()
    }

    /// The actor group around `a`: actors joined by "dan", "serta" or commas.
    fn group(&self, k: usize) -> Vec<usize> {
        let mut g = vec![k];
        // "Menlu Norwegia dan Menlu Finlandia": the same title before two states.
        let parallel_title = |x: &Actor, y: &Actor| {
            let (t0, n) = (x.last + 2, y.first.saturating_sub(x.last + 2));
            self.entities[y.entity].class == EntityClass::State
                && self.entities[x.entity].class == EntityClass::State
                && y.first > x.last + 2
                && self.is("coord", x.last + 1)
                && n <= x.first
                && (0..n).all(|j| {
                    self.capitalised(t0 + j) && self.word(t0 + j) == self.word(x.first - n + j)
                })
        };
        // "Menlu Norwegia dan mitranya dari Swedia": a counterpart from a state.
        let counterpart = |x: &Actor, y: &Actor| {
            y.first == x.last + 4
                && self.is("coord", x.last + 1)
                && self.is("counterpart", x.last + 2)
                && self.word(x.last + 3) == "dari"
        };
        let joined = |x: &Actor, y: &Actor| {
            ((x.first, x.last) == (y.first, y.last) && x.entity != y.entity)
                || (x.place == y.place && parallel_title(x, y))
                || (x.place == y.place && counterpart(x, y))
                || (x.place == y.place
                    && self
                        .opening_end
                        .is_none_or(|o| !(x.last < o && o <= y.first))
                    // "Teken Pakta dengan China, Australia Kecewa": a comma, then an actor with
                    // its own predicate, starts a new clause.
                    && ((x.last + 1..y.first).any(|i| self.is("coord", i))
                        || !self.cue_starts.contains(&(y.last + 1)))
                    && y.first > x.last
                    && (y.first - x.last <= 2
                        || (self.is_person(y)
                            // ("dan", the title's words, then the name)
                            && y.first - x.last <= TITLE_WORDS + 2
                            && self.is("coord", x.last + 1)))
                    && (x.last + 1..y.first).all(|i| {
                        self.is("coord", i)
                            || self.word(i).is_empty()
                            // "Abiy Ahmed dan Presiden Eritrea Isaias Afwerki": a person's title.
                            // ("Wakil Presiden merangkap Menteri Luar Negeri Islandia …")
                            || (self.is_person(y)
                                && (self.capitalised(i) || self.is("title_joiner", i)))
                    }))
        };
        let joined_at = |j: usize| {
            joined(&self.actors[j], &self.actors[j + 1]) && !self.new_clause_after_comma(j + 1)
        };
        let mut j = k;
        while j + 1 < self.actors.len() && joined_at(j) {
            j += 1;
            g.push(j);
        }
        let mut j = k;
        while j > 0 && joined_at(j - 1) {
            j -= 1;
            g.insert(0, j);
        }
        g
    }

    /// Whether a comma stands between word `i` and the next word.
    fn comma_after(&self, i: usize) -> bool {
        self.tokens
            .get(i + 1)
            .is_some_and(|next| self.text[self.tokens[i].end..next.start].contains(','))
    }

    /// The first word from `i` on that is no adverb (the sentence's length if none is).
    fn past_adverbs(&self, i: usize) -> usize {
        (i..self.words.len())
            .find(|&j| !self.adverb(j))
            .unwrap_or(self.words.len())
    }

    /// "Putus Hubungan dengan Iran, Bahrain dan Sudan Menyusul", "Berbeda dengan Swedia,
    /// Norwegia langsung membalas": actors after a comma that are followed, together with those
    /// "dan" joins to them, by a verb of their own start a new clause rather than continue a
    /// list.
    fn new_clause_after_comma(&self, y: usize) -> bool {
        let Some(x) = y.checked_sub(1) else {
            return false;
        };
        let (xl, yf) = (self.actors[x].last, self.actors[y].first);
        let between = match (self.tokens.get(xl), self.tokens.get(yf)) {
            (Some(a), Some(b)) if a.end <= b.start => &self.text[a.end..b.start],
            _ => return false,
        };
        if !between.contains(',') || (xl + 1..yf).any(|i| self.is("coord", i)) {
            return false;
        }
        let mut end = y;
        while end + 1 < self.actors.len() {
            let (a, b) = (&self.actors[end], &self.actors[end + 1]);
            if b.first > a.last
                && b.first - a.last <= 2
                && (a.last + 1..b.first).any(|i| self.is("coord", i))
            {
                end += 1;
            } else {
                break;
            }
        }
        // (Only when the list before the comma is an object, after a preposition or a cue:
        // "Mesir, Arab Saudi, UEA dan Bahrain memutuskan …" is one list of subjects.)
        let mut first = x;
        while first > 0 {
            let (a, b) = (&self.actors[first - 1], &self.actors[first]);
            if b.first > a.last
                && b.first - a.last <= 2
                && (a.last + 1..b.first).all(|i| self.is("coord", i))
            {
                first -= 1;
            } else {
                break;
            }
        }
        // ("…, Norwegia langsung membalas": adverbs may stand before the verb.)
        let next = self.past_adverbs(self.actors[end].last + 1);
        // ("Usir Dubes Rusia, Latvia dan Estonia Tutup Konsulat": or an object a few words
        // after a verb cue; "Bantuan Chile, Peru, dan Norwegia Berdatangan" is one list.)
        let object = (self.actors[first].first.saturating_sub(3)..self.actors[first].first)
            .rev()
            .take_while(|&i| !self.comma_after(i) && !self.is("coord", i))
            .any(|i| self.cue_starts.contains(&i) && !is_nominal(self.word(i), false));
        (self.prep_before(&self.actors[first]) || object)
            // ("…, Lindqvist dan Vega saling serang": "saling" opens a verb phrase.)
            && (self.cue_starts.contains(&next)
                || is_verb_form(self.word(next))
                || self.is("reciprocal", next))
    }
}

/// A word lower-cased, borrowed where it already is (most words of running text are): no
/// allocation for it.
fn lowercase(w: &str) -> Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// Extracts the events of a document.
pub fn extract_events(doc: &Document, kb: &Kb, lexicon: &CueLexicon) -> (Vec<Event>, Vec<String>) {
    // (Read once: an environment lookup per sentence and cue was a measurable share of the stage.)
    let debug = std::env::var_os("WARTA_DEBUG_EVENTS").is_some();
    let no_word = WordFacts::of(lexicon, "");
    let text = doc.article.text.as_str();
    let published = doc.article.published;
    let mut events: Vec<Event> = Vec::new();
    let mut warnings = Vec::new();
    let mut narrative: Option<(When, String)> = None;
    let mut last_claimant: Vec<usize> = Vec::new();
    // Denials that name no deed and follow no charge against the denier: a charge told later
    // ("Moskow membantah terlibat. … London menuduh Moskow …") is what they answer.
    let mut open_denials: Vec<usize> = Vec::new();
    // Every denial, for the story's pair to answer those that answer no one.
    let mut denials: Vec<usize> = Vec::new();
    let story = story::story_dyad(doc);
    let mut memory = memory::Memory::default();
    // Events of the lead told before the story has a day.
    let mut undated_lead: Vec<usize> = Vec::new();
    let mut entity_dates: std::collections::HashMap<usize, Option<When>> =
        std::collections::HashMap::new();
    // Every sentence's words, lower-cased, and what the lexicon knows of each, looked up before
    // the sentences are read: the draft rules need the sponsors a later sentence may name.
    let mut looked_up: Vec<LookedUp> = doc
        .tokens
        .iter()
        .map(|all| {
            let tokens: Vec<Token> = all
                .iter()
                .copied()
                .filter(|t| t.kind != TokenKind::Punct)
                .collect();
            let words: Vec<Cow<str>> = tokens.iter().map(|t| lowercase(t.text(text))).collect();
            let facts: Vec<WordFacts> = words.iter().map(|w| WordFacts::of(lexicon, w)).collect();
            (tokens, words, facts)
        })
        .collect();
    let names_draft: Vec<bool> = looked_up.iter().map(draft::names_draft).collect();
    // The states that tabled the article's drafts (most articles name no draft).
    let sponsors = if names_draft.contains(&true) {
        draft::sponsors(doc, &looked_up)
    } else {
        Vec::new()
    };
    for (si, s) in doc.sentences.iter().enumerate() {
        let all = &doc.tokens[si];
        let recent = sentence::Recent {
            last_person: memory.last_person,
            last_pair: &memory.last_pair,
            last_dyad: &memory.last_dyad,
            last_groups: &memory.last_groups,
        };
        let sentence::Sentence {
            c,
            matches,
            mut commas,
            word_at,
        } = sentence::read(
            doc,
            si,
            std::mem::take(&mut looked_up[si]),
            lexicon,
            kb,
            no_word,
            &recent,
        );
        let times = dating::find_times(&c, all, &word_at, kb, published, &narrative);
        // "Pemerintah Malaysia, Sabtu (4/3), menyatakan …": commas around a time expression
        // set it off; they do not end the clause.
        for t in &times {
            // The closing comma's word index is that of the next word: the time's own last
            // index when it ends in punctuation ("(4/3),"), else the one after.
            let close = [t.last, t.last + 1]
                .into_iter()
                .find(|k| *k > t.first && commas.contains(k));
            if let (true, Some(close)) = (commas.contains(&t.first), close) {
                commas.retain(|&k| k != t.first && k != close);
            }
        }
        // "Kementerian Luar Negeri Maroko, dalam pernyataan Selasa malam, menyesalkan …": a
        // short aside between a subject and its verb, with no actor or verb of its own.
        let lowercase_verb = |i: usize| {
            let t = &c.tokens[i];
            is_verb_form(c.word(i)) && !text[t.start..t.end].starts_with(char::is_uppercase)
        };
        let opens_phrase = |i: usize| c.prep_at(i) || c.is("occasion_prep", i);
        let asides: Vec<(usize, usize)> = commas
            .windows(2)
            .map(|w| (w[0], w[1]))
            .filter(|&(a, b)| {
                b > a
                    // (A longer one opens with a preposition: "…, dalam pernyataan tertulisnya
                    // pada hari yang sama, …"; a ter- participle is no verb of its own there.)
                    && (b - a <= 5 || (b - a <= 8 && opens_phrase(a)))
                    && !c.actors.iter().any(|x| a <= x.first && x.first < b)
                    && !(a..b).any(|i| {
                        lowercase_verb(i) && !(opens_phrase(a) && c.word(i).starts_with("ter"))
                    })
                    && c.actors
                        .iter()
                        .rposition(|x| x.last < a)
                        .is_some_and(|k| !(c.actors[k].last + 1..a).any(lowercase_verb))
            })
            .collect();
        // "berkunjung ke Santa Marta, kota di pesisir Karibia Kolombia, untuk bertemu …": an
        // apposition that says what a place name is does not end the clause either.
        let place_asides: Vec<(usize, usize)> = commas
            .windows(2)
            .map(|w| (w[0], w[1]))
            .filter(|&(a, b)| {
                b > a
                    && b - a <= 8
                    && a > 0
                    && PLACE_NOUNS.contains(&c.word(a))
                    && c.capitalised(a - 1)
                    && !(a..b).any(lowercase_verb)
            })
            .collect();
        commas.retain(|k| {
            !asides
                .iter()
                .chain(&place_asides)
                .any(|&(a, b)| *k == a || *k == b)
        });
        let clock = dating::SentenceTimes::new(&c, kb, &times, text, all);
        for t in &times {
            if let Some(n) = &t.note {
                warnings.push(format!("{}: {n}", doc.article.id));
            }
        }
        let sentence_time = clock.sentence_time();
        let steps_back = clock.steps_back;
        if debug {
            let acts: Vec<String> = c
                .actors
                .iter()
                .map(|a| format!("{}-{}:{}", a.first, a.last, doc.entities[a.entity].key))
                .collect();
            let numbered: Vec<String> = c
                .words
                .iter()
                .enumerate()
                .map(|(i, w)| format!("{i}:{w}"))
                .collect();
            eprintln!("[{si}] words {}", numbered.join(" "));
            eprintln!(
                "[{si}] times {:?} steps_back {steps_back}",
                times
                    .iter()
                    .map(|t| (t.first, t.last, t.when))
                    .collect::<Vec<_>>()
            );
            eprintln!(
                "[{si}] cues {:?} actors {acts:?}",
                matches
                    .iter()
                    .map(|m| (m.first, m.last, m.code.as_str(), m.polarity))
                    .collect::<Vec<_>>()
            );
        }

        // The speaker: an actor right after a speech cue ("kata X", "menurut X") or before it
        // ("X mengatakan"); "katanya" / "ditambahkannya" continue the previous speaker.
        let mut speaker: Vec<usize> = Vec::new();
        for m in matches.iter().filter(|m| m.polarity == Polarity::Speech) {
            let w = c.word(m.last);
            let after = c
                .actors
                .iter()
                .position(|a| a.first == m.last + 1 && !a.place);
            let before = c.actors.iter().rposition(|a| {
                a.last < m.first
                    && !a.place
                    && c.clause_start(m.first, &commas) <= a.first
                    && !c.prep_before(a)
            });
            if let Some(k) = after.or(before) {
                speaker = c.group_entities(k);
            } else if w.ends_with("nya") {
                speaker = memory.last_speaker.clone();
            }
        }
        let claim_at = matches
            .iter()
            .find(|m| m.polarity == Polarity::Claim)
            .map(|m| m.first);
        let hearsay = c.facts.iter().any(|f| f.is("hearsay"));

        let mut sentence_events: Vec<usize> = Vec::new();
        let mut main_events: Vec<usize> = Vec::new();
        let mut prev_event_end: Option<usize> = None;
        let mut verbal_in_clause: Vec<usize> = Vec::new();
        // Clauses whose trigger reacts to a deed (disapprove, reject, threaten, protest): a
        // nominal deed with its own agent there happened ("mengecam serangan Iran ke Israel").
        let mut reaction_clauses: Vec<usize> = Vec::new();
        let mut deny_at: Option<usize> = None;
        // "Thailand dan Kamboja sepakat melakukan gencatan senjata": an agreement whose
        // complement is an act that the agreement itself performs (a ceasefire, de-escalation,
        // restored relations: roots 05 and 08) is that act, done by the agreeing parties.
        let mut agreeing: Vec<usize> = Vec::new();
        let mut agreed: Vec<usize> = Vec::new();
        // (A promise, "berjanji mencabut …", is not the act promised: see below.)
        let promise = |m: &cues::CueMatch| m.code == INTENT && c.is("promise", m.first);
        for m in matches.iter().filter(|m| {
            m.polarity == Polarity::Event && (m.code == ACCORD || m.code == INTENT) && !promise(m)
        }) {
            let next = matches
                .iter()
                .find(|n| n.first > m.last && n.polarity == Polarity::Event);
            // "Kabinet menyetujui pencoretan Korea Selatan dari daftar putih": approving an act
            // named right after the verb is doing it.
            let approves = m.code == ACCORD && SETUJU_FORMS.iter().any(|f| f == c.word(m.first));
            if let Some(n) = next.filter(|n| {
                // ("sepakat memulihkan hubungan diplomatik" is agreeing to restore them, intent
                // (030), as coders have it: relations are restored later, step by step.)
                (matches!(&n.code[..2], "05" | "08")
                    && n.code != "054"
                    && n.first <= m.last + 3
                    && (m.last + 1..n.first).all(|i| c.word(i) == "untuk" || c.is("light_verb", i)))
                    || (approves
                        && n.first == m.last + 1
                        && is_nominal(c.word(n.first), lexicon.is_root(c.word(n.first))))
            }) {
                agreeing.push(m.first);
                agreed.push(n.first);
            }
        }
        // "sepakat memulihkan hubungan": the act agreed to is the agreement's content, coded
        // by "sepakat" as intent (030), not done yet; so is the act promised ("berjanji
        // mencabut bea masuk …").
        let agreed_content: Vec<usize> = matches
            .iter()
            .filter(|m| {
                (m.code == ACCORD && c.word(m.first) == "sepakat")
                    || (promise(m) && m.first == m.last)
            })
            .filter_map(|m| {
                matches.iter().find(|n| {
                    n.first > m.last
                        && n.first <= m.last + 3
                        && n.polarity == Polarity::Event
                        && is_verb_form(c.word(n.first))
                        && (m.last + 1..n.first).all(|i| c.word(i) == "untuk" || c.adverb(i))
                })
            })
            .map(|n| n.first)
            .filter(|f| !agreed.contains(f))
            .collect();
        // "mengancam akan menghentikan pasokan listrik ke X": the act threatened is the
        // threat's content, not done.
        let threatened: Vec<usize> = matches
            .iter()
            .filter(|m| m.polarity == Polarity::Event && m.code.starts_with("13"))
            .filter_map(|m| {
                matches.iter().find(|n| {
                    n.first > m.last
                        && n.first <= m.last + 3
                        && n.polarity == Polarity::Event
                        && (m.last + 1..n.first).all(|i| c.is("future", i) || c.adverb(i))
                })
            })
            .map(|n| n.first)
            .collect();
        // Triggers that can own a time expression: not a nominal one that an earlier trigger of
        // its clause makes content ("bertemu …, kemarin, dalam pertemuan …").
        let headline = s.end <= doc.article.body_start;
        let event_heads: Vec<(usize, usize)> = matches
            .iter()
            .enumerate()
            .filter(|(_, m)| matches!(m.polarity, Polarity::Event | Polarity::Deny))
            .filter(|(_, m)| !agreeing.contains(&m.first))
            .filter(|(k, m)| {
                let w = c.word(m.first);
                let clause = c.clause_start(m.first, &commas);
                !(is_nominal(w, lexicon.is_root(w) && !headline)
                    && !agreed.contains(&m.first)
                    && matches[..*k]
                        .iter()
                        .any(|p| c.clause_start(p.first, &commas) == clause))
            })
            .map(|(_, m)| (m.first, m.last))
            .collect();
        // A speaker quoted with a date: their later undated statements keep it.
        if let Some(t) = sentence_time {
            for &sp in &speaker {
                entity_dates.insert(sp, Some(t.when));
            }
        }
        for m in matches.iter().filter(|m| {
            matches!(
                m.polarity,
                Polarity::Event | Polarity::Deny | Polarity::Claim | Polarity::Echo
            )
        }) {
            // "Sikap serupa disuarakan Oslo": a step like the act told last is an act of its
            // code.
            let echoed;
            let echo = (m.polarity == Polarity::Echo)
                .then(|| echo::echoed(&events, si, c.is("sequel", m.first)));
            let m = match echo {
                Some(None) => continue,
                Some(Some(r)) => {
                    echoed = cues::CueMatch {
                        code: events[r].code.clone(),
                        polarity: Polarity::Event,
                        ..m.clone()
                    };
                    &echoed
                }
                None => m,
            };
            let echo = echo.flatten();
            let head = m.first;
            let head_word = c.word(head);
            let clause = c.clause_start(head, &commas);
            // Headlines drop verb prefixes ("ASEAN desak Myanmar"): a bare root is a verb there.
            let headline = s.end <= doc.article.body_start;
            let nominal = is_nominal(head_word, lexicon.is_root(head_word) && !headline);
            if cue::part_of_name(&c, doc, si, m, headline) {
                continue;
            }
            if m.polarity == Polarity::Claim {
                verbal_in_clause.push(clause);
                // The claimant: the subject of a claim verb, or the possessor of a claim noun
                // ("klaim Beijing"); a bare "klaim itu" points back to the last claimant.
                let claimant = if nominal {
                    c.actors
                        .iter()
                        .position(|a| a.first == m.last + 1 && !a.place)
                } else {
                    c.actors
                        .iter()
                        .rposition(|a| a.last < head && !c.prep_before(a))
                };
                if let Some(k) = claimant {
                    last_claimant = c.group_entities(k);
                }
                continue;
            }
            // A nominal trigger after a verbal one in its clause is that event's content; only
            // a material-conflict deed (15-20) reacted to, with its own agent, is an event too.
            if agreeing.contains(&head)
                || agreed_content.contains(&head)
                || threatened.contains(&head)
            {
                continue;
            }
            // ("… di sela kunjungan Presiden ke Malaysia": a noun that frames the act is an event
            // of its own.)
            // ("bertepatan dengan kunjungan …": after "dengan" too; "dalam kunjungan …" frames
            // a visit.)
            let framing = head > 0
                && (c.is("frame_prep", head - 1)
                    || (c.word(head - 1) == "dengan" && head > 1 && c.is("frame_prep", head - 2))
                    || (c.is("occasion_prep", head - 1) && c.is("visit_noun", head)));
            let content = nominal
                && verbal_in_clause.contains(&clause)
                && !agreed.contains(&head)
                && !framing;
            let deed = m.code.as_str() >= "15";
            if content && !(deed && reaction_clauses.contains(&clause)) {
                continue;
            }
            // "… dijadwalkan menerima para pemimpin Ceko, Slowakia, dan Hungaria dalam
            // pertemuan terpisah": a meeting noun after "dalam" is where an earlier verb of the
            // sentence happened, even past the commas of a list of its objects.
            if nominal
                && head > 0
                && c.is("occasion_prep", head - 1)
                && !c.is("visit_noun", head)
                && matches.iter().any(|p| {
                    p.last < head
                        && p.polarity == Polarity::Event
                        && !is_nominal(c.word(p.first), lexicon.is_root(c.word(p.first)))
                })
            {
                continue;
            }
            // Any trigger, verbal or not, makes later nominal ones in its clause its content;
            // not a nominal one that names an earlier event ("Kesepakatan itu dicapai dalam
            // pertemuan A dan B": the meeting is an event of its own).
            // ("Kesepakatan dicapai dalam pembicaraan telepon …" after "sepakat": a noun
            // retelling an event of its code opens the sentence as well as "Kesepakatan itu".)
            let anaphoric_nominal = nominal
                && ((m.last + 1..(m.last + 3).min(c.words.len())).any(|i| c.demonstrative(i))
                    || (head == 0
                        && events.iter().any(|e| {
                            e.code == m.code
                                || lexicon
                                    .roots(head_word)
                                    .any(|r| lexicon.derives(&trigger_word(text, e), r))
                        })));
            if !anaphoric_nominal {
                verbal_in_clause.push(clause);
            }
            if matches!(&m.code[..2], "11" | "12" | "13" | "14") {
                reaction_clauses.push(clause);
            }
            if cue::not_done(&c, m, clause, &commas) {
                continue;
            }
            // "perundingan tersebut" names an event told before; a negated clause holds none.
            if nominal
                && ((m.last + 1..(m.last + 3).min(c.words.len())).any(|i| c.demonstrative(i))
                    || (clause..head).any(|i| c.negation_at(i)))
            {
                continue;
            }
            // "Peta baru Norwegia menuai protes dari Islandia": a reaction the subject receives
            // ("menuai", "mendapat") comes from the actor after "dari", and is aimed at the
            // subject, as with a passive verb.
            // (A bare root there is a noun too: "Tuai Protes".)
            // ("Langkah Oslo mendapat dukungan dari Denmark", "mendapat bantuan dari Jepang":
            // so is support, praise or aid received.)
            let received = head > 0
                && c.is("receive_verb", head - 1)
                && matches!(&m.code[..2], "03" | "05" | "07" | "10" | "11" | "12" | "14");
            let passive = (head_word.starts_with("di") && !nominal) || received;
            // The verb a coordinated one continues: the previous trigger when it lies in this
            // clause ("polisi Ekuador menyerbu … dan menangkap …"), else the main clause's.
            let prev_event = match (sentence_events.last(), prev_event_end) {
                (Some(&e), Some(end)) if end >= clause => Some(&events[e]),
                _ => main_events.last().map(|&e| &events[e]),
            };
            let subordinate = clause > 0 && c.is_boundary(clause);
            let subject_of_main = roles::subject_of_main(&c, clause, head, subordinate);
            let before = roles::subject(&c, m, clause, &commas);
            let hangs_from = |a: &Actor| roles::hangs_from(&c, head, a);
            // "Ribuan pendukung junta berunjuk rasa …", "warga Israel memprotes …": people of a
            // state, not the state, do it; no party to an event between states.
            if !passive
                && before.is_some_and(|k| {
                    let a = &c.actors[k];
                    c.before_is("people_noun", a) && c.before(a) != "wilayah"
                })
            {
                continue;
            }
            // "…yang mengancam": a relative clause's subject is its antecedent. A passive one
            // names its agent ("klaim yang dibantah Islamabad"): handled with the passives.
            let relative_passive = head > 0 && c.word(head - 1) == "yang" && passive;
            // "… menjawab lewat surat yang meminta Oslo …": what a message says is
            // said by its sender, the sentence's subject; what a decree does, by its signer.
            // (A date may stand between: "dekret pada Senin (3/2) yang menghentikan …".)
            let message = head >= 2
                && c.word(head - 1) == "yang"
                && !passive
                && (head.saturating_sub(7)..head - 1).any(|i| c.is("message_noun", i));
            let before = if message {
                before.or_else(|| {
                    c.actors
                        .iter()
                        .position(|a| a.last < head && !a.place && !c.prep_before(a))
                })
            } else {
                before
            };
            if roles::relative_at(&c, head).is_some()
                && !c.actors.iter().any(hangs_from)
                && !relative_passive
                && !message
            {
                continue;
            }
            // "X mendefinisikan Y … dan minggu lalu meledakkan …": a verb coordinated with the
            // previous one shares its subject (and, if it names none, its object).
            let gap_start = prev_event_end.map_or(clause, |e| (e + 1).max(clause));
            let linking = |i: usize| {
                let w = c.word(i);
                c.is("coord", i)
                    || c.adverb(i)
                    || w == "kembali"
                    || c.is("time_prev", i)
                    || matches!(w, "minggu" | "pekan" | "hari" | "pada")
            };
            let right_after_coord = (clause..head)
                .rev()
                .find(|&i| !(c.adverb(i) || c.word(i) == "kembali" || c.word(i) == "juga"))
                .is_some_and(|i| c.is("coord", i));
            // "memanggil Duta Besar AS … untuk menyampaikan protes": a verb of purpose is done
            // by the main verb's subject, to its object.
            // (Only in the main verb's own clause: "… setelah Rusia bergerak untuk
            // meratifikasi …" has a subject of its own.)
            let purpose = head > 0
                && c.is("target_prep", head - 1)
                && is_verb_form(c.word(head))
                && prev_event_end.is_some_and(|e| e < head && e >= clause);
            // ("Dalam kunjungan Lula …, Lugo menyebut … dan berterima kasih kepada Lula": a
            // subject with a verb of its own after the previous event is the one "dan" joins.)
            let own_subject_between = prev_event_end.is_some_and(|e| {
                c.actors.iter().any(|a| {
                    a.first > e
                        && a.first >= clause
                        && prev_event.is_some_and(|p| !p.targets.contains(&a.entity))
                        && a.last < head
                        && !a.place
                        && !c.prep_before(a)
                        && !commas.contains(&(a.last + 1))
                        && (a.last + 1..head)
                            .find(|&i| !c.adverb(i))
                            .is_some_and(|i| is_verb_form(c.word(i)))
                })
            });
            let coordinated_vp = prev_event.is_some()
                && !(right_after_coord && own_subject_between && !purpose)
                && ((gap_start < head
                    && (gap_start..head).all(linking)
                    && (gap_start..head).any(|i| c.is("coord", i)))
                    || right_after_coord
                    || purpose);
            // (The purpose of a visit announced for later is no more done than the visit; and
            // "memanggil duta besar … untuk meminta penjelasan" is one act, the summons.)
            // ("menelepon X untuk membahas krisis itu": a call's purpose is the call; "mengancam
            // … untuk menjegal rancangan itu": what a threat is for is what it threatens.)
            if purpose
                && sentence_events.last().is_some_and(|&e| {
                    events[e].code.starts_with("03")
                        || events[e].code.starts_with("13")
                        || (events[e].code == "114" && matches!(&m.code[..2], "02" | "10"))
                        || (events[e].code.starts_with("04") && m.code.starts_with("04"))
                })
            {
                continue;
            }
            // "meminta Washington mempertimbangkan …": what an appeal asks for is its content.
            // So is a verb coordinated with that content ("menuntut militer Myanmar melepaskan
            // kekuasaan dan membebaskan …"): the addressee, not the speaker, is to do it.
            if let Some(p) = sentence_events.last().map(|&e| &events[e]) {
                let addressee_after_appeal = |k: usize| {
                    p.targets.contains(&c.actors[k].entity)
                        && c.actors[k].first > prev_event_end.unwrap_or(0)
                };
                let asked = matches!(&p.code[..2], "02" | "10")
                    && (before.is_some_and(addressee_after_appeal)
                        || (coordinated_vp
                            && (0..c.actors.len())
                                .any(|k| addressee_after_appeal(k) && c.actors[k].last < head)));
                if asked {
                    continue;
                }
            }
            // ("Ia meminta Swedia menghentikan serangan" with "ia" unknown: an appeal that
            // gave no event, for want of a source, still makes the verb right after its
            // addressee its content.)
            let asked_unsourced = matches.iter().any(|p| {
                p.polarity == Polarity::Event
                    && matches!(&p.code[..2], "02" | "10")
                    && p.first >= clause
                    && p.last < head
                    && !sentence_events.iter().any(|&e| {
                        events[e]
                            .evidence
                            .iter()
                            .any(|ev| ev.start == c.tokens[p.first].start)
                    })
                    && c.actors
                        .iter()
                        .any(|a| a.first == p.last + 1 && a.last + 1 == head && !a.place)
            });
            if asked_unsourced {
                continue;
            }
            if cue::refused(&c, &matches, head) {
                continue;
            }
            let mut sources: Vec<usize> = match before {
                Some(k) if !passive && !coordinated_vp => c.group_entities(k),
                _ => Vec::new(),
            };
            // "pengaturan praktis yang disepakati kedua pemerintah": an accord named in a passive
            // relative clause is the thing agreed, told as background, not a new accord.
            if relative_passive && m.code == ACCORD {
                continue;
            }
            // "Menurut Abinader, pembangunan sepihak itu akan mengancam pasokan air": a clause
            // whose subject is a thing ("… itu", "… tersebut") and names no actor is not the
            // speaker's act.
            // (A judgement is aimed at the thing: "Ini tidak dapat diterima, ujar …".)
            let thing_subject = before.is_none()
                && !m.judgement
                && !passive
                && !coordinated_vp
                && !nominal
                && (clause..head).any(|i| {
                    c.demonstrative(i) && !times.iter().any(|t| t.first <= i && i <= t.last)
                })
                && !c.actors.iter().any(|a| a.first >= clause && a.last < head);
            if thing_subject {
                continue;
            }
            // Target: the first actor after the trigger's head, not a location if another exists.
            // Targets lie in the trigger's clause, before the next trigger.
            // (A word of the cue itself closes nothing: "memanggil pulang untuk sementara duta
            // besarnya di Teheran".)
            // (Nor does a comma that opens a list: "dari empat negara, yakni Spanyol, …".)
            // (Nor one inside a list of actors: "Bantuan Australia, Selandia Baru dan Prancis".)
            let in_list = |i: usize| {
                let next = if c.is("coord", i) { i + 1 } else { i };
                c.actors
                    .iter()
                    .position(|a| a.first == next)
                    .is_some_and(|k| {
                        let g = c.group(k);
                        g.first() != Some(&k) && c.actors[g[0]].last < i
                    })
            };
            let clause_end = (head.max(m.last) + 1..c.words.len())
                .find(|&i| {
                    c.is_boundary(i) || (commas.contains(&i) && !c.is("example", i) && !in_list(i))
                })
                .unwrap_or(c.words.len());
            let headline_bare = |w: &str| lexicon.is_root(w) && !headline;
            let next_head = matches
                .iter()
                .filter(|n| {
                    n.first > m.last && !is_nominal(c.word(n.first), headline_bare(c.word(n.first)))
                })
                .map(|n| n.first)
                // ("sepakat memulihkan hubungan diplomatik dengan Israel": the act agreed to is
                // the agreement's content; its object is the agreement's other party.)
                // ("mengancam akan menghentikan pasokan ke Ukraina": so is a threat's.)
                .filter(|f| !threatened.contains(f))
                // ("menembaki dan menenggelamkan sebuah kapal X": two verbs joined by "dan"
                // share the object after the second; so does a stance told by an adjective
                // with the appeal after it, "menyatakan kecewa dan mendesak Helsinki …".)
                .filter(|&f| {
                    !(f == m.last + 2
                        && c.is("coord", m.last + 1)
                        && ((m.code.starts_with("11")
                            && matches
                                .iter()
                                .any(|n| n.first == f && matches!(&n.code[..2], "02" | "10")))
                            || (!nominal && is_verb_form(c.word(m.last))))
                        && is_verb_form(c.word(f)))
                })
                // ("Bantuan Norwegia tiba di Islandia": aid's arrival says where it went.)
                .filter(|&f| !(m.code.starts_with("07") && c.is("arrival", f)))
                .find(|f| !((m.code == ACCORD || promise(m)) && agreed_content.contains(f)))
                .unwrap_or(c.words.len());
            // A reaction (statement, demand, disapproval, rejection, threat, protest) is aimed
            // at the subject of the clause it reacts to: "khawatir setelah Rusia …".
            let reaction = matches!(&m.code[..2], "01" | "10" | "11" | "12" | "13" | "14");
            let reacts_to = reaction
                && clause_end < c.words.len()
                && matches!(
                    c.word(clause_end),
                    "setelah" | "karena" | "usai" | "sesudah"
                );
            let limit = if reacts_to {
                let next_end = (clause_end + 1..c.words.len())
                    .find(|&i| c.is_boundary(i) || commas.contains(&i))
                    .unwrap_or(c.words.len());
                next_end.min(next_head.max(clause_end + 2))
            } else {
                clause_end.min(next_head)
            };
            // A city is a target only of a visit or meeting, and then stands for its state.
            let consult = &m.code[..2] == "04";
            // "menarik duta besarnya dari Phnom Penh": an embassy's city stands for its state.
            // "menunda kunjungannya ke Beijing": so does the city a visit named in the cue goes to.
            let diplomatic = m.code == "161" || (m.first..=m.last).any(|i| c.is("visit_noun", i));
            let addressed = matches!(&m.code[..2], "02" | "10");
            // "rudal Rusia menghantam Pelabuhan Odesa": force used on a city is used on its state.
            let force = m.code.as_str() >= "18";
            // "bantuan … tiba di Port Vila": so is aid brought to a city.
            let aid = m.code.starts_with("07");
            let fellow_of_subject = |k: usize| {
                let a = &c.actors[k];
                (head..a.first).any(|i| c.word(i) == "bersama")
                    && c.before_at(a)
                        .is_some_and(|i| c.word(i) == "bersama" || (c.is("coord", i) && i > head))
            };
            let after: Vec<usize> = (0..c.actors.len())
                .filter(|&k| {
                    c.actors[k].first > head
                        && c.actors[k].first < limit
                        && before.is_none_or(|b| b != k)
                        // ("Prancis menyerang bersama Turki dan Jerman": who acts "bersama" the
                        // subject in a conflict is a fellow doer, not the target; in cooperation,
                        // "latihan bersama AS", the partner.)
                        && !(m.code.as_str() >= "10" && fellow_of_subject(k))
                        && (!c.actors[k].place
                            || consult
                            || diplomatic
                            || aid
                            || (force && !c.prep_before(&c.actors[k])))
                        // "sangat berharap kedua pihak mematuhi …": a pair addressed by an
                        // appeal or demand right after it.
                        // ("menyerukan kedua negara menahan diri": or right after the verb,
                        // inside the cue's gap.)
                        // ("menuduh kedua negara mencampuri …": any verb's object right
                        // after it.)
                        && (!c.actors[k].pair
                            || (!nominal && c.actors[k].first == m.last + 1)
                            || (addressed
                                && (c.actors[k].first == m.last + 1
                                    || (m.last > head && c.actors[k].first == head + 1))))
                        && !c.via(&c.actors[k], head)
                        // ("mengirim bantuan atas perintah Presiden Swedia": who ordered
                        // the act is on its source's side.)
                        && !c.before_at(&c.actors[k]).is_some_and(|i| {
                            c.is("order_noun", i) && i > 0 && c.word(i - 1) == "atas"
                        })
                        // ("Oslo Mengecam dan Stockholm Minta …": the subject of the next
                        // verb, not a second object.)
                        && !(c.actors[k].first == m.last + 2
                            && c.is("coord", m.last + 1)
                            && c.cue_starts.contains(&(c.actors[k].last + 1)))
                })
                .collect();
            // "menyatakan Indonesia "sangat prihatin" atas … di Myanmar": the source's own state
            // inside the cue is no target.
            let source_states: Vec<Option<String>> = sources
                .iter()
                .map(|&e| doc.entities[e].state.clone())
                .collect();
            // "menyampaikan keprihatinan Australia kepada Li": nor is the state that owns the
            // noun right after a nominal cue.
            let own_state = |k: usize| {
                !passive
                    && (c.actors[k].last <= m.last
                        || (c.actors[k].first == m.last + 1 && is_nominal(c.word(m.last), false)))
                    && doc.entities[c.actors[k].entity].state.is_some()
                    && source_states.contains(&doc.entities[c.actors[k].entity].state)
            };
            let after: Vec<usize> = after.into_iter().filter(|&k| !own_state(k)).collect();
            // "kecewa setelah rancangan resolusi … digagalkan oleh veto Rusia": a reaction to a
            // passive clause is aimed at its agent.
            let reacted_agent = reacts_to
                .then(|| {
                    let o = (m.last + 1..limit).find(|&i| c.word(i) == "oleh")?;
                    after.iter().copied().find(|&k| {
                        let a = &c.actors[k];
                        a.first > o
                            && a.first <= o + 4
                            && doc.entities[a.entity].state.is_some()
                            && (o + 1..a.first).all(|i| !c.prep_at(i) && !is_verb_form(c.word(i)))
                    })
                })
                .flatten();
            let pick_after = reacted_agent.or_else(|| {
                after
                    .iter()
                    .copied()
                    .find(|&k| {
                        let b = c.before(&c.actors[k]);
                        let bf = c.before_facts(&c.actors[k]);
                        // "warga Korut", "wilayah Israel": a state's people or land stand for it.
                        let of_state = bf.is("people_noun")
                            && doc.entities[c.actors[k].entity].class == EntityClass::State;
                        // ("unjuk rasa pro Palestina": what a rally is for is not its target.)
                        !bf.is("loc_prep")
                            && (!bf.locative || of_state)
                            && b != "oleh"
                            && b != "pro"
                    })
                    // (Not the place of a meeting: "akan bertemu di Brasil". Concern about a
                    // crisis "di Myanmar" is aimed at Myanmar.)
                    .or_else(|| {
                        after.first().copied().filter(|&k| {
                            let b = c.before(&c.actors[k]);
                            // (A visit's "di" names where the visitor went: "tiba di
                            // Damaskus".)
                            b != "oleh" && b != "pro" && !(consult && b == "di" && m.code != "042")
                        })
                    })
            });
            // "menyerahkan 20 artefak perunggu Benin kepada Nigeria": a state that only names
            // whose the object handed over is gives way to the recipient after "kepada". (Not
            // what is judged: "memuji keputusan Jerman … kepada Ukraina" praises Germany.)
            let pick_after = pick_after.map(|k| {
                let a = &c.actors[k];
                let owner_of_object = m.code.starts_with("08")
                    && a.first > m.last + 1
                    && c.before_at(a).is_some_and(|i| {
                        i > m.last && !c.prep_at(i) && !is_verb_form(c.word(i)) && c.plain(i)
                    });
                let recipient = after
                    .iter()
                    .copied()
                    .find(|&r| c.actors[r].first > a.last && c.before(&c.actors[r]) == "kepada");
                match recipient {
                    Some(r) if owner_of_object => r,
                    _ => k,
                }
            });
            // "menembakkan rudal ke Pangkalan Udara Shayrat di Provinsi Homs, Suriah": force
            // aimed at a place is aimed at the state that closes its address, past the commas.
            let pick_after = pick_after.or_else(|| {
                (force && !passive)
                    .then(|| {
                        c.actors.iter().position(|a| {
                            a.first >= limit
                                && a.first > 0
                                && !a.place
                                && doc.entities[a.entity].class == EntityClass::State
                                && commas.contains(&a.first)
                                && c.capitalised(a.first - 1)
                                && (m.last + 1..a.first).all(|i| !c.is_boundary(i))
                                && !c.cue_starts.iter().any(|&s| s > m.last && s < a.first)
                        })
                    })
                    .flatten()
            });
            // "mengecam peluncuran itu … berbahaya bagi warga Jepang": an object that points
            // back to an event ("NOUN itu/tersebut") is that event; a state named past it is
            // no target (the rules for anaphors below find the event's doer).
            let anaphoric_object = !passive
                && m.polarity == Polarity::Event
                && (m.last + 1..(m.last + 3).min(c.words.len()))
                    .find(|&i| !c.adverb(i))
                    .is_some_and(|i| {
                        is_nominal(c.word(i), lexicon.is_root(c.word(i)))
                            && i + 1 < c.words.len()
                            && c.demonstrative(i + 1)
                            && !c.actors.iter().any(|a| a.first <= i + 1 && i <= a.last)
                    });
            // ("membahas kesepakatan itu langsung dengan Oslo": a meeting's partner after
            // "dengan" is its target past such an object.)
            // "kunjungan Pelosi tidak mengubah kebijakan Satu China": a visit noun goes where
            // "ke" or "di" sends it ("ke ibu kota Australia": a few nouns may stand between),
            // not to any state named after it.
            let pick_after = pick_after.filter(|&k| {
                let past_object = !anaphoric_object
                    || c.actors[k].first <= m.last + 3
                    || (consult && c.before(&c.actors[k]) == "dengan");
                let first = c.actors[c.group(k)[0]].first;
                let sent_to = !(m.code == "042" && c.is("visit_noun", head))
                    || (first.saturating_sub(3)..first)
                        .rev()
                        .take_while(|&i| !is_verb_form(c.word(i)))
                        .any(|i| matches!(c.word(i), "ke" | "di"));
                past_object && sent_to
            });
            let mut targets: Vec<usize> =
                pick_after.map(|k| c.group_entities(k)).unwrap_or_default();
            // "mengirim dua juta dosis ke Bangladesh dan satu juta dosis ke Nepal": a second
            // object with the same preposition, after "dan" and no other verb, shares the act.
            if let Some(k) = pick_after.filter(|_| !passive) {
                let last = *c.group(k).last().unwrap_or(&k);
                let prep = c.before(&c.actors[k]);
                if c.actors[k].first > 0 && c.before_is("target_prep", &c.actors[k]) {
                    let from = c.actors[last].last + 1;
                    let parallel = (from..(from + 8).min(c.words.len()))
                        .take_while(|&i| !c.cue_starts.contains(&i) && !c.is_boundary(i))
                        .find(|&i| {
                            c.word(i) == prep
                                && (from..i).any(|j| c.is("coord", j))
                                && (from..i).all(|j| !is_verb_form(c.word(j)))
                        })
                        .and_then(|i| c.actors.iter().position(|a| a.first == i + 1 && !a.place));
                    if let Some(p) = parallel {
                        for g in c.group(p) {
                            targets.push(c.actors[g].entity);
                        }
                    }
                }
            }
            if passive {
                let passive = roles::Passive {
                    c: &c,
                    m,
                    doc,
                    commas: &commas,
                    after: &after,
                    limit,
                    received,
                    before,
                    relative_passive,
                    subject_of_main: subject_of_main.as_deref(),
                };
                (sources, targets) = roles::passive_roles(&passive);
            }
            // "Presiden Finlandia menelepon Perdana Menteri Norwegia untuk menyampaikan
            // belasungkawa": an act told as the purpose ("untuk" and its verb) of an earlier verb
            // of the clause is done by that verb's subject, and aimed, unless it names its own
            // target, at that verb's object (the actor the nearest-actor rule took for subject).
            // (Not when the earlier verb hands the act to its object: "memerintahkan
            // kementerian untuk berunding", "meminta Oslo untuk menarik …", "mengundang Oslo
            // untuk berkunjung".)
            let hands_over = |v: usize| {
                c.is("object_control", v)
                    || matches.iter().any(|n| {
                        n.first == v
                            && (matches!(&n.code[..2], "02" | "10" | "13") || n.code == "036")
                    })
            };
            if !passive
                && let Some(object) = before
                // ("menelepon Perdana Menteri Jepang pada hari yang sama untuk …": a few words
                // with no verb may stand between.)
                && let Some(u) = (c.actors[object].last + 1..head).find(|&i| {
                    c.word(i) == "untuk"
                        && i <= c.actors[object].last + 5
                        && (c.actors[object].last + 1..i)
                            .all(|j| !is_verb_form(c.word(j)) && !c.cue_starts.contains(&j))
                })
                && (u + 1..head).all(|i| is_verb_form(c.word(i)))
                && head - u <= 2
                && (is_verb_form(c.word(head)) || head > u + 1)
                && let Some(v) = c.before_at(&c.actors[object])
                && v >= clause
                && is_verb_form(c.word(v))
                && !hands_over(v)
                && let Some(subject) = c.actors.iter().rposition(|a| {
                    a.last < v && a.first >= clause && !a.place && !a.pair && !c.prep_before(a)
                })
            {
                sources = c.group_entities(subject);
                if targets.is_empty() {
                    targets = c.group_entities(object);
                }
            }
            // "sanksi yang diberlakukan kembali oleh Norwegia terhadap Islandia": an act's noun
            // with a passive relative clause has that clause's agent as its doer; whom it was
            // aimed at follows, or else is who the clause around the noun was about ("Islandia
            // terkena embargo yang dijatuhkan oleh Swedia").
            // ("sanksi ekonomi yang …": a modifier may stand between.)
            let relative = (m.last + 1..(m.last + 3).min(limit))
                .find(|&i| c.word(i) == "yang")
                .filter(|&y| !c.actors.iter().any(|a| a.first > m.last && a.first < y));
            if let Some(y) = relative.filter(|_| nominal && !passive) {
                let verb = y + 1;
                let oleh = (verb + 1..(verb + 3).min(limit)).find(|&i| c.word(i) == "oleh");
                // (A di- passive: "yang diberlakukan", "yang dijatuhkan".)
                let passive_verb = verb < c.words.len()
                    && c.word(verb).starts_with("di")
                    && is_verb_form(c.word(verb));
                let agent = oleh.filter(|_| passive_verb).and_then(|o| {
                    c.actors.iter().position(|a| {
                        a.first == o + 1 && !a.place && doc.entities[a.entity].state.is_some()
                    })
                });
                if let Some(k) = agent {
                    let doers = c.group_entities(k);
                    let after_agent = c.actors.iter().position(|a| {
                        a.first > c.actors[k].last
                            && a.first < limit
                            && c.before_facts(a).is("target_prep")
                            && !doers.contains(&a.entity)
                    });
                    let aimed: Vec<usize> = match after_agent {
                        Some(t) => c.group_entities(t),
                        None if !targets.is_empty() => targets.clone(),
                        None => sources.clone(),
                    };
                    sources = doers;
                    targets = aimed.into_iter().filter(|t| !sources.contains(t)).collect();
                }
            }
            // "33 tentara Turki tewas dalam serangan udara di Idlib": the subject of a verb of
            // suffering before an act's noun is its victim, not its agent.
            if let Some(k) = before.filter(|&k| {
                nominal
                    && head > 0
                    && matches!(c.word(head - 1), "dalam" | "akibat" | "karena")
                    && (c.actors[k].last + 1..head).any(|i| SUFFERING.contains(&c.word(i)))
            }) {
                sources.clear();
                targets = c.group_entities(k);
            }
            // "mendesak semua pihak menahan diri": addressed to everyone, aimed at no state.
            if c.is("all_quantifier", m.last + 1) && c.word(m.last + 2).starts_with("pihak") {
                continue;
            }
            if sources.is_empty() && coordinated_vp {
                if let Some(p) = prev_event {
                    sources = p.sources.clone();
                    if targets.is_empty() {
                        targets = p.targets.clone();
                    }
                }
            }
            // "serangan Rusia terhadap Ukraina", "kunjungan Jokowi ke Kyiv": a noun's possessor
            // is its agent, the next actor its target.
            if content {
                // A deed reacted to counts only with its own agent.
                sources.clear();
                targets.clear();
            }
            // "bentrokan antara pasukan kedua negara": the parties, one as source.
            if sources.is_empty() && nominal {
                if let Some(g) = c.between(m.last, &commas) {
                    let mut parties: Vec<usize> = g.iter().map(|&k| c.actors[k].entity).collect();
                    parties.dedup();
                    targets = parties.split_off(1);
                    sources = parties;
                }
            }
            // The possessor of a noun is its agent, even when the clause has a subject:
            // "Lamamra menyinggung kunjungan Menteri Luar Negeri Israel Yair Lapid ke Maroko"
            // (then only right after the noun, or after a title), or frames the act ("di sela
            // kunjungan Presiden Norwegia ke Islandia").
            // (A one-word noun only: after "pengusiran 23 diplomat" comes the patient's state.)
            // ("gugatan yang diajukan Afrika Selatan terhadap Israel": a cue that ends in a
            // passive verb has its agent right after it.)
            let object_of_verb = head > 0
                && is_verb_form(c.word(head - 1))
                && (m.first == m.last
                    || (m.last > head
                        && c.word(m.last - 1) == "yang"
                        && c.word(m.last).starts_with("di")));
            let possessor = c.possessor(m.last, &after, &commas).filter(|&k| {
                sources.is_empty()
                    || framing
                    // ("… dengan mediasi Qatar": a noun after a preposition has its own agent.)
                    || (head > 0 && c.prep_at(head - 1))
                    // ("dibangun dengan dana bantuan Norwegia", "pada hari pertama kunjungan
                    // Obama": a noun or two may stand between.)
                    || (head.saturating_sub(3)..head.saturating_sub(1)).rev().any(|p| {
                        c.prep_at(p)
                            && (p + 1..head).all(|i| {
                                !is_verb_form(c.word(i))
                                    && !c.actors.iter().any(|a| (a.first..=a.last).contains(&i))
                            })
                    })
                    || (object_of_verb
                        && !headline
                        && (m.last + 1..c.actors[k].first).all(|i| {
                            let t = &c.tokens[i];
                            c.text[t.start..t.end].starts_with(|ch: char| ch.is_uppercase())
                        }))
            });
            if nominal && !passive && possessor.is_some() {
                sources.clear();
            }
            // A nominal act's doers, the group around actor `k`, and its target: the group after
            // them that follows a preposition ("ke Taiwan", "terhadap Ukraina"), not any later
            // name ("kebijakan Satu China").
            let doers_and_target = |k: usize| -> (Vec<usize>, Vec<usize>) {
                let doers = c.group(k);
                let end = c.actors[*doers.last().unwrap_or(&k)].last;
                let target = after
                    .iter()
                    .copied()
                    .find(|&j| c.actors[j].first > end && c.prep_before(&c.actors[j]))
                    .map(|j| c.group_entities(j))
                    .unwrap_or_default();
                (doers.iter().map(|&d| c.actors[d].entity).collect(), target)
            };
            if sources.is_empty() && nominal {
                if let Some(k) = possessor {
                    (sources, targets) = doers_and_target(k);
                }
            }
            // "bantuan kemanusiaan dari Australia dan Selandia Baru tiba di Port Vila": where
            // aid comes from is its giver, where it arrives its receiver.
            if sources.is_empty() && nominal && aid {
                if let Some(k) = after
                    .iter()
                    .copied()
                    .find(|&k| !c.actors[k].place && c.before(&c.actors[k]) == "dari")
                {
                    (sources, targets) = doers_and_target(k);
                }
            }
            // "Kecaman tajam dilayangkan oleh Oslo", "Protes serupa disampaikan Oslo",
            // "Kecaman juga datang dari Oslo": an act noun opening its clause, told by a
            // passive verb (or "datang dari"), has the agent after that verb as its doer.
            if nominal && head == clause {
                // (Not a relative clause: "tuduhan yang dibantah Oslo" is denied by Oslo.)
                let verb = (m.last + 1..(m.last + 4).min(c.words.len()))
                    .take_while(|&i| c.word(i) != "yang")
                    .find(|&i| {
                        let w = c.word(i);
                        (w.starts_with("di") && is_verb_form(w)) || w == "datang"
                    });
                let agent = verb.and_then(|v| {
                    c.actors.iter().position(|a| {
                        // ("datang dari Menteri Luar Negeri Finlandia …": past a title.)
                        let end = c.before_at(a).map_or(a.first, |b| b + 1);
                        !a.place
                            && a.first > v
                            && end > v
                            && (v + 1..end).all(|i| {
                                matches!(c.word(i), "oleh" | "dari")
                                    // ("diberlakukan kembali oleh Oslo")
                                    || c.adverb(i)
                            })
                    })
                });
                if let Some(k) = agent {
                    (sources, targets) = doers_and_target(k);
                }
            }
            if content && sources.is_empty() {
                continue;
            }
            // "Trump menilai pengakuan sepihak atas negara Palestina …": a noun right after an
            // appraising verb names the act appraised, not one by the appraiser; with no agent
            // of its own it is no event.
            // ("berbicara terkait permintaan kajian dari Dewan Eropa": nor is a noun
            // after a topic preposition, unless a capital standing for its state follows it:
            // "mengenai keprihatinan Stockholm".)
            if nominal
                && possessor.is_none()
                && head > 0
                && (c.is("appraisal", head - 1)
                    || (c.is("topic_prep", head - 1)
                        && !c.actors.iter().any(|a| a.first == m.last + 1)))
            {
                continue;
            }
            // "Dalam percakapan telepon dengan X, Y …": the main clause's subject takes part,
            // and in a consultation with no other party, its object.
            if sources.is_empty() && nominal && c.opening_end.is_some_and(|o| head < o) {
                if let Some(k) = c.main_subject() {
                    let group = c.group(k);
                    sources = group.iter().map(|&k| c.actors[k].entity).collect();
                    if targets.is_empty() && consult {
                        let end = c.actors[*group.last().unwrap_or(&k)].last;
                        targets = c
                            .actors
                            .iter()
                            .position(|a| a.first > end && !a.place && !a.pair)
                            .map(|j| c.group_entities(j))
                            .unwrap_or_default();
                    }
                }
            }
            if sources.is_empty() && !nominal && !passive {
                if let Some(main) = &subject_of_main {
                    sources = main.clone();
                }
            }
            // "Dukungan bagi Doha datang dari Ankara": where the act comes from is its doer.
            if sources.is_empty() && nominal {
                if let Some(k) = c.actors.iter().position(|a| {
                    a.first > m.last + 1
                        && a.first >= 2
                        && c.word(a.first - 1) == "dari"
                        && c.word(a.first - 2) == "datang"
                }) {
                    sources = c.group_entities(k);
                }
            }
            if sources.is_empty() && nominal && subordinate {
                // "…, setelah pembicaraan dengan X": the sentence's subject.
                if let Some(k) = c
                    .actors
                    .iter()
                    .position(|a| a.last < head && !c.prep_before(a))
                {
                    sources = c.group_entities(k);
                }
            }
            // "Hitler memutuskan untuk membunuh …, kata X": a subject warta does not know is
            // not the speaker.
            if sources.is_empty() && !unknown_subject(&c, doc, si, clause, head) {
                sources = speaker.clone();
            }
            if debug {
                let show = |es: &[usize]| {
                    es.iter()
                        .map(|&e| {
                            let x = &doc.entities[e];
                            format!("{}({})", x.key, x.state.as_deref().unwrap_or("-"))
                        })
                        .collect::<Vec<_>>()
                };
                eprintln!(
                    "  cue at {head}: coordinated={coordinated_vp} sources={:?} targets={:?} clause={clause}",
                    show(&sources),
                    show(&targets)
                );
            }
            let state_of = |e: usize| doc.entities[e].state.clone();
            if let Some(r) = echo {
                sources = echo::sources(&c, m.last, &events[r], sources, &state_of);
                targets = echo::targets(&c, m.last, &events[r], &sources, &state_of);
            }
            if sources.is_empty() {
                continue;
            }
            let context = targets::Context {
                c: &c,
                m,
                matches: &matches,
                times: &times,
                head,
                clause,
                limit,
                nominal,
                headline,
                doc,
                lexicon,
                events: &events,
                story,
                last_person: memory.last_person,
                last_pair: &memory.last_pair,
                last_states: &memory.last_states,
                introduced: &memory.introduced,
                sponsors: &sponsors,
            };
            let joint;
            (sources, targets, joint) = targets::resolve(&context, sources, targets);
            let mut open_denial = false;
            if m.polarity == Polarity::Deny {
                deny_at = Some(head);
                let denial = denials::Denial {
                    c: &c,
                    m,
                    doc,
                    lexicon,
                    events: &events,
                    last_claimant: &last_claimant,
                    relative_passive,
                };
                open_denial = denials::aim(&denial, &sources, &mut targets);
            } else if targets.is_empty() {
                continue;
            }
            if cue::lacks_object(&c, m, doc, passive, &sources, &targets) {
                continue;
            }
            let said = coding::Said {
                c: &c,
                commas: &commas,
                claim_at,
                deny_at,
                hearsay,
                speaker: &speaker,
            };
            let (status, reported_by) = coding::status(&said, m, clause, coordinated_vp, &sources);
            let at = dating::EventAt {
                head,
                clause,
                subordinate,
                event_heads: &event_heads,
                speaker: &speaker,
                entity_dates: &entity_dates,
            };
            let (when, when_text, when_note, when_own) =
                dating::date_event(&clock, &c, kb, &narrative, &at);
            let (trigger_start, trigger_end) = (c.tokens[head].start, c.tokens[m.last].end);
            let code = coding::code(&c, m, clause);
            for &src in &sources {
                let targets_or_none: Vec<Option<usize>> = if targets.is_empty() {
                    vec![None]
                } else {
                    targets.iter().copied().map(Some).collect()
                };
                for tgt in targets_or_none {
                    let (ss, ts) = (state_of(src), tgt.and_then(state_of));
                    if (ss.is_some() && ss == ts) || Some(src) == tgt {
                        continue;
                    }
                    // "menuding tentara Islandia menembak dua nelayan": what an accused state
                    // is accused of is the accusation's content, not an act the article
                    // reports (nor one it attributes: gold writers code the accusation only).
                    // (Nor force, which the article tells as fact when two sides accuse each
                    // other of starting a clash; a denial answers the accusation.)
                    // ("Silvany menuding Vanuatu mendukung …": so is the content of an
                    // accusation whose accuser warta does not know, right after its verb.)
                    let accused_of = m.polarity == Polarity::Event
                        && !m.code.starts_with("11")
                        && !m.code.starts_with("19")
                        && (sentence_events.iter().any(|&e| {
                            let x = &events[e];
                            x.code.starts_with("112")
                                && x.evidence
                                    .iter()
                                    .any(|v| v.sentence == si && v.end <= trigger_start)
                                && x.target_state.is_some()
                                && x.target_state == ss
                        }) || matches.iter().any(|p| {
                            p.code.starts_with("112")
                                && p.polarity == Polarity::Event
                                && p.last < head
                                && c.actors.iter().any(|a| {
                                    a.entity == src && a.first == p.last + 1 && a.last < head
                                })
                        }) || (coordinated_vp
                            // ("menuding pemerintah Islandia terus mencampuri … serta mendukung
                            // …": a verb joined to the content, with no subject of its own, is
                            // content too; one naming an object of its own, "… dan menuntut
                            // Oslo menarik …", is the accuser's next act.)
                            && !c.actors.iter().any(|a| a.first > head && a.first < limit)
                            && matches.iter().any(|p| {
                                p.code.starts_with("112")
                                    && p.polarity == Polarity::Event
                                    && p.last < head
                                    && p.first >= clause
                                    && c.actors.iter().any(|a| a.first > p.last && a.last < head)
                            })));
                    if accused_of {
                        continue;
                    }
                    let event = Event {
                        code: code.clone(),
                        sources: vec![src],
                        targets: tgt.into_iter().collect(),
                        source_state: ss,
                        target_state: ts,
                        when,
                        when_text: when_text.clone(),
                        when_note: when_note.clone(),
                        when_own,
                        status,
                        reported_by: reported_by.clone(),
                        denies: None,
                        evidence: vec![Evidence {
                            start: trigger_start,
                            end: trigger_end,
                            sentence: si,
                        }],
                    };
                    let idx = merge(&mut events, event, joint);
                    if m.polarity == Polarity::Deny {
                        events[idx].denies = events.iter().rposition(|e| {
                            e.status == Status::Claimed && e.evidence[0].sentence < si
                        });
                    }
                    if open_denial && !open_denials.contains(&idx) {
                        open_denials.push(idx);
                    }
                    if m.polarity == Polarity::Deny && !denials.contains(&idx) {
                        denials.push(idx);
                    }
                    if !sentence_events.contains(&idx) {
                        sentence_events.push(idx);
                    }
                    if narrative.is_none() && events[idx].when.is_none() {
                        undated_lead.push(idx);
                    }
                    if !subordinate && !main_events.contains(&idx) {
                        main_events.push(idx);
                    }
                    prev_event_end = Some(m.last);
                    // An accuser is who a later denial of "the accusation" answers.
                    if m.code.starts_with("112") && m.polarity == Polarity::Event {
                        last_claimant = sources.clone();
                    }
                    if when_own {
                        entity_dates.insert(src, when);
                    }
                }
            }
        }
        dating::advance_narrative(
            &clock,
            &c,
            &matches,
            doc,
            lexicon,
            &mut narrative,
            &mut undated_lead,
            &mut events,
        );
        memory.remember(c, doc, si, speaker, &main_events, &events);
    }
    denials::answer_charges_told_later(&mut events, open_denials);
    denials::answer_with_story_pair(&mut events, doc, story, denials);
    draft::aim_at_sponsors(&mut events, doc, &sponsors, &names_draft);
    mediation::complete_mediated_pairs(&mut events);
    fold::fold_meetings_into_visits(&mut events);
    fold::orient_meetings_as_visits(&mut events);
    fold::fold_headline_generic_into_specific(&mut events, doc.article.body_start);
    fold::fold_generic_beside_specific(&mut events);
    fold::fold_retold(&mut events);
    (events, warnings)
}

/// The forms of "setuju" (agree), whose verbs approve what they name: derived once, not per cue.
static SETUJU_FORMS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| morph::forms("setuju"));

/// How many words after a noun the states named with it may stand ("pakta … yang diumumkan
/// Presiden AS …, Perdana Menteri Inggris … dan Perdana Menteri Australia …").
const NOUN_REACH: usize = 20;

/// Collective numerals ("ketiga negara": all three states) and the size of the list they
/// point back to.
const COLLECTIVES: [(&str, usize); 4] =
    [("ketiga", 3), ("keempat", 4), ("kelima", 5), ("keenam", 6)];

/// How many words a person's title may have between "dan" and the name ("dan Wakil Presiden
/// merangkap Menteri Luar Negeri Islandia Anna …" has seven).
const TITLE_WORDS: usize = 8;

/// CAMEO's code for mediating between two parties.
const MEDIATE: &str = "045";

/// CAMEO's code for an accord ("sepakat"), which warta reads but never emits on its own.
pub(crate) const ACCORD: &str = "019";

/// CAMEO's code for an intent to cooperate, not otherwise specified.
const INTENT: &str = "030";

/// The first root of CAMEO's verbal conflict (demand, disapprove, reject, threaten, protest)
/// and, with the roots after it, of everything a state can turn on another with.
const VERBAL_CONFLICT: &str = "10";

/// The first root of CAMEO's material conflict (force posture, reduced relations, coercion,
/// assault, fight): acts a victim's protest answers.
const MATERIAL_CONFLICT: &str = "15";

/// How far before the story's day a dated sentence is a flashback rather than the story
/// moving on.
const FLASHBACK_DAYS: i64 = 7;

/// The first word of an event's first trigger, lower-cased: what a later noun of the same root
/// ("keputusan" after "memutuskan") points back to.
fn trigger_word(text: &str, e: &Event) -> String {
    let ev = &e.evidence[0];
    text[ev.start..ev.end]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase()
}

/// The event trigger (by its first word) nearest to a time expression.
fn owner(t: &time::TimeExpr, heads: &[(usize, usize)]) -> Option<usize> {
    heads
        .iter()
        .min_by_key(|(first, last)| {
            if t.last < *first {
                first - t.last
            } else if t.first > *last {
                t.first - last
            } else {
                0
            }
        })
        .map(|(first, _)| *first)
}

/// "… pada 10 Februari" after the story's act of 6 March: the same act told again with a date
/// of its own more than [`FLASHBACK_DAYS`] from the first telling's is an earlier (or later)
/// act of the same kind, not a second mention of the first.
/// (Not in one sentence: "kunjungan … pada Mei 2016, lawatan yang disebut bersejarah …" is
/// one visit, whichever of its words the date stands nearest.)
pub(crate) fn told_apart(first: &Event, again: &Event) -> bool {
    again.when_own
        && !again
            .evidence
            .iter()
            .any(|v| first.evidence.iter().any(|w| w.sentence == v.sentence))
        && match (first.when, again.when) {
            (Some(a), Some(b)) => time::gap_days(a, b).is_some_and(|g| g > FLASHBACK_DAYS),
            _ => false,
        }
}

/// The same event told twice (same code and dyad) is one event with two pieces of evidence.
/// A `joint` act matches its reverse dyad too.
fn merge(events: &mut Vec<Event>, e: Event, joint: bool) -> usize {
    let key = |x: &Event| {
        (
            x.code.clone(),
            x.source_state
                .clone()
                .unwrap_or_else(|| format!("e{}", x.sources[0])),
            x.target_state
                .clone()
                .or_else(|| x.targets.first().map(|t| format!("e{t}"))),
            x.status,
        )
    };
    let reversed = |x: &Event| {
        let (code, s, t, status) = key(x);
        t.map(|t| (code, t, Some(s), status))
    };
    let same = events
        .iter()
        .position(|x| key(x) == key(&e) && !told_apart(x, &e));
    let mirrored = same
        .is_none()
        .then(|| {
            joint
                .then(|| events.iter().position(|x| reversed(x) == Some(key(&e))))
                .flatten()
        })
        .flatten();
    if let Some(i) = same.or(mirrored) {
        let x = &mut events[i];
        // The mirror's actors are the same parties in the other roles.
        let (sources, targets) = if mirrored.is_some() {
            (Vec::new(), Vec::new())
        } else {
            (e.sources, e.targets)
        };
        for ev in e.evidence {
            if !x.evidence.contains(&ev) {
                x.evidence.push(ev);
            }
        }
        for s in sources {
            if !x.sources.contains(&s) {
                x.sources.push(s);
            }
        }
        for t in targets {
            if !x.targets.contains(&t) {
                x.targets.push(t);
            }
        }
        // A date read next to a trigger beats one inherited from context.
        if x.when.is_none() || (!x.when_own && e.when_own) {
            x.when = e.when;
            x.when_text = e.when_text;
            x.when_note = e.when_note;
            x.when_own = e.when_own;
        }
        return i;
    }
    events.push(e);
    events.len() - 1
}

/// Whether a run of capitalised words that touches no name warta knows stands before a verb
/// between `clause` and `head`: the act's subject is someone warta does not know, so the
/// speaker is not its source. ("Menteri Luar Negeri Mesir mengatakan": the run touches "Mesir";
/// one capitalised word opening the sentence is only orthography.)
fn unknown_subject(c: &Clauses, doc: &Document, si: usize, clause: usize, head: usize) -> bool {
    let mentions = doc.sentence_mentions(si);
    let in_mention = |k: usize| {
        let at = c.tokens[k].start;
        mentions.iter().any(|x| x.start <= at && at < x.end)
    };
    let mut k = clause;
    while k < head {
        if !c.capitalised(k) {
            k += 1;
            continue;
        }
        let run_start = k;
        while k + 1 < head && c.capitalised(k + 1) {
            k += 1;
        }
        let touches = (run_start..=k).any(in_mention)
            || (run_start > 0 && in_mention(run_start - 1))
            || (k + 1 < c.words.len() && in_mention(k + 1));
        let orthographic = run_start == 0 && k == 0;
        if !touches
            && !orthographic
            && (k + 1..(k + 3).min(head + 1)).any(|v| is_verb_form(c.word(v)))
        {
            return true;
        }
        k += 1;
    }
    false
}

/// A negation word at `i` that negates: "tidak sengaja" (unintentionally) or "tidak hanya"
/// (not only) does not.
fn negates(facts: &[WordFacts], i: usize) -> bool {
    is_class(facts, "negation", i) && !is_class(facts, "negation_idiom", i + 1)
}

/// The days a clause opener is counted from the sentence's day: "sehari setelah" (1), "dua
/// hari sebelum" (2), "3 hari setelah" (3). None for a vague distance ("beberapa hari").
fn days_before(c: &Clauses, clause: usize) -> Option<i64> {
    let before = |k: usize| clause.checked_sub(k).map(|i| c.word(i));
    if before(1) == Some("sehari") {
        return Some(1);
    }
    if before(1) != Some("hari") {
        return None;
    }
    let n = before(2)?;
    n.parse().ok().or(match n {
        "dua" => Some(2),
        "tiga" => Some(3),
        "empat" => Some(4),
        "lima" => Some(5),
        "enam" => Some(6),
        "tujuh" => Some(7),
        _ => None,
    })
}

/// An Indonesian verb by its prefix: me-/ber-/di-/ter- on a word long enough to carry one.
pub(crate) fn is_verb_form(w: &str) -> bool {
    w.chars().count() >= 5
        && ["me", "ber", "di", "ter"].iter().any(|p| w.starts_with(p))
        && !NOT_VERBS.iter().any(|n| w.starts_with(n))
}

/// Nouns and names that begin like a prefixed verb (me-, ber-, di-, ter-) but are none: a
/// title ("Menteri", "Menlu", "Direktur"), a state or city ("Mesir", "Meksiko", "Berlin"), a
/// word of the news itself ("diplomat", "diplomasi", "media", "mediasi"). Taken for verbs,
/// they cut a subject off its title ("Perdana Menteri Norwegia") or end a clause inside a name.
const NOT_VERBS: &[&str] = &[
    "berita",
    "berlin",
    "deputi",
    "diktator",
    "dinas",
    "diploma",
    "direktur",
    "dirjen",
    "media",
    "meksiko",
    "menlu",
    "menteri",
    "merdeka",
    "mesir",
    "teritori",
    "tersangka",
];

/// Nominalisations (pe-…-an, per-…-an, ke-…-an, -an) and bare roots in running text are not
/// clause verbs.
fn is_nominal(w: &str, bare_root: bool) -> bool {
    // "be-" alone (bekerja) never heads a trigger, and would take "bentrokan" for a verb.
    let verbal =
        ["me", "di", "ber", "ter"].iter().any(|p| w.starts_with(p)) && w.chars().count() >= 5;
    // (A bare root is no affixed verb, whatever it starts with: "mediasi", "diplomasi".)
    bare_root
        || (!verbal
            && (w.starts_with("pe")
            || w.starts_with("ke")
            || w.ends_with("an")
            || w.ends_with("annya")
            // Loan nouns from Dutch "-tie" (mediasi, sanksi, invasi): their verbs take me-/di-.
            || w.ends_with("si")))
}

/// "tidak", "belum", "bukan"… within five words before the trigger, in its clause ("tidak
/// pernah dikonfirmasi maupun dibantah").
///
/// A quotation mark or a demonstrative between them closes the negated phrase: "menyesalkan
/// keputusan yang disebutnya "tidak dapat dibenarkan" itu dan menolak …" rejects.
fn negated(c: &Clauses, head: usize, clause: usize) -> bool {
    let closes = |j: usize| {
        let gap = &c.text[c.tokens[j].end..c.tokens[j + 1].start];
        gap.contains(['"', '”', '“']) || c.demonstrative(j + 1)
    };
    // "sangat tidak puas dan melayangkan protes": a negated state, then "dan" and a verb, is
    // negation of the state only ("tidak menyerang dan menduduki" negates both verbs).
    // A passive or stative verb before "dan" and an active one after it have different
    // subjects: "sengketa itu belum terselesaikan dan (ia) mendesak …".
    let passive = |w: &str| is_verb_form(w) && (w.starts_with("di") || w.starts_with("ter"));
    let other_predicate = |i: usize| {
        (i + 2..head).any(|j| {
            c.is("coord", j)
                && (!is_verb_form(c.word(j - 1))
                    || (passive(c.word(j - 1)) && !passive(c.word(head))))
        }) && is_verb_form(c.word(head))
    };
    // ("mustahil membahas": an act called impossible right before it is ruled out too.)
    let impossible = |i: usize| i + 2 >= head && c.is("impossible", i);
    (head.saturating_sub(5).max(clause)..head).any(|i| {
        (c.negation_at(i) || impossible(i)) && !(i..head).any(closes) && !other_predicate(i)
    })
}

/// "memutus hubungan dengan Israel tidak mungkin dilakukan", "Kunjungan itu … tak lagi
/// mungkin terwujud": the act is ruled out by a negated possibility after it, in its clause.
fn ruled_out_after(c: &Clauses, last: usize) -> bool {
    let end = (last + 1..c.words.len())
        .find(|&i| c.is_boundary(i))
        .unwrap_or(c.words.len())
        .min(last + 12);
    (last + 1..end).any(|i| {
        c.negation_at(i)
            && (i + 1..end)
                .find(|&j| c.word(j) != "lagi")
                .is_some_and(|j| c.is("possibility", j))
    }) || (last + 1..end).any(|i| c.is("impossible", i))
}
