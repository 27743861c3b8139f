//! Arbitrary bytes read as an article file of each kind (.txt, .json, .jsonl) through the public
//! reader, as `warta convert FILE` would: every outcome is an article or a clean error, never a
//! panic, and an article's text and body offset are well-formed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;
use warta::article::{ReadOptions, read_inputs};

/// A private folder for the input files: `$WARTA_FUZZ_TMP` (scripts/fuzz makes one and
/// removes it), else one in memory (/dev/shm) or the temporary folder.
fn dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let root = std::env::var_os("WARTA_FUZZ_TMP")
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                let shm = PathBuf::from("/dev/shm");
                if shm.is_dir() {
                    shm
                } else {
                    std::env::temp_dir()
                }
            });
        let dir = root.join(format!("warta-fuzz-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let options = ReadOptions {
        // Small enough that the size limit itself gets exercised.
        max_bytes: 4096,
        ..ReadOptions::default()
    };
    for name in ["article-2024-10-25.txt", "articles.json", "articles.jsonl"] {
        let path = dir().join(name);
        std::fs::write(&path, data).expect("write the input file");
        let inputs = [path];
        for article in read_inputs(&inputs, &options) {
            let Ok(a) = article else {
                continue;
            };
            assert!(!a.id.is_empty(), "an article without an id");
            assert!(!a.text.trim().is_empty(), "an article without text");
            assert!(
                a.body_start <= a.text.len() && a.text.is_char_boundary(a.body_start),
                "body start {} is not a char boundary of {} bytes",
                a.body_start,
                a.text.len()
            );
            let _ = a.content_hash();
        }
    }
});
