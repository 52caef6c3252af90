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

/// Slots of the small table in front of the large one: news repeats a few thousand words most
/// of the time, and a table this size stays in the processor's cache where the large one does
/// not (profiling showed most of the stemming time waiting on the large table's memory).
const HOT_SLOTS: usize = 1 << 13;
/// The longest word, and stem, a hot slot holds.
const HOT_LEN: usize = 15;

/// A word and its stem, inline: no pointer to follow.
#[derive(Clone, Copy, Default)]
struct HotSlot {
    word_len: u8,
    stem_len: u8,
    word: [u8; HOT_LEN],
    stem: [u8; HOT_LEN],
}

/// Words already stemmed, with their stems.
#[derive(Clone)]
struct StemMemory {
    hot: Box<[HotSlot]>,
    stems: FxHashMap<Box<str>, Box<str>>,
    stemmer: frostem::Stemmer,
}

impl Default for StemMemory {
    fn default() -> Self {
        StemMemory {
            hot: vec![HotSlot::default(); HOT_SLOTS].into_boxed_slice(),
            stems: FxHashMap::default(),
            stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
        }
    }
}

impl StemMemory {
    /// Replaces `word` with its stem.
    fn stem_in_place(&mut self, word: &mut String) {
        let bytes = word.as_bytes();
        let fits = !bytes.is_empty() && bytes.len() <= HOT_LEN;
        let slot = if fits {
            let slot = hot_slot(bytes);
            let hot = &self.hot[slot];
            if usize::from(hot.word_len) == bytes.len() && &hot.word[..bytes.len()] == bytes {
                let stem = &hot.stem[..usize::from(hot.stem_len)];
                // The stem came from a `str`, whole: still valid UTF-8.
                let stem = std::str::from_utf8(stem).unwrap_or_default();
                word.clear();
                word.push_str(stem);
                return;
            }
            Some(slot)
        } else {
            None
        };
        if let Some(stem) = self.stems.get(word.as_str()) {
            if let Some(slot) = slot {
                remember_hot(&mut self.hot[slot], word, stem);
            }
            word.clear();
            word.push_str(stem);
            return;
        }
        let stem: Box<str> = self.stemmer.stem(word).into();
        if let Some(slot) = slot {
            remember_hot(&mut self.hot[slot], word, &stem);
        }
        if self.stems.len() < MAX_REMEMBERED {
            self.stems.insert(word.as_str().into(), stem.clone());
        }
        word.clear();
        word.push_str(&stem);
    }
}

/// Puts `word` and its `stem` in a hot slot, when both fit.
fn remember_hot(hot: &mut HotSlot, word: &str, stem: &str) {
    if word.len() > HOT_LEN || stem.len() > HOT_LEN {
        return;
    }
    hot.word_len = word.len() as u8;
    hot.word[..word.len()].copy_from_slice(word.as_bytes());
    hot.stem_len = stem.len() as u8;
    hot.stem[..stem.len()].copy_from_slice(stem.as_bytes());
}

/// The hot slot of a word: an FNV-1a hash of its bytes.
fn hot_slot(bytes: &[u8]) -> usize {
    let mut hash: u32 = 0x811c_9dc5;
    for &b in bytes {
        hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    hash as usize & (HOT_SLOTS - 1)
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
        // Enough words to fill and overwrite the small table, and some too long for it.
        let many: String = (0..40_000)
            .map(|n| format!("running{n} jumped{} internationalisations ", n % 977))
            .collect();
        assert_eq!(tokens(&mut ours, &many), tokens(&mut theirs, &many));
        assert_eq!(tokens(&mut ours, &many), tokens(&mut theirs, &many));
    }
}
