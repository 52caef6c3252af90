//! How fast speaker attribution reads news, on one core: loads every `.txt` file under a folder
//! into memory, splits the sentences once, then times `attribute` alone over all of them.
//!
//!     cargo run --release --example attribution_speed -- ../helpers/news-33k
//!
//! Prints the megabytes, the seconds and the MB/s of attribution (sentence splitting excluded),
//! and a digest of everything attribution found: a change that should alter no answer must leave
//! the digest as it was.

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
    let found: Vec<_> = articles
        .iter()
        .zip(&split)
        .map(|(text, sentences)| attribute(text, sentences))
        .collect();
    let seconds = started.elapsed().as_secs_f64();
    let speakers: usize = found.iter().flatten().map(|a| a.speakers.len()).sum();
    let mut digest = Fnv1a::default();
    for attributions in &found {
        digest.write(format!("{attributions:?}").as_bytes());
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "{} articles, {mb:.1} MB, {speakers} speakers: attribution {seconds:.2} s, {:.1} MB/s on one core, digest {:016x}",
        articles.len(),
        mb / seconds,
        digest.0
    );
    Ok(())
}

/// The 64-bit FNV-1a hash: the same digest for the same answers on any machine and toolchain.
struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv1a {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}
