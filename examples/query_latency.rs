//! In-process search latency: opens an index once and runs a query many times.
//!
//!     cargo run --release --example query_latency -- INDEX RUNS [QUERY] [--person NAME] [--from D] [--to D]
//!
//! Prints how long opening the index took, how long the first search took (a `whosaid query`
//! process makes only that one), then the median and 95th percentile of all the searches, in
//! milliseconds. Used by scripts/bench.sh.

use std::path::PathBuf;
use std::time::Instant;

use whosaid::index::{open_index, DayRange, Search, SearchRequest};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let index = PathBuf::from(args.next().ok_or_else(|| {
        anyhow::anyhow!("usage: INDEX RUNS [QUERY] [--person NAME] [--from D] [--to D]")
    })?);
    let runs: usize = args.next().unwrap_or_else(|| "200".into()).parse()?;
    let mut request = SearchRequest {
        limit: 10,
        ..SearchRequest::default()
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--person" => request.persons.push(args.next().unwrap_or_default()),
            "--from" => {
                request.from = Some(
                    args.next()
                        .unwrap_or_default()
                        .parse::<DayRange>()
                        .map_err(anyhow::Error::msg)?,
                )
            }
            "--to" => {
                request.to = Some(
                    args.next()
                        .unwrap_or_default()
                        .parse::<DayRange>()
                        .map_err(anyhow::Error::msg)?,
                )
            }
            _ => request.text = Some(arg),
        }
    }
    let opening = Instant::now();
    let (index, fields) = open_index(&index)?;
    let search = Search::new(index, fields)?;
    let open_ms = opening.elapsed().as_secs_f64() * 1000.0;
    let mut times = Vec::with_capacity(runs);
    let mut hits = 0;
    for _ in 0..runs {
        let started = Instant::now();
        hits = search.search(&request)?.len();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let first_ms = times.first().copied().unwrap_or_default();
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "hits {hits} open_ms {open_ms:.3} first_ms {first_ms:.3} p50_ms {:.3} p95_ms {:.3}",
        at(0.5),
        at(0.95)
    );
    Ok(())
}
