//! The people of one article: groups the name mentions `names` finds into people, each with one
//! canonical name ("Mr Khan", "Khan" -> "Sadiq Khan"), a gender as titles show it, and the titles
//! the article gives them ("London Mayor Sadiq Khan" makes him "the mayor").

use super::name_forms::FormNumbers;
use super::names::{first_name_gender, is_common_non_name, is_place, Gender, Mention};
use super::source_words::FUNCTION;
use super::tokens::Token;
use std::borrow::Cow;

/// The people of one article: a canonical name for each, and which person each mention names.
#[derive(Debug, Clone, Default)]
pub struct People {
    /// Canonical name of each person: the fullest form the article gives.
    pub names: Vec<String>,
    /// Gender of each person, as far as titles show it.
    pub genders: Vec<Gender>,
    /// For each mention (same order as given), the index of its person.
    pub of_mention: Vec<usize>,
    /// Whether each person is surely a person: named in full or with a title somewhere. A lone
    /// capitalised word ("Elmwood") may be a place; it can still speak, but "he" is not it.
    pub is_person: Vec<bool>,
    /// The titles given to people, in article order.
    pub titles: Vec<Title>,
}

/// A title the article gives a person: "Republican nominee" of "Republican nominee Donald
/// Trump", "former governor" of "former Gov. Mike Huckabee".
#[derive(Debug, Clone)]
pub struct Title {
    /// Byte offset of the name it is given with.
    pub at: usize,
    /// The title in lower case and in full ("gov" -> "governor"), "former " before it when the
    /// person no longer holds it.
    pub title: String,
    /// The words just before the title, lower case, a party's name in one form, each followed
    /// by a space: "republican presidential " of "Republican presidential nominee".
    pub qualifiers: String,
    /// The person.
    pub person: usize,
}

/// The most words before a title kept as its qualifiers.
const QUALIFIERS: usize = 4;

/// Parties a title may name, as qualifiers: "the Democratic nominee" is no Republican.
const PARTIES: [&str; 7] = [
    "democratic",
    "republican",
    "libertarian",
    "green",
    "liberal",
    "conservative",
    "independent",
];

/// Words that make a title another rank: the vice presidential nominee is not "the nominee".
const RANKS: [&str; 6] = [
    "vice",
    "deputy",
    "assistant",
    "associate",
    "acting",
    "interim",
];

/// A word describing a title in one form: "GOP" is "republican", "Democrat" "democratic".
pub fn qualifier_form(word: &str) -> String {
    let lower = word.to_lowercase();
    match lower.as_str() {
        "gop" => "republican".to_string(),
        "democrat" | "dem" => "democratic".to_string(),
        _ => lower,
    }
}

