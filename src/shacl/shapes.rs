//! The shapes graph, read once into plain structs. Every `sh:` term on a shape is either
//! understood or an error: a constraint this validator does not know is never skipped.

use super::SH;
use super::path::Path;
use super::sparql::SparqlConstraint;
use crate::error::{Error, Result};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{
    Graph, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Term, TermRef,
};
use std::collections::{BTreeSet, HashMap};

/// Index of a shape in [`Shapes`].
pub(crate) type ShapeId = usize;

/// A parsed shapes graph.
#[derive(Debug)]
pub struct Shapes {
    pub(crate) shapes: Vec<Shape>,
    /// Where the shapes came from, for messages.
    pub(crate) origin: String,
}

/// A node or property shape.
#[derive(Debug)]
pub(crate) struct Shape {
    /// The shape's node in the shapes graph.
    pub node: NamedOrBlankNode,
    /// The named shape this one belongs to (itself when it is named): what the report calls
    /// "the shape", since blank property shapes have no name a reader can look up.
    pub owner: NamedOrBlankNode,
    /// Set for property shapes.
    pub path: Option<Path>,
    pub targets: Vec<Target>,
    pub constraints: Vec<Constraint>,
    pub message: Option<String>,
    pub severity: NamedNode,
    pub deactivated: bool,
}

#[derive(Debug, Clone)]
pub(crate) enum Target {
    Class(NamedNode),
    Node(Term),
    SubjectsOf(NamedNode),
    ObjectsOf(NamedNode),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NodeKind {
    Iri,
    BlankNode,
    Literal,
    BlankNodeOrIri,
    BlankNodeOrLiteral,
    IriOrLiteral,
}

/// One constraint component with its parameters (SHACL §4, §5).
#[derive(Debug)]
pub(crate) enum Constraint {
    Class(NamedNode),
    Datatype(NamedNode),
    NodeKind(NodeKind),
    MinCount(usize),
    MaxCount(usize),
    MinExclusive(Literal),
    MinInclusive(Literal),
    MaxExclusive(Literal),
    MaxInclusive(Literal),
    MinLength(usize),
    MaxLength(usize),
    Pattern {
        regex: regex::Regex,
    },
    LanguageIn(Vec<String>),
    UniqueLang,
    Equals(NamedNode),
    Disjoint(NamedNode),
    LessThan(NamedNode),
    LessThanOrEquals(NamedNode),
    Not(ShapeId),
    And(Vec<ShapeId>),
    Or(Vec<ShapeId>),
    Xone(Vec<ShapeId>),
    Node(ShapeId),
    Property(ShapeId),
    Qualified {
        shape: ShapeId,
        min: Option<usize>,
        max: Option<usize>,
        /// Set when `sh:qualifiedValueShapesDisjoint` is true: the sibling qualified shapes a
        /// counted value must not conform to.
        siblings: Vec<ShapeId>,
        disjoint: bool,
    },
    Closed {
        allowed: BTreeSet<NamedNode>,
    },
    HasValue(Term),
    In(Vec<Term>),
    Sparql(Box<SparqlConstraint>),
}

impl Constraint {
    /// The IRI of the constraint component, `sh:…ConstraintComponent`.
    pub(crate) fn component(&self) -> &'static str {
        match self {
            Constraint::Class(_) => "ClassConstraintComponent",
            Constraint::Datatype(_) => "DatatypeConstraintComponent",
            Constraint::NodeKind(_) => "NodeKindConstraintComponent",
            Constraint::MinCount(_) => "MinCountConstraintComponent",
            Constraint::MaxCount(_) => "MaxCountConstraintComponent",
            Constraint::MinExclusive(_) => "MinExclusiveConstraintComponent",
            Constraint::MinInclusive(_) => "MinInclusiveConstraintComponent",
            Constraint::MaxExclusive(_) => "MaxExclusiveConstraintComponent",
            Constraint::MaxInclusive(_) => "MaxInclusiveConstraintComponent",
            Constraint::MinLength(_) => "MinLengthConstraintComponent",
            Constraint::MaxLength(_) => "MaxLengthConstraintComponent",
            Constraint::Pattern { .. } => "PatternConstraintComponent",
            Constraint::LanguageIn(_) => "LanguageInConstraintComponent",
            Constraint::UniqueLang => "UniqueLangConstraintComponent",
            Constraint::Equals(_) => "EqualsConstraintComponent",
            Constraint::Disjoint(_) => "DisjointConstraintComponent",
            Constraint::LessThan(_) => "LessThanConstraintComponent",
            Constraint::LessThanOrEquals(_) => "LessThanOrEqualsConstraintComponent",
            Constraint::Not(_) => "NotConstraintComponent",
            Constraint::And(_) => "AndConstraintComponent",
            Constraint::Or(_) => "OrConstraintComponent",
            Constraint::Xone(_) => "XoneConstraintComponent",
            Constraint::Node(_) => "NodeConstraintComponent",
            Constraint::Property(_) => "PropertyConstraintComponent",
            Constraint::Qualified { .. } => "QualifiedValueShapeConstraintComponent",
            Constraint::Closed { .. } => "ClosedConstraintComponent",
            Constraint::HasValue(_) => "HasValueConstraintComponent",
            Constraint::In(_) => "InConstraintComponent",
            Constraint::Sparql(_) => "SPARQLConstraintComponent",
        }
    }
}

