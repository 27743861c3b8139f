//! Pushing article graphs to an external triple store with the SPARQL 1.1 Graph Store
//! Protocol: one `PUT {endpoint}?graph={article IRI}` per article graph, so a re-push
//! replaces the graph and never duplicates it.
//!
//! ```text
//! store ─▶ sorted quads of one graph ─▶ N-Triples / Turtle ─▶ PUT ?graph=IRI ─▶ state file
//! ```
//!
//! What was pushed is recorded in a [`StateFile`] (per endpoint and graph: the article's
//! `warta:contentHash`), written atomically after each success, so an interrupted push resumes
//! where it stopped and a re-run only sends the graphs that changed.
//!
//! PUT is idempotent, which is what makes retrying safe: a request that failed half-way is
//! simply sent again. Retries (exponential back-off with jitter) are for connection errors,
//! time-outs, 408, 429 and 5xx; any other 4xx is the store refusing the request and is
//! reported at once with its status and the first line of its body.

use crate::error::{Error, Result};
use crate::store::GraphStore;
use oxhttp::Client;
use oxhttp::model::header::{AUTHORIZATION, CONTENT_TYPE, LOCATION, RETRY_AFTER, WWW_AUTHENTICATE};
use oxhttp::model::{Body, HeaderValue, Method, Request, StatusCode, Uri};
use oxigraph::io::RdfFormat;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

mod digest;

/// Everything but RFC 3986 unreserved characters is percent-encoded in a query value.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The name of the state file inside the store's folder when `--state` is not given.
pub const DEFAULT_STATE_FILE: &str = "push-state.json";

/// The longest pause between two attempts, whatever the back-off or `Retry-After` say.
const MAX_DELAY: Duration = Duration::from_secs(60);

/// A Graph Store Protocol endpoint: an http(s) URL to which `?graph=…` is appended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    url: String,
}

impl Endpoint {
    /// Checks an endpoint URL: http or https, a host, no credentials and no fragment in it.
    pub fn parse(url: &str) -> Result<Self> {
        let url = url.trim();
        let bad = |why: &str| Error::Push(format!("{url}: {why}"));
        let lower = url.to_ascii_lowercase();
        if !(lower.starts_with("http://") || lower.starts_with("https://")) {
            return Err(bad(
                "the endpoint must be an http:// or https:// url of the store's graph store protocol service (e.g. http://localhost:7878/store)",
            ));
        }
        if url.contains('#') {
            return Err(bad("the endpoint url must not have a #fragment"));
        }
        let uri = Uri::try_from(url).map_err(|e| bad(&format!("not a valid url ({e})")))?;
        let authority = uri.authority().map(|a| a.as_str()).unwrap_or("");
        if authority.contains('@') {
            return Err(bad(
                "put credentials in --user/--password or --token (or WARTA_PUSH_PASSWORD / WARTA_PUSH_TOKEN), not in the url",
            ));
        }
        if uri.host().is_none_or(str::is_empty) {
            return Err(bad("the endpoint url has no host"));
        }
        if let Some(q) = uri.query()
            && q.split('&')
                .any(|kv| kv == "default" || kv.starts_with("default=") || kv.starts_with("graph="))
        {
            return Err(bad(
                "the endpoint url already names a graph; give the service url, warta adds ?graph= for each article",
            ));
        }
        Ok(Endpoint {
            url: url.to_owned(),
        })
    }

    /// The URL as given (trimmed): the key of the state file.
    pub fn as_str(&self) -> &str {
        &self.url
    }

    /// `{endpoint}?graph={percent-encoded graph IRI}` (or `&graph=` when the URL has a query).
    pub fn graph_url(&self, graph: &str) -> String {
        let sep = if self.url.contains('?') {
            if self.url.ends_with('?') || self.url.ends_with('&') {
                ""
            } else {
                "&"
            }
        } else {
            "?"
        };
        format!(
            "{}{sep}graph={}",
            self.url,
            utf8_percent_encode(graph, QUERY_VALUE)
        )
    }

