//! SPARQL-based constraints (SHACL §5, `sh:sparql` with `sh:select`), run by Oxigraph's own
//! SPARQL engine: for the checks SHACL Core cannot state, such as "a mention ends inside the
//! text it belongs to".

use super::SH;
use super::path::Path;
use super::shapes::{ShapesGraph, pick_message};
use oxigraph::model::{Dataset, Term, Variable};
use oxigraph::sparql::{PreparedSparqlQuery, QueryResults, SparqlEvaluator};
use spargebra::algebra::GraphPattern;

/// One `sh:sparql` constraint, its query parsed once.
pub(crate) struct SparqlConstraint {
    /// The constraint's node in the shapes graph (for messages).
    pub node: Term,
    pub message: Option<String>,
    pub deactivated: bool,
    query: PreparedSparqlQuery,
}

impl std::fmt::Debug for SparqlConstraint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SparqlConstraint")
            .field("node", &self.node)
            .field("message", &self.message)
            .finish_non_exhaustive()
    }
}

/// A solution of a constraint's query: one violation.
pub(crate) struct Violation {
    pub focus: Term,
    pub value: Option<Term>,
    pub path: Option<Term>,
    pub message: Option<String>,
}

impl SparqlConstraint {
    /// Reads the constraint at `node`: `sh:select`, `sh:message`, `sh:prefixes`
    /// (`sh:declare` with `sh:prefix` and `sh:namespace`), `sh:deactivated`. In a property shape,
    /// `$PATH` is replaced by the shape's path.
    pub(crate) fn parse(
        g: &ShapesGraph<'_>,
        node: &Term,
        path: Option<&Path>,
    ) -> Result<SparqlConstraint, String> {
        let s = super::path::subject(node)
            .ok_or_else(|| format!("sh:sparql value {node} is not a node"))?;
        let sh = |local: &str| format!("{SH}{local}");
        for t in g.predicates(s) {
            let known = ["select", "message", "prefixes", "deactivated"]
                .iter()
                .any(|k| t == sh(k));
            if t.starts_with(SH) && !known {
                return Err(format!(
                    "{} on a SPARQL constraint is not supported (only sh:select, sh:message, sh:prefixes, sh:deactivated)",
                    t.replace(SH, "sh:")
                ));
            }
        }
        let select = match g.object(s, &sh("select")) {
            Some(Term::Literal(l)) => l.value().to_owned(),
            Some(other) => return Err(format!("sh:select must be a string, not {other}")),
            None => {
                return Err(
                    "a SPARQL constraint needs sh:select (sh:ask is not supported)".to_owned(),
                );
            }
        };
        let mut prologue = String::new();
        for p in g.objects(s, &sh("prefixes")) {
            let ps =
                super::path::subject(&p).ok_or_else(|| format!("sh:prefixes {p} is not a node"))?;
            for d in g.objects(ps, &sh("declare")) {
                let ds = super::path::subject(&d)
                    .ok_or_else(|| format!("sh:declare {d} is not a node"))?;
                let (Some(Term::Literal(prefix)), Some(Term::Literal(ns))) =
                    (g.object(ds, &sh("prefix")), g.object(ds, &sh("namespace")))
                else {
                    return Err(format!(
                        "sh:declare {d} needs sh:prefix and sh:namespace literals"
                    ));
                };
                prologue.push_str(&format!("PREFIX {}: <{}>\n", prefix.value(), ns.value()));
            }
        }
        let mut text = select;
        if let Some(p) = path {
            text = text.replace("$PATH", &p.to_sparql());
        }
        let full = format!("{prologue}{text}");
        let parsed = spargebra::SparqlParser::new()
            .parse_query(&full)
            .map_err(|e| format!("the sh:select of {node} is not valid SPARQL: {e}"))?;
        let spargebra::Query::Select { pattern, .. } = &parsed else {
            return Err(format!("the sh:select of {node} is not a SELECT query"));
        };
        if !projects_this(pattern) {
            return Err(format!(
                "the sh:select of {node} must select $this (the focus node)"
            ));
        }
        let query = SparqlEvaluator::new()
            .parse_query(&full)
            .map_err(|e| format!("the sh:select of {node} is not valid SPARQL: {e}"))?;
        let deactivated = matches!(
            g.object(s, &sh("deactivated")),
            Some(Term::Literal(l)) if l.value() == "true"
        );
        Ok(SparqlConstraint {
            node: node.clone(),
            message: pick_message(&g.objects(s, &sh("message"))),
            deactivated,
            query,
        })
    }

    /// The query's solutions with `$this` bound to `focus` (SHACL's pre-binding), over the
    /// default graph of `data`.
    pub(crate) fn run(&self, data: &Dataset, focus: &Term) -> Result<Vec<Violation>, String> {
        let results = self
            .query
            .clone()
            .substitute_variable(Variable::new_unchecked("this"), focus.clone())
            .on_queryable_dataset(data)
            .execute()
            .map_err(|e| format!("the sh:select of {} failed: {e}", self.node))?;
        let QueryResults::Solutions(solutions) = results else {
            return Err(format!("the sh:select of {} gave no solutions", self.node));
        };
        let mut out = Vec::new();
        for s in solutions {
            let s = s.map_err(|e| format!("the sh:select of {} failed: {e}", self.node))?;
            let get = |v: &str| s.get(v).cloned();
            let message = self.message.as_ref().map(|m| substitute(m, &s));
            out.push(Violation {
                focus: get("this").unwrap_or_else(|| focus.clone()),
                value: get("value"),
                path: get("path"),
                message: match get("message") {
                    Some(Term::Literal(l)) => Some(l.value().to_owned()),
                    _ => message,
                },
            });
        }
        Ok(out)
    }
}

/// `{?name}` and `{$name}` in a message become the solution's value for `name`.
fn substitute(message: &str, s: &oxigraph::sparql::QuerySolution) -> String {
    let mut out = message.to_owned();
    for (v, t) in s.iter() {
        let text = match t {
            Term::Literal(l) => l.value().to_owned(),
            Term::NamedNode(n) => n.as_str().to_owned(),
            other => other.to_string(),
        };
        for form in [
            format!("{{?{}}}", v.as_str()),
            format!("{{${}}}", v.as_str()),
        ] {
            out = out.replace(&form, &text);
        }
    }
    out
}

/// True when the query's projection includes `this`.
fn projects_this(p: &GraphPattern) -> bool {
    match p {
        GraphPattern::Project { variables, .. } => variables.iter().any(|v| v.as_str() == "this"),
        GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. }
        | GraphPattern::OrderBy { inner, .. } => projects_this(inner),
        _ => false,
    }
}
