//! Where everything of the chart goes, in CSS pixels.
//!
//! Computed from the story, the shared time window and the chart's size; no
//! drawing, no DOM. The horizontal margins are shared with the timeline so
//! the two time axes line up to the pixel. A story in several units stacks
//! one panel per unit (`story::panels`) on the one time axis: each panel
//! has its own value scale, fitted to what is in the window, and the time
//! axis is written once, under the last.

use crate::geometry::layout::nearest;
use crate::geometry::scale::{LinearScale, TimeScale};
use crate::geometry::ticks::{nice_ceiling, time_ticks, value_ticks, TimeTick};
use crate::story::Story;

/// Space left of the plot, for value labels (shared with the timeline).
pub const PLOT_MARGIN_LEFT: f64 = 44.0;
/// Space right of the plot (shared with the timeline).
pub const PLOT_MARGIN_RIGHT: f64 = 12.0;
/// Space over each panel's plot: the unit written over its value axis (11
/// px, its font box about 13 px) stands whole inside the drawing.
const MARGIN_TOP: f64 = 15.0;
const MARGIN_BOTTOM: f64 = 26.0;
/// Space between a panel's plot (its lowest value label) and the unit of
/// the panel under it: enough that the two read as two panels.
const PANEL_GAP: f64 = 18.0;
/// The fewest pixels a panel's plot takes: two value labels and a mark apart.
pub const PANEL_LEAST: f64 = 60.0;

/// The chart's height in CSS pixels: the fewest it gives up to fit the
/// height reserved while loading, the one it takes otherwise, and the most.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Heights {
    /// Its axis labels, the figures' marks and a target's label still apart.
    pub least: f64,
    /// Unless it fits a reserved height.
    pub natural: f64,
    /// Taller, a chart reads no better on any screen.
    pub most: f64,
}

/// The heights of a chart of `panels` panels; `compact` for a stepped
/// widget on a phone, which shares the screen with the article's paragraph.
/// Each panel past the first adds its own room.
pub fn chart_heights(panels: usize, compact: bool) -> Heights {
    let more = panels.saturating_sub(1) as f64;
    let least = if compact { 150.0 } else { 200.0 };
    Heights {
        least: least + more * (PANEL_LEAST + MARGIN_TOP + PANEL_GAP),
        natural: 280.0 + more * 160.0,
        most: 480.0 + more * 200.0,
    }
}

/// The chart's size and the time window it shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Width in CSS pixels.
    pub width: f64,
    /// Height in CSS pixels.
    pub height: f64,
    /// First and last day shown.
    pub domain: (f64, f64),
}

/// A point placed on the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedPoint {
    /// Index of the series in the story.
    pub series: usize,
    /// Index of the point in its series.
    pub point: usize,
    /// Centre, in pixels.
    pub x: f64,
    /// Centre, in pixels.
    pub y: f64,
    /// Left and right pixel of the period the figure covers.
    pub span: (f64, f64),
    /// The panel it stands on.
    pub panel: usize,
}

/// A target's level placed on the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedTarget {
    /// Index of the target in the story.
    pub target: usize,
    /// From the day it was set to the end of its deadline, in pixels.
    pub from: f64,
    /// The end of its deadline, in pixels.
    pub to: f64,
    /// Its level, in pixels.
    pub y: f64,
    /// What remains from the latest reported value to the target, if any.
    pub gap: Option<f64>,
    /// The panel it stands on.
    pub panel: usize,
}

/// Room above the highest value (and below the lowest negative one) before
/// the axis is rounded to a nice number.
const HEADROOM: f64 = 1.05;

/// The lowest and highest values panel `panel`'s value axis must show for
/// the days `domain`: its figures whose periods reach into it and its
/// targets whose span (set to deadline) does, else (nothing in view) all of
/// them; zero always, so that amounts stand on their baseline and a signed
/// series shows where it changes sign. Zooming or panning rescales the axis
/// to what is in view.
pub fn value_extent(story: &Story, panel: usize, domain: (f64, f64)) -> (f64, f64) {
    let points = (0..story.series.len())
        .filter(|&s| story.panel_of(s) == panel)
        .flat_map(|s| &story.series[s].points)
        .map(|p| (p.value, p.period.first_day(), p.period.end_day()));
    let targets = (0..story.targets.len())
        .filter(|&t| story.target_panel(t) == panel)
        .map(|t| &story.targets[t])
        .map(|t| (t.value, t.set.first_day(), t.deadline.end_day()));
    // (lowest, highest) of what reaches into the window, then of everything.
    let mut seen = [(0.0_f64, 0.0_f64, false); 2];
    for (value, start, end) in points.chain(targets) {
        let reaches = f64::from(end.0) >= domain.0 && f64::from(start.0) <= domain.1;
        for (lo, hi, any) in if reaches { &mut seen[..] } else { &mut seen[1..] } {
            (*lo, *hi, *any) = (lo.min(value), hi.max(value), true);
        }
    }
    let [(lo, hi, any), (lo_all, hi_all, _)] = seen;
    if any {
        (lo, hi)
    } else {
        (lo_all, hi_all)
    }
}

