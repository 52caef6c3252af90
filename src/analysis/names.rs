//! Person names: finds the capitalised runs that name a person, strips titles and possessives
//! ("London Mayor Sadiq Khan’s" -> "Sadiq Khan"), and gives every mention one canonical name per
//! article ("Mr Khan" -> "Sadiq Khan", "Bill De Blasio" = "Bill de Blasio").

pub use super::people::People;
use super::tokens::{Token, WordMap, WordSet};
use super::word_shape::Shape;
use std::ops::Range;
use std::sync::OnceLock;

/// A person's gender as titles show it ("Mr", "Mrs"), for matching pronouns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Gender {
    #[default]
    Unknown,
    Male,
    Female,
}

/// One place where the article names a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Token index where the capitalised run starts, titles included ("Sen." of "Sen. Ted Cruz").
    pub run_first: usize,
    /// Token index of the first word of the name itself ("Sadiq").
    pub first: usize,
    /// Token index of the last word of the name itself ("Khan").
    pub last: usize,
    /// Byte offset where the name starts.
    pub start: usize,
    /// Byte offset where the name ends, a possessive ending left out.
    pub end: usize,
    /// The name is in the possessive ("Khan’s"), so it is not the subject of what follows.
    pub possessive: bool,
    /// Gender shown by a title before the name.
    pub gender: Gender,
    /// Token index of the title just before the name ("Mayor" of "London Mayor Sadiq Khan").
    pub title: Option<usize>,
    /// A photo credit or byline, "(Nora Pike/Daily Star)": names nobody the text is about.
    pub credit: bool,
    /// An appositive after the name says it is a person: "Yuni, a resident of Lampung,",
    /// "Dana, 34,".
    pub described: bool,
    /// The name owns the group or organisation noun after it ("Olivia Chow's office", "Obama's
    /// aides"): the person is named, but the phrase, not the name, is what may speak.
    pub owner: bool,
}

// Flag bits of the word lists the name rules use, held in one map so a word is looked up once.
const TITLE: u8 = 1;
const ORG: u8 = 2;
const NOT_NAME: u8 = 4;
const COMMON: u8 = 8;
const PARTICLE: u8 = 16;
const HEADLINE_ADVERB: u8 = 32;

fn lexicon() -> &'static WordMap {
    static LEX: OnceLock<WordMap> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut map = WordMap::default();
        map.add(include_str!("data/titles.txt"), TITLE);
        map.add(include_str!("data/org_words.txt"), ORG);
        map.add(include_str!("data/not_names.txt"), NOT_NAME);
        map.add(include_str!("data/common_words.txt"), COMMON);
        map.add_words(&PARTICLES, PARTICLE);
        map.add_words(&HEADLINE_ADVERBS, HEADLINE_ADVERB);
        map
    })
}

/// Lower-case particles inside names: Bill de Blasio, Ludwig van Beethoven.
const PARTICLES: [&str; 14] = [
    "de", "van", "von", "der", "den", "da", "di", "del", "della", "la", "le", "du", "al", "bin",
];

/// Whether `word` is one of `PARTICLES`. Asked of the word after every capitalised run ("said",
/// "and"), so the length and first letter rule out nearly all before any comparison.
fn is_particle(word: &str) -> bool {
    (2..=5).contains(&word.len())
        && matches!(word.as_bytes()[0], b'a' | b'b' | b'd' | b'l' | b'v')
        && PARTICLES.contains(&word)
}

/// What a word of a capitalised run is to the name rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Title,
    Org,
    Particle,
    /// Cannot be part of a person's name here: "Officials", "Monday", "But" opening a sentence.
    Stop,
    Name,
}

