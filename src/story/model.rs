//! The validated story: valid by construction, so nothing downstream checks
//! again.
//!
//! Only `validate` builds these types. References are indices that are known
//! to resolve, events are in date order, points are in period order, and
//! every derived figure carries its method. Nothing here parses or renders.

use crate::story::date::PartialDate;
use crate::story::period::Period;

/// An index into [`Story::sources`], known to resolve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SourceRef(pub usize);

/// A story ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    /// BCP 47 language tag of the story's text.
    pub lang: String,
    /// The title.
    pub title: String,
    /// A line under the title.
    pub subtitle: Option<String>,
    /// The date the data is as of.
    pub updated: PartialDate,
    /// A note for readers about the data.
    pub notes: Option<String>,
    /// The span the widget opens on, as its author chose it: first day and
    /// the day after the last.
    pub view: Option<(PartialDate, PartialDate)>,
    /// Every source cited.
    pub sources: Vec<Source>,
    /// Events in date order (ties keep the story's order).
    pub events: Vec<Event>,
    /// Trade series, in the story's order.
    pub series: Vec<Series>,
    /// The chart's panels, top to bottom: one per unit, each with at least
    /// one series (none when the story has no series).
    pub panels: Vec<Panel>,
    /// Targets, in the story's order.
    pub targets: Vec<Target>,
}

/// A cited source.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// The id events cite it by.
    pub id: String,
    /// Outlet or publisher.
    pub name: String,
    /// What the source is.
    pub title: Option<String>,
    /// An http(s) link.
    pub url: Option<String>,
    /// When it was published.
    pub date: Option<PartialDate>,
}

/// How sure the story is of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Certainty {
    /// The source gives the date.
    Exact,
    /// The source gives it roughly.
    Approximate,
    /// The editor deduced it; readers must be told.
    Inferred,
}

/// A dated event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Unique id.
    pub id: String,
    /// When it happened, to the precision written.
    pub date: PartialDate,
    /// When it ended, never before `date`.
    pub end: Option<PartialDate>,
    /// How sure the date is.
    pub certainty: Certainty,
    /// Headline.
    pub title: String,
    /// Plain text; paragraphs separated by blank lines.
    pub text: String,
    /// Grouping category.
    pub category: Option<String>,
    /// At least one source.
    pub sources: Vec<SourceRef>,
}

/// What a figure is.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Published as is.
    Reported,
    /// Computed by us, and how.
    Derived {
        /// How it was computed.
        method: String,
    },
    /// The period is not complete.
    Partial,
    /// An estimate or approximate figure.
    Estimate,
}

impl Status {
    /// The statuses as the format writes them, in the order legends list them.
    pub const NAMES: [&'static str; 4] = ["reported", "derived", "partial", "estimate"];

    /// Its place in [`Status::NAMES`].
    pub fn rank(&self) -> usize {
        match self {
            Status::Reported => 0,
            Status::Derived { .. } => 1,
            Status::Partial => 2,
            Status::Estimate => 3,
        }
    }

    /// The status as the format writes it: "reported", "derived", …
    pub fn name(&self) -> &'static str {
        Status::NAMES[self.rank()]
    }
}

/// Figures counted one way.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Unique id.
    pub id: String,
    /// Legend label.
    pub label: String,
    /// What the values count.
    pub unit: String,
    /// The unit beside a number ("Md$", "${n}bn"), when the story gives one.
    pub short_unit: Option<String>,
    /// Whether its values may be negative (a balance): its summary speaks of
    /// the largest surplus and deficit, not of a record.
    pub signed: bool,
    /// Sources of the series as a whole.
    pub sources: Vec<SourceRef>,
    /// Points in period order, at most one per period.
    pub points: Vec<Point>,
}

/// The series of one unit, on a value axis of their own; the chart stacks
/// its panels on one time axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    /// The unit its series count in.
    pub unit: String,
    /// Written over its value axis instead of the unit, if the story names one.
    pub label: Option<String>,
    /// Its share of the chart's height, against the other panels'.
    pub share: f64,
    /// Its series, as indices into [`Story::series`], in the story's order.
    pub series: Vec<usize>,
}

/// One figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// The period counted.
    pub period: Period,
    /// A finite value (negative in a balance).
    pub value: f64,
    /// What the figure is.
    pub status: Status,
    /// The sources of this very figure (its own, else the series').
    pub sources: Vec<SourceRef>,
    /// A note for readers.
    pub note: Option<String>,
    /// Its index in the story's list of points (the model keeps them in
    /// period order), for warnings to point where the journalist wrote it.
    pub written_at: usize,
}

/// A promise, not a measurement.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// Unique id.
    pub id: String,
    /// Chart label.
    pub label: String,
    /// The level promised.
    pub value: f64,
    /// How we derived `value` when the promise stated none.
    pub method: Option<String>,
    /// By when.
    pub deadline: Period,
    /// When the promise was made.
    pub set: PartialDate,
    /// How sure the `set` date is.
    pub certainty: Certainty,
    /// The series it is measured against, as an index into [`Story::series`].
    pub series: Option<usize>,
    /// At least one source.
    pub sources: Vec<SourceRef>,
    /// When a later promise replaced it.
    pub superseded: Option<PartialDate>,
    /// The replacing target, as an index into [`Story::targets`].
    pub superseded_by: Option<usize>,
    /// When it was reached.
    pub met: Option<PartialDate>,
    /// A note for readers.
    pub note: Option<String>,
}

impl Event {
    /// Its text's paragraphs, trimmed: a blank line separates two.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
    }

    /// The days it covers, as (first day, the day after its last): what the
    /// chart highlights and the window brings into view.
    pub fn days(&self) -> (f64, f64) {
        (f64::from(self.date.first_day().0), f64::from(self.end.unwrap_or(self.date).end_day().0))
    }
}

impl Story {
    /// The panel that series `series` is drawn on (0 for none).
    pub fn panel_of(&self, series: usize) -> usize {
        self.panels.iter().position(|p| p.series.contains(&series)).unwrap_or(0)
    }

    /// The panel that target `target`'s level stands on: its series' (the
    /// first when it names none, which only a one-panel story allows).
    pub fn target_panel(&self, target: usize) -> usize {
        self.targets[target].series.map_or(0, |s| self.panel_of(s))
    }

    /// Each event's first day, in event order: where the chart marks them.
    pub fn event_days(&self) -> Vec<f64> {
        self.events.iter().map(|e| e.days().0).collect()
    }

    /// The index of the event with `id`, or a message for the host who asked
    /// for it (with the nearest id when it looks like a typo).
    pub fn event_index(&self, id: &str) -> Result<usize, String> {
        if let Some(index) = self.events.iter().position(|e| e.id == id) {
            return Ok(index);
        }
        let ids = self.events.iter().map(|e| e.id.as_str());
        Err(match crate::story::suggest::closest(id, ids) {
            Some(near) => format!("no event has the id \"{id}\"; did you mean \"{near}\"?"),
            None if self.events.is_empty() => format!("no event has the id \"{id}\": the story has no events"),
            None => format!("no event has the id \"{id}\""),
        })
    }
}
