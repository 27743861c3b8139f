//! Echoes: "Sikap serupa disuarakan Oslo", "Latvia mengikuti langkah Estonia", "…, disusul
//! Swedia". A step like an act told before takes that act's code (the cue's polarity is
//! `echo`); this module finds who took the step and at whom it is aimed.

use super::{Actor, Clauses, Event, VERBAL_CONFLICT, is_verb_form};

/// The act a step in sentence `si` echoes: the latest event told in that sentence or the two
/// before. (Further back, an echo more likely points at something warta did not read.) A
/// sequel ("…, disusul X") follows an act of its own sentence only: when warta read none
/// there, what X followed is unknown.
pub(super) fn echoed(events: &[Event], si: usize, sequel: bool) -> Option<usize> {
    let reach = if sequel { 0 } else { 2 };
    events
        .iter()
        .rposition(|e| e.evidence.iter().any(|x| x.sentence + reach >= si))
}

/// Who took the step. A passive verb right after the cue names its agent ("langkah serupa
/// yang diambil Oslo sehari sebelumnya"); an actor right after the cue is its owner
/// ("balasan atas langkah serupa Oslo") unless it is whom the echoed act came from
/// ("mengikuti langkah Estonia": then the subject the role rules found took the step).
pub(super) fn sources(
    c: &Clauses,
    last: usize,
    echoed: &Event,
    found: Vec<usize>,
    state_of: &impl Fn(usize) -> Option<String>,
) -> Vec<usize> {
    let end = (last + 5).min(c.words.len());
    let verb = (last + 1..end).find(|&i| is_verb_form(c.word(i)));
    if let Some(v) = verb.filter(|&v| c.word(v).starts_with("di")) {
        let agent = c.actors.iter().position(|a| {
            a.first > v
                && (c.before(a) == c.word(v) || c.before(a) == "oleh")
                && state_of(a.entity).is_some()
        });
        return agent.map(|k| c.group_entities(k)).unwrap_or_default();
    }
    match c
        .actors
        .iter()
        .position(|a| a.first == last + 1 && state_of(a.entity).is_some())
    {
        Some(k) if state_of(c.actors[k].entity) != echoed.source_state => c.group_entities(k),
        _ => found,
    }
}

/// Whom the step is aimed at. An actor after a target preposition ("terhadap", "kepada") is
/// named as its target. Else another actor's step is aimed where the echoed act was, or back
/// at its source when the echoing state was the target of a conflict ("balasan atas langkah
/// serupa Oslo" after an act against Oslo); the echoed actor's own step must name its target.
pub(super) fn targets(
    c: &Clauses,
    last: usize,
    echoed: &Event,
    sources: &[usize],
    state_of: &impl Fn(usize) -> Option<String>,
) -> Vec<usize> {
    let own: Vec<Option<String>> = sources.iter().map(|&e| state_of(e)).collect();
    let named = c.actors.iter().position(|a: &Actor| {
        a.first > last
            && c.is("target_prep", a.first.saturating_sub(1))
            && state_of(a.entity).is_some()
            && !own.contains(&state_of(a.entity))
    });
    if let Some(k) = named {
        return c.group_entities(k);
    }
    if own.contains(&echoed.source_state) {
        return Vec::new();
    }
    // (Only a conflict is answered in kind; a state that was thanked or helped and then
    // "took a like step" did something the echo cannot tell.)
    if echoed.target_state.is_some() && own.contains(&echoed.target_state) {
        return if echoed.code.as_str() >= VERBAL_CONFLICT {
            echoed.sources.clone()
        } else {
            Vec::new()
        };
    }
    echoed.targets.clone()
}