impl Shapes {
    /// warta's own shapes (`ontology/shapes.ttl`, compiled in).
    pub fn warta() -> Result<Shapes> {
        Shapes::parse(
            super::WARTA_SHAPES,
            RdfFormat::Turtle,
            "ontology/shapes.ttl",
        )
    }

    /// Reads a shapes graph in any RDF format; `origin` names it in messages.
    pub fn parse(text: &str, format: RdfFormat, origin: &str) -> Result<Shapes> {
        let err = |message: String| Error::Shapes {
            origin: origin.to_owned(),
            message,
        };
        let mut graph = Graph::new();
        for q in RdfParser::from_format(format).for_slice(text.as_bytes()) {
            let q = q.map_err(|e| err(format!("not valid rdf: {e}")))?;
            graph.insert(q.as_ref());
        }
        let g = ShapesGraph { graph: &graph };
        let mut parser = Parser {
            g: &g,
            ids: HashMap::new(),
            shapes: Vec::new(),
        };
        for root in g.roots() {
            parser.shape(&root, None).map_err(err)?;
        }
        let mut shapes: Vec<Shape> = parser
            .shapes
            .into_iter()
            .map(|s| s.expect("every reserved shape is filled in"))
            .collect();
        link_disjoint_siblings(&mut shapes);
        if !shapes.iter().any(|s| !s.targets.is_empty()) {
            return Err(err(
                "no shape has a target (sh:targetClass, sh:targetNode, sh:targetSubjectsOf or sh:targetObjectsOf), so nothing would be checked".to_owned(),
            ));
        }
        Ok(Shapes {
            shapes,
            origin: origin.to_owned(),
        })
    }

    /// The IRIs of the named shapes (what fixtures and reports are organised by).
    pub fn named_shapes(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .shapes
            .iter()
            .filter_map(|s| match &s.node {
                NamedOrBlankNode::NamedNode(n) => Some(n.as_str().to_owned()),
                NamedOrBlankNode::BlankNode(_) => None,
            })
            .collect();
        names.sort();
        names
    }

    pub fn origin(&self) -> &str {
        &self.origin
    }
}

/// Read access to the shapes graph.
pub(crate) struct ShapesGraph<'a> {
    graph: &'a Graph,
}

