use super::{
    Global, InputArgs, ParallelArgs, Warnings, extractor, output_file, progress::Progress,
};
use anyhow::{Context, Result, bail};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;
use warta::pipeline::{GraphWriter, ShardSize, ShardWriter, convert};
use warta::rdf::{GraphOptions, parse_rdf_format};

#[derive(Args)]
pub struct ConvertArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format: nquads, trig, turtle, ntriples, jsonld, rdfxml.
    #[arg(short, long, default_value = "nquads")]
    format: String,
    /// Write to this file instead of stdout ("-" is stdout; with --shard-size: this folder).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Split the output into numbered files OUTPUT/part-00000.nq, part-00001.nq… of N articles
    /// each (`10000`) or of at most a size each (`100MB`, `1G`); shards end between articles.
    #[arg(long, value_name = "N|SIZE", requires = "output")]
    shard_size: Option<ShardSize>,
    #[command(flatten)]
    parallel: ParallelArgs,
}

pub fn run(g: &Global, mut a: ConvertArgs) -> Result<i32> {
    a.output = output_file(a.output.take());
    if a.output.is_none() && a.shard_size.is_some() {
        bail!("--shard-size writes a folder of shards: give it with -o FOLDER, not \"-\"");
    }
    let format = parse_rdf_format(&a.format)?;
    let x = extractor(g)?;
    let options = GraphOptions {
        base: g.base.clone(),
    };
    let mut writer = match (&a.output, a.shard_size) {
        (Some(dir), Some(size)) => {
            if dir.is_file() {
                bail!(
                    "{}: --shard-size writes a folder of shards, and this is a file",
                    dir.display()
                );
            }
            GraphWriter::Shards(ShardWriter::new(dir, format, &g.base, size)?)
        }
        (Some(p), None) => {
            let file = std::fs::File::create(p)
                .with_context(|| format!("{}: cannot create the output file", p.display()))?;
            GraphWriter::single(format, &g.base, Box::new(file), p.clone())?
        }
        (None, _) => {
            let stdout: Box<dyn Write> = Box::new(std::io::stdout().lock());
            GraphWriter::single(format, &g.base, stdout, PathBuf::from("<stdout>"))?
        }
    };
    let started = Instant::now();
    let mut progress = Progress::new(g.quiet, &a.input.inputs);
    let mut read = a.input.read_options();
    read.bytes_read = progress.counter();
    let mut warnings = Warnings::default();
    let (mut converted, mut failed, mut triples) = (0u64, 0u64, 0u64);
    let result = convert(
        &x,
        &a.input.inputs,
        &read,
        &options,
        format,
        a.parallel.parallelism(),
        |c| {
            progress.article();
            match c.outcome {
                Ok(graph) => {
                    warnings.report_with(g.quiet, &graph.warnings, |m| progress.println(m));
                    converted += 1;
                    triples += graph.triples as u64;
                    writer.write(&graph)
                }
                Err(e) => {
                    failed += 1;
                    progress.println(&format!("warta: error: {e}"));
                    Ok(())
                }
            }
        },
    );
    progress.finish();
    result.context("cannot write the output")?;
    let files = writer.finish().context("cannot write the output")?;
    warnings.finish(g.quiet);
    if !g.quiet {
        let secs = started.elapsed().as_secs_f64();
        let into = match (&a.output, a.shard_size) {
            (Some(dir), Some(_)) => format!(" into {files} shards in {}", dir.display()),
            (Some(p), None) => format!(" into {}", p.display()),
            (None, _) => String::new(),
        };
        eprintln!(
            "warta: {} articles converted, {} failed; {} triples, {} warnings; {:.2} s ({:.0} articles/s){}",
            converted,
            failed,
            triples,
            warnings.count,
            secs,
            converted as f64 / secs.max(1e-9),
            into
        );
    }
    Ok(if failed > 0 { 1 } else { 0 })
}
