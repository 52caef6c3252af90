//! Writing sentence documents to the index, one article at a time.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::index::SegmentId;
use tantivy::indexer::{NoMergePolicy, UserOperation};
use tantivy::schema::document::Document;
use tantivy::{Index, IndexWriter, TantivyDocument};

use super::backpressure::{Gate, Pending};
use super::error::IndexError;
use super::schema::Fields;

/// The smallest memory budget tantivy accepts per indexing thread, in bytes.
const MIN_BYTES_PER_THREAD: usize = 15_000_000;
/// The most sentence documents waiting for an indexing thread: enough to keep them busy.
const MAX_WAITING_DOCUMENTS: usize = 20_000;

/// An open writer on the index: replaces articles' documents, then commits them all at once.
///
/// `D` is the form of the documents given: tantivy's own, or one that builds its fields when
/// an indexing thread first reads them.
pub struct IndexSink<D: Document = TantivyDocument> {
    writer: IndexWriter<Pending<D>>,
    gate: Arc<Gate>,
    fields: Fields,
    path: PathBuf,
}

impl<D: Document> IndexSink<D> {
    /// Takes the index's write lock with `threads` indexing threads sharing `memory_bytes`.
    ///
    /// Fails with [`IndexError::Busy`] when another ingest holds the lock.
    pub fn new(
        path: &Path,
        index: &Index,
        fields: Fields,
        threads: usize,
        memory_bytes: usize,
    ) -> Result<IndexSink<D>, IndexError> {
        let threads = threads.max(1);
        let memory_bytes = memory_bytes.max(threads * MIN_BYTES_PER_THREAD);
        let writer = index
            .writer_with_num_threads(threads, memory_bytes)
            .map_err(|e| IndexError::tantivy(path, e))?;
        // Background merges of large segments doubled the ingest's peak memory on news-33k
        // (300 MB -> 500 MB) and cost a fifth of its CPU; searches over a few dozen segments
        // still answer in about a millisecond.
        writer.set_merge_policy(Box::new(NoMergePolicy));
        Ok(IndexSink {
            writer,
            gate: Gate::new(MAX_WAITING_DOCUMENTS),
            fields,
            path: path.to_path_buf(),
        })
    }

    /// The index's fields, to build the documents given to [`Self::replace_article`] with.
    pub fn fields(&self) -> Fields {
        self.fields
    }

    /// Removes every document of `article` (at the next commit).
    pub fn delete_article(&self, article: &str) -> Result<(), IndexError> {
        self.writer
            .delete_query(Box::new(self.fields.article_query(article)))
            .map(|_| ())
            .map_err(|e| IndexError::tantivy(&self.path, e))
    }

    /// Replaces whatever the index holds for `article` with `docs` (made by
    /// [`Fields::to_document`], now or when an indexing thread reads them), as one batch; `replaces` says whether it holds anything (a new
    /// article needs no delete, which would cost a lookup in every segment at the next commit).
    ///
    /// The batch keeps the article's documents together and in order; until the next commit,
    /// searches still see the article's previous documents.
    pub fn replace_article(
        &mut self,
        article: &str,
        docs: Vec<D>,
        replaces: bool,
    ) -> Result<(), IndexError> {
        if replaces {
            // Stamped before the documents below, so it removes only those written before.
            self.delete_article(article)?;
        }
        self.gate.enter(docs.len());
        let operations: Vec<_> = docs
            .into_iter()
            .map(|document| UserOperation::Add(Pending::new(document, Arc::clone(&self.gate))))
            .collect();
        match self.writer.run(operations) {
            Ok(_) => Ok(()),
            Err(error) => Err(self.fail(error)),
        }
    }

    /// Makes everything written so far durable and visible to searches; returns the commit's
    /// opstamp, the one the index's metadata now holds.
    pub fn commit(&mut self) -> Result<u64, IndexError> {
        match self.writer.commit() {
            Ok(opstamp) => Ok(opstamp),
            Err(error) => Err(self.fail(error)),
        }
    }

    /// Turns a failed write into the error the user sees, after putting the index back at its
    /// last commit and deleting the files written since, which would otherwise fill the disk.
    fn fail(&mut self, error: tantivy::TantivyError) -> IndexError {
        // When an indexing thread fails, adding documents only says the writer was killed;
        // joining the threads, as preparing a commit does, brings up what they met.
        let cause = match self.writer.prepare_commit() {
            Err(cause) if !matches!(cause, tantivy::TantivyError::ErrorInThread(_)) => cause,
            _ => error,
        };
        if self.writer.rollback().is_ok() {
            // Best effort: the next ingest's first commit collects them anyway.
            let _ = self.writer.garbage_collect_files().wait();
            // A segment another thread finished while the disk filled may never have been
            // listed as tantivy's (the list is a file too), so the collection misses it.
            remove_uncommitted_segment_files(&self.path, self.writer.index());
        }
        IndexError::write_failed(&self.path, &cause)
    }

