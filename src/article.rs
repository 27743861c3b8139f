//! Articles and their readers: plain text, JSON, JSON Lines, directories of them, stdin.
//!
//! Readers stream: a JSON Lines file of any size is read one line at a time, a directory one
//! file at a time, so memory stays flat however large the corpus.

use crate::error::{Error, Result};
use chrono::NaiveDate;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// One news article, as every later stage sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Stable identifier: the record's id, else the file name, else a content hash.
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    /// BCP 47 language tag of the text (`id` for Indonesian).
    pub lang: String,
    /// The text warta analyses and every offset points into: for a plain-text file the file
    /// itself, for a record the title, a blank line, then the body.
    pub text: String,
    /// Byte offset in `text` where the body (after the headline) begins.
    pub body_start: usize,
    /// Where the article came from (`file` or `file:line`), for messages.
    pub origin: String,
}

impl Article {
    /// Builds an article from a headline and a body; the text is `title\n\nbody`. Characters
    /// XML 1.0 forbids become spaces, as in the readers, so that an article built in code
    /// gives the graph the same article read from a file gives.
    pub fn from_parts(
        id: impl Into<String>,
        title: Option<String>,
        body: &str,
        published: Option<NaiveDate>,
    ) -> Self {
        let title = title.map(without_controls).filter(|t| !t.trim().is_empty());
        let body = crate::text::xml_safe(body);
        let (text, body_start) = match &title {
            Some(t) => (format!("{t}\n\n{body}"), t.len() + 2),
            None => (body.into_owned(), 0),
        };
        Article {
            id: without_controls(id.into()),
            url: None,
            title,
            published,
            lang: "id".to_owned(),
            text,
            body_start,
            origin: String::new(),
        }
    }

    /// Hex SHA-256 of everything that determines the article's graph, used to skip unchanged
    /// articles on re-ingest.
    pub fn content_hash(&self) -> String {
        let mut h = Sha256::new();
        for part in [
            self.id.as_str(),
            self.url.as_deref().unwrap_or(""),
            self.title.as_deref().unwrap_or(""),
            &self.published.map(|d| d.to_string()).unwrap_or_default(),
            &self.lang,
            &self.text,
        ] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        hex(&h.finalize())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Options that apply to inputs that do not carry their own metadata (plain text).
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Identifier for a single plain-text article (`--id`).
    pub id: Option<String>,
    /// Publication date for plain-text articles (`--published`).
    pub published: Option<NaiveDate>,
    /// Language tag for plain-text articles; `id` when unset.
    pub lang: Option<String>,
    /// Largest article accepted, in bytes.
    pub max_bytes: u64,
    /// Counts the bytes read from the inputs (for progress bars), when set.
    pub bytes_read: Option<Arc<AtomicU64>>,
}

/// A reader that adds what it reads to a shared counter.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

fn counted<'r>(reader: impl Read + 'r, options: &ReadOptions) -> Box<dyn Read + 'r> {
    match &options.bytes_read {
        Some(count) => Box::new(Counting {
            inner: reader,
            count: Arc::clone(count),
        }),
        None => Box::new(reader),
    }
}

/// The total size in bytes of the files `read_inputs` would read, or `None` when an input is
/// stdin (of unknown length).
pub fn input_size(inputs: &[PathBuf]) -> Option<u64> {
    let mut total = 0;
    for input in inputs {
        if input.as_os_str() == "-" {
            return None;
        }
        let files = if input.is_dir() {
            list_dir(input).unwrap_or_default()
        } else {
            vec![input.clone()]
        };
        total += files
            .iter()
            .filter_map(|f| std::fs::metadata(f).ok())
            .map(|m| m.len())
            .sum::<u64>();
    }
    Some(total)
}

/// Default largest article: far above any news article, small enough to refuse a mistaken dump.
pub const DEFAULT_MAX_BYTES: u64 = 8 * 1024 * 1024;

/// The input kinds warta reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Text,
    Json,
    JsonLines,
}

