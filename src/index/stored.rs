//! The form in which the index stores a sentence document: compact binary (postcard) holding
//! what export prints, less what can be derived: not the id (the article and sentence number
//! make it), nor the lists of speakers, kinds and mentioned names (each the names of the
//! mentions, once each), and dates as numbers. A fifth of the bytes of the JSON it replaced,
//! and several times cheaper to write and read back.
//!
//! The sentence text, most of a document's bytes, is not in it: tantivy stores it as the `text`
//! field's own value (its store copies a text value whole but a bytes value one byte at a time,
//! which cost 4% of an ingest). Nor is the article id, which the `article` column holds once a
//! segment instead of once a sentence.

use std::borrow::Cow;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::document::{
    first_of_each_name, AnalysedSentence, MentionedDateDoc, NameSpanDoc, SentenceDoc,
    SpeakerMentionDoc,
};

/// A sentence document as stored: borrowed from the sentence being written, owned when read.
#[derive(Serialize, Deserialize)]
struct Stored<'a> {
    sentence: u64,
    start: u64,
    end: u64,
    paragraph: u64,
    date: Option<Day>,
    #[serde(borrow)]
    title: Option<Cow<'a, str>>,
    #[serde(borrow)]
    url: Option<Cow<'a, str>>,
    #[serde(borrow)]
    outlet: Option<Cow<'a, str>>,
    #[serde(borrow)]
    speakers: Vec<StoredSpeaker<'a>>,
    quote: bool,
    quote_spans: Vec<[u64; 2]>,
    #[serde(borrow)]
    mentions: Vec<StoredName<'a>>,
    #[serde(borrow)]
    dates: Vec<StoredDate<'a>>,
}

/// A speaker's mention: `SpeakerMentionDoc`.
#[derive(Serialize, Deserialize)]
struct StoredSpeaker<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(borrow)]
    kind: Cow<'a, str>,
    #[serde(borrow)]
    text: Cow<'a, str>,
    start: u64,
    end: u64,
}

/// A mentioned person: `NameSpanDoc`.
#[derive(Serialize, Deserialize)]
struct StoredName<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(borrow)]
    text: Cow<'a, str>,
    start: u64,
    end: u64,
}

/// A mentioned date: `MentionedDateDoc`.
#[derive(Serialize, Deserialize)]
struct StoredDate<'a> {
    #[serde(borrow)]
    text: Cow<'a, str>,
    start: u64,
    end: u64,
    from: Day,
    to: Day,
}

/// A calendar day as year, month and day numbers.
#[derive(Clone, Copy, Serialize, Deserialize)]
struct Day(i16, i8, i8);

impl From<Date> for Day {
    fn from(date: Date) -> Day {
        Day(date.year(), date.month(), date.day())
    }
}

impl Day {
    /// The day as `YYYY-MM-DD`, or why the stored numbers are not a day.
    fn render(self) -> Result<String, StoredError> {
        Date::new(self.0, self.1, self.2)
            .map(|date| date.to_string())
            .map_err(|_| StoredError(format!("{}-{}-{} is not a day", self.0, self.1, self.2)))
    }
}

/// Why stored bytes do not read back as a sentence document: a damaged index, or one written by
/// another version.
#[derive(Debug, thiserror::Error)]
#[error("a stored document does not read back: {0}")]
pub struct StoredError(String);

/// The bytes the index stores for `sentence`, besides its text and its article's id.
pub fn to_stored_bytes(sentence: &AnalysedSentence) -> Vec<u8> {
    let article = sentence.article;
    let text = article.text.as_str();
    let offset = |at: usize| article.original_offset(at);
    let mention = |start: usize, end: usize| Cow::Borrowed(&text[start..end]);
    let attribution = &sentence.attribution;
    let stored = Stored {
        sentence: sentence.number,
        start: offset(sentence.sentence.start),
        end: offset(sentence.sentence.end),
        paragraph: u64::from(sentence.sentence.paragraph),
        date: article.published.map(Day::from),
        title: article.title.as_deref().map(Cow::Borrowed),
        url: article.url.as_deref().map(Cow::Borrowed),
        outlet: article.outlet.as_deref().map(Cow::Borrowed),
        speakers: attribution
            .speakers
            .iter()
            .map(|m| StoredSpeaker {
                name: Cow::Borrowed(&m.name),
                kind: Cow::Borrowed(m.kind.as_str()),
                text: mention(m.start, m.end),
                start: offset(m.start),
                end: offset(m.end),
            })
            .collect(),
        quote: attribution.quote,
        quote_spans: attribution
            .quote_spans
            .iter()
            .map(|span| [offset(span.start), offset(span.end)])
            .collect(),
        mentions: attribution
            .mentions
            .iter()
            .map(|m| StoredName {
                name: Cow::Borrowed(&m.name),
                text: mention(m.start, m.end),
                start: offset(m.start),
                end: offset(m.end),
            })
            .collect(),
        dates: sentence
            .dates
            .iter()
            .map(|m| StoredDate {
                text: mention(m.start, m.end),
                start: offset(m.start),
                end: offset(m.end),
                from: m.from.into(),
                to: m.to.into(),
            })
            .collect(),
    };
    // Room for it all at once: growing the buffer field by field cost 1% of an ingest.
    let names: usize = stored
        .speakers
        .iter()
        .map(|m| m.name.len() + m.text.len())
        .sum::<usize>()
        + stored
            .mentions
            .iter()
            .map(|m| m.name.len() + m.text.len())
            .sum::<usize>()
        + stored.dates.iter().map(|m| m.text.len()).sum::<usize>();
    let capacity = [&stored.title, &stored.url, &stored.outlet]
        .iter()
        .map(|s| s.as_ref().map_or(0, |s| s.len()))
        .sum::<usize>()
        + names
        + 32 * (stored.speakers.len() + stored.mentions.len() + stored.dates.len() + 1);
    // Serialising strings, numbers and lists of them into memory cannot fail.
    postcard::to_extend(&stored, Vec::with_capacity(capacity)).unwrap_or_default()
}

