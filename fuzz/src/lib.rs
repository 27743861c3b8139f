//! What the fuzz targets share: the extractor, built once per process, and the invariants of
//! the property tests (one copy of the contract for both).

#[path = "../../tests/invariants/mod.rs"]
pub mod invariants;

use std::sync::OnceLock;
use warta::extract::Extractor;

/// The extractor over the embedded knowledge base (built once: it takes ~100 ms).
pub fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::new(warta::kb::Kb::embedded().expect("embedded kb loads")))
}