impl ShapesGraph<'_> {
    pub(crate) fn object(&self, s: NamedOrBlankNodeRef<'_>, p: &str) -> Option<Term> {
        self.graph
            .object_for_subject_predicate(s, NamedNodeRef::new_unchecked(p))
            .map(TermRef::into_owned)
    }

    pub(crate) fn objects(&self, s: NamedOrBlankNodeRef<'_>, p: &str) -> Vec<Term> {
        let mut out: Vec<Term> = self
            .graph
            .objects_for_subject_predicate(s, NamedNodeRef::new_unchecked(p))
            .map(TermRef::into_owned)
            .collect();
        out.sort_by_cached_key(Term::to_string);
        out
    }

    /// The predicates used on a node.
    pub(crate) fn predicates(&self, s: NamedOrBlankNodeRef<'_>) -> Vec<String> {
        self.graph
            .triples_for_subject(s)
            .map(|t| t.predicate.as_str().to_owned())
            .collect()
    }

    pub(crate) fn is_list(&self, s: NamedOrBlankNodeRef<'_>) -> bool {
        self.object(s, rdf::FIRST.as_str()).is_some()
    }

    /// The members of an RDF list.
    pub(crate) fn list(&self, head: TermRef<'_>) -> Result<Vec<Term>, String> {
        let mut out = Vec::new();
        let mut node = head.into_owned();
        let mut seen = std::collections::HashSet::new();
        loop {
            if node == Term::NamedNode(rdf::NIL.into_owned()) {
                return Ok(out);
            }
            let s = match &node {
                Term::NamedNode(n) => NamedOrBlankNodeRef::from(n.as_ref()),
                Term::BlankNode(b) => NamedOrBlankNodeRef::from(b.as_ref()),
                _ => return Err(format!("{node} is not an rdf list")),
            };
            if !seen.insert(node.clone()) {
                return Err(format!("the rdf list at {head} loops"));
            }
            let first = self
                .object(s, rdf::FIRST.as_str())
                .ok_or_else(|| format!("{node} is not an rdf list (no rdf:first)"))?;
            let rest = self
                .object(s, rdf::REST.as_str())
                .ok_or_else(|| format!("{node} is not an rdf list (no rdf:rest)"))?;
            out.push(first);
            node = rest;
        }
    }

    /// Shapes declared as such or given a target, in a repeatable order.
    fn roots(&self) -> Vec<NamedOrBlankNode> {
        let mut roots: std::collections::BTreeMap<(bool, String), NamedOrBlankNode> =
            std::collections::BTreeMap::new();
        let mut add = |n: NamedOrBlankNode| {
            roots.insert((n.is_blank_node(), n.to_string()), n);
        };
        for class in ["NodeShape", "PropertyShape"] {
            let c = NamedNode::new_unchecked(format!("{SH}{class}"));
            for s in self.graph.subjects_for_predicate_object(rdf::TYPE, &c) {
                add(s.into_owned());
            }
        }
        for c in self
            .graph
            .subjects_for_predicate_object(rdf::TYPE, rdfs::CLASS)
            .map(NamedOrBlankNodeRef::into_owned)
            .collect::<Vec<_>>()
        {
            let shape_like = self
                .graph
                .triples_for_subject(c.as_ref())
                .any(|t| t.predicate.as_str().starts_with(SH));
            if shape_like {
                add(c);
            }
        }
        for t in [
            "targetClass",
            "targetNode",
            "targetSubjectsOf",
            "targetObjectsOf",
        ] {
            let p = NamedNode::new_unchecked(format!("{SH}{t}"));
            for tr in self.graph.triples_for_predicate(&p) {
                add(tr.subject.into_owned());
            }
        }
        roots.into_values().collect()
    }
}

struct Parser<'g, 'a> {
    g: &'g ShapesGraph<'a>,
    ids: HashMap<NamedOrBlankNode, ShapeId>,
    shapes: Vec<Option<Shape>>,
}

/// `sh:` terms on a shape that are not constraints of their own: targets, the path, report
/// details, non-validating annotations, and parameters read with another component.
const NOT_COMPONENTS: &[&str] = &[
    "path",
    "targetClass",
    "targetNode",
    "targetSubjectsOf",
    "targetObjectsOf",
    "message",
    "severity",
    "deactivated",
    "name",
    "description",
    "order",
    "group",
    "defaultValue",
    "flags",
    "ignoredProperties",
    "qualifiedMinCount",
    "qualifiedMaxCount",
    "qualifiedValueShapesDisjoint",
    "declare",
    "prefixes",
];

impl Parser<'_, '_> {
    fn shape(
        &mut self,
        node: &NamedOrBlankNode,
        parent_owner: Option<&NamedOrBlankNode>,
    ) -> Result<ShapeId, String> {
        if let Some(&id) = self.ids.get(node) {
            return Ok(id);
        }
        let id = self.shapes.len();
        self.ids.insert(node.clone(), id);
        self.shapes.push(None);
        let owner = match (node, parent_owner) {
            (NamedOrBlankNode::BlankNode(_), Some(o)) => o.clone(),
            _ => node.clone(),
        };
        let shape = self
            .read_shape(node, &owner)
            .map_err(|e| format!("shape {}: {e}", display(node)))?;
        self.shapes[id] = Some(shape);
        Ok(id)
    }