impl InputFormat {
    fn from_path(path: &Path) -> Option<Self> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Self::Text),
            "json" => Some(Self::Json),
            "jsonl" | "ndjson" => Some(Self::JsonLines),
            _ => None,
        }
    }
}

/// Streams the articles of every input: files, directories (recursively, in sorted order, only
/// files with a known extension) and `-` for stdin.
pub fn read_inputs<'a>(
    inputs: &'a [PathBuf],
    options: &'a ReadOptions,
) -> impl Iterator<Item = Result<Article>> + 'a {
    inputs
        .iter()
        .flat_map(move |input| -> Box<dyn Iterator<Item = Result<Article>>> {
            if input.as_os_str() == "-" {
                return Box::new(read_stdin(options).into_iter().flatten());
            }
            if input.is_dir() {
                return match list_dir(input) {
                    Ok(files) => Box::new(
                        files
                            .into_iter()
                            .flat_map(move |f| read_file(f, options).into_iter().flatten()),
                    ),
                    Err(e) => Box::new(std::iter::once(Err(e))),
                };
            }
            Box::new(read_file(input.clone(), options).into_iter().flatten())
        })
}

/// Every readable file under `dir`, sorted by path so that runs are repeatable.
fn list_dir(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).map_err(|e| Error::io(&d, e))? {
            let path = entry.map_err(|e| Error::io(&d, e))?.path();
            if path.is_dir() {
                stack.push(path);
            } else if InputFormat::from_path(&path).is_some() {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

type ArticleIter = Box<dyn Iterator<Item = Result<Article>>>;

/// Reads one file; the outer error is for failures before the first article (open, format).
fn read_file(path: PathBuf, options: &ReadOptions) -> Result<ArticleIter> {
    let format = InputFormat::from_path(&path).ok_or_else(|| {
        if path.exists() {
            Error::UnknownInputFormat { path: path.clone() }
        } else {
            Error::io(
                &path,
                std::io::Error::new(std::io::ErrorKind::NotFound, "no such file or directory"),
            )
        }
    });
    let format = match format {
        Ok(f) => f,
        Err(e) => return Ok(Box::new(std::iter::once(Err(e)))),
    };
    let file = match File::open(&path) {
        Ok(f) => f,
        Err(e) => return Ok(Box::new(std::iter::once(Err(Error::io(&path, e))))),
    };
    Ok(read_reader(counted(file, options), path, format, options))
}

fn read_stdin(options: &ReadOptions) -> Result<ArticleIter> {
    let mut reader = BufReader::new(counted(std::io::stdin(), options));
    // Sniff: a JSON record starts with `{` or `[`; anything else is a plain-text article.
    let first = reader
        .fill_buf()
        .map_err(|e| Error::io("<stdin>", e))?
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .copied();
    let format = match first {
        Some(b'[') => InputFormat::Json,
        Some(b'{') => InputFormat::JsonLines,
        _ => InputFormat::Text,
    };
    Ok(read_reader(
        Box::new(reader),
        PathBuf::from("<stdin>"),
        format,
        options,
    ))
}

fn read_reader(
    reader: Box<dyn Read>,
    path: PathBuf,
    format: InputFormat,
    options: &ReadOptions,
) -> ArticleIter {
    match format {
        InputFormat::Text => Box::new(std::iter::once(read_text(reader, &path, options))),
        InputFormat::Json => match read_json(reader, &path, options) {
            Ok(articles) => Box::new(articles.into_iter()),
            Err(e) => Box::new(std::iter::once(Err(e))),
        },
        InputFormat::JsonLines => Box::new(JsonLines {
            lines: BufReader::new(reader),
            path,
            line: 0,
            max_bytes: options.max_bytes,
            done: false,
            seen: 0,
        }),
    }
}

/// The largest article accepted: `max_bytes`, or the default when it is 0.
fn limit(max_bytes: u64) -> u64 {
    if max_bytes == 0 {
        DEFAULT_MAX_BYTES
    } else {
        max_bytes
    }
}

fn read_all(mut reader: impl Read, path: &Path, max_bytes: u64) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    let limit = limit(max_bytes);
    reader
        .by_ref()
        .take(limit + 1)
        .read_to_end(&mut buf)
        .map_err(|e| Error::io(path, e))?;
    if buf.len() as u64 > limit {
        return Err(Error::TooLarge {
            origin: path.display().to_string(),
            limit,
        });
    }
    Ok(buf)
}

/// Decodes UTF-8, naming the line and byte of the first invalid sequence or NUL byte. A NUL
/// is refused even though it is valid UTF-8: text never holds one, binary files and UTF-16
/// text (which is half NULs) do.
fn decode(bytes: Vec<u8>, path: &Path, first_line: usize) -> Result<String> {
    let nul = bytes.iter().position(|b| *b == 0);
    let (bytes, at, is_nul) = match String::from_utf8(bytes) {
        Ok(text) => match nul {
            None => return Ok(text),
            Some(at) => (text.into_bytes(), at, true),
        },
        Err(e) => {
            let bad = e.utf8_error().valid_up_to();
            match nul {
                Some(at) if at < bad => (e.into_bytes(), at, true),
                _ => (e.into_bytes(), bad, false),
            }
        }
    };
    let line = first_line + bytes[..at].iter().filter(|b| **b == b'\n').count();
    let line_start = bytes[..at]
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    let (path, byte) = (path.to_owned(), at - line_start + 1);
    Err(if is_nul {
        Error::Binary { path, line, byte }
    } else {
        Error::InvalidUtf8 { path, line, byte }
    })
}

/// Replaces the characters XML 1.0 forbids (control characters other than tab and line
/// breaks, U+FFFE, U+FFFF) with spaces: they mean nothing in news text and RDF/XML cannot hold
/// them. A space keeps every code-point offset in place. The RDF builder does the same to
/// every literal; doing it here as well keeps ids, IRIs and what extraction reads equal to
/// what the graph says.
fn without_controls(s: String) -> String {
    match crate::text::xml_safe(&s) {
        std::borrow::Cow::Borrowed(_) => s,
        std::borrow::Cow::Owned(clean) => clean,
    }
}

fn file_stem_id(path: &Path) -> Option<String> {
    path.file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| *s != "<stdin>")
        .map(|s| without_controls(s.to_owned()))
}

