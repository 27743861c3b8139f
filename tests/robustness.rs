//! Robustness under bad input, crashes and contention, through the real binary.
//!
//! The standard: bad input gets one clear `warta: error:` line naming the file (and line or
//! byte), the exit code is 1, good records beside it go on, and the store is left as it was.
//! A killed ingest leaves every article graph whole or absent; a store held by another
//! process is reported as "in use".

mod common;
mod invariants;

use common::*;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
use oxigraph::model::{Quad, Term};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
const WARTA: &str = "https://w3id.org/warta/ns#";
const ARTICLE: &str = "https://w3id.org/warta/article/";

// ---------------------------------------------------------------------------------------------
// helpers

/// A store holding the fixtures, and its export before anything else happens to it.
fn fixture_store(dir: &Path) -> (PathBuf, String) {
    let store = dir.join("store");
    ok(warta(&store).args(["-q", "ingest"]).arg(fixtures()));
    let before = export(&store);
    assert!(before.lines().count() > 100, "a real store");
    (store, before)
}

/// `convert` and `ingest` of `input` both refuse it whole: exit 1, an error line holding every
/// needle, no output, and the store as it was.
fn refused(store: &Path, before: &str, input: &Path, needles: &[&str]) {
    let out = run(warta(store).arg("convert").arg(input));
    fails_with(&out, needles);
    assert!(out.stdout.is_empty(), "nothing converted from {input:?}");
    fails_with(&run(warta(store).arg("ingest").arg(input)), needles);
    assert!(export(store) == before, "{input:?}: the store is as it was");
}

/// Parses N-Quads strictly (every statement must be valid RDF).
fn quads(nq: &str) -> Vec<Quad> {
    RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(nq.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("invalid n-quads: {e}"))
}

/// The article ids of the graphs in some N-Quads.
fn graph_ids(nq: &str) -> BTreeSet<String> {
    quads(nq)
        .iter()
        .filter_map(|q| match &q.graph_name {
            oxigraph::model::GraphName::NamedNode(n) => {
                n.as_str().strip_prefix(ARTICLE).map(str::to_owned)
            }
            _ => None,
        })
        .collect()
}

/// N-Quads lines grouped by graph, each group sorted.
fn by_graph(nq: &str) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in nq.lines().filter(|l| !l.is_empty()) {
        let graph = line
            .trim_end_matches(" .")
            .rsplit(' ')
            .next()
            .unwrap()
            .to_owned();
        out.entry(graph).or_default().push(line.to_owned());
    }
    for lines in out.values_mut() {
        lines.sort();
    }
    out
}

fn literal(t: &Term) -> Option<&str> {
    match t {
        Term::Literal(l) => Some(l.value()),
        _ => None,
    }
}

/// Checks what must hold of any graph warta writes: every mention's code-point offsets cut
/// its anchor out of its context's text, every date literal is a day of the calendar, and
/// no text holds a control character XML could not carry. Returns the number of mentions.
fn assert_sound(nq: &str) -> usize {
    let quads = quads(nq);
    let value = |s: &str, p: &str| {
        quads
            .iter()
            .find(|q| q.subject.to_string() == s && q.predicate.as_str() == format!("{NIF}{p}"))
            .and_then(|q| literal(&q.object).map(str::to_owned))
    };
    let object = |s: &str, p: &str| {
        quads
            .iter()
            .find(|q| q.subject.to_string() == s && q.predicate.as_str() == format!("{NIF}{p}"))
            .map(|q| q.object.to_string())
    };
    let mut mentions = 0;
    for q in &quads {
        if q.predicate.as_str() == format!("{NIF}anchorOf") {
            let s = q.subject.to_string();
            let anchor = literal(&q.object).unwrap();
            let begin: usize = value(&s, "beginIndex").unwrap().parse().unwrap();
            let end: usize = value(&s, "endIndex").unwrap().parse().unwrap();
            let context = object(&s, "referenceContext").expect("a mention has its context");
            let text = value(&context, "isString").expect("the context has its text");
            let cut: String = text.chars().skip(begin).take(end - begin).collect();
            assert_eq!(cut, anchor, "{s}: offsets {begin},{end} in code points");
            mentions += 1;
        }
        if let Term::Literal(l) = &q.object {
            let v = l.value();
            match l.datatype().as_str() {
                "http://www.w3.org/2001/XMLSchema#date" => {
                    assert!(
                        chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").is_ok(),
                        "not a day: {v}"
                    );
                }
                "http://www.w3.org/2001/XMLSchema#gMonthDay" => {
                    let md =
                        chrono::NaiveDate::parse_from_str(&format!("2000{}", &v[1..]), "%Y-%m-%d");
                    assert!(md.is_ok(), "not a day of any year: {v}");
                }
                _ => {}
            }
            assert!(
                !v.chars()
                    .any(|c| (c < ' ' && !matches!(c, '\t' | '\n' | '\r'))
                        || matches!(c, '\u{FFFE}' | '\u{FFFF}')),
                "a control character in {v:?}"
            );
        }
    }
    mentions
}

fn count(nq: &str, predicate: &str) -> usize {
    nq.lines()
        .filter(|l| l.contains(&format!(" <{predicate}> ")))
        .count()
}

