//! The query catalogue (`queries/*.rq`, compiled in), parameters bound as RDF terms, and
//! result formats.

use crate::error::{Error, Result};
use crate::rdf::vocab::{XSD, prefixes};
use oxigraph::io::RdfFormat;
use oxigraph::model::{Literal, NamedNode, Term};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    CancellationToken, QueryEvaluationError, QueryResults, SparqlEvaluator, Variable,
};
use oxigraph::store::Store;
use std::io::Write;

/// The catalogue, compiled in from `queries/`.
pub const CATALOGUE: &[(&str, &str)] = &[
    ("agreements", include_str!("../queries/agreements.rq")),
    (
        "articles-mentioning-state",
        include_str!("../queries/articles-mentioning-state.rq"),
    ),
    (
        "claims-denials",
        include_str!("../queries/claims-denials.rq"),
    ),
    (
        "concern-criticism",
        include_str!("../queries/concern-criticism.rq"),
    ),
    ("dyad-balance", include_str!("../queries/dyad-balance.rq")),
    ("entity-links", include_str!("../queries/entity-links.rq")),
    (
        "events-between",
        include_str!("../queries/events-between.rq"),
    ),
    (
        "leader-meetings",
        include_str!("../queries/leader-meetings.rq"),
    ),
    ("leaders", include_str!("../queries/leaders.rq")),
    ("leaders-at", include_str!("../queries/leaders-at.rq")),
    ("mentions-of", include_str!("../queries/mentions-of.rq")),
    ("organisations", include_str!("../queries/organisations.rq")),
    ("positions", include_str!("../queries/positions.rq")),
    (
        "state-timeline",
        include_str!("../queries/state-timeline.rq"),
    ),
    (
        "states-cooccurring",
        include_str!("../queries/states-cooccurring.rq"),
    ),
    (
        "states-with-leaders",
        include_str!("../queries/states-with-leaders.rq"),
    ),
    ("unlinked", include_str!("../queries/unlinked.rq")),
];

/// A catalogue entry with its header.
#[derive(Debug, Clone)]
pub struct CatalogueQuery {
    pub name: String,
    pub title: String,
    pub description: String,
    /// `(name, description)` of each parameter.
    pub params: Vec<(String, String)>,
    pub text: String,
}

/// Reads the `# title:`, `# description:` and `# param:` header lines.
pub fn parse_header(name: &str, text: &str) -> CatalogueQuery {
    let mut q = CatalogueQuery {
        name: name.to_owned(),
        title: String::new(),
        description: String::new(),
        params: Vec::new(),
        text: text.to_owned(),
    };
    for line in text.lines().take_while(|l| l.starts_with('#')) {
        let line = line.trim_start_matches('#').trim();
        if let Some(v) = line.strip_prefix("title:") {
            q.title = v.trim().to_owned();
        } else if let Some(v) = line.strip_prefix("description:") {
            q.description = v.trim().to_owned();
        } else if let Some(v) = line.strip_prefix("param:") {
            let v = v.trim();
            let (n, d) = v.split_once(' ').unwrap_or((v, ""));
            q.params
                .push((n.trim_start_matches('?').to_owned(), d.trim().to_owned()));
        }
    }
    q
}

pub fn catalogue() -> Vec<CatalogueQuery> {
    CATALOGUE.iter().map(|(n, t)| parse_header(n, t)).collect()
}

pub fn find(name: &str) -> Option<CatalogueQuery> {
    CATALOGUE
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(n, t)| parse_header(n, t))
}

