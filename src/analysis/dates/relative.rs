//! Dates that count from the day of publication: "yesterday", "on Saturday", "last week",
//! "earlier this month", "two days ago". Each needs a publication date; without one it is
//! skipped, except a weekday that an absolute date follows ("Friday, June 9, 2017").
//!
//! A bare weekday is the nearest such day before publication in a past-tense clause and after it
//! in a future one; the day of publication's own weekday is that day itself. That last rule
//! departs from "strictly before": in news-33k, a Friday article's "said Friday" is that Friday
//! (6 of 50 sampled mentions were a week off under the strict rule).

use super::calendar::{self, Days};
use super::words::{self, Lex, Modifier, Unit};
use super::{absolute, Found, Sentence};
use jiff::civil::{Date, Weekday};

/// The relative date whose head token is `at`, if any.
pub(super) fn at(s: &Sentence, at: usize) -> Option<Found> {
    match s.lex(at)? {
        Lex::Weekday(weekday) => weekday_date(s, at, weekday),
        Lex::Day(offset) => day_word(s, at, offset),
        Lex::Unit(unit) => shifted_unit(s, at, unit),
        Lex::TimeOfDay => last_night(s, at),
        Lex::Ago => ago(s, at),
        _ => None,
    }
}

/// "on Saturday", "Saturday night", "last Monday", "next Tuesday", "Friday, June 9".
fn weekday_date(s: &Sentence, at: usize, weekday: Weekday) -> Option<Found> {
    let comma = usize::from(s.punct(at + 1) == Some(b','));
    if let Some(date) = absolute::at(s, at + 1 + comma).filter(|d| d.first == at + 1 + comma) {
        return Some(Found { first: at, ..date });
    }
    let before = at.wrapping_sub(1);
    // "Black Friday", "the Sunday Times", "every Monday": names and habits, not dates.
    if words::listed(words::NAME_BEFORE_WEEKDAY, s.raw(before)) && s.capitalized(before)
        || words::listed(words::NAME_AFTER_WEEKDAY, s.raw(at + 1)) && s.capitalized(at + 1)
        || words::listed(words::HABIT_BEFORE_WEEKDAY, s.raw(before))
    {
        return None;
    }
    let published = s.published?;
    let last = if s.lex(at + 1) == Some(Lex::TimeOfDay) {
        at + 1
    } else {
        at
    };
    let (first, future) = match s.lex(before) {
        Some(Lex::Modifier(Modifier::Last)) => (before, false),
        Some(Lex::Modifier(Modifier::Next)) => (before, true),
        // "early Monday", "late Saturday night", "this Tuesday": the tense decides.
        Some(Lex::Modifier(Modifier::Early | Modifier::Late | Modifier::This)) => {
            (before, future_tense(s, at))
        }
        _ => (at, future_tense(s, at)),
    };
    // A bare weekday that is the day of publication is that day: a Friday article's "said
    // Friday" is today; the Friday before would be "last Friday".
    let bare = first == at
        || s.lex(before) != Some(Lex::Modifier(Modifier::Last))
            && s.lex(before) != Some(Lex::Modifier(Modifier::Next));
    let day = if bare && published.weekday() == weekday {
        published
    } else {
        calendar::nearest_weekday(published, weekday, future)?
    };
    Some(Found::new(first, last, (day, day)))
}

/// "today", "tonight", "yesterday", "tomorrow". A capitalized one after a capitalized word is a
/// name: "USA Today".
fn day_word(s: &Sentence, at: usize, offset: i8) -> Option<Found> {
    let before = at.wrapping_sub(1);
    if s.capitalized(at) && s.capitalized(before) && s.lex(before) != Some(Lex::Cue) {
        return None;
    }
    let day = calendar::add_days(s.published?, i64::from(offset))?;
    Some(Found::new(at, at, (day, day)))
}

