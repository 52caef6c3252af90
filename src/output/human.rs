//! Output for people: a heading line per hit, then the sentence with matched words marked.

use std::io::Write;
use std::ops::Range;

use jiff::civil::Date;

use super::HitPrinter;
use crate::index::Hit;

const RESET: &str = "\x1b[0m";
const DATE: &str = "\x1b[32m";
const SPEAKER: &str = "\x1b[1;35m";
const ARTICLE: &str = "\x1b[36m";
const MATCH: &str = "\x1b[1;31m";
const DATE_NOTE: &str = "\x1b[2;32m";
const CONTEXT: &str = "\x1b[2m";
const TITLE: &str = "\x1b[3m";

/// Prints hits for reading in a terminal, with the article's title, when it has one, in quotes
/// after the sentence id.
///
/// ```text
/// 2017-06-09  Sadiq Khan  uk/2017/london-bridge-2017.txt#15
///   Khan says that London residents should expect ...
/// ```
pub struct HumanPrinter<W: Write> {
    out: W,
    color: bool,
    printed: usize,
}

impl<W: Write> HumanPrinter<W> {
    /// A printer writing to `out`, with colour or without.
    pub fn new(out: W, color: bool) -> Self {
        HumanPrinter {
            out,
            color,
            printed: 0,
        }
    }

    fn paint(&mut self, style: &str, text: &str) -> std::io::Result<()> {
        if self.color {
            write!(self.out, "{style}{text}{RESET}")
        } else {
            self.out.write_all(text.as_bytes())
        }
    }

    /// Writes a sentence of context: its number, then its text, dimmed on a terminal.
    fn write_context_line(&mut self, doc: &crate::document::SentenceDoc) -> std::io::Result<()> {
        write!(self.out, "  {}| ", doc.sentence)?;
        self.paint(CONTEXT, &one_line(&doc.text))?;
        self.out.write_all(b"\n")
    }

    /// Writes the sentence, painting the matched words when colour is on, with each mentioned
    /// date's resolved day, month or year in brackets after it: `on Saturday night [2017-06-03]`.
    fn write_text(&mut self, hit: &Hit) -> std::io::Result<()> {
        let text = one_line(&hit.doc.text);
        let notes = date_notes(hit, text.len());
        let highlights: Vec<Range<usize>> = if self.color {
            hit.highlights.clone()
        } else {
            Vec::new()
        };
        let mut cuts: Vec<usize> = vec![0, text.len()];
        cuts.extend(highlights.iter().flat_map(|r| [r.start, r.end]));
        cuts.extend(notes.iter().map(|(at, _)| *at));
        cuts.retain(|&at| at <= text.len() && text.is_char_boundary(at));
        cuts.sort_unstable();
        cuts.dedup();
        for piece in cuts.windows(2) {
            let (from, to) = (piece[0], piece[1]);
            if highlights.iter().any(|r| r.start <= from && to <= r.end) {
                self.paint(MATCH, &text[from..to])?;
            } else {
                self.out.write_all(&text.as_bytes()[from..to])?;
            }
            for (_, note) in notes.iter().filter(|(at, _)| *at == to) {
                self.out.write_all(b" ")?;
                self.paint(DATE_NOTE, &format!("[{note}]"))?;
            }
        }
        Ok(())
    }
}

/// Where each mentioned date ends in the sentence, and what it resolves to.
fn date_notes(hit: &Hit, len: usize) -> Vec<(usize, String)> {
    let base = hit.doc.start;
    hit.doc
        .mentioned_dates
        .iter()
        .filter_map(|date| {
            let end = usize::try_from(date.end.checked_sub(base)?).ok()?;
            (end <= len).then(|| (end, resolved_label(&date.from, &date.to)))
        })
        .collect()
}

/// A range of days as briefly as it can be said: `2017-06-03`, `2016-05`, `2016`, or `from..to`.
fn resolved_label(from: &str, to: &str) -> String {
    if from == to {
        return from.to_string();
    }
    let (Ok(first), Ok(last)) = (from.parse::<Date>(), to.parse::<Date>()) else {
        return format!("{from}..{to}");
    };
    if first.day_of_year() == 1 && last == first.last_of_year() {
        format!("{}", first.year())
    } else if first.day() == 1 && last == first.last_of_month() {
        format!("{}-{:02}", first.year(), first.month())
    } else {
        format!("{from}..{to}")
    }
}

/// The text with line breaks turned into spaces, keeping every byte offset where it was.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

impl<W: Write> HitPrinter for HumanPrinter<W> {
    fn print_hit(&mut self, hit: &Hit) -> std::io::Result<()> {
        if self.printed > 0 {
            self.out.write_all(b"\n")?;
        }
        self.printed += 1;
        let date = hit.doc.date.as_deref().unwrap_or("(undated)");
        self.paint(DATE, date)?;
        self.out.write_all(b"  ")?;
        if !hit.doc.speakers.is_empty() {
            self.paint(SPEAKER, &hit.doc.speakers.join(", "))?;
            self.out.write_all(b"  ")?;
        }
        self.paint(ARTICLE, &hit.doc.id)?;
        if let Some(title) = &hit.doc.title {
            self.out.write_all(b"  ")?;
            self.paint(TITLE, &format!("\"{}\"", one_line(title)))?;
        }
        self.out.write_all(b"\n")?;
        if hit.context.is_empty() {
            self.out.write_all(b"  ")?;
            self.write_text(hit)?;
            return self.out.write_all(b"\n");
        }
        let (before, after): (Vec<_>, Vec<_>) = hit
            .context
            .iter()
            .partition(|doc| doc.sentence < hit.doc.sentence);
        for doc in before {
            self.write_context_line(doc)?;
        }
        write!(self.out, "  {}> ", hit.doc.sentence)?;
        self.write_text(hit)?;
        self.out.write_all(b"\n")?;
        for doc in after {
            self.write_context_line(doc)?;
        }
        Ok(())
    }

    fn finish(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::resolved_label;

    #[test]
    fn ranges_are_said_briefly() {
        assert_eq!(resolved_label("2017-06-03", "2017-06-03"), "2017-06-03");
        assert_eq!(resolved_label("2016-05-01", "2016-05-31"), "2016-05");
        assert_eq!(resolved_label("2016-01-01", "2016-12-31"), "2016");
        assert_eq!(
            resolved_label("2017-05-29", "2017-06-04"),
            "2017-05-29..2017-06-04"
        );
    }
}
