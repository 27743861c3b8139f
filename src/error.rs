//! The library's error type: every variant names the input it came from.

use std::path::PathBuf;

/// Errors raised by warta's library. Messages are lowercase and name the file (or input) and,
/// where one helps, what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: invalid utf-8 (byte {byte} of the line); re-encode the file as utf-8")]
    InvalidUtf8 {
        path: PathBuf,
        line: usize,
        byte: usize,
    },
    /// A NUL byte: the file is binary, or text in UTF-16 rather than UTF-8.
    #[error(
        "{path}:{line}: a NUL byte (byte {byte} of the line): this is not utf-8 text (binary? utf-16?); re-encode the file as utf-8"
    )]
    Binary {
        path: PathBuf,
        line: usize,
        byte: usize,
    },
    #[error("{path}: the file is empty")]
    Empty { path: PathBuf },
    #[error("{path}:{line}: {message}")]
    Json {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}:{line}: {message}")]
    Invalid {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}: unknown input format (expected .txt, .json, .jsonl or a directory)")]
    UnknownInputFormat { path: PathBuf },
    /// An article over `--max-bytes`, named by where it came from (`file` or `file:line`).
    #[error(
        "{origin}: the article is larger than {limit} bytes, the --max-bytes limit; split it or raise --max-bytes"
    )]
    TooLarge { origin: String, limit: u64 },
    /// An article that could not be processed, named by where it came from (`file:line`).
    #[error("{origin}: {message}")]
    Article { origin: String, message: String },
    #[error("{0}")]
    Kb(String),
    #[error("store {path}: {message}")]
    Store { path: PathBuf, message: String },
    /// The query or its parameters are wrong (syntax, names, values): the asker's to fix.
    #[error("{0}")]
    Query(String),
    /// Evaluating a well-formed query failed, or its results could not be written.
    #[error("{0}")]
    Evaluation(String),
    /// The query was cancelled through its cancellation token (a time limit ran out).
    #[error("{origin}: the query was cancelled before it finished")]
    Cancelled { origin: String },
    /// The query has more results than the caller allows.
    #[error("{origin}: more than {limit} results; add a LIMIT to the query or raise the limit")]
    TooManyResults { origin: String, limit: usize },
    #[error("{0}")]
    Rdf(String),
    /// A shapes graph that cannot be used (named by `origin`, a file or the compiled-in one).
    #[error("{origin}: {message}")]
    Shapes { origin: String, message: String },
    #[error(
        "cannot listen on {address}: {source}; is another server on that port? pick another --bind"
    )]
    Listen {
        address: String,
        #[source]
        source: std::io::Error,
    },
    /// Pushing to an external store: the endpoint, credentials, state file.
    #[error("{0}")]
    Push(String),
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
