//! Searching the index: a request in, ranked hits out; and reading every document back in order.

use std::collections::HashSet;
use std::ops::Range;

use tantivy::collector::{FilterCollector, TopDocs};
use tantivy::columnar::StrColumn;
use tantivy::query::Query;
use tantivy::schema::Value;
use tantivy::{DateTime, DocAddress, Index, IndexReader, Order, Searcher, TantivyDocument, Term};

use super::date_range::DayRange;
use super::schema::Fields;
use crate::document::SentenceDoc;

/// How hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Best match first (BM25 on the text); newest first when there is no query text.
    #[default]
    Relevance,
    /// Newest publication date first.
    Date,
}

/// What a user asks of the index.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// A query over the sentence text in tantivy's syntax: words, "phrases", AND, OR, -.
    pub text: Option<String>,
    /// Speakers, any of which the sentence must have ("Khan", "Sadiq Khan").
    pub persons: Vec<String>,
    /// Speaker kinds, any of which the sentence must have: `person`, `organisation`, `group`.
    pub kinds: Vec<String>,
    /// People named without speaking, any of whom the sentence must mention.
    pub mentions: Vec<String>,
    /// Outlets, any of which the article must come from; case and accents do not matter.
    pub outlets: Vec<String>,
    /// Publication dates from the first day of this range, inclusive.
    pub from: Option<DayRange>,
    /// Publication dates up to the last day of this range, inclusive.
    pub to: Option<DayRange>,
    /// Sentences mentioning a day from the first day of this range on.
    pub mentioned_from: Option<DayRange>,
    /// Sentences mentioning a day up to the last day of this range.
    pub mentioned_to: Option<DayRange>,
    /// The most hits to return.
    pub limit: usize,
    /// How to order the hits.
    pub sort: SortOrder,
}

/// One matching sentence, with its score and the byte ranges of `doc.text` that matched.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The matching sentence document.
    pub doc: SentenceDoc,
    /// Its relevance score; `None` when hits are ordered by date.
    pub score: Option<f32>,
    /// Byte ranges of `doc.text` holding a word of the query.
    pub highlights: Vec<Range<usize>>,
    /// Sentences around the hit in its article, in order, when context was asked for.
    pub context: Vec<SentenceDoc>,
}

/// A request the index cannot run, with what is wrong and how to write it.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The query text does not parse.
    #[error("cannot read the query {query:?}: {detail}; write words, \"a phrase\", AND, OR, -word, field:value")]
    BadQuery {
        /// The query as given.
        query: String,
        /// What the parser said.
        detail: String,
    },
    /// A person name holds no word.
    #[error("--person {0:?} holds no name; write a name such as \"Khan\" or \"Sadiq Khan\"")]
    EmptyPerson(String),
    /// The index failed while searching.
    #[error("searching the index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// The documents could not be written out.
    #[error("writing the output: {0}")]
    Output(#[from] std::io::Error),
    /// A stored document could not be read back.
    #[error("a stored document is damaged: {0}")]
    Damaged(String),
}

/// An open index ready for searches.
pub struct Search {
    pub(super) index: Index,
    pub(super) reader: IndexReader,
    pub(super) fields: Fields,
}

