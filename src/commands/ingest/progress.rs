//! The progress bar on stderr during an ingest, shown only on a terminal.

use std::io::IsTerminal;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::article::find_article_files;

/// Progress through the files of an ingest: bytes read, files done, rate and time left.
pub struct Progress {
    bar: Option<ProgressBar>,
    files_done: u64,
    /// The files of the folder, as counted so far.
    files_total: Arc<AtomicU64>,
}

impl Progress {
    /// A bar over the files with extensions `extensions` under `dir`, drawn only when stderr is
    /// a terminal and `quiet` is off. The ingest reads the files as its walk finds them, so a
    /// thread of its own walks the folder first to count them and their bytes (a walk costs
    /// little beside reading and indexing); the totals grow until it is done.
    pub fn new(dir: &Path, extensions: &[String], quiet: bool) -> Progress {
        let visible = !quiet && std::io::stderr().is_terminal();
        let files_total = Arc::new(AtomicU64::new(0));
        let bar = visible.then(|| {
            let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template(
                "{bar:30} {msg} files, {decimal_bytes}/{decimal_total_bytes}, {decimal_bytes_per_sec}, ETA {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            let (counter, files) = (bar.clone(), Arc::clone(&files_total));
            let (dir, extensions) = (dir.to_path_buf(), extensions.to_vec());
            std::thread::spawn(move || {
                for file in find_article_files(&dir, &extensions).flatten() {
                    counter.inc_length(file.size());
                    files.fetch_add(1, Ordering::Relaxed);
                }
            });
            bar
        });
        Progress {
            bar,
            files_done: 0,
            files_total,
        }
    }

    /// Counts `bytes` more bytes read, and one more file done when `ends_file`.
    pub fn advance(&mut self, bytes: u64, ends_file: bool) {
        self.files_done += u64::from(ends_file);
        if let Some(bar) = &self.bar {
            bar.inc(bytes);
            let total = self.files_total.load(Ordering::Relaxed);
            bar.set_message(format!("{}/{total}", self.files_done));
        }
    }

    /// Prints a message on stderr without tearing the bar.
    pub fn warn(&self, message: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{message}")),
            None => eprintln!("{message}"),
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
