//! Word tokens of an article, with the facts the later steps ask of each: capitalised, inside a
//! quotation, first in its sentence. One pass; one token per word or punctuation mark.

use super::byte_class;
use super::quotes::Quote;
use super::swar;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits, with inner apostrophes and hyphens (Khan’s, don't, Crown-Indigenous).
    Word,
    /// Any other non-space character, one token each.
    Punct,
}

/// A token: its byte range in the article and what the attribution steps need to know about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of its first character ([`Token::start`]): four bytes, not eight, so that an
    /// article's tokens take 16 bytes each instead of 24, a third less memory for every pass
    /// over them to write and read.
    from: u32,
    /// Byte offset just past its last character ([`Token::end`]).
    to: u32,
    /// Word or punctuation.
    pub kind: Kind,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Lies inside a quotation (quote marks included).
    pub quoted: bool,
    /// First word of a sentence, paragraph or quotation, where capitals say nothing about names.
    pub initial: bool,
    /// A line break separates it from the token before.
    pub after_newline: bool,
}

// Two offsets of four bytes, the kind and four flags: 16 bytes (24 with `usize` offsets).
const _: () = assert!(std::mem::size_of::<Token>() == 16);

impl Token {
    /// Byte offset of its first character in the article.
    #[inline]
    pub fn start(&self) -> usize {
        self.from as usize
    }

    /// Byte offset just past its last character in the article.
    #[inline]
    pub fn end(&self) -> usize {
        self.to as usize
    }

    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start()..self.end()]
    }

    /// Whether it is a word.
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// Whether it is the punctuation mark `c`.
    pub fn is_punct(&self, text: &str, c: char) -> bool {
        self.kind == Kind::Punct && text[self.start()..].starts_with(c)
    }
}

/// Splits `text` into tokens, marking those inside `quotes` (sorted, as `find_quotes` gives them).
pub fn tokenize(text: &str, quotes: &[Quote]) -> Vec<Token> {
    // Offsets are kept in four bytes: an article past 4 GiB (none is) has its tokens cut there.
    let text = &text[..last_boundary_within(text, u32::MAX as usize)];
    let b = text.as_bytes();
    // News English has a token every 3.5 bytes or so: room for all of them, grown at most once.
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 3 + 16);
    let mut i = 0;
    // What the tokens so far say about the next word: whether a sentence starts there, and
    // whether the last token was punctuation (after which a line break starts a sentence).
    let (mut initial, mut after_punct) = (true, false);
    let mut newlines = 0usize;
    while let Some(&byte) = b.get(i) {
        let class = byte_class::of(byte);
        // Runs of ASCII spaces are skipped without decoding.
        if class == byte_class::SPACE {
            newlines += usize::from(byte == b'\n');
            i += 1;
            continue;
        }
        // ASCII, most characters, is classified by the table; the rest decoded.
        let (c, is_word, cap) = if class == byte_class::NON_ASCII {
            let c = char_at(text, i);
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            let is_word = c.is_alphanumeric();
            (c, is_word, is_word && c.is_uppercase())
        } else {
            (
                char::from(byte),
                byte_class::is_alphanumeric(class),
                byte.is_ascii_uppercase(),
            )
        };
        let newline = newlines > 0;
        let token = if is_word {
            let end = word_end(text, i);
            // A paragraph break starts a sentence even after a headline with no stop.
            let starts = initial || newlines > 1 || (newline && after_punct);
            initial = false;
            word(b, i, end, cap, starts, newline)
        } else {
            initial = initial || opens_sentence(c);
            punct(i, c.len_utf8(), newline)
        };
        after_punct = !is_word;
        newlines = 0;
        // Most tokens are followed by one plain space: stepped over here, not by another turn.
        i = token.end() + usize::from(b.get(token.end()) == Some(&b' '));
        out.push(token);
    }
    mark_quoted(&mut out, quotes);
    out
}

