//! Dating: when each event happened, from the time expressions of its sentence ([`super::time`])
//! and the story's narrative day.
//!
//! News tells a story at a day and steps off it ("sehari sebelumnya", "pekan lalu") and back: a
//! sentence's own time dates its events, a sentence without one takes its speaker's or the
//! narrative's date, and a dated sentence moves the narrative on unless it is a flashback, a
//! plan or a deadline.

use super::cues::{CueLexicon, CueMatch};
use super::time::{self, TimeExpr, When};
use super::{Clauses, Event, FLASHBACK_DAYS, days_before, lowercase, owner, trigger_word};
use crate::extract::Document;
use crate::kb::Kb;
use crate::text::{Token, TokenKind};
use chrono::NaiveDate;
use std::borrow::Cow;
use std::collections::HashMap;

/// A sentence's time expressions, less those that date no act of the story (deadlines, plans,
/// a quoted "hari ini").
pub(super) fn find_times(
    c: &Clauses,
    all: &[Token],
    word_at: &[usize],
    kb: &Kb,
    published: Option<NaiveDate>,
    narrative: &Option<(When, String)>,
) -> Vec<TimeExpr> {
    let text = c.text;

    let raw: Vec<&str> = all.iter().map(|t| t.text(text)).collect();
    let times = if raw.is_empty() {
        Vec::new()
    } else {
        // (The words are lower-cased already: the time expressions read them, and
        // lower-case only the punctuation between them.)
        let mut words = c.words.iter();
        let lower: Vec<Cow<str>> = all
            .iter()
            .zip(&raw)
            .map(|(t, r)| match t.kind {
                TokenKind::Punct => lowercase(r),
                _ => Cow::Borrowed(words.next().map_or("", |w| w.as_ref())),
            })
            .collect();
        time::find_lowered(kb, &raw, &lower, word_at, published)
    };
    // "… kontrak yang berlaku hingga akhir tahun ini": a time after "until" is a deadline,
    // and a day after publication ("mulai 1 Januari tahun depan") is when a plan takes effect: no
    // act of the story was done then.
    let times: Vec<time::TimeExpr> = times
        .into_iter()
        .filter(|t| !(t.first.saturating_sub(2)..t.first).any(|i| c.is("until", i)))
        // "sesuai batas wilayah per 1 Januari 1956": a date things stand "as of" is a
        // reference, not when an act was done.
        .filter(|t| !(t.first > 0 && c.is("as_of", t.first - 1)))
        .filter(|t| !matches!(t.when, When::Day(d) if published.is_some_and(|p| d > p)))
        // "… perjanjian yang berlaku sejak Juli 2020": "since" in a relative clause with no cue
        // tells how long a thing has been so, not when an act of the story was done.
        .filter(|t| !standing_since(c, t.first))
        // "Albanese, yang dilantik pada 23 Mei lalu, memilih …": a time in a relative clause
        // set off by commas, which names no act, dates what that clause tells of its noun.
        .filter(|t| !in_aside(c, t.first, t.last))
        // ""Yang terjadi hari ini …", ujarnya": "hari ini" in a quotation is the day the
        // speaker spoke, the story's day, not the day of publication.
        .filter(|t| {
            let quoted = raw[..t.raw_first]
                .iter()
                .filter(|r| matches!(**r, "\"" | "“" | "”"))
                .count()
                % 2
                == 1;
            !(quoted && raw[t.raw_first].eq_ignore_ascii_case("hari") && narrative.is_some())
        })
        .collect();
    times
}

/// What a sentence says of time: its time expressions and the words that move off the
/// narrative's day.
pub(super) struct SentenceTimes<'t> {
    pub times: &'t [TimeExpr],
    text: &'t str,
    /// The sentence's raw tokens, punctuation included (the time expressions' offsets).
    all: &'t [Token],
    /// Days off the narrative's day ("sehari sebelumnya": -1).
    pub day_step: Option<i64>,
    /// "Pada hari yang sama", "hari itu": the narrative's day.
    pub same_day: bool,
    /// A sentence that steps back ("sebelumnya") leaves the narrative's date.
    pub steps_back: bool,
    /// The time that dates the sentence: its first day, else its first time.
    sentence_time: Option<&'t TimeExpr>,
    /// The one day a sentence names, which dates its other events too.
    sentence_day: Option<&'t TimeExpr>,
}