fn read_text(reader: impl Read, path: &Path, options: &ReadOptions) -> Result<Article> {
    let bytes = read_all(reader, path, options.max_bytes)?;
    let mut text = decode(bytes, path, 1)?;
    if let Some(stripped) = text.strip_prefix('\u{feff}') {
        text = stripped.to_owned();
    }
    let text = without_controls(text);
    if text.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_owned(),
        });
    }
    // The headline is the first non-blank line; the body starts on the line after it.
    let lead = text.len() - text.trim_start().len();
    let title_end = text[lead..].find('\n').map_or(text.len(), |p| lead + p);
    let title = text[lead..title_end].trim().to_owned();
    let body_start = (title_end + 1).min(text.len());
    let mut article = Article {
        id: String::new(),
        url: None,
        title: Some(title),
        published: options.published.or_else(|| date_in_file_name(path)),
        lang: options
            .lang
            .clone()
            .map_or_else(|| "id".to_owned(), without_controls),
        text,
        body_start,
        origin: path.display().to_string(),
    };
    article.id = options
        .id
        .clone()
        .map(without_controls)
        .or_else(|| file_stem_id(path))
        .unwrap_or_else(|| article.content_hash()[..16].to_owned());
    Ok(article)
}

/// A publication date at the end of a file name (`seoul-talks-2024-10-25.txt`), the
/// convention many news archives use; `--published` overrides it.
fn date_in_file_name(path: &Path) -> Option<NaiveDate> {
    let stem = path.file_stem()?.to_str()?;
    let tail = stem.get(stem.len().checked_sub(10)?..)?;
    let before = stem[..stem.len() - 10].chars().next_back();
    if before.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    NaiveDate::parse_from_str(tail, "%Y-%m-%d").ok()
}