    /// True for plain http to a host other than the loopback: credentials would travel in clear.
    pub fn is_cleartext_remote(&self) -> bool {
        let Ok(uri) = Uri::try_from(self.url.as_str()) else {
            return false;
        };
        let host = uri.host().unwrap_or("");
        uri.scheme_str()
            .is_some_and(|s| s.eq_ignore_ascii_case("http"))
            && !(host.eq_ignore_ascii_case("localhost")
                || host.starts_with("127.")
                || host == "[::1]"
                || host == "::1")
    }
}

/// How the client authenticates.
#[derive(Clone, PartialEq, Eq)]
pub enum Auth {
    None,
    /// HTTP Basic (RFC 7617): Fuseki, GraphDB, most stores behind a proxy.
    Basic {
        user: String,
        password: String,
    },
    /// `Authorization: Bearer TOKEN` (RFC 6750): QLever's access token, OAuth proxies.
    Bearer(String),
    /// HTTP Digest (RFC 7616): answers the server's challenge; the password never travels.
    /// Virtuoso's `/sparql-graph-crud-auth`.
    Digest {
        user: String,
        password: String,
    },
}

impl std::fmt::Debug for Auth {
    // Never print secrets, not even in debug output.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Auth::None => f.write_str("None"),
            Auth::Basic { user, .. } => write!(f, "Basic({user}, ***)"),
            Auth::Bearer(_) => f.write_str("Bearer(***)"),
            Auth::Digest { user, .. } => write!(f, "Digest({user}, ***)"),
        }
    }
}

impl Auth {
    /// The `Authorization` header value sent with every request, if any (Digest has none:
    /// it answers each challenge).
    pub fn header(&self) -> Result<Option<HeaderValue>> {
        let value = match self {
            Auth::None => return Ok(None),
            Auth::Digest { user, password } => {
                if user.contains('"')
                    || user.contains(['\r', '\n'])
                    || password.contains(['\r', '\n'])
                {
                    return Err(Error::Push(
                        "the credentials contain characters not allowed in an http header (quotes in the user name, newlines)"
                            .to_owned(),
                    ));
                }
                return Ok(None);
            }
            Auth::Basic { user, password } => {
                if user.contains(':') {
                    return Err(Error::Push(
                        "the --user name must not contain ':' (http basic authentication cannot carry it)"
                            .to_owned(),
                    ));
                }
                format!("Basic {}", base64(format!("{user}:{password}").as_bytes()))
            }
            Auth::Bearer(token) => format!("Bearer {}", token.trim()),
        };
        let mut v = HeaderValue::from_str(&value).map_err(|_| {
            Error::Push(
                "the credentials contain characters not allowed in an http header (control characters or newlines)"
                    .to_owned(),
            )
        })?;
        v.set_sensitive(true);
        Ok(Some(v))
    }
}

/// Standard base64 with padding (RFC 4648 §4), for Basic authentication.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The serialisation sent in each PUT. The Graph Store Protocol carries one graph per request,
/// so only triple formats make sense (a store refuses quads there: Oxigraph answers
/// "Named graphs are not allowed").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PushFormat {
    NTriples,
    Turtle,
}

impl PushFormat {
    pub fn parse(name: &str) -> Result<Self> {
        match name.to_ascii_lowercase().as_str() {
            "ntriples" | "n-triples" | "nt" => Ok(PushFormat::NTriples),
            "turtle" | "ttl" => Ok(PushFormat::Turtle),
            "nquads" | "n-quads" | "nq" | "trig" => Err(Error::Push(format!(
                "--format {name}: a graph store protocol PUT carries one graph, not a dataset; use ntriples (the default) or turtle"
            ))),
            other => Err(Error::Push(format!(
                "unknown push format {other:?} (use ntriples or turtle)"
            ))),
        }
    }

    pub fn rdf_format(self) -> RdfFormat {
        match self {
            PushFormat::NTriples => RdfFormat::NTriples,
            PushFormat::Turtle => RdfFormat::Turtle,
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            PushFormat::NTriples => "application/n-triples",
            PushFormat::Turtle => "text/turtle",
        }
    }
}

