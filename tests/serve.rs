//! End-to-end tests of `warta serve`: the real binary on a loopback port, over a store of the
//! fixtures, spoken to with a real HTTP client (oxhttp's).

mod common;

use common::*;
use oxhttp::Client;
use oxhttp::model::{Body, Method, Request, StatusCode};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput,
};
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use std::collections::BTreeSet;
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

const ASEAN: &str = "https://w3id.org/warta/article/asean-2023-05-11";
const TOKEN: &str = "test-token-0123456789abcdef";

/// A running `warta serve`, killed when dropped.
struct Server {
    child: Child,
    base: String,
    dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An answer: status, content type, headers and body as text.
struct Answer {
    status: StatusCode,
    content_type: String,
    headers: oxhttp::model::HeaderMap,
    body: String,
}

impl Server {
    /// Ingests the fixtures into a fresh store and serves it with `args`.
    fn start(args: &[&str]) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("store");
        ok(warta(&store).arg("-q").arg("ingest").arg(fixtures()));
        Self::start_on(dir, args)
    }

    fn start_on(dir: tempfile::TempDir, args: &[&str]) -> Server {
        let store = dir.path().join("store");
        let log = dir.path().join("stderr");
        // The CLI cannot report the port of `:0`: take a free port from the system, let it go,
        // and try another should someone else grab it in between.
        for _ in 0..5 {
            let port = TcpListener::bind("127.0.0.1:0")
                .unwrap()
                .local_addr()
                .unwrap()
                .port();
            let mut child = warta(&store)
                .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
                .args(args)
                .env_remove("WARTA_UPDATE_TOKEN")
                .stdout(Stdio::null())
                .stderr(std::fs::File::create(&log).unwrap())
                .spawn()
                .expect("the warta binary starts");
            let started = Instant::now();
            loop {
                if let Some(status) = child.try_wait().unwrap() {
                    let err = std::fs::read_to_string(&log).unwrap_or_default();
                    assert!(
                        err.contains("cannot listen"),
                        "warta serve exited ({status}): {err}"
                    );
                    break; // the port was taken meanwhile: another one
                }
                if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    return Server {
                        child,
                        base: format!("http://127.0.0.1:{port}"),
                        dir,
                    };
                }
                if started.elapsed() > Duration::from_secs(30) {
                    let _ = child.kill();
                    panic!("warta serve did not listen within 30 s");
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        panic!("no free port for warta serve after five tries");
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("stderr")).unwrap_or_default()
    }

    fn request(
        &self,
        method: Method,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&str>,
    ) -> Answer {
        let mut r = Request::builder()
            .method(method)
            .uri(format!("{}{path}", self.base));
        for (k, v) in headers {
            r = r.header(*k, *v);
        }
        let body = body.map_or_else(Body::empty, |b| Body::from(b.to_owned()));
        let response = Client::new()
            .with_global_timeout(Duration::from_secs(60))
            .request(r.body(body).unwrap())
            .unwrap_or_else(|e| panic!("{path}: {e}\nserver stderr:\n{}", self.stderr()));
        let status = response.status();
        let headers = response.headers().clone();
        let content_type = headers
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let body = response.into_body().to_string().unwrap();
        Answer {
            status,
            content_type,
            headers,
            body,
        }
    }

    fn get(&self, path: &str, accept: Option<&str>) -> Answer {
        let headers: Vec<(&str, &str)> = accept.map(|a| ("Accept", a)).into_iter().collect();
        self.request(Method::GET, path, &headers, None)
    }

    /// `GET /sparql?query=…`.
    fn query(&self, sparql: &str, accept: Option<&str>) -> Answer {
        self.get(&format!("/sparql?query={}", enc(sparql)), accept)
    }
}

fn enc(s: &str) -> String {
    utf8_percent_encode(s, NON_ALPHANUMERIC).to_string()
}

fn assert_status(a: &Answer, status: StatusCode) {
    assert_eq!(a.status, status, "body: {}", a.body);
}

/// The solutions of a results document, as sets of `var=term` rows.
fn solutions(format: QueryResultsFormat, body: &str) -> BTreeSet<Vec<String>> {
    let SliceQueryResultsParserOutput::Solutions(s) = QueryResultsParser::from_format(format)
        .for_slice(body)
        .unwrap_or_else(|e| panic!("{format}: {e}\n{body}"))
    else {
        panic!("{format}: not solutions: {body}");
    };
    s.map(|s| {
        s.unwrap()
            .iter()
            .map(|(v, t)| format!("{}={t}", v.as_str()))
            .collect::<Vec<_>>()
    })
    .collect()
}

fn triples(format: RdfFormat, body: &str) -> usize {
    RdfParser::from_format(format)
        .for_slice(body.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{format}: {e}\n{body}"))
        .len()
}

const GRAPHS: &str = "SELECT ?g WHERE { GRAPH ?g { ?g a <https://schema.org/NewsArticle> } }";

#[test]
fn queries_by_get_and_post_in_every_results_format() {
    let s = Server::start(&[]);
    // GET, no Accept: SPARQL JSON.
    let json = s.query(GRAPHS, None);
    assert_status(&json, StatusCode::OK);
    assert_eq!(json.content_type, "application/sparql-results+json");
    let expected = solutions(QueryResultsFormat::Json, &json.body);
    assert_eq!(
        expected.len(),
        fixture_articles(),
        "one graph per fixture article: {}",
        json.body
    );
    assert!(json.body.contains(ASEAN));

    // POST application/sparql-query, XML.
    let xml = s.request(
        Method::POST,
        "/sparql",
        &[
            ("Content-Type", "application/sparql-query"),
            ("Accept", "application/sparql-results+xml"),
        ],
        Some(GRAPHS),
    );
    assert_status(&xml, StatusCode::OK);
    assert_eq!(xml.content_type, "application/sparql-results+xml");
    assert_eq!(solutions(QueryResultsFormat::Xml, &xml.body), expected);

    // POST a form, TSV, through the /query alias.
    let tsv = s.request(
        Method::POST,
        "/query",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Accept", "text/tab-separated-values"),
        ],
        Some(&format!("query={}", enc(GRAPHS))),
    );
    assert_status(&tsv, StatusCode::OK);
    assert!(
        tsv.content_type.starts_with("text/tab-separated-values"),
        "{}",
        tsv.content_type
    );
    assert_eq!(solutions(QueryResultsFormat::Tsv, &tsv.body), expected);

    // CSV (lossy: no parser for it; check the lines), with q-values in Accept.
    let csv = s.query(
        GRAPHS,
        Some("application/sparql-results+json;q=0.5, text/csv"),
    );
    assert_status(&csv, StatusCode::OK);
    assert!(
        csv.content_type.starts_with("text/csv"),
        "{}",
        csv.content_type
    );
    let mut lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(lines.remove(0), "g");
    let mut iris: Vec<String> = expected
        .iter()
        .map(|row| {
            row[0]
                .trim_start_matches("g=<")
                .trim_end_matches('>')
                .to_owned()
        })
        .collect();
    iris.sort();
    lines.sort();
    assert_eq!(lines, iris);

    // ASK, and the store's default graph (empty: every article is a named graph) made of one
    // article's graph through default-graph-uri.
    let ask = s.query("ASK { GRAPH ?g { ?s ?p ?o } }", None);
    assert_eq!(ask.body, r#"{"head":{},"boolean":true}"#);
    let count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    let n = |a: Answer| {
        assert_status(&a, StatusCode::OK);
        a.body
            .lines()
            .nth(1)
            .unwrap()
            .trim()
            .parse::<usize>()
            .unwrap()
    };
    assert_eq!(n(s.query(count, Some("text/csv"))), 0);
    let in_asean = n(s.get(
        &format!(
            "/sparql?query={}&default-graph-uri={}",
            enc(count),
            enc(ASEAN)
        ),
        Some("text/csv"),
    ));
    assert!(in_asean > 50, "{in_asean}");
}

#[test]
fn construct_comes_back_in_rdf_formats_oxigraph_reads() {
    let s = Server::start(&[]);
    let construct = format!("CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ASEAN}> {{ ?s ?p ?o }} }}");
    let turtle = s.query(&construct, None);
    assert_status(&turtle, StatusCode::OK);
    assert_eq!(turtle.content_type, "text/turtle");
    let n = triples(RdfFormat::Turtle, &turtle.body);
    assert!(n > 50, "a whole article graph: {n}");
    let jsonld = RdfFormat::JsonLd {
        profile: JsonLdProfileSet::empty(),
    };
    for (accept, format) in [
        ("application/n-triples", RdfFormat::NTriples),
        ("application/ld+json", jsonld),
        ("application/rdf+xml", RdfFormat::RdfXml),
    ] {
        let a = s.query(&construct, Some(accept));
        assert_status(&a, StatusCode::OK);
        assert_eq!(a.content_type, accept);
        assert_eq!(triples(format, &a.body), n, "{accept}");
    }
    // DESCRIBE is a graph too; a graph is not a results table.
    let describe = s.query(
        &format!("DESCRIBE <{ASEAN}> FROM <{ASEAN}>"),
        Some("application/n-triples"),
    );
    assert_status(&describe, StatusCode::OK);
    assert!(triples(RdfFormat::NTriples, &describe.body) > 3);
    assert_status(
        &s.query(&construct, Some("text/csv")),
        StatusCode::NOT_ACCEPTABLE,
    );
}

#[test]
fn bad_requests_get_the_reason() {
    let s = Server::start(&[]);
    let bad = s.query("SELECT ?x WHERE { ?x ?y }", None);
    assert_status(&bad, StatusCode::BAD_REQUEST);
    assert!(bad.content_type.starts_with("text/plain"));
    assert!(
        bad.body.contains("bad sparql") && bad.body.contains("error at 1:"),
        "the parser's message: {}",
        bad.body
    );
    let unacceptable = s.query(GRAPHS, Some("image/png"));
    assert_status(&unacceptable, StatusCode::NOT_ACCEPTABLE);
    assert!(
        unacceptable
            .body
            .contains("application/sparql-results+json"),
        "says what it can give: {}",
        unacceptable.body
    );
    assert_status(
        &s.get("/sparql?default-graph-uri=x", None),
        StatusCode::BAD_REQUEST,
    );
    let sd = s.get("/sparql", None);
    assert_status(&sd, StatusCode::OK);
    assert!(sd.body.contains("sd:Service"), "a service description");
    assert_status(
        &s.request(
            Method::POST,
            "/sparql",
            &[("Content-Type", "text/plain")],
            Some(GRAPHS),
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
    );
    let delete = s.request(Method::DELETE, "/sparql", &[], None);
    assert_status(&delete, StatusCode::METHOD_NOT_ALLOWED);
    assert!(delete.headers.contains_key("allow"));
    assert_status(&s.get("/nowhere", None), StatusCode::NOT_FOUND);
    // The server is still there after all that.
    assert_status(&s.query("ASK {}", None), StatusCode::OK);
}

#[test]
fn catalogue_queries_by_name_with_parameters() {
    let s = Server::start(&[]);
    let list = s.get("/queries", None);
    assert_status(&list, StatusCode::OK);
    assert_eq!(list.content_type, "application/json");
    let list: serde_json::Value = serde_json::from_str(&list.body).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), warta::query::CATALOGUE.len());
    let at = list.iter().find(|q| q["name"] == "leaders-at").unwrap();
    assert!(!at["title"].as_str().unwrap().is_empty());
    assert!(!at["description"].as_str().unwrap().is_empty());
    assert_eq!(at["params"][0]["name"], "date");
    assert_eq!(at["params"][0]["required"], true);

    // Same answer as `warta query leaders-at --param date=… -f csv`: the reviewed results.
    let expected = std::fs::read_to_string(repo().join("queries/expected/leaders-at.csv")).unwrap();
    let (param, body) = expected
        .strip_prefix("# param: ")
        .unwrap()
        .split_once('\n')
        .unwrap();
    let (name, value) = param.split_once('=').unwrap();
    let got = s.get(
        &format!("/queries/leaders-at?{name}={}", enc(value)),
        Some("text/csv"),
    );
    assert_status(&got, StatusCode::OK);
    assert_eq!(got.body.replace("\r\n", "\n"), body);

    // Parameters are terms, never spliced into the text.
    let injected = s.get(
        &format!("/queries/mentions-of?name={}", enc("x\") } } #")),
        Some("text/csv"),
    );
    assert_status(&injected, StatusCode::OK);
    assert_eq!(injected.body.trim(), "article,begin,end,anchor,sentence");

    let missing = s.get("/queries/leaders-at", None);
    assert_status(&missing, StatusCode::BAD_REQUEST);
    assert!(missing.body.contains("date"), "{}", missing.body);
    assert_status(
        &s.get("/queries/leaders-at?date=2023-05-11&when=now", None),
        StatusCode::BAD_REQUEST,
    );
    assert_status(
        &s.get("/queries/no-such-query", None),
        StatusCode::NOT_FOUND,
    );
}

#[test]
fn graph_store_reads_one_graph() {
    let s = Server::start(&[]);
    let path = format!("/store?graph={}", enc(ASEAN));
    let turtle = s.get(&path, None);
    assert_status(&turtle, StatusCode::OK);
    assert_eq!(turtle.content_type, "text/turtle");
    let n = triples(RdfFormat::Turtle, &turtle.body);
    assert!(n > 50, "{n}");
    let nt = s.get(&path, Some("application/n-triples"));
    assert_eq!(nt.content_type, "application/n-triples");
    assert_eq!(triples(RdfFormat::NTriples, &nt.body), n);
    // Sorted, so repeatable.
    assert_eq!(s.get(&path, Some("application/n-triples")).body, nt.body);
    let head = s.request(Method::HEAD, &path, &[], None);
    assert_status(&head, StatusCode::OK);
    assert_eq!(head.content_type, "text/turtle");
    assert!(head.body.is_empty());

    let missing = s.get(
        &format!(
            "/store?graph={}",
            enc("https://w3id.org/warta/article/nope")
        ),
        None,
    );
    assert_status(&missing, StatusCode::NOT_FOUND);
    assert_status(
        &s.request(
            Method::HEAD,
            &format!(
                "/store?graph={}",
                enc("https://w3id.org/warta/article/nope")
            ),
            &[],
            None,
        ),
        StatusCode::NOT_FOUND,
    );
    assert_status(&s.get("/store?default", None), StatusCode::OK);
    let all = s.get("/store", None);
    assert_status(&all, StatusCode::OK);
    assert_eq!(all.content_type, "application/n-quads");
    assert!(all.body.lines().count() > n);
}

#[test]
fn a_read_only_server_refuses_writes() {
    let s = Server::start(&[]);
    for (method, path, ct) in [
        (Method::POST, "/update", "application/sparql-update"),
        (
            Method::PUT,
            "/store?graph=http://example.com/g",
            "text/turtle",
        ),
        (
            Method::POST,
            "/store?graph=http://example.com/g",
            "text/turtle",
        ),
        (
            Method::DELETE,
            "/store?graph=http://example.com/g",
            "text/turtle",
        ),
    ] {
        let a = s.request(
            method.clone(),
            path,
            &[
                ("Content-Type", ct),
                ("Authorization", &format!("Bearer {TOKEN}")),
            ],
            Some("INSERT DATA { <http://example.com/a> <http://example.com/b> 1 }"),
        );
        assert_status(&a, StatusCode::FORBIDDEN);
        assert!(a.body.contains("read-only"), "{method} {path}: {}", a.body);
    }
    let g = s.query("ASK { ?s ?p 1 }", None);
    assert_eq!(g.body, r#"{"head":{},"boolean":false}"#);
}

#[test]
fn writes_need_the_right_token() {
    let s = Server::start(&["--update-token", TOKEN]);
    let insert = "INSERT DATA { GRAPH <http://example.com/g> { <http://example.com/a> <http://example.com/b> \"c\" } }";
    let update = |auth: Option<&str>| {
        let mut headers = vec![("Content-Type", "application/sparql-update")];
        if let Some(a) = auth {
            headers.push(("Authorization", a));
        }
        s.request(Method::POST, "/update", &headers, Some(insert))
    };
    let none = update(None);
    assert_status(&none, StatusCode::UNAUTHORIZED);
    assert!(none.headers.contains_key("www-authenticate"));
    assert_status(&update(Some("Bearer wrong-token")), StatusCode::FORBIDDEN);
    assert_status(
        &update(Some(&format!("Basic {TOKEN}"))),
        StatusCode::UNAUTHORIZED,
    );
    let asked = "ASK { GRAPH <http://example.com/g> { <http://example.com/a> <http://example.com/b> \"c\" } }";
    assert!(
        s.query(asked, None).body.contains("false"),
        "nothing written yet"
    );
    assert_status(
        &update(Some(&format!("Bearer {TOKEN}"))),
        StatusCode::NO_CONTENT,
    );
    assert!(
        s.query(asked, None).body.contains("true"),
        "the update is visible"
    );

    // A bad update is the client's mistake.
    let bad = s.request(
        Method::POST,
        "/update",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Authorization", &format!("Bearer {TOKEN}")),
        ],
        Some(&format!("update={}", enc("INSERT DATA { oops }"))),
    );
    assert_status(&bad, StatusCode::BAD_REQUEST);

    // Graph Store Protocol writes: create, add, read back, replace, delete.
    let auth = format!("Bearer {TOKEN}");
    let g = format!("/store?graph={}", enc("http://example.com/new"));
    let put = |body: &str| {
        s.request(
            Method::PUT,
            &g,
            &[("Content-Type", "text/turtle"), ("Authorization", &auth)],
            Some(body),
        )
    };
    assert_status(&put("<a> <b> <c> ."), StatusCode::CREATED);
    let post = s.request(
        Method::POST,
        &g,
        &[
            ("Content-Type", "application/n-triples"),
            ("Authorization", &auth),
        ],
        Some("<http://example.com/d> <http://example.com/e> \"f\" .\n"),
    );
    assert_status(&post, StatusCode::NO_CONTENT);
    let back = s.get(&g, Some("application/n-triples"));
    assert_eq!(
        back.body,
        "<http://example.com/a> <http://example.com/b> <http://example.com/c> .\n<http://example.com/d> <http://example.com/e> \"f\" .\n",
        "relative IRIs resolve against the graph IRI"
    );
    assert_status(&put("<x> <y> <z> ."), StatusCode::NO_CONTENT);
    assert_eq!(
        triples(RdfFormat::Turtle, &s.get(&g, None).body),
        1,
        "replaced"
    );
    let unparsable = s.request(
        Method::PUT,
        &g,
        &[("Content-Type", "text/turtle"), ("Authorization", &auth)],
        Some("<x> <y> ."),
    );
    assert_status(&unparsable, StatusCode::BAD_REQUEST);
    assert_eq!(
        triples(RdfFormat::Turtle, &s.get(&g, None).body),
        1,
        "untouched"
    );
    let del = s.request(Method::DELETE, &g, &[("Authorization", &auth)], None);
    assert_status(&del, StatusCode::NO_CONTENT);
    assert_status(&s.get(&g, None), StatusCode::NOT_FOUND);
    let del = s.request(Method::DELETE, &g, &[("Authorization", &auth)], None);
    assert_status(&del, StatusCode::NOT_FOUND);
    // POST to the store itself adds a dataset's graphs as they are.
    let nq = "<http://example.com/s> <http://example.com/p> \"o\" <http://example.com/g2> .\n";
    let dataset = s.request(
        Method::POST,
        "/store",
        &[
            ("Content-Type", "application/n-quads"),
            ("Authorization", &auth),
        ],
        Some(nq),
    );
    assert_status(&dataset, StatusCode::NO_CONTENT);
    let g2 = s.get(
        &format!("/store?graph={}", enc("http://example.com/g2")),
        Some("application/n-triples"),
    );
    assert_eq!(
        g2.body,
        "<http://example.com/s> <http://example.com/p> \"o\" .\n"
    );
    // The fixtures are still there.
    assert_status(
        &s.get(&format!("/store?graph={}", enc(ASEAN)), None),
        StatusCode::OK,
    );
}

#[test]
fn a_query_past_its_time_limit_is_stopped_and_the_server_goes_on() {
    let s = Server::start(&["--timeout-secs", "1"]);
    // A four-way cross product of ~760 quads: about 3·10^11 rows to count.
    let expensive = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }";
    let started = Instant::now();
    let a = s.query(expensive, None);
    let took = started.elapsed();
    assert_status(&a, StatusCode::SERVICE_UNAVAILABLE);
    assert!(a.body.contains("stopped after 1 s"), "{}", a.body);
    assert!(took < Duration::from_secs(10), "answered in {took:?}");
    let started = Instant::now();
    let next = s.query(GRAPHS, None);
    assert_status(&next, StatusCode::OK);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(
        solutions(QueryResultsFormat::Json, &next.body).len(),
        fixture_articles()
    );
}

