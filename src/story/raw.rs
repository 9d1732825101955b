//! The story format as written: every field optional and lenient, close to
//! the JSON.
//!
//! These types only read; they judge nothing. Required fields, dates, ids and
//! references are checked once, by `validate`, which turns a [`RawStory`]
//! into a `Story` or the list of every problem. Unknown keys are collected
//! rather than rejected so that a typo is reported beside the other problems.
//! The doc comments here become the JSON Schema's descriptions, which editors
//! show while a journalist types; which fields are required is stated once,
//! in `validate::fields`.
//!
//! The objects are read by one small visitor each, written by `raw_object!`,
//! rather than derived with `#[serde(flatten)]` for the unknown keys: flatten
//! buffers every object and compiles each field's reader a second time, for
//! its buffer (measured: the largest part of the wasm's JSON code).

use std::collections::BTreeSet;

use schemars::JsonSchema;
use serde::Deserialize;

use super::field::Field;

/// The written forms of a date, for editors: "2025-08-20", "2023-05", "2015".
pub const DATE_PATTERN: &str = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
/// The written forms of a period: "2024", "2025-H1", "2025-Q3", "2025-06".
pub const PERIOD_PATTERN: &str = r"^[0-9]{4}(-(H[12]|Q[1-4]|[0-9]{2}))?$";

/// Keys the format does not know, kept to report them.
pub type UnknownKeys = BTreeSet<String>;

/// A trade-timeline story: events on a timeline, trade figures, and the
/// targets that were promised.
#[derive(Debug, Default, JsonSchema)]
#[schemars(deny_unknown_fields, title = "trade-timeline story, format version 1")]
pub struct RawStory {
    /// Where editors find this schema, e.g. "../story.schema.json".
    #[schemars(rename = "$schema")]
    pub schema: Field<String>,
    /// The format version: 1.
    pub version: Field<u32>,
    /// The story's language, as a BCP 47 tag: "fr", "en", "zh-Hans".
    pub lang: Field<String>,
    /// The story's title.
    pub title: Field<String>,
    /// A line under the title.
    pub subtitle: Field<String>,
    /// The date the data is as of: "2025-08-23", "2025-08" or "2025".
    #[schemars(pattern(DATE_PATTERN))]
    pub updated: Field<String>,
    /// A note for readers about the data (plain text).
    pub notes: Field<String>,
    /// The span the widget opens on, two dates: `["2010", "2030"]`. The
    /// whole story stays reachable; without it the story opens whole.
    pub view: Field<Vec<Field<String>>>,
    /// Every source the story cites; events, figures and targets name them by id.
    pub sources: Field<Vec<Field<RawSource>>>,
    /// The dated events of the timeline.
    pub events: Field<Vec<Field<RawEvent>>>,
    /// Trade figures over time, one series per way of counting.
    pub series: Field<Vec<Field<RawSeries>>>,
    /// The chart's panels, one per unit, stacked on one time axis: their
    /// order, label and share of the height. Without it, each unit gets a
    /// panel, in the order the series first use them.
    pub panels: Field<Vec<Field<RawPanel>>>,
    /// What was promised, not measured: a level to reach by a deadline.
    pub targets: Field<Vec<Field<RawTarget>>>,
    #[schemars(skip)]
    #[allow(missing_docs)]
    pub unknown: UnknownKeys,
}

/// A publication, article or dataset the story cites.
#[derive(Debug, Default, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Source")]
pub struct RawSource {
    /// A short id that events and figures use to cite this source: "gazette-2025-08".
    pub id: Field<String>,
    /// The outlet or publisher: "La Gazette".
    pub name: Field<String>,
    /// What the source is: an article's subject, a table's name.
    pub title: Field<String>,
    /// A link to it; http or https only.
    pub url: Field<String>,
    /// When it was published: "2025-08-23", "2025-08" or "2025".
    #[schemars(pattern(DATE_PATTERN))]
    pub date: Field<String>,
    #[schemars(skip)]
    #[allow(missing_docs)]
    pub unknown: UnknownKeys,
}

/// How sure the story is of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "Certainty")]
pub enum RawCertainty {
    /// The source gives this date.
    Exact,
    /// The source gives the date only roughly.
    Approximate,
    /// The source does not give it; the editor deduced it, and readers are told.
    Inferred,
}

