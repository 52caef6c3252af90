//! whosaid: turn a folder of news articles into a searchable index of who said what, and when.
//!
//! Data flows one way, and the modules follow it:
//! files ([`article`]) -> sentences and speakers ([`analysis`]) -> sentence documents
//! ([`document`]) -> the tantivy index ([`index`]) -> hits -> printers ([`output`]).
//! The binary's subcommands ([`commands`]) are thin glue over these stages.

pub mod analysis;
pub mod article;
pub mod cli;
pub mod commands;
pub mod date_words;
pub mod document;
pub mod index;
pub mod output;

pub use article::Article;
pub use document::SentenceDoc;
