//! Time expressions resolved against the publication date (chrono): "Jumat (25/10)", "Kamis",
//! "Kamis lalu", "kemarin", "hari ini", "pekan lalu", "minggu ini", "25 Oktober 2024",
//! "Oktober", "tahun lalu". Week- and month-level expressions give an interval, never a
//! made-up day. A weekday that contradicts its date is kept and reported.

use crate::kb::Kb;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use std::borrow::Cow;

/// When something happened, as precisely as the text says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Day(NaiveDate),
    /// Day and month without a year (no publication date).
    MonthDay(u32, u32),
    Interval(NaiveDate, NaiveDate),
}

/// A time expression: token span, its value, and a contradiction when there is one.
#[derive(Debug, Clone)]
pub struct TimeExpr {
    /// Word indices (for distances to triggers).
    pub first: usize,
    pub last: usize,
    /// Indices into the raw tokens (for the text as written).
    pub raw_first: usize,
    pub raw_last: usize,
    pub when: When,
    pub note: Option<String>,
}

/// Words after which a short month name ("Mei") is the month, not a name.
const MONTH_OPENERS: [&str; 9] = [
    "pada",
    "sejak",
    "hingga",
    "sampai",
    "awal",
    "akhir",
    "pertengahan",
    "bulan",
    "medio",
];

/// Days between two dates or intervals (0 when they overlap); none for a day without a year.
pub(super) fn gap_days(a: When, b: When) -> Option<i64> {
    let span = |w: When| match w {
        When::Day(d) => Some((d, d)),
        When::Interval(f, t) => Some((f, t)),
        When::MonthDay(..) => None,
    };
    let ((f1, t1), (f2, t2)) = (span(a)?, span(b)?);
    Some(if t1 < f2 {
        (f2 - t1).num_days()
    } else if t2 < f1 {
        (f1 - t2).num_days()
    } else {
        0
    })
}

/// The days from `from` to `to`: one day when they are the same.
fn days_from_to(from: NaiveDate, to: NaiveDate) -> When {
    if from == to {
        When::Day(from)
    } else {
        When::Interval(from, to)
    }
}

fn weekday(n: i64) -> Option<Weekday> {
    Some(match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        7 => Weekday::Sun,
        _ => return None,
    })
}

/// The latest `day` on or before `date` (strictly before when `strict`).
fn last_weekday(date: NaiveDate, day: Weekday, strict: bool) -> NaiveDate {
    let mut back =
        (7 + date.weekday().num_days_from_monday() as i64 - day.num_days_from_monday() as i64) % 7;
    if strict && back == 0 {
        back = 7;
    }
    date - Duration::days(back)
}

fn week_of(date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let monday = date - Duration::days(date.weekday().num_days_from_monday() as i64);
    (monday, monday + Duration::days(6))
}

fn month_interval(year: i32, month: u32) -> Option<When> {
    let start = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some(When::Interval(start, next - Duration::days(1)))
}

/// Whether day `d` of month `m` exists in some year (a leap year has them all).
fn valid_month_day(m: u32, d: u32) -> bool {
    NaiveDate::from_ymd_opt(2000, m, d).is_some()
}

/// How far after publication a day and month without a year are still read in its year: "yang
/// sedianya berlangsung pada 20 April" in March is next month's plan, not last year's.
const DAYS_AHEAD: i64 = 61;

/// The year that puts day/month closest before (or shortly after) publication.
fn year_for(published: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(published.year(), month, day)?;
    if this > published + Duration::days(DAYS_AHEAD) {
        NaiveDate::from_ymd_opt(published.year() - 1, month, day)
    } else {
        Some(this)
    }
}

/// Finds the time expressions of a sentence. `words` are the lower-cased word tokens and
/// `raw` the sentence's tokens as written (numbers and punctuation included), with `word_at`
/// mapping each raw token to its word index.
pub fn find(
    kb: &Kb,
    raw: &[&str],
    word_at: &[usize],
    published: Option<NaiveDate>,
) -> Vec<TimeExpr> {
    let lower: Vec<Cow<str>> = raw.iter().map(|t| super::lowercase(t)).collect();
    find_lowered(kb, raw, &lower, word_at, published)
}

