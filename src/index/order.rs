//! The order export reads documents in: by article id, then sentence number.

use tantivy::{DocAddress, Searcher};

/// Every live document, sorted by article id and then sentence number.
pub struct DocumentsInOrder {
    /// Each segment's article ids, by term ordinal of its `article` column.
    names: Vec<Vec<String>>,
    /// Segment, article ordinal and document id of each document, in order.
    keys: Vec<(u32, u64, u32)>,
}

impl DocumentsInOrder {
    /// Each document's address and its article's id, in order.
    pub fn iter(&self) -> impl Iterator<Item = (DocAddress, &str)> + '_ {
        self.keys.iter().map(|&(segment, ord, doc)| {
            let name = self.names[segment as usize]
                .get(ord as usize)
                .map_or("", String::as_str);
            (DocAddress::new(segment, doc), name)
        })
    }
}

/// The address of every live document with its article's id, sorted by article id and then
/// sentence number.
///
/// Reads only the `article` column, so the cost is a few bytes per document, not the
/// documents: an article's documents are side by side in one segment, in sentence order (see
/// [`super::Fields::article`]), so a stable sort by article id keeps them in that order.
pub fn documents_in_order(searcher: &Searcher) -> tantivy::Result<DocumentsInOrder> {
    let mut names: Vec<Vec<String>> = Vec::new();
    let mut keys: Vec<(u32, u64, u32)> = Vec::new();
    for (segment_ord, segment) in searcher.segment_readers().iter().enumerate() {
        let fast = segment.fast_fields();
        let Some(articles) = fast.str("article")? else {
            names.push(Vec::new());
            continue;
        };
        names.push(super::catalog::article_names(&articles)?);
        for doc in segment.doc_ids_alive() {
            let ord = articles.term_ords(doc).next().unwrap_or(0);
            keys.push((segment_ord as u32, ord, doc));
        }
    }
    let name = |key: &(u32, u64, u32)| -> &str {
        names[key.0 as usize]
            .get(key.1 as usize)
            .map_or("", String::as_str)
    };
    // Stable: within an article, segment and document order, which is sentence order.
    keys.sort_by(|a, b| name(a).cmp(name(b)));
    Ok(DocumentsInOrder { names, keys })
}