impl<'t> SentenceTimes<'t> {
    pub fn new(
        c: &Clauses,
        kb: &Kb,
        times: &'t [TimeExpr],
        text: &'t str,
        all: &'t [Token],
    ) -> Self {
        // "Pada hari yang sama", "hari itu juga": the day of the narrative.
        // "Sehari sebelumnya", "sehari kemudian", "keesokan harinya": a day off the narrative.
        let direction = |w: &str| {
            if w.starts_with("sebelum") {
                Some(-1)
            } else if matches!(
                w,
                "kemudian" | "setelah" | "setelahnya" | "sesudah" | "sesudahnya" | "harinya"
            ) {
                Some(1)
            } else {
                None
            }
        };
        // ("Tiga hari sebelumnya, …": so many days before the story's day.)
        let days_counted = c.words.windows(3).find_map(|w| {
            // (The words first: the calendar lookup is for the rare window they fit.)
            if !(w[1] == "hari" && w[2] == "sebelumnya") {
                return None;
            }
            let n = w[0]
                .parse::<i64>()
                .ok()
                .filter(|n| (1..=31).contains(n))
                .or_else(|| kb.calendar_value(&w[0], "number"))?;
            // (Only back from the story's day: "tiga hari setelah serangan" counts from
            // another event, and "dua hari kemudian" mostly from a flashback's day.)
            (w[1] == "hari" && w[2] == "sebelumnya").then_some(-n)
        });
        let day_step: Option<i64> = c
            .words
            .windows(2)
            .enumerate()
            .find_map(|(i, w)| c.is("day_step", i).then(|| direction(&w[1]))?)
            .or(days_counted);
        let same_day = c.words.windows(2).any(|w| w == ["hari", "itu"])
            || c.words.windows(3).any(|w| w == ["hari", "yang", "sama"]);
        // A sentence that steps back ("sebelumnya") leaves the narrative's date.
        let steps_back = (0..c.words.len())
            .any(|i| c.is("time_prev", i) && !times.iter().any(|t| t.first <= i && i <= t.last));
        let sentence_time = times
            .iter()
            .find(|t| matches!(t.when, When::Day(_) | When::MonthDay(..)))
            .or(times.first());
        // The one day a sentence names dates its other events too.
        let day_times: Vec<&time::TimeExpr> = times
            .iter()
            .filter(|t| matches!(t.when, When::Day(_) | When::MonthDay(..)))
            .collect();
        let sentence_day = if day_times.len() == 1 {
            Some(day_times[0])
        } else {
            None
        };
        SentenceTimes {
            times,
            text,
            all,
            day_step,
            same_day,
            steps_back,
            sentence_time,
            sentence_day,
        }
    }

    /// The time that dates the sentence: its first day, else its first time.
    pub fn sentence_time(&self) -> Option<&'t TimeExpr> {
        self.sentence_time
    }

    /// The one day a sentence names (none when it names two).
    pub fn sentence_day(&self) -> Option<&'t TimeExpr> {
        self.sentence_day
    }

    /// A time expression as written.
    pub fn time_text(&self, t: &TimeExpr) -> String {
        let (text, all) = (self.text, self.all);
        text[all[t.raw_first].start..all[t.raw_last].end].to_owned()
    }
}

/// Where an event stands in its sentence, for its date.
pub(super) struct EventAt<'e> {
    pub head: usize,
    pub clause: usize,
    pub subordinate: bool,
    /// The triggers that can own a time expression (first and last word).
    pub event_heads: &'e [(usize, usize)],
    pub speaker: &'e [usize],
    /// The date of each speaker's latest dated statement.
    pub entity_dates: &'e HashMap<usize, Option<When>>,
}

