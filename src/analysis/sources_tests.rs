//! Tests of `sources`: organisations and groups as speakers, each rule as the sentence it
//! handles and the source a reader names.

use crate::analysis::sentences::split_sentences;
use crate::analysis::speakers::{attribute, SpeakerKind};

/// The (name, kind) of every speaker of `text`, sentence after sentence.
fn sources(text: &str) -> Vec<(String, SpeakerKind)> {
    attribute(text, &split_sentences(text, 0))
        .into_iter()
        .flat_map(|a| a.speakers)
        .map(|s| (s.name, s.kind))
        .collect()
}

fn group(name: &str) -> (String, SpeakerKind) {
    (name.to_string(), SpeakerKind::Group)
}

fn organisation(name: &str) -> (String, SpeakerKind) {
    (name.to_string(), SpeakerKind::Organisation)
}

#[test]
fn groups_speak_alone() {
    assert_eq!(
        sources("Officials said the bridge was closed."),
        [group("officials")]
    );
    assert_eq!(
        sources("Critics argue the plan is too costly."),
        [group("critics")]
    );
    assert_eq!(
        sources("The road is shut, according to police."),
        [group("police")]
    );
    assert_eq!(
        sources("South Korean officials said talks would resume."),
        [group("South Korean officials")]
    );
}

#[test]
fn one_of_a_group_needs_a_determiner() {
    assert_eq!(
        sources("A Metro Transit spokesperson said the line would reopen."),
        [group("a Metro Transit spokesperson")]
    );
    assert_eq!(
        sources("“We are looking into it,” a spokesperson for the city said."),
        [group("a spokesperson for the city")]
    );
}

#[test]
fn organisations_by_their_names() {
    assert_eq!(
        sources("The White House said nothing new."),
        [organisation("White House")]
    );
    assert_eq!(
        sources("The Saskatoon Police Service said two men were arrested."),
        [organisation("Saskatoon Police Service")]
    );
    assert_eq!(
        sources("Facebook said in a statement that a fix was coming."),
        [organisation("Facebook")]
    );
    assert_eq!(
        sources("The deal is off, according to the U.S. State Department."),
        [organisation("U.S. State Department")]
    );
}

#[test]
fn an_organisation_before_an_appositive() {
    let t = "The Brook Institute, a think tank, called the program a success.";
    assert_eq!(sources(t), [organisation("Brook Institute")]);
}

#[test]
fn the_company_and_it() {
    let t = "The company said sales fell. It said prices would rise.";
    assert_eq!(
        sources(t),
        [organisation("company"), organisation("company")]
    );
}

#[test]
fn not_said_passive_and_not_a_verb() {
    assert!(sources("Facebook did not say whether it agreed.").is_empty());
    assert!(sources("At least 48 people were reported dead.").is_empty());
    assert!(sources("Trade grew with the United States last year.").is_empty());
    assert!(sources("I'd heard people say the city was safe.").is_empty());
}

#[test]
fn a_party_member_described_is_the_one_just_named() {
    let t = "Senator Mitch Barlow spoke on Monday. “It is wrong,” the Kentucky Republican said.";
    assert_eq!(
        sources(t),
        [("Mitch Barlow".to_string(), SpeakerKind::Person)]
    );
}

#[test]
fn mentions_are_the_people_named_who_do_not_speak() {
    let t = "Maria Lopez said Tom Reed was wrong. Dana Wells mocked Reed’s comment.";
    let a = attribute(t, &split_sentences(t, 0));
    let names = |k: usize| -> Vec<&str> { a[k].mentions.iter().map(|m| m.name.as_str()).collect() };
    assert_eq!(names(0), ["Tom Reed"]);
    assert_eq!(names(1), ["Dana Wells", "Tom Reed"]);
    assert!(a[1].speakers.is_empty());
    let reed = &a[1].mentions[1];
    assert_eq!(&t[reed.start..reed.end], "Reed");
}

#[test]
fn the_company_is_the_organisation_that_spoke() {
    let t = "Facebook said it was sorry. The company said a fix was near.";
    assert_eq!(
        sources(t),
        [organisation("Facebook"), organisation("Facebook")]
    );
}

#[test]
fn a_group_keeps_the_name_it_was_introduced_by() {
    let t = "A justice official said the case was strong. The justice official added more.";
    assert_eq!(
        sources(t),
        [group("a justice official"), group("a justice official")]
    );
    assert_eq!(
        sources("Some residents say they were not asked."),
        [group("some residents")]
    );
}

#[test]
fn a_phrase_after_the_head_belongs_to_the_name() {
    assert_eq!(
        sources("The talks stalled, according to sources familiar with the negotiations."),
        [group("sources familiar with the negotiations")]
    );
    assert_eq!(
        sources("A citizen, whose name is redacted, wrote that the rule was unfair."),
        [group("a citizen")]
    );
    assert_eq!(
        sources("His father said he had left early."),
        [group("father")]
    );
}

#[test]
fn a_person_owning_a_source_is_mentioned_not_speaking() {
    let t = "Mayor Sadiq Khan was away. Mr Khan’s spokesperson said the remarks were wrong.";
    let a = attribute(t, &split_sentences(t, 0));
    assert_eq!(a[1].speakers[0].name, "spokesperson");
    assert_eq!(a[1].mentions[0].name, "Sadiq Khan");
}

#[test]
fn they_is_the_group_the_sentence_opened_with() {
    let t = "Republican senators are eager to vote, and they say the bill is ready.";
    assert_eq!(sources(t), [group("Republican senators")]);
}

#[test]
fn a_headline_drops_the_determiner() {
    assert_eq!(
        sources("Witness says water surged inland"),
        [group("witness")]
    );
}

#[test]
fn an_organisation_noun_stands_for_the_organisation_it_introduced() {
    let t = "Researchers at security firm Northgate Labs found the flaw. “It is spreading,” the \
             firm said.";
    assert_eq!(sources(t), [organisation("Northgate Labs")]);
    let t = "Harbour Transit, the regional transit agency, disputed it. The agency told reporters \
             it had done no study.";
    assert_eq!(sources(t), [organisation("Harbour Transit")]);
    let t = "Advocacy group Friends of the Valley sued. The group said the law was unfair.";
    assert_eq!(sources(t), [organisation("Friends of the Valley")]);
    // A noun that introduced nobody, or a person's description, stays the noun.
    let t = "Lena Park, a spokeswoman for the parent company, left. The company said profits rose.";
    assert_eq!(sources(t), [organisation("company")]);
    // Only what came before: the organisation introduced later is another.
    let t = "The firm said it would appeal. Later, security firm Northgate Labs joined.";
    assert_eq!(sources(t), [organisation("firm")]);
}

#[test]
fn a_group_named_with_the_inside_a_name() {
    assert_eq!(
        sources("Out of the Cold program users report they prefer churches."),
        [group("Out of the Cold program users")]
    );
}

#[test]
fn a_capitalised_word_may_describe_a_group_after_according_to() {
    assert_eq!(
        sources("The base will stay open, according to Portuguese military officials."),
        [group("Portuguese military officials")]
    );
    assert_eq!(
        sources("The ads begin next year, according to a Harbour Party official."),
        [group("a Harbour Party official")]
    );
    // A title before a name: the person speaks, not the group.
    let person = sources("“It is done,” said Ostrova campaign manager Lena Quill.");
    assert_eq!(person.len(), 1);
    assert_eq!(person[0].0, "Lena Quill");
}
