//! Corpus formats: JSON Lines, JSON and HTML read by `whosaid ingest`, their fields mapped,
//! `query --outlet`, and re-ingesting a changed JSON Lines file.

mod common;

use common::{export, ingest, ingest_command, query_json, sample_corpus, whosaid, write_articles};
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;
use serde_json::Value;

/// Every text and date field name, an id, a bad line and a line with no text.
const FEED: &str = concat!(
    r#"{"id": "gw-1", "title": "Pier reopens", "url": "https://www.gullwire.example/pier", "text": "The pier reopened on Tuesday. \"It took a year,\" said Noor Halvorsen.", "date": "2021-03-04"}"#,
    "\n",
    r#"{"body": "The dunes were fenced off.", "published": "2021-03-05 09:30:00", "source_domain": "dunepost.example"}"#,
    "\n",
    "{this is not json\n",
    r#"{"content": "Gulls nested early.", "date_publish": "2021-03-06T10:00:00Z"}"#,
    "\n",
    r#"{"maintext": "The tide tables were printed.", "date_published": "2021-03-07"}"#,
    "\n",
    r#"{"title": "A record without text", "date": "2021-03-08"}"#,
    "\n",
    r#"{"text": "The lifeboat crew trained.", "publish_date": "2021-03-09T08:00:00+02:00"}"#,
    "\n",
);

/// The documents of `docs` whose article is `article`.
fn of<'a>(docs: &'a [Value], article: &str) -> Vec<&'a Value> {
    docs.iter().filter(|d| d["article"] == article).collect()
}

#[test]
fn json_lines_map_each_field_name_and_name_articles_by_id_or_line() {
    let dir = write_articles(&[("gulls/feed.jsonl", FEED)]);
    let scratch = tempfile::tempdir().unwrap();
    let index = scratch.path().join("index");
    ingest_command(dir.path(), &index)
        .assert()
        .success()
        .stderr(contains("feed.jsonl line 3: not JSON"))
        .stderr(contains("feed.jsonl line 6: no article text"))
        .stderr(contains("ingested 5 articles (0 undated)"))
        .stderr(contains(
            "skipped 0 files and 2 records (1 no text, 1 not JSON)",
        ));
    let docs = export(&index);
    let expected = [
        (
            "gulls/feed.jsonl#gw-1",
            "2021-03-04",
            "The pier reopened on Tuesday.",
        ),
        (
            "gulls/feed.jsonl#2",
            "2021-03-05",
            "The dunes were fenced off.",
        ),
        ("gulls/feed.jsonl#4", "2021-03-06", "Gulls nested early."),
        (
            "gulls/feed.jsonl#5",
            "2021-03-07",
            "The tide tables were printed.",
        ),
        (
            "gulls/feed.jsonl#7",
            "2021-03-09",
            "The lifeboat crew trained.",
        ),
    ];
    for (article, date, first) in expected {
        let sentences = of(&docs, article);
        assert!(!sentences.is_empty(), "no {article} in {docs:?}");
        assert_eq!(sentences[0]["date"], date, "{article}");
        assert_eq!(sentences[0]["text"], first, "{article}");
        assert_eq!(sentences[0]["id"], format!("{article}#1"));
    }
    assert_eq!(docs.len(), 6);
    let pier = of(&docs, "gulls/feed.jsonl#gw-1");
    assert_eq!(pier[1]["speakers"], serde_json::json!(["Noor Halvorsen"]));
    assert_eq!(pier[1]["title"], "Pier reopens");
    assert_eq!(pier[1]["url"], "https://www.gullwire.example/pier");
    assert_eq!(pier[1]["outlet"], "gullwire.example");
    assert_eq!(
        of(&docs, "gulls/feed.jsonl#2")[0]["outlet"],
        "dunepost.example"
    );
    let folder = &of(&docs, "gulls/feed.jsonl#4")[0];
    assert_eq!(
        (&folder["outlet"], &folder["title"]),
        (&Value::from("gulls"), &Value::Null)
    );
}

