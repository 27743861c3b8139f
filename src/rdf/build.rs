use super::nquads::{push_iri, push_term};
use super::vocab::{DBPEDIA_WD, ITSRDF, NIF, OWL, PROV, RDF, RDFS, SCHEMA, WARTA, WD, XSD};
use crate::extract::{Document, Entity, EntityClass, slug};
use crate::kb::Kb;
use crate::text::{CharOffsets, has_xml_forbidden, xml_safe};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use std::collections::BTreeSet;

/// Everything an IRI is percent-encoded against except RFC 3986 unreserved characters.
const ID: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Options of the graph builder.
#[derive(Debug, Clone)]
pub struct GraphOptions {
    /// Base of data IRIs, ending in `/` or `#`.
    pub base: String,
}

impl Default for GraphOptions {
    fn default() -> Self {
        GraphOptions {
            base: super::vocab::DEFAULT_BASE.to_owned(),
        }
    }
}

/// The IRI of an article (also its graph's name).
pub fn article_iri(base: &str, id: &str) -> String {
    format!("{base}article/{}", utf8_percent_encode(id, ID))
}

fn iri(s: impl Into<String>) -> NamedNode {
    NamedNode::new_unchecked(s)
}

fn w(local: &str) -> NamedNode {
    ns(WARTA, local)
}

/// A namespace IRI and a local name, joined without the formatting machinery (this runs for
/// every triple).
fn ns(namespace: &str, local: &str) -> NamedNode {
    let mut s = String::with_capacity(namespace.len() + local.len());
    s.push_str(namespace);
    s.push_str(local);
    NamedNode::new_unchecked(s)
}

/// The local name of a role's class: `head_of_state` → `HeadOfState`.
pub fn role_class_name(s: &str) -> String {
    s.split('_')
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

fn class_local(c: EntityClass) -> &'static str {
    match c {
        EntityClass::State => "State",
        EntityClass::Person => "Person",
        EntityClass::Organization => "Organization",
        EntityClass::Place => "Place",
    }
}

/// The statements of an article's graph as they are made: each one formatted as N-Quads at
/// once (what sorting them needs), and kept as a `Quad` only when the caller wants quads.
struct Graph {
    name: GraphName,
    /// The quads, in the order they were made, when wanted. Without them a very long article
    /// (millions of statements) needs about half the memory.
    quads: Option<Vec<Option<Quad>>>,
    /// Each statement's subject, predicate and object as N-Quads, back to back: the graph
    /// name, the same in every statement, is left out (see [`Graph::sorted`]).
    text: String,
    lines: Vec<Line>,
    /// Distinct subjects, as `iri>`, and the last one seen (statements come in runs of one
    /// subject).
    subjects: Vec<String>,
    subject_index: rustc_hash::FxHashMap<String, u32>,
    last_subject: Option<u32>,
}

/// Where a statement is in [`Graph::text`]: `start..end`, its subject `start..rest` (`<iri>`).
struct Line {
    start: usize,
    rest: usize,
    end: usize,
    /// Index into [`Graph::subjects`]; its rank in N-Quads order once sorted.
    subject: u32,
    /// Index into [`Graph::quads`].
    quad: usize,
}

impl Graph {
    /// A graph of about `statements` statements holding about `bytes` of N-Quads (room made
    /// at once rather than by doubling as they come).
    fn new(name: &NamedNode, quads: bool, statements: usize, bytes: usize) -> Self {
        Graph {
            name: GraphName::NamedNode(name.clone()),
            quads: quads.then(|| Vec::with_capacity(statements)),
            text: String::with_capacity(bytes),
            lines: Vec::with_capacity(statements),
            subjects: Vec::new(),
            subject_index: rustc_hash::FxHashMap::default(),
            last_subject: None,
        }
    }

