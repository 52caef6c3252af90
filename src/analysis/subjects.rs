//! Who a speech cue points to: for one sentence at a time, the person its cues name (a name
//! before or after the verb, through appositives, roles such as "the mayor", transcript labels),
//! with "he" and "she" resolved to the people recently named. Step 1 of `speakers`.

use super::cues::{self, Cue, CueKind};
use super::names::{self, Mention, People};
use super::pronouns::{self, Recent};
use super::quotes::{self, Quote};
use super::sentences::Sentence;
use super::speakers::SpeakerKind;
use super::tokens::{self, Token};
use std::ops::Range;

/// A speaker as the steps pass it on: who it is and the mention it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Speaker {
    /// The person, organisation or group.
    pub(super) who: Who,
    /// Byte range of the mention (name, pronoun, role, phrase) it rests on.
    pub(super) at: (usize, usize),
}

/// Who speaks: a person of `People`, or a source named by a phrase of the text (see `sources`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Who {
    /// Index of the person in `People`.
    Person(usize),
    /// An organisation or group, named by the byte range of its phrase ("White House").
    Source(SpeakerKind, (usize, usize)),
}

impl Speaker {
    /// The person speaking, if a person speaks.
    pub(super) fn person(&self) -> Option<usize> {
        match self.who {
            Who::Person(p) => Some(p),
            Who::Source(..) => None,
        }
    }
}

/// What the steps found for one sentence.
#[derive(Debug, Clone, Default)]
pub(super) struct Found {
    /// The speakers, without repeats.
    pub(super) speakers: Vec<Speaker>,
    /// The sentence has a speech cue, even one whose speaker is not a person ("officials said").
    pub(super) cued: bool,
    /// The person named near the start, outside quotations, not in the possessive: the subject.
    pub(super) subject: Option<Speaker>,
    /// The person asked a question, who is likely to answer next ("a reporter asked Sarah Sanders").
    pub(super) asked: Option<Speaker>,
    /// The speaker comes from a label opening the paragraph ("MARSH: ..."), and so do the
    /// paragraph's next sentences.
    pub(super) label: bool,
}

impl Found {
    /// Adds a speaker unless that person is already there.
    pub(super) fn add(&mut self, s: Speaker) {
        if !self.speakers.iter().any(|o| o.who == s.who) {
            self.speakers.push(s);
        }
    }
}

/// An article analysed once: its quotations, tokens and people.
pub(super) struct Doc<'a> {
    /// The article.
    pub(super) text: &'a str,
    /// Its quotations.
    pub(super) quotes: Vec<Quote>,
    /// Its words and punctuation.
    pub(super) tokens: Vec<Token>,
    /// The person-name mentions, in order.
    pub(super) mentions: Vec<Mention>,
    /// The people it names.
    pub(super) people: People,
    /// For each token, the mention whose name ends at it (`NONE` if none).
    pub(super) ends_at: Vec<u32>,
    /// For each token, the mention whose capitalised run starts at it (titles included).
    pub(super) runs_at: Vec<u32>,
}

pub(super) const NONE: u32 = u32::MAX;

impl<'a> Doc<'a> {
    /// Runs the article-wide steps: quotations, tokens, names and people.
    pub(super) fn new(text: &'a str) -> Self {
        let quotes = quotes::find_quotes(text);
        let tokens = tokens::tokenize(text, &quotes);
        let mut mentions = names::find_mentions(text, &tokens);
        mentions.truncate(NONE as usize); // indices must fit the u32 maps below
        let people = People::resolve(text, &tokens, &mentions);
        let mut ends_at = vec![NONE; tokens.len()];
        let mut runs_at = vec![NONE; tokens.len()];
        for (k, m) in mentions.iter().enumerate() {
            ends_at[m.last] = k as u32;
            runs_at[m.run_first] = k as u32;
        }
        Doc {
            text,
            quotes,
            tokens,
            mentions,
            people,
            ends_at,
            runs_at,
        }
    }