/// One panel of the chart, placed: the series of one unit.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelGeometry {
    /// Its plot area: left, top, right, bottom.
    pub plot: (f64, f64, f64, f64),
    /// Values to pixels up its plot.
    pub value: LinearScale,
    /// Its value ticks.
    pub value_ticks: Vec<f64>,
}

/// Everything the chart draws, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartGeometry {
    /// The frame this was computed for.
    pub frame: Frame,
    /// Days to pixels across the plot.
    pub time: TimeScale,
    /// The plot area of all panels: left, the first's top, right, the last's bottom.
    pub plot: (f64, f64, f64, f64),
    /// The panels, top to bottom: at least one (empty for a story without series).
    pub panels: Vec<PanelGeometry>,
    /// Time ticks.
    pub time_ticks: Vec<TimeTick>,
    /// Points, series by series, each in period order.
    pub points: Vec<PlacedPoint>,
    /// Target levels.
    pub targets: Vec<PlacedTarget>,
}

impl ChartGeometry {
    /// The band that marks an event's span (first day to the day after its
    /// last) under the figures, as its top-left and bottom-right corners:
    /// held to the plot, at least 2 px wide; `None` when it is out of view.
    pub fn highlight_rect(&self, (start, end): (f64, f64)) -> Option<((f64, f64), (f64, f64))> {
        let (left, top, right, bottom) = self.plot;
        let (x0, x1) = (self.time.map(start).max(left), self.time.map(end).min(right));
        (x1 >= left && x0 <= right).then(|| ((x0.min(x1 - 2.0), top), (x1.max(x0 + 2.0), bottom)))
    }
}

/// The plots' heights for panels of `shares` in `room` px: by share, each
/// at least [`PANEL_LEAST`] while the room allows, the others sharing what
/// is left.
pub fn panel_heights(shares: &[f64], room: f64) -> Vec<f64> {
    let least = PANEL_LEAST.min(room / shares.len().max(1) as f64);
    let mut floored = vec![false; shares.len()];
    loop {
        let fixed = floored.iter().filter(|&&f| f).count() as f64 * least;
        let weight: f64 = shares.iter().zip(&floored).filter(|(_, &f)| !f).map(|(s, _)| s).sum();
        let heights: Vec<f64> = shares
            .iter()
            .zip(&floored)
            .map(|(s, &f)| if f { least } else { (room - fixed) * s / weight.max(f64::MIN_POSITIVE) })
            .collect();
        match heights.iter().zip(&floored).position(|(h, &f)| !f && *h < least) {
            Some(low) => floored[low] = true,
            None => return heights,
        }
    }
}

/// The time scale across a view of `width` px, with the shared margins.
pub fn time_scale(domain: (f64, f64), width: f64) -> TimeScale {
    TimeScale { domain, range: (PLOT_MARGIN_LEFT, (width - PLOT_MARGIN_RIGHT).max(PLOT_MARGIN_LEFT + 1.0)) }
}

/// Whether two figures are for periods that follow each other without a gap,
/// so a line between them says nothing that the data does not.
pub fn consecutive(a: &crate::story::period::Period, b: &crate::story::period::Period) -> bool {
    b.first_day() <= a.end_day()
}