/// Reads a `--param` value as an RDF term: `<iri>`, a typed or tagged literal in N-Triples
/// syntax, an integer, a `YYYY-MM-DD` date, or else a plain string.
pub fn parse_param_value(value: &str) -> Result<Term> {
    let v = value.trim();
    if let Some(i) = v.strip_prefix('<').and_then(|s| s.strip_suffix('>')) {
        return NamedNode::new(i)
            .map(Term::from)
            .map_err(|e| Error::Query(format!("bad iri {v}: {e}")));
    }
    if v.starts_with('"') {
        return v
            .parse::<Literal>()
            .map(Term::from)
            .map_err(|e| Error::Query(format!("bad literal {v}: {e}")));
    }
    if v.len() == 10 && crate::article::parse_date(v).is_some() {
        return Ok(
            Literal::new_typed_literal(v, NamedNode::new_unchecked(format!("{XSD}date"))).into(),
        );
    }
    if let Ok(n) = v.parse::<i64>() {
        return Ok(Literal::from(n).into());
    }
    Ok(Literal::new_simple_literal(v).into())
}

/// Output formats for query results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

impl ResultFormat {
    pub fn parse(s: &str) -> Result<Self> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "table" => Self::Table,
            "csv" => Self::Csv,
            "tsv" => Self::Tsv,
            "json" => Self::Json,
            "xml" => Self::Xml,
            other => {
                return Err(Error::Query(format!(
                    "unknown result format {other:?} (use table, csv, tsv, json or xml)"
                )));
            }
        })
    }

    /// The SPARQL results format (XML for the table, which has none).
    pub fn results_format(self) -> QueryResultsFormat {
        match self {
            Self::Csv => QueryResultsFormat::Csv,
            Self::Tsv => QueryResultsFormat::Tsv,
            Self::Json => QueryResultsFormat::Json,
            Self::Xml | Self::Table => QueryResultsFormat::Xml,
        }
    }

    /// The format of a SPARQL results format.
    pub fn from_results_format(format: QueryResultsFormat) -> Self {
        match format {
            QueryResultsFormat::Csv => Self::Csv,
            QueryResultsFormat::Tsv => Self::Tsv,
            QueryResultsFormat::Json => Self::Json,
            _ => Self::Xml,
        }
    }
}

/// Runs a query with parameters bound as terms and writes its results (graphs as Turtle).
pub fn run(
    store: &Store,
    origin: &str,
    text: &str,
    params: &[(String, Term)],
    format: ResultFormat,
    base: &str,
    out: &mut dyn Write,
) -> Result<()> {
    PreparedQuery::parse(origin, text, params)?
        .execute(store, &ExecuteOptions::default())?
        .write(format, RdfFormat::Turtle, base, out, None)?;
    Ok(())
}

/// The four SPARQL query forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryForm {
    Select,
    Ask,
    Construct,
    Describe,
}

impl QueryForm {
    /// Whether the query answers with RDF triples (CONSTRUCT, DESCRIBE) rather than solutions.
    pub fn returns_graph(self) -> bool {
        matches!(self, QueryForm::Construct | QueryForm::Describe)
    }
}

/// How a prepared query is evaluated, beyond the store it runs on.
#[derive(Clone, Default)]
pub struct ExecuteOptions {
    /// Cancels the evaluation when cancelled (e.g. by a timer): [`Error::Cancelled`].
    pub cancellation: Option<CancellationToken>,
    /// The graphs merged into the default graph (SPARQL protocol `default-graph-uri`);
    /// overrides the query's `FROM`.
    pub default_graphs: Option<Vec<NamedNode>>,
    /// The named graphs available to `GRAPH` (`named-graph-uri`); overrides `FROM NAMED`.
    pub named_graphs: Option<Vec<NamedNode>>,
    /// Use the union of all graphs as the default graph when nothing else names a dataset.
    pub union_default_graph: bool,
}

/// A parsed query with its parameters bound as RDF terms, ready to run: the evaluation code
/// shared by `warta query` and `warta serve`.
#[derive(Debug, Clone)]
pub struct PreparedQuery {
    origin: String,
    query: spargebra::Query,
    bindings: Vec<(Variable, Term)>,
    hidden: Vec<Variable>,
}