/// What a push does and how hard it tries.
#[derive(Debug, Clone)]
pub struct PushOptions {
    pub endpoint: Endpoint,
    pub auth: Auth,
    pub format: PushFormat,
    /// Attempts after the first one, for failures worth retrying.
    pub retries: u32,
    /// Longest wait for the connection or for any read or write on it.
    pub timeout: Duration,
    /// The first pause before a retry; it doubles on each retry (with jitter), up to a minute.
    pub backoff: Duration,
    /// Push even graphs the state file says are already there.
    pub force: bool,
    /// Decide and report, send nothing, write no state.
    pub dry_run: bool,
    /// Base of the data IRIs, for Turtle's prefixes.
    pub base: String,
}

/// Why a PUT did not succeed, and whether the rest of the run can go on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    /// No connection could be made, or it broke, on every attempt.
    Unreachable,
    /// The store answered 5xx, 408 or 429 on every attempt, or never answered in time.
    Server,
    /// The store refused this graph (400, 413, …): other graphs may still go through.
    Rejected,
    /// The request can never work as configured (401, 403, 404, 405, 415, a redirect, a bad
    /// url): every other graph would fail the same way.
    Configuration,
}

impl FailureKind {
    /// Whether the remaining graphs should not be attempted.
    pub fn stops_the_run(self) -> bool {
        matches!(self, FailureKind::Unreachable | FailureKind::Configuration)
    }
}

/// A failed PUT, with a one-line message naming the status or the error and what to do.
#[derive(Debug, Clone)]
pub struct PutFailure {
    pub kind: FailureKind,
    pub message: String,
    pub attempts: u32,
}

