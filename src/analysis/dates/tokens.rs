//! Splits a sentence into the tokens date finding works on, without copying text.

use super::words::{lex, Lex};
use crate::analysis::byte_class::{self, DIGIT, LETTER, PUNCT, SPACE};

/// One token: a run of ASCII letters, a run of ASCII digits, or a single other byte.
/// Offsets are bytes into the whole text. Mentions begin and end on letter or digit tokens, so
/// they always sit on character boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// White space comes before it: tells "Sept. 3" (one gap) from "1,400" (none).
    pub gap: bool,
    /// What it is.
    pub kind: Kind,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of ASCII letters and its meaning.
    Word(Lex),
    /// A run of ASCII digits: its value (saturating) and how many digits it has.
    Number { value: u32, digits: u8 },
    /// One ASCII punctuation byte.
    Punct(u8),
    /// One byte of a non-ASCII character (curly quotes, dashes, letters with accents).
    Other,
}

/// Tokenizes `text[start..end]` into `tokens` (cleared first). `end` must be within `text`.
pub fn tokenize(text: &[u8], start: usize, end: usize, tokens: &mut Vec<Token>) {
    tokens.clear();
    let mut at = start;
    let mut gap = false;
    while at < end {
        let byte = text[at];
        let stop;
        let kind = match byte_class::of(byte) {
            SPACE => {
                gap = true;
                at += 1;
                continue;
            }
            LETTER => {
                stop = run_end(text, at, end, LETTER);
                Kind::Word(lex(&text[at..stop]))
            }
            DIGIT => {
                stop = run_end(text, at, end, DIGIT);
                number(&text[at..stop])
            }
            PUNCT => {
                stop = at + 1;
                Kind::Punct(byte)
            }
            _ => {
                stop = at + 1;
                Kind::Other
            }
        };
        tokens.push(Token {
            start: at,
            end: stop,
            gap,
            kind,
        });
        gap = false;
        at = stop;
    }
}

/// Where a run of bytes of one class ends.
fn run_end(text: &[u8], from: usize, end: usize, class: u8) -> usize {
    let mut at = from + 1;
    while at < end && byte_class::of(text[at]) == class {
        at += 1;
    }
    at
}

/// A digit run's value, saturating so that long numbers never overflow.
fn number(digits: &[u8]) -> Kind {
    let value = digits.iter().fold(0u32, |sum, d| {
        sum.saturating_mul(10).saturating_add(u32::from(d - b'0'))
    });
    Kind::Number {
        value,
        digits: digits.len().min(255) as u8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Kind> {
        let mut tokens = Vec::new();
        tokenize(text.as_bytes(), 0, text.len(), &mut tokens);
        tokens.iter().map(|t| t.kind).collect()
    }

    #[test]
    fn a_grouped_number_is_three_tokens_without_gaps() {
        // "1,400 communities" must not look like a year.
        let k = kinds("1,400");
        assert_eq!(
            k[0],
            Kind::Number {
                value: 1,
                digits: 1
            }
        );
        assert_eq!(k[1], Kind::Punct(b','));
        assert_eq!(
            k[2],
            Kind::Number {
                value: 400,
                digits: 3
            }
        );
    }

    #[test]
    fn curly_apostrophe_splits_a_word() {
        // "Khan’s": a word, three bytes of ’, then "s".
        assert_eq!(kinds("Khan’s").len(), 5);
    }
}
