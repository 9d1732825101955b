//! The timeline's geometry: which marks to draw where, for a time window and
//! a width.
//!
//! Every event gets an anchor x from the shared time scale; `layout::place`
//! stacks the labels into lanes and clusters what does not fit. Only marks
//! that reach into the view are returned, so the DOM stays as small as what
//! is visible, whatever the story's size.

use crate::geometry::chart::time_scale;
use crate::geometry::layout::{estimate_width, fit_width, place, Label, LaneOptions, Mark};
use crate::geometry::scale::TimeScale;
use crate::geometry::ticks::{time_ticks, TimeTick, TimeUnit};
use crate::geometry::window::TimeWindow;
use std::borrow::Borrow;

use crate::story::{Event, Story};

/// Lanes above the axis on a wide view.
pub const LANES: usize = 3;
/// Lanes above the axis on a view narrower than [`NARROW`].
pub const NARROW_LANES: usize = 2;
/// Below this width, in pixels, the timeline is a phone's strip.
pub const NARROW: f64 = 600.0;
/// Height of a line of a label, its date or a line of its title, in pixels
/// (the stylesheet's line height).
pub const LABEL_LINE: f64 = 16.0;
/// A label's padding and border, top and bottom together, in pixels.
pub const LABEL_CHROME: f64 = 6.0;
/// The least height of a label, in pixels (a date alone is a touch target).
pub const LABEL_MIN_HEIGHT: f64 = 24.0;
/// Height of a count badge, in pixels.
pub const BADGE_HEIGHT: f64 = 30.0;
/// Height of the time axis under the lanes, in pixels.
pub const AXIS_HEIGHT: f64 = 30.0;
/// Font size of an event's title on the timeline, in CSS pixels.
pub const TITLE_PX: f64 = 13.0;
/// Font size of an event's date on the timeline, in CSS pixels.
pub const DATE_PX: f64 = 12.0;
/// How much wider a semibold title is than the estimate's regular text.
const BOLD: f64 = 1.1;
/// The most lines a title wraps into on the timeline.
pub const TITLE_LINES: usize = 3;
/// A label's box is never narrower than this, in pixels…
pub const LABEL_MIN: f64 = 110.0;
/// …nor wider than this.
pub const LABEL_MAX: f64 = 240.0;
/// The label's padding and border, both sides together, in pixels.
pub const LABEL_PADDING: f64 = 14.0;

/// Width kept for a cluster's count badge, in pixels.
pub const BADGE_WIDTH: f64 = 34.0;
/// Width kept at an end of the axis for the count of events beyond it, in
/// pixels (no tick is written there).
pub const EDGE_WIDTH: f64 = 52.0;
/// Half the widest tick label, in pixels: a tick centred closer than this to
/// an end of the axis, or to a count standing there, is left out rather than
/// cut or covered. A year ("2015" at 12 px) is narrower than a month or a
/// day ("sept. 2023", "12 sept.").
pub fn tick_half(tick: &TimeTick) -> f64 {
    if tick.step.unit == TimeUnit::Year {
        18.0
    } else {
        36.0
    }
}

/// The lanes a view `width` px wide stacks labels into.
pub fn lanes(width: f64) -> usize {
    if width < NARROW {
        NARROW_LANES
    } else {
        LANES
    }
}

/// How far above the axis each lane's labels stand, from the axis up: a
/// lane is as tall as its tallest label or badge (`boxes`, one per event),
/// no gap (a label keeps its padding and border around its text), so that
/// the strip holds no band without a label in it.
pub fn lane_tops(layout: &TimelineLayout, boxes: &[LabelBox]) -> Vec<f64> {
    let lanes = layout.marks.iter().map(|m| m.lane + 1).max().unwrap_or(0);
    let mut heights = vec![0.0_f64; lanes];
    for mark in &layout.marks {
        let own = if mark.is_cluster() { BADGE_HEIGHT } else { boxes[mark.first].height() };
        // A lane no label stands in takes no room.
        heights[mark.lane] = heights[mark.lane].max(own);
    }
    heights
        .iter()
        .scan(0.0, |top, height| {
            *top += height;
            Some(*top)
        })
        .collect()
}

