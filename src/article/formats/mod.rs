//! The corpus formats whosaid reads, one reader per file extension: plain text (`.txt`),
//! JSON Lines (`.jsonl`, `.ndjson`), one JSON object (`.json`) and HTML (`.html`, `.htm`).

pub mod html;
pub mod json;
pub mod jsonl;
pub mod outlet;
pub mod record;
pub mod text;

use std::path::Path;

use super::Article;

/// The extensions `whosaid ingest` reads unless `--ext` says otherwise.
pub const DEFAULT_EXTENSIONS: &[&str] = &["txt", "jsonl", "ndjson", "json", "html", "htm"];

/// How a file is read, chosen by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text with an optional date header; also any extension whosaid does not know
    /// (`--ext text,md` reads those as text).
    Text,
    /// One JSON article object a line.
    JsonLines,
    /// One JSON article object in the file.
    Json,
    /// An HTML page.
    Html,
}

impl Format {
    /// The format of the file at `path`, by its extension, case ignored.
    pub fn of(path: &Path) -> Format {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("jsonl" | "ndjson") => Format::JsonLines,
            Some("json") => Format::Json,
            Some("html" | "htm") => Format::Html,
            _ => Format::Text,
        }
    }
}

/// One article read from a file, or why a record of the file was passed over.
#[derive(Debug)]
pub struct Record {
    /// The line the record is on (from 1), in a JSON Lines file.
    pub line: Option<usize>,
    /// The bytes of the file the record accounts for, for progress and throughput.
    pub bytes: u64,
    /// The article, or what is wrong with the record.
    pub article: Result<Article, RecordError>,
}

/// Why one record of a file holds no article; each says what to write instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    /// The record does not parse as JSON.
    #[error("not JSON ({0}); write one JSON object per line")]
    NotJson(String),
    /// The record is JSON but not an object.
    #[error("not a JSON object; write an object such as {{\"text\": \"...\", \"date\": \"2019-03-02\"}}")]
    NotObject,
    /// No field of the record holds the article's text.
    #[error("no article text: none of the fields {} holds a string", record::TEXT_FIELDS.join(", "))]
    NoText,
    /// The page holds no paragraph (`<p>`) with text.
    #[error("no article text: the page has no <p> paragraph with text")]
    NoParagraphs,
    /// Another record of the same file has the same id.
    #[error("the id {id:?} is already used on line {first_line}; give each record its own id")]
    DuplicateId {
        /// The id both records have.
        id: String,
        /// The line of the record that has it first.
        first_line: usize,
    },
}

impl RecordError {
    /// A word or two for the ingest summary's count of skipped records.
    pub fn short_reason(&self) -> &'static str {
        match self {
            RecordError::NotJson(_) => "not JSON",
            RecordError::NotObject => "not an object",
            RecordError::NoText | RecordError::NoParagraphs => "no text",
            RecordError::DuplicateId { .. } => "duplicate id",
        }
    }
}

/// Reads the records of a file whose relative path is `file` and whose text is `text`, by the
/// reader its format calls for.
pub fn read_records(format: Format, file: &str, text: String) -> Vec<Record> {
    let one = |bytes: usize, article| {
        vec![Record {
            line: None,
            bytes: bytes as u64,
            article,
        }]
    };
    match format {
        Format::Text => one(text.len(), Ok(text::read(file, text))),
        Format::Json => one(text.len(), json::read(file, &text)),
        Format::Html => one(text.len(), html::read(file, &text)),
        Format::JsonLines => jsonl::read(file, &text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reader_is_chosen_by_extension() {
        assert_eq!(Format::of(Path::new("a/b.txt")), Format::Text);
        assert_eq!(Format::of(Path::new("feed.JSONL")), Format::JsonLines);
        assert_eq!(Format::of(Path::new("feed.ndjson")), Format::JsonLines);
        assert_eq!(Format::of(Path::new("one.json")), Format::Json);
        assert_eq!(Format::of(Path::new("page.htm")), Format::Html);
        assert_eq!(Format::of(Path::new("notes.md")), Format::Text);
    }
}
