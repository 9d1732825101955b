//! The time window the reader looks at, shared by the timeline and the chart.
//!
//! One [`TimeWindow`] per widget: zooming or panning either view changes it,
//! and both redraw from it, so they cannot drift apart. The window never
//! leaves the story's extent (with a margin) and never narrows below a few
//! days. Pixels come in through the view's own [`TimeScale`].

use crate::geometry::scale::TimeScale;
use crate::story::date::PartialDate;
use crate::story::Story;

/// The narrowest window, in days, for a story dated to the day.
pub const MIN_DAYS: f64 = 14.0;
/// The narrowest window for a story whose finest date is a month.
pub const MIN_DAYS_MONTHS: f64 = 92.0;
/// The narrowest window for a story whose finest date is a year.
pub const MIN_DAYS_YEARS: f64 = 730.0;

/// The whole story's extent and the part of it shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeWindow {
    /// Everything the story dates, with a margin: the "fit all" window.
    pub full: (f64, f64),
    /// What is shown now.
    pub shown: (f64, f64),
    /// The narrowest it may get, in days: no single days for a story of
    /// years (from the story's finest date or period).
    pub min_days: f64,
}

impl TimeWindow {
    /// The window over all of a story's events, figures and targets,
    /// showing the story's `view` if it has one, else the span its figures
    /// and targets cover (see [`opening`]).
    pub fn fit(story: &Story) -> TimeWindow {
        let days = story
            .events
            .iter()
            .flat_map(|e| [e.date.first_day(), e.end.unwrap_or(e.date).end_day()])
            .chain(
                story
                    .series
                    .iter()
                    .flat_map(|s| s.points.iter().flat_map(|p| [p.period.first_day(), p.period.end_day()])),
            )
            .chain(story.targets.iter().flat_map(|t| [t.set.first_day(), t.deadline.end_day()]))
            .chain(story.view.iter().flat_map(|(start, end)| [start.first_day(), end.end_day()]))
            .map(|d| f64::from(d.0));
        let (low, high) = days.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), d| (lo.min(d), hi.max(d)));
        let (low, high) = if low.is_finite() { (low, high.max(low + MIN_DAYS)) } else { (0.0, 365.0) };
        let margin = (high - low) * MARGIN;
        let full = (low - margin, high + margin);
        let min_days = finest(story);
        // The story's own `view`, when its author set one, is what it opens on.
        let shown = match story.view {
            Some((start, end)) => (f64::from(start.first_day().0), f64::from(end.end_day().0)),
            None => opening(story, full, min_days),
        };
        TimeWindow { full, shown, min_days }
    }

    /// Whether the whole story is shown.
    pub fn is_full(&self) -> bool {
        self.shown == self.full
    }

    fn with(&self, scale: TimeScale) -> TimeWindow {
        TimeWindow { shown: scale.clamped(self.full, self.min_days).domain, ..*self }
    }

    /// Zoomed by `factor` (> 1 in) around pixel `x` of a view drawn with `scale`.
    pub fn zoom(&self, scale: TimeScale, x: f64, factor: f64) -> TimeWindow {
        self.with(TimeScale { domain: self.shown, ..scale }.zoom_at(x, factor))
    }

    /// Moved with a drag of `dx` pixels in a view drawn with `scale`.
    pub fn pan(&self, scale: TimeScale, dx: f64) -> TimeWindow {
        self.with(TimeScale { domain: self.shown, ..scale }.pan(dx))
    }

    /// Centred on a span, keeping the current width if it fits, else widened.
    pub fn centre_on(&self, start: f64, end: f64) -> TimeWindow {
        let width = (self.shown.1 - self.shown.0).max((end - start) * 1.5);
        let middle = (start + end) / 2.0;
        let scale = TimeScale { domain: (middle - width / 2.0, middle + width / 2.0), range: (0.0, 1.0) };
        self.with(scale)
    }

    /// Zoomed in on a span (a cluster), with some room around it.
    pub fn zoom_to(&self, start: f64, end: f64) -> TimeWindow {
        let room = ((end - start) * 0.25).max(self.min_days / 2.0);
        self.with(TimeScale { domain: (start - room, end + room), range: (0.0, 1.0) })
    }

    /// Showing the span `text` names (a scrollytelling step's
    /// `data-tt-window`), within the story's extent: two dates as a story's
    /// `view` takes them, joined by a slash, "2013/2025" or
    /// "2014-09/2015-03", from the first day of the one to the last of the
    /// other. None when it is not that ([`NOT_A_SPAN`] says why).
    pub fn over(&self, text: &str) -> Option<TimeWindow> {
        let (start, end) = text.split_once('/')?;
        let (start, end) =
            (PartialDate::parse(start.trim()).ok()?.first_day(), PartialDate::parse(end.trim()).ok()?.end_day());
        (start < end)
            .then(|| self.with(TimeScale { domain: (f64::from(start.0), f64::from(end.0)), range: (0.0, 1.0) }))
    }

    /// Whether a span is at least partly in view.
    pub fn shows(&self, start: f64, end: f64) -> bool {
        end >= self.shown.0 && start <= self.shown.1
    }

    /// The event a narrow view opens on, its card shown: the first event
    /// that starts in the window (where the story the window tells
    /// begins), else the first one of all.
    pub fn first_event(&self, story: &Story) -> Option<usize> {
        let starts_in = |e: &crate::story::Event| (self.shown.0..=self.shown.1).contains(&e.days().0);
        story.events.iter().position(starts_in).or((!story.events.is_empty()).then_some(0))
    }
}