/// An event's date, the time expression as written, its note, and whether the date is the
/// event's own (a time expression next to its trigger) rather than from context.
pub(super) fn date_event(
    clock: &SentenceTimes,
    c: &Clauses,
    kb: &Kb,
    narrative: &Option<(When, String)>,
    at: &EventAt,
) -> (Option<When>, Option<String>, Option<String>, bool) {
    let SentenceTimes {
        times,
        day_step,
        same_day,
        steps_back,
        ..
    } = *clock;
    let EventAt {
        head,
        clause,
        subordinate,
        event_heads,
        speaker,
        entity_dates,
    } = *at;
    let sentence_day = clock.sentence_day();
    let time_text = |t: &TimeExpr| clock.time_text(t);
    // A time expression belongs to the event trigger nearest to it.
    let own = times.iter().find(|t| owner(t, event_heads) == Some(head));
    let speaker_date = speaker
        .iter()
        .find_map(|e| entity_dates.get(e).copied().flatten());
    // "…, beberapa hari setelah Ketua Parlemen Finlandia bertemu Presiden Estonia": an act told in a clause of
    // what came before takes no date from the rest of its sentence.
    // (A bare "setelah pembicaraan dengan …" shares the sentence's day; only a distance
    // told before it, "beberapa hari setelah", sets it apart.)
    let clause_time = times.iter().any(|t| t.first > clause && t.first < head);
    let earlier_clause = subordinate
        && c.is("before_clause", clause)
        && clause > 0
        && kb.time_words.contains(c.word(clause - 1))
        && !clause_time;
    let own = own.filter(|t| !earlier_clause || t.first > clause);
    // "… Senin (3/3), sehari setelah menemui Presiden Chile …": a clause told a
    // counted number of days before (or after: "dua hari sebelum …") the sentence's day
    // is dated by counting back from it.
    let counted_shift = (clause > 0 && subordinate)
        .then(|| {
            let days = days_before(c, clause)?;
            match c.word(clause) {
                "sebelum" => Some(days),
                _ if c.is("before_clause", clause) => Some(-days),
                _ => None,
            }
        })
        .flatten()
        .filter(|_| !clause_time);
    let counted = match (counted_shift, sentence_day.map(|t| t.when)) {
        (Some(shift), Some(When::Day(d))) => Some(When::Day(d + chrono::Duration::days(shift))),
        _ => None,
    };
    let own_or_day = own
        .or(sentence_day.filter(|_| !earlier_clause))
        .filter(|t| !same_day || narrative.is_none() || matches!(t.when, When::Day(_)));
    let stepped = match (day_step, &narrative) {
        (Some(step), Some((When::Day(d), _))) if own_or_day.is_none() => {
            Some(When::Day(*d + chrono::Duration::days(step)))
        }
        _ => None,
    };
    let (when, when_text, when_note) =
        match (own_or_day, (steps_back && !same_day) || earlier_clause) {
            _ if counted.is_some() => (counted, None, None),
            (None, _) if stepped.is_some() => (stepped, None, None),
            (Some(t), _) => (Some(t.when), Some(time_text(t)), t.note.clone()),
            (None, true) => (None, None, None),
            (None, false) => match (speaker_date, &narrative) {
                (Some(w), _) => (Some(w), None, None),
                (None, Some((w, _))) => (Some(*w), None, None),
                (None, None) => (None, None, None),
            },
        };
    (when, when_text, when_note, own.is_some())
}

