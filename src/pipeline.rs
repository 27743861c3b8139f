//! Batch processing: a bounded, ordered pipeline from readers to one writer.
//!
//! ```text
//!  reader thread ──▶ bounded channel ──▶ rayon workers ──▶ bounded channel ──▶ writer (caller's thread)
//!  (streams the     (2 × threads)      (extract, build    (2 × threads)      (reorders by sequence
//!   inputs, numbers                     quads, serialise)                      number, writes in
//!   the articles)                                                              input order)
//! ```
//!
//! Memory stays flat however large the corpus: the reader may only run `window` articles
//! ahead of the writer, so at most `window` articles (and their quads) are in flight or waiting
//! to be reordered. The writer sees articles in input order whatever the number of threads, so
//! `convert` writes byte-identical output with `-j1` and `-j8`.
//!
//! [`convert`] and [`ingest`] are the two pipelines the CLI runs; [`run_ordered`] is the engine.

use crate::article::{Article, ReadOptions, read_inputs};
use crate::error::{Error, Result};
use crate::extract::Extractor;
use crate::rdf::{GraphOptions, RdfOutput, article_iri, build_nquads, build_quads};
use crate::store::{BatchWriter, GraphStore, Ingested, WriteOptions};
use oxigraph::io::RdfFormat;
use oxigraph::model::Quad;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, mpsc};
use std::time::{Duration, Instant};

/// How many worker threads, and how far the reader may run ahead of the writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parallelism {
    /// Worker threads (extraction); at least one.
    pub threads: usize,
    /// Articles in flight between the reader and the writer, at most.
    pub window: usize,
}

impl Parallelism {
    /// `threads` workers (0: one per core) and a window of 16 articles per worker.
    pub fn new(threads: usize) -> Self {
        let threads = if threads == 0 {
            std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
        } else {
            threads
        };
        Parallelism {
            threads,
            window: 16 * threads + 16,
        }
    }
}

impl Default for Parallelism {
    fn default() -> Self {
        Self::new(0)
    }
}

/// Lets the reader run at most `window` items ahead of the writer.
struct Gate {
    written: Mutex<u64>,
    moved: Condvar,
    cancelled: AtomicBool,
}

impl Gate {
    fn wait_for(&self, seq: u64, window: u64) {
        let mut written = self.written.lock().unwrap_or_else(|e| e.into_inner());
        while seq >= *written + window && !self.cancelled.load(Ordering::Acquire) {
            written = self.moved.wait(written).unwrap_or_else(|e| e.into_inner());
        }
    }

    fn advance(&self, to: u64) {
        *self.written.lock().unwrap_or_else(|e| e.into_inner()) = to;
        self.moved.notify_all();
    }

    fn cancel(&self) {
        self.cancelled.store(true, Ordering::Release);
        let _guard = self.written.lock().unwrap_or_else(|e| e.into_inner());
        self.moved.notify_all();
    }
}