    fn add(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        let o = xml_safe_term(o.into());
        let subject = self.subject(s.as_str());
        let start = self.text.len();
        push_iri(&mut self.text, s.as_str());
        let rest = self.text.len();
        self.text.push(' ');
        push_iri(&mut self.text, p.as_str());
        self.text.push(' ');
        push_term(&mut self.text, o.as_ref());
        let quad = match &mut self.quads {
            Some(quads) => {
                quads.push(Some(Quad::new(
                    NamedOrBlankNode::NamedNode(s.clone()),
                    p,
                    o,
                    self.name.clone(),
                )));
                quads.len() - 1
            }
            None => 0,
        };
        self.lines.push(Line {
            start,
            rest,
            end: self.text.len(),
            subject,
            quad,
        });
    }

    /// The index of a subject in [`Graph::subjects`].
    fn subject(&mut self, iri: &str) -> u32 {
        let is = |known: &str| known.len() == iri.len() + 1 && known.starts_with(iri);
        if let Some(i) = self.last_subject {
            if is(&self.subjects[i as usize]) {
                return i;
            }
        }
        let i = match self.subject_index.get(iri) {
            Some(&i) => i,
            None => {
                let i = u32::try_from(self.subjects.len()).expect("fewer than 2^32 subjects");
                self.subjects.push(format!("{iri}>"));
                self.subject_index.insert(iri.to_owned(), i);
                i
            }
        };
        self.last_subject = Some(i);
        i
    }

    /// The statements sorted by their N-Quads form, without duplicates: byte-identical output
    /// for equal input.
    ///
    /// Sorting compares lines by subject rank, then the rest of the line, which orders them
    /// as their whole text would: an IRI holds no `>`, so of two different subject terms
    /// (`<a>`, `<a#b>`) neither is a prefix of the other, and the first difference of two
    /// lines lies in their subjects, which are ranked by `iri>` for that reason. (Should a
    /// subject hold a `>`, every line is compared whole.) The graph name, left out of the
    /// text, is compared as the tail of every line where one line is a prefix of the other.
    fn sorted(mut self) -> (Vec<Line>, Vec<Option<Quad>>, String, String) {
        let n = self.subjects.len();
        let whole = self.subjects.iter().any(|s| s[..s.len() - 1].contains('>'));
        let mut rank = vec![0u32; n];
        if !whole {
            let mut order: Vec<u32> = (0..n as u32).collect();
            order.sort_unstable_by(|&a, &b| {
                self.subjects[a as usize].cmp(&self.subjects[b as usize])
            });
            for (r, &i) in order.iter().enumerate() {
                rank[i as usize] = r as u32;
            }
        }
        for l in &mut self.lines {
            l.subject = rank[l.subject as usize];
            if whole {
                l.rest = l.start;
            }
        }
        let mut graph = String::from(" ");
        match &self.name {
            GraphName::NamedNode(n) => push_iri(&mut graph, n.as_str()),
            other => {
                use std::fmt::Write;
                write!(graph, "{other}").expect("formatting into a string cannot fail");
            }
        }
        let (text, tail) = (self.text.as_bytes(), graph.as_bytes());
        self.lines.sort_unstable_by(|a, b| {
            a.subject
                .cmp(&b.subject)
                .then_with(|| with_tail(&text[a.rest..a.end], &text[b.rest..b.end], tail))
        });
        self.lines
            .dedup_by(|a, b| a.subject == b.subject && text[a.rest..a.end] == text[b.rest..b.end]);
        let quads = self.quads.take().unwrap_or_default();
        (self.lines, quads, self.text, graph)
    }
}

/// `a + tail` against `b + tail`.
fn with_tail(a: &[u8], b: &[u8], tail: &[u8]) -> std::cmp::Ordering {
    let n = a.len().min(b.len());
    match a[..n].cmp(&b[..n]) {
        std::cmp::Ordering::Equal if a.len() != b.len() => {
            a[n..].iter().chain(tail).cmp(b[n..].iter().chain(tail))
        }
        o => o,
    }
}