/// What happened to one graph, as it happens.
#[derive(Debug)]
pub enum Event<'a> {
    Pushed {
        graph: &'a str,
        triples: usize,
        bytes: usize,
        attempts: u32,
    },
    /// Already pushed with the same content hash to the same endpoint.
    Skipped { graph: &'a str },
    /// `--dry-run`: would be pushed.
    WouldPush { graph: &'a str, triples: usize },
    /// A failed attempt that will be retried after `delay`.
    Retrying {
        graph: &'a str,
        attempt: u32,
        of: u32,
        delay: Duration,
        reason: &'a str,
    },
    Failed {
        graph: &'a str,
        failure: &'a PutFailure,
    },
}

/// The totals of a push.
#[derive(Debug, Default, Clone)]
pub struct PushReport {
    pub pushed: usize,
    pub skipped: usize,
    pub failed: usize,
    /// Graphs left out because an earlier failure showed the rest could not succeed.
    pub not_attempted: usize,
    pub triples: usize,
    pub bytes: usize,
    pub elapsed: Duration,
}

/// The result of one graph's PUT.
pub struct Put {
    pub attempts: u32,
}

/// Sends graphs: an HTTP client with a timeout, credentials and a retry policy.
pub struct Pusher {
    client: Client,
    options: PushOptions,
    authorization: Option<HeaderValue>,
    /// The last Digest challenge and the nonce count used with it.
    digest: Mutex<Option<(digest::Challenge, u32)>>,
}

impl Pusher {
    pub fn new(options: PushOptions) -> Result<Self> {
        let authorization = options.auth.header()?;
        let client = Client::new()
            .with_global_timeout(options.timeout)
            .with_user_agent(concat!("warta/", env!("CARGO_PKG_VERSION")))
            .map_err(|e| Error::Push(format!("user agent: {e}")))?;
        Ok(Pusher {
            client,
            options,
            authorization,
            digest: Mutex::new(None),
        })
    }

    pub fn options(&self) -> &PushOptions {
        &self.options
    }

    /// PUTs one graph's serialisation, retrying what is worth retrying.
    pub fn put(
        &self,
        graph: &str,
        body: &[u8],
        mut on_retry: impl FnMut(u32, Duration, &str),
    ) -> std::result::Result<Put, PutFailure> {
        let url = self.options.endpoint.graph_url(graph);
        let shown = self.options.endpoint.as_str();
        let total = self.options.retries + 1;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let outcome = self.put_once(&url, shown, body);
            let (kind, message, retry_after) = match outcome {
                Ok(()) => return Ok(Put { attempts: attempt }),
                Err(e) => e,
            };
            let retryable = matches!(kind, FailureKind::Unreachable | FailureKind::Server);
            if !retryable || attempt >= total {
                let message = if attempt > 1 {
                    format!("{message} (after {attempt} attempts)")
                } else {
                    message
                };
                return Err(PutFailure {
                    kind,
                    message,
                    attempts: attempt,
                });
            }
            let delay = backoff(self.options.backoff, attempt - 1, retry_after);
            on_retry(attempt, delay, &message);
            std::thread::sleep(delay);
        }
    }

    /// The `Authorization` value of the next request: fixed for Basic and Bearer, computed from
    /// the last challenge for Digest (none before the first challenge).
    fn authorization_for(&self, uri: &str) -> Option<HeaderValue> {
        let Auth::Digest { user, password } = &self.options.auth else {
            return self.authorization.clone();
        };
        let mut session = self.digest.lock().unwrap_or_else(|e| e.into_inner());
        let (challenge, nc) = session.as_mut()?;
        *nc += 1;
        let cnonce = format!("{:016x}", (random_unit() * (1u64 << 53) as f64) as u64);
        let value = challenge.authorization(user, password, "PUT", uri, *nc, &cnonce);
        let mut v = HeaderValue::from_str(&value).ok()?;
        v.set_sensitive(true);
        Some(v)
    }

    /// One request (two when a Digest challenge has to be answered first). Errors: (kind,
    /// one-line message, the server's Retry-After if any).
    fn put_once(
        &self,
        url: &str,
        shown: &str,
        body: &[u8],
    ) -> std::result::Result<(), (FailureKind, String, Option<Duration>)> {
        let bad_url = |e: String| {
            (
                FailureKind::Configuration,
                format!("PUT {shown}: not a valid request url ({e})"),
                None,
            )
        };
        let uri = Uri::try_from(url).map_err(|e| bad_url(e.to_string()))?;
        let target = uri
            .path_and_query()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_else(|| "/".to_owned());
        let (mut answered, mut sends) = (false, 0);
        let response = loop {
            sends += 1;
            let mut builder = Request::builder()
                .method(Method::PUT)
                .uri(uri.clone())
                .header(CONTENT_TYPE, self.options.format.media_type());
            if let Some(a) = self.authorization_for(&target) {
                builder = builder.header(AUTHORIZATION, a);
            }
            let request = builder
                .body(Body::from(body.to_vec()))
                .map_err(|e| bad_url(e.to_string()))?;
            let response = match self.client.request(request) {
                Ok(r) => r,
                Err(e) => return Err(classify_io_error(shown, &e)),
            };
            if response.status() == StatusCode::UNAUTHORIZED
                && matches!(self.options.auth, Auth::Digest { .. })
                && let Some(challenge) = response
                    .headers()
                    .get_all(WWW_AUTHENTICATE)
                    .iter()
                    .filter_map(|v| v.to_str().ok())
                    .find_map(digest::Challenge::parse)
                && sends < 3
                && (!answered || challenge.stale)
            {
                // Answer the (new or renewed) challenge; a refusal of the answer to a fresh
                // nonce means wrong credentials.
                answered = true;
                *self.digest.lock().unwrap_or_else(|e| e.into_inner()) = Some((challenge, 0));
                let mut sink = Vec::new();
                let _ = response.into_body().take(64 * 1024).read_to_end(&mut sink);
                continue;
            }
            break response;
        };
        let status = response.status();
        if status.is_success() {
            // Drain a small body so the server is not cut off mid-answer.
            let mut sink = Vec::new();
            let _ = response.into_body().take(64 * 1024).read_to_end(&mut sink);
            return Ok(());
        }
        let headers = response.headers().clone();
        let first_line = first_body_line(response.into_body());
        let mut message = format!("PUT {shown}: {}", status_text(status));
        if !first_line.is_empty() {
            message.push_str(": ");
            message.push_str(&first_line);
        }
        let retry_after = headers
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let kind = match status.as_u16() {
            300..=399 => {
                let to = headers
                    .get(LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("?");
                message.push_str(&format!(
                    "; the endpoint redirects to {to}: use that url as --endpoint"
                ));
                FailureKind::Configuration
            }
            401 => {
                let digest = headers
                    .get_all(WWW_AUTHENTICATE)
                    .iter()
                    .filter_map(|v| v.to_str().ok())
                    .any(|v| v.trim_start().to_ascii_lowercase().starts_with("digest"));
                if matches!(self.options.auth, Auth::Digest { .. } | Auth::Basic { .. })
                    && self.authorization.is_some() == digest
                {
                    // Basic sent where Digest is wanted, or the other way round.
                    message.push_str(if digest {
                        "; the store asks for http digest authentication: add --digest"
                    } else {
                        "; the store does not offer digest authentication: drop --digest"
                    });
                } else if digest && self.options.auth == Auth::None {
                    message.push_str("; the store asks for http digest authentication: pass --user and --digest (password in WARTA_PUSH_PASSWORD)");
                } else if self.options.auth == Auth::None {
                    message.push_str("; the store wants credentials: pass --user and --password (or WARTA_PUSH_PASSWORD), or --token (or WARTA_PUSH_TOKEN)");
                } else if matches!(self.options.auth, Auth::Basic { .. }) && !digest {
                    message.push_str("; check the credentials (a store that takes only http digest, like Virtuoso's /sparql-graph-crud-auth, also answers this: then add --digest)");
                } else {
                    message.push_str("; check the credentials");
                }
                FailureKind::Configuration
            }
            403 => {
                message.push_str("; the credentials are not allowed to write graphs there");
                FailureKind::Configuration
            }
            404 | 405 => {
                message.push_str("; is this the store's graph store protocol url? (Oxigraph: /store, Fuseki: /DATASET/data, GraphDB: /repositories/REPO/rdf-graphs/service)");
                FailureKind::Configuration
            }
            415 => {
                message.push_str(&format!(
                    "; the store does not take {}: try --format turtle or ntriples",
                    self.options.format.media_type()
                ));
                FailureKind::Configuration
            }
            408 | 429 | 500..=599 => FailureKind::Server,
            _ => FailureKind::Rejected,
        };
        Err((kind, message, retry_after))
    }
}

fn status_text(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(r) => format!("{} {r}", status.as_u16()),
        None => status.as_u16().to_string(),
    }
}

