//! Any text: attribution never panics and its spans lie inside their sentences.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::analysis::{attribute, split_sentences};

fuzz_target!(|text: &str| {
    let sentences = split_sentences(text, 0);
    let attributions = attribute(text, &sentences);
    assert_eq!(attributions.len(), sentences.len());
    for (s, a) in sentences.iter().zip(&attributions) {
        for span in &a.quote_spans {
            assert!(span.start >= s.start && span.end <= s.end);
        }
        for m in a.speakers.iter().map(|m| (m.start, m.end)).chain(a.mentions.iter().map(|m| (m.start, m.end))) {
            assert!(m.0 <= m.1 && m.1 <= text.len() && text.is_char_boundary(m.0) && text.is_char_boundary(m.1));
        }
    }
});
