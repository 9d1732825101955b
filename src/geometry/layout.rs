//! Placing event labels on the timeline so that none overlap and no stem
//! crosses a label.
//!
//! Each label is a box whose text wraps (see [`wrap`]): a title is shown
//! whole or not at all, never cut. A mark's stem runs from the axis up to its
//! lane at the event's date, so a label may sit above another only where
//! that one does not cover the stem. Labels are placed from the right: each
//! takes the lowest lane where its box is free, holds no stem of a higher
//! label, and no lower box covers its own stem. Close events so step up to
//! the left like a staircase. An event whose label finds no lane is counted
//! on a badge at its date (joining a badge close by, or one of its own where
//! a badge fits), else on the mark to its right, inside the box already kept
//! for it; a cluster so always holds consecutive events and never moves
//! anything else. Such a label is then placed again as a badge, so that its
//! wide box does not keep the room of the titles to its left. Zooming in spreads the dates, so clusters open
//! by themselves. Widths are estimated from the text (no DOM), so all of
//! this runs and is tested natively.

/// A label to place: where its stem stands and how wide its box is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Label {
    /// The event's date, in pixels: where the stem stands.
    pub anchor: f64,
    /// Width of the box in pixels.
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
    /// Where the stem stands, in pixels (a cluster keeps the stem of the
    /// label whose box it took).
    pub stem: f64,
    /// Left edge of the box in pixels.
    pub x: f64,
    /// Right edge of the box in pixels, the gap after it included.
    pub end: f64,
    /// Whether the box is a count badge (its events have no room for a label).
    pub badge: bool,
}

impl Mark {
    /// How many events the mark holds.
    pub fn count(&self) -> usize {
        self.last - self.first + 1
    }

    /// Whether the mark is a badge for events shown by their count.
    pub fn is_cluster(&self) -> bool {
        self.badge || self.last > self.first
    }
}

/// How labels are spaced.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LaneOptions {
    /// The most lanes above the axis.
    pub max_lanes: usize,
    /// Space kept after each label, in pixels.
    pub gap: f64,
    /// The view's width: a box stays inside 0..view where it can.
    pub view: f64,
    /// Width of a count badge, in pixels.
    pub badge: f64,
}

/// Places labels sorted by anchor into lanes, clustering what does not fit.
/// Marks come out in event order.
///
/// A box reads rightwards from its stem, at the lowest lane that takes it;
/// where it would run past the view's right edge, it reads leftwards to its
/// stem instead, at the highest lane that takes it (a box up there hides no
/// stem), so a crowd at the right edge steps down to the left. The
/// `priority` label (the event the reader selected or moved to) is placed
/// first, on the lowest lane, and never joins a cluster: the others make
/// room for it.
pub fn place(labels: &[Label], options: LaneOptions, priority: Option<usize>) -> Vec<Mark> {
    // A label whose box came to count its neighbours (they found no room)
    // shows a badge, and its wide box holds nothing: placed again as a
    // badge, it may leave room to the labels left of it. A few rounds
    // settle it; the round that shows the most titles (the latest of equals)
    // is kept.
    let titles = |marks: &[Mark]| marks.iter().filter(|m| !m.is_cluster()).count();
    let mut badge_only = vec![false; labels.len()];
    let mut marks = place_once(labels, options, priority, &badge_only);
    let mut best = marks.clone();
    for _ in 0..16 {
        let mut again = false;
        for m in marks.iter().filter(|m| !m.badge && m.last > m.first) {
            let owner = (m.first..=m.last).rev().find(|&i| labels[i].anchor == m.stem).unwrap_or(m.last);
            again |= !std::mem::replace(&mut badge_only[owner], true);
        }
        if !again {
            break;
        }
        marks = place_once(labels, options, priority, &badge_only);
        if titles(&marks) >= titles(&best) {
            best = marks.clone();
        }
    }
    best
}

/// How far a stem stands from another label's box, at least, in pixels: a
/// stem along a box's edge would be drawn through its border (the gap after
/// a box keeps its right side clear).
const STEM_CLEARANCE: f64 = 3.0;

