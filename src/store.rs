//! The persistent store: Oxigraph on RocksDB, one named graph per article. Only this module
//! writes to the database.

use crate::error::{Error, Result};
use crate::rdf::vocab::WARTA;
use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, Quad, Term};
use oxigraph::store::{BulkLoader, StorageError, Store};
use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};

/// Where the store lives unless `--store` or `WARTA_STORE` says otherwise:
/// `$XDG_DATA_HOME/warta/store`, else `~/.local/share/warta/store`, else `./warta-store`.
pub fn default_store_path() -> PathBuf {
    if let Some(p) = std::env::var_os("WARTA_STORE") {
        return PathBuf::from(p);
    }
    if let Some(d) = std::env::var_os("XDG_DATA_HOME") {
        return PathBuf::from(d).join("warta/store");
    }
    if let Some(h) = std::env::var_os("HOME") {
        return PathBuf::from(h).join(".local/share/warta/store");
    }
    PathBuf::from("warta-store")
}

/// An open store.
pub struct GraphStore {
    pub store: Store,
    pub path: PathBuf,
}

/// What happened to an article on ingest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ingested {
    Added,
    Replaced,
    Unchanged,
}

impl GraphStore {
    /// Opens (creating if needed) a store for writing.
    ///
    /// Also removes the temporary files (`bulk-*.sst`) of a bulk load that was killed before
    /// its commit: the store's lock, now ours, guarantees no other process is still using them.
    pub fn open(path: &Path) -> Result<Self> {
        let store = open_on_disk(path)?;
        remove_stale_bulk_files(path);
        Ok(GraphStore {
            store,
            path: path.to_owned(),
        })
    }

    /// Opens an existing store for reading; a missing store is an error, not a new empty one.
    pub fn open_existing(path: &Path) -> Result<Self> {
        if !path.join("CURRENT").exists() {
            return Err(Error::Store {
                path: path.to_owned(),
                message: "no store here; run `warta ingest` first or pass --store".to_owned(),
            });
        }
        Self::open(path)
    }

    /// The content hash recorded for an article graph, if it is in the store.
    pub fn stored_hash(&self, graph: &str) -> Result<Option<String>> {
        let g = NamedNodeRef::new_unchecked(graph);
        let p = NamedNode::new_unchecked(format!("{WARTA}contentHash"));
        for q in
            self.store
                .quads_for_pattern(Some(g.into()), Some(p.as_ref()), None, Some(g.into()))
        {
            let q = q.map_err(|e| store_error(&self.path, e))?;
            if let Term::Literal(l) = q.object {
                return Ok(Some(l.value().to_owned()));
            }
        }
        Ok(None)
    }

    /// Replaces an article's graph in one transaction, unless its content hash is unchanged.
    pub fn replace_graph(&self, graph: &str, hash: &str, quads: &[Quad]) -> Result<Ingested> {
        let previous = self.stored_hash(graph)?;
        if previous.as_deref() == Some(hash) {
            return Ok(Ingested::Unchanged);
        }
        let g = NamedNodeRef::new_unchecked(graph);
        let mut t = self
            .store
            .start_transaction()
            .map_err(|e| store_error(&self.path, e))?;
        t.clear_graph(GraphNameRef::NamedNode(g))
            .map_err(|e| store_error(&self.path, e))?;
        t.insert_named_graph(g);
        for q in quads {
            t.insert(q);
        }
        t.commit().map_err(|e| store_error(&self.path, e))?;
        Ok(if previous.is_some() {
            Ingested::Replaced
        } else {
            Ingested::Added
        })
    }

    /// The names of the store's graphs (one per article), sorted.
    pub fn graph_names(&self) -> Result<Vec<String>> {
        let mut names = Vec::new();
        for g in self.store.named_graphs() {
            match g.map_err(|e| store_error(&self.path, e))? {
                oxigraph::model::NamedOrBlankNode::NamedNode(n) => names.push(n.into_string()),
                oxigraph::model::NamedOrBlankNode::BlankNode(_) => {}
            }
        }
        names.sort();
        Ok(names)
    }

    /// The quads of the whole store, or of one graph, in a repeatable (sorted) order; asking
    /// for a graph the store does not have is an error.
    pub fn sorted_quads(&self, graph: Option<&str>) -> Result<Vec<Quad>> {
        let g = graph.map(NamedNodeRef::new_unchecked);
        let mut quads: Vec<Quad> = Vec::new();
        for q in self
            .store
            .quads_for_pattern(None, None, None, g.map(Into::into))
        {
            quads.push(q.map_err(|e| store_error(&self.path, e))?);
        }
        if let Some(g) = graph
            && quads.is_empty()
            && !self
                .store
                .contains_named_graph(NamedNodeRef::new_unchecked(g))
                .map_err(|e| store_error(&self.path, e))?
        {
            return Err(Error::Store {
                path: self.path.clone(),
                message: format!("no graph <{g}> in the store"),
            });
        }
        // Store order is not canonical: sort for repeatable output.
        let mut keyed: Vec<(String, Quad)> =
            quads.into_iter().map(|q| (q.to_string(), q)).collect();
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(keyed.into_iter().map(|(_, q)| q).collect())
    }

