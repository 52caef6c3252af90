//! The progress bar on stderr during an ingest, shown only on a terminal.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Progress through the files of an ingest: bytes read, files done, rate and time left.
pub struct Progress {
    bar: Option<ProgressBar>,
    files_done: u64,
    files_total: u64,
}

impl Progress {
    /// A bar over `total_bytes` in `total_files` files, drawn only when stderr is a terminal and
    /// `quiet` is off.
    pub fn new(total_bytes: u64, total_files: u64, quiet: bool) -> Progress {
        let visible = !quiet && std::io::stderr().is_terminal();
        let bar = visible.then(|| {
            let bar = ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template(
                "{bar:30} {msg} files, {decimal_bytes}/{decimal_total_bytes}, {decimal_bytes_per_sec}, ETA {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            bar
        });
        Progress {
            bar,
            files_done: 0,
            files_total: total_files,
        }
    }

    /// Counts `bytes` more bytes read, and one more file done when `ends_file`.
    pub fn advance(&mut self, bytes: u64, ends_file: bool) {
        self.files_done += u64::from(ends_file);
        if let Some(bar) = &self.bar {
            bar.inc(bytes);
            bar.set_message(format!("{}/{}", self.files_done, self.files_total));
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
