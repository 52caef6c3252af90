//! Tests of the splitter, each written as the text it is about and the split a reader gives.

use super::*;

/// The sentences of a body that starts at offset 0, as text.
fn split(text: &str) -> Vec<&str> {
    split_sentences(text, 0)
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect()
}

/// The sentences with their paragraph numbers.
fn split_numbered(text: &str) -> Vec<(u32, &str)> {
    let sentences = split_sentences(text, 0);
    sentences
        .iter()
        .map(|s| (s.paragraph, &text[s.start..s.end]))
        .collect()
}

#[test]
fn periods_question_and_exclamation_marks_end_sentences() {
    assert_eq!(
        split("Who won the vote? Nobody knows yet! The count goes on."),
        [
            "Who won the vote?",
            "Nobody knows yet!",
            "The count goes on."
        ]
    );
}

#[test]
fn a_lower_case_word_never_starts_a_sentence() {
    assert_eq!(
        split("Is it over? he wondered aloud."),
        ["Is it over? he wondered aloud."]
    );
    assert_eq!(
        split("The app launched. eBay shares fell."),
        ["The app launched. eBay shares fell."]
    );
}

#[test]
fn titles_do_not_end_sentences() {
    assert_eq!(
        split("Mr. Lee met Dr. Okafor, Sen. Ruiz and Lt. Gov. Marie Dubois. They spoke."),
        [
            "Mr. Lee met Dr. Okafor, Sen. Ruiz and Lt. Gov. Marie Dubois.",
            "They spoke."
        ]
    );
    assert_eq!(
        split("Const. Amy Tran and Staff Sgt. Bo Li arrived."),
        ["Const. Amy Tran and Staff Sgt. Bo Li arrived."]
    );
    assert_eq!(
        split("It was Canada vs. Mexico, as in Roe v. Wade."),
        ["It was Canada vs. Mexico, as in Roe v. Wade."]
    );
}

#[test]
fn initials_do_not_end_sentences() {
    assert_eq!(
        split("Paul T. Morrow wrote it. J. K. Rowling agreed with George W. Bush."),
        [
            "Paul T. Morrow wrote it.",
            "J. K. Rowling agreed with George W. Bush."
        ]
    );
}

#[test]
fn numbers_addresses_and_versions_do_not_end_sentences() {
    assert_eq!(
        split("Rates rose 3.5 per cent to $1.2 billion by 10.30am. Version 2.4.1 is out."),
        [
            "Rates rose 3.5 per cent to $1.2 billion by 10.30am.",
            "Version 2.4.1 is out."
        ]
    );
    assert_eq!(
        split("See www.cbc.ca or mail tips@example.com today. Or read example.org. It helps."),
        [
            "See www.cbc.ca or mail tips@example.com today.",
            "Or read example.org.",
            "It helps."
        ]
    );
    assert_eq!(
        split("The team finished in 2017. 2018 was worse."),
        ["The team finished in 2017.", "2018 was worse."]
    );
}

#[test]
fn all_initials_end_a_sentence_only_before_a_sentence_start() {
    assert_eq!(
        split("She moved to the U.S. The move paid off."),
        ["She moved to the U.S.", "The move paid off."]
    );
    assert_eq!(
        split("The U.S. envoy met U.N. Secretary staff."),
        ["The U.S. envoy met U.N. Secretary staff."]
    );
    assert_eq!(
        split("He flew to Washington, D.C. He landed late."),
        ["He flew to Washington, D.C.", "He landed late."]
    );
    assert_eq!(
        split("She earned a Ph.D. in law, i.e. a doctorate, e.g. in torts."),
        ["She earned a Ph.D. in law, i.e. a doctorate, e.g. in torts."]
    );
}

#[test]
fn a_m_and_p_m_end_a_sentence_before_a_common_first_word() {
    assert_eq!(
        split(
            "Doors open at 9 a.m. Eastern time. Fire crews came at 5 p.m. The police came later."
        ),
        [
            "Doors open at 9 a.m. Eastern time.",
            "Fire crews came at 5 p.m.",
            "The police came later."
        ]
    );
    assert_eq!(
        split("It ran until 5 p.m. and then stopped."),
        ["It ran until 5 p.m. and then stopped."]
    );
}

