//! Speaker attribution: puts quotations, cues and names together to say, for every sentence of an
//! article, who speaks in it and which of its bytes are quoted.
//!
//! Steps: (1) each sentence's cues name a speaker, a pronoun resolving to a recent person (see
//! `subjects`); a transcript label ("MARSH: ...") names the speaker of its paragraph;
//! (2) a quotation spread over several sentences or paragraphs takes the speaker of its cued
//! sentence; (3) a quotation with no cue takes the one person named beside it, else the speaker
//! or subject of the sentence before.

use super::organisations::organisation_for;
use super::pronouns::Recent;
use super::quotes::Quote;
use super::sentences::Sentence;
use super::source_words::{definite_organisation_noun, source_name};
use super::subjects::{Doc, Found, Speaker, Who};
use foldhash::HashMap;
use std::ops::Range;

/// What kind of source a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum SpeakerKind {
    /// A named person ("Sadiq Khan").
    #[default]
    Person,
    /// A named organisation ("the White House", "Facebook").
    Organisation,
    /// A group or an unnamed source ("officials", "a spokesperson", "police").
    Group,
}

impl SpeakerKind {
    /// The kind's name in output and queries: `person`, `organisation`, `group`.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Group => "group",
        }
    }
}

/// A speaker found for a sentence: the canonical name and where the article names them here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerMention {
    /// The fullest name the article gives this person, one canonical form per article ("Sadiq Khan").
    pub name: String,
    /// Byte offsets of the in-text mention this attribution rests on ("Khan", "Mr Khan", "he"),
    /// into the article text; for a sentence inside a longer quotation, the mention at its cue.
    pub start: usize,
    /// Byte offset just past the in-text mention.
    pub end: usize,
    /// Whether the speaker is a person, an organisation or a group.
    pub kind: SpeakerKind,
}

/// A person a sentence names without quoting or reporting them ("Trump mocked Khan's comment":
/// Khan is mentioned, not speaking).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMention {
    /// The person's canonical name in the article.
    pub name: String,
    /// Byte offset of the mention in the article text.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
}

/// What a sentence says about speech: who speaks in it and which of its bytes are quoted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attribution {
    /// Empty when nobody speaks; no duplicate names.
    pub speakers: Vec<SpeakerMention>,
    /// The sentence holds (part of) a direct quotation.
    pub quote: bool,
    /// The quoted byte ranges inside this sentence.
    pub quote_spans: Vec<Range<usize>>,
    /// The people the sentence names who are not among its speakers.
    pub mentions: Vec<NameMention>,
}

/// Attributes every sentence of an article: one Attribution per sentence, same order.
///
/// Page furniture that scrapers leave between paragraphs ("Advertisement", "Story continues
/// below") is read past, as a reader does: it speaks for nobody and does not separate a quotation
/// from the sentence that names its speaker.
pub fn attribute(text: &str, sentences: &[Sentence]) -> Vec<Attribution> {
    let mut furniture: Vec<bool> = sentences
        .iter()
        .map(|s| is_furniture(&text[s.start..s.end]))
        .collect();
    // A paragraph that ends in a photo credit is a caption: "Ana Ruiz looks at the display.
    // (THE CANADIAN PRESS/Jo Lee)".
    for (k, s) in sentences.iter().enumerate() {
        if is_photo_credit(&text[s.start..s.end]) {
            for (f, o) in furniture.iter_mut().zip(sentences).take(k + 1) {
                *f |= o.paragraph == s.paragraph;
            }
        }
    }
    if !furniture.contains(&true) {
        return attribute_prose(text, sentences);
    }
    let mut prose = Vec::with_capacity(sentences.len());
    let mut furniture_paragraphs = 0;
    for (s, &skip) in sentences.iter().zip(&furniture) {
        if skip {
            furniture_paragraphs += 1;
        } else {
            prose.push(Sentence {
                paragraph: s.paragraph.saturating_sub(furniture_paragraphs),
                ..*s
            });
        }
    }
    let mut attributed = attribute_prose(text, &prose).into_iter();
    furniture
        .iter()
        .map(|&skip| {
            if skip {
                Attribution::default()
            } else {
                attributed.next().unwrap_or_default()
            }
        })
        .collect()
}

