//! Numbers and dates in the reader's language, through the browser's `Intl`.
//!
//! The precision written is the precision shown: "2015" stays a year,
//! "2023-05" a month. Approximate and inferred dates say so in words, never
//! by style alone. No number is formatted by hand.

use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::chart::ChartLabels;
use crate::date::{Day, PartialDate, Precision};
use crate::period::Period;
use crate::story::{Certainty, Status};
use crate::ticks::{TimeTick, TimeUnit};
use crate::ui_text::UiText;

const MS_PER_DAY: f64 = 86_400_000.0;

fn options(pairs: &[(&str, &str)]) -> Object {
    let options = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    options
}

fn day_string(day: Day, lang: &str, pairs: &[(&str, &str)]) -> String {
    let mut all = vec![("timeZone", "UTC")];
    all.extend_from_slice(pairs);
    let instant = Date::new(&JsValue::from_f64(f64::from(day.0) * MS_PER_DAY));
    instant.to_locale_date_string(lang, &options(&all)).into()
}

/// "16 décembre 1991", "mai 2023", "2015", in `lang`.
pub fn written_date(date: &PartialDate, lang: &str) -> String {
    let fields: &[(&str, &str)] = match date.precision() {
        Precision::Year => &[("year", "numeric")],
        Precision::Month => &[("year", "numeric"), ("month", "long")],
        Precision::Day => &[("year", "numeric"), ("month", "long"), ("day", "numeric")],
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
    let locales = Array::of1(&JsValue::from_str(lang));
    let options = Object::new();
    let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &JsValue::from_f64(1.0));
    let format = Intl::NumberFormat::new(&locales, &options);
    format.format().call1(&JsValue::NULL, &JsValue::from_f64(value)).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

/// A period as words: "2024", "1er semestre 2025", "juin 2025".
pub fn period(period: &Period, ui: &UiText) -> String {
    match *period {
        Period::Year(y) => y.to_string(),
        Period::Half(y, h) => ui.halves[usize::from(h - 1)].replace("{y}", &y.to_string()),
        Period::Quarter(y, q) => ui.quarters[usize::from(q - 1)].replace("{y}", &y.to_string()),
        Period::Month(y, m) => day_string(Day::from_ymd(y, m, 1), ui.lang, &[("year", "numeric"), ("month", "long")]),
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
pub struct BrowserLabels {
    /// The interface words.
    pub ui: &'static UiText,
}

impl ChartLabels for BrowserLabels {
    fn value(&self, value: f64) -> String {
        number(value, self.ui.lang)
    }

    fn time_tick(&self, tick: &TimeTick) -> String {
        let fields: &[(&str, &str)] = match tick.step.unit {
            TimeUnit::Year => &[("year", "numeric")],
            TimeUnit::Month => &[("year", "numeric"), ("month", "short")],
            TimeUnit::Day => &[("month", "short"), ("day", "numeric")],
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
