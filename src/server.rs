//! `warta serve`: the store over HTTP, on [`oxhttp`] (the HTTP stack of Oxigraph's own server).
//!
//! | path | what |
//! |---|---|
//! | `/sparql` (alias `/query`) | SPARQL 1.1 Protocol queries: `GET ?query=`, `POST` as `application/sparql-query` or a form |
//! | `/update` | SPARQL 1.1 Update: `POST` as `application/sparql-update` or a form (update token) |
//! | `/store` | Graph Store Protocol: `GET`/`HEAD ?graph=IRI` or `?default`; `PUT`/`POST`/`DELETE` with the update token |
//! | `/queries` | the query catalogue as JSON; `/queries/NAME?param=value` runs one |
//!
//! Responses are built in memory and sent when complete, so a query that runs out of time or
//! over the result limit gets an error status (503, 422), never a truncated `200`. The result
//! limit bounds that memory: a response holds at most `max_results` solutions or triples.
//!
//! Writes are refused (403) unless an update token is configured; with one, they need
//! `Authorization: Bearer TOKEN` (401 without credentials, 403 with a wrong token) and run one
//! at a time.

use crate::error::{Error, Result};
use crate::query::{
    ExecuteOptions, PreparedQuery, QueryForm, ResultFormat, catalogue, find, parse_param_value,
};
use crate::rdf::RdfOutput;
use crate::store::{GraphStore, store_error};
use oxhttp::model::header::{
    ACCEPT, ALLOW, AUTHORIZATION, CONTENT_TYPE, HOST, HeaderName, RETRY_AFTER, WWW_AUTHENTICATE,
};
use oxhttp::model::{Body, HeaderValue, Method, Request, Response, StatusCode};
use oxhttp::{ListeningServer, Server};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, Quad};
use oxigraph::sparql::results::QueryResultsFormat;
use oxigraph::sparql::{CancellationToken, SparqlEvaluator, UpdateEvaluationError};
use oxigraph::store::Store;
use percent_encoding::percent_decode_str;
use std::io::Read;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{RecvTimeoutError, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Where `warta serve` listens unless told otherwise: loopback only.
pub const DEFAULT_BIND: &str = "127.0.0.1:7878";

/// The largest query or update text accepted in a request body.
pub const MAX_QUERY_BYTES: usize = 16 * 1024 * 1024;

/// Connections served at once (one thread each); more wait for a free slot.
const MAX_CONNECTIONS: usize = 64;

/// How long a connection may stay silent (reading a request, writing a response).
const SOCKET_TIMEOUT: Duration = Duration::from_secs(60);

/// Query evaluations running at once, cancelled ones still finishing included; more get a 503.
const MAX_RUNNING_QUERIES: usize = 16;

/// The response header that carries the result limit when a response exceeds it.
pub const MAX_RESULTS_HEADER: &str = "warta-max-results";

/// Receives one line per request.
pub type RequestLog = Box<dyn Fn(&str) + Send + Sync>;

/// How the server behaves.
pub struct ServeOptions {
    /// Enables writes for requests that present it as `Authorization: Bearer TOKEN`.
    pub update_token: Option<String>,
    /// Cancels a query or update that runs longer.
    pub timeout: Option<Duration>,
    /// Refuses (422) a response with more solutions, triples or quads than this.
    pub max_results: Option<usize>,
    /// Queries that name no dataset see the union of all graphs as their default graph.
    pub union_default_graph: bool,
    /// The base of data IRIs, for the prefixes of Turtle-like output.
    pub base: String,
    /// Receives one line per request (method, path, status, duration).
    pub log: Option<RequestLog>,
}

/// Starts serving `store` on `addresses`; the returned handle's `join` waits forever.
pub fn serve(
    store: GraphStore,
    addresses: &[SocketAddr],
    options: ServeOptions,
) -> Result<ListeningServer> {
    let endpoint = Arc::new(Endpoint {
        store: store.store,
        path: store.path,
        options,
        write_lock: Mutex::new(()),
        running: Arc::new(AtomicUsize::new(0)),
    });
    let mut server = Server::new(move |request| endpoint.handle(request))
        .with_global_timeout(SOCKET_TIMEOUT)
        .with_max_concurrent_connections(MAX_CONNECTIONS);
    server = server
        .with_server_name(concat!("warta/", env!("CARGO_PKG_VERSION")))
        .map_err(|e| Error::Query(format!("bad server name: {e}")))?;
    for a in addresses {
        server = server.bind(*a);
    }
    server.spawn().map_err(|source| Error::Listen {
        address: addresses
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        source,
    })
}

/// The service behind every request.
struct Endpoint {
    store: Store,
    path: PathBuf,
    options: ServeOptions,
    /// Writes run one at a time (Oxigraph transactions do not detect write conflicts).
    write_lock: Mutex<()>,
    /// Query evaluations running now.
    running: Arc<AtomicUsize>,
}

/// An error answer: a status and a one-line plain-text message.
#[derive(Debug)]
struct HttpError {
    status: StatusCode,
    message: String,
    headers: Vec<(HeaderName, HeaderValue)>,
}

impl HttpError {
    fn new(status: StatusCode, message: impl Into<String>) -> Self {
        HttpError {
            status,
            message: message.into(),
            headers: Vec::new(),
        }
    }

    fn with_header(mut self, name: HeaderName, value: &str) -> Self {
        if let Ok(v) = HeaderValue::from_str(value) {
            self.headers.push((name, v));
        }
        self
    }

    fn into_response(self) -> Response<Body> {
        let mut r = text_response(
            self.status,
            "text/plain; charset=utf-8",
            self.message + "\n",
        );
        for (n, v) in self.headers {
            r.headers_mut().insert(n, v);
        }
        r
    }
}

type HttpResult = std::result::Result<Response<Body>, HttpError>;

fn bad_request(message: impl Into<String>) -> HttpError {
    HttpError::new(StatusCode::BAD_REQUEST, message)
}

fn method_not_allowed(method: &Method, path: &str, allow: &str) -> HttpError {
    HttpError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{path} does not take {method}; it takes {allow}"),
    )
    .with_header(ALLOW, allow)
}

