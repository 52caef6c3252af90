//! Speech cues: the words that say someone speaks ("said", "told", "according to", ", saying"),
//! found outside quotations, and where to look for the one who speaks.

use super::tokens::{LetterGate, Token, WordMap};
use std::sync::OnceLock;

/// How a cue relates to its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A finite verb: its subject stands just before it ("Khan said") or, after a quotation,
    /// just after it ("“...,” said Khan").
    Verb,
    /// A participle: the speaker is the subject of the clause it hangs on
    /// ("Trump bashed Khan, saying the mayor ...").
    Participle,
    /// "according to X": the speaker follows.
    According,
}

/// A cue found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// Index of the cue word in the article's tokens.
    pub token: usize,
    /// Where its speaker stands.
    pub kind: CueKind,
}

/// The cue words, and a pre-check that rejects almost every other word without hashing it:
/// for each first letter and length, the set of last letters that cue words have.
struct CueWords {
    /// `CUE` or `QUOTE_ONLY` for each cue word.
    words: WordMap,
    gate: LetterGate,
}

/// A cue wherever it stands: "said".
const CUE: u8 = 1;
/// A cue only in a sentence that quotes: "described the plan as “a disgrace”".
const QUOTE_ONLY: u8 = 2;
/// Not a cue itself but the start of one, or a word that looks like one: "point" (out),
/// "according" (to), "States" (of "United States"). Flagged so that one lookup tells which
/// words `find_cues` must look at.
const SPECIAL: u8 = 4;
/// The words flagged `SPECIAL`.
const SPECIAL_WORDS: [&str; 6] = [
    "point",
    "points",
    "pointed",
    "pointing",
    "according",
    "states",
];

impl CueWords {
    /// The flags of `word`, if it has any. Most words fail the cheap pre-check on their bytes
    /// and are never hashed.
    #[inline]
    fn flags(&self, word: &str) -> Option<u8> {
        let w = word.as_bytes();
        if w.len() < 3 || !self.may_contain(w) {
            return None;
        }
        Some(self.words.flags(word)).filter(|&f| f != 0)
    }

    /// Whether a word of `w`'s bytes may be in the map, by the gate.
    fn may_contain(&self, w: &[u8]) -> bool {
        self.may_be(w[0], w[w.len() - 1], w.len())
    }

    /// Whether a word of `len` bytes from `first` to `last` may be in the map, by the gate: a
    /// word the gate cannot judge is no cue word.
    #[inline]
    fn may_be(&self, first: u8, last: u8, len: usize) -> bool {
        self.gate.judge(first, last, len).unwrap_or(false)
    }
}

fn cue_words() -> &'static CueWords {
    static WORDS: OnceLock<CueWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = WordMap::default();
        words.add(include_str!("data/cue_verbs.txt"), CUE);
        words.add(include_str!("data/quote_verbs.txt"), QUOTE_ONLY);
        words.add_words(&SPECIAL_WORDS, SPECIAL);
        let gate = LetterGate::of(
            words
                .words()
                .filter(|w| w.iter().all(u8::is_ascii_lowercase)),
        );
        CueWords { words, gate }
    })
}

/// The kind of cue `word` is, if any. Cue words are lower case: "Says" in a headline still counts.
pub fn cue_kind(word: &str) -> Option<CueKind> {
    cue_flags(word)
        .filter(|&f| f & CUE != 0)
        .map(|_| kind_of(word))
}

/// The flags of `word` (`CUE`, `QUOTE_ONLY`, `SPECIAL`), if it has any.
fn cue_flags(word: &str) -> Option<u8> {
    cue_words().flags(word)
}

/// A participle ("saying") or a finite verb ("said").
fn kind_of(word: &str) -> CueKind {
    if word.ends_with("ing") {
        CueKind::Participle
    } else {
        CueKind::Verb
    }
}

