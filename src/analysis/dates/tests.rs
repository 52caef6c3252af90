//! The seed article's sentences, things that are not dates, and a fuzz test.

use super::*;
use proptest::prelude::*;

const SEED: &str = include_str!("../../../sample-corpus/uk/2017/london-bridge-2017.txt");
const FRIDAY: &str = "2017-06-09";

#[test]
fn the_london_bridge_attack_was_on_the_saturday_before() {
    let sentence = "Seven people were killed and 48 injured in an attack near London Bridge on Saturday night.";
    assert_eq!(read(sentence, FRIDAY), ["Saturday night = 2017-06-03"]);
}

#[test]
fn trump_mocked_the_comment_on_the_sunday_before() {
    let sentence = "Trump mocked Khan’s comment on Sunday, suggesting in a tweet that the mayor was downplaying the attacks.";
    assert_eq!(read(sentence, FRIDAY), ["Sunday = 2017-06-04"]);
}

#[test]
fn khan_took_office_in_may_2016() {
    let sentence = "Khan, a member of the Labour Party, took office in May 2016.";
    assert_eq!(
        read(sentence, FRIDAY),
        ["May 2016 = 2016-05-01..2016-05-31"]
    );
}

#[test]
fn the_seed_file_read_whole_finds_its_dates_and_no_false_ones() {
    let header = crate::article::header::read_header(SEED);
    assert_eq!(header.published, Some(jiff::civil::date(2017, 6, 9)));
    let found = find_dates(SEED, header.body_start..SEED.len(), header.published);
    let said: Vec<&str> = found.iter().map(|m| &SEED[m.start..m.end]).collect();
    assert_eq!(
        said,
        [
            "Sunday",
            "Saturday",
            "Monday",
            "Saturday night",
            "May 2016",
            "Monday morning",
            "later this year",
            "Monday"
        ]
    );
    // "Mrs May", "1,400 communities", "30,000 people" and "48 injured" are not dates.
    assert!(found.iter().all(|m| m.from.year() >= 2016));
}

#[test]
fn names_verbs_and_counts_are_not_dates() {
    for sentence in [
        "Politicians have called on Mrs May to withdraw the invitation.",
        "Theresa May said the country would not be cowed.",
        "Protesters will march on the capital.",
        "Thousands joined the March for Life.",
        "The mayor may resign.",
        "The conference represents 1,400 communities of more than 30,000 people.",
        "About 2,000 people were evacuated and 48 injured.",
        "The stall sold Sun and Sat newspapers.",
        "He won by 2000 votes.",
        "Black Friday sales were strong.",
        "She writes for the Sunday Times.",
        "The shop is closed every Monday.",
        "Date night is back.",
    ] {
        assert_eq!(read(sentence, FRIDAY), Vec::<String>::new(), "{sentence}");
    }
}

#[test]
fn relative_dates_need_a_publication_date() {
    let sentence = "He said on Monday that the vote in May 2016 was fair.";
    let found = find_dates(sentence, 0..sentence.len(), None);
    assert_eq!(found.len(), 1);
    assert_eq!(&sentence[found[0].start..found[0].end], "May 2016");
}

#[test]
fn offsets_are_into_the_whole_text() {
    let text = "First sentence. It happened on June 3, 2017.";
    let found = find_dates(text, 16..text.len(), None);
    assert_eq!(&text[found[0].start..found[0].end], "June 3, 2017");
}

#[test]
fn a_range_outside_the_text_or_inside_a_character_is_clamped() {
    let text = "é June 3, 2017 ’";
    assert_eq!(find_dates(text, 1..999, None).len(), 1);
    #[allow(clippy::reversed_empty_ranges)]
    let backwards = 9..3;
    assert!(find_dates(text, backwards, None).is_empty());
}

proptest! {
    #[test]
    fn any_text_gives_mentions_on_char_boundaries(text in "\\PC{0,80}", a in 0usize..100, b in 0usize..100, day in 0i32..20000) {
        let published = jiff::civil::date(1970, 1, 1).checked_add(jiff::Span::new().days(day)).ok();
        for m in find_dates(&text, a..b, published) {
            prop_assert!(m.start < m.end && m.end <= text.len());
            prop_assert!(m.start >= a.min(text.len()) && m.end <= b.max(a));
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert!(m.from <= m.to);
        }
    }

    #[test]
    fn date_like_text_never_panics(
        text in "((on|in|last|next|this|early|mid-|the|Mrs|[0-9]{1,5}|June|May|Sept\\.|Monday|week|ago|days|two|,|-|’s|s| )){0,12}",
        day in 0i32..7_304_485,
    ) {
        let published = jiff::civil::Date::MIN.checked_add(jiff::Span::new().days(day.rem_euclid(7_304_485))).ok();
        for m in find_dates(&text, 0..text.len(), published) {
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end) && m.from <= m.to);
        }
    }
}

#[test]
fn only_a_digit_or_a_date_word_can_head_a_date() {
    let heads = |text: &str| has_a_head(text.as_bytes(), 0, text.len());
    assert!(!heads(
        "The council met, and the mayor’s office said nothing."
    ));
    assert!(!heads("Mayor Khan’s Mayfair office"));
    assert!(heads("The council met on Saturday."));
    assert!(heads("It rose 3%."));
    assert!(heads("a week ago"));
    assert!(heads("Khan took office in May"));
    assert!(!heads(""));
}