/// The largest character boundary of `text` at or before byte `limit`.
fn last_boundary_within(text: &str, limit: usize) -> usize {
    if text.len() <= limit {
        return text.len();
    }
    (0..=limit)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

/// The word token `b[start..end]`, capitalised when `cap` or when it is an Arabic article's
/// name ("al-Shabaab").
#[inline]
fn word(b: &[u8], start: usize, end: usize, cap: bool, initial: bool, newline: bool) -> Token {
    Token {
        from: start as u32,
        to: end as u32,
        kind: Kind::Word,
        cap: cap || (matches!(b[start], b'a' | b'e') && is_arabic_article_name(&b[start..end])),
        quoted: false,
        initial,
        after_newline: newline,
    }
}

/// The punctuation token of `len` bytes at `start`.
#[inline]
fn punct(start: usize, len: usize, newline: bool) -> Token {
    Token {
        from: start as u32,
        to: (start + len) as u32,
        kind: Kind::Punct,
        cap: false,
        quoted: false,
        initial: false,
        after_newline: newline,
    }
}

/// Marks the tokens that start inside one of `quotes` (sorted, never overlapping) as quoted.
fn mark_quoted(tokens: &mut [Token], quotes: &[Quote]) {
    let mut from = 0;
    for q in quotes {
        from += tokens[from..].partition_point(|t| t.start() < q.start);
        let inside = tokens[from..].partition_point(|t| t.start() < q.end);
        for t in &mut tokens[from..from + inside] {
            t.quoted = true;
        }
        from += inside;
    }
}

/// Whether a word is a name after the Arabic article, written in lower case: "al-Shabaab",
/// "el-Sisi", "al-Assad".
fn is_arabic_article_name(word: &[u8]) -> bool {
    matches!(word, [b'a' | b'e', b'l', b'-', c, ..] if c.is_ascii_uppercase())
}

/// The character at byte `i` (a character boundary), decoding only when it is not ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> char {
    let c = text.as_bytes()[i];
    if c.is_ascii() {
        char::from(c)
    } else {
        text[i..].chars().next().unwrap_or(' ')
    }
}

/// Punctuation after which the next word starts a sentence or quotation.
fn opens_sentence(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ':' | '“' | '‘' | '"' | '«' | '(' | '—' | '–'
    )
}

/// The end of the word starting at `start`: letters and digits, joined by inner apostrophes and
/// hyphens (Khan’s, don't, well-known).
#[inline]
fn word_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    // The common case: a run of ASCII letters and digits ending at a space or a mark that joins
    // nothing.
    let end = swar::alphanumeric_run_end(b, start);
    match b.get(end) {
        Some(&c) if byte_class::may_join(c) => joined_word_end(text, end),
        _ => end,
    }
}

/// The end of a word that reaches a mark that may join it to more (an apostrophe, a hyphen, a
/// dot) or a character beyond ASCII at `j`: the rare case, decoded.
fn joined_word_end(text: &str, mut j: usize) -> usize {
    let b = text.as_bytes();
    loop {
        if j >= b.len() {
            return j;
        }
        // Most words end at a space or a mark that joins nothing: no decoding needed.
        if b[j].is_ascii() && !matches!(b[j], b'\'' | b'-' | b'.') {
            return j;
        }
        let c = char_at(text, j);
        let len = c.len_utf8();
        let joins = matches!(c, '\'' | '’' | '-')
            && j + len < b.len()
            && char_at(text, j + len).is_alphanumeric();
        // A web address is one word: "Outsports.com", "bbc.co.uk".
        if c == '.' && top_level_domain_at(b, j + 1) {
            j = swar::alphanumeric_run_end(b, j + 1);
            continue;
        }
        if !(joins || (!c.is_ascii() && c.is_alphanumeric())) {
            return j;
        }
        j = swar::alphanumeric_run_end(b, j + len);
    }
}