fn events(nq: &str) -> usize {
    nq.lines()
        .filter(|l| {
            l.contains(&format!(
                "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{WARTA}Event>"
            ))
        })
        .count()
}

/// Pseudo-random bytes (no dependency needed for noise).
fn noise(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as u8
        })
        .collect()
}

/// One JSON record as a line.
fn record(id: &str, extra: serde_json::Value) -> String {
    let mut r = serde_json::json!({
        "id": id,
        "title": "Korea Selatan dan Jepang bertemu",
        "published": "2023-09-06",
        "body": "SEOUL - Presiden Korea Selatan Yoon Suk Yeol bertemu Perdana Menteri Jepang Fumio Kishida di Seoul, Rabu (6/9).",
    });
    if let serde_json::Value::Object(fields) = extra {
        for (k, v) in fields {
            r[k] = v;
        }
    }
    serde_json::to_string(&r).unwrap()
}

// ---------------------------------------------------------------------------------------------
// the bad-input matrix

#[test]
fn missing_unknown_and_empty_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = fixture_store(dir.path());
    let p = dir.path();
    fs::write(p.join("empty.txt"), b"").unwrap();
    fs::write(p.join("doc.docx"), "x").unwrap();
    refused(
        &store,
        &before,
        &p.join("empty.txt"),
        &["empty.txt", "empty"],
    );
    refused(
        &store,
        &before,
        &p.join("missing.txt"),
        &["missing.txt", "No such file"],
    );
    refused(
        &store,
        &before,
        &p.join("doc.docx"),
        &["doc.docx", "unknown input format"],
    );
    fails_with(
        &run(warta(p).args(["convert", "-f", "yaml"]).arg(fixtures())),
        &["yaml"],
    );
}

#[test]
fn a_failed_ingest_into_a_new_path_leaves_no_store() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.jsonl");
    fs::write(&bad, "{\"id\": broken\n").unwrap();
    let store = dir.path().join("new-store");
    let out = run(warta(&store).arg("ingest").arg(&bad));
    fails_with(&out, &["bad.jsonl:1", "broken json"]);
    assert!(
        !store.exists(),
        "the store this run created and wrote nothing into is gone"
    );
    // A good article after that creates it as usual.
    ok(warta(&store)
        .arg("ingest")
        .arg(fixtures().join("manila-beijing-2023-08-07.json")));
    assert!(store.exists());
}

#[test]
fn a_broken_version_of_a_stored_article_leaves_it_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = fixture_store(dir.path());
    let bad = dir.path().join("bad.jsonl");
    fs::write(&bad, "{\"id\": \"asean-2023-05-11\", \"body\": ").unwrap();
    refused(&store, &before, &bad, &["bad.jsonl:1", "broken json"]);
}

#[test]
fn invalid_utf8_is_refused_with_its_line_and_byte() {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = fixture_store(dir.path());
    let p = dir.path();
    // Latin-1 "é" (0xE9) where UTF-8 wants two bytes.
    fs::write(
        p.join("latin1.txt"),
        b"Judul\nSEOUL - Korea Selatan \xe9 Jepang.\n",
    )
    .unwrap();
    refused(
        &store,
        &before,
        &p.join("latin1.txt"),
        &["latin1.txt:2", "invalid utf-8", "byte 23", "re-encode"],
    );
    fs::write(
        p.join("latin1.json"),
        b"{\"id\": \"x\",\n \"body\": \"caf\xe9\"}",
    )
    .unwrap();
    refused(
        &store,
        &before,
        &p.join("latin1.json"),
        &["latin1.json:2", "invalid utf-8"],
    );
    // In JSON Lines only the bad line is lost.
    let mut lines = vec![record("utf-a", serde_json::json!({})).into_bytes()];
    lines.push(b"{\"id\": \"utf-b\", \"body\": \"caf\xe9\"}".to_vec());
    lines.push(record("utf-c", serde_json::json!({})).into_bytes());
    fs::write(p.join("mixed.jsonl"), lines.join(&b'\n')).unwrap();
    let out = run(warta(&store).arg("convert").arg(p.join("mixed.jsonl")));
    fails_with(&out, &["mixed.jsonl:2", "invalid utf-8", "byte 29"]);
    let converted = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        graph_ids(&converted),
        ["utf-a", "utf-c"].map(String::from).into()
    );
    let out = run(warta(&store).arg("ingest").arg(p.join("mixed.jsonl")));
    fails_with(&out, &["mixed.jsonl:2", "invalid utf-8"]);
    assert!(stderr(&out).contains("2 added"), "{}", stderr(&out));
    let after = export(&store);
    assert_eq!(
        graph_ids(&after),
        &graph_ids(&before) | &graph_ids(&converted),
        "the good records are added, nothing else"
    );
}

