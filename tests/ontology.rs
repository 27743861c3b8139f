//! `ontology/warta.ttl` against the RDF warta really emits. The project's fixtures, its
//! development set and the purpose-written articles of `tests/ontology-inputs` (plus the seed
//! article of `../shared`, when present) are converted with the real binary; then every emitted
//! predicate, class and warta individual must be declared in the ontology, every warta term the
//! ontology declares must be emitted (or deprecated), every warta term must be documented in
//! English and Indonesian, the domains and ranges must hold in the data, the alignments to the
//! vocabularies users query must be there, `ontology/alignments.rq` must derive the SEM /
//! OWL-Time / ORG view, and `scripts/check-ontology` (OWL 2 DL profile, HermiT) must pass.

mod common;

use common::*;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Literal, NamedOrBlankNode, Quad, Term, Triple};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

const WARTA: &str = "https://w3id.org/warta/ns#";
const ONTOLOGY: &str = "https://w3id.org/warta/ns";
const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
const OWL: &str = "http://www.w3.org/2002/07/owl#";
const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
const SCHEMA: &str = "https://schema.org/";
const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
const PROV: &str = "http://www.w3.org/ns/prov#";
const SEM: &str = "http://semanticweb.cs.vu.nl/2009/11/sem/";
const ORG: &str = "http://www.w3.org/ns/org#";
const FOAF: &str = "http://xmlns.com/foaf/0.1/";
const TIME: &str = "http://www.w3.org/2006/time#";

/// Terms of RDF, RDFS and OWL themselves that warta emits: OWL 2 DL forbids redeclaring the
/// reserved vocabulary, so the ontology does not list them.
const BUILT_IN: [&str; 3] = [
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2002/07/owl#sameAs",
];

/// The OWL types that declare a term.
const DECLARING_TYPES: [&str; 5] = [
    "Class",
    "ObjectProperty",
    "DatatypeProperty",
    "AnnotationProperty",
    "NamedIndividual",
];

fn iri(namespace: &str, local: &str) -> String {
    format!("{namespace}{local}")
}

/// A node as a string key: the IRI, or `_:id` for a blank node.
fn node_key(n: &NamedOrBlankNode) -> String {
    match n {
        NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
        NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
    }
}

fn term_key(t: &Term) -> Option<String> {
    match t {
        Term::NamedNode(n) => Some(n.as_str().to_owned()),
        Term::BlankNode(b) => Some(format!("_:{}", b.as_str())),
        Term::Literal(_) => None,
    }
}

/// The datatype of a literal as the ontology's ranges name it (`rdf:langString` when tagged).
fn datatype(l: &Literal) -> String {
    if l.language().is_some() {
        iri(RDF, "langString")
    } else {
        l.datatype().as_str().to_owned()
    }
}

fn parse(bytes: &[u8], format: RdfFormat, what: &str) -> Vec<Quad> {
    RdfParser::from_format(format)
        .for_slice(bytes)
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{what} does not parse: {e}"))
}

/// A Turtle file of the repository, indexed by subject.
struct Vocabulary {
    by_subject: BTreeMap<String, Vec<(String, Term)>>,
}

impl Vocabulary {
    fn load(path: &str) -> Self {
        let text = std::fs::read(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut by_subject: BTreeMap<String, Vec<(String, Term)>> = BTreeMap::new();
        for q in parse(&text, RdfFormat::Turtle, path) {
            by_subject
                .entry(node_key(&q.subject))
                .or_default()
                .push((q.predicate.as_str().to_owned(), q.object));
        }
        Vocabulary { by_subject }
    }

    fn objects<'a>(&'a self, s: &str, p: &str) -> impl Iterator<Item = &'a Term> + use<'a> {
        let p = p.to_owned();
        self.by_subject
            .get(s)
            .into_iter()
            .flatten()
            .filter(move |(q, _)| *q == p)
            .map(|(_, o)| o)
    }

    fn iris(&self, s: &str, p: &str) -> BTreeSet<String> {
        self.objects(s, p).filter_map(term_key).collect()
    }

    fn types(&self, s: &str) -> BTreeSet<String> {
        self.iris(s, &iri(RDF, "type"))
    }