    fn read_shape(
        &mut self,
        node: &NamedOrBlankNode,
        owner: &NamedOrBlankNode,
    ) -> Result<Shape, String> {
        let g = self.g;
        let s = node.as_ref();
        let sh = |local: &str| format!("{SH}{local}");
        let path = match g.objects(s, &sh("path")).as_slice() {
            [] => None,
            [p] => Some(Path::parse(g, p.as_ref())?),
            _ => return Err("more than one sh:path".to_owned()),
        };
        let mut targets = Vec::new();
        for t in g.objects(s, &sh("targetClass")) {
            targets.push(Target::Class(iri(&t, "sh:targetClass")?));
        }
        // An implicit class target: a shape that is also a class targets its instances.
        if let NamedOrBlankNode::NamedNode(n) = node
            && g.objects(s, rdf::TYPE.as_str())
                .iter()
                .any(|c| *c == Term::NamedNode(rdfs::CLASS.into_owned()))
        {
            targets.push(Target::Class(n.clone()));
        }
        for t in g.objects(s, &sh("targetNode")) {
            targets.push(Target::Node(t));
        }
        for t in g.objects(s, &sh("targetSubjectsOf")) {
            targets.push(Target::SubjectsOf(iri(&t, "sh:targetSubjectsOf")?));
        }
        for t in g.objects(s, &sh("targetObjectsOf")) {
            targets.push(Target::ObjectsOf(iri(&t, "sh:targetObjectsOf")?));
        }
        let message = pick_message(&g.objects(s, &sh("message")));
        let severity = match g.object(s, &sh("severity")) {
            Some(t) => iri(&t, "sh:severity")?,
            None => NamedNode::new_unchecked(sh("Violation")),
        };
        let deactivated = match g.object(s, &sh("deactivated")) {
            Some(t) => boolean(&t, "sh:deactivated")?,
            None => false,
        };

        let mut constraints = Vec::new();
        let mut predicates: Vec<(NamedNode, Term)> = g
            .graph
            .triples_for_subject(s)
            .filter(|t| t.predicate.as_str().starts_with(SH))
            .map(|t| (t.predicate.into_owned(), t.object.into_owned()))
            .collect();
        predicates.sort_by_cached_key(|(p, o)| (p.to_string(), o.to_string()));
        let property_only = |name: &str| -> Result<(), String> {
            if path.is_none() {
                Err(format!(
                    "sh:{name} is allowed only on property shapes (shapes with sh:path)"
                ))
            } else {
                Ok(())
            }
        };
        for (p, o) in predicates {
            let local = &p.as_str()[SH.len()..];
            if NOT_COMPONENTS.contains(&local) {
                continue;
            }
            let c = match local {
                "class" => Constraint::Class(iri(&o, "sh:class")?),
                "datatype" => Constraint::Datatype(iri(&o, "sh:datatype")?),
                "nodeKind" => Constraint::NodeKind(node_kind(&o)?),
                "minCount" => {
                    property_only(local)?;
                    Constraint::MinCount(count(&o, local)?)
                }
                "maxCount" => {
                    property_only(local)?;
                    Constraint::MaxCount(count(&o, local)?)
                }
                "minExclusive" => Constraint::MinExclusive(literal(&o, local)?),
                "minInclusive" => Constraint::MinInclusive(literal(&o, local)?),
                "maxExclusive" => Constraint::MaxExclusive(literal(&o, local)?),
                "maxInclusive" => Constraint::MaxInclusive(literal(&o, local)?),
                "minLength" => Constraint::MinLength(count(&o, local)?),
                "maxLength" => Constraint::MaxLength(count(&o, local)?),
                "pattern" => {
                    let flags = match g.object(s, &sh("flags")) {
                        Some(Term::Literal(f)) => f.value().to_owned(),
                        Some(other) => return Err(format!("sh:flags {other} is not a string")),
                        None => String::new(),
                    };
                    Constraint::Pattern {
                        regex: pattern(&literal(&o, local)?, &flags)?,
                    }
                }
                "languageIn" => Constraint::LanguageIn(
                    g.list(o.as_ref())?
                        .iter()
                        .map(|t| match t {
                            Term::Literal(l) => Ok(l.value().to_owned()),
                            other => Err(format!("sh:languageIn member {other} is not a string")),
                        })
                        .collect::<Result<_, _>>()?,
                ),
                "uniqueLang" => {
                    property_only(local)?;
                    if !boolean(&o, "sh:uniqueLang")? {
                        continue;
                    }
                    Constraint::UniqueLang
                }
                "equals" | "disjoint" | "lessThan" | "lessThanOrEquals" => {
                    let pred = iri(&o, local)?;
                    if matches!(local, "lessThan" | "lessThanOrEquals") {
                        property_only(local)?;
                    }
                    match local {
                        "equals" => Constraint::Equals(pred),
                        "disjoint" => Constraint::Disjoint(pred),
                        "lessThan" => Constraint::LessThan(pred),
                        _ => Constraint::LessThanOrEquals(pred),
                    }
                }
                "not" => Constraint::Not(self.nested(&o, owner)?),
                "and" | "or" | "xone" => {
                    let members = g
                        .list(o.as_ref())?
                        .iter()
                        .map(|m| self.nested(m, owner))
                        .collect::<Result<Vec<_>, _>>()?;
                    match local {
                        "and" => Constraint::And(members),
                        "or" => Constraint::Or(members),
                        _ => Constraint::Xone(members),
                    }
                }
                "node" => Constraint::Node(self.nested(&o, owner)?),
                "property" => {
                    let id = self.nested(&o, owner)?;
                    if self.g.object(subject_of(&o)?, &sh("path")).is_none() {
                        return Err(format!(
                            "the sh:property value {} has no sh:path",
                            display_term(&o)
                        ));
                    }
                    Constraint::Property(id)
                }
                "qualifiedValueShape" => {
                    property_only(local)?;
                    let min = g
                        .object(s, &sh("qualifiedMinCount"))
                        .map(|t| count(&t, "qualifiedMinCount"))
                        .transpose()?;
                    let max = g
                        .object(s, &sh("qualifiedMaxCount"))
                        .map(|t| count(&t, "qualifiedMaxCount"))
                        .transpose()?;
                    if min.is_none() && max.is_none() {
                        return Err("sh:qualifiedValueShape without sh:qualifiedMinCount or sh:qualifiedMaxCount".to_owned());
                    }
                    let disjoint = match g.object(s, &sh("qualifiedValueShapesDisjoint")) {
                        Some(t) => boolean(&t, "sh:qualifiedValueShapesDisjoint")?,
                        None => false,
                    };
                    Constraint::Qualified {
                        shape: self.nested(&o, owner)?,
                        min,
                        max,
                        siblings: Vec::new(),
                        disjoint,
                    }
                }
                "closed" => {
                    if !boolean(&o, "sh:closed")? {
                        continue;
                    }
                    let mut allowed = BTreeSet::new();
                    if let Some(list) = g.object(s, &sh("ignoredProperties")) {
                        for t in g.list(list.as_ref())? {
                            allowed.insert(iri(&t, "sh:ignoredProperties")?);
                        }
                    }
                    for ps in g.objects(s, &sh("property")) {
                        if let Some(p) = g.object(subject_of(&ps)?, &sh("path"))
                            && let Term::NamedNode(n) = p
                        {
                            allowed.insert(n);
                        }
                    }
                    Constraint::Closed { allowed }
                }
                "hasValue" => Constraint::HasValue(o),
                "in" => Constraint::In(g.list(o.as_ref())?),
                "sparql" => {
                    Constraint::Sparql(Box::new(SparqlConstraint::parse(g, &o, path.as_ref())?))
                }
                other => {
                    return Err(format!(
                        "sh:{other} is not a constraint this validator knows (SHACL Core and SPARQL-based constraints only); remove it or validate with another SHACL processor"
                    ));
                }
            };
            constraints.push(c);
        }
        Ok(Shape {
            node: node.clone(),
            owner: owner.clone(),
            path,
            targets,
            constraints,
            message,
            severity,
            deactivated,
        })
    }

