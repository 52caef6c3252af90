//! The sentence document: the one type the index stores and `export` and `query --json` print.

use serde::{Deserialize, Serialize};

use crate::analysis::{self, Attribution, NameMention, Sentence};
use crate::article::Article;

/// One sentence of an article, with who speaks in it: the unit whosaid indexes and prints.
///
/// Field names and meanings are a contract with scripts: offsets are UTF-8 byte offsets into the
/// article's text (end exclusive): for a `.txt` file the original file, so `file[start..end]`
/// is `text`; for JSON the record's decoded text field; for HTML the extracted paragraphs
/// (see [`crate::article::formats::html`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceDoc {
    /// `<article>#<sentence>`: unique in the index.
    pub id: String,
    /// The article's id: its file's path relative to the ingested folder, with `/` separators,
    /// and for a JSON Lines record `#` and the record's `id` or line number.
    pub article: String,
    /// The sentence's number in its article, counting from 1.
    pub sentence: u64,
    /// Byte offset of the sentence's first character in the article's text.
    pub start: u64,
    /// Byte offset just past the sentence's last character in the article's text.
    pub end: u64,
    /// The paragraph the sentence belongs to, counting from 1.
    pub paragraph: u64,
    /// The article's publication date as `YYYY-MM-DD`, or null when it has none.
    pub date: Option<String>,
    /// The article's headline, or null when its source gives none (as for `.txt`).
    pub title: Option<String>,
    /// The article's address on the web, or null.
    pub url: Option<String>,
    /// Who published the article: its `source_domain`, its url's host, or its file's folder.
    pub outlet: Option<String>,
    /// The sentence as written.
    pub text: String,
    /// The people the sentence quotes or reports, by the fullest name the article gives.
    pub speakers: Vec<String>,
    /// The kind of each speaker, in the order of `speakers`: `person`, `organisation`, `group`.
    pub speaker_kinds: Vec<String>,
    /// Each speaker's in-text mention this attribution rests on, with its offsets.
    pub speaker_mentions: Vec<SpeakerMentionDoc>,
    /// Whether the sentence holds (part of) a direct quotation.
    pub quote: bool,
    /// The quoted byte ranges inside the sentence, as `[start, end]` offsets into the article's text.
    pub quote_spans: Vec<[u64; 2]>,
    /// The people the sentence names without quoting or reporting them.
    pub mentions: Vec<String>,
    /// Where the sentence names each of `mentions`.
    pub mention_spans: Vec<NameSpanDoc>,
    /// The dates the sentence mentions, each resolved to a range of days.
    pub mentioned_dates: Vec<MentionedDateDoc>,
}

/// Where a sentence names a person it mentions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameSpanDoc {
    /// The person's canonical name, as in `mentions`.
    pub name: String,
    /// The mention as written.
    pub text: String,
    /// Byte offset of the mention in the article's text.
    pub start: u64,
    /// Byte offset just past the mention in the article's text.
    pub end: u64,
}

/// A date a sentence mentions ("on Saturday night", "May 2016") and the days it means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionedDateDoc {
    /// The mention as written ("Saturday night").
    pub text: String,
    /// Byte offset of the mention in the article's text.
    pub start: u64,
    /// Byte offset just past the mention in the article's text.
    pub end: u64,
    /// The first day meant, `YYYY-MM-DD`.
    pub from: String,
    /// The last day meant, `YYYY-MM-DD`, inclusive (equal to `from` for one day).
    pub to: String,
}

/// Where the article names a speaker for one sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerMentionDoc {
    /// The speaker's canonical name, as in `speakers`.
    pub name: String,
    /// The speaker's kind: `person`, `organisation` or `group`.
    pub kind: String,
    /// The mention as written ("Mr Khan", "she").
    pub text: String,
    /// Byte offset of the mention in the article's text.
    pub start: u64,
    /// Byte offset just past the mention in the article's text.
    pub end: u64,
}

