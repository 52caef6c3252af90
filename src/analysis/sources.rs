//! Speakers that are not people: organisations ("the White House said", "Facebook said in a
//! statement", "according to the Saskatoon Police Service") and groups or unnamed sources
//! ("officials said", "a spokesperson said", "police say", "critics argue").
//!
//! A source's name is its phrase as the text gives it, determiners left out ("the", "a",
//! "some"): "White House", "Saskatoon Police Service", "South Korean officials",
//! "spokesperson", "Trudeau's office". A group noun opening a sentence is lower-cased
//! ("Officials said" -> "officials"), so that one source keeps one name.

use super::cues;
use super::names;
use super::pronouns::Recent;
use super::speakers::SpeakerKind;
use super::subjects::{Doc, Speaker, Who, NONE};
use super::tokens::{Token, WordMap};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

// Flag bits of the words source phrases are made of, held in one map so a word is looked up once.
/// Speaks alone, without a determiner: "officials said", "police say".
const PLURAL: u8 = 1;
/// Speaks after a determiner or a describing word: "a spokesperson said", "a senior official".
const SINGULAR: u8 = 2;
/// Opens a phrase and is left out of its name: "the", "a", "some", "two".
const DETERMINER: u8 = 4;
/// Cannot stand inside a source phrase, so ends it: "and", "of", "Monday".
const FUNCTION: u8 = 8;
/// A determiner that says how many speak, and so stays in the name: "a spokesperson", "some
/// residents".
const INDEFINITE: u8 = 16;

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
const ORGANISATIONS: [&str; 30] = [
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

fn words() -> &'static WordMap {
    static WORDS: OnceLock<WordMap> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut map = WordMap::default();
        map.add(include_str!("data/group_nouns.txt"), PLURAL);
        map.add(include_str!("data/group_nouns_singular.txt"), SINGULAR);
        map.add(DETERMINERS, DETERMINER);
        map.add(FUNCTION_WORDS, FUNCTION);
        map.add(INDEFINITES, INDEFINITE);
        map
    })
}

/// Describing words a source phrase may hold before its head: "senior administration officials".
const MAX_MODIFIERS: usize = 4;

/// Whether `word` may describe a source before its head: not a number ("48 people"), not a
/// contraction ("I'd heard people say"), and a word in -ed only where the phrase opens.
fn describes(word: &str, opens: bool) -> bool {
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

/// Whether the word before byte `at` is "the".
fn after_the(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.eq_ignore_ascii_case("the")
}

/// What a word may be as the head of a source phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Head {
    /// "officials", "police": speaks alone.
    Group,
    /// "spokesperson": needs a determiner or a describing word.
    OneOfGroup,
    /// "company", "government" in lower case: needs a determiner or a describing word.
    Organisation,
}

fn head(text: &str, t: &Token) -> Option<Head> {
    if !t.is_word() || t.quoted {
        return None;
    }
    let w = t.text(text);
    let flags = words().flags(w);
    if flags & PLURAL != 0 {
        Some(Head::Group)
    } else if flags & SINGULAR != 0 {
        Some(Head::OneOfGroup)
    } else if !t.cap && ORGANISATIONS.contains(&w) {
        Some(Head::Organisation)
    } else {
        None
    }
}

