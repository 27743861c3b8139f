//! `warta push`: article graphs to a real third-party store (an Oxigraph server, started here
//! through `scripts/start-oxigraph-server`), read back through that server's own SPARQL and
//! Graph Store endpoints; plus the exact bytes warta sends (headers, retries), recorded by a
//! tiny loopback listener.
//!
//! Without network access to install the server the store test skips with a message, unless
//! `WARTA_REQUIRE_PUSH_SERVER=1` (set by `scripts/test`) makes that a failure.

mod common;

use common::*;
use oxhttp::Client;
use oxhttp::model::header::{ACCEPT, CONTENT_TYPE};
use oxhttp::model::{Body, Method, Request};
use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

const ARTICLE: &str = "https://w3id.org/warta/article/";

/// An Oxigraph server started by the project's script; stopped (and its database deleted) on
/// drop.
struct Server {
    url: String,
    pid: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new(repo().join("scripts/start-oxigraph-server"))
            .args(["stop", &self.pid])
            .status();
    }
}

fn start_server() -> Option<Server> {
    let out = Command::new(repo().join("scripts/start-oxigraph-server"))
        .output()
        .expect("bash runs scripts/start-oxigraph-server");
    let err = String::from_utf8_lossy(&out.stderr);
    if out.status.code() == Some(3) {
        if std::env::var("WARTA_REQUIRE_PUSH_SERVER").as_deref() == Ok("1") {
            panic!("the oxigraph server is required (WARTA_REQUIRE_PUSH_SERVER=1) but: {err}");
        }
        eprintln!(
            "skipped: no oxigraph server could be installed ({}); scripts/test installs it",
            err.trim().lines().last().unwrap_or("")
        );
        return None;
    }
    assert!(out.status.success(), "the server did not start: {err}");
    let line = String::from_utf8(out.stdout).unwrap();
    let mut parts = line.split_whitespace();
    let url = parts.next().expect("a url").to_owned();
    let pid = parts.next().expect("a pid").to_owned();
    Some(Server { url, pid })
}

fn http(method: Method, url: &str, accept: &str, body: Option<(&str, String)>) -> String {
    let mut b = Request::builder()
        .method(method)
        .uri(url)
        .header(ACCEPT, accept);
    let body = match body {
        Some((ct, text)) => {
            b = b.header(CONTENT_TYPE, ct);
            Body::from(text)
        }
        None => Body::empty(),
    };
    let response = Client::new()
        .with_global_timeout(Duration::from_secs(30))
        .request(b.body(body).unwrap())
        .unwrap_or_else(|e| panic!("{url}: {e}"));
    let status = response.status();
    let text = response.into_body().to_string().unwrap();
    assert!(status.is_success(), "{url}: {status}: {text}");
    text
}

const COUNTS: &str = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

/// `graph,count` CSV (SPARQL CSV results) → a map.
fn parse_counts(csv: &str) -> BTreeMap<String, usize> {
    csv.lines()
        .skip(1)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (g, n) = l.rsplit_once(',').unwrap();
            (g.to_owned(), n.parse().unwrap())
        })
        .collect()
}

fn remote_counts(server: &Server) -> BTreeMap<String, usize> {
    let csv = http(
        Method::POST,
        &format!("{}/query", server.url),
        "text/csv",
        Some(("application/sparql-query", COUNTS.to_owned())),
    );
    parse_counts(&csv)
}

fn local_counts(store: &Path) -> BTreeMap<String, usize> {
    parse_counts(&ok(warta(store).args(["query", "-f", "csv", "-e", COUNTS])))
}

fn sorted_lines(s: &str) -> Vec<String> {
    let mut v: Vec<String> = s.lines().map(str::to_owned).collect();
    v.sort();
    v
}

