//! Dates that name their own day or month: "June 3, 2017", "3 June", "May 2016", "in March".
//! Years and decades alone ("in 2016", "the 1990s", "2017-06-03") are in `years`.

use super::calendar::{self, Days};
use super::words::{self, Lex, Modifier};
use super::{years, Found, Sentence};
use jiff::civil::Date;

/// The absolute date whose head token is `at`, if any.
pub(super) fn at(s: &Sentence, at: usize) -> Option<Found> {
    match s.lex(at) {
        Some(Lex::Month {
            number,
            abbreviated,
        }) => month_first(s, at, number, abbreviated),
        Some(_) => None,
        None => {
            let (_, digits) = s.number(at)?;
            if digits == 4 {
                years::iso(s, at)
                    .or_else(|| years::decade(s, at))
                    .or_else(|| years::cued_year(s, at))
            } else {
                years::short_decade(s, at).or_else(|| day_first(s, at))
            }
        }
    }
}

/// "June 3", "Sept. 3, 2017", "June 3rd", "June 3-5", "May 2016", "June, 2017", "in March".
fn month_first(s: &Sentence, at: usize, month: i8, abbreviated: bool) -> Option<Found> {
    // Lowercase "may" and "march" are verbs; capitals mark the month.
    if !s.capitalized(at) {
        return None;
    }
    let mut next = at + 1;
    if abbreviated && s.joined(next) && s.punct(next) == Some(b'.') {
        next += 1;
    }
    if let Some((day, after_day)) = day_number(s, next) {
        let (day_to, after) = day_range_end(s, after_day).unwrap_or((day, after_day));
        return day_and_year(s, at, after, month, (day, day_to));
    }
    let comma = usize::from(s.punct(next) == Some(b','));
    if let Some(year) = years::year_number(s, next + comma) {
        let first = narrowed_start(s, at);
        let range = calendar::month(year, month)?;
        return Some(Found::new(first.0, next + comma, narrow(range, first.1)?));
    }
    if abbreviated {
        return None;
    }
    month_of_year(s, at, month).or_else(|| cued_month(s, at, month))
}

/// "May of 2016", "March of last year", "May of next year".
fn month_of_year(s: &Sentence, at: usize, month: i8) -> Option<Found> {
    if !s.is(at + 1, "of") {
        return None;
    }
    let (year, last) = match (years::year_number(s, at + 2), s.lex(at + 2)) {
        (Some(year), _) => (year, at + 2),
        (None, Some(Lex::Modifier(shift))) if s.is(at + 3, "year") => {
            let by = match shift {
                Modifier::Last => -1,
                Modifier::This => 0,
                Modifier::Next => 1,
                _ => return None,
            };
            (s.published?.year().checked_add(by)?, at + 3)
        }
        _ => return None,
    };
    let (first, narrowing) = narrowed_start(s, at);
    Some(Found::new(
        first,
        last,
        narrow(calendar::month(year, month)?, narrowing)?,
    ))
}

/// "3 June", "3rd of June 2017", "3 Jun. 2017".
fn day_first(s: &Sentence, at: usize) -> Option<Found> {
    if years::part_of_bigger_number(s, at) {
        return None;
    }
    let (day, mut next) = day_number(s, at)?;
    if s.is(next, "of") {
        next += 1;
    }
    let Some(Lex::Month {
        number,
        abbreviated,
    }) = s.lex(next)
    else {
        return None;
    };
    if !s.capitalized(next) {
        return None;
    }
    next += 1;
    if abbreviated && s.joined(next) && s.punct(next) == Some(b'.') {
        next += 1;
    }
    day_and_year(s, at, next, number, (day, day))
}

/// The year after a day and month, or the nearest year to publication if none is written.
/// `next` is the token after the day (and its suffix).
fn day_and_year(
    s: &Sentence,
    first: usize,
    next: usize,
    month: i8,
    days: (i8, i8),
) -> Option<Found> {
    let comma = usize::from(s.punct(next) == Some(b','));
    if let Some(year) = years::year_number(s, next + comma) {
        let range = (
            Date::new(year, month, days.0).ok()?,
            Date::new(year, month, days.1).ok()?,
        );
        return Some(Found::new(first, next + comma, range));
    }
    // "the September 11 attacks" names a day of 2001, whenever the article was written.
    if (month, days) == (9, (11, 11)) && words::listed(words::SEPTEMBER_11_NOUNS, s.raw(next)) {
        let day = Date::new(2001, 9, 11).ok()?;
        return Some(Found::new(first, next - 1, (day, day)));
    }
    let range = calendar::nearest_year(s.published?, |year| {
        Some((
            Date::new(year, month, days.0).ok()?,
            Date::new(year, month, days.1).ok()?,
        ))
    })?;
    Some(Found::new(first, next - 1, range))
}

