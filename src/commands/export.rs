//! `whosaid export`: every sentence document as JSON Lines, or in Quickwit's or
//! Elasticsearch's ingest form with an index config.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use super::Outcome;
use crate::cli::{ExportArgs, ExportFormat};
use crate::index::{open_index, Search};
use crate::output::flat::FlatDoc;
use crate::output::jsonl::write_document;
use crate::output::{elasticsearch, quickwit};

/// Entry point of `whosaid export`: prints or writes the whole index in article and sentence order.
pub fn run(args: &ExportArgs) -> anyhow::Result<Outcome> {
    let path = &args.location.index;
    let (index, fields) = open_index(path)?;
    let search =
        Search::new(index, fields).with_context(|| format!("opening {}", path.display()))?;
    let count = match (args.format, &args.out) {
        (ExportFormat::Jsonl, _) => to_stdout(&search)?,
        (format, Some(out)) => to_folder(&search, format, out, &args.index_id)?,
        (_, None) => anyhow::bail!("--out DIR is needed with --format quickwit or elasticsearch"),
    };
    Ok(if count > 0 {
        Outcome::Found
    } else {
        Outcome::NothingFound
    })
}

fn to_stdout(search: &Search) -> anyhow::Result<u64> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut count = 0u64;
    search.for_each_document(|doc| {
        count += 1;
        write_document(&mut out, &doc)
    })?;
    out.flush()?;
    Ok(count)
}

/// Writes the documents and the engine's config into `out`, returning how many documents.
fn to_folder(
    search: &Search,
    format: ExportFormat,
    out: &Path,
    index_id: &str,
) -> anyhow::Result<u64> {
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let (documents, config, config_text) = match format {
        ExportFormat::Elasticsearch => {
            let mapping = serde_json::to_string_pretty(&elasticsearch::mapping())?;
            ("bulk.ndjson", "mapping.json", mapping)
        }
        _ => (
            "documents.ndjson",
            "index-config.yaml",
            quickwit::index_config(index_id),
        ),
    };
    let config_path = out.join(config);
    std::fs::write(&config_path, config_text)
        .with_context(|| format!("writing {}", config_path.display()))?;
    let documents_path = out.join(documents);
    let file = std::fs::File::create(&documents_path)
        .with_context(|| format!("writing {}", documents_path.display()))?;
    let mut writer = std::io::BufWriter::with_capacity(1 << 16, file);
    let mut count = 0u64;
    search.for_each_document(|doc| {
        count += 1;
        if format == ExportFormat::Elasticsearch {
            serde_json::to_writer(&mut writer, &elasticsearch::bulk_action(index_id, &doc.id))?;
            writer.write_all(b"\n")?;
        }
        serde_json::to_writer(&mut writer, &FlatDoc::new(&doc))?;
        writer.write_all(b"\n")
    })?;
    writer
        .flush()
        .with_context(|| format!("writing {}", documents_path.display()))?;
    eprintln!(
        "whosaid: wrote {count} documents to {} and the {} to {}",
        documents_path.display(),
        if format == ExportFormat::Elasticsearch {
            "mapping"
        } else {
            "index config"
        },
        config_path.display()
    );
    Ok(count)
}
