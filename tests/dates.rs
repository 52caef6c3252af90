//! Dates: publication headers as corpora write them, path dates, and the dates sentences mention.

mod common;

use common::{export, ingest, ingest_command, query_json, sample_corpus, whosaid, write_articles};
use predicates::str::contains;

/// The publication date export gives each article, by article id.
fn dates_by_article(
    index: &std::path::Path,
) -> std::collections::BTreeMap<String, serde_json::Value> {
    export(index)
        .into_iter()
        .map(|d| {
            (
                d["article"].as_str().unwrap().to_string(),
                d["date"].clone(),
            )
        })
        .collect()
}

#[test]
fn every_header_form_gives_the_publication_date() {
    let dir = write_articles(&[
        ("iso.txt", "date 2017-06-09\nThe council met.\n"),
        ("same-line.txt", " date 2017-06-09 The council met.\n"),
        (
            "colon-words.txt",
            "Date: June 9, 2017\n\nThe council met.\n",
        ),
        (
            "timestamp.txt",
            "date: 2017-06-09T14:30:00Z\nThe council met.\n",
        ),
        (
            "published.txt",
            "Published: 9 June 2017\n\nThe council met.\n",
        ),
        (
            "front-matter.txt",
            "---\ntitle: Council\ndate: 2017-06-09\n---\nThe council met.\n",
        ),
    ]);
    let (_scratch, index) = ingest(dir.path());
    let dates = dates_by_article(&index);
    assert_eq!(dates.len(), 6);
    for (article, date) in &dates {
        assert_eq!(date, "2017-06-09", "{article}");
    }
    let texts: Vec<String> = export(&index)
        .iter()
        .map(|d| d["text"].as_str().unwrap().to_string())
        .collect();
    assert!(texts.iter().all(|t| t == "The council met."), "{texts:?}");
}

#[test]
fn a_path_dates_an_article_without_a_header_unless_told_never() {
    let dir = write_articles(&[
        ("2017/06/09/slug.txt", "The council met.\n"),
        ("news/2017-06-10-slug.txt", "The council met.\n"),
        ("news/20170611_slug.txt", "The council met.\n"),
        ("2017/no-day.txt", "The council met.\n"),
    ]);
    let (_scratch, index) = ingest(dir.path());
    let dates = dates_by_article(&index);
    assert_eq!(dates["2017/06/09/slug.txt"], "2017-06-09");
    assert_eq!(dates["news/2017-06-10-slug.txt"], "2017-06-10");
    assert_eq!(dates["news/20170611_slug.txt"], "2017-06-11");
    assert!(dates["2017/no-day.txt"].is_null());

    let scratch = tempfile::tempdir().unwrap();
    let never = scratch.path().join("index");
    whosaid()
        .arg("ingest")
        .arg(dir.path())
        .args(["--date-from-path", "never", "--index"])
        .arg(&never)
        .assert()
        .success()
        .stderr(contains("(4 undated)"));
}

#[test]
fn a_malformed_date_is_a_warning_and_the_article_is_undated() {
    let dir = write_articles(&[("2017/06/09/bad.txt", "date 2017-13-45\nThe council met.\n")]);
    let scratch = tempfile::tempdir().unwrap();
    let index = scratch.path().join("index");
    ingest_command(dir.path(), &index)
        .assert()
        .success()
        .stderr(contains("bad.txt"))
        .stderr(contains("2017-13-45"))
        .stderr(contains("ingested 1 articles (1 undated)"));
    assert!(dates_by_article(&index)["2017/06/09/bad.txt"].is_null());
}

/// The mentioned dates export gives one sentence, as (text, from, to).
fn mentions(doc: &serde_json::Value) -> Vec<(String, String, String)> {
    doc["mentioned_dates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let s = |k: &str| m[k].as_str().unwrap().to_string();
            (s("text"), s("from"), s("to"))
        })
        .collect()
}

#[test]
fn the_seed_resolves_its_three_dates_as_a_reader_would() {
    let corpus = sample_corpus();
    let (_scratch, index) = ingest(&corpus);
    let docs = export(&index);
    let find = |prefix: &str| {
        docs.iter()
            .find(|d| d["text"].as_str().unwrap().starts_with(prefix))
            .unwrap()
    };
    let attack = mentions(find("Seven people were killed"));
    assert_eq!(
        attack,
        vec![(
            "Saturday night".into(),
            "2017-06-03".into(),
            "2017-06-03".into()
        )]
    );
    let mocked = mentions(find("Trump mocked Khan"));
    assert_eq!(
        mocked,
        vec![("Sunday".into(), "2017-06-04".into(), "2017-06-04".into())]
    );
    let office = mentions(find("Khan, a member of the Labour Party"));
    assert_eq!(
        office,
        vec![("May 2016".into(), "2016-05-01".into(), "2016-05-31".into())]
    );
    // Offsets point at the mention in the file.
    let seed = std::fs::read_to_string(corpus.join("uk/2017/london-bridge-2017.txt")).unwrap();
    for doc in docs
        .iter()
        .filter(|d| d["article"] == "uk/2017/london-bridge-2017.txt")
    {
        for m in doc["mentioned_dates"].as_array().unwrap() {
            let (start, end) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&seed[start..end], m["text"].as_str().unwrap());
        }
    }
}