/// A day of the month at `at`, with an optional "rd"/"th" suffix: the day and the next index.
fn day_number(s: &Sentence, at: usize) -> Option<(i8, usize)> {
    let (value, digits) = s.number(at)?;
    if digits > 2 || !(1..=31).contains(&value) {
        return None;
    }
    // "May 1,400" and "June 3.5" are not days.
    if years::joined_number_follows(s, at) {
        return None;
    }
    let suffix = s.joined(at + 1) && ["st", "nd", "rd", "th"].iter().any(|x| s.is(at + 1, x));
    Some((value as i8, at + 1 + usize::from(suffix)))
}

/// The end of a day range, "June 3-5": the last day and the index after it.
fn day_range_end(s: &Sentence, at: usize) -> Option<(i8, usize)> {
    let dash = if s.punct(at) == Some(b'-') {
        1
    } else if s.raw(at) == [0xE2]
        && s.text
            .get(s.tokens[at].start..)?
            .starts_with("–".as_bytes())
    {
        3
    } else {
        0
    };
    if dash == 0 || !s.joined(at) || !s.joined(at + dash) {
        return None;
    }
    let (value, digits) = s.number(at + dash)?;
    (digits <= 2 && (1..=31).contains(&value)).then_some((value as i8, at + dash + 1))
}

/// A month alone after a cue: "in March", "last March", "early March", "mid-March".
/// Not "the March for Life" or "protesters will march": no cue, or no capital.
fn cued_month(s: &Sentence, at: usize, month: i8) -> Option<Found> {
    let (first, narrowing) = narrowed_start(s, at);
    let before = first.wrapping_sub(1);
    let shift = match (narrowing, s.lex(at.wrapping_sub(1))) {
        (None, Some(Lex::Modifier(m @ (Modifier::Last | Modifier::Next | Modifier::This)))) => {
            Some(m)
        }
        _ => None,
    };
    let first = if shift.is_some() { at - 1 } else { first };
    let cued = shift.is_some() || narrowing.is_some() || preposition_cues_month(s, before);
    // "confidence in May's government", "presented by May of Russian involvement": the prime
    // minister, not the month; "by May of next year" stays a month.
    let of_what = s.is(at + 1, "of")
        && years::year_number(s, at + 2).is_none()
        && s.lex(at + 2) != Some(Lex::Modifier(Modifier::Last))
        && s.lex(at + 2) != Some(Lex::Modifier(Modifier::Next))
        && s.lex(at + 2) != Some(Lex::Modifier(Modifier::This));
    if !cued || month == 5 && (s.possessive(at + 1) || of_what) {
        return None;
    }
    let published = s.published?;
    let range = match shift {
        Some(Modifier::This) => calendar::month(published.year(), month)?,
        Some(Modifier::Last) => {
            let year = if month < published.month() {
                published.year()
            } else {
                published.year() - 1
            };
            calendar::month(year, month)?
        }
        Some(_) => {
            let year = if month > published.month() {
                published.year()
            } else {
                published.year() + 1
            };
            calendar::month(year, month)?
        }
        None => calendar::nearest_year(published, |year| calendar::month(year, month))?,
    };
    Some(Found::new(first, at, narrow(range, narrowing)?))
}

/// A preposition before a bare month that makes it a month: "in March", "since May", "the end
/// of May". "of" counts only after a word for part of a period: "a neighbour of May" is a name.
fn preposition_cues_month(s: &Sentence, before: usize) -> bool {
    if s.is(before, "of") {
        let part = before.wrapping_sub(1);
        return [
            "end",
            "beginning",
            "start",
            "middle",
            "rest",
            "month",
            "week",
            "first",
            "half",
        ]
        .iter()
        .any(|w| s.is(part, w));
    }
    matches!(s.lex(before), Some(Lex::Cue)) && !s.is(before, "on")
}

/// Where a mention starts once an "early", "mid-" or "late" before it is taken in.
pub(super) fn narrowed_start(s: &Sentence, at: usize) -> (usize, Option<Modifier>) {
    let hyphen = at > 0 && s.punct(at - 1) == Some(b'-') && s.joined(at);
    let before = if hyphen {
        at.wrapping_sub(2)
    } else {
        at.wrapping_sub(1)
    };
    match s.lex(before) {
        Some(Lex::Modifier(m @ (Modifier::Early | Modifier::Mid | Modifier::Late))) => {
            (before, Some(m))
        }
        _ => (at, None),
    }
}

