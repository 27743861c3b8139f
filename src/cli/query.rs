use super::Global;
use anyhow::{Context, Result, bail};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use warta::query::{ResultFormat, catalogue, find, parse_param_value, run as run_query};
use warta::store::{GraphStore, default_store_path};

#[derive(Args)]
pub struct QueryArgs {
    /// A catalogue name (see `warta queries`), a .rq file, or - for stdin.
    #[arg(required_unless_present = "expression")]
    query: Option<String>,
    /// Inline SPARQL.
    #[arg(short = 'e', long = "expression", conflicts_with = "query")]
    expression: Option<String>,
    /// Bind a variable to an RDF term: name=value (an <iri>, "literal"@lang, 2024-10-25, 42, text).
    #[arg(short, long = "param", value_name = "NAME=VALUE")]
    params: Vec<String>,
    /// Result format: table, csv, tsv, json, xml.
    #[arg(short, long, default_value = "table")]
    format: String,
    /// The store's folder (default: $WARTA_STORE, else ~/.local/share/warta/store).
    #[arg(long)]
    store: Option<PathBuf>,
}

pub fn run(g: &Global, a: QueryArgs) -> Result<i32> {
    let format = ResultFormat::parse(&a.format)?;
    let (origin, text) = match (&a.expression, &a.query) {
        (Some(e), _) => ("-e".to_owned(), e.clone()),
        (None, Some(q)) if q == "-" => {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                .context("cannot read the query from stdin")?;
            ("<stdin>".to_owned(), s)
        }
        (None, Some(q)) => match find(q) {
            Some(c) => (format!("query {q}"), c.text),
            None if q.ends_with(".rq") || std::path::Path::new(q).exists() => (
                q.clone(),
                std::fs::read_to_string(q)
                    .with_context(|| format!("{q}: cannot read the query file"))?,
            ),
            None => bail!(
                "no query named {q:?} in the catalogue and no such .rq file (see `warta queries`)"
            ),
        },
        (None, None) => bail!("give a query name, a .rq file or -e SPARQL"),
    };
    let mut params = Vec::new();
    for p in &a.params {
        let Some((name, value)) = p.split_once('=') else {
            bail!("--param {p:?}: expected NAME=VALUE");
        };
        params.push((
            name.trim_start_matches('?').to_owned(),
            parse_param_value(value)?,
        ));
    }
    let path = a.store.unwrap_or_else(default_store_path);
    let store = GraphStore::open_existing(&path)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    // An internal error of the query engine must not crash the command: report it as one line.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_query(
            &store.store,
            &origin,
            &text,
            &params,
            format,
            &g.base,
            &mut out,
        )
    }));
    std::panic::set_hook(hook);
    match result {
        Ok(r) => r?,
        Err(panic) => {
            let why = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            bail!("{origin}: the query engine failed internally ({why}); try simplifying ORDER BY");
        }
    }
    out.flush()?;
    Ok(0)
}

pub fn list() -> Result<i32> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for q in catalogue() {
        writeln!(out, "{:<28} {}", q.name, q.title)?;
        writeln!(out, "{:<28} {}", "", q.description)?;
        for (p, d) in &q.params {
            writeln!(out, "{:<28} --param {p}=…  {d}", "")?;
        }
    }
    Ok(0)
}
