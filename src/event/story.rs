//! The pair of states an article is about, for acts whose text names only their doer.
//!
//! "India menangguhkan perjanjian air itu" names no counterpart: the reader takes it from the
//! story ("Ketegangan India dan Pakistan …"). GDELT and its coders do the same; warta does it
//! only when the story has one clear pair.

use crate::extract::{Document, EntityClass};

/// Weight of a mention in the headline, the lead (first body sentence) and elsewhere.
const HEADLINE: u32 = 3;
const LEAD: u32 = 2;
const BODY: u32 = 1;

/// The two states the article is about, as entity indices (each state's own entity when the
/// text names it, else the first person or body acting for it), or `None` when no pair stands
/// out.
///
/// A pair stands out when both are named in the headline or the lead, and the third state
/// weighs at most half the second.
pub fn story_dyad(doc: &Document) -> Option<[usize; 2]> {
    let body_start = doc.article.body_start;
    let dateline_end = doc.dateline.as_ref().map_or(0, |d| d.end);
    let lead = doc
        .sentences
        .iter()
        .position(|s| s.start >= body_start || s.end > body_start);
    // (state, weight, named up front, representative entity)
    let mut states: Vec<(&str, u32, bool, usize)> = Vec::new();
    for m in &doc.mentions {
        let e = &doc.entities[m.entity];
        let Some(iso) = e.state.as_deref() else {
            continue;
        };
        // (A territory that does not govern itself is no party: "membeli Greenland".)
        if e.class == EntityClass::Place
            || !e.can_act()
            || m.start < dateline_end && m.start >= body_start
        {
            continue;
        }
        let s = &doc.sentences[m.sentence];
        let (weight, up_front) = if s.end <= body_start {
            (HEADLINE, true)
        } else if Some(m.sentence) == lead {
            (LEAD, true)
        } else {
            (BODY, false)
        };
        match states.iter_mut().find(|x| x.0 == iso) {
            Some(x) => {
                x.1 += weight;
                x.2 |= up_front;
                if e.class == EntityClass::State && doc.entities[x.3].class != EntityClass::State {
                    x.3 = m.entity;
                }
            }
            None => states.push((iso, weight, up_front, m.entity)),
        }
    }
    states.sort_by_key(|x| std::cmp::Reverse(x.1));
    let (first, second) = (states.first()?, states.get(1)?);
    let third = states.get(2).map_or(0, |x| x.1);
    (first.2 && second.2 && third * 2 <= second.1).then_some([first.3, second.3])
}
