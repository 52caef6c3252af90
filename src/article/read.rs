//! Reading one file into its articles, by the reader its format calls for.

use std::path::Path;

use super::formats::{read_records, Format, Record};
use super::{Article, ArticleFile};

/// Why an article file could not be read; each says what the user can do about it.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be opened or read.
    #[error("cannot read it: {0}")]
    Io(#[from] std::io::Error),
    /// The file holds NUL bytes: it is binary, not an article.
    #[error("it is a binary file (it holds NUL bytes), not text; skipped")]
    Binary,
    /// The file is not valid UTF-8.
    #[error("it is not valid UTF-8 (byte {0}); convert it, e.g. `iconv -f windows-1252 -t utf-8`")]
    NotUtf8(usize),
}

impl ReadError {
    /// A word or two for the ingest summary's count of skipped files.
    pub fn short_reason(&self) -> &'static str {
        match self {
            ReadError::Io(_) => "unreadable",
            ReadError::Binary => "binary",
            ReadError::NotUtf8(_) => "not UTF-8",
        }
    }
}

/// Reads a file from disk into its records: one article for `.txt`, `.json` and HTML files,
/// one a line for JSON Lines. An error here is about the whole file (unreadable, binary, not
/// UTF-8); a bad record inside a readable file is a [`Record`] holding its error.
pub fn read_articles(file: &ArticleFile) -> Result<Vec<Record>, ReadError> {
    let text = decode(std::fs::read(&file.path)?)?;
    Ok(read_records(Format::of(&file.path), &file.id, text))
}

/// The text of a file's bytes, refusing binary files and text that is not UTF-8.
fn decode(bytes: Vec<u8>) -> Result<String, ReadError> {
    if bytes.contains(&0) {
        return Err(ReadError::Binary);
    }
    String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8(e.utf8_error().valid_up_to()))
}

/// Builds a plain-text article from the bytes of a file whose id is `id`.
pub fn article_from_bytes(id: &str, bytes: Vec<u8>) -> Result<Article, ReadError> {
    Ok(Article::from_text(id, decode(bytes)?))
}

/// Reads the file at `path` as an article whose id is `id`; for tools and tests.
pub fn read_article_at(path: &Path, id: &str) -> Result<Article, ReadError> {
    article_from_bytes(id, std::fs::read(path)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_files_are_refused() {
        assert!(matches!(
            article_from_bytes("x", b"PNG\0\0".to_vec()),
            Err(ReadError::Binary)
        ));
    }

    #[test]
    fn latin1_is_reported_with_its_position() {
        let error = article_from_bytes("x", b"caf\xe9".to_vec()).unwrap_err();
        assert!(matches!(error, ReadError::NotUtf8(3)));
    }

    #[test]
    fn a_dated_article_keeps_its_text() {
        let article = article_from_bytes("a.txt", b"date 2017-06-09\nHi.".to_vec()).unwrap();
        assert_eq!(article.text, "date 2017-06-09\nHi.");
        assert_eq!(article.body_start, 16);
    }
}
