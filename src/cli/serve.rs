use super::Global;
use anyhow::{Context, Result, bail};
use clap::Args;
use std::net::{SocketAddr, ToSocketAddrs};
use std::path::PathBuf;
use std::time::Duration;
use warta::server::{DEFAULT_BIND, RequestLog, ServeOptions, serve};
use warta::store::{GraphStore, default_store_path};

/// The environment variable that holds the update token (safer than the command line, which
/// other users of the machine can read).
const TOKEN_ENV: &str = "WARTA_UPDATE_TOKEN";

#[derive(Args)]
#[command(after_help = "Endpoints:
  GET  /sparql?query=…            SPARQL 1.1 query (POST too; alias /query)
  POST /update                    SPARQL 1.1 update (needs the token)
  GET  /store?graph=IRI           a graph (?default: the default graph; no parameter: all)
  PUT|POST|DELETE /store?graph=…  replace, add to, delete a graph (needs the token)
  GET  /queries                   the query catalogue as JSON
  GET  /queries/NAME?PARAM=VALUE  run a catalogue query

Examples:
  warta serve --store ./graph
  curl -H 'Accept: text/csv' 'http://127.0.0.1:7878/queries/leaders-at?date=2023-05-11'
  curl --data-urlencode 'query=ASK { GRAPH ?g {} }' http://127.0.0.1:7878/sparql
  WARTA_UPDATE_TOKEN=$(openssl rand -hex 16) warta serve")]
pub struct ServeArgs {
    /// The store's folder (default: $WARTA_STORE, else ~/.local/share/warta/store).
    #[arg(long)]
    store: Option<PathBuf>,
    /// Address to listen on. Keep it on loopback unless a proxy in front adds TLS and access
    /// control.
    #[arg(long, default_value = DEFAULT_BIND, value_name = "HOST:PORT")]
    bind: String,
    /// Allow SPARQL Update and Graph Store writes to requests that send
    /// `Authorization: Bearer TOKEN` (default: $WARTA_UPDATE_TOKEN, which is safer: command
    /// lines are visible to other users). Without a token the server is read-only.
    #[arg(long, value_name = "TOKEN")]
    update_token: Option<String>,
    /// Stop a query or update after this many seconds (0: no limit); the client gets a 503.
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    timeout_secs: u64,
    /// Refuse (422) a response with more solutions, triples or quads than this (0: no limit);
    /// the client should add a LIMIT.
    #[arg(long, default_value_t = 100_000, value_name = "N")]
    max_results: usize,
    /// Let queries that name no dataset see the union of all article graphs as the default
    /// graph (by default it is the store's own default graph, as with `warta query`).
    #[arg(long)]
    union_default_graph: bool,
}

pub fn run(g: &Global, a: ServeArgs) -> Result<i32> {
    let addresses: Vec<SocketAddr> = a
        .bind
        .to_socket_addrs()
        .with_context(|| format!("--bind {}: not an address (use HOST:PORT)", a.bind))?
        .collect();
    if addresses.is_empty() {
        bail!("--bind {}: the name resolves to no address", a.bind);
    }
    let token = match a.update_token {
        Some(t) => Some(t),
        None => std::env::var(TOKEN_ENV).ok(),
    };
    if token.as_deref().is_some_and(|t| t.trim().is_empty()) {
        bail!("the update token is empty; give a real one or none for a read-only server");
    }
    let path = a.store.unwrap_or_else(default_store_path);
    // The store is opened read-write (holding RocksDB's lock) even when the server is
    // read-only: see the README's `serve` section for why not Store::open_read_only.
    let store = if token.is_some() {
        GraphStore::open(&path)?
    } else {
        GraphStore::open_existing(&path)?
    };
    if !g.quiet {
        for addr in &addresses {
            if !addr.ip().is_loopback() {
                eprintln!(
                    "warta: warning: listening on {addr}, which other machines can reach; the server has no TLS"
                );
            }
        }
        if token.as_deref().is_some_and(|t| t.len() < 16) {
            eprintln!("warta: warning: the update token is short; use 16 characters or more");
        }
    }
    let read_write = token.is_some();
    let quiet = g.quiet;
    let listening = serve(
        store,
        &addresses,
        ServeOptions {
            update_token: token,
            timeout: (a.timeout_secs > 0).then(|| Duration::from_secs(a.timeout_secs)),
            max_results: (a.max_results > 0).then_some(a.max_results),
            union_default_graph: a.union_default_graph,
            base: g.base.clone(),
            log: (!quiet).then(|| Box::new(|line: &str| eprintln!("warta: {line}")) as RequestLog),
        },
    )?;
    if !quiet {
        let mode = if read_write {
            "read-write: /update and /store writes need the token"
        } else {
            "read-only"
        };
        eprintln!("warta: serving {} ({mode})", path.display());
        for addr in &addresses {
            eprintln!("warta: SPARQL endpoint at http://{addr}/sparql (index at http://{addr}/)");
        }
    }
    listening.join().context("the server stopped")?;
    Ok(0)
}
