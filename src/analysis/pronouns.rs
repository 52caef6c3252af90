//! Who a pronoun means: "he" and "she" the most recent person whose gender fits, "it" the
//! organisation and "they" the group that spoke in the last few sentences. Recency only: the
//! speaker, then the subject, of each sentence is remembered (see `subjects`).

use super::names::{Gender, People};
use super::speakers::SpeakerKind;
use super::subjects::{Speaker, Who};

/// The subject pronouns that may speak, and what each may mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pronoun {
    /// "he", "she": a person of that gender (or of unknown gender).
    Personal(Gender),
    /// "it": an organisation ("the company ... It said").
    It,
    /// "they": a group ("officials ... They said").
    They,
}

/// The pronoun `word` is, if it may be the subject of a speech verb.
pub(super) fn pronoun(word: &str) -> Option<Pronoun> {
    match word {
        "he" | "He" => Some(Pronoun::Personal(Gender::Male)),
        "she" | "She" => Some(Pronoun::Personal(Gender::Female)),
        "it" | "It" => Some(Pronoun::It),
        "they" | "They" => Some(Pronoun::They),
        _ => None,
    }
}

/// The speakers and sentence subjects seen so far, most recent last, for resolving pronouns;
/// with each person's gender as titles or earlier pronouns showed it.
#[derive(Debug, Default)]
pub(super) struct Recent {
    people: Vec<usize>,
    genders: Vec<Gender>,
    /// The last organisation that spoke, and the sentence it spoke in.
    organisation: Option<(Speaker, usize)>,
    /// The last group that spoke, and the sentence it spoke in.
    group: Option<(Speaker, usize)>,
    /// Sentences seen so far.
    sentence: usize,
}

impl Recent {
    const KEEP: usize = 6;
    /// "it" and "they" reach back this many sentences at most: further back they rarely mean
    /// the source that spoke then.
    const SOURCE_REACH: usize = 3;

    /// Nobody seen yet; genders as the article's titles give them.
    pub(super) fn new(people: &People) -> Self {
        Recent {
            genders: people.genders.clone(),
            ..Recent::default()
        }
    }

    /// Whether `person` is among the people recently noted: spoken or been spoken of.
    pub(super) fn knows(&self, person: usize) -> bool {
        self.people.contains(&person)
    }

    /// Moves on to the next sentence.
    pub(super) fn next_sentence(&mut self) {
        self.sentence += 1;
    }

    /// Remembers a speaker or subject of the current sentence.
    pub(super) fn note(&mut self, s: Speaker, people: &People) {
        let p = match s.who {
            Who::Person(p) => p,
            Who::Source(SpeakerKind::Group, _) => {
                self.group = Some((s, self.sentence));
                return;
            }
            Who::Source(..) => {
                self.organisation = Some((s, self.sentence));
                return;
            }
        };
        if !people.is_person[p] {
            return; // "Elmwood said" may be a place: "he" will not be it
        }
        self.people.retain(|&o| o != p);
        if self.people.len() == Self::KEEP {
            self.people.remove(0);
        }
        self.people.push(p);
    }

    /// Whom the pronoun means, if anyone recent fits it.
    pub(super) fn find(&mut self, pronoun: Pronoun) -> Option<Who> {
        match pronoun {
            Pronoun::Personal(gender) => self.person(gender).map(Who::Person),
            Pronoun::It => self.source(SpeakerKind::Organisation),
            Pronoun::They => self.source(SpeakerKind::Group),
        }
    }

    /// The most recent person whose known gender does not contradict the pronoun's (any
    /// person, for a description that says none: "the 32-year-old labourer"); their gender is
    /// learnt from it ("Ana Silva ... she said" makes Ana Silva female from then on).
    fn person(&mut self, gender: Gender) -> Option<usize> {
        let fits = |g: Gender| gender == Gender::Unknown || g == Gender::Unknown || g == gender;
        let p = *self.people.iter().rev().find(|&&p| fits(self.genders[p]))?;
        if gender != Gender::Unknown {
            self.genders[p] = gender;
        }
        Some(p)
    }

    /// The source of that kind that spoke within the last few sentences.
    fn source(&self, kind: SpeakerKind) -> Option<Who> {
        let last = match kind {
            SpeakerKind::Group => self.group,
            _ => self.organisation,
        };
        let (s, at) = last?;
        (self.sentence - at <= Self::SOURCE_REACH).then_some(s.who)
    }

    /// The organisation that spoke lately, if the article named it ("Facebook said"): whom
    /// "the company said" most likely means.
    pub(super) fn named_organisation(&self, text: &str) -> Option<Who> {
        let who = self.source(SpeakerKind::Organisation)?;
        let Who::Source(_, (start, _)) = who else {
            return None;
        };
        let named = text[start..].chars().next().is_some_and(char::is_uppercase);
        named.then_some(who)
    }
}