/// Whether a sentence is a line of page furniture rather than the article's prose.
fn is_furniture(sentence: &str) -> bool {
    const FURNITURE: [&str; 11] = [
        "advertisement",
        "skip advertisement",
        "story continued below",
        "story continues below",
        "story continues below advertisement",
        "article continued below",
        "article continues below",
        "continue reading below",
        "continue reading",
        "more on this",
        "loading",
    ];
    // Links and captions: "READ MORE: Minister says ...", "WATCH: Bomb threats ...".
    // A site's lines: "Advertisement Continue reading the main story", "Newsletter Sign Up
    // Continue reading the main story", a video list's "JUST WATCHED ...", "MUST WATCH ...".
    const LABELS: [&str; 15] = [
        "READ MORE:",
        "MORE:",
        "WATCH:",
        "RELATED:",
        "VIDEO:",
        "PHOTOS:",
        "LISTEN:",
        "SEE ALSO:",
        "CLICK HERE",
        "READ:",
        "ADVERTISEMENT CONTINUE READING",
        "CONTINUE READING THE MAIN STORY",
        "NEWSLETTER SIGN UP",
        "JUST WATCHED",
        "MUST WATCH",
    ];
    let line = sentence.trim();
    // Only the labels starting with the sentence's letter are compared, and every label and
    // line of furniture starts with one of these: most sentences need no comparison at all.
    let first = line.bytes().next().map(|b| b.to_ascii_uppercase());
    let may_be_furniture = matches!(
        first,
        Some(b'A' | b'C' | b'J' | b'L' | b'M' | b'N' | b'P' | b'R' | b'S' | b'V' | b'W')
    );
    if !may_be_furniture {
        return false;
    }
    let labelled = LABELS.iter().any(|l| {
        first == Some(l.as_bytes()[0])
            && line
                .get(..l.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(l))
    });
    if labelled {
        return true;
    }
    let line = line.trim_end_matches(['.', ':', '…']).trim_end();
    line.len() <= 40 && FURNITURE.iter().any(|f| line.eq_ignore_ascii_case(f))
}

/// Whether a sentence is the credit that ends a photo caption: "(THE CANADIAN PRESS FILE
/// PHOTO)", "(Photo: Jo Lee/Getty Images)".
fn is_photo_credit(sentence: &str) -> bool {
    const CREDITS: [&str; 5] = ["photo", "getty", "press", "reuters", "afp"];
    let line = sentence.trim();
    if line.len() > 120 || !line.starts_with('(') || !line.ends_with(')') {
        return false;
    }
    let line = line.to_ascii_lowercase();
    CREDITS.iter().any(|c| line.contains(c))
}

/// Attributes the sentences of an article's prose: one Attribution per sentence, same order.
fn attribute_prose(text: &str, sentences: &[Sentence]) -> Vec<Attribution> {
    let doc = Doc::new(text);
    let ranges: Vec<Range<usize>> = sentences.iter().map(|s| doc.token_range(s)).collect();
    let mut recent = Recent::new(&doc.people);
    let mut found: Vec<Found> = ranges
        .iter()
        .map(|r| doc.cued_speakers(r.clone(), &mut recent))
        .collect();
    let spans = quote_spans(&doc.quotes, sentences);
    let mut introduced = HashMap::default();
    spread_over_labelled_paragraphs(sentences, &spans, &mut found);
    spread_over_quotes(&doc.quotes, &spans, &doc.credits_after_quotes(), &mut found);
    carry_to_uncued_quotes(&doc, sentences, &ranges, &spans, &mut found);
    carry_past_colon_introductions(text, sentences, &mut found);
    let mut names = SourceNames {
        introduced: &mut introduced,
    };
    // One list of the people each sentence names, reused: most sentences name someone.
    let mut named = Vec::new();
    found
        .into_iter()
        .zip(spans)
        .zip(ranges)
        .map(|((f, q), r)| attribution(&doc, f, q, r, &mut names, &mut named))
        .collect()
}

