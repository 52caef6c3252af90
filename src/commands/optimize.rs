//! `whosaid optimize`: merges the index's segments so that queries open fewer of them.

use std::time::Instant;

use super::Outcome;
use crate::cli::OptimizeArgs;
use crate::index::{merge_segments, open_index};

/// Entry point of `whosaid optimize`: merges, then says how many segments there were and are.
pub fn run(args: &OptimizeArgs) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let path = &args.location.index;
    let (index, _fields) = open_index(path)?;
    let (before, after) = merge_segments(path, &index, args.segments as usize)?;
    if !args.quiet && before == after {
        eprintln!(
            "whosaid: {before} segments, at most {}: nothing to merge; index {}",
            args.segments,
            path.display()
        );
    } else if !args.quiet {
        eprintln!(
            "whosaid: {before} segments merged into {after} in {:.2} s; index {}",
            started.elapsed().as_secs_f64(),
            path.display()
        );
    }
    Ok(Outcome::Found)
}