impl PreparedQuery {
    /// Parses `text` (named `origin` in messages) and binds `params` (never spliced into the
    /// text). Syntax errors and bad parameter names are [`Error::Query`].
    pub fn parse(origin: &str, text: &str, params: &[(String, Term)]) -> Result<Self> {
        let mut query = spargebra::SparqlParser::new()
            .parse_query(text)
            .map_err(|e| Error::Query(format!("{origin}: bad sparql: {e}")))?;
        let mut bound = Vec::new();
        for (name, _) in params {
            bound.push(
                Variable::new(name)
                    .map_err(|e| Error::Query(format!("bad parameter name {name:?}: {e}")))?,
            );
        }
        // Oxigraph binds substituted variables through the projection: project the parameters
        // too, then leave them out of the results.
        let hidden = project_parameters(&mut query, &bound);
        let bindings = bound
            .into_iter()
            .zip(params)
            .map(|(v, (_, t))| (v, t.clone()))
            .collect();
        Ok(PreparedQuery {
            origin: origin.to_owned(),
            query,
            bindings,
            hidden,
        })
    }

    /// What the query is called in messages.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    pub fn form(&self) -> QueryForm {
        match &self.query {
            spargebra::Query::Select { .. } => QueryForm::Select,
            spargebra::Query::Ask { .. } => QueryForm::Ask,
            spargebra::Query::Construct { .. } => QueryForm::Construct,
            spargebra::Query::Describe { .. } => QueryForm::Describe,
        }
    }

    /// Starts the evaluation. Results are computed lazily, while they are written.
    pub fn execute(self, store: &Store, options: &ExecuteOptions) -> Result<Evaluation> {
        let mut evaluator = SparqlEvaluator::new();
        if let Some(token) = &options.cancellation {
            evaluator = evaluator.with_cancellation_token(token.clone());
        }
        let mut prepared = evaluator.for_query(self.query);
        if options.default_graphs.is_some() || options.named_graphs.is_some() {
            let dataset = prepared.dataset_mut();
            dataset.set_default_graph(
                options
                    .default_graphs
                    .iter()
                    .flatten()
                    .map(|g| g.clone().into())
                    .collect(),
            );
            if let Some(named) = &options.named_graphs {
                dataset
                    .set_available_named_graphs(named.iter().map(|g| g.clone().into()).collect());
            }
        } else if options.union_default_graph && prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        for (var, term) in self.bindings {
            prepared = prepared.substitute_variable(var, term);
        }
        let results = prepared
            .on_store(store)
            .execute()
            .map_err(|e| evaluation_error(&self.origin, e))?;
        Ok(Evaluation {
            origin: self.origin,
            results,
            hidden: self.hidden,
        })
    }
}

/// A running query: its results come as they are written.
pub struct Evaluation {
    origin: String,
    results: QueryResults<'static>,
    hidden: Vec<Variable>,
}

