//! The publication-date header at the top of an article, and the date in an article's path.
//!
//! Corpora write the header in several ways; all of these give June 9, 2017:
//! ` date 2017-06-09 Khan himself said ...` (the first sentence on the same line),
//! `Date: June 9, 2017`, `date: 2017-06-09T14:30:00Z`, `Published: 9 June 2017`,
//! `DATE 2017-06-09`, and YAML front matter (`---\ndate: 2017-06-09\n---\n`).

mod path;

pub use path::date_from_path;

use crate::date_words::{lex, month_number, Lex};
use jiff::civil::Date;

/// What the top of an article says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The publication date the header gives, if it gives a valid one.
    pub published: Option<Date>,
    /// Byte offset where the article's body (its first sentence) begins.
    pub body_start: usize,
    /// A date header that was present but malformed, as written ("2017-13-45"), for a warning.
    pub malformed: Option<String>,
}

/// The keys a date header may have, lowercase.
/// Source: the seed and corpus files (`date`), and common CMS exports (`published`, `pubdate`).
const DATE_KEYS: &[&str] = &["date", "published", "pubdate"];

/// Reads the publication-date header at the top of an article. A text without one has its body
/// at the first byte that is not white space; a header whose date is impossible ("2017-02-30")
/// gives no date and says so in `malformed`, so an article is never silently misdated.
pub fn read_header(text: &str) -> Header {
    let start = skip_space(text, 0);
    front_matter(text, start)
        .or_else(|| date_line(text, start))
        .unwrap_or(Header {
            published: None,
            body_start: start,
            malformed: None,
        })
}

/// Reads a publication date given as a field's value (a JSON field, an HTML `<meta>` tag):
/// `2017-06-09`, `2017-06-09 14:30:00`, `2017-06-09T14:30:00Z`, `June 9, 2017`.
///
/// The date is taken as written, whatever the time zone after it. Empty gives `Ok(None)`;
/// a value that is not a date gives it back, trimmed, as `Err` for a warning.
pub fn parse_date_value(value: &str) -> Result<Option<Date>, String> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    match parse_value(value) {
        Value::Valid(date, _) => Ok(Some(date)),
        Value::Malformed(_) | Value::NotDate => Err(value.to_string()),
    }
}

/// What a header value holds.
#[derive(Debug, PartialEq, Eq)]
enum Value {
    /// A valid date and the byte after it.
    Valid(Date, usize),
    /// Something shaped like a date that is not one ("2017-13-45"), ending at this byte.
    Malformed(usize),
    /// Not a date at all ("night is back").
    NotDate,
}

/// `date 2017-06-09 ...`, `Date: June 9, 2017`. Without a colon the value must look like a
/// date, so that "Date night is back." stays body.
fn date_line(text: &str, at: usize) -> Option<Header> {
    let key_end = word_end(text, at);
    if !DATE_KEYS.iter().any(|k| {
        k.as_bytes()
            .eq_ignore_ascii_case(&text.as_bytes()[at..key_end])
    }) {
        return None;
    }
    let mut value_at = skip_blanks(text, key_end);
    let colon = text[value_at..].starts_with(':');
    if colon {
        value_at = skip_blanks(text, value_at + 1);
    } else if value_at == key_end {
        return None; // "Dated", "Datelines": the key must end at a space or colon.
    }
    let value = &text[value_at..];
    Some(match parse_value(value) {
        Value::Valid(date, end) => {
            let body_start = skip_space(text, value_at + skip_time(value, end));
            Header {
                published: Some(date),
                body_start,
                malformed: None,
            }
        }
        Value::Malformed(end) => Header {
            published: None,
            body_start: skip_space(text, value_at + end),
            malformed: Some(value[..end].to_string()),
        },
        Value::NotDate if colon => {
            let line_end = value.find('\n').unwrap_or(value.len());
            Header {
                published: None,
                body_start: skip_space(text, value_at + line_end),
                malformed: Some(value[..line_end].trim().to_string()),
            }
        }
        Value::NotDate => return None,
    })
}

