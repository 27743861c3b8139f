//! Batch ingest and conversion: parallel output is deterministic, shards add up to the
//! whole, ingest is idempotent per article, and the bulk and transactional paths agree.

mod common;

use common::*;
use std::fs;
use std::path::{Path, PathBuf};

#[test]
fn parallel_convert_is_byte_identical_to_sequential() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    write_jsonl(&input, &corpus(60));
    for format in ["nquads", "trig"] {
        let one = ok(warta(dir.path())
            .args(["-q", "convert", "-j1", "-f", format])
            .arg(&input)
            .arg(fixtures()));
        let four = ok(warta(dir.path())
            .args(["-q", "convert", "-j4", "-f", format])
            .arg(&input)
            .arg(fixtures()));
        assert!(
            one.len() > 100_000,
            "{format}: a real corpus ({} bytes)",
            one.len()
        );
        assert!(one == four, "{format}: -j1 and -j4 differ");
    }
}

#[test]
fn shards_concatenated_equal_the_unsharded_output() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    write_jsonl(&input, &corpus(25));
    let whole = ok(warta(dir.path()).args(["-q", "convert"]).arg(&input));
    for (size, at_least) in [("7", 4), ("1M", 3)] {
        let out = dir.path().join(format!("shards-{size}"));
        ok(warta(dir.path())
            .args(["-q", "convert", "-j3", "--shard-size", size, "-o"])
            .arg(&out)
            .arg(&input));
        let mut parts: Vec<PathBuf> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        parts.sort();
        assert!(parts.len() >= at_least, "{size}: {} shards", parts.len());
        for (i, p) in parts.iter().enumerate() {
            assert_eq!(
                p.file_name().unwrap().to_str().unwrap(),
                format!("part-{i:05}.nq"),
                "shards are numbered, and no partial file is left"
            );
        }
        let joined: String = parts
            .iter()
            .map(|p| fs::read_to_string(p).unwrap())
            .collect();
        assert!(joined == whole, "{size}: the shards add up to the whole");
        let articles = |p: &PathBuf| {
            let t = fs::read_to_string(p).unwrap();
            let mut graphs: Vec<&str> = t.lines().filter_map(|l| l.rsplit(' ').nth(1)).collect();
            graphs.dedup();
            graphs.len()
        };
        if size == "7" {
            assert_eq!(articles(&parts[0]), 7);
            assert_eq!(articles(&parts[3]), 4);
        } else {
            for p in &parts {
                let len = fs::metadata(p).unwrap().len();
                assert!(len <= 1 << 20 || articles(p) == 1, "{}: {len}", p.display());
                assert!(
                    articles(p) >= 2 || p == parts.last().unwrap(),
                    "two articles of this corpus fit in 1M"
                );
            }
        }
        // A second run into the same folder refuses to mix its shards with these.
        let again = run(warta(dir.path())
            .args(["convert", "--shard-size", size, "-o"])
            .arg(&out)
            .arg(&input));
        assert_eq!(again.status.code(), Some(1));
        assert!(
            stderr(&again).contains("already holds shards"),
            "{}",
            stderr(&again)
        );
    }
}

#[test]
fn ingest_twice_skips_everything_the_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let articles = dir.path().join("in");
    fs::create_dir(&articles).unwrap();
    write_jsonl(&articles.join("a.jsonl"), &corpus(130));
    fs::copy(
        fixtures().join("jakarta-seoul-2023-09-06.txt"),
        articles.join("jakarta-seoul-2023-09-06.txt"),
    )
    .unwrap();
    let first = run(warta(&store).args(["ingest", "-j2"]).arg(&articles));
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        stderr(&first).contains("131 articles read: 131 added, 0 replaced, 0 unchanged, 0 failed"),
        "{}",
        stderr(&first)
    );
    let before = export(&store);
    let second = run(warta(&store).args(["ingest", "-j2"]).arg(&articles));
    assert!(second.status.success());
    assert!(
        stderr(&second).contains("0 added, 0 replaced, 131 unchanged, 0 failed; 0 triples"),
        "{}",
        stderr(&second)
    );
    assert!(before == export(&store));
    assert_eq!(graph_count(&store), 131);
}

