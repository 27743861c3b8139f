//! Denials that answer no one in their own sentence: after the article is read, the charge
//! told later, else the other state of the story's pair, is what they answer.

use super::Event;
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
