//! Tests of `names`: each rule as the text it handles and the names a reader finds.

use super::*;
use crate::analysis::tokens::tokenize;

fn names(text: &str) -> Vec<String> {
    let tokens = tokenize(text, &crate::analysis::quotes::find_quotes(text));
    let mentions = find_mentions(text, &tokens);
    let people = People::resolve(text, &tokens, &mentions);
    people
        .of_mention
        .iter()
        .map(|&p| people.names[p].clone())
        .collect()
}

#[test]
fn titles_and_places_are_stripped() {
    assert_eq!(
        names("Trump bashed London Mayor Sadiq Khan on Monday."),
        ["Trump", "Sadiq Khan"]
    );
    assert_eq!(names("It was Sen. Ted Cruz."), ["Ted Cruz"]);
    assert_eq!(names("NY mayor Bill de Blasio spoke."), ["Bill de Blasio"]);
}

#[test]
fn surnames_take_the_full_name() {
    let got = names("London Mayor Sadiq Khan spoke. Mr Khan’s aide agreed. Mr. Khan left.");
    assert_eq!(got, ["Sadiq Khan", "Sadiq Khan", "Sadiq Khan"]);
    // The full name may come later in the article.
    assert_eq!(
        names("Khan says so. Later Sadiq Khan spoke."),
        ["Sadiq Khan", "Sadiq Khan"]
    );
}

#[test]
fn case_variants_share_one_form() {
    let got =
        names("NY mayor Bill de Blasio spoke. New York Mayor Bill De Blasio said Khan was right.");
    assert_eq!(got, ["Bill de Blasio", "Bill de Blasio", "Khan"]);
}

#[test]
fn groups_days_and_organisations_are_not_people() {
    assert!(names("Officials said it was over. Police say so.").is_empty());
    assert!(names("During the White House briefing Monday, nothing.").is_empty());
    assert_eq!(names("But Khan said no."), ["Khan"]);
}

#[test]
fn possessive_owners_and_lone_letters_are_not_names() {
    assert_eq!(names("“Bad,” Halifax’s Eli Norton said."), ["Eli Norton"]);
    assert!(names("A claim was made.").is_empty());
}

#[test]
fn common_words_inside_names() {
    assert_eq!(names("Union chief Lena Hart said so."), ["Lena Hart"]);
    assert_eq!(
        names("Maya Rice spoke. Rice said no."),
        ["Maya Rice", "Maya Rice"]
    );
    assert_eq!(
        names("Fisheries Minister Liam O'Donnell spoke."),
        ["Liam O'Donnell"]
    );
    assert_eq!(names("Vice-President Li Wenhua spoke."), ["Li Wenhua"]);
}

#[test]
fn adjectives_and_credits() {
    assert!(names("Chilean officials said so.").is_empty());
    let tokens = tokenize("(Nora Pike/Daily Star)", &[]);
    assert!(find_mentions("(Nora Pike/Daily Star)", &tokens)[0].credit);
}

#[test]
fn non_ascii_capitals() {
    assert_eq!(names("Élise Côté said so. ÃB Ã spoke."), ["Élise Côté"]);
}

#[test]
fn shorter_full_names_join_longer_ones() {
    let got = names("Yasmin Al Rashed spoke. Al Rashed said so.");
    assert_eq!(got, ["Yasmin Al Rashed", "Yasmin Al Rashed"]);
}

#[test]
fn two_people_with_one_surname_stay_apart() {
    let got = names("Ruth Okafor spoke. Then Sam Okafor spoke. Okafor said no.");
    assert_eq!(got, ["Ruth Okafor", "Sam Okafor", "Sam Okafor"]);
}

#[test]
fn a_first_name_alone_is_the_one_person_with_it() {
    let t = "Chairman Kim Jong-un spoke on Monday. Later Kim met envoys.";
    assert_eq!(names(t), ["Kim Jong-un", "Kim Jong-un"]);
    let t = "The Pacific Ocean is wide. Pacific islands are small.";
    assert_ne!(names(t).get(1).map(String::as_str), Some("Pacific Ocean"));
    let t = "Ana Ruiz and Ana Lopez met. Later Ana left.";
    assert_eq!(names(t)[2], "Ana");
}

#[test]
fn any_word_after_an_honorific_is_a_name() {
    assert_eq!(names("On Tuesday, Ms. May spoke."), ["May"]);
    assert_eq!(names("In March, prices rose."), Vec::<String>::new());
    assert_eq!(names("Ms. March spoke."), ["March"]);
    assert_eq!(names("Mr. Will Reyes spoke."), ["Will Reyes"]);
    // Not a common word before another word: "Father Says Fugitive Son Is Found", a
    // headline, names nobody.
    assert_eq!(
        names("Father Says Fugitive Son Is Found"),
        Vec::<String>::new()
    );
}

#[test]
fn a_lone_name_described_as_a_person() {
    let t = "Roman, a resident of the area, said the sea was calm.";
    assert_eq!(names(t), ["Roman"]);
}

#[test]
fn a_surname_with_a_gendered_title_is_the_person_of_that_gender() {
    // "Mr. Obama" is not the nearest full name, "Michelle Obama", nor the later one.
    let got = names("President Obama spoke. Michelle Obama was there. Mr. Obama left.");
    assert_eq!(got, ["Obama", "Michelle Obama", "Obama"]);
    let got = names("Bill Clinton spoke. Chelsea Clinton came. Mr. Clinton left. Clinton said so.");
    assert_eq!(
        got,
        [
            "Bill Clinton",
            "Chelsea Clinton",
            "Bill Clinton",
            "Bill Clinton"
        ]
    );
    // Titles of both genders leave a lone surname to the nearest full name.
    let got =
        names("Ivan Petrov and Jessica Petrov came. Mr. Petrov and Mrs. Petrov left. Petrov said.");
    assert_eq!(got[4], "Jessica Petrov");
    assert_eq!(got[2], "Ivan Petrov");
}

#[test]
fn a_korean_family_name_that_is_also_a_word() {
    assert_eq!(
        names("Secretary General Ban Ki-moon spoke."),
        ["Ban Ki-moon"]
    );
    assert_eq!(names("But Moon Jae-in left."), ["Moon Jae-in"]);
}

#[test]
fn a_headline_adverb_ends_a_name() {
    assert_eq!(
        names("Then Glenn Beck Just Responded To It."),
        ["Glenn Beck"]
    );
}

#[test]
fn an_epithet_is_no_part_of_a_name() {
    let got =
        names("Hillary Clinton spoke. He wrote: “Crooked Hillary Clinton lies.” Clinton left.");
    assert_eq!(
        got,
        ["Hillary Clinton", "Hillary Clinton", "Hillary Clinton"]
    );
    // A first name that is also a word stays: "Grace Van Patten" is not "Van Patten".
    let got = names("Grace Van Patten spoke. Later Van Patten left.");
    assert_eq!(got, ["Grace Van Patten", "Grace Van Patten"]);
}

#[test]
fn an_organisation_named_with_for_names_no_person() {
    // "Refugees" ends the council's name: it is no one named.
    assert_eq!(
        names("The Canadian Council for Refugees has called for an end to it."),
        Vec::<String>::new()
    );
}

#[test]
fn an_adjective_made_of_a_name_is_none() {
    assert_eq!(
        names("Then Al-Qaeda-linked al-Shabaab said so."),
        ["al-Shabaab"]
    );
    assert_eq!(
        names("The Toronto-based Nadia Jamil spoke."),
        ["Nadia Jamil"]
    );
}