/// Why a step's `data-tt-window` is not read ([`TimeWindow::over`]).
pub const NOT_A_SPAN: &str = "is not a span of time: write two dates, the earlier first, as \"2013/2025\"";

/// Room left at each end of a window, as a share of what it must show.
const MARGIN: f64 = 0.03;

/// The window a story without a `view` opens on: the span its figures and
/// targets cover, and the events close to it, with a margin, so that the
/// chart is filled and the events of those years are spread out to be read;
/// events further away are one "‹", "›" or count at the axis's end away. A
/// story without figures, or whose figures cover most of it anyway, opens on
/// all of it.
fn opening(story: &Story, full: (f64, f64), min_days: f64) -> (f64, f64) {
    let days = story
        .series
        .iter()
        .flat_map(|s| s.points.iter().flat_map(|p| [p.period.first_day(), p.period.end_day()]))
        .chain(story.targets.iter().flat_map(|t| [t.set.first_day(), t.deadline.end_day()]))
        .map(|d| f64::from(d.0));
    let (mut low, mut high) = days.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), d| (lo.min(d), hi.max(d)));
    if !low.is_finite() {
        return full;
    }
    // Events close to that span are taken in, nearest first, while the
    // figures still fill two thirds of the window.
    let most = (high - low) * 1.5;
    // (An event is taken in whole, to its last day.)
    let mut outside: Vec<f64> = story
        .events
        .iter()
        .map(|e| e.days())
        .map(|(start, end)| if start < low { start } else { end })
        .filter(|&d| d < low || d > high)
        .collect();
    let distance = |d: &f64| if *d < low { low - d } else { d - high };
    outside.sort_by(|a, b| distance(a).total_cmp(&distance(b)));
    for day in outside {
        if high.max(day) - low.min(day) > most {
            break;
        }
        (low, high) = (low.min(day), high.max(day));
    }
    let margin = ((high - low) * MARGIN).max(min_days / 2.0);
    let shown = (low - margin, high + margin);
    // Within a tenth of the whole, opening on less would only hide events.
    if (shown.1 - shown.0) >= (full.1 - full.0) * 0.9 {
        return full;
    }
    TimeScale { domain: shown, range: (0.0, 1.0) }.clamped(full, min_days).domain
}

/// The narrowest window a story's dates ask for: a fortnight when an event
/// or a figure is dated to the day or covers a month, a quarter when the
/// finest is a month, two years when every date is a year.
fn finest(story: &Story) -> f64 {
    use crate::story::date::Precision;
    use crate::story::period::Period;
    let events = story.events.iter().flat_map(|e| [Some(e.date), e.end]).flatten().map(|d| match d.precision() {
        Precision::Day => MIN_DAYS,
        Precision::Month => MIN_DAYS_MONTHS,
        Precision::Year => MIN_DAYS_YEARS,
    });
    let figures = story.series.iter().flat_map(|s| &s.points).map(|p| match p.period {
        Period::Month(..) => MIN_DAYS,
        Period::Quarter(..) | Period::Half(..) => MIN_DAYS_MONTHS,
        Period::Year(_) => MIN_DAYS_YEARS,
    });
    events.chain(figures).fold(MIN_DAYS_YEARS, f64::min)
}
