//! Who speaks: each case of speaker attribution, on articles written for these tests, read back
//! through the export as a script would.

mod common;

use common::{export, ingest, query_json, sample_corpus, speakers, write_articles};
use serde_json::Value;

/// Ingests one article holding `body` (dated 2019-05-06) and exports its sentences.
fn attributed(body: &str) -> Vec<Value> {
    let dir = write_articles(&[("story.txt", &format!("date 2019-05-06\n{body}"))]);
    let (_scratch, index) = ingest(dir.path());
    export(&index)
}

/// The sentence that starts with `opening`, failing the test if there is none.
fn sentence<'a>(docs: &'a [Value], opening: &str) -> &'a Value {
    docs.iter()
        .find(|d| d["text"].as_str().unwrap().starts_with(opening))
        .unwrap_or_else(|| panic!("no sentence starts with {opening:?}"))
}

/// The speakers of the sentence that starts with `opening`.
fn who(docs: &[Value], opening: &str) -> Vec<String> {
    speakers(sentence(docs, opening))
}

/// The quoted texts of a sentence, marks included, cut out of the article by its quote spans.
fn quoted(doc: &Value, article: &str) -> Vec<String> {
    doc["quote_spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|span| {
            let (start, end) = (span[0].as_u64().unwrap(), span[1].as_u64().unwrap());
            article[start as usize..end as usize].to_string()
        })
        .collect()
}

#[test]
fn quotation_marks_of_every_kind_are_quotes_and_apostrophes_are_not() {
    let body = "“The bridge will reopen in May,” said Mayor Ada Quill.\n\n\
        \"We are ready,\" Tom Reyes said.\n\n\
        « We will be there », said Claire Dubois.\n\n\
        The council should “think fast on the “no reason to worry” statement”, Quill said.\n\n\
        Quill’s plan for rock 'n' roll nights in the '90s style drew crowds, Reyes said.\n";
    let docs = attributed(body);
    let article = format!("date 2019-05-06\n{body}");
    let curly = sentence(&docs, "“The bridge");
    assert_eq!(speakers(curly), ["Ada Quill"]);
    assert_eq!(
        quoted(curly, &article),
        ["“The bridge will reopen in May,”"]
    );
    assert_eq!(who(&docs, "\"We are ready"), ["Tom Reyes"]);
    assert_eq!(who(&docs, "« We will"), ["Claire Dubois"]);
    let nested = sentence(&docs, "The council should");
    assert_eq!(speakers(nested), ["Ada Quill"]);
    assert_eq!(
        quoted(nested, &article),
        ["“think fast on the “no reason to worry” statement”"]
    );
    let apostrophes = sentence(&docs, "Quill’s plan");
    assert_eq!(speakers(apostrophes), ["Tom Reyes"]);
    assert_eq!(apostrophes["quote"], false);
}

#[test]
fn unbalanced_marks_never_fail_and_what_can_be_is_attributed() {
    let docs = attributed(
        "“We will not stop, said union leader Mira Holt.\n\n\
         The plant closes in June.\n\n\
         Holt said the vote was fair.\n",
    );
    assert_eq!(docs.len(), 3);
    let unclosed = sentence(&docs, "“We will not stop");
    assert_eq!(speakers(unclosed), ["Mira Holt"]);
    let article = format!("date 2019-05-06\n{}", "“We will not stop,");
    assert_eq!(quoted(unclosed, &article), ["“We will not stop,"]);
    assert_eq!(sentence(&docs, "The plant closes")["quote"], false);
    assert_eq!(who(&docs, "Holt said"), ["Mira Holt"]);
}

#[test]
fn a_quotation_over_several_sentences_and_paragraphs_is_its_speakers() {
    let docs = attributed(
        "Mayor Ada Quill spoke at the opening.\n\n\
         “The first part of the plan is the bridge. It is nearly done.\n\n\
         “The second part is the ferry. It starts in June,” Quill said.\n\n\
         The crowd cheered.\n",
    );
    for opening in [
        "“The first part",
        "It is nearly done",
        "“The second part",
        "It starts in June",
    ] {
        assert_eq!(who(&docs, opening), ["Ada Quill"], "{opening}");
        assert_eq!(sentence(&docs, opening)["quote"], true, "{opening}");
    }
    assert!(who(&docs, "The crowd").is_empty());
}

