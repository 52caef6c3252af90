//! The sentences around a sentence: for `show` and `query --context`.

use std::collections::HashMap;

use tantivy::collector::DocSetCollector;

use super::search::{ArticleColumns, Hit, Search, SearchError};
use crate::document::SentenceDoc;

impl Search {
    /// Every sentence of `article`, in order; empty when the index does not hold it.
    pub fn article_sentences(&self, article: &str) -> Result<Vec<SentenceDoc>, SearchError> {
        let searcher = self.reader.searcher();
        let query = self.fields.article_query(article);
        let addresses = searcher.search(&query, &DocSetCollector)?;
        let mut articles = ArticleColumns::default();
        let mut docs = addresses
            .into_iter()
            .map(|address| self.read_doc(&searcher, address, &mut articles))
            .collect::<Result<Vec<_>, _>>()?;
        docs.sort_by_key(|doc| doc.sentence);
        Ok(docs)
    }

    /// Fills each hit's `context` with the `around` sentences before and after it.
    pub fn add_context(&self, hits: &mut [Hit], around: usize) -> Result<(), SearchError> {
        if around == 0 {
            return Ok(());
        }
        let mut articles: HashMap<String, Vec<SentenceDoc>> = HashMap::new();
        for hit in hits.iter_mut() {
            if !articles.contains_key(&hit.doc.article) {
                let sentences = self.article_sentences(&hit.doc.article)?;
                articles.insert(hit.doc.article.clone(), sentences);
            }
            let sentences = &articles[&hit.doc.article];
            hit.context = neighbours(sentences, hit.doc.sentence, around)
                .filter(|doc| doc.sentence != hit.doc.sentence)
                .cloned()
                .collect();
        }
        Ok(())
    }
}

/// The sentences numbered within `around` of `sentence`, itself included, in order.
pub fn neighbours(
    sentences: &[SentenceDoc],
    sentence: u64,
    around: usize,
) -> impl Iterator<Item = &SentenceDoc> {
    let around = around as u64;
    sentences
        .iter()
        .filter(move |doc| doc.sentence + around >= sentence && doc.sentence <= sentence + around)
}
