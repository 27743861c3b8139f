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
        // (A denial points at the event it denies by index.)
        for d in events.iter_mut().filter_map(|x| x.denies.as_mut()) {
            if *d >= at {
                *d += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(code: &str, source: (usize, &str), target: (usize, &str), status: Status) -> Event {
        Event {
            code: code.to_owned(),
            sources: vec![source.0],
            targets: vec![target.0],
            source_state: Some(source.1.to_owned()),
            target_state: Some(target.1.to_owned()),
            when: None,
            when_text: None,
            when_note: None,
            when_own: false,
            status,
            reported_by: Vec::new(),
            denies: None,
            evidence: vec![super::super::Evidence {
                start: 0,
                end: 1,
                sentence: 0,
            }],
        }
    }

    #[test]
    fn the_second_party_is_added_and_denials_still_point_at_what_they_deny() {
        let mut events = vec![
            event(MEDIATE, (0, "OMN"), (1, "IRN"), Status::Asserted),
            event("081", (1, "IRN"), (2, "BEL"), Status::Claimed),
            event("016", (2, "BEL"), (1, "IRN"), Status::Denied),
        ];
        events[2].denies = Some(1);
        complete_mediated_pairs(&mut events);
        let rows: Vec<(&str, Option<&str>)> = events
            .iter()
            .map(|e| (e.code.as_str(), e.target_state.as_deref()))
            .collect();
        assert_eq!(
            rows,
            [
                (MEDIATE, Some("IRN")),
                (MEDIATE, Some("BEL")),
                ("081", Some("BEL")),
                ("016", Some("IRN"))
            ]
        );
        assert_eq!(events[3].denies, Some(2));
    }
}
