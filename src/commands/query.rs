//! `whosaid query`: search the index and print the hits for people or for scripts.

use anyhow::Context;

use super::Outcome;
use crate::cli::{ColorArg, Filters, FormatArg, OutputArgs, QueryArgs, SortArg};
use crate::index::{open_index, Search, SearchRequest, SortOrder};
use crate::output::fields::check_fields;
use crate::output::{ColorChoice, HitPrinter, HumanPrinter, JsonLinesPrinter, TablePrinter};

/// Entry point of `whosaid query`: runs the search and prints hits; found or not decides the exit.
pub fn run(args: &QueryArgs) -> anyhow::Result<Outcome> {
    check_fields(&args.output.fields).map_err(anyhow::Error::msg)?;
    let path = &args.location.index;
    let (index, fields) = open_index(path)?;
    let search =
        Search::new(index, fields).with_context(|| format!("opening {}", path.display()))?;
    let mut request = request(&args.filters);
    request.mentions = args.mentions.clone();
    request.limit = usize::try_from(args.limit).unwrap_or(usize::MAX);
    request.sort = match args.sort {
        SortArg::Relevance => SortOrder::Relevance,
        SortArg::Date => SortOrder::Date,
    };
    let mut hits = search.search(&request)?;
    search.add_context(&mut hits, args.context)?;
    let stdout = std::io::stdout();
    let mut printer = printer(&args.output, std::io::BufWriter::new(stdout.lock()));
    for hit in &hits {
        printer.print_hit(hit)?;
    }
    printer.finish()?;
    // The process ends here: unmapping the index's hundred-odd files one by one would only
    // delay the exit (a tenth of a query's time), so the search is left to the operating system.
    std::mem::forget(search);
    Ok(if hits.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Found
    })
}

/// The search request the shared filters describe (limit and order left at their defaults).
pub fn request(filters: &Filters) -> SearchRequest {
    SearchRequest {
        text: filters.query.clone(),
        persons: filters.person.clone(),
        outlets: filters.outlet.clone(),
        kinds: filters
            .kind
            .iter()
            .map(|k| k.as_str().to_string())
            .collect(),
        from: filters.from,
        to: filters.to,
        mentioned_from: filters.mentioned_from,
        mentioned_to: filters.mentioned_to,
        limit: 10,
        ..SearchRequest::default()
    }
}

/// The printer for the chosen format, writing to `out`.
pub fn printer<'a, W: std::io::Write + 'a>(
    output: &OutputArgs,
    out: W,
) -> Box<dyn HitPrinter + 'a> {
    match output.format() {
        FormatArg::Human => Box::new(HumanPrinter::new(out, color(output.color).use_color())),
        FormatArg::Json => Box::new(JsonLinesPrinter::new(out, &output.fields)),
        FormatArg::Csv => Box::new(TablePrinter::new(out, b',', &output.fields)),
        FormatArg::Tsv => Box::new(TablePrinter::new(out, b'\t', &output.fields)),
    }
}

/// The colour choice `--color` names.
pub fn color(choice: ColorArg) -> ColorChoice {
    match choice {
        ColorArg::Auto => ColorChoice::Auto,
        ColorArg::Always => ColorChoice::Always,
        ColorArg::Never => ColorChoice::Never,
    }
}
