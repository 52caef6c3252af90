//! Stored documents: any bytes read back as one are a document or an error, never a panic; and
//! every sentence of any article reads back from its stored bytes exactly as it was.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::article::read::article_from_bytes;
use whosaid::document::{analyse_article, Analyses};
use whosaid::index::stored::{from_stored_bytes, to_stored_bytes};

fuzz_target!(|data: &[u8]| {
    let _ = from_stored_bytes(data);
    if let Ok(article) = article_from_bytes("fuzz.txt", data.to_vec()) {
        for sentence in analyse_article(&article, Analyses::default()) {
            let bytes = to_stored_bytes(&sentence);
            let read = from_stored_bytes(&bytes).expect("a stored document reads back");
            assert_eq!(read, sentence.to_doc());
        }
    }
});
