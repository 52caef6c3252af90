//! The counts an ingest keeps, and the one-line summary it prints on stderr.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

/// What an ingest did, for the summary line.
#[derive(Debug, Default)]
pub struct IngestSummary {
    /// Articles (re)written to the index.
    pub articles: u64,
    /// Articles found unchanged since the last ingest, left as they were.
    pub unchanged: u64,
    /// Files passed over without being opened, their stamps (size, times, inode) being those
    /// the last ingest saw; their articles are counted in `unchanged`.
    pub files_not_reopened: u64,
    /// Articles removed because their file is gone.
    pub removed: u64,
    /// Written articles with no publication date.
    pub undated: u64,
    /// Sentence documents written.
    pub sentences: u64,
    /// Written sentences with at least one speaker.
    pub with_speaker: u64,
    /// Distinct speaker names over the written articles, as 64-bit hashes: a few bytes each,
    /// however many millions of names a corpus holds.
    pub speakers: HashSet<u64>,
    /// Files skipped, counted by reason.
    pub skipped: BTreeMap<&'static str, u64>,
    /// Lines of JSON Lines files skipped, counted by reason.
    pub skipped_records: BTreeMap<&'static str, u64>,
    /// Bytes of article text read and analysed.
    pub bytes: u64,
}

impl IngestSummary {
    /// Counts one article written, of `sentences` sentences (its speakers are counted apart,
    /// as the index writer's threads find them).
    pub fn count_article(&mut self, sentences: u64, undated: bool, bytes: u64) {
        self.articles += 1;
        self.undated += u64::from(undated);
        self.bytes += bytes;
        self.sentences += sentences;
    }

    /// Counts one file skipped for `reason`.
    pub fn count_skipped(&mut self, reason: &'static str) {
        *self.skipped.entry(reason).or_default() += 1;
    }

    /// Counts one line of a JSON Lines file skipped for `reason`.
    pub fn count_skipped_record(&mut self, reason: &'static str) {
        *self.skipped_records.entry(reason).or_default() += 1;
    }

    /// The one-line summary printed on stderr at the end of an ingest.
    pub fn line(&self, seconds: f64, index: &Path) -> String {
        let skipped: u64 = self.skipped.values().sum();
        let mut skipped = format!("skipped {skipped} files{}", reasons(&self.skipped));
        let records: u64 = self.skipped_records.values().sum();
        if records > 0 {
            skipped += &format!(" and {records} records{}", reasons(&self.skipped_records));
        }
        let mut changes = String::new();
        if self.unchanged > 0 || self.removed > 0 {
            let not_reopened = match self.files_not_reopened {
                0 => String::new(),
                1 => " (1 file not reopened)".to_string(),
                n => format!(" ({n} files not reopened)"),
            };
            changes = format!(
                ", {} unchanged{not_reopened}, {} removed",
                self.unchanged, self.removed
            );
        }
        format!(
            "whosaid: ingested {} articles ({} undated){changes}, {} sentences, {} with a speaker, {} distinct speakers; {skipped}; {:.2} s, {:.1} MB/s; index {}",
            self.articles,
            self.undated,
            self.sentences,
            self.with_speaker,
            self.speakers.len(),
            seconds,
            self.bytes as f64 / 1e6 / seconds.max(1e-9),
            index.display()
        )
    }
}

/// The reasons counted, as ` (1 binary, 2 not UTF-8)`, or nothing when there are none.
fn reasons(counts: &BTreeMap<&'static str, u64>) -> String {
    if counts.is_empty() {
        return String::new();
    }
    let reasons: Vec<String> = counts.iter().map(|(why, n)| format!("{n} {why}")).collect();
    format!(" ({})", reasons.join(", "))
}