#[test]
fn cues_in_both_orders_split_quotes_and_colons() {
    let docs = attributed(
        "“The budget is balanced,” Tom Reyes said.\n\n\
         “The budget is not balanced,” said Ada Quill.\n\n\
         Mira Holt said: “We will vote no.”\n\n\
         “We start on Monday,” she said. “Nobody will stop us.”\n\n\
         Lena Hart told reporters: “The ships will wait.”\n",
    );
    assert_eq!(who(&docs, "“The budget is balanced"), ["Tom Reyes"]);
    assert_eq!(who(&docs, "“The budget is not"), ["Ada Quill"]);
    assert_eq!(who(&docs, "Mira Holt said"), ["Mira Holt"]);
    assert_eq!(who(&docs, "“We start on Monday"), ["Mira Holt"]);
    assert_eq!(who(&docs, "“Nobody will stop us"), ["Mira Holt"]);
    assert_eq!(who(&docs, "Lena Hart told"), ["Lena Hart"]);
}

#[test]
fn appositives_reported_speech_and_a_cue_far_from_the_name() {
    let docs = attributed(
        "Lena Hart, a spokeswoman for the Kestrel Bay port authority, said the ships would wait.\n\n\
         Tom Reyes says that the budget is balanced.\n\n\
         Mira Holt told reporters the vote was fair.\n\n\
         Ada Quill, who has led the council since 2009 and who fought the closure of three \
         plants in the valley, said the deal was good.\n\n\
         According to Tom Reyes, the ferry is late.\n\n\
         Rep. Dana Fields, D-Ore., the chair of the panel, said the bill was ready.\n\n\
         Sen. Carl Winters of Vermont, the chair of the budget committee, said a long standoff \
         helps nobody.\n\n\
         The north shore was also hit, said Ana Ruiz, a spokeswoman for the agency.\n",
    );
    assert_eq!(who(&docs, "Lena Hart, a"), ["Lena Hart"]);
    assert_eq!(who(&docs, "Tom Reyes says"), ["Tom Reyes"]);
    assert_eq!(who(&docs, "Mira Holt told"), ["Mira Holt"]);
    assert_eq!(who(&docs, "Ada Quill, who"), ["Ada Quill"]);
    assert_eq!(who(&docs, "According to"), ["Tom Reyes"]);
    assert_eq!(who(&docs, "Rep. Dana Fields"), ["Dana Fields"]);
    assert_eq!(who(&docs, "Sen. Carl Winters"), ["Carl Winters"]);
    assert_eq!(who(&docs, "The north shore"), ["Ana Ruiz"]);
}

#[test]
fn speakers_resolve_to_the_fullest_name_the_article_gives() {
    let docs = attributed(
        "Harbour City Mayor Ada Quill opened the bridge on Monday. Tom Reyes, a councillor, \
         watched.\n\n\
         Ms Quill said the work was done on time.\n\n\
         Quill said the ferry comes next.\n\n\
         “It was hard,” she said.\n\n\
         The mayor said the city would celebrate.\n\n\
         Bill De Blasio said the two cities were alike. Bill de Blasio spoke later too, \
         De Blasio said.\n\n\
         Dorie Greenspan and her husband Michael Greenspan came too. “We love bridges,” says \
         Michael.\n",
    );
    assert_eq!(who(&docs, "Ms Quill said"), ["Ada Quill"]);
    assert_eq!(who(&docs, "Quill said the ferry"), ["Ada Quill"]);
    assert_eq!(who(&docs, "“It was hard"), ["Ada Quill"]);
    assert_eq!(who(&docs, "The mayor said"), ["Ada Quill"]);
    let de_blasio = who(&docs, "Bill De Blasio said");
    assert_eq!(who(&docs, "Bill de Blasio spoke"), de_blasio);
    assert_eq!(who(&docs, "“We love bridges"), ["Michael Greenspan"]);
}

