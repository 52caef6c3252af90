//! `whosaid query`: search the index and print the hits for people or for scripts.

use anyhow::Context;

use super::Outcome;
use crate::cli::{ColorArg, QueryArgs, SortArg};
use crate::index::{open_index, Search, SearchRequest, SortOrder};
use crate::output::{ColorChoice, HitPrinter, HumanPrinter, JsonLinesPrinter};

/// Entry point of `whosaid query`: runs the search and prints hits; found or not decides the exit.
pub fn run(args: &QueryArgs) -> anyhow::Result<Outcome> {
    let path = &args.location.index;
    let (index, fields) = open_index(path)?;
    let search =
        Search::new(index, fields).with_context(|| format!("opening {}", path.display()))?;
    let hits = search.search(&request(args))?;
    let stdout = std::io::stdout();
    let out = std::io::BufWriter::new(stdout.lock());
    let mut printer: Box<dyn HitPrinter> = if args.json {
        Box::new(JsonLinesPrinter::new(out))
    } else {
        Box::new(HumanPrinter::new(out, color(args.color).use_color()))
    };
    for hit in &hits {
        printer.print_hit(hit)?;
    }
    printer.finish()?;
    Ok(if hits.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Found
    })
}

fn request(args: &QueryArgs) -> SearchRequest {
    SearchRequest {
        text: args.query.clone(),
        persons: args.person.clone(),
        kinds: args.kind.iter().map(|k| k.as_str().to_string()).collect(),
        mentions: args.mentions.clone(),
        outlets: args.outlet.clone(),
        from: args.from,
        to: args.to,
        mentioned_from: args.mentioned_from,
        mentioned_to: args.mentioned_to,
        limit: usize::try_from(args.limit).unwrap_or(usize::MAX),
        sort: match args.sort {
            SortArg::Relevance => SortOrder::Relevance,
            SortArg::Date => SortOrder::Date,
        },
    }
}

fn color(choice: ColorArg) -> ColorChoice {
    match choice {
        ColorArg::Auto => ColorChoice::Auto,
        ColorArg::Always => ColorChoice::Always,
        ColorArg::Never => ColorChoice::Never,
    }
}
