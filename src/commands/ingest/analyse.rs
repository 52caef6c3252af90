//! Reading a file into its records and analysing each, in parallel: files in, fates out.

use std::collections::HashMap;
use std::sync::mpsc::SyncSender;

use rayon::prelude::*;

use crate::article::{read_articles, Article, ArticleFile, ReadError, Record};
use tantivy::TantivyDocument;

use crate::document::{analyse_article, Analyses};
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
    /// Analysed, to be written in place of what the index holds for `id`.
    Indexed {
        /// The article id.
        id: String,
        /// Whether the article has no publication date.
        undated: bool,
        /// Its sentence documents, ready for the index.
        docs: Vec<TantivyDocument>,
        /// What they hold, for the summary.
        counts: ArticleCounts,
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

/// What an article's documents hold, for the ingest's summary.
#[derive(Debug, Default)]
pub struct ArticleCounts {
    /// Its sentences.
    pub sentences: u64,
    /// Its sentences with a speaker.
    pub with_speaker: u64,
    /// A hash of each speaker's name (repeats included): the summary counts the distinct ones.
    pub speaker_hashes: Vec<u64>,
}

/// The index writer stopped on an error, so no more results are wanted.
#[derive(Debug)]
pub struct WriterStopped;

/// Reads `file` and sends the fate of each of its records, analysing them on every core.
///
/// Fails only when the writer has stopped on an error, so that the walk stops too instead of
/// reading the rest of the folder for nothing.
pub fn analyse_file(
    file: &ArticleFile,
    known: &HashMap<String, u64>,
    options: Options,
    sender: &SyncSender<RecordResult>,
) -> Result<(), WriterStopped> {
    let records = match read_articles(file) {
        Ok(records) => records,
        Err(error) => {
            let fate = Fate::FileUnreadable {
                file: file.id.clone(),
                gone: matches!(error, ReadError::Vanished),
                reason: error.short_reason(),
                message: format!("whosaid: skipped {}: {error}", file.path().display()),
            };
            return sender
                .send(RecordResult {
                    bytes: file.size,
                    ends_file: true,
                    fate,
                })
                .map_err(|_| WriterStopped);
        }
    };
    let last = records.len().saturating_sub(1);
    records
        .into_par_iter()
        .enumerate()
        .try_for_each_with(sender.clone(), |sender, (n, record)| {
            let result = RecordResult {
                bytes: record.bytes,
                ends_file: n == last,
                fate: analyse_record(file, record, known, options),
            };
            sender.send(result).map_err(|_| WriterStopped)
        })
}

/// The fate of one record: skipped, unchanged, or analysed into documents.
fn analyse_record(
    file: &ArticleFile,
    record: Record,
    known: &HashMap<String, u64>,
    options: Options,
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
    let sentences = analyse_article(&article, options.analyses);
    if sentences.is_empty() {
        return Fate::NoArticle {
            is_line: record.line.is_some(),
            reason: "empty",
            message: format!(
                "whosaid: skipped {place}: it holds no text (empty or only white space)"
            ),
        };
    }
    let mut counts = ArticleCounts {
        sentences: sentences.len() as u64,
        ..ArticleCounts::default()
    };
    for sentence in &sentences {
        let before = counts.speaker_hashes.len();
        counts.speaker_hashes.extend(
            sentence
                .speakers()
                .map(|(name, _)| xxhash_rust::xxh3::xxh3_64(name.as_bytes())),
        );
        counts.with_speaker += u64::from(counts.speaker_hashes.len() > before);
    }
    let docs = sentences
        .iter()
        .map(|sentence| options.fields.to_document(sentence, fingerprint))
        .collect();
    // The sentences borrow the article, whose id moves into the fate.
    drop(sentences);
    Fate::Indexed {
        replaces: known.contains_key(&article.id),
        warning: warnings(&article, &place),
        undated: article.published.is_none(),
        docs,
        counts,
        id: article.id,
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
    let flags = u64::from(options.path_dates)
        | u64::from(!options.analyses.speakers) << 1
        | u64::from(!options.analyses.dates) << 2;
    article.fingerprint ^ flags
}
