//! Splitting an article's body into sentences.
//!
//! A paragraph is a run of non-blank lines. Inside one, a sentence ends at `.`, `?`, `!` or an
//! ellipsis, with any closing quotes and brackets after it, where white space follows and the
//! next word could start a sentence: `pain.” He said` ends one, `“Stop!” she shouted` does not.
//! Titles, abbreviations, initials, numbers and web addresses do not end a sentence unless the
//! word after them plainly starts one (`in the U.S. The president`). The text is read once,
//! byte by byte, with every look-around bounded, so the work is linear in its length.

/// One sentence of an article: a byte range into the article's text and its paragraph.
/// `start..end` excludes the white space around the sentence; `paragraph` counts from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the sentence's first character in the article's text.
    pub start: usize,
    /// Byte offset just past the sentence's last character.
    pub end: usize,
    /// Which paragraph of the body holds the sentence, counting from 1.
    pub paragraph: u32,
}

/// Splits `text[body_start..]` into sentences, in order, with offsets into `text`.
///
/// Blank lines (white space only) separate paragraphs; a single newline is white space. A
/// paragraph without a final stop (a headline, "Advertisement") is still a sentence. A
/// `body_start` past the end or inside a character is moved to the next character boundary.
pub fn split_sentences(text: &str, body_start: usize) -> Vec<Sentence> {
    let mut start = body_start.min(text.len());
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let mut sentences = Vec::new();
    let mut paragraph = 1u32;
    for (first, end) in (Paragraphs { text, pos: start }) {
        split_paragraph(&text[..end], first, paragraph, &mut sentences);
        paragraph = paragraph.saturating_add(1);
    }
    sentences
}

// Word lists, compiled by hand for this module from the abbreviations of news style (AP
// Stylebook titles, months and US state abbreviations; Canadian Press provinces and police
// ranks; Latin abbreviations). Each list is sorted for binary search; a test checks that.

#[cfg(test)]
mod tests;
mod words;

use words::{BEFORE_NUMBER, MAY_END, STARTERS, TITLES};

/// Longest word looked at before a period; a longer one is an ordinary word or an address.
const MAX_TOKEN_BYTES: usize = 48;

/// The paragraphs of a text from a byte offset on, as trimmed byte ranges.
struct Paragraphs<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Paragraphs<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let text = self.text;
        let start = self.pos + text[self.pos..].find(|c: char| !c.is_whitespace())?;
        let mut end = line_end(text, start);
        while end < text.len() {
            let next_end = line_end(text, end + 1);
            if text[end + 1..next_end].chars().all(char::is_whitespace) {
                break;
            }
            end = next_end;
        }
        self.pos = end;
        Some((start, start + text[start..end].trim_end().len()))
    }
}

/// The offset of the newline ending the line that holds `pos`, or the text's length.
fn line_end(text: &str, pos: usize) -> usize {
    text[pos..].find('\n').map_or(text.len(), |i| pos + i)
}

/// Appends the sentences of one paragraph, `para[first..]`, trimmed at both ends.
fn split_paragraph(para: &str, first: usize, paragraph: u32, out: &mut Vec<Sentence>) {
    let mut start = first;
    let mut pos = first;
    while let Some(stop) = next_stop(para, pos) {
        pos = stop.close_end;
        if let Some(end) = sentence_end(para, start, &stop) {
            out.push(Sentence {
                start,
                end,
                paragraph,
            });
            start = skip_while(para, end, char::is_whitespace);
            pos = start;
        }
    }
    if start < para.len() {
        let end = para.len();
        out.push(Sentence {
            start,
            end,
            paragraph,
        });
    }
}

/// A run of stops and the closers after it, followed by white space: `.` `?!` `...` `.”` `?)`.
struct Stop {
    run_start: usize,
    run_end: usize,
    close_end: usize,
}

/// The bytes that can begin a stop: `.` `?` `!`, and 0xE2, which leads '…' (and curly quotes,
/// which `is_stop` then rejects).
const STOP_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    table[b'.' as usize] = true;
    table[b'?' as usize] = true;
    table[b'!' as usize] = true;
    table[0xE2] = true;
    table
};