/// The strip's height for what `layout` shows: its lanes ([`lane_tops`])
/// and the axis (a window with no mark is the axis and its counts alone).
pub fn strip_height(layout: &TimelineLayout, boxes: &[LabelBox]) -> f64 {
    lane_tops(layout, boxes).last().copied().unwrap_or(0.0) + AXIS_HEIGHT
}

/// An event's label on the timeline: how wide its box is, and whether it
/// shows the title (whole, in at most [`TITLE_LINES`] lines) or only the
/// date, when the title is too long to be shown whole there. The card
/// always shows the whole title.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    /// The box's width, padding included, in pixels.
    pub width: f64,
    /// The lines the title wraps into; 0 when only the date is shown.
    pub title_lines: usize,
}

impl LabelBox {
    /// The box's height: its date, the lines of its title, padding and
    /// border, and never less than a touch target (the stylesheet's 24 px).
    pub fn height(&self) -> f64 {
        (LABEL_CHROME + LABEL_LINE * (1 + self.title_lines) as f64).max(LABEL_MIN_HEIGHT)
    }
}

/// The label of an event titled `title` whose date is `date_width` px wide.
pub fn label_box(title: &str, date_width: f64) -> LabelBox {
    // Titles are semibold: wider than the estimate's regular weight.
    let bold = TITLE_PX * BOLD;
    let (width, lines) = fit_width(title, bold, LABEL_MIN - LABEL_PADDING, LABEL_MAX - LABEL_PADDING, TITLE_LINES);
    if lines <= TITLE_LINES {
        LabelBox { width: width.max(date_width) + LABEL_PADDING, title_lines: lines }
    } else {
        LabelBox { width: date_width + LABEL_PADDING, title_lines: 0 }
    }
}

/// The width of a date written on the timeline, in pixels.
pub fn date_width(date: &str) -> f64 {
    estimate_width(date, DATE_PX, f64::INFINITY)
}

/// The pixel of an event's date on the timeline (where its stem stands; its
/// label box starts at the mark's `x`, which may be left of this).
pub fn anchor(scale: &TimeScale, story: &Story, event: usize) -> f64 {
    scale.map(f64::from(story.events[event].date.first_day().0))
}

/// What the timeline shows for one window and width.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineLayout {
    /// Days to pixels (the same margins as the chart).
    pub scale: TimeScale,
    /// Axis ticks.
    pub ticks: Vec<TimeTick>,
    /// Where tick labels may stand, left to right: the axis less the counts
    /// at its ends (for [`crate::geometry::ticks::legible_ticks`], once the
    /// labels are written).
    pub tick_room: (f64, f64),
    /// Marks that reach into the view, in event order.
    pub marks: Vec<Mark>,
    /// How many events lie before the first mark, out of view (counted at
    /// the axis's left end, so a reader knows the story goes on).
    pub earlier: usize,
    /// How many events lie after the last mark, out of view.
    pub later: usize,
}

/// Lays out the events of `story` (in date order) with label widths
/// `label_widths` (one per event) in a view `width` px wide; the `priority`
/// event (selected, or where the keyboard is) keeps a label of its own.
pub fn timeline_layout(
    story: &Story,
    shown: (f64, f64),
    width: f64,
    label_widths: &[f64],
    priority: Option<usize>,
) -> TimelineLayout {
    timeline_layout_in(story, shown, width, lanes(width), label_widths, priority)
}

