//! The word lists that date finding reads: month and weekday names, counting words, the cue
//! words around dates, and the verbs that tell past from future. Every list is a table here, in
//! one place, so a missed word is a one-line fix.

use jiff::civil::Weekday;
use std::sync::OnceLock;

/// Month names with the abbreviations news copy uses, in calendar order.
/// Source: the Gregorian month names; abbreviations are the AP Stylebook's ("Jan.", "Feb.",
/// "Aug.", "Sept.", "Oct.", "Nov.", "Dec.") plus the three-letter forms datelines use ("Mar",
/// "Apr", "Jun", "Jul", "Sep").
pub const MONTHS: &[(&str, &[&str])] = &[
    ("january", &["jan"]),
    ("february", &["feb"]),
    ("march", &["mar"]),
    ("april", &["apr"]),
    ("may", &[]),
    ("june", &["jun"]),
    ("july", &["jul"]),
    ("august", &["aug"]),
    ("september", &["sep", "sept"]),
    ("october", &["oct"]),
    ("november", &["nov"]),
    ("december", &["dec"]),
];

/// Weekday names. Only full names count: "Sat" and "Sun" alone are words, not days.
/// Source: the English weekday names, ISO 8601 order.
pub const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// Counting words before "days ago": "two days ago", "a week ago". Source: English cardinals
/// up to the largest that news writes in words before "ago".
const COUNT_WORDS: &[(&str, u8)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
];

/// Calendar units that "this/last/next" and "ago" apply to, singular and plural.
const UNITS: &[(&str, Unit)] = &[
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("weekend", Unit::Weekend),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("year", Unit::Year),
    ("years", Unit::Year),
];

/// Words that name a day by its distance from the day of publication.
const DAY_WORDS: &[(&str, i8)] = &[
    ("today", 0),
    ("tonight", 0),
    ("yesterday", -1),
    ("tomorrow", 1),
];

/// Words that shift or narrow the period after them: "last week", "early March", "mid-2016".
const MODIFIERS: &[(&str, Modifier)] = &[
    ("last", Modifier::Last),
    ("next", Modifier::Next),
    ("this", Modifier::This),
    ("earlier", Modifier::Earlier),
    ("later", Modifier::Later),
    ("early", Modifier::Early),
    ("mid", Modifier::Mid),
    ("late", Modifier::Late),
    ("past", Modifier::Past),
];

/// Prepositions that make a bare month or four-digit number a date: "in March", "since 2016".
/// Source: the cues listed in the dates brief, plus "from/through/till/before/after/around".
const CUES: &[&str] = &[
    "in", "on", "since", "by", "until", "till", "through", "during", "from", "of", "before",
    "after", "around",
];

/// Parts of a day that may follow a weekday and belong to the mention: "Saturday night".
const TIMES_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night", "overnight"];

/// Past-tense verbs that do not end in "-ed", and the past auxiliaries: "Trump took office".
/// Source: the irregular verbs most frequent in news copy.
const PAST_VERBS: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "took", "went", "came", "made", "gave", "got",
    "met", "saw", "left", "began", "won", "lost", "spoke", "wrote", "sent", "led", "fell", "ran",
    "brought", "thought", "found", "became", "kept", "struck", "shot", "knew", "stood", "paid",
    "sold", "heard", "meant", "fought", "caught", "threw", "drove", "chose", "broke", "felt",
    "built", "spent", "fled", "rose", "flew", "grew", "drew", "sat", "held", "withdrew", "upheld",
    "oversaw", "wore", "swore", "tore", "hung", "sought", "didn", "wasn", "weren", "hadn",
];

/// Words ending in "-ed" that are not past-tense verbs.
const NOT_PAST_ED: &[&str] = &[
    "need", "speed", "hundred", "bed", "red", "shed", "seed", "feed", "breed", "indeed", "embed",
    "sacred", "naked", "wicked", "kindred", "hatred", "proceed", "succeed",
];

/// Words that put what follows in the future: "the vote will be held on Tuesday".
/// "set", "plans", "expected" and "going" count only before "to" (see `tense`).
/// "won't" is "won" + "'t" and is caught in `tense`.
const FUTURE_WORDS: &[&str] = &[
    "will",
    "shall",
    "would",
    "wouldn",
    "ll",
    "scheduled",
    "slated",
    "upcoming",
    "poised",
    "intends",
];

/// Words that make what follows future only when "to" comes next: "is expected to vote Monday".
pub const FUTURE_BEFORE_TO: &[&str] = &[
    "going", "expected", "plans", "plan", "planning", "set", "due", "intend", "aims",
];

/// Words before a weekday that make it part of a name: "Black Friday", "Super Tuesday".
/// Source: holidays and events named after a weekday that American and British news mention.
pub const NAME_BEFORE_WEEKDAY: &[&str] = &[
    "black", "good", "super", "bloody", "ash", "cyber", "giving", "holy", "palm", "easter",
    "maundy", "blue", "fat", "usa",
];

