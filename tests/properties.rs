//! Property tests: random article texts, built from the knowledge base's own names, cue words,
//! titles and calendar words mixed with punctuation, quotes, digits, "Jumat (25/10)" dates,
//! multi-byte characters and emoji, must give offsets inside the text and on char boundaries,
//! anchors equal to the text they point at, sorted mentions that never cross, valid IRIs, and
//! graphs that every export format writes and parses back unchanged.
//!
//! 64 cases per property by default (so `cargo test` stays fast); `PROPTEST_CASES=N` runs more.

mod invariants;

use chrono::NaiveDate;
use oxigraph::model::Quad;
use proptest::prelude::*;
use proptest::sample::select;
use std::sync::OnceLock;
use warta::article::Article;
use warta::extract::{Document, Extractor};
use warta::rdf::GraphOptions;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::new(warta::kb::Kb::embedded().expect("embedded kb")))
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(64);
    ProptestConfig::with_cases(cases)
}

/// The words the generator draws from, taken from the knowledge base so that the rules fire.
struct Vocabulary {
    names: Vec<String>,
    cues: Vec<String>,
    titles: Vec<String>,
    calendar: Vec<String>,
}

fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let kb = &extractor().kb;
        let mut names: Vec<String> = kb
            .states
            .iter()
            .flat_map(|s| {
                [s.name_id.clone(), s.name_en.clone()]
                    .into_iter()
                    .chain(s.aliases.clone())
            })
            .chain(kb.persons.iter().flat_map(|p| p.aliases.clone()))
            .chain(kb.seats.iter().map(|s| s.name.clone()))
            .chain(kb.organisations.iter().flat_map(|o| o.names_id.clone()))
            .collect();
        names.sort();
        names.dedup();
        // Trigger cues as written: `~kecam` is the root, `*` a gap of any words.
        let cues = kb
            .triggers
            .iter()
            .map(|t| t.cue.replace('~', "me").replace('*', "juga"))
            .chain(
                [
                    "kata", "ujar", "menurut", "tidak", "jika", "oleh", "dengan", "kepada", "dan",
                ]
                .map(String::from),
            )
            .collect();
        let titles = kb.titles.iter().map(|t| t.title.clone()).collect();
        let calendar = kb.calendar.iter().map(|c| c.word.clone()).collect();
        Vocabulary {
            names,
            cues,
            titles,
            calendar,
        }
    })
}

const PUNCTUATION: &[&str] = &[
    ".", ",", "!", "?", "…", ":", ";", " - ", " — ", " – ", "(", ")", "\"", "“", "”", "'", "‘",
    "’", "«", "»", "/", "-", "%", "#", "&", "<", ">", "\\", "dll.", "J.",
];

const MULTIBYTE: &[&str] = &[
    "é",
    "Lương Cường",
    "Ñ",
    "ß",
    "İstanbul",
    "ﬁ",
    "ǅ",
    "e\u{301}",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{2028}",
    "東京",
    "서울",
    "Москва",
    "القاهرة",
    "𝔸",
    "🇮🇩",
    "👍🏽",
    "👩‍👩‍👧",
    "\u{10ffff}",
    "\u{fffd}",
];

/// Characters XML 1.0 forbids. Readers replace them, but an article built in code keeps them,
/// and its graph must still be writable in every format, RDF/XML included.
const XML_FORBIDDEN: &[&str] = &[
    "\u{0}", "\u{8}", "\u{b}", "\u{c}", "\u{1b}", "\u{fffe}", "\u{ffff}",
];

/// One piece of an article: a name, a cue, a title, a calendar word, a date, a number,
/// punctuation, a multi-byte character, a character XML forbids, a made-up word, any
/// character at all, or a clause.
fn piece() -> impl Strategy<Value = String> {
    let v = vocabulary();
    let weekday = select(vec![
        "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
    ]);
    prop_oneof![
        5 => select(v.names.clone()),
        4 => select(v.cues.clone()),
        2 => select(v.titles.clone()),
        2 => select(v.calendar.clone()),
        1 => (weekday, 0u32..40, 0u32..14).prop_map(|(w, d, m)| format!("{w} ({d}/{m})")),
        1 => (0u32..100_000).prop_map(|n| n.to_string()),
        1 => "[0-9]{1,2}[.,][0-9]{1,3}",
        3 => select(PUNCTUATION).prop_map(String::from),
        2 => select(MULTIBYTE).prop_map(String::from),
        1 => select(XML_FORBIDDEN).prop_map(String::from),
        2 => "[A-Za-z][a-z]{0,8}",
        1 => any::<char>().prop_map(String::from),
        3 => clause(),
    ]
}

/// A clause shaped like news, so that the event rules fire: "[title] name cue name [date]".
fn clause() -> impl Strategy<Value = String> {
    let v = vocabulary();
    (
        prop::option::of(select(v.titles.clone())),
        select(v.names.clone()),
        select(v.cues.clone()),
        select(v.names.clone()),
        prop::option::of(select(v.calendar.clone())),
    )
        .prop_map(|(title, a, cue, b, when)| {
            let title = title.map(|t| t + " ").unwrap_or_default();
            let when = when.map(|w| format!(" pada {w}")).unwrap_or_default();
            format!("{title}{a} {cue} {b}{when}.")
        })
}

/// An article text: pieces joined by spaces, nothing, commas or line breaks, sometimes opened
/// by a dateline.
fn article_text() -> impl Strategy<Value = String> {
    let sep = select(vec![" ", " ", " ", "", "\n", ", ", ". ", "\n\n"]);
    let dateline = prop_oneof![
        Just(String::new()),
        select(vocabulary().names.clone()).prop_map(|n| format!("{} - ", n.to_uppercase())),
        Just("JAKARTA, KOMPAS.com - ".to_owned()),
        Just("MOSKOW (Antara) -\u{a0}".to_owned()),
    ];
    (dateline, prop::collection::vec((piece(), sep), 0..60)).prop_map(|(d, parts)| {
        let mut text = d;
        for (p, s) in parts {
            text.push_str(&p);
            text.push_str(s);
        }
        text
    })
}

/// An article: with or without headline, publication date and a readable id.
fn article() -> impl Strategy<Value = Article> {
    let id = prop_oneof![
        Just("berita-2024".to_owned()),
        "[a-z0-9-]{1,12}",
        any::<String>().prop_filter("an id", |s| !s.is_empty()),
    ];
    let title = prop::option::of(article_text().prop_map(|t| t.replace('\n', " ")));
    let published = prop::option::of((1990i32..2030, 1u32..=12, 1u32..=28))
        .prop_map(|d| d.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)));
    (id, title, article_text(), published)
        .prop_map(|(id, title, body, published)| Article::from_parts(id, title, &body, published))
}

fn run(article: Article) -> (Document, Vec<Quad>) {
    let e = extractor();
    warta::convert(e, article, &GraphOptions::default())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn offsets_lie_on_char_boundaries_and_mentions_never_cross(a in article()) {
        let (doc, _) = run(a);
        invariants::check_document(&doc);
    }

    #[test]
    fn anchors_are_the_text_at_their_code_point_offsets(a in article()) {
        let (doc, quads) = run(a);
        invariants::check_anchors(&quads, &doc.article.text);
    }

    #[test]
    fn every_iri_is_valid(a in article()) {
        let (_, quads) = run(a);
        invariants::check_iris(&quads);
    }

    #[test]
    fn every_format_parses_back_to_the_same_graph(a in article()) {
        let (_, quads) = run(a);
        for format in invariants::FORMATS {
            invariants::check_round_trip(&quads, format, &GraphOptions::default().base);
        }
    }
}