/// One dated event on the timeline.
#[derive(Debug, Default, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Event")]
pub struct RawEvent {
    /// A unique id, used in links and by `start`: "visa-free-2023".
    pub id: Field<String>,
    /// When: "2025-08-20", "2023-05" or "2015". Write only what you know.
    #[schemars(pattern(DATE_PATTERN))]
    pub date: Field<String>,
    /// When it ended, for events that last: same forms as `date`.
    #[schemars(pattern(DATE_PATTERN))]
    pub end: Field<String>,
    /// How sure the date is; "exact" when left out.
    pub certainty: Field<RawCertainty>,
    /// A short headline.
    pub title: Field<String>,
    /// What happened, in plain text; separate paragraphs with a blank line.
    pub text: Field<String>,
    /// A category to group events: "commerce", "diplomatie".
    pub category: Field<String>,
    /// Ids of the sources for this event: at least one.
    pub sources: Field<Vec<Field<String>>>,
    #[schemars(skip)]
    #[allow(missing_docs)]
    pub unknown: UnknownKeys,
}

/// What a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[schemars(rename = "Status")]
pub enum RawStatus {
    /// Published by the source as is.
    Reported,
    /// Computed by us from reported figures; say how in `method`.
    Derived,
    /// For a period that is not complete (a half-year in a yearly series).
    Partial,
    /// An estimate or approximate figure.
    Estimate,
}

/// A series of trade figures counted one way.
#[derive(Debug, Default, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Series")]
pub struct RawSeries {
    /// A unique id: "china-customs".
    pub id: Field<String>,
    /// The legend's label: "Chinese customs (GACC)".
    pub label: Field<String>,
    /// What the values count: "billions of US dollars".
    pub unit: Field<String>,
    /// The unit as a newsroom writes it beside a number, for the value axis,
    /// the tooltips and the chart's labels: "Md$", or with `{n}` where the
    /// number goes, "${n}bn". The legend and the tables keep `unit`.
    pub short_unit: Field<String>,
    /// Whether values may be negative (a trade balance); false when left out.
    pub signed: Field<bool>,
    /// Ids of the sources for the whole series: at least one.
    pub sources: Field<Vec<Field<String>>>,
    /// The figures, one per period.
    pub points: Field<Vec<Field<RawPoint>>>,
    #[schemars(skip)]
    #[allow(missing_docs)]
    pub unknown: UnknownKeys,
}

/// A panel of the chart: the series of one unit, on a value axis of their own.
#[derive(Debug, Default, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Panel")]
pub struct RawPanel {
    /// The unit of its series, as they write it: "billions of US dollars".
    pub unit: Field<String>,
    /// What is written over its value axis instead of the unit: "Share of trade, %".
    pub label: Field<String>,
    /// Its share of the chart's height, against the other panels' (1 when
    /// left out): 2 makes it twice as tall as a panel of 1.
    pub share: Field<f64>,
    #[schemars(skip)]
    #[allow(missing_docs)]
    pub unknown: UnknownKeys,
}

/// One figure for one period.
#[derive(Debug, Default, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Point")]
pub struct RawPoint {
    /// The period counted: "2024", "2025-H1", "2025-Q3" or "2025-06".
    #[schemars(pattern(PERIOD_PATTERN))]
    pub period: Field<String>,
    /// The figure, in the series' unit.
    pub value: Field<f64>,
    /// What the figure is; "reported" when left out.
    pub status: Field<RawStatus>,
    /// Ids of the sources for this figure, when they differ from the series'.
    pub sources: Field<Vec<Field<String>>>,
    /// How a derived figure was computed (required when status is "derived").
    pub method: Field<String>,
    /// A note for readers: a range the sources give, a change on a year.
    pub note: Field<String>,
    #[schemars(skip)]
    #[allow(missing_docs)]
    pub unknown: UnknownKeys,
}

