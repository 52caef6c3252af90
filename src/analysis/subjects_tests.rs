//! Tests of `subjects`: each rule as the sentence it handles and the speaker a reader names.

use crate::analysis::sentences::split_sentences;
use crate::analysis::speakers::attribute;

/// The speaker names of each sentence of `text`.
fn who(text: &str) -> Vec<Vec<String>> {
    let sentences = split_sentences(text, 0);
    let found = attribute(text, &sentences);
    found
        .into_iter()
        .map(|a| a.speakers.into_iter().map(|s| s.name).collect())
        .collect()
}

/// All the speaker names of `text`.
fn one(text: &str) -> Vec<String> {
    who(text).concat()
}

#[test]
fn verb_after_subject_and_after_quote() {
    assert_eq!(
        one("Maria Lopez said the bridge would reopen."),
        ["Maria Lopez"]
    );
    assert_eq!(
        one("“The bridge will reopen,” said Maria Lopez."),
        ["Maria Lopez"]
    );
    assert_eq!(
        one("Maria Lopez said: “The bridge will reopen.”"),
        ["Maria Lopez"]
    );
    assert_eq!(one("Said Lopez: “The bridge will reopen.”"), ["Lopez"]);
    assert_eq!(
        one("Jan Novak told reporters the bridge would reopen."),
        ["Jan Novak"]
    );
}

#[test]
fn subject_with_a_phrase_and_long_appositives() {
    let got = one("Lena Hart with the Ontario Health Authority says delays are common.");
    assert_eq!(got, ["Lena Hart"]);
    let t = "Joe Ross, a graduate and a commissioner in Kent County, where the school is, said no.";
    assert_eq!(one(t), ["Joe Ross"]);
    assert_eq!(
        one("“It is late,” said dock worker Paul Brandt."),
        ["Paul Brandt"]
    );
    assert!(one("The poster “wrongly” suggests that Denver backs the plan.").is_empty());
}

#[test]
fn the_mayor_is_the_one_titled_mayor() {
    let t = "London Mayor Sadiq Khan spoke on Monday. The city is safe, the mayor said.";
    assert_eq!(who(t)[1], ["Sadiq Khan"]);
    let t = "Prime Minister Anna Berg spoke. The prime minister said she was worried.";
    assert_eq!(who(t)[1], ["Anna Berg"]);
    let t = "Governor Tom Hale spoke. The Ohio governor said taxes would fall.";
    assert_eq!(who(t)[1], ["Tom Hale"]);
}

#[test]
fn according_to_a_described_person() {
    let t = "The plan was wrong, according to former Bank of England governor Ruth Alvarez.";
    assert_eq!(one(t), ["Ruth Alvarez"]);
    assert!(one("The plan was wrong, according to the post.").is_empty());
}

#[test]
fn notes_and_suffixes_after_names() {
    assert_eq!(
        one("“It is,” Rep. Dana Fields (D-Ore.) said Friday."),
        ["Dana Fields"]
    );
    assert_eq!(
        one("Carl T. Winters III, a writer for a magazine, said so."),
        ["Carl T. Winters"]
    );
    assert_eq!(one("“We need money,” Mr. King said."), ["King"]);
}

#[test]
fn appositive_and_according_to() {
    assert_eq!(
        one("Tom Reed, a spokesman for the city, said the roads were clear."),
        ["Tom Reed"]
    );
    assert_eq!(
        one("The roads are clear, according to Tom Reed."),
        ["Tom Reed"]
    );
}

#[test]
fn transcript_labels_and_boilerplate() {
    let got =
        who("Dana Marsh spoke.\n\nMARSH: We start now. We will win.\n\nREAD MORE: Marsh says so.");
    let marsh = vec!["Dana Marsh".to_string()];
    assert_eq!(got, [vec![], marsh.clone(), marsh, vec![]]);
    let got = who("Watch: Dana Marsh on the vote.\n\nStory continues below.");
    assert!(got.concat().is_empty());
}

