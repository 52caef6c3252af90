//! Quotation detection over a whole article: finds the top-level quoted spans, telling quote marks
//! from apostrophes, tolerating unbalanced marks and following quotes across sentences and
//! paragraphs. One pass over the bytes, bounded nesting, so linear in the text whatever it holds.

/// A top-level quotation: from its opening mark to after its closing mark (or to the end of the
/// paragraph when it is never closed there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Byte offset of the opening mark.
    pub start: usize,
    /// Byte offset just past the closing mark, or the end of the paragraph.
    pub end: usize,
    /// Quotes that continue one quotation over several paragraphs share a group number.
    pub group: u32,
    /// Whether a closing mark ended it (false: cut at the paragraph end).
    pub closed: bool,
}

/// Which family of marks a quotation uses; a close only ends a quote of its own family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
}

/// What one mark does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open(Family),
    Close(Family),
    /// A straight mark whose context does not say: closes an open quote of its family, else opens.
    Toggle(Family),
}

/// Deeper nesting than this is ignored: real text nests two levels, runaway marks must stay cheap.
const MAX_DEPTH: usize = 4;

/// Finds the top-level quotations of `text`, in order, never overlapping.
pub fn find_quotes(text: &str) -> Vec<Quote> {
    let mut scan = Scanner::default();
    let b = text.as_bytes();
    let mut marks = Marks::new(b);
    while let Some(i) = marks.next_from(b) {
        let len = match b[i] {
            b'\n' => {
                marks.skip_to(scan.newline(b, i));
                continue;
            }
            b'"' | b'\'' => 1,
            0xE2 if b.len() > i + 2 && b[i + 1] == 0x80 && matches!(b[i + 2], 0x98..=0x9E) => 3,
            0xC2 if b.len() > i + 1 && matches!(b[i + 1], 0xAB | 0xBB) => 2,
            _ => 1,
        };
        if len > 1 || b[i] == b'"' || b[i] == b'\'' {
            if let Some(role) = classify(text, i, len, scan.open_family()) {
                scan.apply(role, i, i + len);
            }
        }
        marks.skip_to(i + len);
    }
    scan.finish(b, trim_end(b, b.len()));
    scan.quotes
}

/// Finds the bytes that may be quote marks or line breaks with SIMD searches (memchr), so the
/// scan touches only them: `"`, `'` and newline, and the lead bytes 0xE2 (“”‘’„) and 0xC2 («»).
struct Marks {
    pos: usize,
    ascii: Option<usize>,
    lead: Option<usize>,
}

impl Marks {
    fn new(b: &[u8]) -> Self {
        Marks {
            pos: 0,
            ascii: memchr::memchr3(b'"', b'\'', b'\n', b),
            lead: memchr::memchr2(0xE2, 0xC2, b),
        }
    }

    /// The next candidate at or after the current position.
    fn next_from(&mut self, b: &[u8]) -> Option<usize> {
        let from = self.pos;
        if self.ascii.is_some_and(|a| a < from) {
            self.ascii = memchr::memchr3(b'"', b'\'', b'\n', b.get(from..)?).map(|k| from + k);
        }
        if self.lead.is_some_and(|a| a < from) {
            self.lead = memchr::memchr2(0xE2, 0xC2, b.get(from..)?).map(|k| from + k);
        }
        match (self.ascii, self.lead) {
            (Some(a), Some(l)) => Some(a.min(l)),
            (a, l) => a.or(l),
        }
    }

    fn skip_to(&mut self, pos: usize) {
        self.pos = pos;
    }
}

/// The nesting state of the scan.
#[derive(Default)]
struct Scanner {
    stack: Vec<Family>,
    top_start: usize,
    group: u32,
    /// A quote left open at a paragraph end, and where the next paragraph starts: a quote opening
    /// right there continues it ("each paragraph reopens the mark, only the last closes it").
    pending: Option<(u32, usize)>,
    current_group: u32,
    quotes: Vec<Quote>,
}

impl Scanner {
    /// The innermost open family, which decides toggles and apostrophes.
    fn open_family(&self) -> OpenState {
        OpenState {
            double: self.stack.iter().any(|f| *f != Family::Single),
            single: self.stack.contains(&Family::Single),
        }
    }

    fn apply(&mut self, role: Role, at: usize, after: usize) {
        match role {
            Role::Open(f) => self.open(f, at),
            Role::Close(f) => self.close(f, after),
            Role::Toggle(f) if self.stack.contains(&f) => self.close(f, after),
            Role::Toggle(f) => self.open(f, at),
        }
    }

    fn open(&mut self, family: Family, at: usize) {
        if self.stack.len() >= MAX_DEPTH {
            return;
        }
        if self.stack.is_empty() {
            self.top_start = at;
            self.current_group = match self.pending.take() {
                Some((g, para_start)) if para_start == at => g,
                _ => {
                    self.group += 1;
                    self.group
                }
            };
        }
        self.stack.push(family);
    }