fn text_response(status: StatusCode, content_type: &str, body: impl Into<Body>) -> Response<Body> {
    let mut r = Response::new(body.into());
    *r.status_mut() = status;
    if let Ok(v) = HeaderValue::from_str(content_type) {
        r.headers_mut().insert(CONTENT_TYPE, v);
    }
    r
}

fn no_content(status: StatusCode) -> Response<Body> {
    let mut r = Response::new(Body::empty());
    *r.status_mut() = status;
    r
}

impl Endpoint {
    /// Answers one request; never panics (a panic becomes a 500).
    fn handle(&self, request: &mut Request<Body>) -> Response<Body> {
        let started = Instant::now();
        let method = request.method().clone();
        let path = request.uri().path().to_owned();
        let outcome =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.route(request)));
        let mut response = match outcome {
            Ok(Ok(r)) => r,
            Ok(Err(e)) => e.into_response(),
            Err(panic) => internal_error(panic.as_ref()).into_response(),
        };
        if method == Method::HEAD {
            *response.body_mut() = Body::empty();
        }
        if let Some(log) = &self.options.log {
            log(&format!(
                "{method} {path} {} ({} ms)",
                response.status().as_u16(),
                started.elapsed().as_millis()
            ));
        }
        response
    }

    fn route(&self, request: &mut Request<Body>) -> HttpResult {
        let path = request.uri().path().to_owned();
        let method = request.method().clone();
        let read = method == Method::GET || method == Method::HEAD;
        match path.as_str() {
            "/" if read => Ok(self.index()),
            "/" => Err(method_not_allowed(&method, &path, "GET, HEAD")),
            "/sparql" | "/query" if read || method == Method::POST => self.sparql_query(request),
            "/sparql" | "/query" => Err(method_not_allowed(&method, &path, "GET, HEAD, POST")),
            "/update" if method == Method::POST => self.sparql_update(request),
            "/update" => Err(method_not_allowed(&method, &path, "POST")),
            "/store" => self.graph_store(request),
            "/queries" | "/queries/" if read => self.list_queries(),
            "/queries" | "/queries/" => Err(method_not_allowed(&method, &path, "GET, HEAD")),
            p if p.starts_with("/queries/") && read => {
                let name = percent_decode_str(&p["/queries/".len()..])
                    .decode_utf8_lossy()
                    .into_owned();
                self.catalogue_query(request, &name)
            }
            p if p.starts_with("/queries/") => Err(method_not_allowed(&method, p, "GET, HEAD")),
            p => Err(HttpError::new(
                StatusCode::NOT_FOUND,
                format!("no endpoint at {p}; GET / lists them"),
            )),
        }
    }

    fn index(&self) -> Response<Body> {
        let mode = if self.options.update_token.is_some() {
            "read-write: writes need Authorization: Bearer TOKEN"
        } else {
            "read-only"
        };
        let text = format!(
            "warta SPARQL endpoint over the store {} ({mode})\n\n\
             GET  /sparql?query=SPARQL        SPARQL 1.1 query (also POST; alias /query)\n\
             POST /update                     SPARQL 1.1 update\n\
             GET  /store?graph=IRI            one graph (?default: the default graph; no parameter: every graph)\n\
             PUT|POST|DELETE /store?graph=IRI replace, add to, delete a graph\n\
             GET  /queries                    the query catalogue (JSON)\n\
             GET  /queries/NAME?PARAM=VALUE   run a catalogue query\n\n\
             Results by content negotiation (Accept): application/sparql-results+json (default),\n\
             application/sparql-results+xml, text/csv, text/tab-separated-values; graphs as\n\
             text/turtle (default), application/n-triples, application/ld+json, application/rdf+xml.\n",
            self.path.display()
        );
        text_response(StatusCode::OK, "text/plain; charset=utf-8", text)
    }

    // ---- SPARQL queries -------------------------------------------------------------------

    fn sparql_query(&self, request: &mut Request<Body>) -> HttpResult {
        let url = form_pairs(request.uri().query().unwrap_or(""))?;
        let (text, dataset) = if request.method() == Method::POST {
            match content_type(request).as_deref() {
                Some("application/sparql-query") => {
                    if url.iter().any(|(k, _)| k == "query") {
                        return Err(bad_request(
                            "a query in both the URL and the body; send it once",
                        ));
                    }
                    (read_text(request)?, url)
                }
                Some("application/x-www-form-urlencoded") => {
                    let form = form_pairs(&read_text(request)?)?;
                    let text = single(&form, "query")?.ok_or_else(|| {
                        bad_request("the form has no query field; send query=SPARQL")
                    })?;
                    (text, form)
                }
                other => return Err(unsupported_body(other, "application/sparql-query")),
            }
        } else {
            match single(&url, "query")? {
                Some(text) => (text, url),
                None if url.is_empty() => return Ok(self.service_description(request)),
                None => return Err(bad_request("missing the query parameter: ?query=SPARQL")),
            }
        };
        let mut options = self.execute_options();
        let default = graph_uris(&dataset, "default-graph-uri")?;
        let named = graph_uris(&dataset, "named-graph-uri")?;
        if !default.is_empty() || !named.is_empty() {
            options.default_graphs = Some(default);
            options.named_graphs = (!named.is_empty()).then_some(named);
        }
        let prepared = PreparedQuery::parse("query", &text, &[]).map_err(|e| self.error(e))?;
        self.answer(request, prepared, options)
    }

    fn execute_options(&self) -> ExecuteOptions {
        ExecuteOptions {
            union_default_graph: self.options.union_default_graph,
            ..ExecuteOptions::default()
        }
    }

    /// Evaluates a query and writes its results in the format the client accepts.
    fn answer(
        &self,
        request: &Request<Body>,
        prepared: PreparedQuery,
        mut options: ExecuteOptions,
    ) -> HttpResult {
        let form = prepared.form();
        let prepared_origin = prepared.origin().to_owned();
        let accept = header_str(request, ACCEPT);
        let (results_format, graph_format) = if form.returns_graph() {
            let f = negotiate(accept.as_deref(), GRAPH_FORMATS)
                .ok_or_else(|| not_acceptable(accept.as_deref(), form_name(form), GRAPH_FORMATS))?;
            (ResultFormat::Json, f)
        } else {
            let f = negotiate(accept.as_deref(), RESULTS_FORMATS).ok_or_else(|| {
                not_acceptable(accept.as_deref(), form_name(form), RESULTS_FORMATS)
            })?;
            (ResultFormat::from_results_format(f), RdfFormat::Turtle)
        };
        // The evaluation runs on a thread of its own and the answer waits for it at most the
        // time limit. Oxigraph checks the cancellation token only when it reads the store, so
        // a query busy in memory (a cross product, a sort) may run on for a while after it is
        // cancelled: the client gets its 503 on time all the same.
        let running = Running::start(&self.running);
        if running.0.load(Ordering::SeqCst) > MAX_RUNNING_QUERIES {
            return Err(HttpError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                format!("{MAX_RUNNING_QUERIES} queries are running (some of them may be cancelled ones finishing); try again in a moment"),
            )
            .with_header(RETRY_AFTER, "5"));
        }
        let token = CancellationToken::new();
        options.cancellation = Some(token.clone());
        let store = self.store.clone();
        let base = self.options.base.clone();
        let max_results = self.options.max_results;
        let (sender, receiver) = channel();
        let spawned = std::thread::Builder::new()
            .name("warta query".to_owned())
            .spawn(move || {
                let _running = running;
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let mut body = Vec::new();
                    prepared
                        .execute(&store, &options)
                        .and_then(|e| {
                            e.write(results_format, graph_format, &base, &mut body, max_results)
                        })
                        .map(|_| body)
                }));
                let _ = sender.send(outcome);
            });
        if let Err(e) = spawned {
            return Err(HttpError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                format!("cannot start a thread for the query: {e}"),
            ));
        }
        let outcome = match self.options.timeout {
            Some(t) => receiver.recv_timeout(t),
            None => receiver.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        let body = match outcome {
            Ok(Ok(Ok(body))) => body,
            Ok(Ok(Err(e))) => return Err(self.error(e)),
            Ok(Err(panic)) => return Err(internal_error(panic.as_ref())),
            Err(RecvTimeoutError::Timeout) => {
                token.cancel();
                return Err(self.timed_out(prepared_origin.as_str()));
            }
            Err(RecvTimeoutError::Disconnected) => {
                return Err(HttpError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the query's thread ended without an answer",
                ));
            }
        };
        let content_type = if form.returns_graph() {
            rdf_content_type(graph_format)
        } else {
            results_content_type(results_format.results_format())
        };
        Ok(text_response(StatusCode::OK, content_type, body))
    }

    /// Maps a library error to a status: the client's mistakes are 4xx, the rest 500.
    fn error(&self, e: Error) -> HttpError {
        match e {
            Error::Query(m) => bad_request(m),
            Error::Cancelled { origin } => self.timed_out(&origin),
            Error::TooManyResults { origin, limit } => HttpError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!(
                    "{origin}: more than {limit} results (the server's --max-results); add a LIMIT (and OFFSET to page through them)"
                ),
            )
            .with_header(
                HeaderName::from_static(MAX_RESULTS_HEADER),
                &limit.to_string(),
            ),
            e => HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
        }
    }

    fn timed_out(&self, what: &str) -> HttpError {
        let secs = self.options.timeout.map(|t| t.as_secs()).unwrap_or(0);
        HttpError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "{what}: stopped after {secs} s (the server's --timeout-secs); narrow it or add a LIMIT"
            ),
        )
    }

    /// A SPARQL 1.1 Service Description, for `GET /sparql` without a query.
    fn service_description(&self, request: &Request<Body>) -> Response<Body> {
        let host = header_str(request, HOST)
            .filter(|h| {
                !h.is_empty()
                    && h.chars()
                        .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
            })
            .unwrap_or_else(|| "localhost".to_owned());
        let path = request.uri().path();
        let update = if self.options.update_token.is_some() {
            ", sd:SPARQL11Update"
        } else {
            ""
        };
        let text = format!(
            "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n\
             @prefix f: <http://www.w3.org/ns/formats/> .\n\n\
             [] a sd:Service ;\n  \
             sd:endpoint <http://{host}{path}> ;\n  \
             sd:supportedLanguage sd:SPARQL11Query{update} ;\n  \
             sd:feature sd:EmptyGraphs ;\n  \
             sd:resultFormat f:SPARQL_Results_JSON, f:SPARQL_Results_XML, f:SPARQL_Results_CSV, \
             f:SPARQL_Results_TSV, f:Turtle, f:N-Triples, f:JSON-LD, f:RDF_XML, f:N-Quads, f:TriG .\n"
        );
        text_response(StatusCode::OK, "text/turtle", text)
    }

    // ---- the catalogue --------------------------------------------------------------------

    fn list_queries(&self) -> HttpResult {
        let list: Vec<serde_json::Value> = catalogue()
            .into_iter()
            .map(|q| {
                serde_json::json!({
                    "name": q.name,
                    "title": q.title,
                    "description": q.description,
                    "params": q.params.iter().map(|(n, d)| serde_json::json!({
                        "name": n,
                        "description": d,
                        "required": d.contains("(required)"),
                    })).collect::<Vec<_>>(),
                    "path": format!("/queries/{}", q.name),
                    "sparql": q.text,
                })
            })
            .collect();
        let body = serde_json::to_vec_pretty(&list)
            .map_err(|e| HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, format!("json: {e}")))?;
        Ok(text_response(StatusCode::OK, "application/json", body))
    }

    fn catalogue_query(&self, request: &Request<Body>, name: &str) -> HttpResult {
        let q = find(name).ok_or_else(|| {
            HttpError::new(
                StatusCode::NOT_FOUND,
                format!("no query named {name:?} in the catalogue; GET /queries lists them"),
            )
        })?;
        let known = || {
            if q.params.is_empty() {
                "none".to_owned()
            } else {
                q.params
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        let mut params = Vec::new();
        for (k, v) in form_pairs(request.uri().query().unwrap_or(""))? {
            let k = k.trim_start_matches('?').to_owned();
            if !q.params.iter().any(|(n, _)| *n == k) {
                return Err(bad_request(format!(
                    "query {name} has no parameter {k:?} (its parameters: {})",
                    known()
                )));
            }
            if params.iter().any(|(n, _)| *n == k) {
                return Err(bad_request(format!("parameter {k} given twice")));
            }
            let term =
                parse_param_value(&v).map_err(|e| bad_request(format!("parameter {k}: {e}")))?;
            params.push((k, term));
        }
        for (n, d) in &q.params {
            if d.contains("(required)") && !params.iter().any(|(k, _)| k == n) {
                return Err(bad_request(format!(
                    "query {name} needs the parameter {n}: {d}; e.g. /queries/{name}?{n}=…"
                )));
            }
        }
        let prepared = PreparedQuery::parse(&format!("query {name}"), &q.text, &params)
            .map_err(|e| self.error(e))?;
        self.answer(request, prepared, self.execute_options())
    }

    // ---- writes ---------------------------------------------------------------------------

    /// Lets a write through only with the configured token.
    fn authorize(&self, request: &Request<Body>) -> std::result::Result<(), HttpError> {
        let Some(token) = &self.options.update_token else {
            return Err(HttpError::new(
                StatusCode::FORBIDDEN,
                "this server is read-only; restart it with --update-token (or WARTA_UPDATE_TOKEN) to allow writes",
            ));
        };
        let challenge = "Bearer realm=\"warta\"";
        let Some(value) = header_str(request, AUTHORIZATION) else {
            return Err(HttpError::new(
                StatusCode::UNAUTHORIZED,
                "writes need the update token: send Authorization: Bearer TOKEN",
            )
            .with_header(WWW_AUTHENTICATE, challenge));
        };
        let given = value
            .split_once(' ')
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, t)| t.trim());
        match given {
            None => Err(HttpError::new(
                StatusCode::UNAUTHORIZED,
                "writes need a bearer token: send Authorization: Bearer TOKEN",
            )
            .with_header(WWW_AUTHENTICATE, challenge)),
            Some(t) if same_secret(t, token) => Ok(()),
            Some(_) => Err(HttpError::new(StatusCode::FORBIDDEN, "wrong update token")),
        }
    }

    fn sparql_update(&self, request: &mut Request<Body>) -> HttpResult {
        self.authorize(request)?;
        let text = match content_type(request).as_deref() {
            Some("application/sparql-update") => read_text(request)?,
            Some("application/x-www-form-urlencoded") => {
                let form = form_pairs(&read_text(request)?)?;
                single(&form, "update")?.ok_or_else(|| {
                    bad_request("the form has no update field; send update=SPARQL")
                })?
            }
            other => return Err(unsupported_body(other, "application/sparql-update")),
        };
        let token = CancellationToken::new();
        let prepared = SparqlEvaluator::new()
            .with_cancellation_token(token.clone())
            .parse_update(&text)
            .map_err(|e| bad_request(format!("update: bad sparql: {e}")))?;
        let _guard = self.write_lock.lock().unwrap_or_else(|p| p.into_inner());
        let _timer = self.options.timeout.map(|t| Timer::start(token.clone(), t));
        match prepared.on_store(&self.store).execute() {
            Ok(()) => Ok(no_content(StatusCode::NO_CONTENT)),
            Err(_) if token.is_cancelled() => Err(self.timed_out("update")),
            Err(UpdateEvaluationError::Storage(e)) => Err(HttpError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("update: {e}"),
            )),
            Err(e) => Err(bad_request(format!("update: {e}"))),
        }
    }

    // ---- the Graph Store Protocol ---------------------------------------------------------

    fn graph_store(&self, request: &mut Request<Body>) -> HttpResult {
        let params = form_pairs(request.uri().query().unwrap_or(""))?;
        let target = graph_target(&params)?;
        let method = request.method().clone();
        if method == Method::GET || method == Method::HEAD {
            return self.read_graph(request, target.as_ref());
        }
        if ![Method::PUT, Method::POST, Method::DELETE].contains(&method) {
            return Err(method_not_allowed(
                &method,
                "/store",
                "GET, HEAD, PUT, POST, DELETE",
            ));
        }
        self.authorize(request)?;
        if method == Method::DELETE {
            let Some(target) = target else {
                return Err(bad_request(
                    "DELETE needs ?graph=IRI or ?default (deleting every graph is not offered)",
                ));
            };
            return self.delete_graph(&target);
        }
        if method == Method::PUT && target.is_none() {
            return Err(bad_request(
                "PUT needs ?graph=IRI or ?default (replacing the whole store is not offered; POST adds a dataset)",
            ));
        }
        let quads = self.read_rdf(request, target.as_ref())?;
        let _guard = self.write_lock.lock().unwrap_or_else(|p| p.into_inner());
        let existed = match &target {
            Some(GraphName::NamedNode(g)) => self.exists(g)?,
            _ => true,
        };
        let mut t = self
            .store
            .start_transaction()
            .map_err(|e| self.storage(e))?;
        if let Some(target) = &target {
            if method == Method::PUT {
                t.clear_graph(target.as_ref())
                    .map_err(|e| self.storage(e))?;
            }
            if let GraphName::NamedNode(g) = target {
                t.insert_named_graph(g);
            }
        }
        for q in &quads {
            t.insert(q);
        }
        t.commit().map_err(|e| self.storage(e))?;
        Ok(no_content(if existed {
            StatusCode::NO_CONTENT
        } else {
            StatusCode::CREATED
        }))
    }

    fn exists(&self, graph: &NamedNode) -> std::result::Result<bool, HttpError> {
        self.store
            .contains_named_graph(graph)
            .map_err(|e| self.storage(e))
    }

    fn storage(&self, e: oxigraph::store::StorageError) -> HttpError {
        HttpError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            store_error(&self.path, e).to_string(),
        )
    }

    fn read_graph(&self, request: &Request<Body>, target: Option<&GraphName>) -> HttpResult {
        let accept = header_str(request, ACCEPT);
        let offers = if target.is_some() {
            GRAPH_FORMATS
        } else {
            DATASET_FORMATS
        };
        let what = match target {
            Some(GraphName::NamedNode(g)) => format!("the graph <{}>", g.as_str()),
            Some(_) => "the default graph".to_owned(),
            None => "the whole store".to_owned(),
        };
        let format = negotiate(accept.as_deref(), offers)
            .ok_or_else(|| not_acceptable(accept.as_deref(), &what, offers))?;
        if let Some(GraphName::NamedNode(g)) = target
            && !self.exists(g)?
        {
            return Err(HttpError::new(
                StatusCode::NOT_FOUND,
                format!("no graph <{}> in the store", g.as_str()),
            ));
        }
        let mut quads: Vec<(String, Quad)> = Vec::new();
        let graph = target.map(GraphName::as_ref);
        for q in self.store.quads_for_pattern(None, None, None, graph) {
            let q = q.map_err(|e| self.storage(e))?;
            quads.push((q.to_string(), q));
            if let Some(limit) = self.options.max_results
                && quads.len() > limit
            {
                return Err(HttpError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    format!(
                        "{what} has more than {limit} statements (the server's --max-results); stop the server and use `warta export`, or raise the limit"
                    ),
                )
                .with_header(
                    HeaderName::from_static(MAX_RESULTS_HEADER),
                    &limit.to_string(),
                ));
            }
        }
        // Store order is not canonical: sort for repeatable output, as `warta export` does.
        quads.sort_by(|a, b| a.0.cmp(&b.0));
        let quads: Vec<Quad> = quads.into_iter().map(|(_, q)| q).collect();
        let mut out =
            RdfOutput::new(format, &self.options.base, Vec::new()).map_err(|e| self.error(e))?;
        out.write(&quads)
            .map_err(|e| HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
        let body = out
            .finish()
            .map_err(|e| HttpError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
        Ok(text_response(
            StatusCode::OK,
            rdf_content_type(format),
            body,
        ))
    }

    fn delete_graph(&self, target: &GraphName) -> HttpResult {
        let _guard = self.write_lock.lock().unwrap_or_else(|p| p.into_inner());
        match target {
            GraphName::NamedNode(g) => {
                if !self.exists(g)? {
                    return Err(HttpError::new(
                        StatusCode::NOT_FOUND,
                        format!("no graph <{}> in the store", g.as_str()),
                    ));
                }
                self.store
                    .remove_named_graph(g)
                    .map_err(|e| self.storage(e))?;
            }
            _ => self
                .store
                .clear_graph(GraphNameRef::DefaultGraph)
                .map_err(|e| self.storage(e))?,
        }
        Ok(no_content(StatusCode::NO_CONTENT))
    }

    /// Parses an uploaded body into quads: into the target graph when there is one (named
    /// graphs in the body are then an error), else keeping the body's graphs.
    fn read_rdf(
        &self,
        request: &mut Request<Body>,
        target: Option<&GraphName>,
    ) -> std::result::Result<Vec<Quad>, HttpError> {
        let ct = content_type(request);
        let format = ct
            .as_deref()
            .and_then(RdfFormat::from_media_type)
            .ok_or_else(|| unsupported_body(ct.as_deref(), "text/turtle"))?;
        let mut parser = RdfParser::from_format(format).rename_blank_nodes();
        if let Some(target) = target {
            parser = parser
                .with_default_graph(target.clone())
                .without_named_graphs();
            if let GraphName::NamedNode(g) = target {
                parser = parser
                    .with_base_iri(g.as_str())
                    .map_err(|e| bad_request(format!("bad graph iri: {e}")))?;
            }
        }
        parser
            .for_reader(request.body_mut())
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| {
                bad_request(format!(
                    "cannot read the body as {}: {e}",
                    format.media_type()
                ))
            })
    }
}

