use super::Global;
use anyhow::{Context, Result};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use std::path::PathBuf;
use std::time::Duration;
use warta::push::{Auth, Endpoint, Event, PushFormat, PushOptions, Pusher, StateFile, push_graphs};
use warta::rdf::article_iri;
use warta::store::{GraphStore, default_store_path};

const AFTER_HELP: &str = "\
Each article graph is sent as `PUT ENDPOINT?graph=ARTICLE-IRI` (SPARQL 1.1 Graph Store
Protocol), so pushing again replaces a graph and never duplicates it. A state file records
what was pushed where; a re-run sends only new or changed articles (--force sends all).

Endpoints (the Graph Store Protocol service itself):
  Oxigraph server     http://HOST:7878/store
  Apache Jena Fuseki  http://HOST:3030/DATASET/data                   --user (if secured)
  GraphDB             http://HOST:7200/repositories/REPO/rdf-graphs/service       --user
  Virtuoso            http://HOST:8890/sparql-graph-crud-auth         --user dba --digest
  Amazon Neptune      https://CLUSTER:8182/sparql/gsp/      (not with IAM auth: no SigV4)
  QLever              its server url, --token ACCESS_TOKEN (builds that take GSP updates)

Credentials: --user with --password or WARTA_PUSH_PASSWORD (HTTP Basic, or HTTP Digest with
--digest), or --token or WARTA_PUSH_TOKEN (Bearer). Prefer the environment variables:
arguments show in `ps`.

Examples:
  warta push --endpoint http://localhost:7878/store
  export WARTA_PUSH_PASSWORD=…
  warta push --endpoint http://localhost:3030/news/data --user admin
  warta push --endpoint http://localhost:8890/sparql-graph-crud-auth --user dba --digest
  warta push --endpoint https://kg.example.org/store --graph seoul-concern-2024-10-25 --force
  warta push --endpoint http://localhost:7878/store --dry-run";

#[derive(Args)]
#[command(after_help = AFTER_HELP)]
pub struct PushArgs {
    /// The store's Graph Store Protocol url, e.g. http://localhost:7878/store.
    #[arg(long, value_name = "URL")]
    endpoint: String,
    /// The local store's folder (default: $WARTA_STORE, else ~/.local/share/warta/store).
    #[arg(long)]
    store: Option<PathBuf>,
    /// Only this article's graph (its id, or the graph IRI in <…>); repeatable.
    #[arg(long, value_name = "ID")]
    graph: Vec<String>,
    /// User name for HTTP Basic authentication.
    #[arg(long, value_name = "U", conflicts_with = "token")]
    user: Option<String>,
    /// Password for --user (default: $WARTA_PUSH_PASSWORD).
    #[arg(long, value_name = "P", requires = "user")]
    password: Option<String>,
    /// Answer the store's HTTP Digest challenge with --user/--password instead of sending
    /// Basic (Virtuoso's /sparql-graph-crud-auth).
    #[arg(long, requires = "user")]
    digest: bool,
    /// Bearer token (default: $WARTA_PUSH_TOKEN).
    #[arg(long, value_name = "T")]
    token: Option<String>,
    /// Attempts after the first for connection errors, time-outs, 408, 429 and 5xx.
    #[arg(long, default_value_t = 5, value_name = "N")]
    retries: u32,
    /// Seconds to wait for the connection and for each read or write on it.
    #[arg(long, default_value_t = 60, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..))]
    timeout: u64,
    /// The record of what was pushed where (default: push-state.json in the store's folder).
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
    /// Push every graph, even those the state file says are already there.
    #[arg(long)]
    force: bool,
    /// Serialisation sent: ntriples or turtle.
    #[arg(short, long, default_value = "ntriples")]
    format: String,
    /// Show what would be pushed; send nothing, write no state.
    #[arg(long)]
    dry_run: bool,
}

