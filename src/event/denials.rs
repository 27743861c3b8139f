//! Whom a denial answers: in its own sentence, the claimant or the latest state that turned on
//! the denier ([`aim`]); for denials that answer no one there, after the article is read, the
//! charge told later, else the other state of the story's pair.

use super::cues::{CueLexicon, CueMatch};
use super::{Clauses, Event, VERBAL_CONFLICT};
use crate::extract::Document;

/// Denials that name no deed and follow no charge against the denier: a charge told later
/// ("Moskow membantah terlibat. … London menuduh Moskow …") is what they answer.
pub(super) fn answer_charges_told_later(events: &mut [Event], open_denials: Vec<usize>) {
    for d in open_denials {
        let denier = events[d].source_state.clone();
        if !events[d].targets.is_empty() || denier.is_none() {
            continue;
        }
        if let Some(a) = events
            .iter()
            .position(|e| e.code.starts_with("112") && e.target_state == denier)
        {
            events[d].targets = vec![events[a].sources[0]];
            events[d].target_state = events[a].source_state.clone();
        }
    }
}

/// Denials still answering no one answer the other state of the story's pair.
pub(super) fn answer_with_story_pair(
    events: &mut [Event],
    doc: &Document,
    story: Option<[usize; 2]>,
    denials: Vec<usize>,
) {
    // "Beijing membantah bahwa langkah tersebut …" in a story of China and Australia: a denial
    // no charge accounts for answers the other state of the story's pair. (After the charges:
    // an accuser told later in the article is the better answer.)
    if let Some([a, b]) = story {
        let (sa, sb) = (doc.entities[a].state.clone(), doc.entities[b].state.clone());
        for d in denials {
            let e = &mut events[d];
            if !e.targets.is_empty() || e.source_state.is_none() {
                continue;
            }
            let other = if e.source_state == sa {
                b
            } else if e.source_state == sb {
                a
            } else {
                continue;
            };
            e.targets = vec![other];
            e.target_state = doc.entities[other].state.clone();
        }
    }
}

/// A denial cue of one sentence and what its target depends on: the words after it, the
/// events read so far and the last claimant.
pub(super) struct Denial<'s, 'a> {
    pub c: &'s Clauses<'a>,
    pub m: &'s CueMatch,
    pub doc: &'s Document,
    pub lexicon: &'s CueLexicon,
    pub events: &'s [Event],
    pub last_claimant: &'s [usize],
    /// The denial is a passive relative clause ("klaim yang dibantah Islamabad").
    pub relative_passive: bool,
}

/// Aims a denial by `sources`, given the targets the role rules found: returns whether it is
/// open, answering no one yet (a charge told later may be what it answers).
pub(super) fn aim(denial: &Denial, sources: &[usize], targets: &mut Vec<usize>) -> bool {
    let Denial {
        c,
        m,
        doc,
        lexicon,
        events,
        last_claimant,
        relative_passive,
    } = *denial;
    let head = m.first;
    let state_of = |e: usize| doc.entities[e].state.clone();
    let mut open_denial = false;
    // Denying a claim answers the claimant; denying a deed has no target.
    let claim_word = |w: &str| {
        ["klaim", "tuduh", "tuding"]
            .iter()
            .any(|r| lexicon.derives(w, r))
    };
    let of_claim = (m.first + 1..(m.last + 3).min(c.words.len())).any(|i| claim_word(c.word(i)))
        || (relative_passive && head >= 2 && claim_word(c.word(head - 2)));
    // ("membantah tuduhan itu dan bersikeras bahwa personel Rusia …": "itu" points
    // back to the accusation told before, whatever state is named after.)
    let that_claim =
        of_claim && (m.first..(m.last + 4).min(c.words.len())).any(|i| c.demonstrative(i));
    if !of_claim || targets.is_empty() || (that_claim && !last_claimant.is_empty()) {
        targets.clear();
    }
    if of_claim && targets.is_empty() {
        *targets = last_claimant.to_vec();
    }
    // "Riyadh membantah terlibat" after Ankara's charges: a denial that names no
    // deed answers the latest state that turned on the denier (demanded, accused,
    // condemned, threatened, acted against it). Denying a deed told before
    // ("membantah pengerahan tersebut") answers no one in particular.
    let deed_object =
        !of_claim && (m.last + 1..(m.last + 4).min(c.words.len())).any(|i| c.demonstrative(i));
    if targets.is_empty() && !deed_object {
        let denier: Vec<Option<String>> = sources.iter().map(|&e| state_of(e)).collect();
        match events.iter().rev().find(|e| {
            e.code.as_str() >= VERBAL_CONFLICT
                && e.target_state.is_some()
                && denier.contains(&e.target_state)
                && !denier.contains(&e.source_state)
        }) {
            Some(charge) => *targets = charge.sources.clone(),
            None => open_denial = true,
        }
    }
    open_denial
}
