//! End-to-end tests of the `warta` binary: conversion, the store, exports, and bad input.

mod common;

use common::*;
use std::fs;

#[test]
fn convert_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixtures().join("jakarta-seoul-2023-09-06.txt");
    let a = ok(warta(dir.path())
        .args(["convert", "--published", "2023-09-06"])
        .arg(&f));
    let b = ok(warta(dir.path())
        .args(["convert", "--published", "2023-09-06"])
        .arg(&f));
    assert!(a.lines().count() > 50, "a real graph: {a}");
    assert_eq!(a, b);
    let mut sorted: Vec<&str> = a.lines().collect();
    sorted.sort();
    assert_eq!(sorted, a.lines().collect::<Vec<_>>(), "n-quads are sorted");
}

#[test]
fn a_dash_as_output_is_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixtures().join("jakarta-seoul-2023-09-06.txt");
    let plain = ok(warta(dir.path())
        .args(["convert", "--published", "2023-09-06"])
        .arg(&f));
    let dashed = ok(warta(dir.path())
        .current_dir(dir.path())
        .args(["convert", "--published", "2023-09-06", "-o", "-"])
        .arg(&f));
    assert_eq!(plain, dashed);
    assert!(!dir.path().join("-").exists(), "no file named -");
}

#[test]
fn fixture_entities_leaders_and_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixtures().join("jakarta-seoul-2023-09-06.txt");
    let nq = ok(warta(dir.path())
        .args(["convert", "--published", "2023-09-06"])
        .arg(&f));
    let ent = "<https://w3id.org/warta/id/";
    for (qid, class) in [
        ("Q884", "State"),
        ("Q252", "State"),
        ("Q16090635", "Person"),
        ("Q3318231", "Person"),
        ("Q483134", "Place"),
        ("Q3630", "Place"),
    ] {
        assert!(
            nq.contains(&format!("{ent}{qid}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/warta/ns#{class}>")),
            "{qid} is a {class}"
        );
    }
    // Yoon leads South Korea; Jokowi leads Indonesia (as of the publication date).
    assert!(nq.contains(&format!(
        "{ent}Q16090635> <https://w3id.org/warta/ns#leaderOf> {ent}Q884>"
    )));
    assert!(nq.contains(&format!(
        "{ent}Q3318231> <https://w3id.org/warta/ns#leaderOf> {ent}Q252>"
    )));
    // "Seoul ingin…" stands for the state; the dateline JAKARTA is the city.
    let text = fs::read_to_string(&f).unwrap();
    let seoul = text.find("Seoul ingin").unwrap();
    let b = text[..seoul].chars().count();
    let mention = format!(
        "#char={},{}> <http://www.w3.org/2005/11/its/rdf#taIdentRef> {ent}Q884>",
        b,
        b + 5
    );
    assert!(nq.contains(&mention), "{mention}");
    // The bare lower-case ministry refers back to South Korea's ministry of foreign affairs.
    let back = text.rfind("kementerian luar negeri").unwrap();
    let b = text[..back].chars().count();
    assert!(nq.contains(&format!("#char={},{}> <http://www.w3.org/2005/11/its/rdf#taIdentRef> {ent}ministry-of-foreign-affairs-south-korea>", b, b + 23)));
}

#[test]
fn turtle_export_is_isomorphic_to_nquads_in_an_independent_parser() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixtures().join("warsawa-kyiv-2023-03-17.json");
    let nq = dir.path().join("a.nq");
    let ttl = dir.path().join("a.ttl");
    ok(warta(dir.path()).arg("convert").arg(&f).arg("-o").arg(&nq));
    ok(warta(dir.path())
        .arg("convert")
        .arg(&f)
        .args(["-f", "turtle", "-o"])
        .arg(&ttl));
    let script = "import sys, rdflib\nfrom rdflib.compare import isomorphic\nd = rdflib.Dataset(); d.parse(sys.argv[1], format='nquads')\ng = rdflib.Graph()\nfor s, p, o, _ in d.quads((None, None, None, None)): g.add((s, p, o))\nt = rdflib.Graph(); t.parse(sys.argv[2], format='turtle')\nassert len(g) == len(t) and len(g) > 50, (len(g), len(t))\nassert isomorphic(g, t)\nprint(len(t))\n";
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&nq)
        .arg(&ttl)
        .output();
    match out {
        Ok(o) if o.status.success() => {}
        Ok(o)
            if std::env::var_os("WARTA_REQUIRE_RDFLIB").is_none()
                && String::from_utf8_lossy(&o.stderr).contains("No module named 'rdflib'") =>
        {
            eprintln!("skipped: rdflib is not installed (scripts/test installs it)");
        }
        Ok(o) => panic!(
            "rdflib check failed: {}",
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) => panic!("python3: {e}"),
    }
}

