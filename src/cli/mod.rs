//! One file per subcommand: arguments → library calls. Data goes to stdout, messages to
//! stderr.

/// `println!` that returns the error instead of panicking (a closed pipe: `warta eval | head`).
macro_rules! say {
    ($($t:tt)*) => {
        writeln!(std::io::stdout(), $($t)*)?
    };
}

mod annotate;
mod convert;
mod eval;
mod eval_links;
mod export;
mod ingest;
mod progress;
mod push;
mod query;
mod serve;
mod validate;

use anyhow::Result;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use warta::article::{DEFAULT_MAX_BYTES, ReadOptions};
use warta::extract::Extractor;
use warta::kb::Kb;

#[derive(Parser)]
#[command(
    name = "warta",
    version,
    about = "Turn news articles into an RDF knowledge graph of states, leaders, organisations, places and the events between them",
    after_help = "Examples:\n  warta convert article.txt --published 2024-10-25 --format turtle\n  warta ingest corpus/ --store ./graph\n  warta queries\n  warta query leaders --store ./graph\n  warta query -e 'SELECT * WHERE { ?s ?p ?o } LIMIT 5'\n  warta export --format trig --output all.trig\n  warta serve --store ./graph\n  warta push --endpoint http://localhost:7878/store\n  warta validate --store ./graph"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    global: Global,
}

#[derive(Args, Clone)]
pub struct Global {
    /// A folder of knowledge-base tables that replace the compiled-in ones, file by file.
    #[arg(long, global = true, value_name = "DIR")]
    kb: Option<PathBuf>,
    /// Base of the data IRIs (articles, entities, positions).
    #[arg(long, global = true, default_value = warta::rdf::vocab::DEFAULT_BASE)]
    base: String,
    /// Print nothing but data and errors.
    #[arg(short, long, global = true)]
    quiet: bool,
}

/// Options for inputs without metadata of their own.
#[derive(Args, Clone)]
pub struct InputArgs {
    /// Files (.txt, .json, .jsonl), directories of them, or - for stdin.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Publication date of plain-text articles (YYYY-MM-DD); dates and leaders depend on it.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    published: Option<chrono::NaiveDate>,
    /// Identifier of a plain-text article (default: the file name).
    #[arg(long)]
    id: Option<String>,
    /// Language tag of plain-text articles.
    #[arg(long, default_value = "id")]
    lang: String,
    /// Largest article accepted, in bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_BYTES)]
    max_bytes: u64,
}

impl InputArgs {
    fn read_options(&self) -> ReadOptions {
        ReadOptions {
            id: self.id.clone(),
            published: self.published,
            lang: Some(self.lang.clone()),
            max_bytes: self.max_bytes,
            bytes_read: None,
        }
    }
}

/// Options of the batch commands.
#[derive(Args, Clone)]
pub struct ParallelArgs {
    /// Worker threads for extraction (default: one per core). The output does not depend on it.
    #[arg(
        short = 'j',
        long,
        value_name = "N",
        default_value_t = 0,
        hide_default_value = true
    )]
    threads: usize,
}

impl ParallelArgs {
    fn parallelism(&self) -> warta::pipeline::Parallelism {
        warta::pipeline::Parallelism::new(self.threads)
    }
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    warta::article::read_date(s)
}

