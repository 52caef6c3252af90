//! The fields of a hit as scripts see them: one JSON object, and choosing some of its fields.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::document::SentenceDoc;
use crate::index::Hit;

/// Every field a hit has, in output order: the sentence document's, then `score` and `context`.
pub const HIT_FIELDS: &[&str] = &[
    "id",
    "article",
    "sentence",
    "start",
    "end",
    "paragraph",
    "date",
    "title",
    "url",
    "outlet",
    "text",
    "speakers",
    "speaker_kinds",
    "speaker_mentions",
    "quote",
    "quote_spans",
    "mentions",
    "mention_spans",
    "mentioned_dates",
    "score",
    "context",
];

/// The fields csv and tsv print when `--fields` is not given.
pub const DEFAULT_TABLE_FIELDS: &[&str] = &["id", "date", "speakers", "text", "score"];

/// A neighbouring sentence printed as context.
#[derive(Debug, Clone, Serialize)]
pub struct ContextJson<'a> {
    /// The sentence's id.
    pub id: &'a str,
    /// The sentence's number in its article.
    pub sentence: u64,
    /// Its text.
    pub text: &'a str,
    /// Its speakers.
    pub speakers: &'a [String],
}

/// The JSON form of a hit: every field of the sentence document, then its score and context.
#[derive(Serialize)]
struct HitJson<'a> {
    #[serde(flatten)]
    doc: &'a SentenceDoc,
    score: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<Vec<ContextJson<'a>>>,
}

/// A hit as one JSON object.
pub fn hit_json(hit: &Hit) -> Value {
    let context = (!hit.context.is_empty()).then(|| {
        hit.context
            .iter()
            .map(|doc| ContextJson {
                id: &doc.id,
                sentence: doc.sentence,
                text: &doc.text,
                speakers: &doc.speakers,
            })
            .collect()
    });
    let json = HitJson {
        doc: &hit.doc,
        score: hit.score,
        context,
    };
    serde_json::to_value(json).unwrap_or(Value::Null)
}

/// Checks the names given to `--fields`, saying which are unknown and which exist.
pub fn check_fields(fields: &[String]) -> Result<(), String> {
    let unknown: Vec<&str> = fields
        .iter()
        .map(String::as_str)
        .filter(|f| !HIT_FIELDS.contains(f))
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    Err(format!(
        "unknown field(s) {}; the fields are: {}",
        unknown.join(", "),
        HIT_FIELDS.join(",")
    ))
}

/// The object with only `fields`, in that order (all of it when `fields` is empty).
pub fn select(value: Value, fields: &[String]) -> Value {
    if fields.is_empty() {
        return value;
    }
    let Value::Object(mut all) = value else {
        return value;
    };
    let mut chosen = Map::new();
    for field in fields {
        chosen.insert(field.clone(), all.remove(field).unwrap_or(Value::Null));
    }
    Value::Object(chosen)
}

/// A JSON value as one table cell: text as is, lists of text joined with "; ", null empty.
pub fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        Value::Array(items) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}
