//! How a found event is coded: its status (asserted, claimed, denied) with who reports it, and
//! its CAMEO code once what the words around the cue say of it (announced, rehearsed) is known.

use super::cues::{CueMatch, Polarity};
use super::{ACCORD, Clauses, INTENT, Status};

/// CAMEO's code for signing or reaching a formal agreement.
const AGREEMENT: &str = "057";

/// What the sentence says about who says what: its claim and denial cues, its hearsay and its
/// speaker.
pub(super) struct Said<'s, 'a> {
    pub c: &'s Clauses<'a>,
    pub commas: &'s [usize],
    /// The first word of the sentence's claim cue.
    pub claim_at: Option<usize>,
    /// The first word of the last denial read in the sentence so far.
    pub deny_at: Option<usize>,
    pub hearsay: bool,
    pub speaker: &'s [usize],
}

/// The event's status and who reports it.
pub(super) fn status(
    said: &Said,
    m: &CueMatch,
    clause: usize,
    coordinated_vp: bool,
    sources: &[usize],
) -> (Status, Vec<usize>) {
    let Said {
        c,
        commas,
        claim_at,
        deny_at,
        hearsay,
        speaker,
    } = *said;
    let head = m.first;
    // A denial answering a claim in its sentence is itself asserted.
    if claim_at.is_some_and(|c| c < head) && m.polarity != Polarity::Deny {
        let claimant = claim_at
            .and_then(|ca| c.actors.iter().rposition(|a| a.last < ca && !a.place))
            .map(|k| c.group_entities(k))
            .unwrap_or_default();
        (Status::Claimed, claimant)
    } else if deny_at
        .is_some_and(|d| d < head && c.clause_start(d, commas) == clause && !coordinated_vp)
    {
        (Status::Denied, sources.to_vec())
    } else if hearsay {
        (Status::Claimed, speaker.to_vec())
    } else {
        (
            Status::Asserted,
            speaker
                .iter()
                .copied()
                .filter(|e| !sources.contains(e))
                .collect(),
        )
    }
}

/// The event's CAMEO code: the cue's, unless the act is announced for later or rehearsed.
pub(super) fn code(c: &Clauses, m: &CueMatch, clause: usize) -> String {
    let head = m.first;
    // "akan berkunjung": cooperation announced for later, not done, is CAMEO's intent
    // to do it (036 meet, 032 diplomatic, 031 material, 033 aid, 035 yield). An intent verb
    // ("bermaksud meratifikasi") stays with the act it leads to, which the story
    // usually reports too.
    // ("siap mengirim bantuan", "berencana berkunjung": readiness and plans too, but not
    // for a ratification, which the story then reports done: "bermaksud meratifikasi".)
    let window = head.saturating_sub(4).max(clause)..head;
    // ("dijadwalkan bertolak ke Dar es Salaam untuk bertemu …": an act of purpose is as
    // planned as the trip it is the purpose of.)
    let purpose_of_plan = head > clause
        && c.word(head - 1) == "untuk"
        && (clause..head - 1).any(|i| c.is("future", i) || c.is("intent", i));
    let announced = purpose_of_plan
        || window.clone().any(|i| c.is("future", i))
        || (!m.code.starts_with("05") && window.into_iter().any(|i| c.is("intent", i)));
    // "latihan pengeboman": force rehearsed is force shown (150), not used.
    let rehearsed = m.code.as_str() >= "18" && head > 0 && c.is("exercise", head - 1);
    // "…, Oslo akan menjatuhkan sanksi": sanctions or force announced on a condition are
    // threatened (1312 sanctions, 137 repression, 138 force).
    if super::cue::conditional_threat(c, m) {
        return match &m.code[..2] {
            "16" => "1312",
            "17" => "137",
            _ => "138",
        }
        .to_owned();
    }
    match (&m.code[..2], announced) {
        // "sepakat menghidupkan lagi …", "menyepakati …", "kesepakatan itu": an accord
        // is coded by what was agreed, and what no cue names is agreed for later,
        // CAMEO's intent to cooperate. (Gold writers never code a bare accord, 019.)
        // ("Kedua negara menyepakati peta jalan …": a text agreed on, not an act agreed to, is
        // an agreement reached, as gold writers mostly code it; "akan menyepakati" stays intent.)
        (_, false)
            if m.code == ACCORD
                && matches!(c.word(head), "menyepakati" | "disepakati")
                && !(m.last + 1..=m.last + 3).any(|i| c.cue_starts.contains(&i)) =>
        {
            AGREEMENT.to_owned()
        }
        _ if m.code == ACCORD => INTENT.to_owned(),
        _ if rehearsed => "150".to_owned(),
        // ("siap menjadi penengah": mediation offered is CAMEO's intent to mediate.)
        (_, true) if m.code == super::MEDIATE => "039".to_owned(),
        ("04", true) => "036".to_owned(),
        ("05", true) => "032".to_owned(),
        ("06", true) => "031".to_owned(),
        ("07", true) => "033".to_owned(),
        ("08", true) => "035".to_owned(),
        // "AS akan menjatuhkan sanksi terhadap X": sanctions announced for later threaten
        // (1312); other cuts announced are told as done.
        ("16", true) if m.code.starts_with("163") => "1312".to_owned(),
        _ => m.code.clone(),
    }
}
