//! `whosaid stats`: what the index holds, and its last ingest.

use std::io::Write;

use anyhow::Context;

use super::Outcome;
use crate::cli::StatsArgs;
use crate::index::{last_ingest, open_index, Search};

/// Entry point of `whosaid stats`: prints the index's figures, for people or as one JSON object.
pub fn run(args: &StatsArgs) -> anyhow::Result<Outcome> {
    let path = &args.location.index;
    let (index, fields) = open_index(path)?;
    let search =
        Search::new(index, fields).with_context(|| format!("opening {}", path.display()))?;
    let stats = search.stats(path)?;
    let last = last_ingest(path);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        let mut json = serde_json::to_value(&stats)?;
        json["index"] = serde_json::Value::from(path.display().to_string());
        json["last_ingest"] = serde_json::to_value(&last)?;
        serde_json::to_writer(&mut out, &json)?;
        out.write_all(b"\n")?;
    } else {
        let dates = match (&stats.first_date, &stats.last_date) {
            (Some(first), Some(last)) => format!("{first} to {last}"),
            _ => "none".to_string(),
        };
        writeln!(out, "index        {}", path.display())?;
        writeln!(out, "articles     {}", stats.articles)?;
        writeln!(out, "sentences    {}", stats.sentences)?;
        writeln!(out, "speakers     {}", stats.speakers)?;
        writeln!(out, "dates        {dates}")?;
        writeln!(
            out,
            "size         {:.1} MB",
            stats.bytes_on_disk as f64 / 1e6
        )?;
        match last {
            Some(last) => writeln!(
                out,
                "last ingest  {}\n             {}",
                last.finished, last.summary
            )?,
            None => writeln!(out, "last ingest  none recorded")?,
        }
    }
    Ok(Outcome::Found)
}
