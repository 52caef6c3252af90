//! JSON Lines for scripts: one hit a line, the export's fields plus `score`.

use std::io::Write;

use super::fields::{hit_json, select};
use super::HitPrinter;
use crate::document::SentenceDoc;
use crate::index::Hit;

/// Prints each hit as one JSON object on its own line.
pub struct JsonLinesPrinter<W: Write> {
    out: W,
    fields: Vec<String>,
}

impl<W: Write> JsonLinesPrinter<W> {
    /// A printer of `fields` (every field when empty) writing to `out`.
    pub fn new(out: W, fields: &[String]) -> Self {
        JsonLinesPrinter {
            out,
            fields: fields.to_vec(),
        }
    }
}

impl<W: Write> HitPrinter for JsonLinesPrinter<W> {
    fn print_hit(&mut self, hit: &Hit) -> std::io::Result<()> {
        serde_json::to_writer(&mut self.out, &select(hit_json(hit), &self.fields))?;
        self.out.write_all(b"\n")
    }

    fn finish(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// Writes one sentence document as a line of JSON: the export's format.
pub fn write_document(out: &mut impl Write, doc: &SentenceDoc) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, doc)?;
    out.write_all(b"\n")
}
