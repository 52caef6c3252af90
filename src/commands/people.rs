//! `whosaid people`: who speaks (or is mentioned) in the matching sentences, most first.

use std::io::Write;

use anyhow::Context;

use super::Outcome;
use crate::cli::PeopleArgs;
use crate::index::people::Counted;
use crate::index::{open_index, Search};

/// Entry point of `whosaid people`: counts people with a tantivy aggregation and prints them.
pub fn run(args: &PeopleArgs) -> anyhow::Result<Outcome> {
    let path = &args.location.index;
    let (index, fields) = open_index(path)?;
    let search =
        Search::new(index, fields).with_context(|| format!("opening {}", path.display()))?;
    let request = super::query::request(&args.filters);
    let counted = if args.mentions {
        Counted::Mentions
    } else {
        Counted::Speakers
    };
    let limit = usize::try_from(args.limit).unwrap_or(usize::MAX);
    let people = search.count_people(&request, counted, limit)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let width = people.first().map_or(1, |p| p.sentences.to_string().len());
    for person in &people {
        if args.json {
            serde_json::to_writer(&mut out, person)?;
            out.write_all(b"\n")?;
        } else {
            writeln!(out, "{:>width$}  {}", person.sentences, person.name)?;
        }
    }
    out.flush()?;
    Ok(if people.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Found
    })
}