/// Finds the person-name mentions of the tokenised article, in order.
pub fn find_mentions(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut doubtful = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !(tokens[i].is_word() && tokens[i].cap) {
            i += 1;
            continue;
        }
        let run = Run::collect(text, tokens, i);
        // "Democratic candidate Hillary Clinton", "The Democratic nominee": the party's
        // adjective ending a run names nobody (within one it still may: "Democratic National
        // Committee").
        let last = run.words[run.len.saturating_sub(1)];
        if run.len <= 2 && tokens[last].text(text) == "Democratic" {
            i = run.next;
            continue;
        }
        match run.mention(text, tokens) {
            // "Mayor Michael Bloomberg’s Mayors Against Illegal Guns": what the person owns is
            // read as a run of its own.
            Some(m) if m.possessive && m.last < run.words[run.len - 1] => {
                out.push(m);
                i = m.last + 1;
                continue;
            }
            Some(m) => out.push(m),
            None if run.len == 1 && tokens[i].initial => doubtful.push(i),
            None => {}
        }
        i = run.next;
    }
    confirm_surnames(text, tokens, &doubtful, &mut out);
    out
}

/// Whether an appositive after the name at token `last` describes a person: an age ("Dana,
/// 34,") or a person noun after "a" ("Roman, a resident of the area,", "Yuni, a mother of two").
fn described_as_person(text: &str, tokens: &[Token], last: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    if word(last + 1) != "," {
        return false;
    }
    let age = word(last + 2).bytes().all(|b| b.is_ascii_digit())
        && !word(last + 2).is_empty()
        && matches!(word(last + 3), "," | ".");
    let a = matches!(word(last + 2), "a" | "an");
    age || (a && (last + 3..last + 6).any(|k| is_person_noun(word(k))))
}

