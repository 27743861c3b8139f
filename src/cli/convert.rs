use super::{Global, InputArgs, Warnings, extractor};
use anyhow::{Context, Result};
use clap::Args;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use warta::article::read_inputs;
use warta::rdf::{GraphOptions, RdfOutput, parse_rdf_format};

#[derive(Args)]
pub struct ConvertArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format: nquads, trig, turtle, ntriples, jsonld, rdfxml.
    #[arg(short, long, default_value = "nquads")]
    format: String,
    /// Write to this file instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

pub fn run(g: &Global, a: ConvertArgs) -> Result<i32> {
    let format = parse_rdf_format(&a.format)?;
    let x = extractor(g)?;
    let options = GraphOptions {
        base: g.base.clone(),
    };
    let writer: Box<dyn Write> = match &a.output {
        Some(p) => Box::new(
            std::fs::File::create(p)
                .with_context(|| format!("{}: cannot create the output file", p.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = RdfOutput::new(format, &g.base, BufWriter::new(writer))?;
    let read = a.input.read_options();
    let mut warnings = Warnings::default();
    let mut failed = 0;
    for article in read_inputs(&a.input.inputs, &read) {
        match article {
            Ok(article) => {
                let (doc, quads) = warta::convert(&x, article, &options);
                warnings.report(g.quiet, &doc.warnings);
                out.write(&quads).context("cannot write the output")?;
            }
            Err(e) => {
                failed += 1;
                eprintln!("warta: error: {e}");
            }
        }
    }
    out.finish().context("cannot write the output")?.flush()?;
    warnings.finish(g.quiet);
    Ok(if failed > 0 { 1 } else { 0 })
}
