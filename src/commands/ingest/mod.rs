//! `whosaid ingest DIR`: read every article under DIR into the index, re-indexing only what changed.

mod analyse;
mod deferred;
mod progress;
mod summary;

pub use summary::IngestSummary;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant, SystemTime};

use anyhow::{bail, Context};
use rayon::prelude::*;

use self::analyse::{
    analyse_file, fingerprint_salt, pass_over, Batcher, Fate, Options, RecordResult, BATCH_RESULTS,
};
use self::deferred::{DeferredSentence, SpeakerTally};
use self::progress::Progress;
use super::Outcome;
use crate::article::find_article_files;
use crate::article::readahead::{ReadAhead, FILES_AHEAD};
use crate::cli::{AnalysisArg, DateFromPath, IngestArgs};
use crate::document::Analyses;
use crate::index::catalog::{indexed_articles, KnownArticles};
use crate::index::file_stamps::{FileStamps, StampedFile, StampsValidity, StampsWriter};
use crate::index::{open_or_create_index, record_ingest, recorded_source, IndexError, IndexSink};

/// Articles read and split ahead of the index writer, in batches of [`BATCH_RESULTS`]; bounds
/// memory.
const PIPELINE_DEPTH: usize = 256;

/// Entry point of `whosaid ingest`: walks, reads, analyses and indexes, then prints a summary.
pub fn run(args: &IngestArgs) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let started_ns = nanos_since_1970(SystemTime::now());
    let source = source_folder(&args.dir)?;
    let index_path = &args.location.index;
    let (index, fields) = open_or_create_index(index_path)?;
    let opstamp = index
        .load_metas()
        .map_err(|e| IndexError::tantivy(index_path, e))?
        .opstamp;
    let reader: tantivy::IndexReader = index
        .reader_builder()
        .reload_policy(tantivy::ReloadPolicy::Manual)
        .try_into()?;
    let known = indexed_articles(&reader.searcher())
        .with_context(|| format!("reading the index at {}", index_path.display()))?;
    check_source(index_path, &source, known.is_empty())?;
    let threads = args.threads.unwrap_or_else(default_threads);
    let mut sink = IndexSink::new(index_path, &index, fields, threads, args.memory << 20)?;
    let mut summary = IngestSummary::default();
    let mut progress = Progress::new(&args.dir, &args.ext, args.quiet);
    let tally = Arc::new(SpeakerTally::default());
    let options = Options {
        path_dates: args.date_from_path == DateFromPath::Auto,
        analyses: Analyses {
            speakers: !args.without.contains(&AnalysisArg::Speakers),
            dates: !args.without.contains(&AnalysisArg::Dates),
            speaker_fields: !args.without.contains(&AnalysisArg::SpeakerFields),
        },
        fields: sink.fields(),
        stamps_before_ns: started_ns.saturating_sub(STAMP_MARGIN_NS),
    };
    let validity = StampsValidity {
        opstamp,
        salt: fingerprint_salt(options),
        source,
    };
    let stamps = if known.is_empty() {
        FileStamps::default()
    } else {
        FileStamps::load(index_path, &validity)
    };
    let stamps_writer = StampsWriter::create(index_path, validity.salt, &validity.source)
        .map_err(|error| {
            eprintln!(
                "whosaid: warning: could not write the files' stamps in {}: {error}; the next ingest reads every file again",
                index_path.display()
            );
        })
        .ok();
    let written = write_articles(
        &mut sink,
        (&known, stamps, stamps_writer),
        (args, options),
        (&mut summary, &tally),
        &mut progress,
    );
    progress.finish();
    let mut seen = written?;
    if seen.walk_complete {
        remove_vanished(&sink, &known, &seen, &mut summary)?;
    } else {
        eprintln!("whosaid: warning: some folders could not be read, so no article was removed from the index");
    }
    let opstamp = sink.commit()?;
    match seen.stamps.take() {
        Some(stamps) if stamps.count() > 0 => {
            if let Err(error) = stamps.finish(opstamp) {
                eprintln!(
                    "whosaid: warning: could not save the files' stamps in {}: {error}; the next ingest reads every file again",
                    index_path.display()
                );
            }
        }
        Some(stamps) => stamps.abandon(),
        None => {}
    }
    sink.finish()?;
    // The indexing threads have analysed every article written.
    summary.with_speaker = tally.with_speaker();
    summary.speakers = tally.take_speakers();
    for article in tally.take_failures() {
        eprintln!("whosaid: warning: {article}: finding its speakers and dates failed (a bug in whosaid: please report it with this article); indexed without them");
    }
    let line = summary.line(started.elapsed().as_secs_f64(), index_path);
    record_ingest(index_path, &validity.source, &line)?;
    if !args.quiet {
        eprintln!("{line}");
        let segments = index.searchable_segment_ids().map_or(0, |ids| ids.len());
        if segments > SEGMENTS_WORTH_MERGING {
            eprintln!(
                "whosaid: the index has {segments} segments; `whosaid optimize --index {}` merges them so that queries open fewer",
                index_path.display()
            );
        }
    }
    Ok(Outcome::Found)
}

