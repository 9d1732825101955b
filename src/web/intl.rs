//! Days and numbers in the reader's language, through the browser's `Intl`:
//! the `words::Locale` of the widget. Every phrase around them is composed
//! by `words::Words`, the same as on the command line.
//!
//! Building an `Intl` formatter is the expensive part of formatting (about
//! 0.1 ms each, measured: 10,000 events took a second to date), so each
//! (language, fields) formatter is built once per page and kept here.

use std::cell::RefCell;

use js_sys::{Array, Date, Function, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::story::date::Day;
use crate::words::own_dates::{is_fallback, own_day};
use crate::words::ui_text::UiText;
use crate::words::{DayFields, Locale, Words};

const MS_PER_DAY: f64 = 86_400_000.0;

/// The browser's `Intl`, as a [`Locale`].
pub struct Intl;

/// Every phrase in `ui`'s language, days and numbers from `Intl`.
pub fn words(ui: &'static UiText) -> Words<'static> {
    Words::new(ui, &Intl)
}

fn pairs(fields: DayFields) -> &'static [(&'static str, &'static str)] {
    match fields {
        DayFields::Year => &[("year", "numeric")],
        DayFields::MonthYear => &[("year", "numeric"), ("month", "long")],
        DayFields::DayMonthYear => &[("year", "numeric"), ("month", "long"), ("day", "numeric")],
        DayFields::ShortMonthYear => &[("year", "numeric"), ("month", "short")],
        DayFields::DayShortMonth => &[("month", "short"), ("day", "numeric")],
    }
}

/// A formatter's bound `format` function, by language and what it writes
/// (`None` fields: the number formatter).
type Formatters = Vec<(String, Option<DayFields>, Function)>;

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
fn format_with(lang: &str, fields: Option<DayFields>, value: &JsValue) -> String {
    let format = FORMATTERS.with_borrow_mut(|kept| {
        if let Some((_, _, format)) = kept.iter().find(|(l, f, _)| l == lang && *f == fields) {
            return format.clone();
        }
        let locales = Array::of1(&JsValue::from_str(lang));
        let format = match fields {
            Some(fields) => {
                let mut all = vec![("timeZone", "UTC")];
                all.extend_from_slice(pairs(fields));
                js_sys::Intl::DateTimeFormat::new(&locales, &options(&all)).format()
            }
            None => {
                let options = Object::new();
                let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &JsValue::from_f64(1.0));
                js_sys::Intl::NumberFormat::new(&locales, &options).format()
            }
        };
        kept.push((lang.to_owned(), fields, format.clone()));
        format
    });
    format.call1(&JsValue::NULL, value).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

impl Locale for Intl {
    fn day(&self, lang: &str, day: Day, fields: DayFields) -> String {
        let text = format_with(lang, Some(fields), &Date::new(&JsValue::from_f64(f64::from(day.0) * MS_PER_DAY)));
        // A browser without the language's month names ("1991 M12 16"):
        // the widget's own, where it has them.
        match is_fallback(&text).then(|| own_day(lang, day, fields)).flatten() {
            Some(own) => own,
            None => text,
        }
    }

    fn number(&self, lang: &str, value: f64) -> String {
        format_with(lang, None, &JsValue::from_f64(value))
    }
}
