//! `whosaid ingest`: the summary, re-ingesting without duplicates, and bad folders.

mod common;

use common::{export, ingest, ingest_command, sample_corpus, write_articles};
use predicates::str::contains;

#[test]
fn the_summary_counts_articles_sentences_and_speakers() {
    let scratch = tempfile::tempdir().unwrap();
    ingest_command(sample_corpus(), scratch.path().join("index"))
        .assert()
        .success()
        .stdout("")
        .stderr(contains("ingested 14 articles (1 undated)"))
        .stderr(contains("with a speaker"))
        .stderr(contains("distinct speakers"))
        .stderr(contains("skipped 0 files"))
        .stderr(contains("MB/s"));
}

#[test]
fn ingesting_twice_replaces_and_never_duplicates() {
    let dir = write_articles(&[
        (
            "a/one.txt",
            "date 2019-01-02\nFirst story.\n\nIt has two sentences. Three, in fact.\n",
        ),
        (
            "b/two.txt",
            "date 2019-01-03 Second story, on the date line.\n",
        ),
    ]);
    let (_scratch, index) = ingest(dir.path());
    let first = export(&index);
    assert_eq!(first.len(), 4);
    std::fs::write(
        dir.path().join("a/one.txt"),
        "date 2019-01-02\nNow one sentence.\n",
    )
    .unwrap();
    ingest_command(dir.path(), &index).assert().success();
    let second = export(&index);
    let texts: Vec<&str> = second.iter().map(|d| d["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        vec!["Now one sentence.", "Second story, on the date line."]
    );
}

#[test]
fn re_ingest_reindexes_changed_adds_new_removes_deleted_and_skips_the_rest() {
    let dir = write_articles(&[
        ("keep.txt", "date 2019-01-01\nKept as it was.\n"),
        ("change.txt", "date 2019-01-02\nBefore the change.\n"),
        ("delete.txt", "date 2019-01-03\nSoon gone.\n"),
    ]);
    let (_scratch, index) = ingest(dir.path());
    std::fs::write(
        dir.path().join("change.txt"),
        "date 2019-01-02\nAfter the change. Two now.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("new.txt"), "date 2019-01-04\nBrand new.\n").unwrap();
    std::fs::remove_file(dir.path().join("delete.txt")).unwrap();
    ingest_command(dir.path(), &index)
        .assert()
        .success()
        .stderr(contains(
            "ingested 2 articles (0 undated), 1 unchanged, 1 removed, 3 sentences",
        ));
    let texts: Vec<String> = export(&index)
        .iter()
        .map(|d| d["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        texts,
        vec![
            "After the change.",
            "Two now.",
            "Kept as it was.",
            "Brand new."
        ]
    );
}

#[test]
fn an_index_of_one_folder_refuses_another() {
    let first = write_articles(&[("a.txt", "date 2019-01-01\nOne.\n")]);
    let second = write_articles(&[("a.txt", "date 2019-01-01\nTwo.\n")]);
    let (_scratch, index) = ingest(first.path());
    ingest_command(second.path(), &index)
        .assert()
        .code(2)
        .stderr(contains("holds the articles of"));
    assert_eq!(export(&index)[0]["text"], "One.");
}

#[test]
fn bad_files_are_reported_by_name_and_the_rest_ingested() {
    let dir = write_articles(&[
        ("good.txt", "date 2019-01-02\nA fine story.\n"),
        ("bad-date.txt", "date 2017-13-45\nStill a story.\n"),
    ]);
    std::fs::write(dir.path().join("image.txt"), b"\x89PNG\0\0\0binary").unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"  \n\n ").unwrap();
    let scratch = tempfile::tempdir().unwrap();
    ingest_command(dir.path(), scratch.path().join("index"))
        .assert()
        .success()
        .stderr(contains("image.txt"))
        .stderr(contains("binary"))
        .stderr(contains("empty.txt"))
        .stderr(contains("holds no text"))
        .stderr(contains("bad-date.txt"))
        .stderr(contains("2017-13-45"))
        .stderr(contains("ingested 2 articles (1 undated)"))
        .stderr(contains("skipped 2 files (1 binary, 1 empty)"));
}

#[test]
fn a_missing_folder_or_a_file_is_an_error_naming_it() {
    let scratch = tempfile::tempdir().unwrap();
    let index = scratch.path().join("index");
    ingest_command(scratch.path().join("nowhere"), &index)
        .assert()
        .code(2)
        .stderr(contains("nowhere does not exist"));
    let file = scratch.path().join("one.txt");
    std::fs::write(&file, "text").unwrap();
    ingest_command(&file, &index)
        .assert()
        .code(2)
        .stderr(contains("is a file"));
}

#[test]
fn a_folder_that_is_not_an_index_is_left_alone() {
    let dir = write_articles(&[("story.txt", "date 2019-01-02\nA story.\n")]);
    let not_index = write_articles(&[("notes.md", "my notes")]);
    ingest_command(dir.path(), not_index.path())
        .assert()
        .code(2)
        .stderr(contains("not a whosaid index"));
    assert_eq!(std::fs::read_dir(not_index.path()).unwrap().count(), 1);
}

#[test]
fn measuring_switches_leave_out_what_they_name_and_a_plain_ingest_puts_it_back() {
    let scratch = tempfile::tempdir().unwrap();
    let index = scratch.path().join("index");
    let with_a_speaker = |index: &std::path::Path| {
        export(index)
            .iter()
            .filter(|d| !d["speakers"].as_array().unwrap().is_empty())
            .count()
    };
    for without in ["speakers", "speaker-fields"] {
        ingest_command(sample_corpus(), &index)
            .args(["--without", without])
            .assert()
            .success()
            .stderr(contains("0 with a speaker"));
        assert_eq!(with_a_speaker(&index), 0, "--without {without}");
        // The dates are still found.
        assert!(export(&index)
            .iter()
            .any(|d| !d["mentioned_dates"].as_array().unwrap().is_empty()));
        // The options are part of each article's fingerprint: a plain ingest indexes again.
        ingest_command(sample_corpus(), &index).assert().success();
        assert!(with_a_speaker(&index) > 50);
    }
}

/// Ingests `dir` into `index` again, asserting that it succeeds and that its summary says
/// `summary`.
fn ingest_says(
    dir: &std::path::Path,
    index: &std::path::Path,
    summary: &str,
) -> assert_cmd::assert::Assert {
    ingest_command(dir, index)
        .assert()
        .success()
        .stderr(contains(summary.to_string()))
}

/// Waits until the files just written are old enough for an ingest to keep their stamps: it
/// trusts no file written less than three seconds before it began.
fn wait_until_stamps_are_trusted() {
    std::thread::sleep(std::time::Duration::from_millis(3_300));
}

#[test]
fn re_ingest_passes_over_files_whose_stamps_are_unchanged_and_reads_the_rest() {
    let feed = concat!(
        r#"{"id": "f-1", "text": "The ferry ran late.", "date": "2020-05-01"}"#,
        "\n",
        r#"{"id": "f-2", "text": "The harbour froze.", "date": "2020-05-02"}"#,
        "\n",
    );
    let dir = write_articles(&[
        ("keep.txt", "date 2019-01-01\nKept as it was.\n"),
        ("change.txt", "date 2019-01-02\nBefore the change.\n"),
        ("delete.txt", "date 2019-01-03\nSoon gone.\n"),
        ("feed.jsonl", feed),
        (
            "bad.jsonl",
            "{\"text\": \"The one good line.\", \"date\": \"2020-06-01\"}\n{not json\n",
        ),
    ]);
    wait_until_stamps_are_trusted();
    let (_scratch, index) = ingest(dir.path());
    assert!(index.join("whosaid-files.bin").is_file());

    // Unchanged: every file is passed over but the one with a bad line, read (and reported)
    // again each time.
    ingest_says(
        dir.path(),
        &index,
        "ingested 0 articles (0 undated), 6 unchanged (4 files not reopened), 0 removed",
    )
    .stderr(contains("bad.jsonl line 2: not JSON"));

    // Changed to text of the same size, a line added to the feed, one file added, one deleted.
    let path = |name: &str| dir.path().join(name);
    std::fs::write(path("change.txt"), "date 2019-01-02\nLater, the change.\n").unwrap();
    let grown = format!(
        "{feed}{}\n",
        r#"{"id": "f-3", "text": "The lighthouse dimmed.", "date": "2020-05-03"}"#
    );
    std::fs::write(path("feed.jsonl"), grown).unwrap();
    std::fs::write(path("new.txt"), "date 2019-01-04\nBrand new.\n").unwrap();
    std::fs::remove_file(path("delete.txt")).unwrap();
    ingest_says(
        dir.path(),
        &index,
        "ingested 3 articles (0 undated), 4 unchanged (1 file not reopened), 1 removed",
    );
    let mut texts: Vec<String> = export(&index)
        .iter()
        .map(|d| d["text"].as_str().unwrap().to_string())
        .collect();
    texts.sort();
    assert_eq!(
        texts,
        vec![
            "Brand new.",
            "Kept as it was.",
            "Later, the change.",
            "The ferry ran late.",
            "The harbour froze.",
            "The lighthouse dimmed.",
            "The one good line.",
        ]
    );

    // Files written just now are read again, and found unchanged by their fingerprints.
    ingest_says(
        dir.path(),
        &index,
        "ingested 0 articles (0 undated), 7 unchanged (1 file not reopened), 0 removed",
    );

    // Damaged stamps are ignored: every file is read, nothing is lost or duplicated.
    std::fs::write(index.join("whosaid-files.bin"), "not stamps").unwrap();
    ingest_says(
        dir.path(),
        &index,
        "ingested 0 articles (0 undated), 7 unchanged, 0 removed",
    );
    assert_eq!(export(&index).len(), 7);
}
