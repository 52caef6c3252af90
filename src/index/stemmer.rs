//! Tokenizing sentence text as tantivy's `en_stem` does, in one pass, with a memory of the words
//! already stemmed.
//!
//! `en_stem` runs the Snowball stemmer on every word; news repeats its words, so remembering
//! each word's stem saves most of that work. The output is the same as `en_stem`'s.

use rustc_hash::FxHashMap;

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use crate::analysis::swar;

/// The most words remembered per tokenizer; past that, new words are stemmed each time.
const MAX_REMEMBERED: usize = 200_000;

/// The longest word kept, in bytes, as tantivy's `RemoveLongFilter::limit(40)`: longer ones
/// still take a position.
const MAX_WORD_BYTES: usize = 40;

/// The tokenizer of sentence text: tantivy's `en_stem` chain (`SimpleTokenizer`,
/// `RemoveLongFilter::limit(40)`, `LowerCaser`, English `Stemmer`) in one pass, giving the same
/// tokens, offsets and positions, with a memory of the stems already found.
///
/// An ASCII word is split, lower-cased and looked up in one go, without copying it first; the
/// others take the chain's way.
#[derive(Clone, Default)]
pub struct EnglishStemTokenizer {
    token: Token,
    memory: StemMemory,
}

impl Tokenizer for EnglishStemTokenizer {
    type TokenStream<'a> = EnglishStemStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> EnglishStemStream<'a> {
        self.token.reset();
        EnglishStemStream {
            text,
            at: 0,
            token: &mut self.token,
            memory: &mut self.memory,
        }
    }
}

/// The token stream of [`EnglishStemTokenizer`].
pub struct EnglishStemStream<'a> {
    text: &'a str,
    at: usize,
    token: &'a mut Token,
    memory: &'a mut StemMemory,
}

impl EnglishStemStream<'_> {
    /// The next word (a run of alphanumeric characters) from `self.at`: its bounds and whether
    /// it is all ASCII. Leaves `self.at` after it.
    fn next_word(&mut self) -> Option<(usize, usize, bool)> {
        let bytes = self.text.as_bytes();
        let start = loop {
            let &b = bytes.get(self.at)?;
            if b.is_ascii() {
                if b.is_ascii_alphanumeric() {
                    break self.at;
                }
                self.at += 1;
            } else {
                let c = self.char_at(self.at);
                if c.is_alphanumeric() {
                    break self.at;
                }
                self.at += c.len_utf8();
            }
        };
        let mut ascii = true;
        loop {
            // ASCII letters and digits eight at a time; a character beyond ASCII decoded.
            self.at = swar::alphanumeric_run_end(bytes, self.at);
            match bytes.get(self.at) {
                Some(b) if !b.is_ascii() => {
                    let c = self.char_at(self.at);
                    if !c.is_alphanumeric() {
                        break;
                    }
                    ascii = false;
                    self.at += c.len_utf8();
                }
                _ => break,
            }
        }
        Some((start, self.at, ascii))
    }

    /// The character starting at byte `at`, a character boundary.
    fn char_at(&self, at: usize) -> char {
        self.text[at..].chars().next().unwrap_or_default()
    }
}

impl TokenStream for EnglishStemStream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            // Every word takes a position, kept or not, as in the chain.
            self.token.position = self.token.position.wrapping_add(1);
            let Some((start, end, ascii)) = self.next_word() else {
                self.token.text.clear();
                return false;
            };
            if end - start >= MAX_WORD_BYTES {
                continue;
            }
            self.token.offset_from = start;
            self.token.offset_to = end;
            let word = &self.text[start..end];
            let text = &mut self.token.text;
            if !(ascii && self.memory.stem_ascii(self.text, start, end, text)) {
                text.clear();
                if ascii {
                    text.push_str(word);
                    text.make_ascii_lowercase();
                } else {
                    // As tantivy's `LowerCaser`: character by character.
                    text.extend(word.chars().flat_map(char::to_lowercase));
                }
                self.memory.stem_in_place(text);
            }
            return true;
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Slots of the table of short words' stems, in front of the large map (16 bytes a slot, 512 KB):
/// news repeats a few thousand words most of the time, and a table this size stays in the
/// processor's cache where the map does not (profiling showed most of the stemming time waiting
/// on memory). Words of up to eight bytes are nine tokens in ten of news-33k.
const SHORT_SLOTS: usize = 1 << 15;
/// Slots of the table of longer words' stems (32 bytes a slot, 256 KB).
const LONG_SLOTS: usize = 1 << 13;
/// The longest word a short slot holds: its bytes are its key.
const SHORT_WORD: usize = 8;
/// The longest word a long slot holds.
const LONG_WORD: usize = 16;
/// The longest stem a long slot holds.
const LONG_STEM: usize = 15;

