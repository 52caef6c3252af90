//! Reading a file into its records and splitting each into sentences, in parallel: files in,
//! fates out (the analyses wait for the index writer's threads, see [`super::deferred`]).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::SyncSender;
use std::sync::Arc;

use rayon::prelude::*;

use super::deferred::{DeferredArticle, DeferredSentence, SpeakerTally};
use crate::analysis::split_sentences;
use crate::article::{read_articles, Article, ArticleFile, ReadError, Record};
use crate::document::Analyses;
use crate::index::catalog::KnownArticles;
use crate::index::file_stamps::{FileStamps, StampedFile};
use crate::index::Fields;

/// What ingest does to every record, the same for all.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Date an undated article by the date in its path.
    pub path_dates: bool,
    /// The analyses to run.
    pub analyses: Analyses,
    /// The index's fields, to build its documents with.
    pub fields: Fields,
    /// Files modified or changed at or after this moment (nanoseconds since 1970) get no
    /// stamp: they could change again within the same tick of the file system's clock.
    pub stamps_before_ns: i64,
}

/// `file` passed over, if its stamp is the one the last ingest saw: its articles are in the
/// index as they are, and it is not opened (its saved stamp is marked in `stamps`). The file
/// back otherwise, to read.
pub fn pass_over(file: ArticleFile, stamps: &mut FileStamps) -> Result<StampedFile, ArticleFile> {
    let Some(stamp) = file.stamp else {
        return Err(file);
    };
    match stamps.pass_over(&file.id, &stamp) {
        Some(articles) => Ok(StampedFile {
            id: file.id,
            stamp,
            articles,
        }),
        None => Err(file),
    }
}

/// One record's fate, sent from the readers to the writer.
pub struct RecordResult {
    /// The bytes of the file the record accounts for, for progress.
    pub bytes: u64,
    /// Whether this is the last result of its file, for the count of files done.
    pub ends_file: bool,
    /// What became of it.
    pub fate: Fate,
}

/// What became of a record (a file, for the formats holding one article a file).
pub enum Fate {
    /// The walk could not read a folder or an entry: nothing is removed from the index.
    WalkProblem {
        /// The message for stderr, naming the path and why.
        message: String,
    },
    /// Read and split, to be written in place of what the index holds for `id`.
    Indexed {
        /// The article id.
        id: String,
        /// Whether the article has no publication date.
        undated: bool,
        /// Its sentence documents, analysed when the index writer first reads them.
        docs: Vec<DeferredSentence>,
        /// A warning to print (a malformed date), naming the file.
        warning: Option<String>,
        /// Whether the index already holds documents of this article, to be replaced.
        replaces: bool,
    },
    /// The index holds this article as it is.
    Unchanged {
        /// The article id.
        id: String,
    },
    /// The index holds every article of this file as it is, and the file was not read: its
    /// stamp is the one the last ingest saw.
    FileUnchanged(StampedFile),
    /// The file's records have all been sent. If every one was indexed or found unchanged, the
    /// file's stamp, for the next ingest to pass over the file while it stays the same.
    FileEnd(Option<StampedFile>),
    /// The whole file could not be read: its articles in the index stay as they were, unless
    /// the file is gone.
    FileUnreadable {
        /// The file's relative path, the prefix of its articles' ids.
        file: String,
        /// Whether the file is gone (deleted or moved since the walk found it), so that its
        /// articles leave the index like those of any file no longer there.
        gone: bool,
        /// Why, in a word or two, for the summary.
        reason: &'static str,
        /// The message for stderr, naming the file and what to do.
        message: String,
    },
    /// The file, or one line of it, holds no article.
    NoArticle {
        /// Whether it is one line of a JSON Lines file rather than a whole file.
        is_line: bool,
        /// Why, in a word or two, for the summary.
        reason: &'static str,
        /// The message for stderr, naming the file (and line) and what to do.
        message: String,
    },
}

/// The index writer stopped on an error, so no more results are wanted.
#[derive(Debug)]
pub struct WriterStopped;

/// The most results a reader holds before handing them to the writer.
pub const BATCH_RESULTS: usize = 8;
/// The most sentence documents a reader holds before handing them to the writer.
const BATCH_DOCUMENTS: usize = 1_000;

/// Hands a reader's results to the writer a few at a time, so that the writer wakes once a
/// batch, not once an article: on two cores the wake-ups made 35,000-80,000 switches between
/// threads an ingest of news-33k, eight at a time 8,000-11,000. The end of a file, sent after
/// its articles, does not count towards the batch. What it holds goes when it is dropped.
pub struct Batcher {
    sender: SyncSender<Vec<RecordResult>>,
    batch: Vec<RecordResult>,
    records: usize,
    documents: usize,
}

