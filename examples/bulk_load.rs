//! Oxigraph's own bulk loader, the yardstick for `warta ingest` (see `scripts/bench`).
//!
//! Loads N-Quads files into a store with `Store::bulk_loader` and `load_from_reader`, the way
//! Oxigraph documents it (default threads and memory), with the same `oxigraph` version that
//! warta links, then commits. The files are read as one stream, so the loader cuts its own
//! batches (a million quads each) as it would for one big file.
//!
//! ```sh
//! cargo run --release --example bulk_load -- STORE_DIR part-00000.nq part-00001.nq …
//! ```
//!
//! Prints `quads=N seconds=S` (N counted after the timed part).

use oxigraph::io::RdfFormat;
use oxigraph::store::Store;
use std::fs::File;
use std::io::{BufReader, Read};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((store_dir, files)) = args.split_first() else {
        eprintln!("usage: bulk_load STORE_DIR FILE.nq…");
        std::process::exit(2);
    };
    let started = Instant::now();
    let store = Store::open(store_dir)?;
    let mut input: Box<dyn Read> = Box::new(std::io::empty());
    for f in files {
        input = Box::new(input.chain(File::open(f)?));
    }
    let mut loader = store.bulk_loader();
    loader.load_from_reader(RdfFormat::NQuads, BufReader::with_capacity(1 << 20, input))?;
    loader.commit()?;
    let seconds = started.elapsed().as_secs_f64();
    let quads = store.len()?;
    println!("quads={quads} seconds={seconds:.3}");
    Ok(())
}