/// "last night", "this morning".
fn last_night(s: &Sentence, at: usize) -> Option<Found> {
    let before = at.wrapping_sub(1);
    let offset = match s.lex(before) {
        Some(Lex::Modifier(Modifier::Last)) if s.is(at, "night") || s.is(at, "evening") => -1,
        Some(Lex::Modifier(Modifier::This)) if !s.is(at, "overnight") => 0,
        _ => return None,
    };
    let day = calendar::add_days(s.published?, offset)?;
    Some(Found::new(before, at, (day, day)))
}

/// "this week", "last month", "next year", "earlier this month", "late last year",
/// "the past week" (the seven days up to publication).
fn shifted_unit(s: &Sentence, at: usize, unit: Unit) -> Option<Found> {
    let before = at.wrapping_sub(1);
    let Some(Lex::Modifier(shift)) = s.lex(before) else {
        return None;
    };
    // "the last week of June" is a week of June, not the week before publication.
    if s.is(at + 1, "of") || s.raw(at).ends_with(b"s") {
        return None;
    }
    let published = s.published?;
    let the_before = s.is(before.wrapping_sub(1), "the");
    let range = match (shift, the_before) {
        (Modifier::Past, _) | (Modifier::Last, true) => trailing(published, unit)?,
        (Modifier::This, _) => period(published, unit, 0)?,
        (Modifier::Last, false) => period(published, unit, -1)?,
        (Modifier::Next, _) => period(published, unit, 1)?,
        _ => return None,
    };
    let outer = before.wrapping_sub(1);
    match s.lex(outer) {
        Some(Lex::Modifier(Modifier::Earlier)) if shift == Modifier::This => {
            let yesterday = calendar::add_days(published, -1)?.max(range.0);
            Some(Found::new(outer, at, (range.0, yesterday.min(range.1))))
        }
        Some(Lex::Modifier(Modifier::Later)) if shift == Modifier::This => {
            let tomorrow = calendar::add_days(published, 1)?.min(range.1);
            Some(Found::new(outer, at, (tomorrow.max(range.0), range.1)))
        }
        Some(Lex::Modifier(m @ (Modifier::Early | Modifier::Mid | Modifier::Late))) => {
            Some(Found::new(outer, at, calendar::third(range, m)?))
        }
        _ => Some(Found::new(before, at, range)),
    }
}

/// The week, weekend, month or year holding `date`, moved `by` whole periods.
fn period(date: Date, unit: Unit, by: i64) -> Option<Days> {
    match unit {
        Unit::Day => None,
        Unit::Week => calendar::week(calendar::add_days(date, 7 * by)?),
        Unit::Weekend => calendar::weekend(calendar::add_days(date, 7 * by)?),
        Unit::Month => {
            let month = calendar::add_months(date, by)?;
            calendar::month(month.year(), month.month())
        }
        Unit::Year => calendar::year(date.year().checked_add(i16::try_from(by).ok()?)?),
    }
}

/// The span of one unit that ends on `date`: "the past week" is the seven days up to it.
fn trailing(date: Date, unit: Unit) -> Option<Days> {
    let days = match unit {
        Unit::Day => 1,
        Unit::Week => 7,
        Unit::Weekend => return None,
        Unit::Month => 30,
        Unit::Year => 365,
    };
    Some((calendar::add_days(date, -days)?, date))
}

/// "two days ago", "3 weeks ago", "a year ago".
fn ago(s: &Sentence, at: usize) -> Option<Found> {
    let unit_at = at.wrapping_sub(1);
    let Some(Lex::Unit(unit)) = s.lex(unit_at) else {
        return None;
    };
    let count_at = unit_at.wrapping_sub(1);
    let count = match (s.lex(count_at), s.number(count_at)) {
        (Some(Lex::Count(n)), _) => i64::from(n),
        (None, Some((n, digits))) if digits <= 3 && n > 0 => i64::from(n),
        _ => return None,
    };
    let published = s.published?;
    let range = match unit {
        Unit::Day => {
            let day = calendar::add_days(published, -count)?;
            (day, day)
        }
        Unit::Weekend => return None,
        _ => period(published, unit, -count)?,
    };
    Some(Found::new(count_at, at, range))
}

