//! The progress bar of long batches: on stderr, only when stderr is a terminal and not `-q`.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use warta::article::input_size;

pub struct Progress {
    bar: Option<ProgressBar>,
    bytes: Arc<AtomicU64>,
    articles: u64,
    started: Instant,
    shown: Instant,
}

impl Progress {
    /// A bar over the inputs' bytes (with ETA) when their size is known, else a spinner.
    pub fn new(quiet: bool, inputs: &[PathBuf]) -> Self {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let (len, template) = match input_size(inputs) {
                Some(n) => (
                    Some(n),
                    "{spinner} {elapsed_precise} [{wide_bar}] {binary_bytes}/{binary_total_bytes} {msg} ETA {eta}",
                ),
                None => (None, "{spinner} {elapsed_precise} {binary_bytes} {msg}"),
            };
            let bar = ProgressBar::with_draw_target(len, ProgressDrawTarget::stderr_with_hz(5));
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        let now = Instant::now();
        Progress {
            bar,
            bytes: Arc::new(AtomicU64::new(0)),
            articles: 0,
            started: now,
            shown: now,
        }
    }

    /// The counter the readers add their bytes to, when a bar is shown.
    pub fn counter(&self) -> Option<Arc<AtomicU64>> {
        self.bar.as_ref().map(|_| Arc::clone(&self.bytes))
    }

    /// One more article done.
    pub fn article(&mut self) {
        self.articles += 1;
        let Some(bar) = &self.bar else { return };
        if self.shown.elapsed() < Duration::from_millis(100) {
            return;
        }
        self.shown = Instant::now();
        bar.set_position(self.bytes.load(Ordering::Relaxed));
        let secs = self.started.elapsed().as_secs_f64().max(1e-3);
        bar.set_message(format!(
            "{} articles, {:.0} articles/s",
            self.articles,
            self.articles as f64 / secs
        ));
    }

    /// Replaces the bar's message (the article count) with a note.
    pub fn message(&self, note: &str) {
        if let Some(bar) = &self.bar {
            bar.set_position(self.bytes.load(Ordering::Relaxed));
            bar.set_message(format!("{} articles, {note}", self.articles));
        }
    }

    /// Prints a message line without tearing the bar.
    pub fn println(&self, message: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{message}")),
            None => eprintln!("{message}"),
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