#[test]
fn a_person_owning_a_source_is_named_in_full_and_mentioned_not_speaking() {
    let docs = attributed(
        "Premier Nora Vance's office declined to comment on Monday.\n\n\
         Vance's office said later that the premier would visit the port.\n\n\
         According to Vance's office, the visit is set for June.\n\n\
         Senator Eli Marsh's aides said he was tired.\n\n\
         Mr Marsh's spokesperson said the senator would rest.\n\n\
         Ontario's government said it would wait.\n",
    );
    // Named, though nobody speaks: a search for what is said about her finds it.
    let declined = sentence(&docs, "Premier Nora Vance's office declined");
    assert!(speakers(declined).is_empty());
    assert_eq!(declined["mentions"], serde_json::json!(["Nora Vance"]));
    // Her office speaks under her full name; she is mentioned.
    let office = sentence(&docs, "Vance's office said");
    assert_eq!(speakers(office), ["Nora Vance's office"]);
    assert_eq!(office["speaker_kinds"], serde_json::json!(["organisation"]));
    assert_eq!(office["mentions"], serde_json::json!(["Nora Vance"]));
    assert_eq!(
        who(&docs, "According to Vance's office"),
        ["Nora Vance's office"]
    );
    assert_eq!(
        who(&docs, "Senator Eli Marsh's aides"),
        ["Eli Marsh's aides"]
    );
    // One who speaks for a person is not them, nor named after them.
    assert_eq!(who(&docs, "Mr Marsh's spokesperson"), ["spokesperson"]);
    // A place owning a source is no person.
    assert_eq!(who(&docs, "Ontario's government"), ["Ontario's government"]);
}

#[test]
fn a_place_or_employer_after_a_name_does_not_speak_and_two_joined_names_do() {
    let docs = attributed(
        "Sen. Tom Whitfield of Ohio opened the debate.\n\n\
         Sen. Karen Oduya of Michigan said she would vote no.\n\n\
         Economists at Harbour Capital wrote that growth would slow.\n\n\
         White House Chief of Staff Dana Reyes said the president would sign.\n\n\
         “We got it done,” Whitfield and Oduya said in a joint statement.\n\n\
         Critics attacked Whitfield and Oduya said nothing.\n",
    );
    assert_eq!(who(&docs, "Sen. Karen Oduya"), ["Karen Oduya"]);
    let economists = sentence(&docs, "Economists at");
    assert_eq!(speakers(economists), ["economists at Harbour Capital"]);
    assert_eq!(economists["speaker_kinds"], serde_json::json!(["group"]));
    assert_eq!(who(&docs, "White House Chief"), ["Dana Reyes"]);
    assert_eq!(
        who(&docs, "“We got it done"),
        ["Tom Whitfield", "Karen Oduya"]
    );
    // A name after a verb is its object, not a second speaker.
    assert_eq!(who(&docs, "Critics attacked"), ["Karen Oduya"]);
}

#[test]
fn a_role_someone_held_is_not_the_role_they_hold() {
    let docs = attributed(
        "Gov. Ada Quill signed the bill on a show hosted by former Gov. Tom Reyes.\n\n\
         The governor said the bill would pass.\n\n\
         The former governor said he agreed.\n",
    );
    assert_eq!(who(&docs, "The governor said"), ["Ada Quill"]);
    assert_eq!(who(&docs, "The former governor said"), ["Tom Reyes"]);
}

#[test]
fn a_role_is_whoever_holds_it_as_described() {
    let docs = attributed(
        "Republican nominee Tom Reyes spoke in Ohio. Democratic nominee Ada Quill spoke in \
         Iowa.\n\n\
         The Republican nominee said the polls were wrong.\n\n\
         The GOP nominee said he would win.\n\n\
         The Democratic nominee said she was ready.\n\n\
         President Nora Vance met Vice President Eli Marsh and foreign ministry spokesman \
         Hong Wei.\n\n\
         The president said the talks went well.\n\n\
         The spokesman said the talks would go on.\n",
    );
    assert_eq!(who(&docs, "The Republican nominee"), ["Tom Reyes"]);
    assert_eq!(who(&docs, "The GOP nominee"), ["Tom Reyes"]);
    assert_eq!(who(&docs, "The Democratic nominee"), ["Ada Quill"]);
    // The vice president, named last, is not "the president".
    assert_eq!(who(&docs, "The president said"), ["Nora Vance"]);
    // A title in lower case before a name is a title too.
    assert_eq!(who(&docs, "The spokesman said"), ["Hong Wei"]);
}