#[test]
fn company_month_and_state_abbreviations_use_the_next_word() {
    assert_eq!(
        split("She joined Acme Inc. The firm was small."),
        ["She joined Acme Inc.", "The firm was small."]
    );
    assert_eq!(
        split("Acme Inc. CEO Ann Roy and Bolt Corp. staff met."),
        ["Acme Inc. CEO Ann Roy and Bolt Corp. staff met."]
    );
    assert_eq!(
        split("It opened Jan. 5 and shut in Sept. It reopened."),
        ["It opened Jan. 5 and shut in Sept.", "It reopened."]
    );
    assert_eq!(
        split("She grew up in Fresno, Calif. She left Tucson, Ariz. in 2010. Rep. Ng (D-Calif.) agreed."),
        ["She grew up in Fresno, Calif.", "She left Tucson, Ariz. in 2010.", "Rep. Ng (D-Calif.) agreed."]
    );
    assert_eq!(
        split("The talk was by Henry Ford Jr. It ran long."),
        ["The talk was by Henry Ford Jr.", "It ran long."]
    );
    assert_eq!(
        split("We met at St. Mary's on King St. The hall was full."),
        ["We met at St. Mary's on King St.", "The hall was full."]
    );
}

#[test]
fn etc_ends_a_sentence_before_a_capitalised_word() {
    assert_eq!(
        split("They sold pears, plums, etc. The market shut."),
        ["They sold pears, plums, etc.", "The market shut."]
    );
    assert_eq!(
        split("They sold pears, plums, etc. and more."),
        ["They sold pears, plums, etc. and more."]
    );
}

#[test]
fn no_before_a_number_is_an_abbreviation() {
    assert_eq!(
        split("He was ranked No. 1 in May. No. That was wrong."),
        ["He was ranked No. 1 in May.", "No.", "That was wrong."]
    );
    assert_eq!(
        split("Voters backed Prop. 64 on pp. 4-5."),
        ["Voters backed Prop. 64 on pp. 4-5."]
    );
}

#[test]
fn ellipses_end_a_sentence_only_before_a_capitalised_word() {
    assert_eq!(
        split("He said ... and then he left."),
        ["He said ... and then he left."]
    );
    assert_eq!(
        split("He paused... Then he left."),
        ["He paused...", "Then he left."]
    );
    assert_eq!(split("Wait … The rest came."), ["Wait …", "The rest came."]);
    assert_eq!(
        split("He said . . . Then he stopped."),
        ["He said . . .", "Then he stopped."]
    );
    assert_eq!(
        split("She read: “… The end is near.”"),
        ["She read: “… The end is near.”"]
    );
}

#[test]
fn a_sentence_can_end_inside_quotation_marks() {
    assert_eq!(
        split("“We will heal in a time of pain.” He said no more."),
        ["“We will heal in a time of pain.”", "He said no more."]
    );
    assert_eq!(
        split("He called it \"a disgrace.\" The mayor disagreed."),
        ["He called it \"a disgrace.\"", "The mayor disagreed."]
    );
    assert_eq!(
        split("‘Not now.’ Then she left. 'Fine.' He went."),
        ["‘Not now.’", "Then she left.", "'Fine.'", "He went."]
    );
    assert_eq!(
        split("He asked, “Is it over?” Nobody answered."),
        ["He asked, “Is it over?”", "Nobody answered."]
    );
}

#[test]
fn a_quotation_ending_before_a_lower_case_word_goes_on() {
    assert_eq!(split("“Stop!” she shouted."), ["“Stop!” she shouted."]);
    assert_eq!(
        split("\"Why?\" asked Smith's aide."),
        ["\"Why?\" asked Smith's aide."]
    );
}

#[test]
fn closing_punctuation_stays_with_the_sentence_it_ends() {
    assert_eq!(
        split("The vote passed (narrowly.) Then came the fight."),
        ["The vote passed (narrowly.)", "Then came the fight."]
    );
    assert_eq!(
        split("“It is what it is.”. She shrugged."),
        ["“It is what it is.”.", "She shrugged."]
    );
    assert_eq!(split("“I'm done. ” He left."), ["“I'm done. ”", "He left."]);
}

#[test]
fn a_list_number_does_not_end_a_sentence() {
    assert_eq!(
        split("1. Heat the oven. 2. Mix the flour."),
        ["1. Heat the oven.", "2. Mix the flour."]
    );
}

#[test]
fn paragraphs_are_separated_by_blank_lines() {
    let text = "Storm hits coast\n\nAdvertisement\n \t\n\n\nThe storm hit\nMonday. It left.\n";
    assert_eq!(
        split_numbered(text),
        [
            (1, "Storm hits coast"),
            (2, "Advertisement"),
            (3, "The storm hit\nMonday."),
            (3, "It left.")
        ]
    );
    assert_eq!(
        split_numbered("One.\r\n\r\nTwo.\r\n"),
        [(1, "One."), (2, "Two.")]
    );
    assert_eq!(
        split_numbered("\n\n  Lead.\n\nNext."),
        [(1, "Lead."), (2, "Next.")]
    );
}