#[test]
fn nul_bytes_mean_binary_or_utf16_and_escaped_controls_become_spaces() {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = fixture_store(dir.path());
    let p = dir.path();
    fs::write(p.join("nul.txt"), b"Judul\nSEOUL -\0 Korea Selatan.\n").unwrap();
    refused(
        &store,
        &before,
        &p.join("nul.txt"),
        &["nul.txt:2", "NUL byte", "byte 8", "utf-16"],
    );
    // UTF-16 text: every other byte of ASCII is a NUL; with its byte-order mark, 0xFF 0xFE
    // is not UTF-8 at all.
    let text = fs::read_to_string(fixtures().join("jakarta-seoul-2023-09-06.txt")).unwrap();
    let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    fs::write(p.join("utf16.txt"), &utf16).unwrap();
    refused(
        &store,
        &before,
        &p.join("utf16.txt"),
        &["utf16.txt:1", "NUL byte", "byte 2"],
    );
    fs::write(p.join("bom16.txt"), [&[0xff, 0xfe][..], &utf16].concat()).unwrap();
    refused(
        &store,
        &before,
        &p.join("bom16.txt"),
        &["bom16.txt:1", "invalid utf-8", "byte 1"],
    );
    // A raw NUL in one line of JSON Lines costs that line only.
    let stream = [
        record("nul-a", serde_json::json!({})),
        "{\"id\": \"nul-b\", \"body\": \"Isi\0.\"}".to_owned(),
        record("nul-c", serde_json::json!({})),
    ]
    .join("\n");
    fs::write(p.join("nul.jsonl"), stream).unwrap();
    let out = run(warta(&store).arg("convert").arg(p.join("nul.jsonl")));
    fails_with(&out, &["nul.jsonl:2", "NUL byte"]);
    assert_eq!(graph_ids(&String::from_utf8(out.stdout).unwrap()).len(), 2);

    // Control characters written as JSON escapes are content, not a broken file: they are
    // kept as spaces (offsets do not move) so that every format, XML included, can hold them.
    let escaped = p.join("escaped.json");
    fs::write(
        &escaped,
        record(
            "controls",
            serde_json::json!({
                "title": "Judul\u{0}dengan\u{7}kendali",
                "body": "SEOUL -\u{0} Presiden Korea Selatan\u{b} Yoon Suk Yeol\u{c} bertemu\u{1b} Perdana Menteri Jepang Fumio Kishida\u{ffff}.",
            }),
        ),
    )
    .unwrap();
    let nq = ok(warta(&store).arg("convert").arg(&escaped));
    assert!(assert_sound(&nq) >= 4, "the mentions are found: {nq}");
    assert!(
        nq.contains("SEOUL -  Presiden Korea Selatan  Yoon Suk Yeol  bertemu"),
        "{nq}"
    );
    assert!(nq.contains("Judul dengan kendali"), "{nq}");
    let n = quads(&nq).len();
    for (name, format) in [
        ("ntriples", RdfFormat::NTriples),
        ("turtle", RdfFormat::Turtle),
        ("trig", RdfFormat::TriG),
        ("rdfxml", RdfFormat::RdfXml),
        (
            "jsonld",
            RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        ),
    ] {
        let out = ok(warta(&store)
            .arg("convert")
            .arg(&escaped)
            .args(["-f", name]));
        if format == RdfFormat::RdfXml {
            invariants::check_xml_chars(&out);
        }
        let parsed = RdfParser::from_format(format)
            .for_slice(out.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(parsed.len(), n, "{name} holds every statement");
    }
    let out = run(warta(&store).arg("ingest").arg(&escaped));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(graph_ids(&export(&store)).contains("controls"));
}

/// What becomes a literal besides the text is cleaned as the text is: a file name (the
/// article's id), `--id` and `--lang` holding characters XML 1.0 forbids still give a store
/// whose RDF/XML export is well-formed and holds every statement.
#[test]
fn controls_in_file_names_ids_and_language_tags_still_give_well_formed_rdf_xml() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let fixture = fixtures().join("jakarta-seoul-2023-09-06.txt");
    let named = dir.path().join("berita\u{1}seoul\u{1f}-2023-09-06.txt");
    fs::copy(&fixture, &named).unwrap();
    ok(warta(&store).args(["-q", "ingest"]).arg(&named));
    ok(warta(&store)
        .args([
            "-q",
            "ingest",
            "--id",
            "kendali\u{7}\u{ffff}",
            "--lang",
            "id\u{c}",
        ])
        .arg(&fixture));
    let nq = export(&store);
    assert_sound(&nq);
    assert_eq!(
        graph_ids(&nq),
        BTreeSet::from([
            "berita%20seoul%20-2023-09-06".to_owned(),
            "kendali%20%20".to_owned()
        ])
    );
    let triples = |quads: Vec<Quad>| -> BTreeSet<String> {
        quads
            .into_iter()
            .map(|q| oxigraph::model::Triple::from(q).to_string())
            .collect()
    };
    let xml = ok(warta(&store).args(["export", "-f", "rdfxml"]));
    // Oxigraph's parser would read the raw control characters too: check XML's own rule.
    invariants::check_xml_chars(&xml);
    let parsed = RdfParser::from_format(RdfFormat::RdfXml)
        .for_slice(xml.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("the RDF/XML export is not well-formed: {e}"));
    assert_eq!(triples(parsed), triples(quads(&nq)));
}

