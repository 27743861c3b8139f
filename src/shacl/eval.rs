//! Validation of one data graph against parsed shapes (SHACL §3.4, §4, §5).

use super::path::{Path, subject};
use super::report::ValidationResult;
use super::shapes::{Constraint, Shape, ShapeId, Shapes, Target};
use super::{SH, values};
use crate::error::{Error, Result};
use oxigraph::model::dataset::GraphView;
use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{Dataset, GraphNameRef, NamedNode, Term, TermRef};
use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Deepest nesting of shapes (`sh:node`, `sh:or`…) before the shapes are taken to recurse,
/// which SHACL leaves undefined.
const MAX_DEPTH: usize = 64;

/// Validates the default graph of `data` against `shapes`: every result, sorted.
pub fn validate(shapes: &Shapes, data: &Dataset) -> Result<Vec<ValidationResult>> {
    let engine = Engine {
        shapes,
        data,
        view: data.graph(GraphNameRef::DefaultGraph),
        conforms_cache: RefCell::new(HashMap::new()),
        depth: RefCell::new(0),
    };
    let mut results = Vec::new();
    for (id, shape) in shapes.shapes.iter().enumerate() {
        if shape.targets.is_empty() || shape.deactivated {
            continue;
        }
        let focus = engine.focus_nodes(shape);
        for f in &focus {
            results.extend(
                engine
                    .validate_node(id, f)
                    .map_err(|message| Error::Shapes {
                        origin: shapes.origin.clone(),
                        message,
                    })?,
            );
        }
    }
    results.sort_by_cached_key(ValidationResult::sort_key);
    results.dedup_by(|a, b| a.sort_key() == b.sort_key());
    Ok(results)
}

struct Engine<'a> {
    shapes: &'a Shapes,
    data: &'a Dataset,
    view: GraphView<'a>,
    conforms_cache: RefCell<HashMap<(ShapeId, Term), bool>>,
    depth: RefCell<usize>,
}

