//! The command line: clap definitions and nothing else.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::index::DayRange;

/// Turn a folder of news articles into a searchable index of who said what, and when.
#[derive(Debug, Parser)]
#[command(name = "whosaid", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// whosaid's subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read every article under a folder into the index (re-ingesting replaces, never duplicates).
    Ingest(IngestArgs),
    /// Search the index by words, person and date.
    Query(QueryArgs),
    /// Print every sentence document of the index as JSON Lines, in article and sentence order.
    Export(ExportArgs),
}

/// Where the index is: shared by every subcommand.
#[derive(Debug, Args)]
pub struct IndexLocation {
    /// The index folder [default: $WHOSAID_INDEX, else ./whosaid-index]
    #[arg(
        long,
        value_name = "PATH",
        env = "WHOSAID_INDEX",
        default_value = "whosaid-index",
        hide_default_value = true,
        hide_env = true
    )]
    pub index: PathBuf,
}

/// Arguments of `whosaid ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// The folder of articles to read (walked recursively; hidden files and symlinks skipped).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    #[command(flatten)]
    pub location: IndexLocation,
    /// File extensions to read, comma-separated; each is read by its format's reader (.jsonl
    /// and .ndjson one article a line, .json one object, .html and .htm a page, others text).
    #[arg(
        long,
        value_name = "EXT",
        value_delimiter = ',',
        default_values = crate::article::DEFAULT_EXTENSIONS
    )]
    pub ext: Vec<String>,
    /// Date an article with no date header by a date in its path (2017/06/09/x.txt,
    /// 2017-06-09-x.txt, 20170609_x.txt): auto, or never.
    #[arg(long, value_enum, default_value_t = DateFromPath::Auto, value_name = "WHEN")]
    pub date_from_path: DateFromPath,
    /// Indexing threads [default: the number of cores, at most 4].
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Memory for the index writer, in MB, shared by its threads.
    #[arg(long, value_name = "MB", default_value_t = 100)]
    pub memory: usize,
    /// Seconds between commits during a long ingest: what is committed survives a crash.
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0, hide = true)]
    pub commit_every: f64,
    /// Analyses to leave out, for measuring their cost: speakers, dates.
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        value_name = "ANALYSIS",
        hide = true
    )]
    pub without: Vec<AnalysisArg>,
    /// Print only errors and warnings, not the summary.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Arguments of `whosaid query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// Words to find, in tantivy's syntax: words (all must occur), "a phrase", OR, -word.
    #[arg(value_name = "QUERY")]
    pub query: Option<String>,
    #[command(flatten)]
    pub location: IndexLocation,
    /// Only sentences where this person speaks ("Khan", "Sadiq Khan"); repeat for any of several.
    #[arg(long, short, value_name = "NAME")]
    pub person: Vec<String>,
    /// Only sentences with a speaker of this kind: person, organisation, group; repeat for any.
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Vec<KindArg>,
    /// Only sentences that name this person without quoting them ("what others said about
    /// Khan"); repeat for any of several.
    #[arg(long, value_name = "NAME")]
    pub mentions: Vec<String>,
    /// Only articles from this outlet (a source_domain, a url's host or the file's folder, as
    /// `whosaid export` shows in `outlet`); case does not matter; repeat for any of several.
    #[arg(long, value_name = "NAME")]
    pub outlet: Vec<String>,
    /// Only articles published on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    pub from: Option<DayRange>,
    /// Only articles published on or before this date (YYYY-MM-DD, YYYY-MM or YYYY: its last day).
    #[arg(long, value_name = "DATE")]
    pub to: Option<DayRange>,
    /// Only sentences that mention a day on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    pub mentioned_from: Option<DayRange>,
    /// Only sentences that mention a day on or before this date (YYYY-MM-DD, YYYY-MM or YYYY).
    #[arg(long, value_name = "DATE")]
    pub mentioned_to: Option<DayRange>,
    /// The most hits to print.
    #[arg(long, short = 'n', value_name = "N", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: u64,
    /// Order of the hits: relevance (newest first without query words) or date (newest first).
    #[arg(long, value_enum, default_value_t = SortArg::Relevance)]
    pub sort: SortArg,
    /// Print JSON Lines: one hit a line, the export's fields plus `score`.
    #[arg(long)]
    pub json: bool,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,
}

/// Arguments of `whosaid export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub location: IndexLocation,
}

/// `--date-from-path` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DateFromPath {
    /// When the article has no date header.
    Auto,
    /// Never: an article without a date header is undated.
    Never,
}

/// `--kind` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// A named person.
    Person,
    /// A named organisation.
    Organisation,
    /// A group or an unnamed source.
    Group,
}

impl KindArg {
    /// The kind as the index stores it.
    pub fn as_str(self) -> &'static str {
        match self {
            KindArg::Person => "person",
            KindArg::Organisation => "organisation",
            KindArg::Group => "group",
        }
    }
}

/// `--without` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AnalysisArg {
    /// Speaker attribution and quotations.
    Speakers,
    /// Mentioned dates.
    Dates,
}

/// `--sort` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    /// Best match first.
    Relevance,
    /// Newest first.
    Date,
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}