// ---- request helpers ------------------------------------------------------------------------

/// A header's value as text, when it is text.
fn header_str(request: &Request<Body>, name: HeaderName) -> Option<String> {
    request
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// The body's media type, lowercase, without parameters.
fn content_type(request: &Request<Body>) -> Option<String> {
    header_str(request, CONTENT_TYPE).map(|v| {
        v.split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase()
    })
}

fn unsupported_body(given: Option<&str>, expected: &str) -> HttpError {
    HttpError::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        match given {
            Some(g) => format!("cannot read a body of type {g}; send {expected}"),
            None => format!("the request has no Content-Type; send {expected}"),
        },
    )
}

/// Reads a query or update text from the body, up to [`MAX_QUERY_BYTES`].
fn read_text(request: &mut Request<Body>) -> std::result::Result<String, HttpError> {
    let mut buf = Vec::new();
    request
        .body_mut()
        .take(MAX_QUERY_BYTES as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| bad_request(format!("cannot read the request body: {e}")))?;
    if buf.len() > MAX_QUERY_BYTES {
        return Err(HttpError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "the request body is larger than {} MiB",
                MAX_QUERY_BYTES >> 20
            ),
        ));
    }
    String::from_utf8(buf).map_err(|_| bad_request("the request body is not valid utf-8"))
}

