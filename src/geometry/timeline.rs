//! The timeline's geometry: which marks to draw where, for a time window and
//! a width.
//!
//! Every event gets an anchor x from the shared time scale; `layout::place`
//! stacks the labels into lanes and clusters what does not fit. Only marks
//! that reach into the view are returned, so the DOM stays as small as what
//! is visible, whatever the story's size.

use crate::geometry::chart::time_scale;
use crate::geometry::layout::{place, LaneOptions, Mark};
use crate::geometry::scale::TimeScale;
use crate::geometry::ticks::{time_ticks, TimeTick};
use crate::geometry::window::TimeWindow;
use crate::story::Story;

/// Lanes above the axis.
pub const LANES: usize = 3;
/// Height of one lane in pixels.
pub const LANE_HEIGHT: f64 = 46.0;
/// Width kept for a cluster's count badge.
pub const BADGE_WIDTH: f64 = 36.0;

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
    /// Marks that reach into the view, in event order.
    pub marks: Vec<Mark>,
}

/// Lays out the events of `story` (in date order) with label widths
/// `label_widths` (one per event) in a view `width` px wide.
pub fn timeline_layout(story: &Story, shown: (f64, f64), width: f64, label_widths: &[f64]) -> TimelineLayout {
    let scale = time_scale(shown, width);
    let labels: Vec<crate::geometry::layout::Label> = story
        .events
        .iter()
        .zip(label_widths)
        .map(|(event, &label)| {
            // Near the right edge a label sits left of its date, so it stays readable.
            let anchor = scale.map(f64::from(event.date.first_day().0));
            crate::geometry::layout::Label { x: anchor.min(width - label).max(anchor - label), width: label }
        })
        .collect();
    let options = LaneOptions { max_lanes: LANES, gap: 6.0, badge: BADGE_WIDTH };
    let marks = place(&labels, options).into_iter().filter(|m| m.end >= 0.0 && m.x <= width).collect();
    TimelineLayout { scale, ticks: time_ticks(&scale, 72.0), marks }
}

/// Whether event `index` has a mark of its own (not inside a cluster) in `layout`.
pub fn has_own_mark(layout: &TimelineLayout, index: usize) -> bool {
    layout.marks.iter().any(|m| !m.is_cluster() && m.first == index)
}

/// The window, moved and then zoomed in around the event as little as
/// needed for event `index` to have a mark of its own in view: where the
/// keyboard's focus goes, the reader sees it and can open it.
pub fn reveal(story: &Story, window: TimeWindow, width: f64, label_widths: &[f64], index: usize) -> TimeWindow {
    let layout = |w: &TimeWindow| timeline_layout(story, w.shown, width, label_widths);
    let now = layout(&window);
    if has_own_mark(&now, index) {
        return window;
    }
    let (start, end) = story.events[index].days();
    let in_view = now.marks.iter().any(|m| m.first <= index && index <= m.last);
    let mut shown = if in_view { window } else { window.centre_on(start, end) };
    // Each step narrows the window by 1.6; the minimum width ends the loop.
    for _ in 0..64 {
        let current = layout(&shown);
        if has_own_mark(&current, index) {
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