/// The JSON record warta reads. Common alternative field names are accepted so that
/// existing corpora load without conversion.
#[derive(Debug, Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    #[serde(alias = "source_url", alias = "link")]
    url: Option<String>,
    #[serde(alias = "headline")]
    title: Option<String>,
    #[serde(alias = "date", alias = "datePublished", alias = "date_published")]
    published: Option<String>,
    #[serde(alias = "language", alias = "inLanguage")]
    lang: Option<String>,
    #[serde(alias = "text", alias = "content")]
    body: Option<String>,
    /// Paragraphs, joined with newlines when there is no `body`.
    paragraphs: Option<Vec<serde_json::Value>>,
}

fn record_to_article(record: Record, path: &Path, line: usize, max_bytes: u64) -> Result<Article> {
    let invalid = |message: String| Error::Invalid {
        path: path.to_owned(),
        line,
        message,
    };
    let body = match (record.body, record.paragraphs) {
        (Some(b), _) => b,
        (None, Some(ps)) => ps.iter().map(paragraph_text).collect::<Vec<_>>().join("\n"),
        (None, None) => return Err(invalid("the record has no \"body\" field".to_owned())),
    };
    if body.trim().is_empty() {
        return Err(invalid("the record's body is empty".to_owned()));
    }
    let limit = limit(max_bytes);
    if (body.len() + record.title.as_ref().map_or(0, String::len)) as u64 > limit {
        return Err(Error::TooLarge {
            origin: format!("{}:{line}", path.display()),
            limit,
        });
    }
    let published = record
        .published
        .as_deref()
        .filter(|p| !p.trim().is_empty())
        .map(|p| read_date(p).map_err(|e| invalid(format!("published: {e}"))))
        .transpose()?;
    let id = match record.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => Some(without_controls(s)),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let mut article = Article::from_parts(String::new(), record.title, &body, published);
    article.url = record.url.filter(|u| !u.trim().is_empty());
    if let Some(lang) = record.lang.filter(|l| !l.trim().is_empty()) {
        article.lang = without_controls(lang);
    }
    article.origin = format!("{}:{line}", path.display());
    article.id = id.unwrap_or_else(|| article.content_hash()[..16].to_owned());
    Ok(article)
}

/// A paragraph is a string, or (pre-tokenised corpora) a list of sentences of tokens.
fn paragraph_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => items
            .iter()
            .map(paragraph_text)
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

/// Reads `YYYY-MM-DD`, or the date part of an RFC 3339 timestamp.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    read_date(s).ok()
}

/// Reads `YYYY-MM-DD`, or the date part of an RFC 3339 timestamp; the error says what is
/// wrong (`"2023-02-31" is not a date: February 2023 has 28 days`).
pub fn read_date(s: &str) -> std::result::Result<NaiveDate, String> {
    let s = s.trim();
    let head = s.get(..10).unwrap_or(s);
    if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
        return Ok(d);
    }
    let numbers: Vec<u32> = head.split('-').filter_map(|n| n.parse().ok()).collect();
    let shape = head.len() == 10 && head.bytes().filter(|b| *b == b'-').count() == 2;
    if let (true, &[y, m, _]) = (shape, &numbers[..]) {
        let month = u8::try_from(m)
            .ok()
            .and_then(|m| chrono::Month::try_from(m).ok());
        let Some(month) = month else {
            return Err(format!("{s:?} is not a date: there is no month {m}"));
        };
        let days = (28..=31)
            .rev()
            .find(|d| NaiveDate::from_ymd_opt(y as i32, m, *d).is_some())
            .unwrap_or(31);
        return Err(format!(
            "{s:?} is not a date: {} {y} has {days} days",
            month.name()
        ));
    }
    Err(format!(
        "{s:?} is not a date (expected YYYY-MM-DD or an RFC 3339 timestamp)"
    ))
}