impl Search {
    /// Opens a reader on `index`, seeing its last commit.
    pub fn new(index: Index, fields: Fields) -> Result<Search, SearchError> {
        // A command searches the commit it opened: no thread watching for the next one.
        let reader = index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::Manual)
            .try_into()?;
        Ok(Search {
            index,
            reader,
            fields,
        })
    }

    /// Runs `request`, returning at most `request.limit` hits in the requested order.
    pub fn search(&self, request: &SearchRequest) -> Result<Vec<Hit>, SearchError> {
        let text_query = self.text_query(request)?;
        // Publication dates narrow a query that has other clauses by checking the documents
        // those clauses find; alone, they are a range query.
        let (query, days) = match self.query_without_dates(request, text_query.as_deref())? {
            Some(query) => (query, Some(Self::publication_days(request))),
            None => (self.full_query(request, text_query.as_deref())?, None),
        };
        let searcher = self.reader.searcher();
        let addresses: Vec<(Option<f32>, DocAddress)> =
            if request.sort == SortOrder::Relevance && text_query.is_some() {
                let top = TopDocs::with_limit(request.limit).order_by_score();
                let found = search_within(&searcher, &query, top, days)?;
                found
                    .into_iter()
                    .map(|(score, a)| (Some(score), a))
                    .collect()
            } else {
                let top = TopDocs::with_limit(request.limit)
                    .order_by_fast_field::<DateTime>("date", Order::Desc);
                let found = search_within(&searcher, &query, top, days)?;
                found.into_iter().map(|(_, a)| (None, a)).collect()
            };
        let highlight_terms = text_query.as_deref().map(|q| self.text_terms(q));
        let mut articles = ArticleColumns::default();
        addresses
            .into_iter()
            .map(|(score, address)| {
                let doc = self.read_doc(&searcher, address, &mut articles)?;
                let highlights = match &highlight_terms {
                    Some(terms) => self.highlight(&doc.text, terms)?,
                    None => Vec::new(),
                };
                Ok(Hit {
                    doc,
                    score,
                    highlights,
                    context: Vec::new(),
                })
            })
            .collect()
    }

    /// Calls `each` with every document of the index, in article and sentence order.
    pub fn for_each_document(
        &self,
        mut each: impl FnMut(SentenceDoc) -> std::io::Result<()>,
    ) -> Result<(), SearchError> {
        let searcher = self.reader.searcher();
        for (address, article) in super::order::documents_in_order(&searcher)?.iter() {
            each(self.read_doc_of(&searcher, address, article)?)?;
        }
        Ok(())
    }

    fn text_terms(&self, query: &dyn Query) -> HashSet<Term> {
        let mut terms = HashSet::new();
        query.query_terms(&mut |term, _| {
            if term.field() == self.fields.text {
                terms.insert(term.clone());
            }
        });
        terms
    }

    /// Byte ranges of `text` whose words (stemmed as the index stems them) are in `terms`.
    fn highlight(
        &self,
        text: &str,
        terms: &HashSet<Term>,
    ) -> Result<Vec<Range<usize>>, SearchError> {
        let mut analyzer = self.index.tokenizer_for_field(self.fields.text)?;
        let mut ranges = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while let Some(token) = stream.next() {
            if terms.contains(&Term::from_field_text(self.fields.text, &token.text)) {
                ranges.push(token.offset_from..token.offset_to);
            }
        }
        Ok(ranges)
    }

    /// The sentence document at `address`, its article's id read through `articles`.
    pub(super) fn read_doc(
        &self,
        searcher: &Searcher,
        address: DocAddress,
        articles: &mut ArticleColumns,
    ) -> Result<SentenceDoc, SearchError> {
        let article = articles.id(searcher, address)?;
        self.read_doc_of(searcher, address, &article)
    }

    /// The sentence document at `address`, whose article's id the caller has read.
    fn read_doc_of(
        &self,
        searcher: &Searcher,
        address: DocAddress,
        article: &str,
    ) -> Result<SentenceDoc, SearchError> {
        let stored: TantivyDocument = searcher.doc(address)?;
        let missing =
            |what: &str| SearchError::Damaged(format!("document {address:?} has no {what}"));
        let sentence = stored
            .get_first(self.fields.text)
            .and_then(|value| value.as_str())
            .ok_or_else(|| missing("text"))?;
        let bytes = stored
            .get_first(self.fields.doc)
            .and_then(|value| value.as_bytes())
            .ok_or_else(|| missing("body"))?;
        super::stored::from_stored(article, sentence, bytes)
            .map_err(|e| SearchError::Damaged(e.to_string()))
    }
}

/// Each segment's `article` column, opened when a document of the segment is first read: the
/// store does not repeat a document's article id (49 bytes a sentence of news-33k), the column
/// holds it once a segment.
#[derive(Default)]
pub(super) struct ArticleColumns {
    columns: Vec<Option<StrColumn>>,
}

impl ArticleColumns {
    /// The id of the article of the document at `address`.
    fn id(&mut self, searcher: &Searcher, address: DocAddress) -> Result<String, SearchError> {
        let missing = || SearchError::Damaged(format!("document {address:?} has no article"));
        let segment = address.segment_ord as usize;
        if self.columns.len() <= segment {
            self.columns.resize_with(segment + 1, || None);
        }
        let column = match &mut self.columns[segment] {
            Some(column) => column,
            empty => empty.insert(
                searcher
                    .segment_reader(address.segment_ord)
                    .fast_fields()
                    .str("article")?
                    .ok_or_else(missing)?,
            ),
        };
        let ord = column
            .term_ords(address.doc_id)
            .next()
            .ok_or_else(missing)?;
        let mut id = String::new();
        match column.ord_to_str(ord, &mut id) {
            Ok(true) => Ok(id),
            Ok(false) => Err(missing()),
            Err(e) => Err(SearchError::Damaged(format!(
                "the article of document {address:?}: {e}"
            ))),
        }
    }
}

/// Runs `query` with `collector`, keeping only documents published within `days` (first and
/// last instants, inclusive) when given: their date is read for the documents found only.
fn search_within<C>(
    searcher: &tantivy::Searcher,
    query: &dyn Query,
    collector: C,
    days: Option<(DateTime, DateTime)>,
) -> tantivy::Result<C::Fruit>
where
    C: tantivy::collector::Collector + Send + Sync,
{
    match days {
        Some((first, last)) => {
            let in_range = move |day: DateTime| first <= day && day <= last;
            let filtered = FilterCollector::new("date".to_string(), in_range, collector);
            searcher.search(query, &filtered)
        }
        None => searcher.search(query, &collector),
    }
}
