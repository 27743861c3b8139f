//! Invariants every extraction and every graph must keep, whatever the input. One copy, shared
//! by the property tests (`tests/properties.rs`) and the fuzz targets (`fuzz/`), so that both
//! check the same contract. Each check panics with a message naming what broke.
#![allow(dead_code)]

use oxigraph::io::RdfParser;
use oxigraph::model::graph::CanonicalizationAlgorithm;
use oxigraph::model::{Dataset, GraphName, NamedOrBlankNode, Quad, Term, TermRef};
use std::collections::{BTreeMap, HashSet};
use warta::extract::Document;

/// Every RDF format warta writes, by the names users type.
pub const FORMATS: &[&str] = &["turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml"];

const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

fn span(text: &str, start: usize, end: usize, what: &str) {
    assert!(
        start <= end && end <= text.len(),
        "{what} {start}..{end} lies outside the text ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} {start}..{end} cuts a character"
    );
}

fn inside(outer: (usize, usize), inner: (usize, usize), what: &str) {
    assert!(
        outer.0 <= inner.0 && inner.1 <= outer.1,
        "{what} {inner:?} is not inside its sentence {outer:?}"
    );
}

/// Byte offsets in bounds and on char boundaries, indices that point somewhere, mentions sorted,
/// distinct and never crossing, each span inside the sentence it names.
pub fn check_document(doc: &Document) {
    let text = &doc.article.text;
    span(
        text,
        doc.article.body_start,
        doc.article.body_start,
        "body start",
    );
    assert_eq!(
        doc.tokens.len(),
        doc.sentences.len(),
        "one token list per sentence"
    );
    for (s, tokens) in doc.sentences.iter().zip(&doc.tokens) {
        span(text, s.start, s.end, "sentence");
        for t in tokens {
            span(text, t.start, t.end, "token");
            inside((s.start, s.end), (t.start, t.end), "token");
        }
    }
    for w in doc.sentences.windows(2) {
        assert!(w[0].end <= w[1].start, "sentences overlap: {w:?}");
    }
    let sentence = |i: usize, what: &str| {
        let s = doc
            .sentences
            .get(i)
            .unwrap_or_else(|| panic!("{what} names sentence {i} of {}", doc.sentences.len()));
        (s.start, s.end)
    };
    for m in &doc.mentions {
        span(text, m.start, m.end, "mention");
        assert!(m.start < m.end, "empty mention {m:?}");
        assert!(
            m.entity < doc.entities.len(),
            "mention of a missing entity: {m:?}"
        );
        inside(sentence(m.sentence, "mention"), (m.start, m.end), "mention");
    }
    for w in doc.mentions.windows(2) {
        assert!(
            (w[0].start, w[0].end) < (w[1].start, w[1].end),
            "mentions out of order or twice: {w:?}"
        );
    }
    // Mentions never cross: two are apart, or one lies inside the other (a state named inside
    // an organisation's name, "militer Myanmar", is a mention of its own). Sorted by start,
    // `b` after `a` crosses it when it starts inside `a` and ends after it.
    for (i, a) in doc.mentions.iter().enumerate() {
        for b in doc.mentions[i + 1..].iter().take_while(|b| b.start < a.end) {
            assert!(
                b.start == a.start || b.end <= a.end,
                "mentions cross: {a:?} and {b:?}"
            );
        }
    }
    if let Some(d) = &doc.dateline {
        span(text, d.place_start, d.place_end, "dateline place");
        span(text, d.end, d.end, "dateline end");
    }
    for e in &doc.entities {
        for p in &e.positions {
            if let Some((b, end)) = p.evidence {
                span(text, b, end, "position evidence");
            }
        }
    }
    let entity = |i: usize, what: &str| {
        assert!(i < doc.entities.len(), "{what} names a missing entity {i}");
    };
    for e in &doc.events {
        e.sources.iter().for_each(|&i| entity(i, "event source"));
        e.targets.iter().for_each(|&i| entity(i, "event target"));
        e.reported_by
            .iter()
            .for_each(|&i| entity(i, "event reporter"));
        if let Some(d) = e.denies {
            assert!(d < doc.events.len(), "a denial of a missing event {d}");
        }
        for v in &e.evidence {
            span(text, v.start, v.end, "event trigger");
            inside(
                sentence(v.sentence, "trigger"),
                (v.start, v.end),
                "event trigger",
            );
        }
    }
}

fn check_iri(iri: &str) {
    assert!(
        !iri.contains(char::is_whitespace),
        "white space in the IRI <{iri}>"
    );
    if let Err(e) = oxiri::Iri::parse(iri) {
        panic!("invalid IRI <{iri}>: {e}");
    }
}

/// Every IRI (subjects, predicates, objects, datatypes, graph names) is absolute, valid per
/// RFC 3987 and free of white space.
pub fn check_iris(quads: &[Quad]) {
    let mut seen = HashSet::new();
    let mut check = |iri: &str| {
        if seen.insert(iri.to_owned()) {
            check_iri(iri);
        }
    };
    for q in quads {
        check(q.predicate.as_str());
        if let NamedOrBlankNode::NamedNode(n) = &q.subject {
            check(n.as_str());
        }
        match &q.object {
            Term::NamedNode(n) => check(n.as_str()),
            Term::Literal(l) => check(l.datatype().as_str()),
            _ => {}
        }
        if let GraphName::NamedNode(n) = &q.graph_name {
            check(n.as_str());
        }
    }
}

