//! Eight bytes at a time: tests on the bytes of a `u64` for the scans that look at every byte of
//! an article (the attribution's tokenizer, the sentence splitter, the word lists' keys, the
//! index's stemming tokenizer, the dates' look for a digit or a date word). Each
//! test adds to a byte's low seven bits only, so no carry crosses into the next byte.

/// One in each byte.
pub(super) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte.
pub(super) const HIGH: u64 = ONES << 7;

/// The eight bytes of `b` from `at`, little-endian, if there are eight.
#[inline]
pub(super) fn load(b: &[u8], at: usize) -> Option<u64> {
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(b.get(at..at + 8)?);
    Some(u64::from_le_bytes(bytes))
}

/// The high bit of each byte of `x` from `lo` to `hi` (both at most 0x7f), ignoring bytes'
/// high bits.
#[inline]
fn within(x: u64, lo: u8, hi: u8) -> u64 {
    let low7 = x & !HIGH;
    let at_least_lo = low7.wrapping_add(ONES * u64::from(0x80 - lo));
    let above_hi = low7.wrapping_add(ONES * u64::from(0x7f - hi));
    at_least_lo & !above_hi & HIGH
}

/// `x` with each ASCII capital made lower case: a byte is a capital when it is ASCII and from
/// `A` to `Z`, and lower-casing sets its `0x20` bit.
#[inline]
pub(super) fn fold_capitals(x: u64) -> u64 {
    let capital = within(x, b'A', b'Z') & !x;
    x | (capital >> 2)
}

/// The high bit of each byte of `x` that is not an ASCII letter or digit, exact for the lowest
/// such byte, which is all a scan for the end of a word asks (bytes above it may be marked
/// wrongly either way).
///
/// Cheaper than testing each byte apart: no masking of the high bits. Adding to a byte carries
/// into the next only from a byte of 0x80 or more, which is itself marked (it is not ASCII);
/// below the lowest marked byte every byte is a letter or digit, and none of those carries.
#[inline]
pub(super) fn first_not_alphanumeric(x: u64) -> u64 {
    // Setting 0x20 makes capitals small letters and moves nothing else into a..z.
    let small = x | (ONES * 0x20);
    let letter = small.wrapping_add(ONES * (0x80 - u64::from(b'a')))
        & !small.wrapping_add(ONES * (0x7f - u64::from(b'z')));
    let digit = x.wrapping_add(ONES * (0x80 - u64::from(b'0')))
        & !x.wrapping_add(ONES * (0x7f - u64::from(b'9')));
    (!(letter | digit) | x) & HIGH
}

/// Where the run of ASCII letters and digits of `b` from `j` ends: eight bytes a step while
/// eight remain, then byte by byte. Shared by the tokenizers that scan every word of an article.
#[inline]
pub(crate) fn alphanumeric_run_end(b: &[u8], mut j: usize) -> usize {
    while let Some(eight) = load(b, j) {
        let others = first_not_alphanumeric(eight);
        if others != 0 {
            return j + first_byte(others);
        }
        j += 8;
    }
    let rest = b.get(j..).unwrap_or_default();
    j + rest
        .iter()
        .position(|c| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len())
}

/// Whether `b` holds an ASCII digit: eight bytes a step while eight remain, then byte by byte.
#[inline]
pub(crate) fn has_digit(b: &[u8]) -> bool {
    let mut chunks = b.chunks_exact(8);
    let found = chunks.by_ref().any(|eight| {
        let x = u64::from_le_bytes(eight.try_into().unwrap_or_default());
        // A byte with its high bit set is no ASCII digit, whatever its low seven bits.
        within(x, b'0', b'9') & !x != 0
    });
    found || chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// The high bit of each zero byte of `x`, exact for the lowest such byte (a borrow may mark
/// bytes above it too).
#[inline]
pub(super) fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(ONES) & !x & HIGH
}

/// The index of the lowest byte whose high bit `mask` sets.
#[inline]
pub(super) fn first_byte(mask: u64) -> usize {
    (mask.trailing_zeros() / 8) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `byte` at place `at` of eight otherwise alphanumeric bytes, as a u64.
    fn with(byte: u8, at: usize) -> u64 {
        let mut bytes = *b"aZ09zA9m";
        bytes[at] = byte;
        u64::from_le_bytes(bytes)
    }

    #[test]
    fn a_digit_is_found_at_every_place_and_nothing_else_is_one() {
        for byte in 0..=255u8 {
            // Eight bytes a step, then the three left over.
            for at in 0..11 {
                let mut bytes = *b"abcXYZ-.\xc3\xa9q";
                bytes[at] = byte;
                assert_eq!(
                    has_digit(&bytes),
                    byte.is_ascii_digit(),
                    "{byte:#x} at {at}"
                );
            }
        }
        assert!(!has_digit(b""));
    }

    #[test]
    fn every_byte_at_every_place_is_told_as_one_at_a_time() {
        for low in 0..=255u8 {
            for high in 0..=255u8 {
                let x = u64::from_le_bytes([b'a', low, high, b'Z', b'0', b'9', b'z', b'A']);
                let expected = [b'a', low, high]
                    .iter()
                    .position(|c| !c.is_ascii_alphanumeric());
                let found = Some(first_byte(first_not_alphanumeric(x))).filter(|&k| k < 3);
                assert_eq!(found, expected, "{low:#x} {high:#x}");
            }
        }
        for byte in 0..=255u8 {
            for at in 0..8 {
                let bit = 0x80 << (8 * at);
                let others = first_not_alphanumeric(with(byte, at));
                assert_eq!(
                    others & bit != 0,
                    !byte.is_ascii_alphanumeric(),
                    "{byte:#x} at {at}"
                );
                // Below the lowest byte that is not a letter or digit nothing is marked.
                assert_eq!(others & (bit - 1), 0, "{byte:#x} at {at}");
                let folded = fold_capitals(with(byte, at)).to_le_bytes();
                assert_eq!(folded[at], byte.to_ascii_lowercase(), "{byte:#x} at {at}");
                let zero = zero_bytes(with(byte, at));
                assert_eq!(zero != 0, byte == 0, "{byte:#x} at {at}");
                if byte == 0 {
                    assert_eq!(first_byte(zero), at);
                }
            }
        }
    }
}
