//! What can go wrong with an index, each case with what the user can do about it.

use std::path::PathBuf;

/// An index that cannot be opened, written or searched.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// There is nothing at the index path.
    #[error("no index at {0}: run `whosaid ingest DIR --index {0}` first")]
    Missing(PathBuf),
    /// The path holds something other than a whosaid index.
    #[error("{0} is not a whosaid index; give another --index path (whosaid will not write into or read a folder it did not make)")]
    NotAnIndex(PathBuf),
    /// The index was written by an incompatible version of whosaid.
    #[error("the index at {path} was made by an incompatible version of whosaid ({detail}); ingest again into a new --index path")]
    Incompatible {
        /// The index path.
        path: PathBuf,
        /// What differs.
        detail: String,
    },
    /// The index mirrors another folder than the one being ingested.
    #[error("the index at {index} holds the articles of {source_dir}, not of {dir}; give another --index path for {dir}, or delete {index} to start afresh")]
    OtherSource {
        /// The index path.
        index: PathBuf,
        /// The folder it mirrors.
        source_dir: PathBuf,
        /// The folder being ingested.
        dir: PathBuf,
    },
    /// Another ingest is writing to the index.
    #[error("the index at {0} is busy: another ingest is writing to it; wait for it to finish")]
    Busy(PathBuf),
    /// The index could not be read or written.
    #[error("index at {path}: {source}")]
    Tantivy {
        /// The index path.
        path: PathBuf,
        /// The underlying error.
        source: tantivy::TantivyError,
    },
    /// Writing the index failed part way (a full disk, a failing one): nothing of this ingest
    /// since its last commit is kept, and the index stays as that commit left it.
    #[error("could not write the index at {path}: {cause}. The index stays at its last commit; {advice}")]
    WriteFailed {
        /// The index path.
        path: PathBuf,
        /// What the system reported.
        cause: String,
        /// What to do about it.
        advice: &'static str,
    },
    /// A file of the index could not be read or written.
    #[error("index at {path}: {source}")]
    Io {
        /// The index path.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// What to do when the disk holding the index is full.
const FREE_SPACE: &str = "free space on its disk (or give an --index on another) and run the same ingest again: it goes on from there";
/// What to do when writing the index failed for another reason.
const FIX_AND_RETRY: &str = "fix the cause and run the same ingest again: it goes on from there";

impl IndexError {
    /// A failed write of the index at `path`, saying whether the disk is full.
    pub fn write_failed(path: &std::path::Path, source: &tantivy::TantivyError) -> IndexError {
        let advice = if is_disk_full(source) {
            FREE_SPACE
        } else {
            FIX_AND_RETRY
        };
        IndexError::WriteFailed {
            path: path.to_path_buf(),
            cause: describe(source),
            advice,
        }
    }

    /// Wraps a tantivy error met on the index at `path`, telling a busy lock apart.
    pub fn tantivy(path: &std::path::Path, source: tantivy::TantivyError) -> IndexError {
        match source {
            tantivy::TantivyError::LockFailure(
                tantivy::directory::error::LockError::LockBusy,
                _,
            ) => IndexError::Busy(path.to_path_buf()),
            source => IndexError::Tantivy {
                path: path.to_path_buf(),
                source,
            },
        }
    }
}

/// ENOSPC and EDQUOT: no space left on the device, disk quota exceeded.
const DISK_FULL_ERRNOS: [i32; 2] = [28, 122];

/// Whether `error` comes from a full disk or an exceeded quota.
fn is_disk_full(error: &tantivy::TantivyError) -> bool {
    let by_code = io_error(error).is_some_and(|io| {
        matches!(
            io.kind(),
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
        ) || io
            .raw_os_error()
            .is_some_and(|errno| DISK_FULL_ERRNOS.contains(&errno))
    });
    // Some of tantivy's writes report the system's error only as text, in an error of their
    // own or wrapped in another I/O error (a write handed to another thread).
    by_code
        || DISK_FULL_ERRNOS
            .iter()
            .any(|errno| describe(error).ends_with(&format!("(os error {errno})")))
}

/// The operating system's error under a tantivy error, when there is one.
fn io_error(error: &tantivy::TantivyError) -> Option<&std::io::Error> {
    use tantivy::directory::error::OpenWriteError;
    match error {
        tantivy::TantivyError::IoError(io) => Some(io),
        tantivy::TantivyError::OpenWriteError(OpenWriteError::IoError { io_error, .. }) => {
            Some(io_error)
        }
        _ => None,
    }
}

/// A tantivy write error in a user's words: the system's message where there is one.
fn describe(error: &tantivy::TantivyError) -> String {
    match (io_error(error), error) {
        (Some(io), _) => io.to_string(),
        (None, tantivy::TantivyError::InternalError(message)) => message.clone(),
        (None, _) => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_is_told_by_its_code_or_by_its_message_wrapped_in_another_error() {
        let by_code = tantivy::TantivyError::from(std::io::Error::from_raw_os_error(28));
        assert!(is_disk_full(&by_code));
        // A write handed to another thread comes back as an error of its own kind holding
        // the system's message.
        let wrapped = tantivy::TantivyError::from(std::io::Error::other(
            "No space left on device (os error 28)",
        ));
        assert!(is_disk_full(&wrapped));
        let error = IndexError::write_failed(std::path::Path::new("idx"), &wrapped);
        assert!(error.to_string().contains("free space"), "{error}");
        let other = tantivy::TantivyError::from(std::io::Error::other("Input/output error"));
        assert!(!is_disk_full(&other));
    }
}
