//! `whosaid show ID`: one sentence with the sentences around it, and its article's particulars.

use std::io::Write;

use anyhow::{bail, Context};

use super::Outcome;
use crate::cli::ShowArgs;
use crate::index::context::neighbours;
use crate::index::{open_index, Hit, Search};
use crate::output::fields::hit_json;
use crate::output::{HitPrinter, HumanPrinter};

/// Entry point of `whosaid show`: prints the sentence `ID` with `--context` sentences around it.
pub fn run(args: &ShowArgs) -> anyhow::Result<Outcome> {
    let Some((article, number)) = args.id.rsplit_once('#') else {
        bail!(
            "{:?} is not a sentence id: write <article>#<sentence>, as query and export print it",
            args.id
        );
    };
    let Ok(number) = number.parse::<u64>() else {
        bail!(
            "{:?} is not a sentence id: the part after # must be the sentence number",
            args.id
        );
    };
    let path = &args.location.index;
    let (index, fields) = open_index(path)?;
    let search =
        Search::new(index, fields).with_context(|| format!("opening {}", path.display()))?;
    let sentences = search.article_sentences(article)?;
    let Some(doc) = sentences.iter().find(|doc| doc.sentence == number) else {
        if sentences.is_empty() {
            eprintln!("whosaid: the index holds no article {article:?}");
        } else {
            eprintln!(
                "whosaid: article {article:?} has sentences 1 to {}, not {number}",
                sentences.len()
            );
        }
        return Ok(Outcome::NothingFound);
    };
    let hit = Hit {
        doc: doc.clone(),
        score: None,
        highlights: Vec::new(),
        context: neighbours(&sentences, number, args.context)
            .filter(|d| d.sentence != number)
            .cloned()
            .collect(),
    };
    // The headline the source gave, else the article's first line (the headline in most .txt).
    let title = doc
        .title
        .as_deref()
        .or_else(|| sentences.first().map(|first| first.text.as_str()))
        .unwrap_or("");
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.json {
        let mut json = hit_json(&hit);
        json["title"] = serde_json::Value::from(title);
        serde_json::to_writer(&mut out, &json)?;
        out.write_all(b"\n")?;
    } else {
        let date = doc.date.as_deref().unwrap_or("undated");
        writeln!(out, "{article}  {date}\n{title}\n")?;
        let color = super::query::color(args.color).use_color();
        let mut printer = HumanPrinter::new(&mut out, color);
        printer.print_hit(&hit)?;
        printer.finish()?;
    }
    out.flush()?;
    Ok(Outcome::Found)
}