/// The top-level domains that end a web address written as a word ("Outsports.com").
const TOP_LEVEL_DOMAINS: [&[u8]; 12] = [
    b"com", b"org", b"net", b"gov", b"edu", b"io", b"co", b"uk", b"ca", b"fr", b"de", b"info",
];

/// Whether a top-level domain starts at byte `at` and ends a word there ("com" of
/// "Outsports.com", not of "Outsports.comes").
fn top_level_domain_at(b: &[u8], at: usize) -> bool {
    // Most dots end a sentence, before a space: no domain to compare.
    if !b.get(at).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    TOP_LEVEL_DOMAINS.iter().any(|tld| {
        b[at..].starts_with(tld)
            && b.get(at + tld.len())
                .is_none_or(|&next| !next.is_ascii_alphanumeric())
    })
}

/// Whether `word` is a web address: a word, a dot and a top-level domain ("Outsports.com").
pub fn is_web_address(word: &str) -> bool {
    // A plain byte loop: words are short, and `rfind` sets up a searcher for each.
    let b = word.as_bytes();
    b.iter()
        .rposition(|&c| c == b'.')
        .is_some_and(|dot| dot > 0 && top_level_domain_at(b, dot + 1))
}

/// A pre-check that rules most words out of a word list without hashing them: for each first
/// letter (either case) and length under 16, the set of last letters the list's words have.
#[derive(Clone)]
pub struct LetterGate([[u32; 16]; 26]);

impl LetterGate {
    /// The gate of `words`; those not opening and ending with an ASCII letter, or of 16 bytes
    /// or more, leave it as it is.
    pub fn of<'a>(words: impl Iterator<Item = &'a [u8]>) -> LetterGate {
        let mut gate = [[0u32; 16]; 26];
        for w in words {
            let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
                continue;
            };
            let (first, last) = (gate_letter(first), gate_letter(last));
            if first < 26 && last < 26 && w.len() < 16 {
                gate[first][w.len()] |= 1 << last;
            }
        }
        LetterGate(gate)
    }

    /// Whether a word of `len` bytes from `first` to `last` may be one of the gate's words;
    /// `None` when the gate cannot judge it (a first or last byte that is not a letter, or a
    /// length of 16 or more).
    #[inline]
    pub fn judge(&self, first: u8, last: u8, len: usize) -> Option<bool> {
        let (first, last) = (gate_letter(first), gate_letter(last));
        (first < 26 && last < 26 && len < 16).then(|| self.0[first][len] & (1 << last) != 0)
    }
}

/// The ASCII letter `c` is, from 0 for "a" or "A" to 25, or 26 and more for any other byte.
#[inline]
fn gate_letter(c: u8) -> usize {
    // Setting 0x20 lower-cases a letter; only letters then land in a..z.
    usize::from((c | 0x20).wrapping_sub(b'a'))
}

/// A map from lower-case ASCII words read from data files to flag bits, for one-lookup checks.
/// Words of up to 16 bytes, nearly all of them, are keyed by their bytes packed into a `u128`,
/// lower-cased eight bytes at a time, in a table of their own (`PackedTable`) that hashes and
/// compares a key in a few instructions; longer ones by their bytes.
#[derive(Default)]
pub struct WordMap {
    short: PackedTable,
    long: HashMap<&'static [u8], u8, BuildHasherDefault<FxHasher>>,
    words: Vec<&'static [u8]>,
}

/// An open-addressing table from packed words to flags: a power of two of slots, at most half
/// of them full, probed one slot after another. It does what a `HashMap<u128, u8>` does for
/// these keys in fewer instructions (no hasher state, no control bytes, one comparison a probe),
/// which matters because every word of every article is looked up in several lists.
struct PackedTable {
    /// A power of two of slots, never all full, so that every probe meets an empty one.
    slots: Vec<Slot>,
    /// How many slots are full.
    len: usize,
}

