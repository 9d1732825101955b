//! Numbers and dates in the reader's language, through the browser's `Intl`.
//!
//! The precision written is the precision shown: "2015" stays a year,
//! "2023-05" a month. Approximate and inferred dates say so in words, never
//! by style alone. No number is formatted by hand.
//!
//! Building an `Intl` formatter is the expensive part of formatting (about
//! 0.1 ms each, measured: 10,000 events took a second to date), so each
//! (language, fields) formatter is built once per page and kept here.

use std::cell::RefCell;

use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::words::labels::ChartLabels;
use crate::story::date::{Day, PartialDate, Precision};
use crate::story::period::Period;
use crate::story::{Certainty, Status};
use crate::geometry::ticks::{TimeTick, TimeUnit};
use crate::words::ui_text::UiText;

const MS_PER_DAY: f64 = 86_400_000.0;

/// The date fields a formatter writes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fields {
    Year,
    MonthYear,
    DayMonthYear,
    ShortMonthYear,
    DayShortMonth,
}

impl Fields {
    fn pairs(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Fields::Year => &[("year", "numeric")],
            Fields::MonthYear => &[("year", "numeric"), ("month", "long")],
            Fields::DayMonthYear => &[("year", "numeric"), ("month", "long"), ("day", "numeric")],
            Fields::ShortMonthYear => &[("year", "numeric"), ("month", "short")],
            Fields::DayShortMonth => &[("month", "short"), ("day", "numeric")],
        }
    }
}

/// A formatter's bound `format` function, by language and what it writes
/// (`None` fields: the number formatter).
type Formatters = Vec<(String, Option<Fields>, Function)>;

thread_local! {
    static FORMATTERS: RefCell<Formatters> = const { RefCell::new(Vec::new()) };
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let options = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    options
}

/// Formats `value` with the formatter for (`lang`, `fields`), built on first use.
fn format_with(lang: &str, fields: Option<Fields>, value: &JsValue) -> String {
    let format = FORMATTERS.with_borrow_mut(|kept| {
        if let Some((_, _, format)) = kept.iter().find(|(l, f, _)| l == lang && *f == fields) {
            return format.clone();
        }
        let locales = Array::of1(&JsValue::from_str(lang));
        let format = match fields {
            Some(fields) => {
                let mut pairs = vec![("timeZone", "UTC")];
                pairs.extend_from_slice(fields.pairs());
                Intl::DateTimeFormat::new(&locales, &options(&pairs)).format()
            }
            None => {
                let options = Object::new();
                let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &JsValue::from_f64(1.0));
                Intl::NumberFormat::new(&locales, &options).format()
            }
        };
        kept.push((lang.to_owned(), fields, format.clone()));
        format
    });
    format.call1(&JsValue::NULL, value).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

fn day_string(day: Day, lang: &str, fields: Fields) -> String {
    format_with(lang, Some(fields), &Date::new(&JsValue::from_f64(f64::from(day.0) * MS_PER_DAY)))
}

/// "16 décembre 1991", "mai 2023", "2015", in `lang`.
pub fn written_date(date: &PartialDate, lang: &str) -> String {
    let fields = match date.precision() {
        Precision::Year => Fields::Year,
        Precision::Month => Fields::MonthYear,
        Precision::Day => Fields::DayMonthYear,
    };
    day_string(date.first_day(), lang, fields)
}

/// The date with its certainty in words: "vers 2015", "2015 (année déduite)".
pub fn date_with_certainty(date: &PartialDate, certainty: Certainty, ui: &UiText) -> String {
    let written = written_date(date, ui.lang);
    match certainty {
        Certainty::Exact => written,
        Certainty::Approximate => format!("{} {written}", ui.about),
        Certainty::Inferred => format!("{written} ({})", inferred(date, ui)),
    }
}

/// "année déduite" for a year, "mois déduit" for a month, "date déduite" for a day.
fn inferred(date: &PartialDate, ui: &UiText) -> &'static str {
    match date.precision() {
        Precision::Year => ui.inferred[0],
        Precision::Month => ui.inferred[1],
        Precision::Day => ui.inferred[2],
    }
}

/// A date and its end: "12 – 16 septembre 2024" comes out as two dates joined.
pub fn date_range(date: &PartialDate, end: Option<&PartialDate>, certainty: Certainty, ui: &UiText) -> String {
    match end {
        None => date_with_certainty(date, certainty, ui),
        Some(end) => {
            let both = format!("{} – {}", written_date(date, ui.lang), written_date(end, ui.lang));
            match certainty {
                Certainty::Exact => both,
                Certainty::Approximate => format!("{} {both}", ui.about),
                Certainty::Inferred => format!("{both} ({})", inferred(date, ui)),
            }
        }
    }
}

/// A number as the language writes it, at most one decimal: "43,8".
pub fn number(value: f64, lang: &str) -> String {
    format_with(lang, None, &JsValue::from_f64(value))
}

/// A period as words: "2024", "1er semestre 2025", "juin 2025".
pub fn period(period: &Period, ui: &UiText) -> String {
    match *period {
        Period::Year(y) => y.to_string(),
        Period::Half(y, h) => ui.halves[usize::from(h - 1)].replace("{y}", &y.to_string()),
        Period::Quarter(y, q) => ui.quarters[usize::from(q - 1)].replace("{y}", &y.to_string()),
        Period::Month(y, m) => day_string(Day::from_ymd(y, m, 1), ui.lang, Fields::MonthYear),
    }
}

/// The word for a figure's status.
pub fn status(status: &Status, ui: &UiText) -> &'static str {
    match status {
        Status::Reported => ui.statuses[0],
        Status::Derived { .. } => ui.statuses[1],
        Status::Partial => ui.statuses[2],
        Status::Estimate => ui.statuses[3],
    }
}

/// What the chart prints, in the reader's language.
#[derive(Clone, Copy)]
pub struct BrowserLabels {
    /// The interface words.
    pub ui: &'static UiText,
}

impl ChartLabels for BrowserLabels {
    fn value(&self, value: f64) -> String {
        number(value, self.ui.lang)
    }

    fn time_tick(&self, tick: &TimeTick) -> String {
        let fields = match tick.step.unit {
            TimeUnit::Year => Fields::Year,
            TimeUnit::Month => Fields::ShortMonthYear,
            TimeUnit::Day => Fields::DayShortMonth,
        };
        day_string(tick.day, self.ui.lang, fields)
    }

    fn partial_period(&self, p: &Period) -> String {
        period(p, self.ui)
    }

    fn target(&self, label: &str, gap: Option<f64>, superseded: bool, met: bool) -> String {
        let mut text = label.to_owned();
        if superseded {
            text.push_str(&format!(" ({})", self.ui.superseded));
        } else if met {
            text.push_str(&format!(" ({})", self.ui.met));
        } else if let Some(gap) = gap {
            text.push_str(&format!(" ({}{} {})", self.ui.gap, self.ui.colon, number(gap, self.ui.lang)));
        }
        text
    }
}
