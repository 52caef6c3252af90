//! Bad input: every odd file is reported by name, counted, and the ingest goes on.

mod common;

use std::os::unix::ffi::OsStrExt;

use common::{export, ingest, ingest_command, write_articles};
use predicates::str::contains;

#[test]
fn windows_1252_is_decoded_with_a_warning_and_offsets_point_at_the_original_bytes() {
    let dir = write_articles(&[("good.txt", "date 2019-01-02\nA fine story.\n")]);
    // “Ça va,” said Zoë. in Windows-1252: curly quotes 0x93/0x94, Ç 0xC7, ë 0xEB.
    let bytes = b"date 2019-01-03\n\x93\xc7a va,\x94 said Zo\xeb Lambert.\n".to_vec();
    std::fs::write(dir.path().join("cp1252.txt"), &bytes).unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let index = scratch.path().join("index");
    ingest_command(dir.path(), &index)
        .assert()
        .success()
        .stderr(contains("cp1252.txt: not UTF-8; read as Windows-1252"))
        .stderr(contains("ingested 2 articles"));
    let docs = export(&index);
    let doc = docs.iter().find(|d| d["article"] == "cp1252.txt").unwrap();
    assert_eq!(doc["text"], "“Ça va,” said Zoë Lambert.");
    assert_eq!(doc["speakers"], serde_json::json!(["Zoë Lambert"]));
    let (start, end) = (
        doc["start"].as_u64().unwrap() as usize,
        doc["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&bytes[start..end], &bytes[16..bytes.len() - 1]);
    let mention = &doc["speaker_mentions"][0];
    let (ms, me) = (
        mention["start"].as_u64().unwrap() as usize,
        mention["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&bytes[ms..me], b"Zo\xeb Lambert");
}

#[test]
fn a_50_mb_line_and_100000_open_quotes_finish_in_seconds() {
    let long_line: String = "word and more words without any stop ".repeat(50_000_000 / 37);
    let open_quotes: String = "“He said ".repeat(100_000);
    let dir = write_articles(&[("long.txt", &long_line), ("quotes.txt", &open_quotes)]);
    let started = std::time::Instant::now();
    let (_scratch, index) = ingest(dir.path());
    // Generous for a debug build on a busy machine; quadratic work would take hours.
    assert!(
        started.elapsed().as_secs() < 120,
        "took {:?}",
        started.elapsed()
    );
    let docs = export(&index);
    assert!(docs.iter().any(|d| d["article"] == "long.txt"));
    assert!(docs.iter().any(|d| d["article"] == "quotes.txt"));
}

#[test]
fn a_path_that_is_not_utf8_is_reported_and_the_rest_ingested() {
    let dir = write_articles(&[("good.txt", "date 2019-01-02\nA fine story.\n")]);
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    std::fs::write(dir.path().join(name), "date 2019-01-02\nAnother story.\n").unwrap();
    let scratch = tempfile::tempdir().unwrap();
    ingest_command(dir.path(), scratch.path().join("index"))
        .assert()
        .success()
        .stderr(contains("not valid UTF-8; rename the file"))
        .stderr(contains("ingested 1 articles"));
}

#[test]
fn folders_200_deep_and_symlink_loops_are_walked_safely() {
    let dir = write_articles(&[("top.txt", "date 2019-01-02\nAt the top.\n")]);
    let deep: std::path::PathBuf = (0..200).map(|n| format!("d{n}")).collect();
    std::fs::create_dir_all(dir.path().join(&deep)).unwrap();
    std::fs::write(
        dir.path().join(&deep).join("bottom.txt"),
        "date 2019-01-02\nAt the bottom.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
    let (_scratch, index) = ingest(dir.path());
    let texts: Vec<String> = export(&index)
        .iter()
        .map(|d| d["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts.contains(&"At the bottom.".to_string()));
}

/// `whosaid ARGS` without the capabilities that let root read any file, so that permissions
/// apply as they do to any other user; `None` where `setpriv` (util-linux) is missing.
fn whosaid_bound_by_permissions() -> Option<assert_cmd::Command> {
    const DROP: &str = "-dac_override,-dac_read_search";
    let available = std::process::Command::new("setpriv")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !available {
        return None;
    }
    let mut command = assert_cmd::Command::new("setpriv");
    command
        .arg(format!("--inh-caps={DROP}"))
        .arg(format!("--bounding-set={DROP}"))
        .arg(assert_cmd::cargo::cargo_bin("whosaid"))
        .env_remove("WHOSAID_INDEX")
        .env("NO_COLOR", "1");
    Some(command)
}

/// whosaid, run so that it cannot read what this process could (`readable`): itself when the
/// permissions already stop this process, else bound by them through setpriv (root reads
/// anything whatever its permissions; without those capabilities it cannot). `None`, said on
/// stderr, when neither is possible.
fn whosaid_that_cannot_read(readable: bool) -> Option<assert_cmd::Command> {
    if !readable {
        return Some(common::whosaid());
    }
    let command = whosaid_bound_by_permissions();
    if command.is_none() {
        eprintln!("skipped: running as root and setpriv is missing");
    }
    command
}

#[test]
fn an_unreadable_folder_is_reported_and_nothing_is_removed() {
    use std::os::unix::fs::PermissionsExt;
    let dir = write_articles(&[
        ("open/a.txt", "date 2019-01-02\nAn open story.\n"),
        ("locked/b.txt", "date 2019-01-02\nA locked story.\n"),
    ]);
    let (_scratch, index) = ingest(dir.path());
    // Gone since the last ingest: it would be removed, were the walk complete.
    std::fs::remove_file(dir.path().join("open/a.txt")).unwrap();
    std::fs::write(
        dir.path().join("open/c.txt"),
        "date 2019-01-03\nA new story.\n",
    )
    .unwrap();
    let locked = dir.path().join("locked");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let Some(mut command) = whosaid_that_cannot_read(std::fs::read_dir(&locked).is_ok()) else {
        return;
    };
    let assert = command
        .arg("ingest")
        .arg(dir.path())
        .arg("--index")
        .arg(&index)
        .assert();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert
        .success()
        .stderr(contains("locked"))
        .stderr(contains(
            "some folders could not be read, so no article was removed",
        ))
        .stderr(contains("1 unreadable"));
    let texts: Vec<String> = export(&index)
        .iter()
        .map(|d| d["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(texts, ["A locked story.", "An open story.", "A new story."]);
}

#[test]
fn an_unreadable_file_is_reported_and_keeps_what_the_index_held() {
    use std::os::unix::fs::PermissionsExt;
    let dir = write_articles(&[
        ("open.txt", "date 2019-01-02\nAn open story.\n"),
        ("locked.txt", "date 2019-01-02\nA locked story.\n"),
    ]);
    let (_scratch, index) = ingest(dir.path());
    let locked = dir.path().join("locked.txt");
    std::fs::write(&locked, "date 2019-01-03\nA changed story.\n").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let Some(mut command) = whosaid_that_cannot_read(std::fs::read(&locked).is_ok()) else {
        return;
    };
    command
        .arg("ingest")
        .arg(dir.path())
        .arg("--index")
        .arg(&index)
        .assert()
        .success()
        .stderr(contains("locked.txt: permission denied"))
        .stderr(contains("chmod a+r"))
        .stderr(contains("skipped 1 files (1 unreadable)"));
    let texts: Vec<String> = export(&index)
        .iter()
        .map(|d| d["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(texts, ["A locked story.", "An open story."]);
}

#[test]
fn files_deleted_while_the_ingest_runs_are_skipped_and_the_next_ingest_is_exact() {
    const PARAGRAPHS: usize = 60;
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<std::path::PathBuf> = (0..3000)
        .map(|i| {
            let path = dir.path().join(format!("story{i:04}.txt"));
            let body: String = (0..PARAGRAPHS)
                .map(|p| format!("Paragraph {p} of story {i}, said Mayor Ada Quill.\n\n"))
                .collect();
            std::fs::write(&path, format!("date 2019-03-01\n{body}")).unwrap();
            path
        })
        .collect();
    let scratch = tempfile::tempdir().unwrap();
    let index = scratch.path().join("index");
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("whosaid"))
        .arg("ingest")
        .arg(dir.path())
        .arg("--index")
        .arg(&index)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Once the ingest has made its index it has walked the folder (a few milliseconds); files
    // deleted from the end, which it reads last, go after it found them and before it reads them.
    while !index.join("meta.json").exists() {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    std::thread::sleep(std::time::Duration::from_millis(100));
    for path in paths.iter().rev().step_by(2) {
        std::fs::remove_file(path).unwrap();
    }
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    for line in stderr.lines().filter(|l| l.contains("skipped /")) {
        assert!(
            line.contains("deleted or moved while the ingest ran"),
            "{line}"
        );
    }
    eprintln!(
        "{} files vanished during the ingest",
        stderr.matches("deleted or moved").count()
    );
    ingest_command(dir.path(), &index).assert().success();
    let (_clean_scratch, clean_index) = ingest(dir.path());
    let after = export(&index);
    assert_eq!(after.len(), 1500 * PARAGRAPHS);
    assert_eq!(after, export(&clean_index));
}