    fn nested(&mut self, t: &Term, owner: &NamedOrBlankNode) -> Result<ShapeId, String> {
        let node = match t {
            Term::NamedNode(n) => NamedOrBlankNode::NamedNode(n.clone()),
            Term::BlankNode(b) => NamedOrBlankNode::BlankNode(b.clone()),
            other => return Err(format!("{other} cannot be a shape")),
        };
        self.shape(&node, Some(owner))
    }
}

/// For `sh:qualifiedValueShapesDisjoint`: the qualified shapes of the other property shapes
/// of the same parent.
fn link_disjoint_siblings(shapes: &mut [Shape]) {
    let mut updates: Vec<(ShapeId, Vec<ShapeId>)> = Vec::new();
    for parent in shapes.iter() {
        let props: Vec<ShapeId> = parent
            .constraints
            .iter()
            .filter_map(|c| match c {
                Constraint::Property(p) => Some(*p),
                _ => None,
            })
            .collect();
        let qualified = |id: ShapeId| -> Vec<ShapeId> {
            shapes[id]
                .constraints
                .iter()
                .filter_map(|c| match c {
                    Constraint::Qualified { shape, .. } => Some(*shape),
                    _ => None,
                })
                .collect()
        };
        for &p in &props {
            let others: Vec<ShapeId> = props
                .iter()
                .filter(|&&o| o != p)
                .flat_map(|&o| qualified(o))
                .collect();
            updates.push((p, others));
        }
    }
    for (p, others) in updates {
        for c in &mut shapes[p].constraints {
            if let Constraint::Qualified {
                siblings, disjoint, ..
            } = c
                && *disjoint
            {
                siblings.extend(others.iter().copied());
                siblings.sort_unstable();
                siblings.dedup();
            }
        }
    }
}

