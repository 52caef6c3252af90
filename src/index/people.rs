//! Counting people over the sentences that match a request: a tantivy terms aggregation.

use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::AggregationCollector;

use super::schema::{MENTION_NAME, SPEAKER_NAME};
use super::search::{Search, SearchError, SearchRequest};

/// Whom to count: the speakers of the sentences, or the people they merely mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    /// The people quoted or reported.
    Speakers,
    /// The people named without speaking.
    Mentions,
}

/// A person and the number of matching sentences they speak in (or are mentioned in).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PersonCount {
    /// The person's canonical name.
    pub name: String,
    /// How many matching sentences.
    pub sentences: u64,
}

impl Search {
    /// The `limit` people most often speaking in (or mentioned by) the sentences that match
    /// `request`, most first; `request.limit` is ignored.
    pub fn count_people(
        &self,
        request: &SearchRequest,
        counted: Counted,
        limit: usize,
    ) -> Result<Vec<PersonCount>, SearchError> {
        let text_query = self.text_query(request)?;
        let query = self.full_query(request, text_query.as_deref())?;
        let field = match counted {
            Counted::Speakers => SPEAKER_NAME,
            Counted::Mentions => MENTION_NAME,
        };
        let request_json = serde_json::json!({
            "people": {"terms": {"field": field, "size": limit, "order": {"_count": "desc"}}}
        });
        let aggregations: Aggregations = serde_json::from_value(request_json)
            .map_err(|e| SearchError::Damaged(format!("the people aggregation: {e}")))?;
        let collector = AggregationCollector::from_aggs(aggregations, Default::default());
        let results = self.reader.searcher().search(&query, &collector)?;
        let results = serde_json::to_value(results)
            .map_err(|e| SearchError::Damaged(format!("the people aggregation: {e}")))?;
        let buckets = results["people"]["buckets"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        Ok(buckets
            .iter()
            .filter_map(|bucket| {
                Some(PersonCount {
                    name: bucket["key"].as_str()?.to_string(),
                    sentences: bucket["doc_count"].as_u64()?,
                })
            })
            .collect())
    }
}
