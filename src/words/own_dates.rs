//! Dates the widget writes itself where a browser has no words for them.
//!
//! Chromium's ICU lacks Kazakh month names and falls back on CLDR's root
//! pattern ("1991 M12 16"), where Firefox and WebKit write
//! "16 желтоқсан 1991 ж.". [`is_fallback`] recognises that pattern, and
//! [`own_day`] writes the date in the language's own words instead.

use super::DayFields;
use crate::story::date::Day;

/// Kazakh months, in full and abbreviated.
const KAZAKH: [(&str, &str); 12] = [
    ("қаңтар", "қаң."),
    ("ақпан", "ақп."),
    ("наурыз", "нау."),
    ("сәуір", "сәу."),
    ("мамыр", "мам."),
    ("маусым", "мау."),
    ("шілде", "шіл."),
    ("тамыз", "там."),
    ("қыркүйек", "қыр."),
    ("қазан", "қаз."),
    ("қараша", "қар."),
    ("желтоқсан", "жел."),
];

/// Whether a formatted date is ICU's root fallback ("1991 M12 16"): a
/// month written as "M" and its number.
pub fn is_fallback(text: &str) -> bool {
    text.as_bytes().windows(2).any(|pair| pair[0] == b'M' && pair[1].is_ascii_digit())
}

/// `day` written in `lang`'s own words, for the languages the widget knows
/// month names of (Kazakh); `None` for the others.
pub fn own_day(lang: &str, day: Day, fields: DayFields) -> Option<String> {
    if lang.split('-').next()? != "kk" {
        return None;
    }
    let (year, month, date) = day.to_ymd();
    let (long, short) = KAZAKH[usize::from(month).checked_sub(1)?];
    Some(match fields {
        DayFields::Year => format!("{year} ж."),
        DayFields::MonthYear => format!("{long} {year} ж."),
        DayFields::DayMonthYear => format!("{date} {long} {year} ж."),
        DayFields::ShortMonthYear => format!("{short} {year} ж."),
        DayFields::DayShortMonth => format!("{date} {short}"),
    })
}