/// The remote graph, fetched with the server's Graph Store Protocol GET, equals the local one.
fn assert_same_graph(server: &Server, store: &Path, graph: &str) {
    let remote = http(
        Method::GET,
        &format!(
            "{}/store?graph={}",
            server.url,
            percent_encoding::utf8_percent_encode(graph, percent_encoding::NON_ALPHANUMERIC)
        ),
        "application/n-triples",
        None,
    );
    let local =
        ok(warta(store).args(["export", "-f", "ntriples", "--graph", &format!("<{graph}>")]));
    assert_eq!(
        sorted_lines(&remote),
        sorted_lines(&local),
        "graph <{graph}>"
    );
}

fn push(store: &Path, endpoint: &str, extra: &[&str]) -> (bool, String) {
    let out = run(warta(store)
        .env_remove("WARTA_PUSH_TOKEN")
        .env_remove("WARTA_PUSH_PASSWORD")
        .args(["push", "--endpoint", endpoint])
        .args(extra));
    (out.status.success(), stderr(&out))
}

fn copy_fixtures(to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(fixtures()).unwrap() {
        let p = e.unwrap().path();
        fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
    }
}

#[test]
fn push_to_a_real_oxigraph_server_replaces_and_resumes() {
    let Some(server) = start_server() else {
        return;
    };
    let gsp = format!("{}/store", server.url);
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let articles = dir.path().join("in");
    copy_fixtures(&articles);
    ok(warta(&store).arg("ingest").arg(&articles));
    let local = local_counts(&store);
    assert_eq!(
        local.len(),
        fixture_articles(),
        "one graph per fixture article: {local:?}"
    );

    // First push: every graph, each equal to the local one.
    let (success, err) = push(&store, &gsp, &[]);
    assert!(success, "{err}");
    assert!(
        err.contains(&format!(
            "pushed {}, skipped 0, failed 0",
            fixture_articles()
        )),
        "{err}"
    );
    assert!(
        store.join("push-state.json").is_file(),
        "state in the store's folder"
    );
    assert_eq!(remote_counts(&server), local);
    for g in local.keys() {
        assert!(g.starts_with(ARTICLE), "{g}");
        assert_same_graph(&server, &store, g);
    }

    // Again: nothing to send.
    let (success, err) = push(&store, &gsp, &[]);
    assert!(success, "{err}");
    assert!(
        err.contains(&format!(
            "pushed 0, skipped {}, failed 0",
            fixture_articles()
        )),
        "{err}"
    );

    // Someone adds a stale triple to an article graph and a graph of their own; --force
    // replaces the article graphs (the stale triple goes, nothing doubles) and leaves the other.
    let jakarta = format!("{ARTICLE}jakarta-seoul-2023-09-06");
    http(
        Method::POST,
        &format!("{}/update", server.url),
        "*/*",
        Some((
            "application/sparql-update",
            format!(
                "INSERT DATA {{ GRAPH <{jakarta}> {{ <urn:x:stale> <urn:x:p> \"stale\" }} GRAPH <urn:x:other> {{ <urn:x:s> <urn:x:p> \"theirs\" }} }}"
            ),
        )),
    );
    assert_eq!(remote_counts(&server)[&jakarta], local[&jakarta] + 1);
    let (success, err) = push(&store, &gsp, &["--force"]);
    assert!(success, "{err}");
    assert!(
        err.contains(&format!(
            "pushed {}, skipped 0, failed 0",
            fixture_articles()
        )),
        "{err}"
    );
    let mut expected = local.clone();
    expected.insert("urn:x:other".to_owned(), 1);
    assert_eq!(remote_counts(&server), expected, "replaced, not added to");

    // One article changes and is re-ingested: only its graph is pushed, and replaced.
    let txt = articles.join("jakarta-seoul-2023-09-06.txt");
    let mut text = fs::read_to_string(&txt).unwrap();
    text.push_str("\nMenteri Luar Negeri Rusia Sergei Lavrov juga dijadwalkan tiba di Jakarta.\n");
    fs::write(&txt, text).unwrap();
    let re = run(warta(&store).arg("ingest").arg(&articles));
    assert!(stderr(&re).contains("1 replaced"), "{}", stderr(&re));
    let changed = local_counts(&store);
    assert_ne!(changed[&jakarta], local[&jakarta], "the graph changed");
    let (success, err) = push(&store, &gsp, &[]);
    assert!(success, "{err}");
    assert!(
        err.contains(&format!(
            "pushed 1, skipped {}, failed 0",
            fixture_articles() - 1
        )),
        "{err}"
    );
    let mut expected = changed.clone();
    expected.insert("urn:x:other".to_owned(), 1);
    assert_eq!(remote_counts(&server), expected);
    for g in changed.keys() {
        assert_same_graph(&server, &store, g);
    }

    // Turtle carries the same graph.
    let (success, err) = push(
        &store,
        &gsp,
        &[
            "--force",
            "--format",
            "turtle",
            "--graph",
            "jakarta-seoul-2023-09-06",
        ],
    );
    assert!(success, "{err}");
    assert!(err.contains("pushed 1, skipped 0, failed 0"), "{err}");
    assert_same_graph(&server, &store, &jakarta);
    assert_eq!(remote_counts(&server), expected);
}

