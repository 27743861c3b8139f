use std::io::Write;

use super::{Global, extractor};
use anyhow::{Context, Result};
use clap::Args;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use warta::article::{ReadOptions, read_inputs};

#[derive(Args)]
pub struct EvalArgs {
    /// A folder of articles (`ID.json`) with gold files beside them (`ID.gold.tsv`).
    dir: PathBuf,
    /// Print each missed and each spurious event.
    #[arg(long)]
    verbose: bool,
}

/// One gold or predicted event as the scorer compares it: CAMEO root and state dyad.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Dyad {
    root: String,
    source: String,
    target: String,
}

struct Gold {
    qids: BTreeSet<String>,
    events: Vec<(Dyad, String, String)>,
    negatives: Vec<String>,
}

fn read_gold(path: &Path) -> Result<Gold> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the gold file", path.display()))?;
    let mut g = Gold {
        qids: BTreeSet::new(),
        events: Vec::new(),
        negatives: Vec::new(),
    };
    for (n, line) in text.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let col = |i: usize| f.get(i).copied().unwrap_or("").trim();
        match col(0) {
            "entity" if col(1).starts_with('Q') => {
                g.qids.insert(col(1).to_owned());
            }
            "event" => {
                anyhow::ensure!(
                    col(1).len() >= 2,
                    "{}:{}: bad CAMEO code",
                    path.display(),
                    n + 1
                );
                g.events.push((
                    Dyad {
                        root: col(1)[..2].to_owned(),
                        source: col(2).to_owned(),
                        target: col(3).to_owned(),
                    },
                    col(4).to_owned(),
                    col(5).to_owned(),
                ));
            }
            "negative" => g.negatives.push(col(5).to_owned()),
            _ => {}
        }
    }
    Ok(g)
}

#[derive(Default)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn line(&self, name: &str) -> String {
        let p = ratio(self.tp, self.tp + self.fp);
        let r = ratio(self.tp, self.tp + self.fn_);
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        format!(
            "{name}\tprecision {p:.3}\trecall {r:.3}\tF1 {f:.3}\t(tp {} fp {} fn {})",
            self.tp, self.fp, self.fn_
        )
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 0.0 } else { n as f64 / d as f64 }
}

/// Scores warta against gold files: entity QIDs per article, events by CAMEO root and state
/// dyad (events whose source acts for no state are outside this measure), exact dates of the
/// matched events, and events read inside sentences that must yield none.
pub fn run(g: &Global, a: EvalArgs) -> Result<i32> {
    let x = extractor(g)?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&a.dir)
        .with_context(|| format!("{}: cannot read the folder", a.dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    anyhow::ensure!(
        !files.is_empty(),
        "{}: no .json articles here",
        a.dir.display()
    );
    let (mut ents, mut events) = (Counts::default(), Counts::default());
    let (mut dated, mut dates_right, mut negative_hits) = (0usize, 0usize, 0usize);
    let read = ReadOptions::default();
    for file in &files {
        let gold = read_gold(&file.with_extension("gold.tsv"))?;
        for article in read_inputs(std::slice::from_ref(file), &read) {
            let doc = x.extract(article?);
            let predicted: BTreeSet<String> =
                doc.entities.iter().filter_map(|e| e.qid.clone()).collect();
            ents.tp += predicted.intersection(&gold.qids).count();
            ents.fp += predicted.difference(&gold.qids).count();
            ents.fn_ += gold.qids.difference(&predicted).count();
            let mut unmatched: Vec<&(Dyad, String, String)> = gold.events.iter().collect();
            // A denied act is reported as not having happened: not an event to score. Gold files
            // list events between states only, so one aimed at an organisation (an IGO, a
            // party) is not scored either; a material act (roots 15-20) with no target at all
            // meets the `-` rows, which gold files use for nothing else.
            for e in doc.events.iter().filter(|e| {
                e.source_state.is_some()
                    && e.status != warta::event::Status::Denied
                    && if e.targets.is_empty() {
                        e.code.as_str() >= "15"
                    } else {
                        e.target_state.is_some()
                    }
            }) {
                let dyad = Dyad {
                    root: e.code[..2].to_owned(),
                    source: e.source_state.clone().unwrap_or_default(),
                    target: e.target_state.clone().unwrap_or_else(|| "-".to_owned()),
                };
                let trigger = &doc.article.text[e.evidence[0].start..e.evidence[0].end];
                // The trigger lies inside the negative phrase itself, not just in its sentence.
                if gold.negatives.iter().any(|n| {
                    e.evidence.iter().any(|v| {
                        let s = &doc.sentences[v.sentence];
                        doc.article.text[s.start..s.end]
                            .match_indices(n.as_str())
                            .any(|(at, _)| {
                                let start = s.start + at;
                                start <= v.start && v.end <= start + n.len()
                            })
                    })
                }) {
                    negative_hits += 1;
                    if a.verbose {
                        say!(
                            "negative\t{}\t{} {}→{}\t{trigger}",
                            doc.article.id,
                            e.code,
                            dyad.source,
                            dyad.target
                        );
                    }
                }
                // A row whose note says "symmetric" (meetings, calls, clashes) matches either
                // direction, as the gold format's README says.
                let reversed = Dyad {
                    root: dyad.root.clone(),
                    source: dyad.target.clone(),
                    target: dyad.source.clone(),
                };
                let symmetric = |note: &str| note.contains("symmetric");
                let date = e
                    .when
                    .map(|w| warta::rdf::when_string(&w))
                    .unwrap_or_else(|| "-".to_owned());
                // Of two rows for the same dyad (an act told on two days), the one of the same
                // date is this event's.
                match unmatched
                    .iter()
                    .position(|(d, gold_date, _)| *d == dyad && *gold_date == date)
                    .or_else(|| unmatched.iter().position(|(d, _, _)| *d == dyad))
                    .or_else(|| {
                        unmatched
                            .iter()
                            .position(|(d, _, note)| *d == reversed && symmetric(note))
                    }) {
                    Some(i) => {
                        let (_, gold_date, _) = unmatched.remove(i);
                        events.tp += 1;
                        if gold_date != "-" {
                            dated += 1;
                            let got = e
                                .when
                                .map(|w| warta::rdf::when_string(&w))
                                .unwrap_or_default();
                            if got == *gold_date {
                                dates_right += 1;
                            } else if a.verbose {
                                say!(
                                    "date\t{}\t{} {}→{}\tgold {gold_date}\twarta {got}",
                                    doc.article.id,
                                    e.code,
                                    dyad.source,
                                    dyad.target
                                );
                            }
                        }
                    }
                    None => {
                        events.fp += 1;
                        if a.verbose {
                            say!(
                                "spurious\t{}\t{} {}→{}\t{trigger}",
                                doc.article.id,
                                e.code,
                                dyad.source,
                                dyad.target
                            );
                        }
                    }
                }
            }
            events.fn_ += unmatched.len();
            if a.verbose {
                for (d, _, note) in unmatched {
                    say!(
                        "missed\t{}\t{} {}→{}\t{note}",
                        doc.article.id,
                        d.root,
                        d.source,
                        d.target
                    );
                }
            }
        }
    }
    say!("articles\t{}", files.len());
    say!("{}", ents.line("entities (QIDs per article)"));
    say!("{}", events.line("events (root code + state dyad)"));
    say!(
        "dates exact\t{:.3}\t({dates_right}/{dated} matched events with a gold date)",
        ratio(dates_right, dated)
    );
    say!("events inside negative sentences\t{negative_hits}");
    Ok(0)
}
