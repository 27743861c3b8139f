//! The persistent store: Oxigraph on RocksDB, one named graph per article. Only this module
//! writes to the database.

use crate::error::{Error, Result};
use crate::rdf::vocab::WARTA;
use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, Quad, Term};
use oxigraph::store::{StorageError, Store};
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
    pub fn open(path: &Path) -> Result<Self> {
        Ok(GraphStore {
            store: open_on_disk(path)?,
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
    let message = if message.to_lowercase().contains("lock") {
        "the store is locked by another process (is another warta running?); wait for it to finish or use another --store".to_owned()
    } else {
        message
    };
    Error::Store {
        path: path.to_owned(),
        message,
    }
}
