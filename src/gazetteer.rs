//! The gazetteer: every name of the knowledge base and every cue of its lexicons in one
//! Aho-Corasick automaton (leftmost-longest), matched on word boundaries.
//!
//! Matching is case-aware: a name matches as written or in capitals (datelines and
//! headlines), so "AS" the country never matches "as" the word. Cue words (titles,
//! organisation heads) also match in lower case and capitalised, as prose writes them.

use crate::kb::Kb;
use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashMap as HashMap;

/// What a name can refer to: an index into the knowledge base's table of that kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    State(usize),
    Person(usize),
    Organisation(usize),
    Place(usize),
    Seat(usize),
    Title(usize),
    OrgType(usize),
}

/// A gazetteer hit: a byte span of the text and every reading of its name.
#[derive(Debug, Clone)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub targets: Vec<Target>,
}

impl Hit {
    pub fn first(&self, pred: impl Fn(&Target) -> bool) -> Option<Target> {
        self.targets.iter().copied().find(pred)
    }
}

/// The compiled automaton and, per pattern, its readings.
pub struct Gazetteer {
    automaton: AhoCorasick,
    targets: Vec<Vec<Target>>,
    /// Lower-cased name → readings, for looking up a canonical name built by a rule.
    by_lower: HashMap<String, Vec<Target>>,
}

impl Gazetteer {
    pub fn new(kb: &Kb) -> Self {
        let mut names: HashMap<String, Vec<Target>> = HashMap::default();
        let mut add = |name: &str, target: Target, cue: bool| {
            let name = name.trim();
            if name.chars().count() < 2 {
                return;
            }
            let mut forms = vec![name.to_owned(), name.to_uppercase()];
            if cue {
                forms.push(name.to_lowercase());
                forms.push(capitalise_first(&name.to_lowercase()));
                forms.push(title_case(name));
            }
            for form in forms {
                let entry = names.entry(form).or_default();
                if !entry.contains(&target) {
                    entry.push(target);
                }
            }
        };
        for (i, s) in kb.states.iter().enumerate() {
            for n in [&s.name_id, &s.name_en].into_iter().chain(&s.aliases) {
                add(n, Target::State(i), false);
            }
        }
        for (i, p) in kb.persons.iter().enumerate() {
            for n in p.names() {
                add(n, Target::Person(i), false);
            }
        }
        for (i, o) in kb.organisations.iter().enumerate() {
            for n in &o.names_id {
                add(n, Target::Organisation(i), false);
            }
            if !o.name_en.contains('(') {
                add(&o.name_en, Target::Organisation(i), false);
            }
        }
        for (i, p) in kb.places.iter().enumerate() {
            for n in &p.names_id {
                add(n, Target::Place(i), false);
            }
            if !p.name_en.contains('(') && !p.name_en.contains(',') {
                add(&p.name_en, Target::Place(i), false);
            }
        }
        for (i, s) in kb.seats.iter().enumerate() {
            add(&s.name, Target::Seat(i), false);
        }
        for (i, t) in kb.titles.iter().enumerate() {
            add(&t.title, Target::Title(i), true);
        }
        for (i, t) in kb.org_types.iter().enumerate() {
            add(&t.head, Target::OrgType(i), true);
        }
        for n in &kb.not_names {
            names.entry(n.clone()).or_default();
        }
        let mut patterns: Vec<(String, Vec<Target>)> = names.into_iter().collect();
        patterns.sort();
        let mut by_lower: HashMap<String, Vec<Target>> = HashMap::default();
        for (p, ts) in &patterns {
            let e = by_lower.entry(p.to_lowercase()).or_default();
            for t in ts {
                if !e.contains(t) {
                    e.push(*t);
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns.iter().map(|(p, _)| p))
            .expect("the gazetteer's patterns compile");
        Gazetteer {
            automaton,
            targets: patterns.into_iter().map(|(_, t)| t).collect(),
            by_lower,
        }
    }

    /// Every hit in `text[start..end]` that begins and ends on a word boundary.
    pub fn find(&self, text: &str, start: usize, end: usize) -> Vec<Hit> {
        let hay = &text[..end];
        let input = aho_corasick::Input::new(hay).span(start..end);
        self.automaton
            .find_iter(input)
            .filter(|m| is_boundary(hay, m.start(), m.end()))
            .map(|m| Hit {
                start: m.start(),
                end: m.end(),
                targets: self.targets[m.pattern().as_usize()].clone(),
            })
            .collect()
    }

    /// The readings of an exact name, ignoring case.
    pub fn lookup(&self, name: &str) -> &[Target] {
        self.by_lower
            .get(&name.to_lowercase())
            .map_or(&[], Vec::as_slice)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_boundary(text: &str, start: usize, end: usize) -> bool {
    !text[..start].chars().next_back().is_some_and(is_word_char)
        && !text[end..].chars().next().is_some_and(is_word_char)
}

fn capitalise_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| capitalise_first(&w.to_lowercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_boundaries() {
        assert!(is_boundary("di AS.", 3, 5));
        assert!(!is_boundary("ASEAN", 0, 2));
        assert!(!is_boundary("kasus", 1, 3));
        assert!(is_boundary("Rusia-Korea", 0, 5));
    }

    #[test]
    fn case_forms() {
        assert_eq!(title_case("menteri luar negeri"), "Menteri Luar Negeri");
        assert_eq!(capitalise_first("pemimpin"), "Pemimpin");
    }
}