/// YAML front matter: `---`, lines of `key: value`, `---`; the body follows the closing line.
fn front_matter(text: &str, at: usize) -> Option<Header> {
    let opening = text[at..].strip_prefix("---")?;
    let first_line_end = opening.find('\n')?;
    if !opening[..first_line_end].trim().is_empty() {
        return None;
    }
    let mut line_start = at + 3 + first_line_end + 1;
    let mut header = Header {
        published: None,
        body_start: text.len(),
        malformed: None,
    };
    let mut seen_date = false;
    while line_start <= text.len() {
        let rest = &text[line_start..];
        let line_len = rest.find('\n').unwrap_or(rest.len());
        let line = rest[..line_len].trim();
        if line == "---" || line == "..." {
            header.body_start = skip_space(text, line_start + line_len);
            return Some(header);
        }
        if !seen_date {
            if let Some(value) = yaml_date_value(line) {
                seen_date = true;
                (header.published, header.malformed) = match parse_value(value) {
                    Value::Valid(date, _) => (Some(date), None),
                    Value::Malformed(end) => (None, Some(value[..end].to_string())),
                    Value::NotDate => (None, Some(value.to_string())),
                };
            }
        }
        line_start += line_len + 1;
    }
    None // never closed: not front matter
}

/// The value of a `date:` line in front matter, without quotes: `date: "2017-06-09"`.
fn yaml_date_value(line: &str) -> Option<&str> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim();
    if !DATE_KEYS.iter().any(|k| k.eq_ignore_ascii_case(key)) {
        return None;
    }
    let value = value.trim();
    Some(value.trim_matches(|c| c == '"' || c == '\''))
}

/// Reads a date at the start of `value`: `2017-06-09`, `20170609`, `June 9, 2017`,
/// `9 June 2017`, any of them after a weekday (`Friday, June 9, 2017`).
fn parse_value(value: &str) -> Value {
    let bytes = value.as_bytes();
    let mut at = 0;
    if let Lex::Weekday(_) = lex(&bytes[..word_end(value, 0)]) {
        at = word_end(value, 0);
        at += usize::from(bytes.get(at) == Some(&b','));
        at = skip_blanks(value, at);
    }
    let shape = if bytes.get(at).is_some_and(u8::is_ascii_digit) {
        numeric_shape(value, at).or_else(|| day_month_year(value, at))
    } else {
        month_day_year(value, at)
    };
    match shape {
        Some((y, m, d, end)) => match valid_date(y, m, d) {
            Some(date) => Value::Valid(date, end),
            None => Value::Malformed(end),
        },
        None => {
            // "06/09/2017": shaped like a date, but not a form we can read without guessing.
            let end = at
                + bytes[at..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit() || b"-/.".contains(b))
                    .count();
            let digits_and_separators = bytes[at..end].iter().any(u8::is_ascii_digit)
                && bytes[at..end].iter().any(|b| !b.is_ascii_digit());
            if digits_and_separators {
                Value::Malformed(end)
            } else {
                Value::NotDate
            }
        }
    }
}

/// `2017-06-09`, `2017/06/09`, `2017.06.09`, `20170609`: year, month, day and the end.
fn numeric_shape(value: &str, at: usize) -> Option<(u32, u32, u32, usize)> {
    let (year, mut end) = digits(value, at)?;
    if end - at == 8 {
        return Some((year / 10_000, year / 100 % 100, year % 100, end));
    }
    let separator = *value.as_bytes().get(end).filter(|b| b"-/.".contains(b))?;
    if end - at != 4 {
        return None;
    }
    let (month, month_end) = digits(value, end + 1)?;
    end = month_end;
    if value.as_bytes().get(end) != Some(&separator) {
        return None;
    }
    let (day, day_end) = digits(value, end + 1)?;
    Some((year, month, day, day_end))
}

/// `9 June 2017`, `9 Jun. 2017`.
fn day_month_year(value: &str, at: usize) -> Option<(u32, u32, u32, usize)> {
    let (day, day_end) = digits(value, at)?;
    let month_at = skip_blanks(value, day_end);
    let (month, month_end) = month_word(value, month_at)?;
    let (year, year_end) = digits(value, skip_blanks(value, month_end))?;
    Some((year, month, day, year_end))
}