    fn has(&self, s: &str, p: &str, o: &str) -> bool {
        self.iris(s, p).contains(o)
    }

    fn is_declared(&self, s: &str) -> bool {
        let types = self.types(s);
        DECLARING_TYPES.iter().any(|t| types.contains(&iri(OWL, t)))
    }

    fn is_a(&self, s: &str, owl_type: &str) -> bool {
        self.types(s).contains(&iri(OWL, owl_type))
    }

    fn deprecated(&self, s: &str) -> bool {
        self.objects(s, &iri(OWL, "deprecated"))
            .any(|o| matches!(o, Term::Literal(l) if l.value() == "true"))
    }

    /// The declared subjects (IRIs only).
    fn declared(&self) -> impl Iterator<Item = &String> {
        self.by_subject
            .keys()
            .filter(|s| !s.starts_with("_:") && self.is_declared(s))
    }

    fn list(&self, head: &str) -> Vec<Term> {
        let mut out = Vec::new();
        let mut node = head.to_owned();
        while node != iri(RDF, "nil") {
            out.extend(self.objects(&node, &iri(RDF, "first")).cloned());
            node = match self.iris(&node, &iri(RDF, "rest")).into_iter().next() {
                Some(n) => n,
                None => break,
            };
        }
        out
    }

    /// The named classes or datatypes a domain or range admits: itself, the members of an
    /// `owl:unionOf`, or the base of a restricted datatype.
    fn members(&self, t: &Term) -> BTreeSet<String> {
        let Some(key) = term_key(t) else {
            return BTreeSet::new();
        };
        if !key.starts_with("_:") {
            return BTreeSet::from([key]);
        }
        let mut out = BTreeSet::new();
        for u in self.objects(&key, &iri(OWL, "unionOf")) {
            for m in self.list(&term_key(u).unwrap()) {
                out.extend(self.members(&m));
            }
        }
        out.extend(self.iris(&key, &iri(OWL, "onDatatype")));
        out
    }

    /// A class and its named superclasses, transitively.
    fn superclasses(&self, class: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::from([class.to_owned()]);
        let mut todo = vec![class.to_owned()];
        while let Some(c) = todo.pop() {
            for s in self.iris(&c, &iri(RDFS, "subClassOf")) {
                if !s.starts_with("_:") && out.insert(s.clone()) {
                    todo.push(s);
                }
            }
        }
        out
    }

    fn literals(&self, s: &str, p: &str) -> Vec<&Literal> {
        self.objects(s, p)
            .filter_map(|o| match o {
                Term::Literal(l) => Some(l),
                _ => None,
            })
            .collect()
    }
}

fn ontology() -> &'static Vocabulary {
    static O: OnceLock<Vocabulary> = OnceLock::new();
    O.get_or_init(|| Vocabulary::load("ontology/warta.ttl"))
}

fn cameo() -> &'static Vocabulary {
    static C: OnceLock<Vocabulary> = OnceLock::new();
    C.get_or_init(|| Vocabulary::load("ontology/cameo.ttl"))
}

/// What a conversion emitted.
#[derive(Default)]
struct Emitted {
    quads: Vec<Quad>,
    nquads: String,
    predicates: BTreeSet<String>,
    classes: BTreeSet<String>,
    /// Objects in the warta namespace other than `rdf:type`'s (roles, statuses, classes named
    /// by `itsrdf:taClassRef`).
    warta_objects: BTreeSet<String>,
}

impl Emitted {
    fn add(&mut self, nquads: String) {
        for q in parse(nquads.as_bytes(), RdfFormat::NQuads, "warta's N-Quads") {
            let p = q.predicate.as_str().to_owned();
            if let Some(o) = term_key(&q.object) {
                if p == BUILT_IN[0] {
                    self.classes.insert(o);
                } else if o.starts_with(WARTA) {
                    self.warta_objects.insert(o);
                }
            }
            self.predicates.insert(p);
            self.quads.push(q);
        }
        self.nquads.push_str(&nquads);
    }

    fn emits(&self, term: &str) -> bool {
        self.predicates.contains(term)
            || self.classes.contains(term)
            || self.warta_objects.contains(term)
    }

