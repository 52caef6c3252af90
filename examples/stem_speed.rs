//! How fast the sentence text is tokenized and stemmed as the index does it, on one core:
//! loads every `.txt` file under a folder, then times whosaid's text analyzer over all of it.
//!
//!     cargo run --release --example stem_speed -- ../helpers/news-33k
//!
//! Prints the tokens, the seconds and the nanoseconds per token. A second argument compares:
//! `plain` (no stemming) or `en_stem` (tantivy's stemmer, which stems every word every time).

use std::path::Path;
use std::time::Instant;

use tantivy::tokenizer::{LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer};
use whosaid::index::stemmer::EnglishStemTokenizer;

#[path = "shared/texts.rs"]
mod shared;
use shared::texts;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).ok_or("usage: stem_speed FOLDER")?;
    let mut articles = Vec::new();
    texts(Path::new(&dir), &mut articles)?;
    let mut analyzer = match std::env::args().nth(2).as_deref() {
        Some("plain") => TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .build(),
        Some("en_stem") => tantivy::tokenizer::TokenizerManager::default()
            .get("en_stem")
            .ok_or("no en_stem")?,
        _ => TextAnalyzer::from(EnglishStemTokenizer::default()),
    };
    let started = Instant::now();
    let (mut tokens, mut bytes) = (0usize, 0usize);
    for text in &articles {
        let mut stream = analyzer.token_stream(text);
        while let Some(token) = stream.next() {
            tokens += 1;
            bytes += token.text.len();
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{tokens} tokens ({bytes} bytes of stems): {seconds:.2} s, {:.1} ns a token",
        seconds * 1e9 / tokens as f64
    );
    Ok(())
}
