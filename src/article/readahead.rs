//! Asking the kernel to read article files a little before the readers open them.
//!
//! A corpus of small files read one after another from a cold cache costs a disk request and
//! a wait for each file, where one large file is read ahead in big requests. Told early that
//! the next few hundred files will be read, the kernel queues their reads together and merges
//! those that lie side by side on disk: reading news-33k's 33,149 files from a cold cache took
//! 6.0 s (2.5 s of it in the kernel) one after another and 1.7 s (1.0 s) after such a hint for
//! each (`cat` of every file, `echo 3 > /proc/sys/vm/drop_caches` before each run); a re-ingest
//! of the unchanged corpus from a cold cache 3.1-4.5 s without hints, 1.0-1.1 s with them.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use super::walk::{ArticleFile, WalkProblem};

/// How many files ahead of the readers the kernel is told about: at about 2,000 files a second,
/// some 60 ms of warning, and under a megabyte of news held early in the cache.
pub const FILES_AHEAD: usize = 128;

/// How many hints go to the hint thread at once: one wake-up of that thread for each file made
/// a re-ingest of news-33k from the page cache switch threads 19,000-31,000 times (12,500-14,000
/// in batches); a batch of this many still leaves the kernel warned some 96 files ahead.
const HINTS_A_BATCH: usize = 32;

/// An iterator over the files of a walk that, as it hands each out, tells the kernel that the
/// files some [`FILES_AHEAD`] places later will soon be read (a batch at a time, so between
/// `FILES_AHEAD - HINTS_A_BATCH` and `FILES_AHEAD` places).
///
/// The hints are given by a thread of their own: opening each file for its hint on the walk,
/// which the readers wait on, slowed a re-ingest of news-33k from the page cache from 0.35 s
/// to 0.45 s.
pub struct ReadAhead<I> {
    walk: I,
    ahead: VecDeque<Result<ArticleFile, WalkProblem>>,
    depth: usize,
    /// To the thread that gives the hints; it ends when this is dropped.
    hints: Option<mpsc::Sender<Vec<PathBuf>>>,
    /// Files found whose hints wait to be sent together.
    pending: Vec<PathBuf>,
}

impl<I> ReadAhead<I>
where
    I: Iterator<Item = Result<ArticleFile, WalkProblem>>,
{
    /// Wraps `walk`, keeping `depth` files found and announced ahead of the one handed out.
    pub fn new(walk: I, depth: usize) -> Self {
        let (sender, receiver) = mpsc::channel::<Vec<PathBuf>>();
        let spawned = std::thread::Builder::new()
            .name("whosaid-readahead".to_string())
            .spawn(move || receiver.iter().flatten().for_each(|path| will_read(&path)));
        // Without a thread (none could be started), files are read when their turn comes.
        Self::with_hints(walk, depth, spawned.ok().map(|_| sender))
    }

    /// Wraps `walk`, sending the hints in batches to `hints` (none: no hints).
    fn with_hints(walk: I, depth: usize, hints: Option<mpsc::Sender<Vec<PathBuf>>>) -> Self {
        ReadAhead {
            walk,
            ahead: VecDeque::with_capacity(depth + 1),
            depth,
            hints,
            pending: Vec::with_capacity(HINTS_A_BATCH),
        }
    }

    /// Sends the hints waiting, if any.
    fn send_pending(&mut self) {
        if let Some(hints) = &self.hints {
            if !self.pending.is_empty() {
                let batch = std::mem::replace(&mut self.pending, Vec::with_capacity(HINTS_A_BATCH));
                // The thread ends only when this sender is dropped: a send cannot fail.
                let _ = hints.send(batch);
            }
        }
    }
}

