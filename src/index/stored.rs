//! The form in which the index stores a sentence document: the export's fields, but with short
//! keys, without empty lists and absent values, and without the id (the article and sentence
//! number make it). About half the bytes to serialise, compress and store; reading it back gives
//! the full [`SentenceDoc`] the export prints.

use serde::{Deserialize, Serialize};

use crate::document::{MentionedDateDoc, NameSpanDoc, SentenceDoc, SpeakerMentionDoc};

/// A sentence document as stored, borrowed from the document being written.
#[derive(Serialize)]
struct StoredRef<'a> {
    #[serde(rename = "a")]
    article: &'a str,
    #[serde(rename = "n")]
    sentence: u64,
    #[serde(rename = "s")]
    start: u64,
    #[serde(rename = "e")]
    end: u64,
    #[serde(rename = "p")]
    paragraph: u64,
    #[serde(rename = "d", skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(rename = "ti", skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(rename = "u", skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(rename = "o", skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    #[serde(rename = "t")]
    text: &'a str,
    #[serde(rename = "sp", skip_serializing_if = "<[_]>::is_empty")]
    speakers: &'a [String],
    #[serde(rename = "sk", skip_serializing_if = "<[_]>::is_empty")]
    speaker_kinds: &'a [String],
    #[serde(rename = "sm", skip_serializing_if = "<[_]>::is_empty")]
    speaker_mentions: &'a [SpeakerMentionDoc],
    #[serde(rename = "q", skip_serializing_if = "is_false")]
    quote: bool,
    #[serde(rename = "qs", skip_serializing_if = "<[_]>::is_empty")]
    quote_spans: &'a [[u64; 2]],
    #[serde(rename = "m", skip_serializing_if = "<[_]>::is_empty")]
    mentions: &'a [String],
    #[serde(rename = "ms", skip_serializing_if = "<[_]>::is_empty")]
    mention_spans: &'a [NameSpanDoc],
    #[serde(rename = "md", skip_serializing_if = "<[_]>::is_empty")]
    mentioned_dates: &'a [MentionedDateDoc],
}

/// A sentence document as read back from the index.
#[derive(Deserialize)]
struct Stored {
    #[serde(rename = "a")]
    article: String,
    #[serde(rename = "n")]
    sentence: u64,
    #[serde(rename = "s")]
    start: u64,
    #[serde(rename = "e")]
    end: u64,
    #[serde(rename = "p")]
    paragraph: u64,
    #[serde(rename = "d", default)]
    date: Option<String>,
    #[serde(rename = "ti", default)]
    title: Option<String>,
    #[serde(rename = "u", default)]
    url: Option<String>,
    #[serde(rename = "o", default)]
    outlet: Option<String>,
    #[serde(rename = "t")]
    text: String,
    #[serde(rename = "sp", default)]
    speakers: Vec<String>,
    #[serde(rename = "sk", default)]
    speaker_kinds: Vec<String>,
    #[serde(rename = "sm", default)]
    speaker_mentions: Vec<SpeakerMentionDoc>,
    #[serde(rename = "q", default)]
    quote: bool,
    #[serde(rename = "qs", default)]
    quote_spans: Vec<[u64; 2]>,
    #[serde(rename = "m", default)]
    mentions: Vec<String>,
    #[serde(rename = "ms", default)]
    mention_spans: Vec<NameSpanDoc>,
    #[serde(rename = "md", default)]
    mentioned_dates: Vec<MentionedDateDoc>,
}

fn is_false(value: &bool) -> bool {
    !value
}

/// The bytes the index stores for `doc`.
pub fn to_stored_bytes(doc: &SentenceDoc) -> Vec<u8> {
    let stored = StoredRef {
        article: &doc.article,
        sentence: doc.sentence,
        start: doc.start,
        end: doc.end,
        paragraph: doc.paragraph,
        date: doc.date.as_deref(),
        title: doc.title.as_deref(),
        url: doc.url.as_deref(),
        outlet: doc.outlet.as_deref(),
        text: &doc.text,
        speakers: &doc.speakers,
        speaker_kinds: &doc.speaker_kinds,
        speaker_mentions: &doc.speaker_mentions,
        quote: doc.quote,
        quote_spans: &doc.quote_spans,
        mentions: &doc.mentions,
        mention_spans: &doc.mention_spans,
        mentioned_dates: &doc.mentioned_dates,
    };
    // Serialising strings, numbers and lists of them cannot fail.
    serde_json::to_vec(&stored).unwrap_or_default()
}

/// The sentence document stored as `bytes`, or why they are not one.
pub fn from_stored_bytes(bytes: &[u8]) -> Result<SentenceDoc, serde_json::Error> {
    let s: Stored = serde_json::from_slice(bytes)?;
    Ok(SentenceDoc {
        id: format!("{}#{}", s.article, s.sentence),
        article: s.article,
        sentence: s.sentence,
        start: s.start,
        end: s.end,
        paragraph: s.paragraph,
        date: s.date,
        title: s.title,
        url: s.url,
        outlet: s.outlet,
        text: s.text,
        speakers: s.speakers,
        speaker_kinds: s.speaker_kinds,
        speaker_mentions: s.speaker_mentions,
        quote: s.quote,
        quote_spans: s.quote_spans,
        mentions: s.mentions,
        mention_spans: s.mention_spans,
        mentioned_dates: s.mentioned_dates,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> SentenceDoc {
        SentenceDoc {
            id: "uk/a.txt#2".into(),
            article: "uk/a.txt".into(),
            sentence: 2,
            start: 10,
            end: 40,
            paragraph: 1,
            date: Some("2017-06-09".into()),
            title: None,
            url: None,
            outlet: Some("uk".into()),
            text: "“Be calm,” said Mr Khan on Saturday.".into(),
            speakers: vec!["Sadiq Khan".into()],
            speaker_kinds: vec!["person".into()],
            speaker_mentions: vec![SpeakerMentionDoc {
                name: "Sadiq Khan".into(),
                kind: "person".into(),
                text: "Mr Khan".into(),
                start: 26,
                end: 33,
            }],
            quote: true,
            quote_spans: vec![[10, 24]],
            mentions: vec![],
            mention_spans: vec![],
            mentioned_dates: vec![MentionedDateDoc {
                text: "Saturday".into(),
                start: 37,
                end: 45,
                from: "2017-06-03".into(),
                to: "2017-06-03".into(),
            }],
        }
    }

    #[test]
    fn a_document_reads_back_as_it_was_written() {
        let full = doc();
        assert_eq!(from_stored_bytes(&to_stored_bytes(&full)).unwrap(), full);
        let bare = SentenceDoc {
            date: None,
            outlet: None,
            speakers: vec![],
            speaker_kinds: vec![],
            speaker_mentions: vec![],
            quote: false,
            quote_spans: vec![],
            mentioned_dates: vec![],
            ..doc()
        };
        assert_eq!(from_stored_bytes(&to_stored_bytes(&bare)).unwrap(), bare);
    }

    #[test]
    fn the_stored_form_is_much_smaller_than_the_export() {
        let bare = SentenceDoc {
            speakers: vec![],
            speaker_kinds: vec![],
            speaker_mentions: vec![],
            quote: false,
            quote_spans: vec![],
            mentioned_dates: vec![],
            ..doc()
        };
        let stored = to_stored_bytes(&bare).len();
        let exported = serde_json::to_vec(&bare).unwrap().len();
        assert!(stored * 2 < exported, "{stored} vs {exported}");
    }
}