pub fn run(g: &Global, a: PushArgs) -> Result<i32> {
    let endpoint = Endpoint::parse(&a.endpoint)?;
    let format = PushFormat::parse(&a.format)?;
    let auth = match (a.user, a.token) {
        (Some(user), _) => {
            let password = match a.password {
                Some(p) => p,
                None => match std::env::var("WARTA_PUSH_PASSWORD") {
                    Ok(p) => p,
                    Err(_) => {
                        eprintln!(
                            "warta: error: --user {user} needs a password: set WARTA_PUSH_PASSWORD or pass --password"
                        );
                        return Ok(2);
                    }
                },
            };
            if a.digest {
                Auth::Digest { user, password }
            } else {
                Auth::Basic { user, password }
            }
        }
        (None, Some(token)) => Auth::Bearer(token),
        (None, None) => match std::env::var("WARTA_PUSH_TOKEN") {
            Ok(t) if !t.trim().is_empty() => Auth::Bearer(t),
            _ => Auth::None,
        },
    };
    if !g.quiet && auth != Auth::None && endpoint.is_cleartext_remote() {
        eprintln!(
            "warta: warning: sending credentials over plain http to {}; use https off this machine",
            endpoint.as_str()
        );
    }

    let path = a.store.unwrap_or_else(default_store_path);
    let store = GraphStore::open_existing(&path)?;
    let all = store.graph_names()?;
    let graphs: Vec<String> = if a.graph.is_empty() {
        all
    } else {
        let mut chosen = Vec::new();
        for id in &a.graph {
            let iri = match id.strip_prefix('<').and_then(|s| s.strip_suffix('>')) {
                Some(iri) => iri.to_owned(),
                None => article_iri(&g.base, id),
            };
            if all.binary_search(&iri).is_err() {
                anyhow::bail!(
                    "store {}: no graph <{iri}> in the store (give an article id or <graph IRI>)",
                    path.display()
                );
            }
            if !chosen.contains(&iri) {
                chosen.push(iri);
            }
        }
        chosen
    };
    if graphs.is_empty() {
        if !g.quiet {
            eprintln!(
                "warta: nothing to push: the store {} has no article graphs",
                path.display()
            );
        }
        return Ok(0);
    }

    let state_path = a.state.unwrap_or_else(|| StateFile::default_path(&path));
    let mut state = StateFile::load(&state_path)?;
    let pusher = Pusher::new(PushOptions {
        endpoint,
        auth,
        format,
        retries: a.retries,
        timeout: Duration::from_secs(a.timeout),
        backoff: Duration::from_millis(500),
        force: a.force,
        dry_run: a.dry_run,
        base: g.base.clone(),
    })?;

    let bar = if g.quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(graphs.len() as u64).with_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} graphs, {rate} graphs/s, eta {eta}")
                .context("progress bar template")?
                .with_key(
                    "rate",
                    |s: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                        let _ = write!(w, "{:.1}", s.per_sec());
                    },
                ),
        )
    };
    let quiet = g.quiet;
    let report = push_graphs(&store, &graphs, &pusher, &mut state, |event| match event {
        Event::Pushed { .. } | Event::Skipped { .. } => bar.inc(1),
        Event::WouldPush { graph, triples } => {
            bar.suspend(|| println!("{graph}\t{triples}"));
            bar.inc(1);
        }
        Event::Retrying {
            graph,
            attempt,
            of,
            delay,
            reason,
        } => {
            if !quiet {
                bar.suspend(|| {
                    eprintln!(
                        "warta: warning: <{graph}>: {reason}; retrying in {:.1}s (attempt {} of {of})",
                        delay.as_secs_f64(),
                        attempt + 1
                    )
                });
            }
        }
        Event::Failed { graph, failure } => {
            bar.suspend(|| eprintln!("warta: error: <{graph}>: {}", failure.message));
            bar.inc(1);
        }
    })?;
    bar.finish_and_clear();

    if report.not_attempted > 0 {
        eprintln!(
            "warta: error: {} more graph(s) not attempted after that failure; fix it and run again (pushed graphs are skipped)",
            report.not_attempted
        );
    }
    if !g.quiet {
        let secs = report.elapsed.as_secs_f64();
        let verb = if a.dry_run { "would push" } else { "pushed" };
        let mut line = format!(
            "warta: {verb} {}, skipped {}, failed {}",
            report.pushed, report.skipped, report.failed
        );
        if report.not_attempted > 0 {
            line.push_str(&format!(", not attempted {}", report.not_attempted));
        }
        line.push_str(&format!(
            "; {} triples ({:.1} kB) to {} in {secs:.2}s",
            report.triples,
            report.bytes as f64 / 1000.0,
            pusher.options().endpoint.as_str(),
        ));
        if report.pushed > 0 && secs > 0.0 && !a.dry_run {
            line.push_str(&format!(
                " ({:.0} triples/s, {:.1} graphs/s)",
                report.triples as f64 / secs,
                report.pushed as f64 / secs
            ));
        }
        if !a.dry_run {
            line.push_str(&format!("; state in {}", state.path().display()));
        }
        eprintln!("{line}");
    }
    Ok(if report.failed > 0 || report.not_attempted > 0 {
        1
    } else {
        0
    })
}
