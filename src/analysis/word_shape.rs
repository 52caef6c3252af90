//! The shape of a word, read in one pass over its bytes: whether it holds a hyphen, a dot, a
//! digit, a small letter, an apostrophe. The name rules ask all of these of every capitalised
//! word; one table lookup a byte answers them together instead of a scan for each.

/// A hyphen: "Vice-President", "D-Calif".
const HYPHEN: u8 = 1;
/// A dot: "cnn.com".
const DOT: u8 = 2;
/// An ASCII digit: "G7".
const DIGIT: u8 = 4;
/// An ASCII small letter.
const SMALL: u8 = 8;
/// A byte beyond ASCII, so the word's letters need decoding to be told apart.
const NON_ASCII: u8 = 16;
/// An apostrophe, straight or curly (’ is the UTF-8 bytes E2 80 99; its last byte marks it).
const APOSTROPHE: u8 = 32;

/// The shape bits of every byte.
static BYTE_SHAPES: [u8; 256] = {
    let mut shapes = [NON_ASCII; 256];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        shapes[byte] = match b {
            b'-' => HYPHEN,
            b'.' => DOT,
            b'\'' => APOSTROPHE,
            b'0'..=b'9' => DIGIT,
            b'a'..=b'z' => SMALL,
            _ => 0,
        };
        byte += 1;
    }
    shapes[0x99] = NON_ASCII | APOSTROPHE;
    shapes
};

/// What the bytes of one word hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Shape(u8);

impl Shape {
    /// Reads the shape of `word`.
    #[inline]
    pub(super) fn of(word: &str) -> Shape {
        Shape(
            word.bytes()
                .fold(0, |bits, b| bits | BYTE_SHAPES[usize::from(b)]),
        )
    }

    /// Whether the word holds a hyphen.
    pub(super) fn hyphen(self) -> bool {
        self.0 & HYPHEN != 0
    }

    /// Whether the word holds a dot.
    pub(super) fn dot(self) -> bool {
        self.0 & DOT != 0
    }

    /// Whether the word holds an ASCII digit.
    pub(super) fn digit(self) -> bool {
        self.0 & DIGIT != 0
    }

    /// Whether the word may hold an apostrophe: a straight one, or a byte ending a curly one.
    pub(super) fn apostrophe(self) -> bool {
        self.0 & APOSTROPHE != 0
    }

    /// Whether `word` (the word this shape is of) holds a small letter, in any script.
    pub(super) fn has_small_letter(self, word: &str) -> bool {
        if self.0 & NON_ASCII == 0 {
            return self.0 & SMALL != 0;
        }
        word.chars().any(char::is_lowercase)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_say_what_the_bytes_hold() {
        let shape = Shape::of("Vice-President");
        assert!(shape.hyphen() && !shape.dot() && !shape.digit() && !shape.apostrophe());
        assert!(shape.has_small_letter("Vice-President"));
        assert!(!Shape::of("CNN").has_small_letter("CNN"));
        assert!(Shape::of("cnn.com").dot());
        assert!(Shape::of("G7").digit());
        assert!(Shape::of("I’m").apostrophe() && Shape::of("I've").apostrophe());
        assert!(Shape::of("Émile").has_small_letter("Émile"));
        assert!(!Shape::of("ÉMILE").has_small_letter("ÉMILE"));
    }
}