fn ingested_store() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(warta(&store).arg("ingest").arg(fixtures()));
    (dir, store)
}

#[test]
fn an_unreachable_endpoint_fails_after_retries_with_a_clear_message() {
    let (_dir, store) = ingested_store();
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    }; // closed again: nothing listens there
    let started = Instant::now();
    let (success, err) = push(
        &store,
        &format!("http://127.0.0.1:{port}/store"),
        &["--retries", "1"],
    );
    assert!(!success, "{err}");
    assert!(started.elapsed() < Duration::from_secs(20));
    assert!(err.contains("cannot connect"), "{err}");
    assert!(err.contains("is the store running"), "{err}");
    assert!(err.contains("(after 2 attempts)"), "{err}");
    assert!(err.contains("retrying in"), "{err}");
    assert!(
        err.contains(&format!(
            "failed 1, not attempted {}",
            fixture_articles() - 1
        )),
        "an unreachable store stops the run: {err}"
    );
    assert!(
        !store.join("push-state.json").exists(),
        "nothing recorded as pushed"
    );
}

/// One request as the listener received it.
struct Recorded {
    head: String,
    body: Vec<u8>,
}

impl Recorded {
    fn request_line(&self) -> &str {
        self.head.lines().next().unwrap()
    }

    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().skip(1).find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_owned())
        })
    }
}

/// A loopback listener that answers each request with the next canned response (the last one
/// repeats) and records what it was sent. It checks our bytes; it is not a triple store.
struct Recorder {
    url: String,
    stop: Arc<AtomicBool>,
    thread: JoinHandle<Vec<Recorded>>,
}

impl Recorder {
    fn start(responses: &[&str]) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let url = format!(
            "http://127.0.0.1:{}/store",
            listener.local_addr().unwrap().port()
        );
        let stop = Arc::new(AtomicBool::new(false));
        let responses: Vec<String> = responses.iter().map(|r| r.to_string()).collect();
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(60);
            let mut seen = Vec::new();
            while !flag.load(Ordering::SeqCst) && Instant::now() < deadline {
                let mut stream = match listener.accept() {
                    Ok((s, _)) => s,
                    Err(_) => {
                        std::thread::sleep(Duration::from_millis(5));
                        continue;
                    }
                };
                stream.set_nonblocking(false).unwrap();
                stream
                    .set_read_timeout(Some(Duration::from_secs(10)))
                    .unwrap();
                let mut buf = Vec::new();
                let mut chunk = [0u8; 8192];
                let head_end = loop {
                    if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        break i + 4;
                    }
                    let n = stream.read(&mut chunk).unwrap();
                    assert!(n > 0, "connection closed before the end of the head");
                    buf.extend_from_slice(&chunk[..n]);
                };
                let head = String::from_utf8(buf[..head_end].to_vec()).unwrap();
                let rec = Recorded {
                    head,
                    body: Vec::new(),
                };
                let len: usize = rec
                    .header("content-length")
                    .map(|v| v.parse().unwrap())
                    .unwrap_or(0);
                let mut body = buf[head_end..].to_vec();
                while body.len() < len {
                    let n = stream.read(&mut chunk).unwrap();
                    assert!(n > 0, "connection closed before the end of the body");
                    body.extend_from_slice(&chunk[..n]);
                }
                let response = &responses[seen.len().min(responses.len() - 1)];
                stream.write_all(response.as_bytes()).unwrap();
                seen.push(Recorded { body, ..rec });
            }
            seen
        });
        Recorder { url, stop, thread }
    }

    fn finish(self) -> Vec<Recorded> {
        self.stop.store(true, Ordering::SeqCst);
        self.thread.join().unwrap()
    }
}

