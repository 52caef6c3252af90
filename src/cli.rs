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
    /// List the people who speak (or are mentioned) in the matching sentences, most first.
    People(PeopleArgs),
    /// Show one sentence with the sentences around it, and its article's title, date and path.
    Show(ShowArgs),
    /// Summarise the index: articles, sentences, speakers, dates, size, last ingest.
    Stats(StatsArgs),
    /// Merge the index's segments into a few, so that a query has fewer to open (after a large
    /// ingest).
    Optimize(OptimizeArgs),
    /// Print shell completions (bash, zsh, fish, powershell, elvish) to stdout.
    Completions(CompletionsArgs),
    /// Print the manual page (roff) to stdout: `whosaid man > whosaid.1`.
    Man,
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
    /// Memory for the index writer, in MB, shared by its threads: more makes fewer, larger
    /// segments, which a query opens faster (160: 40 segments of ten copies of news-33k, a
    /// query in 18 ms; 128: 51 and 23 ms), at a higher peak (247 MB on news-33k).
    #[arg(long, value_name = "MB", default_value_t = 160)]
    pub memory: usize,
    /// Seconds between commits during a long ingest: what is committed survives a crash.
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0, hide = true)]
    pub commit_every: f64,
    /// Analyses to leave out, for measuring their cost: speakers, dates, speaker-fields (find
    /// the speakers but index none of it).
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

/// What sentences to look at: words, speakers and dates. Shared by `query` and `people`.
#[derive(Debug, Args)]
pub struct Filters {
    /// Words to find, in tantivy's syntax: words (all must occur), "a phrase", OR, -word.
    #[arg(value_name = "QUERY")]
    pub query: Option<String>,
    /// Only sentences where this person speaks ("Khan", "Sadiq Khan"); repeat for any of several.
    #[arg(long, short, value_name = "NAME")]
    pub person: Vec<String>,
    /// Only sentences with a speaker of this kind: person, organisation, group; repeat for any.
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Vec<KindArg>,
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
    /// Only articles from this outlet (a source_domain, a url's host or the file's folder, as
    /// `whosaid export` shows in `outlet`); case does not matter; repeat for any of several.
    #[arg(long, value_name = "NAME")]
    pub outlet: Vec<String>,
}

/// Arguments of `whosaid query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    #[command(flatten)]
    pub filters: Filters,
    /// Only sentences that name this person without quoting them ("what others said about
    /// Khan"); repeat for any of several.
    #[arg(long, value_name = "NAME")]
    pub mentions: Vec<String>,
    #[command(flatten)]
    pub location: IndexLocation,
    /// The most hits to print.
    #[arg(long, short = 'n', value_name = "N", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: u64,
    /// Order of the hits: relevance (newest first without query words) or date (newest first).
    #[arg(long, value_enum, default_value_t = SortArg::Relevance)]
    pub sort: SortArg,
    /// Print N sentences of context before and after each hit.
    #[arg(long, short = 'C', value_name = "N", default_value_t = 0)]
    pub context: usize,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// How to print results: shared by the commands that print sentences.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format: human, json (JSON Lines), csv or tsv.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<FormatArg>,
    /// Short for --format json.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// The fields to print, comma-separated (json, csv, tsv), e.g. --fields id,date,speakers,text.
    #[arg(long, value_delimiter = ',', value_name = "FIELDS")]
    pub fields: Vec<String>,
    /// When to colour human output.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,
}

impl OutputArgs {
    /// The chosen format, `--json` included.
    pub fn format(&self) -> FormatArg {
        if self.json {
            FormatArg::Json
        } else {
            self.format.unwrap_or(FormatArg::Human)
        }
    }
}

/// Arguments of `whosaid people`.
#[derive(Debug, Args)]
pub struct PeopleArgs {
    #[command(flatten)]
    pub filters: Filters,
    /// Count the people the matching sentences mention, instead of their speakers.
    #[arg(long)]
    pub mentions: bool,
    #[command(flatten)]
    pub location: IndexLocation,
    /// The most people to list.
    #[arg(long, short = 'n', value_name = "N", default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: u64,
    /// Print JSON Lines: `{"name", "sentences"}` a line.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `whosaid show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The sentence's id, as `query` and `export` print it: `<article>#<sentence>`.
    #[arg(value_name = "ID")]
    pub id: String,
    /// Sentences of context before and after it.
    #[arg(long, short = 'C', value_name = "N", default_value_t = 2)]
    pub context: usize,
    #[command(flatten)]
    pub location: IndexLocation,
    /// Print JSON: the sentence document with its context.
    #[arg(long)]
    pub json: bool,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,
}

/// Arguments of `whosaid stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub location: IndexLocation,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `whosaid optimize`.
#[derive(Debug, Args)]
pub struct OptimizeArgs {
    #[command(flatten)]
    pub location: IndexLocation,
    /// The most segments to leave.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..))]
    pub segments: u32,
    /// Print nothing but errors.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Arguments of `whosaid completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write completions for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Arguments of `whosaid export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub location: IndexLocation,
    /// jsonl: the sentence documents on stdout; quickwit or elasticsearch: documents and an
    /// index config or mapping for that engine, written into --out.
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl, value_name = "FORMAT")]
    pub format: ExportFormat,
    /// The folder to write the quickwit or elasticsearch files into (created if missing).
    #[arg(long, value_name = "DIR", required_if_eq_any = [("format", "quickwit"), ("format", "elasticsearch")])]
    pub out: Option<PathBuf>,
    /// The name of the index in Quickwit or Elasticsearch.
    #[arg(long, value_name = "NAME", default_value = "whosaid")]
    pub index_id: String,
}

/// `export --format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Sentence documents as JSON Lines on stdout.
    Jsonl,
    /// documents.ndjson and index-config.yaml for Quickwit.
    Quickwit,
    /// bulk.ndjson and mapping.json for Elasticsearch or OpenSearch.
    Elasticsearch,
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
    /// Indexing what speaker attribution finds: it still runs, and its results are dropped,
    /// to tell what finding speakers costs from what indexing them costs.
    SpeakerFields,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// For reading: heading lines and sentences.
    Human,
    /// JSON Lines, one object a line.
    Json,
    /// Comma-separated values with a header row.
    Csv,
    /// Tab-separated values with a header row.
    Tsv,
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
