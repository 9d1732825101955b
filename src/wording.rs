//! Dates, periods and numbers in words for the command line, through ICU4X
//! (the Unicode consortium's library, with its compiled locale data): what
//! the browser's `Intl` does for the widget, so the fallback HTML that
//! `trade-timeline render` writes reads like the widget.

use fixed_decimal::{Decimal, FloatPrecision};
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{Y, YM, YMD};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;

use crate::chart::ChartLabels;
use crate::date::{Day, PartialDate, Precision};
use crate::export::html::Wording;
use crate::period::Period;
use crate::ticks::{TimeTick, TimeUnit};
use crate::ui_text::{ui_text, UiText};

/// Words in one language, French when ICU has no data for it.
pub struct IcuWording {
    ui: &'static UiText,
    day: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    year: FixedCalendarDateTimeFormatter<Gregorian, Y>,
    decimal: DecimalFormatter,
}

impl IcuWording {
    /// Words for the BCP 47 tag `lang` (the story's language).
    pub fn new(lang: &str) -> IcuWording {
        Self::try_new(lang).or_else(|| Self::try_new("fr")).expect("ICU's compiled data has French")
    }

    fn try_new(lang: &str) -> Option<IcuWording> {
        let locale: Locale = lang.parse().ok()?;
        Some(IcuWording {
            ui: ui_text(lang),
            day: FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YMD::long()).ok()?,
            month: FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YM::long()).ok()?,
            year: FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), Y::long()).ok()?,
            decimal: DecimalFormatter::try_new(locale.into(), Default::default()).ok()?,
        })
    }

    fn day_words(&self, day: Day, precision: Precision) -> String {
        let (y, m, d) = day.to_ymd();
        let Ok(date) = Date::try_new_gregorian(y, m, d) else { return format!("{y}-{m:02}-{d:02}") };
        match precision {
            Precision::Year => self.year.format(&date).to_string(),
            Precision::Month => self.month.format(&date).to_string(),
            Precision::Day => self.day.format(&date).to_string(),
        }
    }
}

impl Wording for IcuWording {
    fn ui(&self) -> &'static UiText {
        self.ui
    }

    fn date(&self, date: &PartialDate) -> String {
        self.day_words(date.first_day(), date.precision())
    }

    fn period(&self, period: &Period) -> String {
        match *period {
            Period::Year(y) => y.to_string(),
            Period::Half(y, h) => self.ui.halves[usize::from(h - 1)].replace("{y}", &y.to_string()),
            Period::Quarter(y, q) => self.ui.quarters[usize::from(q - 1)].replace("{y}", &y.to_string()),
            Period::Month(..) => self.day_words(period.first_day(), Precision::Month),
        }
    }

    fn number(&self, value: f64) -> String {
        let Ok(mut decimal) = Decimal::try_from_f64(value, FloatPrecision::RoundTrip) else { return value.to_string() };
        decimal.round(-1);
        decimal.trim_end();
        self.decimal.format(&decimal).to_string()
    }
}

impl ChartLabels for IcuWording {
    fn value(&self, value: f64) -> String {
        self.number(value)
    }

    fn time_tick(&self, tick: &TimeTick) -> String {
        let precision = match tick.step.unit {
            TimeUnit::Year => Precision::Year,
            TimeUnit::Month => Precision::Month,
            TimeUnit::Day => Precision::Day,
        };
        self.day_words(tick.day, precision)
    }

    fn partial_period(&self, period: &Period) -> String {
        self.period(period)
    }

    fn target(&self, label: &str, gap: Option<f64>, superseded: bool, met: bool) -> String {
        let ui = self.ui;
        match (superseded, met, gap) {
            (true, _, _) => format!("{label} ({})", ui.superseded),
            (_, true, _) => format!("{label} ({})", ui.met),
            (_, _, Some(gap)) => format!("{label} ({}{} {})", ui.gap, ui.colon, self.number(gap)),
            _ => label.to_owned(),
        }
    }
}
