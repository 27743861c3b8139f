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
/// the same sentence between that party and a state that is not the mediator's. A mediation
/// aimed at no one ("Pembicaraan antara Washington dan Caracas … dengan mediasi Qatar") takes
/// both sides of such an act.
pub fn complete_mediated_pairs(events: &mut Vec<Event>) {
    let mut added: Vec<(usize, Event)> = Vec::new();
    for (i, m) in events.iter().enumerate() {
        let Some(mediator) = &m.source_state else {
            continue;
        };
        if m.code != MEDIATE || m.targets.len() > 1 {
            continue;
        }
        let party = m.target_state.as_ref();
        if !m.targets.is_empty() && party.is_none() {
            continue;
        }
        // (Both may be told more than once: any sentence that tells both.)
        let told_with = |e: &Event| {
            e.evidence
                .iter()
                .any(|v| m.evidence.iter().any(|w| v.sentence == w.sentence))
        };
        let sides: Vec<(usize, String)> = events
            .iter()
            .filter(|e| e.code != MEDIATE && e.status != Status::Denied && told_with(e))
            .find_map(|e| {
                let (s, t) = (e.source_state.as_ref()?, e.target_state.as_ref()?);
                let (source, target) = (*e.sources.first()?, *e.targets.first()?);
                if s == mediator || t == mediator || s == t {
                    return None;
                }
                match party {
                    Some(p) if s == p => Some(vec![(target, t.clone())]),
                    Some(p) if t == p => Some(vec![(source, s.clone())]),
                    Some(_) => None,
                    None => Some(vec![(source, s.clone()), (target, t.clone())]),
                }
            })
            .unwrap_or_default();
        for (side, state) in sides {
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
    }
    for (at, e) in added.into_iter().rev() {
        events.insert(at, e);
    }
}