#[test]
fn json_offsets_point_into_the_records_text_field() {
    let dir = write_articles(&[("feed.ndjson", FEED)]);
    let (_scratch, index) = ingest(dir.path());
    let docs = export(&index);
    let record: Value = serde_json::from_str(FEED.lines().next().unwrap()).unwrap();
    let text = record["text"].as_str().unwrap();
    for doc in of(&docs, "feed.ndjson#gw-1") {
        let (start, end) = (doc["start"].as_u64().unwrap(), doc["end"].as_u64().unwrap());
        assert_eq!(
            &text[start as usize..end as usize],
            doc["text"].as_str().unwrap()
        );
    }
    assert_eq!(of(&docs, "feed.ndjson#gw-1").len(), 2);
}

#[test]
fn a_json_file_is_one_article_named_by_its_path() {
    let dir = write_articles(&[(
        "desk/lighthouse.json",
        r#"{"id": "ignored", "title": "Lighthouse repainted", "url": "http://coastwatch.example:8080/lh",
            "maintext": "The lighthouse was repainted in red.", "date_publish": "2021-05-01 12:00:00"}"#,
    )]);
    let (_scratch, index) = ingest(dir.path());
    let docs = export(&index);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "desk/lighthouse.json#1");
    assert_eq!(docs[0]["date"], "2021-05-01");
    assert_eq!(docs[0]["title"], "Lighthouse repainted");
    assert_eq!(docs[0]["outlet"], "coastwatch.example");
    assert_eq!(docs[0]["text"], "The lighthouse was repainted in red.");
}

#[test]
fn an_html_page_gives_its_paragraphs_headline_and_meta_date() {
    let page = r#"<html><head><title>Site | Ferries</title>
        <meta name="date" content="2021-06-12">
        </head><body><nav><p>Menu</p></nav>
        <h1>Ferry fares frozen</h1>
        <p>Fares will not rise this year.</p>
        <p>"Riders have had enough," said Priya Castellano, who runs the ferry board.</p>
        </body></html>"#;
    let dir = write_articles(&[("pages/fares.htm", page), ("pages/empty.html", "<p> </p>")]);
    let scratch = tempfile::tempdir().unwrap();
    let index = scratch.path().join("index");
    ingest_command(dir.path(), &index)
        .assert()
        .success()
        .stderr(contains("empty.html: no article text"))
        .stderr(contains("ingested 1 articles (0 undated)"))
        .stderr(contains("skipped 1 files (1 no text)"));
    let docs = export(&index);
    let texts: Vec<&str> = docs.iter().map(|d| d["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        vec![
            "Fares will not rise this year.",
            "\"Riders have had enough,\" said Priya Castellano, who runs the ferry board."
        ]
    );
    assert_eq!(docs[1]["date"], "2021-06-12");
    assert_eq!(docs[1]["title"], "Ferry fares frozen");
    assert_eq!(docs[1]["outlet"], "pages");
    assert_eq!(docs[1]["speakers"], serde_json::json!(["Priya Castellano"]));
    // Offsets point into the extracted text: paragraphs joined by a blank line.
    let extracted = "Fares will not rise this year.\n\n\"Riders have had enough,\" said Priya Castellano, who runs the ferry board.";
    for doc in &docs {
        let (start, end) = (doc["start"].as_u64().unwrap(), doc["end"].as_u64().unwrap());
        assert_eq!(
            &extracted[start as usize..end as usize],
            doc["text"].as_str().unwrap()
        );
    }
}