/// Decodes `application/x-www-form-urlencoded` text (a URL's query or a form body).
fn form_pairs(text: &str) -> std::result::Result<Vec<(String, String)>, HttpError> {
    let decode = |s: &str| {
        percent_decode_str(&s.replace('+', " "))
            .decode_utf8()
            .map(|c| c.into_owned())
            .map_err(|_| bad_request("a form or URL parameter is not valid utf-8"))
    };
    text.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            Ok((decode(k)?, decode(v)?))
        })
        .collect()
}

/// The value of a parameter that may appear at most once.
fn single(
    pairs: &[(String, String)],
    name: &str,
) -> std::result::Result<Option<String>, HttpError> {
    let mut values = pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v);
    let first = values.next().cloned();
    if values.next().is_some() {
        return Err(bad_request(format!("the parameter {name} is given twice")));
    }
    Ok(first)
}

fn graph_uris(
    pairs: &[(String, String)],
    name: &str,
) -> std::result::Result<Vec<NamedNode>, HttpError> {
    pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| {
            NamedNode::new(v.as_str()).map_err(|e| bad_request(format!("{name} {v:?}: {e}")))
        })
        .collect()
}

/// `?graph=IRI` → that graph, `?default` → the default graph, neither → the whole store.
fn graph_target(params: &[(String, String)]) -> std::result::Result<Option<GraphName>, HttpError> {
    let graph = single(params, "graph")?;
    let default = params.iter().any(|(k, _)| k == "default");
    match (graph, default) {
        (Some(_), true) => Err(bad_request("give ?graph=IRI or ?default, not both")),
        (Some(g), false) => NamedNode::new(g.as_str())
            .map(|n| Some(n.into()))
            .map_err(|e| bad_request(format!("graph {g:?} is not an absolute iri: {e}"))),
        (None, true) => Ok(Some(GraphName::DefaultGraph)),
        (None, false) => Ok(None),
    }
}