    /// The tokens of sentence `s`.
    pub(super) fn token_range(&self, s: &Sentence) -> Range<usize> {
        let from = self.tokens.partition_point(|t| t.start < s.start);
        let to = self.tokens.partition_point(|t| t.start < s.end);
        from..to.max(from)
    }

    fn speaker(&self, mention: usize) -> Speaker {
        let m = &self.mentions[mention];
        Speaker {
            who: Who::Person(self.people.of_mention[mention]),
            at: (m.start, m.end),
        }
    }

    /// Step 1: the speakers the sentence's own cues name.
    pub(super) fn cued_speakers(&self, range: Range<usize>, recent: &mut Recent) -> Found {
        let mut found = Found::default();
        recent.next_sentence();
        if self.boilerplate(range.clone()) {
            found.cued = true; // nothing to carry into "READ MORE: ..." either
            return found;
        }
        if let Some(s) = self.label(range.clone()) {
            found.add(s);
            found.label = true;
        }
        let cues = cues::find_cues(self.text, &self.tokens, range.clone());
        found.cued = found.label || !cues.is_empty();
        for cue in &cues {
            if let Some(s) = self.speaker_of(cue, range.clone(), recent) {
                found.add(s);
            }
            if self.tokens[cue.token].text(self.text) == "asked" {
                found.asked = self.addressee(cue.token + 1, range.clone());
            }
        }
        found.subject = self.subject_of(range.clone());
        // The speaker, then the subject, is who a following "he" or "she" most likely means.
        for s in found.subject.iter().chain(found.speakers.last()) {
            recent.note(*s, &self.people);
        }
        found
    }

    /// Links and captions that scrapers leave in the text: "READ MORE: Minister says ...".
    fn boilerplate(&self, range: Range<usize>) -> bool {
        const LABELS: [&str; 9] = [
            "READ", "MORE", "WATCH", "RELATED", "VIDEO", "PHOTOS", "LISTEN", "CLICK", "SEE",
        ];
        let mut words = range.clone().take(4).map(|i| &self.tokens[i]);
        // "READ MORE:", and "Watch:" in title case.
        let first_is_label = words.next().is_some_and(|t| {
            let w = t.text(self.text);
            LABELS.iter().any(|l| l.eq_ignore_ascii_case(w))
        });
        first_is_label
            && range
                .take(4)
                .any(|i| self.tokens[i].is_punct(self.text, ':'))
    }

    /// A speaker label opening a paragraph, as in transcripts and headlines: "MARSH: We start now.",
    /// "Dana Marsh: Voters are tired".
    fn label(&self, range: Range<usize>) -> Option<Speaker> {
        let first = range.clone().find(|&i| self.tokens[i].is_word())?;
        let t = &self.tokens[first];
        let colon = |i: usize| i < range.end && self.tokens[i].is_punct(self.text, ':');
        let k = self.runs_at[first];
        if k != NONE && colon(self.mentions[k as usize].last + 1) {
            return Some(self.speaker(k as usize));
        }
        let word = t.text(self.text);
        let shouted = word.len() > 2 && !word.chars().any(char::is_lowercase);
        if !shouted || !colon(first + 1) {
            return None;
        }
        let person = self.people.by_surname(word)?;
        Some(Speaker {
            who: Who::Person(person),
            at: (t.start, t.end),
        })
    }

    /// The person a sentence is about: one named, unquoted and not possessive, near its start
    /// ("On Monday, Smith met ..." -> Smith; "She met Minister Carolyn Bennett" -> nobody).
    fn subject_of(&self, range: Range<usize>) -> Option<Speaker> {
        const SUBJECT_WITHIN: usize = 6;
        let first = self.mentions.partition_point(|m| m.run_first < range.start);
        let m = self
            .mentions
            .get(first)
            .filter(|m| m.run_first < range.end.min(range.start + SUBJECT_WITHIN))?;
        if m.credit {
            return None;
        }
        self.person_ending_at(m.last, range.start)
            .filter(|s| s.person().is_some_and(|p| self.people.is_person[p]))
    }

