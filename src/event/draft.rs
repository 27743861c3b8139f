//! A rejected draft is aimed at the states that tabled it.
//!
//! "Swedia memveto rancangan resolusi yang diajukan Norwegia", "Rancangan itu diajukan
//! Kanada bersama Islandia dan Chili": a veto or rejection of a draft is an act against its
//! sponsors, and coders list one row per sponsor. The draft is usually named as the object of
//! the rejecting verb, often with the body that votes on it ("rancangan resolusi Dewan
//! Keamanan"), which is no party.

use super::{Event, LookedUp, Status};
use crate::extract::{Document, EntityClass};

/// How many words a draft noun and the sponsoring verb after it may stand apart ("rancangan
/// resolusi Dewan Keamanan PBB yang diajukan …").
const DRAFT_REACH: usize = 7;

/// CAMEO's root for rejections (vetoes included).
const REJECT: &str = "12";

/// Whether a sentence, as the event stage looked its words up, names a draft.
pub(super) fn names_draft(sentence: &LookedUp) -> bool {
    sentence.2.iter().any(|f| f.is("draft_noun"))
}

/// The states that tabled the article's drafts, first named first: the states named right
/// after a sponsoring verb whose subject is a draft noun ("rancangan … yang diajukan X",
/// "Rancangan itu diajukan X bersama Y, Z"), as entity indices, one per state. `sentences`
/// are the article's sentences as the event stage looked their words up.
pub(super) fn sponsors(doc: &Document, sentences: &[LookedUp]) -> Vec<usize> {
    let text = doc.article.text.as_str();
    let mut out: Vec<usize> = Vec::new();
    for (si, (tokens, _, facts)) in sentences.iter().enumerate() {
        let is = |class: &str, i: usize| facts.get(i).is_some_and(|f| f.is(class));
        let Some(verb) = (0..facts.len())
            .filter(|&i| is("draft_noun", i))
            .find_map(|d| {
                (d + 1..(d + DRAFT_REACH).min(facts.len())).find(|&i| is("sponsor_verb", i))
            })
        else {
            continue;
        };
        // The named states after the verb, listed one after another ("X bersama Y, Z dan W"):
        // at most one word ("oleh", "dan", "bersama") between two of them.
        let mut reach = tokens[verb].end;
        for m in doc.sentence_mentions(si) {
            if m.start < reach {
                continue;
            }
            let gap: Vec<usize> = (0..tokens.len())
                .filter(|&i| tokens[i].start >= reach && tokens[i].end <= m.start)
                .collect();
            // ("yang diajukan Norwegia soal Islandia": what the draft is about is no sponsor.)
            let about = gap.iter().any(|&i| is("topic_prep", i));
            if gap.len() > 1 || about || text[reach..m.start].contains(['.', ';', ':']) {
                break;
            }
            let entity = &doc.entities[m.entity];
            if entity.class != EntityClass::State {
                break;
            }
            let known = out.iter().any(|&k| doc.entities[k].state == entity.state);
            if !known {
                out.push(m.entity);
            }
            reach = m.end;
        }
    }
    out
}

/// Aims each rejection of a draft at the draft's sponsors: a rejection told in a sentence that
/// names a draft and is aimed at no state, at the voting body, or at one of the sponsors
/// becomes one rejection of each sponsor.
pub(super) fn aim_at_sponsors(
    events: &mut Vec<Event>,
    doc: &Document,
    sponsors: &[usize],
    names_draft: &[bool],
) {
    if sponsors.is_empty() {
        return;
    }
    let names_draft = |si: usize| names_draft[si];
    let state = |k: usize| doc.entities[k].state.clone();
    let sponsor_states: Vec<Option<String>> = sponsors.iter().map(|&k| state(k)).collect();
    // (In place and appended, never inserted: denials point at events by index.)
    for i in 0..events.len() {
        let e = &events[i];
        let aimed = e.target_state.is_none() || sponsor_states.contains(&e.target_state);
        if !e.code.starts_with(REJECT)
            || e.status == Status::Denied
            || e.source_state.is_none()
            || sponsor_states.contains(&e.source_state)
            || !aimed
            || !e.evidence.iter().any(|v| names_draft(v.sentence))
        {
            continue;
        }
        let missing: Vec<usize> = sponsors
            .iter()
            .copied()
            .filter(|&k| {
                !events.iter().any(|x| {
                    x.code == events[i].code
                        && x.source_state == events[i].source_state
                        && x.target_state == state(k)
                })
            })
            .collect();
        let template = events[i].clone();
        for (n, k) in missing.into_iter().enumerate() {
            let mut row = template.clone();
            row.targets = vec![k];
            row.target_state = state(k);
            if n == 0 && template.target_state.is_none() {
                events[i] = row;
            } else {
                events.push(row);
            }
        }
    }
}