/// Which analyses to run beyond splitting; all on unless a benchmark turns one off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Analyses {
    /// Find the speakers and quotations of each sentence.
    pub speakers: bool,
    /// Find the dates each sentence mentions.
    pub dates: bool,
}

impl Default for Analyses {
    fn default() -> Self {
        Analyses {
            speakers: true,
            dates: true,
        }
    }
}

/// Splits an article into sentences, attributes them, and builds their documents, in order.
pub fn build_documents(article: &Article, analyses: Analyses) -> Vec<SentenceDoc> {
    let text = article.text.as_str();
    let sentences = analysis::split_sentences(text, article.body_start);
    let attributions = if analyses.speakers {
        analysis::attribute(text, &sentences)
    } else {
        vec![Attribution::default(); sentences.len()]
    };
    let date = article.published.map(|d| d.to_string());
    sentences
        .iter()
        .zip(attributions)
        .enumerate()
        .map(|(n, (sentence, attribution))| {
            let mut doc = sentence_doc(article, text, n as u64 + 1, sentence, attribution, &date);
            if analyses.dates {
                doc.mentioned_dates = mentioned_dates(article, sentence);
            }
            doc
        })
        .collect()
}

fn sentence_doc(
    article: &Article,
    text: &str,
    number: u64,
    sentence: &Sentence,
    attribution: Attribution,
    date: &Option<String>,
) -> SentenceDoc {
    let mut speakers: Vec<String> = Vec::new();
    let mut speaker_kinds: Vec<String> = Vec::new();
    let speaker_mentions = attribution
        .speakers
        .into_iter()
        .map(|mention| {
            if !speakers.contains(&mention.name) {
                speakers.push(mention.name.clone());
                speaker_kinds.push(mention.kind.as_str().to_string());
            }
            SpeakerMentionDoc {
                kind: mention.kind.as_str().to_string(),
                text: text[mention.start..mention.end].to_string(),
                start: article.original_offset(mention.start),
                end: article.original_offset(mention.end),
                name: mention.name,
            }
        })
        .collect();
    SentenceDoc {
        id: format!("{}#{}", article.id, number),
        article: article.id.clone(),
        sentence: number,
        start: article.original_offset(sentence.start),
        end: article.original_offset(sentence.end),
        paragraph: u64::from(sentence.paragraph),
        date: date.clone(),
        title: article.title.clone(),
        url: article.url.clone(),
        outlet: article.outlet.clone(),
        text: text[sentence.start..sentence.end].to_string(),
        speakers,
        speaker_kinds,
        speaker_mentions,
        quote: attribution.quote,
        quote_spans: attribution
            .quote_spans
            .iter()
            .map(|span| {
                [
                    article.original_offset(span.start),
                    article.original_offset(span.end),
                ]
            })
            .collect(),
        mentions: unique_names(&attribution.mentions),
        mention_spans: attribution
            .mentions
            .iter()
            .map(|mention| NameSpanDoc {
                name: mention.name.clone(),
                text: text[mention.start..mention.end].to_string(),
                start: article.original_offset(mention.start),
                end: article.original_offset(mention.end),
            })
            .collect(),
        mentioned_dates: Vec::new(),
    }
}

/// The names of `mentions`, each once, in order.
fn unique_names(mentions: &[NameMention]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for mention in mentions {
        if !names.contains(&mention.name) {
            names.push(mention.name.clone());
        }
    }
    names
}

/// The dates a sentence mentions, resolved against the article's publication date.
fn mentioned_dates(article: &Article, sentence: &Sentence) -> Vec<MentionedDateDoc> {
    let text = article.text.as_str();
    analysis::find_dates(text, sentence.start..sentence.end, article.published)
        .into_iter()
        .map(|mention| MentionedDateDoc {
            text: text[mention.start..mention.end].to_string(),
            start: article.original_offset(mention.start),
            end: article.original_offset(mention.end),
            from: mention.from.to_string(),
            to: mention.to.to_string(),
        })
        .collect()
}