/// The sentence document of `article` whose text is `text` and the rest stored as `bytes`, or
/// why they are not one.
pub fn from_stored(article: &str, text: &str, bytes: &[u8]) -> Result<SentenceDoc, StoredError> {
    let s: Stored = postcard::from_bytes(bytes).map_err(|e| StoredError(e.to_string()))?;
    let owned = |text: Option<Cow<'_, str>>| text.map(Cow::into_owned);
    let (speakers, speaker_kinds) = first_of_each_name(&s.speakers, |m| &m.name)
        .map(|m| (m.name.to_string(), m.kind.to_string()))
        .unzip();
    let mentions = first_of_each_name(&s.mentions, |m| &m.name)
        .map(|m| m.name.to_string())
        .collect();
    Ok(SentenceDoc {
        id: format!("{article}#{}", s.sentence),
        article: article.to_string(),
        sentence: s.sentence,
        start: s.start,
        end: s.end,
        paragraph: s.paragraph,
        date: s.date.map(Day::render).transpose()?,
        title: owned(s.title),
        url: owned(s.url),
        outlet: owned(s.outlet),
        text: text.to_string(),
        speakers,
        speaker_kinds,
        speaker_mentions: s
            .speakers
            .into_iter()
            .map(|m| SpeakerMentionDoc {
                name: m.name.into_owned(),
                kind: m.kind.into_owned(),
                text: m.text.into_owned(),
                start: m.start,
                end: m.end,
            })
            .collect(),
        quote: s.quote,
        quote_spans: s.quote_spans,
        mentions,
        mention_spans: s
            .mentions
            .into_iter()
            .map(|m| NameSpanDoc {
                name: m.name.into_owned(),
                text: m.text.into_owned(),
                start: m.start,
                end: m.end,
            })
            .collect(),
        mentioned_dates: s
            .dates
            .into_iter()
            .map(|m| {
                Ok(MentionedDateDoc {
                    text: m.text.into_owned(),
                    start: m.start,
                    end: m.end,
                    from: m.from.render()?,
                    to: m.to.render()?,
                })
            })
            .collect::<Result<_, StoredError>>()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::document::{analyse_article, Analyses};

    /// `sentence` read back from `bytes` and its text and article id, as the index stores them.
    fn read_back(sentence: &AnalysedSentence, bytes: &[u8]) -> Result<SentenceDoc, StoredError> {
        from_stored(&sentence.article.id, sentence.text(), bytes)
    }

    fn article() -> Article {
        let mut article = Article::from_text(
            "uk/a.txt",
            "date 2017-06-10\n“Be calm,” said London Mayor Sadiq Khan on Saturday. Trump \
             mocked Khan. “Be calm,” Khan said again, and Khan repeated it.\n\nNobody spoke."
                .to_string(),
        );
        article.title = Some("Calm".into());
        article.url = Some("https://example.com/calm".into());
        article
    }

    #[test]
    fn a_document_reads_back_as_it_was_written() {
        let article = article();
        let sentences = analyse_article(&article, Analyses::default());
        assert!(sentences.len() >= 3);
        assert!(sentences.iter().any(|s| !s.attribution.speakers.is_empty()));
        assert!(sentences.iter().any(|s| !s.attribution.mentions.is_empty()));
        assert!(sentences.iter().any(|s| !s.dates.is_empty()));
        for sentence in &sentences {
            let read = read_back(sentence, &to_stored_bytes(sentence)).unwrap();
            assert_eq!(read, sentence.to_doc());
        }
        let undated = Article::from_text("b.txt", "“No,” she said.".to_string());
        for sentence in &analyse_article(&undated, Analyses::default()) {
            let read = read_back(sentence, &to_stored_bytes(sentence)).unwrap();
            assert_eq!(read, sentence.to_doc());
            assert_eq!(read.date, None);
        }
    }

    #[test]
    fn the_stored_form_is_much_smaller_than_the_export() {
        let article = article();
        for sentence in &analyse_article(&article, Analyses::default()) {
            let stored = to_stored_bytes(sentence).len();
            let exported = serde_json::to_vec(&sentence.to_doc()).unwrap().len();
            assert!(stored * 2 < exported, "{stored} vs {exported}");
        }
    }

    #[test]
    fn damaged_bytes_are_an_error_not_a_panic() {
        let article = article();
        let sentence = &analyse_article(&article, Analyses::default())[0];
        let bytes = to_stored_bytes(sentence);
        for cut in 0..bytes.len() {
            assert!(read_back(sentence, &bytes[..cut]).is_err());
        }
        // Any byte changed anywhere: read back or refused, never a panic.
        for at in 0..bytes.len() {
            let mut changed = bytes.clone();
            changed[at] = changed[at].wrapping_add(0x41);
            let _ = read_back(sentence, &changed);
        }
    }
}
