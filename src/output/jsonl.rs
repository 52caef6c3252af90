//! JSON Lines for scripts: one hit a line, the export's fields plus `score`.

use std::io::Write;

use serde::Serialize;

use super::HitPrinter;
use crate::document::SentenceDoc;
use crate::index::Hit;

/// Prints each hit as one JSON object on its own line.
pub struct JsonLinesPrinter<W: Write> {
    out: W,
}

/// The JSON form of a hit: every field of the sentence document, then its score.
#[derive(Serialize)]
struct HitJson<'a> {
    #[serde(flatten)]
    doc: &'a SentenceDoc,
    score: Option<f32>,
}

impl<W: Write> JsonLinesPrinter<W> {
    /// A printer writing to `out`.
    pub fn new(out: W) -> Self {
        JsonLinesPrinter { out }
    }
}

impl<W: Write> HitPrinter for JsonLinesPrinter<W> {
    fn print_hit(&mut self, hit: &Hit) -> std::io::Result<()> {
        let json = HitJson {
            doc: &hit.doc,
            score: hit.score,
        };
        serde_json::to_writer(&mut self.out, &json)?;
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
