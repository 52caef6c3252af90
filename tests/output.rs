//! Output formats for scripts and people: json, csv, tsv, chosen fields, completions, man page.

mod common;

use common::{ingest, parse_lines, query_stdout, sample_corpus, whosaid};
use predicates::str::contains;

/// The fields the README's JSON table documents, which every exported document must have.
const DOCUMENTED: &[&str] = &[
    "id",
    "article",
    "sentence",
    "start",
    "end",
    "paragraph",
    "date",
    "title",
    "url",
    "outlet",
    "text",
    "speakers",
    "speaker_kinds",
    "speaker_mentions",
    "quote",
    "quote_spans",
    "mentions",
    "mention_spans",
    "mentioned_dates",
];

#[test]
fn the_json_schema_file_and_the_readme_match_the_export() {
    let (_scratch, index) = ingest(&sample_corpus());
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/docs/sentence.schema.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let properties = schema["properties"].as_object().unwrap();
    for doc in common::export(&index) {
        let keys: Vec<&String> = doc.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), DOCUMENTED.len(), "{keys:?}");
        for field in DOCUMENTED {
            let value = &doc[*field];
            let kind = match value {
                serde_json::Value::Null => "null",
                serde_json::Value::Bool(_) => "boolean",
                serde_json::Value::Number(n) if n.is_u64() => "integer",
                serde_json::Value::Number(_) => "number",
                serde_json::Value::String(_) => "string",
                serde_json::Value::Array(_) => "array",
                serde_json::Value::Object(_) => "object",
            };
            let declared = &properties[*field]["type"];
            let allowed = match declared {
                serde_json::Value::String(t) => vec![t.as_str()],
                serde_json::Value::Array(ts) => ts.iter().map(|t| t.as_str().unwrap()).collect(),
                _ => panic!("{field} has no type in the schema"),
            };
            assert!(
                allowed.contains(&kind),
                "{field} is {kind}, the schema says {allowed:?}"
            );
            assert!(
                readme.contains(&format!("`{field}`")),
                "the README does not document {field}"
            );
        }
    }
}

#[test]
fn csv_and_tsv_have_a_header_and_one_row_a_hit() {
    let (_scratch, index) = ingest(&sample_corpus());
    let csv = query_stdout(
        &index,
        &["residents", "--person", "Khan", "--format", "csv"],
    );
    let text = csv;
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("id,date,speakers,text,score"));
    assert!(lines
        .next()
        .unwrap()
        .starts_with("uk/2017/london-bridge-2017.txt#14,2017-06-09,Sadiq Khan,Khan says that"));
    let tsv = query_stdout(
        &index,
        &[
            "residents",
            "--person",
            "Khan",
            "--format",
            "tsv",
            "--fields",
            "sentence,speakers,quote",
        ],
    );
    assert_eq!(tsv, "sentence\tspeakers\tquote\n14\tSadiq Khan\tfalse\n");
}

#[test]
fn json_fields_choose_keys_and_unknown_fields_are_an_error() {
    let (_scratch, index) = ingest(&sample_corpus());
    let output = query_stdout(
        &index,
        &["London", "--json", "--fields", "id,speakers,score"],
    );
    for hit in parse_lines(output.as_bytes()) {
        let keys: Vec<&String> = hit.as_object().unwrap().keys().collect();
        assert_eq!(keys, vec!["id", "speakers", "score"]);
    }
    whosaid()
        .args([
            "query", "London", "--json", "--fields", "id,nope", "--index",
        ])
        .arg(&index)
        .assert()
        .code(2)
        .stderr(contains("unknown field(s) nope"));
}

#[test]
fn completions_and_man_page_come_from_the_command_line_definitions() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        whosaid()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(contains("ingest"))
            .stdout(contains("mentioned-from"));
    }
    whosaid()
        .arg("man")
        .assert()
        .success()
        .stdout(contains(".TH whosaid"))
        .stdout(contains("people"));
}
