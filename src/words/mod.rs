//! How things read: dates, periods, numbers, statuses, certainty, targets
//! and the chart's summary, in the reader's language.
//!
//! The interface's own words are in [`ui_text`]. [`Words`] composes every
//! phrase from them, once, for every target. A [`Locale`] backend supplies
//! only what needs locale data: "write this day with these fields" and
//! "write this number" (the browser's `Intl` in `web`, ICU4X in `cli`, a
//! plain one in tests). This module never formats a number or names a
//! month itself.

pub mod own_dates;
pub mod ui_text;

use crate::geometry::ticks::{TimeTick, TimeUnit};
use crate::story::date::{Day, PartialDate, Precision};
use crate::story::facts::{chart_facts, target_standing, Standing};
use crate::story::period::Period;
use crate::story::{Certainty, Series, Status, Story};
use ui_text::UiText;

/// Which parts of a day a date is written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayFields {
    /// "2015".
    Year,
    /// "mai 2023".
    MonthYear,
    /// "16 décembre 1991".
    DayMonthYear,
    /// "mai 2023" with the month abbreviated where the language does.
    ShortMonthYear,
    /// "16 déc." with the month abbreviated, no year.
    DayShortMonth,
}

/// What needs a locale's data: a day and a number, written in `lang`.
pub trait Locale {
    /// `day` with `fields`, in the BCP 47 language `lang`.
    fn day(&self, lang: &str, day: Day, fields: DayFields) -> String;
    /// `value` with at most one decimal, grouped as `lang` groups: "43,8".
    fn number(&self, lang: &str, value: f64) -> String;
}

/// Every phrase of the interface in one language.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    /// The interface's own words.
    pub ui: &'static UiText,
    locale: &'a dyn Locale,
}

