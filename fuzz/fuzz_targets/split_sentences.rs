//! Any text and body start: sentences in order, trimmed, on char boundaries, without overlap.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::analysis::split_sentences;

fuzz_target!(|input: (u16, &str)| {
    let (body_start, text) = input;
    let mut last = 0;
    for s in split_sentences(text, usize::from(body_start)) {
        assert!(s.start >= last && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let sentence = &text[s.start..s.end];
        assert_eq!(sentence, sentence.trim());
        last = s.end;
    }
});
