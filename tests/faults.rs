//! Faults: a busy index, a closed stdout, damaged or foreign indexes; never a panic.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use common::{export, ingest, sample_corpus, whosaid, write_articles};
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

#[test]
fn a_second_ingest_into_a_busy_index_exits_2_touching_nothing() {
    let (_scratch, index) = ingest(&sample_corpus());
    let before = export(&index);
    let (tantivy_index, _fields) = whosaid::index::open_index(&index).unwrap();
    let writer: tantivy::IndexWriter = tantivy_index.writer(15_000_000).unwrap();
    whosaid()
        .arg("ingest")
        .arg(sample_corpus())
        .arg("--index")
        .arg(&index)
        .assert()
        .code(2)
        .stderr(contains("busy"));
    drop(writer);
    assert_eq!(export(&index), before);
}

#[test]
fn a_query_during_an_ingest_answers_from_the_last_commit() {
    let (_scratch, index) = ingest(&sample_corpus());
    let (tantivy_index, _fields) = whosaid::index::open_index(&index).unwrap();
    let _writer: tantivy::IndexWriter = tantivy_index.writer(15_000_000).unwrap();
    whosaid()
        .args(["query", "girders", "--index"])
        .arg(&index)
        .assert()
        .success()
        .stdout(contains("millbrook"));
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let paragraphs: String = (0..3000)
        .map(|n| format!("Sentence number {n} is here.\n\n"))
        .collect();
    let dir = write_articles(&[("long.txt", &format!("date 2019-01-01\n{paragraphs}"))]);
    let (_scratch, index) = ingest(dir.path());
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("whosaid"))
        .arg("export")
        .arg("--index")
        .arg(&index)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("Sentence number 0"));
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn foreign_and_damaged_indexes_are_clear_errors() {
    let foreign = write_articles(&[("meta.json", "{}")]);
    whosaid()
        .args(["query", "x", "--index"])
        .arg(foreign.path())
        .assert()
        .code(2)
        .stderr(contains("not a whosaid index"));

    let (_scratch, index) = ingest(&sample_corpus());
    let marker = index.join("whosaid.json");
    let text = std::fs::read_to_string(&marker).unwrap();
    std::fs::write(&marker, text.replace("\"format\": 2", "\"format\": 99")).unwrap();
    whosaid()
        .args(["query", "x", "--index"])
        .arg(&index)
        .assert()
        .code(2)
        .stderr(contains("incompatible version"));
    std::fs::write(&marker, text).unwrap();
    std::fs::write(index.join("meta.json"), "{ damaged").unwrap();
    whosaid()
        .args(["query", "x", "--index"])
        .arg(&index)
        .assert()
        .code(2)
        .stderr(contains("index at"))
        .stderr(contains("panicked").not());
}
