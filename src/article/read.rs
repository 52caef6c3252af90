//! Reading one file into its articles, by the reader its format calls for.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use super::formats::jsonl::LineReader;
use super::formats::{read_records, Format, Record};
use super::{Article, ArticleFile};

/// Why an article file could not be read; each says what the user can do about it.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file was there when the folder was walked, and gone when it was read.
    #[error("it was deleted or moved while the ingest ran; skipped, and removed from the index if it was there")]
    Vanished,
    /// The file's permissions do not let whosaid read it.
    #[error("permission denied; give whosaid read access (chmod a+r) and ingest again")]
    PermissionDenied,
    /// The file could not be opened or read for another reason.
    #[error("cannot read it: {0}")]
    Io(std::io::Error),
    /// The file holds NUL bytes: it is binary, not an article.
    #[error("it is a binary file (it holds NUL bytes), not text; skipped")]
    Binary,
}

impl ReadError {
    /// A word or two for the ingest summary's count of skipped files.
    pub fn short_reason(&self) -> &'static str {
        match self {
            ReadError::Vanished => "vanished",
            ReadError::PermissionDenied | ReadError::Io(_) => "unreadable",
            ReadError::Binary => "binary",
        }
    }
}

impl From<std::io::Error> for ReadError {
    fn from(error: std::io::Error) -> ReadError {
        match error.kind() {
            std::io::ErrorKind::NotFound => ReadError::Vanished,
            std::io::ErrorKind::PermissionDenied => ReadError::PermissionDenied,
            _ => ReadError::Io(error),
        }
    }
}

/// Opens a file to read its records: one article for `.txt`, `.json` and HTML files, one a
/// line for JSON Lines, which come a piece at a time ([`FileRecords::next_piece`]). An error
/// here is about the whole file (unreadable, binary); a bad record inside a readable file is a
/// [`Record`] holding its error.
pub fn read_articles(file: &ArticleFile) -> Result<FileRecords<'_>, ReadError> {
    let path = file.path();
    let format = Format::of(&path);
    if format == Format::JsonLines {
        let mut lines = JsonLines {
            input: BufReader::with_capacity(1 << 16, File::open(&path)?),
            reader: LineReader::new(&file.id),
            line: Vec::new(),
            started: false,
        };
        // A binary file shows itself in its first piece, as it would read whole.
        let first = lines.piece(|line| line.contains(&0))?;
        return Ok(FileRecords::Lines {
            first: Some(first),
            lines,
        });
    }
    let decoded = decode(std::fs::read(&path)?)?;
    let mut records = read_records(format, &file.id, decoded.text);
    if let Some(offsets) = decoded.original_offsets {
        for article in records.iter_mut().filter_map(|r| r.article.as_mut().ok()) {
            article.decoded_from = Some(WINDOWS_1252);
            // Only a plain-text article's offsets are into the file itself.
            if format == Format::Text {
                article.original_offsets = Some(offsets.clone());
            }
        }
    }
    Ok(FileRecords::Whole(Some(records)))
}

/// The records of one file, a piece at a time.
pub enum FileRecords<'a> {
    /// A file read whole: its records are one piece.
    Whole(Option<Vec<Record>>),
    /// A JSON Lines file, read [`PIECE_BYTES`] at a time.
    Lines {
        /// The first piece, read when the file was opened.
        first: Option<Vec<Record>>,
        /// The rest of the file.
        lines: JsonLines<'a>,
    },
}

impl FileRecords<'_> {
    /// The next records of the file, none at its end. An error leaves the rest unread.
    pub fn next_piece(&mut self) -> Result<Option<Vec<Record>>, ReadError> {
        match self {
            FileRecords::Whole(records) => Ok(records.take()),
            FileRecords::Lines { first, lines } => match first.take() {
                Some(records) => Ok(Some(records)),
                None => {
                    let records = lines.piece(|_| false)?;
                    Ok((!records.is_empty()).then_some(records))
                }
            },
        }
    }
}

/// How many bytes of a JSON Lines file are read, and their records analysed, at a time: a
/// file of a hundred thousand articles is never all in memory (one of 207 MB, all of
/// news-33k, peaked at 467 MB read whole).
pub const PIECE_BYTES: u64 = 4 << 20;