/// A word of at most eight bytes, lower-cased and padded with zero bytes (no word holds one),
/// and its stem, padded the same way (a stem is never longer than its word): no pointer to
/// follow, four slots to a cache line.
#[derive(Clone, Copy, Default)]
struct ShortSlot {
    key: u64,
    stem: u64,
}

/// A word's key (see [`long_key`]) and its stem, inline.
#[derive(Clone, Copy, Default)]
struct LongSlot {
    key: u128,
    stem_len: u8,
    stem: [u8; LONG_STEM],
}

/// Distinct words stemmed before the tables are made: a query's few words never pay for them
/// (making 1 MB of them doubled the time of a search in process).
const HOT_AFTER: usize = 64;

/// Words already stemmed, with their stems.
#[derive(Clone)]
struct StemMemory {
    /// Empty until [`HOT_AFTER`] words are remembered, then [`SHORT_SLOTS`] slots.
    short: Vec<ShortSlot>,
    /// Empty until [`HOT_AFTER`] words are remembered, then [`LONG_SLOTS`] slots.
    long: Vec<LongSlot>,
    stems: FxHashMap<Box<str>, Box<str>>,
    stemmer: frostem::Stemmer,
}

impl Default for StemMemory {
    fn default() -> Self {
        StemMemory {
            short: Vec::new(),
            long: Vec::new(),
            stems: FxHashMap::default(),
            stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
        }
    }
}

impl StemMemory {
    /// Writes the stem of the ASCII word at `start..end` of `text`, lower-cased, into `out`
    /// when a table holds it; says whether it did.
    fn stem_ascii(&self, text: &str, start: usize, end: usize, out: &mut String) -> bool {
        if self.short.is_empty() {
            return false;
        }
        let bytes = text.as_bytes();
        if end - start <= SHORT_WORD {
            let key = short_key_in(bytes, start, end);
            let slot = &self.short[short_slot(key)];
            if slot.key != key {
                return false;
            }
            let len = SHORT_WORD - (slot.stem.leading_zeros() / 8) as usize;
            copy_stem(&slot.stem.to_le_bytes()[..len], out);
            return true;
        }
        let Some(key) = long_key_in(bytes, start, end) else {
            return false;
        };
        let slot = &self.long[long_slot(key)];
        if slot.key != key {
            return false;
        }
        copy_stem(&slot.stem[..usize::from(slot.stem_len)], out);
        true
    }

    /// Replaces the lower-cased `word` with its stem.
    fn stem_in_place(&mut self, word: &mut String) {
        if self.short.is_empty() && self.stems.len() >= HOT_AFTER {
            self.short = vec![ShortSlot::default(); SHORT_SLOTS];
            self.long = vec![LongSlot::default(); LONG_SLOTS];
        }
        let StemMemory {
            short,
            long,
            stems,
            stemmer,
        } = self;
        let hot = !short.is_empty() && word.bytes().all(|b| b.is_ascii_alphanumeric());
        if let Some(stem) = stems.get(word.as_str()) {
            if hot {
                remember_hot(short, long, word.as_bytes(), stem);
            }
            word.clear();
            word.push_str(stem);
            return;
        }
        let stem: Box<str> = stemmer.stem(word).into();
        if hot {
            remember_hot(short, long, word.as_bytes(), &stem);
        }
        if stems.len() < MAX_REMEMBERED {
            stems.insert(word.as_str().into(), stem.clone());
        }
        word.clear();
        word.push_str(&stem);
    }
}

/// Writes a stem from a table into `out`, replacing what it held. The stems there are ASCII:
/// masked to seven bits each byte is a character of one byte to the compiler too, pushed with no
/// test of its width, and no check as UTF-8 or call to copy memory is needed.
#[inline]
fn copy_stem(stem: &[u8], out: &mut String) {
    out.clear();
    out.extend(stem.iter().map(|&b| char::from(b & 0x7f)));
}

/// Puts the lower-case ASCII `word` and its `stem` in the slot of its table, when both fit.
fn remember_hot(short: &mut [ShortSlot], long: &mut [LongSlot], word: &[u8], stem: &str) {
    if !stem.is_ascii() {
        return;
    }
    if word.len() <= SHORT_WORD {
        if stem.len() > SHORT_WORD {
            return;
        }
        let key = short_key_in(word, 0, word.len());
        let mut padded = [0u8; SHORT_WORD];
        padded[..stem.len()].copy_from_slice(stem.as_bytes());
        short[short_slot(key)] = ShortSlot {
            key,
            stem: u64::from_le_bytes(padded),
        };
    } else if let Some(key) = long_key_in(word, 0, word.len()) {
        if stem.len() > LONG_STEM {
            return;
        }
        let slot = &mut long[long_slot(key)];
        slot.key = key;
        slot.stem_len = stem.len() as u8;
        slot.stem[..stem.len()].copy_from_slice(stem.as_bytes());
    }
}