/// The gender a noun for a person says: "mother", "actress" a woman, "father" a man.
pub fn noun_gender(noun: &str) -> Gender {
    match noun {
        "mother" | "woman" | "grandmother" | "daughter" | "businesswoman" | "actress" => {
            Gender::Female
        }
        "father" | "man" | "grandfather" | "son" | "businessman" => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// Whether `word` is a noun for a person: "resident", "professor", "mother".
pub fn is_person_noun(word: &str) -> bool {
    const PERSON_NOUNS: [&str; 58] = [
        "resident",
        "student",
        "teacher",
        "mother",
        "father",
        "woman",
        "man",
        "worker",
        "nurse",
        "doctor",
        "farmer",
        "veteran",
        "member",
        "survivor",
        "volunteer",
        "lawyer",
        "friend",
        "neighbour",
        "neighbor",
        "owner",
        "employee",
        "professor",
        "researcher",
        "officer",
        "driver",
        "activist",
        "grandmother",
        "grandfather",
        "daughter",
        "son",
        "businessman",
        "businesswoman",
        "nominee",
        "candidate",
        "billionaire",
        "actor",
        "actress",
        "singer",
        "writer",
        "author",
        "strategist",
        "analyst",
        "economist",
        "pollster",
        "consultant",
        "executive",
        "entrepreneur",
        "mogul",
        "front-runner",
        "frontrunner",
        "lawmaker",
        "speechwriter",
        "comedian",
        "physician",
        "scientist",
        "historian",
        "journalist",
        "columnist",
    ];
    PERSON_NOUNS.contains(&word)
}

/// A common word opening a sentence is a name after all when the article uses it as a surname
/// ("Rice said" once "Maya Rice" has appeared) or describes it as a person ("Roman, a resident
/// of the area, said").
fn confirm_surnames(text: &str, tokens: &[Token], doubtful: &[usize], out: &mut Vec<Mention>) {
    if doubtful.is_empty() {
        return;
    }
    let surnames: foldhash::HashSet<String> = out
        .iter()
        .filter(|m| m.first != m.last)
        .map(|m| text[tokens[m.last].start()..m.end].to_lowercase())
        .collect();
    // Most doubtful words ("The", "But") share no surname's length and first letter, and are
    // ruled out by these bits without lower-casing or hashing them.
    let sketch = surnames
        .iter()
        .fold(0, |bits, s| bits | sketch_bit(s.len(), s.as_bytes()[0]));
    let may_be_surname =
        |word: &str| !word.is_ascii() || sketch & sketch_bit(word.len(), word.as_bytes()[0]) != 0;
    let before = out.len();
    for &i in doubtful {
        let (end, possessive) = strip_possessive(text, tokens[i].start(), tokens[i].end());
        let word = &text[tokens[i].start()..end];
        let described = described_as_person(text, tokens, i);
        let name = described || (may_be_surname(word) && surnames.contains(&word.to_lowercase()));
        if name && lexicon().flags(word) & NOT_NAME == 0 {
            let gender = Gender::Unknown;
            out.push(Mention {
                run_first: i,
                first: i,
                last: i,
                start: tokens[i].start(),
                end,
                possessive,
                gender,
                title: None,
                credit: false,
                described,
                owner: false,
            });
        }
    }
    if out.len() > before {
        out.sort_by_key(|m| m.run_first);
    }
}

/// The bit of a sketch of lower-case words that a word of `len` bytes starting with the byte
/// `first` (any case) sets: equal words set the same bit.
fn sketch_bit(len: usize, first: u8) -> u64 {
    1 << ((len * 7 + usize::from(first.to_ascii_lowercase())) % 64)
}

/// A capitalised run: the word tokens of "London Mayor Sadiq Khan", at most `MAX_RUN` of them.
struct Run {
    words: [usize; MAX_RUN],
    len: usize,
    /// Token index after the run.
    next: usize,
}

const MAX_RUN: usize = 10;

impl Run {
    /// Collects the run starting at the capitalised word `tokens[i]`.
    fn collect(text: &str, tokens: &[Token], i: usize) -> Run {
        let mut run = Run {
            words: [i; MAX_RUN],
            len: 1,
            next: i + 1,
        };
        let joins =
            |t: &Token| t.is_word() && t.cap && !t.after_newline && t.quoted == tokens[i].quoted;
        while run.len < MAX_RUN && run.next < tokens.len() {
            let t = &tokens[run.next];
            let after = tokens.get(run.next + 1);
            if joins(t) {
                run.push(run.next, 1);
            } else if after.is_some_and(joins) && run.bridges(text, tokens, t) {
                run.push(run.next + 1, 2); // "Mr. Khan", "George W. Bush", "Bill de Blasio"
            } else if let Some(k) =
                particles_then_name(text, tokens, run.next).filter(|&k| joins(&tokens[k]))
            {
                run.push(k, k + 1 - run.next); // "Jan van der Berg"
            } else {
                break;
            }
        }
        run
    }

    fn push(&mut self, word: usize, advance: usize) {
        debug_assert!(advance > 0);
        self.words[self.len] = word;
        self.len += 1;
        self.next += advance;
    }

    /// Whether the token `t` may sit inside a name: a dot after a title or initial, a particle.
    fn bridges(&self, text: &str, tokens: &[Token], t: &Token) -> bool {
        let prev = tokens[self.words[self.len - 1]].text(text);
        if t.is_punct(text, '.') {
            // Abbreviated titles are short: "Mr.", "Gov.", "Supt."
            return prev.len() == 1 || (prev.len() <= 5 && lexicon().flags(prev) & TITLE != 0);
        }
        t.is_word() && !t.cap && is_particle(t.text(text))
    }

    /// Reads the person's name out of the run, if it holds one.
    fn mention(&self, text: &str, tokens: &[Token]) -> Option<Mention> {
        // "House of Commons", "Bank of England": the run ends an organisation's name.
        // A run before a group or organisation noun is an adjective: "Chilean officials".
        let group = |t: &Token| {
            t.is_word() && !t.cap && lexicon().flags(t.text(text)) & (NOT_NAME | ORG) != 0
        };
        // The words first: most runs that name nobody are a capitalised word opening a
        // sentence ("The", "But"), which this settles without looking around the run.
        let (run_first, name, title) = self.name_words(text, tokens)?;
        let (first, last) = (name[0], name[name.len() - 1]);
        let (end, possessive) = strip_possessive(text, tokens[last].start(), tokens[last].end());
        // A possessive owns what follows instead: "Olivia Chow's office" names her.
        let before_group = tokens.get(self.next).is_some_and(group);
        if of_organisation(text, tokens, self.words[0]) || (before_group && !possessive) {
            return None;
        }
        if self.len == 1 && is_month_here(text, tokens, self.words[0]) {
            return None;
        }
        Some(Mention {
            run_first,
            first,
            last,
            start: tokens[first].start(),
            end,
            possessive,
            gender: title.map_or(Gender::Unknown, |t| title_gender(tokens[t].text(text))),
            title,
            credit: tokens.get(last + 1).is_some_and(|t| t.is_punct(text, '/')),
            described: described_as_person(text, tokens, last),
            owner: before_group,
        })
    }

    /// Whether "the" stands right before the run's words from `lead` (its first that may be a
    /// name): "The Hill", "the Pentagon", "the Washington Examiner" are a publication's, a
    /// building's or a body's, not a person's (a title, as in "the Rev. Al Sharpton", puts the
    /// name further in).
    fn after_the(&self, text: &str, tokens: &[Token], lead: usize) -> bool {
        let before = match lead.checked_sub(1) {
            Some(l) => Some(tokens[self.words[l]].text(text)),
            None => self.words[0]
                .checked_sub(1)
                .map(|k| &tokens[k])
                .filter(|t| t.is_word())
                .map(|t| t.text(text)),
        };
        before.is_some_and(|w| w.eq_ignore_ascii_case("the"))
    }

    /// The run's words that name the person, with where the run really starts (after leading
    /// words that cannot be names) and the title just before the name.
    fn name_words(&self, text: &str, tokens: &[Token]) -> Option<(usize, &[usize], Option<usize>)> {
        let words = &self.words[..self.len];
        let mut roles = [Role::Stop; MAX_RUN];
        for (k, &w) in words.iter().enumerate() {
            roles[k] = role(text, &tokens[w], k == 0);
        }
        // After an honorific a capitalised common word is a name when it ends the run or is a
        // first name: "Ms. May", "Mr. Will Smith"; not in the headline "Father Says Fugitive
        // Son Is Found".
        // (The roles are compared first: they rule out nearly every word without a lookup.)
        for k in 1..words.len() {
            if roles[k] != Role::Stop || roles[k - 1] != Role::Title {
                continue;
            }
            let after = tokens[words[k - 1]].text(text);
            let honorific = title_gender(after) != Gender::Unknown || after == "Dr";
            let word = tokens[words[k]].text(text);
            let names_on = k + 1 < words.len() && first_name_gender(word) == Gender::Unknown;
            if honorific && !names_on {
                roles[k] = Role::Name;
            }
        }
        // A Korean family name may be a word of the language: "Ban Ki-moon", "Moon Jae-in".
        for k in 0..words.len().saturating_sub(1) {
            if roles[k] == Role::Stop
                && super::people::is_korean_given_name(tokens[words[k + 1]].text(text))
            {
                roles[k] = Role::Name;
            }
        }
        // Leading words that cannot be names go: "But Khan", "On Monday Trump".
        let lead = roles[..words.len()].iter().position(|r| *r != Role::Stop)?;
        // A later stop word ends the run: "Trump Says He Will" (a title-case headline).
        let stop = roles[lead..words.len()]
            .iter()
            .position(|r| *r == Role::Stop)
            .map_or(words.len(), |p| lead + p);
        let (words, roles) = (&words[lead..stop], &roles[lead..stop]);
        // The name follows the last title or organisation word: "London Mayor Sadiq Khan".
        let head = roles
            .iter()
            .rposition(|r| matches!(r, Role::Title | Role::Org))
            .map_or(0, |p| p + 1);
        // A possessive inside the run belongs to a place or team: "Halifax’s Eli Norton".
        let owner = (head..words.len().saturating_sub(1))
            .rfind(|&k| is_possessive(tokens[words[k]].text(text)));
        // Unless a title gives it to a person: "President Obama’s Affordable Care Act".
        let titled_owner = titled_owner(text, tokens, words, roles);
        let head = titled_owner.as_ref().map_or(head, |name| name.start);
        let mut name = match (titled_owner, owner) {
            (Some(name), _) => name,
            (None, Some(k)) => k + 1..words.len(),
            (None, None) => head..words.len(),
        };
        while name.start < name.end && roles[name.start] == Role::Particle {
            name.start += 1;
        }
        skip_office(text, tokens, words, &mut name);
        skip_initials(text, tokens, words, &mut name);
        cut_link_card(text, tokens, words, &mut name);
        if name.start == 0 && self.after_the(text, tokens, lead) {
            return None;
        }
        let letter = |k: usize| tokens[words[k]].end() - tokens[words[k]].start() == 1;
        let all_letters = (name.start..name.end).all(letter); // "U.S.", "D.C."
        let org_then_one = head > 0 && roles[head - 1] == Role::Org && name.len() < 2; // "Police Chief"
        if all_letters || name.is_empty() || name.len() > 4 || org_then_one {
            return None;
        }
        let title = (head > 0 && roles[head - 1] == Role::Title).then(|| words[head - 1]);
        Some((words[0], &words[name], title))
    }
}

/// The name of a person a title gives before a possessive inside the run, who owns what
/// follows: "Obama" of "President Obama’s Affordable Care Act".
fn titled_owner(
    text: &str,
    tokens: &[Token],
    words: &[usize],
    roles: &[Role],
) -> Option<Range<usize>> {
    (1..words.len().saturating_sub(1)).find_map(|k| {
        let title = (0..k).rev().find(|&t| roles[t] != Role::Name)?;
        let owns = roles[title] == Role::Title
            && roles[k] == Role::Name
            && is_possessive(tokens[words[k]].text(text));
        owns.then_some(title + 1..k + 1)
    })
}

/// "Secretary of Labor Tom Perez", "Director of National Intelligence James Clapper": after a
/// title and "of", the words of `name` before a first name are the office's.
fn skip_office(text: &str, tokens: &[Token], words: &[usize], name: &mut Range<usize>) {
    let of_office = words[0] >= 2
        && tokens[words[0] - 1].text(text) == "of"
        && is_title(tokens[words[0] - 2].text(text));
    if !of_office || name.start != 0 {
        return;
    }
    if let Some(k) = (1..name.end.saturating_sub(1))
        .find(|&k| first_name_gender(tokens[words[k]].text(text)) != Gender::Unknown)
    {
        name.start = k;
    }
}

/// Initials opening `name` before a first name are an abbreviation, not the person's: "U.N.
/// Susan Rice" (but "J. Michael Luttig", "H. R. McMaster").
fn skip_initials(text: &str, tokens: &[Token], words: &[usize], name: &mut Range<usize>) {
    let letter = |k: usize| tokens[words[k]].end() - tokens[words[k]].start() == 1;
    let initials = (name.start..name.end).take_while(|&k| letter(k)).count();
    if initials >= 2
        && name.start + initials < name.end
        && first_name_gender(tokens[words[name.start + initials]].text(text)) != Gender::Unknown
    {
        name.start += initials;
    }
}

/// A web page's link card repeats the name in full after it, glued to a headline: "President
/// Trump Donald John TrumpGOP senators ...", "Robert Mueller Robert (Bob) Swan MuellerSpeier
/// says ...", "Mitch McConnell Addison (Mitch) Mitchell McConnellGOP ...". `name` is cut to the
/// name shown before the legal one: before the first name's repeat, or before the legal first
/// name that a bracketed nickname follows; to its first word when only a glued word repeats it.
fn cut_link_card(text: &str, tokens: &[Token], words: &[usize], name: &mut Range<usize>) {
    // A card repeats at least one word after the name's first.
    if name.len() < 2 {
        return;
    }
    let word = |k: usize| tokens[words[k]].text(text);
    let opening = word(name.start);
    if opening.len() < 3 {
        return;
    }
    // "Robert Mueller Robert": the display name, then the legal one (not "Plan A. Plan B").
    let shown_before = |k: usize| word(k) == opening && (name.start..k).all(|j| word(j).len() > 1);
    if let Some(k) = (name.start + 2..name.end).find(|&k| shown_before(k)) {
        name.end = k;
        return;
    }
    // "TrumpGOP" repeats "Trump"; "Christie" does not repeat "Chris".
    // A first name doubled is no card's ("Dee Dee Myers"); a name said twice is ("... to beat
    // Trump Trump threatening to fire ...", two headlines run together).
    let said_twice_alone = name.len() == 2;
    let glued_repeat = |k: usize| {
        word(k).strip_prefix(opening).is_some_and(|rest| {
            (!rest.is_empty() || k > name.start + 1 || said_twice_alone)
                && !rest.starts_with(|c: char| c.is_lowercase())
        })
    };
    if (name.start + 1..name.end).any(glued_repeat) {
        name.end = name.start + 1;
        return;
    }
    // "Mitch McConnell Addison (Mitch)": a nickname in brackets follows the legal first name.
    if name.len() < 3 {
        return;
    }
    let last = words[name.end - 1];
    let token_text = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let nickname = token_text(last + 2);
    let bracketed = token_text(last + 1) == "("
        && token_text(last + 3) == ")"
        && nickname.len() >= 2
        && nickname.starts_with(|c: char| c.is_ascii_uppercase())
        && nickname[1..].bytes().all(|b| b.is_ascii_lowercase());
    if bracketed {
        name.end -= 1;
    }
}

/// Whether the word at token `i` is a month that is also a name, used as a month here: "in May
/// 2016", "on June 3", "since April" (but "Theresa May said", "May said").
fn is_month_here(text: &str, tokens: &[Token], i: usize) -> bool {
    const MONTHS: [&str; 4] = ["April", "May", "June", "August"];
    const BEFORE: [&str; 12] = [
        "in", "on", "since", "until", "by", "last", "next", "early", "late", "mid", "from", "of",
    ];
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    if !MONTHS.contains(&word(i)) {
        return false;
    }
    let number_after = word(i + 1).starts_with(|c: char| c.is_ascii_digit());
    let before = i.checked_sub(1).is_some_and(|k| BEFORE.contains(&word(k)));
    number_after || before
}

/// Whether the run starting at token `i` follows "Org-word of" or "for": "House of Commons",
/// "Canadian Council for Refugees".
fn of_organisation(text: &str, tokens: &[Token], i: usize) -> bool {
    let of = i >= 2 && matches!(tokens[i - 1].text(text), "of" | "for");
    of && tokens[i - 2].cap && lexicon().flags(tokens[i - 2].text(text)) & ORG != 0
}

/// Where the capitalised word after two or three particles starting at `i` is ("van der Berg").
fn particles_then_name(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let particle = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_word() && !t.cap && is_particle(t.text(text)))
    };
    // Most runs end before a word that is none: "said", "and".
    if !particle(i) {
        return None;
    }
    let n = (i..i + 3).take_while(|&k| particle(k)).count();
    (n >= 2 && i + n < tokens.len()).then_some(i + n)
}