/// The first non-empty line of a response body, at most 200 characters.
fn first_body_line(body: Body) -> String {
    let mut buf = Vec::new();
    let _ = body.take(4096).read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf);
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let mut short: String = line.chars().take(200).collect();
    if short.len() < line.len() {
        short.push('…');
    }
    short
}

fn classify_io_error(shown: &str, e: &std::io::Error) -> (FailureKind, String, Option<Duration>) {
    use std::io::ErrorKind as K;
    let what = lowercase_first(&e.to_string());
    let (kind, message) = match e.kind() {
        K::InvalidInput => (FailureKind::Configuration, format!("PUT {shown}: {what}")),
        K::ConnectionRefused => (
            FailureKind::Unreachable,
            format!("PUT {shown}: cannot connect ({what}); is the store running at that address?"),
        ),
        // A connect time-out (TimedOut) means no store there; a read or write time-out
        // (WouldBlock on Unix sockets) means a slow store.
        K::TimedOut => (
            FailureKind::Unreachable,
            format!(
                "PUT {shown}: cannot connect within the time-out; is the store running at that address?"
            ),
        ),
        K::WouldBlock => (
            FailureKind::Server,
            format!(
                "PUT {shown}: no answer within the time-out; raise --timeout for large graphs or slow stores"
            ),
        ),
        K::ConnectionAborted | K::ConnectionReset | K::UnexpectedEof => (
            FailureKind::Unreachable,
            format!("PUT {shown}: the store closed the connection before answering ({what})"),
        ),
        _ if what.contains("certificate") => (
            FailureKind::Configuration,
            format!(
                "PUT {shown}: {what}; warta trusts the Mozilla root certificates (webpki-roots), not self-signed ones nor the system's store"
            ),
        ),
        _ if what.contains("lookup address") => (
            FailureKind::Unreachable,
            format!("PUT {shown}: cannot resolve the host name ({what})"),
        ),
        _ => (FailureKind::Unreachable, format!("PUT {shown}: {what}")),
    };
    (kind, message, None)
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) if !c.as_str().starts_with(|n: char| n.is_uppercase()) => {
            f.to_lowercase().chain(c).collect()
        }
        _ => s.to_owned(),
    }
}

