//! Reading news English: pure functions from an article's text to byte spans.
//!
//! Nothing here does I/O or knows about the index. Every offset is a byte offset into the
//! article's original text, end exclusive, so that `&text[start..end]` is what was found.

pub mod dates;
pub mod sentences;
pub mod speakers;

pub use dates::{find_dates, MentionedDate};
pub use sentences::{split_sentences, Sentence};
pub use speakers::{attribute, Attribution, SpeakerMention};
