//! The words source phrases are made of, and the names sources go by: group nouns
//! ("officials", "a spokesperson"), determiners, the words that end a phrase, and how a phrase
//! becomes a name ("Officials" -> "officials", "The justice official" -> "a justice official").

use super::tokens::{LetterGate, Token, WordMap};
use foldhash::HashMap;
use std::sync::OnceLock;

// Flag bits of the words source phrases are made of, held in one map so a word is looked up once.
/// Speaks alone, without a determiner: "officials said", "police say".
pub(super) const PLURAL: u8 = 1;
/// Speaks after a determiner or a describing word: "a spokesperson said", "a senior official".
pub(super) const SINGULAR: u8 = 2;
/// Opens a phrase and is left out of its name: "the", "a", "some", "two".
pub(super) const DETERMINER: u8 = 4;
/// Cannot stand inside a source phrase, so ends it: "and", "of", "Monday".
pub(super) const FUNCTION: u8 = 8;
/// A determiner that says how many speak, and so stays in the name: "a spokesperson", "some
/// residents".
pub(super) const INDEFINITE: u8 = 16;
/// A noun for an organisation, lower case ("the company"): one of `ORGANISATIONS`.
const ORGANISATION: u8 = 32;

/// The determiners kept in a source's name. Written for this project.
const INDEFINITES: &str = "a\nan\nsome\nmany\nseveral\none\ntwo\nthree\nfour\nfive\nsix\nseven\n\
    ten\ndozens\nhundreds\nthousands\nfew\nanother";

/// Determiners and quantifiers that open a source phrase. Written for this project.
const DETERMINERS: &str =
    "the\na\nan\nsome\nmany\nseveral\nmost\nall\nboth\neach\nother\nanother\n\
    one\ntwo\nthree\nfour\nfive\nsix\nseven\nten\ndozens\nhundreds\nthousands\nthis\nthese\n\
    those\nits\ntheir\nhis\nher\nour\nmy\nyour\nno\nfew\nany\nevery\nsuch";

/// Words that end a source phrase when met before its head: conjunctions, prepositions,
/// pronouns, auxiliaries, days and months. Written for this project.
const FUNCTION_WORDS: &str = "and\nor\nbut\nnor\nso\nyet\nif\nwhen\nwhile\nas\nbecause\nsince\n\
    after\nbefore\nleast\nalthough\nthough\nthan\nthen\nof\nin\non\nat\nby\nfor\nwith\nfrom\ninto\nto\n\
    about\nover\nunder\nbetween\nagainst\nduring\nwithout\nwithin\namong\nalso\nnot\nonly\njust\n\
    even\nstill\nwho\nwhich\nwhose\nwhere\nwhat\nhow\nwhy\nhe\nshe\nit\nthey\nwe\nyou\ni\nis\nare\n\
    was\nwere\nbe\nbeen\nhas\nhave\nhad\nwill\nwould\ncan\ncould\nmay\nmight\nshould\nmust\ndo\n\
    does\ndid\nlast\nnext\nearlier\nlater\nnow\nmonday\ntuesday\nwednesday\nthursday\nfriday\n\
    saturday\nsunday\njanuary\nfebruary\nmarch\napril\njune\njuly\naugust\nseptember\noctober\n\
    november\ndecember\ntoday\nyesterday\ntonight\nweek\nmonth\nyear\nmorning\nafternoon\n\
    evening\nnight\nhere\nthere";

/// Organisations a lower-case noun names after a determiner: "the company said", "the union
/// says". Written for this project; documents ("the report", "the study") are left out.
pub(super) const ORGANISATIONS: [&str; 30] = [
    "company",
    "government",
    "administration",
    "campaign",
    "commission",
    "committee",
    "council",
    "union",
    "ministry",
    "department",
    "agency",
    "board",
    "party",
    "office",
    "firm",
    "bank",
    "military",
    "embassy",
    "group",
    "organization",
    "organisation",
    "association",
    "institute",
    "foundation",
    "authority",
    "court",
    "city",
    "province",
    "team",
    "club",
];

/// Party names that keep their capital: "Democrats said" is the party, not "democrats".
const PARTIES: [&str; 4] = ["democrats", "republicans", "liberals", "conservatives"];

pub(super) fn words() -> &'static WordMap {
    static WORDS: OnceLock<WordMap> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut map = WordMap::default();
        map.add(include_str!("data/group_nouns.txt"), PLURAL);
        map.add(include_str!("data/group_nouns_singular.txt"), SINGULAR);
        map.add(DETERMINERS, DETERMINER);
        map.add(FUNCTION_WORDS, FUNCTION);
        map.add(INDEFINITES, INDEFINITE);
        map.add_words(&ORGANISATIONS, ORGANISATION);
        map
    })
}