/// The cues among `tokens[range]` that stand outside quotations.
pub fn find_cues(text: &str, tokens: &[Token], range: std::ops::Range<usize>) -> Vec<Cue> {
    let mut out = Vec::new();
    let cues = cue_words();
    let mut title_case = None;
    let b = text.as_bytes();
    // Over the slice, not by index: no bounds check a token, and this runs on every one.
    for (k, t) in tokens[range.clone()].iter().enumerate() {
        if t.quoted || !t.is_word() {
            continue;
        }
        // Most words: no cue, and none of the words that start one, told by their first and
        // last bytes and their length, without making a slice of them.
        let len = t.end().wrapping_sub(t.start());
        if !(3..16).contains(&len) {
            continue;
        }
        let (Some(&first), Some(&last)) = (b.get(t.start()), b.get(t.end() - 1)) else {
            continue;
        };
        if !cues.may_be(first, last, len) {
            continue;
        }
        let i = range.start + k;
        let w = t.text(text);
        let flags = cues.words.flags(w);
        if flags == 0 {
            continue;
        }
        let quotes = || range.clone().any(|k| tokens[k].quoted);
        let cue = flags & (CUE | QUOTE_ONLY) != 0;
        // "Carolina added three goals", "the index added 0.4 per cent": a count, not words.
        // ("Police said 12 people died" still reports words.)
        let counts = cue
            && !matches!(w, "said" | "says" | "say")
            && tokens
                .get(i + 1)
                .is_some_and(|n| i + 1 < range.end && is_number(n.text(text)));
        if counts {
            continue;
        }
        // "the report", "a statement", "his claims": after a determiner the word is a noun.
        let noun = cue
            && i > range.start
            && matches!(
                tokens[i - 1].text(text),
                "the" | "a" | "an" | "The" | "A" | "An" | "its" | "his" | "her" | "their" | "our"
            );
        // "22% of Democratic claims", "about Russian reports": after a preposition and an
        // adjective of a party or a people, a cue in -s is a plural noun ("the Republic of
        // Turkey denies" is a verb).
        let plural_noun = cue
            && w.ends_with('s')
            && w != "says"
            && i >= range.start + 2
            && is_capitalised_adjective(tokens[i - 1].text(text))
            && matches!(
                tokens[i - 2].text(text),
                "of" | "for" | "about" | "on" | "against" | "to" | "with" | "from"
            );
        // "the United States", "CQ-Roll Call reported": a capitalised word right after
        // another is a name's, not the verb, unless the whole line is in title case ("Trump
        // Says He Will Run").
        let in_name = t.cap
            && !t.initial
            && i > range.start
            && tokens[i - 1].is_word()
            && tokens[i - 1].cap
            && !*title_case.get_or_insert_with(|| is_title_case(text, tokens, range.clone()));
        if noun || plural_noun || in_name {
            continue;
        }
        // "Foster points out that", "as critics pointed out": a verb with its particle.
        let points_out = matches!(w, "point" | "points" | "pointed" | "pointing")
            && tokens
                .get(i + 1)
                .is_some_and(|n| i + 1 < range.end && n.text(text) == "out");
        if flags & CUE != 0 || (flags & QUOTE_ONLY != 0 && quotes()) || points_out {
            out.push(Cue {
                token: i,
                kind: kind_of(w),
            });
        } else if w.eq_ignore_ascii_case("according")
            && tokens
                .get(i + 1)
                .is_some_and(|n| i + 1 < range.end && n.text(text) == "to")
        {
            out.push(Cue {
                token: i,
                kind: CueKind::According,
            }); // "according to the city's figures"
        }
    }
    out
}

/// Whether `word` is a capitalised adjective of a party or a people: "Democratic",
/// "Republican", "Russian", "Chinese", "British".
fn is_capitalised_adjective(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && ["ic", "an", "ese", "ish"].iter().any(|e| word.ends_with(e))
}

/// Whether `word` is a number: "3", "0.4", "three".
fn is_number(word: &str) -> bool {
    const NUMBERS: [&str; 12] = [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozens",
        "hundreds",
        "thousands",
    ];
    word.starts_with(|c: char| c.is_ascii_digit()) || NUMBERS.contains(&word)
}

/// Whether the tokens of `range` are a line in title case: three in four of its longer words
/// (four letters or more, which title case capitalises) are capitalised.
fn is_title_case(text: &str, tokens: &[Token], range: std::ops::Range<usize>) -> bool {
    let (mut long, mut capitalised) = (0, 0);
    for t in &tokens[range] {
        if t.is_word() && !t.quoted && t.text(text).len() >= 4 {
            long += 1;
            capitalised += usize::from(t.cap);
        }
    }
    long > 0 && 4 * capitalised >= 3 * long
}

