use super::{Global, InputArgs, Warnings, extractor};
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;
use std::time::Instant;
use warta::article::read_inputs;
use warta::rdf::{GraphOptions, article_iri};
use warta::store::{GraphStore, Ingested, default_store_path};

#[derive(Args)]
pub struct IngestArgs {
    #[command(flatten)]
    input: InputArgs,
    /// The store's folder (default: $WARTA_STORE, else ~/.local/share/warta/store).
    #[arg(long)]
    store: Option<PathBuf>,
}

pub fn run(g: &Global, a: IngestArgs) -> Result<i32> {
    let x = extractor(g)?;
    let path = a.store.unwrap_or_else(default_store_path);
    let store = GraphStore::open(&path)?;
    let options = GraphOptions {
        base: g.base.clone(),
    };
    let read = a.input.read_options();
    let started = Instant::now();
    let mut warnings = Warnings::default();
    let (mut added, mut replaced, mut unchanged, mut failed, mut triples) = (0, 0, 0, 0, 0usize);
    for article in read_inputs(&a.input.inputs, &read) {
        let article = match article {
            Ok(a) => a,
            Err(e) => {
                failed += 1;
                eprintln!("warta: error: {e}");
                continue;
            }
        };
        let graph = article_iri(&g.base, &article.id);
        let hash = article.content_hash();
        if store.stored_hash(&graph)?.as_deref() == Some(hash.as_str()) {
            unchanged += 1;
            continue;
        }
        let (doc, quads) = warta::convert(&x, article, &options);
        warnings.report(g.quiet, &doc.warnings);
        match store.replace_graph(&graph, &hash, &quads)? {
            Ingested::Added => added += 1,
            Ingested::Replaced => replaced += 1,
            Ingested::Unchanged => unchanged += 1,
        }
        triples += quads.len();
    }
    warnings.finish(g.quiet);
    if !g.quiet {
        eprintln!(
            "warta: {} added, {} replaced, {} unchanged, {} failed; {} triples written to {} in {:.2}s",
            added,
            replaced,
            unchanged,
            failed,
            triples,
            path.display(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(if failed > 0 { 1 } else { 0 })
}
