//! The tantivy index of sentence documents: its schema, writing to it, and searching it.

pub mod backpressure;
pub mod catalog;
pub mod context;
pub mod date_range;
pub mod error;
pub mod file_stamps;
pub mod mentioned;
pub mod name_tokenizer;
pub mod open;
pub mod order;
pub mod people;
pub mod query;
pub mod quote_terms;
pub mod schema;
pub mod search;
pub mod speaker_terms;
pub mod stats;
pub mod stemmer;
pub mod stored;
pub mod whole_articles;
pub mod writer;

pub use date_range::DayRange;
pub use error::IndexError;
pub use open::{last_ingest, open_index, open_or_create_index, record_ingest, recorded_source};
pub use schema::Fields;
pub use search::{Hit, Search, SearchRequest, SortOrder};
pub use writer::{merge_segments, IndexSink};