/// `June 9, 2017`, `Jun. 9 2017`, `June 9th, 2017`.
fn month_day_year(value: &str, at: usize) -> Option<(u32, u32, u32, usize)> {
    let (month, month_end) = month_word(value, at)?;
    let (day, mut end) = digits(value, skip_blanks(value, month_end))?;
    let suffix = value
        .get(end..end + 2)
        .filter(|s| ["st", "nd", "rd", "th"].contains(s));
    end += suffix.map_or(0, str::len);
    end += usize::from(value.as_bytes().get(end) == Some(&b','));
    let (year, year_end) = digits(value, skip_blanks(value, end))?;
    Some((year, month, day, year_end))
}

/// A month name at `at` and the byte after it (and after its abbreviating period).
fn month_word(value: &str, at: usize) -> Option<(u32, usize)> {
    let end = word_end(value, at);
    let month = month_number(&value.as_bytes()[at..end])?;
    let end = end + usize::from(value.as_bytes().get(end) == Some(&b'.'));
    Some((month as u32, end))
}

/// A run of one to eight ASCII digits at `at`: its value and end.
fn digits(value: &str, at: usize) -> Option<(u32, usize)> {
    let bytes = value.as_bytes();
    let len = bytes
        .get(at..)?
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if len == 0 || len > 8 {
        return None;
    }
    let number = bytes[at..at + len]
        .iter()
        .fold(0, |n, d| n * 10 + u32::from(d - b'0'));
    Some((number, at + len))
}

/// A calendar date from numbers read as written, if it exists.
fn valid_date(year: u32, month: u32, day: u32) -> Option<Date> {
    if !(1000..=9999).contains(&year) || month > 12 || day > 31 {
        return None;
    }
    Date::new(year as i16, month as i8, day as i8).ok()
}

/// Skips a time after a date: `T14:30:00Z`, ` 14:30`, `, 2:30 p.m. EDT`. Returns the end.
fn skip_time(value: &str, end: usize) -> usize {
    let bytes = value.as_bytes();
    if matches!(bytes.get(end), Some(b'T' | b't'))
        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
    {
        return end
            + bytes[end..]
                .iter()
                .take_while(|b| !b.is_ascii_whitespace())
                .count();
    }
    let mut at = skip_blanks(value, end + usize::from(bytes.get(end) == Some(&b',')));
    let clock = bytes[at.min(bytes.len())..]
        .iter()
        .take_while(|b| b.is_ascii_digit() || **b == b':')
        .count();
    if clock < 3 || !bytes[at..at + clock].contains(&b':') {
        return end;
    }
    at += clock;
    for word in [
        &["am", "pm", "a.m.", "p.m.", "AM", "PM"][..],
        &[
            "Z", "UTC", "GMT", "EDT", "EST", "CDT", "CST", "PDT", "PST", "BST",
        ][..],
    ] {
        let next = skip_blanks(value, at);
        if let Some(w) = word.iter().find(|w| {
            value[next..].starts_with(**w) && word_end(value, next + w.len()) == next + w.len()
        }) {
            at = next + w.len();
        }
    }
    at
}

/// The first byte at or after `at` that is not white space (nor a byte-order mark).
fn skip_space(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    text[at..]
        .find(|c: char| !c.is_whitespace() && c != '\u{feff}')
        .map_or(text.len(), |n| at + n)
}

/// The first byte at or after `at` that is not a space or tab: stays on the line.
fn skip_blanks(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = at.min(bytes.len());
    while matches!(bytes.get(at), Some(b' ' | b'\t')) {
        at += 1;
    }
    at
}

/// Where the run of ASCII letters at `at` ends.
fn word_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    at + bytes.get(at..).map_or(0, |b| {
        b.iter().take_while(|c| c.is_ascii_alphabetic()).count()
    })
}

#[cfg(test)]
mod tests;