impl People {
    /// Groups the mentions into people. Full names are matched ignoring case, and a shorter full
    /// name ending a longer one joins it ("Al Rashed" -> "Yasmin Al Rashed"); a surname alone
    /// ("Khan", "Mr Khan") takes the nearest earlier full name with that surname, else the first
    /// later one (in the seed article the full name appears late). A word that is nobody's
    /// surname but the first name of one person only is that person when the article gives them
    /// a title ("Kim" after "leader Kim Jong-un") or another person has their surname ("Michael"
    /// after "Dorie Greenspan" and "Michael Greenspan").
    pub fn resolve(text: &str, tokens: &[Token], mentions: &[Mention]) -> People {
        let mut people = People {
            of_mention: vec![usize::MAX; mentions.len()],
            ..People::default()
        };
        // Every lower-case form the rules compare, made once and numbered: the maps below are
        // arrays indexed by form.
        let (forms, of) = number_forms(text, tokens, mentions);
        // (surname form, (where, person, gender)) of each full name.
        let mut surnamed: Vec<(usize, Surnamed)> = Vec::new();
        // The one person each first name belongs to.
        let mut by_first = vec![FirstNameOf::Nobody; forms.len()];
        people.resolve_full(text, tokens, mentions, &forms, &of, |k, m, id| {
            let gender = match m.gender {
                Gender::Unknown => first_name_gender(tokens[m.first].text(text)),
                known => known,
            };
            surnamed.push((of[k].surname, (m.start, id, gender)));
            // Korean names put the family name first: "Kim Jong-un" ... "Kim said".
            if m.last == m.first + 1 && is_korean_given_name(tokens[m.last].text(text)) {
                surnamed.push((of[k].first, (m.start, id, gender)));
            }
            let first = &mut by_first[of[k].first];
            *first = match *first {
                FirstNameOf::Nobody => FirstNameOf::One(id),
                FirstNameOf::One(other) if other == id => FirstNameOf::One(id),
                _ => FirstNameOf::Several,
            };
        });
        // Grouped by surname, each group in article order (the sort is stable).
        surnamed.sort_by_key(|&(surname, _)| surname);
        let by_surname = |surname: usize| {
            let start = surnamed.partition_point(|&(s, _)| s < surname);
            let end = start + surnamed[start..].partition_point(|&(s, _)| s == surname);
            &surnamed[start..end]
        };
        // Family members share a surname, so articles call them by their first names: "Dorie
        // Greenspan and her husband Michael Greenspan ... says Michael".
        let mut shares_surname = vec![false; people.names.len()];
        for full in surnamed.chunk_by(|a, b| a.0 == b.0) {
            if full.iter().any(|&(_, (_, id, _))| id != full[0].1 .1) {
                for &(_, (_, id, _)) in full {
                    shares_surname[id] = true;
                }
            }
        }
        let surname_genders = surname_genders(mentions, forms.len(), &of);
        let mut by_single: Vec<Option<usize>> = vec![None; forms.len()];
        let mut first_names: Vec<(usize, usize)> = Vec::new();
        for (k, m) in mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.first == m.last)
        {
            let key = of[k].name;
            // "Mr. Obama" is not "Michelle Obama": a surname whose titles ("Mr.") say a gender
            // is the person of that gender, or of none known.
            let gender = match m.gender {
                Gender::Unknown => surname_genders[key].agreed(),
                known => known,
            };
            let fits = |&&(_, (_, _, g)): &&(usize, Surnamed)| {
                gender == Gender::Unknown || g == Gender::Unknown || g == gender
            };
            // The nearest earlier full name (positions are in order), else the first.
            let full = by_surname(key);
            let earlier = full.partition_point(|&(_, (at, _, _))| at < m.start);
            let full_name = full[..earlier]
                .iter()
                .rev()
                .find(fits)
                .or_else(|| full[earlier..].iter().find(fits));
            people.of_mention[k] = match full_name {
                Some(&(_, (_, id, _))) => id,
                None => {
                    if let FirstNameOf::One(id) = by_first[key] {
                        first_names.push((k, id));
                    }
                    *by_single[key]
                        .get_or_insert_with(|| people.add(text[m.start..m.end].to_string()))
                }
            };
        }
        people.note_titles(text, tokens, mentions);
        people.note_first_name_genders();
        // Only someone the article gives a title, or who shares a surname, is called by a first
        // name alone: "North Korean leader Kim Jong-un ... Kim", not "the Pacific Ocean ...
        // Pacific".
        let mut titled = vec![false; people.names.len()];
        for title in &people.titles {
            titled[title.person] = true;
        }
        for (k, id) in first_names {
            if titled[id] || shares_surname[id] {
                people.of_mention[k] = id;
            }
        }
        people
    }

    /// Gives each multi-word mention its person; `each` sees (mention index, mention, person).
    fn resolve_full(
        &mut self,
        text: &str,
        tokens: &[Token],
        mentions: &[Mention],
        forms: &FormNumbers,
        of: &[MentionForms],
        mut each: impl FnMut(usize, &Mention, usize),
    ) {
        let full = || {
            mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.first != m.last)
        };
        let key = |k: usize| of[k].name;
        // The person of each full name, by form; the names as first written, in that order.
        let mut by_full = vec![usize::MAX; forms.len()];
        let mut keys: Vec<(usize, Cow<str>)> = Vec::new();
        // The names the article writes in its own voice, outside quotations.
        let mut unquoted = vec![false; forms.len()];
        for (k, m) in full() {
            let key = key(k);
            if by_full[key] == usize::MAX {
                let shown = display(&text[m.start..m.end]);
                by_full[key] = self.add(shown.to_string());
                keys.push((key, shown));
            }
            if !tokens[m.first].quoted {
                unquoted[key] = true;
            }
        }
        // A name that ends a longer one by one word is that person: "Al Rashed" in "Yasmin Al
        // Rashed" (not further: "Stock Images Eli Norton" is a caption run into a name). Each
        // name's ending is looked up, the longest owner winning: (owner's length, person).
        let mut owner: Vec<Option<(usize, usize)>> = vec![None; forms.len()];
        // An epithet before a name is not part of it: "Crooked Hillary Clinton", a common word
        // or a form only quotations use (a quoted tweet), is the article's "Hillary Clinton",
        // who keeps her name.
        let mut epithets: Vec<(usize, usize)> = Vec::new();
        for (key, shown) in &keys {
            let (key, id) = (*key, by_full[*key]);
            // The name in lower case, as its form is: an ASCII name's words are found ignoring
            // case, as they are.
            let lower = if shown.is_ascii() {
                Cow::Borrowed(shown.as_ref())
            } else {
                Cow::Owned(shown.to_lowercase())
            };
            let name = lower.as_ref();
            let Some((opening, ending)) = name.split_once(' ') else {
                continue;
            };
            let ending_form = if shown.is_ascii() {
                forms.find(ending)
            } else {
                forms.find_lower(ending)
            };
            let shorter = ending_form.filter(|&e| by_full[e] != usize::MAX);
            let quoted_only = !unquoted[key] && shorter.is_some_and(|e| unquoted[e]);
            let epithet = ending.contains(' ') && (quoted_only || is_common_non_name(opening));
            if epithet {
                if let Some(shorter) = shorter {
                    epithets.push((key, by_full[shorter]));
                }
                continue;
            }
            // The longest name wins, and of two as long the first named.
            if let Some(shorter) = shorter {
                let wins = owner[shorter].is_none_or(|(len, other)| {
                    len < name.len() || (len == name.len() && id < other)
                });
                if wins {
                    owner[shorter] = Some((name.len(), id));
                }
            }
        }
        for &(key, _) in &keys {
            if let Some((_, id)) = owner[key] {
                by_full[key] = id;
            }
        }
        for (longer, shorter) in epithets {
            by_full[longer] = shorter;
        }
        for (k, m) in full() {
            let id = by_full[key(k)];
            self.of_mention[k] = id;
            each(k, m, id);
        }
    }

    /// Gives people named in full whose titles said nothing the gender their first name shows
    /// ("Jessica Ditto" is a "she", "Mohammad Al Mnajer" a "he").
    fn note_first_name_genders(&mut self) {
        for (name, gender) in self.names.iter().zip(self.genders.iter_mut()) {
            if *gender != Gender::Unknown {
                continue;
            }
            if let Some((first, _)) = name.split_once(' ') {
                *gender = first_name_gender(first);
            }
        }
    }

    /// Records the genders and titles that mentions give their people.
    fn note_titles(&mut self, text: &str, tokens: &[Token], mentions: &[Mention]) {
        let mut placed = vec![false; self.names.len()];
        for (k, m) in mentions.iter().enumerate() {
            let p = self.of_mention[k];
            if m.gender != Gender::Unknown {
                self.genders[p] = m.gender;
            }
            if let Some(title) = title_given(text, tokens, m, p) {
                self.titles.push(title);
            }
            // "in Nova Terra", "at Elmwood": a place, whatever its shape.
            let before = m.run_first.checked_sub(1).map(|i| tokens[i].text(text));
            placed[p] |= matches!(before, Some("in" | "at")) && !m.possessive;
        }
        for (k, m) in mentions.iter().enumerate() {
            let p = self.of_mention[k];
            self.is_person[p] =
                m.title.is_some() || m.described || (self.is_person[p] && !placed[p]);
        }
        // "France", "North Korea": a place's name is no person's, whatever titles it seemed to
        // have ("the foreign minister of France").
        for (name, is_person) in self.names.iter().zip(self.is_person.iter_mut()) {
            if *is_person && is_place(name) {
                *is_person = false;
            }
        }
    }

    /// The person whose name ends with `surname` (any case), the first one named: "MARSH:" in a
    /// transcript is Dana Marsh.
    pub fn by_surname(&self, surname: &str) -> Option<usize> {
        // Looked for among the first names only, to stay cheap on runaway input.
        const LOOK: usize = 1000;
        self.names.iter().take(LOOK).position(|n| {
            let last = n.rsplit(' ').next().unwrap_or(n);
            n.contains(' ') && last.eq_ignore_ascii_case(surname)
        })
    }

    /// The person given the title `role` before byte `at` whom "the `describing` `role`" means
    /// ("the mayor said", "the Republican nominee said"): of the recent holders (of holders
    /// past, when `former`: "the former mayor"), those whose title no describing word
    /// contradicts ("the chief" is not the deputy chief, "the Democratic nominee" not the
    /// Republican one), the one whose title shares most of `describing`, the latest of equals;
    /// the latest holder when none fits.
    pub fn with_title(
        &self,
        role: &str,
        former: bool,
        describing: &[String],
        at: usize,
    ) -> Option<usize> {
        // Only the latest titles are looked at: the one meant is recent, and this stays cheap.
        const LOOK_BACK: usize = 50;
        let end = self.titles.partition_point(|t| t.at < at);
        let recent = &self.titles[end.saturating_sub(LOOK_BACK)..end];
        let mut holders = recent.iter().rev().filter(|t| {
            let held = match t.title.strip_prefix("former ") {
                Some(held) if former => held,
                Some(_) => return false,
                None if former => return false,
                None => t.title.as_str(),
            };
            held.eq_ignore_ascii_case(role)
        });
        let latest = holders.next()?;
        // A holder whose qualifiers contradict the description is another: "the Democratic
        // nominee" is not the Republican one, "the chief" not the deputy chief.
        let fits = |t: &Title| {
            let says = |w: &str| describing.iter().any(|d| d == w);
            let has = |w: &str| t.qualifiers.split(' ').any(|q| q == w);
            let other_party = describing.iter().any(|d| PARTIES.contains(&d.as_str()))
                && t.qualifiers
                    .split(' ')
                    .any(|q| PARTIES.contains(&q) && !says(q));
            let other_rank = RANKS.iter().any(|&r| has(r) != says(r));
            !(other_party || other_rank)
        };
        let overlap = |t: &Title| {
            describing
                .iter()
                .filter(|d| t.qualifiers.split(' ').any(|q| q == d.as_str()))
                .count()
        };
        // The one sharing most of the description, the latest of equals; else the latest.
        let best = std::iter::once(latest)
            .chain(holders)
            .filter(|t| fits(t))
            .fold(None::<&Title>, |best, t| match best {
                Some(b) if overlap(b) >= overlap(t) => Some(b),
                _ => Some(t),
            });
        Some(best.unwrap_or(latest).person)
    }

    /// Adds the person a transcript label stands for when the article never names them in
    /// full ("WALLACE:" -> "Wallace"), and returns their index.
    pub fn add_labelled(&mut self, label: &str) -> usize {
        let id = self.add(title_case(label));
        self.is_person[id] = true;
        id
    }

    fn add(&mut self, name: String) -> usize {
        self.is_person.push(name.contains(' '));
        self.names.push(name);
        self.genders.push(Gender::Unknown);
        self.names.len() - 1
    }
}