#[test]
fn results_past_the_limit_are_refused_not_truncated() {
    let s = Server::start(&["--max-results", "10"]);
    let all = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }";
    let refused = s.query(all, None);
    assert_status(&refused, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("more than 10 results"),
        "{}",
        refused.body
    );
    assert_eq!(
        refused
            .headers
            .get("warta-max-results")
            .unwrap()
            .to_str()
            .unwrap(),
        "10"
    );
    let limited = s.query(&format!("{all} LIMIT 10"), None);
    assert_status(&limited, StatusCode::OK);
    assert_eq!(solutions(QueryResultsFormat::Json, &limited.body).len(), 10);
    let construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }";
    assert_status(&s.query(construct, None), StatusCode::UNPROCESSABLE_ENTITY);
    assert_status(
        &s.get(&format!("/store?graph={}", enc(ASEAN)), None),
        StatusCode::UNPROCESSABLE_ENTITY,
    );
}

#[test]
fn serve_needs_a_store_and_a_free_port() {
    let dir = tempfile::tempdir().unwrap();
    let missing = run(warta(&dir.path().join("none")).args(["serve", "--bind", "127.0.0.1:0"]));
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stderr(&missing).contains("no store here"),
        "{}",
        stderr(&missing)
    );

    let s = Server::start(&[]);
    let port = s.base.rsplit(':').next().unwrap();
    let store = Path::new(s.dir.path()).join("other");
    ok(warta(&store).arg("-q").arg("ingest").arg(fixtures()));
    let taken = run(warta(&store).args(["serve", "--bind", &format!("127.0.0.1:{port}")]));
    assert_eq!(taken.status.code(), Some(1));
    assert!(
        stderr(&taken).contains("cannot listen"),
        "{}",
        stderr(&taken)
    );

    // A served store is in use: tests/robustness.rs (a_store_in_use_is_reported_as_such).
}

#[test]
fn the_union_default_graph_is_a_choice() {
    let s = Server::start(&["--union-default-graph"]);
    let count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    let a = s.query(count, Some("text/csv"));
    assert_status(&a, StatusCode::OK);
    let n: usize = a.body.lines().nth(1).unwrap().trim().parse().unwrap();
    assert!(n > 500, "every article's statements: {n}");
    // GRAPH still names each article.
    let graphs = s.query(GRAPHS, None);
    assert_eq!(
        solutions(QueryResultsFormat::Json, &graphs.body).len(),
        fixture_articles()
    );
}

/// The number of articles in tests/fixtures (one per file).
fn fixture_articles() -> usize {
    std::fs::read_dir(fixtures()).unwrap().count()
}