#[test]
fn an_uncued_quote_takes_the_speaker_of_the_sentence_before_read_past_page_furniture() {
    let docs = attributed(
        "A reporter asked Mayor Ada Quill about the delay.\n\n\
         “It will open in May.”\n\n\
         Tom Reyes said the ferry is late.\n\n\
         Article Continued Below\n\n\
         “Nobody told us why.”\n",
    );
    assert_eq!(who(&docs, "“It will open"), ["Ada Quill"]);
    assert_eq!(who(&docs, "“Nobody told us"), ["Tom Reyes"]);
    assert!(who(&docs, "Article Continued Below").is_empty());
    assert!(sentence(&docs, "Article Continued Below")["mentions"]
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn kinds_and_mentions_are_told_apart_and_filterable() {
    let dir = write_articles(&[(
        "port.txt",
        "date 2019-05-06\nOfficials said the port would close.\n\n\
         The Kestrel Bay Port Authority said in a statement that ships would wait.\n\n\
         Tom Reyes said the closure was a mistake.\n\n\
         Reyes criticised Ada Quill's plan on Monday.\n",
    )]);
    let (_scratch, index) = ingest(dir.path());
    let docs = export(&index);
    let kinds = |opening: &str| sentence(&docs, opening)["speaker_kinds"].clone();
    assert_eq!(kinds("Officials said"), serde_json::json!(["group"]));
    assert_eq!(
        kinds("The Kestrel Bay Port Authority"),
        serde_json::json!(["organisation"])
    );
    assert_eq!(kinds("Tom Reyes said"), serde_json::json!(["person"]));
    let criticised = sentence(&docs, "Reyes criticised");
    assert!(speakers(criticised).is_empty());
    assert_eq!(
        criticised["mentions"],
        serde_json::json!(["Tom Reyes", "Ada Quill"])
    );

    let persons = query_json(&index, &["--kind", "person"]);
    assert_eq!(persons.len(), 1);
    assert_eq!(speakers(&persons[0]), ["Tom Reyes"]);
    let about_quill = query_json(&index, &["--mentions", "Quill"]);
    assert_eq!(about_quill.len(), 1);
    assert!(about_quill[0]["text"]
        .as_str()
        .unwrap()
        .starts_with("Reyes criticised"));
    assert!(query_json(&index, &["--person", "Quill"]).is_empty());
}

#[test]
fn publications_bodies_and_countries_speak_as_organisations_not_people() {
    let body = "The Harbour Examiner reported that the ferry would stop.\n\n\
        The Pentagon said it had no record of the order.\n\n\
        Norway flatly denied the report.\n\n\
        The U.S. alleges that the firm misled its banks.\n\n\
        Jobs grew, according to a new survey by the Kestrel Institute.\n\n\
        The ferry was late, according to the memo obtained by the Harbour Examiner.\n\n\
        Envoy to the U.N. Susan Marlow said the talks had failed.\n\n\
        Photograph: Dana Pike/Harbour Examiner\n";
    let docs = attributed(body);
    let kinds = |opening: &str| sentence(&docs, opening)["speaker_kinds"].clone();
    let organisation = serde_json::json!(["organisation"]);
    assert_eq!(who(&docs, "The Harbour Examiner"), ["Harbour Examiner"]);
    assert_eq!(kinds("The Harbour Examiner"), organisation);
    assert_eq!(who(&docs, "The Pentagon"), ["Pentagon"]);
    assert_eq!(kinds("The Pentagon"), organisation);
    assert_eq!(who(&docs, "Norway"), ["Norway"]);
    assert_eq!(kinds("Norway"), organisation);
    assert_eq!(who(&docs, "The U.S. alleges"), ["U.S"]);
    assert_eq!(kinds("The U.S. alleges"), organisation);
    assert_eq!(who(&docs, "Jobs grew"), ["Kestrel Institute"]);
    // What a memo says is not the word of the paper that obtained it.
    assert!(who(&docs, "The ferry was late").is_empty());
    // "U.N." is the body's, not a part of the envoy's name.
    assert_eq!(who(&docs, "Envoy to the U.N."), ["Susan Marlow"]);
    // A photo credit names no speaker.
    assert!(who(&docs, "Photograph").is_empty());
    assert!(sentence(&docs, "Photograph")["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m != "Photograph"));
}

#[test]
fn the_organisation_a_noun_stands_for_is_the_one_named_with_it() {
    let body = "The Marlow administration announced a new ferry rule.\n\n\
        Officials from the Quill campaign met donors on Monday.\n\n\
        The administration said the rule would take effect in May.\n\n\
        The campaign said the meeting went well.\n\n\
        The Kestrel Union of Nurses met on Tuesday.\n\n\
        The union said only one ambulance was free.\n\n\
        Trail Watch Kestrel is an advocacy group for hikers.\n\n\
        The group says the trails must stay open.\n";
    let docs = attributed(body);
    assert_eq!(
        who(&docs, "The administration said"),
        ["Marlow administration"]
    );
    assert_eq!(who(&docs, "The campaign said"), ["Quill campaign"]);
    assert_eq!(who(&docs, "The union said"), ["Kestrel Union of Nurses"]);
    assert_eq!(who(&docs, "The group says"), ["Trail Watch Kestrel"]);
    let kinds = sentence(&docs, "The union said")["speaker_kinds"].clone();
    assert_eq!(kinds, serde_json::json!(["organisation"]));

    // A president heads an administration the article never names; what a titled person owns
    // is not their name.
    let body = "President Lena Marlow’s Harbour Care Act passed on Friday.\n\n\
        Vice-President Tom Reyes was away.\n\n\
        The administration said the act would stand.\n";
    let docs = attributed(body);
    assert_eq!(
        sentence(&docs, "President Lena Marlow’s")["mentions"],
        serde_json::json!(["Lena Marlow"])
    );
    assert_eq!(
        who(&docs, "The administration said"),
        ["Marlow administration"]
    );
}

#[test]
fn offices_and_their_holders_are_told_apart() {
    let body = "“The quota will hold,” said Secretary of Fisheries Tom Marlow.\n\n\
        Senate Majority Whip Ada Quill said the vote would wait.\n\n\
        “We will sue,” said Harbour Watch president Dana Pike.\n\n\
        I’m not leaving, Tom Reyes said.\n";
    let docs = attributed(body);
    assert_eq!(who(&docs, "“The quota"), ["Tom Marlow"]);
    assert_eq!(who(&docs, "Senate Majority Whip"), ["Ada Quill"]);
    assert_eq!(who(&docs, "“We will sue"), ["Dana Pike"]);
    let leaving = sentence(&docs, "I’m not leaving");
    assert_eq!(speakers(leaving), ["Tom Reyes"]);
    assert!(leaving["mentions"].as_array().unwrap().is_empty());
}

#[test]
fn a_link_card_repeating_a_name_does_not_become_part_of_it() {
    let body = "Councillor Dana Pike opened the bridge.\n\n\
        The mayor praised Councillor Pike Dana Marie PikeCouncil votes on ferry plan MORE on Sunday.\n\n\
        Pike said the bridge was safe.\n";
    let docs = attributed(body);
    assert_eq!(who(&docs, "Pike said"), ["Dana Pike"]);
    let people: Vec<String> = docs
        .iter()
        .flat_map(|d| d["mentions"].as_array().unwrap().clone())
        .map(|m| m.as_str().unwrap().to_string())
        .collect();
    assert!(people.iter().all(|p| p == "Dana Pike"), "{people:?}");
}

#[test]
fn link_cards_with_a_legal_name_or_a_nickname_are_cut_to_the_name_shown() {
    let docs = attributed(
        "The vote pleased Councillor Dana Pike Dana (Dee) Marie PikeFerry vote delayed MORE and others.\n\n\
         “The bridge is safe,” Pike said.\n\n\
         Mayor Tom Reyes Thomas (Tom) Albert ReyesCouncil backs plan MORE praised the vote.\n\n\
         “It was a good day,” Reyes said.\n\n\
         “We are ready,” said Dee Dee Holt, a ferry captain.\n",
    );
    assert_eq!(who(&docs, "“The bridge is safe,”"), ["Dana Pike"]);
    assert_eq!(who(&docs, "“It was a good day,”"), ["Tom Reyes"]);
    // A first name said twice is a name, not a card.
    assert_eq!(who(&docs, "“We are ready,”"), ["Dee Dee Holt"]);
}

#[test]
fn the_export_gives_each_speakers_mention_and_offsets_and_the_quoted_spans() {
    let body = "Harbour City Mayor Ada Quill opened the bridge.\n\n\
                “We did it,” she said, “and on time.”\n";
    let docs = attributed(body);
    let article = format!("date 2019-05-06\n{body}");
    let doc = sentence(&docs, "“We did it");
    let mention = &doc["speaker_mentions"][0];
    assert_eq!(mention["name"], "Ada Quill");
    assert_eq!(mention["kind"], "person");
    assert_eq!(mention["text"], "she");
    let (start, end) = (
        mention["start"].as_u64().unwrap() as usize,
        mention["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&article[start..end], "she");
    assert_eq!(quoted(doc, &article), ["“We did it,”", "“and on time.”"]);
}

#[test]
fn the_seed_articles_quotes_are_attributed_as_a_reader_would() {
    let (_scratch, index) = ingest(&sample_corpus());
    let docs: Vec<Value> = export(&index)
        .into_iter()
        .filter(|d| d["article"] == "uk/2017/london-bridge-2017.txt")
        .collect();
    assert_eq!(who(&docs, "Khan says that"), ["Sadiq Khan"]);
    assert_eq!(
        who(&docs, "“Honestly I’ve got better"),
        ["Sarah Huckabee Sanders"]
    );
    assert_eq!(who(&docs, "NY mayor Bill de Blasio"), ["Bill de Blasio"]);
    assert_eq!(
        who(&docs, "New York Mayor Bill De Blasio"),
        ["Bill de Blasio"]
    );
    assert_eq!(who(&docs, "Mr Khan’s spokesperson"), ["spokesperson"]);
    assert_eq!(who(&docs, "In one of a series of tweets"), ["Trump"]);
    let took_office = sentence(&docs, "Khan, a member of the Labour Party");
    assert!(speakers(took_office).is_empty());
    assert_eq!(took_office["mentions"], serde_json::json!(["Sadiq Khan"]));
}

#[test]
fn datelines_captions_and_reporters_credits_are_not_speakers() {
    let docs = attributed(
        "HARBOUR CITY, N.S. — Ada Quill is warning voters to be wary of rumours.\n\n\
         As Dana Marsh reports, a rally is planned for Monday.\n\n\
         Tom Reyes, a retired porter, looks at a display of photos. (THE HARBOUR PRESS FILE PHOTO)\n\n\
         The porters’ trip drew national attention. “We went to the capital,” he says.\n\n\
         Mr. Holt told the House before slamming Ms. Quill’s offer that the plan had failed.\n",
    );
    assert_eq!(who(&docs, "HARBOUR CITY"), ["Ada Quill"]);
    assert!(who(&docs, "As Dana Marsh reports").is_empty());
    assert!(who(&docs, "Tom Reyes, a retired porter").is_empty());
    // The caption introduced Tom Reyes, but "he" is nobody the prose has named.
    assert_ne!(who(&docs, "The porters’ trip"), ["Tom Reyes"]);
    assert_eq!(who(&docs, "Mr. Holt told"), ["Holt"]);
}

#[test]
fn someone_just_introduced_with_an_age_is_the_next_he() {
    let docs = attributed(
        "Tom Reyes joined the program in May. “It changed my life,” he says.\n\n\
         It also helped Harbour City accountant Paul Quill, 50. “I sleep better now,” he says.\n",
    );
    assert_eq!(who(&docs, "“It changed"), ["Tom Reyes"]);
    assert_eq!(who(&docs, "“I sleep better"), ["Paul Quill"]);
}

#[test]
fn headings_outlets_and_captions_run_into_the_text_name_nobody() {
    let docs = attributed(
        "OPINION: Harbour City needs a new ferry\n\n\
         Sign up for Daily Opinion Newsletter\n\n\
         Photos: Ada Quill's years in office in the spotlight After Quill won the vote, she thanked her staff.\n\n\
         \"We will build it,\" Quill said.\n\n\
         Tom Reyes worked for Harbour Roll Call and the Daily Ledger before he joined the council.\n",
    );
    // A heading's label is no transcript speaker, even when a "Daily Opinion" is named later.
    assert!(who(&docs, "OPINION:").is_empty());
    // "After" opens no name: the caption's "After Quill" is Ada Quill.
    assert_eq!(who(&docs, "\"We will build it,\""), ["Ada Quill"]);
    // A capitalised "Call" inside an outlet's name is no cue.
    assert!(who(&docs, "Tom Reyes worked").is_empty());
}
