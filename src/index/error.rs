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
    /// A file of the index could not be read or written.
    #[error("index at {path}: {source}")]
    Io {
        /// The index path.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

impl IndexError {
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
