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
use super::organisations;
use super::pronouns::Recent;
use super::source_words::{
    describes, head, words, Head, DETERMINER, FUNCTION, INDEFINITE, MAX_MODIFIERS,
};
use super::speakers::SpeakerKind;
use super::subjects::{Doc, Speaker, Who};
use super::tokens::Token;
use std::ops::Range;

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
        // "The U.S. alleges", "The U.N., which ...": an abbreviation's last dot is its own.
        let abbreviation = j > from + 2
            && self.tokens[j].is_punct(self.text, '.')
            && self.tokens[j - 1].is_word()
            && self.tokens[j - 1].cap
            && self.tokens[j - 1].end() - self.tokens[j - 1].start() == 1;
        let j = j - usize::from(abbreviation);
        let found = self
            .group_before_phrase(j, from)
            .or_else(|| self.source_ending_here(j, from))?;
        let t = &self.tokens[j];
        let definite = j > from
            && self.tokens[j - 1]
                .text(self.text)
                .eq_ignore_ascii_case("the");
        let lower = !t.cap && head(self.text, t) == Some(Head::Organisation);
        if definite && lower && found.at == (t.start(), t.end()) {
            // The organisation that spoke last ("Facebook said ... the company said"), when its
            // name ends in this noun ("the Justice Department said ... the department said") or
            // the article introduced none with it; else the one introduced with the noun ("the
            // Trump administration ... the administration said"), named with the source's name.
            let noun = t.text(self.text);
            if let Some(who) = recent.named_organisation(self.text) {
                let Who::Source(_, (start, end)) = who else {
                    return Some(found);
                };
                let last = self.text[start..end].rsplit(' ').next().unwrap_or("");
                let other = organisations::organisation_for(self.organisations(), noun, t.start())
                    .is_some();
                if last.eq_ignore_ascii_case(noun) || !other {
                    return Some(Speaker { who, ..found });
                }
            }
        }
        Some(found)
    }

    /// A group opening the sentence as its subject, whom a "they" later in it means: "Republican
    /// senators are eager to vote, and they say ...".
    pub(super) fn opening_group(&self, range: Range<usize>, recent: &Recent) -> Option<Speaker> {
        const OPENING: usize = 5;
        let end = range.end.min(range.start + OPENING);
        let j =
            (range.start..end).find(|&j| head(self.text, &self.tokens[j]) == Some(Head::Group))?;
        self.source_ending_at(j, range.start, recent)
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
            let between = self.tokens[k - 1].is_word() && !self.tokens[k - 1].quoted;
            let heads = [Some(k - 1), between.then(|| k.saturating_sub(2).max(from))];
            let group = heads.into_iter().flatten().find(|&h| {
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
        // A headline drops the determiner: "Witness says water surged inland".
        let headline = self.tokens[first].initial && head == Head::OneOfGroup;
        if head != Head::Group && !determined && first == j && !headline {
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
        let mut capital_described = false;
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
                // "according to White House officials": the officials of the organisation.
                let group_follows =
                    run_end + 1 < end && head(self.text, &self.tokens[run_end + 1]).is_some();
                if (self.names_organisation(h..run_end + 1) || the) && !group_follows {
                    return Some(self.source(SpeakerKind::Organisation, first, run_end));
                }
                // A capitalised word describing a group: "according to American military
                // officials", "a Crossroads official".
                capital_described = true;
                continue;
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
            // "said Huckabee campaign spokesman Hogan Gidley", "said Clinton campaign manager
            // Robby Mook": a title before a name.
            let name_follows = (h + 1..end.min(h + 3))
                .take_while(|&k| self.tokens[k].is_word())
                .any(|k| self.tokens[k].cap);
            if capital_described && name_follows {
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

    /// The organisation whose capitalised name starts at token `i` or after a "the" there, before
    /// `end`: "Politico" of "a report by Politico", "the Associated Press".
    pub(super) fn organisation_starting_at(&self, i: usize, end: usize) -> Option<Speaker> {
        let the = self
            .tokens
            .get(i)
            .is_some_and(|t| t.text(self.text).eq_ignore_ascii_case("the"));
        let h = i + usize::from(the);
        let t = self.tokens.get(h).filter(|_| h < end)?;
        if !t.is_word() || !t.cap || t.quoted {
            return None;
        }
        self.organisation_ending_at(self.capitalised_run_after(h, end), i)
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
                && self.tokens[k - 1].end() - self.tokens[k - 1].start() == 1)
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

    /// The name of a source phrase (`span`, in bytes) that a person owns, with the owner's
    /// fullest name: "Trump's campaign" -> "Donald Trump's campaign".
    pub(super) fn owned_source_name(&self, span: (usize, usize)) -> Option<String> {
        let k = self.tokens.partition_point(|t| t.start() < span.0);
        let owner = (k..self.tokens.len())
            .take_while(|&i| self.tokens[i].start() < span.1)
            .find_map(|i| self.mention_ending_at(i))?;
        let mention = &self.mentions[owner];
        let person = self.people.of_mention[owner];
        if mention.first != k || !mention.possessive || !self.people.is_person[person] {
            return None;
        }
        let rest = self.text.get(mention.end..span.1)?;
        let mut name = self.people.names[person].clone();
        let mut words = rest.split_whitespace();
        name.push_str(words.next()?);
        for word in words {
            name.push(' ');
            name.push_str(word);
        }
        Some(name)
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
            // "the" inside a capitalised name: "Out of the Cold program users".
            let inside_name = w == "the"
                && first >= from + 3
                && self.tokens[first].cap
                && self.tokens[first - 2].text(self.text) == "of"
                && self.tokens[first - 3].cap
                && self.tokens[first - 3].is_word();
            if inside_name {
                first -= 3;
                continue;
            }
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
                // not speaking. One who speaks for a person is named without them ("Mr Khan's
                // spokesperson" is "spokesperson", so that a search for what Khan said does
                // not find it); a person's organisation or people keep the owner's whole
                // name: "Donald Trump's campaign", "Barack Obama's aides".
                let owner = self.mention_ending_at(first);
                let Some(owner) =
                    owner.filter(|&k| self.people.is_person[self.people.of_mention[k]])
                else {
                    return (first, true);
                };
                return if head(self.text, &self.tokens[j]) == Some(Head::OneOfGroup) {
                    (first + 1, true)
                } else {
                    (self.mentions[owner].first.max(from), true)
                };
            }
        }
        (first, false)
    }

    /// The source `s` with its phrase running on to token `last`: "a spokesperson" becomes
    /// "a spokesperson for the city".
    fn extended(&self, s: Speaker, last: usize) -> Speaker {
        match s.who {
            Who::Source(kind, (start, _)) => {
                let span = (start, self.tokens[last].end());
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
        let span = (self.tokens[first].start(), self.tokens[last].end());
        Speaker {
            who: Who::Source(kind, span),
            at: span,
        }
    }
}

#[cfg(test)]
#[path = "sources_tests.rs"]
mod tests;
