//! Days and numbers in words for the command line, through ICU4X (the
//! Unicode consortium's library, with its compiled locale data): what the
//! browser's `Intl` does for the widget, so the fallback HTML that
//! `trade-timeline render` writes reads like the widget. Every phrase around
//! them is composed by `words::Words`, the same as in the browser.

use std::cell::RefCell;

use fixed_decimal::{Decimal, FloatPrecision};
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{MD, Y, YM, YMD};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale as IcuTag;

use crate::story::date::Day;
use crate::words::{DayFields, Locale};

/// The formatters of one language.
struct Formatters {
    lang: String,
    year: FixedCalendarDateTimeFormatter<Gregorian, Y>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    short_month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    day: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    short_day: FixedCalendarDateTimeFormatter<Gregorian, MD>,
    decimal: DecimalFormatter,
}

impl Formatters {
    fn try_new(lang: &str) -> Option<Formatters> {
        let tag: IcuTag = lang.parse().ok()?;
        Some(Formatters {
            lang: lang.to_owned(),
            year: FixedCalendarDateTimeFormatter::try_new(tag.clone().into(), Y::long()).ok()?,
            month: FixedCalendarDateTimeFormatter::try_new(tag.clone().into(), YM::long()).ok()?,
            short_month: FixedCalendarDateTimeFormatter::try_new(tag.clone().into(), YM::medium()).ok()?,
            day: FixedCalendarDateTimeFormatter::try_new(tag.clone().into(), YMD::long()).ok()?,
            short_day: FixedCalendarDateTimeFormatter::try_new(tag.clone().into(), MD::medium()).ok()?,
            decimal: DecimalFormatter::try_new(tag.into(), Default::default()).ok()?,
        })
    }
}

/// ICU4X's days and numbers, each language's formatters built on first use
/// (French when ICU has no data for a language).
#[derive(Default)]
pub struct Icu {
    built: RefCell<Vec<Formatters>>,
}

impl Icu {
    fn with<T>(&self, lang: &str, write: impl FnOnce(&Formatters) -> T) -> T {
        let mut built = self.built.borrow_mut();
        let index = match built.iter().position(|f| f.lang == lang) {
            Some(index) => index,
            None => {
                let formatters = Formatters::try_new(lang)
                    .or_else(|| Formatters::try_new("fr"))
                    .expect("ICU's compiled data has French");
                built.push(Formatters { lang: lang.to_owned(), ..formatters });
                built.len() - 1
            }
        };
        write(&built[index])
    }
}

impl Locale for Icu {
    fn day(&self, lang: &str, day: Day, fields: DayFields) -> String {
        let (y, m, d) = day.to_ymd();
        let Ok(date) = Date::try_new_gregorian(y, m, d) else { return format!("{y}-{m:02}-{d:02}") };
        self.with(lang, |f| match fields {
            DayFields::Year => f.year.format(&date).to_string(),
            DayFields::MonthYear => f.month.format(&date).to_string(),
            DayFields::ShortMonthYear => f.short_month.format(&date).to_string(),
            DayFields::DayMonthYear => f.day.format(&date).to_string(),
            DayFields::DayShortMonth => f.short_day.format(&date).to_string(),
        })
    }

    fn number(&self, lang: &str, value: f64) -> String {
        let Ok(mut decimal) = Decimal::try_from_f64(value, FloatPrecision::RoundTrip) else { return value.to_string() };
        decimal.round(-1);
        decimal.trim_end();
        self.with(lang, |f| f.decimal.format(&decimal).to_string())
    }
}
