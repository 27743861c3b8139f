//! RDF: the only place triples are made. A [`Document`](crate::extract::Document) becomes the
//! quads of its article's named graph, sorted, and is serialised in any RDF format.

mod build;
mod format;
mod nquads;
pub mod vocab;

pub use build::{
    GraphOptions, article_iri, build_nquads, build_quads, build_quads_and_nquads, role_class_name,
    when_string,
};
pub use format::{RdfOutput, parse_rdf_format, write_quads};
