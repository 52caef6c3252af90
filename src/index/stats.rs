//! What an index holds, in a few figures: for `whosaid stats`.

use std::collections::HashSet;
use std::ops::Bound;
use std::path::Path;

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::RangeQuery;
use tantivy::{DateTime, Order, Term};

use super::catalog::indexed_articles;
use super::schema::{speaker_from_column, SPEAKER_NAME};
use super::search::{Search, SearchError};

/// The figures `whosaid stats` prints.
#[derive(Debug, Clone, Serialize)]
pub struct IndexStats {
    /// Articles in the index.
    pub articles: u64,
    /// Sentence documents in the index.
    pub sentences: u64,
    /// Distinct speaker names.
    pub speakers: u64,
    /// The earliest publication date, `YYYY-MM-DD`.
    pub first_date: Option<String>,
    /// The latest publication date, `YYYY-MM-DD`.
    pub last_date: Option<String>,
    /// The index's size on disk, in bytes.
    pub bytes_on_disk: u64,
}

impl Search {
    /// Counts what the index at `path` holds.
    pub fn stats(&self, path: &Path) -> Result<IndexStats, SearchError> {
        let searcher = self.reader.searcher();
        Ok(IndexStats {
            articles: indexed_articles(&searcher)?.len() as u64,
            sentences: searcher.num_docs(),
            speakers: distinct_speakers(&searcher)?,
            first_date: self.extreme_date(Order::Asc)?,
            last_date: self.extreme_date(Order::Desc)?,
            bytes_on_disk: folder_size(path),
        })
    }

    /// The publication date of the first sentence in `order` of date, among dated sentences.
    fn extreme_date(&self, order: Order) -> Result<Option<String>, SearchError> {
        let searcher = self.reader.searcher();
        let dated = RangeQuery::new(
            Bound::Included(Term::from_field_date_for_search(
                self.fields.date,
                DateTime::MIN,
            )),
            Bound::Unbounded,
        );
        let top = TopDocs::with_limit(1).order_by_fast_field::<DateTime>("date", order);
        let found = searcher.search(&dated, &top)?;
        match found.first() {
            Some((_, address)) => Ok(self
                .read_doc(&searcher, *address, &mut Default::default())?
                .date),
            None => Ok(None),
        }
    }
}

/// How many distinct speaker names the index holds, read from the fast column's dictionaries.
///
/// A name left only by deleted documents may count until segments merge.
fn distinct_speakers(searcher: &tantivy::Searcher) -> Result<u64, SearchError> {
    let mut names: HashSet<Vec<u8>> = HashSet::new();
    for segment in searcher.segment_readers() {
        let Some(column) = segment.fast_fields().str(SPEAKER_NAME)? else {
            continue;
        };
        let mut stream = column.dictionary().stream()?;
        while stream.advance() {
            // A name of two kinds ("person:Washington", "organisation:Washington") is one.
            let key = stream.key();
            let name = std::str::from_utf8(key)
                .map_or(key, |value| speaker_from_column(value).1.as_bytes());
            if !names.contains(name) {
                names.insert(name.to_vec());
            }
        }
    }
    Ok(names.len() as u64)
}

/// The total size of the files in a folder (not its subfolders: an index has none).
fn folder_size(path: &Path) -> u64 {
    std::fs::read_dir(path)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|entry| entry.metadata().ok())
                .filter(|meta| meta.is_file())
                .map(|meta| meta.len())
                .sum()
        })
        .unwrap_or(0)
}
