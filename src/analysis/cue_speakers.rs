//! Where a cue's speaker stands: the subject before a verb ("Khan said", through appositives,
//! phrases, roles and pronouns), the name after it once a quotation is closed ("“...,” said
//! Khan"), the one named after "according to", and the clause subject of a participle
//! ("..., saying"). Step 1 of `speakers`, for one cue at a time.

use super::cues::{self, Cue, CueKind};
use super::names;
use super::people;
use super::pronouns::{self, Recent};
use super::source_words::{self, FUNCTION};
use super::subjects::{Doc, Speaker, Who, NONE};
use super::tokens::{self, Token};
use std::ops::Range;

/// Words that open a verb phrase, after which a subject has ended: "The party is filing",
/// "Officials also said".
const AUXILIARIES: [&str; 16] = [
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "did",
    "does", "also", "then", "later",
];

impl Doc<'_> {
    /// Who speaks at `cue`, looking where its kind says the speaker stands.
    pub(super) fn speaker_of(
        &self,
        cue: &Cue,
        range: Range<usize>,
        recent: &mut Recent,
    ) -> Option<Speaker> {
        match cue.kind {
            // "..., was also badly hit, said Ana Ruiz, a spokeswoman": the name after the verb.
            CueKind::Verb if self.named_after_comma(cue.token, range.clone()) => self
                .inverted_subject(cue.token, range.clone(), recent)
                .or_else(|| self.subject_before(cue.token, range, recent)),
            CueKind::Verb => self
                .subject_before(cue.token, range.clone(), recent)
                .or_else(|| self.inverted_subject(cue.token, range, recent)),
            CueKind::Participle => self.clause_subject(cue.token, range, recent),
            CueKind::According => self
                .named_after(cue.token + 2, range.clone(), recent)
                .or_else(|| self.author_after(cue.token + 2, range.end))
                .or_else(|| self.source_starting_at(cue.token + 2, range)),
        }
    }

    /// Whether the verb at `verb` stands between a comma and a name that a comma or the
    /// sentence's end closes: "..., said Ana Ruiz, a spokeswoman" (but not "..., said Ruiz
    /// would go", where Ruiz is the reported clause's subject).
    fn named_after_comma(&self, verb: usize, range: Range<usize>) -> bool {
        let comma_before = verb > range.start && self.tokens[verb - 1].is_punct(self.text, ',');
        let k = self.runs_at.get(verb + 1).copied().unwrap_or(NONE);
        if !comma_before || k == NONE {
            return false;
        }
        let after = self.mentions[k as usize].last + 1;
        after >= range.end
            || self.tokens[after].is_punct(self.text, ',')
            || self.tokens[after].is_punct(self.text, '.')
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
            && self.ends_at[j] == NONE
        // "Ms. May said": a name, not the verb "may"
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
        // An infinitive speaks only after a verb that goes on speaking ("Officials continued to
        // insist", "he went on to say"), whose subject is its; not after one that declines or
        // plans ("declined to say", "plans to call"), nor after no verb ("... in Michigan to ask").
        if t.is_word() && t.text(self.text) == "to" {
            const GOES_ON: [&str; 9] = [
                "continued",
                "continues",
                "continue",
                "began",
                "begins",
                "proceeded",
                "hastened",
                "rushed",
                "on",
            ];
            let verb = j.checked_sub(1).filter(|&v| v > range.start)?;
            let v = &self.tokens[verb];
            if !v.is_word() || v.quoted || !GOES_ON.contains(&v.text(self.text)) {
                return None;
            }
            return self.subject_before(verb, range, recent);
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
        if t.is_word() && matches!(t.text(self.text), "and" | "but") {
            // A second verb of the same subject: "Lopez praised the plan and said ...", "Lopez
            // has disputed it, but says ...".
            return self.clause_subject(j, range, recent);
        }
        let named = self.person_ending_at(j, range.start);
        if named.is_some_and(|s| self.after_preposition(&s)) {
            // "Sen. Karen Oduya of Michigan said", "economists at Goldman Sachs wrote": the
            // person or group the phrase follows speaks, not the name in it.
            let before = self
                .before_phrase(j, range.start)
                .filter(|s| self.is_subject_person(s));
            if let Some(s) = before.or_else(|| self.source_subject(verb, j, range.start, recent)) {
                return Some(s);
            }
        }
        named
            .or_else(|| self.pronoun_at(j, recent))
            .or_else(|| self.role_at(j, range.start))
            .or_else(|| self.before_phrase(j, range.start))
            .or_else(|| self.party_member_at(j, range.start, recent))
            .or_else(|| self.aged_at(j, range.start, recent))
            .or_else(|| self.described_at(j, range.start, recent))
            .or_else(|| self.source_subject(verb, j, range.start, recent))
    }

    /// The source ending at token `j` as the subject of the cue at `verb`, unless that cue is
    /// capitalised mid-sentence, a name rather than a verb: "the United States".
    fn source_subject(
        &self,
        verb: usize,
        j: usize,
        from: usize,
        recent: &mut Recent,
    ) -> Option<Speaker> {
        let verb_word = !self.tokens[verb].cap || self.tokens[verb].initial;
        verb_word.then(|| self.source_ending_at(j, from, recent))?
    }

    /// "the 32-year-old labourer said", "the 26-year-old said": someone described by age is the
    /// person the article spoke of last (as "he" or "she" would be).
    fn aged_at(&self, j: usize, from: usize, recent: &mut Recent) -> Option<Speaker> {
        const DESCRIBING: usize = 4;
        let aged =
            |w: &str| w.ends_with("-year-old") && w.starts_with(|c: char| c.is_ascii_digit());
        let lo = j.saturating_sub(DESCRIBING).max(from);
        let mut seen_age = false;
        for k in (lo..=j).rev() {
            let t = &self.tokens[k];
            let w = t.text(self.text);
            if !t.is_word() || t.quoted {
                return None;
            }
            seen_age |= aged(w);
            if k < j && w.eq_ignore_ascii_case("the") {
                if !seen_age {
                    return None;
                }
                let who = recent.find(pronouns::Pronoun::Personal(names::Gender::Unknown))?;
                return Some(Speaker {
                    who,
                    at: (
                        self.tokens[k + 1].start(),
                        t.end().max(self.tokens[j].end()),
                    ),
                });
            }
        }
        None
    }

    /// "the lanky, bespectacled professor said", "the grieving father said": someone described
    /// by a title, not named, is whoever the article last gave that title; someone described by
    /// a noun for a person is the person it spoke of last (as "he" or "she" would be).
    fn described_at(&self, j: usize, from: usize, recent: &mut Recent) -> Option<Speaker> {
        const DESCRIBING: usize = 5;
        let t = &self.tokens[j];
        let noun = t.text(self.text);
        if !t.is_word() || t.cap || !(names::is_title(noun) || names::is_person_noun(noun)) {
            return None;
        }
        let lo = j.saturating_sub(DESCRIBING + 1).max(from);
        let the = (lo..j).rev().find(|&k| {
            let d = &self.tokens[k];
            let w = d.text(self.text);
            w.eq_ignore_ascii_case("the")
                || d.quoted
                || !(d.is_word() || w == ",")
                || w.ends_with("’s")
                || w.ends_with("'s")
                || (d.is_word() && source_words::words().flags(w) & FUNCTION != 0)
        })?;
        if !self.tokens[the].text(self.text).eq_ignore_ascii_case("the") {
            return None;
        }
        // A title names whoever holds it ("the judge" is a new person when nobody was given
        // it); a noun for a person ("the father", "the lanky, bespectacled resident") is someone
        // the article has just spoken of.
        // A title described ("the lanky, bespectacled professor") that nobody was given is a
        // description too.
        let described = the + 1 < j;
        let describing = self.describing(the, j);
        let who = match self
            .people
            .with_title(noun, self.former(the, j), &describing, t.start())
        {
            Some(person) => Who::Person(person),
            None if !names::is_title(noun) || described => {
                recent.find(pronouns::Pronoun::Personal(names::noun_gender(noun)))?
            }
            None => return None,
        };
        Some(Speaker {
            who,
            at: (self.tokens[the + 1].start(), t.end()),
        })
    }

    /// "the Kentucky Republican said": a party member described, not named, is the person
    /// the article spoke of last (as "he" or "she" would be).
    fn party_member_at(&self, j: usize, from: usize, recent: &mut Recent) -> Option<Speaker> {
        // Nouns for members only, unlike `opening_source`'s list: not the adjective
        // "Democratic" ("they rejected the Democratic call"), nor "Independent", a newspaper
        // too ("The Independent report quoted ..."); with both, 4 of 212,665 sentences of
        // 5,000 news-33k files changed, 2 for the worse and none clearly for the better.
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
            at: (self.tokens[the + 1].start(), t.end()),
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

    /// "the mayor said", "the prime minister said", "the Indiana governor said": the person the
    /// article last gave that title ("London Mayor Sadiq Khan").
    fn role_at(&self, j: usize, from: usize) -> Option<Speaker> {
        let t = &self.tokens[j];
        let is =
            |k: usize, w: &str| k >= from && self.tokens[k].text(self.text).eq_ignore_ascii_case(w);
        let title = |k: usize| {
            k >= from && self.tokens[k].is_word() && names::is_title(self.tokens[k].text(self.text))
        };
        // Up to two describing words may stand between: "the prime minister", "the Indiana
        // governor", "the former deputy mayor".
        const DESCRIBING: usize = 2;
        let describes = |k: usize| {
            let d = &self.tokens[k];
            d.is_word()
                && !d.quoted
                && source_words::words().flags(d.text(self.text)) & FUNCTION == 0
        };
        let the = (1..=DESCRIBING + 1)
            .filter(|&n| j >= from + n)
            .take_while(|&n| n == 1 || describes(j - n + 1))
            .map(|n| j - n)
            .find(|&k| is(k, "the"))?;
        if !t.is_word() || t.cap || !title(j) {
            return None;
        }
        let (former, describing) = (self.former(the, j), self.describing(the, j));
        let person = self
            .people
            .with_title(t.text(self.text), former, &describing, t.start())?;
        Some(Speaker {
            who: Who::Person(person),
            at: (t.start(), t.end()),
        })
    }

    /// The words between "the" at `the` and the title at `j`, "former" left out, in the form
    /// of title qualifiers: "republican" of "the GOP nominee".
    fn describing(&self, the: usize, j: usize) -> Vec<String> {
        (the + 1..j)
            .map(|k| people::qualifier_form(self.tokens[k].text(self.text)))
            .filter(|w| w != "former")
            .collect()
    }

    /// Whether "former" stands between "the" at `the` and the title at `j`: "the former mayor".
    fn former(&self, the: usize, j: usize) -> bool {
        (the + 1..j).any(|k| {
            self.tokens[k]
                .text(self.text)
                .eq_ignore_ascii_case("former")
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
        const MAX_COMMAS: usize = 4;
        let lo = j.saturating_sub(MAX_APPOSITIVE).max(from);
        // The appositive may quote: "Doug Purdy, who lost “two belt loops”, says".
        let commas = (lo..j)
            .rev()
            .filter(|&k| !self.tokens[k].quoted && self.tokens[k].is_punct(self.text, ','));
        // A word that may be a place ("..., based in Antigonish, N.S., says") is taken only when
        // no one surely a person stands before an earlier comma.
        let mut maybe_place = None;
        for (n, open) in commas.take(MAX_COMMAS).enumerate() {
            // The appositive may be the name itself: "the boy's uncle, Peter, says".
            let inside = self.runs_at.get(open + 1).copied().filter(|&k| k != NONE);
            if let Some(k) = inside.filter(|&k| n == 0 && self.mentions[k as usize].last + 1 == j) {
                return self.person_ending_at(self.mentions[k as usize].last, from);
            }
            // "Sen. Ann Holt of Vermont, the chair of ..., said": Ann Holt, not Vermont.
            let found = open.checked_sub(1).and_then(|p| {
                self.before_phrase(p, from)
                    .or_else(|| self.person_ending_at(p, from))
            });
            match found {
                Some(s) if self.is_subject_person(&s) => return Some(s),
                Some(s) => {
                    maybe_place.get_or_insert(s);
                }
                None => {}
            }
        }
        maybe_place
    }

    /// Whether `s` is someone surely a person who may be a subject: not a name inside a
    /// prepositional phrase ("the foreign minister of Spain, a member of ..., said": Spain is
    /// the place, however the title reads).
    fn is_subject_person(&self, s: &Speaker) -> bool {
        s.person().is_some_and(|p| self.people.is_person[p]) && !self.after_preposition(s)
    }

    /// Whether the mention of `s` follows a preposition: "of Vermont", "at Goldman Sachs".
    fn after_preposition(&self, s: &Speaker) -> bool {
        let at = self.tokens.partition_point(|t| t.start() < s.at.0);
        at.checked_sub(1).is_some_and(|b| {
            let t = &self.tokens[b];
            t.is_word() && matches!(t.text(self.text), "of" | "in" | "from" | "for" | "at")
        })
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
        // Or the verb opens the sentence: "Said Ellis: “...”".
        let opens = self.tokens[verb].initial && self.tokens[verb].cap;
        if !prev.is_some_and(mark) && !opens {
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
        let named = named.or_else(|| self.named_at(next, range.clone(), recent));
        // "says Heart and Stroke senior manager Erin Kim": a word that may be an organisation's
        // or a place's name gives way to the person named a few words on.
        let surely_person = |s: &Speaker| s.person().is_some_and(|p| self.people.is_person[p]);
        if let Some(s) = named.filter(|s| !surely_person(s)) {
            return Some(self.person_described_after(next, range).unwrap_or(s));
        }
        // "said Judicial Watch president Tom Fitton": the organisation's officer speaks.
        let titled = (next..range.end.min(next + ROLE_WORDS))
            .find(|&k| !(self.tokens[k].is_word() && self.tokens[k].cap))
            .is_some_and(|k| {
                let t = &self.tokens[k];
                k > next && t.is_word() && !t.quoted && names::is_title(t.text(self.text))
            });
        if named.is_none() && titled {
            if let Some(s) = self.person_described_after(next, range.clone()) {
                return Some(s);
            }
        }
        named
            .or_else(|| after_quote.then(|| self.source_starting_at(next, range.clone()))?)
            // "said RNC spokesman Sean Spicer": no group speaks where a title leads to a name
            // (but "cited that Merkel's fall" is a clause).
            .or_else(|| {
                let describing =
                    next < range.end && !CLAUSE_WORDS.contains(&self.tokens[next].text(self.text));
                (after_quote && describing).then(|| self.person_described_after(next, range))?
            })
    }

    /// The first person surely a person named within a few words of token `i`, only words
    /// between: "Heart and Stroke senior manager Erin Kim".
    fn person_described_after(&self, i: usize, range: Range<usize>) -> Option<Speaker> {
        const DESCRIBING: usize = 8;
        let end = range.end.min(i + DESCRIBING);
        (i..end)
            .take_while(|&k| self.tokens[k].is_word() && !self.tokens[k].quoted)
            .filter(|&k| self.runs_at[k] != NONE)
            .map(|k| self.speaker(self.runs_at[k] as usize))
            .find(|s| s.person().is_some_and(|p| self.people.is_person[p]))
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

    /// The organisation after "by" or "from" a few words after token `i`, before `end`:
    /// "according to a new report by Politico", "according to a statement from the Associated
    /// Press".
    fn author_after(&self, i: usize, end: usize) -> Option<Speaker> {
        const DESCRIBING: usize = 6;
        let by = (i..end.min(i + DESCRIBING))
            .take_while(|&k| self.tokens[k].is_word() && !self.tokens[k].quoted)
            .find(|&k| matches!(self.tokens[k].text(self.text), "by" | "from"))?;
        // "the memo obtained by The Globe" was not the Globe's.
        let before = self.tokens[by.checked_sub(1)?].text(self.text);
        if before.ends_with("ed") || matches!(before, "seen" | "given" | "shown") {
            return None;
        }
        self.organisation_starting_at(by + 1, end)
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

    /// A participle's speaker is the clause subject: an organisation or group opening the
    /// sentence ("The Harbour Party released a letter to the Gazette, saying" -> Harbour Party),
    /// else the first person named before it, or a pronoun ("Trump bashed London Mayor Sadiq
    /// Khan ..., saying" -> Trump).
    fn clause_subject(
        &self,
        cue: usize,
        range: Range<usize>,
        recent: &mut Recent,
    ) -> Option<Speaker> {
        // Bounded, so a runaway "sentence" with many participles stays linear.
        const CLAUSE: usize = 80;
        let before = cue.checked_sub(1).filter(|&k| k >= range.start);
        // "Just after Mateen's attack, Donald Trump was calling for": a progressive verb's
        // subject stands before its auxiliary, as a finite verb's does.
        let progressive = before.filter(|&k| {
            matches!(
                self.tokens[k].text(self.text),
                "is" | "was" | "are" | "were" | "been" | "be"
            )
        });
        if let Some(s) = progressive.and_then(|k| self.subject_before(k, range.clone(), recent)) {
            return Some(s);
        }
        // "..., with Donald Trump tweeting that": the name after "with" is the participle's own.
        if let Some(k) = before.map(|k| self.ends_at[k]).filter(|&k| k != NONE) {
            let m = &self.mentions[k as usize];
            let with =
                m.run_first > range.start && self.tokens[m.run_first - 1].text(self.text) == "with";
            if with && !m.possessive {
                return Some(self.speaker(k as usize));
            }
        }
        // "CNN quoted a witness as saying": the one quoted speaks, not the subject.
        let quoted_as = before.is_some_and(|k| self.tokens[k].text(self.text) == "as");
        if quoted_as {
            // The first one named after "quoted", past an appositive ("quoted Wassim Bouhlel, a
            // Nice native, as saying"), else the last before "as".
            const QUOTED_WITHIN: usize = 12;
            let from = range.start.max(cue.saturating_sub(QUOTED_WITHIN));
            let mention_at = |k: usize| {
                let m = self.ends_at[k];
                (m != NONE && !self.mentions[m as usize].possessive).then_some(m)
            };
            let verb = (from..cue - 1).rev().find(|&k| {
                matches!(
                    self.tokens[k].text(self.text),
                    "quoted" | "quotes" | "quoting" | "cited" | "cites"
                )
            });
            let quoted = match verb {
                Some(v) => (v + 1..cue - 1).find_map(mention_at),
                None => (from..cue - 1).rev().find_map(mention_at),
            };
            if let Some(k) = quoted {
                return Some(self.speaker(k as usize));
            }
        }
        if let Some(source) = self.opening_source(range.start, cue).filter(|_| !quoted_as) {
            return Some(source);
        }
        (range.start.max(cue.saturating_sub(CLAUSE))..cue)
            .find_map(|i| {
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
            .or_else(|| {
                (!quoted_as)
                    .then(|| self.opening_subject(range, cue, recent))
                    .flatten()
            })
    }

    /// The subject of the sentence's first verb, when it comes within a few words of the start
    /// and before `cue`: "The Republican nominee also outlined his plan and vowed" -> the
    /// nominee, the person last spoken of.
    fn opening_subject(
        &self,
        range: Range<usize>,
        cue: usize,
        recent: &mut Recent,
    ) -> Option<Speaker> {
        const SUBJECT_WITHIN: usize = 6;
        // "That irritates Clinton supporters on two levels": a pronoun's clause, not a subject.
        let opening = self.tokens.get(range.start)?.text(self.text);
        if matches!(opening, "That" | "This" | "It" | "There") {
            return None;
        }
        let end = cue.min(range.start + SUBJECT_WITHIN);
        let verb = (range.start + 1..end).find(|&k| {
            let t = &self.tokens[k];
            let w = t.text(self.text);
            t.is_word() && !t.cap && !t.quoted && (w.ends_with("ed") || cues::is_filler(w))
        })?;
        self.subject_before(verb, range, recent)
    }

    /// The organisation or group whose phrase opens the sentence at token `start` and is its
    /// subject: capitalised words ("The Harbour Party", "Officials"), then its verb, a word in
    /// -ed or an auxiliary ("released", "is filing", "also said"). Not a phrase a person is
    /// named in, nor a party's member ("The Wisconsin Republican").
    fn opening_source(&self, start: usize, cue: usize) -> Option<Speaker> {
        let source = self.source_starting_at(start, start..cue)?;
        let (phrase_start, end) = source.at;
        let next = start + self.tokens[start..cue].partition_point(|t| t.start() < end);
        let capitalised = self.tokens[start..next]
            .iter()
            .filter(|t| t.start() >= phrase_start && t.is_word())
            .all(|t| t.cap || matches!(t.text(self.text), "of" | "for" | "and"));
        let verb_follows = next < cue && {
            let t = &self.tokens[next];
            let w = t.text(self.text);
            // Not a noun the phrase goes on with: "FBI officials were", "Teachers unions".
            t.is_word()
                && !t.cap
                && !t.quoted
                && source_words::head(self.text, t).is_none()
                && (AUXILIARIES.contains(&w) || w.ends_with("ed"))
        };
        // "The Wisconsin Republican did": a party's member is a person described.
        let last = self.tokens[next - 1].text(self.text);
        let party_member = matches!(
            last,
            "Republican" | "Democrat" | "Democratic" | "Independent"
        );
        let names_someone = (start..next).any(|k| self.ends_at[k] != NONE);
        (capitalised && verb_follows && !names_someone && !party_member).then_some(source)
    }

    /// A pronoun at token `i` ("he", "she", "it", "they"), resolved to whom it most likely means.
    pub(super) fn pronoun_at(&self, i: usize, recent: &mut Recent) -> Option<Speaker> {
        let t = &self.tokens[i];
        let pronoun = pronouns::pronoun(t.text(self.text)).filter(|_| !t.quoted)?;
        let who = recent.find(pronoun)?;
        Some(Speaker {
            who,
            at: (t.start(), t.end()),
        })
    }
}
