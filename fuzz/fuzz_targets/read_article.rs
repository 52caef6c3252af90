//! Any bytes, read as a .txt article and as each other format: never a panic, offsets honest.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::article::formats::{read_records, Format};
use whosaid::article::read::article_from_bytes;
use whosaid::document::{build_documents, Analyses};

fuzz_target!(|data: &[u8]| {
    if let Ok(article) = article_from_bytes("fuzz.txt", data.to_vec()) {
        for doc in build_documents(&article, Analyses::default()) {
            assert!(doc.start < doc.end && doc.end as usize <= data.len());
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        for format in [Format::JsonLines, Format::Json, Format::Html] {
            for record in read_records(format, "fuzz", text.to_string()) {
                if let Ok(article) = record.article {
                    build_documents(&article, Analyses::default());
                }
            }
        }
    }
});
