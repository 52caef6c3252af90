//! The terms of the `speaker` field: a speaker's whole name, and a term for their kind.
//!
//! One value per speaker, `kind:name` ("person:Sadiq Khan"), serves three uses: its fast column
//! keeps it whole (`people` counts by it), and this tokenizer indexes the name as one term
//! (`speaker:"sadiq khan"`) and the kind as another (`--kind person`). Three fields did this
//! before, each value costing tantivy a token stream, a posting and a sort of its own.
//!
//! Names are lower-cased and their accents folded as tantivy's `LowerCaser` and
//! `AsciiFoldingFilter` do, here rather than by those filters: an ASCII name is lower-cased as
//! it is copied, and only the others take the filters.

use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

use super::name_tokenizer::whole_name_chain;

/// The kinds a speaker can be, as the value's prefix names them.
const KINDS: [&str; 3] = ["person", "organisation", "group"];

/// Opens a kind's term: a control character, which no name and no query word holds, so that
/// a speaker named "Group" is not taken for the kind.
const KIND_MARK: char = '\u{1}';

/// The term that indexes speakers of `kind` in the `speaker` field: `"\u{1}person"`.
pub fn kind_term(kind: &str) -> String {
    format!("{KIND_MARK}{kind}")
}

/// Splits a `kind:name` value into the name, lower-cased and accent-folded, and its kind's
/// term; any other text (a query's `speaker:"sadiq khan"`) is one name.
#[derive(Clone)]
pub struct SpeakerTokenizer {
    token: Token,
    /// Lower-cases and folds a name that is not all ASCII.
    fold: TextAnalyzer,
}

impl Default for SpeakerTokenizer {
    fn default() -> Self {
        SpeakerTokenizer {
            token: Token::default(),
            fold: whole_name_chain(),
        }
    }
}

impl Tokenizer for SpeakerTokenizer {
    type TokenStream<'a> = SpeakerTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> SpeakerTokenStream<'a> {
        let (name, kind) = match text.split_once(':') {
            Some((kind, name)) if KINDS.contains(&kind) => (name, Some(kind)),
            _ => (text, None),
        };
        self.token.reset();
        SpeakerTokenStream {
            token: &mut self.token,
            fold: &mut self.fold,
            name: Some(name),
            kind,
        }
    }
}

/// The tokens of one `speaker` value: the name, then the kind's term if it has one.
pub struct SpeakerTokenStream<'a> {
    token: &'a mut Token,
    fold: &'a mut TextAnalyzer,
    name: Option<&'a str>,
    kind: Option<&'a str>,
}

impl TokenStream for SpeakerTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let text = &mut self.token.text;
        if let Some(name) = self.name.take() {
            text.clear();
            if name.is_ascii() {
                text.push_str(name);
                text.make_ascii_lowercase();
            } else {
                let mut folded = self.fold.token_stream(name);
                if folded.advance() {
                    text.push_str(&folded.token().text);
                }
            }
        } else if let Some(kind) = self.kind.take() {
            text.clear();
            text.push(KIND_MARK);
            text.push_str(kind);
        } else {
            return false;
        }
        self.token.offset_from = 0;
        self.token.offset_to = text.len();
        self.token.position = self.token.position.wrapping_add(1);
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(value: &str) -> Vec<String> {
        let mut tokenizer = SpeakerTokenizer::default();
        let mut stream = tokenizer.token_stream(value);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn a_value_gives_its_name_and_its_kind() {
        assert_eq!(terms("person:Sadiq Khan"), ["sadiq khan", "\u{1}person"]);
        assert_eq!(
            terms("organisation:Met Office: Exeter"),
            ["met office: exeter", "\u{1}organisation"]
        );
        assert_eq!(terms("group:Les Élus"), ["les elus", "\u{1}group"]);
    }

    #[test]
    fn other_text_is_one_name() {
        assert_eq!(terms("sadiq khan"), ["sadiq khan"]);
        assert_eq!(terms("mayor:Khan"), ["mayor:khan"]);
        assert_eq!(terms("José María AZNAR"), ["jose maria aznar"]);
        assert_eq!(terms(""), [""]);
    }
}
