//! A query for every sentence of the articles whose first sentence matches another query.
//!
//! What is true of an article as a whole (its id as a term, its outlet) is indexed on its first
//! sentence only: moving the two there from each of its sentences saved 3% of an ingest's
//! instructions (one term for some fifty documents each).
//! An article's documents are side by side in one segment, in sentence order (see
//! [`super::Fields::article`]), so the sentences of an article whose first sentence matches are
//! the documents from that one on that share its `article` ordinal.

use tantivy::columnar::StrColumn;
use tantivy::query::{
    BitSetDocSet, ConstScorer, EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight,
};
use tantivy::{BitSet, DocId, DocSet, Score, SegmentReader, TantivyError, TERMINATED};

/// Every sentence of the articles whose first sentence `firsts` matches, with a constant score.
#[derive(Debug)]
pub struct WholeArticles {
    firsts: Box<dyn Query>,
}

impl WholeArticles {
    /// The sentences of the articles whose first sentences `firsts` matches.
    pub fn of(firsts: Box<dyn Query>) -> WholeArticles {
        WholeArticles { firsts }
    }
}

impl Clone for WholeArticles {
    fn clone(&self) -> Self {
        WholeArticles {
            firsts: self.firsts.box_clone(),
        }
    }
}

impl Query for WholeArticles {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let firsts = self
            .firsts
            .weight(EnableScoring::disabled_from_schema(enable_scoring.schema()))?;
        Ok(Box::new(WholeArticlesWeight { firsts }))
    }
}

struct WholeArticlesWeight {
    firsts: Box<dyn Weight>,
}

impl WholeArticlesWeight {
    /// The documents of the segment that belong to an article whose first sentence matches.
    fn documents(&self, reader: &SegmentReader) -> tantivy::Result<Option<BitSet>> {
        let mut firsts = self.firsts.scorer(reader, 1.0)?;
        if firsts.doc() == TERMINATED {
            return Ok(None);
        }
        let articles: StrColumn = reader.fast_fields().str("article")?.ok_or_else(|| {
            TantivyError::SchemaError("the index has no article column".to_string())
        })?;
        let max_doc = reader.max_doc();
        let ord_of = |doc: DocId| articles.term_ords(doc).next();
        let mut documents = BitSet::with_max_value(max_doc);
        let mut first = firsts.doc();
        while first != TERMINATED {
            documents.insert(first);
            let mut doc = first + 1;
            if let Some(article) = ord_of(first) {
                while doc < max_doc && ord_of(doc) == Some(article) {
                    documents.insert(doc);
                    doc += 1;
                }
            }
            first = if doc < max_doc {
                firsts.seek(doc)
            } else {
                TERMINATED
            };
        }
        Ok(Some(documents))
    }
}

impl Weight for WholeArticlesWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(match self.documents(reader)? {
            Some(documents) => Box::new(ConstScorer::new(BitSetDocSet::from(documents), boost)),
            None => Box::new(EmptyScorer),
        })
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )));
        }
        Ok(Explanation::new("WholeArticles", 1.0))
    }
}