    /// The types of each node per graph, for checking domains and ranges.
    fn types(&self) -> HashMap<(GraphName, String), BTreeSet<String>> {
        let mut out: HashMap<(GraphName, String), BTreeSet<String>> = HashMap::new();
        for q in &self.quads {
            if q.predicate.as_str() == BUILT_IN[0] {
                if let Some(t) = term_key(&q.object) {
                    out.entry((q.graph_name.clone(), node_key(&q.subject)))
                        .or_default()
                        .insert(t);
                }
            }
        }
        out
    }
}

fn convert(inputs: &[std::path::PathBuf]) -> String {
    let dir = tempfile::tempdir().unwrap();
    ok(warta(&dir.path().join("store"))
        .args(["-q", "convert", "-f", "nquads"])
        .args(inputs))
}

/// The repository's own inputs: the result does not depend on `../shared`.
fn repo_emitted() -> &'static Emitted {
    static E: OnceLock<Emitted> = OnceLock::new();
    E.get_or_init(|| {
        let mut e = Emitted::default();
        e.add(convert(&[
            fixtures(),
            repo().join("tests/devset"),
            repo().join("tests/ontology-inputs"),
        ]));
        e
    })
}

/// The repository's inputs and, when `../shared` is here, the seed article.
fn all_emitted() -> &'static Emitted {
    static E: OnceLock<Emitted> = OnceLock::new();
    E.get_or_init(|| {
        let mut e = Emitted::default();
        e.add(repo_emitted().nquads.clone());
        match shared() {
            Some(s) => e.add(convert(&[s.join("seed/seoul-concern-2024-10-25.txt")])),
            None => eprintln!("note: ../shared is not here, so the seed article is not converted"),
        }
        e
    })
}

#[track_caller]
fn assert_none(problems: Vec<String>, what: &str) {
    assert!(problems.is_empty(), "{what}:\n  {}", problems.join("\n  "));
}

#[test]
fn the_ontology_and_the_cameo_scheme_parse_and_the_ontology_is_versioned() {
    let o = ontology();
    assert!(o.has(ONTOLOGY, &iri(RDF, "type"), &iri(OWL, "Ontology")));
    let version = o.literals(ONTOLOGY, &iri(OWL, "versionInfo"));
    assert_eq!(version.len(), 1, "one owl:versionInfo");
    let version = version[0].value();
    assert!(
        version.split('.').count() == 3 && version.split('.').all(|n| n.parse::<u32>().is_ok()),
        "owl:versionInfo is MAJOR.MINOR.PATCH, not {version:?}"
    );
    assert_eq!(
        o.iris(ONTOLOGY, &iri(OWL, "versionIRI")),
        BTreeSet::from([format!("{ONTOLOGY}/{version}")]),
        "owl:versionIRI is {ONTOLOGY}/{{owl:versionInfo}}"
    );
    for p in ["label", "comment"] {
        let langs: BTreeSet<_> = o
            .literals(ONTOLOGY, &iri(RDFS, p))
            .iter()
            .filter_map(|l| l.language().map(str::to_owned))
            .collect();
        assert_eq!(langs, BTreeSet::from(["en".into(), "id".into()]), "{p}");
    }
    // The CAMEO scheme uses only warta terms the ontology declares.
    let c = cameo();
    let concepts = c
        .by_subject
        .keys()
        .filter(|s| {
            c.types(s)
                .contains("http://www.w3.org/2004/02/skos/core#Concept")
        })
        .count();
    assert!(
        concepts > 300,
        "the CAMEO codebook has its codes ({concepts})"
    );
    let used: BTreeSet<&String> = c
        .by_subject
        .values()
        .flatten()
        .map(|(p, _)| p)
        .filter(|p| p.starts_with(WARTA))
        .collect();
    assert!(!used.is_empty());
    for p in used {
        assert!(
            o.is_declared(p),
            "cameo.ttl uses {p}, undeclared in warta.ttl"
        );
    }
}