impl ChartGeometry {
    /// Places the story's figures and targets in `frame`.
    pub fn new(story: &Story, frame: Frame) -> ChartGeometry {
        let (left, right) = (PLOT_MARGIN_LEFT, (frame.width - PLOT_MARGIN_RIGHT).max(PLOT_MARGIN_LEFT + 1.0));
        let time = time_scale(frame.domain, frame.width);
        let shares: Vec<f64> = match story.panels.len() {
            0 => vec![1.0],
            _ => story.panels.iter().map(|p| p.share).collect(),
        };
        let gaps = MARGIN_TOP * shares.len() as f64 + PANEL_GAP * (shares.len() - 1) as f64;
        let heights = panel_heights(&shares, (frame.height - MARGIN_BOTTOM - gaps).max(shares.len() as f64));
        let mut top = MARGIN_TOP;
        let panels: Vec<PanelGeometry> = heights
            .iter()
            .enumerate()
            .map(|(panel, &height)| {
                let plot = (left, top, right, top + height);
                top += height + PANEL_GAP + MARGIN_TOP;
                let (min, max) = value_extent(story, panel, frame.domain);
                let tick_count = (height / 40.0).clamp(2.0, 8.0) as usize;
                let high = nice_ceiling(max * HEADROOM, tick_count);
                let low = if min < 0.0 { -nice_ceiling(-min * HEADROOM, tick_count) } else { 0.0 };
                let value = LinearScale { domain: (low, high), range: (plot.3, plot.1) };
                PanelGeometry { plot, value, value_ticks: value_ticks(low, high, tick_count) }
            })
            .collect();
        let plot = (left, MARGIN_TOP, right, panels.last().map_or(MARGIN_TOP + 1.0, |p| p.plot.3));
        let points = story
            .series
            .iter()
            .enumerate()
            .flat_map(|(s, series)| {
                let panel = story.panel_of(s);
                let value = panels[panel].value;
                series.points.iter().enumerate().map(move |(p, point)| {
                    let (start, end) = (f64::from(point.period.first_day().0), f64::from(point.period.end_day().0));
                    PlacedPoint {
                        series: s,
                        point: p,
                        x: time.map((start + end) / 2.0),
                        y: value.map(point.value),
                        span: (time.map(start), time.map(end)),
                        panel,
                    }
                })
            })
            .collect();
        let targets = story
            .targets
            .iter()
            .enumerate()
            .map(|(i, target)| {
                let panel = story.target_panel(i);
                PlacedTarget {
                    target: i,
                    from: time.map(f64::from(target.set.first_day().0)),
                    to: time.map(f64::from(target.deadline.end_day().0)),
                    y: panels[panel].value.map(target.value),
                    gap: crate::story::facts::target_gap(story, i),
                    panel,
                }
            })
            .collect();
        ChartGeometry { frame, time, plot, panels, time_ticks: time_ticks(&time, 64.0), points, targets }
    }

    /// The panel a pointer at height `y` is over: the one whose plot, unit
    /// or (for the last) time axis is there.
    pub fn panel_at(&self, y: f64) -> usize {
        self.panels.iter().position(|p| y <= p.plot.3 + PANEL_GAP / 2.0).unwrap_or(self.panels.len().saturating_sub(1))
    }

    /// The part of a target's line inside the plot, as (left, right), if any.
    pub fn target_span(&self, target: &PlacedTarget) -> Option<(f64, f64)> {
        let (from, to) = (target.from.max(self.plot.0), target.to.min(self.plot.2));
        (from < to).then_some((from, to))
    }

    /// Where an item's ring and tooltip stand: a figure's centre, or the
    /// end of a target's line in view (where its label reads).
    pub fn anchor(&self, item: ChartItem) -> Option<(f64, f64)> {
        match item {
            ChartItem::Figure(s, p) => self.points.iter().find(|q| (q.series, q.point) == (s, p)).map(|q| (q.x, q.y)),
            ChartItem::Target(t) => {
                let target = self.targets.iter().find(|q| q.target == t)?;
                self.target_span(target).map(|(_, right)| (right, target.y))
            }
        }
    }

    /// What a pointer at (`x`, `y`) is on, for hover and tap: a figure
    /// within `radius` px of it, else the target whose line runs under it
    /// (within half of that), else the figure of the nearest column (within
    /// `radius` across): on a line chart the pointer need not be on a mark.
    pub fn item_at(&self, x: f64, y: f64, radius: f64) -> Option<ChartItem> {
        let figure = self.point_at(x, y, radius);
        if let Some(p) = figure.filter(|p| (p.x - x).hypot(p.y - y) <= radius) {
            return Some(ChartItem::Figure(p.series, p.point));
        }
        let panel = self.panel_at(y);
        let target = self
            .targets
            .iter()
            .filter(|t| t.panel == panel)
            .filter(|t| self.target_span(t).is_some_and(|(from, to)| (from..=to).contains(&x)))
            .filter(|t| (t.y - y).abs() <= radius / 2.0)
            .min_by(|a, b| (a.y - y).abs().total_cmp(&(b.y - y).abs()))
            .map(|t| ChartItem::Target(t.target));
        target.or(figure.map(|p| ChartItem::Figure(p.series, p.point)))
    }