#[test]
fn a_transcript_label_the_article_never_names_in_full_is_its_own_speaker() {
    let got = who(
        "Gov. Ada Quill spoke to a host on Sunday.\n\n\"HOLT: Will you run? Tell us.\n\n\"QUILL: Not this year.\n\n\"HOLT: Why not?",
    );
    let (holt, quill) = (vec!["Holt".to_string()], vec!["Ada Quill".to_string()]);
    assert_eq!(got[1..], [holt.clone(), holt.clone(), quill, holt]);
}

#[test]
fn an_answer_over_several_paragraphs_keeps_its_label() {
    let got = who(
        "Gov. Ada Quill spoke to Ben Holt.\n\n\"QUILL: Not this year. We have work.\"\n\n\"The budget comes first, and then the roads.\n\n\"HOLT: Thank you.\"\n\nThe host left. \"Roads\" was the word of the day.",
    );
    let (quill, holt) = (vec!["Ada Quill".to_string()], vec!["Ben Holt".to_string()]);
    assert_eq!(got[1..5], [quill.clone(), quill.clone(), quill, holt]);
    assert!(got[5..].concat().is_empty(), "{got:?}");
}

#[test]
fn a_korean_name_is_called_by_its_first_word() {
    let got = who("North Korean leader Kim Jong-un arrived. Kim said talks would go on.");
    assert_eq!(got[1], ["Kim Jong-un"]);
    let got = who("The economist Douglas Holtz-Eakin arrived. Holtz-Eakin said rates would rise.");
    assert_eq!(got[1], ["Douglas Holtz-Eakin"]);
}

#[test]
fn a_first_name_tells_he_from_she() {
    let t = "Jessica Moore opened the shop. Omar Haddad joined her in May.\n\n“We sell bread,” she said.\n\n“We bake at night,” he said.";
    let got = who(t);
    assert_eq!(got[2], ["Jessica Moore"]);
    assert_eq!(got[3], ["Omar Haddad"]);
}

#[test]
fn a_block_quotation_after_a_colon_is_its_introducers() {
    let t = "Gov. Ana Holt spoke on Monday. Holt added:\n\nIt is typical of them. We will win.\n\nThe vote is on Tuesday.";
    let got = who(t);
    let holt = vec!["Ana Holt".to_string()];
    assert_eq!(got[1..4], [holt.clone(), holt.clone(), holt]);
    assert!(got[4].is_empty(), "{got:?}");
}

#[test]
fn section_labels_of_a_market_report_are_nobody() {
    let got = who("ENERGY: Crude oil fell 40 cents.\n\nCURRENCIES: The dollar rose to 108 yen.");
    assert!(got.concat().is_empty(), "{got:?}");
    // Without anyone named in full among them, labels are headings, not speakers.
    let got = who("HOLT: Will you run?\n\nQUILL: Not this year.");
    assert!(got.concat().is_empty(), "{got:?}");
}

#[test]
fn groups_and_organisations_are_named_by_their_phrase() {
    assert_eq!(one("Officials said the bridge was closed."), ["officials"]);
    assert_eq!(one("Police said the bridge was closed."), ["police"]);
    assert_eq!(one("The White House said nothing."), ["White House"]);
}

#[test]
fn she_is_the_person_an_appositive_described() {
    let t = "Governor Tom Hale visited. Yuni, a resident of the coast, was at home.\n\n“The water came,” she said.";
    assert_eq!(who(t)[2], ["Yuni"]);
}

#[test]
fn someone_described_by_age_is_the_person_just_named() {
    let t = "Omar Haddad works nights. The 32-year-old labourer says each day is long.";
    assert_eq!(who(t)[1], ["Omar Haddad"]);
}

