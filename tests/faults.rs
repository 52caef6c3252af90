//! Faults: a busy index, a closed stdout, damaged or foreign indexes; never a panic.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use common::{export, ingest, ingest_command, sample_corpus, whosaid, write_articles};
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

#[test]
fn a_second_ingest_into_a_busy_index_exits_2_touching_nothing() {
    let (_scratch, index) = ingest(&sample_corpus());
    let before = export(&index);
    let (tantivy_index, _fields) = whosaid::index::open_index(&index).unwrap();
    let writer: tantivy::IndexWriter = tantivy_index.writer(15_000_000).unwrap();
    ingest_command(sample_corpus(), &index)
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
    let current = format!("\"format\": {}", whosaid::index::open::FORMAT_VERSION);
    assert!(text.contains(&current), "{text}");
    std::fs::write(&marker, text.replace(&current, "\"format\": 99")).unwrap();
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

/// A corpus big enough that an ingest takes a while: `n` articles of a few paragraphs.
fn many_articles(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_many_articles(dir.path(), n);
    dir
}

/// Writes `n` articles of a few paragraphs under `dir`, in ten folders.
fn write_many_articles(dir: &std::path::Path, n: usize) {
    for i in 0..n {
        let folder = dir.join(format!("batch{}", i % 10));
        std::fs::create_dir_all(&folder).unwrap();
        let body: String = (0..8)
            .map(|p| format!("“Paragraph {p} of story {i} is here,” said Mayor Ada Quill{i}. The council met on Monday to discuss item {p}.\n\n"))
            .collect();
        std::fs::write(
            folder.join(format!("story{i}.txt")),
            format!("date 2019-03-{:02}\nHeadline {i}\n\n{body}", 1 + i % 28),
        )
        .unwrap();
    }
}

#[test]
fn kill_9_at_any_moment_then_ingest_again_gives_exactly_a_clean_ingest() {
    let corpus = many_articles(1500);
    let (_clean_scratch, clean_index) = ingest(corpus.path());
    let clean = export(&clean_index);
    let scratch = tempfile::tempdir().unwrap();
    let index = scratch.path().join("index");
    for delay_ms in [150, 400, 900] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("whosaid"))
            .arg("ingest")
            .arg(corpus.path())
            .args(["--commit-every", "0.05", "--quiet", "--index"])
            .arg(&index)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL: no chance to clean up
        child.wait().unwrap();
        // Whatever was committed opens and answers; nothing half-written shows.
        if index.join("meta.json").exists() {
            let output = whosaid()
                .arg("export")
                .arg("--index")
                .arg(&index)
                .output()
                .unwrap();
            // 0 with documents, 1 when the last commit holds none yet; never an error.
            assert!(
                matches!(output.status.code(), Some(0 | 1)),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
            let docs = common::parse_lines(&output.stdout);
            let articles: std::collections::HashSet<&str> = docs
                .iter()
                .map(|d| d["article"].as_str().unwrap())
                .collect();
            for article in articles {
                let sentences = docs.iter().filter(|d| d["article"] == article).count();
                let whole = clean.iter().filter(|d| d["article"] == article).count();
                assert_eq!(
                    sentences, whole,
                    "article {article} is half there after a kill"
                );
            }
        }
    }
    ingest_command(corpus.path(), &index).assert().success();
    assert_eq!(export(&index), clean);
}

/// A tmpfs of a few megabytes, mounted for one test and unmounted when dropped.
struct SmallDisk {
    mount_point: tempfile::TempDir,
}

impl SmallDisk {
    /// Mounts a tmpfs of `bytes`; `None` where this machine does not let the test mount one.
    fn mount(bytes: usize) -> Option<SmallDisk> {
        let mount_point = tempfile::tempdir().unwrap();
        let mounted = std::process::Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={bytes}"),
                "whosaid-test",
            ])
            .arg(mount_point.path())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        mounted.then_some(SmallDisk { mount_point })
    }

    fn path(&self) -> &std::path::Path {
        self.mount_point.path()
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.mount_point.path())
            .status();
    }
}

/// The names of the files in `dir`, sorted.
fn file_names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_full_disk_stops_the_ingest_with_a_clear_error_and_the_index_at_its_last_commit() {
    let Some(disk) = SmallDisk::mount(1 << 20) else {
        eprintln!("skipped: this machine does not let the test mount a tmpfs (it needs root)");
        return;
    };
    let corpus = write_articles(&[(
        "first.txt",
        "date 2019-01-02\n“The bridge opens in May,” said Mayor Ada Quill.\n",
    )]);
    let index = disk.path().join("index");
    ingest_command(corpus.path(), &index).assert().success();
    let before = export(&index);
    let files_before = file_names(&index);
    write_many_articles(corpus.path(), 2000);
    ingest_command(corpus.path(), &index)
        .assert()
        .code(2)
        .stderr(contains("No space left on device"))
        .stderr(contains("The index stays at its last commit"))
        .stderr(contains("free space"))
        .stderr(contains("panicked").not());
    assert_eq!(export(&index), before);
    // What the failed ingest wrote is gone, so the disk has its space back.
    assert_eq!(file_names(&index), files_before);
}

#[test]
fn optimize_merges_segments_keeping_every_document_and_a_busy_index_is_left_alone() {
    let corpus = many_articles(400);
    let scratch = tempfile::tempdir().unwrap();
    let index = scratch.path().join("index");
    // Small commits make many segments.
    ingest_command(corpus.path(), &index)
        .args(["--commit-every", "0", "--quiet"])
        .assert()
        .success();
    let segments = |index: &std::path::Path| {
        std::fs::read_dir(index)
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().extension() == Some("store".as_ref()))
            .count()
    };
    let before = export(&index);
    // A commit after every article: a segment each.
    assert!(segments(&index) > 32, "{} segments", segments(&index));
    // Without --quiet, an ingest leaving this many segments says how to merge them.
    ingest_command(corpus.path(), &index)
        .assert()
        .success()
        .stderr(contains("whosaid optimize --index"));
    {
        let (tantivy_index, _fields) = whosaid::index::open_index(&index).unwrap();
        let _writer: tantivy::IndexWriter = tantivy_index.writer(15_000_000).unwrap();
        whosaid()
            .args(["optimize", "--index"])
            .arg(&index)
            .assert()
            .code(2)
            .stderr(contains("busy"));
    }
    whosaid()
        .args(["optimize", "--segments", "2", "--index"])
        .arg(&index)
        .assert()
        .success()
        .stderr(contains("merged into 2"));
    assert_eq!(segments(&index), 2);
    assert_eq!(export(&index), before);
    ingest_command(corpus.path(), &index)
        .assert()
        .success()
        .stderr(contains("400 unchanged"));
}
