//! Dates in the reader's language, through the browser's `Intl`.
//!
//! The precision written is the precision shown: "2015" stays a year,
//! "2023-05" a month. Approximate and inferred dates say so in words, never
//! by style alone.

use js_sys::{Date, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::date::{PartialDate, Precision};
use crate::story::Certainty;
use crate::ui_text::UiText;

const MS_PER_DAY: f64 = 86_400_000.0;

/// "16 décembre 1991", "mai 2023", "2015", in `lang`.
pub fn written_date(date: &PartialDate, lang: &str) -> String {
    let options = Object::new();
    let set = |key: &str, value: &str| {
        let _ = Reflect::set(&options, &key.into(), &value.into());
    };
    set("timeZone", "UTC");
    set("year", "numeric");
    match date.precision() {
        Precision::Year => {}
        Precision::Month => set("month", "long"),
        Precision::Day => {
            set("month", "long");
            set("day", "numeric");
        }
    }
    let instant = Date::new(&JsValue::from_f64(f64::from(date.first_day().0) * MS_PER_DAY));
    instant.to_locale_date_string(lang, &options).into()
}

/// The date with its certainty in words: "vers 2015", "20 août 2025 (date déduite)".
pub fn date_with_certainty(date: &PartialDate, certainty: Certainty, ui: &UiText) -> String {
    let written = written_date(date, ui.lang);
    match certainty {
        Certainty::Exact => written,
        Certainty::Approximate => format!("{} {written}", ui.about),
        Certainty::Inferred => format!("{written} ({})", ui.inferred),
    }
}
