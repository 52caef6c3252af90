//! Any text and publication day: dates found lie in the sentence and run forwards.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::analysis::find_dates;

fuzz_target!(|input: (i32, &str)| {
    let (days, text) = input;
    let published = jiff::civil::date(2000, 1, 1).checked_add(jiff::Span::new().days(i64::from(days % 100_000))).ok();
    for d in find_dates(text, 0..text.len(), published) {
        assert!(d.start < d.end && d.end <= text.len());
        assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
        assert!(d.from <= d.to);
    }
});
