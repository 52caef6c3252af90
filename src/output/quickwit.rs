//! Quickwit's forms: documents as NDJSON for `quickwit index ingest`, and an index config.

use std::fmt::Write as _;

use super::flat::{FlatType, FLAT_FIELDS};

/// The Quickwit index config (YAML) whose doc mapping has the fields of [`FLAT_FIELDS`], with the
/// same tokenizers and fast fields as whosaid's own index.
pub fn index_config(index_id: &str) -> String {
    let mut yaml = format!(
        "# Quickwit index config written by whosaid {}: the fields of `whosaid export --format quickwit`.\n\
         version: 0.8\nindex_id: {index_id}\ndoc_mapping:\n  mode: lenient\n  field_mappings:\n",
        env!("CARGO_PKG_VERSION")
    );
    for (name, kind) in FLAT_FIELDS {
        let _ = write!(yaml, "    - name: {name}\n{}", field_mapping(*kind));
    }
    yaml.push_str(
        "search_settings:\n  default_search_fields: [text]\nindexing_settings:\n  commit_timeout_secs: 30\n",
    );
    yaml
}

/// The lines of one field mapping after its name, indented for the list.
fn field_mapping(kind: FlatType) -> &'static str {
    match kind {
        FlatType::Keyword => "      type: text\n      tokenizer: raw\n      fast: true\n",
        FlatType::Keywords => "      type: array<text>\n      tokenizer: raw\n      fast: true\n",
        FlatType::Prose => "      type: text\n      tokenizer: en_stem\n      record: position\n",
        FlatType::Names => "      type: array<text>\n      tokenizer: default\n      record: position\n",
        FlatType::Integer => "      type: u64\n      fast: true\n",
        FlatType::Boolean => "      type: bool\n      fast: true\n",
        FlatType::Date => {
            "      type: datetime\n      input_formats: [rfc3339]\n      fast: true\n      fast_precision: seconds\n"
        }
        FlatType::Dates => "      type: array<datetime>\n      input_formats: [rfc3339]\n      fast: true\n",
    }
}
