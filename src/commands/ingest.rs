//! `whosaid ingest DIR`: read every article under DIR into the index.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::sync::mpsc;
use std::time::Instant;

use anyhow::bail;
use rayon::prelude::*;

use super::Outcome;
use crate::article::{find_article_files, read_article, ArticleFile};
use crate::cli::IngestArgs;
use crate::document::{build_documents, SentenceDoc};
use crate::index::{open_or_create_index, IndexSink};

/// Articles read and analysed ahead of the index writer; bounds memory.
const PIPELINE_DEPTH: usize = 256;

/// What an ingest did, for the summary line.
#[derive(Debug, Default)]
pub struct IngestSummary {
    /// Articles written to the index.
    pub articles: u64,
    /// Articles with no publication date.
    pub undated: u64,
    /// Sentence documents written.
    pub sentences: u64,
    /// Sentences with at least one speaker.
    pub with_speaker: u64,
    /// Distinct speaker names over all articles.
    pub speakers: HashSet<String>,
    /// Files skipped, counted by reason.
    pub skipped: BTreeMap<&'static str, u64>,
    /// Bytes of article text read.
    pub bytes: u64,
}

/// One file's fate, sent from the readers to the writer.
enum FileResult {
    Indexed {
        id: String,
        bytes: u64,
        undated: bool,
        docs: Vec<SentenceDoc>,
    },
    Skipped {
        reason: &'static str,
    },
}

/// Entry point of `whosaid ingest`: walks, reads, analyses and indexes, then prints a summary.
pub fn run(args: &IngestArgs) -> anyhow::Result<Outcome> {
    check_dir(&args.dir)?;
    let started = Instant::now();
    let (index, fields) = open_or_create_index(&args.location.index)?;
    let threads = args.threads.unwrap_or_else(default_threads);
    let mut sink = IndexSink::new(
        &args.location.index,
        &index,
        fields,
        threads,
        args.memory << 20,
    )?;
    let mut summary = IngestSummary::default();
    let files = collect_files(&args.dir, &args.ext, &mut summary);
    let (sender, receiver) = mpsc::sync_channel::<FileResult>(PIPELINE_DEPTH);
    std::thread::scope(|scope| -> anyhow::Result<()> {
        scope.spawn(move || {
            files.par_iter().for_each_with(sender, |sender, file| {
                // The writer has stopped when sending fails; nothing more to do.
                let _ = sender.send(analyse_file(file));
            });
        });
        for result in receiver {
            record(&sink, &mut summary, result)?;
        }
        Ok(())
    })?;
    sink.commit()?;
    sink.finish()?;
    if !args.quiet {
        eprintln!(
            "{}",
            summary_line(
                &summary,
                started.elapsed().as_secs_f64(),
                &args.location.index
            )
        );
    }
    Ok(Outcome::Found)
}

fn check_dir(dir: &Path) -> anyhow::Result<()> {
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
    Ok(())
}

fn default_threads() -> usize {
    std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(4)
}

fn collect_files(
    dir: &Path,
    extensions: &[String],
    summary: &mut IngestSummary,
) -> Vec<ArticleFile> {
    let mut files = Vec::new();
    for found in find_article_files(dir, extensions) {
        match found {
            Ok(file) => files.push(file),
            Err(problem) => {
                let path = problem.path.as_deref().unwrap_or(dir);
                eprintln!("whosaid: skipped {}: {}", path.display(), problem.reason);
                *summary.skipped.entry("unreadable").or_default() += 1;
            }
        }
    }
    files
}

fn analyse_file(file: &ArticleFile) -> FileResult {
    match read_article(file) {
        Ok(article) => {
            if let Some(bad) = &article.malformed_date {
                eprintln!(
                    "whosaid: warning: {}: the date line says {bad:?}, which is not a date; ingested undated (write date YYYY-MM-DD)",
                    file.path.display()
                );
            }
            FileResult::Indexed {
                bytes: article.text.len() as u64,
                undated: article.published.is_none(),
                docs: build_documents(&article),
                id: article.id,
            }
        }
        Err(error) => {
            eprintln!("whosaid: skipped {}: {error}", file.path.display());
            FileResult::Skipped {
                reason: error.short_reason(),
            }
        }
    }
}

fn record(sink: &IndexSink, summary: &mut IngestSummary, result: FileResult) -> anyhow::Result<()> {
    match result {
        FileResult::Skipped { reason } => *summary.skipped.entry(reason).or_default() += 1,
        FileResult::Indexed {
            id,
            bytes,
            undated,
            docs,
        } => {
            sink.replace_article(&id, &docs)?;
            summary.articles += 1;
            summary.undated += u64::from(undated);
            summary.bytes += bytes;
            summary.sentences += docs.len() as u64;
            for doc in &docs {
                summary.with_speaker += u64::from(!doc.speakers.is_empty());
                for name in &doc.speakers {
                    if !summary.speakers.contains(name) {
                        summary.speakers.insert(name.clone());
                    }
                }
            }
        }
    }
    Ok(())
}

/// The one-line summary printed on stderr at the end of an ingest.
pub fn summary_line(summary: &IngestSummary, seconds: f64, index: &Path) -> String {
    let skipped: u64 = summary.skipped.values().sum();
    let reasons: Vec<String> = summary
        .skipped
        .iter()
        .map(|(why, n)| format!("{n} {why}"))
        .collect();
    let skipped = if skipped == 0 {
        "skipped 0 files".to_string()
    } else {
        format!("skipped {skipped} files ({})", reasons.join(", "))
    };
    let megabytes = summary.bytes as f64 / 1e6;
    format!(
        "whosaid: ingested {} articles ({} undated), {} sentences, {} with a speaker, {} distinct speakers; {skipped}; {:.2} s, {:.1} MB/s; index {}",
        summary.articles,
        summary.undated,
        summary.sentences,
        summary.with_speaker,
        summary.speakers.len(),
        seconds,
        megabytes / seconds.max(1e-9),
        index.display()
    )
}
