//! `warta validate` and the SHACL shapes: every shape's fixture pair, warta's own output (the
//! fixtures, the development set, the seed article), the store, and agreement with pyshacl.

mod common;

use common::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Output;

const WSH: &str = "https://w3id.org/warta/shapes#";

fn shape_fixtures() -> PathBuf {
    repo().join("tests/shapes")
}

/// `warta validate ARGS…` with its exit code checked.
fn validate(dir: &Path, args: &[&std::ffi::OsStr], code: i32) -> Output {
    let out = run(warta(dir).arg("validate").args(args));
    assert_eq!(
        out.status.code(),
        Some(code),
        "warta validate {args:?}: stdout {} stderr {}",
        String::from_utf8_lossy(&out.stdout),
        stderr(&out)
    );
    out
}

/// The results of `warta validate -f json` on one file.
fn json_results(dir: &Path, file: &Path, code: i32) -> Vec<serde_json::Value> {
    let out = validate(
        dir,
        &[
            "-q".as_ref(),
            "-f".as_ref(),
            "json".as_ref(),
            file.as_os_str(),
        ],
        code,
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json output");
    assert_eq!(doc["conforms"], serde_json::Value::Bool(code == 0));
    doc["results"].as_array().cloned().unwrap_or_default()
}

/// The named shapes of ontology/shapes.ttl, local names.
fn shape_names() -> Vec<String> {
    warta::shacl::Shapes::warta()
        .expect("the compiled-in shapes parse")
        .named_shapes()
        .into_iter()
        .map(|iri| {
            iri.strip_prefix(WSH)
                .unwrap_or_else(|| panic!("{iri} is outside the wsh: namespace"))
                .to_owned()
        })
        .collect()
}

#[test]
fn every_shape_has_a_fixture_pair_and_every_fixture_a_shape() {
    let names = shape_names();
    assert!(names.len() >= 15, "the shapes: {names:?}");
    let mut files: BTreeSet<String> = BTreeSet::new();
    for e in std::fs::read_dir(shape_fixtures()).unwrap() {
        files.insert(e.unwrap().file_name().to_string_lossy().into_owned());
    }
    for n in &names {
        for kind in ["valid", "invalid"] {
            let f = format!("{n}.{kind}.ttl");
            assert!(
                files.remove(&f),
                "tests/shapes/{f} is missing: every shape needs a graph that conforms and one that violates it alone"
            );
        }
    }
    assert!(
        files.is_empty(),
        "fixtures without a shape in ontology/shapes.ttl: {files:?}"
    );
}

#[test]
fn valid_fixtures_conform() {
    let dir = tempfile::tempdir().unwrap();
    for n in shape_names() {
        let f = shape_fixtures().join(format!("{n}.valid.ttl"));
        let results = json_results(dir.path(), &f, 0);
        assert!(results.is_empty(), "{n}.valid.ttl: {results:#?}");
    }
}

#[test]
fn each_invalid_fixture_fails_with_its_own_shape_alone() {
    let dir = tempfile::tempdir().unwrap();
    for n in shape_names() {
        let f = shape_fixtures().join(format!("{n}.invalid.ttl"));
        let results = json_results(dir.path(), &f, 1);
        assert!(!results.is_empty(), "{n}.invalid.ttl conforms");
        let own = format!("<{WSH}{n}>");
        for r in &results {
            assert_eq!(r["shape"], own.as_str(), "{n}.invalid.ttl: {r:#}");
            assert!(
                r["message"].as_str().is_some_and(|m| m.len() > 10),
                "every result has a message: {r:#}"
            );
        }
    }
}

#[test]
fn text_turtle_and_json_reports_agree() {
    let dir = tempfile::tempdir().unwrap();
    let f = shape_fixtures().join("EventShape.invalid.ttl");
    let json = json_results(dir.path(), &f, 1);
    let text = validate(dir.path(), &[f.as_os_str()], 1);
    let lines: Vec<String> = String::from_utf8(text.stdout.clone())
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(lines.len(), json.len(), "one line per result: {lines:#?}");
    for l in &lines {
        let cols: Vec<&str> = l.split('\t').collect();
        assert_eq!(
            cols.len(),
            7,
            "graph, focus, path, shape, constraint, message, value: {l}"
        );
        assert!(cols[0].ends_with("EventShape.invalid.ttl"), "{l}");
        assert_eq!(cols[3], "wsh:EventShape", "{l}");
        assert!(cols[4].starts_with("sh:"), "{l}");
    }
    assert!(stderr(&text).contains("violation"), "{}", stderr(&text));

    let ttl = validate(
        dir.path(),
        &["-f".as_ref(), "turtle".as_ref(), f.as_os_str()],
        1,
    );
    let mut results = 0;
    let mut conforms = Vec::new();
    for t in
        oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle).for_slice(&ttl.stdout)
    {
        let t = t.expect("the report is valid turtle");
        match t.predicate.as_str() {
            "http://www.w3.org/ns/shacl#result" => results += 1,
            "http://www.w3.org/ns/shacl#conforms" => conforms.push(t.object.to_string()),
            _ => {}
        }
    }
    assert_eq!(results, json.len());
    assert_eq!(
        conforms,
        ["\"false\"^^<http://www.w3.org/2001/XMLSchema#boolean>"]
    );
}