/// Peak resident memory (VmHWM, in KiB) of a child, read from /proc until it exits.
fn wait_measuring(mut child: Child) -> (std::process::ExitStatus, u64, Duration) {
    let started = Instant::now();
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    loop {
        if let Ok(s) = fs::read_to_string(&status_file)
            && let Some(kb) = s
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak = peak.max(kb);
        }
        if let Some(status) = child.try_wait().unwrap() {
            return (status, peak, started.elapsed());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A long article of about `bytes` bytes: plain sentences of daily news with no names in
/// them, and every 200 sentences one of the project's articles (names, leaders, events).
fn long_article(path: &Path, bytes: usize) {
    const PLAIN: [&str; 6] = [
        "Pasar tradisional di kota itu ramai dikunjungi warga sejak pagi hari.",
        "Harga sayur dan beras relatif stabil menurut para pedagang setempat.",
        "Hujan deras yang turun sepanjang malam membuat sejumlah jalan tergenang.",
        "Petugas kebersihan bekerja lebih awal untuk membersihkan saluran air.",
        "Sekolah-sekolah kembali dibuka setelah libur panjang berakhir.",
        "Warga berharap perbaikan jalan segera selesai sebelum musim hujan berikutnya.",
    ];
    let news = fs::read_to_string(fixtures().join("jakarta-seoul-2023-09-06.txt")).unwrap();
    let mut f = std::io::BufWriter::new(fs::File::create(path).unwrap());
    let mut written = 0;
    f.write_all(b"Laporan panjang\n").unwrap();
    for i in 0.. {
        if written >= bytes {
            break;
        }
        let part = if i % 200 == 199 {
            news.clone()
        } else {
            format!(
                "{}{}",
                PLAIN[i % PLAIN.len()],
                if i % 5 == 4 { "\n" } else { " " }
            )
        };
        f.write_all(part.as_bytes()).unwrap();
        written += part.len();
    }
    f.flush().unwrap();
}

#[test]
fn a_100_mb_article_is_refused_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = fixture_store(dir.path());
    let p = dir.path();
    let big = p.join("big-2023-09-06.txt");
    long_article(&big, 100_000_000);
    refused(
        &store,
        &before,
        &big,
        &[
            "big-2023-09-06.txt",
            "larger than 8388608 bytes",
            "--max-bytes",
        ],
    );
    fs::remove_file(&big).unwrap();
    // In JSON Lines the long line is skipped (without being held in memory) and the records
    // around it go on; in a JSON array the record is named by its line.
    let body = fs::read_to_string(fixtures().join("jakarta-seoul-2023-09-06.txt")).unwrap();
    let long = record(
        "long",
        serde_json::json!({ "body": body.repeat(8_388_608 / body.len() + 1) }),
    );
    let stream = [
        record("short-a", serde_json::json!({})),
        long.clone(),
        record("short-b", serde_json::json!({})),
    ];
    fs::write(p.join("long.jsonl"), stream.join("\n")).unwrap();
    let out = run(warta(&store).arg("convert").arg(p.join("long.jsonl")));
    fails_with(
        &out,
        &["long.jsonl:2", "larger than 8388608 bytes", "--max-bytes"],
    );
    assert_eq!(graph_ids(&String::from_utf8(out.stdout).unwrap()).len(), 2);
    let out = run(warta(&store).arg("ingest").arg(p.join("long.jsonl")));
    fails_with(&out, &["long.jsonl:2", "larger than 8388608 bytes"]);
    assert!(stderr(&out).contains("2 added"), "{}", stderr(&out));
    fs::write(p.join("long.json"), format!("[\n{},\n{long}\n]", stream[0])).unwrap();
    let out = run(warta(&store).arg("convert").arg(p.join("long.json")));
    fails_with(&out, &["long.json:3", "larger than 8388608 bytes"]);
    assert_eq!(graph_ids(&String::from_utf8(out.stdout).unwrap()).len(), 1);
}

/// Above the default limit, with the limit raised: converted and ingested, in memory that
/// grows with the article's graph and no more. `WARTA_LONG_ARTICLE_MB` sets the size (9 MB,
/// just above the default limit, by default; the README reports 100).
#[test]
fn a_long_article_is_read_with_a_raised_limit() {
    let mb: usize = std::env::var("WARTA_LONG_ARTICLE_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(9);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    let article = p.join("long-2023-09-06.txt");
    long_article(&article, mb * 1_000_000);
    let size = fs::metadata(&article).unwrap().len();
    let limit = (size + 1).to_string();
    let store = p.join("store");
    let out_file = p.join("long.nq");
    for (what, args) in [
        (
            "convert",
            vec![
                "-q",
                "convert",
                "--max-bytes",
                &limit,
                "-o",
                out_file.to_str().unwrap(),
            ],
        ),
        ("ingest", vec!["-q", "ingest", "--max-bytes", &limit]),
    ] {
        let child = warta(&store).args(&args).arg(&article).spawn().unwrap();
        let (status, peak_kib, took) = wait_measuring(child);
        assert!(status.success(), "{what}: {status}");
        eprintln!(
            "{what} of a {} MB article: {:.1} s, peak RSS {} MiB",
            size / 1_000_000,
            took.as_secs_f64(),
            peak_kib / 1024
        );
        // Measured here: ~60 bytes of memory per byte of such text (the graph's N-Quads are
        // ~25 times the text: every sentence and mention repeats its words).
        assert!(
            peak_kib * 1024 < 200 * size,
            "{what}: {peak_kib} KiB for {size} bytes"
        );
    }
    let nq = fs::metadata(&out_file).unwrap().len();
    assert!(nq > 10 * size, "the whole graph is written: {nq} bytes");
    let text = ok(warta(&store).args([
        "query",
        "-f",
        "csv",
        "-e",
        "SELECT (STRLEN(?s) AS ?n) WHERE { GRAPH ?g { ?c <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?s } }",
    ]));
    let chars: u64 = text.lines().nth(1).unwrap().trim().parse().unwrap();
    assert!(
        chars + 100 >= size,
        "the whole text is in the store: {chars} of {size}"
    );
}

#[test]
fn files_of_empty_lines_are_empty_files() {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = fixture_store(dir.path());
    let p = dir.path();
    let blank = "\n".repeat(100_000);
    for name in ["blank.txt", "blank.jsonl", "blank.json"] {
        fs::write(p.join(name), &blank).unwrap();
        refused(&store, &before, &p.join(name), &[name, "empty"]);
    }
    // A record after them is on line 100,001, and a broken one is reported there.
    fs::write(
        p.join("late.jsonl"),
        format!("{blank}{}\n", record("late", serde_json::json!({}))),
    )
    .unwrap();
    let nq = ok(warta(&store).arg("convert").arg(p.join("late.jsonl")));
    assert_eq!(graph_ids(&nq), ["late".to_owned()].into());
    fs::write(p.join("late-broken.jsonl"), format!("{blank}{{\"id\": \n")).unwrap();
    refused(
        &store,
        &before,
        &p.join("late-broken.jsonl"),
        &["late-broken.jsonl:100001", "broken json"],
    );
}

#[test]
fn a_broken_record_among_good_ones_is_reported_and_the_rest_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("stream.jsonl");
    let mut lines = corpus(12);
    lines[4] = "{\"id\": \"broken\", \"body\": ".to_owned();
    write_jsonl(&input, &lines);
    let store = dir.path().join("store");
    // convert and ingest agree: the same graphs, the same message, exit code 1.
    let converted = run(warta(&store).args(["convert", "-j2"]).arg(&input));
    fails_with(&converted, &["stream.jsonl:5", "broken json"]);
    assert!(
        stderr(&converted).contains("11 articles converted, 1 failed"),
        "{}",
        stderr(&converted)
    );
    let converted = String::from_utf8(converted.stdout).unwrap();
    let ingested = run(warta(&store).args(["ingest", "-j2"]).arg(&input));
    fails_with(&ingested, &["stream.jsonl:5", "broken json"]);
    let err = stderr(&ingested);
    assert!(
        err.contains("11 added") && err.contains("1 failed"),
        "{err}"
    );
    assert_eq!(graph_count(&store), 11);
    assert_eq!(graph_ids(&converted), graph_ids(&export(&store)));
}

#[test]
fn unknown_fields_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.json");
    let rich = dir.path().join("rich.json");
    fs::write(&plain, record("fields", serde_json::json!({}))).unwrap();
    fs::write(
        &rich,
        record(
            "fields",
            serde_json::json!({
                "category": "Internasional",
                "author": {"name": "Redaksi", "email": null},
                "tags": ["korea", "jepang", 3],
                "views": 12345,
                "body_html": "<p>…</p>",
            }),
        ),
    )
    .unwrap();
    let a = run(warta(dir.path()).arg("convert").arg(&plain));
    let b = run(warta(dir.path()).arg("convert").arg(&rich));
    assert!(b.status.success(), "{}", stderr(&b));
    assert!(a.stdout == b.stdout, "extra fields change nothing");
    assert!(!stderr(&b).contains("warning:"), "{}", stderr(&b));
}

