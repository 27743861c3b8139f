//! Acts an article tells with several words that coders count once.
//!
//! "Presiden Norwegia tiba di Reykjavik … Dalam pertemuan itu …" is one visit: the visit (042)
//! and the talks held during it are the same encounter. CAMEO coders and every gold writer of
//! warta's sets code the visit (and its hosting, 043), never a separate meeting (040) of the
//! same pair on the same day. A meeting beside a hosting alone stays: it may be the only word
//! for the guest's visit ("diterima Presiden …").

use super::{Event, Status, When};

/// CAMEO's codes for a visit and for the generic meeting it absorbs.
const VISIT: &str = "042";
const MEET: &str = "040";
/// CAMEO's code for hosting a visit.
const HOST: &str = "043";

/// Folds each meeting of a visit's two states, held on a day the visit covers or on no day
/// the article gives, into the visit: its evidence joins the visit's, and the meeting is no
/// event of its own.
pub fn fold_meetings_into_visits(events: &mut Vec<Event>) {
    fold_into(events, |meeting, v| {
        meeting.code == MEET
            && v.code == VISIT
            && v.status == meeting.status
            && same_pair(v, meeting)
            // ("pertemuan kedua pemimpin" with no day of its own, in a story of a dated
            // visit: the visit's talks.)
            && (meeting.when.is_none() || during_visit(v.when.as_ref(), meeting.when.as_ref()))
    });
}

/// "Prabowo menerima Ishiba … Dalam pertemuan itu …": a meeting beside its pair's hosting,
/// with no visit told, is the only word for the guest's visit, so it runs as the visit does,
/// from the guest to the host (the hosting runs the other way), whichever side the sentence
/// named first.
pub fn orient_meetings_as_visits(events: &mut [Event]) {
    let hostings: Vec<(Option<String>, Option<String>, Status)> = events
        .iter()
        .filter(|e| e.code == HOST)
        .map(|e| (e.source_state.clone(), e.target_state.clone(), e.status))
        .collect();
    let visited = |e: &Event| events.iter().any(|v| v.code == VISIT && same_pair(v, e));
    let turn: Vec<usize> = (0..events.len())
        .filter(|&i| {
            let m = &events[i];
            m.code == MEET
                && m.source_state.is_some()
                && m.target_state.is_some()
                && !visited(m)
                && hostings.iter().any(|(host, guest, status)| {
                    *status == m.status && *host == m.source_state && *guest == m.target_state
                })
        })
        .collect();
    for i in turn {
        let m = &mut events[i];
        std::mem::swap(&mut m.sources, &mut m.targets);
        std::mem::swap(&mut m.source_state, &mut m.target_state);
    }
}

/// "Bantuan Australia berdatangan ke Port Vila" (070) in the headline, "bantuan kemanusiaan
/// dari Australia tiba di Port Vila" (073) in the body: a headline's act told with its root's
/// generic code beside an act of the body told with a finer code of that root, by the same
/// source to the same target on the same day, is that act told less precisely. It folds into
/// the finer one. (In the body, two such acts are mostly two acts.)
pub fn fold_headline_generic_into_specific(events: &mut Vec<Event>, body_start: usize) {
    fold_into(events, |generic, v| {
        generic.evidence.iter().all(|e| e.end <= body_start)
            && v.evidence.iter().any(|e| e.start >= body_start)
            && finer_telling(generic, v)
    });
}

/// "menyatakan sangat tidak puas (110) dan melayangkan protes keras (114) kepada X": one clause
/// that tells a stance with its root's generic code and with a finer code of that root, by the
/// same source to the same target on the same day, tells one act, and coders count it once
/// under the finer code. The generic one folds into it when every sentence it rests on tells
/// the finer one too. (Not for the roots in [`MEASURE_ROOTS`].)
pub fn fold_generic_beside_specific(events: &mut Vec<Event>) {
    fold_into(events, |generic, v| {
        finer_telling(generic, v)
            && !MEASURE_ROOTS.contains(&&generic.code[..2])
            && generic
                .evidence
                .iter()
                .all(|g| v.evidence.iter().any(|e| e.sentence == g.sentence))
    });
}

/// `v` tells `generic`'s act with a finer code of its root: `generic` has the root's generic
/// code (110), `v` another code of that root (114), both asserted alike, by the same source to
/// the same target on the same day.
fn finer_telling(generic: &Event, v: &Event) -> bool {
    generic.code.len() == 3
        && generic.code.ends_with('0')
        && v.code.len() > 2
        && v.code != generic.code
        && v.code[..2] == generic.code[..2]
        && v.status == generic.status
        && v.source_state.is_some()
        && v.source_state == generic.source_state
        && v.target_state.is_some()
        && v.target_state == generic.target_state
        && same_day(v.when.as_ref(), generic.when.as_ref())
}

/// Roots whose codes name separate measures ("memanggil pulang duta besarnya dan
/// membekukan kerja sama", 161 and 160; "meneken perjanjian dan memuji …", 057 and 05x): one
/// sentence that tells two of them tells two acts, and coders list each.
const MEASURE_ROOTS: [&str; 5] = ["05", "06", "07", "16", "17"];

/// "Lindqvist Bantah …" in the headline and "membantah tudingan Islandia" in the body: a denial
/// (or any act) whose target was found only after the article was read can turn out to be an
/// act already told, by the same state to the same state with the same code. It folds into the
/// first telling.
pub fn fold_retold(events: &mut Vec<Event>) {
    fold_into(events, |later, first| {
        later.code == first.code
            && later.status == first.status
            && later.source_state.is_some()
            && later.source_state == first.source_state
            && later.target_state.is_some()
            && later.target_state == first.target_state
            && first.evidence[0].start < later.evidence[0].start
            && !super::told_apart(first, later)
    });
}

/// Removes every event for which `folds(event, other)` names another event, and adds its
/// evidence to that one.
fn fold_into(events: &mut Vec<Event>, folds: impl Fn(&Event, &Event) -> bool) {
    let mut i = 0;
    while i < events.len() {
        let folded = &events[i];
        let into = events
            .iter()
            .enumerate()
            .position(|(j, v)| j != i && folds(folded, v));
        let Some(v) = into else {
            i += 1;
            continue;
        };
        let folded = events.remove(i);
        let v = if v > i { v - 1 } else { v };
        for ev in folded.evidence {
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

/// How many days after its first a visit told by one day ("tiba … pada Sabtu") may still be
/// going on: state visits last two or three days, and their talks fall on any of them.
const VISIT_DAYS: i64 = 2;

/// The meeting falls within the visit: on a day of its interval, or on its day or the
/// [`VISIT_DAYS`] after it.
fn during_visit(visit: Option<&When>, meeting: Option<&When>) -> bool {
    match (visit, meeting) {
        (Some(When::Day(v)), Some(When::Day(m))) => *v <= *m && (*m - *v).num_days() <= VISIT_DAYS,
        _ => same_day(visit, meeting),
    }
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