#[test]
fn warta_output_conforms_fixtures_and_devset() {
    let dir = tempfile::tempdir().unwrap();
    for (name, input) in [
        ("fixtures.nq", fixtures()),
        ("devset.nq", repo().join("tests/devset")),
    ] {
        let nq = dir.path().join(name);
        ok(warta(dir.path())
            .args(["-q", "convert"])
            .arg(&input)
            .arg("-o")
            .arg(&nq));
        let out = validate(dir.path(), &[nq.as_os_str()], 0);
        let err = stderr(&out);
        assert!(err.contains("conforms"), "{err}");
        // One report per article graph, not one for the union of them.
        let articles = std::fs::read_to_string(&nq)
            .unwrap()
            .lines()
            .filter(|l| l.contains("#type> <https://schema.org/NewsArticle>"))
            .count();
        assert!(
            err.contains(&format!("{articles} graphs")),
            "{articles} articles: {err}"
        );
    }
}

#[test]
fn seed_article_output_conforms() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared is not here, so the seed article is not available");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let ttl = dir.path().join("seed.ttl");
    ok(warta(dir.path())
        .args([
            "-q",
            "convert",
            "--published",
            "2024-10-25",
            "-f",
            "turtle",
            "-o",
        ])
        .arg(&ttl)
        .arg(shared.join("seed/seoul-concern-2024-10-25.txt")));
    validate(dir.path(), &[ttl.as_os_str()], 0);
}