#[derive(Subcommand)]
enum Command {
    /// Convert articles to RDF (no store): N-Quads on stdout by default.
    Convert(convert::ConvertArgs),
    /// Show what warta recognises in articles: one mention (or, with --events, one event) per line (TSV).
    Annotate(annotate::AnnotateArgs),
    /// Add articles to the persistent store; re-ingesting an article replaces its graph.
    Ingest(ingest::IngestArgs),
    /// Run a catalogue query, a .rq file, or inline SPARQL (-e) over the store.
    Query(query::QueryArgs),
    /// List the query catalogue.
    Queries,
    /// Write the store (or one article's graph) in an RDF format.
    Export(export::ExportArgs),
    /// Score entities, events and dates against gold files (ID.json + ID.gold.tsv).
    Eval(eval::EvalArgs),
    /// Serve the store over HTTP: SPARQL 1.1 Protocol, Graph Store Protocol, the catalogue.
    Serve(serve::ServeArgs),
    /// Send article graphs to an external triple store (SPARQL 1.1 Graph Store Protocol PUT).
    Push(push::PushArgs),
    /// Score entity linking against IndEL-style gold mentions (contexts.tsv + mentions.tsv).
    EvalLinks(eval_links::EvalLinksArgs),
    /// Check RDF files or the store against SHACL shapes (exit 0 conforms, 1 violations, 2 errors).
    Validate(validate::ValidateArgs),
}

pub fn run(cli: Cli) -> Result<i32> {
    let g = cli.global;
    match cli.command {
        Command::Convert(a) => convert::run(&g, a),
        Command::Annotate(a) => annotate::run(&g, a),
        Command::Ingest(a) => ingest::run(&g, a),
        Command::Query(a) => query::run(&g, a),
        Command::Queries => query::list(),
        Command::Export(a) => export::run(&g, a),
        Command::Eval(a) => eval::run(&g, a),
        Command::Serve(a) => serve::run(&g, a),
        Command::Push(a) => push::run(&g, a),
        Command::EvalLinks(a) => eval_links::run(&g, a),
        Command::Validate(a) => validate::run(&g, a),
    }
}

/// A closed pipe (`warta … | head`) is the reader's choice, not an error.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.to_string().contains("Broken pipe")
    })
}

/// The one line an error is reported with: `warta: error: ` and its chain of causes.
pub fn error_message(e: &anyhow::Error) -> String {
    let mut msg = format!("warta: error: {e}");
    for cause in e.chain().skip(1) {
        let c = cause.to_string();
        if !msg.contains(&c) {
            msg.push_str(&format!(": {c}"));
        }
    }
    msg
}

/// An output path as given on the command line: "-" is stdout, as Unix tools have it.
fn output_file(output: Option<PathBuf>) -> Option<PathBuf> {
    output.filter(|p| p.as_os_str() != "-")
}

fn extractor(g: &Global) -> Result<Extractor> {
    let kb = match &g.kb {
        Some(dir) => Kb::with_overrides(dir)?,
        None => Kb::embedded()?,
    };
    Ok(Extractor::new(kb))
}

/// Prints each distinct warning once (a batch without dates warns once, not per article).
/// At most [`Warnings::SHOWN`] distinct warnings are printed, so that memory stays flat over
/// any corpus; the rest are counted.
#[derive(Default)]
struct Warnings {
    seen: std::collections::HashSet<String>,
    no_date: usize,
    count: usize,
    hidden: usize,
}

impl Warnings {
    const SHOWN: usize = 1000;

    fn report(&mut self, quiet: bool, warnings: &[String]) {
        self.report_with(quiet, warnings, |m| eprintln!("{m}"));
    }

    /// Like `report`, printing through `print` (e.g. around a progress bar).
    fn report_with(&mut self, quiet: bool, warnings: &[String], print: impl Fn(&str)) {
        for w in warnings {
            self.count += 1;
            if w.contains("no publication date") {
                self.no_date += 1;
                if self.no_date > 1 {
                    continue;
                }
            }
            if quiet || self.seen.contains(w) {
                continue;
            }
            if self.seen.len() >= Self::SHOWN {
                self.hidden += 1;
                continue;
            }
            self.seen.insert(w.clone());
            print(&format!("warta: warning: {w}"));
        }
    }

    fn finish(&self, quiet: bool) {
        if !quiet && self.no_date > 1 {
            eprintln!(
                "warta: warning: {} articles had no publication date",
                self.no_date
            );
        }
        if !quiet && self.hidden > 0 {
            eprintln!("warta: {} more warnings not shown", self.hidden);
        }
    }
}