    /// Waits for background merges to finish, releasing the write lock.
    pub fn finish(self) -> Result<(), IndexError> {
        let path = self.path;
        self.writer
            .wait_merging_threads()
            .map_err(|e| IndexError::tantivy(&path, e))
    }
}

/// Deletes the files in the index folder `path` of segments that its last commit does not hold
/// (`<segment id>.<ext>`, `<segment id>.<opstamp>.del`). Only the writer, which holds the lock,
/// calls this, after a rollback: nothing is writing, and searches open committed segments only.
fn remove_uncommitted_segment_files(path: &Path, index: &Index) {
    let Ok(metas) = index.load_metas() else {
        return;
    };
    let committed: std::collections::HashSet<String> = metas
        .segments
        .iter()
        .map(|segment| segment.id().uuid_string())
        .collect();
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        let Some((id, _ext)) = name.split_once('.') else {
            continue;
        };
        let is_segment_file = id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit());
        if is_segment_file && !committed.contains(id) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Merges the segments of the index at `path` into at most `target` segments, a group at a time
/// (so that memory holds one group's work, not the whole index's), and deletes the files the
/// merges replaced. Returns the number of segments before and after.
///
/// Fails with [`IndexError::Busy`] while an ingest writes to the index; searches meanwhile see
/// the segments as they were until each merge is done.
pub fn merge_segments(
    path: &Path,
    index: &Index,
    target: usize,
) -> Result<(usize, usize), IndexError> {
    let mut writer: IndexWriter = index
        .writer_with_num_threads(1, MIN_BYTES_PER_THREAD)
        .map_err(|e| IndexError::tantivy(path, e))?;
    writer.set_merge_policy(Box::new(NoMergePolicy));
    let mut segments = index
        .searchable_segment_metas()
        .map_err(|e| IndexError::tantivy(path, e))?;
    let before = segments.len();
    // Segments of similar size merge together: sorted by size, in groups of equal count.
    segments.sort_by_key(|meta| meta.num_docs());
    let per_group = before.div_ceil(target.max(1)).max(1);
    let groups: Vec<Vec<SegmentId>> = segments
        .chunks(per_group)
        .map(|group| group.iter().map(|meta| meta.id()).collect())
        .collect();
    // A segment's files stay while anything holds its metadata: let go of it before merging.
    drop(segments);
    for ids in groups.iter().filter(|ids| ids.len() > 1) {
        writer
            .merge(ids)
            .wait()
            .map_err(|e| IndexError::write_failed(path, &e))?;
    }
    let after = groups.len();
    writer
        .wait_merging_threads()
        .map_err(|e| IndexError::tantivy(path, e))?;
    // The merged segments' files go once the new metadata is saved: a writer opened afterwards
    // sees which files are no longer used.
    let collector: IndexWriter = index
        .writer_with_num_threads(1, MIN_BYTES_PER_THREAD)
        .map_err(|e| IndexError::tantivy(path, e))?;
    collector
        .garbage_collect_files()
        .wait()
        .map_err(|e| IndexError::write_failed(path, &e))?;
    Ok((before, after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_files_of_uncommitted_segments_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index");
        let (index, fields) = crate::index::open_or_create_index(&path).unwrap();
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let mut doc = TantivyDocument::new();
        doc.add_text(fields.article, "a.txt");
        writer.add_document(doc).unwrap();
        writer.commit().unwrap();
        let committed = index.searchable_segment_ids().unwrap()[0].uuid_string();
        let orphan = "0123456789abcdef0123456789abcdef";
        for name in [format!("{orphan}.store"), format!("{orphan}.7.del")] {
            std::fs::write(path.join(name), b"left over").unwrap();
        }
        std::fs::write(path.join("notes.txt"), b"not a segment").unwrap();

        remove_uncommitted_segment_files(&path, &index);

        let names: Vec<String> = std::fs::read_dir(&path)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(names.iter().all(|n| !n.starts_with(orphan)), "{names:?}");
        assert!(names.contains(&"notes.txt".to_string()));
        assert!(names.contains(&format!("{committed}.store")), "{names:?}");
        assert_eq!(index.searchable_segment_ids().unwrap().len(), 1);
    }
}