/// A JSON Lines file being read, a line at a time.
pub struct JsonLines<'a> {
    input: BufReader<File>,
    reader: LineReader<'a>,
    line: Vec<u8>,
    started: bool,
}

impl JsonLines<'_> {
    /// The records of the next [`PIECE_BYTES`] or so of the file; `binary` says of a line
    /// whether it makes the file binary. Each line is UTF-8, or else read as Windows-1252.
    fn piece(&mut self, binary: impl Fn(&[u8]) -> bool) -> Result<Vec<Record>, ReadError> {
        let mut records = Vec::new();
        let mut bytes = 0;
        while bytes < PIECE_BYTES {
            self.line.clear();
            if self.input.read_until(b'\n', &mut self.line)? == 0 {
                break;
            }
            if binary(&self.line) {
                return Err(ReadError::Binary);
            }
            bytes += self.line.len() as u64;
            // A UTF-8 byte-order mark opens the file, not its first record.
            let line = match (self.started, self.line.strip_prefix(b"\xEF\xBB\xBF")) {
                (false, Some(rest)) => rest,
                _ => &self.line[..],
            };
            self.started = true;
            let record = match std::str::from_utf8(line) {
                Ok(text) => self.reader.line(text),
                Err(_) => {
                    let mut record = self.reader.line(&decode_windows_1252(line).text);
                    if let Some(Ok(article)) = record.as_mut().map(|r| r.article.as_mut()) {
                        article.decoded_from = Some(WINDOWS_1252);
                    }
                    record
                }
            };
            records.extend(record);
        }
        Ok(records)
    }
}

/// The name of the encoding a file that is not UTF-8 is read in.
const WINDOWS_1252: &str = "Windows-1252";

/// A file's text, and where each of its bytes was in the file when it was not UTF-8.
struct Decoded {
    text: String,
    original_offsets: Option<Vec<u32>>,
}

/// The text of a file's bytes: UTF-8 as is, anything else read as Windows-1252 (the encoding of
/// most scraped pages that are not UTF-8, and a superset of Latin-1's printable characters).
/// Binary files are refused.
fn decode(bytes: Vec<u8>) -> Result<Decoded, ReadError> {
    if bytes.contains(&0) {
        return Err(ReadError::Binary);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text,
            original_offsets: None,
        }),
        Err(error) => Ok(decode_windows_1252(error.as_bytes())),
    }
}

/// Windows-1252 to UTF-8, one character a byte, remembering each output byte's source byte.
fn decode_windows_1252(bytes: &[u8]) -> Decoded {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut original_offsets = Vec::with_capacity(text.capacity() + 1);
    for (at, &byte) in bytes.iter().enumerate() {
        let c = windows_1252_char(byte);
        text.push(c);
        original_offsets.extend(std::iter::repeat_n(at as u32, c.len_utf8()));
    }
    original_offsets.push(bytes.len() as u32);
    Decoded {
        text,
        original_offsets: Some(original_offsets),
    }
}

