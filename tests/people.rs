//! `whosaid people`, `show` and `stats` on the sample corpus.

mod common;

use common::{ingest, parse_lines, sample_corpus, whosaid};
use predicates::str::contains;

#[test]
fn people_counts_speakers_most_first() {
    let (_scratch, index) = ingest(&sample_corpus());
    let output = whosaid()
        .args(["people", "--json", "--limit", "50", "--index"])
        .arg(&index)
        .output()
        .unwrap();
    assert!(output.status.success());
    let people = parse_lines(&output.stdout);
    let counts: Vec<u64> = people
        .iter()
        .map(|p| p["sentences"].as_u64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    let khan = people
        .iter()
        .find(|p| p["name"] == "Sadiq Khan")
        .expect("Sadiq Khan speaks in the seed");
    // The count agrees with what query finds for him.
    let hits = common::query_json(&index, &["--person", "Sadiq Khan", "--limit", "1000"]);
    assert_eq!(khan["sentences"].as_u64().unwrap(), hits.len() as u64);
}

#[test]
fn people_narrowed_by_words_and_dates() {
    let (_scratch, index) = ingest(&sample_corpus());
    let output = whosaid()
        .args([
            "people",
            "residents OR London",
            "--from",
            "2017-06-09",
            "--to",
            "2017-06-09",
            "--json",
            "--index",
        ])
        .arg(&index)
        .output()
        .unwrap();
    let names: Vec<String> = parse_lines(&output.stdout)
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    assert!(names.contains(&"Sadiq Khan".to_string()), "{names:?}");
    assert!(!names.contains(&"Janet Okafor".to_string()), "{names:?}");
    whosaid()
        .args(["people", "zyzzyva", "--index"])
        .arg(&index)
        .assert()
        .code(1);
}

#[test]
fn people_of_a_kind_counts_only_speakers_of_that_kind() {
    let dir = common::write_articles(&[(
        "port.txt",
        "date 2019-05-06\nTom Reyes said the port would close, according to the Kestrel Port \
         Authority.\n\n\
         The Kestrel Port Authority said ships would wait.\n\n\
         Tom Reyes said the closure was a mistake.\n",
    )]);
    let (_scratch, index) = ingest(dir.path());
    let people = |kind: &[&str]| {
        let output = whosaid()
            .args(["people", "--json", "--index"])
            .arg(&index)
            .args(kind)
            .output()
            .unwrap();
        parse_lines(&output.stdout)
            .iter()
            .map(|p| {
                (
                    p["name"].as_str().unwrap().to_string(),
                    p["sentences"].as_u64().unwrap(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        people(&["--kind", "person"]),
        [("Tom Reyes".to_string(), 2)]
    );
    assert_eq!(
        people(&["--kind", "organisation"]),
        [("Kestrel Port Authority".to_string(), 2)]
    );
    let all = people(&[]);
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(all.iter().all(|(_, n)| *n == 2), "{all:?}");
}

#[test]
fn show_prints_a_sentence_in_its_context_with_the_article() {
    let (_scratch, index) = ingest(&sample_corpus());
    whosaid()
        .args([
            "show",
            "uk/2017/london-bridge-2017.txt#14",
            "--context",
            "1",
            "--index",
        ])
        .arg(&index)
        .assert()
        .success()
        .stdout(contains("uk/2017/london-bridge-2017.txt  2017-06-09"))
        .stdout(contains("  13| Seven people were killed"))
        .stdout(contains("  14> Khan says that London residents"))
        .stdout(contains("  15| New York Mayor Bill De Blasio"));
    let output = whosaid()
        .args([
            "show",
            "uk/2017/london-bridge-2017.txt#14",
            "--context",
            "2",
            "--json",
            "--index",
        ])
        .arg(&index)
        .output()
        .unwrap();
    let shown = &parse_lines(&output.stdout)[0];
    assert_eq!(shown["sentence"], 14);
    let around: Vec<u64> = shown["context"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["sentence"].as_u64().unwrap())
        .collect();
    assert_eq!(around, vec![12, 13, 15, 16]);
    assert!(shown["title"]
        .as_str()
        .unwrap()
        .starts_with("Khan himself said"));
}

#[test]
fn show_of_an_unknown_sentence_exits_1_and_a_malformed_id_2() {
    let (_scratch, index) = ingest(&sample_corpus());
    whosaid()
        .args(["show", "uk/2017/london-bridge-2017.txt#999", "--index"])
        .arg(&index)
        .assert()
        .code(1)
        .stderr(contains("has sentences 1 to"));
    whosaid()
        .args(["show", "nowhere.txt#1", "--index"])
        .arg(&index)
        .assert()
        .code(1)
        .stderr(contains("no article"));
    whosaid()
        .args(["show", "no-number", "--index"])
        .arg(&index)
        .assert()
        .code(2)
        .stderr(contains("<article>#<sentence>"));
}

#[test]
fn query_context_gives_the_neighbours_of_every_hit() {
    let (_scratch, index) = ingest(&sample_corpus());
    let hits = common::query_json(&index, &["--person", "Khan", "residents", "--context", "1"]);
    let around: Vec<u64> = hits[0]["context"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["sentence"].as_u64().unwrap())
        .collect();
    assert_eq!(around, vec![13, 15]);
}

#[test]
fn stats_counts_what_the_index_holds() {
    let (_scratch, index) = ingest(&sample_corpus());
    let output = whosaid()
        .args(["stats", "--json", "--index"])
        .arg(&index)
        .output()
        .unwrap();
    let stats = &parse_lines(&output.stdout)[0];
    assert_eq!(stats["articles"], 14);
    let exported = common::export(&index);
    assert_eq!(stats["sentences"].as_u64().unwrap(), exported.len() as u64);
    assert_eq!(stats["first_date"], "2016-01-22");
    assert_eq!(stats["last_date"], "2020-02-11");
    assert!(stats["bytes_on_disk"].as_u64().unwrap() > 10_000);
    assert!(stats["last_ingest"]["summary"]
        .as_str()
        .unwrap()
        .contains("ingested 14 articles"));
    let names: std::collections::HashSet<&str> = exported
        .iter()
        .flat_map(|d| {
            d["speakers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap())
        })
        .collect();
    assert_eq!(stats["speakers"].as_u64().unwrap(), names.len() as u64);
    whosaid()
        .args(["stats", "--index"])
        .arg(&index)
        .assert()
        .success()
        .stdout(contains("articles     14"));
}