impl Evaluation {
    /// Writes the results: solutions and booleans in `format`, graphs in `graph_format`.
    /// With `max_results`, stops with [`Error::TooManyResults`] as soon as there are more
    /// solutions (or triples) than that. Returns how many solutions or triples were written.
    pub fn write(
        self,
        format: ResultFormat,
        graph_format: RdfFormat,
        base: &str,
        out: &mut dyn Write,
        max_results: Option<usize>,
    ) -> Result<usize> {
        let origin = self.origin;
        let hidden = self.hidden;
        let io = |e: std::io::Error| Error::Evaluation(format!("cannot write results: {e}"));
        let check = |count: usize| match max_results {
            Some(limit) if count > limit => Err(Error::TooManyResults {
                origin: origin.clone(),
                limit,
            }),
            _ => Ok(()),
        };
        match self.results {
            QueryResults::Solutions(solutions) => {
                let variables: Vec<Variable> = solutions
                    .variables()
                    .iter()
                    .filter(|v| !hidden.contains(v))
                    .cloned()
                    .collect();
                let mut count = 0;
                if format == ResultFormat::Table {
                    let mut rows = Vec::new();
                    for s in solutions {
                        let s = s.map_err(|e| evaluation_error(&origin, e))?;
                        count += 1;
                        check(count)?;
                        rows.push(
                            variables
                                .iter()
                                .map(|v| s.get(v).map(|t| compact(t, base)).unwrap_or_default())
                                .collect::<Vec<_>>(),
                        );
                    }
                    let header: Vec<String> =
                        variables.iter().map(|v| v.as_str().to_owned()).collect();
                    write_table(out, &header, &rows).map_err(io)?;
                } else {
                    let mut w = QueryResultsSerializer::from_format(format.results_format())
                        .serialize_solutions_to_writer(&mut *out, variables.clone())
                        .map_err(io)?;
                    for s in solutions {
                        let s = s.map_err(|e| evaluation_error(&origin, e))?;
                        count += 1;
                        check(count)?;
                        w.serialize(s.iter().filter(|(v, _)| !hidden.contains(v)))
                            .map_err(io)?;
                    }
                    w.finish().map_err(io)?;
                }
                Ok(count)
            }
            QueryResults::Boolean(b) => {
                if format == ResultFormat::Table {
                    writeln!(out, "{b}").map_err(io)?;
                } else {
                    QueryResultsSerializer::from_format(format.results_format())
                        .serialize_boolean_to_writer(&mut *out, b)
                        .map_err(io)?;
                }
                Ok(1)
            }
            QueryResults::Graph(triples) => {
                let mut quads = Vec::new();
                for t in triples {
                    let t = t.map_err(|e| evaluation_error(&origin, e))?;
                    quads.push(t.in_graph(oxigraph::model::GraphName::DefaultGraph));
                    check(quads.len())?;
                }
                crate::rdf::write_quads(&quads, graph_format, base, out)?;
                Ok(quads.len())
            }
        }
    }
}

fn evaluation_error(origin: &str, e: QueryEvaluationError) -> Error {
    match e {
        QueryEvaluationError::Cancelled => Error::Cancelled {
            origin: origin.to_owned(),
        },
        e => Error::Evaluation(format!("{origin}: {e}")),
    }
}

/// Adds the parameters missing from a SELECT's projection to it; returns the ones added.
fn project_parameters(query: &mut spargebra::Query, params: &[Variable]) -> Vec<Variable> {
    let mut added = Vec::new();
    if let spargebra::Query::Select { pattern, .. } = query {
        let mut p = pattern;
        // The projection sits under the solution modifiers.
        loop {
            match p {
                spargebra::algebra::GraphPattern::Distinct { inner }
                | spargebra::algebra::GraphPattern::Reduced { inner }
                | spargebra::algebra::GraphPattern::Slice { inner, .. } => p = inner,
                spargebra::algebra::GraphPattern::Project { variables, .. } => {
                    for v in params {
                        if !variables.contains(v) {
                            variables.push(v.clone());
                            added.push(v.clone());
                        }
                    }
                    break;
                }
                _ => break,
            }
        }
    }
    added
}

/// A term as a person reads it: prefixed IRIs, bare literal values.
pub fn compact(term: &Term, base: &str) -> String {
    match term {
        Term::NamedNode(n) => {
            let s = n.as_str();
            prefixes(base)
                .iter()
                .filter(|(_, ns)| s.starts_with(ns.as_str()))
                .max_by_key(|(_, ns)| ns.len())
                .map(|(p, ns)| format!("{p}:{}", &s[ns.len()..]))
                .unwrap_or_else(|| format!("<{s}>"))
        }
        Term::Literal(l) => l.value().to_owned(),
        other => other.to_string(),
    }
}

fn write_table(
    out: &mut dyn Write,
    header: &[String],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    let clean = |s: &str| s.replace(['\n', '\t'], " ");
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(clean(c).chars().count().min(80));
        }
    }
    let line = |cells: &[String]| {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                let c: String = clean(c).chars().take(80).collect();
                format!("{c:<w$}")
            })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
    };
    writeln!(out, "{}", line(header))?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("  ")
    )?;
    for r in rows {
        writeln!(out, "{}", line(r))?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}