/// One placement, where the labels `badge_only` marks go straight to a badge.
fn place_once(labels: &[Label], options: LaneOptions, priority: Option<usize>, badge_only: &[bool]) -> Vec<Mark> {
    let lanes = options.max_lanes.max(1);
    let span = |x: f64, width: f64| (x, x + width + options.gap);
    let orient = |label: &Label| {
        let rightwards = label.anchor + label.width <= options.view || label.anchor - label.width < 0.0;
        let x = if rightwards {
            label.anchor.min(options.view - label.width).max(label.anchor - label.width)
        } else {
            label.anchor - label.width
        };
        (rightwards, x)
    };
    // The priority's box, on lane 0: its stem crosses nothing, and every
    // other box keeps off it and off its stem.
    let first = priority.filter(|&p| p < labels.len()).map(|p| {
        let (_, x) = orient(&labels[p]);
        let (x, end) = span(x, labels[p].width);
        Mark { first: p, last: p, lane: 0, stem: labels[p].anchor, x, end, badge: false }
    });
    // The leftmost box placed in each lane so far (boxes come right to left).
    let mut leftmost: Vec<Option<(f64, f64)>> = vec![None; lanes];
    let mut marks: Vec<Mark> = Vec::with_capacity(labels.len());
    // An event that found no room while its right neighbour was the
    // priority: the next mark to its left takes it.
    let mut pending: Option<usize> = None;
    for (index, label) in labels.iter().enumerate().rev() {
        if let Some(mark) = first.filter(|m| m.first == index) {
            marks.push(mark);
            continue;
        }
        let anchor = label.anchor;
        let free = |lane: usize, x: f64, width: f64, marks: &[Mark]| {
            let (x, end) = span(x, width);
            // The box fits left of the lane's leftmost box, and off the priority's…
            let fits = leftmost[lane].is_none_or(|(start, _)| end <= start)
                && first.is_none_or(|p| lane != 0 || end <= p.x || x >= p.end);
            // …no lower box covers the stem…
            let stem_clear = leftmost[..lane]
                .iter()
                .flatten()
                .all(|&(start, stop)| anchor < start - STEM_CLEARANCE || anchor >= stop)
                && first.is_none_or(|p| lane == 0 || anchor < p.x - STEM_CLEARANCE || anchor >= p.end);
            // …and no stem of a higher label stands inside the box (the
            // marks to its right are the last ones placed).
            let box_clear =
                marks.iter().rev().take_while(|m| m.stem < end).all(|m| m.lane <= lane || m.stem < x - STEM_CLEARANCE);
            fits && stem_clear && box_clear
        };
        let (rightwards, x) = orient(label);
        let find = |rightwards: bool, x: f64| {
            if rightwards {
                (0..lanes).find(|&lane| free(lane, x, label.width, &marks))
            } else {
                (0..lanes).rev().find(|&lane| free(lane, x, label.width, &marks))
            }
        };
        // The other way round when the preferred side is taken (a box
        // reading leftwards must still start inside the view).
        let other = if rightwards { anchor - label.width } else { anchor };
        let other_fits = rightwards && other >= 0.0 || !rightwards && other + label.width <= options.view;
        let found = if badge_only[index] {
            None
        } else {
            find(rightwards, x)
                .map(|lane| (lane, x))
                .or_else(|| other_fits.then(|| find(!rightwards, other).map(|lane| (lane, other))).flatten())
        };
        let last = pending.take().unwrap_or(index);
        if let Some((lane, x)) = found {
            let (x, end) = span(x, label.width);
            leftmost[lane] = Some((x, end));
            marks.push(Mark { first: index, last, lane, stem: anchor, x, end, badge: last > index });
            continue;
        }
        // No room for the label. A badge close by takes the event; else a
        // badge of its own at its date, where one fits; else the mark to
        // its right takes it (never the priority's).
        let near = marks.last().is_some_and(|m| m.badge && m.stem - anchor <= options.badge * 2.0);
        let bx = anchor.min(options.view - options.badge).max(0.0);
        let badge_lane = (!near).then(|| (0..lanes).find(|&lane| free(lane, bx, options.badge, &marks))).flatten();
        let is_priority = |m: &Mark| first.is_some_and(|p| p.first == m.first);
        match (badge_lane, marks.last_mut()) {
            (Some(lane), _) => {
                let (x, end) = span(bx, options.badge);
                leftmost[lane] = Some((x, end));
                marks.push(Mark { first: index, last, lane, stem: anchor, x, end, badge: true });
            }
            (None, Some(mark)) if !is_priority(mark) => mark.first = index,
            (None, _) => pending = Some(last),
        }
    }
    if let (Some(_), Some(mark)) = (pending, marks.last_mut()) {
        // The first events found no room and nothing lies left of them: the
        // leftmost mark (the priority's) counts them too.
        mark.first = 0;
        mark.badge = true;
    }
    marks.reverse();
    marks
}

