//! A small SHACL validator: SHACL Core and SPARQL-based constraints, for warta's shapes and
//! any others written in the same language.
//!
//! Why not a crate: rudof's `shacl_validation` 0.2.12 (the maintained Rust implementation)
//! did not build without pinning four of its own crates back, pulled ~330 crates (tokio,
//! reqwest) and an HTTP client feature into Oxigraph, missed an `sh:xone` violation and
//! ill-formed `xsd:date`s, reported `sh:node` failures on the wrong focus node, and has no
//! SPARQL-based constraints. This module is checked against pyshacl instead
//! (`scripts/shacl-conformance`).
//!
//! The shapes graph is read once into plain structs ([`Shapes`]); an `sh:` term this
//! validator does not understand is an error, never skipped. A data graph is an Oxigraph
//! [`Dataset`](oxigraph::model::Dataset) whose default graph holds the triples: SHACL Core is
//! evaluated over its indexes, `sh:sparql` constraints by Oxigraph's SPARQL engine with `$this`
//! pre-bound.

mod eval;
mod path;
mod report;
mod shapes;
mod sparql;
mod values;

pub use eval::validate;
pub use path::Path;
pub use report::{Names, ValidationResult, WSH, report_triples};
pub use shapes::Shapes;
pub(crate) use shapes::ShapesGraph;

/// The SHACL namespace.
pub const SH: &str = "http://www.w3.org/ns/shacl#";

/// `ontology/shapes.ttl`, compiled in: the shapes `warta validate` uses by default.
pub const WARTA_SHAPES: &str = include_str!("../../ontology/shapes.ttl");