/// What names sources, article by article: the groups introduced with "a" ("a justice
/// official"), by head word.
struct SourceNames<'a> {
    introduced: &'a mut HashMap<String, String>,
}

impl SourceNames<'_> {
    /// The name of the source whose phrase is `span`: "the firm" is the organisation the
    /// article introduced as a firm, if one came before.
    fn name(&mut self, doc: &Doc, span: (usize, usize)) -> String {
        if let Some(name) = doc.owned_source_name(span) {
            return name;
        }
        if let Some(noun) = definite_organisation_noun(doc.text, span) {
            if let Some(name) = organisation_for(doc.organisations(), noun, span.0) {
                return name.to_string();
            }
        }
        source_name(doc.text, span, self.introduced)
    }
}

/// The public form of what the steps found for one sentence (its tokens: `range`). Its
/// mentions are the people it names who are not among its speakers. `named` is room for the
/// people it names.
fn attribution(
    doc: &Doc,
    found: Found,
    spans: Vec<Range<usize>>,
    range: Range<usize>,
    names: &mut SourceNames,
    named: &mut Vec<(usize, usize, usize)>,
) -> Attribution {
    let mut speakers: Vec<SpeakerMention> = Vec::with_capacity(found.speakers.len());
    for s in &found.speakers {
        let (name, kind) = match s.who {
            // "Russia denied it": a country speaks as its government does.
            Who::Person(p) if super::names::is_place(&doc.people.names[p]) => {
                (doc.people.names[p].clone(), SpeakerKind::Organisation)
            }
            Who::Person(p) => (doc.people.names[p].clone(), SpeakerKind::Person),
            Who::Source(kind, span) => (names.name(doc, span), kind),
        };
        if !speakers.iter().any(|o| o.name == name) {
            speakers.push(SpeakerMention {
                name,
                start: s.at.0,
                end: s.at.1,
                kind,
            });
        }
    }
    let speaking = |p: usize| found.speakers.iter().any(|s| s.person() == Some(p));
    doc.people_named(range, named);
    let mentions = named
        .iter()
        .filter(|&&(p, _, _)| !speaking(p))
        .map(|&(p, start, end)| NameMention {
            name: doc.people.names[p].clone(),
            start,
            end,
        })
        .collect();
    Attribution {
        speakers,
        quote: !spans.is_empty(),
        quote_spans: spans,
        mentions,
    }
}

/// The parts of the quotations inside each sentence (sentences in order, quotations in order).
fn quote_spans(quotes: &[Quote], sentences: &[Sentence]) -> Vec<Vec<Range<usize>>> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut q = 0;
    for s in sentences {
        while q < quotes.len() && quotes[q].end <= s.start {
            q += 1;
        }
        let inside = quotes[q..].iter().take_while(|x| x.start < s.end);
        out.push(
            inside
                .map(|x| x.start.max(s.start)..x.end.min(s.end))
                .filter(|r| !r.is_empty())
                .collect(),
        );
    }
    out
}

/// A label opening a paragraph ("MARSH: We start now. ...") names the speaker of all its
/// sentences, and of the paragraphs right after it that go on quoting with no label or speaker
/// of their own, as transcripts reopen the quotation mark at each paragraph of one answer
/// ("\"PENCE: Well, ... \n\n\"But the truth is ...").
fn spread_over_labelled_paragraphs(
    sentences: &[Sentence],
    spans: &[Vec<Range<usize>>],
    found: &mut [Found],
) {
    let mut current: Option<(u32, Speaker)> = None;
    for ((s, f), quoted) in sentences.iter().zip(found.iter_mut()).zip(spans) {
        // Opens with a quotation that is most of it: not a word in scare quotes.
        let opens_quoting = || {
            quoted
                .first()
                .is_some_and(|q| q.start == s.start && q.len() * 2 >= s.end - s.start)
        };
        match (f.label, current) {
            (true, _) => current = f.speakers.first().map(|&sp| (s.paragraph, sp)),
            (false, Some((p, sp))) if p == s.paragraph && f.speakers.is_empty() => f.add(sp),
            (false, Some((p, sp))) if s.paragraph == p + 1 && opens_quoting() => {
                if f.speakers.is_empty() {
                    f.add(sp);
                    current = Some((s.paragraph, sp));
                } else {
                    current = None;
                }
            }
            (false, Some((p, _))) if p != s.paragraph => current = None,
            _ => {}
        }
    }
}

