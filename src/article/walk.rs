//! Finding the article files under a folder.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use walkdir::WalkDir;

/// An article file found under the ingest root.
///
/// A walk of millions of files holds one of these for each, so the full path is not kept: it is
/// the root, shared, joined with the id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleFile {
    /// The folder the file was found under.
    pub root: Arc<Path>,
    /// The article's id: its path relative to the root, with `/` separators.
    pub id: String,
    /// What the file system said of the file when it was found (none when it would not say),
    /// to tell on the next ingest whether the file was touched since.
    pub stamp: Option<FileStamp>,
}

/// What the file system says of a file that changes whenever its content does: its size, when
/// it was last modified, when its metadata last changed, and which file it is (the inode).
///
/// A file rewritten in place has a new modification time; one put back with an old
/// modification time (`cp -p`, `tar x`, `touch -d`) still has a new change time, and one
/// replaced by another file a new inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    /// The size in bytes.
    pub size: u64,
    /// The last modification, in nanoseconds since 1970.
    pub modified_ns: i64,
    /// The last change of the file's metadata (or content), in nanoseconds since 1970; zero
    /// where the system does not say.
    pub changed_ns: i64,
    /// The inode number; zero where the system has none.
    pub inode: u64,
}

impl FileStamp {
    /// The stamp of a file whose metadata is `metadata`.
    #[cfg(unix)]
    pub fn of(metadata: &std::fs::Metadata) -> FileStamp {
        use std::os::unix::fs::MetadataExt;
        let nanos = |seconds: i64, nanos: i64| seconds.saturating_mul(1_000_000_000) + nanos;
        FileStamp {
            size: metadata.len(),
            modified_ns: nanos(metadata.mtime(), metadata.mtime_nsec()),
            changed_ns: nanos(metadata.ctime(), metadata.ctime_nsec()),
            inode: metadata.ino(),
        }
    }

    /// The stamp of a file whose metadata is `metadata`.
    #[cfg(not(unix))]
    pub fn of(metadata: &std::fs::Metadata) -> FileStamp {
        let modified_ns = metadata
            .modified()
            .ok()
            .and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |since| {
                i64::try_from(since.as_nanos()).unwrap_or(i64::MAX)
            });
        FileStamp {
            size: metadata.len(),
            modified_ns,
            changed_ns: 0,
            inode: 0,
        }
    }

    /// Whether the file was modified or changed at or after `moment_ns` (nanoseconds since
    /// 1970): a file written in the same tick of the file system's clock as it was read could
    /// be written again without its times changing, so only older files can be trusted.
    pub fn is_recent(&self, moment_ns: i64) -> bool {
        self.modified_ns >= moment_ns || self.changed_ns >= moment_ns
    }
}

impl ArticleFile {
    /// The file's size in bytes when it was found (0 when the system would not say), for
    /// progress.
    pub fn size(&self) -> u64 {
        self.stamp.map_or(0, |stamp| stamp.size)
    }

    /// Where the file is on disk.
    pub fn path(&self) -> PathBuf {
        self.root.join(&self.id)
    }
}

/// A path under the root that could not be walked, with the reason in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkProblem {
    /// The path that could not be read, when known.
    pub path: Option<PathBuf>,
    /// What went wrong.
    pub reason: String,
}

/// Walks `root` for files whose extension is one of `extensions`, in a stable (sorted) order.
///
/// Hidden files and folders (names starting with `.`) are skipped and symbolic links are not
/// followed. A path that is not UTF-8 is reported as a problem, since it cannot be an id.
pub fn find_article_files<'a>(
    root: &'a Path,
    extensions: &'a [String],
) -> impl Iterator<Item = Result<ArticleFile, WalkProblem>> + 'a {
    let shared_root: Arc<Path> = Arc::from(root);
    WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.file_name()))
        .filter_map(move |entry| match entry {
            Err(error) => Some(Err(WalkProblem {
                path: error.path().map(Path::to_path_buf),
                reason: error.to_string(),
            })),
            Ok(entry) if !entry.file_type().is_file() => None,
            Ok(entry) if !has_extension(entry.path(), extensions) => None,
            Ok(entry) => {
                let stamp = entry.metadata().ok().map(|m| FileStamp::of(&m));
                Some(article_file(&shared_root, entry.into_path(), stamp))
            }
        })
}

fn article_file(
    root: &Arc<Path>,
    path: PathBuf,
    stamp: Option<FileStamp>,
) -> Result<ArticleFile, WalkProblem> {
    let relative = path.strip_prefix(root).unwrap_or(&path);
    let parts: Option<Vec<&str>> = relative
        .components()
        .map(|c| c.as_os_str().to_str())
        .collect();
    match parts {
        Some(parts) => Ok(ArticleFile {
            root: Arc::clone(root),
            id: parts.join("/"),
            stamp,
        }),
        None => Err(WalkProblem {
            reason: "the path is not valid UTF-8; rename the file".to_string(),
            path: Some(path),
        }),
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|name| name.starts_with('.'))
}

fn has_extension(path: &Path, extensions: &[String]) -> bool {
    let Some(extension) = path.extension().and_then(|e| e.to_str()) else {
        return false;
    };
    extensions.iter().any(|wanted| {
        wanted
            .trim_start_matches('.')
            .eq_ignore_ascii_case(extension)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_txt_files_skipping_hidden_ones() {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("a/b")).unwrap();
        std::fs::create_dir_all(root.path().join(".git")).unwrap();
        for name in [
            "a/b/one.txt",
            "two.TXT",
            ".hidden.txt",
            ".git/x.txt",
            "notes.md",
        ] {
            std::fs::write(root.path().join(name), "text").unwrap();
        }
        let extensions = vec!["txt".to_string()];
        let ids: Vec<String> = find_article_files(root.path(), &extensions)
            .map(|found| found.unwrap().id)
            .collect();
        assert_eq!(ids, vec!["a/b/one.txt", "two.TXT"]);
    }
}
