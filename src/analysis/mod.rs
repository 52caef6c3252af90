//! Reading news English: pure functions from an article's text to byte spans.
//!
//! Nothing here does I/O or knows about the index. Every offset is a byte offset into the
//! article's original text, end exclusive, so that `&text[start..end]` is what was found.
//!
//! Speaker attribution runs in separate steps, each its own module: `quotes` finds the quoted
//! spans, `tokens` splits the text into words, `names` finds the people named and gives each a
//! canonical name, `cues` finds the speech cues, `subjects` says whom each cue points to, and
//! `speakers` puts them together per sentence (`attribute`). Word lists live under `data/`.

mod byte_class;
mod cue_speakers;
pub mod cues;
pub mod dates;
mod name_forms;
pub mod names;
mod organisations;
pub mod people;
mod pronouns;
pub mod quotes;
pub mod sentences;
mod source_words;
mod sources;
pub mod speakers;
pub mod subjects;
pub(crate) mod swar;
pub mod tokens;
mod word_shape;

pub use dates::{find_dates, MentionedDate};
pub use sentences::{split_sentences, Sentence};
pub use speakers::{attribute, Attribution, NameMention, SpeakerKind, SpeakerMention};
