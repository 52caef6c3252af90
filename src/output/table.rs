//! CSV and TSV for spreadsheets: a header row, then one row a hit.

use std::io::Write;

use super::fields::{cell, hit_json, select, DEFAULT_TABLE_FIELDS};
use super::HitPrinter;
use crate::index::Hit;

/// Prints hits as delimited rows with a header.
pub struct TablePrinter<W: Write> {
    out: csv::Writer<W>,
    fields: Vec<String>,
    header_written: bool,
}

impl<W: Write> TablePrinter<W> {
    /// A printer of `fields` (the default fields when empty), separated by `delimiter`.
    pub fn new(out: W, delimiter: u8, fields: &[String]) -> Self {
        let fields = if fields.is_empty() {
            DEFAULT_TABLE_FIELDS.iter().map(|f| f.to_string()).collect()
        } else {
            fields.to_vec()
        };
        TablePrinter {
            out: csv::WriterBuilder::new()
                .delimiter(delimiter)
                .from_writer(out),
            fields,
            header_written: false,
        }
    }
}

fn io_error(error: csv::Error) -> std::io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

impl<W: Write> HitPrinter for TablePrinter<W> {
    fn print_hit(&mut self, hit: &Hit) -> std::io::Result<()> {
        if !self.header_written {
            self.out.write_record(&self.fields).map_err(io_error)?;
            self.header_written = true;
        }
        let row = select(hit_json(hit), &self.fields);
        let cells: Vec<String> = self
            .fields
            .iter()
            .map(|f| cell(row.get(f).unwrap_or(&serde_json::Value::Null)))
            .collect();
        self.out.write_record(&cells).map_err(io_error)
    }

    fn finish(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}