#[test]
fn every_term_warta_emits_is_declared() {
    let o = ontology();
    let e = all_emitted();
    assert!(e.quads.len() > 5000, "the inputs give a real graph");
    let mut problems = Vec::new();
    let mut objects: BTreeMap<&str, (bool, bool)> = BTreeMap::new(); // (literal seen, node seen)
    for q in &e.quads {
        let seen = objects.entry(q.predicate.as_str()).or_default();
        match q.object {
            Term::Literal(_) => seen.0 = true,
            _ => seen.1 = true,
        }
    }
    for (p, (literal, node)) in &objects {
        if BUILT_IN.contains(p) {
            continue;
        }
        if !o.is_declared(p) {
            problems.push(format!("property {p} is emitted but not declared"));
        } else if o.is_a(p, "DatatypeProperty") && *node {
            problems.push(format!("{p} is a DatatypeProperty but has IRI objects"));
        } else if o.is_a(p, "ObjectProperty") && *literal {
            problems.push(format!("{p} is an ObjectProperty but has literal objects"));
        } else if !o.is_a(p, "DatatypeProperty") && !o.is_a(p, "ObjectProperty") {
            problems.push(format!(
                "{p} is declared, but not as a data or object property"
            ));
        }
    }
    for c in &e.classes {
        if !o.is_a(c, "Class") {
            problems.push(format!(
                "class {c} is emitted but not declared an owl:Class"
            ));
        }
    }
    for i in &e.warta_objects {
        if !o.is_declared(i) {
            problems.push(format!("{i} is emitted as an object but not declared"));
        }
    }
    // Reused terms name their vocabulary.
    for t in objects
        .keys()
        .copied()
        .chain(e.classes.iter().map(String::as_str))
    {
        if BUILT_IN.contains(&t) || t.starts_with(WARTA) || !o.is_declared(t) {
            continue;
        }
        let defined_by = o.iris(t, &iri(RDFS, "isDefinedBy"));
        if !defined_by.iter().any(|v| t.starts_with(v.as_str())) {
            problems.push(format!(
                "{t} is reused: rdfs:isDefinedBy should name its vocabulary"
            ));
        }
    }
    assert_none(problems, "the ontology misses emitted terms");
}

#[test]
fn every_declared_warta_term_is_emitted_or_deprecated() {
    let o = ontology();
    let e = repo_emitted();
    // A class counts as emitted when nodes are typed with it, or when it is the class of an
    // emitted individual (warta:Role, warta:EventStatus).
    let emitted_classes_of_individuals: BTreeSet<String> =
        e.warta_objects.iter().flat_map(|i| o.types(i)).collect();
    let mut problems = Vec::new();
    let mut checked = 0;
    for t in o.declared().filter(|t| t.starts_with(WARTA)) {
        checked += 1;
        let used = e.emits(t) || emitted_classes_of_individuals.contains(t);
        match (used, o.deprecated(t)) {
            (true, true) => problems.push(format!("{t} is deprecated but still emitted")),
            (false, false) => problems.push(format!(
                "{t} is declared but no input emits it: write an input that does, or mark it owl:deprecated"
            )),
            _ => {}
        }
    }
    assert!(
        checked > 50,
        "the ontology declares warta's terms ({checked})"
    );
    assert_none(problems, "declared terms and emitted terms differ");
}

#[test]
fn every_warta_term_is_documented_in_english_and_indonesian() {
    let o = ontology();
    let mut problems = Vec::new();
    for t in o.declared().filter(|t| t.starts_with(WARTA)) {
        for p in ["label", "comment"] {
            for lang in ["en", "id"] {
                let n = o
                    .literals(t, &iri(RDFS, p))
                    .iter()
                    .filter(|l| l.language() == Some(lang) && !l.value().trim().is_empty())
                    .count();
                if n != 1 {
                    problems.push(format!("{t}: {n} rdfs:{p} @{lang}, expected one"));
                }
            }
        }
        if !o.has(t, &iri(RDFS, "isDefinedBy"), ONTOLOGY) {
            problems.push(format!("{t}: no rdfs:isDefinedBy <{ONTOLOGY}>"));
        }
        if o.is_a(t, "ObjectProperty") || o.is_a(t, "DatatypeProperty") {
            for p in ["domain", "range"] {
                if o.objects(t, &iri(RDFS, p)).count() != 1 {
                    problems.push(format!("{t}: needs exactly one rdfs:{p}"));
                }
            }
        }
    }
    assert_none(problems, "undocumented warta terms");
}