/// Where the first byte of `STOP_BYTES` at or after `from` is: eight bytes a step while eight
/// remain, then byte by byte.
fn first_stop_byte(bytes: &[u8], mut from: usize) -> Option<usize> {
    use super::swar::{first_byte, load, zero_bytes, ONES};
    while let Some(x) = load(bytes, from) {
        let found = [b'.', b'?', b'!', 0xE2].iter().fold(0, |found, &stop| {
            found | zero_bytes(x ^ (ONES * u64::from(stop)))
        });
        if found != 0 {
            // A byte's bit is only ever wrong above a byte that is rightly found.
            return Some(from + first_byte(found));
        }
        from += 8;
    }
    bytes[from..]
        .iter()
        .position(|&b| STOP_BYTES[usize::from(b)])
        .map(|at| from + at)
}

/// Finds the next stop at or after `from` that white space follows.
fn next_stop(para: &str, from: usize) -> Option<Stop> {
    let bytes = para.as_bytes();
    let mut pos = from;
    loop {
        let run_start = first_stop_byte(bytes, pos)?;
        let run_end = skip_while(para, run_start, is_stop);
        if run_end == run_start {
            pos = run_start + 1;
            continue;
        }
        let close_end = skip_while(para, run_end, |c| is_stop(c) || is_closer(c));
        match para[close_end..].chars().next() {
            Some(c) if c.is_whitespace() => {
                return Some(Stop {
                    run_start,
                    run_end,
                    close_end,
                });
            }
            Some(_) => pos = close_end,
            None => return None,
        }
    }
}

/// Where the sentence that `stop` may end does end, or `None` if it goes on.
fn sentence_end(para: &str, start: usize, stop: &Stop) -> Option<usize> {
    if stop.run_start == start {
        return None; // a sentence of bare punctuation
    }
    let end = absorb_stray_closer(para, stop.close_end);
    let next = NextWord::at(para, skip_while(para, end, char::is_whitespace));
    let run = &para[stop.run_start..stop.run_end];
    let ends = if run.contains(['?', '!']) {
        !next.forbids_start()
    } else if run == "." {
        period_ends(para, start, stop, &next)
    } else {
        // "he said ... and then" goes on; `“… The` opens a quotation.
        let before = para[..stop.run_start].chars().next_back();
        !before.is_some_and(is_opener) && next.is_capitalised()
    };
    ends.then_some(end)
}

/// Whether a single period ends the sentence, judged by the word before it and the next one.
fn period_ends(para: &str, start: usize, stop: &Stop, next: &NextWord) -> bool {
    if next.forbids_start() {
        return false;
    }
    let Some((token_start, token)) = word_before(para, start, stop.run_start) else {
        return true; // a long word or a web address
    };
    if token.is_empty() {
        return next.is_capitalised(); // a spaced ellipsis, "said . . . Then"
    }
    if stop.close_end > stop.run_end {
        return true; // `U.S.” Trump said`: the closer shows the sentence is over
    }
    // "D-Calif." is "Calif.", "S/Sgt." is "Sgt.", "(AP Photo/J." ends in an initial.
    let lookup = token.rsplit(['-', '/']).next().unwrap_or(token);
    if listed(TITLES, lookup) {
        false
    } else if listed(BEFORE_NUMBER, lookup) {
        !next.first.is_some_and(|c| c.is_ascii_digit())
    } else if listed(MAY_END, lookup) || is_initials(lookup) {
        token_start != start && next.starts_sentence()
    } else {
        // "1. The first point" is a list item, not a sentence "1."
        token_start != start || !is_list_marker(token)
    }
}