/// Step 2: a quotation running over several sentences (or paragraphs) takes the speaker of the
/// sentence that carries its cue: “A. B,” she said. -> both sentences are hers. A credit after
/// the quotation ("“A. B.” ― Dana Marsh") names its speaker first.
fn spread_over_quotes(
    quotes: &[Quote],
    spans: &[Vec<Range<usize>>],
    credits: &[(u32, Speaker)],
    found: &mut [Found],
) {
    let group_of = |r: &Range<usize>| {
        let k = quotes.partition_point(|q| q.end <= r.start);
        quotes.get(k).map(|q| q.group)
    };
    let mut speaker_of_group: HashMap<u32, Speaker> = credits.iter().copied().collect();
    for (f, sp) in found.iter().zip(spans) {
        if let Some(&s) = f.speakers.first() {
            for g in sp.iter().filter_map(group_of) {
                speaker_of_group.entry(g).or_insert(s);
            }
        }
    }
    for (f, sp) in found.iter_mut().zip(spans) {
        if f.speakers.is_empty() {
            if let Some(&s) = sp
                .iter()
                .filter_map(group_of)
                .find_map(|g| speaker_of_group.get(&g))
            {
                f.add(s);
            }
        }
    }
}

/// A paragraph that ends by introducing what someone said ("The governor added:") gives its
/// speaker to the next paragraph, whose sentences have no cue of their own: the words it
/// introduces, quoted or set apart as a block quotation without marks.
fn carry_past_colon_introductions(text: &str, sentences: &[Sentence], found: &mut [Found]) {
    for k in 1..sentences.len() {
        let (s, prev) = (&sentences[k], &sentences[k - 1]);
        let introduces = text[prev.start..prev.end].trim_end().ends_with(':')
            && found[k - 1].cued
            && s.paragraph == prev.paragraph + 1;
        let Some(&speaker) = found[k - 1].speakers.first().filter(|_| introduces) else {
            continue;
        };
        for j in k..sentences.len() {
            if sentences[j].paragraph != s.paragraph {
                break;
            }
            if found[j].cued || !found[j].speakers.is_empty() {
                break;
            }
            found[j].add(speaker);
        }
    }
}

/// The most words before a colon that only lead into a quotation: "Then, after a pause:".
const LEAD_IN_WORDS: usize = 8;

/// How many sentences back a resumed quotation looks for its speaker.
const RESUME_WITHIN: usize = 3;

