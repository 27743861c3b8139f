//! Helpers shared by the integration tests: run the real binary in an isolated environment.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    repo().join("tests/fixtures")
}

/// `../shared` beside the repository, when this machine has it.
pub fn shared() -> Option<PathBuf> {
    let p = repo().join("../shared");
    p.join("seed").is_dir().then_some(p)
}

/// The `warta` binary with a private store and no inherited store settings.
pub fn warta(store: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_warta"));
    c.env("WARTA_STORE", store).env_remove("XDG_DATA_HOME");
    c
}

pub fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("the warta binary runs")
}

pub fn ok(cmd: &mut Command) -> String {
    let out = run(cmd);
    assert!(
        out.status.success(),
        "command failed ({}): {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The project's own articles (fixtures and dev set) as JSON records.
pub fn records() -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    let mut files: Vec<PathBuf> = fs::read_dir(repo().join("tests/devset"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.push(fixtures().join("warsawa-kyiv-2023-03-17.json"));
    files.sort();
    for f in files {
        let v: serde_json::Value = serde_json::from_str(&fs::read_to_string(&f).unwrap()).unwrap();
        match v {
            serde_json::Value::Array(items) => out.extend(items),
            v => out.push(v),
        }
    }
    let asean = fs::read_to_string(fixtures().join("asean-2023-05-11.jsonl")).unwrap();
    out.extend(asean.lines().map(|l| serde_json::from_str(l).unwrap()));
    assert!(out.len() >= 5, "enough articles to batch: {}", out.len());
    out
}

/// `n` JSON Lines records cycling through the project's articles, each with its own id.
pub fn corpus(n: usize) -> Vec<String> {
    let base = records();
    (0..n)
        .map(|i| {
            let mut r = base[i % base.len()].clone();
            let id = format!("{}-copy{i:03}", r["id"].as_str().unwrap_or("article"));
            r["id"] = serde_json::Value::String(id);
            serde_json::to_string(&r).unwrap()
        })
        .collect()
}

pub fn write_jsonl(path: &Path, lines: &[String]) {
    fs::write(path, lines.join("\n") + "\n").unwrap();
}

pub fn export(store: &Path) -> String {
    ok(warta(store).args(["export", "-f", "nquads"]))
}

pub fn graph_count(store: &Path) -> usize {
    let out = ok(warta(store).args([
        "query",
        "-f",
        "csv",
        "-e",
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    ]));
    out.lines().nth(1).unwrap().trim().parse().unwrap()
}

/// Asserts a run failed with exit code 1 and one `warta: error:` line holding every needle.
pub fn fails_with(out: &Output, needles: &[&str]) {
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit code; stderr: {}",
        stderr(out)
    );
    let err = stderr(out);
    assert!(
        err.lines()
            .any(|l| l.starts_with("warta: error: ") && needles.iter().all(|n| l.contains(n))),
        "no error line holds all of {needles:?}: {err:?}"
    );
}
