//! One module per subcommand: glue between the command line and the library's stages.

pub mod completions;
pub mod export;
pub mod ingest;
pub mod optimize;
pub mod people;
pub mod query;
pub mod show;
pub mod stats;

/// How a command ended when it did not fail: whether it found anything (exit 0 or 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Something was found or done: exit 0.
    Found,
    /// Nothing matched: exit 1.
    NothingFound,
}
