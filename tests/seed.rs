//! The seed article in `../shared/seed` (not part of this repository): the entities and leaders
//! of sections 1–2 of its `expected.md`. Skips with a message when `../shared` is absent.

mod common;

use common::*;

const ENT: &str = "https://w3id.org/warta/id/";

fn seed_store() -> Option<(tempfile::TempDir, std::path::PathBuf)> {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared is not here, so the seed article is not available");
        return None;
    };
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(warta(&store)
        .args(["ingest", "--published", "2024-10-25"])
        .arg(shared.join("seed/seoul-concern-2024-10-25.txt")));
    Some((dir, store))
}

#[test]
fn seed_entities_have_the_right_qids() {
    let Some((_dir, store)) = seed_store() else {
        return;
    };
    let links = ok(warta(&store).args(["query", "entity-links", "-f", "csv"]));
    for (class, qid) in [
        ("State", "Q884"),
        ("State", "Q423"),
        ("State", "Q159"),
        ("State", "Q30"),
        ("State", "Q212"),
        ("State", "Q36"),
        ("Person", "Q16090635"),
        ("Person", "Q9151911"),
        ("Person", "Q56226"),
        ("Place", "Q8684"),
        ("Place", "Q483134"),
        ("Place", "Q46"),
    ] {
        let row = links
            .lines()
            .find(|l| l.ends_with(&format!("http://www.wikidata.org/entity/{qid}")));
        let row = row.unwrap_or_else(|| panic!("{qid} missing from:\n{links}"));
        assert!(
            row.starts_with(&format!("https://w3id.org/warta/ns#{class},")),
            "{qid} should be a {class}: {row}"
        );
    }
    // Entities the knowledge base has no verified QID for stay unlinked.
    let unlinked = ok(warta(&store).args(["query", "unlinked", "-f", "csv"]));
    for label in ["Ministry of Foreign Affairs (South Korea)", "Kursk Oblast"] {
        assert!(
            unlinked.contains(label),
            "{label} should be found and unlinked:\n{unlinked}"
        );
    }
    let orgs = ok(warta(&store).args(["query", "organisations", "-f", "csv"]));
    assert!(
        orgs.contains("Parliament of Russia,parliament,Russia"),
        "{orgs}"
    );
}

#[test]
fn seed_capitals_as_governments_and_as_places() {
    let Some((_dir, store)) = seed_store() else {
        return;
    };
    let mentions = |name: &str| {
        ok(warta(&store).args([
            "query",
            "mentions-of",
            "-f",
            "csv",
            "--param",
            &format!("name={name}"),
        ]))
    };
    let korea = mentions("South Korea");
    assert!(
        korea.contains(",Seoul,"),
        "\"Seoul menyatakan\" is South Korea:\n{korea}"
    );
    let russia = mentions("Russia");
    assert!(
        russia.contains(",Moskow,"),
        "\"mendesak Moskow\" is Russia:\n{russia}"
    );
    let north = mentions("North Korea");
    assert!(
        north.contains(",Pyongyang,"),
        "\"dengan Pyongyang\" is North Korea:\n{north}"
    );
    let city = mentions("Seoul");
    assert!(
        city.contains(",SEOUL,"),
        "the dateline is the city:\n{city}"
    );
    assert!(
        !city.contains(",Seoul,"),
        "only the dateline is the city:\n{city}"
    );
}

#[test]
fn seed_leaders_with_their_states() {
    let Some((_dir, store)) = seed_store() else {
        return;
    };
    let leaders = ok(warta(&store).args(["query", "leaders", "-f", "csv"]));
    for (state, leader, title) in [
        ("South Korea", "Yoon Suk-yeol", "Presiden"),
        ("Poland", "Andrzej Duda", "Presiden"),
        ("North Korea", "Kim Jong Un", "pemimpin"),
    ] {
        let row = leaders.lines().find(|l| {
            l.starts_with(&format!(
                "{state},{leader},https://w3id.org/warta/ns#HeadOfState,{title},"
            ))
        });
        assert!(
            row.is_some(),
            "{leader} heads {state} ({title}):\n{leaders}"
        );
    }
    let with = ok(warta(&store).args(["query", "states-with-leaders", "-f", "csv"]));
    assert!(
        with.contains("seoul-concern-2024-10-25,South Korea,Yoon Suk-yeol"),
        "{with}"
    );
    let at = ok(warta(&store).args([
        "query",
        "leaders-at",
        "-f",
        "csv",
        "--param",
        "date=2024-10-25",
    ]));
    assert!(at.contains("Poland,Andrzej Duda"), "{at}");
    let graph = ok(warta(&store).args(["export", "-f", "nquads"]));
    assert!(graph.contains(&format!(
        "<{ENT}Q9151911> <https://w3id.org/warta/ns#leaderOf> <{ENT}Q36>"
    )));
}

#[test]
fn seed_converts_identically_twice() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared is not here");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let f = shared.join("seed/seoul-concern-2024-10-25.txt");
    let a = ok(warta(dir.path())
        .args(["convert", "--published", "2024-10-25"])
        .arg(&f));
    let b = ok(warta(dir.path())
        .args(["convert", "--published", "2024-10-25"])
        .arg(&f));
    assert_eq!(a, b);
}
