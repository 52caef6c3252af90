//! What each byte is to the tokenizers (the attribution's and the dates'), in one table, so that
//! their loops do one lookup a byte instead of a chain of range checks.

/// ASCII white space.
pub(super) const SPACE: u8 = 0;
/// An ASCII letter.
pub(super) const LETTER: u8 = 1;
/// An ASCII digit.
pub(super) const DIGIT: u8 = 2;
/// Any other ASCII character: punctuation, symbols, control characters.
pub(super) const PUNCT: u8 = 3;
/// A byte of a character beyond ASCII, which the tokenizers decode.
pub(super) const NON_ASCII: u8 = 4;

/// The class of every byte.
static CLASSES: [u8; 256] = {
    let mut classes = [NON_ASCII; 256];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        classes[byte] = if b.is_ascii_whitespace() {
            SPACE
        } else if b.is_ascii_alphabetic() {
            LETTER
        } else if b.is_ascii_digit() {
            DIGIT
        } else {
            PUNCT
        };
        byte += 1;
    }
    classes
};

/// The class of `byte`.
#[inline]
pub(super) fn of(byte: u8) -> u8 {
    CLASSES[usize::from(byte)]
}

/// Whether `class` is that of a letter or a digit, in one comparison.
#[inline]
pub(super) fn is_alphanumeric(class: u8) -> bool {
    class.wrapping_sub(LETTER) <= DIGIT - LETTER
}

/// Bit of `word_bits`: an ASCII letter or digit, which goes on a word.
pub(super) const WORD_BYTE: u8 = 1;
/// Bit of `word_bits`: a byte after which a word may still go on: an apostrophe, a hyphen or a
/// dot (Khan's, well-known, bbc.co.uk) or the first byte of a character beyond ASCII, which the
/// tokenizer decodes to tell.
pub(super) const MAY_JOIN: u8 = 2;

/// The `word_bits` of every byte.
static WORD_BITS: [u8; 256] = {
    let mut bits = [MAY_JOIN; 256];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        bits[byte] = if b.is_ascii_alphanumeric() {
            WORD_BYTE
        } else if matches!(b, b'\'' | b'-' | b'.') {
            MAY_JOIN
        } else {
            0
        };
        byte += 1;
    }
    bits
};

/// What `byte` is to the attribution tokenizer's scan of a word, as `WORD_BYTE` and `MAY_JOIN`
/// bits: one lookup a byte where the word goes on, one where it ends.
#[inline]
pub(super) fn word_bits(byte: u8) -> u8 {
    WORD_BITS[usize::from(byte)]
}
