//! Output for people: a heading line per hit, then the sentence with matched words marked.

use std::io::Write;

use super::HitPrinter;
use crate::index::Hit;

const RESET: &str = "\x1b[0m";
const DATE: &str = "\x1b[32m";
const SPEAKER: &str = "\x1b[1;35m";
const ARTICLE: &str = "\x1b[36m";
const MATCH: &str = "\x1b[1;31m";

/// Prints hits for reading in a terminal.
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

    /// Writes the sentence, painting the highlighted ranges when colour is on.
    fn write_text(&mut self, hit: &Hit) -> std::io::Result<()> {
        let text = one_line(&hit.doc.text);
        if !self.color {
            return self.out.write_all(text.as_bytes());
        }
        let mut at = 0;
        for range in &hit.highlights {
            if range.start < at || range.end > text.len() {
                continue;
            }
            self.out.write_all(&text.as_bytes()[at..range.start])?;
            self.paint(MATCH, &text[range.clone()])?;
            at = range.end;
        }
        self.out.write_all(&text.as_bytes()[at..])
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
        self.out.write_all(b"\n  ")?;
        self.write_text(hit)?;
        self.out.write_all(b"\n")
    }

    fn finish(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}