#[test]
fn each_form_of_mentioned_date_resolves() {
    let body = "date 2019-03-15\nHeadline\n\n\
        The vote was held on June 3, 2017. \
        It was first proposed on 3 June 2016. \
        The filing is dated 2015-06-03. \
        The hearing ended on March 3. \
        Prices rose in May 2014. \
        Growth slowed in 2013. \
        Such plans were common in the 1990s. \
        The mayor spoke today. \
        She arrived yesterday. \
        The report comes out tomorrow. \
        Crews worked through Saturday night. \
        The board met last Monday. \
        The board will meet next Tuesday. \
        The storm hit last week. \
        Rents rose earlier this month. \
        Sales fell last year. \
        The truck crashed two days ago. \
        Theresa May said protesters will march. \
        The group has 1,400 members.\n";
    let dir = write_articles(&[("forms.txt", body)]);
    let (_scratch, index) = ingest(dir.path());
    let got: Vec<Vec<(String, String, String)>> =
        export(&index).iter().skip(1).map(mentions).collect();
    let one = |text: &str, from: &str, to: &str| {
        vec![(text.to_string(), from.to_string(), to.to_string())]
    };
    let expected = vec![
        one("June 3, 2017", "2017-06-03", "2017-06-03"),
        one("3 June 2016", "2016-06-03", "2016-06-03"),
        one("2015-06-03", "2015-06-03", "2015-06-03"),
        one("March 3", "2019-03-03", "2019-03-03"),
        one("May 2014", "2014-05-01", "2014-05-31"),
        one("2013", "2013-01-01", "2013-12-31"),
        one("1990s", "1990-01-01", "1999-12-31"),
        one("today", "2019-03-15", "2019-03-15"),
        one("yesterday", "2019-03-14", "2019-03-14"),
        one("tomorrow", "2019-03-16", "2019-03-16"),
        one("Saturday night", "2019-03-09", "2019-03-09"),
        one("last Monday", "2019-03-11", "2019-03-11"),
        one("next Tuesday", "2019-03-19", "2019-03-19"),
        one("last week", "2019-03-04", "2019-03-10"),
        one("earlier this month", "2019-03-01", "2019-03-14"),
        one("last year", "2018-01-01", "2018-12-31"),
        one("two days ago", "2019-03-13", "2019-03-13"),
        vec![],
        vec![],
    ];
    for (n, (got, expected)) in got.iter().zip(&expected).enumerate() {
        assert_eq!(got, expected, "sentence {}", n + 2);
    }
    assert_eq!(got.len(), expected.len());
}

#[test]
fn mentioned_date_ranges_find_overlapping_sentences_only() {
    let (_scratch, index) = ingest(&sample_corpus());
    let attack = query_json(
        &index,
        &[
            "--mentioned-from",
            "2017-06-03",
            "--mentioned-to",
            "2017-06-03",
            "--limit",
            "100",
        ],
    );
    let texts: Vec<&str> = attack.iter().map(|h| h["text"].as_str().unwrap()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Seven people were killed")),
        "{texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.starts_with("Trump mocked Khan")),
        "{texts:?}"
    );
    // A day inside a mentioned month finds it; the month around a day finds the day.
    let in_may = query_json(
        &index,
        &[
            "--mentioned-from",
            "2016-05-20",
            "--mentioned-to",
            "2016-05-20",
            "--limit",
            "100",
        ],
    );
    assert!(in_may.iter().any(|h| h["text"]
        .as_str()
        .unwrap()
        .contains("took office in May 2016")));
    let june = query_json(
        &index,
        &[
            "--mentioned-from",
            "2017-06",
            "--mentioned-to",
            "2017-06",
            "--limit",
            "100",
        ],
    );
    assert!(june
        .iter()
        .any(|h| h["text"].as_str().unwrap().starts_with("Trump mocked Khan")));
    // --from and --to keep meaning the publication date.
    let published = query_json(&index, &["--from", "2016-05", "--to", "2016-05"]);
    assert!(published.is_empty());
    whosaid()
        .args([
            "query",
            "--mentioned-from",
            "1950",
            "--mentioned-to",
            "1950",
            "--index",
        ])
        .arg(&index)
        .assert()
        .code(1);
}

#[test]
fn human_output_shows_the_resolved_date_beside_its_text() {
    let (_scratch, index) = ingest(&sample_corpus());
    whosaid()
        .args(["query", "\"London Bridge\" killed", "--index"])
        .arg(&index)
        .assert()
        .success()
        .stdout(contains("on Saturday night [2017-06-03]."));
}
