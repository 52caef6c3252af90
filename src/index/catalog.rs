//! What the index already holds: each article's fingerprint, to skip what has not changed.

use std::collections::HashMap;

use tantivy::Searcher;

/// The fingerprint of every article in the index, by article id.
///
/// Reads only fast fields: a few bytes per sentence.
pub fn indexed_articles(searcher: &Searcher) -> tantivy::Result<HashMap<String, u64>> {
    let mut articles = HashMap::new();
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let fingerprints = fast.u64("fingerprint")?;
        let Some(ids) = fast.str("article")? else {
            continue;
        };
        let mut id = String::new();
        for doc in segment.doc_ids_alive() {
            let (Some(ord), Some(fingerprint)) =
                (ids.term_ords(doc).next(), fingerprints.first(doc))
            else {
                continue;
            };
            id.clear();
            ids.ord_to_str(ord, &mut id)?;
            if !articles.contains_key(id.as_str()) {
                articles.insert(id.clone(), fingerprint);
            }
        }
    }
    Ok(articles)
}