    /// The person named right after "asked", role words before the name allowed
    /// ("asked deputy press secretary Sarah Sanders").
    fn addressee(&self, from: usize, range: Range<usize>) -> Option<Speaker> {
        const ROLE_WORDS: usize = 4;
        (from..range.end.min(from + ROLE_WORDS)).find_map(|i| {
            let k = self.runs_at[i];
            (k != NONE)
                .then(|| self.person_ending_at(self.mentions[k as usize].last, range.start))
                .flatten()
        })
    }

    /// The only person named (unquoted, not possessive) in the tokens of `range`, if just one is.
    pub(super) fn sole_person(&self, range: Range<usize>) -> Option<Speaker> {
        let not_credit =
            |&i: &usize| self.ends_at[i] == NONE || !self.mentions[self.ends_at[i] as usize].credit;
        let mut named = range
            .clone()
            .filter(not_credit)
            .filter_map(|i| self.person_ending_at(i, range.start));
        let first = named.next()?;
        let sole = named.all(|s| s.who == first.who);
        let person = first.person().is_some_and(|p| self.people.is_person[p]);
        (sole && person).then_some(first)
    }

    /// The people named in the tokens of `range`, each once with its first mention there:
    /// (person, start, end). Credits and names that may be places ("in Elmwood") are left out.
    pub(super) fn people_named(&self, range: Range<usize>) -> Vec<(usize, usize, usize)> {
        // Enough for any real sentence, and keeps a runaway one linear.
        const MAX_PEOPLE: usize = 64;
        let from = self.mentions.partition_point(|m| m.run_first < range.start);
        let mut out: Vec<(usize, usize, usize)> = Vec::new();
        let inside = self.mentions[from..]
            .iter()
            .enumerate()
            .take_while(|(_, m)| m.run_first < range.end);
        for (k, m) in inside {
            let p = self.people.of_mention[from + k];
            if m.credit || !self.people.is_person[p] || out.iter().any(|o| o.0 == p) {
                continue;
            }
            out.push((p, m.start, m.end));
            if out.len() == MAX_PEOPLE {
                break;
            }
        }
        out
    }

    /// The person named by an unquoted, non-possessive mention ending at token `i`.
    /// A party-and-state note or a suffix after the name is looked past: "Rep. Dana Fields
    /// (D-Ore.) said", "Carl T. Winters III, a writer, said".
    fn person_ending_at(&self, i: usize, from: usize) -> Option<Speaker> {
        let i = self.name_end_before(i, from);
        let k = self.ends_at[i];
        if k == NONE || self.tokens[i].quoted || self.mentions[k as usize].possessive {
            return None;
        }
        Some(self.speaker(k as usize))
    }

    /// Token `i` moved left past a bracketed note and a name suffix (Jr., II) that end a name.
    fn name_end_before(&self, mut i: usize, from: usize) -> usize {
        const MAX_NOTE: usize = 12;
        if self.tokens[i].is_punct(self.text, ')') {
            let lo = i.saturating_sub(MAX_NOTE).max(from);
            if let Some(open) = (lo..i)
                .rev()
                .find(|&k| self.tokens[k].is_punct(self.text, '('))
            {
                i = open.saturating_sub(1).max(from);
            }
        }
        if self.tokens[i].is_punct(self.text, '.') && i > from {
            i -= 1; // "Jr."
        }
        let suffix = matches!(
            self.tokens[i].text(self.text),
            "Jr" | "Sr" | "II" | "III" | "IV"
        );
        if suffix && i > from {
            i -= 1;
            if self.tokens[i].is_punct(self.text, ',') && i > from {
                i -= 1; // "Martin Luther King, Jr."
            }
        }
        i
    }

