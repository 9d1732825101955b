//! Calendar dates as a story writes them: a year, a month or a day.
//!
//! A journalist who writes "2015" knows the year and nothing finer; the
//! precision is part of the fact, so [`PartialDate`] keeps it instead of
//! rounding to 1 January. Every date maps to a half-open span of [`Day`]s,
//! the one unit the scales and layout work in.
//!
//! This module refuses anything but the three written forms and dates that
//! do not exist ("2023-02-30"). It knows nothing of time zones or clocks.

use std::fmt;

/// A day counted from 1970-01-01 (day 0) in the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

impl Day {
    /// The day of a calendar date; `month` is 1–12 and `day` 1–31, unchecked.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Day {
        // Howard Hinnant's days_from_civil: shift the year to start in March
        // so the leap day falls at the end.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i32::from(month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i32::from(day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Day(era * 146_097 + doe - 719_468)
    }

    /// The calendar date of this day, as (year, month, day).
    pub fn to_ymd(self) -> (i32, u8, u8) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i32::from(month <= 2);
        (year, month, day)
    }
}

/// How much of a date the story wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// "2015"
    Year,
    /// "2023-05"
    Month,
    /// "2025-08-20"
    Day,
}

/// A date written as "YYYY", "YYYY-MM" or "YYYY-MM-DD".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

/// Why a date string is not a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not one of the three written forms.
    Format,
    /// A month outside 1–12.
    NoSuchMonth(u8),
    /// A day the month does not have ("2023-02-30").
    NoSuchDay {
        /// The day written.
        day: u8,
        /// How many days that month has in that year.
        days_in_month: u8,
    },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => f.write_str(
                "is not a date; write \"2025-08-20\", \"2023-05\" or \"2015\" (the precision is what you write)",
            ),
            DateError::NoSuchMonth(m) => no_such_month(f, *m),
            DateError::NoSuchDay { day, days_in_month } => {
                write!(f, "does not exist: that month has {days_in_month} days, not {day}")
            }
        }
    }
}

/// The words for a month outside 1–12, in a date or in a period.
pub(crate) fn no_such_month(f: &mut fmt::Formatter<'_>, month: u8) -> fmt::Result {
    write!(f, "has no month {month}; months run from 01 to 12")
}

/// Whether `year` has a 29 February.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// How many days `month` (1–12) has in `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Parses exactly `n` ASCII digits.
pub(crate) fn digits(s: &str, n: usize) -> Option<u32> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

impl PartialDate {
    /// A date known to the year.
    pub fn year(year: i32) -> PartialDate {
        PartialDate { year, month: None, day: None }
    }

    /// Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD", refusing dates that do not exist.
    pub fn parse(text: &str) -> Result<PartialDate, DateError> {
        let mut parts = text.split('-');
        let year = parts.next().and_then(|y| digits(y, 4)).ok_or(DateError::Format)? as i32;
        let month = parts.next().map(|m| digits(m, 2).ok_or(DateError::Format)).transpose()?;
        let day = parts.next().map(|d| digits(d, 2).ok_or(DateError::Format)).transpose()?;
        if parts.next().is_some() {
            return Err(DateError::Format);
        }
        let month = month.map(|m| m as u8);
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::NoSuchMonth(m));
            }
        }
        let day = day.map(|d| d as u8);
        if let (Some(m), Some(d)) = (month, day) {
            let max = days_in_month(year, m);
            if d == 0 || d > max {
                return Err(DateError::NoSuchDay { day: d, days_in_month: max });
            }
        }
        Ok(PartialDate { year, month, day })
    }

    /// How much of the date was written.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (None, _) => Precision::Year,
            (Some(_), None) => Precision::Month,
            (Some(_), Some(_)) => Precision::Day,
        }
    }

    /// The year.
    pub fn year_number(&self) -> i32 {
        self.year
    }

    /// The month (1–12), when written.
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, when written.
    pub fn day(&self) -> Option<u8> {
        self.day
    }

    /// The first day the date covers.
    pub fn first_day(&self) -> Day {
        Day::from_ymd(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The day after the last day the date covers (the span is half-open).
    pub fn end_day(&self) -> Day {
        match (self.month, self.day) {
            (None, _) => Day::from_ymd(self.year + 1, 1, 1),
            (Some(12), None) => Day::from_ymd(self.year + 1, 1, 1),
            (Some(m), None) => Day::from_ymd(self.year, m + 1, 1),
            (Some(_), Some(_)) => Day(self.first_day().0 + 1),
        }
    }
}

impl fmt::Display for PartialDate {
    /// Writes the date back exactly as the story wrote it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Ord for PartialDate {
    /// Earlier start first; on the same start, the coarser date first, so a
    /// year-only event leads the events dated inside that year.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.first_day(), self.precision()).cmp(&(other.first_day(), other.precision()))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