impl<'a> Words<'a> {
    /// Phrases in `ui`'s language, days and numbers from `locale`.
    pub fn new(ui: &'static UiText, locale: &'a dyn Locale) -> Words<'a> {
        Words { ui, locale }
    }

    /// "43,8": at most one decimal.
    pub fn number(&self, value: f64) -> String {
        self.locale.number(self.ui.lang, value)
    }

    /// `value` with its series' unit as it reads beside a number: the
    /// short unit when the story gives one ("43,8 Md$", "$43.8bn"), else
    /// the unit ("43,8 milliards de dollars US").
    pub fn amount(&self, series: &Series, value: f64) -> String {
        let number = self.number(value);
        match series.short_unit.as_deref() {
            Some(short) if short.contains("{n}") => short.replace("{n}", &number),
            Some(short) => format!("{number} {short}"),
            None => format!("{number} {}", series.unit),
        }
    }

    /// A day written with `fields`.
    pub fn day(&self, day: Day, fields: DayFields) -> String {
        self.locale.day(self.ui.lang, day, fields)
    }

    /// "16 décembre 1991", "mai 2023", "2015": the precision written is the
    /// precision shown.
    pub fn date(&self, date: &PartialDate) -> String {
        let fields = match date.precision() {
            Precision::Year => DayFields::Year,
            Precision::Month => DayFields::MonthYear,
            Precision::Day => DayFields::DayMonthYear,
        };
        self.day(date.first_day(), fields)
    }

    /// The date with its certainty in words: "vers 2015", "2015 (année déduite)".
    pub fn date_with_certainty(&self, date: &PartialDate, certainty: Certainty) -> String {
        self.certain(self.date(date), date.precision(), certainty)
    }

    /// A date and its end, with the certainty of the first: "12 septembre
    /// 2024 – 16 septembre 2024".
    pub fn date_range(&self, date: &PartialDate, end: Option<&PartialDate>, certainty: Certainty) -> String {
        let written = match end {
            None => self.date(date),
            Some(end) => format!("{} – {}", self.date(date), self.date(end)),
        };
        self.certain(written, date.precision(), certainty)
    }

    /// `written` (a date of `precision`) with `certainty` said in words
    /// around it.
    pub fn certain(&self, written: String, precision: Precision, certainty: Certainty) -> String {
        match certainty {
            Certainty::Exact => written,
            Certainty::Approximate => format!("{} {written}", self.ui.about),
            Certainty::Inferred => format!("{written} ({})", self.ui.inferred(precision)),
        }
    }

    /// What panel `panel`'s value axis counts, written over it: the label
    /// the story gives the panel, else its first series' short unit without
    /// its number ("Md$", "$bn"), else its unit (a panel's series share one).
    pub fn axis_unit(story: &Story, panel: usize) -> Option<String> {
        let shown = story.panels.get(panel);
        if let Some(label) = shown.and_then(|p| p.label.clone()) {
            return Some(label);
        }
        let series = &story.series[*shown?.series.first()?];
        Some(match series.short_unit.as_deref() {
            Some(short) => short.replace("{n}", "").trim().to_owned(),
            None => series.unit.clone(),
        })
    }

    /// A period: "2024", "1er semestre 2025", "juin 2025".
    pub fn period(&self, period: &Period) -> String {
        match *period {
            Period::Year(y) => y.to_string(),
            Period::Half(y, h) => self.ui.half(y, h),
            Period::Quarter(y, q) => self.ui.quarter(y, q),
            Period::Month(..) => self.day(period.first_day(), DayFields::MonthYear),
        }
    }

    /// A figure's status, with the method of a derived one: "calculé par
    /// nous : somme des deux semestres".
    pub fn status_with_method(&self, status: &Status) -> String {
        match status {
            Status::Derived { method } => format!("{}{} {method}", self.ui.status(status), self.ui.colon),
            other => self.ui.status(other).to_owned(),
        }
    }

    /// The ticks of a time axis, left to right, each as precise as its step:
    /// "2015", "mai 2023", "16 mai". Ticks on days name the year on the
    /// first tick and where a new year starts ("4 mars 2023", "18 mars"),
    /// so an axis never leaves its year out.
    pub fn time_ticks(&self, ticks: &[TimeTick]) -> Vec<String> {
        let mut year = None;
        ticks
            .iter()
            .map(|tick| {
                let this = tick.day.to_ymd().0;
                let fields = match tick.step.unit {
                    TimeUnit::Year => DayFields::Year,
                    TimeUnit::Month => DayFields::ShortMonthYear,
                    TimeUnit::Day if year != Some(this) => DayFields::DayMonthYear,
                    TimeUnit::Day => DayFields::DayShortMonth,
                };
                year = Some(this);
                self.day(tick.day, fields)
            })
            .collect()
    }

    /// Where target `index` stands, in words: "reste : 43,8", "atteint en
    /// 2023", "manqué de 12,3", "remplacé". `long` names the target that
    /// replaced it ("atteint en 2023, puis remplacé par « 40 Md$ en 2030 »"),
    /// for the tables and the summary; the chart's label keeps it short.
    pub fn standing(&self, story: &Story, index: usize, long: bool) -> Option<String> {
        let ui = self.ui;
        let label = |by: Option<usize>| by.filter(|_| long).map(|i| story.targets[i].label.as_str());
        Some(match target_standing(story, index) {
            Standing::Ahead { gap } => format!("{}{} {}", ui.gap, ui.colon, self.number(gap.filter(|g| *g > 0.0)?)),
            Standing::Met { year, then_replaced_by, replaced } => match (label(then_replaced_by), replaced) {
                (Some(by), _) => ui.met_then_replaced.replace("{y}", &year.to_string()).replace("{t}", by),
                (None, true) => format!("{}, {}", ui.met_in.replace("{y}", &year.to_string()), ui.superseded),
                (None, false) => ui.met_in.replace("{y}", &year.to_string()),
            },
            Standing::Replaced { by } => match label(by) {
                Some(by) => ui.replaced_by.replace("{t}", by),
                None => ui.superseded.to_owned(),
            },
            Standing::Missed { by } => ui.missed_by.replace("{n}", &self.number(by)),
        })
    }

    /// A target's label on the chart: its label, and where it stands.
    pub fn target_label(&self, story: &Story, index: usize) -> String {
        let label = &story.targets[index].label;
        match self.standing(story, index, false) {
            Some(standing) => format!("{label} ({standing})"),
            None => label.clone(),
        }
    }

    /// A series as its legend and tables name it: its label and unit, the
    /// unit after a comma when the label already ends in brackets
    /// ("Douanes chinoises (GACC), milliards de dollars US").
    pub fn series_name(series: &Series) -> String {
        if series.label.ends_with(')') {
            format!("{}, {}", series.label, series.unit)
        } else {
            format!("{} ({})", series.label, series.unit)
        }
    }

    /// The chart in a few sentences, from its facts: each series' latest
    /// figure and its highest (a balance: its largest surplus and deficit),
    /// each figure said once; then what remains to each target still
    /// standing. A chart of several panels first says so, naming them.
    pub fn summary(&self, story: &Story) -> String {
        let facts = chart_facts(story);
        let (ui, colon) = (self.ui, self.ui.colon);
        let series = facts.series.iter().map(|f| {
            let series = &story.series[f.series];
            let say = |sentence: &str, p: usize, which: &str| {
                let point = &series.points[p];
                let mut said = sentence
                    .replace("{which}", which)
                    .replace("{series}", &series.label)
                    .replace("{value}", &self.amount(series, point.value))
                    .replace("{period}", &self.period(&point.period));
                // A sentence that opens on an extreme opens with a capital
                // (French and English do; the others' sentences open on a
                // word of their own: Unicode's case tables cost the first
                // module 4 KiB brotli).
                if let Some(first) = said.get_mut(..1).filter(|_| sentence.starts_with("{which}")) {
                    first.make_ascii_uppercase();
                }
                said
            };
            // (point, which extreme it is): the highest, or for a balance
            // its largest surplus and deficit, each said once.
            let value = |p: usize| series.points[p].value;
            let extremes: Vec<(usize, &str)> = if series.signed {
                let surplus = (value(f.record) > 0.0).then_some((f.record, ui.largest_surplus));
                let deficit = (value(f.lowest) < 0.0).then_some((f.lowest, ui.largest_deficit));
                surplus.into_iter().chain(deficit).collect()
            } else {
                vec![(f.record, ui.record)]
            };
            let mut sentences = vec![match extremes.iter().find(|(p, _)| *p == f.latest) {
                Some((_, which)) => say(ui.latest_also, f.latest, which),
                None => say(ui.latest, f.latest, ""),
            }];
            sentences.extend(
                extremes.iter().filter(|(p, _)| *p != f.latest).map(|(p, which)| say(ui.extreme_was, *p, which)),
            );
            sentences.join(" ")
        });
        // Each target still to be judged, and how its value was reached when
        // the promise gave none (an assumption the reader must see).
        let targets = facts.targets.iter().map(|t| {
            let target = &story.targets[t.target];
            let method = target
                .method
                .as_ref()
                .map(|m| format!(" {}{colon} {m}", self.number(target.value)))
                .unwrap_or_default();
            format!("{}{colon} {}.{method}", ui.target_heading, self.target_label(story, t.target))
        });
        // Several panels are said first: each has a value axis of its own,
        // which a reader who cannot see them would not guess.
        let panels = (story.panels.len() > 1).then(|| {
            // Owned, as the sentences are: one join in the wasm, not two.
            let names: Vec<String> =
                story.panels.iter().map(|p| p.label.clone().unwrap_or_else(|| p.unit.clone())).collect();
            ui.panels_stacked.replace("{n}", &names.len().to_string()).replace("{panels}", &names.join(ui.panels_join))
        });
        panels.into_iter().chain(series).chain(targets).collect::<Vec<_>>().join(" ")
    }
}
