//! Namespaces and the fixed prefix table every serialisation uses.

pub const WARTA: &str = "https://w3id.org/warta/ns#";
pub const SCHEMA: &str = "https://schema.org/";
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
pub const ITSRDF: &str = "http://www.w3.org/2005/11/its/rdf#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const WD: &str = "http://www.wikidata.org/entity/";
/// DBpedia's Wikidata-keyed resources: derived from the QID alone, so never a guessed page
/// title.
pub const DBPEDIA_WD: &str = "http://wikidata.dbpedia.org/resource/";
pub const CAMEO: &str = "https://w3id.org/warta/cameo/";

/// The default base of data IRIs (`--base` changes it).
pub const DEFAULT_BASE: &str = "https://w3id.org/warta/";

/// The prefix table, in a fixed order; data prefixes depend on the base.
pub fn prefixes(base: &str) -> Vec<(&'static str, String)> {
    vec![
        ("warta", WARTA.to_owned()),
        ("schema", SCHEMA.to_owned()),
        ("nif", NIF.to_owned()),
        ("itsrdf", ITSRDF.to_owned()),
        ("owl", OWL.to_owned()),
        ("rdf", RDF.to_owned()),
        ("rdfs", RDFS.to_owned()),
        ("xsd", XSD.to_owned()),
        ("prov", PROV.to_owned()),
        ("skos", SKOS.to_owned()),
        ("wd", WD.to_owned()),
        ("dbwd", DBPEDIA_WD.to_owned()),
        ("cameo", CAMEO.to_owned()),
        ("article", format!("{base}article/")),
        ("ent", format!("{base}id/")),
        ("pos", format!("{base}position/")),
        ("event", format!("{base}event/")),
    ]
}
