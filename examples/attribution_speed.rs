//! How fast speaker attribution reads news, on one core: loads every `.txt` file under a folder
//! into memory, splits the sentences once, then times `attribute` alone over all of them.
//!
//!     cargo run --release --example attribution_speed -- ../helpers/news-33k
//!
//! Prints the megabytes, the seconds and the MB/s of attribution (sentence splitting excluded).

use std::path::Path;
use std::time::Instant;
use whosaid::analysis::{attribute, split_sentences};

// The allocator whosaid itself runs with, so that allocations cost here what they cost there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "shared/texts.rs"]
mod shared;
use shared::texts;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .ok_or("usage: attribution_speed FOLDER")?;
    let mut articles = Vec::new();
    texts(Path::new(&dir), &mut articles)?;
    let split: Vec<_> = articles.iter().map(|t| split_sentences(t, 0)).collect();
    let bytes: usize = articles.iter().map(String::len).sum();
    let started = Instant::now();
    let mut speakers = 0usize;
    for (text, sentences) in articles.iter().zip(&split) {
        speakers += attribute(text, sentences)
            .iter()
            .map(|a| a.speakers.len())
            .sum::<usize>();
    }
    let seconds = started.elapsed().as_secs_f64();
    let mb = bytes as f64 / 1e6;
    println!(
        "{} articles, {mb:.1} MB, {speakers} speakers: attribution {seconds:.2} s, {:.1} MB/s on one core",
        articles.len(),
        mb / seconds
    );
    Ok(())
}