/// Compares a presented token with the secret without stopping at the first difference.
fn same_secret(given: &str, secret: &str) -> bool {
    given.len() == secret.len()
        && given
            .bytes()
            .zip(secret.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

// ---- content negotiation --------------------------------------------------------------------

/// Media types offered for solutions and booleans, the default first.
const RESULTS_FORMATS: &[(&str, QueryResultsFormat)] = &[
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("application/xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
    ("text/xml", QueryResultsFormat::Xml),
];

const JSON_LD: RdfFormat = RdfFormat::JsonLd {
    profile: JsonLdProfileSet::empty(),
};

/// Media types offered for graphs (CONSTRUCT, DESCRIBE, one graph of the store).
const GRAPH_FORMATS: &[(&str, RdfFormat)] = &[
    ("text/turtle", RdfFormat::Turtle),
    ("application/x-turtle", RdfFormat::Turtle),
    ("application/n-triples", RdfFormat::NTriples),
    ("text/plain", RdfFormat::NTriples),
    ("application/ld+json", JSON_LD),
    ("application/json", JSON_LD),
    ("application/rdf+xml", RdfFormat::RdfXml),
    ("application/xml", RdfFormat::RdfXml),
    ("text/xml", RdfFormat::RdfXml),
    ("application/n-quads", RdfFormat::NQuads),
    ("application/trig", RdfFormat::TriG),
];

/// Media types offered for the whole store (several graphs).
const DATASET_FORMATS: &[(&str, RdfFormat)] = &[
    ("application/n-quads", RdfFormat::NQuads),
    ("application/trig", RdfFormat::TriG),
    ("application/ld+json", JSON_LD),
    ("application/json", JSON_LD),
];

fn results_content_type(format: QueryResultsFormat) -> &'static str {
    match format {
        QueryResultsFormat::Csv => "text/csv; charset=utf-8",
        QueryResultsFormat::Tsv => "text/tab-separated-values; charset=utf-8",
        f => f.media_type(),
    }
}

fn rdf_content_type(format: RdfFormat) -> &'static str {
    format.media_type()
}

fn form_name(form: QueryForm) -> &'static str {
    match form {
        QueryForm::Select => "the results of a SELECT query",
        QueryForm::Ask => "the result of an ASK query",
        QueryForm::Construct => "the graph of a CONSTRUCT query",
        QueryForm::Describe => "the graph of a DESCRIBE query",
    }
}