#[test]
fn domains_and_ranges_hold_in_the_emitted_data() {
    let o = ontology();
    let c = cameo();
    let e = all_emitted();
    let data_types = e.types();
    // The classes a node belongs to: its types in the graph, or in the ontology or the CAMEO
    // scheme (individuals such as warta:HeadOfState and cameo:057), with superclasses.
    let classes_of = |g: &GraphName, node: &str| -> BTreeSet<String> {
        let mut direct: BTreeSet<String> = data_types
            .get(&(g.clone(), node.to_owned()))
            .cloned()
            .unwrap_or_default();
        direct.extend(o.types(node));
        direct.extend(c.types(node));
        direct.iter().flat_map(|t| o.superclasses(t)).collect()
    };
    let mut problems = BTreeSet::new();
    let mut checked = 0;
    for q in &e.quads {
        let p = q.predicate.as_str();
        if !p.starts_with(WARTA) {
            continue;
        }
        let domain: BTreeSet<String> = o
            .objects(p, &iri(RDFS, "domain"))
            .flat_map(|d| o.members(d))
            .collect();
        let range: BTreeSet<String> = o
            .objects(p, &iri(RDFS, "range"))
            .flat_map(|r| o.members(r))
            .collect();
        let subject = classes_of(&q.graph_name, &node_key(&q.subject));
        if subject.is_disjoint(&domain) {
            problems.insert(format!(
                "{p}: subject typed {subject:?}, outside the domain {domain:?}"
            ));
        }
        let object = match &q.object {
            Term::Literal(l) => BTreeSet::from([datatype(l)]),
            t => classes_of(&q.graph_name, &term_key(t).unwrap()),
        };
        let literal_range =
            range.contains(&iri(RDFS, "Literal")) && matches!(q.object, Term::Literal(_));
        if object.is_disjoint(&range) && !literal_range {
            problems.insert(format!(
                "{p}: object typed {object:?}, outside the range {range:?}"
            ));
        }
        checked += 1;
    }
    assert!(checked > 1000, "checked {checked} warta statements");
    assert_none(
        problems.into_iter().collect(),
        "domains or ranges do not hold",
    );
}

