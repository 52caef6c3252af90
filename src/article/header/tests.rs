//! Tests of the header reader, each written as the top of an article and what it says.

use super::*;
use jiff::civil::date;
use proptest::prelude::*;

/// The date read and the body's first words.
fn read(text: &str) -> (Option<Date>, &str, Option<String>) {
    let header = read_header(text);
    let body = &text[header.body_start..];
    (
        header.published,
        &body[..body.len().min(12)],
        header.malformed,
    )
}

const JUNE_9: Option<Date> = Some(date(2017, 6, 9));

#[test]
fn the_seed_header_has_the_first_sentence_on_its_line() {
    let seed = include_str!("../../../sample-corpus/uk/2017/london-bridge-2017.txt");
    assert_eq!(read(seed), (JUNE_9, "Khan himself", None));
}

#[test]
fn header_forms_corpora_write() {
    assert_eq!(
        read("date 2017-06-09\nThe mayor spoke."),
        (JUNE_9, "The mayor sp", None)
    );
    assert_eq!(
        read("Date: June 9, 2017\n\nThe mayor spoke."),
        (JUNE_9, "The mayor sp", None)
    );
    assert_eq!(
        read("date: 2017-06-09T14:30:00Z\nThe mayor spoke."),
        (JUNE_9, "The mayor sp", None)
    );
    assert_eq!(
        read("Published: 9 June 2017\nThe mayor spoke."),
        (JUNE_9, "The mayor sp", None)
    );
    assert_eq!(
        read("DATE 2017-06-09 The mayor spoke."),
        (JUNE_9, "The mayor sp", None)
    );
    assert_eq!(
        read("Date: Friday, June 9, 2017, 2:30 p.m. EDT\nThe mayor"),
        (JUNE_9, "The mayor", None)
    );
    assert_eq!(
        read("\u{feff}date 20170609\nThe mayor spoke."),
        (JUNE_9, "The mayor sp", None)
    );
}

#[test]
fn yaml_front_matter_gives_the_date_and_ends_before_the_body() {
    let text = "---\ntitle: Mayor speaks\ndate: \"2017-06-09\"\nauthor: A. Writer\n---\n\nThe mayor spoke.";
    assert_eq!(read(text), (JUNE_9, "The mayor sp", None));
    let undated = "---\ntitle: Mayor speaks\n---\nThe mayor spoke.";
    assert_eq!(read(undated), (None, "The mayor sp", None));
}

#[test]
fn a_text_without_a_header_starts_at_its_first_word() {
    assert_eq!(read("  \n The mayor spoke."), (None, "The mayor sp", None));
    assert_eq!(read("Date night is back."), (None, "Date night i", None));
    assert_eq!(read("Dated furniture sells."), (None, "Dated furnit", None));
    assert_eq!(
        read("Published reports differ."),
        (None, "Published re", None)
    );
    assert_eq!(read_header("   ").body_start, 3);
    assert_eq!(read_header("").body_start, 0);
}

#[test]
fn a_malformed_date_is_reported_not_guessed() {
    assert_eq!(
        read("date 2017-13-45\nThe mayor spoke."),
        (None, "The mayor sp", Some("2017-13-45".into()))
    );
    assert_eq!(
        read("date 2017-02-30 The mayor spoke."),
        (None, "The mayor sp", Some("2017-02-30".into()))
    );
    assert_eq!(
        read("Date: 06/09/2017\nThe mayor spoke."),
        (None, "The mayor sp", Some("06/09/2017".into()))
    );
    assert_eq!(
        read("Date: June 31, 2017\nThe mayor"),
        (None, "The mayor", Some("June 31, 2017".into()))
    );
    assert_eq!(
        read("Date: unknown\nThe mayor spoke."),
        (None, "The mayor sp", Some("unknown".into()))
    );
    let yaml = "---\ndate: 2017-13-01\n---\nThe mayor spoke.";
    assert_eq!(
        read(yaml),
        (None, "The mayor sp", Some("2017-13-01".into()))
    );
}

#[test]
fn field_values_give_their_date_whatever_the_time_after_it() {
    for value in [
        "2017-06-09",
        " 2017-06-09 14:30:00",
        "2017-06-09T14:30:00Z",
        "2017-06-09T23:30:00-05:00",
        "June 9, 2017",
    ] {
        assert_eq!(parse_date_value(value), Ok(JUNE_9), "{value}");
    }
    assert_eq!(parse_date_value("  "), Ok(None));
    assert_eq!(parse_date_value("2017-13-45"), Err("2017-13-45".into()));
    assert_eq!(parse_date_value("yesterday"), Err("yesterday".into()));
}

proptest! {
    #[test]
    fn any_text_gives_a_body_start_on_a_char_boundary(text in "\\PC{0,60}") {
        let header = read_header(&text);
        prop_assert!(header.body_start <= text.len() && text.is_char_boundary(header.body_start));
        let _ = date_from_path(&text);
    }

    #[test]
    fn header_like_text_never_panics(text in "( |\n|---|date|Date:|DATE|published:|[0-9]{1,9}|-|/|June|Friday|,|T|Z|:|é|’)*") {
        let header = read_header(&text);
        prop_assert!(header.body_start <= text.len() && text.is_char_boundary(header.body_start));
        prop_assert!(header.published.is_none() || header.malformed.is_none());
        let _ = date_from_path(&text);
    }
}