/// Adverbs that title-case headlines put after a name and no name holds (in any case).
const HEADLINE_ADVERBS: [&str; 12] = [
    "just",
    "also",
    "still",
    "now",
    "never",
    "even",
    "only",
    "again",
    "already",
    "finally",
    "really",
    "reportedly",
];

/// The role of one capitalised word in a run (`first`: it opens the run).
fn role(text: &str, t: &Token, first: bool) -> Role {
    let w = t.text(text);
    if !t.cap {
        return Role::Particle;
    }
    let flags = lexicon().flags(w);
    // One pass over the bytes settles the checks below that would each scan the word.
    let shape = Shape::of(w);
    if flags & TITLE != 0 || (shape.hyphen() && is_title(w)) {
        return Role::Title;
    }
    if flags & ORG != 0 || (shape.dot() && super::tokens::is_web_address(w)) {
        return Role::Org;
    }
    if flags & PARTICLE != 0 {
        return Role::Name; // "Bill De Blasio": a capitalised particle belongs to the surname
    }
    if shape.apostrophe() && is_contraction(w) {
        return Role::Stop; // "I’m", "I've"
    }
    let acronym = w.len() > 1 && !shape.has_small_letter(w); // NY, CNN, ITV
    let digits = shape.digit();
    // A common word is a name inside a run ("Lena Hart", "Maya Rice") but not where any
    // word is capitalised ("But", "Officials" opening a sentence), nor a cue ("Trump Says").
    let common = flags & COMMON != 0
        && ((first && t.initial)
            || w.len() <= 3
            || (first && is_function_word(w))
            || super::cues::cue_kind(w).is_some());
    let article = first && t.initial && w.len() == 1; // "A Metro Transit spokesperson"
                                                      // Title-case headlines go on past a name: "Glenn Beck Just Responded".
    let adverb = !first && flags & HEADLINE_ADVERB != 0;
    // "Al-Qaeda-linked", "Iran-backed", "Toronto-based": an adjective made of a name.
    let made_of_name = w.ends_with("ed")
        && w.rsplit_once('-')
            .is_some_and(|(_, last)| last.bytes().all(|b| b.is_ascii_lowercase()));
    if acronym
        || digits
        || common
        || article
        || adverb
        || made_of_name
        || (shape.hyphen() && is_party_and_state(w))
        || flags & NOT_NAME != 0
    {
        return Role::Stop;
    }
    Role::Name
}