/// [`timeline_layout`] into at most `lanes` lanes.
fn timeline_layout_in(
    story: &Story,
    shown: (f64, f64),
    width: f64,
    lanes: usize,
    label_widths: &[f64],
    priority: Option<usize>,
) -> TimelineLayout {
    let scale = time_scale(shown, width);
    let options = LaneOptions { max_lanes: lanes, gap: 6.0, view: width, badge: BADGE_WIDTH };
    // Only the labels whose box could reach into the view are made and
    // placed (the events are in date order, so they are one run, found by
    // bisection): a step through a story of thousands of events lays out
    // the few dozen near the view, and allocates for no other.
    let reach = label_widths.iter().fold(0.0_f64, |a, &b| a.max(b)) + 2.0 * BADGE_WIDTH + options.gap;
    let anchor = |event: &Event| scale.map(f64::from(event.date.first_day().0));
    let events = &story.events;
    let near = events.partition_point(|e| anchor(e) < -reach)..events.partition_point(|e| anchor(e) <= width + reach);
    let labels: Vec<Label> = events[near.clone()]
        .iter()
        .zip(&label_widths[near.clone()])
        .map(|(event, &width)| Label { anchor: anchor(event), width })
        .collect();
    let priority = priority.filter(|p| near.contains(p)).map(|p| p - near.start);
    // A label partly out of view would be a title cut at the edge, and a
    // badge whose stem is out of view would count events that are not
    // there: both are left out, and their events are counted at the end of
    // the axis they are beyond (reached by "‹", "›", that count or a pan).
    let marks: Vec<Mark> = place(&labels, options, priority)
        .into_iter()
        .map(|m| Mark { first: m.first + near.start, last: m.last + near.start, ..m })
        .filter(|m| {
            if m.is_cluster() {
                (0.0..=width).contains(&m.stem)
            } else {
                m.x >= -0.5 && m.end - 6.0 <= width + 0.5
            }
        })
        .collect();
    let mut shown = vec![false; labels.len()];
    for m in &marks {
        shown[m.first - near.start..=m.last - near.start].fill(true);
    }
    // Every event before the run is beyond the start, every one after it
    // beyond the end; inside it, a hidden label counts on its side.
    let hidden = || labels.iter().zip(&shown).filter(|(_, &s)| !s).map(|(l, _)| l.anchor);
    let hidden_before = hidden().filter(|&a| a < width / 2.0).count();
    let earlier = near.start + hidden_before;
    let later = events.len() - near.end + hidden().count() - hidden_before;
    // A tick's label is whole and clear of the counts at the axis's ends.
    let start = if earlier > 0 { EDGE_WIDTH } else { 0.0 };
    let end = width - if later > 0 { EDGE_WIDTH } else { 0.0 };
    let ticks = time_ticks(&scale, 72.0)
        .into_iter()
        .filter(|t| (start + tick_half(t)..=end - tick_half(t)).contains(&scale.map(f64::from(t.day.0))))
        .collect();
    TimelineLayout { scale, ticks, tick_room: (start, end), marks, earlier, later }
}

/// The largest story whose every event is an item of the timeline's list,
/// drawn or not (a screen reader in browse mode reads the chronology whole);
/// a larger story lists what is drawn and the counts at the axis's ends, so
/// that the document stays bounded by what is in view.
pub const LIST_EVERY_EVENT: usize = 250;

/// One item of the timeline's list, in date order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListItem {
    /// The mark at this index of [`TimelineLayout::marks`] (an event, or a
    /// badge that also lists its events).
    Mark(usize),
    /// An event on no mark: beyond the window, or hidden by its neighbours.
    Unseen(usize),
}

/// The timeline list's items for `layout` of a story of `events` events:
/// every event once, in date order, as its mark (a badge stands for all of
/// its events) or as an unseen item, up to [`LIST_EVERY_EVENT`] events;
/// only the marks beyond that.
pub fn list_items(layout: &TimelineLayout, events: usize) -> Vec<ListItem> {
    if events > LIST_EVERY_EVENT {
        return (0..layout.marks.len()).map(ListItem::Mark).collect();
    }
    let mut items = Vec::with_capacity(events);
    let mut next = 0;
    for (m, mark) in layout.marks.iter().enumerate() {
        items.extend((next..mark.first).map(ListItem::Unseen));
        items.push(ListItem::Mark(m));
        next = mark.last + 1;
    }
    items.extend((next..events).map(ListItem::Unseen));
    items
}

