//! The article analysed once (`Doc`: quotations, tokens, people), and for one sentence at a time
//! who its cues name (where each cue's speaker stands is `cue_speakers`), the person it is
//! about, the person it asks, and the transcript labels and boilerplate that open paragraphs.
//! Step 1 of `speakers`.

use super::cues;
use super::names::{self, Mention, People};
use super::organisations::Introduced;
use super::pronouns::{self, Pronoun, Recent};
use super::quotes::{self, Quote};
use super::sentences::Sentence;
use super::speakers::SpeakerKind;
use super::tokens::{self, Token};
use memchr::memmem;
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::OnceLock;

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
    /// For each token, the mention whose name ends at it (`NONE` if none). Two bytes a token:
    /// these maps are written for every token of every article, and with four bytes their
    /// filling was a tenth of the ingest's writes to memory not in the cache (cachegrind).
    pub(super) ends_at: Vec<u16>,
    /// For each token, the mention whose capitalised run starts at it (titles included).
    pub(super) runs_at: Vec<u16>,
    /// Transcript labels the article never names in full, with the person each stands for:
    /// ("WALLACE", Wallace).
    labelled: Vec<(&'a str, usize)>,
    /// The organisations introduced with their noun, found the first time a source needs them
    /// (most articles never do).
    organisations: OnceCell<Vec<Introduced>>,
}

/// No mention: the value of `ends_at` and `runs_at` at most tokens.
pub(super) const NONE: u16 = u16::MAX;

/// The searcher for "contributed" in a sentence's bytes, built once: building one costs more
/// than searching a sentence with it.
fn contributed_finder() -> &'static memmem::Finder<'static> {
    static FINDER: OnceLock<memmem::Finder<'static>> = OnceLock::new();
    FINDER.get_or_init(|| memmem::Finder::new(CONTRIBUTED))
}

/// The word of credit lines that `Doc::is_credit_line` searches sentences for.
const CONTRIBUTED: &str = "contributed";

/// Whether a word is written in capitals, as transcripts write their speaker labels.
fn is_shouted(word: &str) -> bool {
    word.len() > 2 && !word.chars().any(char::is_lowercase)
}

/// The speakers of a transcript whom the article never names in full: where two or more
/// different shouted labels open sentences ("WALLACE: ...", "PENCE: ...") and one of them is
/// the surname of someone named in full, a label that is no known surname and no heading
/// ("UPDATE:") stands for a person of that name. Labels that are a
/// known surname are left to [`Doc::label`], which gives them the full name.
fn transcript_speakers<'a>(
    text: &'a str,
    tokens: &[Token],
    people: &mut People,
) -> Vec<(&'a str, usize)> {
    // A handful of labels is a transcript; more distinct ones are something else.
    const MOST_LABELS: usize = 8;
    let mut labels: Vec<&'a str> = Vec::new();
    for (t, next) in tokens.iter().zip(tokens.iter().skip(1)) {
        if !(t.is_word() && t.initial && next.kind == tokens::Kind::Punct) {
            continue;
        }
        let word = t.text(text);
        let label = next.is_punct(text, ':')
            && is_shouted(word)
            && word
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        if label && !labels.contains(&word) {
            labels.push(word);
            if labels.len() > MOST_LABELS {
                return Vec::new();
            }
        }
    }
    // A transcript has someone the article names in full among its labels ("PENCE:" after
    // "Gov. Mike Pence"); market reports' section labels ("ENERGY:", "CURRENCIES:") have not.
    let (named, unnamed): (Vec<&str>, Vec<&str>) = labels
        .into_iter()
        .partition(|label| people.by_surname(label).is_some());
    if named.is_empty() || named.len() + unnamed.len() < 2 {
        return Vec::new();
    }
    unnamed
        .into_iter()
        .filter(|label| names::may_be_speaker_label(label))
        .map(|label| (label, people.add_labelled(label)))
        .collect()
}