/// Whether `word` is a preposition or conjunction, which opens no name even capitalised in the
/// middle of a line ("... in the spotlight After Clinton became ...", a caption run into the
/// text); inside a run it may be an organisation's ("Doctors Without Borders").
fn is_function_word(word: &str) -> bool {
    let mut buf = [0u8; 24];
    matches!(
        super::tokens::lower_ascii(word, &mut buf),
        Some(
            "after"
                | "before"
                | "when"
                | "while"
                | "during"
                | "because"
                | "although"
                | "though"
                | "unless"
                | "despite"
                | "whether"
                | "meanwhile"
                | "however"
                | "until"
                | "since"
                | "without"
                | "against"
                | "through"
                | "between"
                | "among"
                | "about"
                | "into"
                | "with"
        )
    )
}

/// Whether `word` ends in a contracted verb: "I’m", "I've", "We’ll", "They'd".
fn is_contraction(word: &str) -> bool {
    let b = word.as_bytes();
    // The apostrophe (’ ends in byte 0x99) sits at most two letters from the end: nearly every
    // word is ruled out without comparing endings.
    let tail = &b[b.len().saturating_sub(5)..];
    if !tail.iter().any(|&c| c == b'\'' || c == 0x99) {
        return false;
    }
    ["m", "ve", "ll", "re", "d"].iter().any(|end| {
        let rest = &b[..b.len().saturating_sub(end.len())];
        b.ends_with(end.as_bytes()) && (rest.ends_with(b"'") || rest.ends_with("’".as_bytes()))
    })
}