    fn close(&mut self, family: Family, after: usize) {
        // A close pops back to the innermost open quote of its family; marks opened inside it and
        // never closed (a stray ‘) go with it. A close with no such quote is a stray: ignored.
        let Some(k) = self.stack.iter().rposition(|f| *f == family) else {
            return;
        };
        self.stack.truncate(k);
        if k == 0 {
            self.emit(after, true);
        }
    }

    fn emit(&mut self, end: usize, closed: bool) {
        self.quotes.push(Quote {
            start: self.top_start,
            end,
            group: self.current_group,
            closed,
        });
    }

    /// Handles a newline at `i`; at a blank line ends the paragraph. Returns where to go on.
    fn newline(&mut self, b: &[u8], i: usize) -> usize {
        let mut j = i + 1;
        while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\r') {
            j += 1;
        }
        if j >= b.len() || b[j] != b'\n' {
            return j;
        }
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        self.finish(b, trim_end(b, i));
        if let Some((g, _)) = self.pending {
            self.pending = Some((g, j));
        }
        j
    }

    /// Ends the paragraph at `end`: a double quote still open runs to here and may go on in the
    /// next paragraph, unless its own words show where the missing closing mark belonged
    /// ("“We will not stop, said Mira Holt."); a single quote still open was most likely an
    /// apostrophe and is dropped.
    fn finish(&mut self, b: &[u8], end: usize) {
        self.pending = None;
        if let Some(first) = self.stack.first().copied() {
            if first != Family::Single && end > self.top_start {
                match cue_after_comma(b, self.top_start, end) {
                    Some(cut) => self.emit(cut, false),
                    None => {
                        self.emit(end, false);
                        self.pending = Some((self.current_group, usize::MAX));
                    }
                }
            }
        }
        self.stack.clear();
    }
}

/// Where a quotation left open in `b[from..to]` most likely ended: just past a comma followed by
/// an attribution, "..., said union leader Mira Holt", "..., Holt said", "..., she said".
fn cue_after_comma(b: &[u8], from: usize, to: usize) -> Option<usize> {
    const VERBS: [&[u8]; 6] = [b"said", b"says", b"told", b"added", b"asked", b"wrote"];
    const PRONOUNS: [&[u8]; 3] = [b"he", b"she", b"they"];
    // Enough for describing words or a title and a full name: "said union leader Mira Holt".
    const NAME_WITHIN: usize = 4;
    let verb = |w: &[u8]| VERBS.contains(&w);
    let capitalised = |w: &[u8]| w.first().is_some_and(u8::is_ascii_uppercase);
    let span = &b[from..to];
    for comma in memchr::memchr_iter(b',', span) {
        let mut words = [&b""[..]; NAME_WITHIN + 1];
        let found = span[comma + 1..]
            .split(|c| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .take(words.len());
        for (slot, word) in words.iter_mut().zip(found) {
            *slot = word;
        }
        let names = words.iter().take_while(|w| capitalised(w)).count();
        let attribution = (verb(words[0]) && words[1..].iter().any(|w| capitalised(w)))
            || (PRONOUNS.contains(&words[0]) && verb(words[1]))
            || (names > 0 && names <= NAME_WITHIN && verb(words[names]));
        if attribution {
            return Some(from + comma + 1);
        }
    }
    None
}

/// Which families are open where a mark is met.
#[derive(Debug, Clone, Copy)]
struct OpenState {
    double: bool,
    single: bool,
}

/// Decides what the mark `text[i..i + len]` does, from its shape and the characters around it.
fn classify(text: &str, i: usize, len: usize, open: OpenState) -> Option<Role> {
    let prev = text[..i].chars().next_back();
    let next = text[i + len..].chars().next();
    let opens_here = before_opening(prev) && next.is_some_and(|c| !c.is_whitespace());
    let closes_here = !before_opening(prev) && next.is_none_or(|c| !c.is_alphanumeric());
    match &text[i..i + len] {
        "\"" => Some(match (opens_here, closes_here) {
            (true, false) => Role::Open(Family::Double),
            (false, true) => Role::Close(Family::Double),
            _ => Role::Toggle(Family::Double),
        }),
        // “ opens, unless it plainly ends an open quote (“Go“ typed with the wrong mark).
        "“" | "„" if closes_here && !opens_here && open.double => {
            Some(Role::Close(Family::Double))
        }
        "“" | "„" => Some(Role::Open(Family::Double)),
        // ” closes, unless it plainly starts one with nothing open (”Go” in some styles).
        "”" if opens_here && !closes_here && !open.double => Some(Role::Open(Family::Double)),
        "”" => Some(Role::Close(Family::Double)),
        "«" => Some(Role::Open(Family::Guillemet)),
        "»" => Some(Role::Close(Family::Guillemet)),
        "'" | "‘" | "’" => single(text, i + len, prev, next, open),
        _ => None,
    }
}

/// A single mark is a quote only where it cannot be an apostrophe: Khan’s, don't, '90s, rock 'n'
/// roll and players’ union are apostrophes; ‘Go home’ is a quote.
fn single(
    text: &str,
    after: usize,
    prev: Option<char>,
    next: Option<char>,
    open: OpenState,
) -> Option<Role> {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if word(prev) && word(next) {
        return None; // Khan’s, don't
    }
    if word(prev) || prev.is_some_and(|c| matches!(c, '.' | ',' | '!' | '?')) {
        // After a word it closes an open single quote, else it is a plural possessive (players’).
        return open.single.then_some(Role::Close(Family::Single));
    }
    if before_opening(prev) && word(next) && !elision(&text[after..]) {
        return Some(Role::Open(Family::Single));
    }
    None
}

/// Words that begin with an apostrophe: 'n' (rock 'n' roll), 'em, 'til, '90s, 'cause.
fn elision(rest: &str) -> bool {
    let b = rest.as_bytes();
    if b.first().is_some_and(u8::is_ascii_digit) {
        return true; // '90s, '08
    }
    const ELIDED: [&str; 7] = ["n'", "n’", "em ", "til ", "cause ", "bout ", "tis "];
    ELIDED
        .iter()
        .any(|e| b.len() >= e.len() && b[..e.len()].eq_ignore_ascii_case(e.as_bytes()))
}

/// Whether a mark after `prev` stands where a quotation can open: text start, space, bracket, dash.
fn before_opening(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '"' | '\'' | '«' | ':'
                )
        }
    }
}