/// Words that may stand between a subject and its verb: "Khan also said", "Trump on Saturday
/// tweeted", "Smith, 45, has repeatedly said". Words ending in -ly count too.
pub fn is_filler(word: &str) -> bool {
    let mut buf = [0u8; 24];
    // A match, not a list: compiled to a switch on the length, then a comparison or two.
    #[rustfmt::skip]
    let filler = |w: &str| matches!(w,
        "also" | "has" | "have" | "had" | "was" | "is" | "were" | "are" | "would" | "will"
        | "could" | "can" | "may" | "might" | "should" | "must" | "later" | "then" | "now"
        | "first" | "once" | "again" | "further" | "only" | "just" | "never" | "not" | "did"
        | "does" | "do" | "himself" | "herself" | "earlier" | "still" | "already" | "even"
        | "on" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday"
        | "sunday" | "yesterday" | "today" | "since" | "always"
    );
    match super::tokens::lower_ascii(word, &mut buf) {
        Some(w) => filler(w) || (w.len() > 4 && w.ends_with("ly") && w != "only"),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tokens::tokenize;

    fn cues(text: &str) -> Vec<(&str, CueKind)> {
        let tokens = tokenize(text, &crate::analysis::quotes::find_quotes(text));
        find_cues(text, &tokens, 0..tokens.len())
            .iter()
            .map(|c| (tokens[c.token].text(text), c.kind))
            .collect()
    }

    #[test]
    fn the_pre_check_passes_what_the_letters_gate_passes_for_every_byte() {
        let cues = cue_words();
        let reference = |w: &[u8]| {
            let letter = |c: u8| {
                let c = c.to_ascii_lowercase();
                c.is_ascii_lowercase().then(|| usize::from(c - b'a'))
            };
            match (letter(w[0]), letter(w[w.len() - 1])) {
                (Some(f), Some(l)) if w.len() < 16 => {
                    let first = b'a' + f as u8;
                    let last = b'a' + l as u8;
                    cues.gate.judge(first, last, w.len()) == Some(true)
                }
                _ => false,
            }
        };
        for byte in 0..=255u8 {
            for word in [[byte, b'a', b'i', b'd'], [b's', b'a', b'i', byte]] {
                assert_eq!(cues.may_contain(&word), reference(&word), "{word:?}");
            }
        }
        assert!(cues.may_contain(b"Said") && cues.may_contain(b"TOLD"));
    }

    #[test]
    fn verbs_participles_and_according_to() {
        assert_eq!(
            cues("Khan said the city was safe."),
            [("said", CueKind::Verb)]
        );
        assert_eq!(
            cues("Trump bashed Khan, saying he was wrong."),
            [("saying", CueKind::Participle)]
        );
        assert_eq!(
            cues("Crime fell, according to police."),
            [("according", CueKind::According)]
        );
    }

    #[test]
    fn the_united_states_state_nothing() {
        assert!(cues("Reyes would bar them from entering the United States.").is_empty());
        assert_eq!(
            cues("The report States that it rained."),
            [("States", CueKind::Verb)]
        );
    }

    #[test]
    fn pointing_out_is_a_cue_pointing_elsewhere_is_not() {
        assert_eq!(
            cues("Foster points out that the rule excluded them."),
            [("points", CueKind::Verb)]
        );
        assert_eq!(
            cues("The mayor pointed out the flaw, pointing out the cost."),
            [
                ("pointed", CueKind::Verb),
                ("pointing", CueKind::Participle)
            ]
        );
        assert!(cues("The mayor pointed to the river.").is_empty());
    }

    #[test]
    fn evaluations_are_cues_only_with_a_quotation() {
        assert_eq!(
            cues("Lopez described the plan as “a disgrace” on Monday."),
            [("described", CueKind::Verb)]
        );
        assert!(cues("Lopez described the plan on Monday.").is_empty());
    }

    #[test]
    fn a_cue_word_after_a_determiner_is_a_noun() {
        assert_eq!(
            cues("The report said “prices will rise” this year."),
            [("said", CueKind::Verb)]
        );
        assert_eq!(
            cues("Lee called his claims “nonsense” on Monday."),
            [("called", CueKind::Verb)]
        );
        assert_eq!(
            cues("Officials report that roads are closed."),
            [("report", CueKind::Verb)]
        );
        // After a preposition and a party's or people's adjective, a plural noun.
        assert_eq!(cues("It rated 22% of Democratic claims as true."), []);
        assert_eq!(
            cues("The Republic of Ruritania denies that it happened."),
            [("denies", CueKind::Verb)]
        );
    }

    #[test]
    fn a_verb_before_a_count_is_no_cue() {
        assert!(cues("Carolina added three goals in the second period.").is_empty());
        assert!(cues("The index added 0.4 per cent.").is_empty());
        assert_eq!(
            cues("Lopez added that it was late."),
            [("added", CueKind::Verb)]
        );
        assert_eq!(
            cues("Police said 12 people died."),
            [("said", CueKind::Verb)]
        );
    }

    #[test]
    fn cues_inside_quotes_do_not_count() {
        assert_eq!(
            cues("“He said nothing,” she told reporters."),
            [("told", CueKind::Verb)]
        );
    }

    #[test]
    fn fillers_between_subject_and_verb() {
        assert!(is_filler("also") && is_filler("Saturday") && is_filler("repeatedly"));
        assert!(!is_filler("Khan") && !is_filler("reporters"));
    }
}
