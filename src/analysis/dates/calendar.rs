//! Calendar arithmetic on `jiff::civil::Date` that never panics: every step that could leave
//! the calendar's range returns `None`.

use super::words::Modifier;
use jiff::civil::{Date, Weekday};
use jiff::Span;

/// An inclusive range of days.
pub type Days = (Date, Date);

/// `date` moved by `days` (negative for earlier).
pub fn add_days(date: Date, days: i64) -> Option<Date> {
    date.checked_add(Span::new().try_days(days).ok()?).ok()
}

/// The first day of the month `months` after the one holding `date`.
pub fn add_months(date: Date, months: i64) -> Option<Date> {
    let span = Span::new().try_months(months).ok()?;
    date.first_of_month().checked_add(span).ok()
}

/// A whole month.
pub fn month(year: i16, month: i8) -> Option<Days> {
    let first = Date::new(year, month, 1).ok()?;
    Some((first, first.last_of_month()))
}

/// A whole year.
pub fn year(year: i16) -> Option<Days> {
    Some((Date::new(year, 1, 1).ok()?, Date::new(year, 12, 31).ok()?))
}

/// The Monday-to-Sunday week holding `date` (ISO 8601 weeks, as British and most news usage).
pub fn week(date: Date) -> Option<Days> {
    let monday = add_days(date, -i64::from(date.weekday().to_monday_zero_offset()))?;
    Some((monday, add_days(monday, 6)?))
}

/// The Saturday and Sunday of the week holding `date`.
pub fn weekend(date: Date) -> Option<Days> {
    let (monday, _) = week(date)?;
    Some((add_days(monday, 5)?, add_days(monday, 6)?))
}

/// The days between two dates, `to - from`.
pub fn days_between(from: Date, to: Date) -> i64 {
    from.duration_until(to).as_secs() / 86_400
}

/// The most recent `weekday` strictly before `date`, or the next one strictly after it.
pub fn nearest_weekday(date: Date, weekday: Weekday, future: bool) -> Option<Date> {
    date.nth_weekday(if future { 1 } else { -1 }, weekday).ok()
}

/// Narrows a month, year or decade to its first, middle or last third, in its own units:
/// "early March" is March 1-10, "late 2016" September to December, "the mid-1990s" 1994-1996.
pub fn third(range: Days, modifier: Modifier) -> Option<Days> {
    let (from, to) = range;
    let whole_years = from.month() == 1 && from.day() == 1 && to.month() == 12 && to.day() == 31;
    let years = i64::from(to.year()) - i64::from(from.year()) + 1;
    if whole_years && years > 1 {
        // "the early 1990s" is 1990-1993; the remainder goes to the early part.
        let part = years / 3;
        let (skip, keep) = split(years, part, modifier, years - 2 * part)?;
        let first = Date::new(from.year().checked_add(i16::try_from(skip).ok()?)?, 1, 1).ok()?;
        return Some((
            first,
            Date::new(
                first.year().checked_add(i16::try_from(keep - 1).ok()?)?,
                12,
                31,
            )
            .ok()?,
        ));
    }
    if whole_years {
        let (skip, _) = split(12, 4, modifier, 4)?;
        let first = add_months(from, skip)?;
        return Some((first, add_months(first, 4)?.yesterday().ok()?));
    }
    // Days: "late March" takes the remainder, March 21-31.
    let days = days_between(from, to) + 1;
    let (skip, keep) = split(days, days / 3, modifier, days / 3)?;
    if keep == 0 {
        return Some(range);
    }
    let first = add_days(from, skip)?;
    Some((first, add_days(first, keep - 1)?))
}

/// The units to skip and keep for a third of `total`, given the size of the middle part and of
/// the early part; the late part takes what is left.
fn split(total: i64, middle: i64, modifier: Modifier, early: i64) -> Option<(i64, i64)> {
    match modifier {
        Modifier::Early => Some((0, early)),
        Modifier::Mid => Some((early, middle)),
        Modifier::Late => Some((early + middle, total - early - middle)),
        _ => None,
    }
}

/// Of the same month or day in the year before, of, or after publication, the one nearest to
/// `published`: an article of June 2017 that says "June 3" means 2017, one of January 2018
/// that says "Dec. 28" means 2017.
pub fn nearest_year(published: Date, candidate: impl Fn(i16) -> Option<Days>) -> Option<Days> {
    let year = published.year();
    let distance = |range: &Days| {
        if range.1 < published {
            days_between(range.1, published)
        } else if range.0 > published {
            days_between(published, range.0)
        } else {
            0
        }
    };
    [year.checked_sub(1), Some(year), year.checked_add(1)]
        .into_iter()
        .flatten()
        .filter_map(candidate)
        .min_by_key(distance)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn early_mid_and_late_march_are_thirds() {
        let march = month(2017, 3).unwrap();
        assert_eq!(
            third(march, Modifier::Early),
            Some((date(2017, 3, 1), date(2017, 3, 10)))
        );
        assert_eq!(
            third(march, Modifier::Mid),
            Some((date(2017, 3, 11), date(2017, 3, 20)))
        );
        assert_eq!(
            third(march, Modifier::Late),
            Some((date(2017, 3, 21), date(2017, 3, 31)))
        );
        let y2016 = year(2016).unwrap();
        assert_eq!(
            third(y2016, Modifier::Late),
            Some((date(2016, 9, 1), date(2016, 12, 31)))
        );
        let nineties = (date(1990, 1, 1), date(1999, 12, 31));
        assert_eq!(
            third(nineties, Modifier::Early),
            Some((date(1990, 1, 1), date(1993, 12, 31)))
        );
        assert_eq!(
            third(nineties, Modifier::Mid),
            Some((date(1994, 1, 1), date(1996, 12, 31)))
        );
    }

    #[test]
    fn a_december_day_in_a_january_article_is_last_year() {
        let published = date(2018, 1, 4);
        let found = nearest_year(published, |y| {
            Some((Date::new(y, 12, 28).ok()?, Date::new(y, 12, 28).ok()?))
        });
        assert_eq!(found, Some((date(2017, 12, 28), date(2017, 12, 28))));
    }

    #[test]
    fn the_week_of_a_friday_runs_monday_to_sunday() {
        assert_eq!(
            week(date(2017, 6, 9)),
            Some((date(2017, 6, 5), date(2017, 6, 11)))
        );
    }

    #[test]
    fn arithmetic_at_the_calendar_edge_gives_none() {
        assert_eq!(add_days(Date::MAX, 1), None);
        assert_eq!(year(10_000), None);
    }
}