impl<'a> Doc<'a> {
    /// Runs the article-wide steps: quotations, tokens, names and people.
    pub(super) fn new(text: &'a str) -> Self {
        let quotes = quotes::find_quotes(text);
        let tokens = tokens::tokenize(text, &quotes);
        let mut mentions = names::find_mentions(text, &tokens);
        // Indices must fit the maps below: 65,534 mentions, more than a book names.
        mentions.truncate(NONE as usize);
        let mut people = People::resolve(text, &tokens, &mentions);
        let labelled = transcript_speakers(text, &tokens, &mut people);
        let mut ends_at = vec![NONE; tokens.len()];
        let mut runs_at = vec![NONE; tokens.len()];
        // An owner is only named: the steps that look for speakers by token do not see it.
        for (k, m) in mentions.iter().enumerate().filter(|(_, m)| !m.owner) {
            ends_at[m.last] = k as u16;
            runs_at[m.run_first] = k as u16;
        }
        Doc {
            text,
            quotes,
            tokens,
            mentions,
            people,
            ends_at,
            runs_at,
            labelled,
            organisations: OnceCell::new(),
        }
    }

    /// The organisations the article introduces with their noun ("security firm Northgate
    /// Labs"), in article order, found once.
    pub(super) fn organisations(&self) -> &[Introduced] {
        self.organisations
            .get_or_init(|| self.introduced_organisations())
    }

    /// The tokens of sentence `s`.
    pub(super) fn token_range(&self, s: &Sentence) -> Range<usize> {
        let from = self.tokens.partition_point(|t| t.start() < s.start);
        let to = self.tokens.partition_point(|t| t.start() < s.end);
        from..to.max(from)
    }

    /// The mention whose name ends at token `i`, an owner's too ("Chow's" of "Olivia Chow's
    /// office").
    pub(super) fn mention_ending_at(&self, i: usize) -> Option<usize> {
        match self.ends_at[i] {
            NONE => {
                let k = self.mentions.partition_point(|m| m.last < i);
                self.mentions
                    .get(k)
                    .is_some_and(|m| m.last == i)
                    .then_some(k)
            }
            k => Some(k as usize),
        }
    }

    pub(super) fn speaker(&self, mention: usize) -> Speaker {
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
        let range = self.after_dateline(range);
        if self.boilerplate(range.clone()) {
            found.cued = true; // nothing to carry into "READ MORE: ..." either
            return found;
        }
        if let Some(s) = self.label(range.clone()) {
            found.add(s);
            found.label = true;
        }
        let cues = cues::find_cues(self.text, &self.tokens, range.clone());
        if !cues.is_empty() {
            if let Some(group) = self.opening_group(range.clone(), recent) {
                recent.note(group, &self.people); // for a "they" among the cues
            }
        }
        found.cued = found.label || !cues.is_empty();
        for cue in &cues {
            if self.reporter_credit(cue, range.clone()) {
                continue;
            }
            // "Corbyn told the House before slamming May's offer", "Khan said ..., adding":
            // a participle after a cue with a speaker is that speaker's.
            if cue.kind == cues::CueKind::Participle && !found.speakers.is_empty() {
                continue;
            }
            if let Some(s) = self.speaker_of(cue, range.clone(), recent) {
                if let Some(first) = self.joined_before(&s, range.start) {
                    found.add(first);
                }
                found.add(s);
            }
            if self.tokens[cue.token].text(self.text) == "asked" {
                found.asked = self.addressee(cue.token + 1, range.clone());
            }
        }
        // The mentions whose runs start in the sentence, found once for the steps below.
        let named = self.mentions_starting_in(range.clone());
        found.subject = self.subject_of(range.clone(), named.start);
        // A "he" opening the sentence is carried to a quotation after it, not noted again.
        let pronoun_subject = (found.subject.is_none() && found.speakers.is_empty())
            .then(|| self.pronoun_subject(range.clone(), recent))
            .flatten();
        // The speaker, then the subject, then someone just introduced with an age or a
        // description ("... for accountant Ana Ruiz, 50.") is who a following "he" or "she"
        // most likely means.
        // A sentence with no subject near its start may still be about one person alone, someone
        // the article has already spoken of: "A press release, issued at midnight, McCallum
        // expressed concern".
        let introduced = self
            .introduced_in(range.clone(), named.clone())
            .or_else(|| {
                // Most sentences name nobody recent: they need no look for a sole person.
                let alone = found.subject.is_none() && found.speakers.is_empty();
                (alone && self.names_someone_known(range.clone(), named.start, recent))
                    .then(|| self.sole_person(range.clone()))
                    .flatten()
                    .filter(|s| s.person().is_some_and(|p| recent.knows(p)))
            });
        for s in found
            .subject
            .iter()
            .chain(found.speakers.last())
            .chain(introduced.iter())
        {
            recent.note(*s, &self.people);
        }
        found.subject = found.subject.or(pronoun_subject);
        found
    }