/// A slot of a `PackedTable`: a key and its flags side by side, one cache line for both.
#[derive(Clone, Copy, Default)]
struct Slot {
    /// The packed word; 0, which no word packs to, marks an empty slot.
    key: u128,
    /// The flags of the word; 0 in an empty slot, so a probe that ends there says "absent".
    flags: u8,
}

impl Default for PackedTable {
    /// An empty table of one empty slot, so that lookups need no test for an empty table.
    fn default() -> Self {
        PackedTable {
            slots: vec![Slot::default()],
            len: 0,
        }
    }
}

impl PackedTable {
    /// The slot holding `key`, or the empty slot where it belongs.
    #[inline]
    fn slot(&self, key: u128) -> usize {
        let mask = self.slots.len() - 1;
        let mut at = home(key) & mask;
        while self.slots[at].key != key && self.slots[at].key != 0 {
            at = (at + 1) & mask;
        }
        at
    }

    /// The flags of `key`; 0 when absent.
    #[inline]
    fn get(&self, key: u128) -> u8 {
        self.slots[self.slot(key)].flags
    }

    /// The flags of `key` to set bits in, added with none when absent.
    fn entry(&mut self, key: u128) -> &mut u8 {
        debug_assert_ne!(key, 0, "no word packs to zero");
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        let at = self.slot(key);
        if self.slots[at].key == 0 {
            self.slots[at].key = key;
            self.len += 1;
        }
        &mut self.slots[at].flags
    }

    /// Doubles the slots and puts every key back.
    fn grow(&mut self) {
        let doubled = vec![Slot::default(); 2 * self.slots.len()];
        let old = std::mem::replace(&mut self.slots, doubled);
        for slot in old.into_iter().filter(|slot| slot.key != 0) {
            let at = self.slot(slot.key);
            self.slots[at] = slot;
        }
    }
}

/// Where the probe for a packed word starts, before masking to the table's size: a folded
/// multiply (the high and low halves of a 128-bit product mixed), so that every byte of the
/// word moves the slot.
#[inline]
fn home(key: u128) -> usize {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let (lo, hi) = (key as u64, (key >> 64) as u64);
    let product = u128::from(lo ^ hi.rotate_left(32)) * u128::from(K);
    ((product as u64) ^ ((product >> 64) as u64)) as usize
}

/// The longest word keyed by its packed bytes.
const PACKED: usize = 16;

/// The bytes of a word of at most 16 bytes packed into a u128 (zero bytes never occur in
/// words), ASCII capitals folded to lower case; other bytes, non-ASCII ones included, stay as
/// they are. Loaded a few bytes at a time, never byte by byte.
#[inline]
fn pack_lower(b: &[u8]) -> u128 {
    // Only the half that holds bytes is folded: most words fit in the low eight.
    let low = |x: u64| u128::from(swar::fold_capitals(x));
    match b.len() {
        0 => 0,
        1..=3 => {
            let (first, middle, last) = (b[0], b[b.len() / 2], b[b.len() - 1]);
            let packed = u64::from(first)
                | u64::from(middle) << (8 * (b.len() / 2))
                | u64::from(last) << (8 * (b.len() - 1));
            low(packed)
        }
        4..=7 => {
            // Two loads of four bytes that overlap where the word is shorter than eight.
            let head = u64::from(read_u32(b, 0));
            let tail = u64::from(read_u32(b, b.len() - 4)) << (8 * (b.len() - 4));
            low(head | tail)
        }
        8 => low(swar::load(b, 0).unwrap_or_default()),
        9..=PACKED => {
            // The last eight bytes, shifted past those the first eight already hold.
            let head = swar::load(b, 0).unwrap_or_default();
            let tail = swar::load(b, b.len() - 8).unwrap_or_default() >> (8 * (PACKED - b.len()));
            low(head) | low(tail) << 64
        }
        _ => unreachable!("only words of at most {PACKED} bytes are packed"),
    }
}