/// [`find`], given the tokens lower-cased (`lower[i]` is `raw[i]` lower-cased): the event
/// stage has its words lower-cased already.
pub(super) fn find_lowered(
    kb: &Kb,
    raw: &[&str],
    lower: &[Cow<str>],
    word_at: &[usize],
    published: Option<NaiveDate>,
) -> Vec<TimeExpr> {
    let cal = |w: &str, kind: &str| kb.calendar_value(w, kind);
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let w = lower[i].as_ref();
        let next = |k: usize| lower.get(i + k).map(AsRef::as_ref).unwrap_or("");
        let span = |a: usize, b: usize| (word_at[a], word_at[b.min(raw.len() - 1)]);
        // "(25/10)" or "(25/10/2024)", with or without a weekday before it.
        let day_month = |j: usize| -> Option<(u32, u32, Option<i32>, usize)> {
            if lower.get(j)? != "(" {
                return None;
            }
            let d: u32 = lower.get(j + 1)?.parse().ok()?;
            if lower.get(j + 2)? != "/" {
                return None;
            }
            let m: u32 = lower.get(j + 3)?.parse().ok()?;
            let (y, close) = if lower.get(j + 4).map(AsRef::as_ref) == Some("/") {
                (lower.get(j + 5)?.parse::<i32>().ok(), j + 6)
            } else {
                (None, j + 4)
            };
            // A day the calendar has in some year ("29/02"; never "31/02").
            (lower.get(close)? == ")" && valid_month_day(m, d)).then_some((d, m, y, close))
        };
        // Most words start no time expression: one lookup rules them out.
        let may_start = w.starts_with(|c: char| c.is_ascii_digit())
            || w == "("
            || matches!(w, "pekan" | "minggu" | "bulan" | "tahun" | "hari")
            || kb.is_calendar_word(w);
        if !may_start {
            i += 1;
            continue;
        }
        let found: Option<(usize, When, Option<String>)> = (|| {
            // Week expressions: "pekan lalu", "minggu ini", "minggu depan".
            if matches!(w, "pekan" | "minggu") && (w == "pekan" || raw[i] == "minggu") {
                let p = published?;
                let (mon, sun) = week_of(p);
                return match next(1) {
                    "lalu" | "kemarin" => Some((
                        i + 1,
                        When::Interval(mon - Duration::days(7), sun - Duration::days(7)),
                        None,
                    )),
                    // (Published on a Monday, "minggu ini" so far is that one day.)
                    "ini" => Some((i + 1, days_from_to(mon, p), None)),
                    "depan" => Some((
                        i + 1,
                        When::Interval(mon + Duration::days(7), sun + Duration::days(7)),
                        None,
                    )),
                    _ => None,
                };
            }
            if w == "bulan" && matches!(next(1), "lalu" | "ini") {
                let p = published?;
                let (y, m) = if next(1) == "ini" {
                    (p.year(), p.month())
                } else if p.month() == 1 {
                    (p.year() - 1, 12)
                } else {
                    (p.year(), p.month() - 1)
                };
                return Some((i + 1, month_interval(y, m)?, None));
            }
            if w == "tahun" && matches!(next(1), "lalu" | "ini") {
                let p = published?;
                let y = if next(1) == "ini" {
                    p.year()
                } else {
                    p.year() - 1
                };
                return Some((
                    i + 1,
                    When::Interval(
                        NaiveDate::from_ymd_opt(y, 1, 1)?,
                        NaiveDate::from_ymd_opt(y, 12, 31)?,
                    ),
                    None,
                ));
            }
            if w == "hari" && next(1) == "ini" {
                return Some((i + 1, When::Day(published?), None));
            }
            if let Some(off) = cal(w, "day_offset") {
                return Some((i, When::Day(published? + Duration::days(off)), None));
            }
            // A weekday, optionally "lalu" and/or "(d/m)".
            if let Some(n) = cal(w, "weekday") {
                // ("Perjanjian Jumat Agung": a weekday between two capitalised words is a
                // name's.)
                let capitalised = |k: usize| {
                    raw.get(k)
                        .is_some_and(|t| t.starts_with(|c: char| c.is_uppercase()))
                };
                if i > 0 && capitalised(i - 1) && capitalised(i + 1) {
                    return None;
                }
                let day = weekday(n)?;
                let mut end = i;
                let strict = next(1) == "lalu";
                if strict {
                    end += 1;
                }
                if let Some((d, m, y, close)) = day_month(end + 1) {
                    return Some(dated(published, d, m, y, close, Some((day, raw[i]))));
                }
                // "Jumat, 28 Maret 2025", "Senin 3 Maret": the date written after the weekday.
                let at = if lower.get(end + 1).map(AsRef::as_ref) == Some(",") {
                    end + 2
                } else {
                    end + 1
                };
                let named_day = lower.get(at).and_then(|d| d.parse::<u32>().ok());
                let named_month = lower.get(at + 1).and_then(|m| cal(m, "month"));
                if let (Some(d), Some(m)) = (named_day, named_month) {
                    let m = m as u32;
                    let y: Option<i32> = lower
                        .get(at + 2)
                        .and_then(|y| y.parse().ok())
                        .filter(|y| (1900..2200).contains(y));
                    if valid_month_day(m, d) {
                        let close = if y.is_some() { at + 2 } else { at + 1 };
                        return Some(dated(published, d, m, y, close, Some((day, raw[i]))));
                    }
                }
                let p = published?;
                return Some((end, When::Day(last_weekday(p, day, strict)), None));
            }
            if let Some((d, m, y, close)) = day_month(i) {
                return Some(dated(published, d, m, y, close, None));
            }
            // "25 Oktober 2024", "25 Oktober", "Oktober 2024", "Oktober".
            if let Ok(d) = w.parse::<u32>() {
                let m = cal(next(1), "month")? as u32;
                let year: Option<i32> = next(2).parse().ok().filter(|y| (1900..2200).contains(y));
                let end = if year.is_some() { i + 2 } else { i + 1 };
                let date = match (year, published) {
                    (Some(y), _) => NaiveDate::from_ymd_opt(y, m, d).map(When::Day),
                    (None, Some(p)) => year_for(p, m, d).map(When::Day),
                    (None, None) => valid_month_day(m, d).then_some(When::MonthDay(m, d)),
                }?;
                return Some((end, date, None));
            }
            if let Some(m) = cal(w, "month") {
                // A bare month name must be capitalised ("Mei", not "mei"). A short one ("Mei",
                // "Jan") is also a name or an abbreviation, so it counts only next to a year or
                // after a word that opens a time ("pada Mei", "akhir Mei").
                let year: Option<i32> = next(1).parse().ok().filter(|y| (1900..2200).contains(y));
                let opens_time = i > 0 && MONTH_OPENERS.contains(&lower[i - 1].as_ref());
                if !raw[i].starts_with(|c: char| c.is_uppercase())
                    || (w.len() <= 3 && year.is_none() && !opens_time)
                {
                    return None;
                }
                let m = m as u32;
                let y = match (year, published) {
                    (Some(y), _) => y,
                    (None, Some(p)) => {
                        if m > p.month() {
                            p.year() - 1
                        } else {
                            p.year()
                        }
                    }
                    (None, None) => return None,
                };
                return Some((
                    if year.is_some() { i + 1 } else { i },
                    month_interval(y, m)?,
                    None,
                ));
            }
            None
        })();
        match found {
            Some((end, when, note)) => {
                let (first, last) = span(i, end);
                out.push(TimeExpr {
                    first,
                    last,
                    raw_first: i,
                    raw_last: end,
                    when,
                    note,
                });
                i = end + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// A day/month (and maybe year), checked against a weekday written with it.
fn dated(
    published: Option<NaiveDate>,
    d: u32,
    m: u32,
    y: Option<i32>,
    close: usize,
    weekday: Option<(Weekday, &str)>,
) -> (usize, When, Option<String>) {
    let date = match (y, published) {
        (Some(y), _) => NaiveDate::from_ymd_opt(y, m, d),
        (None, Some(p)) => year_for(p, m, d),
        (None, None) => None,
    };
    let Some(date) = date else {
        return (close, When::MonthDay(m, d), None);
    };
    let note = weekday
        .filter(|(w, _)| date.weekday() != *w)
        .map(|(w, written)| {
            let nearest = published.map(|p| last_weekday(p, w, false));
            format!(
                "\"{written} ({d}/{m})\" is inconsistent: {date} was a {}{}",
                date.format("%A"),
                nearest
                    .map(|n| format!("; the {written} before publication was {n}"))
                    .unwrap_or_default()
            )
        });
    (close, When::Day(date), note)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, published: &str) -> Vec<(When, Option<String>)> {
        let kb = Kb::embedded().unwrap();
        let toks = crate::text::tokenize(text, 0, text.len());
        let raw: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        let word_at: Vec<usize> = (0..raw.len()).collect();
        find(
            &kb,
            &raw,
            &word_at,
            NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
        )
        .into_iter()
        .map(|t| (t.when, t.note))
        .collect()
    }

    fn day(s: &str) -> When {
        When::Day(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn relative_days_and_weekdays() {
        assert_eq!(
            run("pada hari Jumat (25/10) itu", "2024-10-25"),
            [(day("2024-10-25"), None)]
        );
        assert_eq!(run("Kamis lalu", "2024-10-25"), [(day("2024-10-24"), None)]);
        assert_eq!(
            run("pada hari Kamis", "2024-10-25"),
            [(day("2024-10-24"), None)]
        );
        assert_eq!(run("kemarin", "2024-10-25"), [(day("2024-10-24"), None)]);
        assert_eq!(run("hari ini", "2024-10-25"), [(day("2024-10-25"), None)]);
        assert_eq!(
            run("pada 3 Maret 2019", "2024-10-25"),
            [(day("2019-03-03"), None)]
        );
        assert_eq!(
            run("pada 25 Desember", "2025-01-03"),
            [(day("2024-12-25"), None)]
        );
    }

    #[test]
    fn weeks_and_months_are_intervals() {
        let i = |a: &str, b: &str| match (day(a), day(b)) {
            (When::Day(a), When::Day(b)) => When::Interval(a, b),
            _ => unreachable!(),
        };
        assert_eq!(
            run("pekan lalu", "2024-10-25"),
            [(i("2024-10-14", "2024-10-20"), None)]
        );
        assert_eq!(
            run("minggu ini", "2024-10-25"),
            [(i("2024-10-21", "2024-10-25"), None)]
        );
        // Published on a Monday, "this week" so far is that day.
        assert_eq!(run("pekan ini", "2024-10-21"), [(day("2024-10-21"), None)]);
        assert_eq!(
            run("pada Oktober", "2024-10-25"),
            [(i("2024-10-01", "2024-10-31"), None)]
        );
        assert_eq!(
            run("tahun lalu", "2024-10-25"),
            [(i("2023-01-01", "2023-12-31"), None)]
        );
    }

    #[test]
    fn a_short_month_name_needs_a_year_or_an_opening_word() {
        let i = |a: &str, b: &str| match (day(a), day(b)) {
            (When::Day(a), When::Day(b)) => When::Interval(a, b),
            _ => unreachable!(),
        };
        let may = [(i("2020-05-01", "2020-05-31"), None)];
        assert_eq!(run("Pada Mei, Stockholm", "2020-12-01"), may);
        assert_eq!(run("hingga akhir Mei", "2020-12-01").len(), 1);
        assert_eq!(run("sejak Mei 2020", "2021-03-01"), may);
        // A name ("Mei Ling") or an abbreviation alone is no month.
        assert!(run("kata Mei Ling", "2020-12-01").is_empty());
        assert!(run("menurut Jan Eliasson", "2020-12-01").is_empty());
    }

    #[test]
    fn a_weekday_inside_a_name_is_no_day() {
        assert!(run("meneken Perjanjian Jumat Agung itu", "2011-05-19").is_empty());
        // Still a day after a name that ends before it, or at a sentence's start.
        assert_eq!(run("kata Lindqvist Jumat (13/5)", "2011-05-19").len(), 1);
        assert_eq!(run("Jumat Lalu Oslo", "2011-05-19").len(), 1);
    }

    #[test]
    fn weekday_contradiction_is_reported() {
        let r = run("Pada hari Kamis (23/10), parlemen", "2024-10-25");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, day("2024-10-23"));
        let note = r[0].1.as_deref().unwrap();
        assert!(
            note.contains("Wednesday") && note.contains("2024-10-24"),
            "{note}"
        );
    }

    #[test]
    fn a_weekday_followed_by_a_written_date_is_that_date() {
        assert_eq!(
            run("pada Jumat, 28 Maret 2025, di", "2025-08-28"),
            [(day("2025-03-28"), None)]
        );
        assert_eq!(
            run("pada Senin 3 Maret", "2025-08-28"),
            [(day("2025-03-03"), None)]
        );
        // 27 March 2025 was a Thursday: the date stands, the contradiction is reported.
        let r = run("pada Jumat, 27 Maret 2025", "2025-08-28");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, day("2025-03-27"));
        assert!(r[0].1.as_deref().unwrap().contains("Thursday"), "{r:?}");
    }

    #[test]
    fn without_a_year() {
        assert_eq!(run("Jumat (25/10)", ""), [(When::MonthDay(10, 25), None)]);
        assert!(run("Kamis", "").is_empty());
    }

    #[test]
    fn days_the_calendar_does_not_have_are_no_dates() {
        for published in ["", "2023-03-05"] {
            assert!(run("(31/02)", published).is_empty(), "{published}");
            // At most the month is read ("Februari"), never a day.
            let days = run("30 Februari", published)
                .into_iter()
                .filter(|(w, _)| matches!(w, When::Day(_) | When::MonthDay(..)))
                .count();
            assert_eq!(days, 0, "{published}");
        }
        assert_eq!(run("(29/02)", ""), [(When::MonthDay(2, 29), None)]);
    }
}