    /// The tokens of a sentence after its dateline: "MIRAMICHI, N.B. — Justin Trudeau is
    /// warning ..." starts at "Justin".
    fn after_dateline(&self, range: Range<usize>) -> Range<usize> {
        const MAX_DATELINE: usize = 8;
        let dash = range.clone().take(MAX_DATELINE).find(|&i| {
            let t = &self.tokens[i];
            t.kind == tokens::Kind::Punct && self.text[t.start()..].starts_with(['—', '–'])
        });
        let Some(dash) = dash.filter(|&d| d > range.start) else {
            return range;
        };
        let place = (range.start..dash).all(|i| {
            let t = &self.tokens[i];
            let w = t.text(self.text);
            (t.is_word() && !w.chars().any(char::is_lowercase) && t.cap) || matches!(w, "," | ".")
        });
        if place {
            dash + 1..range.end
        } else {
            range
        }
    }

    /// "As Dana Marsh reports, ...": the broadcaster's reporter introducing a story, not a
    /// source speaking.
    fn reporter_credit(&self, cue: &cues::Cue, range: Range<usize>) -> bool {
        let verb = self.tokens[cue.token].text(self.text);
        if !matches!(verb, "reports" | "reported") || range.len() < 3 {
            return false;
        }
        let opens_with_as = self.tokens[range.start].text(self.text) == "As";
        let k = self.runs_at[range.start + 1];
        opens_with_as && k != NONE && self.mentions[k as usize].last + 1 == cue.token
    }