/// Reads a `.json` file: one record, or an array of records. A file that is not well-formed
/// JSON is refused whole (where its damage ends cannot be known); in a well-formed array each
/// record stands alone, so a bad one is reported with its line and the others go on.
fn read_json(
    reader: impl Read,
    path: &Path,
    options: &ReadOptions,
) -> Result<Vec<Result<Article>>> {
    let bytes = read_all(reader, path, limit(options.max_bytes).saturating_mul(64))?;
    let text = decode(bytes, path, 1)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if text.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_owned(),
        });
    }
    let with_id = |mut article: Article| {
        if article.id.len() == 16 && options.id.is_some() {
            article.id = without_controls(options.id.clone().unwrap_or_default());
        }
        article
    };
    if !text.trim_start().starts_with('[') {
        let article = read_record(text, path, (1, 0), options.max_bytes).map(with_id);
        return Ok(vec![article]);
    }
    let records: Vec<&serde_json::value::RawValue> =
        serde_json::from_str(text).map_err(|e| json_error(path, (1, 0), &e))?;
    if records.is_empty() {
        return Err(Error::Invalid {
            path: path.to_owned(),
            line: 1,
            message: "the array holds no records".to_owned(),
        });
    }
    // Each record's line, counted from where the last one started, and its column.
    let (mut line, mut counted) = (1, 0);
    let mut out = Vec::with_capacity(records.len());
    for record in records {
        let at = record.get().as_ptr() as usize - text.as_ptr() as usize;
        line += text.as_bytes()[counted..at]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        counted = at;
        let column = at - text[..at].rfind('\n').map_or(0, |p| p + 1);
        let start = (line, column);
        out.push(read_record(record.get(), path, start, options.max_bytes).map(with_id));
    }
    Ok(out)
}

/// Reads one record of `path` that starts at `start`: its line, and the bytes before it on
/// that line.
fn read_record(json: &str, path: &Path, start: (usize, usize), max_bytes: u64) -> Result<Article> {
    let line = start.0;
    if !json.trim_start().starts_with('{') {
        return Err(Error::Json {
            path: path.to_owned(),
            line,
            message: "a record must be a json object ({\"id\": …, \"body\": …})".to_owned(),
        });
    }
    let record: Record = serde_json::from_str(json).map_err(|e| json_error(path, start, &e))?;
    record_to_article(record, path, line, max_bytes)
}

/// A serde_json error as one line naming the file's line and column (`start`: where the parsed
/// text starts in the file, as in [`read_record`]).
fn json_error(path: &Path, start: (usize, usize), e: &serde_json::Error) -> Error {
    let message = e.to_string();
    // serde_json appends the position in the text it was given; ours is in the file.
    let message = match message.rsplit_once(" at line ") {
        Some((m, _)) => m.to_owned(),
        None => message,
    };
    let column = if e.line() <= 1 {
        start.1 + e.column()
    } else {
        e.column()
    };
    let what = match e.classify() {
        serde_json::error::Category::Data => "invalid record",
        _ => "broken json",
    };
    Error::Json {
        path: path.to_owned(),
        line: start.0 + e.line().max(1) - 1,
        message: format!("{what} at column {}: {message}", column),
    }
}