/// Whether the verb nearest a weekday, within its clause, puts it in the future: "will be held
/// on Tuesday" is future, "was killed on Saturday" past. The nearest cue wins, the one before on
/// a tie ("said on Tuesday he would resign" is past). A clause ends at "that", "if" and the like
/// ("told CNN Sunday that he would" is past). With no cue, news reports the past.
fn future_tense(s: &Sentence, at: usize) -> bool {
    let before = (0..at)
        .rev()
        .take_while(|&i| !ends_clause(s, i))
        .find_map(|i| Some((at - i, tense_of(s, i)?)));
    let after = (at + 1..s.tokens.len())
        .take_while(|&i| !ends_clause(s, i))
        .find_map(|i| Some((i - at, tense_of(s, i)?)));
    match (before, after) {
        (Some((near, future)), Some((far, _))) if near <= far => future,
        (_, Some((_, future))) | (Some((_, future)), None) => future,
        (None, None) => false,
    }
}

/// Words and marks that bound the clause a weekday's tense is read from.
fn ends_clause(s: &Sentence, at: usize) -> bool {
    const WORDS: &[&str] = &[
        "that", "which", "who", "because", "if", "when", "while", "but", "although",
    ];
    match s.punct(at) {
        Some(b';' | b'"' | b'(' | b')') => true,
        Some(_) => false,
        // Curly double quotes are three bytes; their first byte is enough to stop at.
        None => {
            WORDS.iter().any(|w| s.is(at, w))
                || s.text
                    .get(s.tokens[at].start..)
                    .is_some_and(|t| t.starts_with("“".as_bytes()) || t.starts_with("”".as_bytes()))
        }
    }
}