impl Batcher {
    /// A batcher sending to the writer's end of `sender`.
    pub fn new(sender: SyncSender<Vec<RecordResult>>) -> Batcher {
        Batcher {
            sender,
            batch: Vec::with_capacity(2 * BATCH_RESULTS),
            records: 0,
            documents: 0,
        }
    }

    /// Adds `result` to the batch, sending the batch when it is full.
    pub fn send(&mut self, result: RecordResult) -> Result<(), WriterStopped> {
        match &result.fate {
            Fate::Indexed { docs, .. } => {
                self.documents += docs.len();
                self.records += 1;
            }
            Fate::FileEnd(_) => {}
            _ => self.records += 1,
        }
        self.batch.push(result);
        if self.records >= BATCH_RESULTS || self.documents >= BATCH_DOCUMENTS {
            self.flush()
        } else {
            Ok(())
        }
    }

    fn flush(&mut self) -> Result<(), WriterStopped> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(2 * BATCH_RESULTS));
        self.records = 0;
        self.documents = 0;
        self.sender.send(batch).map_err(|_| WriterStopped)
    }
}

impl Clone for Batcher {
    /// Another reader's batcher, to the same writer, starting empty.
    fn clone(&self) -> Batcher {
        Batcher::new(self.sender.clone())
    }
}

impl Drop for Batcher {
    fn drop(&mut self) {
        // A writer that has stopped wants no more, and says why itself.
        let _ = self.flush();
    }
}

/// Reads `file` and sends the fate of each of its records, reading them on every core; the
/// analyses counted into `tally` run on the index writer's threads.
///
/// Fails only when the writer has stopped on an error, so that the walk stops too instead of
/// reading the rest of the folder for nothing.
pub fn analyse_file(
    file: &ArticleFile,
    known: &KnownArticles,
    (options, tally): (Options, &Arc<SpeakerTally>),
    sender: &mut Batcher,
) -> Result<(), WriterStopped> {
    let mut pieces = match read_articles(file) {
        Ok(pieces) => pieces,
        Err(error) => {
            let fate = Fate::FileUnreadable {
                file: file.id.clone(),
                gone: matches!(error, ReadError::Vanished),
                reason: error.short_reason(),
                message: format!("whosaid: skipped {}: {error}", file.path().display()),
            };
            return sender.send(RecordResult {
                bytes: file.size(),
                ends_file: true,
                fate,
            });
        }
    };
    let mut count = 0;
    let all_indexed = AtomicBool::new(true);
    let result = |record: Record| {
        let bytes = record.bytes;
        let fate = analyse_record(file, record, known, (options, tally));
        if !matches!(fate, Fate::Indexed { .. } | Fate::Unchanged { .. }) {
            all_indexed.store(false, Ordering::Relaxed);
        }
        RecordResult {
            bytes,
            ends_file: false,
            fate,
        }
    };
    loop {
        let records = match pieces.next_piece() {
            Ok(Some(records)) => records,
            Ok(None) => break,
            Err(error) => {
                // The articles not reached stay as the index has them.
                all_indexed.store(false, Ordering::Relaxed);
                let fate = Fate::FileUnreadable {
                    file: file.id.clone(),
                    gone: false,
                    reason: error.short_reason(),
                    message: format!(
                        "whosaid: skipped the rest of {} after {count} records: {error}",
                        file.path().display()
                    ),
                };
                sender.send(RecordResult {
                    bytes: 0,
                    ends_file: false,
                    fate,
                })?;
                break;
            }
        };
        count += records.len();
        if records.len() == 1 {
            // One article a file, the common case: it joins this reader's batch.
            records
                .into_iter()
                .try_for_each(|record| sender.send(result(record)))?;
        } else {
            records
                .into_par_iter()
                .try_for_each_with(sender.clone(), |sender, record| sender.send(result(record)))?;
        }
    }
    let stamp = file_stamp(file, count, all_indexed.into_inner(), options);
    sender.send(RecordResult {
        bytes: 0,
        ends_file: true,
        fate: Fate::FileEnd(stamp),
    })
}

/// The stamp to keep of `file`, whose `count` articles were all indexed (or found unchanged)
/// if `all_indexed`: none for a file with an article left out (skipped, so read and reported
/// again next time), one the file system gave no stamp, or one too recently written.
fn file_stamp(
    file: &ArticleFile,
    count: usize,
    all_indexed: bool,
    options: Options,
) -> Option<StampedFile> {
    let stamp = file.stamp?;
    if !all_indexed || count == 0 || stamp.is_recent(options.stamps_before_ns) {
        return None;
    }
    Some(StampedFile {
        id: file.id.clone(),
        stamp,
        articles: u32::try_from(count).ok()?,
    })
}

