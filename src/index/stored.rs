//! The form in which the index stores a sentence document: the export's fields, but with short
//! keys, without empty lists and absent values, and without the id (the article and sentence
//! number make it). About half the bytes to serialise, compress and store; reading it back gives
//! the full [`SentenceDoc`] the export prints.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::document::{MentionedDateDoc, NameSpanDoc, SentenceDoc, SpeakerMentionDoc};

/// A sentence document as stored: borrowed from the document being written, owned when read.
#[derive(Serialize, Deserialize)]
struct Stored<'a> {
    #[serde(rename = "a")]
    article: Cow<'a, str>,
    #[serde(rename = "n")]
    sentence: u64,
    #[serde(rename = "s")]
    start: u64,
    #[serde(rename = "e")]
    end: u64,
    #[serde(rename = "p")]
    paragraph: u64,
    #[serde(rename = "d", default, skip_serializing_if = "Option::is_none")]
    date: Option<Cow<'a, str>>,
    #[serde(rename = "ti", default, skip_serializing_if = "Option::is_none")]
    title: Option<Cow<'a, str>>,
    #[serde(rename = "u", default, skip_serializing_if = "Option::is_none")]
    url: Option<Cow<'a, str>>,
    #[serde(rename = "o", default, skip_serializing_if = "Option::is_none")]
    outlet: Option<Cow<'a, str>>,
    #[serde(rename = "t")]
    text: Cow<'a, str>,
    #[serde(rename = "sp", default, skip_serializing_if = "is_empty")]
    speakers: Cow<'a, [String]>,
    #[serde(rename = "sk", default, skip_serializing_if = "is_empty")]
    speaker_kinds: Cow<'a, [String]>,
    #[serde(rename = "sm", default, skip_serializing_if = "is_empty")]
    speaker_mentions: Cow<'a, [SpeakerMentionDoc]>,
    #[serde(rename = "q", default, skip_serializing_if = "is_false")]
    quote: bool,
    #[serde(rename = "qs", default, skip_serializing_if = "is_empty")]
    quote_spans: Cow<'a, [[u64; 2]]>,
    #[serde(rename = "m", default, skip_serializing_if = "is_empty")]
    mentions: Cow<'a, [String]>,
    #[serde(rename = "ms", default, skip_serializing_if = "is_empty")]
    mention_spans: Cow<'a, [NameSpanDoc]>,
    #[serde(rename = "md", default, skip_serializing_if = "is_empty")]
    mentioned_dates: Cow<'a, [MentionedDateDoc]>,
}

fn is_false(value: &bool) -> bool {
    !value
}

fn is_empty<T>(list: &[T]) -> bool {
    list.is_empty()
}

/// The bytes the index stores for `doc`.
pub fn to_stored_bytes(doc: &SentenceDoc) -> Vec<u8> {
    let stored = Stored {
        article: Cow::Borrowed(&doc.article),
        sentence: doc.sentence,
        start: doc.start,
        end: doc.end,
        paragraph: doc.paragraph,
        date: doc.date.as_deref().map(Cow::Borrowed),
        title: doc.title.as_deref().map(Cow::Borrowed),
        url: doc.url.as_deref().map(Cow::Borrowed),
        outlet: doc.outlet.as_deref().map(Cow::Borrowed),
        text: Cow::Borrowed(&doc.text),
        speakers: Cow::Borrowed(&doc.speakers),
        speaker_kinds: Cow::Borrowed(&doc.speaker_kinds),
        speaker_mentions: Cow::Borrowed(&doc.speaker_mentions),
        quote: doc.quote,
        quote_spans: Cow::Borrowed(&doc.quote_spans),
        mentions: Cow::Borrowed(&doc.mentions),
        mention_spans: Cow::Borrowed(&doc.mention_spans),
        mentioned_dates: Cow::Borrowed(&doc.mentioned_dates),
    };
    // Serialising strings, numbers and lists of them cannot fail.
    serde_json::to_vec(&stored).unwrap_or_default()
}

/// The sentence document stored as `bytes`, or why they are not one.
pub fn from_stored_bytes(bytes: &[u8]) -> Result<SentenceDoc, serde_json::Error> {
    let s: Stored = serde_json::from_slice(bytes)?;
    let owned = |text: Option<Cow<'_, str>>| text.map(Cow::into_owned);
    Ok(SentenceDoc {
        id: format!("{}#{}", s.article, s.sentence),
        article: s.article.into_owned(),
        sentence: s.sentence,
        start: s.start,
        end: s.end,
        paragraph: s.paragraph,
        date: owned(s.date),
        title: owned(s.title),
        url: owned(s.url),
        outlet: owned(s.outlet),
        text: s.text.into_owned(),
        speakers: s.speakers.into_owned(),
        speaker_kinds: s.speaker_kinds.into_owned(),
        speaker_mentions: s.speaker_mentions.into_owned(),
        quote: s.quote,
        quote_spans: s.quote_spans.into_owned(),
        mentions: s.mentions.into_owned(),
        mention_spans: s.mention_spans.into_owned(),
        mentioned_dates: s.mentioned_dates.into_owned(),
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
