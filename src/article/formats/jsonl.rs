//! JSON Lines (`.jsonl`, `.ndjson`): one article object a line, as news scrapers write them.

use std::collections::HashMap;

use super::record::{article_from_record, record_id};
use super::{Record, RecordError};

/// Reads every line of a JSON Lines file whose relative path is `file`.
///
/// Each line holding an object is one article, whose id is `file#<id>` when the record has an
/// `id`, else `file#<line>` (lines counted from 1). Blank lines are passed over; a line that is
/// not an article (not JSON, no text, an id used before) is a [`Record`] holding the error, so
/// the caller can warn and go on with the rest of the file.
pub fn read(file: &str, text: &str) -> Vec<Record> {
    let mut lines = LineReader::new(file);
    text.split_inclusive('\n')
        .filter_map(|line| lines.line(line))
        .collect()
}

/// Reads a JSON Lines file a line at a time, as [`read`] does the whole of it: a file of
/// gigabytes need not be in memory at once.
pub struct LineReader<'a> {
    file: &'a str,
    first_line_of_id: HashMap<String, usize>,
    pending_bytes: u64,
    number: usize,
}

impl<'a> LineReader<'a> {
    /// A reader of the file whose relative path is `file`, before its first line.
    pub fn new(file: &'a str) -> LineReader<'a> {
        LineReader {
            file,
            first_line_of_id: HashMap::new(),
            pending_bytes: 0,
            number: 0,
        }
    }

    /// The record of the file's next line (`line`, with its line break if it has one), or
    /// none for a blank line.
    pub fn line(&mut self, line: &str) -> Option<Record> {
        self.number += 1;
        let number = self.number;
        self.pending_bytes += line.len() as u64;
        let content = line.trim();
        if content.is_empty() {
            return None;
        }
        let file = self.file;
        let article = serde_json::from_str(content)
            .map_err(|e| RecordError::NotJson(e.to_string()))
            .and_then(|record| {
                let id = format!(
                    "{file}#{}",
                    record_id(&record).unwrap_or_else(|| number.to_string())
                );
                if let Some(&first_line) = self.first_line_of_id.get(&id) {
                    return Err(RecordError::DuplicateId { id, first_line });
                }
                let article = article_from_record(&record, id.clone(), file, content.as_bytes())?;
                self.first_line_of_id.insert(id, number);
                Ok(article)
            });
        Some(Record {
            line: Some(number),
            bytes: std::mem::take(&mut self.pending_bytes),
            article,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FEED: &str = concat!(
        r#"{"id": "w-1", "text": "The ferry sailed at dawn.", "date": "2019-03-02"}"#,
        "\n\n",
        r#"{"body": "Tides were high.", "published": "2019-03-03T08:00:00Z"}"#,
        "\r\n",
        "not json at all\n",
        r#"{"title": "No text here"}"#,
        "\n",
        r#"{"id": "w-1", "text": "Same id again."}"#,
    );

    #[test]
    fn each_line_is_an_article_or_an_error_with_its_line() {
        let records = read("feeds/wire.jsonl", FEED);
        let lines: Vec<Option<usize>> = records.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![Some(1), Some(3), Some(4), Some(5), Some(6)]);
        let first = records[0].article.as_ref().unwrap();
        assert_eq!(first.id, "feeds/wire.jsonl#w-1");
        assert_eq!(first.text, "The ferry sailed at dawn.");
        let second = records[1].article.as_ref().unwrap();
        assert_eq!(second.id, "feeds/wire.jsonl#3");
        assert_eq!(second.text, "Tides were high.");
        assert_eq!(second.published, Some(jiff::civil::date(2019, 3, 3)));
        assert!(matches!(records[2].article, Err(RecordError::NotJson(_))));
        assert_eq!(records[3].article, Err(RecordError::NoText));
        assert_eq!(
            records[4].article,
            Err(RecordError::DuplicateId {
                id: "feeds/wire.jsonl#w-1".into(),
                first_line: 1
            })
        );
    }

    #[test]
    fn the_records_account_for_every_byte_up_to_the_last() {
        let records = read("wire.jsonl", FEED);
        let bytes: u64 = records.iter().map(|r| r.bytes).sum();
        assert_eq!(bytes, FEED.len() as u64);
    }

    #[test]
    fn a_changed_line_changes_only_its_own_fingerprint() {
        let before = read("w.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
        let after = read("w.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two!\"}\n");
        let print = |records: &[Record], n: usize| records[n].article.as_ref().unwrap().fingerprint;
        assert_eq!(print(&before, 0), print(&after, 0));
        assert_ne!(print(&before, 1), print(&after, 1));
    }
}
