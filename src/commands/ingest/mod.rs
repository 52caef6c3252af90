//! `whosaid ingest DIR`: read every article under DIR into the index, re-indexing only what changed.

mod progress;
mod summary;

pub use summary::IngestSummary;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use rayon::prelude::*;

use self::progress::Progress;
use super::Outcome;
use crate::article::{find_article_files, read_article, Article, ArticleFile};
use crate::cli::{AnalysisArg, DateFromPath, IngestArgs};
use crate::document::{build_documents, Analyses, SentenceDoc};
use crate::index::catalog::indexed_articles;
use crate::index::{open_or_create_index, record_ingest, recorded_source, IndexError, IndexSink};

/// Articles read and analysed ahead of the index writer; bounds memory.
const PIPELINE_DEPTH: usize = 256;

/// One file's fate, sent from the readers to the writer, with its size for progress.
struct FileResult {
    size: u64,
    fate: Fate,
}

/// What became of a file.
enum Fate {
    Indexed {
        id: String,
        fingerprint: u64,
        undated: bool,
        docs: Vec<SentenceDoc>,
        warning: Option<String>,
    },
    Unchanged,
    Skipped {
        reason: &'static str,
        message: String,
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
    let total_bytes = walk.files.iter().map(|f| f.size).sum();
    let mut progress = Progress::new(total_bytes, walk.files.len() as u64, args.quiet);
    let written = write_articles(
        &mut sink,
        &walk.files,
        &known,
        args,
        &mut summary,
        &mut progress,
    );
    progress.finish();
    written?;
    if walk.complete {
        remove_vanished(&sink, &walk.files, &known, &mut summary);
    } else {
        eprintln!("whosaid: warning: some folders could not be read, so no article was removed from the index");
    }
    sink.commit()?;
    sink.finish()?;
    let line = summary.line(started.elapsed().as_secs_f64(), index_path);
    record_ingest(index_path, &source, &line)?;
    if !args.quiet {
        eprintln!("{line}");
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
    sink: &mut IndexSink,
    files: &[ArticleFile],
    known: &HashMap<String, u64>,
    options: &IngestArgs,
    summary: &mut IngestSummary,
    progress: &mut Progress,
) -> anyhow::Result<()> {
    let path_dates = options.date_from_path == DateFromPath::Auto;
    let commit_every = Duration::from_secs_f64(options.commit_every.max(0.0));
    let analyses = Analyses {
        speakers: !options.without.contains(&AnalysisArg::Speakers),
        dates: !options.without.contains(&AnalysisArg::Dates),
    };
    let (sender, receiver) = mpsc::sync_channel::<FileResult>(PIPELINE_DEPTH);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            files.par_iter().for_each_with(sender, |sender, file| {
                // Sending fails only when the writer has stopped on an error: nothing more to do.
                let _ = sender.send(analyse_file(file, known, path_dates, analyses));
            });
        });
        let mut last_commit = Instant::now();
        for result in receiver {
            // A commit now and then keeps the work done if the ingest is killed; a run again
            // finds those articles unchanged and goes on from there.
            if last_commit.elapsed() >= commit_every {
                sink.commit()?;
                last_commit = Instant::now();
            }
            match result.fate {
                Fate::Skipped { reason, message } => {
                    progress.warn(&message);
                    summary.count_skipped(reason);
                }
                Fate::Unchanged => summary.unchanged += 1,
                Fate::Indexed {
                    id,
                    fingerprint,
                    undated,
                    docs,
                    warning,
                } => {
                    if let Some(warning) = warning {
                        progress.warn(&warning);
                    }
                    sink.replace_article(&id, fingerprint, &docs)?;
                    summary.count_article(&docs, undated, result.size);
                }
            }
            progress.advance(result.size);
        }
        Ok(())
    })
}

fn analyse_file(
    file: &ArticleFile,
    known: &HashMap<String, u64>,
    path_dates: bool,
    analyses: Analyses,
) -> FileResult {
    let read = read_article(file).map(|mut article| {
        if path_dates {
            article.date_from_path_if_undated();
        }
        article
    });
    let fate = match read {
        Err(error) => Fate::Skipped {
            reason: error.short_reason(),
            message: format!("whosaid: skipped {}: {error}", file.path.display()),
        },
        Ok(article) if known.get(&article.id) == Some(&ingest_fingerprint(&article, path_dates, analyses)) => {
            Fate::Unchanged
        }
        Ok(article) => Fate::Indexed {
            warning: article.malformed_date.as_ref().map(|bad| {
                format!(
                    "whosaid: warning: {}: the date line says {bad:?}, which is not a date; ingested undated (write date YYYY-MM-DD)",
                    file.path.display()
                )
            }),
            fingerprint: ingest_fingerprint(&article, path_dates, analyses),
            undated: article.published.is_none(),
            docs: build_documents(&article, analyses),
            id: article.id,
        },
    };
    FileResult {
        size: file.size,
        fate,
    }
}

/// The article's fingerprint, told apart by the options that change how it is indexed.
fn ingest_fingerprint(article: &Article, path_dates: bool, analyses: Analyses) -> u64 {
    let options = u64::from(path_dates)
        | u64::from(!analyses.speakers) << 1
        | u64::from(!analyses.dates) << 2;
    article.fingerprint ^ options
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
