//! Acts an article tells with several words that coders count once.
//!
//! "Presiden Norwegia tiba di Reykjavik … Dalam pertemuan itu …" is one visit: the visit (042)
//! and the talks held during it are the same encounter. CAMEO coders and every gold writer of
//! warta's sets code the visit (and its hosting, 043), never a separate meeting (040) of the
//! same pair on the same day. A meeting beside a hosting alone stays: it may be the only word
//! for the guest's visit ("diterima Presiden …").

use super::{Event, When};

/// CAMEO's codes for a visit and for the generic meeting it absorbs.
const VISIT: &str = "042";
const MEET: &str = "040";

/// Folds each meeting of a visit's two states, held on a day the visit covers, into the visit:
/// its evidence joins the visit's, and the meeting is no event of its own.
pub fn fold_meetings_into_visits(events: &mut Vec<Event>) {
    let mut i = 0;
    while i < events.len() {
        let meeting = &events[i];
        let visit = (meeting.code == MEET)
            .then(|| {
                events.iter().position(|v| {
                    v.code == VISIT
                        && v.status == meeting.status
                        && same_pair(v, meeting)
                        && same_day(v.when.as_ref(), meeting.when.as_ref())
                })
            })
            .flatten();
        let Some(v) = visit else {
            i += 1;
            continue;
        };
        let meeting = events.remove(i);
        let v = if v > i { v - 1 } else { v };
        for ev in meeting.evidence {
            if !events[v].evidence.contains(&ev) {
                events[v].evidence.push(ev);
            }
        }
        for e in events.iter_mut() {
            e.denies = match e.denies {
                Some(d) if d == i => Some(v),
                Some(d) if d > i => Some(d - 1),
                d => d,
            };
        }
    }
}

/// Both events are between the same two states, in either direction.
fn same_pair(a: &Event, b: &Event) -> bool {
    let (Some(s), Some(t)) = (&a.source_state, &a.target_state) else {
        return false;
    };
    let pair = (b.source_state.as_ref(), b.target_state.as_ref());
    pair == (Some(s), Some(t)) || pair == (Some(t), Some(s))
}

/// The meeting's day lies within the visit's dates (both undated counts as the same day).
fn same_day(visit: Option<&When>, meeting: Option<&When>) -> bool {
    match (visit, meeting) {
        (None, None) => true,
        (Some(When::Interval(from, to)), Some(When::Day(d))) => from <= d && d <= to,
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}