#[test]
fn an_impossible_publication_date_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = fixture_store(dir.path());
    let p = dir.path();
    fs::write(
        p.join("feb.json"),
        record("feb", serde_json::json!({"published": "2023-02-31"})),
    )
    .unwrap();
    refused(
        &store,
        &before,
        &p.join("feb.json"),
        &[
            "feb.json:1",
            "\"2023-02-31\" is not a date",
            "February 2023 has 28 days",
        ],
    );
    let stream = [
        record("month-a", serde_json::json!({})),
        record(
            "month-b",
            serde_json::json!({"published": "2024-13-01T08:00:00+07:00"}),
        ),
    ]
    .join("\n");
    fs::write(p.join("month.jsonl"), stream).unwrap();
    let out = run(warta(&store).arg("convert").arg(p.join("month.jsonl")));
    fails_with(&out, &["month.jsonl:2", "no month 13"]);
    assert_eq!(graph_ids(&String::from_utf8(out.stdout).unwrap()).len(), 1);
    // On the command line it is a usage error (exit 2), before anything is read or written.
    let txt = p.join("berita.txt");
    fs::write(&txt, "Judul\nSEOUL - Korea Selatan dan Jepang bertemu.\n").unwrap();
    for command in ["convert", "ingest"] {
        let out = run(warta(&store)
            .args([command, "--published", "2023-02-31"])
            .arg(&txt));
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("February 2023 has 28 days"),
            "{}",
            stderr(&out)
        );
    }
    assert!(export(&store) == before);
    // A file name that ends in no real day gives no date (and the usual warning).
    let named = p.join("berita-2023-02-31.txt");
    fs::copy(&txt, &named).unwrap();
    let out = run(warta(&store).arg("convert").arg(&named));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no publication date"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        count(
            &String::from_utf8(out.stdout).unwrap(),
            "https://schema.org/datePublished"
        ),
        0
    );
}