const CREATED: &str = "HTTP/1.1 201 Created\r\ncontent-length: 0\r\nconnection: close\r\n\r\n";

#[test]
fn the_request_carries_the_graph_credentials_and_serialisation() {
    let (dir, store) = ingested_store();
    let state = dir.path().join("state.json");
    let state = state.to_str().unwrap();
    let graph = format!("{ARTICLE}asean-2023-05-11");
    let ntriples =
        ok(warta(&store).args(["export", "-f", "ntriples", "--graph", "asean-2023-05-11"]));
    let one = ["--graph", "asean-2023-05-11", "--force", "--state", state];

    // Bearer from --token; N-Triples by default, exactly what export writes.
    let r = Recorder::start(&[CREATED]);
    let url = r.url.clone();
    let (success, err) = push(&store, &url, &[&one[..], &["--token", "s3cr3t"]].concat());
    let seen = r.finish();
    assert!(success, "{err}");
    assert_eq!(seen.len(), 1);
    let q = &seen[0];
    assert_eq!(
        q.request_line(),
        "PUT /store?graph=https%3A%2F%2Fw3id.org%2Fwarta%2Farticle%2Fasean-2023-05-11 HTTP/1.1"
    );
    assert_eq!(q.header("authorization").as_deref(), Some("Bearer s3cr3t"));
    assert_eq!(
        q.header("content-type").as_deref(),
        Some("application/n-triples")
    );
    assert_eq!(q.header("content-length"), Some(q.body.len().to_string()));
    assert!(q.header("user-agent").unwrap().starts_with("warta/"));
    assert_eq!(String::from_utf8(q.body.clone()).unwrap(), ntriples);
    let recorded = fs::read_to_string(dir.path().join("state.json")).unwrap();
    assert!(
        recorded.contains(&format!("\"{url}\"")) && recorded.contains(&format!("\"{graph}\"")),
        "the state file names the endpoint and the graph: {recorded}"
    );

    // Basic from --user and WARTA_PUSH_PASSWORD (RFC 7617's example); Turtle.
    let r = Recorder::start(&[CREATED]);
    let out = run(warta(&store)
        .env_remove("WARTA_PUSH_TOKEN")
        .env("WARTA_PUSH_PASSWORD", "open sesame")
        .args([
            "push",
            "--endpoint",
            &r.url,
            "--user",
            "Aladdin",
            "-f",
            "turtle",
        ])
        .args(one));
    let seen = r.finish();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        seen[0].header("authorization").as_deref(),
        Some("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
    );
    assert_eq!(
        seen[0].header("content-type").as_deref(),
        Some("text/turtle")
    );
    let ttl = String::from_utf8(seen[0].body.clone()).unwrap();
    assert!(
        ttl.contains("@prefix") && ttl.contains("asean-2023-05-11"),
        "{ttl}"
    );

    // Bearer from WARTA_PUSH_TOKEN; and no Authorization header at all without credentials.
    let r = Recorder::start(&[CREATED]);
    let out = run(warta(&store)
        .env("WARTA_PUSH_TOKEN", "from-env")
        .args(["push", "--endpoint", &r.url])
        .args(one));
    let seen = r.finish();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        seen[0].header("authorization").as_deref(),
        Some("Bearer from-env")
    );
    let r = Recorder::start(&[CREATED]);
    let (success, err) = push(&store, &r.url, &one);
    let seen = r.finish();
    assert!(success, "{err}");
    assert_eq!(seen[0].header("authorization"), None);
}