/// Whether the lower-case `word` may stand in a role before a name: a title, an organisation
/// word or a qualifier ("said police Chief Omar Reyes", "said former spokesman Al Hunt").
pub fn is_role_word(word: &str) -> bool {
    const QUALIFIERS: [&str; 6] = ["former", "senior", "federal", "acting", "then", "campaign"];
    is_title(word) || lexicon().flags(word) & ORG != 0 || QUALIFIERS.contains(&word)
}

/// Whether `word` (any case) makes a capitalised run an organisation's or place's name:
/// "Police" of "Saskatoon Police Service", "House" of "White House".
pub fn is_org_word(word: &str) -> bool {
    lexicon().flags(word) & ORG != 0 || super::tokens::is_web_address(word)
}

/// Whether `name` (any case) is a country's, a state's or province's, a region's or a large
/// city's: "France", "North Korea", "Nova Scotia" (`data/places.txt`).
pub fn is_place(name: &str) -> bool {
    static PLACES: OnceLock<WordSet> = OnceLock::new();
    PLACES
        .get_or_init(|| WordSet::parse(include_str!("data/places.txt")))
        .contains(name)
}

/// Whether `word` (any case) is a common word of the language that is no one's first name:
/// "Crooked" of a quoted "Crooked Hillary Clinton", not "Grace" nor "Bill".
pub fn is_common_non_name(word: &str) -> bool {
    lexicon().flags(word) & COMMON != 0 && first_name_gender(word) == Gender::Unknown
}

