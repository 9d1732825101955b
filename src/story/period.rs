//! The periods a trade figure covers: a year, a half, a quarter or a month.
//!
//! A figure for "2025-H1" is not a figure for 2025; the period says what was
//! counted. [`Period`] reads the four written forms, refuses the rest, and
//! gives the half-open span of [`Day`]s the figure covers so the chart can
//! place it on the same time axis as the events.

use std::fmt;

use crate::story::date::{digits, no_such_month, Day};

/// The span a data point covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// "2024"
    Year(i32),
    /// "2025-H1": half 1 or 2.
    Half(i32, u8),
    /// "2025-Q3": quarter 1 to 4.
    Quarter(i32, u8),
    /// "2025-06": month 1 to 12.
    Month(i32, u8),
}

/// Why a string is not a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodError {
    /// Not one of the four written forms.
    Format,
    /// A month outside 1–12 ("2023-13").
    NoSuchMonth(u8),
    /// A half other than 1 or 2 ("2024-H3").
    NoSuchHalf(u8),
    /// A quarter outside 1–4 ("2024-Q5").
    NoSuchQuarter(u8),
}

impl PeriodError {
    /// Whether the text has a period's form but names one that does not
    /// exist (as "2023-02-30" is for a date).
    pub fn is_impossible(self) -> bool {
        self != PeriodError::Format
    }
}

impl fmt::Display for PeriodError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PeriodError::Format => f.write_str(
                "is not a period; write a year \"2024\", a half \"2025-H1\", a quarter \"2025-Q3\" or a month \"2025-06\"",
            ),
            PeriodError::NoSuchMonth(m) => no_such_month(f, m),
            PeriodError::NoSuchHalf(h) => write!(f, "has no half {h}; a year has two halves, H1 and H2"),
            PeriodError::NoSuchQuarter(q) => write!(f, "has no quarter {q}; quarters run from Q1 to Q4"),
        }
    }
}

impl Period {
    /// Reads "2024", "2025-H1", "2025-Q3" or "2025-06".
    pub fn parse(text: &str) -> Result<Period, PeriodError> {
        let (year, rest) = match text.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (text, None),
        };
        let year = digits(year, 4).ok_or(PeriodError::Format)? as i32;
        let Some(rest) = rest else {
            return Ok(Period::Year(year));
        };
        let numbered = |prefix: char| -> Option<u8> { Some(digits(rest.strip_prefix(prefix)?, 1)? as u8) };
        if let Some(h) = numbered('H') {
            return if (1..=2).contains(&h) { Ok(Period::Half(year, h)) } else { Err(PeriodError::NoSuchHalf(h)) };
        }
        if let Some(q) = numbered('Q') {
            return if (1..=4).contains(&q) {
                Ok(Period::Quarter(year, q))
            } else {
                Err(PeriodError::NoSuchQuarter(q))
            };
        }
        match digits(rest, 2) {
            Some(m @ 1..=12) => Ok(Period::Month(year, m as u8)),
            Some(m) => Err(PeriodError::NoSuchMonth(m as u8)),
            None => Err(PeriodError::Format),
        }
    }

    /// The year the period falls in.
    pub fn year(&self) -> i32 {
        match *self {
            Period::Year(y) | Period::Half(y, _) | Period::Quarter(y, _) | Period::Month(y, _) => y,
        }
    }

    /// First month (1–12) and number of months covered.
    fn months(&self) -> (u8, u8) {
        match *self {
            Period::Year(_) => (1, 12),
            Period::Half(_, h) => (1 + (h - 1) * 6, 6),
            Period::Quarter(_, q) => (1 + (q - 1) * 3, 3),
            Period::Month(_, m) => (m, 1),
        }
    }

    /// Whether the period is a whole calendar year.
    pub fn is_year(&self) -> bool {
        matches!(self, Period::Year(_))
    }

    /// The first day covered.
    pub fn first_day(&self) -> Day {
        Day::from_ymd(self.year(), self.months().0, 1)
    }

    /// The day after the last day covered (the span is half-open).
    pub fn end_day(&self) -> Day {
        let (first, count) = self.months();
        let next = u32::from(first) + u32::from(count);
        if next > 12 {
            Day::from_ymd(self.year() + 1, 1, 1)
        } else {
            Day::from_ymd(self.year(), next as u8, 1)
        }
    }
}

impl fmt::Display for Period {
    /// Writes the period back as the story wrote it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Period::Year(y) => write!(f, "{y:04}"),
            Period::Half(y, h) => write!(f, "{y:04}-H{h}"),
            Period::Quarter(y, q) => write!(f, "{y:04}-Q{q}"),
            Period::Month(y, m) => write!(f, "{y:04}-{m:02}"),
        }
    }
}