/// Describing words a source phrase may hold before its head: "senior administration officials".
pub(super) const MAX_MODIFIERS: usize = 4;

/// Whether `word` may describe a source before its head: not a number ("48 people"), not a
/// contraction ("I'd heard people say"), and a word in -ed only where the phrase opens.
pub(super) fn describes(word: &str, opens: bool) -> bool {
    let contraction = word.contains(['\'', '’']) && !(word.ends_with("’s") || word.ends_with("'s"));
    let digits = word.bytes().any(|b| b.is_ascii_digit());
    !contraction && !digits && (opens || !word.ends_with("ed"))
}

/// The name a source goes by: its phrase, white space folded, a group noun opening a sentence
/// lower-cased ("Officials" -> "officials"). A group introduced with an indefinite determiner
/// keeps that name when the article goes on with "the": "a justice official said ... The
/// justice official added" -> both "a justice official". `introduced` maps the head word of
/// each such group to its name, article by article.
pub(super) fn source_name(
    text: &str,
    span: (usize, usize),
    introduced: &mut HashMap<String, String>,
) -> String {
    let phrase = text.get(span.0..span.1).unwrap_or("");
    let mut name = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
    let first = name.split(' ').next().unwrap_or("").to_string();
    let flags = words().flags(&first);
    let group = flags & (PLURAL | SINGULAR) != 0;
    let party = PARTIES.iter().any(|p| first.eq_ignore_ascii_case(p));
    // "Officials said", and "A spokesperson said" opening a sentence.
    if (group && !party) || flags & INDEFINITE != 0 {
        name.replace_range(..first.len(), &first.to_lowercase());
    }
    let head = name.rsplit(' ').next().unwrap_or("").to_lowercase();
    if flags & INDEFINITE != 0 {
        introduced.insert(head, name.clone());
    } else if let Some(earlier) = introduced.get(&head).filter(|_| after_the(text, span.0)) {
        return earlier.clone();
    }
    name
}

/// The organisation noun a source phrase is when "the" opens it ("the firm"): an organisation
/// the article may have introduced. Described ones ("the terrorist group") may be another.
pub(super) fn definite_organisation_noun(text: &str, span: (usize, usize)) -> Option<&str> {
    let phrase = text.get(span.0..span.1)?;
    (after_the(text, span.0) && ORGANISATIONS.contains(&phrase)).then_some(phrase)
}

/// Whether the word before byte `at` is "the".
fn after_the(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.eq_ignore_ascii_case("the")
}

/// The flags of the words that may head a source phrase.
const HEAD_FLAGS: u8 = PLURAL | SINGULAR | ORGANISATION;

/// Whether `w` may be a word with a flag of `HEAD_FLAGS`, by its first letter, length and last
/// letter (as `cues` rules out its words): most words are not, and are never hashed. A word
/// the gate cannot judge (not opening and ending with a letter, or long) may be.
fn may_be_head(w: &[u8]) -> bool {
    static GATE: OnceLock<LetterGate> = OnceLock::new();
    let gate =
        GATE.get_or_init(|| {
            LetterGate::of(words().words().filter(|w| {
                std::str::from_utf8(w).is_ok_and(|w| words().flags(w) & HEAD_FLAGS != 0)
            }))
        });
    let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
        return true;
    };
    gate.judge(first, last, w.len()).unwrap_or(true)
}

/// What a word may be as the head of a source phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Head {
    /// "officials", "police": speaks alone.
    Group,
    /// "spokesperson": needs a determiner or a describing word.
    OneOfGroup,
    /// "company", "government" in lower case: needs a determiner or a describing word.
    Organisation,
}

/// What token `t` may be as the head of a source phrase, if anything.
pub(super) fn head(text: &str, t: &Token) -> Option<Head> {
    if !t.is_word() || t.quoted {
        return None;
    }
    let w = t.text(text);
    if !may_be_head(w.as_bytes()) {
        return None;
    }
    let flags = words().flags(w);
    if flags & PLURAL != 0 {
        Some(Head::Group)
    } else if flags & SINGULAR != 0 {
        Some(Head::OneOfGroup)
    } else if !t.cap && flags & ORGANISATION != 0 && ORGANISATIONS.contains(&w) {
        Some(Head::Organisation)
    } else {
        None
    }
}