/// The fate of one record: skipped, unchanged, or split into documents to analyse.
fn analyse_record(
    file: &ArticleFile,
    record: Record,
    known: &KnownArticles,
    (options, tally): (Options, &Arc<SpeakerTally>),
) -> Fate {
    let place = match record.line {
        Some(line) => format!("{} line {line}", file.path().display()),
        None => file.path().display().to_string(),
    };
    let mut article = match record.article {
        Ok(article) => article,
        Err(error) => {
            return Fate::NoArticle {
                is_line: record.line.is_some(),
                reason: error.short_reason(),
                message: format!("whosaid: skipped {place}: {error}"),
            }
        }
    };
    if options.path_dates {
        article.date_from_path_if_undated();
    }
    let fingerprint = ingest_fingerprint(&article, options);
    if known.get(&article.id) == Some(&fingerprint) {
        return Fate::Unchanged { id: article.id };
    }
    let sentences = split_sentences(&article.text, article.body_start);
    if sentences.is_empty() {
        return Fate::NoArticle {
            is_line: record.line.is_some(),
            reason: "empty",
            message: format!(
                "whosaid: skipped {place}: it holds no text (empty or only white space)"
            ),
        };
    }
    let id = article.id.clone();
    let replaces = known.contains_key(&id);
    let warning = warnings(&article, &place);
    let undated = article.published.is_none();
    let docs = DeferredArticle::into_sentences(
        article,
        sentences,
        fingerprint,
        (options.analyses, options.fields),
        tally,
    );
    Fate::Indexed {
        id,
        undated,
        docs,
        warning,
        replaces,
    }
}

