//! Dates written with a four-digit year and no month name: "2017-06-03", "in 2016",
//! "early 2016", "the 1990s", "the ’90s"; and the checks that keep counts ("2,000 people",
//! "by 2000 votes") from being read as years.

use super::absolute::{narrow, narrowed_start};
use super::calendar;
use super::words::Lex;
use super::{Found, Sentence};
use jiff::civil::Date;

/// A four-digit year at `at` that is not part of a bigger number: "2017" in "June 3, 2017".
pub(super) fn year_number(s: &Sentence, at: usize) -> Option<i16> {
    let (value, digits) = s.number(at)?;
    if digits != 4 || !(1000..=2999).contains(&value) || !s.tokens[at].gap {
        return None;
    }
    (!joined_number_follows(s, at)).then_some(value as i16)
}

/// "2017-06-03" or "2017/06/03".
pub(super) fn iso(s: &Sentence, at: usize) -> Option<Found> {
    let separator = s.punct(at + 1).filter(|b| matches!(b, b'-' | b'/'))?;
    let parts = [at + 1, at + 2, at + 3, at + 4];
    if !parts.iter().all(|&p| s.joined(p)) || s.punct(at + 3) != Some(separator) {
        return None;
    }
    let (year, _) = s.number(at)?;
    let (month, month_digits) = s.number(at + 2)?;
    let (day, day_digits) = s.number(at + 4)?;
    if month_digits > 2 || day_digits > 2 || s.joined(at + 5) && s.punct(at + 5) == Some(separator)
    {
        return None;
    }
    let date = Date::new(i16::try_from(year).ok()?, month as i8, day as i8).ok()?;
    Some(Found::new(at, at + 4, (date, date)))
}

/// "the 1990s", "the 1800s" (a century), "the mid-1990s", "1990's".
pub(super) fn decade(s: &Sentence, at: usize) -> Option<Found> {
    let (value, _) = s.number(at)?;
    let suffix = if s.joined(at + 1) && s.is(at + 1, "s") {
        at + 1
    } else {
        let after = s.apostrophe(at + 1).filter(|_| s.joined(at + 1))?;
        (s.joined(after) && s.is(after, "s")).then_some(after)?
    };
    if value % 10 != 0 || !(1000..=2090).contains(&value) {
        return None;
    }
    let span = if value % 100 == 0 && value < 2000 {
        99
    } else {
        9
    };
    let from = Date::new(value as i16, 1, 1).ok()?;
    let to = Date::new((value + span) as i16, 12, 31).ok()?;
    let (first, modifier) = narrowed_start(s, at);
    Some(Found::new(first, suffix, narrow((from, to), modifier)?))
}

/// "the ’90s", "the '80s": the century is the later one that has begun by publication, so an
/// article of 2019 reads "’10s" as the 2010s and "’90s" as the 1990s.
pub(super) fn short_decade(s: &Sentence, at: usize) -> Option<Found> {
    let (value, digits) = s.number(at)?;
    if digits != 2 || value % 10 != 0 || !s.joined(at) || !(s.joined(at + 1) && s.is(at + 1, "s")) {
        return None;
    }
    let start = s.tokens[at].start;
    let before = &s.text[..start];
    let apostrophe = if before.ends_with(b"'") {
        at.checked_sub(1)?
    } else if before.ends_with("’".as_bytes()) || before.ends_with("‘".as_bytes()) {
        at.checked_sub(3)?
    } else {
        return None;
    };
    let year = match s.published {
        Some(published) if 2000 + value as i16 <= published.year() => 2000 + value as i16,
        Some(_) => 1900 + value as i16,
        None if value >= 20 => 1900 + value as i16,
        None => 2000 + value as i16,
    };
    let range = (
        Date::new(year, 1, 1).ok()?,
        Date::new(year + 9, 12, 31).ok()?,
    );
    Some(Found::new(apostrophe, at + 1, range))
}

