//! Turning a [`SearchRequest`] into a tantivy query: words, people, kinds and date ranges.

use std::ops::Bound;

use jiff::civil::Date;
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, Occur, PhraseQuery, Query, QueryParser, RangeQuery,
    TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DateTime, Term};

use super::mentioned;
use super::quote_terms::with_quote_false_negated;
use super::schema::{day_to_datetime, NAME_EXACT_TOKENIZER, NAME_TOKENIZER};
use super::search::{Search, SearchError, SearchRequest};
use super::speaker_terms::kind_term;
use super::whole_articles::WholeArticles;

impl Search {
    pub(super) fn text_query(
        &self,
        request: &SearchRequest,
    ) -> Result<Option<Box<dyn Query>>, SearchError> {
        let Some(text) = request.text.as_deref().filter(|t| !t.trim().is_empty()) else {
            return Ok(None);
        };
        let mut parser = QueryParser::for_index(&self.index, vec![self.fields.text]);
        parser.set_conjunction_by_default();
        // Only a query holding "false" can ask for `quote:false`: the others are parsed once.
        let rewritten = text
            .contains("false")
            .then(|| tantivy::query_grammar::parse_query(text).ok())
            .flatten()
            .and_then(with_quote_false_negated);
        match rewritten {
            Some(ast) => parser.build_query_from_user_input_ast(ast),
            None => parser.parse_query(text),
        }
        .map(Some)
        .map_err(|e| SearchError::BadQuery {
            query: text.to_string(),
            detail: e.to_string(),
        })
    }

    pub(super) fn full_query(
        &self,
        request: &SearchRequest,
        text_query: Option<&dyn Query>,
    ) -> Result<Box<dyn Query>, SearchError> {
        Ok(all_of(self.clauses(request, text_query, true)?))
    }

    /// The query for `request` without its publication dates, when other clauses narrow it:
    /// the dates are then better checked on the few documents found (see
    /// [`Self::publication_days`]) than by reading the date column of every segment whose dates
    /// overlap the range. `None` when the request has no dates or nothing else to narrow it.
    pub(super) fn query_without_dates(
        &self,
        request: &SearchRequest,
        text_query: Option<&dyn Query>,
    ) -> Result<Option<Box<dyn Query>>, SearchError> {
        if request.from.is_none() && request.to.is_none() {
            return Ok(None);
        }
        let others = self.clauses(request, text_query, false)?;
        Ok((!others.is_empty()).then(|| all_of(others)))
    }

    /// The instants of the first and last publication days `request` asks for, inclusive.
    pub(super) fn publication_days(request: &SearchRequest) -> (DateTime, DateTime) {
        let instant =
            |day: Option<Date>, unbounded: DateTime| day.map_or(unbounded, day_to_datetime);
        (
            instant(request.from.map(|r| r.first), DateTime::MIN),
            instant(request.to.map(|r| r.last), DateTime::MAX),
        )
    }

    /// The clauses every match of `request` must satisfy, publication dates among them when
    /// `with_dates`.
    fn clauses(
        &self,
        request: &SearchRequest,
        text_query: Option<&dyn Query>,
        with_dates: bool,
    ) -> Result<Clauses, SearchError> {
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
                    let term = Term::from_field_text(self.fields.speaker, &kind_term(kind));
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
        if with_dates && (request.from.is_some() || request.to.is_some()) {
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
        Ok(clauses)
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

    /// The sentences of articles from any of `outlets`, each a whole outlet name, normalised
    /// as the index stores them (on each article's first sentence).
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
        Ok(Box::new(WholeArticles::of(Box::new(BooleanQuery::new(
            alternatives,
        )))))
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

/// Clauses of a boolean query, each with how it must occur.
type Clauses = Vec<(Occur, Box<dyn Query>)>;

/// Documents matching every one of `clauses`; all documents when there are none.
fn all_of(clauses: Clauses) -> Box<dyn Query> {
    if clauses.is_empty() {
        Box::new(AllQuery)
    } else {
        Box::new(BooleanQuery::new(clauses))
    }
}

/// A query that filters without changing the score.
fn filter(query: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(query, 0.0))
}
