//! What `warta validate` checks: RDF files or the store, one graph at a time (each article
//! graph is self-contained, and entities described in several articles may differ between
//! them), against SHACL shapes ([`crate::shacl`]).

use crate::error::{Error, Result};
use crate::shacl::{Shapes, ValidationResult, validate};
use crate::store::{GraphStore, store_error};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
use oxigraph::model::{Dataset, GraphName, GraphNameRef, NamedNode, Quad, QuadRef};
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use rayon::prelude::*;
use std::path::Path;

/// The results for one data graph.
#[derive(Debug)]
pub struct GraphReport {
    /// How people see the graph: its IRI, or the file for a file's default graph.
    pub label: String,
    /// The graph as an IRI (a `file:` IRI for a file's default graph), for RDF reports.
    pub iri: NamedNode,
    pub triples: usize,
    pub results: Vec<ValidationResult>,
}

impl GraphReport {
    /// Validates one graph (as the default graph of `data`) and names it.
    fn of(shapes: &Shapes, label: String, iri: NamedNode, data: &Dataset) -> Result<Self> {
        Ok(GraphReport {
            label,
            iri,
            triples: data.len(),
            results: validate(shapes, data)?,
        })
    }
}

impl GraphReport {
    pub fn conforms(&self) -> bool {
        self.results.is_empty()
    }
}

/// The RDF format of a file, from its extension.
pub fn format_of(path: &Path) -> Result<RdfFormat> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    Ok(match ext.as_str() {
        "ttl" => RdfFormat::Turtle,
        "nt" => RdfFormat::NTriples,
        "nq" => RdfFormat::NQuads,
        "trig" => RdfFormat::TriG,
        "jsonld" => RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        },
        "rdf" | "owl" | "xml" => RdfFormat::RdfXml,
        _ => {
            return Err(Error::Rdf(format!(
                "{}: unknown rdf format (expected .ttl, .nt, .nq, .trig, .jsonld or .rdf)",
                path.display()
            )));
        }
    })
}

/// Validates every graph of an RDF file: its default graph (when it has triples) and each
/// named graph, calling `each` with the report of each graph in turn.
pub fn validate_file(
    shapes: &Shapes,
    path: &Path,
    mut each: impl FnMut(GraphReport) -> Result<()>,
) -> Result<()> {
    let format = format_of(path)?;
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut by_graph: std::collections::BTreeMap<String, (GraphName, Dataset)> =
        std::collections::BTreeMap::new();
    let parser = RdfParser::from_format(format).for_reader(std::io::BufReader::new(file));
    for q in parser {
        let q = q.map_err(|e| Error::Rdf(format!("{}: {e}", path.display())))?;
        let key = match &q.graph_name {
            GraphName::DefaultGraph => String::new(),
            g => g.to_string(),
        };
        let entry = by_graph
            .entry(key)
            .or_insert_with(|| (q.graph_name.clone(), Dataset::new()));
        entry.1.insert(QuadRef::new(
            &q.subject,
            &q.predicate,
            &q.object,
            GraphNameRef::DefaultGraph,
        ));
    }
    if by_graph.is_empty() {
        return Err(Error::Rdf(format!(
            "{}: no triples to validate",
            path.display()
        )));
    }
    let graphs: Vec<(GraphName, Dataset)> = by_graph.into_values().collect();
    in_order(
        &graphs,
        |(name, data)| {
            let (label, iri) = match name {
                GraphName::NamedNode(n) => (n.as_str().to_owned(), n.clone()),
                GraphName::BlankNode(b) => (b.to_string(), file_iri(path)),
                GraphName::DefaultGraph => (path.display().to_string(), file_iri(path)),
            };
            GraphReport::of(shapes, label, iri, data)
        },
        &mut each,
    )
}

/// Graphs validated at the same time on rayon's threads; their reports still reach `each` in
/// the graphs' order.
const CHUNK: usize = 64;

fn in_order<T: Sync>(
    items: &[T],
    work: impl Fn(&T) -> Result<GraphReport> + Sync,
    each: &mut impl FnMut(GraphReport) -> Result<()>,
) -> Result<()> {
    for chunk in items.chunks(CHUNK) {
        let reports: Vec<Result<GraphReport>> = chunk.par_iter().map(&work).collect();
        for r in reports {
            each(r?)?;
        }
    }
    Ok(())
}

/// Validates the store's graphs, or one of them, calling `each` per graph. The default graph
/// (which warta leaves empty) is validated too when something put triples there.
pub fn validate_store(
    shapes: &Shapes,
    store: &GraphStore,
    graph: Option<&str>,
    mut each: impl FnMut(GraphReport) -> Result<()>,
) -> Result<()> {
    let mut names: Vec<GraphName> = match graph {
        Some(g) => {
            let n = NamedNode::new(g)
                .map_err(|e| Error::Query(format!("--graph {g}: not an iri ({e})")))?;
            if !store
                .store
                .contains_named_graph(n.as_ref())
                .map_err(|e| store_error(&store.path, e))?
            {
                return Err(Error::Store {
                    path: store.path.clone(),
                    message: format!("no graph <{g}> in the store"),
                });
            }
            vec![GraphName::NamedNode(n)]
        }
        None => store
            .graph_names()?
            .into_iter()
            .map(|g| GraphName::NamedNode(NamedNode::new_unchecked(g)))
            .collect(),
    };
    if graph.is_none() {
        let default_has_triples = store
            .store
            .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
            .next()
            .is_some();
        if default_has_triples {
            names.insert(0, GraphName::DefaultGraph);
        }
    }
    in_order(
        &names,
        |name| {
            let mut data = Dataset::new();
            for q in store
                .store
                .quads_for_pattern(None, None, None, Some(name.as_ref()))
            {
                let q: Quad = q.map_err(|e| store_error(&store.path, e))?;
                data.insert(QuadRef::new(
                    &q.subject,
                    &q.predicate,
                    &q.object,
                    GraphNameRef::DefaultGraph,
                ));
            }
            let (label, iri) = match name {
                GraphName::NamedNode(n) => (n.as_str().to_owned(), n.clone()),
                _ => (
                    "(default graph)".to_owned(),
                    NamedNode::new_unchecked(file_url(&store.path)),
                ),
            };
            GraphReport::of(shapes, label, iri, &data)
        },
        &mut each,
    )
}

/// Characters escaped in `file:` IRIs.
const PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

fn file_url(path: &Path) -> String {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    format!(
        "file://{}",
        utf8_percent_encode(&abs.to_string_lossy(), PATH)
    )
}

fn file_iri(path: &Path) -> NamedNode {
    NamedNode::new(file_url(path)).unwrap_or_else(|_| NamedNode::new_unchecked("file:///unnamed"))
}