/// Whether event `index` has a mark of its own (not inside a cluster) in `layout`.
pub fn has_own_mark(layout: &TimelineLayout, index: usize) -> bool {
    layout.marks.iter().any(|m| !m.is_cluster() && m.first == index)
}

/// The window, moved as little as needed for event `index` to be in view
/// with its label whole: where the keyboard's focus or the selection goes,
/// the reader sees it. (The layout gives it a label of its own, as its
/// priority.)
pub fn reveal(story: &Story, window: TimeWindow, width: f64, label_widths: &[f64], index: usize) -> TimeWindow {
    reveal_by(story, window, width, index, |w| timeline_layout(story, w.shown, width, label_widths, Some(index)))
}

/// [`reveal`], laying out through `layout` (the window, with `index` as the
/// priority).
fn reveal_by<L: Borrow<TimelineLayout>>(
    story: &Story,
    window: TimeWindow,
    width: f64,
    index: usize,
    layout: impl Fn(&TimeWindow) -> L,
) -> TimeWindow {
    if has_own_mark(layout(&window).borrow(), index) {
        return window;
    }
    let (start, end) = story.events[index].days();
    let centred = window.centre_on(start, end);
    if has_own_mark(layout(&centred).borrow(), index) {
        return centred;
    }
    // Still cut at an edge (the view narrower than window and label): zoom
    // in around it, a step at a time, until the label is whole in view.
    let mut shown = centred;
    for _ in 0..32 {
        let current = layout(&shown);
        let current = current.borrow();
        if has_own_mark(current, index) {
            break;
        }
        let x = current.scale.map(start).clamp(0.0, width);
        let next = shown.zoom(current.scale, x, 1.6);
        if next == shown {
            break;
        }
        shown = next;
    }
    shown
}

/// The last layout of one widget's timeline, kept: `reveal` ends on the
/// layout of the window it chooses, which is the one the view then shows
/// (the same window, width and priority), so a step to the next event lays
/// the timeline out once for both instead of twice. One per widget: its
/// story, label widths and lanes never change.
#[derive(Default)]
pub struct LayoutMemo {
    last: std::sync::Mutex<Option<(LayoutKey, std::sync::Arc<TimelineLayout>)>>,
    /// At most one lane (a compact widget, beside the article's own text:
    /// the selected event's label, its neighbours on badges).
    one_lane: bool,
}

/// What a layout depends on, besides the story and its label widths.
type LayoutKey = (u64, u64, u64, Option<usize>);

impl LayoutMemo {
    /// A memo for a widget whose strip has one lane when `one_lane`, else
    /// as many as its width takes ([`lanes`]).
    pub fn new(one_lane: bool) -> Self {
        Self { one_lane, ..Self::default() }
    }

    /// [`timeline_layout`], or the same layout as the last call's when
    /// asked for the same window, width and priority.
    pub fn layout(
        &self,
        story: &Story,
        shown: (f64, f64),
        width: f64,
        label_widths: &[f64],
        priority: Option<usize>,
    ) -> std::sync::Arc<TimelineLayout> {
        let key = (shown.0.to_bits(), shown.1.to_bits(), width.to_bits(), priority);
        let mut last = self.last.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        match &*last {
            Some((k, layout)) if *k == key => layout.clone(),
            _ => {
                let lanes = if self.one_lane { 1 } else { lanes(width) };
                let layout =
                    std::sync::Arc::new(timeline_layout_in(story, shown, width, lanes, label_widths, priority));
                *last = Some((key, layout.clone()));
                layout
            }
        }
    }