#[test]
fn client_errors_fail_at_once_server_errors_are_retried() {
    let (dir, store) = ingested_store();
    let state = dir.path().join("state.json");
    let state = state.to_str().unwrap();
    let one = ["--graph", "asean-2023-05-11", "--state", state];

    // 400: reported with the status and the first line of the body, never retried.
    let r = Recorder::start(&[
        "HTTP/1.1 400 Bad Request\r\ncontent-type: text/plain\r\ncontent-length: 34\r\n\r\n\nparse error at line 3\nmore detail",
    ]);
    let (success, err) = push(&store, &r.url, &[&one[..], &["--retries", "3"]].concat());
    let seen = r.finish();
    assert!(!success, "{err}");
    assert_eq!(seen.len(), 1, "a 4xx is not retried");
    assert!(
        err.contains("400 Bad Request: parse error at line 3") && !err.contains("more detail"),
        "{err}"
    );
    assert!(
        err.contains("<https://w3id.org/warta/article/asean-2023-05-11>"),
        "{err}"
    );
    assert!(err.contains("failed 1"), "{err}");

    // 503 then 201: retried, then recorded as pushed.
    let r = Recorder::start(&[
        "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 4\r\n\r\nbusy",
        CREATED,
    ]);
    let url = r.url.clone();
    let (success, err) = push(&store, &url, &[&one[..], &["--retries", "2"]].concat());
    let seen = r.finish();
    assert!(success, "{err}");
    assert_eq!(seen.len(), 2, "one retry");
    assert!(
        err.contains("503 Service Unavailable: busy; retrying in"),
        "{err}"
    );
    assert!(err.contains("pushed 1, skipped 0, failed 0"), "{err}");
    assert!(
        fs::read_to_string(state)
            .unwrap()
            .contains(&format!("\"{url}\""))
    );

    // A connection closed without an answer, then 429 with Retry-After: both retried, the
    // second after at least the pause the server asked for.
    let r = Recorder::start(&[
        "",
        "HTTP/1.1 429 Too Many Requests\r\nretry-after: 1\r\ncontent-length: 0\r\n\r\n",
        CREATED,
    ]);
    let (success, err) = push(&store, &r.url, &[&one[..], &["--retries", "2"]].concat());
    let seen = r.finish();
    assert!(success, "{err}");
    assert_eq!(seen.len(), 3, "two retries");
    assert!(
        err.contains("closed the connection before answering"),
        "{err}"
    );
    assert!(
        err.contains("429 Too Many Requests; retrying in 1.0s"),
        "{err}"
    );

    // 5xx on every attempt: fails after retries.
    let r = Recorder::start(&["HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\n\r\n"]);
    let (success, err) = push(
        &store,
        &r.url,
        &[&one[..], &["--retries", "1", "--force"]].concat(),
    );
    let seen = r.finish();
    assert!(!success, "{err}");
    assert_eq!(seen.len(), 2);
    assert!(
        err.contains("500 Internal Server Error (after 2 attempts)"),
        "{err}"
    );

    // 401 asking for Digest (Virtuoso): says so, and stops before the other graphs.
    let r = Recorder::start(&[
        "HTTP/1.1 401 Unauthorized\r\nwww-authenticate: Digest realm=\"SPARQL\", nonce=\"x\"\r\ncontent-length: 0\r\n\r\n",
    ]);
    let (success, err) = push(&store, &r.url, &["--state", state, "--retries", "3"]);
    let seen = r.finish();
    assert!(!success, "{err}");
    assert_eq!(
        seen.len(),
        1,
        "credentials that fail once fail for every graph"
    );
    assert!(err.contains("digest authentication"), "{err}");
    assert!(
        err.contains(&format!("not attempted {}", fixture_articles() - 1)),
        "{err}"
    );
}

