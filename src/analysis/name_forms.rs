//! Numbers for the lower-case forms of the names in one article. A form met again, as a full
//! name, a surname, a first name or a word said alone, gets the number it had, so grouping
//! mentions into people indexes arrays by number instead of making a lower-case string for each
//! mention and hashing it into each of several maps.

use super::swar;
// A hash seeded per process, so no text can flood the maps, and far cheaper than SipHash.
use foldhash::HashMap;

/// The longest form keyed by its bytes packed into integers.
const PACKED: usize = 32;

/// A form as a hash key: an ASCII form of up to `PACKED` bytes (nearly every name) as its bytes
/// in lower case, packed and zero-padded (no name holds a zero byte), made without allocating;
/// any other form as its lower-case string.
#[derive(Debug, PartialEq, Eq, Hash)]
enum Key {
    Packed([u64; PACKED / 8]),
    Text(String),
}

impl Key {
    /// The key of `word`'s lower-case form (as `str::to_lowercase` makes it).
    fn of(word: &str) -> Key {
        if let Some(packed) = pack(word) {
            return Key::Packed(packed);
        }
        let lower = word.to_lowercase();
        // "KELVIN" written with the Kelvin sign lower-cases to ASCII: one form, one key.
        pack(&lower).map_or(Key::Text(lower), Key::Packed)
    }

    /// The key of `lower`, already in lower case.
    fn of_lower(lower: &str) -> Key {
        pack(lower).map_or_else(|| Key::Text(lower.to_string()), Key::Packed)
    }
}

/// The bytes of an ASCII `word` of at most `PACKED` bytes, in lower case, packed eight a word.
fn pack(word: &str) -> Option<[u64; PACKED / 8]> {
    let b = word.as_bytes();
    if b.len() > PACKED || !b.is_ascii() {
        return None;
    }
    let mut bytes = [0u8; PACKED];
    bytes[..b.len()].copy_from_slice(b);
    let mut packed = [0u64; PACKED / 8];
    for (word, eight) in packed.iter_mut().zip(bytes.chunks_exact(8)) {
        let mut le = [0u8; 8];
        le.copy_from_slice(eight);
        *word = swar::fold_capitals(u64::from_le_bytes(le));
    }
    Some(packed)
}

/// The number of every form met so far, counting up from 0 in the order they were first met.
#[derive(Default)]
pub(super) struct FormNumbers {
    numbers: HashMap<Key, usize>,
}

impl FormNumbers {
    /// Room for `forms` forms.
    pub(super) fn with_capacity(forms: usize) -> FormNumbers {
        FormNumbers {
            numbers: HashMap::with_capacity_and_hasher(forms, Default::default()),
        }
    }

    /// How many different forms there are.
    pub(super) fn len(&self) -> usize {
        self.numbers.len()
    }

    /// The number of `word`'s lower-case form, a new one if it was never met.
    pub(super) fn number(&mut self, word: &str) -> usize {
        let next = self.numbers.len();
        *self.numbers.entry(Key::of(word)).or_insert(next)
    }

    /// The number of `word`'s lower-case form, if it was met.
    pub(super) fn find(&self, word: &str) -> Option<usize> {
        self.numbers.get(&Key::of(word)).copied()
    }

    /// The number of the form `lower` (in lower case already), if it was met.
    pub(super) fn find_lower(&self, lower: &str) -> Option<usize> {
        self.numbers.get(&Key::of_lower(lower)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_form_gets_the_same_number() {
        let mut forms = FormNumbers::default();
        let khan = forms.number("Khan");
        let full = forms.number("Sadiq Khan");
        assert_eq!(forms.number("KHAN"), khan);
        assert_ne!(full, khan);
        let emile = forms.number("Émile");
        assert_eq!(forms.find("ÉMILE"), Some(emile));
        assert_eq!(forms.find_lower("émile"), Some(emile));
        assert_eq!(forms.find("sadiq khan"), Some(full));
        assert_eq!(forms.find("Khan Sadiq"), None);
        let long = forms.number("Alexandria Ocasio-Cortez of New York City");
        assert_eq!(
            forms.find("alexandria ocasio-cortez of new york city"),
            Some(long)
        );
        assert_eq!(forms.len(), 4);
        // The Kelvin sign lower-cases to a plain "k".
        assert_eq!(forms.number("\u{212A}han"), khan);
    }
}
