//! Scales: from data to pixels and back.
//!
//! The timeline, the chart, hover, click and keyboard focus all go through
//! these two types, so what is drawn and what is hit are computed by the same
//! maths. Each scale has `map` and `invert`, and zooming or panning is a change
//! of domain around a pixel, never a second formula. Pure: plain numbers in,
//! plain numbers out.

use crate::story::date::Day;

/// Days (as fractional day numbers) to horizontal pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    /// First and last day shown, as fractional day numbers.
    pub domain: (f64, f64),
    /// Left and right pixel.
    pub range: (f64, f64),
}

impl TimeScale {
    /// A scale showing `start..end` across `left..right` pixels.
    pub fn new(start: Day, end: Day, left: f64, right: f64) -> TimeScale {
        TimeScale { domain: (f64::from(start.0), f64::from(end.0)), range: (left, right) }
    }

    /// The pixel of a (fractional) day.
    pub fn map(&self, day: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if d1 == d0 {
            return (r0 + r1) / 2.0;
        }
        r0 + (day - d0) / (d1 - d0) * (r1 - r0)
    }

    /// The (fractional) day at a pixel.
    pub fn invert(&self, x: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if r1 == r0 {
            return d0;
        }
        d0 + (x - r0) / (r1 - r0) * (d1 - d0)
    }

    /// Days per pixel.
    pub fn days_per_pixel(&self) -> f64 {
        (self.domain.1 - self.domain.0) / (self.range.1 - self.range.0)
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the day under pixel `x` in place.
    pub fn zoom_at(&self, x: f64, factor: f64) -> TimeScale {
        let anchor = self.invert(x);
        let (d0, d1) = self.domain;
        TimeScale { domain: (anchor - (anchor - d0) / factor, anchor + (d1 - anchor) / factor), range: self.range }
    }

    /// Moves the view so the content follows a drag of `dx` pixels.
    pub fn pan(&self, dx: f64) -> TimeScale {
        let shift = dx * self.days_per_pixel();
        TimeScale { domain: (self.domain.0 - shift, self.domain.1 - shift), range: self.range }
    }

    /// This scale's domain held within `limits` and no narrower than
    /// `min_days`, keeping its centre where it can.
    pub fn clamped(&self, limits: (f64, f64), min_days: f64) -> TimeScale {
        let full = limits.1 - limits.0;
        let width = (self.domain.1 - self.domain.0).clamp(min_days.min(full), full);
        let centre = (self.domain.0 + self.domain.1) / 2.0;
        let start = (centre - width / 2.0).clamp(limits.0, limits.1 - width);
        TimeScale { domain: (start, start + width), range: self.range }
    }
}

/// How what was drawn with one time scale moves when its domain changes: a
/// pixel `x` is then at `scale · x + offset`. While a gesture goes on, the
/// marks and the chart are moved by this, and drawn again once it ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shift {
    /// How much wider a day becomes (> 1 when zooming in).
    pub scale: f64,
    /// Pixels added after scaling.
    pub offset: f64,
}

impl Shift {
    /// Where pixel `x` of the old drawing is now.
    pub fn apply(&self, x: f64) -> f64 {
        self.scale * x + self.offset
    }
}

impl TimeScale {
    /// How this scale's pixels move when it shows `domain` instead, over the
    /// same range.
    pub fn shift_to(&self, domain: (f64, f64)) -> Shift {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        let span = domain.1 - domain.0;
        if span == 0.0 || d1 == d0 {
            return Shift { scale: 1.0, offset: 0.0 };
        }
        let scale = (d1 - d0) / span;
        Shift { scale, offset: r0 + (d0 - domain.0) * (r1 - r0) / span - scale * r0 }
    }
}

/// Values to vertical pixels (a linear scale; the range may run downwards).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    /// Lowest and highest value.
    pub domain: (f64, f64),
    /// Pixels of the lowest and highest value.
    pub range: (f64, f64),
}

impl LinearScale {
    /// The pixel of a value.
    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if d1 == d0 {
            return r0;
        }
        r0 + (value - d0) / (d1 - d0) * (r1 - r0)
    }

    /// The value at a pixel.
    pub fn invert(&self, y: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if r1 == r0 {
            return d0;
        }
        d0 + (y - r0) / (r1 - r0) * (d1 - d0)
    }
}