    /// Writes the whole store, or one graph, in a format.
    pub fn export(
        &self,
        format: RdfFormat,
        base: &str,
        graph: Option<&str>,
        writer: impl std::io::Write,
    ) -> Result<()> {
        let quads = self.sorted_quads(graph)?;
        crate::rdf::write_quads(&quads, format, base, writer)?;
        Ok(())
    }
}

/// Removes `bulk-*.sst` left by a killed bulk load (best effort: a leftover only wastes space).
fn remove_stale_bulk_files(path: &Path) {
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// How new articles reach the store (`warta ingest --bulk`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BulkMode {
    /// Batches of at least [`WriteOptions::bulk_min_articles`] new articles go through the bulk
    /// loader, smaller ones through transactions.
    #[default]
    Auto,
    /// Every batch of new articles goes through the bulk loader.
    Always,
    /// One transaction per article, as for changed articles.
    Never,
}

/// How [`BatchWriter`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteOptions {
    pub bulk: BulkMode,
    /// A batch of new articles is committed when it holds this many quads (whole articles:
    /// a batch ends after the article that reaches the limit).
    pub batch_quads: usize,
    /// In [`BulkMode::Auto`], a batch with fewer new articles than this (the last one of a
    /// run, or one cut short by a repeated id) is written with transactions instead.
    pub bulk_min_articles: usize,
    /// Batches encoded at the same time by the bulk loader's threads (each one batch).
    pub max_in_flight: usize,
}

impl Default for WriteOptions {
    fn default() -> Self {
        WriteOptions {
            bulk: BulkMode::Auto,
            batch_quads: DEFAULT_BATCH_QUADS,
            bulk_min_articles: DEFAULT_BULK_MIN_ARTICLES,
            max_in_flight: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
        }
    }
}

/// Default size of a bulk batch, in quads (memory grows with it; see the README's figures).
pub const DEFAULT_BATCH_QUADS: usize = 250_000;
/// Default smallest batch the bulk loader is used for, in articles.
pub const DEFAULT_BULK_MIN_ARTICLES: usize = 100;

/// The one writer of a batch ingest.
///
/// Changed articles are replaced in one transaction each ([`GraphStore::replace_graph`]). New
/// articles are gathered into batches of whole article graphs and written with Oxigraph's bulk
/// loader; each batch is one atomic commit (RocksDB ingests all of a batch's files at once), so
/// a killed ingest leaves every article graph either complete or absent, never half-written.
/// The content hash travels inside its graph, so the articles of a lost batch are simply new
/// again on the next run.
///
/// While batches are encoded by the loader's background threads (up to
/// [`WriteOptions::max_in_flight`] at once, one thread each), the next one is gathered. Until a batch is committed its graphs are not in
/// the store, so the writer answers "what is stored for this graph" from its own batches
/// first: an id seen twice in one run is handled as in a sequential run (the last one wins).
pub struct BatchWriter<'a> {
    store: &'a GraphStore,
    options: WriteOptions,
    /// Quads of the batch being gathered.
    pending: Vec<Quad>,
    /// Graph → (hash, end of its quads in `pending`), in arrival order.
    pending_graphs: Vec<(String, String, usize)>,
    pending_index: HashMap<String, usize>,
    /// Batches handed to the bulk loader, not committed yet (oldest first), and their graphs'
    /// hashes.
    in_flight: VecDeque<(BulkLoader<'a>, HashMap<String, String>)>,
    bulk_batches: u64,
}

impl<'a> BatchWriter<'a> {
    pub fn new(store: &'a GraphStore, options: WriteOptions) -> Self {
        BatchWriter {
            store,
            options,
            pending: Vec::new(),
            pending_graphs: Vec::new(),
            pending_index: HashMap::new(),
            in_flight: VecDeque::new(),
            bulk_batches: 0,
        }
    }

    /// The hash this writer has stored (or will store) for `graph`.
    fn previous_hash(&self, graph: &str) -> Result<Option<String>> {
        if let Some(&i) = self.pending_index.get(graph) {
            return Ok(Some(self.pending_graphs[i].1.clone()));
        }
        // The newest batch first: it holds the latest version of a repeated id.
        if let Some(h) = self.in_flight.iter().rev().find_map(|(_, g)| g.get(graph)) {
            return Ok(Some(h.clone()));
        }
        self.store.stored_hash(graph)
    }