impl<I> Iterator for ReadAhead<I>
where
    I: Iterator<Item = Result<ArticleFile, WalkProblem>>,
{
    type Item = Result<ArticleFile, WalkProblem>;

    fn next(&mut self) -> Option<Self::Item> {
        while self.ahead.len() <= self.depth {
            let Some(found) = self.walk.next() else {
                // The walk is over: the last files' hints go now.
                self.send_pending();
                break;
            };
            if let (Ok(file), Some(_)) = (&found, &self.hints) {
                self.pending.push(file.path());
                if self.pending.len() >= HINTS_A_BATCH {
                    self.send_pending();
                }
            }
            self.ahead.push_back(found);
        }
        self.ahead.pop_front()
    }
}

/// Tells the kernel that the whole of the file at `path` will be read soon, so that it starts
/// reading it now. Only a hint: a file that cannot be opened is left for its reader to report.
#[cfg(any(target_os = "linux", target_os = "android", target_os = "freebsd"))]
fn will_read(path: &Path) {
    use std::os::fd::AsRawFd;
    if let Ok(file) = std::fs::File::open(path) {
        // SAFETY: the descriptor is open for the whole call; the hint reads and writes no
        // memory of this process.
        unsafe {
            libc::posix_fadvise(file.as_raw_fd(), 0, 0, libc::POSIX_FADV_WILLNEED);
        }
    }
}

/// Where the system has no such hint, the files are read when their turn comes.
#[cfg(not(any(target_os = "linux", target_os = "android", target_os = "freebsd")))]
fn will_read(_path: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn file(id: &str) -> Result<ArticleFile, WalkProblem> {
        Ok(ArticleFile {
            root: Arc::from(Path::new("/nonexistent-whosaid-root")),
            id: id.to_string(),
            stamp: None,
        })
    }

    #[test]
    fn hands_out_every_item_in_order_whatever_the_depth() {
        let walk: Vec<_> = (0..10)
            .map(|k| {
                if k == 4 {
                    Err(WalkProblem {
                        path: None,
                        reason: "unreadable folder".to_string(),
                    })
                } else {
                    file(&format!("{k}.txt"))
                }
            })
            .collect();
        for depth in [0, 1, 3, 9, 10, 50] {
            let out: Vec<_> = ReadAhead::new(walk.clone().into_iter(), depth).collect();
            assert_eq!(out, walk, "depth {depth}");
        }
    }

    #[test]
    fn hints_every_file_once_in_order_a_batch_at_a_time() {
        let walk: Vec<_> = (0..100).map(|k| file(&format!("{k}.txt"))).collect();
        let (sender, receiver) = mpsc::channel();
        let handed: Vec<_> =
            ReadAhead::with_hints(walk.clone().into_iter(), 8, Some(sender)).collect();
        assert_eq!(handed, walk);
        let batches: Vec<Vec<PathBuf>> = receiver.iter().collect();
        assert!(batches
            .iter()
            .all(|b| !b.is_empty() && b.len() <= HINTS_A_BATCH));
        assert_eq!(batches.len(), 100usize.div_ceil(HINTS_A_BATCH));
        let hinted: Vec<PathBuf> = batches.into_iter().flatten().collect();
        let expected: Vec<PathBuf> = walk.iter().map(|f| f.as_ref().unwrap().path()).collect();
        assert_eq!(hinted, expected);
    }

    #[test]
    fn stays_the_given_number_of_files_ahead() {
        let pulled = std::cell::Cell::new(0);
        let walk = (0..100).map(|k| {
            pulled.set(pulled.get() + 1);
            file(&format!("{k}.txt"))
        });
        let mut ahead = ReadAhead::new(walk, 8);
        ahead.next();
        assert_eq!(pulled.get(), 9, "the one handed out and eight announced");
        ahead.next();
        assert_eq!(pulled.get(), 10);
    }

    #[test]
    fn a_hint_for_a_missing_file_is_silent() {
        will_read(Path::new("/nonexistent-whosaid-root/none.txt"));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "date 2017-05-02 Khan said it.").unwrap();
        will_read(&path);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "date 2017-05-02 Khan said it."
        );
    }
}
