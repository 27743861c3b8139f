use super::{Global, InputArgs, Warnings, extractor};
use anyhow::Result;
use clap::Args;
use std::io::Write;
use warta::article::read_inputs;
use warta::text::CharOffsets;

#[derive(Args)]
pub struct AnnotateArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Print the events (code, source and target states, date, status) instead of mentions.
    #[arg(long)]
    events: bool,
}

/// Prints what warta recognised, one mention per line (TSV): article, code-point offsets, text
/// as written, class, entity key, QID, and the posts of persons.
pub fn run(g: &Global, a: AnnotateArgs) -> Result<i32> {
    let x = extractor(g)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut warnings = Warnings::default();
    let mut failed = 0;
    for article in read_inputs(&a.input.inputs, &a.input.read_options()) {
        let article = match article {
            Ok(a) => a,
            Err(e) => {
                failed += 1;
                eprintln!("warta: error: {e}");
                continue;
            }
        };
        let doc = x.extract(article);
        warnings.report(g.quiet, &doc.warnings);
        if a.events {
            for e in &doc.events {
                let names = |ids: &[usize]| {
                    ids.iter()
                        .map(|&i| doc.entities[i].label_en.clone())
                        .collect::<Vec<_>>()
                        .join("+")
                };
                let triggers: Vec<&str> = e
                    .evidence
                    .iter()
                    .map(|v| &doc.article.text[v.start..v.end])
                    .collect();
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{:?}\t{}\t{} -> {}",
                    doc.article.id,
                    e.code,
                    e.source_state.as_deref().unwrap_or("-"),
                    e.target_state.as_deref().unwrap_or("-"),
                    e.when
                        .map(|w| warta::rdf::when_string(&w))
                        .unwrap_or_else(|| "-".to_owned()),
                    e.status,
                    triggers.join(" | "),
                    names(&e.sources),
                    names(&e.targets)
                )?;
            }
            continue;
        }
        let offsets = CharOffsets::new(&doc.article.text);
        for m in &doc.mentions {
            let e = &doc.entities[m.entity];
            let posts: Vec<String> = e
                .positions
                .iter()
                .map(|p| {
                    format!(
                        "{}:{}{}",
                        p.role,
                        p.state.as_deref().unwrap_or("-"),
                        if p.leader { " (leader)" } else { "" }
                    )
                })
                .collect();
            let note = if m.metonymy {
                "acts for its state".to_owned()
            } else {
                posts.join(", ")
            };
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{:?}\t{}\t{}\t{}\t{}",
                doc.article.id,
                offsets.to_char(m.start),
                offsets.to_char(m.end),
                &doc.article.text[m.start..m.end],
                e.class,
                e.key,
                e.qid.as_deref().unwrap_or("-"),
                e.state.as_deref().unwrap_or("-"),
                note
            )?;
        }
    }
    warnings.finish(g.quiet);
    out.flush()?;
    Ok(if failed > 0 { 1 } else { 0 })
}
