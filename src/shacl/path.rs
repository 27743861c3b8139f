//! SHACL property paths: parsed from the shapes graph, evaluated over a data graph, written in
//! SPARQL syntax (for messages, `$PATH` in SPARQL constraints, and the report's text forms).

use super::{SH, ShapesGraph};
use oxigraph::model::dataset::GraphView;
use oxigraph::model::{NamedNode, NamedOrBlankNodeRef, Term, TermRef};
use std::collections::{HashSet, VecDeque};

/// A property path (SHACL §2.3.1).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Path {
    Predicate(NamedNode),
    Inverse(Box<Path>),
    Sequence(Vec<Path>),
    Alternative(Vec<Path>),
    ZeroOrMore(Box<Path>),
    OneOrMore(Box<Path>),
    ZeroOrOne(Box<Path>),
}

impl Path {
    /// Reads the path whose root is `node` in the shapes graph.
    pub(crate) fn parse(g: &ShapesGraph<'_>, node: TermRef<'_>) -> Result<Path, String> {
        match node {
            TermRef::NamedNode(n) => Ok(Path::Predicate(n.into_owned())),
            TermRef::Literal(l) => Err(format!("a path cannot be a literal ({l})")),
            TermRef::BlankNode(b) => {
                let s = NamedOrBlankNodeRef::BlankNode(b);
                if g.is_list(s) {
                    let items = g.list(node)?;
                    if items.len() < 2 {
                        return Err("a sequence path needs at least two members".to_owned());
                    }
                    return Ok(Path::Sequence(
                        items
                            .iter()
                            .map(|t| Path::parse(g, t.as_ref()))
                            .collect::<Result<_, _>>()?,
                    ));
                }
                let one = |local: &str| g.object(s, &format!("{SH}{local}"));
                if let Some(p) = one("inversePath") {
                    return Ok(Path::Inverse(Box::new(Path::parse(g, p.as_ref())?)));
                }
                if let Some(p) = one("alternativePath") {
                    let items = g.list(p.as_ref())?;
                    if items.len() < 2 {
                        return Err("an alternative path needs at least two members".to_owned());
                    }
                    return Ok(Path::Alternative(
                        items
                            .iter()
                            .map(|t| Path::parse(g, t.as_ref()))
                            .collect::<Result<_, _>>()?,
                    ));
                }
                if let Some(p) = one("zeroOrMorePath") {
                    return Ok(Path::ZeroOrMore(Box::new(Path::parse(g, p.as_ref())?)));
                }
                if let Some(p) = one("oneOrMorePath") {
                    return Ok(Path::OneOrMore(Box::new(Path::parse(g, p.as_ref())?)));
                }
                if let Some(p) = one("zeroOrOnePath") {
                    return Ok(Path::ZeroOrOne(Box::new(Path::parse(g, p.as_ref())?)));
                }
                Err(format!("{b} is not a SHACL property path"))
            }
        }
    }

    /// The predicate, when the path is a single predicate.
    pub fn predicate(&self) -> Option<&NamedNode> {
        match self {
            Path::Predicate(p) => Some(p),
            _ => None,
        }
    }

    /// The value nodes reached from `focus`, each once, in a repeatable order.
    pub(crate) fn values(&self, data: &GraphView<'_>, focus: &Term) -> Vec<Term> {
        let mut out: Vec<Term> = self.step(data, focus, true).into_iter().collect();
        out.sort_by_cached_key(Term::to_string);
        out
    }

    /// One application of the path from `node`, forwards or (for inverse paths) backwards.
    fn step(&self, data: &GraphView<'_>, node: &Term, forward: bool) -> HashSet<Term> {
        match self {
            Path::Predicate(p) => {
                if forward {
                    match subject(node) {
                        Some(s) => data
                            .objects_for_subject_predicate(s, p)
                            .map(TermRef::into_owned)
                            .collect(),
                        None => HashSet::new(),
                    }
                } else {
                    data.subjects_for_predicate_object(p, node)
                        .map(|s| Term::from(s.into_owned()))
                        .collect()
                }
            }
            Path::Inverse(p) => p.step(data, node, !forward),
            Path::Sequence(parts) => {
                let mut current: HashSet<Term> = HashSet::from([node.clone()]);
                let ordered: Box<dyn Iterator<Item = &Path>> = if forward {
                    Box::new(parts.iter())
                } else {
                    Box::new(parts.iter().rev())
                };
                for part in ordered {
                    current = current
                        .iter()
                        .flat_map(|n| part.step(data, n, forward))
                        .collect();
                }
                current
            }
            Path::Alternative(parts) => parts
                .iter()
                .flat_map(|p| p.step(data, node, forward))
                .collect(),
            Path::ZeroOrOne(p) => {
                let mut out = p.step(data, node, forward);
                out.insert(node.clone());
                out
            }
            Path::ZeroOrMore(p) => closure(p, data, node, forward, true),
            Path::OneOrMore(p) => closure(p, data, node, forward, false),
        }
    }