/// Whether the word at `index` marks the future (`Some(true)`), the past, or neither.
fn tense_of(s: &Sentence, index: usize) -> Option<bool> {
    let raw = s.raw(index);
    match s.lex(index)? {
        Lex::Future => Some(true),
        // "won't" is "won" + "'t".
        Lex::Past if s.is(index, "won") => {
            let t = s.apostrophe(index + 1).filter(|_| s.joined(index + 1));
            Some(t.is_some_and(|t| s.is(t, "t")))
        }
        // "to be held": future. "was held": past.
        Lex::Past if s.is(index, "held") && s.is(index.wrapping_sub(1), "be") => Some(true),
        Lex::Past => Some(false),
        _ if words::listed(words::FUTURE_BEFORE_TO, raw) && s.is(index + 1, "to") => Some(true),
        _ if words::is_past_ed(raw) => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::read;

    /// The seed article's day of publication, a Friday.
    const FRIDAY: &str = "2017-06-09";

    #[test]
    fn words_for_days_near_publication() {
        assert_eq!(
            read("The mayor spoke today.", FRIDAY),
            ["today = 2017-06-09"]
        );
        assert_eq!(
            read("The mayor spoke yesterday.", FRIDAY),
            ["yesterday = 2017-06-08"]
        );
        assert_eq!(
            read("The mayor speaks tomorrow.", FRIDAY),
            ["tomorrow = 2017-06-10"]
        );
        assert_eq!(
            read("Police were called last night.", FRIDAY),
            ["last night = 2017-06-08"]
        );
        assert_eq!(
            read("She told USA Today the plan was sound.", FRIDAY),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_weekday_in_the_past_tense_is_the_one_before() {
        assert_eq!(
            read("Trump mocked the comment on Sunday.", FRIDAY),
            ["Sunday = 2017-06-04"]
        );
        assert_eq!(
            read("In a tweet on Monday morning, Trump bashed Khan.", FRIDAY),
            ["Monday morning = 2017-06-05"]
        );
        assert_eq!(
            read("He resigned last Monday.", FRIDAY),
            ["last Monday = 2017-06-05"]
        );
        // The day of publication's own weekday is that day; "last" or "next" moves a week.
        assert_eq!(
            read("The talks collapsed on Friday.", FRIDAY),
            ["Friday = 2017-06-09"]
        );
        assert_eq!(
            read("The talks collapsed last Friday.", FRIDAY),
            ["last Friday = 2017-06-02"]
        );
        assert_eq!(
            read("The talks resume next Friday.", FRIDAY),
            ["next Friday = 2017-06-16"]
        );
        // No tense cue at all: news reports the past.
        assert_eq!(read("Chaos on Tuesday.", FRIDAY), ["Tuesday = 2017-06-06"]);
    }

    #[test]
    fn a_weekday_in_the_future_tense_is_the_one_after() {
        assert_eq!(
            read("The vote will be held on Tuesday.", FRIDAY),
            ["Tuesday = 2017-06-13"]
        );
        assert_eq!(
            read("The summit is expected to open Monday.", FRIDAY),
            ["Monday = 2017-06-12"]
        );
        assert_eq!(
            read("Parliament meets next Tuesday.", FRIDAY),
            ["next Tuesday = 2017-06-13"]
        );
        assert_eq!(
            read("He won't attend on Monday.", FRIDAY),
            ["Monday = 2017-06-12"]
        );
        // The nearest verb wins, the one before on a tie: said on Tuesday, resign later.
        assert_eq!(
            read("He said on Tuesday he would resign.", FRIDAY),
            ["Tuesday = 2017-06-06"]
        );
        // A clause after "that" has its own tense: the telling was on Sunday, the act to come.
        assert_eq!(
            read("He told CNN on Sunday that he would resign.", FRIDAY),
            ["Sunday = 2017-06-04"]
        );
    }

    #[test]
    fn a_weekday_before_a_full_date_takes_the_date() {
        assert_eq!(
            read("It opened on Friday, June 2, 2017.", FRIDAY),
            ["Friday, June 2, 2017 = 2017-06-02"]
        );
    }

    #[test]
    fn weeks_months_and_years_around_publication() {
        assert_eq!(
            read("Talks resumed this week.", FRIDAY),
            ["this week = 2017-06-05..2017-06-11"]
        );
        assert_eq!(
            read("Talks stalled last week.", FRIDAY),
            ["last week = 2017-05-29..2017-06-04"]
        );
        assert_eq!(
            read("Talks resume next week.", FRIDAY),
            ["next week = 2017-06-12..2017-06-18"]
        );
        assert_eq!(
            read("He was elected earlier this month.", FRIDAY),
            ["earlier this month = 2017-06-01..2017-06-08"]
        );
        assert_eq!(
            read("Prices rose last month.", FRIDAY),
            ["last month = 2017-05-01..2017-05-31"]
        );
        assert_eq!(
            read("Prices rose last year.", FRIDAY),
            ["last year = 2016-01-01..2016-12-31"]
        );
        assert_eq!(
            read("A visit is planned later this year.", FRIDAY),
            ["later this year = 2017-06-10..2017-12-31"]
        );
        assert_eq!(
            read("Sales fell over the past week.", FRIDAY),
            ["past week = 2017-06-02..2017-06-09"]
        );
        assert_eq!(
            read("She met him last weekend.", FRIDAY),
            ["last weekend = 2017-06-03..2017-06-04"]
        );
        // "the last week of June" is a week of June, not the week before publication.
        assert_eq!(
            read("It was the last week of June.", FRIDAY),
            ["June = 2017-06-01..2017-06-30"]
        );
    }

    #[test]
    fn counted_back_from_publication() {
        assert_eq!(
            read("The bridge reopened two days ago.", FRIDAY),
            ["two days ago = 2017-06-07"]
        );
        assert_eq!(
            read("The bridge closed 3 weeks ago.", FRIDAY),
            ["3 weeks ago = 2017-05-15..2017-05-21"]
        );
        assert_eq!(
            read("The bridge closed a year ago.", FRIDAY),
            ["a year ago = 2016-01-01..2016-12-31"]
        );
    }
}
