//! The publication-date header at the top of an article.

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

/// Reads the publication-date header at the top of an article.
///
/// ` date 2017-06-09 Khan himself said ...`: the date, and the body starting at `Khan`.
pub fn read_header(text: &str) -> Header {
    let first = skip_white_space(text, 0);
    let rest = &text[first..];
    let Some(after_key) = strip_prefix_ignore_case(rest, "date") else {
        return no_header(first);
    };
    let value_start = skip_inline_space(rest, after_key);
    if value_start == after_key {
        return no_header(first);
    }
    let value_end = rest[value_start..]
        .find(char::is_whitespace)
        .map_or(rest.len(), |n| value_start + n);
    let value = &rest[value_start..value_end];
    if !looks_like_iso_date(value) {
        return no_header(first);
    }
    let body_start = skip_white_space(text, first + value_end);
    match value.parse::<Date>() {
        Ok(date) => Header {
            published: Some(date),
            body_start,
            malformed: None,
        },
        Err(_) => Header {
            published: None,
            body_start,
            malformed: Some(value.to_string()),
        },
    }
}

fn no_header(body_start: usize) -> Header {
    Header {
        published: None,
        body_start,
        malformed: None,
    }
}

fn skip_white_space(text: &str, from: usize) -> usize {
    text[from..]
        .find(|c: char| !c.is_whitespace())
        .map_or(text.len(), |n| from + n)
}

fn skip_inline_space(text: &str, from: usize) -> usize {
    text[from..]
        .find(|c: char| c != ' ' && c != '\t')
        .map_or(text.len(), |n| from + n)
}

fn strip_prefix_ignore_case(text: &str, prefix: &str) -> Option<usize> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then_some(prefix.len())
}

/// `2017-06-09` in shape (four digits, dash, two, dash, two), valid or not.
fn looks_like_iso_date(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_on_the_same_line_as_the_first_sentence() {
        let text = " date 2017-06-09 Khan himself said it.";
        let header = read_header(text);
        assert_eq!(header.published, Some(jiff::civil::date(2017, 6, 9)));
        assert_eq!(&text[header.body_start..], "Khan himself said it.");
    }

    #[test]
    fn date_on_its_own_line() {
        let text = "date 2019-01-02\nHeadline\n\nBody.";
        let header = read_header(text);
        assert_eq!(header.published, Some(jiff::civil::date(2019, 1, 2)));
        assert_eq!(&text[header.body_start..], "Headline\n\nBody.");
    }

    #[test]
    fn no_header_starts_at_the_first_word() {
        let header = read_header("\n  Date night is back.");
        assert_eq!(header.published, None);
        assert_eq!(header.body_start, 3);
    }

    #[test]
    fn malformed_date_is_reported_not_guessed() {
        let header = read_header("date 2017-13-45\nBody.");
        assert_eq!(header.published, None);
        assert_eq!(header.malformed.as_deref(), Some("2017-13-45"));
        assert_eq!(header.body_start, 16);
    }
}