/// The key in the short table of the word of ASCII letters and digits at `start..end` of
/// `text` (one to eight bytes): its bytes lower-cased, padded with zeros, as a number. Read
/// eight bytes at a time where the text goes on that far.
///
/// Setting the 0x20 bit of each byte lower-cases a letter and leaves a digit (0x30-0x39) as it is.
fn short_key_in(text: &[u8], start: usize, end: usize) -> u64 {
    let kept = u64::MAX >> (8 * (SHORT_WORD - (end - start)));
    (u64::from_le_bytes(window(text, start, end)) | 0x2020_2020_2020_2020) & kept
}

/// The key in the long table of the word of ASCII letters and digits at `start..end` of `text`,
/// when it fits (nine to sixteen bytes): its bytes, lower-cased, padded with spaces (no word holds
/// one), as a number, read sixteen bytes at a time where the text goes on that far.
fn long_key_in(text: &[u8], start: usize, end: usize) -> Option<u128> {
    let len = end - start;
    if len == 0 || len > LONG_WORD {
        return None;
    }
    let kept = u128::MAX >> (8 * (LONG_WORD - len));
    Some(
        (u128::from_le_bytes(window(text, start, end)) & kept)
            | u128::from_le_bytes([0x20; LONG_WORD]),
    )
}

/// The `N` bytes of `text` from `start`, the word `start..end` (at most `N` bytes) first: read
/// in one load where the text goes on that far, else the word copied and zeros after it.
fn window<const N: usize>(text: &[u8], start: usize, end: usize) -> [u8; N] {
    let mut bytes = [0u8; N];
    match text.get(start..start + N) {
        Some(window) => bytes.copy_from_slice(window),
        None => bytes[..end - start].copy_from_slice(&text[start..end]),
    }
    bytes
}

/// The short slot of a word's key: a multiplicative hash.
fn short_slot(key: u64) -> usize {
    let mixed = key.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> (64 - SHORT_SLOTS.trailing_zeros())) as usize
}

/// The long slot of a word's key: a multiplicative hash of its sixteen bytes.
fn long_slot(key: u128) -> usize {
    let mixed = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> (64 - LONG_SLOTS.trailing_zeros())) as usize
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use tantivy::tokenizer::{TextAnalyzer, TokenizerManager};

    /// The tokens `analyzer` gives for `text`: text, offsets and position, to compare two
    /// tokenizers by.
    pub(crate) fn tokens(
        analyzer: &mut TextAnalyzer,
        text: &str,
    ) -> Vec<(String, usize, usize, usize)> {
        let mut out = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while let Some(token) = stream.next() {
            out.push((
                token.text.clone(),
                token.offset_from,
                token.offset_to,
                token.position,
            ));
        }
        out
    }

    #[test]
    fn stems_as_tantivys_en_stem_does_twice_over() {
        let text = "Officials said the mayors were running, and runners ran; the mayor's running \
                    mate RUNS. Officials said it AGAIN, Again and again.";
        let mut ours = TextAnalyzer::from(EnglishStemTokenizer::default());
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

    #[test]
    fn splits_skips_and_lower_cases_as_tantivys_chain() {
        let mut ours = TextAnalyzer::from(EnglishStemTokenizer::default());
        let mut theirs = TokenizerManager::default().get("en_stem").unwrap();
        // Accented and non-Latin letters, digits, a letter the lower case of which is longer,
        // words too long to keep (which still take a position), punctuation all around.
        let text = "«Pérez» ŞEHİR's 1990s—CAFÉS; Πόλεις İstanbul x\u{2019}y \
                    Supercalifragilisticexpialidociousnessisms anotherwordthatistoolongforthefilter \
                    exactlythirtyninebyteslongwordsarehere1 exactlyfortybyteslongwordsarehere1234567 \
                    a \u{00e9}\u{0301} 数字2017年 ,,, ";
        for _ in 0..2 {
            assert_eq!(tokens(&mut ours, text), tokens(&mut theirs, text));
        }
        assert_eq!(tokens(&mut ours, ""), Vec::new());
        assert_eq!(tokens(&mut ours, " ,.- "), Vec::new());
    }
}
