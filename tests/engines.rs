//! `whosaid export --format quickwit|elasticsearch`: documents that fit the config they come with.

mod common;

use common::{ingest, parse_lines, sample_corpus, whosaid};
use serde_json::Value;
use yaml_rust2::YamlLoader;

fn export_to(index: &std::path::Path, format: &str) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    whosaid()
        .args(["export", "--format", format, "--out"])
        .arg(out.path())
        .arg("--index")
        .arg(index)
        .assert()
        .success();
    out
}

/// Whether a JSON value fits a Quickwit field type.
fn fits_quickwit(value: &Value, kind: &str) -> bool {
    let is_instant = |v: &Value| {
        v.as_str()
            .is_some_and(|s| s.parse::<jiff::Timestamp>().is_ok())
    };
    match kind
        .strip_prefix("array<")
        .and_then(|k| k.strip_suffix('>'))
    {
        Some(inner) => value
            .as_array()
            .is_some_and(|items| items.iter().all(|v| fits_quickwit(v, inner))),
        None => match kind {
            "text" => value.is_string(),
            "u64" => value.is_u64(),
            "bool" => value.is_boolean(),
            "datetime" => is_instant(value),
            other => panic!("unexpected type {other}"),
        },
    }
}

#[test]
fn quickwit_documents_fit_the_index_config() {
    let (_scratch, index) = ingest(&sample_corpus());
    let out = export_to(&index, "quickwit");
    let config = std::fs::read_to_string(out.path().join("index-config.yaml")).unwrap();
    let yaml = &YamlLoader::load_from_str(&config).unwrap()[0];
    assert_eq!(yaml["index_id"].as_str(), Some("whosaid"));
    let mut types = std::collections::HashMap::new();
    for field in yaml["doc_mapping"]["field_mappings"].as_vec().unwrap() {
        types.insert(
            field["name"].as_str().unwrap().to_string(),
            field["type"].as_str().unwrap().to_string(),
        );
    }
    assert_eq!(
        yaml["search_settings"]["default_search_fields"][0].as_str(),
        Some("text")
    );
    let documents = parse_lines(&std::fs::read(out.path().join("documents.ndjson")).unwrap());
    assert_eq!(documents.len(), common::export(&index).len());
    let mut seen = std::collections::HashSet::new();
    for doc in &documents {
        for (name, value) in doc.as_object().unwrap() {
            let kind = types
                .get(name)
                .unwrap_or_else(|| panic!("{name} is not in the doc mapping"));
            assert!(
                fits_quickwit(value, kind),
                "{name}: {value} is not a {kind}"
            );
            seen.insert(name.clone());
        }
    }
    // Every mapped field occurs in some document.
    for name in types.keys() {
        assert!(seen.contains(name), "no document has {name}");
    }
    let khan = documents
        .iter()
        .find(|d| d["text"].as_str().unwrap().starts_with("Khan says that"))
        .unwrap();
    assert_eq!(khan["speakers"], serde_json::json!(["Sadiq Khan"]));
    assert_eq!(khan["date"], "2017-06-09T00:00:00Z");
}

#[test]
fn elasticsearch_bulk_body_fits_the_mapping() {
    let (_scratch, index) = ingest(&sample_corpus());
    let out = export_to(&index, "elasticsearch");
    let mapping: Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("mapping.json")).unwrap())
            .unwrap();
    let properties = mapping["mappings"]["properties"].as_object().unwrap();
    let lines = parse_lines(&std::fs::read(out.path().join("bulk.ndjson")).unwrap());
    assert_eq!(lines.len() % 2, 0);
    for pair in lines.chunks(2) {
        let (action, doc) = (&pair[0], &pair[1]);
        assert_eq!(action["index"]["_index"], "whosaid");
        assert_eq!(action["index"]["_id"], doc["id"]);
        for (name, value) in doc.as_object().unwrap() {
            let kind = properties
                .get(name)
                .unwrap_or_else(|| panic!("{name} is not mapped"))["type"]
                .as_str()
                .unwrap();
            let items: Vec<&Value> = match value {
                Value::Array(items) => items.iter().collect(),
                one => vec![one],
            };
            for item in items {
                let fits = match kind {
                    "keyword" | "text" => item.is_string(),
                    "long" => item.is_u64(),
                    "boolean" => item.is_boolean(),
                    "date" => item
                        .as_str()
                        .is_some_and(|s| s.parse::<jiff::Timestamp>().is_ok()),
                    other => panic!("unexpected type {other}"),
                };
                assert!(fits, "{name}: {item} is not a {kind}");
            }
        }
    }
}

#[test]
fn an_engine_format_needs_an_out_folder() {
    let (_scratch, index) = ingest(&sample_corpus());
    whosaid()
        .args(["export", "--format", "quickwit", "--index"])
        .arg(&index)
        .assert()
        .code(2);
}
