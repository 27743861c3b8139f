//! Per-stage benchmarks (criterion): reading JSON Lines, sentences + tokens, the gazetteer,
//! entity recognition, graph building, N-Quads serialisation, the whole conversion, and the
//! two store write paths (bulk loader, transactions).
//!
//! The corpus is `../shared/data/corpora/indosum-intl` (204 news articles) when this machine
//! has it, else the project's own `tests/fixtures` and `tests/devset`. Throughput is in bytes
//! of article text, so that every stage reads in the same unit as the targets (MB/s per core).
//!
//! `cargo bench` (all), `cargo bench -- gazetteer` (one stage).

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use oxigraph::model::Quad;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;
use warta::article::{Article, DEFAULT_MAX_BYTES, ReadOptions, read_inputs};
use warta::extract::{Document, Extractor};
use warta::kb::Kb;
use warta::rdf::{GraphOptions, build_quads, build_quads_and_nquads, write_quads};
use warta::store::{GraphStore, Ingested};
use warta::text::{split_sentences, tokenize};

struct Corpus {
    name: String,
    inputs: Vec<PathBuf>,
    /// Bytes of the input files.
    file_bytes: u64,
    articles: Vec<Article>,
    /// Bytes of article text.
    text_bytes: u64,
}

fn read_options() -> ReadOptions {
    ReadOptions {
        max_bytes: DEFAULT_MAX_BYTES,
        ..ReadOptions::default()
    }
}

fn corpus() -> Corpus {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let indosum =
        repo.join("../shared/data/corpora/indosum-intl/indosum_dev_intl_subset.plain.jsonl");
    let (name, inputs) = if indosum.is_file() {
        ("indosum-intl (204 articles)".to_owned(), vec![indosum])
    } else {
        eprintln!(
            "benches: ../shared/data/corpora/indosum-intl is not here; using tests/fixtures and tests/devset"
        );
        (
            "tests/fixtures + tests/devset".to_owned(),
            vec![repo.join("tests/fixtures"), repo.join("tests/devset")],
        )
    };
    let articles: Vec<Article> = read_inputs(&inputs, &read_options())
        .filter_map(Result::ok)
        .collect();
    let file_bytes = warta::article::input_size(&inputs).unwrap_or(0);
    let text_bytes = articles.iter().map(|a| a.text.len() as u64).sum();
    Corpus {
        name,
        inputs,
        file_bytes,
        articles,
        text_bytes,
    }
}

fn stages(c: &mut Criterion) {
    let corpus = corpus();
    if corpus.articles.is_empty() {
        eprintln!("benches: no articles to measure; skipped");
        return;
    }
    let x = Extractor::new(Kb::embedded().expect("the embedded knowledge base loads"));
    let options = GraphOptions::default();
    let abbreviations: Vec<&str> = x.kb.abbreviations.iter().map(String::as_str).collect();
    let docs: Vec<Document> = corpus
        .articles
        .iter()
        .map(|a| x.extract(a.clone()))
        .collect();
    let graphs: Vec<Vec<Quad>> = docs
        .iter()
        .map(|d| build_quads(d, &x.kb, &options))
        .collect();
    let quads: usize = graphs.iter().map(Vec::len).sum();
    eprintln!(
        "benches: {}: {} articles, {:.2} MB of text, {quads} quads",
        corpus.name,
        corpus.articles.len(),
        corpus.text_bytes as f64 / 1e6
    );

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(corpus.text_bytes));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(4));

    g.bench_function("read_jsonl", |b| {
        b.iter(|| {
            read_inputs(&corpus.inputs, &read_options())
                .filter_map(Result::ok)
                .map(|a| a.text.len())
                .sum::<usize>()
        })
    });
    g.bench_function("sentences_tokens", |b| {
        b.iter(|| {
            let mut n = 0;
            for a in &corpus.articles {
                for s in split_sentences(&a.text, 0, &abbreviations) {
                    n += tokenize(&a.text, s.start, s.end).len();
                }
            }
            n
        })
    });
    g.bench_function("gazetteer", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                for s in &d.sentences {
                    n += x.gazetteer.find(&d.article.text, s.start, s.end).len();
                }
            }
            n
        })
    });
    g.bench_function("extract", |b| {
        b.iter_batched(
            || corpus.articles.clone(),
            |articles| {
                articles
                    .into_iter()
                    .map(|a| x.extract(a).mentions.len())
                    .sum::<usize>()
            },
            BatchSize::LargeInput,
        )
    });
    // The event stage alone (cues, roles, time), on documents already extracted: what events
    // add to `extract`.
    g.bench_function("events", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| warta::event::extract_events(d, &x.kb, &x.cues).0.len())
                .sum::<usize>()
        })
    });
    g.bench_function("build_quads", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| build_quads(d, &x.kb, &options).len())
                .sum::<usize>()
        })
    });
    g.bench_function("nquads", |b| {
        b.iter(|| {
            let mut n = 0;
            for q in &graphs {
                let out = write_quads(
                    q,
                    oxigraph::io::RdfFormat::NQuads,
                    &options.base,
                    Vec::with_capacity(1 << 16),
                )
                .unwrap();
                n += out.len();
            }
            n
        })
    });
    // What `warta convert` does per article: extract, build the sorted graph, whose sort
    // yields the N-Quads text.
    g.bench_function("convert_end_to_end", |b| {
        b.iter_batched(
            || corpus.articles.clone(),
            |articles| {
                let mut n = 0;
                for a in articles {
                    let doc = x.extract(a);
                    let (_, nquads) = build_quads_and_nquads(&doc, &x.kb, &options);
                    n += black_box(nquads).len();
                }
                n
            },
            BatchSize::LargeInput,
        )
    });
    g.finish();

    // The store's write paths, on RocksDB in a temporary folder (a fresh store each time).
    let mut g = c.benchmark_group("store");
    g.throughput(Throughput::Elements(quads as u64));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(8));
    let fresh = || {
        let dir = tempfile::tempdir().unwrap();
        let store = GraphStore::open(&dir.path().join("store")).unwrap();
        (dir, store)
    };
    g.bench_function("bulk_loader", |b| {
        b.iter_batched(
            fresh,
            |(dir, store)| {
                let mut loader = store.store.bulk_loader();
                loader.load_quads(graphs.iter().flatten().cloned()).unwrap();
                loader.commit().unwrap();
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    let hashes: Vec<(String, String)> = docs
        .iter()
        .map(|d| {
            (
                warta::rdf::article_iri(&options.base, &d.article.id),
                d.article.content_hash(),
            )
        })
        .collect();
    g.bench_function("transaction_per_article", |b| {
        b.iter_batched(
            fresh,
            |(dir, store)| {
                for ((graph, hash), q) in hashes.iter().zip(&graphs) {
                    let r = store.replace_graph(graph, hash, q).unwrap();
                    assert_eq!(r, Ingested::Added);
                }
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
    eprintln!(
        "benches: input files {:.2} MB for {:.2} MB of text",
        corpus.file_bytes as f64 / 1e6,
        corpus.text_bytes as f64 / 1e6
    );
}

criterion_group!(benches, stages);
criterion_main!(benches);
