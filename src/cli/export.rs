use super::{Global, output_file};
use anyhow::{Context, Result};
use clap::Args;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use warta::rdf::{article_iri, parse_rdf_format};
use warta::store::{GraphStore, default_store_path};

#[derive(Args)]
pub struct ExportArgs {
    /// The store's folder (default: $WARTA_STORE, else ~/.local/share/warta/store).
    #[arg(long)]
    store: Option<PathBuf>,
    /// Format: trig, nquads, turtle, ntriples, jsonld, rdfxml.
    #[arg(short, long, default_value = "trig")]
    format: String,
    /// Only this article's graph (its id, or the graph IRI in <…>).
    #[arg(long)]
    graph: Option<String>,
    /// Write to this file instead of stdout ("-" is stdout).
    #[arg(short, long)]
    output: Option<PathBuf>,
}

pub fn run(g: &Global, a: ExportArgs) -> Result<i32> {
    let format = parse_rdf_format(&a.format)?;
    let path = a.store.unwrap_or_else(default_store_path);
    let store = GraphStore::open_existing(&path)?;
    let graph = a.graph.map(
        |id| match id.strip_prefix('<').and_then(|s| s.strip_suffix('>')) {
            Some(iri) => iri.to_owned(),
            None => article_iri(&g.base, &id),
        },
    );
    let writer: Box<dyn Write> = match &output_file(a.output) {
        Some(p) => Box::new(
            std::fs::File::create(p)
                .with_context(|| format!("{}: cannot create the output file", p.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut w = BufWriter::new(writer);
    store.export(format, &g.base, graph.as_deref(), &mut w)?;
    w.flush()?;
    Ok(0)
}
