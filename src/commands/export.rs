//! `whosaid export`: every sentence document as JSON Lines on stdout.

use std::io::Write;

use anyhow::Context;

use super::Outcome;
use crate::cli::ExportArgs;
use crate::index::{open_index, Search};
use crate::output::jsonl::write_document;

/// Entry point of `whosaid export`: prints the whole index in article and sentence order.
pub fn run(args: &ExportArgs) -> anyhow::Result<Outcome> {
    let path = &args.location.index;
    let (index, fields) = open_index(path)?;
    let search =
        Search::new(index, fields).with_context(|| format!("opening {}", path.display()))?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut count = 0u64;
    search.for_each_document(|doc| {
        count += 1;
        write_document(&mut out, &doc)
    })?;
    out.flush()?;
    Ok(if count > 0 {
        Outcome::Found
    } else {
        Outcome::NothingFound
    })
}