    /// Who speaks at `cue`, looking where its kind says the speaker stands.
    fn speaker_of(&self, cue: &Cue, range: Range<usize>, recent: &mut Recent) -> Option<Speaker> {
        match cue.kind {
            CueKind::Verb => self
                .subject_before(cue.token, range.clone(), recent)
                .or_else(|| self.inverted_subject(cue.token, range, recent)),
            CueKind::Participle => self.clause_subject(cue.token, range, recent),
            CueKind::According => self
                .named_after(cue.token + 2, range.clone(), recent)
                .or_else(|| self.source_starting_at(cue.token + 2, range)),
        }
    }

    /// The subject just before a verb: "Khan said", "Khan also said", "Trump on Saturday tweeted",
    /// "Smith, a spokesman for the city, said", "Smith, who ..., said", "“...,” he said".
    fn subject_before(
        &self,
        verb: usize,
        range: Range<usize>,
        recent: &mut Recent,
    ) -> Option<Speaker> {
        let mut j = verb.checked_sub(1).filter(|&j| j >= range.start)?;
        while j > range.start
            && !self.tokens[j].quoted
            && cues::is_filler(self.tokens[j].text(self.text))
        {
            if matches!(
                self.tokens[j].text(self.text),
                "not" | "never" | "was" | "were" | "is" | "are"
            ) {
                // "Facebook did not say whether ...": nothing was said; "48 people were
                // reported dead", "Lopez was told": the subject did not speak.
                return None;
            }
            j -= 1;
        }
        let t = &self.tokens[j];
        if t.quoted {
            return None;
        }
        if t.is_word() && t.text(self.text).eq_ignore_ascii_case("who") {
            j = j.checked_sub(1).filter(|&j| j >= range.start)?;
            return self
                .person_ending_at(j, range.start)
                .or_else(|| self.before_comma(j, range.start));
        }
        if t.is_punct(self.text, ',') {
            return self
                .before_appositive(j, range.start)
                .or_else(|| self.source_before_appositive(j, range.start, recent));
        }
        if t.is_word() && t.text(self.text) == "and" {
            // A second verb of the same subject: "Lopez praised the plan and said ...".
            return self.clause_subject(j, range, recent);
        }
        self.person_ending_at(j, range.start)
            .or_else(|| self.pronoun_at(j, recent))
            .or_else(|| self.role_at(j, range.start))
            .or_else(|| self.before_phrase(j, range.start))
            .or_else(|| self.party_member_at(j, range.start, recent))
            // A capitalised cue mid-sentence is a name, not a verb: "the United States".
            .or_else(|| {
                let verb_word = !self.tokens[verb].cap || self.tokens[verb].initial;
                verb_word.then(|| self.source_ending_at(j, range.start, recent))?
            })
    }

    /// "the Kentucky Republican said": a party member described, not named, is the person
    /// the article spoke of last (as "he" or "she" would be).
    fn party_member_at(&self, j: usize, from: usize, recent: &mut Recent) -> Option<Speaker> {
        const MEMBERS: [&str; 5] = ["Republican", "Democrat", "Conservative", "Liberal", "Tory"];
        const DESCRIBING: usize = 3;
        let t = &self.tokens[j];
        if !MEMBERS.contains(&t.text(self.text)) {
            return None;
        }
        let lo = j.saturating_sub(DESCRIBING + 1).max(from);
        let the = (lo..j).rev().find(|&k| {
            let w = self.tokens[k].text(self.text);
            !self.tokens[k].is_word() || w.eq_ignore_ascii_case("the")
        })?;
        if !self.tokens[the].text(self.text).eq_ignore_ascii_case("the") {
            return None;
        }
        let who = recent.find(pronouns::Pronoun::Personal(names::Gender::Unknown))?;
        Some(Speaker {
            who,
            at: (self.tokens[the + 1].start, t.end),
        })
    }