/// The term with every character XML 1.0 forbids replaced by a space. Every literal passes
/// here, whatever made it (an article built in code rather than read, a knowledge base loaded
/// at run time), so that every format, RDF/XML included, can hold every graph; one code point
/// for one keeps anchors equal to the text at their offsets.
fn xml_safe_term(t: Term) -> Term {
    let Term::Literal(l) = &t else {
        return t;
    };
    if !has_xml_forbidden(l.value()) {
        return t;
    }
    let value = xml_safe(l.value()).into_owned();
    Term::Literal(match l.language() {
        Some(lang) => Literal::new_language_tagged_literal_unchecked(value, lang),
        None => Literal::new_typed_literal(value, l.datatype().into_owned()),
    })
}

fn entity_iri(base: &str, key: &str) -> NamedNode {
    iri(format!("{base}id/{}", utf8_percent_encode(key, ID)))
}

fn state_key(kb: &Kb, iso3: &str) -> Option<String> {
    kb.state(iso3).map(|s| {
        s.qid
            .clone()
            .unwrap_or_else(|| format!("state-{}", s.iso3.to_lowercase()))
    })
}

/// The article's named graph, as sorted, duplicate-free quads: the same document always gives
/// the same quads in the same order.
pub fn build_quads(doc: &Document, kb: &Kb, options: &GraphOptions) -> Vec<Quad> {
    let (lines, quads, _, _) = build_graph(doc, kb, options, true).sorted();
    take_quads(&lines, quads)
}

/// [`build_quads`], and the same quads serialised as N-Quads (what sorting them computes
/// anyway): byte-identical to serialising the quads with the N-Quads serialiser.
pub fn build_quads_and_nquads(
    doc: &Document,
    kb: &Kb,
    options: &GraphOptions,
) -> (Vec<Quad>, String) {
    let (lines, quads, text, graph) = build_graph(doc, kb, options, true).sorted();
    let nquads = nquads_text(&lines, &text, &graph);
    (take_quads(&lines, quads), nquads)
}

/// The article's graph as sorted N-Quads only, and its number of statements: statements are
/// formatted as they are made and no `Quad` is kept, so a very long article needs about half
/// the memory of [`build_quads_and_nquads`].
pub fn build_nquads(doc: &Document, kb: &Kb, options: &GraphOptions) -> (usize, String) {
    let (lines, _, text, graph) = build_graph(doc, kb, options, false).sorted();
    (lines.len(), nquads_text(&lines, &text, &graph))
}

/// The sorted lines as N-Quads: each line, the graph name (` <iri>`) and ` .`.
fn nquads_text(lines: &[Line], text: &str, graph: &str) -> String {
    let len: usize = lines.iter().map(|l| l.end - l.start).sum();
    let mut nquads = String::with_capacity(len + (graph.len() + 3) * lines.len());
    for l in lines {
        nquads.push_str(&text[l.start..l.end]);
        nquads.push_str(graph);
        nquads.push_str(" .\n");
    }
    nquads
}

/// The quads of the sorted lines, in their order.
fn take_quads(lines: &[Line], mut slots: Vec<Option<Quad>>) -> Vec<Quad> {
    lines
        .iter()
        .map(|l| slots[l.quad].take().expect("each quad is taken once"))
        .collect()
}