#[test]
fn a_day_that_does_not_exist_in_the_text_gives_no_date() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    let body = "SEOUL - Korea Selatan mengecam Korea Utara pada Jumat (31/02) setelah peluncuran rudal. Jepang juga mengecam Korea Utara pada 30 Februari.";
    for (name, published) in [("dated", Some("2023-03-05")), ("undated", None)] {
        let f = p.join(format!("{name}.json"));
        let mut extra = serde_json::json!({ "body": body });
        extra["published"] = published.map_or(serde_json::Value::Null, Into::into);
        fs::write(&f, record(name, extra)).unwrap();
        let nq = ok(warta(p).arg("convert").arg(&f));
        assert_sound(&nq);
        assert!(
            events(&nq) >= 1,
            "{name}: the condemnation is still read: {nq}"
        );
        assert!(
            !nq.contains("02-31") && !nq.contains("02-30"),
            "{name}: no date from 31/02"
        );
    }
}

#[test]
fn articles_in_other_languages_do_not_break_anything() {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = fixture_store(dir.path());
    let p = dir.path();
    let english = record(
        "english",
        serde_json::json!({
            "lang": "en",
            "title": "Seoul and Tokyo agree to talk as tensions rise",
            "body": "SEOUL - South Korea and Japan agreed on Friday to resume talks, as North Korea fired another missile. The United States welcomed the move. As officials said, it is an attack on no one; nobody will condemn, attack or reject it.",
        }),
    );
    let scripts = record(
        "scripts",
        serde_json::json!({
            "lang": "zh",
            "title": "韩国和日本同意恢复对话",
            "body": "首尔 — 韩国和日本周五同意恢复会谈。\nМосква — Россия осудила запуск ракеты. 🚀🇰🇷\nالرياض - أدانت المملكة العربية السعودية الهجوم.\nกรุงเทพฯ — ไทยประณามการโจมตี\nप्रधानमंत्री ने हमले की निंदा की। e\u{301}\u{301} 👩‍👩‍👧",
        }),
    );
    let mixed = record(
        "mixed",
        serde_json::json!({
            "title": "🚀 Korea Utara 🇰🇵",
            "body": "SEOUL - 😀 Presiden Korea Selatan Yoon Suk Yeol 👍🏽 mengecam Korea Utara, kata Kementerian Luar Negeri Jepang (مرحبا). Ｋｏｒｅａ Ｓｅｌａｔａｎ e\u{301} Jepang.",
        }),
    );
    fs::write(p.join("en.jsonl"), &english).unwrap();
    fs::write(p.join("scripts.jsonl"), &scripts).unwrap();
    fs::write(p.join("mixed.jsonl"), &mixed).unwrap();
    let en = ok(warta(&store).arg("convert").arg(p.join("en.jsonl")));
    assert_sound(&en);
    assert_eq!(events(&en), 0, "Indonesian cues do not read English: {en}");
    assert!(en.contains("\"en\""), "the language is recorded");
    // The knowledge base has English names: the states are linked, and nothing else ("As"
    // at the start of a sentence is not AS, the United States).
    let en_quads = quads(&en);
    let linked: BTreeSet<String> = en_quads
        .iter()
        .filter(|q| q.predicate.as_str() == "http://www.w3.org/2005/11/its/rdf#taIdentRef")
        .map(|q| q.subject.to_string())
        .collect();
    let anchors: BTreeSet<String> = en_quads
        .iter()
        .filter(|q| q.predicate.as_str() == format!("{NIF}anchorOf"))
        .filter(|q| linked.contains(&q.subject.to_string()))
        .filter_map(|q| literal(&q.object).map(str::to_owned))
        .collect();
    let names = [
        "SEOUL",
        "Seoul",
        "Tokyo",
        "South Korea",
        "Japan",
        "North Korea",
        "United States",
    ];
    assert!(
        anchors.iter().all(|a| names.contains(&a.as_str())),
        "{anchors:?}"
    );
    for qid in ["Q884", "Q17", "Q423", "Q30"] {
        let link = format!(
            "<http://www.w3.org/2005/11/its/rdf#taIdentRef> <https://w3id.org/warta/id/{qid}>"
        );
        assert!(en.contains(&link), "{qid} is linked");
    }
    let other = ok(warta(&store).arg("convert").arg(p.join("scripts.jsonl")));
    assert_sound(&other);
    assert_eq!(events(&other), 0);
    assert_eq!(
        count(&other, "http://www.w3.org/2005/11/its/rdf#taIdentRef"),
        0,
        "no names in these scripts: {other}"
    );
    // Emoji, combining marks and full-width letters around Indonesian names: offsets stay
    // in code points, names and the event are still found.
    let mixed_nq = ok(warta(&store).arg("convert").arg(p.join("mixed.jsonl")));
    assert!(assert_sound(&mixed_nq) >= 4, "{mixed_nq}");
    assert!(events(&mixed_nq) >= 1, "{mixed_nq}");
    // Into the store, beside what is there.
    let out = run(warta(&store)
        .arg("ingest")
        .arg(p.join("en.jsonl"))
        .arg(p.join("scripts.jsonl"))
        .arg(p.join("mixed.jsonl")));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        graph_ids(&export(&store)).len(),
        graph_ids(&before).len() + 3
    );
}

