//! Indexing the days a sentence mentions so that a range query finds exactly the overlaps.
//!
//! A mentioned range ("May 2016", "the 1990s", "last week") is covered by whole years, whole
//! months and single days, each indexed as its first day in its own field. A range of days
//! [A, B] then overlaps a mention exactly when one of its pieces has a day in [A, B], a month
//! starting in [first of A's month, B], or a year starting in [January 1 of A's year, B].

use jiff::civil::Date;

/// The most pieces one mention is indexed as; a longer range keeps its first pieces.
const MAX_PIECES: usize = 400;

/// The whole years, whole months and single days that exactly cover a range of days.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Cover {
    /// Each whole year, as its January 1.
    pub years: Vec<Date>,
    /// Each whole month, as its first day.
    pub months: Vec<Date>,
    /// Each remaining day.
    pub days: Vec<Date>,
}

/// Covers `from..=to` with as few pieces as whole years, then months, then days allow.
pub fn cover(from: Date, to: Date) -> Cover {
    let mut cover = Cover::default();
    let mut day = from;
    let mut pieces = 0;
    while day <= to && pieces < MAX_PIECES {
        let next = if day.day_of_year() == 1 && day.last_of_year() <= to {
            cover.years.push(day);
            day.last_of_year().tomorrow()
        } else if day.day() == 1 && day.last_of_month() <= to {
            cover.months.push(day);
            day.last_of_month().tomorrow()
        } else {
            cover.days.push(day);
            day.tomorrow()
        };
        pieces += 1;
        match next {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }
    cover
}

/// The lower bounds to search the day, month and year fields from, for days from `first` on.
pub fn search_starts(first: Date) -> [Date; 3] {
    [first, first.first_of_month(), first.first_of_year()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_month_is_one_piece() {
        let c = cover(date(2016, 5, 1), date(2016, 5, 31));
        assert_eq!(c.months, vec![date(2016, 5, 1)]);
        assert!(c.years.is_empty() && c.days.is_empty());
    }

    #[test]
    fn a_decade_is_ten_years() {
        let c = cover(date(1990, 1, 1), date(1999, 12, 31));
        assert_eq!(c.years.len(), 10);
        assert!(c.months.is_empty() && c.days.is_empty());
    }

    #[test]
    fn a_week_across_months_is_days() {
        let c = cover(date(2017, 5, 29), date(2017, 6, 4));
        assert_eq!(c.days.len(), 7);
    }

    #[test]
    fn a_ragged_range_mixes_days_months_and_years() {
        let c = cover(date(2015, 12, 30), date(2017, 2, 2));
        assert_eq!(
            c.days,
            vec![
                date(2015, 12, 30),
                date(2015, 12, 31),
                date(2017, 2, 1),
                date(2017, 2, 2)
            ]
        );
        assert_eq!(c.years, vec![date(2016, 1, 1)]);
        assert_eq!(c.months, vec![date(2017, 1, 1)]);
    }
}