/// The role an abbreviated title stands for, so that "the governor" finds "Gov. Mike Pence".
fn unabbreviated(title: &str) -> Option<&'static str> {
    Some(match title {
        "gov" => "governor",
        "sen" => "senator",
        "rep" => "congressman",
        "pres" => "president",
        "gen" => "general",
        "lt" => "lieutenant",
        "sgt" => "sergeant",
        "supt" => "superintendent",
        "insp" => "inspector",
        "prof" => "professor",
        "sec" | "secy" => "secretary",
        "atty" => "attorney",
        _ => return None,
    })
}

/// A name as shown: white space folded to single spaces.
fn display(name: &str) -> Cow<'_, str> {
    if is_folded(name) {
        return name.into();
    }
    name.split_whitespace().collect::<Vec<_>>().join(" ").into()
}

/// Whether the white space of `name` is folded already: single spaces between words only.
fn is_folded(name: &str) -> bool {
    if !name.is_ascii() {
        return !name.contains("  ")
            && !name.chars().any(|c| c.is_whitespace() && c != ' ')
            && !name.starts_with(' ')
            && !name.ends_with(' ');
    }
    // One pass over the bytes: the ASCII white space is these and the space.
    let b = name.as_bytes();
    let other_space = |c: &u8| matches!(c, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
    b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && !b.iter().any(other_space)
        && !b.windows(2).any(|pair| pair == b"  ")
}

/// A shouted word in title case, each part after a hyphen or apostrophe too: "O'REILLY" ->
/// "O'Reilly".
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut starts = true;
    for c in word.chars() {
        if starts {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        starts = matches!(c, '-' | '\'' | '’');
    }
    out
}

/// Whether `word` has the shape of a romanised Korean given name, two syllables joined by a
/// hyphen with the second in lower case: "Jong-un", "Ki-moon" (not "Holtz-Eakin").
pub(super) fn is_korean_given_name(word: &str) -> bool {
    // Two syllables of at most four letters and a hyphen: most words are ruled out by length.
    if !(3..=9).contains(&word.len()) {
        return false;
    }
    let Some((first, second)) = word.split_once('-') else {
        return false;
    };
    let syllable =
        |s: &str| (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic());
    syllable(first)
        && syllable(second)
        && first.starts_with(|c: char| c.is_ascii_uppercase())
        && first[1..].bytes().all(|b| b.is_ascii_lowercase())
        && second.bytes().all(|b| b.is_ascii_lowercase())
}

/// The title that mention `m` (of person `p`) gives, if any: in the name's run ("London Mayor
/// Sadiq Khan") or in lower case just before it ("Republican nominee Donald Trump", "deputy
/// press secretary Sarah Sanders"), with the words describing it.
fn title_given(text: &str, tokens: &[Token], m: &Mention, p: usize) -> Option<Title> {
    let lower_title = || {
        let b = m.run_first.checked_sub(1)?;
        let t = &tokens[b];
        let w = t.text(text);
        (t.is_word() && !t.cap && !t.quoted && super::names::is_title(w)).then_some(b)
    };
    let t = m.title.or_else(lower_title)?;
    let word = tokens[t].text(text);
    // "Vice-President": the title is the last part; '-' is ASCII, so a byte search finds it.
    let hyphen = word.bytes().rposition(|b| b == b'-');
    let title = hyphen.map_or(word, |h| &word[h + 1..]).to_ascii_lowercase();
    let title = unabbreviated(&title).map_or(title, str::to_string);
    // Its describing words, back to punctuation or a word that describes nothing:
    // "Republican presidential" of "said Republican presidential nominee X".
    let describes = |i: &usize| {
        let w = &tokens[*i];
        let word = w.text(text);
        // Not across a line break: the line before is another sentence or a header.
        !tokens[*i + 1].after_newline
            && w.is_word()
            && !w.quoted
            && super::source_words::words().flags(word) & FUNCTION == 0
            && super::cues::cue_kind(word).is_none()
    };
    let lo = (t.saturating_sub(QUALIFIERS)..t)
        .rev()
        .take_while(describes)
        .last()
        .unwrap_or(t);
    // "former Arkansas Gov. Mike Huckabee" is no longer "the governor"; "former" may open the
    // run beyond the describing words ("former Republican House Majority Leader Dick Armey").
    let former = (lo.min(m.run_first.saturating_sub(1))..t)
        .any(|i| tokens[i].text(text).eq_ignore_ascii_case("former"));
    let mut qualifiers = String::new();
    for token in &tokens[lo..t] {
        let word = token.text(text);
        if !word.eq_ignore_ascii_case("former") {
            qualifiers.push_str(&qualifier_form(word));
            qualifiers.push(' ');
        }
    }
    // "Vice-President": the joined word describes the title as a word before it would.
    if let Some(describing) = hyphen.map(|h| &word[..h]) {
        qualifiers.push_str(&describing.to_lowercase().replace('-', " "));
        qualifiers.push(' ');
    }
    Some(Title {
        at: m.start,
        title: if former {
            format!("former {title}")
        } else {
            title
        },
        qualifiers,
        person: p,
    })
}

/// What the titles of a surname said alone ("Mr. Obama") say of its gender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SurnameGender {
    /// No title said a gender.
    Untold,
    /// Every title said this one.
    Agreed(Gender),
    /// Titles of both genders: "Mr. Kim", "Mrs. Kim".
    Mixed,
}