/// How long before the ingest began a file must have last been written for its stamp to be
/// kept: a file written again within the same tick of the file system's clock (two seconds on
/// FAT) would keep its times, so a younger file is read again next time.
const STAMP_MARGIN_NS: i64 = 3_000_000_000;

/// `time` in nanoseconds since 1970, as file stamps count it (negative before).
fn nanos_since_1970(time: SystemTime) -> i64 {
    match time.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(since) => i64::try_from(since.as_nanos()).unwrap_or(i64::MAX),
        Err(before) => -i64::try_from(before.duration().as_nanos()).unwrap_or(i64::MAX),
    }
}

/// Past this many segments a query spends more time opening them than searching: a query on
/// ten copies of news-33k took 35.7 ms on 156 segments (the writer's old 64 MB budget) and
/// 15.5 ms on 61 (128 MB).
const SEGMENTS_WORTH_MERGING: usize = 32;

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

/// The articles an ingest found, to tell which of the index's articles have vanished, and the
/// stamps of its files.
struct Seen {
    /// Ids of the articles read that the index already held, changed or not.
    articles: HashSet<String>,
    /// Files that could not be read at all: their articles stay as the index has them.
    unreadable_files: HashSet<String>,
    /// The last ingest's stamps, marked where this one passed over the file unchanged: its
    /// articles stay too.
    passed_over: FileStamps,
    /// Where the stamps of the files passed over, and of those read whose every article is
    /// now in the index, are written (none when they cannot be).
    stamps: Option<StampsWriter>,
    /// Whether the walk read every folder: only then are articles not found removed.
    walk_complete: bool,
}

impl Seen {
    /// Writes the stamp of `file`; on failure says so and writes no more.
    fn add_stamp(&mut self, file: &StampedFile, progress: &Progress) {
        let Some(stamps) = &mut self.stamps else {
            return;
        };
        if let Err(error) = stamps.add(file) {
            progress.warn(&format!(
                "whosaid: warning: could not write the files' stamps: {error}; the next ingest reads every file again"
            ));
            if let Some(stamps) = self.stamps.take() {
                stamps.abandon();
            }
        }
    }
}

/// Walks the folder, reading and splitting the files on every core as the walk finds them, and
/// writes each changed article as it comes (the index writer's threads analyse it). The files are never all listed at once: memory
/// stays the same for a thousand articles or ten million.
fn write_articles(
    sink: &mut IndexSink<DeferredSentence>,
    (known, mut stamps, stamps_writer): (&KnownArticles, FileStamps, Option<StampsWriter>),
    (args, options): (&IngestArgs, Options),
    (summary, tally): (&mut IngestSummary, &Arc<SpeakerTally>),
    progress: &mut Progress,
) -> anyhow::Result<Seen> {
    let commit_every = Duration::from_secs_f64(args.commit_every.max(0.0));
    let (sender, receiver) =
        mpsc::sync_channel::<Vec<RecordResult>>(PIPELINE_DEPTH / BATCH_RESULTS);
    let mut seen = Seen {
        articles: HashSet::new(),
        unreadable_files: HashSet::new(),
        passed_over: FileStamps::default(),
        stamps: stamps_writer,
        walk_complete: true,
    };
    std::thread::scope(|scope| {
        let walker = scope.spawn(move || {
            // Stops early only when the writer below has stopped on an error, which it reports.
            // Files unchanged by their stamps are told to the writer from the walk itself:
            // handing each to a reader, for nothing to do, made the readers wait on each other
            // (a fifth of a re-ingest's time in futex calls).
            let mut passed_over = Batcher::new(sender.clone());
            let marked = &mut stamps;
            let walk = find_article_files(&args.dir, &args.ext).filter_map(move |found| {
                match found.map(|file| pass_over(file, marked)) {
                    Ok(Ok(unchanged)) => {
                        // A writer that stopped says why; the readers then stop the walk.
                        let _ = passed_over.send(unchanged_file(unchanged));
                        None
                    }
                    Ok(Err(to_read)) => Some(Ok(to_read)),
                    Err(problem) => Some(Err(problem)),
                }
            });
            let _stopped = ReadAhead::new(walk, FILES_AHEAD)
                .par_bridge()
                .try_for_each_with(Batcher::new(sender), |sender, found| match found {
                    Ok(file) => analyse_file(&file, known, (options, tally), sender),
                    Err(problem) => {
                        let path = problem.path.as_deref().unwrap_or(&args.dir);
                        let message =
                            format!("whosaid: skipped {}: {}", path.display(), problem.reason);
                        let result = RecordResult {
                            bytes: 0,
                            ends_file: false,
                            fate: Fate::WalkProblem { message },
                        };
                        sender.send(result)
                    }
                });
            stamps
        });
        let mut last_commit = Instant::now();
        for result in receiver.into_iter().flatten() {
            // A commit now and then keeps the work done if the ingest is killed; a run again
            // finds those articles unchanged and goes on from there.
            if last_commit.elapsed() >= commit_every {
                sink.commit()?;
                last_commit = Instant::now();
            }
            write_result(
                sink,
                result.fate,
                result.bytes,
                &mut seen,
                summary,
                progress,
            )?;
            progress.advance(result.bytes, result.ends_file);
        }
        // The walk has ended: every sender is gone.
        match walker.join() {
            Ok(stamps) => seen.passed_over = stamps,
            Err(_) => seen.walk_complete = false, // nothing is removed, nothing lost
        }
        Ok(seen)
    })
}