#[test]
fn the_alignments_to_the_vocabularies_users_query_are_there() {
    let o = ontology();
    let sub_class = iri(RDFS, "subClassOf");
    let sub_property = iri(RDFS, "subPropertyOf");
    let domain = iri(RDFS, "domain");
    let range = iri(RDFS, "range");
    let see_also = iri(RDFS, "seeAlso");
    let w = |l: &str| iri(WARTA, l);
    let expected: Vec<(String, &String, String)> = vec![
        // schema.org
        (w("State"), &sub_class, iri(SCHEMA, "Country")),
        (w("Person"), &sub_class, iri(SCHEMA, "Person")),
        (w("Organization"), &sub_class, iri(SCHEMA, "Organization")),
        (w("Place"), &sub_class, iri(SCHEMA, "Place")),
        (w("Event"), &sub_class, iri(SCHEMA, "Event")),
        (w("contentHash"), &domain, iri(SCHEMA, "NewsArticle")),
        (w("startDate"), &sub_property, iri(SCHEMA, "startDate")),
        (w("endDate"), &sub_property, iri(SCHEMA, "endDate")),
        // SEM
        (w("Event"), &sub_class, iri(SEM, "Event")),
        (w("Place"), &sub_class, iri(SEM, "Place")),
        (w("source"), &sub_property, iri(SEM, "hasActor")),
        (w("target"), &sub_property, iri(SEM, "hasActor")),
        (w("sourceState"), &sub_property, iri(SEM, "hasActor")),
        (w("targetState"), &sub_property, iri(SEM, "hasActor")),
        (w("cameo"), &sub_property, iri(SEM, "eventType")),
        (w("date"), &sub_property, iri(SEM, "hasTimeStamp")),
        (
            w("dateFrom"),
            &sub_property,
            iri(SEM, "hasEarliestBeginTimeStamp"),
        ),
        (
            w("dateTo"),
            &sub_property,
            iri(SEM, "hasLatestEndTimeStamp"),
        ),
        (w("date"), &see_also, iri(SEM, "hasTime")),
        // PROV-O
        (w("trigger"), &sub_property, iri(PROV, "wasDerivedFrom")),
        (w("reportedBy"), &sub_property, iri(PROV, "wasAttributedTo")),
        // NIF
        (w("context"), &range, iri(NIF, "Context")),
        (w("trigger"), &range, iri(NIF, "Phrase")),
        (w("metonymy"), &domain, iri(NIF, "Phrase")),
        // FOAF
        (w("Person"), &sub_class, iri(FOAF, "Person")),
        (w("Organization"), &sub_class, iri(FOAF, "Organization")),
        // ORG
        (w("Position"), &sub_class, iri(ORG, "Membership")),
        (w("Role"), &sub_class, iri(ORG, "Role")),
        (w("holds"), &sub_property, iri(ORG, "hasMembership")),
        (w("holder"), &sub_property, iri(ORG, "member")),
        (w("role"), &sub_property, iri(ORG, "role")),
        (w("ofState"), &sub_property, iri(ORG, "organization")),
        (w("leaderOf"), &sub_property, iri(ORG, "headOf")),
        (w("startDate"), &see_also, iri(ORG, "memberDuring")),
        // OWL-Time (through ontology/alignments.rq)
        (w("date"), &see_also, iri(TIME, "Instant")),
        (w("dateFrom"), &see_also, iri(TIME, "Interval")),
        (w("startDate"), &see_also, iri(TIME, "hasBeginning")),
        (w("endDate"), &see_also, iri(TIME, "hasEnd")),
    ];
    let mut problems = Vec::new();
    for (s, p, target) in &expected {
        if !o.has(s, p, target) {
            problems.push(format!("missing {s} {p} {target}"));
        }
        let defined_by = o.iris(target, &iri(RDFS, "isDefinedBy"));
        if !o.is_declared(target) || !defined_by.iter().any(|v| target.starts_with(v.as_str())) {
            problems.push(format!(
                "{target} must be declared with rdfs:isDefinedBy its vocabulary"
            ));
        }
    }
    // sem:hasPlace has no warta sub-property (warta does not locate events yet): it is declared
    // with a note saying so, and warta:Place is a sem:Place.
    let has_place = iri(SEM, "hasPlace");
    assert!(o.is_declared(&has_place), "sem:hasPlace is declared");
    assert!(
        !o.literals(&has_place, "http://www.w3.org/2004/02/skos/core#scopeNote")
            .is_empty(),
        "sem:hasPlace explains why no warta property specialises it"
    );
    assert_none(problems, "alignments");
}

/// `ontology/alignments.rq` over the repository's converted inputs, as triples.
fn view() -> &'static Vec<Triple> {
    static V: OnceLock<Vec<Triple>> = OnceLock::new();
    V.get_or_init(|| {
        let store = Store::new().unwrap();
        for q in &repo_emitted().quads {
            store.insert(q).unwrap();
        }
        let query = std::fs::read_to_string(repo().join("ontology/alignments.rq")).unwrap();
        let results = SparqlEvaluator::new()
            .parse_query(&query)
            .expect("ontology/alignments.rq parses")
            .on_store(&store)
            .execute()
            .unwrap();
        let QueryResults::Graph(triples) = results else {
            panic!("ontology/alignments.rq is a CONSTRUCT query");
        };
        triples.collect::<Result<Vec<_>, _>>().unwrap()
    })
}

