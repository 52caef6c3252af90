//! The fields of a JSON article record, as news scrapers name them, mapped to an [`Article`].
//!
//! ```json
//! {"id": "w-101", "title": "...", "url": "https://...", "source_domain": "tidewire.example",
//!  "date_publish": "2019-03-02 14:30:00", "maintext": "The harbour master said ..."}
//! ```

use serde_json::{Map, Value};

use super::{outlet, RecordError};
use crate::article::{fingerprint, header, Article};

/// The fields that may hold the article's text, the first that holds text wins.
/// Source: news-please (`maintext`), newspaper3k and common crawls (`text`), CMS exports
/// (`body`, `content`).
pub const TEXT_FIELDS: &[&str] = &["text", "body", "content", "maintext"];

/// The fields that may hold the publication date, the first present wins.
/// Source: news-please (`date_publish`), newspaper3k (`publish_date`), schema.org
/// (`datePublished` as `date_published`), and plain `date`, `published`.
pub const DATE_FIELDS: &[&str] = &[
    "date",
    "published",
    "date_publish",
    "date_published",
    "publish_date",
];

/// Builds the article a JSON record holds. `id` is the article id the caller chose, `file` the
/// path of the file holding the record and `bytes` the record's bytes, for its fingerprint.
///
/// The article's text is the text field as JSON decodes it, so offsets point into that string.
/// A date that is not a date leaves the article undated, with `malformed_date` set.
pub fn article_from_record(
    record: &Value,
    id: String,
    file: &str,
    bytes: &[u8],
) -> Result<Article, RecordError> {
    let fields = record.as_object().ok_or(RecordError::NotObject)?;
    let text = TEXT_FIELDS
        .iter()
        .find_map(|name| string_field(fields, name))
        .ok_or(RecordError::NoText)?
        .to_string();
    let (published, malformed_date) = date(fields);
    let url = string_field(fields, "url");
    Ok(Article {
        outlet: outlet::outlet(string_field(fields, "source_domain"), url, file),
        title: string_field(fields, "title").map(str::to_string),
        url: url.map(str::to_string),
        body_start: text.len() - text.trim_start().len(),
        published,
        malformed_date,
        fingerprint: fingerprint(bytes),
        file: file.to_string(),
        id,
        text,
        decoded_from: None,
        original_offsets: None,
    })
}

/// The record's own `id`, when it has one: a string, or a number written as JSON writes it.
pub fn record_id(record: &Value) -> Option<String> {
    match record.get("id")? {
        Value::String(id) if !id.trim().is_empty() => Some(id.trim().to_string()),
        Value::Number(id) => Some(id.to_string()),
        _ => None,
    }
}

/// A field holding a string with something in it.
fn string_field<'a>(fields: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    fields
        .get(name)
        .and_then(Value::as_str)
        .filter(|value| !value.trim().is_empty())
}

/// The publication date, or the value as written when it is not a date.
fn date(fields: &Map<String, Value>) -> (Option<jiff::civil::Date>, Option<String>) {
    let Some(value) = DATE_FIELDS
        .iter()
        .find_map(|name| fields.get(*name).filter(|v| !v.is_null()))
    else {
        return (None, None);
    };
    match value.as_str().map(header::parse_date_value) {
        Some(Ok(date)) => (date, None),
        Some(Err(bad)) => (None, Some(bad)),
        None => (None, Some(value.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use serde_json::json;

    fn article(record: Value) -> Result<Article, RecordError> {
        article_from_record(&record, "f.jsonl#1".into(), "feeds/f.jsonl", b"{}")
    }

    #[test]
    fn every_text_field_name_is_read_and_the_first_with_text_wins() {
        for name in TEXT_FIELDS {
            let got = article(json!({ *name: "  The pier reopened." })).unwrap();
            assert_eq!(got.text, "  The pier reopened.", "{name}");
            assert_eq!(&got.text[got.body_start..], "The pier reopened.");
        }
        let got = article(json!({"text": null, "body": "", "maintext": "Main."})).unwrap();
        assert_eq!(got.text, "Main.");
        assert_eq!(article(json!({"title": "Only"})), Err(RecordError::NoText));
        assert_eq!(article(json!(["text"])), Err(RecordError::NotObject));
    }

    #[test]
    fn every_date_field_name_is_read_with_or_without_a_time() {
        for name in DATE_FIELDS {
            for value in ["2019-03-02", "2019-03-02 14:30:00", "2019-03-02T14:30:00Z"] {
                let got = article(json!({"text": "T.", *name: value})).unwrap();
                assert_eq!(got.published, Some(date(2019, 3, 2)), "{name}: {value}");
            }
        }
        let bad = article(json!({"text": "T.", "date": "2019-02-30"})).unwrap();
        assert_eq!(
            (bad.published, bad.malformed_date.as_deref()),
            (None, Some("2019-02-30"))
        );
        let number = article(json!({"text": "T.", "published": 1551536000})).unwrap();
        assert_eq!(number.malformed_date.as_deref(), Some("1551536000"));
        let undated = article(json!({"text": "T.", "date": null})).unwrap();
        assert_eq!((undated.published, undated.malformed_date), (None, None));
    }

    #[test]
    fn title_url_and_outlet_are_kept() {
        let got = article(json!({
            "text": "T.",
            "title": "Pier reopens",
            "url": "https://www.harbourpost.example/pier",
        }))
        .unwrap();
        assert_eq!(got.title.as_deref(), Some("Pier reopens"));
        assert_eq!(
            got.url.as_deref(),
            Some("https://www.harbourpost.example/pier")
        );
        assert_eq!(got.outlet.as_deref(), Some("harbourpost.example"));
        assert_eq!(got.file, "feeds/f.jsonl");
        let by_domain = article(json!({"text": "T.", "source_domain": "tidewire.example"}));
        assert_eq!(
            by_domain.unwrap().outlet.as_deref(),
            Some("tidewire.example")
        );
    }

    #[test]
    fn ids_are_strings_or_numbers() {
        assert_eq!(record_id(&json!({"id": " w-1 "})).as_deref(), Some("w-1"));
        assert_eq!(record_id(&json!({"id": 42})).as_deref(), Some("42"));
        assert_eq!(record_id(&json!({"id": ""})), None);
        assert_eq!(record_id(&json!({"id": null})), None);
    }
}