pub(super) fn narrow(range: Days, modifier: Option<Modifier>) -> Option<Days> {
    modifier.map_or(Some(range), |m| calendar::third(range, m))
}

#[cfg(test)]
mod tests {
    use super::super::read;

    const FRIDAY: &str = "2017-06-09";

    #[test]
    fn full_dates_in_american_british_and_iso_order() {
        assert_eq!(
            read("The law passed on June 3, 2017, in a late vote.", FRIDAY),
            ["June 3, 2017 = 2017-06-03"]
        );
        assert_eq!(
            read("The law passed on 3 June 2017.", FRIDAY),
            ["3 June 2017 = 2017-06-03"]
        );
        assert_eq!(
            read("The filing is dated 2017-06-03.", FRIDAY),
            ["2017-06-03 = 2017-06-03"]
        );
        assert_eq!(
            read("It ends Jan. 15, 2019, officials said.", FRIDAY),
            ["Jan. 15, 2019 = 2019-01-15"]
        );
        assert_eq!(
            read("He was born on the 3rd of June 1990.", FRIDAY),
            ["3rd of June 1990 = 1990-06-03"]
        );
    }

    #[test]
    fn a_day_without_a_year_takes_the_year_nearest_publication() {
        assert_eq!(
            read("Voters went to the polls on June 3.", FRIDAY),
            ["June 3 = 2017-06-03"]
        );
        assert_eq!(
            read("The deadline is Sept. 3.", FRIDAY),
            ["Sept. 3 = 2017-09-03"]
        );
        assert_eq!(
            read("The fire started on Dec. 28.", "2018-01-04"),
            ["Dec. 28 = 2017-12-28"]
        );
        assert_eq!(
            read("It was built after the Sept. 11 attacks.", FRIDAY),
            ["Sept. 11 = 2001-09-11"]
        );
        assert_eq!(
            read("The summit runs June 12-14.", FRIDAY),
            ["June 12-14 = 2017-06-12..2017-06-14"]
        );
    }

    #[test]
    fn a_month_with_a_year_is_the_whole_month() {
        assert_eq!(
            read("Khan took office in May 2016.", FRIDAY),
            ["May 2016 = 2016-05-01..2016-05-31"]
        );
        assert_eq!(
            read("The talks began in February, 2015.", FRIDAY),
            ["February, 2015 = 2015-02-01..2015-02-28"]
        );
        assert_eq!(
            read("The talks began in March of last year.", FRIDAY),
            ["March of last year = 2016-03-01..2016-03-31"]
        );
    }

    #[test]
    fn a_month_alone_needs_a_cue() {
        assert_eq!(
            read("The bill passed in March.", FRIDAY),
            ["March = 2017-03-01..2017-03-31"]
        );
        assert_eq!(
            read("The bill passed last March.", "2017-02-01"),
            ["last March = 2016-03-01..2016-03-31"]
        );
        assert_eq!(
            read("The vote is set for early March.", "2017-02-01"),
            ["early March = 2017-03-01..2017-03-10"]
        );
        assert_eq!(
            read("Activists march in the rain.", FRIDAY),
            Vec::<String>::new()
        );
        assert_eq!(
            read("MPs lost faith in May's plan.", FRIDAY),
            Vec::<String>::new()
        );
        assert_eq!(
            read(
                "The evidence presented by May of Russian involvement.",
                FRIDAY
            ),
            Vec::<String>::new()
        );
        assert_eq!(
            read("A neighbour of May and her husband spoke.", FRIDAY),
            Vec::<String>::new()
        );
        assert_eq!(
            read("Rates fell by the end of May.", FRIDAY),
            ["May = 2017-05-01..2017-05-31"]
        );
        assert_eq!(
            read("It is due by May of next year.", FRIDAY),
            ["May of next year = 2018-05-01..2018-05-31"]
        );
    }

    #[test]
    fn impossible_dates_are_not_dates() {
        assert_eq!(
            read("It was filed on February 30, 2017.", FRIDAY),
            Vec::<String>::new()
        );
        assert_eq!(
            read("The code 2017-13-45 is wrong.", FRIDAY),
            Vec::<String>::new()
        );
    }
}
