//! The publication date an article's path gives.

use super::valid_date;
use jiff::civil::Date;

/// The publication date a relative path gives: `2017/06/09/slug.txt`, `2017-06-09-slug.txt`,
/// `20170609_slug.txt`, `2017-06-09/slug.txt`. The file name is read first, then the folders
/// from the deepest up. A year folder alone (`2017/x.txt`) is not a date.
pub fn date_from_path(relative_path: &str) -> Option<Date> {
    let parts: Vec<&str> = relative_path.split(['/', '\\']).collect();
    (0..parts.len()).rev().find_map(|at| {
        let part = parts[at].as_bytes();
        dashed_date(part)
            .or_else(|| compact_date(part))
            .or_else(|| folder_date(&parts[..=at]))
    })
}
/// `2017-06-09` or `2017_06_09` anywhere in a path part, not inside a longer number.
fn dashed_date(part: &[u8]) -> Option<Date> {
    (0..part.len().saturating_sub(9)).find_map(|at| {
        let window = &part[at..at + 10];
        let shaped = window.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => matches!(b, b'-' | b'_' | b'.'),
            _ => b.is_ascii_digit(),
        }) && window[4] == window[7];
        let bounded = (at == 0 || !part[at - 1].is_ascii_digit())
            && part.get(at + 10).is_none_or(|b| !b.is_ascii_digit());
        (shaped && bounded).then(|| {
            path_date(
                number(&window[0..4]),
                number(&window[5..7]),
                number(&window[8..10]),
            )
        })?
    })
}

/// `20170609_slug.txt`: eight digits that open a path part.
fn compact_date(part: &[u8]) -> Option<Date> {
    let shaped = part.len() >= 8
        && part[..8].iter().all(u8::is_ascii_digit)
        && part.get(8).is_none_or(|b| !b.is_ascii_digit());
    shaped.then(|| {
        path_date(
            number(&part[0..4]),
            number(&part[4..6]),
            number(&part[6..8]),
        )
    })?
}

/// `2017/06/09/...`: the last of `parts` opens with a day, the two before are month and year.
fn folder_date(parts: &[&str]) -> Option<Date> {
    let [year, month, day] = parts.get(parts.len().checked_sub(3)?..)? else {
        return None;
    };
    let all_digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let day_len = day.bytes().take_while(u8::is_ascii_digit).count();
    if !all_digits(year, 4)
        || !(1..=2).contains(&month.len())
        || !all_digits(month, month.len())
        || !(1..=2).contains(&day_len)
    {
        return None;
    }
    path_date(
        number(year.as_bytes()),
        number(month.as_bytes()),
        number(&day.as_bytes()[..day_len]),
    )
}

/// A date from path numbers, kept to 1900-2100 so that ids are not read as dates.
fn path_date(year: u32, month: u32, day: u32) -> Option<Date> {
    valid_date(year, month, day).filter(|d| (1900..=2100).contains(&d.year()))
}

fn number(digits: &[u8]) -> u32 {
    digits
        .iter()
        .fold(0, |n, d| n * 10 + u32::from(d.wrapping_sub(b'0')))
}
#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const JUNE_9: Option<Date> = Some(date(2017, 6, 9));

    #[test]
    fn paths_that_carry_a_date() {
        assert_eq!(date_from_path("2017/06/09/mayor-speaks.txt"), JUNE_9);
        assert_eq!(date_from_path("2017-06-09-mayor-speaks.txt"), JUNE_9);
        assert_eq!(date_from_path("20170609_mayor-speaks.txt"), JUNE_9);
        assert_eq!(date_from_path("2017-06-09/mayor-speaks.txt"), JUNE_9);
        assert_eq!(date_from_path("2017/guardian/2017-06-09-1234.txt"), JUNE_9);
        assert_eq!(date_from_path(r"2017\06\09\mayor.txt"), JUNE_9);
    }

    #[test]
    fn paths_that_do_not() {
        assert_eq!(date_from_path("2017/mayor-speaks.txt"), None);
        assert_eq!(date_from_path("2017/06/mayor-speaks.txt"), None);
        assert_eq!(date_from_path("2017-02-30-mayor.txt"), None);
        assert_eq!(date_from_path("20171345_mayor.txt"), None);
        assert_eq!(date_from_path("id-120170609123.txt"), None);
        assert_eq!(date_from_path(""), None);
    }
}