/// Moves the story's day on after a sentence: to the sentence's date, unless it is a flashback,
/// a plan or a deadline; a dated sentence also dates the lead's undated events it retells.
#[allow(clippy::too_many_arguments)]
pub(super) fn advance_narrative(
    clock: &SentenceTimes,
    c: &Clauses,
    matches: &[CueMatch],
    doc: &Document,
    lexicon: &CueLexicon,
    narrative: &mut Option<(When, String)>,
    undated_lead: &mut Vec<usize>,
    events: &mut [Event],
) {
    let (text, published) = (c.text, doc.article.published);
    let day_step = clock.day_step;
    let sentence_time = clock.sentence_time();
    let time_text = |t: &TimeExpr| clock.time_text(t);
    // A date after publication is a deadline or a plan ("mulai berlaku pada 28 Agustus"),
    // not the day the story is at.
    // A day weeks before the story's day is a flashback ("ditahan pada 4 Juli"): it dates
    // its own sentence, and the story goes on at its day.
    let story_day = match &narrative {
        Some((When::Day(d), _)) => Some(*d),
        _ => None,
    };
    // ("Sehari sebelumnya, … mulai Senin malam": a sentence that steps back dates itself
    // only; the story goes on at its day.)
    let steps_back_days = matches!(day_step, Some(s) if s < 0);
    // ("Macron tiba di Jakarta pada Selasa malam" after the state visit of Wednesday: an
    // arrival before the story's day is the visit's background; the story stays at its day.)
    let arrival = c.facts.iter().any(|f| f.is("arrival"));
    if let Some(t) = sentence_time
        .filter(|_| !steps_back_days)
        .filter(|t| match t.when {
            When::Day(d) => {
                published.is_none_or(|p| d <= p)
                    && story_day.is_none_or(|s| d + chrono::Duration::days(FLASHBACK_DAYS) >= s)
                    && !(arrival && story_day.is_some_and(|s| d < s))
            }
            When::MonthDay(..) => true,
            When::Interval(..) => false,
        })
    {
        // "Pakistan menurunkan hubungan … . Keputusan itu diambil … Rabu (7/8)": the first
        // day of the story, told of the lead's act by an anaphor, dates the lead's undated
        // events.
        // ("Penandatanganan dilakukan …, Selasa (4/3)" after "menandatangani": a noun of
        // the lead's own root opens the sentence that dates it.)
        let anaphoric_opening = (1..=2).any(|i| c.demonstrative(i))
            || lexicon.roots(c.word(0)).any(|r| {
                undated_lead
                    .iter()
                    .any(|&e| lexicon.derives(&trigger_word(text, &events[e]), r))
            })
            || matches
                .iter()
                .any(|n| n.first == 0 && undated_lead.iter().any(|&e| events[e].code == n.code));
        // ("Pemerintah Korea Selatan menyatakan menyesalkan …. Juru bicara Kementerian Luar
        // Negeri Korea Selatan, Rabu (30/9), mengatakan …": the first dated sentence, told by the
        // lead's own state, dates what that state did in the lead.)
        let sentence_states: Vec<&Option<String>> = c
            .actors
            .iter()
            .filter(|a| !a.place)
            .map(|a| &doc.entities[a.entity].state)
            .collect();
        if narrative.is_none() && matches!(t.when, When::Day(_)) {
            for &e in undated_lead.iter() {
                let told_by_its_state = events[e].source_state.is_some()
                    && sentence_states.contains(&&events[e].source_state);
                if events[e].when.is_none() && (anaphoric_opening || told_by_its_state) {
                    events[e].when = Some(t.when);
                }
            }
        }
        undated_lead.clear();
        *narrative = Some((t.when, time_text(t)));
    } else if let (Some(step @ 0..), Some((When::Day(d), _))) = (day_step, &narrative) {
        // ("Sehari sebelumnya …" steps back for its own sentence; the story stays at its day.)
        *narrative = Some((When::Day(*d + chrono::Duration::days(step)), String::new()));
    } else if let (Some(step), Some((When::Day(d), _))) = (day_step, &narrative) {
        // ("Suasana sudah memanas sehari sebelumnya. Dalam pidatonya, Perdana Menteri …
        // mengecam …": a sentence that steps back and names no one and no act sets the
        // scene; the sentences after it are at that day.)
        let scene = matches.is_empty() && c.actors.is_empty();
        if scene {
            *narrative = Some((When::Day(*d + chrono::Duration::days(step)), String::new()));
        }
    }
}

/// Whether a time starting at word `first` follows "sejak" in a relative clause that names no
/// act ("yang berlaku sejak …", "yang terputus sejak …").
fn standing_since(c: &Clauses, first: usize) -> bool {
    first >= 3
        && c.is("since", first - 1)
        && (first.saturating_sub(4)..first - 1)
            .any(|y| c.is("relative", y) && (y + 1..first).all(|i| !c.cue_starts.contains(&i)))
}

/// Whether words `first..=last` lie in a relative clause set off by commas ("…, yang … ,")
/// whose words before them hold no cue (nor an arrival: "Austin, yang tiba pada Minggu, …"
/// dates the visit).
fn in_aside(c: &Clauses, first: usize, last: usize) -> bool {
    let Some(y) = (first.saturating_sub(5)..first)
        .rev()
        .find(|&y| c.is("relative", y))
    else {
        return false;
    };
    y > 0
        && c.comma_after(y - 1)
        && (last..last + 3).any(|e| c.comma_after(e) || e + 1 == c.words.len())
        && (y..last).all(|i| !c.comma_after(i))
        && (y + 1..first).all(|i| !c.cue_starts.contains(&i) && !c.is("arrival", i))
}