/// Whether `word` is a title or role ("Mayor", "mayor", "Vice-President"), in any case.
pub fn is_title(word: &str) -> bool {
    if !word.as_bytes().contains(&b'-') {
        return lexicon().flags(word) & TITLE != 0;
    }
    word.split('-')
        .any(|part| lexicon().flags(part) & TITLE != 0)
}

/// The gender a title shows: Mr -> male, Mrs/Ms -> female.
/// The gender a first name shows, from the lists of names that are almost always one
/// gender's ("Jessica", "Mohammad"); `Unknown` for any other word.
pub fn first_name_gender(first: &str) -> Gender {
    const FEMALE: u8 = 1;
    const MALE: u8 = 2;
    static NAMES: OnceLock<WordMap> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut map = WordMap::default();
        map.add(include_str!("data/female_names.txt"), FEMALE);
        map.add(include_str!("data/male_names.txt"), MALE);
        map
    });
    match names.flags(first) {
        FEMALE => Gender::Female,
        MALE => Gender::Male,
        _ => Gender::Unknown,
    }
}

fn title_gender(title: &str) -> Gender {
    if title.len() > "princess".len() {
        return Gender::Unknown;
    }
    let mut buf = [0u8; 24];
    match super::tokens::lower_ascii(title, &mut buf) {
        Some("mr" | "sir" | "lord" | "king" | "prince" | "father" | "duke") => Gender::Male,
        Some("mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "duchess") => {
            Gender::Female
        }
        _ => Gender::Unknown,
    }
}

