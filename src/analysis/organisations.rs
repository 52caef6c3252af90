//! Organisations an article introduces with the noun that later stands for them: "security
//! firm Northgate Labs" ... "the firm said"; "Harbour Transit, the regional transit agency," ...
//! "The agency told reporters". A source named by that noun alone then takes the organisation's
//! name, as a reader takes it.

use super::names;
use super::source_words::{self, FUNCTION, ORGANISATIONS, PLURAL, SINGULAR};
use super::subjects::Doc;
use super::tokens::Token;

/// An organisation's introduction: where it is, the noun that introduced it ("firm"), its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Introduced {
    /// Byte offset of the introduction.
    pub(super) at: usize,
    /// The organisation noun, lower case: "firm", "agency", "group".
    pub(super) noun: &'static str,
    /// The organisation's name as written: "Northgate Labs".
    pub(super) name: String,
}

/// The most capitalised words an organisation's name runs to.
const MOST_NAME_WORDS: usize = 6;
/// The most words between the determiner of an appositive and its organisation noun: "the
/// regional transit agency".
const MOST_DESCRIBING_WORDS: usize = 4;

/// The organisation `noun` stands for at byte `at`: the latest introduced with it before.
pub(super) fn organisation_for<'a>(
    introduced: &'a [Introduced],
    noun: &str,
    at: usize,
) -> Option<&'a str> {
    introduced
        .iter()
        .rev()
        .find(|i| i.at < at && i.noun == noun)
        .map(|i| i.name.as_str())
}

/// The organisation noun `word` is, if it is one in lower case.
fn organisation_noun(word: &str) -> Option<&'static str> {
    ORGANISATIONS.iter().copied().find(|&n| n == word)
}

impl Doc<'_> {
    /// Every organisation the article introduces with its noun, in article order.
    pub(super) fn introduced_organisations(&self) -> Vec<Introduced> {
        let mut out = Vec::new();
        let tokens = &self.tokens;
        for i in 0..tokens.len() {
            let t = &tokens[i];
            if !t.is_word() || t.quoted {
                continue;
            }
            // "security firm Northgate Labs": the noun, then the name (checked in that order
            // of cost: most words are followed by no capital).
            if !t.cap {
                let capital_next = tokens.get(i + 1).is_some_and(|n| n.is_word() && n.cap);
                if let Some(noun) = capital_next
                    .then(|| organisation_noun(t.text(self.text)))
                    .flatten()
                {
                    if let Some(name) = self.organisation_name(i + 1) {
                        out.push(Introduced {
                            at: t.start,
                            noun,
                            name,
                        });
                    }
                }
                continue;
            }
            // "Harbour Transit, the regional transit agency,": the name, then the noun.
            if i == 0 || !tokens[i - 1].cap || !tokens[i - 1].is_word() {
                // A sentence's "The" is no part of the name.
                let the = t.text(self.text) == "The";
                let first = i + usize::from(the);
                let end = self.run_end(first);
                if let Some(noun) = self.appositive_noun(end) {
                    if let Some(name) = self.name_run(first, end) {
                        out.push(Introduced {
                            at: t.start,
                            noun,
                            name,
                        });
                    }
                }
            }
        }
        out
    }

    /// The organisation's name starting at token `i`, if a run of capitalised words that is
    /// no person's name ("the committee Chairman Jason Chaffetz") and owns nothing starts there.
    fn organisation_name(&self, i: usize) -> Option<String> {
        let t = self.tokens.get(i)?;
        if !(t.is_word() && t.cap) || t.after_newline {
            return None;
        }
        self.name_run(i, self.run_end(i))
    }

    /// The token just past the capitalised run from token `i`.
    fn run_end(&self, i: usize) -> usize {
        let tokens = &self.tokens;
        let quoted = tokens.get(i).is_some_and(|t| t.quoted);
        let continues = |k: usize| {
            k < tokens.len() && is_name_word(&tokens[k], quoted) && !tokens[k].after_newline
        };
        if !(i < tokens.len() && is_name_word(&tokens[i], quoted)) {
            return i;
        }
        let mut end = i + 1;
        while end - i < MOST_NAME_WORDS {
            if continues(end) {
                end += 1;
                continue;
            }
            // Small words inside a name, before its next capital: "City of Surrey", "Friends
            // of the Earth".
            let mut k = end;
            while k < tokens.len() && k - end < 2 && is_inner_word(tokens[k].text(self.text)) {
                k += 1;
            }
            if k == end || !continues(k) {
                break;
            }
            end = k + 1;
        }
        end
    }

    /// The text of the capitalised run of tokens `i..end`, unless it is a person's name, opens
    /// with a title, or ends in a possessive.
    fn name_run(&self, i: usize, end: usize) -> Option<String> {
        let tokens = &self.tokens;
        if end == i {
            return None;
        }
        let first = tokens[i].text(self.text);
        let last = tokens[end - 1].text(self.text);
        // Capitalised runs look alike; a first name ("Jason Chaffetz") says a person's.
        let person = names::first_name_gender(first) != names::Gender::Unknown;
        let possessive = last.ends_with("’s") || last.ends_with("'s");
        // "the agency Tuesday said": no name starts with a day, a month or another function word.
        let function = source_words::words().flags(first) & FUNCTION != 0;
        if person || possessive || function || names::is_title(first) {
            return None;
        }
        Some(self.text[tokens[i].start..tokens[end - 1].end].to_string())
    }

    /// The organisation noun of an appositive at token `i`: ", the regional transit agency" or
    /// ", an advocacy group", ended by punctuation or the end of the text.
    fn appositive_noun(&self, i: usize) -> Option<&'static str> {
        let tokens = &self.tokens;
        let word = |k: usize| tokens.get(k).map(|t| t.text(self.text));
        if word(i) != Some(",") || !matches!(word(i + 1), Some("the" | "a" | "an")) {
            return None;
        }
        // Describing words only: no "for", no owner, no person ("a spokeswoman for Nabisco's
        // parent company" describes a person).
        let describes = |k: usize| {
            let t = &tokens[k];
            let w = t.text(self.text);
            let flags = source_words::words().flags(w);
            t.is_word()
                && flags & (FUNCTION | SINGULAR | PLURAL) == 0
                && !w.ends_with("’s")
                && !w.ends_with("'s")
        };
        (i + 2..(i + 3 + MOST_DESCRIBING_WORDS).min(tokens.len()))
            .take_while(|&k| describes(k))
            .find_map(|k| {
                let noun = organisation_noun(word(k)?)?;
                let ends = tokens.get(k + 1).is_none_or(|n| !n.is_word());
                ends.then_some(noun)
            })
    }
}

/// Whether a token continues an organisation's name: a capitalised word, quoted or not as the
/// name's first word.
fn is_name_word(t: &Token, quoted: bool) -> bool {
    t.is_word() && t.quoted == quoted && t.cap
}

/// Whether `word` joins the capitalised words of a name: "of" in "City of Surrey".
fn is_inner_word(word: &str) -> bool {
    matches!(word, "of" | "for" | "the" | "and" | "on")
}