/// The pause before retry number `n` (0-based): `first · 2ⁿ`, scaled by a random factor in
/// [0.5, 1] ("equal jitter", so many clients do not retry in step), at least what the server
/// asked for in `Retry-After`, at most a minute.
pub fn backoff(first: Duration, n: u32, retry_after: Option<Duration>) -> Duration {
    let exp = first.saturating_mul(1u32 << n.min(16)).min(MAX_DELAY);
    let jitter = 0.5 + 0.5 * random_unit();
    let d = exp.mul_f64(jitter);
    d.max(retry_after.unwrap_or(Duration::ZERO)).min(MAX_DELAY)
}

/// A random number in [0, 1) from the standard library's randomly keyed hasher (no extra crate
/// for a jitter).
fn random_unit() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    (h.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// One graph as recorded in the state file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Pushed {
    /// The article's `warta:contentHash` (or `sha256:` of the payload for a graph without one).
    pub hash: String,
    pub triples: usize,
    /// When, in UTC (RFC 3339).
    pub at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
struct StateData {
    version: u32,
    /// endpoint URL → graph IRI → what was pushed there.
    endpoints: BTreeMap<String, BTreeMap<String, Pushed>>,
}

/// The record of what was pushed where: a small JSON file, rewritten atomically (temporary
/// file + rename) after each successful PUT.
#[derive(Debug)]
pub struct StateFile {
    path: PathBuf,
    data: StateData,
}

impl StateFile {
    /// The default place: inside the store's folder.
    pub fn default_path(store: &Path) -> PathBuf {
        store.join(DEFAULT_STATE_FILE)
    }

    /// Reads the state file; a missing file is an empty record.
    pub fn load(path: &Path) -> Result<Self> {
        let data = match std::fs::read_to_string(path) {
            Ok(text) => serde_json::from_str::<StateData>(&text).map_err(|e| Error::Json {
                path: path.to_owned(),
                line: e.line(),
                message: format!(
                    "not a warta push state file ({e}); delete it to push everything again"
                ),
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => StateData {
                version: 1,
                ..StateData::default()
            },
            Err(e) => return Err(Error::io(path, e)),
        };
        if data.version > 1 {
            return Err(Error::Push(format!(
                "{}: written by a newer warta (state version {}); upgrade warta or use another --state",
                path.display(),
                data.version
            )));
        }
        Ok(StateFile {
            path: path.to_owned(),
            data,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What was last pushed of this graph to this endpoint.
    pub fn get(&self, endpoint: &str, graph: &str) -> Option<&Pushed> {
        self.data.endpoints.get(endpoint)?.get(graph)
    }

    /// Records a successful push and rewrites the file atomically.
    pub fn record(&mut self, endpoint: &str, graph: &str, pushed: Pushed) -> Result<()> {
        self.data
            .endpoints
            .entry(endpoint.to_owned())
            .or_default()
            .insert(graph.to_owned(), pushed);
        self.save()
    }

    /// Writes a temporary file beside the state file, syncs it and renames it over the old one:
    /// a push killed at any moment leaves either the old or the new state, never half a file.
    pub fn save(&self) -> Result<()> {
        let dir = self
            .path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| DEFAULT_STATE_FILE.to_owned());
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let mut data = self.data.clone();
        data.version = 1;
        let json = serde_json::to_vec_pretty(&data).map_err(|e| Error::Push(e.to_string()))?;
        let write = || -> std::io::Result<()> {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(&json)?;
            f.write_all(b"\n")?;
            f.sync_all()?;
            std::fs::rename(&tmp, &self.path)
        };
        write().map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Error::io(&self.path, e)
        })
    }
}

/// Serialises one graph of the store for a PUT: its sorted quads as triples.
/// Returns the bytes and the number of triples.
pub fn graph_payload(
    store: &GraphStore,
    graph: &str,
    format: PushFormat,
    base: &str,
) -> Result<(Vec<u8>, usize)> {
    let quads = store.sorted_quads(Some(graph))?;
    let bytes = crate::rdf::write_quads(&quads, format.rdf_format(), base, Vec::new())?;
    Ok((bytes, quads.len()))
}

/// Pushes graphs of the store, in the order given, skipping those the state file records as
/// pushed with the same content hash to the same endpoint (unless `force`). Calls `on_event`
/// for each graph as it goes. Store and state-file errors end the push with an error; a graph
/// that fails is counted and reported, and the push goes on unless the failure shows the rest
/// cannot succeed (unreachable endpoint, wrong url, refused credentials).
pub fn push_graphs(
    store: &GraphStore,
    graphs: &[String],
    pusher: &Pusher,
    state: &mut StateFile,
    mut on_event: impl FnMut(Event<'_>),
) -> Result<PushReport> {
    let started = Instant::now();
    let options = pusher.options();
    let endpoint = options.endpoint.as_str();
    let mut report = PushReport::default();
    for (i, graph) in graphs.iter().enumerate() {
        let recorded_hash = store.stored_hash(graph)?;
        if !options.force
            && let (Some(hash), Some(prev)) = (&recorded_hash, state.get(endpoint, graph))
            && prev.hash == *hash
        {
            report.skipped += 1;
            on_event(Event::Skipped { graph });
            continue;
        }
        let (body, triples) = graph_payload(store, graph, options.format, &options.base)?;
        let hash =
            recorded_hash.unwrap_or_else(|| format!("sha256:{}", hex(&Sha256::digest(&body))));
        if !options.force
            && let Some(prev) = state.get(endpoint, graph)
            && prev.hash == hash
        {
            report.skipped += 1;
            on_event(Event::Skipped { graph });
            continue;
        }
        if options.dry_run {
            on_event(Event::WouldPush { graph, triples });
            report.pushed += 1;
            report.triples += triples;
            report.bytes += body.len();
            continue;
        }
        let outcome = pusher.put(graph, &body, |attempt, delay, reason| {
            on_event(Event::Retrying {
                graph,
                attempt,
                of: options.retries + 1,
                delay,
                reason,
            })
        });
        match outcome {
            Ok(put) => {
                state.record(
                    endpoint,
                    graph,
                    Pushed {
                        hash,
                        triples,
                        at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                    },
                )?;
                report.pushed += 1;
                report.triples += triples;
                report.bytes += body.len();
                on_event(Event::Pushed {
                    graph,
                    triples,
                    bytes: body.len(),
                    attempts: put.attempts,
                });
            }
            Err(failure) => {
                report.failed += 1;
                on_event(Event::Failed {
                    graph,
                    failure: &failure,
                });
                if failure.kind.stops_the_run() {
                    report.not_attempted = graphs.len() - i - 1;
                    break;
                }
            }
        }
    }
    report.elapsed = started.elapsed();
    Ok(report)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
            ("Aladdin:open sesame", "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded, "{plain:?}");
        }
        assert_eq!(base64(&[0xff, 0xfe, 0xfd]), "//79");
    }

    #[test]
    fn graph_urls_percent_encode_the_iri() {
        let e = Endpoint::parse("http://127.0.0.1:7878/store").unwrap();
        assert_eq!(
            e.graph_url("https://w3id.org/warta/article/a%20b?x=1&y#z"),
            "http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fwarta%2Farticle%2Fa%2520b%3Fx%3D1%26y%23z"
        );
        let q =
            Endpoint::parse("https://db.example/repositories/news/rdf-graphs/service?x=1").unwrap();
        assert_eq!(
            q.graph_url("urn:a"),
            "https://db.example/repositories/news/rdf-graphs/service?x=1&graph=urn%3Aa"
        );
        assert_eq!(
            Endpoint::parse(" http://h/store? ")
                .unwrap()
                .graph_url("urn:a"),
            "http://h/store?graph=urn%3Aa"
        );
    }

    #[test]
    fn bad_endpoints_say_what_to_do() {
        for (url, says) in [
            ("localhost:7878/store", "http:// or https://"),
            ("ftp://h/store", "http:// or https://"),
            ("http://u:p@h/store", "--user"),
            ("http://h/store#x", "fragment"),
            ("http://h/store?graph=urn:a", "already names a graph"),
            ("http://h/store?default", "already names a graph"),
            ("http:///store", "http"),
        ] {
            let e = Endpoint::parse(url).unwrap_err().to_string();
            assert!(e.contains(says), "{url}: {e}");
            assert!(e.starts_with(url.trim()), "names the url: {e}");
        }
    }

    #[test]
    fn cleartext_is_only_flagged_off_the_loopback() {
        for (url, flagged) in [
            ("http://localhost:7878/store", false),
            ("http://127.0.0.1:7878/store", false),
            ("http://[::1]:7878/store", false),
            ("https://db.example/store", false),
            ("http://db.example/store", true),
        ] {
            assert_eq!(
                Endpoint::parse(url).unwrap().is_cleartext_remote(),
                flagged,
                "{url}"
            );
        }
    }

    #[test]
    fn auth_headers_and_secrets_stay_out_of_debug_output() {
        let basic = Auth::Basic {
            user: "Aladdin".into(),
            password: "open sesame".into(),
        };
        assert_eq!(
            basic.header().unwrap().unwrap(),
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
        assert!(!format!("{basic:?}").contains("sesame"));
        let bearer = Auth::Bearer("t0k3n".into());
        assert_eq!(bearer.header().unwrap().unwrap(), "Bearer t0k3n");
        assert!(!format!("{bearer:?}").contains("t0k3n"));
        assert!(Auth::None.header().unwrap().is_none());
        assert!(Auth::Bearer("a\nb".into()).header().is_err());
        assert!(
            Auth::Basic {
                user: "a:b".into(),
                password: String::new()
            }
            .header()
            .is_err()
        );
    }

    #[test]
    fn formats_are_triple_formats() {
        assert_eq!(
            PushFormat::parse("ntriples").unwrap().media_type(),
            "application/n-triples"
        );
        assert_eq!(
            PushFormat::parse("TTL").unwrap().media_type(),
            "text/turtle"
        );
        let e = PushFormat::parse("nquads").unwrap_err().to_string();
        assert!(e.contains("one graph"), "{e}");
        assert!(PushFormat::parse("xml").is_err());
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let first = Duration::from_millis(400);
        for n in 0..5 {
            let full = first * (1 << n);
            for _ in 0..50 {
                let d = backoff(first, n, None);
                assert!(d >= full / 2 && d <= full, "retry {n}: {d:?}");
            }
        }
        assert!(backoff(first, 40, None) <= MAX_DELAY);
        assert_eq!(
            backoff(first, 0, Some(Duration::from_secs(7))),
            Duration::from_secs(7)
        );
        assert_eq!(
            backoff(first, 0, Some(Duration::from_secs(7200))),
            MAX_DELAY
        );
    }

    #[test]
    fn state_file_round_trips_and_is_replaced_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let mut s = StateFile::load(&path).unwrap();
        assert!(s.get("http://h/store", "urn:g").is_none());
        let p = Pushed {
            hash: "abc".into(),
            triples: 3,
            at: "2025-01-01T00:00:00Z".into(),
        };
        s.record("http://h/store", "urn:g", p.clone()).unwrap();
        let again = StateFile::load(&path).unwrap();
        assert_eq!(again.get("http://h/store", "urn:g"), Some(&p));
        assert!(again.get("http://other/store", "urn:g").is_none());
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("state.json")]);
        std::fs::write(&path, "{not json").unwrap();
        let e = StateFile::load(&path).unwrap_err().to_string();
        assert!(e.contains("state.json") && e.contains("delete it"), "{e}");
    }
}
