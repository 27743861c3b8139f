//! Helpers shared by the integration tests: run the real binary in an isolated environment.
#![allow(dead_code)]

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
