//! The query catalogue over the project's fixtures: each query's results equal the reviewed
//! expected results in `queries/expected/NAME.csv` (first line `# param: k=v` when the query
//! takes parameters).

mod common;

use common::*;
use std::fs;

#[test]
fn every_catalogue_query_gives_its_expected_results() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(warta(&store).arg("-q").arg("ingest").arg(fixtures()));
    let mut checked = 0;
    for entry in fs::read_dir(repo().join("queries")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("rq") {
            continue;
        }
        let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
        assert!(
            warta::query::find(&name).is_some(),
            "{name}.rq is not compiled into the catalogue (src/query.rs)"
        );
        let q = warta::query::find(&name).unwrap();
        assert!(
            !q.title.is_empty() && !q.description.is_empty(),
            "{name}: header needs a title and a description"
        );
        let expected = fs::read_to_string(repo().join(format!("queries/expected/{name}.csv")))
            .unwrap_or_else(|_| panic!("queries/expected/{name}.csv is missing"));
        let mut cmd = warta(&store);
        cmd.args(["query", &name, "-f", "csv"]);
        let mut body = expected.as_str();
        while let Some(rest) = body.strip_prefix("# param: ") {
            let (param, tail) = rest.split_once('\n').unwrap();
            cmd.args(["--param", param]);
            body = tail;
        }
        let got = ok(&mut cmd).replace("\r\n", "\n");
        assert_eq!(got, body, "results of {name}");
        assert!(
            got.lines().count() > 1,
            "{name} answers something over the fixtures"
        );
        checked += 1;
    }
    assert!(
        checked >= 10,
        "at least ten catalogue queries, found {checked}"
    );
    assert_eq!(checked, warta::query::CATALOGUE.len());
}

#[test]
fn parameters_are_terms_not_text() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(warta(&store).arg("-q").arg("ingest").arg(fixtures()));
    // A value that would break a query if it were spliced into the text is just a literal.
    let out = ok(warta(&store).args([
        "query",
        "mentions-of",
        "-f",
        "csv",
        "--param",
        "name=x\") } } #",
    ]));
    assert_eq!(out.trim(), "article,begin,end,anchor,sentence");
    let listing = ok(warta(&store).arg("queries"));
    assert!(
        listing.contains("leaders-at") && listing.contains("--param date="),
        "{listing}"
    );
}