/// Runs `source` on a reader thread, `work` on `p.threads` rayon workers, and `sink` on the
/// calling thread **in the order of `source`**. Stops early (and returns the error) when `sink`
/// fails. A panic in `work` is re-raised here once every thread has stopped.
pub fn run_ordered<In, Out, Src, It, Work, Sink>(
    p: Parallelism,
    source: Src,
    work: Work,
    mut sink: Sink,
) -> Result<()>
where
    Src: FnOnce() -> It + Send,
    It: Iterator<Item = In>,
    In: Send,
    Out: Send,
    Work: Fn(In) -> Out + Sync,
    Sink: FnMut(Out) -> Result<()>,
{
    let threads = p.threads.max(1);
    let window = p.window.max(threads) as u64;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("warta-worker-{i}"))
        .build()
        .map_err(|e| Error::Io {
            path: PathBuf::from("<threads>"),
            source: std::io::Error::other(e.to_string()),
        })?;
    let gate = Gate {
        written: Mutex::new(0),
        moved: Condvar::new(),
        cancelled: AtomicBool::new(false),
    };
    let (in_tx, in_rx) = mpsc::sync_channel::<(u64, In)>(2 * threads);
    // `None`: the worker panicked on this item; the payload is kept to re-raise at the end.
    let (out_tx, out_rx) = mpsc::sync_channel::<(u64, Option<Out>)>(2 * threads);
    let panicked: Mutex<Option<Box<dyn std::any::Any + Send>>> = Mutex::new(None);
    let result = std::thread::scope(|s| {
        let gate = &gate;
        s.spawn(move || {
            for (seq, item) in (0u64..).zip(source()) {
                gate.wait_for(seq, window);
                if gate.cancelled.load(Ordering::Acquire) || in_tx.send((seq, item)).is_err() {
                    break;
                }
            }
        });
        let work = &work;
        let panicked = &panicked;
        s.spawn(move || {
            let in_rx = Mutex::new(in_rx);
            let in_rx = &in_rx;
            pool.scope(|ps| {
                for _ in 0..threads {
                    let out_tx = out_tx.clone();
                    ps.spawn(move |_| {
                        loop {
                            let next = in_rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                            let Ok((seq, item)) = next else { break };
                            let out = match catch_unwind(AssertUnwindSafe(|| work(item))) {
                                Ok(out) => Some(out),
                                Err(payload) => {
                                    panicked
                                        .lock()
                                        .unwrap_or_else(|e| e.into_inner())
                                        .get_or_insert(payload);
                                    gate.cancel();
                                    None
                                }
                            };
                            if out_tx.send((seq, out)).is_err() {
                                break;
                            }
                        }
                    });
                }
            });
        });
        let mut waiting: BTreeMap<u64, Option<Out>> = BTreeMap::new();
        let mut next = 0u64;
        let mut result = Ok(());
        'receive: while let Ok((seq, out)) = out_rx.recv() {
            waiting.insert(seq, out);
            while let Some(out) = waiting.remove(&next) {
                next += 1;
                let Some(out) = out else {
                    break 'receive;
                };
                if let Err(e) = sink(out) {
                    result = Err(e);
                    break 'receive;
                }
                gate.advance(next);
            }
        }
        gate.cancel();
        drop(out_rx);
        result
    });
    if let Some(payload) = panicked.into_inner().unwrap_or_else(|e| e.into_inner()) {
        std::panic::resume_unwind(payload);
    }
    result
}

/// A panic while processing one article becomes that article's error, so that one bad
/// article does not end a back-fill of millions.
fn guarded<T>(origin: &str, f: impl FnOnce() -> T) -> Result<T> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        Error::Article {
            origin: origin.to_owned(),
            message: format!(
                "internal error while extracting this article ({what}); please report it"
            ),
        }
    })
}

// ---------------------------------------------------------------------------------------------
// convert

/// One article's converted graph, ready for the writer.
pub enum Payload {
    /// Serialised already (N-Quads and N-Triples: line formats, serialised by the workers).
    Bytes(Vec<u8>),
    /// Quads for a format whose serialiser keeps state across articles (Turtle, TriG…).
    Quads(Vec<Quad>),
}

/// What became of one input article.
pub struct Converted {
    pub origin: String,
    pub outcome: Result<ConvertedGraph>,
}

pub struct ConvertedGraph {
    pub id: String,
    pub triples: usize,
    pub warnings: Vec<String>,
    pub payload: Payload,
}

fn is_line_format(format: RdfFormat) -> bool {
    matches!(format, RdfFormat::NQuads | RdfFormat::NTriples)
}

/// Streams articles through extraction on all workers and hands each converted graph to
/// `sink` in input order.
pub fn convert(
    extractor: &Extractor,
    inputs: &[PathBuf],
    read: &ReadOptions,
    options: &GraphOptions,
    format: RdfFormat,
    p: Parallelism,
    sink: impl FnMut(Converted) -> Result<()>,
) -> Result<()> {
    run_ordered(
        p,
        || read_inputs(inputs, read),
        |article: Result<Article>| convert_one(extractor, article, options, format),
        sink,
    )
}

