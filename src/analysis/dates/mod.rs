//! Finds the dates a sentence mentions and resolves each to an inclusive range of days.
//!
//! Mentions are spans of the date expression itself, with the words that shift or narrow it but
//! without the preposition or article before it: in "on Saturday night" the mention is
//! "Saturday night", in "in May 2016" it is "May 2016", in "earlier this month" all three words,
//! in "the 1990s" it is "1990s".
//!
//! The work is one pass of tokens (no allocation per word, no regular expressions); each token
//! that can head a date (a number, a month, a weekday, "today", "week", "ago") is tried against
//! the absolute forms first, then the forms relative to the day of publication.

mod absolute;
mod calendar;
mod relative;
mod tokens;
use crate::date_words as words;
mod years;

use crate::analysis::swar;
use jiff::civil::Date;
use tokens::{tokenize, Kind, Token};
use words::Lex;

/// A date a sentence mentions, resolved to an inclusive range of days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionedDate {
    /// Byte offset of the mention's first byte in the whole text.
    pub start: usize,
    /// Byte offset one past the mention's last byte; `&text[start..end]` is the mention.
    pub end: usize,
    /// The first day meant.
    pub from: Date,
    /// The last day meant (equal to `from` for a single day).
    pub to: Date,
}

/// Finds the dates mentioned in `text[sentence.start..sentence.end]` (offsets into the whole
/// `text`), resolving relative ones ("on Saturday", "last year") against `published`; without a
/// publication date, relative forms and years left unsaid ("June 3") are skipped. A range that
/// is out of bounds or not on character boundaries is clamped, never a panic.
pub fn find_dates(
    text: &str,
    sentence: std::ops::Range<usize>,
    published: Option<Date>,
) -> Vec<MentionedDate> {
    let bytes = text.as_bytes();
    let end = sentence.end.min(bytes.len());
    let start = sentence.start.min(end);
    // Most sentences name no date: looking for a head costs a third of tokenizing.
    if !has_a_head(bytes, start, end) {
        return Vec::new();
    }
    let mut tokens = Vec::with_capacity((end - start) / 4);
    tokenize(bytes, start, end, &mut tokens);
    let sentence = Sentence {
        text: bytes,
        tokens: &tokens,
        published,
    };
    let mut mentions = Vec::new();
    let mut next_free = 0;
    let mut at = 0;
    while at < tokens.len() {
        if !may_head_a_date(tokens[at].kind) {
            at += 1;
            continue;
        }
        match absolute::at(&sentence, at).or_else(|| relative::at(&sentence, at)) {
            Some(found) if found.first >= next_free && found.from <= found.to => {
                mentions.push(MentionedDate {
                    start: tokens[found.first].start,
                    end: tokens[found.last].end,
                    from: found.from,
                    to: found.to,
                });
                at = found.last + 1;
                next_free = at;
            }
            _ => at += 1,
        }
    }
    mentions
}

/// Whether a token can be the head that `absolute::at` or `relative::at` start from: most
/// tokens cannot, and skipping them keeps the pass cheap.
fn may_head_a_date(kind: Kind) -> bool {
    match kind {
        Kind::Number { .. } => true,
        Kind::Word(lex) => lex.may_head_a_date(),
        Kind::Punct(_) | Kind::Other => false,
    }
}

/// Whether `text[start..end]` holds a token that [`may_head_a_date`]: a digit, or a word
/// that is a month, a weekday, a day ("today"), a unit ("week"), a time of day or "ago".
fn has_a_head(text: &[u8], start: usize, end: usize) -> bool {
    let text = &text[start..end];
    if swar::has_digit(text) {
        return true;
    }
    let mut at = 0;
    while at < text.len() {
        if !text[at].is_ascii_alphabetic() {
            at += 1;
            continue;
        }
        // No digit is left, so the run of letters and digits is one of letters.
        let word_end = swar::alphanumeric_run_end(text, at);
        if words::may_head_a_date(&text[at..word_end]) {
            return true;
        }
        at = word_end;
    }
    false
}

/// A date found, as token indices (inclusive) and days (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Found {
    first: usize,
    last: usize,
    from: Date,
    to: Date,
}

impl Found {
    fn new(first: usize, last: usize, (from, to): calendar::Days) -> Found {
        Found {
            first,
            last,
            from,
            to,
        }
    }
}

/// A tokenized sentence and the day it was published. Accessors take any index and answer
/// `None` or `false` outside the sentence, so that `at - 1` can be written as
/// `at.wrapping_sub(1)` without a bounds check at every call.
struct Sentence<'a> {
    text: &'a [u8],
    tokens: &'a [Token],
    published: Option<Date>,
}

impl Sentence<'_> {
    fn lex(&self, at: usize) -> Option<Lex> {
        match self.tokens.get(at)?.kind {
            Kind::Word(lex) => Some(lex),
            _ => None,
        }
    }

    /// A number's value and digit count.
    fn number(&self, at: usize) -> Option<(u32, u8)> {
        match self.tokens.get(at)?.kind {
            Kind::Number { value, digits } => Some((value, digits)),
            _ => None,
        }
    }

    fn punct(&self, at: usize) -> Option<u8> {
        match self.tokens.get(at)?.kind {
            Kind::Punct(byte) => Some(byte),
            _ => None,
        }
    }

    fn raw(&self, at: usize) -> &[u8] {
        self.tokens
            .get(at)
            .map_or(&[], |t| &self.text[t.start..t.end])
    }

    /// The token exists and touches the one before it: the "," in "1,400".
    fn joined(&self, at: usize) -> bool {
        self.tokens.get(at).is_some_and(|t| !t.gap)
    }

    fn is(&self, at: usize, word: &str) -> bool {
        self.raw(at).eq_ignore_ascii_case(word.as_bytes())
    }

    fn capitalized(&self, at: usize) -> bool {
        matches!(self.tokens.get(at), Some(t) if t.start < t.end && self.text[t.start].is_ascii_uppercase())
    }

    /// An apostrophe, straight or curly, starts at `at`; returns the index after it.
    fn apostrophe(&self, at: usize) -> Option<usize> {
        if self.punct(at) == Some(b'\'') {
            return Some(at + 1);
        }
        let t = self.tokens.get(at)?;
        self.text[t.start..]
            .starts_with("’".as_bytes())
            .then_some(at + 3)
    }

    /// A possessive "'s" starts at `at`: "May's government".
    fn possessive(&self, at: usize) -> bool {
        self.joined(at)
            && self
                .apostrophe(at)
                .is_some_and(|s| self.joined(s) && self.is(s, "s"))
    }
}

/// The mentions in one sentence, published on `published` ("2017-06-09"), written the way a
/// reader would say them: "Saturday night = 2017-06-03", "May 2016 = 2016-05-01..2016-05-31".
#[cfg(test)]
fn read(sentence: &str, published: &str) -> Vec<String> {
    let published = published.parse().ok();
    find_dates(sentence, 0..sentence.len(), published)
        .iter()
        .map(|m| {
            let days = if m.from == m.to {
                m.from.to_string()
            } else {
                format!("{}..{}", m.from, m.to)
            };
            format!("{} = {}", &sentence[m.start..m.end], days)
        })
        .collect()
}

#[cfg(test)]
mod tests;