/// Whether `word` is the party-and-state note US news puts after a legislator's name:
/// "D-Calif", "R-Texas", "I-Vt" (the dot after it is a token of its own).
pub fn is_party_and_state(word: &str) -> bool {
    const MAX_STATE: usize = 14; // "R-Massachusetts"
                                 // Checked byte by byte first: this runs on every word of every sentence.
    let bytes = word.as_bytes();
    if bytes.len() < 4 || bytes[1] != b'-' || !matches!(bytes[0], b'D' | b'R' | b'I') {
        return false;
    }
    let state = &word[2..];
    state.len() >= 2
        && state.len() <= MAX_STATE
        && state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}

/// Whether a shouted word opening a paragraph before a colon may be a transcript's speaker
/// label ("WALLACE:"), not a heading ("UPDATE:", "CLAIM:") or a word of the language.
pub fn may_be_speaker_label(word: &str) -> bool {
    lexicon().flags(word) == 0 && !is_heading(word)
}

/// Whether `word` is a heading's ("Update:", "Correction:", "Fact:"), not a speaker's label.
pub fn is_heading(word: &str) -> bool {
    const HEADINGS: [&str; 36] = [
        "opinion",
        "analysis",
        "editorial",
        "commentary",
        "perspective",
        "explainer",
        "update",
        "updated",
        "note",
        "editor",
        "correction",
        "clarification",
        "breaking",
        "exclusive",
        "warning",
        "alert",
        "spoiler",
        "watch",
        "video",
        "photos",
        "photo",
        "listen",
        "read",
        "related",
        "more",
        "source",
        "sources",
        "disclaimer",
        "transcript",
        "question",
        "answer",
        "claim",
        "verdict",
        "rating",
        "fact",
        "background",
    ];
    let mut buf = [0u8; 24];
    super::tokens::lower_ascii(word, &mut buf).is_some_and(|w| HEADINGS.contains(&w))
}

/// Whether a word ends in a possessive "’s".
fn is_possessive(word: &str) -> bool {
    if word.as_bytes().last() != Some(&b's') {
        return false;
    }
    ["’s", "'s"]
        .iter()
        .any(|e| word.len() > e.len() && word.ends_with(e))
}

/// Cuts a possessive ending off a name: "Khan’s" -> "Khan".
fn strip_possessive(text: &str, start: usize, end: usize) -> (usize, bool) {
    let w = &text[start..end];
    if !matches!(w.as_bytes().last(), Some(b's' | b'S')) {
        return (end, false);
    }
    for ending in ["’s", "'s", "’S", "'S"] {
        if w.len() > ending.len() && w.ends_with(ending) {
            return (end - ending.len(), true);
        }
    }
    (end, false)
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