    /// The point nearest a pointer, within `radius` px, for hover and tap,
    /// on the panel the pointer is over.
    pub fn point_at(&self, x: f64, y: f64, radius: f64) -> Option<PlacedPoint> {
        let panel = self.panel_at(y);
        let mut order: Vec<PlacedPoint> = self.points.iter().copied().filter(|p| p.panel == panel).collect();
        order.sort_by(|a, b| a.x.total_cmp(&b.x));
        let sorted: Vec<f64> = order.iter().map(|p| p.x).collect();
        // Nearest in x first, then the closest in y among points at that x.
        let column = nearest(&sorted, x, radius)?;
        let cx = sorted[column];
        order.into_iter().filter(|p| (p.x - cx).abs() < 0.5).min_by(|a, b| (a.y - y).abs().total_cmp(&(b.y - y).abs()))
    }

    /// The figures inside the plot and the targets whose line is in view,
    /// panel by panel, each left to right by where its ring stands (figures
    /// before targets, then by series or target, where two share an x): the
    /// order the keyboard walks them, with each item's panel and x.
    pub fn keyboard_order(&self) -> Vec<(ChartItem, usize, f64)> {
        let figures = self
            .points
            .iter()
            .filter(|p| p.x >= self.plot.0 && p.x <= self.plot.2)
            .map(|p| (ChartItem::Figure(p.series, p.point), p.panel, p.x));
        let targets = self
            .targets
            .iter()
            .filter_map(|t| self.target_span(t).map(|(_, right)| (ChartItem::Target(t.target), t.panel, right)));
        let mut items: Vec<(ChartItem, usize, f64)> = figures.chain(targets).collect();
        items.sort_by(|a, b| a.1.cmp(&b.1).then(a.2.total_cmp(&b.2)).then(a.0.cmp(&b.0)));
        items
    }

    /// Where the keyboard goes from item `at` of `order` (keyboard_order)
    /// to the panel above (`down` false) or under it: the item there
    /// nearest in x, or nothing at the first or last panel.
    pub fn across(order: &[(ChartItem, usize, f64)], at: usize, down: bool) -> Option<usize> {
        let (_, panel, x) = *order.get(at)?;
        let wanted = if down { panel + 1 } else { panel.checked_sub(1)? };
        (0..order.len())
            .filter(|&i| order[i].1 == wanted)
            .min_by(|&a, &b| (order[a].2 - x).abs().total_cmp(&(order[b].2 - x).abs()))
    }
}

/// Something on the chart a reader can point at, focus and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChartItem {
    /// A figure: its series, and its index in that series.
    Figure(usize, usize),
    /// A target's level: its index in the story.
    Target(usize),
}

/// Space between a point and its tooltip, in pixels.
const TIP_GAP: f64 = 12.0;
/// The widest a tooltip gets, in pixels (16 em of its 13 px text).
pub const TIP_MAX_WIDTH: f64 = 208.0;

/// Where a point's tooltip stands, so that it stays inside the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TipPlace {
    /// Its left edge `gap` right of the point, centred on it vertically.
    Right,
    /// Its right edge `gap` left of the point, centred on it vertically.
    Left,
    /// Under the point, its left edge at this x (the view is too narrow
    /// for either side).
    Below(f64),
    /// Over the point, its left edge at this x.
    Above(f64),
}

/// How wide a tooltip may be in a view `width` px wide: at most
/// [`TIP_MAX_WIDTH`], and never wider than the view less a margin.
pub fn tip_width(width: f64) -> f64 {
    TIP_MAX_WIDTH.min(width - 8.0).max(0.0)
}

/// Where the tooltip of a point at `x` stands in a view `width` px wide:
/// right of it where it fits whole, else left of it, else under it, moved
/// sideways to stay inside.
pub fn tip_place(x: f64, width: f64) -> TipPlace {
    let tip = tip_width(width);
    if x + TIP_GAP + tip <= width {
        TipPlace::Right
    } else if x - TIP_GAP - tip >= 0.0 {
        TipPlace::Left
    } else {
        TipPlace::Below((x - tip / 2.0).clamp(4.0, (width - tip - 4.0).max(4.0)))
    }
}

/// Where the tooltip of a target whose line ends at (`x`, `y`) stands in a
/// chart `width` by `height` px: under the line in the chart's upper half,
/// over it in the lower half (a target's tooltip is tall: its method and
/// note), right-aligned to the line's end and moved sideways to stay inside.
pub fn target_tip_place(x: f64, y: f64, width: f64, height: f64) -> TipPlace {
    let tip = tip_width(width);
    let left = (x - tip).clamp(4.0, (width - tip - 4.0).max(4.0));
    if y < height / 2.0 {
        TipPlace::Below(left)
    } else {
        TipPlace::Above(left)
    }
}