/// The character a Windows-1252 byte stands for; the five unassigned bytes map to the C1
/// controls of the same value, as the WHATWG encoding standard does.
fn windows_1252_char(byte: u8) -> char {
    // Bytes 0x80 to 0x9F, from the Unicode Consortium's mapping table CP1252.TXT.
    const HIGH: [u32; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    match byte {
        0x80..=0x9F => char::from_u32(HIGH[usize::from(byte - 0x80)]).unwrap_or('\u{FFFD}'),
        _ => char::from(byte),
    }
}

/// Builds a plain-text article from the bytes of a file whose id is `id`.
pub fn article_from_bytes(id: &str, bytes: Vec<u8>) -> Result<Article, ReadError> {
    let decoded = decode(bytes)?;
    let mut article = Article::from_text(id, decoded.text);
    if decoded.original_offsets.is_some() {
        article.decoded_from = Some(WINDOWS_1252);
        article.original_offsets = decoded.original_offsets;
    }
    Ok(article)
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
    fn windows_1252_is_decoded_and_offsets_map_back_to_the_file() {
        // "Café “Noël” said." in Windows-1252: é is one byte, the curly quotes 0x93 and 0x94.
        let bytes = b"Caf\xe9 \x93No\xebl\x94 said.".to_vec();
        let article = article_from_bytes("x", bytes.clone()).unwrap();
        assert_eq!(article.text, "Café “Noël” said.");
        assert_eq!(article.decoded_from, Some("Windows-1252"));
        let said = article.text.find("said").unwrap();
        assert_eq!(article.original_offset(said), 12);
        assert_eq!(&bytes[12..16], b"said");
        assert_eq!(
            article.original_offset(article.text.len()),
            bytes.len() as u64
        );
    }

    #[test]
    fn a_file_gone_since_the_walk_is_told_apart_from_an_unreadable_one() {
        let folder = tempfile::tempdir().unwrap();
        let file = ArticleFile {
            root: std::sync::Arc::from(folder.path()),
            id: "gone.txt".to_string(),
            stamp: None,
        };
        let Err(error) = read_articles(&file) else {
            panic!("a file that is gone cannot be read");
        };
        assert!(matches!(error, ReadError::Vanished));
        assert_eq!(error.short_reason(), "vanished");
        assert!(error.to_string().contains("deleted or moved"));
    }

    #[test]
    fn a_dated_article_keeps_its_text() {
        let article = article_from_bytes("a.txt", b"date 2017-06-09\nHi.".to_vec()).unwrap();
        assert_eq!(article.text, "date 2017-06-09\nHi.");
        assert_eq!(article.body_start, 16);
    }

    /// Every record of `file`, piece by piece, with how many pieces there were.
    fn all_pieces(file: &ArticleFile) -> (Vec<Record>, usize) {
        let Ok(mut pieces) = read_articles(file) else {
            panic!("{} is readable", file.id);
        };
        let mut records = Vec::new();
        let mut count = 0;
        while let Some(piece) = pieces.next_piece().unwrap() {
            records.extend(piece);
            count += 1;
        }
        (records, count)
    }

    fn file_in(folder: &tempfile::TempDir, id: &str, bytes: &[u8]) -> ArticleFile {
        std::fs::write(folder.path().join(id), bytes).unwrap();
        ArticleFile {
            root: std::sync::Arc::from(folder.path()),
            id: id.to_string(),
            stamp: None,
        }
    }

    #[test]
    fn a_large_json_lines_file_comes_in_pieces_of_whole_lines() {
        let folder = tempfile::tempdir().unwrap();
        let line = |n: usize| {
            format!("{{\"id\": \"r{n}\", \"text\": \"Record {n} of the feed, padded out to be long enough.\"}}\n")
        };
        let lines = (PIECE_BYTES as usize / line(0).len()) * 5 / 2;
        let text: String = (0..lines).map(line).collect();
        let file = file_in(&folder, "feed.jsonl", text.as_bytes());
        let (records, pieces) = all_pieces(&file);
        assert_eq!(pieces, 3);
        assert_eq!(records.len(), lines);
        let last = records.last().unwrap();
        assert_eq!(last.line, Some(lines));
        let article = last.article.as_ref().unwrap();
        assert_eq!(article.id, format!("feed.jsonl#r{}", lines - 1));
        let bytes: u64 = records.iter().map(|r| r.bytes).sum();
        assert_eq!(bytes, text.len() as u64);
    }

    #[test]
    fn json_lines_are_read_line_by_line_as_utf8_or_windows_1252() {
        let folder = tempfile::tempdir().unwrap();
        let bytes =
            b"\xEF\xBB\xBF{\"text\": \"Caf\xC3\xA9 one.\"}\n\n{\"text\": \"Caf\xe9 two.\"}\n";
        let (records, _) = all_pieces(&file_in(&folder, "mixed.jsonl", bytes));
        let texts: Vec<(&str, Option<&str>)> = records
            .iter()
            .map(|r| {
                let article = r.article.as_ref().unwrap();
                (article.text.as_str(), article.decoded_from)
            })
            .collect();
        assert_eq!(
            texts,
            vec![("Café one.", None), ("Café two.", Some("Windows-1252"))]
        );
        assert_eq!(records[1].line, Some(3));
        let binary = file_in(&folder, "binary.jsonl", b"{\"text\": \"a\0b\"}\n");
        assert!(matches!(read_articles(&binary), Err(ReadError::Binary)));
    }
}
