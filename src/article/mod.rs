//! Reading articles from disk: finding the files, decoding them, and reading each corpus format
//! (plain text, JSON Lines, JSON, HTML) into articles.

pub mod formats;
pub mod header;
pub mod read;
pub mod readahead;
pub mod walk;

pub use formats::{Record, RecordError, DEFAULT_EXTENSIONS};
pub use read::{read_articles, ReadError};
pub use walk::{find_article_files, ArticleFile, FileStamp, WalkProblem};

use jiff::civil::Date;

/// One article as read from disk: its text, and what its header or record says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The article's id, unique in the index: the file's path relative to the ingested folder
    /// (`/` separators), followed for a JSON Lines record by `#` and its `id` or line number.
    pub id: String,
    /// The path of the file the article came from, relative to the ingested folder.
    pub file: String,
    /// The article's text, every offset whosaid reports points into it: for a `.txt` file the
    /// file's text byte for byte; for JSON the record's text field as decoded; for HTML the
    /// text of its paragraphs (see [`formats::html`]).
    pub text: String,
    /// The headline, when the source gives one (a record's `title`, an HTML `<h1>` or `<title>`).
    pub title: Option<String>,
    /// The article's address on the web, when the source gives one.
    pub url: Option<String>,
    /// Who published it (see [`formats::outlet`]): `source_domain`, else the url's host, else
    /// the name of the folder holding the file.
    pub outlet: Option<String>,
    /// The publication date, from the header or, failing that, from the path.
    pub published: Option<Date>,
    /// Byte offset in `text` where the body (the first sentence) begins.
    pub body_start: usize,
    /// A date header that was present but not a valid date, as written, for a warning.
    pub malformed_date: Option<String>,
    /// A fingerprint of the file's bytes and of this version of whosaid: when an article's
    /// fingerprint is the one in the index, there is nothing to re-index.
    pub fingerprint: u64,
    /// The encoding the file was read in when it was not UTF-8 ("Windows-1252"), for a warning.
    pub decoded_from: Option<&'static str>,
    /// For a `.txt` file that was not UTF-8: for each byte offset of `text` (and its end), the
    /// byte offset in the original file, so that reported offsets point at the original bytes.
    pub original_offsets: Option<Vec<u32>>,
}

impl Article {
    /// Dates an article that has no date header by the date its path gives
    /// (`2017/06/09/slug.txt`, `2017-06-09-slug.txt`, `20170609_slug.txt`).
    ///
    /// An article whose header holds a malformed date stays undated: never silently misdated.
    pub fn date_from_path_if_undated(&mut self) {
        if self.published.is_none() && self.malformed_date.is_none() {
            self.published = header::date_from_path(&self.file);
        }
    }

    /// Builds an article from its file's relative path and text, reading the date header at the
    /// top of the text; its id is the path, its outlet the folder holding the file.
    pub fn from_text(id: impl Into<String>, text: String) -> Article {
        let header = header::read_header(&text);
        let id = id.into();
        Article {
            fingerprint: fingerprint(text.as_bytes()),
            outlet: formats::outlet::outlet(None, None, &id),
            file: id.clone(),
            id,
            title: None,
            url: None,
            published: header.published,
            body_start: header.body_start,
            malformed_date: header.malformed,
            text,
            decoded_from: None,
            original_offsets: None,
        }
    }

    /// The byte offset in the original file of byte offset `at` of `text`.
    pub fn original_offset(&self, at: usize) -> u64 {
        match &self.original_offsets {
            Some(offsets) => offsets.get(at).map_or(at as u64, |&o| u64::from(o)),
            None => at as u64,
        }
    }
}

/// The fingerprint of an article's bytes, salted with whosaid's version so that a new version,
/// which may analyse differently, re-indexes everything once.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    let salt = xxhash_rust::xxh3::xxh3_64(env!("CARGO_PKG_VERSION").as_bytes());
    xxhash_rust::xxh3::xxh3_64_with_seed(bytes, salt)
}
