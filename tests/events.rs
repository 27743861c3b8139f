//! Events end to end: CAMEO code, dyad, date, status and provenance in the graph; negation;
//! the seed article's events (skipped without ../shared); the dev-set scorer.

mod common;

use common::*;

const W: &str = "https://w3id.org/warta/ns#";

fn fixture_events() -> String {
    let dir = tempfile::tempdir().unwrap();
    ok(warta(dir.path())
        .args(["annotate", "--events"])
        .arg(fixtures().join("manila-beijing-2023-08-07.json")))
}

#[test]
fn fixture_events_with_dyads_dates_and_status() {
    let rows = fixture_events();
    let has = |code: &str, src: &str, tgt: &str, date: &str, status: &str| {
        rows.lines().any(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            f.len() > 5
                && f[1] == code
                && f[2] == src
                && f[3] == tgt
                && f[4] == date
                && f[5] == status
        })
    };
    assert!(
        has("190", "CHN", "PHL", "2023-08-05", "Claimed"),
        "the claimed attack, dated by its weekday and (d/m):\n{rows}"
    );
    assert!(
        has("111", "PHL", "CHN", "2023-08-05", "Asserted"),
        "condemnation aimed at the anaphoric 'tindakan itu':\n{rows}"
    );
    assert!(
        has("114", "PHL", "CHN", "2023-08-05", "Asserted"),
        "coordinated verb shares its subject:\n{rows}"
    );
    assert!(
        has("016", "CHN", "PHL", "2023-08-05", "Asserted"),
        "a denial of a claim answers the claimant:\n{rows}"
    );
    assert!(
        has("051", "USA", "PHL", "2023-08-05", "Asserted")
            && has("051", "JPN", "PHL", "2023-08-05", "Asserted"),
        "coordinated sources each take part:\n{rows}"
    );
    assert!(
        has("019", "PHL", "JPN", "2023-07-01/2023-07-31", "Asserted"),
        "'bulan lalu' is an interval:\n{rows}"
    );
    // "Kedua negara tidak akan menyerang…": negated, no event from that sentence.
    assert_eq!(
        rows.lines().filter(|l| l.contains("\tmenyerang\t")).count(),
        1,
        "{rows}"
    );
}

#[test]
fn events_in_the_graph_carry_code_goldstein_quadclass_and_provenance() {
    let dir = tempfile::tempdir().unwrap();
    let nq = ok(warta(dir.path())
        .arg("convert")
        .arg(fixtures().join("manila-beijing-2023-08-07.json")));
    let ev = "<https://w3id.org/warta/event/manila-beijing-2023-08-07_190_chn_phl_claimed>";
    for needle in [
        format!("{ev} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{W}MaterialConflict>"),
        format!("{ev} <{W}cameoCode> \"190\""),
        format!("{ev} <{W}cameo> <https://w3id.org/warta/cameo/190>"),
        format!("{ev} <{W}goldstein> \"-10.0\"^^<http://www.w3.org/2001/XMLSchema#decimal>"),
        format!("{ev} <{W}quadClass> \"4\"^^<http://www.w3.org/2001/XMLSchema#integer>"),
        format!("{ev} <{W}date> \"2023-08-05\"^^<http://www.w3.org/2001/XMLSchema#date>"),
        format!("{ev} <{W}status> <{W}Claimed>"),
        format!("{ev} <{W}reportedBy> <https://w3id.org/warta/id/Q928>"),
        format!("{ev} <{W}sourceState> <https://w3id.org/warta/id/Q148>"),
        format!("{ev} <{W}targetState> <https://w3id.org/warta/id/Q928>"),
    ] {
        assert!(nq.contains(&needle), "missing: {needle}");
    }
    assert!(
        nq.contains(&format!("<{W}denies> {ev}")),
        "the denial points at the claim"
    );
    let derived = nq
        .lines()
        .filter(|l| l.starts_with(ev) && l.contains("prov#wasDerivedFrom"))
        .count();
    assert_eq!(derived, 2, "trigger phrase and sentence");
}

#[test]
fn seed_events() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared is not here, so the seed article is not available");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = run(warta(dir.path())
        .args(["annotate", "--events", "--published", "2024-10-25"])
        .arg(shared.join("seed/seoul-concern-2024-10-25.txt")));
    assert!(out.status.success());
    let rows = String::from_utf8(out.stdout.clone()).unwrap();
    // Section 3 of expected.md: CAMEO root, source and target states.
    let expected = [
        ("11", "KOR", "RUS"),
        ("02", "KOR", "RUS"),
        ("05", "RUS", "PRK"),
        ("06", "PRK", "RUS"),
        ("01", "PRK", "-"),
        ("01", "RUS", "-"),
        ("02", "KOR", "PRK"),
        ("13", "KOR", "RUS"),
        ("13", "KOR", "PRK"),
        ("11", "KOR", "PRK"),
        ("04", "KOR", "POL"),
        ("01", "KOR", "UKR"),
        ("16", "PRK", "KOR"),
        ("17", "PRK", "KOR"),
    ];
    let found = expected
        .iter()
        .filter(|(root, s, t)| {
            rows.lines().any(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                f.len() > 3 && f[1].starts_with(root) && f[2] == *s && f[3] == *t
            })
        })
        .count();
    assert!(
        found >= 12,
        "at least 10 of the 12 events (14 dyads): found {found} of 14 in\n{rows}"
    );
    // The weekday that contradicts its date is reported, and recorded in the graph.
    assert!(stderr(&out).contains("inconsistent"), "{}", stderr(&out));
    let nq = ok(warta(dir.path())
        .args(["convert", "--published", "2024-10-25"])
        .arg(shared.join("seed/seoul-concern-2024-10-25.txt")));
    assert!(nq.contains(&format!("<{W}dateNote>")));
}

#[test]
fn dev_set_scores_are_printed() {
    let dir = tempfile::tempdir().unwrap();
    let out = ok(warta(dir.path())
        .arg("eval")
        .arg(repo().join("tests/devset")));
    let value = |prefix: &str, field: &str| -> f64 {
        let line = out
            .lines()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("{prefix} in {out}"));
        let at = line.find(field).unwrap() + field.len();
        line[at..]
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    assert_eq!(out.lines().next(), Some("articles\t12"));
    // Regression floors, well below the figures reported in the notes.
    assert!(value("entities", "precision ") > 0.9, "{out}");
    assert!(value("events", "F1 ") > 0.25, "{out}");
}