#[test]
fn a_name_that_is_also_a_modal() {
    let t = "Prime Minister Theresa May lost. On Tuesday, Ms. May said a deal was near.";
    assert_eq!(who(t)[1], ["Theresa May"]);
}

#[test]
fn an_appositive_that_quotes() {
    let t = "Doug Pardy, who lost “two belt loops” in May, says the program worked.";
    assert_eq!(who(t)[0], ["Doug Pardy"]);
}

#[test]
fn a_label_is_a_person_named_so_not_a_headline_or_heading() {
    // A headline's words before a colon name nobody; a heading neither.
    let t = "Rising Water: Towns Brace For Floods.\n\nCorrection: An earlier version misspelled a name.\n\nThe river rose overnight.";
    assert_eq!(who(t), [Vec::<String>::new(), vec![], vec![]]);
    // A full name with a first name labels its speaker, as does a name the article repeats.
    let t = "Jessica Marsh: Voters Are Tired.\n\nThe poll closed on Monday.";
    assert_eq!(who(t)[0], ["Jessica Marsh"]);
    let t = "Okafor: We will win.\n\nCoach Okafor spoke after the game.";
    assert_eq!(who(t)[0], ["Okafor"]);
}

#[test]
fn a_credit_line_is_nobody_speaking() {
    let t = "Ana Ruiz said the dam held. Omar Haddad and Lena Park contributed reporting.";
    assert_eq!(who(t)[1], Vec::<String>::new());
    let t = "Lena Park contributed to this report.";
    assert_eq!(one(t), Vec::<String>::new());
    let t = "Ana Ruiz said the dam held. (Reporting by Omar Haddad; Editing by Lena Park)";
    assert_eq!(who(t)[1], Vec::<String>::new());
    // Contributing to something else is no credit line.
    let t = "Mayor Ana Ruiz said the storm contributed to the losses.";
    assert_eq!(one(t), ["Ana Ruiz"]);
}

#[test]
fn a_place_inside_an_appositive_is_not_its_subject() {
    let t = "Jean-Marc Ayrault, the foreign minister of Spain, a member of the council, said the \
             test was bad.";
    assert_eq!(one(t), ["Jean-Marc Ayrault"]);
}

#[test]
fn a_described_title_nobody_was_given_is_the_person_just_spoken_of() {
    let t = "Omar Haddad builds cars. “Nobody makes money here,” the lanky, bespectacled \
             professor said.";
    assert_eq!(who(t)[1], ["Omar Haddad"]);
    // A bare title nobody was given stays nobody's.
    let t = "Omar Haddad builds cars. “Nobody makes money here,” the professor said.";
    assert_eq!(who(t)[1], Vec::<String>::new());
}

#[test]
fn a_lead_in_before_a_colon_introduces_its_quotation() {
    let t = "Russ Klisch said a beer might help. Then, after a pause: “A few beers. They need a \
             few beers.”";
    assert_eq!(who(t), [["Russ Klisch"], ["Russ Klisch"], ["Russ Klisch"]]);
    // The lead-in's own subject speaks, not the speaker before it.
    let t = "“We will win,” said Ana Ruiz. Jan Novak delivered a retort: “No one wins.”";
    assert_eq!(who(t)[1], ["Jan Novak"]);
}

#[test]
fn a_quotation_after_a_sentence_about_he_is_his() {
    let t = "Dennis Brooks said he found housing. On Oct. 1, he moved into an apartment.\n\n\
             \"It feels good.\"";
    assert_eq!(who(t)[2], ["Dennis Brooks"]);
}

#[test]
fn an_infinitive_speaks_only_after_a_verb_that_goes_on() {
    assert_eq!(
        one("Maria Lopez continued to insist that the bridge was safe."),
        ["Maria Lopez"]
    );
    assert_eq!(
        one("Maria Lopez declined to say whether it was safe."),
        Vec::<String>::new()
    );
    // No phrase before "to" is a source: "his supporters ... in Ohio to ask why".
    assert_eq!(
        one("He is encouraging his supporters at a rally in Ohio to ask why."),
        Vec::<String>::new()
    );
}

