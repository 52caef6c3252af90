//! Searching the index: a request in, ranked hits out; and reading every document back in order.

use std::collections::HashSet;
use std::ops::{Bound, Range};

use jiff::civil::Date;
use tantivy::collector::TopDocs;
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, Occur, PhraseQuery, Query, QueryParser, RangeQuery,
    TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DateTime, DocAddress, Index, IndexReader, Order, Searcher, TantivyDocument, Term};

use super::date_range::DayRange;
use super::mentioned;
use super::schema::{day_to_datetime, Fields, NAME_EXACT_TOKENIZER, NAME_TOKENIZER};
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
    index: Index,
    reader: IndexReader,
    fields: Fields,
}

impl Search {
    /// Opens a reader on `index`, seeing its last commit.
    pub fn new(index: Index, fields: Fields) -> Result<Search, SearchError> {
        let reader = index.reader()?;
        Ok(Search {
            index,
            reader,
            fields,
        })
    }

    /// Runs `request`, returning at most `request.limit` hits in the requested order.
    pub fn search(&self, request: &SearchRequest) -> Result<Vec<Hit>, SearchError> {
        let text_query = self.text_query(request)?;
        let query = self.full_query(request, text_query.as_deref())?;
        let searcher = self.reader.searcher();
        let addresses: Vec<(Option<f32>, DocAddress)> =
            if request.sort == SortOrder::Relevance && text_query.is_some() {
                let top = TopDocs::with_limit(request.limit).order_by_score();
                let found = searcher.search(&query, &top)?;
                found
                    .into_iter()
                    .map(|(score, a)| (Some(score), a))
                    .collect()
            } else {
                let top = TopDocs::with_limit(request.limit)
                    .order_by_fast_field::<DateTime>("date", Order::Desc);
                let found = searcher.search(&query, &top)?;
                found.into_iter().map(|(_, a)| (None, a)).collect()
            };
        let highlight_terms = text_query.as_deref().map(|q| self.text_terms(q));
        addresses
            .into_iter()
            .map(|(score, address)| {
                let doc = self.read_doc(&searcher, address)?;
                let highlights = match &highlight_terms {
                    Some(terms) => self.highlight(&doc.text, terms)?,
                    None => Vec::new(),
                };
                Ok(Hit {
                    doc,
                    score,
                    highlights,
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
        for address in super::order::documents_in_order(&searcher)? {
            each(self.read_doc(&searcher, address)?)?;
        }
        Ok(())
    }

    fn text_query(&self, request: &SearchRequest) -> Result<Option<Box<dyn Query>>, SearchError> {
        let Some(text) = request.text.as_deref().filter(|t| !t.trim().is_empty()) else {
            return Ok(None);
        };
        let mut parser = QueryParser::for_index(&self.index, vec![self.fields.text]);
        parser.set_conjunction_by_default();
        parser
            .parse_query(text)
            .map(Some)
            .map_err(|e| SearchError::BadQuery {
                query: text.to_string(),
                detail: e.to_string(),
            })
    }

    fn full_query(
        &self,
        request: &SearchRequest,
        text_query: Option<&dyn Query>,
    ) -> Result<Box<dyn Query>, SearchError> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(query) = text_query {
            clauses.push((Occur::Must, query.box_clone()));
        }
        if !request.persons.is_empty() {
            let persons = self.names_query(self.fields.speakers, &request.persons)?;
            clauses.push((Occur::Must, filter(persons)));
        }
        if !request.mentions.is_empty() {
            let mentions = self.names_query(self.fields.mentions, &request.mentions)?;
            clauses.push((Occur::Must, filter(mentions)));
        }
        if !request.kinds.is_empty() {
            let kinds = request
                .kinds
                .iter()
                .map(|kind| {
                    let term = Term::from_field_text(self.fields.speaker_kind, kind);
                    let query: Box<dyn Query> =
                        Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                    (Occur::Should, query)
                })
                .collect();
            clauses.push((Occur::Must, filter(Box::new(BooleanQuery::new(kinds)))));
        }
        if !request.outlets.is_empty() {
            clauses.push((Occur::Must, filter(self.outlets_query(&request.outlets)?)));
        }
        if request.from.is_some() || request.to.is_some() {
            let range = day_range(
                self.fields.date,
                request.from.map(|r| r.first),
                request.to.map(|r| r.last),
            );
            clauses.push((Occur::Must, filter(range)));
        }
        if request.mentioned_from.is_some() || request.mentioned_to.is_some() {
            clauses.push((Occur::Must, filter(self.mentioned_query(request))));
        }
        if clauses.is_empty() {
            return Ok(Box::new(AllQuery));
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    /// Sentences mentioning any day of the requested range: a day, a month or a year that
    /// overlaps it (see [`super::mentioned`]).
    fn mentioned_query(&self, request: &SearchRequest) -> Box<dyn Query> {
        let last = request.mentioned_to.map(|r| r.last);
        let starts = request
            .mentioned_from
            .map(|r| mentioned::search_starts(r.first));
        let pieces = self
            .fields
            .mentioned
            .iter()
            .enumerate()
            .map(|(n, field)| (Occur::Should, day_range(*field, starts.map(|s| s[n]), last)))
            .collect();
        Box::new(BooleanQuery::new(pieces))
    }

    /// Any of `persons` in the name field `field`, each matched word by word as a phrase:
    /// "sadiq khan", "khan".
    fn names_query(&self, field: Field, persons: &[String]) -> Result<Box<dyn Query>, SearchError> {
        let mut analyzer = self
            .index
            .tokenizers()
            .get(NAME_TOKENIZER)
            .ok_or_else(|| SearchError::Damaged("the name tokenizer is missing".to_string()))?;
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for person in persons {
            let mut terms = Vec::new();
            let mut stream = analyzer.token_stream(person);
            while let Some(token) = stream.next() {
                terms.push(Term::from_field_text(field, &token.text));
            }
            let query: Box<dyn Query> = match terms.len() {
                0 => return Err(SearchError::EmptyPerson(person.clone())),
                1 => Box::new(TermQuery::new(terms.remove(0), IndexRecordOption::Basic)),
                _ => Box::new(PhraseQuery::new(terms)),
            };
            alternatives.push((Occur::Should, query));
        }
        Ok(Box::new(BooleanQuery::new(alternatives)))
    }

    /// Any of `outlets`, each a whole outlet name, normalised as the index stores them.
    fn outlets_query(&self, outlets: &[String]) -> Result<Box<dyn Query>, SearchError> {
        let mut analyzer = self
            .index
            .tokenizers()
            .get(NAME_EXACT_TOKENIZER)
            .ok_or_else(|| SearchError::Damaged("the outlet tokenizer is missing".to_string()))?;
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for outlet in outlets {
            let mut stream = analyzer.token_stream(outlet.trim());
            while let Some(token) = stream.next() {
                let term = Term::from_field_text(self.fields.outlet, &token.text);
                alternatives.push((
                    Occur::Should,
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                ));
            }
        }
        Ok(Box::new(BooleanQuery::new(alternatives)))
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

    fn read_doc(
        &self,
        searcher: &Searcher,
        address: DocAddress,
    ) -> Result<SentenceDoc, SearchError> {
        let stored: TantivyDocument = searcher.doc(address)?;
        let bytes = stored
            .get_first(self.fields.doc)
            .and_then(|value| value.as_bytes())
            .ok_or_else(|| SearchError::Damaged(format!("document {address:?} has no body")))?;
        serde_json::from_slice(bytes).map_err(|e| SearchError::Damaged(e.to_string()))
    }
}

/// Documents whose `field` holds a day from `first` to `last`, inclusive; `None` is unbounded.
fn day_range(field: Field, first: Option<Date>, last: Option<Date>) -> Box<dyn Query> {
    let bound = |day: Option<Date>| match day {
        Some(day) => Bound::Included(Term::from_field_date_for_search(
            field,
            day_to_datetime(day),
        )),
        None => Bound::Unbounded,
    };
    Box::new(RangeQuery::new(bound(first), bound(last)))
}

/// A query that filters without changing the score.
fn filter(query: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(query, 0.0))
}