    /// Writes an article graph unless its hash is the stored one; `quads` is called only when
    /// the graph must be written.
    pub fn put(
        &mut self,
        graph: &str,
        hash: &str,
        quads: impl FnOnce() -> Vec<Quad>,
    ) -> Result<Ingested> {
        let previous = self.previous_hash(graph)?;
        if previous.as_deref() == Some(hash) {
            return Ok(Ingested::Unchanged);
        }
        let quads = quads();
        if previous.is_none() && self.options.bulk != BulkMode::Never {
            self.pending.extend(quads);
            self.pending_index
                .insert(graph.to_owned(), self.pending_graphs.len());
            self.pending_graphs
                .push((graph.to_owned(), hash.to_owned(), self.pending.len()));
            if self.pending.len() >= self.options.batch_quads.max(1) {
                self.start_bulk(self.options.max_in_flight)?;
            }
            return Ok(Ingested::Added);
        }
        if self.pending_index.contains_key(graph)
            || self.in_flight.iter().any(|(_, g)| g.contains_key(graph))
        {
            // The same id again, still in an uncommitted batch: commit first, then replace.
            self.commit_all()?;
        }
        self.store.replace_graph(graph, hash, &quads)?;
        Ok(if previous.is_some() {
            Ingested::Replaced
        } else {
            Ingested::Added
        })
    }

    /// Hands the gathered batch to the bulk loader, which encodes it on a background thread;
    /// with `max_in_flight` batches already encoding, commits the oldest first.
    fn start_bulk(&mut self, max_in_flight: usize) -> Result<()> {
        while self.in_flight.len() >= max_in_flight.max(1) {
            self.commit_oldest()?;
        }
        let quads = std::mem::take(&mut self.pending);
        let graphs = std::mem::take(&mut self.pending_graphs)
            .into_iter()
            .map(|(g, h, _)| (g, h))
            .collect();
        self.pending_index.clear();
        let mut loader = self.store.store.bulk_loader();
        loader
            .load_quads(quads)
            .map_err(|e| store_error(&self.store.path, e))?;
        self.in_flight.push_back((loader, graphs));
        self.bulk_batches += 1;
        Ok(())
    }

    /// Commits the oldest batch in flight (in order: batches are committed as they came).
    fn commit_oldest(&mut self) -> Result<()> {
        if let Some((loader, _)) = self.in_flight.pop_front() {
            loader
                .commit()
                .map_err(|e| store_error(&self.store.path, e))?;
        }
        Ok(())
    }

    /// Commits everything gathered: the pending batch (bulk or transactions, as the options
    /// say; a bulk one is encoded alongside those in flight), then every batch in order.
    fn commit_all(&mut self) -> Result<()> {
        if !self.pending_graphs.is_empty() {
            let bulk = match self.options.bulk {
                BulkMode::Always => true,
                BulkMode::Never => false,
                BulkMode::Auto => self.pending_graphs.len() >= self.options.bulk_min_articles,
            };
            if bulk {
                self.start_bulk(self.options.max_in_flight + 1)?;
            } else {
                while !self.in_flight.is_empty() {
                    self.commit_oldest()?;
                }
                let quads = std::mem::take(&mut self.pending);
                let mut start = 0;
                for (graph, hash, end) in std::mem::take(&mut self.pending_graphs) {
                    self.store
                        .replace_graph(&graph, &hash, &quads[start..end])?;
                    start = end;
                }
                self.pending_index.clear();
            }
        }
        while !self.in_flight.is_empty() {
            self.commit_oldest()?;
        }
        Ok(())
    }

    /// Commits what is left; returns the number of bulk batches written.
    pub fn finish(mut self) -> Result<u64> {
        self.commit_all()?;
        Ok(self.bulk_batches)
    }
}

#[cfg(feature = "rocksdb")]
fn open_on_disk(path: &Path) -> Result<Store> {
    Store::open(path).map_err(|e| store_error(path, e))
}

#[cfg(not(feature = "rocksdb"))]
fn open_on_disk(path: &Path) -> Result<Store> {
    Err(Error::Store {
        path: path.to_owned(),
        message: "this warta was built without the rocksdb feature".to_owned(),
    })
}

/// Turns RocksDB's messages into one line that says what to do.
pub fn store_error(path: &Path, e: StorageError) -> Error {
    let message = e.to_string();
    let message = if is_lock_error(&message) {
        IN_USE.to_owned()
    } else {
        message
    };
    Error::Store {
        path: path.to_owned(),
        message,
    }
}

/// What a store another process holds is reported as.
const IN_USE: &str = "the store is in use by another process (a warta serve, ingest or push?); wait for it to finish or stop it, or use another --store";

/// RocksDB's refusals of a store another process (or this one) has open: `While lock file:
/// …/LOCK: Resource temporarily unavailable`, `lock hold by current process…`. Matched
/// narrowly, so that other errors (a checksum mismatch in a "block") keep their own words.
fn is_lock_error(message: &str) -> bool {
    message.contains("While lock file") || message.contains("lock hold by current process")
}