/// An estimate of a text's width in pixels: no font metrics, no DOM. Wide
/// enough for proportional fonts at `font_px` (0.6 em a character on average,
/// 1 em for CJK characters), capped at `max_width`.
pub fn estimate_width(text: &str, font_px: f64, max_width: f64) -> f64 {
    let ems: f64 = text.chars().map(|c| if is_wide(c) { 1.0 } else { 0.6 }).sum();
    (ems * font_px).min(max_width)
}

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0x20000..=0x3FFFD)
}

/// How many lines `text` takes at `font_px` in a box `width` px wide, words
/// wrapped greedily at spaces (CJK text may break between any two
/// characters, as browsers break it). A word wider than the box takes lines
/// of its own.
pub fn wrapped_lines(text: &str, font_px: f64, width: f64) -> usize {
    lines_of(&word_widths(text, font_px), estimate_width(" ", font_px, f64::INFINITY), width)
}

/// Each word's width and whether a space comes before it.
fn word_widths(text: &str, font_px: f64) -> Vec<(f64, bool)> {
    words(text).map(|(word, after_space)| (estimate_width(word, font_px, f64::INFINITY), after_space)).collect()
}

/// How many lines words of these widths take in a box `width` px wide.
fn lines_of(words: &[(f64, bool)], space: f64, width: f64) -> usize {
    let mut lines = 0;
    let mut line = f64::INFINITY;
    for &(w, after_space) in words {
        let joint = if after_space { space } else { 0.0 };
        if line + joint + w <= width {
            line += joint + w;
        } else {
            let taken = ((w / width).ceil() as usize).max(1);
            lines += taken;
            // What the word's last line holds (no `%`: fmod is heavy in wasm).
            line = w - width * (taken - 1) as f64;
        }
    }
    lines
}

/// Where a line may break: runs between spaces, and around each CJK
/// character; with whether a space comes before.
fn words(text: &str) -> impl Iterator<Item = (&str, bool)> {
    text.split_whitespace().flat_map(|run| {
        let mut parts = Vec::new();
        let mut start = 0;
        for (i, c) in run.char_indices() {
            if is_wide(c) {
                if start < i {
                    parts.push((&run[start..i], parts.is_empty()));
                }
                parts.push((&run[i..i + c.len_utf8()], parts.is_empty()));
                start = i + c.len_utf8();
            }
        }
        if start < run.len() {
            parts.push((&run[start..], parts.is_empty()));
        }
        parts
    })
}

/// The narrowest width, from `min_width` up to `max_width` in steps of 10
/// px, at which `text` wraps into at most `max_lines` lines; with the lines
/// it takes there. At `max_width` when nothing narrower does.
pub fn fit_width(text: &str, font_px: f64, min_width: f64, max_width: f64, max_lines: usize) -> (f64, usize) {
    // Words are measured once; only the wrapping is tried at each width.
    let words = word_widths(text, font_px);
    let space = estimate_width(" ", font_px, f64::INFINITY);
    let mut width = min_width.min(max_width);
    loop {
        let lines = lines_of(&words, space, width);
        if lines <= max_lines || width >= max_width {
            return (width, lines);
        }
        width = (width + 10.0).min(max_width);
    }
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
