//! Sentence documents flattened for other search engines (Quickwit, Elasticsearch, OpenSearch).
//!
//! One table, [`FLAT_FIELDS`], names every field with its type; the flat document, the Quickwit
//! doc mapping and the Elasticsearch mapping are all written from it.

use serde::Serialize;

use crate::document::SentenceDoc;

/// The type of a flattened field, as the other engines know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlatType {
    /// One exact string (an id, a path): not split into words.
    Keyword,
    /// English prose: stemmed words with positions.
    Prose,
    /// Names: words, lower-cased, with positions.
    Names,
    /// A list of exact strings.
    Keywords,
    /// A whole number.
    Integer,
    /// True or false.
    Boolean,
    /// An RFC 3339 instant (a day at midnight UTC).
    Date,
    /// A list of RFC 3339 instants.
    Dates,
}

/// Every field of a flattened document, with its type: the one list the mappings are made from.
pub const FLAT_FIELDS: &[(&str, FlatType)] = &[
    ("id", FlatType::Keyword),
    ("article", FlatType::Keyword),
    ("sentence", FlatType::Integer),
    ("start", FlatType::Integer),
    ("end", FlatType::Integer),
    ("paragraph", FlatType::Integer),
    ("date", FlatType::Date),
    ("title", FlatType::Prose),
    ("url", FlatType::Keyword),
    ("outlet", FlatType::Keyword),
    ("text", FlatType::Prose),
    ("speakers", FlatType::Names),
    ("speaker_kinds", FlatType::Keywords),
    ("quote", FlatType::Boolean),
    ("mentions", FlatType::Names),
    ("mentioned_dates_from", FlatType::Dates),
    ("mentioned_dates_to", FlatType::Dates),
];

/// A sentence document with dates as RFC 3339 instants and lists as plain arrays.
#[derive(Debug, Clone, Serialize)]
pub struct FlatDoc<'a> {
    id: &'a str,
    article: &'a str,
    sentence: u64,
    start: u64,
    end: u64,
    paragraph: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    text: &'a str,
    speakers: &'a [String],
    speaker_kinds: &'a [String],
    quote: bool,
    mentions: &'a [String],
    /// The first day of each mentioned date, in the order of `mentioned_dates`.
    mentioned_dates_from: Vec<String>,
    /// The last day of each mentioned date, in the same order.
    mentioned_dates_to: Vec<String>,
}

impl<'a> FlatDoc<'a> {
    /// Flattens `doc`.
    pub fn new(doc: &'a SentenceDoc) -> FlatDoc<'a> {
        FlatDoc {
            id: &doc.id,
            article: &doc.article,
            sentence: doc.sentence,
            start: doc.start,
            end: doc.end,
            paragraph: doc.paragraph,
            date: doc.date.as_deref().map(rfc3339_day),
            title: doc.title.as_deref(),
            url: doc.url.as_deref(),
            outlet: doc.outlet.as_deref(),
            text: &doc.text,
            speakers: &doc.speakers,
            speaker_kinds: &doc.speaker_kinds,
            quote: doc.quote,
            mentions: &doc.mentions,
            mentioned_dates_from: doc
                .mentioned_dates
                .iter()
                .map(|d| rfc3339_day(&d.from))
                .collect(),
            mentioned_dates_to: doc
                .mentioned_dates
                .iter()
                .map(|d| rfc3339_day(&d.to))
                .collect(),
        }
    }
}

/// `2017-06-09` as the instant `2017-06-09T00:00:00Z`.
fn rfc3339_day(day: &str) -> String {
    format!("{day}T00:00:00Z")
}