#[test]
fn bad_arguments_say_what_to_do() {
    let (_dir, store) = ingested_store();
    let (success, err) = push(&store, "localhost:7878/store", &[]);
    assert!(!success && err.contains("http:// or https://"), "{err}");
    let (success, err) = push(&store, "http://127.0.0.1:9/store", &["-f", "nquads"]);
    assert!(!success && err.contains("one graph"), "{err}");
    let (success, err) = push(&store, "http://127.0.0.1:9/store", &["--graph", "nope"]);
    assert!(
        !success && err.contains("no graph <https://w3id.org/warta/article/nope>"),
        "{err}"
    );
    let out = run(warta(&store).env_remove("WARTA_PUSH_PASSWORD").args([
        "push",
        "--endpoint",
        "http://127.0.0.1:9/store",
        "--user",
        "u",
    ]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("WARTA_PUSH_PASSWORD"),
        "{}",
        stderr(&out)
    );
    let (success, err) = push(&store, "http://127.0.0.1:9/store", &["--dry-run"]);
    assert!(
        success && err.contains(&format!("would push {}", fixture_articles())),
        "{err}"
    );
    let empty = tempfile::tempdir().unwrap();
    let (success, err) = push(&empty.path().join("none"), "http://127.0.0.1:9/store", &[]);
    assert!(!success && err.contains("no store here"), "{err}");
}

#[test]
fn digest_authentication_answers_the_challenge_and_reuses_it() {
    use md5::{Digest, Md5};
    let (dir, store) = ingested_store();
    let state = dir.path().join("state.json");
    let challenge = "HTTP/1.1 401 Unauthorized\r\nwww-authenticate: Digest realm=\"SPARQL\", nonce=\"abc123\", opaque=\"op\", qop=\"auth\"\r\ncontent-length: 0\r\n\r\n";
    let r = Recorder::start(&[challenge, CREATED, CREATED]);
    let out = run(warta(&store)
        .env("WARTA_PUSH_PASSWORD", "Circle Of Life")
        .env_remove("WARTA_PUSH_TOKEN")
        .args(["push", "--endpoint", &r.url, "--user", "Mufasa", "--digest"])
        .args([
            "--graph",
            "asean-2023-05-11",
            "--graph",
            "warsawa-kyiv-2023-03-17",
        ])
        .arg("--state")
        .arg(&state));
    let seen = r.finish();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(seen.len(), 3, "one challenge, then one request per graph");
    assert_eq!(
        seen[0].header("authorization"),
        None,
        "no password before the challenge"
    );
    let md5 = |s: String| {
        Md5::digest(s.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    for (q, nc) in [(&seen[1], "00000001"), (&seen[2], "00000002")] {
        let h = q.header("authorization").expect("a digest answer");
        assert!(h.starts_with("Digest "), "{h}");
        let param = |k: &str| {
            let at = h
                .find(&format!(" {k}="))
                .unwrap_or_else(|| panic!("{k} in {h}"));
            let v = &h[at + k.len() + 2..];
            let v = v.strip_prefix('"').map_or_else(
                || v.split(',').next().unwrap(),
                |v| v.split('"').next().unwrap(),
            );
            v.to_owned()
        };
        let target = q.request_line().split(' ').nth(1).unwrap().to_owned();
        assert_eq!(param("uri"), target);
        assert_eq!(param("username"), "Mufasa");
        assert_eq!(param("nc"), nc);
        assert_eq!(param("opaque"), "op");
        let ha1 = md5("Mufasa:SPARQL:Circle Of Life".to_owned());
        let ha2 = md5(format!("PUT:{target}"));
        let expected = md5(format!("{ha1}:abc123:{nc}:{}:auth:{ha2}", param("cnonce")));
        assert_eq!(param("response"), expected, "{h}");
        assert!(!h.contains("Circle"), "the password never travels");
    }
}

/// The number of articles in tests/fixtures (one per file).
fn fixture_articles() -> usize {
    std::fs::read_dir(fixtures()).unwrap().count()
}
