//! Placing event labels on the timeline so that none overlap.
//!
//! Labels go into lanes, greedily, earliest first: each takes the first lane
//! that is free at its x. When every lane is taken, the label joins the mark
//! placed just before it, which becomes a cluster with a count badge; a
//! cluster so always holds consecutive events.
//! Zooming in spreads the x positions, so clusters open by themselves. Widths
//! are estimated from the text (no DOM), so this runs and is tested natively.

/// A label to place: its anchor x and its width, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Label {
    /// Anchor (the event's date) in pixels.
    pub x: f64,
    /// Width of the label in pixels.
    pub width: f64,
}

/// A placed mark: one event, or a cluster of consecutive events.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    /// Index of the first event in the mark.
    pub first: usize,
    /// Index of the last event (equal to `first` for a single event).
    pub last: usize,
    /// The lane, 0 at the axis.
    pub lane: usize,
    /// Left edge in pixels (the first event's anchor).
    pub x: f64,
    /// Right edge in pixels, label or badge included.
    pub end: f64,
}

impl Mark {
    /// How many events the mark holds.
    pub fn count(&self) -> usize {
        self.last - self.first + 1
    }

    /// Whether the mark is a cluster of several events.
    pub fn is_cluster(&self) -> bool {
        self.last > self.first
    }
}

/// How labels are spaced.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LaneOptions {
    /// The most lanes above the axis.
    pub max_lanes: usize,
    /// Space kept after each label, in pixels.
    pub gap: f64,
    /// Width of a cluster's count badge, in pixels.
    pub badge: f64,
}

/// Places labels sorted by `x` into lanes, clustering what does not fit.
pub fn place(labels: &[Label], options: LaneOptions) -> Vec<Mark> {
    let lanes = options.max_lanes.max(1);
    let mut lane_end = vec![f64::NEG_INFINITY; lanes];
    let mut marks: Vec<Mark> = Vec::with_capacity(labels.len());
    for (index, label) in labels.iter().enumerate() {
        if let Some(lane) = lane_end.iter().position(|&end| end <= label.x) {
            let end = label.x + label.width + options.gap;
            marks.push(Mark { first: index, last: index, lane, x: label.x, end });
            lane_end[lane] = end;
            continue;
        }
        let mark = marks.last_mut().expect("full lanes hold marks");
        mark.last = index;
        // A cluster shows its badge, not the first label, so it may shrink;
        // it never ends before the events it swallowed. It is the last mark
        // of its lane, so shrinking frees that lane and nothing else.
        mark.end = (mark.x + options.badge + options.gap).max(label.x + options.gap);
        lane_end[mark.lane] = mark.end;
    }
    marks
}

/// An estimate of a label's width in pixels: no font metrics, no DOM. Wide
/// enough for proportional fonts at `font_px` (0.55 em a character on average,
/// 1 em for CJK characters), capped at `max_width`.
pub fn estimate_width(text: &str, font_px: f64, max_width: f64) -> f64 {
    let ems: f64 = text.chars().map(|c| if is_wide(c) { 1.0 } else { 0.55 }).sum();
    (ems * font_px).min(max_width)
}

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0x20000..=0x3FFFD)
}

/// The mark under a point, given each lane's height: lane 0 sits at
/// `axis_y - lane_height` and lanes stack upwards.
pub fn mark_at(marks: &[Mark], x: f64, y: f64, axis_y: f64, lane_height: f64) -> Option<usize> {
    if y > axis_y || lane_height <= 0.0 {
        return None;
    }
    let lane = ((axis_y - y) / lane_height).floor() as usize;
    marks.iter().position(|m| m.lane == lane && x >= m.x && x < m.end)
}

/// The index of the value nearest to `x` among sorted `xs`, if within `radius`.
pub fn nearest(xs: &[f64], x: f64, radius: f64) -> Option<usize> {
    let after = xs.partition_point(|&v| v < x);
    let candidates = [after.checked_sub(1), (after < xs.len()).then_some(after)];
    candidates
        .into_iter()
        .flatten()
        .min_by(|&a, &b| (xs[a] - x).abs().total_cmp(&(xs[b] - x).abs()))
        .filter(|&i| (xs[i] - x).abs() <= radius)
}
