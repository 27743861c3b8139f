use super::{Global, InputArgs, ParallelArgs, Warnings, extractor, progress::Progress};
use anyhow::Context as _;
use anyhow::Result;
use clap::{Args, ValueEnum};
use std::path::PathBuf;
use warta::pipeline::{Event, ingest};
use warta::rdf::GraphOptions;
use warta::store::{
    BulkMode, DEFAULT_BATCH_QUADS, DEFAULT_BULK_MIN_ARTICLES, GraphStore, WriteOptions,
    default_store_path,
};

#[derive(Args)]
pub struct IngestArgs {
    #[command(flatten)]
    input: InputArgs,
    /// The store's folder (default: $WARTA_STORE, else ~/.local/share/warta/store).
    #[arg(long)]
    store: Option<PathBuf>,
    #[command(flatten)]
    parallel: ParallelArgs,
    /// How new articles are written: `auto` uses Oxigraph's bulk loader for batches of at
    /// least 100 new articles and transactions for fewer; `always`; `never` (one transaction
    /// per article). Changed articles are always replaced in a transaction.
    #[arg(long, value_enum, default_value_t = Bulk::Auto)]
    bulk: Bulk,
    /// Quads per bulk batch; each batch is one atomic commit. Memory grows with it.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_BATCH_QUADS)]
    batch_quads: usize,
}

#[derive(Clone, Copy, ValueEnum)]
enum Bulk {
    Auto,
    Always,
    Never,
}

pub fn run(g: &Global, a: IngestArgs) -> Result<i32> {
    let x = extractor(g)?;
    let path = a.store.unwrap_or_else(default_store_path);
    let existed = path.exists();
    let store = GraphStore::open(&path)?;
    let options = GraphOptions {
        base: g.base.clone(),
    };
    let mut progress = Progress::new(g.quiet, &a.input.inputs);
    let mut read = a.input.read_options();
    read.bytes_read = progress.counter();
    let parallelism = a.parallel.parallelism();
    let write = WriteOptions {
        bulk: match a.bulk {
            Bulk::Auto => BulkMode::Auto,
            Bulk::Always => BulkMode::Always,
            Bulk::Never => BulkMode::Never,
        },
        batch_quads: a.batch_quads,
        bulk_min_articles: DEFAULT_BULK_MIN_ARTICLES,
        max_in_flight: parallelism.threads,
    };
    let mut warnings = Warnings::default();
    let stats = ingest(
        &store,
        &x,
        &a.input.inputs,
        &read,
        &options,
        write,
        parallelism,
        |event| {
            match event {
                Event::Done { warnings: w, .. } => {
                    warnings.report_with(g.quiet, w, |m| progress.println(m));
                }
                Event::Failed { error } => progress.println(&format!("warta: error: {error}")),
                Event::Committing => {
                    progress.message("committing the last batch…");
                    return;
                }
            }
            progress.article();
        },
    );
    progress.finish();
    // A store this run created and wrote nothing into is not left behind: the path is as it
    // was before the run.
    let wrote = stats.as_ref().is_ok_and(|s| s.added + s.replaced > 0);
    let removed = !existed && !wrote;
    if removed {
        drop(store);
        std::fs::remove_dir_all(&path).with_context(|| {
            format!(
                "{}: could not remove the empty store this run created",
                path.display()
            )
        })?;
    }
    let stats = stats?;
    warnings.finish(g.quiet);
    if !g.quiet {
        let secs = stats.elapsed.as_secs_f64();
        eprintln!(
            "warta: {} articles read: {} added, {} replaced, {} unchanged, {} failed; {} triples, {} warnings; {:.2} s ({:.0} articles/s, {:.0} triples/s) into {}",
            stats.read,
            stats.added,
            stats.replaced,
            stats.unchanged,
            stats.failed,
            stats.triples,
            stats.warnings,
            secs,
            stats.read as f64 / secs.max(1e-9),
            stats.triples as f64 / secs.max(1e-9),
            path.display()
        );
        if removed {
            eprintln!(
                "warta: nothing was written, so the new store {} was not kept",
                path.display()
            );
        }
    }
    Ok(if stats.failed > 0 { 1 } else { 0 })
}