/// The four bytes of `b` from `at`, little-endian.
#[inline]
fn read_u32(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

impl WordMap {
    /// Adds the words of `data` (an `include_str!` of a data file: one word a line, `#` starts a
    /// comment line) with the flag bits `flag`.
    pub fn add(&mut self, data: &'static str, flag: u8) {
        let words = data
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        for word in words {
            self.insert(word, flag);
        }
    }

    /// Adds `words` (lower-case ASCII) with the flag bits `flag`.
    pub fn add_words(&mut self, words: &[&'static str], flag: u8) {
        for word in words {
            self.insert(word, flag);
        }
    }

    /// Sets the bits `flag` of `word`.
    fn insert(&mut self, word: &'static str, flag: u8) {
        let w = word.as_bytes();
        let entry = match w.len() {
            1..=PACKED => self.short.entry(pack_lower(w)),
            _ => self.long.entry(w).or_default(),
        };
        if *entry == 0 {
            self.words.push(w);
        }
        *entry |= flag;
    }

    /// The flags of `word`, folded to lower case; 0 when absent (or too long to be in a list).
    #[inline]
    pub fn flags(&self, word: &str) -> u8 {
        let b = word.as_bytes();
        if b.len() <= PACKED {
            self.short.get(pack_lower(b))
        } else {
            self.long_flags(b)
        }
    }

    /// The flags of a word longer than `PACKED` bytes: rare, so kept out of line, where its
    /// buffer and hashing do not cost the common case registers.
    #[cold]
    #[inline(never)]
    fn long_flags(&self, b: &[u8]) -> u8 {
        let mut buf = [0u8; 24];
        if b.len() > buf.len() {
            return 0;
        }
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        self.long.get(&buf[..b.len()]).copied().unwrap_or(0)
    }

    /// The words of the map, for building cheaper pre-checks over them.
    pub fn words(&self) -> impl Iterator<Item = &'static [u8]> + '_ {
        self.words.iter().copied()
    }
}

/// A set of lower-case ASCII words read from a data file.
pub struct WordSet(WordMap);

impl WordSet {
    /// Reads the words of `data` (one a line, `#` starts a comment line).
    pub fn parse(data: &'static str) -> Self {
        let mut map = WordMap::default();
        map.add(data, 1);
        WordSet(map)
    }

    /// Whether `word`, folded to lower case, is in the set.
    pub fn contains(&self, word: &str) -> bool {
        self.0.flags(word) != 0
    }

    /// The words of the set.
    pub fn words(&self) -> impl Iterator<Item = &'static [u8]> + '_ {
        self.0.words()
    }
}

/// A small fast hash for short words (the multiply-rotate hash of rustc's FxHasher); the word
/// lists are fixed, so there is no flooding to defend against.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl FxHasher {
    const K: u64 = 0x517c_c1b7_2722_0a95;

    #[inline]
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::K);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while rest.len() >= 8 {
            let (head, tail) = rest.split_at(8);
            self.mix(u64::from_le_bytes(head.try_into().unwrap_or_default()));
            rest = tail;
        }
        let mut last = [0u8; 8];
        last[..rest.len()].copy_from_slice(rest);
        self.mix(u64::from_le_bytes(last));
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.mix(i);
    }

    #[inline]
    fn write_u128(&mut self, i: u128) {
        self.mix(i as u64);
        self.mix((i >> 64) as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.mix(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// `word` in lower case, in `buf`, without allocating; None when it is not ASCII or too long.
pub fn lower_ascii<'a>(word: &str, buf: &'a mut [u8; 24]) -> Option<&'a str> {
    let b = word.as_bytes();
    if b.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    // ASCII lower-cased stays ASCII, so this never fails.
    std::str::from_utf8(&buf[..b.len()]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_four_byte_limit_cuts_text_only_at_a_character_boundary() {
        assert_eq!(last_boundary_within("Khan", 10), 4);
        assert_eq!(last_boundary_within("Khan", 4), 4);
        assert_eq!(last_boundary_within("Khan", 2), 2);
        // "é" is bytes 1 and 2: a limit inside it cuts before it.
        assert_eq!(last_boundary_within("Pérez", 2), 1);
        assert_eq!(last_boundary_within("Pérez", 3), 3);
        assert_eq!(last_boundary_within("", 0), 0);
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, &[]).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn packed_words_are_their_bytes_in_lower_case() {
        for len in 0..=PACKED {
            let word: Vec<u8> = (0..len as u8).map(|k| b'A' + k).collect();
            let mut expected = 0u128;
            for (k, c) in word.iter().enumerate() {
                expected |= u128::from(c.to_ascii_lowercase()) << (8 * k);
            }
            assert_eq!(pack_lower(&word), expected, "{len} bytes");
        }
        assert_eq!(
            pack_lower("Zé@[`{".as_bytes()),
            pack_lower("zé@[`{".as_bytes())
        );
        assert_ne!(pack_lower(b"@"), pack_lower(b"`"));
    }

    #[test]
    fn words_are_found_in_any_case_at_every_length() {
        let mut map = WordMap::default();
        map.add(
            "a\nsaid\nspokeswoman\nrepresentatives\ncounterterrorism\n",
            1,
        );
        for word in [
            "A",
            "Said",
            "SPOKESWOMAN",
            "Representatives",
            "counterTerrorism",
        ] {
            assert_eq!(map.flags(word), 1, "{word}");
        }
        for word in ["", "b", "sai", "saida", "spokeswomen", "representative"] {
            assert_eq!(map.flags(word), 0, "{word}");
        }
    }

    #[test]
    fn alphanumeric_runs_end_where_one_byte_at_a_time_ends_them() {
        let text = b"Crown-Indigenous relations, abcdefghijklmnopq. x";
        for start in 0..text.len() {
            let expected = start
                + text[start..]
                    .iter()
                    .position(|&c| !c.is_ascii_alphanumeric())
                    .unwrap_or(text.len() - start);
            assert_eq!(
                swar::alphanumeric_run_end(text, start),
                expected,
                "from {start}"
            );
        }
    }

    #[test]
    fn a_web_address_is_one_word() {
        assert_eq!(
            words("Per Outsports.com, bbc.co.uk and Tchadinfos.com. It comes."),
            [
                "Per",
                "Outsports.com",
                ",",
                "bbc.co.uk",
                "and",
                "Tchadinfos.com",
                ".",
                "It",
                "comes",
                "."
            ]
        );
        assert_eq!(words("He left.com"), ["He", "left.com"]);
        assert_eq!(words("He left. Combat"), ["He", "left", ".", "Combat"]);
        assert!(
            is_web_address("Outsports.com")
                && !is_web_address("Outsports")
                && !is_web_address(".com")
        );
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        assert_eq!(
            words("Mr. Khan’s well-known don't."),
            ["Mr", ".", "Khan’s", "well-known", "don't", "."]
        );
    }

    #[test]
    fn a_name_after_the_arabic_article_is_capitalised() {
        let t = "Then al-Shabaab said it, and al-qaida too.";
        let caps: Vec<&str> = tokenize(t, &[])
            .iter()
            .filter(|k| k.cap)
            .map(|k| k.text(t))
            .collect();
        assert_eq!(caps, ["Then", "al-Shabaab"]);
    }

    #[test]
    fn first_words_of_sentences_are_initial() {
        let t = "But Khan said. Officials agreed: Police";
        let toks = tokenize(t, &[]);
        let init: Vec<&str> = toks
            .iter()
            .filter(|k| k.initial)
            .map(|k| k.text(t))
            .collect();
        assert_eq!(init, ["But", "Officials", "Police"]);
    }
}