#[test]
fn every_format_round_trips_through_oxigraph() {
    use oxigraph::io::{RdfFormat, RdfParser};
    let dir = tempfile::tempdir().unwrap();
    let f = fixtures().join("asean-2023-05-11.jsonl");
    let nq = ok(warta(dir.path()).arg("convert").arg(&f));
    let n = nq.lines().count();
    for (name, format) in [
        ("turtle", RdfFormat::Turtle),
        ("ntriples", RdfFormat::NTriples),
        ("trig", RdfFormat::TriG),
        (
            "jsonld",
            RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
        ),
        ("rdfxml", RdfFormat::RdfXml),
    ] {
        let out = ok(warta(dir.path()).arg("convert").arg(&f).args(["-f", name]));
        let quads = RdfParser::from_format(format)
            .for_slice(out.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(quads.len(), n, "{name} holds every statement");
    }
}

#[test]
fn ingest_is_idempotent_and_replaces_changed_articles() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let articles = dir.path().join("in");
    fs::create_dir(&articles).unwrap();
    let f = articles.join("a.txt");
    fs::write(&f, "Judul\nSEOUL - Korea Selatan dan Jepang bertemu.\n").unwrap();
    let count = || {
        let out = ok(warta(&store).args([
            "query",
            "-f",
            "csv",
            "-e",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        ]));
        out.lines().nth(1).unwrap().trim().parse::<usize>().unwrap()
    };
    let first = run(warta(&store).arg("ingest").arg(&articles));
    assert!(first.status.success());
    assert!(stderr(&first).contains("1 added"), "{}", stderr(&first));
    let n = count();
    let nq = ok(warta(&store).arg("convert").arg(&f));
    assert_eq!(
        n,
        nq.lines().count(),
        "the store holds exactly the converted graph"
    );
    let second = run(warta(&store).arg("ingest").arg(&articles));
    assert!(
        stderr(&second).contains("1 unchanged"),
        "{}",
        stderr(&second)
    );
    assert_eq!(count(), n);
    fs::write(&f, "Judul\nSEOUL - Korea Selatan bertemu.\n").unwrap();
    let third = run(warta(&store).arg("ingest").arg(&articles));
    assert!(stderr(&third).contains("1 replaced"), "{}", stderr(&third));
    let graphs = ok(warta(&store).args([
        "query",
        "-f",
        "csv",
        "-e",
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    ]));
    assert_eq!(graphs.lines().nth(1).unwrap().trim(), "1");
    assert!(count() < n, "the old graph's statements are gone");
}

#[test]
fn export_one_graph_and_all() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(warta(&store).arg("ingest").arg(fixtures()));
    let all = ok(warta(&store).args(["export", "-f", "nquads"]));
    let one = ok(warta(&store).args(["export", "-f", "nquads", "--graph", "asean-2023-05-11"]));
    assert!(one.lines().count() > 20 && one.lines().count() < all.lines().count());
    assert!(
        one.lines()
            .all(|l| l.ends_with("<https://w3id.org/warta/article/asean-2023-05-11> ."))
    );
    let missing = run(warta(&store).args(["export", "--graph", "nope"]));
    assert!(!missing.status.success());
    assert!(
        stderr(&missing).contains("no graph"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn store_errors() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nothing-here");
    fails_with(
        &run(warta(&missing).args(["query", "leaders"])),
        &["nothing-here", "no store"],
    );
    // A store in use by another process: tests/robustness.rs.
    let store = dir.path().join("store");
    ok(warta(&store).arg("ingest").arg(fixtures()));
    let bad = run(warta(&store).args(["query", "-e", "SELECT ?x WHERE { ?x ?y }"]));
    fails_with(&bad, &["bad sparql", "1:"]);
}