fn convert_one(
    extractor: &Extractor,
    article: Result<Article>,
    options: &GraphOptions,
    format: RdfFormat,
) -> Converted {
    let article = match article {
        Ok(a) => a,
        Err(e) => {
            return Converted {
                origin: String::new(),
                outcome: Err(e),
            };
        }
    };
    let origin = article.origin.clone();
    let outcome = guarded(&origin, || {
        let id = article.id.clone();
        let doc = extractor.extract(article);
        let (triples, payload) = if format == RdfFormat::NQuads {
            // Sorting the quads formats them as N-Quads already: no second serialisation.
            let (n, nquads) = build_nquads(&doc, &extractor.kb, options);
            (n, Payload::Bytes(nquads.into_bytes()))
        } else {
            let quads = build_quads(&doc, &extractor.kb, options);
            let n = quads.len();
            let payload = if is_line_format(format) {
                let mut out =
                    RdfOutput::new(format, &options.base, Vec::with_capacity(256 * quads.len()))?;
                out.write(&quads).map_err(|e| Error::Rdf(e.to_string()))?;
                Payload::Bytes(out.finish().map_err(|e| Error::Rdf(e.to_string()))?)
            } else {
                Payload::Quads(quads)
            };
            (n, payload)
        };
        Ok(ConvertedGraph {
            id,
            triples,
            warnings: doc.warnings,
            payload,
        })
    })
    .and_then(|r| r);
    Converted { origin, outcome }
}

/// Where converted graphs go: one stream (a file or stdout) or numbered shards.
pub enum GraphWriter {
    Single(Single),
    Shards(ShardWriter),
}

impl GraphWriter {
    /// One stream of `format`.
    pub fn single(
        format: RdfFormat,
        base: &str,
        writer: Box<dyn Write>,
        path: PathBuf,
    ) -> Result<Self> {
        Ok(GraphWriter::Single(Single::new(
            format, base, writer, path,
        )?))
    }

    pub fn write(&mut self, graph: &ConvertedGraph) -> Result<()> {
        match self {
            GraphWriter::Single(s) => s.write(&graph.payload),
            GraphWriter::Shards(s) => s.write(&graph.payload),
        }
    }

    /// Flushes and closes; returns the number of files written.
    pub fn finish(self) -> Result<usize> {
        match self {
            GraphWriter::Single(s) => s.finish().map(|()| 1),
            GraphWriter::Shards(s) => s.finish(),
        }
    }
}

/// A single output stream.
pub struct Single {
    out: Out,
    path: PathBuf,
}

enum Out {
    Raw(BufWriter<Box<dyn Write>>),
    Rdf(Box<RdfOutput<BufWriter<Box<dyn Write>>>>),
}

impl Single {
    fn new(format: RdfFormat, base: &str, writer: Box<dyn Write>, path: PathBuf) -> Result<Self> {
        let writer = BufWriter::with_capacity(1 << 20, writer);
        let out = if is_line_format(format) {
            Out::Raw(writer)
        } else {
            Out::Rdf(Box::new(RdfOutput::new(format, base, writer)?))
        };
        Ok(Single { out, path })
    }

    fn write(&mut self, payload: &Payload) -> Result<()> {
        let r = match (&mut self.out, payload) {
            (Out::Raw(w), Payload::Bytes(b)) => w.write_all(b),
            (Out::Rdf(w), Payload::Quads(q)) => w.write(q),
            _ => unreachable!("the workers serialise exactly the line formats"),
        };
        r.map_err(|e| Error::io(&self.path, e))
    }

    fn finish(self) -> Result<()> {
        let w = match self.out {
            Out::Raw(w) => w,
            Out::Rdf(w) => w.finish().map_err(|e| Error::io(&self.path, e))?,
        };
        w.into_inner()
            .map_err(|e| Error::io(&self.path, e.into_error()))?
            .flush()
            .map_err(|e| Error::io(&self.path, e))
    }
}

/// How big a shard may grow: a number of articles, or of bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShardSize {
    Articles(u64),
    Bytes(u64),
}

impl FromStr for ShardSize {
    type Err = String;

    /// `1000` is a number of articles; `512K`, `100M`, `100MB`, `1G` are sizes (powers of 1024).
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let (n, unit) = t.split_at(digits);
        let n: u64 = n
            .parse()
            .map_err(|_| format!("{s:?} is not a shard size (e.g. 10000 articles, or 100MB)"))?;
        let unit = unit.trim().to_ascii_uppercase();
        let unit = unit
            .strip_suffix("IB")
            .or(unit.strip_suffix('B'))
            .unwrap_or(&unit);
        let size = match unit {
            "" if t.ends_with(['b', 'B']) => ShardSize::Bytes(n),
            "" => ShardSize::Articles(n),
            "K" => ShardSize::Bytes(n << 10),
            "M" => ShardSize::Bytes(n << 20),
            "G" => ShardSize::Bytes(n << 30),
            _ => return Err(format!("{s:?}: unknown unit (use K, M or G, e.g. 100MB)")),
        };
        match size {
            ShardSize::Articles(0) | ShardSize::Bytes(0) => {
                Err(format!("{s:?}: a shard must hold something"))
            }
            s => Ok(s),
        }
    }
}