/// Step 3: a sentence that is mostly quotation and has no cue takes the speaker of the sentence
/// before (or the one it asked), else the person that sentence is about or the only one it names,
/// when it is in the same or previous paragraph:
/// "A reporter asked Sarah Sanders if ... “Honestly I’ve got better things to do”." -> Sanders.
fn carry_to_uncued_quotes(
    doc: &Doc,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    spans: &[Vec<Range<usize>>],
    found: &mut [Found],
) {
    for k in 1..sentences.len() {
        let (s, prev) = (&sentences[k], &sentences[k - 1]);
        let quoted: usize = spans[k].iter().map(|r| r.len()).sum();
        // "Then, after a pause: “A few beers.”": words that only lead into the quotation.
        let led_in = spans[k].first().is_some_and(|r| {
            let before = doc.text.get(s.start..r.start).unwrap_or("");
            before.trim_end().ends_with(':') && before.split_whitespace().count() <= LEAD_IN_WORDS
        });
        let mostly_quote = quoted * 2 >= s.end - s.start || led_in;
        let near = s.paragraph <= prev.paragraph + 1;
        // A quotation in single marks standing alone is a heading: ‘Nearly ready’.
        let single = spans[k]
            .first()
            .is_some_and(|r| doc.text[r.start..].starts_with(['\'', '‘']));
        if found[k].cued || !found[k].speakers.is_empty() || !mostly_quote || !near || single {
            continue;
        }
        // The lead-in's own subject introduces its quotation: "Sanders delivered a retort:".
        if let Some(subject) = found[k].subject.filter(|_| led_in) {
            found[k].add(subject);
            continue;
        }
        // Someone named beside the quotation is its speaker, not whoever spoke before:
        // "« C'est fini », a dit Jean Tremblay.", "“We waited three years,” Ana Ruiz beamed."
        if let Some(named) = doc.sole_person(ranges[k].clone()) {
            found[k].add(named);
            continue;
        }
        let before = &found[k - 1];
        // A quotation resumed after a sentence about someone else is still the last quoted
        // speaker's: “...,” said Hadwin. Silverman also won. “We are proud ...” -> Hadwin.
        // Not across a section: the resumed quotation is in this paragraph or the one before.
        let resumed = (2..=RESUME_WITHIN.min(k)).find_map(|back| {
            let f = &found[k - back];
            let same_section = sentences[k - back].paragraph + 1 >= s.paragraph;
            (same_section && !spans[k - back].is_empty()).then(|| f.speakers.first().copied())?
        });
        let resumed = resumed.filter(|_| spans[k - 1].is_empty() && before.asked.is_none());
        let carried = before
            .asked
            .or(before.speakers.last().copied())
            .or(resumed)
            .or(before.subject);
        let carried = carried.or_else(|| doc.sole_person(ranges[k - 1].clone()));
        if let Some(sp) = carried {
            found[k].add(sp);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_resumed_quotation_is_the_last_quoted_speakers() {
        let t = "“We did well,” said Ana Silva. Tom Reed also won last year.\n\n“We are proud.”";
        assert_eq!(who(t)[2], ["Ana Silva"]);
    }

    #[test]
    fn someone_named_beside_an_uncued_quotation_is_its_speaker() {
        let t = "Mayor Ada Quill said the port would open.\n\n\
                 « Nous serons prêts pour la saison », a dit Jean Tremblay.\n\n\
                 “We have waited three long years for this day,” Tom Reyes beamed.";
        let who = who(t);
        assert_eq!(who[1], ["Jean Tremblay"]);
        assert_eq!(who[2], ["Tom Reyes"]);
    }

    use super::*;
    use crate::analysis::sentences::split_sentences;

    /// The speaker names of each sentence of `text`.
    fn who(text: &str) -> Vec<Vec<String>> {
        let sentences = split_sentences(text, 0);
        attribute(text, &sentences)
            .into_iter()
            .map(|a| a.speakers.into_iter().map(|s| s.name).collect())
            .collect()
    }

    #[test]
    fn page_furniture_speaks_for_nobody_and_is_read_past() {
        let t = "“We cook at home,” said Dora Lind.\n\nArticle Continued Below\n\n“I loved it.”\n\nAdvertisement\n\nShe left.";
        assert_eq!(
            who(t),
            [vec!["Dora Lind"], vec![], vec!["Dora Lind"], vec![], vec![]]
        );
        let t = "“We cook at home,” said Dora Lind.\n\nAdvertisement Continue reading the main \
                 story\n\n“I loved it.”\n\nJUST WATCHED Lind says the soup is ready Replay More \
                 Videos ...";
        assert_eq!(
            who(t),
            [vec!["Dora Lind"], vec![], vec!["Dora Lind"], vec![]]
        );
    }

    #[test]
    fn uncued_quote_takes_the_one_asked() {
        let t = "A reporter asked Maria Lopez about the bridge. “It will reopen in May.”";
        assert_eq!(who(t)[1], ["Maria Lopez"]);
    }

    #[test]
    fn a_quoted_heading_takes_nobody() {
        let t = "Maria Lopez said the bridge was safe.\n\n‘Nearly ready’\n\nIt opens soon.";
        assert_eq!(who(t)[1], Vec::<String>::new());
    }

    #[test]
    fn quote_spans_are_the_quoted_bytes() {
        let t = "Maria Lopez said the bridge was “nearly ready” on Monday. It opens soon.";
        let a = attribute(t, &split_sentences(t, 0));
        assert!(a[0].quote && !a[1].quote);
        assert_eq!(&t[a[0].quote_spans[0].clone()], "“nearly ready”");
        assert_eq!(
            &t[a[0].speakers[0].start..a[0].speakers[0].end],
            "Maria Lopez"
        );
    }

    #[test]
    fn pronouns_and_split_quotes() {
        let got = who("Ana Silva runs the shelter.\n\n“We are full,” she said. “Nobody can stay.”");
        assert_eq!(
            got,
            [
                vec![],
                vec!["Ana Silva".to_string()],
                vec!["Ana Silva".to_string()]
            ]
        );
    }

    #[test]
    fn a_credit_after_a_pull_quote_names_its_speaker() {
        let t =
            "Voters spoke.\n“We are tired. We want change.” ― Ana Silva\n“It is late.” ― Tom Reed.";
        // Sentences: "Voters spoke.", "“We are tired.", "We want change.”",
        // "― Ana Silva\n“It is late.”", "― Tom Reed".
        let got = who(t);
        assert_eq!(got[1], ["Ana Silva"]);
        assert_eq!(got[2], ["Ana Silva"]);
        assert_eq!(got[3], ["Tom Reed"]);
    }

    #[test]
    fn quote_over_paragraphs_takes_the_cue_at_its_end() {
        let got = who("Ana Silva spoke.\n\n“We are full.\n\n“Nobody can stay,” Silva said.");
        assert_eq!(got[1], ["Ana Silva"]);
        assert_eq!(got[2], ["Ana Silva"]);
    }

    const SEED: &str = include_str!("../../sample-corpus/uk/2017/london-bridge-2017.txt");

    fn seed_sentence(starting: &str) -> Vec<String> {
        let sentences = split_sentences(SEED, 0);
        let k = sentences
            .iter()
            .position(|s| SEED[s.start..].starts_with(starting))
            .expect("sentence");
        attribute(SEED, &sentences)[k]
            .speakers
            .iter()
            .map(|s| s.name.clone())
            .collect()
    }

    #[test]
    fn seed_khan_says_is_sadiq_khan() {
        assert_eq!(
            seed_sentence("Khan says that London residents"),
            ["Sadiq Khan"]
        );
    }

    #[test]
    fn seed_de_blasio_defending_khan() {
        assert_eq!(
            seed_sentence("NY mayor Bill de Blasio also took"),
            ["Bill de Blasio"]
        );
        assert_eq!(
            seed_sentence("New York Mayor Bill De Blasio said"),
            ["Bill de Blasio"]
        );
    }

    #[test]
    fn seed_trump_bashes_khan_saying() {
        assert_eq!(seed_sentence("In one of a series of tweets"), ["Trump"]);
        assert_eq!(seed_sentence("Officials said assailants"), ["officials"]);
    }

    #[test]
    fn seed_uncued_quote_takes_the_one_just_named() {
        assert_eq!(
            seed_sentence("“Honestly I’ve got better"),
            ["Sarah Huckabee Sanders"]
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "",
            "“",
            "\"\"\"'",
            "said",
            "he said",
            "“a” said",
            "according to",
            ", said Khan",
            "Mr.",
        ] {
            let _ = who(t);
        }
        let many = "“ said he ".repeat(20_000);
        assert_eq!(
            attribute(&many, &split_sentences(&many, 0)).len(),
            split_sentences(&many, 0).len()
        );
    }
}