fn not_acceptable<T>(accept: Option<&str>, what: &str, offers: &[(&str, T)]) -> HttpError {
    HttpError::new(
        StatusCode::NOT_ACCEPTABLE,
        format!(
            "cannot give {what} as {}; ask (Accept) for one of: {}",
            accept.unwrap_or("nothing"),
            offers
                .iter()
                .map(|(m, _)| *m)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    )
}

/// Picks the offer the client prefers (`Accept`, with q-values and wildcards); the first offer
/// when the client takes anything. `None` when nothing offered is acceptable.
fn negotiate<T: Copy>(accept: Option<&str>, offers: &[(&str, T)]) -> Option<T> {
    let accept = accept.map(str::trim).filter(|a| !a.is_empty());
    let Some(accept) = accept else {
        return offers.first().map(|(_, f)| *f);
    };
    // (type, subtype, q, specificity, position)
    let mut ranges: Vec<(String, String, f32, u8, usize)> = Vec::new();
    for (i, range) in accept.split(',').enumerate() {
        let mut parts = range.split(';');
        let media = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
        let Some((t, s)) = media.split_once('/') else {
            continue;
        };
        let mut q = 1.0f32;
        for p in parts {
            if let Some((k, v)) = p.split_once('=')
                && k.trim().eq_ignore_ascii_case("q")
            {
                q = v.trim().parse().unwrap_or(0.0);
            }
        }
        let specificity = match (t, s) {
            ("*", _) => 0,
            (_, "*") => 1,
            _ => 2,
        };
        ranges.push((t.trim().to_owned(), s.trim().to_owned(), q, specificity, i));
    }
    let excluded: Vec<String> = ranges
        .iter()
        .filter(|(_, _, q, sp, _)| *sp == 2 && *q <= 0.0)
        .map(|(t, s, _, _, _)| format!("{t}/{s}"))
        .collect();
    ranges.retain(|r| r.2 > 0.0);
    ranges.sort_by(|a, b| {
        b.2.partial_cmp(&a.2)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(b.3.cmp(&a.3))
            .then(a.4.cmp(&b.4))
    });
    for (t, s, _, _, _) in &ranges {
        let found = offers.iter().find(|(media, _)| {
            let (ot, os) = media.split_once('/').unwrap_or((media, ""));
            (t == "*" || t == ot) && (s == "*" || s == os) && !excluded.iter().any(|e| e == media)
        });
        if let Some((_, f)) = found {
            return Some(*f);
        }
    }
    None
}

/// A 500 for a panic caught while answering (the server goes on).
fn internal_error(panic: &(dyn std::any::Any + Send)) -> HttpError {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown".to_owned());
    HttpError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        format!("internal error ({what}); the server goes on, please report this request"),
    )
}