fn build_graph(doc: &Document, kb: &Kb, options: &GraphOptions, quads: bool) -> Graph {
    let base = options.base.as_str();
    let a = &doc.article;
    let article = iri(article_iri(base, &a.id));
    // (About what the statements below come to, lines a little over 200 bytes each without
    // the graph name; the text and its sentences are written out in full.)
    let statements = 16
        + 5 * doc.sentences.len()
        + 9 * doc.mentions.len()
        + 12 * doc.entities.len()
        + 40 * doc.events.len();
    let mut g = Graph::new(
        &article,
        quads,
        statements,
        2 * a.text.len() + 240 * statements,
    );
    let offsets = CharOffsets::new(&a.text);
    let chars = |b: usize| offsets.to_char(b);
    let xsd = |t: &str| ns(XSD, t);
    let span_iri = |b: usize, e: usize| span_node(&article, &offsets, b, e);

    // The article.
    g.add(&article, ns(RDF, "type"), ns(SCHEMA, "NewsArticle"));
    g.add(
        &article,
        ns(SCHEMA, "identifier"),
        Literal::new_simple_literal(&a.id),
    );
    if let Some(d) = a.published {
        g.add(
            &article,
            ns(SCHEMA, "datePublished"),
            Literal::new_typed_literal(d.to_string(), xsd("date")),
        );
    }
    if let Some(t) = &a.title {
        g.add(&article, ns(SCHEMA, "headline"), lang_literal(t, &a.lang));
    }
    g.add(
        &article,
        ns(SCHEMA, "inLanguage"),
        Literal::new_simple_literal(&a.lang),
    );
    if let Some(u) = a.url.as_deref().and_then(|u| NamedNode::new(u).ok()) {
        g.add(&article, ns(SCHEMA, "url"), u);
    }
    g.add(
        &article,
        w("contentHash"),
        Literal::new_simple_literal(a.content_hash()),
    );

    // The text.
    let end = a.text.len();
    let context = span_iri(0, end);
    g.add(&article, w("context"), context.clone());
    g.add(&context, ns(RDF, "type"), ns(NIF, "Context"));
    g.add(
        &context,
        ns(NIF, "isString"),
        Literal::new_simple_literal(&a.text),
    );
    g.add(&context, ns(NIF, "beginIndex"), offset(0));
    g.add(&context, ns(NIF, "endIndex"), offset(chars(end)));
    let sentence_iris: Vec<NamedNode> = doc
        .sentences
        .iter()
        .map(|s| span_iri(s.start, s.end))
        .collect();
    for (s, si) in doc.sentences.iter().zip(&sentence_iris) {
        g.add(si, ns(RDF, "type"), ns(NIF, "Sentence"));
        g.add(si, ns(NIF, "referenceContext"), context.clone());
        g.add(si, ns(NIF, "beginIndex"), offset(chars(s.start)));
        g.add(si, ns(NIF, "endIndex"), offset(chars(s.end)));
        g.add(
            si,
            ns(NIF, "anchorOf"),
            Literal::new_simple_literal(&a.text[s.start..s.end]),
        );
    }

    // Mentions.
    let entity_iris: Vec<NamedNode> = doc
        .entities
        .iter()
        .map(|e| entity_iri(base, &e.key))
        .collect();
    let mention_iris: Vec<NamedNode> = doc
        .mentions
        .iter()
        .map(|m| span_iri(m.start, m.end))
        .collect();
    for (m, mi) in doc.mentions.iter().zip(&mention_iris) {
        let e = &doc.entities[m.entity];
        g.add(mi, ns(RDF, "type"), ns(NIF, "Phrase"));
        g.add(mi, ns(NIF, "referenceContext"), context.clone());
        g.add(mi, ns(NIF, "beginIndex"), offset(chars(m.start)));
        g.add(mi, ns(NIF, "endIndex"), offset(chars(m.end)));
        g.add(
            mi,
            ns(NIF, "anchorOf"),
            Literal::new_simple_literal(&a.text[m.start..m.end]),
        );
        g.add(mi, ns(NIF, "sentence"), sentence_iris[m.sentence].clone());
        g.add(mi, ns(ITSRDF, "taIdentRef"), entity_iris[m.entity].clone());
        g.add(mi, ns(ITSRDF, "taClassRef"), w(class_local(e.class)));
        if m.metonymy {
            g.add(mi, w("metonymy"), Literal::from(true));
        }
    }

    // Dateline.
    if let Some(d) = &doc.dateline {
        g.add(
            &article,
            w("dateline"),
            Literal::new_simple_literal(&a.text[d.place_start..d.place_end]),
        );
        if let Some(m) = doc
            .mentions
            .iter()
            .find(|m| m.start == d.place_start && m.end == d.place_end)
        {
            g.add(
                &article,
                ns(SCHEMA, "locationCreated"),
                entity_iris[m.entity].clone(),
            );
        }
        if let Some(o) = &d.outlet {
            g.add(&article, w("outlet"), Literal::new_simple_literal(o));
        }
    }

    // Entities, and the states they refer to.
    let mut referenced: BTreeSet<String> = BTreeSet::new();
    for (e, ei) in doc.entities.iter().zip(&entity_iris) {
        describe_entity(&mut g, e, ei);
        g.add(&article, ns(SCHEMA, "mentions"), ei.clone());
        if let (Some(iso3), false) = (&e.state, e.class == EntityClass::State) {
            if let Some(k) = state_key(kb, iso3) {
                g.add(ei, w("state"), entity_iri(base, &k));
                referenced.insert(iso3.clone());
            }
        }
        for p in &e.positions {
            let state = p.state.as_deref().and_then(|s| state_key(kb, s));
            let pos = iri(format!(
                "{base}position/{}_{}_{}_{}",
                utf8_percent_encode(&e.key, ID),
                p.role,
                p.state.as_deref().unwrap_or("none").to_lowercase(),
                p.start.map_or_else(
                    || slug(p.title.as_deref().unwrap_or("undated")),
                    |d| d.to_string()
                )
            ));
            g.add(ei, w("holds"), pos.clone());
            g.add(&pos, ns(RDF, "type"), w("Position"));
            g.add(&pos, w("holder"), ei.clone());
            g.add(&pos, w("role"), w(&role_class_name(&p.role)));
            if let Some(k) = &state {
                let st = entity_iri(base, k);
                g.add(&pos, w("ofState"), st.clone());
                if p.leader {
                    g.add(ei, w("leaderOf"), st);
                }
                referenced.insert(p.state.clone().unwrap_or_default());
            }
            if let Some(t) = &p.title {
                g.add(&pos, w("title"), lang_literal(t, &a.lang));
            }
            if let Some(d) = p.start {
                g.add(
                    &pos,
                    w("startDate"),
                    Literal::new_typed_literal(d.to_string(), xsd("date")),
                );
            }
            if let Some(d) = p.end {
                g.add(
                    &pos,
                    w("endDate"),
                    Literal::new_typed_literal(d.to_string(), xsd("date")),
                );
            }
            if let Some((b, e)) = p.evidence {
                g.add(&pos, ns(PROV, "wasDerivedFrom"), span_iri(b, e));
            }
        }
    }
    events(
        &mut g,
        doc,
        kb,
        base,
        &article,
        &entity_iris,
        &sentence_iris,
        (&offsets, &context),
        &mut referenced,
    );
    for iso3 in referenced {
        if let Some(s) = kb.state(&iso3) {
            let key = state_key(kb, &iso3).unwrap_or_default();
            let e = Entity {
                key: key.clone(),
                class: EntityClass::State,
                qid: s.qid.clone(),
                label_id: s.name_id.clone(),
                label_en: s.name_en.clone(),
                state: Some(s.iso3.clone()),
                kind: None,
                positions: Vec::new(),
                org_type: None,
            };
            describe_entity(&mut g, &e, &entity_iri(base, &key));
        }
    }
    g
}