    /// A subject with a phrase after it: "Lena Hart with the Ontario Health Authority says".
    fn before_phrase(&self, j: usize, from: usize) -> Option<Speaker> {
        const MAX_PHRASE: usize = 12;
        const PREPOSITIONS: [&str; 6] = ["with", "of", "from", "at", "for", "in"];
        let lo = j.saturating_sub(MAX_PHRASE).max(from);
        for k in (lo..j).rev() {
            let t = &self.tokens[k];
            if t.quoted || !t.is_word() {
                return None; // the phrase holds no punctuation
            }
            let prep = PREPOSITIONS.contains(&self.tokens[k + 1].text(self.text));
            if let Some(s) = self.person_ending_at(k, from).filter(|_| prep) {
                return Some(s);
            }
        }
        None
    }

    /// "the mayor said", "the prime minister said": the person the article last gave that title
    /// ("London Mayor Sadiq Khan").
    fn role_at(&self, j: usize, from: usize) -> Option<Speaker> {
        let t = &self.tokens[j];
        let is =
            |k: usize, w: &str| k >= from && self.tokens[k].text(self.text).eq_ignore_ascii_case(w);
        let title = |k: usize| {
            k >= from && self.tokens[k].is_word() && names::is_title(self.tokens[k].text(self.text))
        };
        // One more title word may stand between: "the prime minister".
        let the =
            (j > from && is(j - 1, "the")) || (j > from + 1 && title(j - 1) && is(j - 2, "the"));
        if !the || !t.is_word() || t.cap || !title(j) {
            return None;
        }
        let person = self.people.with_title(t.text(self.text), t.start)?;
        Some(Speaker {
            who: Who::Person(person),
            at: (t.start, t.end),
        })
    }

    /// The person before the comma at `j` ("Smith, who ...").
    fn before_comma(&self, j: usize, from: usize) -> Option<Speaker> {
        if j > from && self.tokens[j].is_punct(self.text, ',') {
            return self.person_ending_at(j - 1, from);
        }
        None
    }

    /// "Smith, a spokesman for the city, said": from the comma at `j` back to the one opening the
    /// appositive, and the person just before it. The appositive may hold commas itself ("Joe
    /// Smith, a teacher and a coach in Elm County, where the club plays, said").
    fn before_appositive(&self, j: usize, from: usize) -> Option<Speaker> {
        const MAX_APPOSITIVE: usize = 50;
        const MAX_COMMAS: usize = 3;
        let lo = j.saturating_sub(MAX_APPOSITIVE).max(from);
        let mut commas = (lo..j).rev().take_while(|&k| !self.tokens[k].quoted);
        let commas = commas
            .by_ref()
            .filter(|&k| self.tokens[k].is_punct(self.text, ','));
        for (n, open) in commas.take(MAX_COMMAS).enumerate() {
            // The appositive may be the name itself: "the boy's uncle, Peter, says".
            let inside = self.runs_at.get(open + 1).copied().filter(|&k| k != NONE);
            if let Some(k) = inside.filter(|&k| n == 0 && self.mentions[k as usize].last + 1 == j) {
                return self.person_ending_at(self.mentions[k as usize].last, from);
            }
            if let Some(s) = open
                .checked_sub(1)
                .and_then(|p| self.person_ending_at(p, from))
            {
                return Some(s);
            }
        }
        None
    }