#[test]
fn empty_and_non_record_json_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = fixture_store(dir.path());
    let p = dir.path();
    for (name, json, needles) in [
        (
            "object.json",
            "{}",
            &["object.json:1", "no \"body\" field"][..],
        ),
        (
            "array.json",
            "[]",
            &["array.json:1", "the array holds no records"],
        ),
        (
            "null.json",
            "null",
            &["null.json:1", "must be a json object"],
        ),
        (
            "string.jsonl",
            "\"Korea Selatan\"",
            &["string.jsonl:1", "must be a json object"],
        ),
        (
            "empty-body.json",
            "{\"id\": \"x\", \"body\": \"  \"}",
            &["empty-body.json:1", "body is empty"],
        ),
        (
            "broken.json",
            "{\"id\": \"a\",\n \"body\": }",
            &["broken.json:2", "broken json"],
        ),
    ] {
        fs::write(p.join(name), json).unwrap();
        refused(&store, &before, &p.join(name), needles);
    }
}

#[test]
fn a_json_array_of_good_and_bad_records() {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = fixture_store(dir.path());
    let p = dir.path();
    let array = [
        "[".to_owned(),
        record("good-1", serde_json::json!({})) + ",",
        "{\"id\": \"no-body\"},".to_owned(),
        "42,".to_owned(),
        record("bad-date", serde_json::json!({"published": "2023-02-31"})) + ",",
        record("wrong-type", serde_json::json!({"title": 7})) + ",",
        record("good-2", serde_json::json!({})),
        "]".to_owned(),
    ]
    .join("\n");
    let input = p.join("mixed.json");
    fs::write(&input, array).unwrap();
    let check = |out: &Output| {
        for needles in [
            &["mixed.json:3", "no \"body\" field"][..],
            &["mixed.json:4", "must be a json object"],
            &["mixed.json:5", "February 2023 has 28 days"],
            &["mixed.json:6", "invalid record", "invalid type"],
        ] {
            fails_with(out, needles);
        }
    };
    let converted = run(warta(&store).arg("convert").arg(&input));
    check(&converted);
    let good: BTreeSet<String> = ["good-1", "good-2"].map(String::from).into();
    assert_eq!(
        graph_ids(&String::from_utf8(converted.stdout.clone()).unwrap()),
        good
    );
    let ingested = run(warta(&store).arg("ingest").arg(&input));
    check(&ingested);
    assert!(
        stderr(&ingested).contains("2 added, 0 replaced, 0 unchanged, 4 failed"),
        "{}",
        stderr(&ingested)
    );
    assert_eq!(graph_ids(&export(&store)), &graph_ids(&before) | &good);
}

#[test]
fn a_directory_with_binary_files() {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = fixture_store(dir.path());
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::write(
        input.join("berita.txt"),
        "Judul\nSEOUL - Korea Selatan dan Jepang bertemu.\n",
    )
    .unwrap();
    // Files of no known type are not articles and are passed over; binary data under an
    // article's name is reported.
    fs::write(input.join("photo.jpg"), noise(50_000, 1)).unwrap();
    fs::write(input.join("archive.txt"), noise(50_000, 2)).unwrap();
    fs::write(input.join("dump.jsonl"), noise(50_000, 3)).unwrap();
    let check = |out: &Output| {
        fails_with(out, &["archive.txt:"]);
        fails_with(out, &["dump.jsonl:"]);
        assert!(!stderr(out).contains("photo.jpg"), "{}", stderr(out));
    };
    let converted = run(warta(&store).arg("convert").arg(&input));
    check(&converted);
    let converted = String::from_utf8(converted.stdout).unwrap();
    assert_eq!(graph_ids(&converted), ["berita".to_owned()].into());
    let ingested = run(warta(&store).arg("ingest").arg(&input));
    check(&ingested);
    assert_eq!(
        graph_ids(&export(&store)),
        &graph_ids(&before) | &graph_ids(&converted)
    );
}

// ---------------------------------------------------------------------------------------------
// crash safety

/// Total size of the store's files whose names satisfy `pick`.
fn store_bytes(store: &Path, pick: impl Fn(&str) -> bool) -> u64 {
    fs::read_dir(store)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| pick(&e.file_name().to_string_lossy()))
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

/// Starts `warta ingest ARGS INPUT` and kills it (SIGKILL) once `progressed` says the store
/// shows committed work; fails if the ingest ends first.
fn kill_part_way(store: &Path, input: &Path, args: &[&str], progressed: impl Fn() -> bool) {
    let mut child = warta(store)
        .args(["-q", "ingest"])
        .args(args)
        .arg(input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !progressed() {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the ingest ended ({status}) before it could be killed part-way");
        }
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "no progress in 5 minutes"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success(), "killed, not finished: {status}");
}

/// N-Quads as a store holds them: Oxigraph keeps values, not every lexical form or derived
/// datatype (`"3.0"^^xsd:decimal` comes back as `"3"`), so a clean conversion goes through an
/// in-memory store of the same crate.
fn as_stored(nq: &str) -> String {
    let store = oxigraph::store::Store::new().unwrap();
    store
        .load_from_reader(RdfFormat::NQuads, nq.as_bytes())
        .unwrap();
    let mut lines: Vec<String> = store.iter().map(|q| format!("{} .", q.unwrap())).collect();
    lines.sort();
    lines.join("\n") + "\n"
}