/// The word before a period at `end`, from white space or `start`, with leading punctuation
/// stripped: `(Calif.` gives "Calif". `None` if it is longer than `MAX_TOKEN_BYTES`.
fn word_before(para: &str, start: usize, end: usize) -> Option<(usize, &str)> {
    let mut window = end.saturating_sub(MAX_TOKEN_BYTES).max(start);
    while !para.is_char_boundary(window) {
        window += 1;
    }
    let space = para[window..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace());
    let token_start = match space {
        Some((i, c)) => window + i + c.len_utf8(),
        None if window == start => start,
        None => return None,
    };
    let token = para[token_start..end].trim_start_matches(|c: char| !c.is_alphanumeric());
    Some((token_start, token))
}

/// Initials and all-initials abbreviations: "J", "U.S", "Ph.D", "a.m", "P.E.I".
fn is_initials(token: &str) -> bool {
    let mut chars = token.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    token.contains('.')
        && token.split('.').all(|part| {
            let letters = part.chars().count();
            (1..=2).contains(&letters) && part.chars().all(char::is_alphabetic)
        })
}

/// A list item's number or letter: "1", "12", "b".
fn is_list_marker(token: &str) -> bool {
    let digits = token.len() <= 3 && token.bytes().all(|b| b.is_ascii_digit());
    digits || token.chars().count() == 1
}

/// After a stop and white space, a closing quote or bracket standing alone belongs to the
/// sentence that ended: `“I'm done. ” He left`. Returns the new end of that sentence.
fn absorb_stray_closer(para: &str, end: usize) -> usize {
    let next = skip_while(para, end, char::is_whitespace);
    let mut chars = para[next..].chars();
    let is_stray = chars.next().is_some_and(is_closer);
    let alone = chars.next().is_none_or(char::is_whitespace);
    if is_stray && alone {
        skip_while(para, next, is_closer)
    } else {
        end
    }
}

/// The start of the word after a stop: for `“The`, `first` is 'T' and `opened` is true.
struct NextWord<'a> {
    first: Option<char>,
    word: &'a str,
    opened: bool,
    initial: bool,
}

impl<'a> NextWord<'a> {
    /// Reads the word at `pos`, after any opening quotes or brackets.
    fn at(para: &'a str, pos: usize) -> Self {
        let after_openers = skip_while(para, pos, is_opener);
        let rest = &para[after_openers..];
        // Look no further than the longest starter word; a longer word runs to the end of
        // `rest`, which `listed` rejects by its length.
        let word_end = rest
            .char_indices()
            .take(16)
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(rest.len(), |(i, _)| i);
        let word = &rest[..word_end];
        let first = rest.chars().next();
        let one_letter = first.is_some_and(|c| c.len_utf8() == word_end);
        let initial = one_letter && rest[word_end..].starts_with('.');
        let opened = after_openers > pos;
        NextWord {
            first,
            word,
            opened,
            initial,
        }
    }

    /// A lower-case word, a comma, a dash or another stop never starts a sentence.
    fn forbids_start(&self) -> bool {
        self.first
            .is_none_or(|c| c.is_lowercase() || ",;:.…?!-–—".contains(c))
    }

    fn is_capitalised(&self) -> bool {
        self.first.is_some_and(char::is_uppercase)
    }

    /// Plainly a sentence start: a capitalised common first word or an opened quotation.
    fn starts_sentence(&self) -> bool {
        self.is_capitalised() && !self.initial && (self.opened || listed(STARTERS, self.word))
    }
}

/// Whether `word` is in a sorted word list. Comparing bytes inline, not with `memcmp`, is
/// what keeps a run of abbreviations ("A. A. A.") fast.
fn listed(list: &[&str], word: &str) -> bool {
    word.len() <= 12
        && list
            .binary_search_by(|w| w.bytes().cmp(word.bytes()))
            .is_ok()
}

fn is_stop(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»' | '›')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '«' | '‹')
}

/// The first offset at or after `pos` whose character fails `keep`, or the text's length.
fn skip_while(text: &str, pos: usize, keep: impl Fn(char) -> bool) -> usize {
    text[pos..]
        .find(|c: char| !keep(c))
        .map_or(text.len(), |i| pos + i)
}