/// Words after a weekday that make it part of a name: "Sunday Times", "Saturday Night Live".
/// Source: British and American newspapers and shows named after a weekday.
pub const NAME_AFTER_WEEKDAY: &[&str] = &[
    "times",
    "telegraph",
    "express",
    "mirror",
    "post",
    "herald",
    "live",
    "football",
];

/// Words before a weekday that make it a habit, not a date: "every Monday".
pub const HABIT_BEFORE_WEEKDAY: &[&str] = &["every", "each"];

/// Nouns after "September 11" that make it the attacks of 2001: "the Sept. 11 attacks".
pub const SEPTEMBER_11_NOUNS: &[&str] = &[
    "attacks",
    "attack",
    "terrorist",
    "terror",
    "hijackers",
    "commission",
    "memorial",
    "victims",
];

/// Titles and first names that make "May" a surname: "Mrs May", "Theresa May".
const NAME_BEFORE_MAY: &[&str] = &["mrs", "mr", "ms", "miss", "theresa", "brian"];

/// What a calendar unit word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// "day", "days".
    Day,
    /// "week", "weeks".
    Week,
    /// "weekend": Saturday and Sunday.
    Weekend,
    /// "month", "months".
    Month,
    /// "year", "years".
    Year,
}

/// A word that shifts or narrows a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modifier {
    /// "last": the one before.
    Last,
    /// "past", "the last": the span ending on the day of publication ("the past week").
    Past,
    /// "next": the one after.
    Next,
    /// "this": the one containing the day of publication.
    This,
    /// "earlier (this week)": the part before the day of publication.
    Earlier,
    /// "later (this year)": the part after the day of publication.
    Later,
    /// "early (March)": the first third.
    Early,
    /// "mid(-March)": the middle third.
    Mid,
    /// "late (March)": the last third.
    Late,
}

/// What one word means to date finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lex {
    /// A month, 1-12; `abbreviated` for "Sept" and the like.
    Month { number: i8, abbreviated: bool },
    /// A full weekday name.
    Weekday(Weekday),
    /// A counting word ("two", "a").
    Count(u8),
    /// A calendar unit.
    Unit(Unit),
    /// "today", "yesterday": days after publication.
    Day(i8),
    /// A shifting or narrowing word.
    Modifier(Modifier),
    /// A preposition that cues a date.
    Cue,
    /// "night", "morning".
    TimeOfDay,
    /// "ago".
    Ago,
    /// A past-tense verb or auxiliary.
    Past,
    /// A future auxiliary.
    Future,
    /// A title or first name before the surname May.
    NameBeforeMay,
    /// Anything else.
    Other,
}

impl Lex {
    /// Whether a date can start from a word with this meaning: a month, a weekday, a day
    /// ("today"), a unit ("week"), a time of day ("night") or "ago".
    pub fn may_head_a_date(self) -> bool {
        matches!(
            self,
            Lex::Month { .. }
                | Lex::Weekday(_)
                | Lex::Day(_)
                | Lex::Unit(_)
                | Lex::TimeOfDay
                | Lex::Ago
        )
    }
}

/// Whether the ASCII `word` [`Lex::may_head_a_date`], cheaper than [`lex`] for the words
/// that cannot: only words in a bucket holding such a word are looked up.
pub fn may_head_a_date(word: &[u8]) -> bool {
    let Some(key) = bucket(word) else {
        return false;
    };
    lexicon().head_buckets[key / 64] & (1 << (key % 64)) != 0 && lex(word).may_head_a_date()
}

/// The longest word in the lexicon; longer words are never looked up.
const LONGEST: usize = 12;

/// Looks up an ASCII word, case-insensitively, without allocating. This runs on every word
/// of every sentence, so words are first sorted into buckets by length, first and last letter:
/// most words land in an empty bucket and cost a handful of instructions.
pub fn lex(word: &[u8]) -> Lex {
    let Some(key) = bucket(word) else {
        return Lex::Other;
    };
    let lexicon = lexicon();
    let (from, to) = (
        lexicon.starts[key] as usize,
        lexicon.starts[key + 1] as usize,
    );
    lexicon.entries[from..to]
        .iter()
        .find(|(entry, _)| entry.as_bytes().eq_ignore_ascii_case(word))
        .map_or(Lex::Other, |(_, lex)| *lex)
}

/// The bucket of a word of 1 to `LONGEST` ASCII letters.
fn bucket(word: &[u8]) -> Option<usize> {
    let (first, last) = (*word.first()?, *word.last()?);
    if word.len() > LONGEST || !first.is_ascii_alphabetic() || !last.is_ascii_alphabetic() {
        return None;
    }
    let letter = |b: u8| usize::from(b.to_ascii_lowercase() - b'a');
    Some(((word.len() - 1) * 26 + letter(first)) * 26 + letter(last))
}

const BUCKETS: usize = LONGEST * 26 * 26;

