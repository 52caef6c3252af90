//! `whosaid ingest DIR`: read every article under DIR into the index, re-indexing only what changed.

mod summary;

pub use summary::IngestSummary;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Instant;

use anyhow::{bail, Context};
use rayon::prelude::*;

use super::Outcome;
use crate::article::{find_article_files, read_article, ArticleFile};
use crate::cli::IngestArgs;
use crate::document::{build_documents, SentenceDoc};
use crate::index::catalog::indexed_articles;
use crate::index::{open_or_create_index, record_source, recorded_source, IndexError, IndexSink};

/// Articles read and analysed ahead of the index writer; bounds memory.
const PIPELINE_DEPTH: usize = 256;

/// One file's fate, sent from the readers to the writer.
enum FileResult {
    Indexed {
        id: String,
        fingerprint: u64,
        bytes: u64,
        undated: bool,
        docs: Vec<SentenceDoc>,
    },
    Unchanged,
    Skipped {
        reason: &'static str,
    },
}

/// The files of the folder, and whether the walk saw all of them.
struct Walk {
    files: Vec<ArticleFile>,
    complete: bool,
}

/// Entry point of `whosaid ingest`: walks, reads, analyses and indexes, then prints a summary.
pub fn run(args: &IngestArgs) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let source = source_folder(&args.dir)?;
    let index_path = &args.location.index;
    let (index, fields) = open_or_create_index(index_path)?;
    let known = indexed_articles(&index.reader()?.searcher())
        .with_context(|| format!("reading the index at {}", index_path.display()))?;
    check_source(index_path, &source, known.is_empty())?;
    let threads = args.threads.unwrap_or_else(default_threads);
    let mut sink = IndexSink::new(index_path, &index, fields, threads, args.memory << 20)?;
    let mut summary = IngestSummary::default();
    let walk = walk(&args.dir, &args.ext, &mut summary);
    write_articles(&sink, &walk.files, &known, &mut summary)?;
    if walk.complete {
        remove_vanished(&sink, &walk.files, &known, &mut summary);
    } else {
        eprintln!("whosaid: warning: some folders could not be read, so no article was removed from the index");
    }
    record_source(index_path, &source)?;
    sink.commit()?;
    sink.finish()?;
    if !args.quiet {
        eprintln!(
            "{}",
            summary.line(started.elapsed().as_secs_f64(), index_path)
        );
    }
    Ok(Outcome::Found)
}

/// The folder to ingest, as an absolute path, or an error saying what is wrong with it.
fn source_folder(dir: &Path) -> anyhow::Result<PathBuf> {
    if !dir.exists() {
        bail!(
            "{} does not exist: give the folder that holds your articles",
            dir.display()
        );
    }
    if !dir.is_dir() {
        bail!(
            "{} is a file, not a folder: give the folder that holds it",
            dir.display()
        );
    }
    dir.canonicalize()
        .with_context(|| format!("cannot resolve the folder {}", dir.display()))
}

/// An index mirrors one folder: ingesting another into it would mix two sets of article ids.
fn check_source(index: &Path, source: &Path, index_is_empty: bool) -> Result<(), IndexError> {
    match recorded_source(index) {
        Some(recorded) if recorded != source && !index_is_empty => Err(IndexError::OtherSource {
            index: index.to_path_buf(),
            source_dir: recorded,
            dir: source.to_path_buf(),
        }),
        _ => Ok(()),
    }
}

fn default_threads() -> usize {
    std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(4)
}

fn walk(dir: &Path, extensions: &[String], summary: &mut IngestSummary) -> Walk {
    let mut walk = Walk {
        files: Vec::new(),
        complete: true,
    };
    for found in find_article_files(dir, extensions) {
        match found {
            Ok(file) => walk.files.push(file),
            Err(problem) => {
                let path = problem.path.as_deref().unwrap_or(dir);
                eprintln!("whosaid: skipped {}: {}", path.display(), problem.reason);
                summary.count_skipped("unreadable");
                walk.complete = false;
            }
        }
    }
    walk
}

/// Reads and analyses the files on every core, writing each changed article as it comes.
fn write_articles(
    sink: &IndexSink,
    files: &[ArticleFile],
    known: &HashMap<String, u64>,
    summary: &mut IngestSummary,
) -> anyhow::Result<()> {
    let (sender, receiver) = mpsc::sync_channel::<FileResult>(PIPELINE_DEPTH);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            files.par_iter().for_each_with(sender, |sender, file| {
                // Sending fails only when the writer has stopped on an error: nothing more to do.
                let _ = sender.send(analyse_file(file, known));
            });
        });
        for result in receiver {
            match result {
                FileResult::Skipped { reason } => summary.count_skipped(reason),
                FileResult::Unchanged => summary.unchanged += 1,
                FileResult::Indexed {
                    id,
                    fingerprint,
                    bytes,
                    undated,
                    docs,
                } => {
                    sink.replace_article(&id, fingerprint, &docs)?;
                    summary.count_article(&docs, undated, bytes);
                }
            }
        }
        Ok(())
    })
}

fn analyse_file(file: &ArticleFile, known: &HashMap<String, u64>) -> FileResult {
    let article = match read_article(file) {
        Ok(article) => article,
        Err(error) => {
            eprintln!("whosaid: skipped {}: {error}", file.path.display());
            return FileResult::Skipped {
                reason: error.short_reason(),
            };
        }
    };
    if known.get(&article.id) == Some(&article.fingerprint) {
        return FileResult::Unchanged;
    }
    if let Some(bad) = &article.malformed_date {
        eprintln!(
            "whosaid: warning: {}: the date line says {bad:?}, which is not a date; ingested undated (write date YYYY-MM-DD)",
            file.path.display()
        );
    }
    FileResult::Indexed {
        fingerprint: article.fingerprint,
        bytes: article.text.len() as u64,
        undated: article.published.is_none(),
        docs: build_documents(&article),
        id: article.id,
    }
}

/// Removes the articles the index holds whose files are no longer in the folder.
fn remove_vanished(
    sink: &IndexSink,
    files: &[ArticleFile],
    known: &HashMap<String, u64>,
    summary: &mut IngestSummary,
) {
    let present: HashSet<&str> = files.iter().map(|f| f.id.as_str()).collect();
    for id in known.keys().filter(|id| !present.contains(id.as_str())) {
        sink.delete_article(id);
        summary.removed += 1;
    }
}