/// What to warn about an article that was ingested, naming its file (and line).
fn warnings(article: &Article, place: &str) -> Option<String> {
    let mut lines = Vec::new();
    if let Some(encoding) = article.decoded_from {
        lines.push(format!(
            "whosaid: warning: {place}: not UTF-8; read as {encoding} (offsets point at the original bytes; convert it with `iconv -f {encoding} -t UTF-8` to silence this)"
        ));
    }
    if let Some(bad) = &article.malformed_date {
        lines.push(format!(
            "whosaid: warning: {place}: the date says {bad:?}, which is not a date; ingested undated (write YYYY-MM-DD)"
        ));
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// The article's fingerprint, told apart by the options that change how it is indexed.
fn ingest_fingerprint(article: &Article, options: Options) -> u64 {
    article.fingerprint ^ option_flags(options)
}

/// What the fingerprints of an ingest with `options` share: whosaid's version and the options
/// that change how an article is indexed. Stamps of files are kept for one salt only.
pub fn fingerprint_salt(options: Options) -> u64 {
    crate::article::fingerprint(b"") ^ option_flags(options)
}

/// The options that change how an article is indexed, as bits.
fn option_flags(options: Options) -> u64 {
    u64::from(options.path_dates)
        | u64::from(!options.analyses.speakers) << 1
        | u64::from(!options.analyses.dates) << 2
        | u64::from(!options.analyses.speaker_fields) << 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{FileStamp, WalkProblem};
    use crate::index::file_stamps::{StampsValidity, StampsWriter};
    use std::sync::mpsc;

    fn unchanged(n: usize) -> RecordResult {
        RecordResult {
            bytes: 1,
            ends_file: true,
            fate: Fate::Unchanged {
                id: format!("a{n}.txt"),
            },
        }
    }

    #[test]
    fn a_batcher_sends_full_batches_then_the_rest_when_dropped() {
        let (sender, receiver) = mpsc::sync_channel(16);
        let mut batcher = Batcher::new(sender);
        for n in 0..BATCH_RESULTS + 3 {
            batcher.send(unchanged(n)).unwrap();
        }
        let first = receiver.try_recv().unwrap();
        assert_eq!(first.len(), BATCH_RESULTS);
        assert!(receiver.try_recv().is_err(), "the rest waits for more");
        let clone = batcher.clone();
        drop(batcher);
        assert_eq!(receiver.try_recv().unwrap().len(), 3);
        // A clone starts empty and sends nothing of its own.
        drop(clone);
        assert!(receiver.try_recv().is_err());
    }

    #[test]
    fn a_batcher_sends_a_batch_of_many_documents_at_once() {
        let (sender, receiver) = mpsc::sync_channel(16);
        let mut batcher = Batcher::new(sender);
        let text = "A sentence.\n\n".repeat(BATCH_DOCUMENTS);
        let article = Article::from_text("long.txt", text);
        let sentences = split_sentences(&article.text, article.body_start);
        let fields = Fields::from_schema(&crate::index::schema::build_schema()).unwrap();
        let docs = DeferredArticle::into_sentences(
            article,
            sentences,
            1,
            (Analyses::default(), fields),
            &Arc::default(),
        );
        assert_eq!(docs.len(), BATCH_DOCUMENTS);
        let result = RecordResult {
            bytes: 1,
            ends_file: true,
            fate: Fate::Indexed {
                id: "long.txt".to_string(),
                undated: false,
                docs,
                warning: None,
                replaces: false,
            },
        };
        batcher.send(result).unwrap();
        assert_eq!(receiver.try_recv().unwrap().len(), 1);
    }

    #[test]
    fn a_batcher_says_when_the_writer_has_stopped() {
        let (sender, receiver) = mpsc::sync_channel(16);
        let mut batcher = Batcher::new(sender);
        drop(receiver);
        let sent: Result<Vec<()>, WriterStopped> = (0..BATCH_RESULTS)
            .map(|n| batcher.send(unchanged(n)))
            .collect();
        assert!(sent.is_err());
    }

    const LAST_INGEST_NS: i64 = 1_700_000_000_000_000_000;

    fn stamp(size: u64) -> FileStamp {
        FileStamp {
            size,
            modified_ns: LAST_INGEST_NS - 60_000_000_000,
            changed_ns: LAST_INGEST_NS - 50_000_000_000,
            inode: 7,
        }
    }

    fn found(id: &str, stamp: Option<FileStamp>) -> Result<ArticleFile, WalkProblem> {
        Ok(ArticleFile {
            root: Arc::from(std::path::Path::new("/news")),
            id: id.to_string(),
            stamp,
        })
    }

    fn options() -> Options {
        Options {
            path_dates: true,
            analyses: Analyses::default(),
            fields: Fields::from_schema(&crate::index::schema::build_schema()).unwrap(),
            stamps_before_ns: LAST_INGEST_NS - 3_000_000_000,
        }
    }

    #[test]
    fn a_file_is_passed_over_only_when_its_whole_stamp_is_the_one_saved() {
        let index = tempfile::tempdir().unwrap();
        let validity = StampsValidity {
            opstamp: 3,
            salt: 9,
            source: "/news".into(),
        };
        let saved = StampedFile {
            id: "feed.jsonl".to_string(),
            stamp: stamp(120),
            articles: 4,
        };
        let mut writer =
            StampsWriter::create(index.path(), validity.salt, &validity.source).unwrap();
        writer.add(&saved).unwrap();
        writer.finish(validity.opstamp).unwrap();
        let load = || FileStamps::load(index.path(), &validity);
        let file = |id: &str, stamp| found(id, stamp).unwrap();
        let Ok(passed) = pass_over(file("feed.jsonl", Some(stamp(120))), &mut load()) else {
            panic!("an unchanged stamp is passed over");
        };
        assert_eq!(passed, saved);
        assert_eq!(passed.stamp.size, 120);
        let mut touched = stamp(120);
        touched.changed_ns += 1;
        let mut moved_in = stamp(120);
        moved_in.inode += 1;
        for other in [Some(stamp(121)), Some(touched), Some(moved_in), None] {
            assert!(
                pass_over(file("feed.jsonl", other), &mut load()).is_err(),
                "{other:?}"
            );
        }
        assert!(pass_over(file("other.jsonl", Some(stamp(120))), &mut load()).is_err());
    }

    #[test]
    fn only_a_file_indexed_whole_and_written_well_before_the_ingest_is_stamped() {
        let file = found("a.txt", Some(stamp(10))).unwrap();
        let stamped = file_stamp(&file, 2, true, options()).unwrap();
        assert_eq!((stamped.id.as_str(), stamped.articles), ("a.txt", 2));
        assert!(
            file_stamp(&file, 2, false, options()).is_none(),
            "a record left out"
        );
        assert!(
            file_stamp(&file, 0, true, options()).is_none(),
            "no article"
        );
        let mut recent = stamp(10);
        recent.changed_ns = options().stamps_before_ns;
        let recent = found("a.txt", Some(recent)).unwrap();
        assert!(
            file_stamp(&recent, 1, true, options()).is_none(),
            "changed too late"
        );
        let unstamped = found("a.txt", None).unwrap();
        assert!(file_stamp(&unstamped, 1, true, options()).is_none());
    }
}
