//! `whosaid query` on the sample corpus: keywords, people, dates, output and exit status.

mod common;

use common::{export, ingest, query_json, sample_corpus, speakers, whosaid};
use predicates::str::contains;

#[test]
fn a_keyword_finds_the_one_article_that_has_it() {
    let (_scratch, index) = ingest(&sample_corpus());
    let hits = query_json(&index, &["girders"]);
    assert!(!hits.is_empty());
    for hit in &hits {
        assert_eq!(
            hit["article"],
            "canada/ontario/millbrook-bridge-closure.txt"
        );
        assert!(hit["text"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("girder"));
        assert!(hit["score"].as_f64().unwrap() > 0.0);
    }
}

#[test]
fn a_phrase_and_a_negation() {
    let (_scratch, index) = ingest(&sample_corpus());
    let hits = query_json(&index, &["\"travel ban\""]);
    assert!(hits.iter().all(|h| h["text"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains("travel ban")));
    assert!(!hits.is_empty());
    let without = query_json(&index, &["\"travel ban\" -tweets"]);
    assert!(without.len() < hits.len());
}

#[test]
fn a_person_by_surname_finds_what_sadiq_khan_says() {
    let (_scratch, index) = ingest(&sample_corpus());
    for person in ["Khan", "khan", "Sadiq Khan"] {
        let hits = query_json(&index, &["--person", person, "--limit", "100"]);
        let says = hits
            .iter()
            .find(|h| {
                h["text"]
                    .as_str()
                    .unwrap()
                    .starts_with("Khan says that London residents should expect")
            })
            .unwrap_or_else(|| panic!("--person {person} misses Khan's statement: {hits:?}"));
        assert_eq!(speakers(says), vec!["Sadiq Khan"]);
        assert!(hits
            .iter()
            .all(|h| speakers(h).contains(&"Sadiq Khan".to_string())));
    }
}

#[test]
fn the_whole_name_field_and_the_kind_filter() {
    let corpus = common::write_articles(&[(
        "harbour.txt",
        "date 2021-05-04\n\
         \u{201c}The ferry will run all summer,\u{201d} said Nadia Khan, the harbour master.\n\n\
         \u{201c}We were never asked,\u{201d} said Omar Khan, who runs the kiosk.\n\n\
         The Harbour Board said in a statement that fares would not rise.\n",
    )]);
    let (_scratch, index) = ingest(corpus.path());
    let said_by = |args: &[&str]| -> Vec<Vec<String>> {
        query_json(&index, args).iter().map(speakers).collect()
    };
    // A word of the name finds both; the whole name, in any case, one.
    assert_eq!(said_by(&["speakers:khan"]).len(), 2);
    assert_eq!(said_by(&["speaker:\"nadia khan\""]), [["Nadia Khan"]]);
    assert_eq!(said_by(&["speaker:\"Omar Khan\""]), [["Omar Khan"]]);
    assert!(said_by(&["speaker:khan"]).is_empty());
    // The kind is its own filter: the board is an organisation, the Khans are people.
    assert_eq!(
        said_by(&["--kind", "organisation"]),
        [["Harbour Board"]],
        "{:?}",
        said_by(&["--kind", "organisation"])
    );
    let people = said_by(&["--kind", "person"]);
    assert_eq!(people.len(), 2, "{people:?}");
    assert!(people.iter().flatten().all(|name| name.ends_with("Khan")));
}

#[test]
fn a_person_who_never_speaks_finds_nothing_and_exits_1() {
    let (_scratch, index) = ingest(&sample_corpus());
    whosaid()
        .args(["query", "--person", "Nobody Atall", "--index"])
        .arg(&index)
        .assert()
        .code(1)
        .stdout("");
}

#[test]
fn a_date_range_includes_the_seed_and_one_before_it_excludes_it() {
    let (_scratch, index) = ingest(&sample_corpus());
    let on_the_day = query_json(
        &index,
        &[
            "--from",
            "2017-06-09",
            "--to",
            "2017-06-09",
            "--limit",
            "1000",
        ],
    );
    assert!(on_the_day.len() > 10);
    assert!(on_the_day
        .iter()
        .all(|h| h["article"] == "uk/2017/london-bridge-2017.txt"));
    let before = query_json(&index, &["--to", "2017-06-08", "--limit", "1000"]);
    assert!(!before.is_empty());
    assert!(before
        .iter()
        .all(|h| h["date"].as_str().unwrap() <= "2017-06-08"));
    let month = query_json(&index, &["London", "--from", "2017-06", "--to", "2017-06"]);
    assert!(!month.is_empty());
}

#[test]
fn filters_without_words_list_newest_first() {
    let (_scratch, index) = ingest(&sample_corpus());
    let hits = query_json(&index, &["--from", "2016", "--limit", "1000"]);
    let dates: Vec<&str> = hits.iter().map(|h| h["date"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
}

#[test]
fn json_lines_carry_the_export_fields_and_a_score() {
    let (_scratch, index) = ingest(&sample_corpus());
    let hits = query_json(&index, &["London"]);
    assert!(!hits.is_empty() && hits.len() <= 10);
    for field in [
        "id",
        "article",
        "sentence",
        "start",
        "end",
        "paragraph",
        "date",
        "text",
        "speakers",
        "quote",
        "score",
    ] {
        assert!(hits[0].get(field).is_some(), "no {field} in {}", hits[0]);
    }
}

#[test]
fn human_output_shows_date_speaker_article_and_text() {
    let (_scratch, index) = ingest(&sample_corpus());
    whosaid()
        .args(["query", "residents", "--person", "Khan", "--index"])
        .arg(&index)
        .assert()
        .success()
        .stdout(contains(
            "2017-06-09  Sadiq Khan  uk/2017/london-bridge-2017.txt#",
        ))
        .stdout(contains("Khan says that London residents should expect"));
}

#[test]
fn nothing_found_exits_1_and_a_missing_index_exits_2() {
    let (_scratch, index) = ingest(&sample_corpus());
    whosaid()
        .args(["query", "zyzzyva", "--index"])
        .arg(&index)
        .assert()
        .code(1);
    let missing = tempfile::tempdir().unwrap();
    whosaid()
        .args(["query", "london", "--index"])
        .arg(missing.path().join("none"))
        .assert()
        .code(2)
        .stderr(contains("no index at"))
        .stderr(contains("whosaid ingest"));
}

#[test]
fn bad_dates_and_bad_queries_say_how_to_write_them() {
    let (_scratch, index) = ingest(&sample_corpus());
    let run = |args: &[&str]| {
        whosaid()
            .arg("query")
            .args(args)
            .arg("--index")
            .arg(&index)
            .assert()
    };
    run(&["--from", "2017-02-30"])
        .code(2)
        .stderr(contains("not a day"));
    run(&["--from", "yesterday"])
        .code(2)
        .stderr(contains("YYYY-MM-DD"));
    for malformed in ["\"unclosed", "AND AND", "speakers:"] {
        run(&[malformed])
            .code(2)
            .stderr(contains("cannot read the query"))
            .stderr(contains("write words"));
    }
    run(&["london", "--limit", "0"]).code(2);
}

#[test]
fn the_index_comes_from_the_environment_when_not_given() {
    let (_scratch, index) = ingest(&sample_corpus());
    whosaid()
        .args(["query", "girders"])
        .env("WHOSAID_INDEX", &index)
        .assert()
        .success()
        .stdout(contains("millbrook-bridge-closure.txt"));
}

#[test]
fn quote_true_and_quote_false_split_the_sentences_between_them() {
    let (_scratch, index) = ingest(&sample_corpus());
    let all = export(&index);
    let ids = |query: &str| -> Vec<String> {
        let hits = query_json(&index, &["--limit", "100000", query]);
        hits.iter()
            .map(|h| h["id"].as_str().unwrap().to_string())
            .collect()
    };
    let quoting = ids("quote:true");
    let not_quoting = ids("quote:false");
    assert!(!quoting.is_empty() && !not_quoting.is_empty());
    assert_eq!(quoting.len() + not_quoting.len(), all.len());
    for doc in &all {
        let id = doc["id"].as_str().unwrap().to_string();
        let quotes = doc["quote"].as_bool().unwrap();
        assert_eq!(quoting.contains(&id), quotes, "{id}");
        assert_eq!(not_quoting.contains(&id), !quotes, "{id}");
    }
    // Inside a larger query too: words and "not quoting", or either.
    let said = ids("said");
    let said_unquoted = ids("said AND quote:false");
    assert!(!said_unquoted.is_empty() && said_unquoted.len() < said.len());
    assert!(said_unquoted.iter().all(|id| not_quoting.contains(id)));
    assert_eq!(
        ids("said -quote:false").len(),
        said.len() - said_unquoted.len()
    );
}
