use super::Global;
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use warta::rdf::article_iri;
use warta::rdf::vocab::prefixes;
use warta::shacl::{Names, SH, Shapes, WSH, report_triples};
use warta::store::{GraphStore, default_store_path};
use warta::validate::{GraphReport, format_of, validate_file, validate_store};

#[derive(Args)]
#[command(
    after_help = "Exit status: 0 when every graph conforms, 1 when there are violations, 2 on errors (an unreadable file, a bad shapes graph, no store).\n\nExamples:\n  warta convert article.json -f turtle -o article.ttl && warta validate article.ttl\n  warta validate corpus.nq            # each article graph on its own\n  warta validate --store ./graph --graph seoul-concern-2024-10-25\n  warta validate --store ./graph -f json"
)]
pub struct ValidateArgs {
    /// RDF files (.ttl, .nt, .nq, .trig, .jsonld, .rdf); each named graph of a dataset is
    /// validated on its own. Without files, the store is validated.
    #[arg(value_name = "FILE", conflicts_with = "store")]
    files: Vec<PathBuf>,
    /// The store's folder (default: $WARTA_STORE, else ~/.local/share/warta/store).
    #[arg(long, value_name = "DIR")]
    store: Option<PathBuf>,
    /// Only this graph of the store: an article id, or the graph's IRI (bare or in <…>).
    #[arg(long, conflicts_with = "files")]
    graph: Option<String>,
    /// Shapes to validate against (default: warta's ontology/shapes.ttl, compiled in).
    #[arg(long, value_name = "FILE")]
    shapes: Option<PathBuf>,
    /// Output: a tab-separated line per violation (graph, focus node, path, shape,
    /// constraint, message, value), JSON, or a SHACL validation report in Turtle.
    #[arg(short, long, value_enum, default_value_t = Output::Text)]
    format: Output,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Output {
    Text,
    Json,
    Turtle,
}

/// Exit status 0 (conforms), 1 (violations) or 2 (could not validate).
pub fn run(g: &Global, a: ValidateArgs) -> Result<i32> {
    match validate(g, a) {
        Ok(code) => Ok(code),
        Err(e) if super::is_broken_pipe(&e) => Err(e),
        Err(e) => {
            eprintln!("{}", super::error_message(&e));
            Ok(2)
        }
    }
}

fn validate(g: &Global, a: ValidateArgs) -> Result<i32> {
    let started = std::time::Instant::now();
    let shapes = match &a.shapes {
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("{}: cannot read the shapes file", p.display()))?;
            Shapes::parse(&text, format_of(p)?, &p.display().to_string())?
        }
        None => Shapes::warta()?,
    };
    let names = Names::new(&g.base);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut tally = Tally::default();
    let mut reports: Vec<GraphReport> = Vec::new();
    let mut each = |r: GraphReport| -> warta::Result<()> {
        tally.add(&r);
        match a.format {
            Output::Text => {
                // A named graph by its short name; a file's default graph by the file.
                let graph = if r.iri.as_str() == r.label {
                    names.iri(&r.label)
                } else {
                    r.label.clone()
                };
                for v in &r.results {
                    writeln!(out, "{}", v.text_line(&graph, &names))
                        .map_err(|e| warta::Error::Rdf(format!("stdout: {e}")))?;
                }
            }
            Output::Json | Output::Turtle => reports.push(r),
        }
        Ok(())
    };
    if a.files.is_empty() {
        let path = a.store.clone().unwrap_or_else(default_store_path);
        let store = GraphStore::open_existing(&path)?;
        let graph = a.graph.as_ref().map(|id| {
            match id.strip_prefix('<').and_then(|s| s.strip_suffix('>')) {
                Some(iri) => iri.to_owned(),
                None if id.contains("://") => id.clone(),
                None => article_iri(&g.base, id),
            }
        });
        validate_store(&shapes, &store, graph.as_deref(), &mut each)?;
    } else {
        for f in &a.files {
            validate_file(&shapes, f, &mut each)?;
        }
    }
    match a.format {
        Output::Text => {}
        Output::Json => {
            let results: Vec<serde_json::Value> = reports
                .iter()
                .flat_map(|r| r.results.iter().map(|v| v.to_json(&r.label)))
                .collect();
            let doc = serde_json::json!({
                "conforms": tally.violations == 0,
                "graphs": tally.graphs,
                "triples": tally.triples,
                "shapes": shapes.origin(),
                "results": results,
            });
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        }
        Output::Turtle => {
            let mut s = oxigraph::io::RdfSerializer::from_format(oxigraph::io::RdfFormat::Turtle)
                .with_prefix("sh", SH)?
                .with_prefix("wsh", WSH)?;
            for (p, iri) in prefixes(&g.base) {
                s = s.with_prefix(p, iri)?;
            }
            let mut w = s.for_writer(&mut out);
            for r in &reports {
                for t in report_triples(&r.iri, &r.results) {
                    w.serialize_triple(&t)?;
                }
            }
            w.finish()?;
        }
    }
    out.flush()?;
    if !g.quiet {
        eprintln!(
            "warta: {} {}, {} triples, shapes {}: {} ({:.2} s)",
            tally.graphs,
            if tally.graphs == 1 { "graph" } else { "graphs" },
            tally.triples,
            shapes.origin(),
            if tally.violations == 0 {
                "conforms".to_owned()
            } else {
                format!(
                    "{} {} in {} {}",
                    tally.violations,
                    if tally.violations == 1 {
                        "violation"
                    } else {
                        "violations"
                    },
                    tally.failing,
                    if tally.failing == 1 {
                        "graph"
                    } else {
                        "graphs"
                    }
                )
            },
            started.elapsed().as_secs_f64()
        );
    }
    Ok(if tally.violations == 0 { 0 } else { 1 })
}

#[derive(Default)]
struct Tally {
    graphs: usize,
    triples: usize,
    violations: usize,
    failing: usize,
}

impl Tally {
    fn add(&mut self, r: &GraphReport) {
        self.graphs += 1;
        self.triples += r.triples;
        self.violations += r.results.len();
        if !r.conforms() {
            self.failing += 1;
        }
    }
}