impl SurnameGender {
    /// The gender the titles agree on; `Unknown` when they said none or disagree.
    fn agreed(self) -> Gender {
        match self {
            SurnameGender::Agreed(gender) => gender,
            _ => Gender::Unknown,
        }
    }
}

/// The gender the titles of each surname said alone give it ("Mr. Obama" -> male), by form.
fn surname_genders(mentions: &[Mention], forms: usize, of: &[MentionForms]) -> Vec<SurnameGender> {
    let mut genders = vec![SurnameGender::Untold; forms];
    for (k, m) in mentions.iter().enumerate() {
        if m.first != m.last || m.gender == Gender::Unknown {
            continue;
        }
        let said = &mut genders[of[k].name];
        *said = match *said {
            SurnameGender::Untold => SurnameGender::Agreed(m.gender),
            SurnameGender::Agreed(g) if g == m.gender => SurnameGender::Agreed(g),
            _ => SurnameGender::Mixed,
        };
    }
    genders
}

/// The person a first name belongs to, when only one full name has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FirstNameOf {
    Nobody,
    One(usize),
    /// Two people or more share it.
    Several,
}

/// Where a full name ending in a surname is: (byte offset, person, gender).
type Surnamed = (usize, usize, Gender);

/// The numbers of the lower-case forms of one mention.
#[derive(Debug, Clone, Copy)]
struct MentionForms {
    /// The name as shown ("sadiq khan"), or the word said alone ("khan").
    name: usize,
    /// A full name's surname ("khan"); a word alone's own form.
    surname: usize,
    /// A full name's first word ("sadiq"); a word alone's own form.
    first: usize,
}

/// Numbers the lower-case forms of every mention, and gives each mention's.
fn number_forms(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
) -> (FormNumbers, Vec<MentionForms>) {
    let mut forms = FormNumbers::with_capacity(3 * mentions.len());
    let of = mentions
        .iter()
        .map(|m| {
            if m.first == m.last {
                let name = forms.number(&text[m.start..m.end]);
                return MentionForms {
                    name,
                    surname: name,
                    first: name,
                };
            }
            MentionForms {
                name: forms.number(&display(&text[m.start..m.end])),
                surname: forms.number(&text[tokens[m.last].start()..m.end]),
                first: forms.number(tokens[m.first].text(text)),
            }
        })
        .collect();
    (forms, of)
}
