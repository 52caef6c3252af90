//! Tokenizing people's names as tantivy's chain of `SimpleTokenizer`, `RemoveLongFilter::limit(40)`,
//! `LowerCaser` and `AsciiFoldingFilter` does, in one pass for the names that are all ASCII.
//!
//! Every speaker and every mentioned person of every sentence goes through it (twice for a
//! speaker, see [`super::speaker_terms`]); through the chain, each word of a name took four
//! token streams, a copy and a scan for accents: 1.2% of an ingest's instructions. Names with
//! other characters still take the chain, so the terms are the same either way.

use tantivy::tokenizer::{
    AsciiFoldingFilter, BoxTokenStream, LowerCaser, RawTokenizer, RemoveLongFilter,
    SimpleTokenizer, TextAnalyzer, Token, TokenStream, Tokenizer,
};

/// The longest word kept, in bytes, as `RemoveLongFilter::limit(40)`: longer ones still take a
/// position.
const MAX_WORD_BYTES: usize = 40;

/// The tantivy chain whose tokens [`NameTokenizer`] gives.
pub fn name_chain() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_WORD_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// A whole name as one term, lower-cased and accent-folded: the outlet field's tokenizer, and
/// how [`super::speaker_terms`] folds a speaker's name that is not all ASCII.
pub fn whole_name_chain() -> TextAnalyzer {
    TextAnalyzer::builder(RawTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// The tokenizer of name fields: words, lower-cased, accents folded ("Pérez" finds "perez"),
/// words of 40 bytes or more left out; the same tokens, offsets and positions as
/// [`name_chain`].
#[derive(Clone)]
pub struct NameTokenizer {
    token: Token,
    chain: TextAnalyzer,
}

impl Default for NameTokenizer {
    fn default() -> Self {
        NameTokenizer {
            token: Token::default(),
            chain: name_chain(),
        }
    }
}

impl Tokenizer for NameTokenizer {
    type TokenStream<'a> = NameTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> NameTokenStream<'a> {
        if text.is_ascii() {
            self.token.reset();
            NameTokenStream::Ascii(AsciiWords {
                text,
                at: 0,
                token: &mut self.token,
            })
        } else {
            NameTokenStream::Chain(self.chain.token_stream(text))
        }
    }
}

/// The token stream of [`NameTokenizer`]: its own for an ASCII name, the chain's otherwise.
pub enum NameTokenStream<'a> {
    /// The words of an ASCII name.
    Ascii(AsciiWords<'a>),
    /// The chain's stream, for a name with other characters.
    Chain(BoxTokenStream<'a>),
}

/// The words of an all-ASCII text: runs of letters and digits, lower-cased. Folding leaves
/// ASCII as it is, and each byte is a character.
pub struct AsciiWords<'a> {
    text: &'a str,
    at: usize,
    token: &'a mut Token,
}

impl AsciiWords<'_> {
    fn advance(&mut self) -> bool {
        loop {
            let bytes = self.text.as_bytes();
            while self.at < bytes.len() && !bytes[self.at].is_ascii_alphanumeric() {
                self.at += 1;
            }
            if self.at == bytes.len() {
                return false;
            }
            let start = self.at;
            while self.at < bytes.len() && bytes[self.at].is_ascii_alphanumeric() {
                self.at += 1;
            }
            // Every word takes a position, kept or not, as in the chain.
            self.token.position = self.token.position.wrapping_add(1);
            if self.at - start >= MAX_WORD_BYTES {
                continue;
            }
            self.token.offset_from = start;
            self.token.offset_to = self.at;
            let text = &mut self.token.text;
            text.clear();
            text.push_str(&self.text[start..self.at]);
            text.make_ascii_lowercase();
            return true;
        }
    }
}

impl TokenStream for NameTokenStream<'_> {
    fn advance(&mut self) -> bool {
        match self {
            NameTokenStream::Ascii(words) => words.advance(),
            NameTokenStream::Chain(stream) => stream.advance(),
        }
    }

    fn token(&self) -> &Token {
        match self {
            NameTokenStream::Ascii(words) => words.token,
            NameTokenStream::Chain(stream) => stream.token(),
        }
    }

    fn token_mut(&mut self) -> &mut Token {
        match self {
            NameTokenStream::Ascii(words) => words.token,
            NameTokenStream::Chain(stream) => stream.token_mut(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::stemmer::tests::tokens;

    #[test]
    fn names_give_the_chains_tokens_ascii_or_not() {
        let mut ours = TextAnalyzer::from(NameTokenizer::default());
        let mut chain = name_chain();
        for name in [
            "Sadiq Khan",
            "Bill de Blasio",
            "O'Brien-Smith Jr., 3rd",
            "  MARIE-CLAIRE  d’Arc ",
            "Pérez",
            "José María Aznar",
            "ŞEHİR İstanbul",
            "Ελένη",
            "李 Wei",
            "Anameofexactlythirtyninebyteslongwordxx Kept",
            "Anameofexactlyfortybyteslongwordxxxxxxxx Kept",
            "",
            " ,.- ",
            "R2D2 and C3PO",
        ] {
            for _ in 0..2 {
                assert_eq!(
                    tokens(&mut ours, name),
                    tokens(&mut chain, name),
                    "{name:?}"
                );
            }
        }
    }
}
