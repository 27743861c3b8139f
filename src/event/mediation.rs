//! A mediation is between two parties.
//!
//! "Iran membebaskan pekerja Belgia dalam pertukaran yang dimediasi Oman", "Ditengahi Qatar, AS
//! melepas …": the sentence names the mediator and one party as the object of the mediating
//! verb; the other party is the other side of the act mediated. Coders list the mediator's act
//! toward both (045 Oman→Iran and Oman→Belgium).

use super::{Event, Status};

/// CAMEO's code for mediation.
const MEDIATE: &str = "045";

/// Gives each mediation aimed at one party its second party: the other side of an act told in
/// the same sentence between that party and a state that is not the mediator's.
pub fn complete_mediated_pairs(events: &mut Vec<Event>) {
    let mut added: Vec<(usize, Event)> = Vec::new();
    for (i, m) in events.iter().enumerate() {
        let (Some(mediator), Some(party)) = (&m.source_state, &m.target_state) else {
            continue;
        };
        if m.code != MEDIATE || m.targets.len() != 1 {
            continue;
        }
        // (Both may be told more than once: any sentence that tells both.)
        let told_with = |e: &Event| {
            e.evidence
                .iter()
                .any(|v| m.evidence.iter().any(|w| v.sentence == w.sentence))
        };
        let other = events
            .iter()
            .filter(|e| e.code != MEDIATE && e.status != Status::Denied && told_with(e))
            .find_map(|e| {
                let (s, t) = (e.source_state.as_ref()?, e.target_state.as_ref()?);
                let (side, state) = if s == party {
                    (e.targets.first()?, t)
                } else if t == party {
                    (e.sources.first()?, s)
                } else {
                    return None;
                };
                (state != mediator && state != party).then(|| (*side, state.clone()))
            });
        let Some((side, state)) = other else {
            continue;
        };
        let known = |e: &Event| {
            e.code == MEDIATE
                && e.source_state.as_ref() == Some(mediator)
                && e.target_state.as_ref() == Some(&state)
        };
        if events.iter().any(known) || added.iter().any(|(_, e)| known(e)) {
            continue;
        }
        let mut second = m.clone();
        second.targets = vec![side];
        second.target_state = Some(state);
        added.push((i + 1, second));
    }
    for (at, e) in added.into_iter().rev() {
        events.insert(at, e);
    }
}
