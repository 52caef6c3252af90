//! What the index already holds: each article's fingerprint, to skip what has not changed.

use rustc_hash::FxHashMap;
use tantivy::Searcher;

/// The fingerprint of every article in the index, by article id: looked up once for each file
/// an ingest reads, so hashed with a hasher cheaper than std's (SipHash took 2% of a re-ingest).
pub type KnownArticles = FxHashMap<String, u64>;

/// The fingerprint of every article in the index, by article id.
///
/// Reads only fast fields: a pass over the documents' article ordinals (an article's first
/// sentence holds its fingerprint, and is the document whose article differs from the one
/// before it: see [`super::Fields::article`]), then one over each segment's dictionary of
/// article ids in order (looking ids up one by one is far slower).
pub fn indexed_articles(searcher: &Searcher) -> tantivy::Result<KnownArticles> {
    let mut articles = KnownArticles::default();
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let fingerprints = fast.u64("fingerprint")?;
        let Some(ids) = fast.str("article")? else {
            continue;
        };
        let mut by_ord: Vec<Option<u64>> = vec![None; ids.num_terms()];
        // Only first sentences hold a fingerprint: the others are passed over on the article
        // column, not the fingerprint column's index of which documents have a value.
        let mut previous = None;
        for doc in segment.doc_ids_alive() {
            let Some(ord) = ids.term_ords(doc).next() else {
                continue;
            };
            if previous.replace(ord) == Some(ord) {
                continue;
            }
            if let (Some(fingerprint), Some(slot)) =
                (fingerprints.first(doc), by_ord.get_mut(ord as usize))
            {
                *slot = Some(fingerprint);
            }
        }
        let mut stream = ids.dictionary().stream()?;
        let mut ord = 0;
        while stream.advance() {
            if let Some(Some(fingerprint)) = by_ord.get(ord) {
                let id = String::from_utf8_lossy(stream.key()).into_owned();
                articles.entry(id).or_insert(*fingerprint);
            }
            ord += 1;
        }
    }
    Ok(articles)
}

/// Every article id of a segment's `article` column, indexed by term ordinal.
pub fn article_names(ids: &tantivy::columnar::StrColumn) -> std::io::Result<Vec<String>> {
    let mut names = Vec::with_capacity(ids.num_terms());
    let mut stream = ids.dictionary().stream()?;
    while stream.advance() {
        names.push(String::from_utf8_lossy(stream.key()).into_owned());
    }
    Ok(names)
}