/// The result of a file passed over as unchanged.
fn unchanged_file(file: StampedFile) -> RecordResult {
    RecordResult {
        bytes: file.stamp.size,
        ends_file: true,
        fate: Fate::FileUnchanged(file),
    }
}

/// Writes one record's fate to the index and counts it.
fn write_result(
    sink: &mut IndexSink<DeferredSentence>,
    fate: Fate,
    bytes: u64,
    seen: &mut Seen,
    summary: &mut IngestSummary,
    progress: &Progress,
) -> anyhow::Result<()> {
    match fate {
        Fate::WalkProblem { message } => {
            progress.warn(&message);
            summary.count_skipped("unreadable");
            seen.walk_complete = false;
        }
        Fate::FileUnreadable {
            file,
            gone,
            reason,
            message,
        } => {
            progress.warn(&message);
            summary.count_skipped(reason);
            if !gone {
                seen.unreadable_files.insert(file);
            }
        }
        Fate::NoArticle {
            is_line,
            reason,
            message,
        } => {
            progress.warn(&message);
            if is_line {
                summary.count_skipped_record(reason);
            } else {
                summary.count_skipped(reason);
            }
        }
        Fate::Unchanged { id } => {
            summary.unchanged += 1;
            seen.articles.insert(id);
        }
        Fate::FileUnchanged(file) => {
            summary.unchanged += u64::from(file.articles);
            summary.files_not_reopened += 1;
            seen.add_stamp(&file, progress);
        }
        Fate::FileEnd(stamp) => {
            if let Some(file) = stamp {
                seen.add_stamp(&file, progress);
            }
        }
        Fate::Indexed {
            id,
            undated,
            docs,
            warning,
            replaces,
        } => {
            if let Some(warning) = warning {
                progress.warn(&warning);
            }
            summary.count_article(docs.len() as u64, undated, bytes);
            sink.replace_article(&id, docs, replaces)?;
            // Only articles the index held can vanish: a first ingest remembers none.
            if replaces {
                seen.articles.insert(id);
            }
        }
    }
    Ok(())
}

/// Removes the articles the index holds that this ingest did not find: their file is gone, or
/// their line of a JSON Lines file is. A file that could not be read keeps its articles, as
/// does one passed over unchanged.
fn remove_vanished(
    sink: &IndexSink<DeferredSentence>,
    known: &KnownArticles,
    seen: &Seen,
    summary: &mut IngestSummary,
) -> Result<(), IndexError> {
    for id in known.keys() {
        let kept =
            |file: &str| seen.unreadable_files.contains(file) || seen.passed_over.passed_over(file);
        if seen.articles.contains(id) || in_kept_file(id, kept) {
            continue;
        }
        sink.delete_article(id)?;
        summary.removed += 1;
    }
    Ok(())
}

/// Whether the article `id` (`file` or `file#record`) comes from a file that `kept` says keeps
/// its articles.
fn in_kept_file(id: &str, kept: impl Fn(&str) -> bool) -> bool {
    kept(id) || id.match_indices('#').any(|(at, _)| kept(&id[..at]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_articles_of_a_kept_file_are_found_by_their_id() {
        let files: HashSet<String> = ["feeds/a.jsonl".to_string(), "b#1.txt".to_string()].into();
        let kept = |file: &str| files.contains(file);
        assert!(in_kept_file("feeds/a.jsonl#w-1", kept));
        assert!(in_kept_file("feeds/a.jsonl#3", kept));
        assert!(in_kept_file("b#1.txt", kept));
        assert!(!in_kept_file("feeds/a.jsonl2#3", kept));
        assert!(!in_kept_file("b#1", kept));
    }
}