/// Numbered shards `DIR/part-00000.nq`, `part-00001.nq`…, each a complete file of the format,
/// cut between articles. A shard is written as `part-NNNNN.nq.partial` and renamed when
/// complete, so a killed run never leaves a truncated shard under a final name.
pub struct ShardWriter {
    dir: PathBuf,
    format: RdfFormat,
    base: String,
    size: ShardSize,
    next: usize,
    current: Option<Shard>,
}

struct Shard {
    out: Single,
    partial: PathBuf,
    path: PathBuf,
    articles: u64,
    bytes: u64,
}

impl ShardWriter {
    /// Creates `dir` if needed; refuses a folder that already holds shards, so that stale
    /// shards of an earlier, longer run cannot mix with this one's.
    pub fn new(dir: &Path, format: RdfFormat, base: &str, size: ShardSize) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
            let name = entry.map_err(|e| Error::io(dir, e))?.file_name();
            if name.to_string_lossy().starts_with("part-") {
                return Err(Error::io(
                    dir,
                    std::io::Error::new(
                        std::io::ErrorKind::AlreadyExists,
                        "the folder already holds shards (part-*); remove them or choose another folder",
                    ),
                ));
            }
        }
        Ok(ShardWriter {
            dir: dir.to_owned(),
            format,
            base: base.to_owned(),
            size,
            next: 0,
            current: None,
        })
    }

    fn extension(&self) -> &'static str {
        self.format.file_extension()
    }

    fn open(&mut self) -> Result<()> {
        let path = self
            .dir
            .join(format!("part-{:05}.{}", self.next, self.extension()));
        let partial = path.with_extension(format!("{}.partial", self.extension()));
        let file = File::create(&partial).map_err(|e| Error::io(&partial, e))?;
        self.next += 1;
        self.current = Some(Shard {
            out: Single::new(self.format, &self.base, Box::new(file), partial.clone())?,
            partial,
            path,
            articles: 0,
            bytes: 0,
        });
        Ok(())
    }

    fn close(&mut self) -> Result<()> {
        if let Some(shard) = self.current.take() {
            shard.out.finish()?;
            std::fs::rename(&shard.partial, &shard.path).map_err(|e| Error::io(&shard.path, e))?;
        }
        Ok(())
    }

    pub fn write(&mut self, payload: &Payload) -> Result<()> {
        let len = match payload {
            Payload::Bytes(b) => b.len() as u64,
            Payload::Quads(_) => 0,
        };
        // Byte-limited shards of a line format end before the article that would overflow
        // them (unless the shard is still empty).
        if let (Some(s), ShardSize::Bytes(limit)) = (&self.current, self.size)
            && s.articles > 0
            && s.bytes + len > limit
        {
            self.close()?;
        }
        if self.current.is_none() {
            self.open()?;
        }
        let shard = self.current.as_mut().expect("a shard is open");
        shard.out.write(payload)?;
        shard.articles += 1;
        shard.bytes += match payload {
            Payload::Bytes(_) => len,
            // Other formats: a rough size (their serialisers buffer), checked after writing.
            Payload::Quads(q) => q.iter().map(|q| q.to_string().len() as u64 + 3).sum(),
        };
        let full = match self.size {
            ShardSize::Articles(n) => shard.articles >= n,
            ShardSize::Bytes(n) => shard.bytes >= n,
        };
        if full {
            self.close()?;
        }
        Ok(())
    }

    /// Closes the last shard; returns how many were written.
    pub fn finish(mut self) -> Result<usize> {
        self.close()?;
        Ok(self.next)
    }
}

// ---------------------------------------------------------------------------------------------
// ingest

/// An article on its way to the store: checked against its stored hash, extracted unless
/// unchanged.
struct Prepared {
    origin: String,
    outcome: Result<Ready>,
}