#[test]
fn outlet_filters_by_domain_host_or_folder_ignoring_case() {
    let dir = write_articles(&[
        ("feeds/gull.jsonl", FEED),
        (
            "harbourpost/quay.txt",
            "date 2021-04-01\nThe quay was swept.\n",
        ),
    ]);
    let (_scratch, index) = ingest(dir.path());
    let articles = |outlets: &[&str]| {
        let mut args = vec!["--limit", "100"];
        for outlet in outlets {
            args.extend(["--outlet", outlet]);
        }
        let mut found: Vec<String> = query_json(&index, &args)
            .iter()
            .map(|h| h["article"].as_str().unwrap().to_string())
            .collect();
        found.sort();
        found.dedup();
        found
    };
    assert_eq!(
        articles(&["GullWire.example"]),
        vec!["feeds/gull.jsonl#gw-1"]
    );
    assert_eq!(articles(&["harbourpost"]), vec!["harbourpost/quay.txt"]);
    assert_eq!(
        articles(&["dunepost.example", "HARBOURPOST"]),
        vec!["feeds/gull.jsonl#2", "harbourpost/quay.txt"]
    );
    whosaid()
        .args(["query", "--outlet", "nowhere.example", "--index"])
        .arg(&index)
        .assert()
        .code(1);
    whosaid()
        .args(["query", "quay", "--outlet", "harbourpost", "--index"])
        .arg(&index)
        .assert()
        .success()
        .stdout(contains("harbourpost/quay.txt#1\n"));
}

#[test]
fn human_output_shows_the_title_beside_the_id() {
    let (_scratch, index) = ingest(&sample_corpus());
    whosaid()
        .args(["query", "chowder", "--index"])
        .arg(&index)
        .assert()
        .success()
        .stdout(contains(
            "2018-08-26  Lena Marsh  web/harbour-festival.html#2  \"Harbour festival draws record crowd\"\n",
        ));
}

