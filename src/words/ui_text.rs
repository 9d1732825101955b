//! The interface's own words in each language the widget speaks.
//!
//! The story's text is the story's; these are the labels around it. The
//! words live in `www/words/<lang>.txt`, one per line as `key = text`, in the
//! order of [`UiText`]'s fields (a list repeats its key); translators edit
//! those files, and the code carries their texts alone (`build.rs`). French, the default, is built into every module; the
//! widget's first module carries no other language: the loader fetches the
//! page's language beside the wasm and the widget reads it with
//! [`UiText::parse`]. The command line, the second module and the authoring
//! module carry all five ([`ui_text`]). A language is chosen by its primary
//! subtag ("fr-CA" reads French) and falls back to French. Numbers and dates
//! are not formatted here: a `words::Locale` does that for the chosen
//! language. Words chosen by what they describe (a status, a precision, a
//! half-year) are read through methods, never by index.

use std::sync::OnceLock;

use crate::story::date::Precision;
use crate::story::Status;

/// Declares [`UiText`] with its fields, and reads them from a words file in
/// the same order: the field list is written once.
macro_rules! ui_text {
    ($(#[$outer:meta])* pub struct UiText { $($(#[$doc:meta])* $vis:vis $field:ident: $ty:ty,)* }) => {
        $(#[$outer])*
        pub struct UiText { $($(#[$doc])* $vis $field: $ty,)* }

        impl UiText {
            /// The keys of a words file, in order (a list's once).
            pub const KEYS: &'static [&'static str] = &[$(stringify!($field)),*];

            /// Reads the texts of a words file, one per line in field order
            /// (the file without its keys and comments, as `build.rs` and
            /// `scripts/package-dist.mjs` write it). `None` when it has too
            /// few. The native tests check every file's keys against
            /// [`UiText::KEYS`].
            pub fn parse(text: &'static str) -> Option<UiText> {
                let mut values = text.lines();
                let values: &mut dyn Iterator<Item = &'static str> = &mut values;
                Some(UiText { $($field: Entry::read(values)?,)* })
            }
        }
    };
}

/// A field of [`UiText`]: one value, or a list of `N`, one line each.
trait Entry: Sized {
    fn read(values: &mut dyn Iterator<Item = &'static str>) -> Option<Self>;
}

impl Entry for &'static str {
    fn read(values: &mut dyn Iterator<Item = &'static str>) -> Option<Self> {
        values.next()
    }
}

impl<const N: usize> Entry for [&'static str; N] {
    fn read(values: &mut dyn Iterator<Item = &'static str>) -> Option<Self> {
        let mut list = [""; N];
        for value in &mut list {
            *value = values.next()?;
        }
        Some(list)
    }
}

ui_text! {
/// The labels of the interface in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct UiText {
    /// The BCP 47 tag these words are in.
    pub lang: &'static str,
    /// Name of the timeline region.
    pub timeline: &'static str,
    /// Name of the chart region.
    pub chart: &'static str,
    /// Heading of the problems shown instead of an invalid story.
    pub problems: &'static str,
    /// Explains that the story could not be shown.
    pub problems_intro: &'static str,
    /// Said before an approximate date ("vers 2015").
    pub about: &'static str,
    /// Said after a date the editor deduced, by the precision written:
    /// year, month, day ("année déduite", "mois déduit", "date déduite").
    inferred: [&'static str; 3],
    /// Label before sources.
    pub sources: &'static str,
    /// "line" in "line 3, column 5".
    pub line: &'static str,
    /// "column" in "line 3, column 5".
    pub column: &'static str,
    /// A colon as the language writes it after a label (" :" in French).
    pub colon: &'static str,
    /// Zoom in button.
    pub zoom_in: &'static str,
    /// Zoom out button.
    pub zoom_out: &'static str,
    /// Show the whole story.
    pub fit: &'static str,
    /// Previous event.
    pub previous: &'static str,
    /// Next event.
    pub next: &'static str,
    /// Close the event card.
    pub close: &'static str,
    /// "{n} events" on a cluster; `{n}` is replaced.
    pub events_count: &'static str,
    /// The count of events before the window, on the axis's left end; `{n}` is replaced.
    pub earlier_events: &'static str,
    /// The count of events after the window, on the axis's right end.
    pub later_events: &'static str,
    /// Status words: reported, derived, partial, estimate.
    statuses: [&'static str; 4],
    /// Legend entry for targets.
    pub target: &'static str,
    /// The same word starting a sentence ("Objectif").
    pub target_heading: &'static str,
    /// Said of a superseded target.
    pub superseded: &'static str,
    /// "remaining" before a target's gap.
    pub gap: &'static str,
    /// A target reached in year `{y}`.
    pub met_in: &'static str,
    /// A target whose deadline passed `{n}` short of it.
    pub missed_by: &'static str,
    /// A target replaced by the target labelled `{t}`.
    pub replaced_by: &'static str,
    /// A target reached in `{y}`, then replaced by `{t}`.
    pub met_then_replaced: &'static str,
    /// Half-years, `{y}` standing for the year: "1er semestre {y}".
    halves: [&'static str; 2],
    /// Quarters, `{y}` standing for the year: "3e trimestre {y}".
    quarters: [&'static str; 4],
    /// Legend entry for event markers on the chart.
    pub event_marker: &'static str,
    /// How to use the timeline from the keyboard (read by screen readers).
    pub timeline_help: &'static str,
    /// How to use the chart from the keyboard (read by screen readers).
    pub chart_help: &'static str,
    /// Announced with a selected event: "Événement {i} sur {n}".
    pub event_position: &'static str,
    /// Opens the chart's data as a table.
    pub view_data: &'static str,
    /// Column headings of the data table: period, value, status, note, sources.
    pub columns: [&'static str; 5],
    /// The caption of the targets' table.
    pub targets_caption: &'static str,
    /// Its column headers: target, value, deadline, standing, method and
    /// note, sources.
    pub target_columns: [&'static str; 6],
    /// The chart's summary, a sentence per fact: a series' latest figure
    /// (`{series}`, `{value}` with its unit, `{period}`).
    pub latest: &'static str,
    /// A series' latest figure when it is also `{which}` extreme.
    pub latest_also: &'static str,
    /// An extreme older than the latest figure (`{which}` starts it).
    pub extreme_was: &'static str,
    /// A series' highest figure, as `{which}`.
    pub record: &'static str,
    /// A signed series' highest value above zero.
    pub largest_surplus: &'static str,
    /// A signed series' lowest value below zero.
    pub largest_deficit: &'static str,
    /// Opens the summary of a chart of several panels: their number `{n}`
    /// and `{panels}`, their names top to bottom (label, else unit).
    pub panels_stacked: &'static str,
    /// Between two names in `{panels}`.
    pub panels_join: &'static str,
    /// The control that copies a link to the open event.
    pub copy_link: &'static str,
    /// Said once the link is copied.
    pub link_copied: &'static str,
    /// Label of the download controls.
    pub download: &'static str,
    /// The downloads: chart as SVG, chart as PNG, data as CSV.
    pub downloads: [&'static str; 3],
    /// Said when a file could not be made (its code did not load).
    pub download_failed: &'static str,
    /// Said when the data tables could not be built (their code did not load).
    pub tables_failed: &'static str,
}
}

impl UiText {
    /// The word for a figure's status: "publié", "calculé par nous", …
    pub fn status(&self, status: &Status) -> &'static str {
        match status {
            Status::Reported => self.statuses[0],
            Status::Derived { .. } => self.statuses[1],
            Status::Partial => self.statuses[2],
            Status::Estimate => self.statuses[3],
        }
    }

    /// What is said after a date the editor deduced, by the precision
    /// written: "année déduite", "mois déduit", "date déduite".
    pub fn inferred(&self, precision: Precision) -> &'static str {
        match precision {
            Precision::Year => self.inferred[0],
            Precision::Month => self.inferred[1],
            Precision::Day => self.inferred[2],
        }
    }

    /// Half-year `half` (1 or 2) of `year`: "1er semestre 2025".
    pub fn half(&self, year: i32, half: u8) -> String {
        self.halves[usize::from(half.clamp(1, 2) - 1)].replace("{y}", &year.to_string())
    }

    /// Quarter `quarter` (1 to 4) of `year`: "3e trimestre 2025".
    pub fn quarter(&self, year: i32, quarter: u8) -> String {
        self.quarters[usize::from(quarter.clamp(1, 4) - 1)].replace("{y}", &year.to_string())
    }
}

/// French, the default, built into every module.
pub fn french() -> &'static UiText {
    static FRENCH: OnceLock<UiText> = OnceLock::new();
    FRENCH.get_or_init(|| parse_built_in(include_str!(concat!(env!("OUT_DIR"), "/words-fr.txt"))))
}

fn parse_built_in(text: &'static str) -> UiText {
    UiText::parse(text).expect("www/words/*.txt: every field has a value (native tests)")
}

/// The languages the interface speaks (a file each in `www/words/`), French
/// first (the default). Not in the widget's first module, which is given the
/// page's language instead.
pub fn languages() -> Vec<&'static UiText> {
    static OTHERS: OnceLock<Vec<UiText>> = OnceLock::new();
    let others = OTHERS.get_or_init(|| {
        let texts: &[&'static str] = include!(concat!(env!("OUT_DIR"), "/languages.rs"));
        texts.iter().map(|text| parse_built_in(text)).collect()
    });
    std::iter::once(french()).chain(others).collect()
}

/// The primary subtag of a BCP 47 tag, lower case: "zh" for "zh-Hans-CN".
pub fn primary_subtag(lang: &str) -> String {
    lang.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase()
}

/// The words for `lang`, French when the language is not one the widget speaks.
pub fn ui_text(lang: &str) -> &'static UiText {
    let primary = primary_subtag(lang);
    languages().into_iter().find(|ui| ui.lang == primary).unwrap_or(french())
}

/// The events' table in the data view: its caption and column headers
/// (date, event, category, sources), apart from [`UiText`] because only the
/// second module builds that table: the first module does not carry them.
pub fn events_table_words(lang: &str) -> (&'static str, [&'static str; 4]) {
    const WORDS: [(&str, &str, [&str; 4]); 5] = [
        ("fr", "Événements", ["Date", "Événement", "Catégorie", "Sources"]),
        ("en", "Events", ["Date", "Event", "Category", "Sources"]),
        ("ru", "События", ["Дата", "Событие", "Категория", "Источники"]),
        ("kk", "Оқиғалар", ["Күні", "Оқиға", "Санаты", "Дереккөздер"]),
        ("zh", "事件", ["日期", "事件", "类别", "来源"]),
    ];
    let lang = ui_text(lang).lang;
    let (_, caption, columns) = WORDS.iter().find(|(l, _, _)| *l == lang).unwrap_or(&WORDS[0]);
    (caption, *columns)
}