/// For every NIF string: `nif:isString` is the text; begin and end (code points) lie inside it
/// and agree with the `#char=b,e` of the node's IRI; `nif:anchorOf` is exactly the text
/// between them.
pub fn check_anchors(quads: &[Quad], text: &str) {
    let chars: Vec<char> = text.chars().collect();
    let nif = |local: &str| format!("{NIF}{local}");
    let (begin, end, anchor, is_string) = (
        nif("beginIndex"),
        nif("endIndex"),
        nif("anchorOf"),
        nif("isString"),
    );
    #[derive(Default)]
    struct Span<'q> {
        begin: Vec<&'q str>,
        end: Vec<&'q str>,
        anchor: Vec<&'q str>,
    }
    let mut spans: BTreeMap<String, Span> = BTreeMap::new();
    for q in quads {
        let TermRef::Literal(l) = q.object.as_ref() else {
            continue;
        };
        let p = q.predicate.as_str();
        let s = spans.entry(q.subject.to_string()).or_default();
        if p == begin {
            s.begin.push(l.value());
        } else if p == end {
            s.end.push(l.value());
        } else if p == anchor {
            s.anchor.push(l.value());
        } else if p == is_string {
            assert_eq!(
                l.value(),
                text,
                "nif:isString differs from the article's text"
            );
        }
    }
    for (node, s) in spans {
        if s.begin.is_empty() && s.end.is_empty() && s.anchor.is_empty() {
            continue;
        }
        assert!(
            s.begin.len() == 1 && s.end.len() == 1 && s.anchor.len() <= 1,
            "{node} needs one begin and one end index, at most one anchor: {:?} {:?} {:?}",
            s.begin,
            s.end,
            s.anchor
        );
        let b: usize = s.begin[0].parse().expect("nif:beginIndex is an integer");
        let e: usize = s.end[0].parse().expect("nif:endIndex is an integer");
        assert!(
            b <= e && e <= chars.len(),
            "{node}: {b}..{e} outside {} code points",
            chars.len()
        );
        assert!(
            node.ends_with(&format!("#char={b},{e}>")),
            "{node} does not name its span {b},{e}"
        );
        if let Some(a) = s.anchor.first() {
            let slice: String = chars[b..e].iter().collect();
            assert_eq!(
                *a, slice,
                "{node}: nif:anchorOf differs from the text at {b}..{e}"
            );
        }
    }
}

fn has_blank_nodes(q: &Quad) -> bool {
    q.subject.is_blank_node() || q.object.is_blank_node() || q.graph_name.is_blank_node()
}

/// The quads as a set, blank nodes relabelled canonically (warta's graphs have none, so the
/// costly canonicalisation runs only when some appear).
fn canonical(quads: impl IntoIterator<Item = Quad>) -> HashSet<Quad> {
    let quads: Vec<Quad> = quads.into_iter().collect();
    if !quads.iter().any(has_blank_nodes) {
        return quads.into_iter().collect();
    }
    let mut d: Dataset = quads.into_iter().collect();
    d.canonicalize(CanonicalizationAlgorithm::Unstable);
    d.iter().map(|q| q.into_owned()).collect()
}

/// XML 1.0's `Char` production: what a well-formed document may hold.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Panics unless every character of `xml` is one XML 1.0 allows. Oxigraph's RDF/XML parser
/// (quick-xml underneath) does not check this, so parsing back alone would accept a document
/// every strict XML parser (expat, libxml2, Xerces) refuses.
pub fn check_xml_chars(xml: &str) {
    if let Some((line, c)) = xml
        .lines()
        .enumerate()
        .find_map(|(i, l)| l.chars().find(|c| !is_xml_char(*c)).map(|c| (i + 1, c)))
    {
        panic!("not well-formed XML: U+{:04X} on line {line}", c as u32);
    }
}

/// Serialises `quads` in `format` (a name of [`FORMATS`]) and parses the output back: the
/// dataset must be isomorphic to the one written. Formats without graphs (Turtle, N-Triples,
/// RDF/XML) carry one graph: they are compared with the quads moved to the default graph, which
/// is exact while `quads` hold one graph. RDF/XML must also hold only characters XML allows.
pub fn check_round_trip(quads: &[Quad], format: &str, base: &str) {
    let f = warta::rdf::parse_rdf_format(format).expect("a known format");
    let bytes = warta::rdf::write_quads(quads, f, base, Vec::new())
        .unwrap_or_else(|e| panic!("cannot write {format}: {e}"));
    if f == oxigraph::io::RdfFormat::RdfXml {
        check_xml_chars(std::str::from_utf8(&bytes).expect("RDF/XML in UTF-8"));
    }
    let parsed = RdfParser::from_format(f)
        .for_slice(&bytes)
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| {
            panic!(
                "{format} output does not parse back: {e}\n{}",
                String::from_utf8_lossy(&bytes)
            )
        });
    let expected = canonical(quads.iter().map(|q| {
        if f.supports_datasets() {
            q.clone()
        } else {
            Quad::new(
                q.subject.clone(),
                q.predicate.clone(),
                q.object.clone(),
                GraphName::DefaultGraph,
            )
        }
    }));
    let got = canonical(parsed);
    if expected != got {
        let missing: Vec<String> = expected
            .iter()
            .filter(|q| !got.contains(q))
            .map(|q| q.to_string())
            .collect();
        let extra: Vec<String> = got
            .iter()
            .filter(|q| !expected.contains(q))
            .map(|q| q.to_string())
            .collect();
        panic!("{format} round trip changed the graph\nlost: {missing:#?}\ngained: {extra:#?}");
    }
}
