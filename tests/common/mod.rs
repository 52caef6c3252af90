//! Shared helpers for the integration tests: run the real binary on real folders.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The sample corpus shipped with the project.
pub fn sample_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-corpus")
}

/// A `whosaid` command with colour off and no index from the environment.
pub fn whosaid() -> Command {
    let mut command = Command::cargo_bin("whosaid").expect("the whosaid binary is built");
    command.env_remove("WHOSAID_INDEX").env("NO_COLOR", "1");
    command
}

/// `whosaid ingest DIR --index INDEX`, ready for more arguments and assertions.
pub fn ingest_command(dir: impl AsRef<Path>, index: impl AsRef<Path>) -> Command {
    let mut command = whosaid();
    command
        .arg("ingest")
        .arg(dir.as_ref())
        .arg("--index")
        .arg(index.as_ref());
    command
}

/// Ingests `dir` into a new index in a temporary folder, returning the folder (keep it alive).
pub fn ingest(dir: &Path) -> (tempfile::TempDir, PathBuf) {
    let scratch = tempfile::tempdir().unwrap();
    let index = scratch.path().join("index");
    whosaid()
        .arg("ingest")
        .arg(dir)
        .arg("--index")
        .arg(&index)
        .assert()
        .success();
    (scratch, index)
}

/// Runs `whosaid query ARGS --json` on `index` and parses every line.
pub fn query_json(index: &Path, args: &[&str]) -> Vec<serde_json::Value> {
    let output = whosaid()
        .arg("query")
        .args(args)
        .arg("--json")
        .arg("--index")
        .arg(index)
        .output()
        .unwrap();
    parse_lines(&output.stdout)
}

/// Runs `whosaid query ARGS --index INDEX` and returns what it printed on stdout.
pub fn query_stdout(index: &Path, args: &[&str]) -> String {
    let output = whosaid()
        .arg("query")
        .args(args)
        .arg("--index")
        .arg(index)
        .output()
        .unwrap();
    String::from_utf8(output.stdout).unwrap()
}

/// Runs `whosaid export` on `index` and parses every line.
pub fn export(index: &Path) -> Vec<serde_json::Value> {
    let output = whosaid()
        .arg("export")
        .arg("--index")
        .arg(index)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "export failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    parse_lines(&output.stdout)
}

/// Parses JSON Lines, failing the test on a line that is not JSON.
pub fn parse_lines(bytes: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(bytes.to_vec())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON: {line}: {e}")))
        .collect()
}

/// Writes `files` (path, content) under a new temporary folder.
pub fn write_articles(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, content) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }
    dir
}

/// The speakers of a hit or document, as strings.
pub fn speakers(doc: &serde_json::Value) -> Vec<String> {
    doc["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}