/// Every graph in the store is byte-identical to the same article's clean conversion; returns
/// how many there are.
fn whole_or_absent(store: &Path, clean: &BTreeMap<String, Vec<String>>) -> usize {
    let stored = by_graph(&export(store));
    for (graph, lines) in &stored {
        let expected = clean
            .get(graph)
            .unwrap_or_else(|| panic!("{graph}: not an article of the input"));
        assert!(
            lines == expected,
            "{graph}: {} statements stored, {} in a clean conversion",
            lines.len(),
            expected.len()
        );
    }
    stored.len()
}

#[test]
fn a_killed_ingest_leaves_every_graph_whole_or_absent() {
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    write_jsonl(&input, &corpus(1000));
    let clean = by_graph(&as_stored(&ok(warta(dir.path())
        .args(["-q", "convert"])
        .arg(&input))));
    assert_eq!(clean.len(), 1000);
    let store = dir.path().join("store");

    // Bulk batches of ~70 articles, killed once one has been committed: the loader writes a
    // batch to `bulk-*.sst` files and removes them once RocksDB has taken them in.
    let seen = std::cell::RefCell::new(BTreeSet::new());
    kill_part_way(
        &store,
        &input,
        &["--bulk", "always", "--batch-quads", "20000"],
        || {
            let now: BTreeSet<String> = fs::read_dir(&store)
                .map(|entries| {
                    entries
                        .flatten()
                        .map(|e| e.file_name().to_string_lossy().into_owned())
                        .filter(|n| n.starts_with("bulk-"))
                        .collect()
                })
                .unwrap_or_default();
            let mut seen = seen.borrow_mut();
            let committed = seen.iter().any(|n| !now.contains(n));
            seen.extend(now);
            committed
        },
    );
    let first = whole_or_absent(&store, &clean);
    assert!(0 < first && first < 1000, "killed part-way: {first} graphs");

    // One transaction per article: killed once the write-ahead log has grown by a few
    // articles' worth (measured from its smallest size: opening the store may truncate it).
    let log = || store_bytes(&store, |n| n.ends_with(".log") && !n.starts_with("LOG"));
    let smallest = std::cell::Cell::new(u64::MAX);
    kill_part_way(&store, &input, &["--bulk", "never"], || {
        let now = log();
        smallest.set(smallest.get().min(now));
        now > smallest.get() + (2 << 20)
    });
    let second = whole_or_absent(&store, &clean);
    assert!(
        first < second && second < 1000,
        "more, not all: {first} then {second}"
    );
    assert!(
        fs::read_dir(&store)
            .unwrap()
            .flatten()
            .all(|e| !e.file_name().to_string_lossy().starts_with("bulk-")),
        "opening the store removed the killed loader's files"
    );

    // Running again completes the job: the store equals a clean ingest.
    let out = run(warta(&store).args(["ingest"]).arg(&input));
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{} added, 0 replaced, {second} unchanged, 0 failed",
            1000 - second
        )),
        "{err}"
    );
    assert_eq!(whole_or_absent(&store, &clean), 1000);
    eprintln!(
        "crash test: {first} graphs after the bulk kill, {second} after the transactional kill; {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

// ---------------------------------------------------------------------------------------------
// a store in use

/// `warta serve` on a free loopback port, once it has opened the store.
fn serve(store: &Path, log: &Path) -> Child {
    for _ in 0..5 {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut child = warta(store)
            .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
            .env_remove("WARTA_UPDATE_TOKEN")
            .stdout(Stdio::null())
            .stderr(fs::File::create(log).unwrap())
            .spawn()
            .unwrap();
        let started = Instant::now();
        loop {
            let err = fs::read_to_string(log).unwrap_or_default();
            if err.contains("serving") {
                return child;
            }
            if let Some(status) = child.try_wait().unwrap() {
                assert!(
                    err.contains("cannot listen"),
                    "warta serve exited ({status}): {err}"
                );
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "warta serve did not start: {err}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    panic!("no free port for warta serve");
}

#[test]
fn a_store_in_use_is_reported_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let (store, before) = fixture_store(dir.path());
    let path = store.display().to_string();
    let in_use = |out: &Output| {
        fails_with(out, &["store is in use", &path, "another --store"]);
    };
    let mut server = serve(&store, &dir.path().join("serve.log"));
    in_use(&run(warta(&store)
        .arg("ingest")
        .arg(fixtures().join("asean-2023-05-11.jsonl"))));
    in_use(&run(warta(&store).args(["query", "leaders"])));
    in_use(&run(warta(&store).args(["export", "-f", "nquads"])));
    server.kill().unwrap();
    server.wait().unwrap();
    assert!(export(&store) == before, "the store is as it was");
    {
        // Any other process holding it (here, this one, through the library).
        let _held = oxigraph::store::Store::open(&store).unwrap();
        in_use(&run(warta(&store)
            .arg("ingest")
            .arg(fixtures().join("asean-2023-05-11.jsonl"))));
    }
    assert!(export(&store) == before);
}

#[test]
fn a_closed_pipe_ends_eval_quietly() {
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let mut child = warta(dir.path())
        .args(["eval", "--verbose"])
        .arg(repo().join("tests/devset"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before a line is read: `warta eval --verbose … | head -0`.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}