#[test]
fn store_round_trip_conforms_and_a_corrupted_graph_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(warta(&store).args(["-q", "ingest"]).arg(fixtures()));
    let all = validate(&store, &[], 0);
    assert!(stderr(&all).contains("4 graphs"), "{}", stderr(&all));
    for graph in [
        "asean-2023-05-11",
        "https://w3id.org/warta/article/asean-2023-05-11",
        "<https://w3id.org/warta/article/asean-2023-05-11>",
    ] {
        let one = validate(&store, &["--graph".as_ref(), graph.as_ref()], 0);
        assert!(stderr(&one).contains("1 graph,"), "{}", stderr(&one));
    }
    let missing = validate(&store, &["--graph".as_ref(), "no-such-article".as_ref()], 2);
    assert!(
        stderr(&missing).contains("no graph"),
        "{}",
        stderr(&missing)
    );

    // A state without its ISO code, written behind warta's back.
    let graph = "https://w3id.org/warta/article/warsawa-kyiv-2023-03-17";
    {
        use oxigraph::model::{GraphNameRef, NamedNodeRef, QuadRef};
        let s = oxigraph::store::Store::open(&store).unwrap();
        let g = GraphNameRef::NamedNode(NamedNodeRef::new(graph).unwrap());
        let iso3 = NamedNodeRef::new("https://w3id.org/warta/ns#iso3").unwrap();
        let quads: Vec<_> = s
            .quads_for_pattern(None, Some(iso3), None, Some(g))
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(!quads.is_empty(), "the article mentions states");
        s.remove(QuadRef::new(&quads[0].subject, iso3, &quads[0].object, g))
            .unwrap();
        s.flush().unwrap();
    }
    let out = validate(&store, &[], 1);
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.starts_with("article:warsawa-kyiv-2023-03-17\t")
            && text.contains("warta:iso3\twsh:StateShape\tsh:minCount"),
        "{text}"
    );
    assert!(
        stderr(&out).contains("1 violation in 1 graph"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn errors_exit_2_with_a_message_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.ttl");
    let out = validate(dir.path(), &[missing.as_os_str()], 2);
    assert!(stderr(&out).contains("missing.ttl"), "{}", stderr(&out));

    let unknown = dir.path().join("graph.csv");
    std::fs::write(&unknown, "a,b\n").unwrap();
    let out = validate(dir.path(), &[unknown.as_os_str()], 2);
    assert!(
        stderr(&out).contains("graph.csv: unknown rdf format"),
        "{}",
        stderr(&out)
    );

    let broken = dir.path().join("broken.ttl");
    std::fs::write(&broken, "<a> <b> .\n").unwrap();
    let out = validate(dir.path(), &[broken.as_os_str()], 2);
    assert!(stderr(&out).contains("broken.ttl"), "{}", stderr(&out));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));

    // A shapes graph with a constraint this validator does not know is refused, not skipped.
    let shapes = dir.path().join("shapes.ttl");
    std::fs::write(
        &shapes,
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<http://example.org/S> a sh:NodeShape ; sh:targetClass <http://example.org/C> ; sh:rule [] .\n",
    )
    .unwrap();
    let data = shape_fixtures().join("StateShape.valid.ttl");
    let out = validate(
        dir.path(),
        &["--shapes".as_ref(), shapes.as_os_str(), data.as_os_str()],
        2,
    );
    let err = stderr(&out);
    assert!(
        err.contains("shapes.ttl") && err.contains("sh:rule"),
        "{err}"
    );
}

#[test]
fn other_shapes_can_be_given() {
    let dir = tempfile::tempdir().unwrap();
    let shapes = dir.path().join("labels.ttl");
    std::fs::write(
        &shapes,
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix warta: <https://w3id.org/warta/ns#> .\n<http://example.org/Short> a sh:NodeShape ; sh:targetClass warta:State ;\n  sh:property [ sh:path <http://www.w3.org/2000/01/rdf-schema#label> ; sh:maxLength 5 ; sh:message \"short labels\" ] .\n",
    )
    .unwrap();
    let data = shape_fixtures().join("StateShape.valid.ttl");
    let results = {
        let out = validate(
            dir.path(),
            &[
                "-q".as_ref(),
                "--shapes".as_ref(),
                shapes.as_os_str(),
                "-f".as_ref(),
                "json".as_ref(),
                data.as_os_str(),
            ],
            1,
        );
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        doc["results"].as_array().unwrap().clone()
    };
    // "Indonesia" and "Malaysia" (in both languages) are longer than five letters.
    assert_eq!(results.len(), 4, "{results:#?}");
    assert!(results.iter().all(|r| r["message"] == "short labels"));
}

