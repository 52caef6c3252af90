//! Organisations an article introduces with the noun that later stands for them: "security
//! firm Northgate Labs" ... "the firm said"; "Harbour Transit, the regional transit agency," ...
//! "The agency told reporters"; "the Trump administration", "the Kestrel Union of Nurses",
//! "President Obama" (the Obama administration). A source named by that noun alone then takes
//! the organisation's name, as a reader takes it.

use super::names;
use super::source_words::{self, DETERMINER, FUNCTION, ORGANISATIONS, PLURAL, SINGULAR};
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
    /// Named after its head's title, not written: "President Obama" heads the "Obama
    /// administration". Only when the article writes no name with the noun.
    pub(super) by_title: bool,
}

impl Introduced {
    /// An organisation the article names with its noun at byte `at`.
    fn written(at: usize, noun: &'static str, name: String) -> Introduced {
        Introduced {
            at,
            noun,
            name,
            by_title: false,
        }
    }
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
    let before = || introduced.iter().filter(|i| i.at < at && i.noun == noun);
    // The latest written; else the first head named by title (the one the article is about
    // comes first: "President Obama ... President George W. Bush's policies").
    before()
        .rfind(|i| !i.by_title)
        .or_else(|| before().find(|i| i.by_title))
        .map(|i| i.name.as_str())
}

/// For each first letter, the lengths of the organisation nouns starting with it (bit `n` for
/// length `n`).
const NOUN_LENGTHS: [u16; 26] = noun_lengths();

/// Builds [`NOUN_LENGTHS`] from `ORGANISATIONS` (lower-case ASCII words shorter than 16 bytes).
const fn noun_lengths() -> [u16; 26] {
    let mut out = [0u16; 26];
    let mut i = 0;
    while i < ORGANISATIONS.len() {
        let noun = ORGANISATIONS[i].as_bytes();
        out[(noun[0] - b'a') as usize] |= 1 << noun.len();
        i += 1;
    }
    out
}

/// Whether `word` may be an organisation noun in some case: its first letter and its length are
/// one's. Most words are not, and are never compared with the nouns one by one (this runs on
/// every capitalised word of an article whose organisations are needed).
fn may_be_organisation_noun(word: &str) -> bool {
    let w = word.as_bytes();
    // Setting 0x20 lower-cases a letter; only letters then land in a..z.
    let letter = w
        .first()
        .map(|&c| usize::from((c | 0x20).wrapping_sub(b'a')));
    match letter {
        Some(letter) if letter < 26 && w.len() < 16 => NOUN_LENGTHS[letter] & (1 << w.len()) != 0,
        _ => false,
    }
}

/// The organisation noun `word` is, if it is one in lower case.
fn organisation_noun(word: &str) -> Option<&'static str> {
    if !may_be_organisation_noun(word) {
        return None;
    }
    ORGANISATIONS.iter().copied().find(|&n| n == word)
}

