//! Acts a state announces with a verb the trigger lexicon does not know.
//!
//! "Den Haag menyatakan akan mengembalikan enam benda kepada Sri Lanka": the gold writers, like
//! CAMEO's coders, code an announced act as intent (root 03) whatever its verb. The lexicon
//! cannot list every verb, so the announcement itself ("akan", "bakal") becomes the cue when a
//! state announces and another state is the verb's object.

use super::cues::CueMatch;
use super::{Actor, INTENT, Polarity, WordFacts, is_verb_form};
use crate::extract::Document;

/// "Oslo akan mengembalikan enam artefak kepada Islandia": an act a state announces ("akan",
/// "bakal" + verb) whose verb no cue knows is still an announced intent (030) toward the
/// state it names. Only a plain announcement counts: the state is the subject right before
/// "akan" (or before one verb that frames it: "menyatakan akan", "berjanji akan"), the other state
/// follows the verb, as its object or after "kepada", "ke", "dengan", "bagi", "untuk". A verb
/// that is a cue keeps its own code (turned into intent later: "akan berkunjung" is 036).
pub(super) fn announced_acts(
    words: &[std::borrow::Cow<str>],
    facts: &[WordFacts],
    actors: &[Actor],
    doc: &Document,
    matches: &mut Vec<CueMatch>,
) {
    let state_actor = |a: &Actor| !a.place && doc.entities[a.entity].state.is_some();
    for i in 0..words.len() {
        // ("Swedia siap memulangkan dua kapal kepada Islandia": a readiness or a pledge announces an act
        // as much as "akan" does.)
        if !(facts[i].is("future") || facts[i].is("intent"))
            || matches.iter().any(|m| m.first <= i && i <= m.last)
        {
            continue;
        }
        if facts[..i].iter().any(|f| f.is("hypothetical")) {
            continue;
        }
        let Some(verb) = (i + 1..words.len()).find(|&j| !facts[j].adverb) else {
            continue;
        };
        if verb > i + 3 || !is_verb_form(&words[verb]) || matches.iter().any(|m| m.first == verb) {
            continue;
        }
        // ("Oslo juga menyatakan siap …": adverbs and one framing verb may stand between.)
        let mut subject_end = i;
        let mut framed = false;
        while subject_end > 0 {
            let w = subject_end - 1;
            if facts[w].adverb {
                subject_end = w;
            } else if !framed && facts[w].class.is_none() && is_verb_form(&words[w]) {
                framed = true;
                subject_end = w;
            } else {
                break;
            }
        }
        let Some(subject_end) = subject_end.checked_sub(1) else {
            continue;
        };
        let Some(source) = actors
            .iter()
            .find(|a| a.last == subject_end && state_actor(a))
        else {
            continue;
        };
        let object = actors.iter().any(|a| {
            a.first > verb
                && a.first <= verb + 6
                && state_actor(a)
                && doc.entities[a.entity].state != doc.entities[source.entity].state
                && (a.first == verb + 1 || facts[a.first - 1].is("target_prep"))
                && (verb + 1..a.first).all(|j| !matches.iter().any(|m| m.first == j))
        });
        if !object {
            continue;
        }
        let at = matches.partition_point(|m| m.first < i);
        matches.insert(
            at,
            CueMatch {
                first: i,
                last: i,
                code: INTENT.to_owned(),
                polarity: Polarity::Event,
                object_required: false,
                traveller_required: false,
                judgement: false,
            },
        );
    }
}