#[test]
fn re_ingesting_a_changed_feed_replaces_changed_lines_and_removes_gone_ones() {
    let before = concat!(
        r#"{"id": "a", "text": "Alpha stays.", "date": "2021-02-01"}"#,
        "\n",
        r#"{"id": "b", "text": "Beta before.", "date": "2021-02-02"}"#,
        "\n",
        r#"{"id": "c", "text": "Gamma goes.", "date": "2021-02-03"}"#,
        "\n",
        r#"{"text": "Fourth by line.", "date": "2021-02-04"}"#,
        "\n",
    );
    let dir = write_articles(&[("feed.jsonl", before)]);
    let (_scratch, index) = ingest(dir.path());
    assert_eq!(export(&index).len(), 4);
    let after = concat!(
        r#"{"id": "a", "text": "Alpha stays.", "date": "2021-02-01"}"#,
        "\n",
        r#"{"id": "b", "text": "Beta after. Two sentences now.", "date": "2021-02-02"}"#,
        "\n",
        r#"{"text": "Fourth by line.", "date": "2021-02-04"}"#,
        "\n",
        r#"{"id": "d", "text": "Delta is new.", "date": "2021-02-05"}"#,
        "\n",
    );
    std::fs::write(dir.path().join("feed.jsonl"), after).unwrap();
    ingest_command(dir.path(), &index)
        .assert()
        .success()
        .stderr(contains(
            "ingested 3 articles (0 undated), 1 unchanged, 2 removed, 4 sentences",
        ));
    let ids: Vec<String> = export(&index)
        .iter()
        .map(|d| {
            format!(
                "{} {}",
                d["id"].as_str().unwrap(),
                d["text"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        ids,
        vec![
            "feed.jsonl#3#1 Fourth by line.",
            "feed.jsonl#a#1 Alpha stays.",
            "feed.jsonl#b#1 Beta after.",
            "feed.jsonl#b#2 Two sentences now.",
            "feed.jsonl#d#1 Delta is new.",
        ]
    );
    // Unchanged now: nothing written, nothing removed, nothing duplicated.
    ingest_command(dir.path(), &index)
        .assert()
        .success()
        .stderr(contains(
            "ingested 0 articles (0 undated), 4 unchanged, 0 removed",
        ));
    assert_eq!(export(&index).len(), 5);
}

#[test]
fn an_unreadable_feed_keeps_its_articles_and_ext_narrows_the_formats() {
    let dir = write_articles(&[
        ("feed.jsonl", r#"{"text": "Kept."}"#),
        ("story.txt", "date 2021-01-01\nA story.\n"),
    ]);
    let (_scratch, index) = ingest(dir.path());
    std::fs::write(dir.path().join("feed.jsonl"), b"{\"text\": \"\0\"}").unwrap();
    ingest_command(dir.path(), &index)
        .assert()
        .success()
        .stderr(contains("feed.jsonl: it is a binary file"))
        .stderr(contains("0 removed"));
    assert_eq!(export(&index).len(), 2);
    let scratch = tempfile::tempdir().unwrap();
    whosaid()
        .arg("ingest")
        .arg(dir.path())
        .args(["--ext", "txt", "--index"])
        .arg(scratch.path().join("index"))
        .assert()
        .success()
        .stderr(contains("ingested 1 articles"));
}

#[test]
fn outlet_finds_every_sentence_of_its_articles_after_a_change_and_a_merge() {
    let article = |topic: &str| {
        format!(
            "date 2021-05-0{}\nThe {topic} council met. \"We will decide soon,\" said Ines Barlow. The vote is next week.\n\nResidents waited outside. Nobody left early.\n",
            topic.len() % 9 + 1
        )
    };
    let files: Vec<(String, String)> = ["harbour", "dune", "quay"]
        .iter()
        .flat_map(|topic| {
            [
                (format!("tidewire/{topic}.txt"), article(topic)),
                (format!("gullpost/{topic}.txt"), article(topic)),
            ]
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let dir = write_articles(&borrowed);
    let (_scratch, index) = ingest(dir.path());
    // Every sentence of the outlet's articles, as export lists them, and nothing else.
    let check = || {
        let docs = export(&index);
        let ids_of = |outlet: &str| {
            let mut ids: Vec<String> = docs
                .iter()
                .filter(|d| d["outlet"] == outlet)
                .map(|d| d["id"].as_str().unwrap().to_string())
                .collect();
            ids.sort();
            ids
        };
        for outlet in ["tidewire", "gullpost"] {
            let mut found: Vec<String> =
                query_json(&index, &["--outlet", outlet, "--limit", "1000"])
                    .iter()
                    .map(|h| h["id"].as_str().unwrap().to_string())
                    .collect();
            found.sort();
            assert_eq!(found, ids_of(outlet), "{outlet}");
            assert!(found.len() >= 10, "{found:?}");
        }
        // Export keeps each article's sentences in order.
        for pair in docs.windows(2) {
            if pair[0]["article"] == pair[1]["article"] {
                assert_eq!(
                    pair[0]["sentence"].as_u64().unwrap() + 1,
                    pair[1]["sentence"].as_u64().unwrap()
                );
            }
        }
    };
    check();
    // A changed article is written again, in a new segment, its old documents deleted.
    std::fs::write(
        dir.path().join("tidewire/dune.txt"),
        "date 2021-05-09\nThe dune fence was mended. Ines Barlow said the work took a day. Walkers returned.\n",
    )
    .unwrap();
    std::fs::remove_file(dir.path().join("gullpost/quay.txt")).unwrap();
    ingest_command(dir.path(), &index).assert().success();
    check();
    let docs = export(&index);
    let sentences = |article: &str| of(&docs, article).len();
    assert_eq!(
        sentences("tidewire/dune.txt"),
        3,
        "the old sentences are gone"
    );
    assert_eq!(sentences("gullpost/dune.txt"), 5);
    assert_eq!(sentences("gullpost/quay.txt"), 0, "a deleted file's too");
    whosaid()
        .args(["show", "tidewire/dune.txt#2", "--context", "1", "--index"])
        .arg(&index)
        .assert()
        .success()
        .stdout(contains("fence was mended").and(contains("Walkers returned")));
    let dune = query_json(&index, &["fence", "--outlet", "TIDEWIRE"]);
    assert_eq!(dune.len(), 1);
    assert_eq!(dune[0]["id"], "tidewire/dune.txt#1");
    whosaid()
        .args(["optimize", "--index"])
        .arg(&index)
        .assert()
        .success();
    check();
    // The outlet is not a field of the query's words: a filter on it would see first
    // sentences only.
    whosaid()
        .args(["query", "outlet:tidewire", "--index"])
        .arg(&index)
        .assert()
        .failure();
}