/// `i` moved back over trailing white space.
fn trim_end(b: &[u8], mut i: usize) -> usize {
    while i > 0 && b[i - 1].is_ascii_whitespace() {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find_quotes(text)
            .iter()
            .map(|q| &text[q.start..q.end])
            .collect()
    }

    #[test]
    fn curly_and_straight_quotes() {
        assert_eq!(quoted("“We will win,” she said."), ["“We will win,”"]);
        assert_eq!(quoted("He said \"no\" twice."), ["\"no\""]);
        assert_eq!(quoted("Le «oui» est là."), ["«oui»"]);
    }

    #[test]
    fn an_unclosed_quote_ends_where_its_attribution_starts() {
        assert_eq!(
            quoted("“We will not stop, said union leader Mira Holt. Then"),
            ["“We will not stop,"]
        );
        assert_eq!(quoted("“It is over, Holt said. Then"), ["“It is over,"]);
        assert_eq!(quoted("“It is over, she said. Then"), ["“It is over,"]);
        // No attribution after the comma: the quote runs on to the paragraph's end.
        assert_eq!(
            quoted("“The plan, said to be costly, is ready.\n\nNext"),
            ["“The plan, said to be costly, is ready."]
        );
    }

    #[test]
    fn nested_quote_stays_inside() {
        let t = "saying the mayor had to “think fast on his “no reason to be alarmed” statement”. Next.";
        assert_eq!(
            quoted(t),
            ["“think fast on his “no reason to be alarmed” statement”"]
        );
        let t = "He said: \"They called it 'a farce' today.\"";
        assert_eq!(quoted(t), ["\"They called it 'a farce' today.\""]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quoted("Mr Khan’s spokesperson didn't say.").is_empty());
        assert!(quoted("They played rock 'n' roll in the '90s.").is_empty());
        assert!(quoted("The players’ union agreed.").is_empty());
        assert_eq!(
            quoted("She called it ‘a disgrace’ on Monday."),
            ["‘a disgrace’"]
        );
    }

    #[test]
    fn unbalanced_marks_never_fail() {
        assert_eq!(quoted("He said “we will go. Then."), ["“we will go. Then."]);
        assert!(quoted("It ended” abruptly.").is_empty());
        let many = "“".repeat(100_000);
        assert_eq!(find_quotes(&many).len(), 1);
        assert!(find_quotes("").is_empty());
        assert!(find_quotes("'\"'\"").len() <= 2);
    }

    #[test]
    fn quote_over_several_sentences_and_paragraphs() {
        let t = "“First. Second.\n\n“Third,” he said.\n\nAfter.";
        let q = find_quotes(t);
        assert_eq!(q.len(), 2);
        assert_eq!(&t[q[0].start..q[0].end], "“First. Second.");
        assert_eq!(&t[q[1].start..q[1].end], "“Third,”");
        assert_eq!(q[0].group, q[1].group);
        assert!(!q[0].closed && q[1].closed);
    }

    #[test]
    fn a_new_quote_in_the_next_paragraph_is_a_new_group() {
        let t = "He said “one.\n\nThen “two,” she said.";
        let q = find_quotes(t);
        assert_eq!(q.len(), 2);
        assert_ne!(q[0].group, q[1].group);
    }
}