    /// After a quotation the subject may follow its verb: "“...,” said Khan", "“...,” said he",
    /// "“...,” said the mayor", "“...,” said dock worker Paul Brandt".
    fn inverted_subject(
        &self,
        verb: usize,
        range: Range<usize>,
        recent: &mut Recent,
    ) -> Option<Speaker> {
        let prev = verb
            .checked_sub(1)
            .filter(|&j| j >= range.start)
            .map(|j| &self.tokens[j]);
        // A closing mark counts even when the quote it closes was never opened here.
        let mark =
            |t: &Token| t.quoted || matches!(t.text(self.text), "," | "\"" | "”" | "'" | "’");
        if !prev.is_some_and(mark) {
            return None;
        }
        let next = verb + 1;
        // A source after its verb only follows a quotation: "the Institute called the program"
        // has none.
        let after_quote = prev
            .is_some_and(|t| t.quoted || t.kind == tokens::Kind::Punct && t.text(self.text) != ",");
        if next + 1 < range.end
            && self.tokens[next]
                .text(self.text)
                .eq_ignore_ascii_case("the")
        {
            let role =
                (next + 1..range.end.min(next + 3)).find_map(|k| self.role_at(k, range.start));
            // "“...,” said the mayor", "said the IFSD’s Ana Ruiz", "“...,” said the company"
            return role
                .or_else(|| self.named_after(next + 1, range.clone(), recent))
                .or_else(|| after_quote.then(|| self.source_starting_at(next, range))?);
        }
        // Lower-case words describing the speaker may come first: "said police Chief Omar
        // Reyes", "said dock worker Paul Brandt"; a clause ("suggests that Denver") may not.
        const ROLE_WORDS: usize = 5;
        const CLAUSE_WORDS: [&str; 14] = [
            "that", "if", "whether", "to", "it", "this", "he", "she", "they", "we", "i", "you",
            "there", "in",
        ];
        let describes = |t: &Token| {
            t.is_word() && !t.cap && !t.quoted && !CLAUSE_WORDS.contains(&t.text(self.text))
        };
        let skip = (next..range.end.min(next + ROLE_WORDS))
            .take_while(|&i| describes(&self.tokens[i]))
            .count();
        let named = (skip > 0)
            .then(|| self.named_at(next + skip, range.clone(), recent))
            .flatten();
        named
            .or_else(|| self.named_at(next, range.clone(), recent))
            .or_else(|| after_quote.then(|| self.source_starting_at(next, range))?)
    }

    /// The person named a few describing words after token `i`, with no punctuation between:
    /// "according to former Bank of England governor Ruth Alvarez".
    fn named_after(&self, i: usize, range: Range<usize>, recent: &mut Recent) -> Option<Speaker> {
        const DESCRIBING: usize = 6;
        let end = range.end.min(i + DESCRIBING);
        let words = (i..end).take_while(|&k| self.tokens[k].is_word() && !self.tokens[k].quoted);
        words
            .filter(|&k| self.runs_at[k] != NONE)
            .find_map(|k| self.named_at(k, range.clone(), recent))
    }

    /// The person whose name (titles included) starts at token `i`, or the pronoun there.
    fn named_at(&self, i: usize, range: Range<usize>, recent: &mut Recent) -> Option<Speaker> {
        if i >= range.end || self.tokens[i].quoted {
            return None;
        }
        let k = self.runs_at[i];
        if k != NONE && self.mentions[k as usize].last < range.end {
            return Some(self.speaker(k as usize));
        }
        self.pronoun_at(i, recent)
    }

    /// A participle's speaker is the clause subject: the first person named before it, or a
    /// pronoun ("Trump bashed London Mayor Sadiq Khan ..., saying" -> Trump).
    fn clause_subject(
        &self,
        cue: usize,
        range: Range<usize>,
        recent: &mut Recent,
    ) -> Option<Speaker> {
        // Bounded, so a runaway "sentence" with many participles stays linear.
        const CLAUSE: usize = 80;
        (range.start.max(cue.saturating_sub(CLAUSE))..cue).find_map(|i| {
            let t = &self.tokens[i];
            if t.quoted || !t.is_word() {
                return None;
            }
            let k = self.ends_at[i];
            if k != NONE && !self.mentions[k as usize].possessive {
                return Some(self.speaker(k as usize));
            }
            self.pronoun_at(i, recent)
        })
    }

    /// A pronoun at token `i` ("he", "she", "it", "they"), resolved to whom it most likely means.
    fn pronoun_at(&self, i: usize, recent: &mut Recent) -> Option<Speaker> {
        let t = &self.tokens[i];
        let pronoun = pronouns::pronoun(t.text(self.text)).filter(|_| !t.quoted)?;
        let who = recent.find(pronoun)?;
        Some(Speaker {
            who,
            at: (t.start, t.end),
        })
    }
}

#[cfg(test)]
#[path = "subjects_tests.rs"]
mod tests;
