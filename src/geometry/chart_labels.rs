//! Placing the chart's labels (targets, partial periods) so that none
//! overlaps another, a data mark, a line of the chart or the plot's edge.
//!
//! Each label is a box of estimated size (no font metrics) that wants to
//! stand somewhere: a target's label right-aligned at the end of its line,
//! just above it; a partial period's label beside its mark. Candidate
//! places are tried in order (above the line, below it, then further away;
//! right of the mark, left of it, above, below) and the first that is
//! inside the plot and clear of everything already there is kept. The
//! draw code draws each label where it was placed.

/// A box in pixels: left, top, right, bottom.
pub type Rect = (f64, f64, f64, f64);

/// What a label names, and so where it wants to stand.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Anchor {
    /// A horizontal line ending at `x` at height `y`: right-aligned at its
    /// end, just above it (else below, else further up or down).
    LineEnd {
        /// Where the line ends.
        x: f64,
        /// The line's height.
        y: f64,
    },
    /// A mark at (`x`, `y`): beside it, right then left, else above or below.
    Mark {
        /// The mark's centre.
        x: f64,
        /// The mark's centre.
        y: f64,
    },
}

/// A label to place.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Wanted {
    /// Where it wants to stand.
    pub anchor: Anchor,
    /// Its box's width, in pixels.
    pub width: f64,
    /// Its box's height, in pixels.
    pub height: f64,
}

/// What labels keep clear of: the data marks (centres, with their radius)
/// and the chart's lines (series and targets).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Obstacles {
    /// Mark centres.
    pub marks: Vec<(f64, f64)>,
    /// Line segments.
    pub segments: Vec<((f64, f64), (f64, f64))>,
}

/// Room kept around a mark's centre, in pixels.
const MARK_RADIUS: f64 = 5.0;
/// Space between a label and what it names, in pixels.
const GAP: f64 = 3.0;

/// Places `wanted` labels in order inside `plot`, clear of `obstacles` and
/// of each other. A label with no clear place takes the first place inside
/// the plot that is clear of the other labels (text over a line is read,
/// text over text is not), else its first candidate (moved inside the
/// plot): it is never left out.
pub fn place_labels(wanted: &[Wanted], obstacles: &Obstacles, plot: Rect) -> Vec<Rect> {
    let mut placed: Vec<Rect> = Vec::with_capacity(wanted.len());
    for want in wanted {
        let candidates = candidates(want, plot);
        let apart = |r: &Rect| {
            r.1 >= plot.1 && r.3 <= plot.3 && r.0 >= plot.0 && r.2 <= plot.2 && placed.iter().all(|p| !overlaps(r, p))
        };
        let clear = |r: &Rect| {
            apart(r)
                && obstacles.marks.iter().all(|&(x, y)| !overlaps(r, &around(x, y)))
                && obstacles.segments.iter().all(|&(a, b)| !crosses(r, a, b))
        };
        let chosen = (candidates.iter().copied().find(clear))
            .or_else(|| candidates.iter().copied().find(apart))
            .unwrap_or_else(|| inside(candidates[0], plot));
        placed.push(chosen);
    }
    placed
}

/// The places a label tries, best first.
fn candidates(want: &Wanted, plot: Rect) -> Vec<Rect> {
    let (w, h) = (want.width, want.height);
    match want.anchor {
        Anchor::LineEnd { x, y } => {
            let right = x.min(plot.2);
            let left = (right - w).max(plot.0);
            let at = |bottom: f64| (left, bottom - h, left + w, bottom);
            let mut all = vec![at(y - GAP), at(y + GAP + h)];
            for step in 1..8 {
                let shift = f64::from(step) * (h + 2.0);
                all.push(at(y - GAP - shift));
                all.push(at(y + GAP + h + shift));
            }
            all
        }
        Anchor::Mark { x, y } => {
            let beside = MARK_RADIUS + GAP;
            let centred = (x - w / 2.0).clamp(plot.0, (plot.2 - w).max(plot.0));
            vec![
                (x + beside, y - h / 2.0, x + beside + w, y + h / 2.0),
                (x - beside - w, y - h / 2.0, x - beside, y + h / 2.0),
                (centred, y - beside - h, centred + w, y - beside),
                (centred, y + beside, centred + w, y + beside + h),
                (x - beside - w, y + beside, x - beside, y + beside + h),
                (x - beside - w, y - beside - h, x - beside, y - beside),
            ]
        }
    }
}

/// `r` moved (not resized) to lie inside `plot` where it can.
fn inside(r: Rect, plot: Rect) -> Rect {
    let dx = if r.0 < plot.0 { plot.0 - r.0 } else { (plot.2 - r.2).min(0.0) };
    let dy = if r.1 < plot.1 { plot.1 - r.1 } else { (plot.3 - r.3).min(0.0) };
    (r.0 + dx, r.1 + dy, r.2 + dx, r.3 + dy)
}

/// The box a mark takes.
fn around(x: f64, y: f64) -> Rect {
    (x - MARK_RADIUS, y - MARK_RADIUS, x + MARK_RADIUS, y + MARK_RADIUS)
}

/// Whether two boxes share more than an edge.
pub fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Whether the segment from `a` to `b` passes through the box `r`.
pub fn crosses(r: &Rect, a: (f64, f64), b: (f64, f64)) -> bool {
    // Clip the segment to the box's x range, then compare its y range.
    let (a, b) = if a.0 <= b.0 { (a, b) } else { (b, a) };
    if b.0 <= r.0 || a.0 >= r.2 {
        return false;
    }
    let (y0, y1) = if b.0 == a.0 {
        (a.1, b.1)
    } else {
        let at = |x: f64| a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0);
        (at(a.0.max(r.0)), at(b.0.min(r.2)))
    };
    y0.min(y1) < r.3 && y0.max(y1) > r.1
}