#[test]
fn a_place_is_no_person_mentioned_or_meant_by_he() {
    let t =
        "Jean-Marc Ayrault, the foreign minister of France, said it was bad. Officials in North \
             Korea were silent. He added that it would pass.";
    let sentences = split_sentences(t, 0);
    let found = attribute(t, &sentences);
    let mentioned: Vec<&str> = found
        .iter()
        .flat_map(|a| a.mentions.iter().map(|m| m.name.as_str()))
        .collect();
    assert!(mentioned.is_empty(), "{mentioned:?}");
    assert_eq!(who(t)[2], ["Jean-Marc Ayrault"]);
}

#[test]
fn an_organisation_opening_the_sentence_is_its_participles_speaker() {
    assert_eq!(
        one("The Harbour Party released a letter to the Tidewater Gazette, saying the vote was rigged."),
        ["Harbour Party"]
    );
    assert_eq!(
        one("The Harbour Party is filing a complaint with the county's ethics board, claiming the count was wrong."),
        ["Harbour Party"]
    );
    // The whole phrase when it goes on with a noun ("Millbrook campaign", not "Millbrook"); not
    // a party's member described.
    assert_eq!(
        one("The Millbrook campaign would do well to target young voters, emphasizing the threat to pensions."),
        ["Millbrook campaign"]
    );
    let text = "Paul Quill spoke in Madison. \
                The Wisconsin Republican did give the mayor some credit, saying the plan was sound.";
    assert_eq!(who(text)[1], ["Paul Quill"]);
    // The one quoted "as saying" speaks; so does the one "with" a participle.
    assert_eq!(
        one("The Tidewater Gazette quoted Mara Quill as saying the vote was rigged."),
        ["Mara Quill"]
    );
    assert_eq!(
        one("The Tidewater Gazette quoted Mara Quill, a Millbrook native, as saying the vote was rigged."),
        ["Mara Quill"]
    );
    assert_eq!(
        one("Republicans were quick to respond, with Tom Reyes tweeting that the vote was a disaster."),
        ["Tom Reyes"]
    );
}

#[test]
fn a_second_verb_after_but_is_the_subjects() {
    assert_eq!(
        one("Mara Quill has disputed both critiques, but says she would choose differently."),
        ["Mara Quill"]
    );
}

#[test]
fn a_noun_for_a_woman_or_a_man_is_the_last_person_of_that_gender() {
    let text = "Mara Quill starred in the film. Tom Reyes directed it. \
                The actress said she was tired of the status quo.";
    assert_eq!(who(text)[2], ["Mara Quill"]);
    let text = "Tom Reyes directed the film. Mara Quill starred in it. \
                The columnist said the film was a triumph.";
    assert_eq!(who(text)[2], ["Mara Quill"]);
}

#[test]
fn the_partys_adjective_alone_is_nobody() {
    assert_eq!(
        one("Democratic candidate Mara Quill, like the mayor, has praised the plan but has said it costs too much."),
        ["Mara Quill"]
    );
}

#[test]
fn a_progressive_verbs_subject_stands_before_its_auxiliary() {
    assert_eq!(
        one("Just after Tom Reyes opened the plant, Mara Quill was saying it would close."),
        ["Mara Quill"]
    );
}

#[test]
fn a_second_verbs_subject_may_be_a_description_opening_the_sentence() {
    let text = "Mara Quill spoke in Ohio. \
                The Democratic nominee also outlined her plan and vowed to “fix the roads.”";
    assert_eq!(who(text)[1], ["Mara Quill"]);
}

#[test]
fn a_pronouns_clause_opening_the_sentence_has_no_subject_to_give() {
    assert!(one(
        "That irritates Harbour Party voters on two levels, suggesting the count was wrong."
    )
    .is_empty());
}
