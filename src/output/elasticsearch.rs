//! Elasticsearch and OpenSearch forms: a `_bulk` body and an index mapping.

use serde_json::{json, Map, Value};

use super::flat::{FlatType, FLAT_FIELDS};

/// The index body (settings and mapping) for `PUT /<index>`, with the fields of [`FLAT_FIELDS`].
pub fn mapping() -> Value {
    let mut properties = Map::new();
    for (name, kind) in FLAT_FIELDS {
        properties.insert(name.to_string(), property(*kind));
    }
    json!({
        "settings": {"analysis": {"analyzer": {"names": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]}}}},
        "mappings": {"dynamic": "strict", "properties": properties}
    })
}

/// The mapping of one field type.
fn property(kind: FlatType) -> Value {
    match kind {
        FlatType::Keyword | FlatType::Keywords => json!({"type": "keyword"}),
        FlatType::Prose => json!({"type": "text", "analyzer": "english"}),
        FlatType::Names => {
            json!({"type": "text", "analyzer": "names", "fields": {"exact": {"type": "keyword"}}})
        }
        FlatType::Integer => json!({"type": "long"}),
        FlatType::Boolean => json!({"type": "boolean"}),
        FlatType::Date | FlatType::Dates => {
            json!({"type": "date", "format": "strict_date_time_no_millis"})
        }
    }
}

/// The action line that precedes a document in a `_bulk` body.
pub fn bulk_action(index: &str, id: &str) -> Value {
    json!({"index": {"_index": index, "_id": id}})
}
