//! Reading articles from disk: finding the files, decoding them, and reading their header.

pub mod header;
pub mod read;
pub mod walk;

pub use read::{read_article, ReadError};
pub use walk::{find_article_files, ArticleFile, WalkProblem};

use jiff::civil::Date;

/// One article as read from disk: its text, kept byte for byte, and what its header says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The article's path relative to the ingested folder, with `/` separators.
    pub id: String,
    /// The file's text, exactly as on disk; every offset whosaid reports points into it.
    pub text: String,
    /// The publication date, from the header or, failing that, from the path.
    pub published: Option<Date>,
    /// Byte offset in `text` where the body (the first sentence) begins.
    pub body_start: usize,
    /// A date header that was present but not a valid date, as written, for a warning.
    pub malformed_date: Option<String>,
    /// A fingerprint of the file's bytes and of this version of whosaid: when an article's
    /// fingerprint is the one in the index, there is nothing to re-index.
    pub fingerprint: u64,
}

impl Article {
    /// Dates an article that has no date header by the date its path gives
    /// (`2017/06/09/slug.txt`, `2017-06-09-slug.txt`, `20170609_slug.txt`).
    ///
    /// An article whose header holds a malformed date stays undated: never silently misdated.
    pub fn date_from_path_if_undated(&mut self) {
        if self.published.is_none() && self.malformed_date.is_none() {
            self.published = header::date_from_path(&self.id);
        }
    }

    /// Builds an article from its id and text, reading the date header at the top of the text.
    pub fn from_text(id: impl Into<String>, text: String) -> Article {
        let header = header::read_header(&text);
        Article {
            fingerprint: fingerprint(text.as_bytes()),
            id: id.into(),
            published: header.published,
            body_start: header.body_start,
            malformed_date: header.malformed,
            text,
        }
    }
}

/// The fingerprint of an article's bytes, salted with whosaid's version so that a new version,
/// which may analyse differently, re-indexes everything once.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    let salt = xxhash_rust::xxh3::xxh3_64(env!("CARGO_PKG_VERSION").as_bytes());
    xxhash_rust::xxh3::xxh3_64_with_seed(bytes, salt)
}
