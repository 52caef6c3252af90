//! The sentence document: the one type the index stores and `export` and `query --json` print.

use serde::{Deserialize, Serialize};

use crate::analysis::{self, Attribution, MentionedDate, Sentence, SpeakerKind};
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
    /// Index the speakers found: off, they are found and dropped (for measuring).
    pub speaker_fields: bool,
}

impl Default for Analyses {
    fn default() -> Self {
        Analyses {
            speakers: true,
            dates: true,
            speaker_fields: true,
        }
    }
}

/// One sentence of an article with what the analyses found in it, borrowing the article: what
/// the index writes (see [`crate::index::Fields::to_document`]), without first copying every
/// string into a [`SentenceDoc`], its owned form.
#[derive(Debug, Clone)]
pub struct AnalysedSentence<'a> {
    /// The article the sentence belongs to.
    pub article: &'a Article,
    /// The sentence's number in its article, counting from 1.
    pub number: u64,
    /// Where the sentence is in the article's text.
    pub sentence: Sentence,
    /// Who speaks in it, what it quotes and whom it names.
    pub attribution: Attribution,
    /// The dates it mentions.
    pub dates: Vec<MentionedDate>,
}

impl<'a> AnalysedSentence<'a> {
    /// The sentence as written.
    pub fn text(&self) -> &'a str {
        &self.article.text[self.sentence.start..self.sentence.end]
    }

    /// The speakers' names, each once, in order, with the kind of each.
    pub fn speakers(&self) -> impl Iterator<Item = (&str, SpeakerKind)> + '_ {
        first_of_each_name(&self.attribution.speakers, |m| &m.name)
            .map(|m| (m.name.as_str(), m.kind))
    }

    /// The names of the people mentioned, each once, in order.
    pub fn mentioned_people(&self) -> impl Iterator<Item = &str> + '_ {
        first_of_each_name(&self.attribution.mentions, |m| &m.name).map(|m| m.name.as_str())
    }

    /// The byte offset `at` of the article's text as an offset into its source (see
    /// [`Article::original_offset`]).
    pub fn offset(&self, at: usize) -> u64 {
        self.article.original_offset(at)
    }

    /// The owned document, as export prints it.
    pub fn to_doc(&self) -> SentenceDoc {
        let article = self.article;
        let text = article.text.as_str();
        let (speakers, speaker_kinds) = self
            .speakers()
            .map(|(name, kind)| (name.to_string(), kind.as_str().to_string()))
            .unzip();
        SentenceDoc {
            id: format!("{}#{}", article.id, self.number),
            article: article.id.clone(),
            sentence: self.number,
            start: self.offset(self.sentence.start),
            end: self.offset(self.sentence.end),
            paragraph: u64::from(self.sentence.paragraph),
            date: article.published.map(|d| d.to_string()),
            title: article.title.clone(),
            url: article.url.clone(),
            outlet: article.outlet.clone(),
            text: self.text().to_string(),
            speakers,
            speaker_kinds,
            speaker_mentions: self
                .attribution
                .speakers
                .iter()
                .map(|mention| SpeakerMentionDoc {
                    name: mention.name.clone(),
                    kind: mention.kind.as_str().to_string(),
                    text: text[mention.start..mention.end].to_string(),
                    start: self.offset(mention.start),
                    end: self.offset(mention.end),
                })
                .collect(),
            quote: self.attribution.quote,
            quote_spans: self
                .attribution
                .quote_spans
                .iter()
                .map(|span| [self.offset(span.start), self.offset(span.end)])
                .collect(),
            mentions: self.mentioned_people().map(str::to_string).collect(),
            mention_spans: self
                .attribution
                .mentions
                .iter()
                .map(|mention| NameSpanDoc {
                    name: mention.name.clone(),
                    text: text[mention.start..mention.end].to_string(),
                    start: self.offset(mention.start),
                    end: self.offset(mention.end),
                })
                .collect(),
            mentioned_dates: self
                .dates
                .iter()
                .map(|mention| MentionedDateDoc {
                    text: text[mention.start..mention.end].to_string(),
                    start: self.offset(mention.start),
                    end: self.offset(mention.end),
                    from: mention.from.to_string(),
                    to: mention.to.to_string(),
                })
                .collect(),
        }
    }
}

/// The items of `all` whose `name` no earlier item has, in order: each person once.
pub fn first_of_each_name<'a, T>(
    all: &'a [T],
    name: impl Fn(&T) -> &str + 'a,
) -> impl Iterator<Item = &'a T> + 'a {
    all.iter()
        .enumerate()
        .filter(move |&(k, item)| !all[..k].iter().any(|earlier| name(earlier) == name(item)))
        .map(|(_, item)| item)
}

/// Splits an article into sentences and runs the analyses on each, in order.
pub fn analyse_article(article: &Article, analyses: Analyses) -> Vec<AnalysedSentence<'_>> {
    let sentences = analysis::split_sentences(&article.text, article.body_start);
    analyse_sentences(article, &sentences, analyses)
}

/// Runs the analyses on each of an article's `sentences` (as [`analysis::split_sentences`]
/// splits it), in order.
pub fn analyse_sentences<'a>(
    article: &'a Article,
    sentences: &[Sentence],
    analyses: Analyses,
) -> Vec<AnalysedSentence<'a>> {
    let text = article.text.as_str();
    let found = analyses
        .speakers
        .then(|| analysis::attribute(text, sentences));
    let attributions = match found {
        Some(found) if analyses.speaker_fields => found,
        // Found (or not) but not indexed: kept from the optimiser, which would skip the work.
        found => {
            std::hint::black_box(found);
            vec![Attribution::default(); sentences.len()]
        }
    };
    sentences
        .iter()
        .copied()
        .zip(attributions)
        .enumerate()
        .map(|(n, (sentence, attribution))| {
            let dates = if analyses.dates {
                analysis::find_dates(text, sentence.start..sentence.end, article.published)
            } else {
                Vec::new()
            };
            AnalysedSentence {
                article,
                number: n as u64 + 1,
                sentence,
                attribution,
                dates,
            }
        })
        .collect()
}

/// Splits an article into sentences, attributes them, and builds their documents, in order.
pub fn build_documents(article: &Article, analyses: Analyses) -> Vec<SentenceDoc> {
    analyse_article(article, analyses)
        .iter()
        .map(AnalysedSentence::to_doc)
        .collect()
}