/// The members of the `sh:in ( … )` lists that follow `sh:path PATH ;` in ontology/shapes.ttl
/// (the longest, when the path has several).
fn sh_in_after(path: &str) -> BTreeSet<String> {
    let shapes = std::fs::read_to_string(repo().join("ontology/shapes.ttl")).unwrap();
    let mut best = BTreeSet::new();
    for (start, _) in shapes.match_indices(&format!("sh:path {path} ;")) {
        let block = &shapes[start..];
        let block = &block[..block.find(']').unwrap_or(block.len())];
        let Some(open) = block.find("sh:in (") else {
            continue;
        };
        let list = &block[open + "sh:in (".len()..];
        let list = &list[..list.find(')').unwrap()];
        let members: BTreeSet<String> = list
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .flat_map(str::split_whitespace)
            .map(|m| m.trim_matches('"').to_owned())
            .collect();
        if members.len() > best.len() {
            best = members;
        }
    }
    best
}

/// A column of a TSV file of data/, without its header.
fn data_column(file: &str, column: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(repo().join("data").join(file)).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let i = header.iter().position(|h| *h == column).unwrap();
    lines
        .filter_map(|l| l.split('\t').nth(i).map(str::to_owned))
        .collect()
}

/// The CAMEO codes the shapes accept are the codebook's.
#[test]
fn shapes_accept_exactly_the_codebook() {
    let codebook = data_column("cameo.tsv", "code");
    assert!(codebook.len() > 300);
    assert_eq!(sh_in_after("warta:cameoCode"), codebook);
}

/// The roles the shapes accept are those of the knowledge base's tables, camel-cased as the
/// graph writes them (`defense_minister` → `warta:DefenseMinister`).
#[test]
fn shapes_accept_exactly_the_roles_of_the_knowledge_base() {
    let roles: BTreeSet<String> = data_column("titles.tsv", "role")
        .union(&data_column("leaders.tsv", "role"))
        .map(|r| format!("warta:{}", warta::rdf::role_class_name(r)))
        .collect();
    assert!(roles.len() >= 10, "{roles:?}");
    assert_eq!(sh_in_after("warta:role"), roles);
}

