//! Who speaks in each sentence (interim version, replaced by the attribution modules).

use super::sentences::Sentence;

/// A speaker found for a sentence: the canonical name and where the article names them here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerMention {
    /// The fullest name the article gives this person.
    pub name: String,
    /// Byte offset of the in-text mention.
    pub start: usize,
    /// Byte offset just past the in-text mention.
    pub end: usize,
}

/// What a sentence says about speech: who speaks in it and which of its bytes are quoted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attribution {
    /// The speakers, without duplicate names.
    pub speakers: Vec<SpeakerMention>,
    /// The sentence holds (part of) a direct quotation.
    pub quote: bool,
    /// The quoted byte ranges inside the sentence.
    pub quote_spans: Vec<std::ops::Range<usize>>,
}

/// Attributes every sentence of an article: one Attribution per sentence, same order.
pub fn attribute(text: &str, sentences: &[Sentence]) -> Vec<Attribution> {
    sentences
        .iter()
        .map(|s| {
            let sentence = &text[s.start..s.end];
            Attribution {
                quote: sentence.contains('“') || sentence.contains('"'),
                ..Attribution::default()
            }
        })
        .collect()
}