    /// Links and captions that scrapers leave in the text ("READ MORE: Minister says ..."), and
    /// the credit lines that end news stories ("Ana Ruiz contributed reporting.").
    fn boilerplate(&self, range: Range<usize>) -> bool {
        if self.is_credit_line(range.clone()) {
            return true;
        }
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

    /// Whether the tokens of `range` credit reporters: "X and Y contributed reporting (from
    /// Z).", "X contributed to this report.", "(Reporting by X; Editing by Y)".
    fn is_credit_line(&self, range: Range<usize>) -> bool {
        let word = |i: usize| {
            (i < range.end && self.tokens[i].is_word()).then(|| self.tokens[i].text(self.text))
        };
        // Wire services' "(Reporting by X; Editing by Y)".
        let opens = |i: usize| i < range.end && self.tokens[i].is_punct(self.text, '(');
        if opens(range.start)
            && matches!(
                word(range.start + 1),
                Some("Reporting" | "Additional" | "Writing" | "Editing" | "Compiled")
            )
        {
            return true;
        }
        // One search of the sentence's bytes rules out nearly every sentence at once.
        let bytes = match (self.tokens.get(range.start), range.end.checked_sub(1)) {
            (Some(first), Some(last)) if last >= range.start => {
                &self.text.as_bytes()[first.start()..self.tokens[last].end()]
            }
            _ => return false,
        };
        if contributed_finder().find(bytes).is_none() {
            return false;
        }
        range.clone().any(|i| {
            let t = &self.tokens[i];
            // Lengths first: most words are not this long, and comparing them costs nothing.
            t.end() - t.start() == CONTRIBUTED.len()
                && word(i) == Some(CONTRIBUTED)
                && match word(i + 1) {
                    Some("reporting" | "research" | "additional") => true,
                    Some("to") => {
                        word(i + 2) == Some("this")
                            && matches!(word(i + 3), Some("report" | "story" | "article"))
                    }
                    _ => false,
                }
        })
    }

    /// The mentions whose runs (titles included) start in the tokens of `range`: one search of
    /// the article's mentions, then a step over the sentence's own few.
    fn mentions_starting_in(&self, range: Range<usize>) -> Range<usize> {
        let from = self.mentions.partition_point(|m| m.run_first < range.start);
        let inside = self.mentions[from..]
            .iter()
            .take_while(|m| m.run_first < range.end)
            .count();
        from..from + inside
    }

    /// The last person the tokens of `range` introduce with an age or a description after
    /// their name ("Ana Ruiz, 50,", "Roman, a resident of the area,").
    /// `named`: the mentions whose runs start in `range`.
    fn introduced_in(&self, range: Range<usize>, named: Range<usize>) -> Option<Speaker> {
        let k = named.rev().find(|&k| self.mentions[k].described)?;
        self.person_ending_at(self.mentions[k].last, range.start)
    }

    /// A speaker label opening a paragraph, as in transcripts and headlines: "MARSH: We start now.",
    /// "Dana Marsh: Voters are tired".
    fn label(&self, range: Range<usize>) -> Option<Speaker> {
        let first = range.clone().find(|&i| self.tokens[i].is_word())?;
        let t = &self.tokens[first];
        let colon = |i: usize| i < range.end && self.tokens[i].is_punct(self.text, ':');
        let k = self.runs_at[first];
        if k != NONE && colon(self.mentions[k as usize].last + 1) {
            return self
                .names_a_speaker(k as usize)
                .then(|| self.speaker(k as usize));
        }
        let word = t.text(self.text);
        // "OPINION:" heads a column, even where a "Daily Opinion" newsletter is named.
        if !is_shouted(word) || !colon(first + 1) || names::is_heading(word) {
            return None;
        }
        let person = self.people.by_surname(word).or_else(|| {
            let labelled = self.labelled.iter().find(|&&(label, _)| label == word);
            labelled.map(|&(_, person)| person)
        })?;
        Some(Speaker {
            who: Who::Person(person),
            at: (t.start(), t.end()),
        })
    }

    /// Whether the name of mention `k`, before a colon, labels a speaker: not a heading word
    /// ("Correction:", "Update:"), and a person by their first name or title ("Jessica Marsh:
    /// Voters are tired", "Sen. Marsh:") or someone the article names again, as transcripts
    /// do; a headline's own words ("Stealth Over Health: ...") are named nowhere else.
    fn names_a_speaker(&self, k: usize) -> bool {
        let m = &self.mentions[k];
        let word = self.tokens[m.first].text(self.text);
        if m.first == m.last && names::is_heading(word) {
            return false;
        }
        let first_name = names::first_name_gender(word) != names::Gender::Unknown;
        let person = self.people.of_mention[k];
        let named_again = || {
            self.people
                .of_mention
                .iter()
                .enumerate()
                .any(|(other, &p)| other != k && p == person)
        };
        (m.first < m.last && first_name) || m.title.is_some() || named_again()
    }

    /// The person a sentence is about: one named, unquoted and not possessive, near its start
    /// ("On Monday, Smith met ..." -> Smith; "She met Minister Carolyn Bennett" -> nobody).
    /// `first`: the first mention whose run starts in `range` or after it.
    fn subject_of(&self, range: Range<usize>, first: usize) -> Option<Speaker> {
        const SUBJECT_WITHIN: usize = 6;
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

    /// The person a "he" or "she" opening the sentence, or its first clause, stands for: "On
    /// Oct. 1, he moved into an apartment." -> the man last spoken of.
    fn pronoun_subject(&self, range: Range<usize>, recent: &mut Recent) -> Option<Speaker> {
        const SUBJECT_WITHIN: usize = 8;
        let end = range.end.min(range.start + SUBJECT_WITHIN);
        let i = (range.start..end).find(|&i| {
            let t = &self.tokens[i];
            let opens = i == range.start || self.tokens[i - 1].is_punct(self.text, ',');
            let personal = matches!(
                pronouns::pronoun(t.text(self.text)),
                Some(Pronoun::Personal(_))
            );
            opens && t.is_word() && personal
        })?;
        self.pronoun_at(i, recent).filter(|s| s.person().is_some())
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

    /// The person joined by "and" to the speaker `s` as the subject of a cue opening its clause:
    /// "Whitfield and Oduya said", "“...,” Ana Ruiz and Tom Reyes wrote" (not "Trump attacked
    /// Cruz and Rubio said": a name after a verb is its object).
    fn joined_before(&self, s: &Speaker, from: usize) -> Option<Speaker> {
        let at = self.tokens.partition_point(|t| t.start() < s.at.0);
        let and = at.checked_sub(1).filter(|&k| k > from)?;
        let p = s.person().filter(|&p| self.people.is_person[p])?;
        let t = &self.tokens[and];
        if !t.is_word() || t.quoted || t.text(self.text) != "and" {
            return None;
        }
        let k = self.ends_at[and - 1];
        if k == NONE {
            return None;
        }
        let m = &self.mentions[k as usize];
        // Punctuation before: a comma, a dash, a closing quotation mark.
        let opens_clause =
            m.run_first == from || (m.run_first > from && !self.tokens[m.run_first - 1].is_word());
        let first = self.person_ending_at(and - 1, from).filter(|f| {
            f.person()
                .is_some_and(|q| q != p && self.people.is_person[q])
        })?;
        opens_clause.then_some(first)
    }

    /// Whether a mention ending in the tokens of `range` is of someone `recent` knows: the only
    /// people [`Doc::sole_person`] can find there (its person's mention ends in the range).
    /// `first_starting`: the first mention whose run starts in `range` or after it.
    fn names_someone_known(
        &self,
        range: Range<usize>,
        first_starting: usize,
        recent: &Recent,
    ) -> bool {
        // A mention ends where its run starts or later: only one starting before the range
        // (just before, mentions being in order) may end in it.
        let mut first = first_starting;
        while first > 0 && self.mentions[first - 1].last >= range.start {
            first -= 1;
        }
        self.mentions[first..]
            .iter()
            .zip(&self.people.of_mention[first..])
            .take_while(|(m, _)| m.last < range.end)
            .any(|(_, &p)| recent.knows(p))
    }

    /// The only person named (unquoted, not possessive) in the tokens of `range`, if just one is.
    pub(super) fn sole_person(&self, range: Range<usize>) -> Option<Speaker> {
        // A person found ends a mention inside the range (the search stops at its start): most
        // sentences have none, and their tokens need no look.
        let first_ending = self.mentions.partition_point(|m| m.last < range.start);
        let scan_from = match self.mentions.get(first_ending) {
            Some(m) if m.last < range.end => m.last,
            _ => return None,
        };
        let not_credit =
            |&i: &usize| self.ends_at[i] == NONE || !self.mentions[self.ends_at[i] as usize].credit;
        // No name ends before `scan_from` in the range, and the search from a token only moves
        // left, never past the range's start: the tokens before it find nobody.
        let mut named = (scan_from..range.end)
            .filter(not_credit)
            .filter_map(|i| self.person_ending_at(i, range.start));
        let first = named.next()?;
        let sole = named.all(|s| s.who == first.who);
        let person = first.person().is_some_and(|p| self.people.is_person[p]);
        (sole && person).then_some(first)
    }

    /// Credits after quotations, as under pull quotes: "“We will win.” ― Dana Marsh" at the end
    /// of a line gives the quotation to Dana Marsh. (quotation group, speaker) pairs, in order.
    pub(super) fn credits_after_quotes(&self) -> Vec<(u32, Speaker)> {
        let mut out = Vec::new();
        for i in self.tokens_after_quotes() {
            let t = &self.tokens[i];
            let after_quote =
                t.kind == tokens::Kind::Punct && !t.quoted && self.tokens[i - 1].quoted;
            if !after_quote || !self.text[t.start()..].starts_with(['―', '—']) {
                continue;
            }
            let Some(k) = self.runs_at.get(i + 1).copied().filter(|&k| k != NONE) else {
                continue;
            };
            let m = &self.mentions[k as usize];
            // The name ends the line: "― Dana Marsh\n" or "― Dana Marsh.\n", not "— Marsh said
            // later".
            let line_ends_at = |k: usize| self.tokens.get(k).is_none_or(|n| n.after_newline);
            let stop = self
                .tokens
                .get(m.last + 1)
                .is_some_and(|n| n.is_punct(self.text, '.'));
            let ends_line = line_ends_at(m.last + 1) || (stop && line_ends_at(m.last + 2));
            let closed_at = self.tokens[i - 1].start();
            let q = self.quotes.partition_point(|q| q.end <= closed_at);
            if let Some(quote) = self.quotes.get(q).filter(|_| ends_line) {
                out.push((quote.group, self.speaker(k as usize)));
            }
        }
        out
    }

    /// The tokens just after a quotation, in order, each once: the only ones a quoted token
    /// comes right before (a token is quoted when it starts inside a quotation), found by the
    /// quotations rather than by a look at every token.
    fn tokens_after_quotes(&self) -> impl Iterator<Item = usize> + '_ {
        let mut from = 0;
        self.quotes.iter().filter_map(move |q| {
            let i = from + self.tokens[from..].partition_point(|t| t.start() < q.end);
            // A quotation holding no token's start ends before the same token as the one
            // before it.
            let new = i > from;
            from = i;
            (new && i > 0 && i < self.tokens.len()).then_some(i)
        })
    }

    /// The people named in the tokens of `range`, each once with its first mention there:
    /// (person, start, end), in `out` (emptied first). Credits and names that may be places ("in
    /// Elmwood") are left out.
    pub(super) fn people_named(&self, range: Range<usize>, out: &mut Vec<(usize, usize, usize)>) {
        // Enough for any real sentence, and keeps a runaway one linear.
        const MAX_PEOPLE: usize = 64;
        let from = self.mentions.partition_point(|m| m.run_first < range.start);
        out.clear();
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
    }

    /// The person named by an unquoted, non-possessive mention ending at token `i`.
    /// A party-and-state note or a suffix after the name is looked past: "Rep. Dana Fields
    /// (D-Ore.) said", "Rep. Dana Fields, D-Ore., said", "Carl T. Winters III, a writer, said".
    pub(super) fn person_ending_at(&self, i: usize, from: usize) -> Option<Speaker> {
        // Most tokens are lower-case words that end no name, and nothing moves the search off
        // them (notes and suffixes are capitalised, brackets and stops are punctuation).
        let t = &self.tokens[i];
        if t.is_word() && !t.cap && self.ends_at[i] == NONE {
            return None;
        }
        let i = self.name_end_before(i, from);
        let k = self.ends_at[i];
        if k == NONE || self.tokens[i].quoted || self.mentions[k as usize].possessive {
            return None;
        }
        Some(self.speaker(k as usize))
    }

    /// Token `i` moved left past a bracketed note, a party-and-state note after a comma and a
    /// name suffix (Jr., II) that end a name.
    pub(super) fn name_end_before(&self, mut i: usize, from: usize) -> usize {
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
        // "Rep. Dana Fields, D-Ore., said": the note after the comma is not the name.
        let note =
            self.tokens[i].is_word() && names::is_party_and_state(self.tokens[i].text(self.text));
        if note && i > from + 1 && self.tokens[i - 1].is_punct(self.text, ',') {
            i -= 2;
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
}

#[cfg(test)]
#[path = "subjects_tests.rs"]
mod tests;