#[test]
fn a_changed_article_is_replaced_and_nothing_else_changes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    let mut lines = corpus(40);
    write_jsonl(&input, &lines);
    let store = dir.path().join("store");
    ok(warta(&store)
        .args(["ingest", "--bulk", "always", "--batch-quads", "2000"])
        .arg(&input));
    let mut changed: serde_json::Value = serde_json::from_str(&lines[17]).unwrap();
    changed["body"] = serde_json::Value::String(format!(
        "{} Presiden Polandia Andrzej Duda juga hadir.",
        changed["body"].as_str().unwrap()
    ));
    lines[17] = serde_json::to_string(&changed).unwrap();
    write_jsonl(&input, &lines);
    let again = run(warta(&store).args(["ingest"]).arg(&input));
    assert!(
        stderr(&again).contains("0 added, 1 replaced, 39 unchanged"),
        "{}",
        stderr(&again)
    );
    // The same as ingesting the changed corpus into a fresh store.
    let fresh = dir.path().join("fresh");
    ok(warta(&fresh).args(["ingest", "-q"]).arg(&input));
    assert!(export(&store) == export(&fresh));
}

#[test]
fn bulk_and_transactional_paths_give_the_same_store() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    write_jsonl(&input, &corpus(120));
    let mut exports = Vec::new();
    for args in [
        &["--bulk", "never"][..],
        &["--bulk", "always", "--batch-quads", "3000"],
        &["--bulk", "auto", "-j1"],
    ] {
        let store = dir.path().join(format!("store-{}", exports.len()));
        let out = run(warta(&store).arg("ingest").args(args).arg(&input));
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("120 added"), "{}", stderr(&out));
        exports.push(export(&store));
    }
    assert!(exports[0].lines().count() > 10_000);
    assert!(exports[0] == exports[1], "bulk batches = transactions");
    assert!(exports[0] == exports[2], "auto = transactions");
}

#[test]
fn the_same_id_twice_in_one_run_ends_as_its_last_version() {
    let dir = tempfile::tempdir().unwrap();
    let base = corpus(30);
    let record = |line: usize, body: &str| {
        let mut r: serde_json::Value = serde_json::from_str(&base[line]).unwrap();
        r["id"] = serde_json::Value::String("twice".to_owned());
        r["body"] = serde_json::Value::String(body.to_owned());
        serde_json::to_string(&r).unwrap()
    };
    let a = record(
        0,
        "JAKARTA - Presiden Joko Widodo bertemu Presiden Polandia Andrzej Duda.",
    );
    let b = record(1, "SEOUL - Korea Selatan dan Jepang bertemu di Seoul.");
    // What a fresh store holds for the record alone (the store normalises some datatypes,
    // so compare store with store, not with `convert`).
    let only = |r: &str| {
        let p = dir.path().join(format!("only-{}.jsonl", r.len()));
        write_jsonl(&p, &[r.to_owned()]);
        let store = dir.path().join(format!("only-{}", r.len()));
        ok(warta(&store).args(["-q", "ingest"]).arg(&p));
        let mut lines: Vec<String> = export(&store).lines().map(str::to_owned).collect();
        lines.sort();
        lines
    };
    let graph_of = |store: &Path| {
        let all = export(store);
        let mut lines: Vec<String> = all
            .lines()
            .filter(|l| l.ends_with("<https://w3id.org/warta/article/twice> ."))
            .map(str::to_owned)
            .collect();
        lines.sort();
        lines
    };
    for bulk in ["always", "never"] {
        // New in this run, twice: within one uncommitted bulk batch.
        let input = dir.path().join(format!("twice-{bulk}.jsonl"));
        let mut lines = base.clone();
        lines.insert(3, a.clone());
        lines.insert(20, b.clone());
        write_jsonl(&input, &lines);
        let store = dir.path().join(format!("store-{bulk}"));
        let out = run(warta(&store).args(["ingest", "--bulk", bulk]).arg(&input));
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("31 added, 1 replaced"),
            "{}",
            stderr(&out)
        );
        assert_eq!(graph_of(&store), only(&b), "{bulk}: the last version wins");
        // Stored as B; the input has A then B again: A replaces, then B (unchanged against
        // the store when the worker looked) must still win.
        let out = run(warta(&store).args(["ingest", "--bulk", bulk]).arg(&input));
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(
            graph_of(&store),
            only(&b),
            "{bulk}: again the last version wins"
        );
    }
}

#[test]
fn leftovers_of_a_killed_bulk_load_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(warta(&store).args(["ingest", "-q"]).arg(fixtures()));
    let stale = store.join("bulk-1234567890.sst");
    fs::write(&stale, b"half a batch").unwrap();
    let before = export(&store);
    assert!(!stale.exists(), "opening the store removed the stale file");
    assert!(before.lines().count() > 50);
}