#[test]
fn the_alignment_query_derives_sem_owl_time_and_org_nodes_from_the_literal_dates() {
    let v = view();
    let index: BTreeMap<(String, String), BTreeSet<String>> =
        v.iter().fold(BTreeMap::new(), |mut m, t| {
            let o = match &t.object {
                Term::Literal(l) => l.value().to_owned(),
                o => term_key(o).unwrap(),
            };
            m.entry((node_key(&t.subject), t.predicate.as_str().to_owned()))
                .or_default()
                .insert(o);
            m
        });
    let follow = |nodes: &BTreeSet<String>, p: &str| -> BTreeSet<String> {
        nodes
            .iter()
            .flat_map(|n| {
                index
                    .get(&(n.clone(), p.to_owned()))
                    .cloned()
                    .unwrap_or_default()
            })
            .collect()
    };
    let one = |n: &str| BTreeSet::from([n.to_owned()]);
    let instant = iri(TIME, "Instant");
    let interval = iri(TIME, "Interval");
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut problems = Vec::new();
    for q in &repo_emitted().quads {
        let s = node_key(&q.subject);
        let Term::Literal(l) = &q.object else {
            continue;
        };
        let local = q.predicate.as_str().strip_prefix(WARTA).unwrap_or("");
        let (kind, ok) = match (local, datatype(l).strip_prefix(XSD)) {
            ("date", Some("date")) => {
                let t = follow(&one(&s), &iri(SEM, "hasTime"));
                let ok = follow(&t, &iri(RDF, "type")).contains(&instant)
                    && follow(&t, &iri(TIME, "inXSDDate")) == one(l.value());
                ("day", ok)
            }
            ("date", Some("gMonthDay")) => {
                let t = follow(&one(&s), &iri(SEM, "hasTime"));
                let d = follow(&t, &iri(TIME, "inDateTime"));
                let (month, day) = (&l.value()[..4], &l.value()[5..]);
                let ok = follow(&t, &iri(RDF, "type")).contains(&instant)
                    && follow(&d, &iri(TIME, "month")) == one(month)
                    && follow(&d, &iri(TIME, "day")) == one(&format!("---{day}"));
                ("day without a year", ok)
            }
            // An event's period or a position's term: an OWL-Time interval whose beginning or
            // end is the literal date.
            ("dateFrom" | "dateTo" | "startDate" | "endDate", _) => {
                let (via, kind) = if local.starts_with("date") {
                    (iri(SEM, "hasTime"), "period")
                } else {
                    (iri(ORG, "memberDuring"), "term")
                };
                let t = follow(&one(&s), &via);
                let end = if matches!(local, "dateFrom" | "startDate") {
                    "hasBeginning"
                } else {
                    "hasEnd"
                };
                let ok = follow(&t, &iri(RDF, "type")).contains(&interval)
                    && follow(&follow(&t, &iri(TIME, end)), &iri(TIME, "inXSDDate"))
                        == one(l.value());
                (kind, ok)
            }
            _ => continue,
        };
        *counts.entry(kind).or_default() += 1;
        if !ok {
            problems.push(format!(
                "{s} warta:{local} {l}: no matching node in the view"
            ));
        }
    }
    for kind in ["day", "day without a year", "period", "term"] {
        assert!(
            counts.get(kind).copied().unwrap_or(0) > 0,
            "the inputs have a {kind}: {counts:?}"
        );
    }
    assert_none(problems, "the view misses dates");
}

#[test]
fn the_owl_check_passes_on_the_ontology_with_the_emitted_data() {
    let script = repo().join("scripts/check-ontology");
    let required = std::env::var_os("WARTA_REQUIRE_RDFLIB").is_some();
    let importable = std::process::Command::new("python3")
        .args(["-c", "import rdflib, owlready2"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !required && !importable {
        eprintln!(
            "skipped: rdflib or owlready2 is not installed (scripts/ensure-deps --test installs them)"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data.nq");
    let view_file = dir.path().join("view.nt");
    std::fs::write(&data, &all_emitted().nquads).unwrap();
    let view_nt: String = view().iter().map(|t| format!("{t} .\n")).collect();
    std::fs::write(&view_file, view_nt).unwrap();
    let out = std::process::Command::new(&script)
        .arg(&data)
        .arg(&view_file)
        .output()
        .expect("scripts/check-ontology runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if out.status.code() == Some(3) && !required {
        eprintln!("skipped: {}", text.trim());
        return;
    }
    assert!(
        out.status.success(),
        "scripts/check-ontology failed:\n{text}"
    );
    assert!(text.contains("HermiT: consistent"), "{text}");
}
