use std::io::Write;

use super::{Global, extractor};
use anyhow::{Context, Result};
use clap::Args;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use warta::article::Article;
use warta::text::CharOffsets;

#[derive(Args)]
pub struct EvalLinksArgs {
    /// contexts.tsv: context_id, text.
    contexts: PathBuf,
    /// mentions.tsv: context_id, begin, end, anchor, wikidata_qid (code-point offsets).
    mentions: PathBuf,
    /// Print each wrong link and each missed state.
    #[arg(long)]
    verbose: bool,
}

struct Gold {
    begin: usize,
    end: usize,
    anchor: String,
    qid: String,
}

/// Link precision over every link warta makes that lines up with a gold mention (same span,
/// or same anchor text within one code point), and recall on gold mentions of states.
pub fn run(g: &Global, a: EvalLinksArgs) -> Result<i32> {
    let x = extractor(g)?;
    let read = |p: &PathBuf| {
        std::fs::read_to_string(p).with_context(|| format!("{}: cannot read", p.display()))
    };
    let contexts = read(&a.contexts)?;
    let mentions = read(&a.mentions)?;
    let mut gold: HashMap<&str, Vec<Gold>> = HashMap::new();
    for (n, line) in mentions.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 5 {
            anyhow::bail!("{}:{}: expected 5 columns", a.mentions.display(), n + 1);
        }
        gold.entry(f[0]).or_default().push(Gold {
            begin: f[1]
                .parse()
                .with_context(|| format!("{}:{}: bad begin", a.mentions.display(), n + 1))?,
            end: f[2]
                .parse()
                .with_context(|| format!("{}:{}: bad end", a.mentions.display(), n + 1))?,
            anchor: f[3].to_owned(),
            qid: f[4].to_owned(),
        });
    }
    let state_qids: HashSet<&str> =
        x.kb.states
            .iter()
            .filter_map(|s| s.qid.as_deref())
            .collect();
    let (mut links, mut correct, mut unaligned) = (0usize, 0usize, 0usize);
    let (mut gold_states, mut found_states) = (0usize, 0usize);
    let mut sentences = 0;
    for line in contexts.lines().skip(1) {
        let Some((id, text)) = line.split_once('\t') else {
            continue;
        };
        sentences += 1;
        let doc = x.extract(Article::from_parts(id, None, text, None));
        let offsets = CharOffsets::new(&doc.article.text);
        let golds = gold.get(id).map(Vec::as_slice).unwrap_or(&[]);
        let aligned = |b: usize, e: usize, anchor: &str| {
            golds.iter().find(|gm| {
                (gm.begin == b && gm.end == e)
                    || (gm.anchor == anchor && gm.begin.abs_diff(b) <= 1 && gm.end.abs_diff(e) <= 1)
            })
        };
        let mut predicted: Vec<(usize, usize, &str)> = Vec::new();
        for m in &doc.mentions {
            let Some(qid) = doc.entities[m.entity].qid.as_deref() else {
                continue;
            };
            let (b, e) = (offsets.to_char(m.start), offsets.to_char(m.end));
            let anchor = &doc.article.text[m.start..m.end];
            predicted.push((b, e, qid));
            match aligned(b, e, anchor) {
                Some(gm) => {
                    links += 1;
                    if gm.qid == qid {
                        correct += 1;
                    } else if a.verbose {
                        say!("wrong\t{id}\t{anchor}\twarta={qid}\tgold={}", gm.qid);
                    }
                }
                None => unaligned += 1,
            }
        }
        for gm in golds
            .iter()
            .filter(|gm| state_qids.contains(gm.qid.as_str()))
        {
            gold_states += 1;
            let hit = predicted.iter().any(|(b, e, q)| {
                *q == gm.qid && b.abs_diff(gm.begin) <= 1 && e.abs_diff(gm.end) <= 1
            });
            if hit {
                found_states += 1;
            } else if a.verbose {
                say!("missed\t{id}\t{}\t{}", gm.anchor, gm.qid);
            }
        }
    }
    let ratio = |n: usize, d: usize| if d == 0 { 0.0 } else { n as f64 / d as f64 };
    say!("sentences\t{sentences}");
    say!("links aligned with gold mentions\t{links}");
    say!(
        "link precision\t{:.4}\t({correct}/{links})",
        ratio(correct, links)
    );
    say!("links on spans without a gold mention\t{unaligned}");
    say!(
        "state recall\t{:.4}\t({found_states}/{gold_states})",
        ratio(found_states, gold_states)
    );
    Ok(0)
}