/// Every listed word, grouped by bucket: bucket `k` is `entries[starts[k]..starts[k + 1]]`.
struct Lexicon {
    entries: Vec<(&'static str, Lex)>,
    starts: Vec<u16>,
    /// One bit a bucket: set when it holds a word that may head a date.
    head_buckets: Vec<u64>,
}

/// True when `word` is in `list`, ignoring ASCII case.
pub fn listed(list: &[&str], word: &[u8]) -> bool {
    list.iter()
        .any(|entry| entry.as_bytes().eq_ignore_ascii_case(word))
}

/// True for a lowercase word ending in "-ed" that is a past-tense verb: "mocked", "killed".
pub fn is_past_ed(word: &[u8]) -> bool {
    word.len() >= 4
        && word.ends_with(b"ed")
        && word[0].is_ascii_lowercase()
        && !NOT_PAST_ED.iter().any(|w| w.as_bytes() == word)
}

/// The month (1-12) a word names, full or abbreviated, any case.
pub fn month_number(word: &[u8]) -> Option<i8> {
    match lex(word) {
        Lex::Month { number, .. } => Some(number),
        _ => None,
    }
}

/// Every listed word with its meaning, from the lists above.
fn all_words() -> Vec<(&'static str, Lex)> {
    let mut table = Vec::new();
    for (index, (name, abbreviations)) in MONTHS.iter().enumerate() {
        let number = index as i8 + 1;
        table.push((
            *name,
            Lex::Month {
                number,
                abbreviated: false,
            },
        ));
        for abbreviation in *abbreviations {
            table.push((
                *abbreviation,
                Lex::Month {
                    number,
                    abbreviated: true,
                },
            ));
        }
    }
    table.extend(WEEKDAYS.iter().map(|(w, day)| (*w, Lex::Weekday(*day))));
    table.extend(COUNT_WORDS.iter().map(|(w, n)| (*w, Lex::Count(*n))));
    table.extend(UNITS.iter().map(|(w, unit)| (*w, Lex::Unit(*unit))));
    table.extend(DAY_WORDS.iter().map(|(w, n)| (*w, Lex::Day(*n))));
    table.extend(MODIFIERS.iter().map(|(w, m)| (*w, Lex::Modifier(*m))));
    table.extend(CUES.iter().map(|w| (*w, Lex::Cue)));
    table.extend(TIMES_OF_DAY.iter().map(|w| (*w, Lex::TimeOfDay)));
    table.extend(PAST_VERBS.iter().map(|w| (*w, Lex::Past)));
    table.extend(FUTURE_WORDS.iter().map(|w| (*w, Lex::Future)));
    table.extend(NAME_BEFORE_MAY.iter().map(|w| (*w, Lex::NameBeforeMay)));
    table.push(("ago", Lex::Ago));
    table
}

/// The bucketed lexicon that `lex` searches, built once.
fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut entries: Vec<_> = all_words()
            .into_iter()
            .filter(|(w, _)| bucket(w.as_bytes()).is_some())
            .collect();
        entries.sort_by_key(|(w, _)| bucket(w.as_bytes()));
        let mut starts = vec![0u16; BUCKETS + 1];
        for (word, _) in &entries {
            if let Some(key) = bucket(word.as_bytes()) {
                starts[key + 1] += 1;
            }
        }
        for key in 0..BUCKETS {
            starts[key + 1] += starts[key];
        }
        let mut head_buckets = vec![0u64; BUCKETS.div_ceil(64)];
        for (word, lex) in &entries {
            if let (Some(key), true) = (bucket(word.as_bytes()), lex.may_head_a_date()) {
                head_buckets[key / 64] |= 1 << (key % 64);
            }
        }
        Lexicon {
            entries,
            starts,
            head_buckets,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_and_abbreviations_are_found_in_any_case() {
        assert_eq!(month_number(b"June"), Some(6));
        assert_eq!(month_number(b"SEPT"), Some(9));
        assert_eq!(month_number(b"Sept"), Some(9));
        assert_eq!(month_number(b"Junes"), None);
    }

    #[test]
    fn sat_and_sun_are_not_weekdays() {
        assert!(!matches!(lex(b"Sat"), Lex::Weekday(_)));
        assert_eq!(lex(b"Sun"), Lex::Other);
        assert_eq!(lex(b"Saturday"), Lex::Weekday(Weekday::Saturday));
    }

    #[test]
    fn every_word_is_listed_once_and_can_be_found() {
        let mut words: Vec<&str> = all_words().iter().map(|(w, _)| *w).collect();
        for (word, meaning) in all_words() {
            assert!(
                word.len() <= LONGEST && word.bytes().all(|b| b.is_ascii_lowercase()),
                "{word}"
            );
            assert_eq!(lex(word.to_uppercase().as_bytes()), meaning, "{word}");
        }
        let count = words.len();
        words.sort();
        words.dedup();
        assert_eq!(words.len(), count, "a word sits in two lists");
    }

    #[test]
    fn past_ed_verbs_are_told_from_other_ed_words() {
        assert!(is_past_ed(b"mocked"));
        assert!(is_past_ed(b"killed"));
        assert!(!is_past_ed(b"need"));
        assert!(!is_past_ed(b"United"));
    }
}
