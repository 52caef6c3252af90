//! Day ranges as users write them on the command line: `2017`, `2017-06`, `2017-06-09`.

use jiff::civil::Date;

/// An inclusive range of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayRange {
    /// The first day of the range.
    pub first: Date,
    /// The last day of the range, inclusive.
    pub last: Date,
}

impl std::str::FromStr for DayRange {
    type Err = String;

    /// Parses `YYYY` (the whole year), `YYYY-MM` (the whole month) or `YYYY-MM-DD` (one day).
    fn from_str(value: &str) -> Result<DayRange, String> {
        let bad = || {
            format!("`{value}` is not a date: write YYYY-MM-DD (2017-06-09), YYYY-MM (2017-06) or YYYY (2017)")
        };
        let parts: Vec<&str> = value.trim().split('-').collect();
        let number = |part: &str, digits: usize| -> Result<i16, String> {
            if part.len() != digits || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            part.parse::<i16>().map_err(|_| bad())
        };
        let day = |y: i16, m: i16, d: i16| -> Result<Date, String> {
            Date::new(y, m as i8, d as i8)
                .map_err(|_| format!("`{value}` is not a day of the calendar"))
        };
        match parts.as_slice() {
            [year] => {
                let year = number(year, 4)?;
                Ok(DayRange {
                    first: day(year, 1, 1)?,
                    last: day(year, 12, 31)?,
                })
            }
            [year, month] => {
                let first = day(number(year, 4)?, number(month, 2)?, 1)?;
                Ok(DayRange {
                    first,
                    last: first.last_of_month(),
                })
            }
            [year, month, d] => {
                let one = day(number(year, 4)?, number(month, 2)?, number(d, 2)?)?;
                Ok(DayRange {
                    first: one,
                    last: one,
                })
            }
            _ => Err(bad()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_year_a_month_and_a_day() {
        let year: DayRange = "2016".parse().unwrap();
        assert_eq!(
            (year.first, year.last),
            (date(2016, 1, 1), date(2016, 12, 31))
        );
        let month: DayRange = "2016-02".parse().unwrap();
        assert_eq!(
            (month.first, month.last),
            (date(2016, 2, 1), date(2016, 2, 29))
        );
        let day: DayRange = "2017-06-09".parse().unwrap();
        assert_eq!((day.first, day.last), (date(2017, 6, 9), date(2017, 6, 9)));
    }

    #[test]
    fn impossible_or_vague_dates_are_refused_with_the_forms_to_use() {
        assert!("2017-02-30"
            .parse::<DayRange>()
            .unwrap_err()
            .contains("not a day"));
        assert!("yesterday"
            .parse::<DayRange>()
            .unwrap_err()
            .contains("YYYY-MM-DD"));
        assert!("17-06-09".parse::<DayRange>().is_err());
    }
}
