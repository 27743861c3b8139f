//! Arbitrary text through the whole pipeline: extraction, then the article's graph. Offsets
//! must stay inside the text and on char boundaries, every IRI must be valid, every anchor must
//! be the text it points at, and the Turtle, N-Quads and RDF/XML the graph is written as must
//! parse back to the same graph.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use warta::article::Article;
use warta::rdf::GraphOptions;
use warta_fuzz::{extractor, invariants};

fuzz_target!(|data: &[u8]| {
    // The first byte picks the article's shape; the rest is its text.
    let Some((&shape, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    // With and without a publication date: dates get a year, leaders a term, only with one.
    let published = (shape & 1 == 1).then(|| NaiveDate::from_ymd_opt(2024, 10, 25).unwrap());
    let mut article = if shape & 2 == 2 {
        // A record: the first line is the headline, the rest the body.
        let (title, body) = text.split_once('\n').unwrap_or((&text, ""));
        Article::from_parts("fuzz", Some(title.to_owned()), body, published)
    } else {
        Article::from_parts("fuzz", None, &text, published)
    };
    if shape & 4 == 4 {
        // Ids come from files and records: any string must still make valid IRIs.
        article.id = text.chars().take(12).collect();
    }
    let extractor = extractor();
    let doc = extractor.extract(article);
    invariants::check_document(&doc);
    let quads = warta::rdf::build_quads(&doc, &extractor.kb, &GraphOptions::default());
    invariants::check_iris(&quads);
    invariants::check_anchors(&quads, &doc.article.text);
    for format in ["turtle", "nquads", "rdfxml"] {
        invariants::check_round_trip(&quads, format, &GraphOptions::default().base);
    }
});