/// The English (or untagged) message among several.
pub(crate) fn pick_message(values: &[Term]) -> Option<String> {
    let lits: Vec<&Literal> = values
        .iter()
        .filter_map(|t| match t {
            Term::Literal(l) => Some(l),
            _ => None,
        })
        .collect();
    lits.iter()
        .find(|l| l.language().is_some_and(|g| g.eq_ignore_ascii_case("en")))
        .or_else(|| lits.iter().find(|l| l.language().is_none()))
        .or_else(|| lits.first())
        .map(|l| l.value().to_owned())
}

fn iri(t: &Term, what: &str) -> Result<NamedNode, String> {
    match t {
        Term::NamedNode(n) => Ok(n.clone()),
        other => Err(format!("{what} must be an IRI, not {other}")),
    }
}

fn subject_of(t: &Term) -> Result<NamedOrBlankNodeRef<'_>, String> {
    super::path::subject(t).ok_or_else(|| format!("{t} cannot be a shape"))
}

fn literal(t: &Term, what: &str) -> Result<Literal, String> {
    match t {
        Term::Literal(l) => Ok(l.clone()),
        other => Err(format!("sh:{what} must be a literal, not {other}")),
    }
}

fn count(t: &Term, what: &str) -> Result<usize, String> {
    match t {
        Term::Literal(l) if l.datatype() == xsd::INTEGER => l
            .value()
            .parse()
            .map_err(|_| format!("sh:{what} {l} is not a non-negative integer")),
        other => Err(format!("sh:{what} must be an xsd:integer, not {other}")),
    }
}

fn boolean(t: &Term, what: &str) -> Result<bool, String> {
    match t {
        Term::Literal(l) if l.datatype() == xsd::BOOLEAN => match l.value() {
            "true" | "1" => Ok(true),
            "false" | "0" => Ok(false),
            _ => Err(format!("{what} {l} is not a boolean")),
        },
        other => Err(format!("{what} must be an xsd:boolean, not {other}")),
    }
}

fn node_kind(t: &Term) -> Result<NodeKind, String> {
    let Term::NamedNode(n) = t else {
        return Err(format!("sh:nodeKind must be an IRI, not {t}"));
    };
    Ok(match n.as_str().strip_prefix(SH).unwrap_or_default() {
        "IRI" => NodeKind::Iri,
        "BlankNode" => NodeKind::BlankNode,
        "Literal" => NodeKind::Literal,
        "BlankNodeOrIRI" => NodeKind::BlankNodeOrIri,
        "BlankNodeOrLiteral" => NodeKind::BlankNodeOrLiteral,
        "IRIOrLiteral" => NodeKind::IriOrLiteral,
        _ => return Err(format!("unknown sh:nodeKind {n}")),
    })
}

/// An XPath-style regular expression with its flags (`i`, `m`, `s`, `x`; `q` is refused).
fn pattern(p: &Literal, flags: &str) -> Result<regex::Regex, String> {
    let mut b = regex::RegexBuilder::new(p.value());
    for f in flags.chars() {
        match f {
            'i' => b.case_insensitive(true),
            'm' => b.multi_line(true),
            's' => b.dot_matches_new_line(true),
            'x' => b.ignore_whitespace(true),
            other => return Err(format!("unsupported sh:flags letter {other:?}")),
        };
    }
    b.build()
        .map_err(|e| format!("sh:pattern {p} is not a valid regular expression: {e}"))
}

pub(crate) fn display(n: &NamedOrBlankNode) -> String {
    n.to_string()
}

fn display_term(t: &Term) -> String {
    t.to_string()
}