impl Doc<'_> {
    /// The source whose phrase ends at token `j`, as the subject before a verb: "officials
    /// said", "the White House said", "a Freedom Mobile spokesperson said", "the company said".
    /// "the company said" is the organisation that spoke last, when the article named it.
    pub(super) fn source_ending_at(
        &self,
        j: usize,
        from: usize,
        recent: &Recent,
    ) -> Option<Speaker> {
        let found = self
            .group_before_phrase(j, from)
            .or_else(|| self.source_ending_here(j, from))?;
        let t = &self.tokens[j];
        let definite = j > from
            && self.tokens[j - 1]
                .text(self.text)
                .eq_ignore_ascii_case("the");
        let lower = !t.cap && head(self.text, t) == Some(Head::Organisation);
        if definite && lower && found.at == (t.start, t.end) {
            if let Some(who) = recent.named_organisation(self.text) {
                return Some(Speaker { who, ..found });
            }
        }
        Some(found)
    }

    /// A source before an appositive or aside ending at the comma `j`: "a citizen, whose name is
    /// redacted, wrote", "Police, however, said".
    pub(super) fn source_before_appositive(
        &self,
        j: usize,
        from: usize,
        recent: &Recent,
    ) -> Option<Speaker> {
        const MAX_APPOSITIVE: usize = 30;
        let lo = j.saturating_sub(MAX_APPOSITIVE).max(from);
        let open = (lo..j)
            .rev()
            .take_while(|&k| !self.tokens[k].quoted)
            .find(|&k| self.tokens[k].is_punct(self.text, ','))?;
        let before = open.checked_sub(1).filter(|&k| k >= from)?;
        self.source_ending_at(before, from, recent)
    }

    /// A group with a phrase after it: "a spokesperson for the city said", "officials at the
    /// ministry said" (the group speaks, not the city).
    fn group_before_phrase(&self, j: usize, from: usize) -> Option<Speaker> {
        const MAX_PHRASE: usize = 8;
        const PREPOSITIONS: [&str; 6] = ["for", "with", "of", "at", "from", "in"];
        let lo = j.saturating_sub(MAX_PHRASE).max(from + 1);
        for k in (lo..j).rev() {
            let t = &self.tokens[k];
            if t.quoted || !t.is_word() {
                return None; // the phrase holds no punctuation
            }
            if !PREPOSITIONS.contains(&t.text(self.text)) {
                continue;
            }
            // "sources familiar with the talks": one describing word may come between.
            let heads = [k - 1, k.saturating_sub(2).max(from)];
            let group = heads.into_iter().find(|&h| {
                head(self.text, &self.tokens[h]).is_some_and(|h| h != Head::Organisation)
            });
            if let Some(h) = group {
                let found = self.source_ending_here(h, from)?;
                return Some(self.extended(found, j));
            }
        }
        None
    }

    /// The source whose head is token `j` itself.
    fn source_ending_here(&self, j: usize, from: usize) -> Option<Speaker> {
        let t = &self.tokens[j];
        let Some(head) = head(self.text, t) else {
            return self.organisation_ending_at(j, from);
        };
        let (first, determined) = self.modifiers_before(j, from);
        if head != Head::Group && !determined && first == j {
            return None; // "state said" is not a source; "the state said" is
        }
        let kind = match head {
            Head::Organisation => SpeakerKind::Organisation,
            _ => SpeakerKind::Group,
        };
        Some(self.source(kind, self.with_indefinite(first, from), j))
    }

    /// `first`, or the token before it when that is an indefinite determiner ("a", "some").
    fn with_indefinite(&self, first: usize, from: usize) -> usize {
        let before = first.checked_sub(1).filter(|&k| k >= from);
        match before {
            Some(k) if words().flags(self.tokens[k].text(self.text)) & INDEFINITE != 0 => k,
            _ => first,
        }
    }

    /// The source whose phrase starts at token `i`, after the verb or "according to":
    /// "said a spokesperson for the city", "according to police", "according to the U.S. State
    /// Department".
    pub(super) fn source_starting_at(&self, i: usize, range: Range<usize>) -> Option<Speaker> {
        let end = range.end;
        let is = |k: usize, flag: u8| {
            k < end
                && self.tokens[k].is_word()
                && words().flags(self.tokens[k].text(self.text)) & flag != 0
        };
        let mut first = i;
        while is(first, DETERMINER) {
            first += 1;
        }
        let determined = first > i;
        let opening = self.with_indefinite(first, i);
        let the = first > i
            && self.tokens[first - 1]
                .text(self.text)
                .eq_ignore_ascii_case("the");
        let last = end.min(first + MAX_MODIFIERS + 1);
        for h in first..last {
            let t = &self.tokens[h];
            if !t.is_word()
                || t.quoted
                || is(h, FUNCTION)
                || cues::cue_kind(t.text(self.text)).is_some()
            {
                return None;
            }
            if t.cap && head(self.text, t).is_none() {
                let run_end = self.capitalised_run_after(h, end);
                let org = self.names_organisation(h..run_end + 1) || the;
                return org.then(|| self.source(SpeakerKind::Organisation, first, run_end));
            }
            let Some(kind) = head(self.text, t) else {
                continue; // a describing word: "senior", "administration"
            };
            // "police officials": the last of several heads is the head.
            if self
                .tokens
                .get(h + 1)
                .is_some_and(|n| h + 1 < end && head(self.text, n).is_some())
            {
                continue;
            }
            if kind != Head::Group && !determined && h == first {
                return None;
            }
            let kind = match kind {
                Head::Organisation => SpeakerKind::Organisation,
                _ => SpeakerKind::Group,
            };
            return Some(self.source(kind, opening, self.phrase_after(h, end)));
        }
        None
    }

    /// A capitalised run that names an organisation, ending at token `j`: "the White House",
    /// "the Saskatoon Police Service", "the EU", "the City of Surrey".
    fn organisation_ending_at(&self, j: usize, from: usize) -> Option<Speaker> {
        let t = &self.tokens[j];
        if !t.is_word() || !t.cap || t.quoted {
            return None;
        }
        let mut first = j;
        while first > from {
            let k = first - 1;
            let p = &self.tokens[k];
            let joins = |x: &Token| x.is_word() && x.cap && !x.quoted;
            if joins(p) && words().flags(p.text(self.text)) & (DETERMINER | FUNCTION) == 0 {
                first = k;
            } else if k > from && joins(&self.tokens[k - 1]) && self.inner_joint(k) {
                first = k - 1; // "City of Surrey", "U.S."
            } else {
                break;
            }
        }
        let the = first > from
            && self.tokens[first - 1]
                .text(self.text)
                .eq_ignore_ascii_case("the");
        (the || self.names_organisation(first..j + 1))
            .then(|| self.source(SpeakerKind::Organisation, first, j))
    }

    /// Where the capitalised run starting at token `h` ends (its last token), before `end`.
    fn capitalised_run_after(&self, h: usize, end: usize) -> usize {
        let joins = |k: usize| {
            k < end && {
                let x = &self.tokens[k];
                x.is_word() && x.cap && !x.quoted
            }
        };
        let mut last = h;
        loop {
            if joins(last + 1) {
                last += 1;
            } else if joins(last + 2) && self.inner_joint(last + 1) {
                last += 2;
            } else {
                return last;
            }
        }
    }

    /// Whether token `k` joins two capitalised words into one name: "of", "for", "&", or the
    /// dot of an initial ("U.S. State Department").
    fn inner_joint(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        let w = t.text(self.text);
        matches!(w, "of" | "for" | "&")
            || (t.is_punct(self.text, '.')
                && k > 0
                && self.tokens[k - 1].end - self.tokens[k - 1].start == 1)
    }

    /// Whether the capitalised words of `run` name an organisation: one of them is an
    /// organisation word ("Police", "Council"), or the run is an acronym ("EU", "NATO").
    fn names_organisation(&self, run: Range<usize>) -> bool {
        let acronym =
            |w: &str| (2..=5).contains(&w.len()) && !w.chars().any(|c| !c.is_ascii_uppercase());
        let words: Vec<&str> = run
            .filter(|&k| self.tokens[k].is_word())
            .map(|k| self.tokens[k].text(self.text))
            .collect();
        words.iter().any(|w| names::is_org_word(w)) || (words.len() == 1 && acronym(words[0]))
    }

    /// The describing words before the head at `j`: where the phrase starts, and whether a
    /// determiner or an owner opens it ("the", "a", "Trudeau's").
    fn modifiers_before(&self, j: usize, from: usize) -> (usize, bool) {
        let mut first = j;
        while first > from && j - first < MAX_MODIFIERS {
            let p = &self.tokens[first - 1];
            if !p.is_word() || p.quoted {
                break;
            }
            let w = p.text(self.text);
            let flags = words().flags(w);
            if flags & DETERMINER != 0 {
                return (first, true);
            }
            // A word in -ed opens the phrase: "elected officials", not "the government
            // received expert reports".
            let opens = first - 1 == from || {
                let b = &self.tokens[first - 2];
                !b.is_word() || words().flags(b.text(self.text)) & (DETERMINER | FUNCTION) != 0
            };
            if flags & FUNCTION != 0 || cues::cue_kind(w).is_some() || !describes(w, opens) {
                break;
            }
            first -= 1;
            if p.cap && (w.ends_with("’s") || w.ends_with("'s")) {
                // An owner: "Ontario's government". A person owning the source is mentioned,
                // not speaking: "Mr Khan's spokesperson" is named "spokesperson".
                let person = self.ends_at[first] != NONE;
                return (first + usize::from(person), true);
            }
        }
        (first, false)
    }

    /// The source `s` with its phrase running on to token `last`: "a spokesperson" becomes
    /// "a spokesperson for the city".
    fn extended(&self, s: Speaker, last: usize) -> Speaker {
        match s.who {
            Who::Source(kind, (start, _)) => {
                let span = (start, self.tokens[last].end);
                Speaker {
                    who: Who::Source(kind, span),
                    at: span,
                }
            }
            Who::Person(_) => s,
        }
    }

    /// Where the phrase after a source's head ends, if one follows: "for the city" of "a
    /// spokesperson for the city", "familiar with the talks". `h` is the head; words up to
    /// `end`.
    fn phrase_after(&self, h: usize, end: usize) -> usize {
        const PREPOSITIONS: [&str; 6] = ["for", "with", "of", "at", "from", "in"];
        const MAX_PHRASE: usize = 6;
        let word = |k: usize| (k < end).then(|| self.tokens[k].text(self.text));
        let mut k = h + 1;
        if word(k).is_some_and(|w| matches!(w, "familiar" | "close")) {
            k += 1;
        }
        if !word(k).is_some_and(|w| PREPOSITIONS.contains(&w)) {
            return h;
        }
        let mut last = h;
        for i in k + 1..end.min(k + 1 + MAX_PHRASE) {
            let t = &self.tokens[i];
            let w = t.text(self.text);
            let flags = words().flags(w);
            let inner =
                flags & FUNCTION == 0 || flags & DETERMINER != 0 || matches!(w, "of" | "for");
            if !t.is_word() || t.quoted || !inner || cues::cue_kind(w).is_some() {
                break;
            }
            last = i;
        }
        last
    }

    /// A source speaker named by tokens `first..=last`, the phrase its mention too.
    fn source(&self, kind: SpeakerKind, first: usize, last: usize) -> Speaker {
        let span = (self.tokens[first].start, self.tokens[last].end);
        Speaker {
            who: Who::Source(kind, span),
            at: span,
        }
    }
}

#[cfg(test)]
#[path = "sources_tests.rs"]
mod tests;