/// A four-digit year after a cue: "in 2016", "since 2001", "early 2016", "from 2010 to 2015".
pub(super) fn cued_year(s: &Sentence, at: usize) -> Option<Found> {
    let year = year_number(s, at)?;
    let (first, modifier) = narrowed_start(s, at);
    let before = first.wrapping_sub(1);
    let cued = modifier.is_some()
        || matches!(s.lex(before), Some(Lex::Cue))
        || s.is(before, "year")
        || (["and", "to", "or"].iter().any(|w| s.is(before, w))
            && year_number(s, before.wrapping_sub(1)).is_some());
    if !cued || part_of_bigger_number(s, at) || counts_something(s, at + 1, year) {
        return None;
    }
    Some(Found::new(
        first,
        at,
        narrow(calendar::year(year)?, modifier)?,
    ))
}

/// The number at `at` goes on after it: "1,400", "3.5", "2:30".
pub(super) fn joined_number_follows(s: &Sentence, at: usize) -> bool {
    s.joined(at + 1)
        && matches!(s.punct(at + 1), Some(b',' | b'.' | b':'))
        && s.joined(at + 2)
        && s.number(at + 2).is_some()
}

/// The number at `at` continues one before it: "1,400", "$2,016", "3.2017".
pub(super) fn part_of_bigger_number(s: &Sentence, at: usize) -> bool {
    let before = at.wrapping_sub(1);
    s.joined(at)
        && (matches!(s.punct(before), Some(b'$' | b'#' | b'.' | b','))
            || s.number(before.wrapping_sub(1)).is_some() && s.punct(before).is_some())
}

/// A number used as a count, not a year: "by 2000 votes", "in 1500 homes".
fn counts_something(s: &Sentence, after: usize, year: i16) -> bool {
    let raw = s.raw(after);
    let lowercase_word = s.lex(after).is_some() && raw.first().is_some_and(u8::is_ascii_lowercase);
    if !lowercase_word {
        return false;
    }
    let plural = raw.len() > 3 && raw.ends_with(b"s") && !raw.ends_with(b"ss");
    let collective = [
        "people", "men", "women", "children", "police", "staff", "feet", "times",
    ]
    .iter()
    .any(|w| s.is(after, w));
    let year_noun = ["elections", "olympics", "midterms", "primaries", "games"]
        .iter()
        .any(|w| s.is(after, w));
    // Years before 1900 need a clearer frame: "in 1500 homes" is a count.
    (plural || collective) && !year_noun
        || year < 1900 && !matches!(s.lex(after), Some(Lex::Cue | Lex::Past))
}

#[cfg(test)]
mod tests {
    use super::super::read;

    const FRIDAY: &str = "2017-06-09";

    #[test]
    fn a_year_needs_a_cue_and_must_not_count_something() {
        assert_eq!(
            read("The plant closed in 2016.", FRIDAY),
            ["2016 = 2016-01-01..2016-12-31"]
        );
        assert_eq!(
            read("Prices have risen since 2001.", FRIDAY),
            ["2001 = 2001-01-01..2001-12-31"]
        );
        assert_eq!(
            read("Work starts in early 2018.", FRIDAY),
            ["early 2018 = 2018-01-01..2018-04-30"]
        );
        assert_eq!(read("It grew from 2010 to 2015.", FRIDAY).len(), 2);
        assert_eq!(
            read("The team scored 2017 points.", FRIDAY),
            Vec::<String>::new()
        );
        assert_eq!(read("She won by 2000 votes.", FRIDAY), Vec::<String>::new());
        assert_eq!(
            read("The fund paid $2,016 in fees.", FRIDAY),
            Vec::<String>::new()
        );
    }

    #[test]
    fn decades_and_centuries() {
        assert_eq!(
            read("Crime fell in the 1990s.", FRIDAY),
            ["1990s = 1990-01-01..1999-12-31"]
        );
        assert_eq!(
            read("Crime fell in the mid-1990s.", FRIDAY),
            ["mid-1990s = 1994-01-01..1996-12-31"]
        );
        assert_eq!(
            read("The town was built in the 1800s.", FRIDAY),
            ["1800s = 1800-01-01..1899-12-31"]
        );
        assert_eq!(
            read("It was a hit in the ’90s.", FRIDAY),
            ["’90s = 1990-01-01..1999-12-31"]
        );
        assert_eq!(
            read("It was a hit in the '10s.", FRIDAY),
            ["'10s = 2010-01-01..2019-12-31"]
        );
    }
}
