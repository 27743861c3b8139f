//! An arbitrary string as a `--param` value: read as a term, bound into a catalogue query and
//! run over a small store. Each step either succeeds or returns a clean error; none panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oxigraph::io::RdfFormat;
use oxigraph::store::Store;
use std::sync::OnceLock;
use warta::query::{ExecuteOptions, PreparedQuery, ResultFormat, catalogue, parse_param_value};
use warta::rdf::GraphOptions;

/// An in-memory store holding the graph of one small article, so that queries find something.
fn store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(|| {
        let article = warta::article::Article::from_parts(
            "fuzz-store",
            Some("Rusia dan Korea Selatan".to_owned()),
            "SEOUL - Presiden Korea Selatan Yoon Suk Yeol mengecam Rusia pada Jumat (25/10).",
            chrono::NaiveDate::from_ymd_opt(2024, 10, 25),
        );
        let (_, quads) = warta::convert(warta_fuzz::extractor(), article, &GraphOptions::default());
        let store = Store::new().expect("an in-memory store");
        store.extend(quads).expect("load the quads");
        store
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let arg = String::from_utf8_lossy(rest);
    let queries: Vec<_> = catalogue()
        .into_iter()
        .filter(|q| !q.params.is_empty())
        .collect();
    let query = &queries[usize::from(pick & 0x7f) % queries.len()];
    // High bit: the whole `NAME=VALUE` argument as the CLI splits it; else a declared name.
    let (name, value) = if pick & 0x80 != 0 {
        match arg.split_once('=') {
            Some((n, v)) => (n.trim_start_matches('?').to_owned(), v),
            None => return,
        }
    } else {
        (query.params[0].0.clone(), &*arg)
    };
    let term = match parse_param_value(value) {
        Ok(term) => term,
        Err(e) => {
            assert!(
                matches!(e, warta::Error::Query(_)),
                "not a query error: {e}"
            );
            return;
        }
    };
    let params = [(name, term)];
    let Ok(prepared) = PreparedQuery::parse(&query.name, &query.text, &params) else {
        return;
    };
    if let Ok(evaluation) = prepared.execute(store(), &ExecuteOptions::default()) {
        let _ = evaluation.write(
            ResultFormat::Table,
            RdfFormat::Turtle,
            &GraphOptions::default().base,
            &mut std::io::sink(),
            Some(10_000),
        );
    }
});