/// A promise: a level to reach by a deadline. Not a measurement.
#[derive(Debug, Default, JsonSchema)]
#[schemars(deny_unknown_fields, rename = "Target")]
pub struct RawTarget {
    /// A unique id: "target-40bn".
    pub id: Field<String>,
    /// The label on the chart: "40 Md$ d'ici 2030".
    pub label: Field<String>,
    /// The level promised, in the unit of the series it is compared with.
    pub value: Field<f64>,
    /// When the promise did not state a number: how we derived `value`.
    pub method: Field<String>,
    /// The period by which the level is to be reached: "2030".
    #[schemars(pattern(PERIOD_PATTERN))]
    pub deadline: Field<String>,
    /// When the promise was made.
    #[schemars(pattern(DATE_PATTERN))]
    pub set: Field<String>,
    /// How sure the `set` date is; "exact" when left out.
    pub certainty: Field<RawCertainty>,
    /// The id of the series the target is measured against.
    pub series: Field<String>,
    /// Ids of the sources for the promise: at least one.
    pub sources: Field<Vec<Field<String>>>,
    /// When a later promise replaced this one.
    #[schemars(pattern(DATE_PATTERN))]
    pub superseded: Field<String>,
    /// The id of the target that replaced this one.
    pub superseded_by: Field<String>,
    /// When the level was reached.
    #[schemars(pattern(DATE_PATTERN))]
    pub met: Field<String>,
    /// A note for readers.
    pub note: Field<String>,
    #[schemars(skip)]
    #[allow(missing_docs)]
    pub unknown: UnknownKeys,
}

/// How the message for a field written twice begins (`field` words it).
pub(crate) const REPEATED: &str = "written twice in one object: ";

/// The error for a known key written twice in one object.
fn repeated<E: serde::de::Error>(key: &str) -> E {
    E::custom(format_args!("{REPEATED}\"{key}\""))
}

/// Reads a JSON object into a raw type: each known key into its field, any
/// other key into `unknown` (its value is skipped, but still checked as JSON).
/// A known key written twice is refused: a JSON reader keeps one of the two
/// values, and which one the journalist meant is theirs to say.
macro_rules! raw_object {
    ($ty:ident { $($key:literal => $field:ident),* $(,)? }) => {
        impl $ty {
            /// The keys of this object in the story format, in the order the
            /// format lists them: the one list of its fields (validation's
            /// "did you mean", the schema's and the CSV import's columns).
            pub const FIELDS: &'static [&'static str] = &[$($key),*];
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visit;
                impl<'de> serde::de::Visitor<'de> for Visit {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str("an object")
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$ty, A::Error> {
                        let mut read = $ty::default();
                        // Bit i: the i-th known key was read.
                        let mut seen = 0u64;
                        while let Some(key) = map.next_key::<String>()? {
                            if let Some(i) = $ty::FIELDS.iter().position(|k| *k == key) {
                                if seen & (1 << i) != 0 {
                                    return Err(repeated(&key));
                                }
                                seen |= 1 << i;
                            }
                            match key.as_str() {
                                $($key => read.$field = map.next_value()?,)*
                                _ => {
                                    map.next_value::<serde::de::IgnoredAny>()?;
                                    read.unknown.insert(key);
                                }
                            }
                        }
                        Ok(read)
                    }
                }
                deserializer.deserialize_map(Visit)
            }
        }
    };
}

raw_object!(RawStory {
    "$schema" => schema, "version" => version, "lang" => lang, "title" => title, "subtitle" => subtitle,
    "updated" => updated, "notes" => notes, "view" => view, "sources" => sources, "events" => events, "series" => series,
    "panels" => panels, "targets" => targets,
});
raw_object!(RawPanel { "unit" => unit, "label" => label, "share" => share });
raw_object!(RawSource { "id" => id, "name" => name, "title" => title, "url" => url, "date" => date });
raw_object!(RawEvent {
    "id" => id, "date" => date, "end" => end, "certainty" => certainty, "title" => title, "text" => text,
    "category" => category, "sources" => sources,
});
raw_object!(RawSeries {
    "id" => id, "label" => label, "unit" => unit, "short_unit" => short_unit, "signed" => signed, "sources" => sources, "points" => points,
});
raw_object!(RawPoint {
    "period" => period, "value" => value, "status" => status, "sources" => sources, "method" => method,
    "note" => note,
});
raw_object!(RawTarget {
    "id" => id, "label" => label, "value" => value, "method" => method, "deadline" => deadline, "set" => set,
    "certainty" => certainty, "series" => series, "sources" => sources, "superseded" => superseded,
    "superseded_by" => superseded_by, "met" => met, "note" => note,
});
