use super::vocab::prefixes;
use crate::error::{Error, Result};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::Quad;
use std::io::Write;

/// The formats warta writes, by the names users type.
pub fn parse_rdf_format(name: &str) -> Result<RdfFormat> {
    Ok(match name.to_ascii_lowercase().as_str() {
        "turtle" | "ttl" => RdfFormat::Turtle,
        "ntriples" | "n-triples" | "nt" => RdfFormat::NTriples,
        "nquads" | "n-quads" | "nq" => RdfFormat::NQuads,
        "trig" => RdfFormat::TriG,
        "jsonld" | "json-ld" => RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        },
        "rdfxml" | "rdf-xml" | "rdf/xml" | "xml" | "rdf" | "owl" => RdfFormat::RdfXml,
        other => {
            return Err(Error::Rdf(format!(
                "unknown rdf format {other:?} (use turtle, ntriples, nquads, trig, jsonld or rdfxml)"
            )));
        }
    })
}

/// A serialiser bound to a writer, with the fixed prefix table.
pub struct RdfOutput<W: Write> {
    inner: oxigraph::io::WriterQuadSerializer<W>,
    with_graphs: bool,
}

impl<W: Write> RdfOutput<W> {
    pub fn new(format: RdfFormat, base: &str, writer: W) -> Result<Self> {
        let mut s = RdfSerializer::from_format(format);
        if !matches!(format, RdfFormat::NTriples | RdfFormat::NQuads) {
            for (p, iri) in prefixes(base) {
                s = s
                    .with_prefix(p, iri)
                    .map_err(|e| Error::Rdf(format!("bad prefix {p}: {e}")))?;
            }
        }
        Ok(RdfOutput {
            inner: s.for_writer(writer),
            with_graphs: format.supports_datasets(),
        })
    }

    /// Writes quads; formats without graphs (Turtle, N-Triples, RDF/XML) get their triples.
    pub fn write(&mut self, quads: &[Quad]) -> std::io::Result<()> {
        for q in quads {
            if self.with_graphs {
                self.inner.serialize_quad(q)?;
            } else {
                self.inner.serialize_triple(q.as_ref())?;
            }
        }
        Ok(())
    }

    pub fn finish(self) -> std::io::Result<W> {
        self.inner.finish()
    }
}

/// Serialises a whole set of quads at once.
pub fn write_quads<W: Write>(
    quads: &[Quad],
    format: RdfFormat,
    base: &str,
    writer: W,
) -> Result<W> {
    let mut out = RdfOutput::new(format, base, writer)?;
    out.write(quads).map_err(|e| Error::Rdf(e.to_string()))?;
    out.finish().map_err(|e| Error::Rdf(e.to_string()))
}
