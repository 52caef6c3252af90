//! The order export reads documents in: by article id, then sentence number.

use tantivy::{DocAddress, Searcher};

/// The address of every live document, sorted by article id and then sentence number.
///
/// Reads only fast fields, so the cost is a few bytes per document, not the documents.
pub fn documents_in_order(searcher: &Searcher) -> tantivy::Result<Vec<DocAddress>> {
    let mut names: Vec<Vec<String>> = Vec::new();
    let mut keys: Vec<(u32, u64, u64, u32)> = Vec::new();
    for (segment_ord, segment) in searcher.segment_readers().iter().enumerate() {
        let fast = segment.fast_fields();
        let sentences = fast.u64("sentence")?;
        let Some(articles) = fast.str("article")? else {
            names.push(Vec::new());
            continue;
        };
        names.push(super::catalog::article_names(&articles)?);
        for doc in segment.doc_ids_alive() {
            let ord = articles.term_ords(doc).next().unwrap_or(0);
            let sentence = sentences.first(doc).unwrap_or(0);
            keys.push((segment_ord as u32, ord, sentence, doc));
        }
    }
    let name = |key: &(u32, u64, u64, u32)| -> &str {
        names[key.0 as usize]
            .get(key.1 as usize)
            .map_or("", String::as_str)
    };
    keys.sort_by(|a, b| name(a).cmp(name(b)).then(a.2.cmp(&b.2)));
    Ok(keys
        .into_iter()
        .map(|(segment, _, _, doc)| DocAddress::new(segment, doc))
        .collect())
}
