//! The people of one article: groups the name mentions `names` finds into people, each with one
//! canonical name ("Mr Khan", "Khan" -> "Sadiq Khan"), a gender as titles show it, and the titles
//! the article gives them ("London Mayor Sadiq Khan" makes him "the mayor").

use super::names::{first_name_gender, is_common_non_name, is_place, Gender, Mention};
use super::source_words::FUNCTION;
use super::tokens::Token;
// Maps keyed by the article's own words use a hash seeded per process, so no text can flood
// them, and one far cheaper than std's SipHash on these short keys.
use foldhash::HashMap;

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
        // Surname -> (where, person, gender) of each full name ending in it.
        let mut by_surname: HashMap<String, Vec<(usize, usize, Gender)>> = HashMap::default();
        // First name -> the one person with it, or None once two people share it.
        let mut by_first: HashMap<String, Option<usize>> = HashMap::default();
        people.resolve_full(text, tokens, mentions, |_, m, id| {
            let surname = text[tokens[m.last].start..m.end].to_lowercase();
            let gender = match m.gender {
                Gender::Unknown => first_name_gender(tokens[m.first].text(text)),
                known => known,
            };
            by_surname
                .entry(surname)
                .or_default()
                .push((m.start, id, gender));
            // Korean names put the family name first: "Kim Jong-un" ... "Kim said".
            if m.last == m.first + 1 && is_korean_given_name(tokens[m.last].text(text)) {
                let family = tokens[m.first].text(text).to_lowercase();
                by_surname
                    .entry(family)
                    .or_default()
                    .push((m.start, id, gender));
            }
            let first = tokens[m.first].text(text).to_lowercase();
            let only = by_first.entry(first).or_insert(Some(id));
            if *only != Some(id) {
                *only = None;
            }
        });
        // Family members share a surname, so articles call them by their first names: "Dorie
        // Greenspan and her husband Michael Greenspan ... says Michael".
        let mut shares_surname = vec![false; people.names.len()];
        for full in by_surname.values() {
            if full.iter().any(|&(_, id, _)| id != full[0].1) {
                for &(_, id, _) in full {
                    shares_surname[id] = true;
                }
            }
        }
        let surname_genders = surname_genders(text, mentions);
        let mut by_single: HashMap<String, usize> = HashMap::default();
        let mut first_names: Vec<(usize, usize)> = Vec::new();
        let mut key = String::new();
        for (k, m) in mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.first == m.last)
        {
            let word = &text[m.start..m.end];
            lower_into(&mut key, word);
            // "Mr. Obama" is not "Michelle Obama": a surname whose titles ("Mr.") say a gender
            // is the person of that gender, or of none known.
            let gender = match m.gender {
                Gender::Unknown => surname_genders.get(&key).copied().unwrap_or_default(),
                known => known,
            };
            let fits = |&&(_, _, g): &&(usize, usize, Gender)| {
                gender == Gender::Unknown || g == Gender::Unknown || g == gender
            };
            let full_name = by_surname.get(&key).and_then(|full| {
                // The nearest earlier full name (positions are in order), else the first.
                let earlier = full.partition_point(|(at, _, _)| *at < m.start);
                let before = full[..earlier].iter().rev().find(fits);
                before.or_else(|| full[earlier..].iter().find(fits))
            });
            people.of_mention[k] = match full_name {
                Some(&(_, id, _)) => id,
                None => {
                    if let Some(&Some(id)) = by_first.get(&key) {
                        first_names.push((k, id));
                    }
                    match by_single.get(&key) {
                        Some(&id) => id,
                        None => {
                            let id = people.add(word.to_string());
                            by_single.insert(key.clone(), id);
                            id
                        }
                    }
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
        mut each: impl FnMut(usize, &Mention, usize),
    ) {
        let full = || {
            mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.first != m.last)
        };
        // Each multi-word mention's key, made once; the maps below borrow them (and their
        // word-aligned endings) instead of copying.
        let keys: Vec<(usize, String)> = full()
            .map(|(k, m)| (k, display(&text[m.start..m.end]).to_lowercase()))
            .collect();
        // The names the article writes in its own voice, outside quotations.
        let mut unquoted: foldhash::HashSet<&str> = foldhash::HashSet::default();
        let mut by_full: HashMap<&str, usize> = HashMap::default();
        for (k, key) in &keys {
            let m = &mentions[*k];
            if !by_full.contains_key(key.as_str()) {
                let id = self.add(display(&text[m.start..m.end]).into_owned());
                by_full.insert(key, id);
            }
            if !tokens[m.first].quoted {
                unquoted.insert(key);
            }
        }
        // A name that ends a longer one is that person: "Al Rashed" in "Yasmin Al Rashed".
        // Each name's word-aligned endings are looked up, the longest owner winning.
        let mut owner: HashMap<&str, (usize, usize)> = HashMap::default();
        // An epithet before a name is not part of it: "Crooked Hillary Clinton", a common word
        // or a form only quotations use (a quoted tweet), is the article's "Hillary Clinton",
        // who keeps her name.
        let mut epithets: Vec<(&str, usize)> = Vec::new();
        for (&key, &id) in &by_full {
            for (cut, _) in key.match_indices(' ') {
                let ending = &key[cut + 1..];
                // Only one word longer: "Stock Images Eli Norton" is a caption run into a name.
                let one_more = !key[..cut].contains(' ');
                let quoted_only = !unquoted.contains(key) && unquoted.contains(ending);
                let epithet = one_more
                    && ending.contains(' ')
                    && (quoted_only || is_common_non_name(&key[..cut]));
                if epithet {
                    if let Some(&shorter) = by_full.get(ending) {
                        epithets.push((key, shorter));
                    }
                    continue;
                }
                // The longest name wins, and of two as long the first named: the same answer
                // whatever order the map gives.
                let wins = owner.get(ending).is_none_or(|&(len, other)| {
                    len < key.len() || (len == key.len() && id < other)
                });
                if one_more && wins && by_full.contains_key(ending) {
                    owner.insert(ending, (key.len(), id));
                }
            }
        }
        for (ending, (_, id)) in owner {
            by_full.insert(ending, id);
        }
        for (longer, shorter) in epithets {
            by_full.insert(longer, shorter);
        }
        for (k, key) in &keys {
            let id = by_full[key.as_str()];
            self.of_mention[*k] = id;
            each(*k, &mentions[*k], id);
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
fn display(name: &str) -> std::borrow::Cow<'_, str> {
    let folded = !name.contains("  ")
        && !name.chars().any(|c| c.is_whitespace() && c != ' ')
        && !name.starts_with(' ')
        && !name.ends_with(' ');
    if folded {
        return name.into();
    }
    name.split_whitespace().collect::<Vec<_>>().join(" ").into()
}

/// Puts `word` in lower case into `buf`, reusing its allocation (as `str::to_lowercase`).
pub(super) fn lower_into(buf: &mut String, word: &str) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        buf.push_str(&word.to_lowercase());
    }
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
    let title = word.rsplit('-').next().unwrap_or(word).to_ascii_lowercase();
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
    if let Some((describing, _)) = word.rsplit_once('-') {
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

/// The gender the titles of each surname said alone give it ("Mr. Obama" -> male), lower-cased
/// surname to gender; surnames with titles of both genders ("Mr. Kim", "Mrs. Kim") are left out.
fn surname_genders(text: &str, mentions: &[Mention]) -> HashMap<String, Gender> {
    let mut genders: HashMap<String, Gender> = HashMap::default();
    let mut mixed: Vec<String> = Vec::new();
    for m in mentions.iter().filter(|m| m.first == m.last) {
        if m.gender == Gender::Unknown {
            continue;
        }
        let key = text[m.start..m.end].to_lowercase();
        match genders.get(&key) {
            Some(&g) if g != m.gender => mixed.push(key),
            Some(_) => {}
            None => {
                genders.insert(key, m.gender);
            }
        }
    }
    for key in mixed {
        genders.remove(&key);
    }
    genders
}