/// Streams a JSON Lines file, one record per non-blank line.
struct JsonLines<R> {
    lines: R,
    path: PathBuf,
    line: usize,
    max_bytes: u64,
    done: bool,
    seen: usize,
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut buf = Vec::new();
        let limit = limit(self.max_bytes);
        loop {
            if self.done {
                return None;
            }
            buf.clear();
            self.line += 1;
            // At most the limit (and its line break) is kept in memory, however long the line.
            let read = (&mut self.lines)
                .take(limit + 2)
                .read_until(b'\n', &mut buf);
            match read {
                Ok(0) => {
                    self.done = true;
                    if self.seen == 0 {
                        return Some(Err(Error::Empty {
                            path: self.path.clone(),
                        }));
                    }
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    return Some(Err(Error::io(&self.path, e)));
                }
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            self.seen += 1;
            let line = self.line;
            let content = buf.strip_suffix(b"\n").unwrap_or(&buf);
            let content = content.strip_suffix(b"\r").unwrap_or(content).len();
            if content as u64 > limit {
                if !buf.ends_with(b"\n")
                    && let Err(e) = skip_line(&mut self.lines)
                {
                    self.done = true;
                    return Some(Err(Error::io(&self.path, e)));
                }
                return Some(Err(Error::TooLarge {
                    origin: format!("{}:{line}", self.path.display()),
                    limit,
                }));
            }
            buf.truncate(content);
            let text = match decode(std::mem::take(&mut buf), &self.path, line) {
                Ok(t) => t,
                Err(e) => return Some(Err(e)),
            };
            return Some(read_record(&text, &self.path, (line, 0), self.max_bytes));
        }
    }
}

