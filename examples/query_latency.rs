//! In-process search latency: opens an index once and runs a query many times.
//!
//!     cargo run --release --example query_latency -- INDEX RUNS [QUERY] [--person NAME] [--from D] [--to D]
//!
//! Prints the median and 95th percentile in milliseconds. Used by scripts/bench.sh.

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
    let (index, fields) = open_index(&index)?;
    let search = Search::new(index, fields)?;
    let mut times = Vec::with_capacity(runs);
    let mut hits = 0;
    for _ in 0..runs {
        let started = Instant::now();
        hits = search.search(&request)?.len();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!("hits {hits} p50_ms {:.3} p95_ms {:.3}", at(0.5), at(0.95));
    Ok(())
}