/// The events of the article: CAMEO code and concept, actors and the states they act for,
/// Goldstein score, QuadClass, date, status, who reported it, and the trigger and sentence
/// each was read from.
#[allow(clippy::too_many_arguments)]
fn events(
    g: &mut Graph,
    doc: &Document,
    kb: &Kb,
    base: &str,
    article: &NamedNode,
    entity_iris: &[NamedNode],
    sentence_iris: &[NamedNode],
    (offsets, context): (&CharOffsets, &NamedNode),
    referenced: &mut BTreeSet<String>,
) {
    use crate::event::{Status, When};
    let a = &doc.article;
    let xsd = |t: &str| ns(XSD, t);
    let rdf_type = ns(RDF, "type");
    // An act told again weeks apart is a second event of the same code and dyad: the later
    // ones take their date (or, failing that, their rank) so that every IRI names one event.
    let (mut bases, mut seen): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let dated = |w: &When| utf8_percent_encode(&super::when_string(w), ID).to_string();
    let event_iris: Vec<NamedNode> = doc
        .events
        .iter()
        .map(|e| {
            let side = |state: &Option<String>, ids: &[usize]| {
                state.as_ref().map_or_else(
                    || {
                        ids.first()
                            .map_or_else(|| "none".to_owned(), |&i| doc.entities[i].key.clone())
                    },
                    |s| s.to_lowercase(),
                )
            };
            let status = match e.status {
                Status::Asserted => "",
                Status::Claimed => "_claimed",
                Status::Denied => "_denied",
            };
            let plain = format!(
                "{base}event/{}_{}_{}_{}{status}",
                utf8_percent_encode(&a.id, ID),
                e.code,
                utf8_percent_encode(&side(&e.source_state, &e.sources), ID),
                utf8_percent_encode(&side(&e.target_state, &e.targets), ID),
            );
            let told = bases.iter().filter(|b| **b == plain).count();
            let by_date = e.when.map(|w| format!("{plain}_{}", dated(&w)));
            let name = match (told, by_date) {
                (0, _) => plain.clone(),
                (_, Some(d)) if !seen.contains(&d) => d,
                _ => format!("{plain}_{}", told + 1),
            };
            bases.push(plain);
            seen.push(name.clone());
            iri(name)
        })
        .collect();
    for (e, ei) in doc.events.iter().zip(&event_iris) {
        let Some(code) = kb.cameo_code(&e.code) else {
            continue;
        };
        g.add(ei, rdf_type.clone(), w("Event"));
        let class = match code.quad_class {
            1 => "VerbalCooperation",
            2 => "MaterialCooperation",
            3 => "VerbalConflict",
            _ => "MaterialConflict",
        };
        g.add(ei, rdf_type.clone(), w(class));
        add_labels(g, ei, &code.label_id, &code.label_en);
        g.add(ei, w("cameoCode"), Literal::new_simple_literal(&e.code));
        g.add(ei, w("cameo"), ns(super::vocab::CAMEO, &e.code));
        g.add(
            ei,
            w("goldstein"),
            Literal::new_typed_literal(format!("{:.1}", code.goldstein), xsd("decimal")),
        );
        g.add(
            ei,
            w("quadClass"),
            Literal::new_typed_literal(code.quad_class.to_string(), xsd("integer")),
        );
        g.add(ei, ns(SCHEMA, "isPartOf"), article.clone());
        for &s in &e.sources {
            g.add(ei, w("source"), entity_iris[s].clone());
        }
        for &t in &e.targets {
            g.add(ei, w("target"), entity_iris[t].clone());
        }
        for (prop, state) in [
            ("sourceState", &e.source_state),
            ("targetState", &e.target_state),
        ] {
            if let Some(iso3) = state {
                if let Some(k) = state_key(kb, iso3) {
                    g.add(ei, w(prop), entity_iri(base, &k));
                    referenced.insert(iso3.clone());
                }
            }
        }
        match e.when {
            Some(When::Day(d)) => g.add(
                ei,
                w("date"),
                Literal::new_typed_literal(d.to_string(), xsd("date")),
            ),
            Some(When::MonthDay(m, d)) => g.add(
                ei,
                w("date"),
                Literal::new_typed_literal(format!("--{m:02}-{d:02}"), xsd("gMonthDay")),
            ),
            Some(When::Interval(from, to)) => {
                g.add(
                    ei,
                    w("dateFrom"),
                    Literal::new_typed_literal(from.to_string(), xsd("date")),
                );
                g.add(
                    ei,
                    w("dateTo"),
                    Literal::new_typed_literal(to.to_string(), xsd("date")),
                );
            }
            // No time expression and none to inherit: say so, rather than leave the reader to
            // guess whether the date was forgotten.
            None => g.add(ei, w("dateUnknown"), Literal::from(true)),
        }
        if let Some(t) = &e.when_text {
            g.add(ei, w("dateText"), Literal::new_simple_literal(t));
        }
        if let Some(n) = &e.when_note {
            g.add(
                ei,
                w("dateNote"),
                Literal::new_language_tagged_literal_unchecked(n, "en"),
            );
        }
        let status = match e.status {
            Status::Asserted => "Asserted",
            Status::Claimed => "Claimed",
            Status::Denied => "Denied",
        };
        g.add(ei, w("status"), w(status));
        for &r in &e.reported_by {
            g.add(ei, w("reportedBy"), entity_iris[r].clone());
        }
        if let Some(d) = e.denies {
            g.add(ei, w("denies"), event_iris[d].clone());
        }
        for v in &e.evidence {
            let trigger = span_node(article, offsets, v.start, v.end);
            g.add(ei, w("trigger"), trigger.clone());
            g.add(ei, ns(PROV, "wasDerivedFrom"), trigger.clone());
            g.add(
                ei,
                ns(PROV, "wasDerivedFrom"),
                sentence_iris[v.sentence].clone(),
            );
            g.add(&trigger, rdf_type.clone(), ns(NIF, "Phrase"));
            g.add(
                &trigger,
                ns(NIF, "anchorOf"),
                Literal::new_simple_literal(&a.text[v.start..v.end]),
            );
            g.add(
                &trigger,
                ns(NIF, "beginIndex"),
                offset(offsets.to_char(v.start)),
            );
            g.add(
                &trigger,
                ns(NIF, "endIndex"),
                offset(offsets.to_char(v.end)),
            );
            g.add(
                &trigger,
                ns(NIF, "sentence"),
                sentence_iris[v.sentence].clone(),
            );
            g.add(&trigger, ns(NIF, "referenceContext"), context.clone());
        }
    }
}

