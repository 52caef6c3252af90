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

/// Which bytes a word may still go on after: an apostrophe, a hyphen or a dot (Khan's,
/// well-known, bbc.co.uk) or any byte beyond ASCII, which the tokenizer decodes to tell.
static MAY_JOIN: [bool; 256] = {
    let mut joins = [true; 256];
    let mut byte = 0;
    while byte < 128 {
        joins[byte] = matches!(byte as u8, b'\'' | b'-' | b'.');
        byte += 1;
    }
    joins
};

/// Whether the attribution tokenizer's word may go on past `byte`, the first after a run of
/// ASCII letters and digits: one lookup where the word most often ends.
#[inline]
pub(super) fn may_join(byte: u8) -> bool {
    MAY_JOIN[usize::from(byte)]
}