    /// SPARQL 1.1 syntax with full IRIs: `<p>`, `^<p>`, `<p>/<q>`, `(<p>|<q>)`, `<p>*`.
    pub fn to_sparql(&self) -> String {
        self.render(&|n: &NamedNode| n.to_string())
    }

    /// SPARQL syntax with IRIs shortened by `compact` (for people).
    pub fn render(&self, compact: &dyn Fn(&NamedNode) -> String) -> String {
        let inner = |p: &Path| match p {
            Path::Predicate(_) => p.render(compact),
            _ => format!("({})", p.render(compact)),
        };
        match self {
            Path::Predicate(p) => compact(p),
            Path::Inverse(p) => format!("^{}", inner(p)),
            Path::Sequence(parts) => parts
                .iter()
                .map(|p| match p {
                    Path::Alternative(_) | Path::Sequence(_) => inner(p),
                    _ => p.render(compact),
                })
                .collect::<Vec<_>>()
                .join("/"),
            Path::Alternative(parts) => parts
                .iter()
                .map(|p| p.render(compact))
                .collect::<Vec<_>>()
                .join("|"),
            Path::ZeroOrMore(p) => format!("{}*", inner(p)),
            Path::OneOrMore(p) => format!("{}+", inner(p)),
            Path::ZeroOrOne(p) => format!("{}?", inner(p)),
        }
    }
}

/// `p*` or `p+` from `node`: breadth-first, each node once.
fn closure(
    p: &Path,
    data: &GraphView<'_>,
    node: &Term,
    forward: bool,
    include_start: bool,
) -> HashSet<Term> {
    let mut seen: HashSet<Term> = HashSet::new();
    if include_start {
        seen.insert(node.clone());
    }
    let mut queue: VecDeque<Term> = VecDeque::from([node.clone()]);
    while let Some(n) = queue.pop_front() {
        for next in p.step(data, &n, forward) {
            if seen.insert(next.clone()) {
                queue.push_back(next);
            }
        }
    }
    seen
}

/// A term as the subject of a triple, when it can be one.
pub(crate) fn subject(t: &Term) -> Option<NamedOrBlankNodeRef<'_>> {
    match t {
        Term::NamedNode(n) => Some(n.as_ref().into()),
        Term::BlankNode(b) => Some(b.as_ref().into()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Dataset, GraphName, GraphNameRef, Quad};

    fn p(s: &str) -> Path {
        Path::Predicate(NamedNode::new_unchecked(format!("http://e/{s}")))
    }

    #[test]
    fn paths_follow_edges_both_ways_and_render_as_sparql() {
        let mut d = Dataset::new();
        let n = |s: &str| NamedNode::new_unchecked(format!("http://e/{s}"));
        for (s, pr, o) in [
            ("a", "holds", "post"),
            ("post", "of", "state"),
            ("b", "holds", "post"),
        ] {
            d.insert(&Quad::new(n(s), n(pr), n(o), GraphName::DefaultGraph));
        }
        let view = d.graph(GraphNameRef::DefaultGraph);
        let a = Term::from(n("a"));
        let seq = Path::Sequence(vec![p("holds"), p("of")]);
        assert_eq!(seq.values(&view, &a), vec![Term::from(n("state"))]);
        let back = Path::Inverse(Box::new(seq.clone()));
        let state = Term::from(n("state"));
        assert_eq!(
            back.values(&view, &state),
            vec![a.clone(), Term::from(n("b"))]
        );
        assert_eq!(back.to_sparql(), "^(<http://e/holds>/<http://e/of>)");
        let star = Path::ZeroOrMore(Box::new(Path::Alternative(vec![p("holds"), p("of")])));
        assert_eq!(
            star.values(&view, &a).len(),
            3,
            "a, its post and the post's state"
        );
        assert_eq!(star.to_sparql(), "(<http://e/holds>|<http://e/of>)*");
    }
}