/// The `rdfs:label`s of a node, in Indonesian and English.
fn add_labels(g: &mut Graph, node: &NamedNode, label_id: &str, label_en: &str) {
    for (label, lang) in [(label_id, "id"), (label_en, "en")] {
        g.add(
            node,
            ns(RDFS, "label"),
            Literal::new_language_tagged_literal_unchecked(label, lang),
        );
    }
}

/// A code-point offset, as `xsd:integer` rather than NIF's range `xsd:nonNegativeInteger`
/// (whose values these are): Oxigraph stores every integer-derived datatype as `xsd:integer`,
/// so only `xsd:integer` reads back from the store as it was written, and a converted graph,
/// its stored copy, exports and SPARQL results all agree.
fn offset(n: usize) -> Literal {
    Literal::new_typed_literal(n.to_string(), ns(XSD, "integer"))
}

/// The RFC 5147 IRI of a byte span of the article's text, in code points.
fn span_node(article: &NamedNode, offsets: &CharOffsets, b: usize, e: usize) -> NamedNode {
    iri(format!(
        "{}#char={},{}",
        article.as_str(),
        offsets.to_char(b),
        offsets.to_char(e)
    ))
}

fn describe_entity(g: &mut Graph, e: &Entity, ei: &NamedNode) {
    g.add(ei, ns(RDF, "type"), w(class_local(e.class)));
    add_labels(g, ei, &e.label_id, &e.label_en);
    if let Some(q) = &e.qid {
        g.add(ei, ns(OWL, "sameAs"), ns(WD, q));
        g.add(ei, ns(OWL, "sameAs"), ns(DBPEDIA_WD, q));
    }
    if e.class == EntityClass::State {
        if let Some(iso3) = &e.state {
            g.add(ei, w("iso3"), Literal::new_simple_literal(iso3));
        }
    } else if let Some(k) = &e.kind {
        g.add(ei, w("kind"), Literal::new_simple_literal(k));
    }
}

