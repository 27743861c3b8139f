//! # warta
//!
//! News articles → an RDF knowledge graph of states, leaders, organisations, places (and,
//! later, the events between them), in an embedded Oxigraph store.
//!
//! ```text
//! Article ─▶ text ─▶ mentions ─▶ entities ─▶ graph ─▶ store ─▶ query / export / serve / push
//! (article)  (text)  (gazetteer)  (extract)    (rdf)   (store)   (query)  (server) (push)
//! ```
//!
//! Each stage is a module with a plain data type at its boundary and pure functions between
//! them: [`article::Article`] → [`extract::Document`] → quads ([`rdf::build_quads`]). Only
//! [`store`] touches the database; [`push`] sends its graphs to an external store over HTTP;
//! [`validate`] checks graphs against SHACL shapes with [`shacl`].
//! The knowledge base ([`kb`]) is data compiled from `data/`.

pub mod article;
pub mod error;
pub mod event;
pub mod extract;
pub mod gazetteer;
pub mod kb;
pub mod pipeline;
pub mod push;
pub mod query;
pub mod rdf;
pub mod server;
pub mod shacl;
pub mod store;
pub mod text;
pub mod validate;

pub use error::{Error, Result};

use oxigraph::model::Quad;

/// Converts one article: extraction, then its named graph's sorted quads.
pub fn convert(
    extractor: &extract::Extractor,
    article: article::Article,
    options: &rdf::GraphOptions,
) -> (extract::Document, Vec<Quad>) {
    let doc = extractor.extract(article);
    let quads = rdf::build_quads(&doc, &extractor.kb, options);
    (doc, quads)
}