struct Ready {
    graph: String,
    hash: String,
    /// `None` when the worker found the article unchanged and did not extract it; the writer
    /// extracts it only if the store changed since (the same id twice in one batch).
    quads: Option<Vec<Quad>>,
    warnings: Vec<String>,
    /// Kept for the writer while not extracted.
    article: Option<Article>,
}

/// What became of one article on ingest, as reported to the caller.
pub enum Event<'a> {
    Done {
        origin: &'a str,
        result: Ingested,
        triples: usize,
        warnings: &'a [String],
    },
    Failed {
        error: &'a Error,
    },
    /// Every article is through; the last batches are being committed.
    Committing,
}

/// Totals of an ingest run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IngestStats {
    pub read: u64,
    pub added: u64,
    pub replaced: u64,
    pub unchanged: u64,
    pub failed: u64,
    pub triples: u64,
    pub warnings: u64,
    pub bulk_batches: u64,
    pub elapsed: Duration,
}

/// Ingests every article of `inputs` into the store: unchanged articles (same content hash)
/// are skipped before extraction, changed ones replaced in a transaction, new ones written in
/// batches (the bulk loader for large ones, see [`WriteOptions`]). `on_event` sees every
/// article in input order.
#[allow(clippy::too_many_arguments)]
pub fn ingest(
    store: &GraphStore,
    extractor: &Extractor,
    inputs: &[PathBuf],
    read: &ReadOptions,
    options: &GraphOptions,
    write: WriteOptions,
    p: Parallelism,
    mut on_event: impl FnMut(Event<'_>),
) -> Result<IngestStats> {
    let started = Instant::now();
    let mut stats = IngestStats::default();
    let mut writer = BatchWriter::new(store, write);
    run_ordered(
        p,
        || read_inputs(inputs, read),
        |article: Result<Article>| prepare(store, extractor, article, options),
        |prepared: Prepared| {
            stats.read += 1;
            let ready = match prepared.outcome {
                Ok(r) => r,
                Err(error) => {
                    stats.failed += 1;
                    on_event(Event::Failed { error: &error });
                    return Ok(());
                }
            };
            let Ready {
                graph,
                hash,
                quads,
                mut warnings,
                article,
            } = ready;
            let mut triples = 0;
            let result = writer.put(&graph, &hash, || {
                let quads = match (quads, article) {
                    (Some(q), _) => q,
                    (None, Some(article)) => {
                        let (doc, quads) = crate::convert(extractor, article, options);
                        warnings = doc.warnings;
                        quads
                    }
                    (None, None) => unreachable!("an unextracted article travels with its text"),
                };
                triples = quads.len();
                quads
            })?;
            match result {
                Ingested::Added => stats.added += 1,
                Ingested::Replaced => stats.replaced += 1,
                Ingested::Unchanged => {
                    stats.unchanged += 1;
                    warnings.clear();
                }
            }
            stats.triples += triples as u64;
            stats.warnings += warnings.len() as u64;
            on_event(Event::Done {
                origin: &prepared.origin,
                result,
                triples,
                warnings: &warnings,
            });
            Ok(())
        },
    )?;
    on_event(Event::Committing);
    stats.bulk_batches = writer.finish()?;
    stats.elapsed = started.elapsed();
    Ok(stats)
}

fn prepare(
    store: &GraphStore,
    extractor: &Extractor,
    article: Result<Article>,
    options: &GraphOptions,
) -> Prepared {
    let article = match article {
        Ok(a) => a,
        Err(e) => {
            return Prepared {
                origin: String::new(),
                outcome: Err(e),
            };
        }
    };
    let origin = article.origin.clone();
    let graph = article_iri(&options.base, &article.id);
    let hash = article.content_hash();
    let outcome = match store.stored_hash(&graph) {
        Err(e) => Err(e),
        Ok(Some(stored)) if stored == hash => Ok(Ready {
            graph,
            hash,
            quads: None,
            warnings: Vec::new(),
            article: Some(article),
        }),
        Ok(_) => guarded(&origin, || {
            let doc = extractor.extract(article);
            let quads = build_quads(&doc, &extractor.kb, options);
            Ready {
                graph,
                hash,
                quads: Some(quads),
                warnings: doc.warnings,
                article: None,
            }
        }),
    };
    Prepared { origin, outcome }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn output_is_in_input_order_whatever_the_timing() {
        for threads in [1, 2, 4, 7] {
            let mut seen = Vec::new();
            run_ordered(
                Parallelism { threads, window: 5 },
                || 0..200u64,
                |i| {
                    // Uneven work: later items often finish first.
                    std::thread::sleep(Duration::from_micros((i * 7919) % 13 * 50));
                    i * 2
                },
                |o| {
                    seen.push(o);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(seen, (0..200).map(|i| i * 2).collect::<Vec<_>>());
        }
    }

    #[test]
    fn the_reader_stays_within_the_window() {
        let read = AtomicUsize::new(0);
        let written = AtomicUsize::new(0);
        let window = 8;
        run_ordered(
            Parallelism { threads: 3, window },
            || {
                (0..500).inspect(|_| {
                    let r = read.fetch_add(1, Ordering::SeqCst) + 1;
                    // The reader pulls one item before it waits for the window.
                    assert!(r <= written.load(Ordering::SeqCst) + window + 1, "{r}");
                })
            },
            |i| i,
            |_| {
                std::thread::sleep(Duration::from_micros(20));
                written.fetch_add(1, Ordering::SeqCst);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(written.load(Ordering::SeqCst), 500);
    }

    #[test]
    fn a_failing_writer_stops_everything() {
        let read = AtomicUsize::new(0);
        let mut n = 0;
        let err = run_ordered(
            Parallelism {
                threads: 2,
                window: 4,
            },
            || {
                (0..1_000_000).inspect(|_| {
                    read.fetch_add(1, Ordering::SeqCst);
                })
            },
            |i| i,
            |_| {
                n += 1;
                if n == 10 {
                    Err(Error::Rdf("disk full".to_owned()))
                } else {
                    Ok(())
                }
            },
        )
        .unwrap_err();
        assert!(err.to_string().contains("disk full"));
        assert!(
            read.load(Ordering::SeqCst) < 100,
            "the reader stopped early"
        );
    }

    #[test]
    #[should_panic(expected = "boom")]
    fn a_panicking_worker_is_reraised() {
        let _ = run_ordered(
            Parallelism {
                threads: 2,
                window: 4,
            },
            || 0..100,
            |i| {
                assert!(i != 37, "boom");
                i
            },
            |_| Ok(()),
        );
    }

    #[test]
    fn nquads_from_the_sort_equal_the_serialiser() {
        let x = Extractor::new(crate::kb::Kb::embedded().unwrap());
        let options = GraphOptions::default();
        let article = Article::from_parts(
            "t",
            Some("Judul \"kutipan\"".to_owned()),
            "SEOUL - Presiden Korea Selatan Yoon Suk Yeol bertemu Menteri Luar Negeri Rusia Sergei Lavrov.\nBaris\tdua \\ é.",
            chrono::NaiveDate::from_ymd_opt(2023, 9, 6),
        );
        let doc = x.extract(article);
        let (quads, nquads) = crate::rdf::build_quads_and_nquads(&doc, &x.kb, &options);
        assert_eq!(quads, build_quads(&doc, &x.kb, &options));
        assert_eq!(
            build_nquads(&doc, &x.kb, &options),
            (quads.len(), nquads.clone())
        );
        let serialised =
            crate::rdf::write_quads(&quads, RdfFormat::NQuads, &options.base, Vec::new()).unwrap();
        assert!(quads.len() > 30);
        assert_eq!(nquads, String::from_utf8(serialised).unwrap());
    }

    #[test]
    fn shard_sizes() {
        assert_eq!("1000".parse(), Ok(ShardSize::Articles(1000)));
        assert_eq!("100MB".parse(), Ok(ShardSize::Bytes(100 << 20)));
        assert_eq!("100m".parse(), Ok(ShardSize::Bytes(100 << 20)));
        assert_eq!("2G".parse(), Ok(ShardSize::Bytes(2 << 30)));
        assert_eq!("512KiB".parse(), Ok(ShardSize::Bytes(512 << 10)));
        assert_eq!("4096B".parse(), Ok(ShardSize::Bytes(4096)));
        assert!("0".parse::<ShardSize>().is_err());
        assert!("10 parsecs".parse::<ShardSize>().is_err());
        assert!("MB".parse::<ShardSize>().is_err());
    }
}
