//! What the article told so far that a later sentence may point back to: the person it was
//! last about ("ia"), its last speaker ("katanya"), the last pair ("keduanya") and list
//! ("ketiga negara") of states, every state named, and the nouns earlier sentences introduced
//! ("pakta itu").

use super::{Actor, Clauses, Event, Introduced, MEDIATE, is_verb_form, unknown_subject};
use crate::extract::{Document, EntityClass};

/// The article's memory, updated after each sentence.
#[derive(Default)]
pub(super) struct Memory<'a> {
    /// The person the story was last about.
    pub last_person: Option<usize>,
    /// Who spoke last.
    pub last_speaker: Vec<usize>,
    /// The last two parties named together, met, or brought together.
    pub last_pair: Vec<usize>,
    /// The parties of the latest act of one state toward another: "kedua negara" when a third
    /// state speaks of them.
    pub last_dyad: Vec<usize>,
    /// Lists of three or more actors of different states, as named: what "ketiga negara" is.
    pub last_groups: Vec<Vec<usize>>,
    /// Every state named so far, in order, with its ISO code.
    pub last_states: Vec<(usize, String)>,
    /// Every earlier sentence's words and the state-bearing actors named in it.
    pub introduced: Vec<Introduced<'a>>,
}

impl<'a> Memory<'a> {
    /// Remembers sentence `si`, read as `c`, with its speaker and the events of its main clause.
    pub fn remember(
        &mut self,
        c: Clauses<'a>,
        doc: &Document,
        si: usize,
        speaker: Vec<usize>,
        main_events: &[usize],
        events: &[Event],
    ) {
        let Memory {
            last_person,
            last_speaker,
            last_pair,
            last_dyad,
            last_groups,
            last_states,
            introduced,
        } = self;

        // The person a sentence is about: its subject, else its speaker.
        let is_person = |e: &usize| doc.entities[*e].class == EntityClass::Person;
        let subject = c
            .actors
            .iter()
            .find(|a| !a.place && !c.prep_before(a))
            .map(|a| a.entity);
        // ("Juru bicaranya Liu Dejun menuduh …": a subject warta does not know is the person
        // the sentence is about, so a later "ia" is not someone told of before.)
        let first_verb = (1..c.words.len()).find(|&i| is_verb_form(c.word(i)));
        // The actors that can be the subject: before the first verb, after no preposition.
        let before_verb =
            |a: &&Actor| !a.place && !c.prep_before(a) && first_verb.is_some_and(|v| a.last < v);
        let unknown_person = first_verb.is_some_and(|v| {
            !c.actors.iter().any(|a| before_verb(&a)) && unknown_subject(&c, doc, si, 0, v)
        });
        // ("Juru bicara Kementerian Luar Negeri Ukraina Oleg Nikolenko … mengecam": a subject
        // that is a body, with its spokesman named after it, is about the spokesman.)
        let person_in_subject = || {
            c.actors
                .iter()
                .filter(before_verb)
                .map(|a| a.entity)
                .find(is_person)
        };
        if unknown_person {
            *last_person = None;
        } else if let Some(p) = subject
            .filter(is_person)
            .or_else(person_in_subject)
            .or_else(|| speaker.iter().copied().find(is_person))
        {
            *last_person = Some(p);
        }
        if !speaker.is_empty() {
            *last_speaker = speaker;
        } else if let Some(&e) = main_events.first() {
            // "…, ujarnya" in the next sentence continues this sentence's subject.
            *last_speaker = events[e].sources.clone();
        }
        if let Some(e) = main_events.iter().map(|&e| &events[e]).rfind(|e| {
            e.source_state.is_some() && e.target_state.is_some() && e.source_state != e.target_state
        }) {
            *last_dyad = vec![e.sources[0], e.targets[0]];
        }
        // "Keduanya" after a meeting or call: its two parties; after a mediation, the two
        // parties it brought together, not the mediator.
        if let Some(e) = main_events.iter().map(|&e| &events[e]).rfind(|e| {
            e.code.starts_with("04")
                && e.code != MEDIATE
                && e.targets.len() == 1
                && e.target_state.is_some()
        }) {
            *last_pair = vec![e.sources[0], e.targets[0]];
        }
        let mediated: Vec<usize> = main_events
            .iter()
            .map(|&e| &events[e])
            .filter(|e| e.code == MEDIATE && e.target_state.is_some())
            .flat_map(|e| e.targets.iter().copied())
            .fold(Vec::new(), |mut v, t| {
                if !v.contains(&t) {
                    v.push(t);
                }
                v
            });
        if mediated.len() == 2 {
            *last_pair = mediated;
        }
        // The latest two actors of different states joined in one phrase ("India dan China").
        for k in 0..c.actors.len() {
            let g = c.group(k);
            let states: Vec<Option<&String>> = g
                .iter()
                .map(|&j| doc.entities[c.actors[j].entity].state.as_ref())
                .collect();
            if g.len() == 2
                && g[0] == k
                && states.iter().all(Option::is_some)
                && states[0] != states[1]
            {
                *last_pair = g.iter().map(|&j| c.actors[j].entity).collect();
            }
            let distinct = states
                .iter()
                .enumerate()
                .all(|(n, s)| s.is_some() && !states[..n].contains(s));
            if g.len() > 2 && g[0] == k && distinct && g.iter().all(|&j| !c.actors[j].pair) {
                last_groups.push(g.iter().map(|&j| c.actors[j].entity).collect());
            }
        }
        for a in &c.actors {
            if let Some(iso) = &doc.entities[a.entity].state {
                if doc.entities[a.entity].class == EntityClass::State {
                    last_states.push((a.entity, iso.clone()));
                }
            }
        }
        let named = c
            .actors
            .iter()
            .filter(|a| !a.place && doc.entities[a.entity].state.is_some())
            .map(|a| (a.first, a.entity))
            .collect();
        // (The sentence is done with: its words move there, not a copy of each.)
        introduced.push((c.words, named));
    }
}