    /// [`reveal`], laying out through this memo.
    pub fn reveal(
        &self,
        story: &Story,
        window: TimeWindow,
        width: f64,
        label_widths: &[f64],
        index: usize,
    ) -> TimeWindow {
        reveal_by(story, window, width, index, |w| self.layout(story, w.shown, width, label_widths, Some(index)))
    }

    /// How the badge of the cluster of `count` events from `first` opens, in
    /// a view `width` px wide, laid out through this memo.
    #[allow(clippy::too_many_arguments)]
    pub fn open_cluster(
        &self,
        story: &Story,
        window: TimeWindow,
        width: f64,
        label_widths: &[f64],
        first: usize,
        count: usize,
        priority: Option<usize>,
    ) -> ClusterOpening {
        open_cluster_by(story, window, first, count, |shown| self.layout(story, shown, width, label_widths, priority))
    }
}

/// The day "+" and "−" zoom around: the selected event, else the event in
/// view with the most dates (events' and figures') around it, else the
/// figure in view nearest the middle, else the middle of the window.
/// "Around" is a fixed share of the whole story, so "+" pressed again picks
/// the same event (zooming keeps it where it is) instead of drifting, and
/// zooming in there never lands in years without events or figures.
pub fn zoom_focus(story: &Story, window: TimeWindow, selected: Option<usize>) -> f64 {
    if let Some(event) = selected.and_then(|i| story.events.get(i)) {
        let (start, end) = event.days();
        return (start + end) / 2.0;
    }
    let figures = story
        .series
        .iter()
        .flat_map(|s| &s.points)
        .map(|p| (f64::from(p.period.first_day().0) + f64::from(p.period.end_day().0)) / 2.0);
    let events = story.events.iter().map(|e| e.days().0);
    let mut dates: Vec<f64> = events.clone().chain(figures.clone()).collect();
    dates.sort_by(f64::total_cmp);
    // About what four presses of "+" show of the whole story.
    let radius = (window.full.1 - window.full.0) / 13.0;
    let around = |d: f64| dates.partition_point(|&x| x <= d + radius) - dates.partition_point(|&x| x < d - radius);
    let in_view = |d: &f64| *d >= window.shown.0 && *d <= window.shown.1;
    // The earliest of equals, so that the choice does not depend on the window.
    let densest = events.filter(in_view).map(|d| (around(d), d)).fold(None, |best: Option<(usize, f64)>, c| {
        if best.is_none_or(|b| c.0 > b.0) {
            Some(c)
        } else {
            best
        }
    });
    let middle = (window.shown.0 + window.shown.1) / 2.0;
    densest.map(|(_, d)| d).unwrap_or_else(|| {
        figures.filter(in_view).min_by(|a, b| (a - middle).abs().total_cmp(&(b - middle).abs())).unwrap_or(middle)
    })
}

/// What tapping a cluster's badge does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ClusterOpening {
    /// Zoom in on its events: at least one of them gets a mark of its own.
    Zoom(TimeWindow),
    /// Its events cannot be told apart by zooming (the same day, or closer
    /// than the deepest zoom): list them.
    List,
}

/// How the badge of the cluster of `count` events from `first` opens,
/// laying out through `layout` (a window's days, with the priority event's
/// label kept).
fn open_cluster_by<L: Borrow<TimelineLayout>>(
    story: &Story,
    window: TimeWindow,
    first: usize,
    count: usize,
    layout: impl Fn((f64, f64)) -> L,
) -> ClusterOpening {
    let Some((start, end)) = story.events_span(first, count) else { return ClusterOpening::List };
    let zoomed = window.zoom_to(start, end);
    // Laid out as the view will be: with the selected (or focused) event's
    // label kept, which may leave the cluster's events on a badge again.
    let layout = layout(zoomed.shown);
    let last = first + count - 1;
    let separated = (first..=last).any(|i| has_own_mark(layout.borrow(), i));
    if separated {
        ClusterOpening::Zoom(zoomed)
    } else {
        ClusterOpening::List
    }
}