/// `scripts/shacl-conformance`: pyshacl and warta agree on every graph. Runs when pyshacl is
/// importable or WARTA_REQUIRE_RDFLIB is set (scripts/test sets it, and the script installs
/// pyshacl).
#[test]
fn pyshacl_agrees_with_warta() {
    let required = std::env::var_os("WARTA_REQUIRE_RDFLIB").is_some();
    let importable = std::process::Command::new("python3")
        .args(["-c", "import pyshacl, rdflib"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !required && !importable {
        eprintln!("skipped: pyshacl is not installed (scripts/test installs it)");
        return;
    }
    let out = std::process::Command::new(repo().join("scripts/shacl-conformance"))
        .env("WARTA_BIN", env!("CARGO_BIN_EXE_warta"))
        .output()
        .expect("scripts/shacl-conformance runs");
    assert!(
        out.status.success(),
        "warta and pyshacl disagree:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        stderr(&out)
    );
    assert!(stderr(&out).contains("0 disagreements"), "{}", stderr(&out));
}

#[test]
fn a_shape_that_is_a_class_targets_its_instances() {
    let dir = tempfile::tempdir().unwrap();
    let shapes = dir.path().join("class.ttl");
    std::fs::write(
        &shapes,
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n<https://w3id.org/warta/ns#State> a rdfs:Class , sh:NodeShape ;\n  sh:property [ sh:path <https://w3id.org/warta/ns#iso3> ; sh:maxLength 2 ] .\n",
    )
    .unwrap();
    let data = shape_fixtures().join("StateShape.valid.ttl");
    let out = validate(
        dir.path(),
        &[
            "-q".as_ref(),
            "--shapes".as_ref(),
            shapes.as_os_str(),
            data.as_os_str(),
        ],
        1,
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        2,
        "IDN and MYS are longer than 2"
    );
}

/// The datatypes ontology/shapes.ttl requires of offsets: each property shape on
/// `nif:beginIndex` or `nif:endIndex` must name exactly one with `sh:datatype` (no `sh:or` of
/// alternatives, which would leave two forms of the same graph).
fn offset_datatypes_in_shapes() -> BTreeSet<String> {
    use oxigraph::io::{RdfFormat, RdfParser};
    use oxigraph::model::Triple;
    const SH: &str = "http://www.w3.org/ns/shacl#";
    const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    let shapes = std::fs::read(repo().join("ontology/shapes.ttl")).unwrap();
    let triples: Vec<Triple> = RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(&shapes)
        .map(|q| q.map(Triple::from))
        .collect::<Result<_, _>>()
        .unwrap();
    let objects = |s: &oxigraph::model::NamedOrBlankNode, p: &str| -> Vec<String> {
        triples
            .iter()
            .filter(|t| &t.subject == s && t.predicate.as_str() == format!("{SH}{p}"))
            .map(|t| match &t.object {
                oxigraph::model::Term::NamedNode(n) => n.as_str().to_owned(),
                o => o.to_string(),
            })
            .collect()
    };
    let mut datatypes = BTreeSet::new();
    let mut shapes = 0;
    for t in &triples {
        let on_offset = [format!("{NIF}beginIndex"), format!("{NIF}endIndex")]
            .iter()
            .any(|p| t.object.to_string() == format!("<{p}>"));
        if t.predicate.as_str() == format!("{SH}path") && on_offset {
            shapes += 1;
            let named = objects(&t.subject, "datatype");
            assert_eq!(named.len(), 1, "{}: {named:?}", t.subject);
            assert!(objects(&t.subject, "or").is_empty(), "{}", t.subject);
            datatypes.extend(named);
        }
    }
    assert!(shapes >= 4, "the context's and the spans' offsets");
    datatypes
}

/// The offsets an RDF file holds, by datatype IRI, each with its statement.
fn offset_literals(file: &Path) -> BTreeMap<String, BTreeSet<String>> {
    use oxigraph::io::RdfParser;
    let format = warta::validate::format_of(file).unwrap();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for q in RdfParser::from_format(format).for_reader(std::fs::File::open(file).unwrap()) {
        let q = q.unwrap();
        let p = q.predicate.as_str();
        if let (true, oxigraph::model::Term::Literal(l)) = (
            p.ends_with("nif-core#beginIndex") || p.ends_with("nif-core#endIndex"),
            &q.object,
        ) {
            out.entry(l.datatype().as_str().to_owned())
                .or_default()
                .insert(format!("{} {} {}", q.subject, q.predicate, q.object));
        }
    }
    out
}

/// Oxigraph stores every integer-derived datatype as `xsd:integer`: offsets written as
/// anything else would come back from the store changed. Ingested, exported as Turtle and
/// validated, an article's offsets have the datatype the shapes require, and are the very
/// statements `convert` writes.
#[test]
fn offsets_keep_the_datatype_the_shapes_require_through_the_store() {
    let promised = offset_datatypes_in_shapes();
    assert_eq!(
        promised,
        BTreeSet::from(["http://www.w3.org/2001/XMLSchema#integer".to_owned()])
    );
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let article = fixtures().join("manila-beijing-2023-08-07.json");
    ok(warta(&store).args(["-q", "ingest"]).arg(&article));
    let exported = dir.path().join("exported.ttl");
    ok(warta(&store)
        .args(["-q", "export", "-f", "turtle", "-o"])
        .arg(&exported));
    let converted = dir.path().join("converted.ttl");
    ok(warta(&store)
        .args(["-q", "convert", "-f", "turtle", "-o"])
        .arg(&converted)
        .arg(&article));
    let offsets = offset_literals(&exported);
    assert_eq!(
        offsets.keys().cloned().collect::<BTreeSet<_>>(),
        promised,
        "{offsets:?}"
    );
    assert!(offsets.values().map(BTreeSet::len).sum::<usize>() > 20);
    assert_eq!(offsets, offset_literals(&converted));
    for file in [&exported, &converted] {
        validate(dir.path(), &[file.as_os_str()], 0);
    }
    validate(&store, &[], 0);
}
