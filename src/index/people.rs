//! Counting people over the sentences that match a request: a tantivy terms aggregation.

use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::AggregationCollector;

use super::schema::{speaker_from_column, MENTION_NAME, SPEAKER_NAME};
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
    /// `request`, most first; `request.limit` is ignored. With `request.kinds`, only speakers
    /// of those kinds are counted ("people --kind person" lists no organisation that spoke
    /// beside a person).
    pub fn count_people(
        &self,
        request: &SearchRequest,
        counted: Counted,
        limit: usize,
    ) -> Result<Vec<PersonCount>, SearchError> {
        let text_query = self.text_query(request)?;
        let query = self.full_query(request, text_query.as_deref())?;
        let mut terms = match counted {
            Counted::Speakers => serde_json::json!({"field": SPEAKER_NAME}),
            Counted::Mentions => serde_json::json!({"field": MENTION_NAME}),
        };
        // A name spoken as two kinds comes back twice and is summed: ask for more than shown.
        let asked = match counted {
            Counted::Speakers => limit.saturating_mul(2).saturating_add(10),
            Counted::Mentions => limit,
        };
        terms["size"] = asked.into();
        terms["order"] = serde_json::json!({"_count": "desc"});
        if counted == Counted::Speakers && !request.kinds.is_empty() {
            let kinds: Vec<String> = request.kinds.iter().map(|k| regex_escape(k)).collect();
            terms["include"] = format!("({}):.*", kinds.join("|")).into();
        }
        let request_json = serde_json::json!({"people": {"terms": terms}});
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
        let mut people: Vec<PersonCount> = Vec::with_capacity(buckets.len());
        for bucket in &buckets {
            let (Some(key), Some(sentences)) =
                (bucket["key"].as_str(), bucket["doc_count"].as_u64())
            else {
                continue;
            };
            let name = match counted {
                Counted::Speakers => speaker_from_column(key).1,
                Counted::Mentions => key,
            };
            match people.iter_mut().find(|p| p.name == name) {
                Some(person) => person.sentences += sentences,
                None => people.push(PersonCount {
                    name: name.to_string(),
                    sentences,
                }),
            }
        }
        // Most first; of equals, in name order.
        people.sort_by(|a, b| b.sentences.cmp(&a.sentences).then(a.name.cmp(&b.name)));
        people.truncate(limit);
        Ok(people)
    }
}

/// `text` with the characters a regular expression gives a meaning escaped.
fn regex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if !c.is_alphanumeric() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