/// The organisation noun `word` is (in any case) when it ends or heads a name: "Trump
/// administration", "Chicago Teachers Union". Not a city or province: "the city" means the one
/// the article is about more often than the last one it named ("Langley City").
fn named_organisation_noun(word: &str) -> Option<&'static str> {
    if !may_be_organisation_noun(word) {
        return None;
    }
    let noun = ORGANISATIONS
        .iter()
        .copied()
        .find(|n| n.eq_ignore_ascii_case(word))?;
    (!matches!(noun, "city" | "province")).then_some(noun)
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
                // "the Trump administration", "the Clinton campaign": a name, then the noun.
                let capital_before = i > 0 && is_name_word(&tokens[i - 1], false);
                if let Some(noun) = capital_before
                    .then(|| named_organisation_noun(t.text(self.text)))
                    .flatten()
                {
                    if let Some(name) = self.named_noun(i) {
                        out.push(Introduced::written(t.start(), noun, name));
                        continue;
                    }
                }
                let capital_next = tokens.get(i + 1).is_some_and(|n| n.is_word() && n.cap);
                if let Some(noun) = capital_next
                    .then(|| organisation_noun(t.text(self.text)))
                    .flatten()
                {
                    if let Some(name) = self.organisation_name(i + 1) {
                        out.push(Introduced::written(t.start(), noun, name));
                    }
                }
                continue;
            }
            // "the Kestrel Union of Nurses", "the Supreme Court": the noun in the name.
            if let Some(noun) = named_organisation_noun(t.text(self.text)) {
                if let Some(name) = self.name_holding_noun(i, noun) {
                    out.push(Introduced::written(t.start(), noun, name));
                }
            }
            // "Harbour Transit, the regional transit agency,": the name, then the noun.
            if i == 0 || !tokens[i - 1].cap || !tokens[i - 1].is_word() {
                // A sentence's "The" is no part of the name.
                let the = t.text(self.text) == "The";
                let first = i + usize::from(the);
                let end = self.run_end(first);
                if let Some(noun) = self.appositive_noun(end) {
                    if let Some(name) = self.name_run(first, end) {
                        out.push(Introduced::written(t.start(), noun, name));
                    }
                }
            }
        }
        let before = out.len();
        out.extend(self.presidents_administrations());
        if out.len() > before {
            out.sort_by_key(|i| i.at);
        }
        out
    }

    /// The administrations the article's US presidents head, where each is given the title:
    /// "President Obama said" -> "Obama administration" (not "Syrian President Bashar
    /// al-Assad", nor "AHIP President Karen Ignagni").
    fn presidents_administrations(&self) -> impl Iterator<Item = Introduced> + '_ {
        let presidents = self.people.titles.iter().filter(|t| {
            t.title == "president" && matches!(t.qualifiers.as_str(), "" | "u.s. " | "us ")
        });
        presidents.filter_map(|title| {
            let name = &self.people.names[title.person];
            let surname = name.rsplit(' ').next().unwrap_or(name);
            if names::is_common_non_name(surname) || names::is_org_word(surname) {
                return None;
            }
            Some(Introduced {
                at: title.at,
                noun: "administration",
                name: format!("{surname} administration"),
                by_title: true,
            })
        })
    }

    /// The capitalised name holding the organisation noun at token `i`, unless it is the noun
    /// alone: "Kestrel Union of Nurses", "Supreme Court". It ends at the noun unless a small
    /// word carries it on, and before a title: "Union of Operating Engineers", not "Central Bank
    /// President Mario Draghi".
    fn name_holding_noun(&self, i: usize, noun: &str) -> Option<String> {
        let tokens = &self.tokens;
        let first = self.name_start_before(i);
        let inner = tokens
            .get(i + 1)
            .is_some_and(|n| is_inner_word(n.text(self.text)));
        let end = if inner { self.run_end(first) } else { i + 1 };
        let titled = |k: usize| names::is_title(tokens[k].text(self.text)) && k + 1 < end;
        let end = (i + 1..end).find(|&k| titled(k)).unwrap_or(end);
        self.name_run(first, end)
            .filter(|name| !name.eq_ignore_ascii_case(noun))
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

    /// Where the capitalised name ending just before token `i` starts: not before a line break,
    /// a sentence's "The", nor at a word capitalised only because it opens a sentence ("Top
    /// party officials", "A military spokesman").
    fn name_start_before(&self, i: usize) -> usize {
        let tokens = &self.tokens;
        let mut first = i;
        while first > 0
            && i - first < MOST_NAME_WORDS
            && is_name_word(&tokens[first - 1], false)
            && tokens[first - 1].text(self.text) != "The"
            && !tokens[first].after_newline
        {
            first -= 1;
        }
        while first < i && tokens[first].initial && {
            let w = tokens[first].text(self.text);
            source_words::words().flags(w) & (FUNCTION | DETERMINER) != 0
                || names::is_common_non_name(w)
        } {
            first += 1;
        }
        first
    }

    /// The name of the capitalised run just before the organisation noun at token `i`, with the
    /// noun: "Trump administration", "Donald Trump's campaign" (an owner takes their full name).
    fn named_noun(&self, i: usize) -> Option<String> {
        let tokens = &self.tokens;
        let first = self.name_start_before(i);
        let opening = tokens.get(first).filter(|_| first < i)?.text(self.text);
        if source_words::words().flags(opening) & FUNCTION != 0 || names::is_title(opening) {
            return None;
        }
        let span = (tokens[first].start(), tokens[i].end());
        Some(
            self.owned_source_name(span)
                .unwrap_or_else(|| self.text[span.0..span.1].to_string()),
        )
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
        Some(self.text[tokens[i].start()..tokens[end - 1].end()].to_string())
    }

    /// The organisation noun of an appositive at token `i`: ", the regional transit agency" or
    /// ", an advocacy group", ended by punctuation or the end of the text.
    fn appositive_noun(&self, i: usize) -> Option<&'static str> {
        let tokens = &self.tokens;
        let word = |k: usize| tokens.get(k).map(|t| t.text(self.text));
        // Or a definition: "Rally Canada is an advocacy group for trail users".
        let is = matches!(word(i), Some("is" | "was"));
        if !(word(i) == Some(",") || is) || !matches!(word(i + 1), Some("the" | "a" | "an")) {
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
                let ends = tokens.get(k + 1).is_none_or(|n| !n.is_word())
                    || (is && matches!(word(k + 1), Some("for" | "of" | "in" | "that" | "which")));
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
