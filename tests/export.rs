//! `whosaid export`: every sentence document, in order, with offsets that point at its text.

mod common;

use common::{export, ingest, sample_corpus, write_articles};

#[test]
fn offsets_point_at_the_text_in_the_original_file() {
    let corpus = sample_corpus();
    let (_scratch, index) = ingest(&corpus);
    let docs = export(&index);
    assert!(docs.len() > 50);
    // Only a .txt file is its article's text; tests/formats.rs checks the other formats.
    let text_files: Vec<&serde_json::Value> = docs
        .iter()
        .filter(|d| d["article"].as_str().unwrap().ends_with(".txt"))
        .collect();
    assert_eq!(docs.len() - text_files.len(), 12);
    for doc in text_files {
        let file = std::fs::read(corpus.join(doc["article"].as_str().unwrap())).unwrap();
        let (start, end) = (
            doc["start"].as_u64().unwrap() as usize,
            doc["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            std::str::from_utf8(&file[start..end]).unwrap(),
            doc["text"].as_str().unwrap()
        );
        assert_eq!(
            doc["id"].as_str().unwrap(),
            format!("{}#{}", doc["article"].as_str().unwrap(), doc["sentence"])
        );
    }
}

#[test]
fn documents_come_in_article_and_sentence_order() {
    let (_scratch, index) = ingest(&sample_corpus());
    let docs = export(&index);
    let keys: Vec<(String, u64)> = docs
        .iter()
        .map(|d| {
            (
                d["article"].as_str().unwrap().to_string(),
                d["sentence"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    let first = docs
        .iter()
        .find(|d| d["article"] == "uk/2017/london-bridge-2017.txt")
        .unwrap();
    assert_eq!(first["sentence"], 1);
    assert_eq!(first["paragraph"], 1);
    assert_eq!(first["date"], "2017-06-09");
    assert!(first["text"]
        .as_str()
        .unwrap()
        .starts_with("Khan himself said"));
}

#[test]
fn an_undated_article_exports_a_null_date() {
    let dir = write_articles(&[(
        "note.txt",
        "A headline\n\nThe volunteers met on the green.\n",
    )]);
    let (_scratch, index) = ingest(dir.path());
    let docs = export(&index);
    assert_eq!(docs.len(), 2);
    assert!(docs.iter().all(|d| d["date"].is_null()));
    assert_eq!(docs[1]["paragraph"], 2);
}
