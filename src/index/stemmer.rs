//! English stemming with a memory of the words already stemmed.
//!
//! tantivy's `en_stem` runs the Snowball stemmer on every word; news repeats its words, so
//! remembering each word's stem saves most of that work. The output is the same as `en_stem`'s.

use rustc_hash::FxHashMap;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// The most words remembered per tokenizer; past that, new words are stemmed each time.
const MAX_REMEMBERED: usize = 200_000;

/// A token filter that stems English words, as tantivy's `Stemmer`, remembering stems.
#[derive(Clone, Copy, Debug, Default)]
pub struct CachedEnglishStemmer;

impl TokenFilter for CachedEnglishStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter {
            inner: tokenizer,
            memory: StemMemory::default(),
        }
    }
}

/// The tokenizer that [`CachedEnglishStemmer`] makes of another.
#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    inner: T,
    memory: StemMemory,
}

/// Words already stemmed, with their stems.
#[derive(Clone)]
struct StemMemory {
    stems: FxHashMap<Box<str>, Box<str>>,
    stemmer: frostem::Stemmer,
}

impl Default for StemMemory {
    fn default() -> Self {
        StemMemory {
            stems: FxHashMap::default(),
            stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
        }
    }
}

impl StemMemory {
    /// Replaces `word` with its stem.
    fn stem_in_place(&mut self, word: &mut String) {
        if let Some(stem) = self.stems.get(word.as_str()) {
            word.clear();
            word.push_str(stem);
            return;
        }
        let stem: Box<str> = self.stemmer.stem(word).into();
        if self.stems.len() < MAX_REMEMBERED {
            self.stems.insert(word.as_str().into(), stem.clone());
        }
        word.clear();
        word.push_str(&stem);
    }
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
            memory: &mut self.memory,
        }
    }
}

/// The token stream of [`CachedStemmerFilter`].
pub struct CachedStemmerStream<'a, T> {
    tail: T,
    memory: &'a mut StemMemory,
}

impl<T: TokenStream> TokenStream for CachedStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        self.memory.stem_in_place(&mut self.tail.token_mut().text);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{
        LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, TokenizerManager,
    };

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize)> {
        let mut out = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while let Some(token) = stream.next() {
            out.push((token.text.clone(), token.offset_from, token.offset_to));
        }
        out
    }

    #[test]
    fn stems_as_tantivys_en_stem_does_twice_over() {
        let text = "Officials said the mayors were running, and runners ran; the mayor's running \
                    mate RUNS. Officials said it again.";
        let mut ours = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(CachedEnglishStemmer)
            .build();
        let mut theirs = TokenizerManager::default().get("en_stem").unwrap();
        assert_eq!(tokens(&mut ours, text), tokens(&mut theirs, text));
        // The second time the words come from memory: still the same.
        assert_eq!(tokens(&mut ours, text), tokens(&mut theirs, text));
    }
}