impl Engine<'_> {
    /// The target nodes of a shape, each once, in a repeatable order.
    fn focus_nodes(&self, shape: &Shape) -> Vec<Term> {
        let mut out: HashSet<Term> = HashSet::new();
        for t in &shape.targets {
            match t {
                Target::Node(n) => {
                    out.insert(n.clone());
                }
                Target::Class(c) => {
                    for class in self.subclasses(c) {
                        out.extend(
                            self.view
                                .subjects_for_predicate_object(rdf::TYPE, &class)
                                .map(|s| Term::from(s.into_owned())),
                        );
                    }
                }
                Target::SubjectsOf(p) => {
                    out.extend(
                        self.view
                            .triples_for_predicate(p)
                            .map(|t| Term::from(t.subject.into_owned())),
                    );
                }
                Target::ObjectsOf(p) => {
                    out.extend(
                        self.view
                            .triples_for_predicate(p)
                            .map(|t| t.object.into_owned()),
                    );
                }
            }
        }
        let mut v: Vec<Term> = out.into_iter().collect();
        v.sort_by_cached_key(Term::to_string);
        v
    }

    /// `c` and its subclasses in the data graph (`rdfs:subClassOf*`).
    fn subclasses(&self, c: &NamedNode) -> Vec<Term> {
        let inverse = Path::ZeroOrMore(Box::new(Path::Inverse(Box::new(Path::Predicate(
            rdfs::SUB_CLASS_OF.into_owned(),
        )))));
        inverse.values(&self.view, &Term::NamedNode(c.clone()))
    }

    /// A SHACL instance of `c`: typed `c` or a subclass of it.
    fn is_instance(&self, node: &Term, c: &NamedNode) -> bool {
        let Some(s) = subject(node) else {
            return false;
        };
        let types: Vec<Term> = self
            .view
            .objects_for_subject_predicate(s, rdf::TYPE)
            .map(TermRef::into_owned)
            .collect();
        let target = Term::NamedNode(c.clone());
        if types.contains(&target) {
            return true;
        }
        let up = Path::ZeroOrMore(Box::new(Path::Predicate(rdfs::SUB_CLASS_OF.into_owned())));
        types
            .iter()
            .any(|t| up.values(&self.view, t).contains(&target))
    }

    /// True when `node` conforms to the shape (no results at all).
    fn conforms(&self, id: ShapeId, node: &Term) -> std::result::Result<bool, String> {
        let key = (id, node.clone());
        if let Some(&c) = self.conforms_cache.borrow().get(&key) {
            return Ok(c);
        }
        let c = self.validate_node(id, node)?.is_empty();
        self.conforms_cache.borrow_mut().insert(key, c);
        Ok(c)
    }

    /// Validates one focus node against one shape.
    fn validate_node(
        &self,
        id: ShapeId,
        focus: &Term,
    ) -> std::result::Result<Vec<ValidationResult>, String> {
        let shape = &self.shapes.shapes[id];
        if shape.deactivated {
            return Ok(Vec::new());
        }
        {
            let mut d = self.depth.borrow_mut();
            *d += 1;
            if *d > MAX_DEPTH {
                *d = 0;
                return Err(format!(
                    "shape {} nests more than {MAX_DEPTH} levels deep: recursive shapes are not supported",
                    shape.node
                ));
            }
        }
        let out = self.check(shape, focus);
        *self.depth.borrow_mut() -= 1;
        out
    }

    fn check(
        &self,
        shape: &Shape,
        focus: &Term,
    ) -> std::result::Result<Vec<ValidationResult>, String> {
        let values: Vec<Term> = match &shape.path {
            Some(p) => p.values(&self.view, focus),
            None => vec![focus.clone()],
        };
        let mut out = Vec::new();
        let fail = |c: &Constraint, value: Option<Term>, detail: String| {
            self.result(shape, focus, value, c.component(), detail)
        };
        for c in &shape.constraints {
            match c {
                Constraint::Class(class) => {
                    for v in values.iter().filter(|v| !self.is_instance(v, class)) {
                        out.push(fail(
                            c,
                            Some(v.clone()),
                            format!("{v} is not an instance of {class}"),
                        ));
                    }
                }
                Constraint::Datatype(dt) => {
                    for v in values
                        .iter()
                        .filter(|v| !values::has_datatype(v, dt.as_ref()))
                    {
                        out.push(fail(
                            c,
                            Some(v.clone()),
                            format!("{v} is not a well-formed {dt} literal"),
                        ));
                    }
                }
                Constraint::NodeKind(k) => {
                    for v in values.iter().filter(|v| !values::node_kind_matches(*k, v)) {
                        out.push(fail(
                            c,
                            Some(v.clone()),
                            format!("{v} is not of node kind {k:?}"),
                        ));
                    }
                }
                Constraint::MinCount(n) if values.len() < *n => {
                    out.push(fail(
                        c,
                        None,
                        format!("at least {n} value(s) expected, {} found", values.len()),
                    ));
                }
                Constraint::MaxCount(n) if values.len() > *n => {
                    out.push(fail(
                        c,
                        None,
                        format!("at most {n} value(s) expected, {} found", values.len()),
                    ));
                }
                Constraint::MinCount(_) | Constraint::MaxCount(_) => {}
                Constraint::MinExclusive(l)
                | Constraint::MinInclusive(l)
                | Constraint::MaxExclusive(l)
                | Constraint::MaxInclusive(l) => {
                    let bound = Term::Literal(l.clone());
                    for v in &values {
                        let ord = values::compare(v, &bound);
                        let ok = match c {
                            Constraint::MinExclusive(_) => ord == Some(Ordering::Greater),
                            Constraint::MinInclusive(_) => {
                                matches!(ord, Some(Ordering::Greater | Ordering::Equal))
                            }
                            Constraint::MaxExclusive(_) => ord == Some(Ordering::Less),
                            _ => matches!(ord, Some(Ordering::Less | Ordering::Equal)),
                        };
                        if !ok {
                            out.push(fail(
                                c,
                                Some(v.clone()),
                                format!("{v} is out of range ({} {l})", c.component()),
                            ));
                        }
                    }
                }
                Constraint::MinLength(n) | Constraint::MaxLength(n) => {
                    for v in &values {
                        let ok = values::lexical(v).is_some_and(|s| {
                            let len = s.chars().count();
                            if matches!(c, Constraint::MinLength(_)) {
                                len >= *n
                            } else {
                                len <= *n
                            }
                        });
                        if !ok {
                            out.push(fail(
                                c,
                                Some(v.clone()),
                                format!("{v} has the wrong length (limit {n})"),
                            ));
                        }
                    }
                }
                Constraint::Pattern { regex } => {
                    for v in &values {
                        if !values::lexical(v).is_some_and(|s| regex.is_match(s)) {
                            out.push(fail(
                                c,
                                Some(v.clone()),
                                format!("{v} does not match {:?}", regex.as_str()),
                            ));
                        }
                    }
                }
                Constraint::LanguageIn(ranges) => {
                    for v in &values {
                        let ok = matches!(v, Term::Literal(l) if l
                            .language()
                            .is_some_and(|tag| ranges.iter().any(|r| values::lang_matches(tag, r))));
                        if !ok {
                            out.push(fail(
                                c,
                                Some(v.clone()),
                                format!("{v} is not in a language of {ranges:?}"),
                            ));
                        }
                    }
                }
                Constraint::UniqueLang => {
                    let mut tags: BTreeMap<String, usize> = BTreeMap::new();
                    for v in &values {
                        if let Term::Literal(l) = v
                            && let Some(tag) = l.language()
                        {
                            *tags.entry(tag.to_ascii_lowercase()).or_default() += 1;
                        }
                    }
                    for (tag, n) in tags {
                        if n > 1 {
                            out.push(fail(
                                c,
                                None,
                                format!("{n} values in language {tag:?}, at most one expected"),
                            ));
                        }
                    }
                }
                Constraint::Equals(p)
                | Constraint::Disjoint(p)
                | Constraint::LessThan(p)
                | Constraint::LessThanOrEquals(p) => {
                    let others: Vec<Term> = Path::Predicate(p.clone()).values(&self.view, focus);
                    match c {
                        Constraint::Equals(_) => {
                            for v in values.iter().filter(|v| !others.contains(v)) {
                                out.push(fail(
                                    c,
                                    Some(v.clone()),
                                    format!("{v} is not a value of {p}"),
                                ));
                            }
                            for o in others.iter().filter(|o| !values.contains(o)) {
                                out.push(fail(
                                    c,
                                    Some(o.clone()),
                                    format!("{o}, a value of {p}, is missing"),
                                ));
                            }
                        }
                        Constraint::Disjoint(_) => {
                            for v in values.iter().filter(|v| others.contains(v)) {
                                out.push(fail(
                                    c,
                                    Some(v.clone()),
                                    format!("{v} is also a value of {p}"),
                                ));
                            }
                        }
                        _ => {
                            let strict = matches!(c, Constraint::LessThan(_));
                            for v in &values {
                                for o in &others {
                                    let ord = values::compare(v, o);
                                    let ok = ord == Some(Ordering::Less)
                                        || (!strict && ord == Some(Ordering::Equal));
                                    if !ok {
                                        out.push(fail(
                                            c,
                                            Some(v.clone()),
                                            format!("{v} is not below {o}, the value of {p}"),
                                        ));
                                    }
                                }
                            }
                        }
                    }
                }
                Constraint::Not(s) => {
                    for v in &values {
                        if self.conforms(*s, v)? {
                            out.push(fail(
                                c,
                                Some(v.clone()),
                                format!("{v} conforms to a shape it must not conform to"),
                            ));
                        }
                    }
                }
                Constraint::And(members) | Constraint::Or(members) | Constraint::Xone(members) => {
                    for v in &values {
                        let mut n = 0;
                        for m in members {
                            if self.conforms(*m, v)? {
                                n += 1;
                            }
                        }
                        let ok = match c {
                            Constraint::And(_) => n == members.len(),
                            Constraint::Or(_) => n >= 1,
                            _ => n == 1,
                        };
                        if !ok {
                            out.push(fail(
                                c,
                                Some(v.clone()),
                                format!("{v} conforms to {n} of {} shapes", members.len()),
                            ));
                        }
                    }
                }
                Constraint::Node(s) => {
                    for v in &values {
                        if !self.conforms(*s, v)? {
                            out.push(fail(
                                c,
                                Some(v.clone()),
                                format!("{v} does not conform to {}", self.shapes.shapes[*s].node),
                            ));
                        }
                    }
                }
                Constraint::Property(p) => {
                    for v in &values {
                        out.extend(self.validate_node(*p, v)?);
                    }
                }
                Constraint::Qualified {
                    shape: q,
                    min,
                    max,
                    siblings,
                    ..
                } => {
                    let mut n = 0;
                    for v in &values {
                        if !self.conforms(*q, v)? {
                            continue;
                        }
                        let mut in_sibling = false;
                        for s in siblings {
                            if self.conforms(*s, v)? {
                                in_sibling = true;
                                break;
                            }
                        }
                        if !in_sibling {
                            n += 1;
                        }
                    }
                    if let Some(m) = min
                        && n < *m
                    {
                        out.push(self.result(
                            shape,
                            focus,
                            None,
                            "QualifiedMinCountConstraintComponent",
                            format!(
                                "at least {m} value(s) of the qualified shape expected, {n} found"
                            ),
                        ));
                    }
                    if let Some(m) = max
                        && n > *m
                    {
                        out.push(self.result(
                            shape,
                            focus,
                            None,
                            "QualifiedMaxCountConstraintComponent",
                            format!(
                                "at most {m} value(s) of the qualified shape expected, {n} found"
                            ),
                        ));
                    }
                }
                Constraint::Closed { allowed } => {
                    for v in &values {
                        let Some(s) = subject(v) else { continue };
                        let mut extra: Vec<(NamedNode, Term)> = self
                            .view
                            .triples_for_subject(s)
                            .filter(|t| !allowed.contains(&t.predicate.into_owned()))
                            .map(|t| (t.predicate.into_owned(), t.object.into_owned()))
                            .collect();
                        extra.sort_by_cached_key(|(p, o)| (p.to_string(), o.to_string()));
                        for (p, o) in extra {
                            let mut r = self.result(
                                shape,
                                v,
                                Some(o),
                                c.component(),
                                format!("{p} is not allowed on a closed shape"),
                            );
                            r.path = Some(Path::Predicate(p));
                            out.push(r);
                        }
                    }
                }
                Constraint::HasValue(t) => {
                    if !values.contains(t) {
                        out.push(fail(c, None, format!("{t} is not among the values")));
                    }
                }
                Constraint::In(list) => {
                    for v in values.iter().filter(|v| !list.contains(v)) {
                        out.push(fail(
                            c,
                            Some(v.clone()),
                            format!("{v} is not one of the allowed values"),
                        ));
                    }
                }
                Constraint::Sparql(q) => {
                    if q.deactivated {
                        continue;
                    }
                    for v in q.run(self.data, focus)? {
                        let mut r = self.result(
                            shape,
                            &v.focus,
                            Some(v.value.unwrap_or_else(|| v.focus.clone())),
                            c.component(),
                            format!("the SPARQL constraint {} has a solution", q.node),
                        );
                        if let Some(m) = v.message.or_else(|| q.message.clone()) {
                            r.message = m;
                        }
                        if let Some(Term::NamedNode(p)) = v.path {
                            r.path = Some(Path::Predicate(p));
                        }
                        r.source_constraint = Some(q.node.clone());
                        out.push(r);
                    }
                }
            }
        }
        Ok(out)
    }

    fn result(
        &self,
        shape: &Shape,
        focus: &Term,
        value: Option<Term>,
        component: &str,
        detail: String,
    ) -> ValidationResult {
        ValidationResult {
            focus: focus.clone(),
            path: shape.path.clone(),
            value,
            source_shape: shape.node.clone(),
            shape: shape.owner.clone(),
            component: NamedNode::new_unchecked(format!("{SH}{component}")),
            severity: shape.severity.clone(),
            message: shape.message.clone().unwrap_or_else(|| detail.clone()),
            detail,
            source_constraint: None,
        }
    }
}