/// Counts a running query evaluation until dropped.
struct Running(Arc<AtomicUsize>);

impl Running {
    fn start(count: &Arc<AtomicUsize>) -> Self {
        count.fetch_add(1, Ordering::SeqCst);
        Running(Arc::clone(count))
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Cancels a token when its time runs out, unless dropped first.
struct Timer {
    _stop: Sender<()>,
}

impl Timer {
    fn start(token: CancellationToken, timeout: Duration) -> Self {
        let (stop, stopped) = channel::<()>();
        // Without a thread for the timer the query runs unbounded rather than not at all.
        let _ = std::thread::Builder::new()
            .name("warta query timer".to_owned())
            .spawn(move || {
                if let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(timeout) {
                    token.cancel();
                }
            });
        Timer { _stop: stop }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_follows_q_values_wildcards_and_defaults() {
        use QueryResultsFormat::*;
        let n = |a: Option<&str>| negotiate(a, RESULTS_FORMATS);
        assert_eq!(n(None), Some(Json));
        assert_eq!(n(Some("")), Some(Json));
        assert_eq!(n(Some("*/*")), Some(Json));
        assert_eq!(n(Some("text/csv")), Some(Csv));
        assert_eq!(n(Some("text/*")), Some(Csv));
        assert_eq!(
            n(Some("application/sparql-results+xml;q=0.5, text/csv")),
            Some(Csv)
        );
        assert_eq!(
            n(Some("text/html,application/xhtml+xml,*/*;q=0.8")),
            Some(Json),
            "a browser gets the default"
        );
        assert_eq!(
            n(Some("TEXT/Tab-Separated-Values; charset=utf-8")),
            Some(Tsv)
        );
        assert_eq!(n(Some("image/png")), None);
        assert_eq!(n(Some("text/csv;q=0")), None);
        assert_eq!(
            n(Some("application/sparql-results+json;q=0, */*")),
            Some(Json),
            "application/json is the same format under an excluded name"
        );
        let g = |a: &str| negotiate(Some(a), GRAPH_FORMATS);
        assert_eq!(g("application/n-triples"), Some(RdfFormat::NTriples));
        assert_eq!(g("application/ld+json"), Some(JSON_LD));
        assert_eq!(g("application/sparql-results+json"), None);
    }

    #[test]
    fn forms_decode_plus_and_percent() {
        let p =
            form_pairs("query=SELECT+*+WHERE+%7B%7D&default-graph-uri=http%3A%2F%2Fa&x").unwrap();
        assert_eq!(
            p,
            vec![
                ("query".into(), "SELECT * WHERE {}".into()),
                ("default-graph-uri".into(), "http://a".into()),
                ("x".into(), String::new()),
            ]
        );
        assert!(form_pairs("q=%FF").is_err());
        assert!(single(&form_pairs("query=a&query=b").unwrap(), "query").is_err());
    }

    #[test]
    fn graph_targets() {
        let t = |s: &str| graph_target(&form_pairs(s).unwrap());
        assert_eq!(t("default").unwrap(), Some(GraphName::DefaultGraph));
        assert_eq!(t("").unwrap(), None);
        assert!(t("graph=relative").is_err());
        assert!(t("graph=http://a&default").is_err());
        assert!(
            matches!(t("graph=http%3A%2F%2Fa").unwrap(), Some(GraphName::NamedNode(n)) if n.as_str() == "http://a")
        );
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abd", "abc"));
        assert!(!same_secret("ab", "abc"));
    }
}