/// Reads past the rest of a line without keeping it.
fn skip_line(reader: &mut impl BufRead) -> std::io::Result<()> {
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            return Ok(());
        }
        match available.iter().position(|b| *b == b'\n') {
            Some(p) => {
                reader.consume(p + 1);
                return Ok(());
            }
            None => {
                let n = available.len();
                reader.consume(n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> ReadOptions {
        ReadOptions {
            max_bytes: DEFAULT_MAX_BYTES,
            ..ReadOptions::default()
        }
    }

    #[test]
    fn plain_text_headline_and_body() {
        let a = read_text(
            "Judul berita\nJAKARTA - Isi berita.\n".as_bytes(),
            Path::new("x/berita-satu.txt"),
            &opts(),
        )
        .unwrap();
        assert_eq!(a.id, "berita-satu");
        assert_eq!(a.title.as_deref(), Some("Judul berita"));
        assert_eq!(&a.text[a.body_start..], "JAKARTA - Isi berita.\n");
    }

    #[test]
    fn date_from_the_file_name_unless_given() {
        let a = read_text(
            &b"Judul\nIsi."[..],
            Path::new("berita-2024-10-25.txt"),
            &opts(),
        )
        .unwrap();
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2024, 10, 25));
        let given = ReadOptions {
            published: NaiveDate::from_ymd_opt(2020, 1, 2),
            ..opts()
        };
        let b = read_text(
            &b"Judul\nIsi."[..],
            Path::new("berita-2024-10-25.txt"),
            &given,
        )
        .unwrap();
        assert_eq!(b.published, NaiveDate::from_ymd_opt(2020, 1, 2));
        let c = read_text(&b"Judul\nIsi."[..], Path::new("x12024-10-25.txt"), &opts()).unwrap();
        assert_eq!(c.published, None);
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let err = read_text(
            &b"baris satu\nbaris \xff dua\n"[..],
            Path::new("a.txt"),
            &opts(),
        )
        .unwrap_err();
        assert!(
            matches!(
                err,
                Error::InvalidUtf8 {
                    line: 2,
                    byte: 7,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn empty_text_is_an_error() {
        let err = read_text(&b"  \n\n"[..], Path::new("a.txt"), &opts()).unwrap_err();
        assert!(matches!(err, Error::Empty { .. }));
    }

    #[test]
    fn jsonl_reports_the_broken_line() {
        let data = "{\"id\":\"a\",\"body\":\"Isi.\"}\n\n{\"id\": \"b\", \"body\": \n";
        let mut it = JsonLines {
            lines: data.as_bytes(),
            path: PathBuf::from("x.jsonl"),
            line: 0,
            max_bytes: DEFAULT_MAX_BYTES,
            done: false,
            seen: 0,
        };
        assert_eq!(it.next().unwrap().unwrap().id, "a");
        let err = it.next().unwrap().unwrap_err();
        assert!(matches!(err, Error::Json { line: 3, .. }), "{err}");
    }

    #[test]
    fn record_fields_and_aliases() {
        let r: Record = serde_json::from_str(
            r#"{"id": 7, "source_url": "https://e.org/a", "headline": "H", "date": "2024-10-25T08:00:00+07:00", "paragraphs": ["Satu.", "Dua."]}"#,
        )
        .unwrap();
        let a = record_to_article(r, Path::new("r.json"), 1, DEFAULT_MAX_BYTES).unwrap();
        assert_eq!(a.id, "7");
        assert_eq!(a.url.as_deref(), Some("https://e.org/a"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2024, 10, 25));
        assert_eq!(a.text, "H\n\nSatu.\nDua.");
        assert_eq!(a.body_start, 3);
    }

    #[test]
    fn nul_bytes_are_refused_and_escaped_controls_become_spaces() {
        let err = decode(b"satu\ndu\0a".to_vec(), Path::new("a.txt"), 1).unwrap_err();
        assert!(
            matches!(
                err,
                Error::Binary {
                    line: 2,
                    byte: 3,
                    ..
                }
            ),
            "{err}"
        );
        // Whichever comes first: here the invalid byte.
        let err = decode(b"\xff\0".to_vec(), Path::new("a.txt"), 1).unwrap_err();
        assert!(matches!(err, Error::InvalidUtf8 { byte: 1, .. }), "{err}");
        let clean = without_controls("a\u{0}b\u{7}\tc\r\n\u{c}d\u{ffff}".to_owned());
        assert_eq!(clean, "a b \tc\r\n d ");
    }

    #[test]
    fn dates_that_are_not_days_say_why() {
        assert_eq!(
            read_date("2024-02-29"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
        let feb = read_date("2023-02-31").unwrap_err();
        assert!(feb.contains("February 2023 has 28 days"), "{feb}");
        let month = read_date("2023-13-01T00:00:00Z").unwrap_err();
        assert!(month.contains("no month 13"), "{month}");
        assert!(
            read_date("31/02/2023")
                .unwrap_err()
                .contains("expected YYYY-MM-DD")
        );
    }

    #[test]
    fn json_array_records_are_named_by_their_line() {
        let json = "[\n {\"id\": \"a\", \"body\": \"Isi.\"},\n\n {\"id\": \"b\"},\n 7\n]";
        let out = read_json(json.as_bytes(), Path::new("x.json"), &opts()).unwrap();
        assert_eq!(out[0].as_ref().unwrap().origin, "x.json:2");
        assert!(matches!(out[1], Err(Error::Invalid { line: 4, .. })));
        assert!(matches!(out[2], Err(Error::Json { line: 5, .. })));
    }

    #[test]
    fn an_overlong_jsonl_line_is_skipped_not_kept() {
        let long = format!("{{\"id\": \"b\", \"body\": \"{}\"}}", "x".repeat(100));
        let data = format!(
            "{{\"id\":\"a\",\"body\":\"Isi.\"}}\n{long}\n{{\"id\":\"c\",\"body\":\"Isi.\"}}\n"
        );
        let it = JsonLines {
            lines: data.as_bytes(),
            path: PathBuf::from("x.jsonl"),
            line: 0,
            max_bytes: 50,
            done: false,
            seen: 0,
        };
        let out: Vec<_> = it.collect();
        assert_eq!(out.len(), 3);
        assert!(
            matches!(&out[1], Err(Error::TooLarge { origin, limit: 50 }) if origin == "x.jsonl:2")
        );
        assert_eq!(out[2].as_ref().unwrap().id, "c");
    }

    #[test]
    fn content_hash_changes_with_text() {
        let a = Article::from_parts("a", None, "Satu.", None);
        let b = Article::from_parts("a", None, "Dua.", None);
        assert_ne!(a.content_hash(), b.content_hash());
        assert_eq!(a.content_hash(), a.clone().content_hash());
    }
}