#[test]
fn unicode_letters_and_spaces_are_handled() {
    assert_eq!(
        split("Le café ferme. Él dijo «no». Über alles."),
        ["Le café ferme.", "Él dijo «no».", "Über alles."]
    );
    assert_eq!(
        split("It ends here.\u{a0}Next one."),
        ["It ends here.", "Next one."]
    );
    let long_word = "漢".repeat(30);
    assert_eq!(
        split(&format!("Done. {long_word}")),
        ["Done.", long_word.as_str()]
    );
}

#[test]
fn the_header_before_body_start_is_skipped() {
    let text = " date 2017-06-09 Khan himself said it. Then he left.";
    let body = text.find('K').unwrap();
    let first = Sentence {
        start: body,
        end: body + 21,
        paragraph: 1,
    };
    let second = Sentence {
        start: body + 22,
        end: text.len(),
        paragraph: 1,
    };
    assert_eq!(split_sentences(text, body), [first, second]);
}

#[test]
fn body_start_past_the_end_or_inside_a_character_is_moved_on() {
    assert_eq!(
        split_sentences("héllo", 2),
        [Sentence {
            start: 3,
            end: 6,
            paragraph: 1
        }]
    );
    assert_eq!(split_sentences("hello", 99), []);
    assert_eq!(split_sentences("hello", usize::MAX), []);
    assert_eq!(split_sentences("", 0), []);
}

#[test]
fn word_lists_are_sorted_for_binary_search() {
    for list in [TITLES, BEFORE_NUMBER, MAY_END, STARTERS] {
        assert!(
            list.windows(2).all(|w| w[0] < w[1]),
            "unsorted near {list:?}"
        );
    }
}

#[test]
fn long_input_takes_linear_time() {
    let started = std::time::Instant::now();
    let line = "word ".repeat(1_000_000);
    assert_eq!(split_sentences(&line, 0).len(), 1);
    for unit in [
        "a. ", "A. ", ". ", "“. ", "x.y", "… ", "U.S. ", "\n \n", "(((", "! ",
    ] {
        let text = unit.repeat(100_000);
        check_invariants(&text, 0, &split_sentences(&text, 0));
    }
    assert!(
        started.elapsed().as_secs() < 20,
        "took {:?}",
        started.elapsed()
    );
}

/// Checks the contract: sentences in order, trimmed, non-empty, on char boundaries, inside
/// the body, with only white space between them, and paragraphs counted by blank lines.
fn check_invariants(text: &str, body_start: usize, sentences: &[Sentence]) {
    let mut body = body_start.min(text.len());
    while !text.is_char_boundary(body) {
        body += 1;
    }
    let mut prev_end = body;
    let mut prev_paragraph = 0;
    for s in sentences {
        assert!(
            prev_end <= s.start && s.start < s.end && s.end <= text.len(),
            "{s:?}"
        );
        let sentence = &text[s.start..s.end];
        assert_eq!(sentence, sentence.trim(), "{s:?}");
        let gap = &text[prev_end..s.start];
        assert!(gap.chars().all(char::is_whitespace), "{s:?} after {gap:?}");
        let breaks = prev_paragraph == 0 || gap.matches('\n').count() >= 2;
        assert_eq!(s.paragraph, prev_paragraph + u32::from(breaks), "{s:?}");
        (prev_end, prev_paragraph) = (s.end, s.paragraph);
    }
    assert!(text[prev_end..].chars().all(char::is_whitespace));
}

proptest::proptest! {
    #[test]
    fn any_text_keeps_the_contract(text in "\\PC{0,60}", body_start in 0usize..80) {
        check_invariants(&text, body_start, &split_sentences(&text, body_start));
    }

    #[test]
    fn news_like_text_keeps_the_contract(
        text in "([A-Za-zé0-9]{1,4}|[漢字𝒜é]{1,20}|[ \n\t\u{a0}]|[.?!…]|[“”‘’\"'()\\[\\]«»]|\r\n){0,80}",
        body_start in 0usize..40,
    ) {
        check_invariants(&text, body_start, &split_sentences(&text, body_start));
    }
}

#[test]
fn stop_bytes_are_found_eight_at_a_time_where_one_at_a_time_finds_them() {
    // Every byte value at every place of a window, and runs long and short around it.
    for byte in 0..=255u8 {
        for at in 0..12 {
            let mut bytes = b"abc def, ghi jkl".to_vec();
            bytes[at] = byte;
            for from in 0..bytes.len() {
                let expected = bytes[from..]
                    .iter()
                    .position(|&b| STOP_BYTES[usize::from(b)])
                    .map(|k| from + k);
                assert_eq!(
                    first_stop_byte(&bytes, from),
                    expected,
                    "{byte:#x} at {at} from {from}"
                );
            }
        }
    }
}