fn lang_literal(value: &str, lang: &str) -> Literal {
    Literal::new_language_tagged_literal(value, lang)
        .unwrap_or_else(|_| Literal::new_simple_literal(value))
}

/// A date as text: `2024-10-25`, `--10-25` (no year) or `2024-10-14/2024-10-20`.
pub fn when_string(w: &crate::event::When) -> String {
    match w {
        crate::event::When::Day(d) => d.to_string(),
        crate::event::When::MonthDay(m, d) => format!("--{m:02}-{d:02}"),
        crate::event::When::Interval(a, b) => format!("{a}/{b}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::extract::Extractor;
    use oxigraph::io::{RdfFormat, RdfParser};
    use oxigraph::model::Triple;
    use std::collections::{BTreeMap, HashSet};

    /// An article whose fields were set in code, past the readers and `Article::from_parts`
    /// that clean them: the graph must still be one RDF/XML can hold.
    #[test]
    fn no_literal_holds_a_character_xml_forbids() {
        let x = Extractor::new(Kb::embedded().unwrap());
        let title = "Yoon\u{0}bertemu\u{7}Kishida";
        let body = "SEOUL -\u{b} Presiden Korea Selatan Yoon Suk Yeol\u{c} bertemu Perdana \
                    Menteri Jepang Fumio Kishida\u{1b} di Seoul\u{fffe}, kata\u{ffff} Kementerian.";
        let article = Article {
            id: "kendali\u{1}\u{ffff}".to_owned(),
            url: None,
            title: Some(title.to_owned()),
            published: chrono::NaiveDate::from_ymd_opt(2023, 9, 6),
            lang: "id".to_owned(),
            text: format!("{title}\n\n{body}"),
            body_start: title.len() + 2,
            origin: String::new(),
        };
        let doc = x.extract(article);
        let options = GraphOptions::default();
        let quads = build_quads(&doc, &x.kb, &options);
        assert!(doc.mentions.len() >= 3, "the mentions are found");

        let mut literals: BTreeMap<(String, &str), &str> = BTreeMap::new();
        for q in &quads {
            if let Term::Literal(l) = &q.object {
                assert!(!has_xml_forbidden(l.value()), "{q}");
                let p = q.predicate.as_str().rsplit(['#', '/']).next().unwrap();
                literals.insert((q.subject.to_string(), p), l.value());
            }
        }
        // One space for one character: anchors are still the text at their offsets.
        let text = literals
            .iter()
            .find(|((_, p), _)| *p == "isString")
            .unwrap()
            .1;
        assert_eq!(text.chars().count(), doc.article.text.chars().count());
        let mut anchors = 0;
        for ((s, p), anchor) in &literals {
            if *p == "anchorOf" {
                let n = |p: &str| -> usize { literals[&(s.clone(), p)].parse().unwrap() };
                let (b, e) = (n("beginIndex"), n("endIndex"));
                let cut: String = text.chars().skip(b).take(e - b).collect();
                assert_eq!(&cut, anchor, "{s}");
                anchors += 1;
            }
        }
        assert!(anchors > 3);

        // The N-Quads the builder writes directly are made the same way.
        let nquads = crate::rdf::write_quads(&quads, RdfFormat::NQuads, &options.base, Vec::new());
        let nquads = String::from_utf8(nquads.unwrap()).unwrap();
        assert_eq!(build_nquads(&doc, &x.kb, &options), (quads.len(), nquads));

        let xml =
            crate::rdf::write_quads(&quads, RdfFormat::RdfXml, &options.base, Vec::new()).unwrap();
        // XML 1.0's `Char` production, which Oxigraph's RDF/XML parser does not check.
        let xml_char = |c: char| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
        let bad = String::from_utf8_lossy(&xml)
            .chars()
            .find(|c| !xml_char(*c));
        assert_eq!(bad, None, "not well-formed XML");
        let parsed = RdfParser::from_format(RdfFormat::RdfXml)
            .for_slice(&xml)
            .map(|q| q.map(Triple::from))
            .collect::<Result<HashSet<_>, _>>()
            .unwrap_or_else(|e| panic!("the RDF/XML is not well-formed: {e}"));
        let written: HashSet<Triple> = quads.into_iter().map(Triple::from).collect();
        assert_eq!(parsed, written, "RDF/XML holds every statement unchanged");
    }
}
