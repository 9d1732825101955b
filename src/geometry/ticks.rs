//! Tick marks: which dates and values get a labelled line on an axis.
//!
//! Time ticks come from a table of (unit, step) pairs ordered by length; a
//! bisect picks the first step whose ticks are at least `min_spacing` pixels
//! apart, so zooming moves smoothly from decades to years, months and days.
//! Value ticks use the nice steps 1, 2, 2.5 and 5 times a power of ten.

use crate::geometry::scale::TimeScale;
use crate::story::date::Day;

/// The calendar unit of a time tick.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    /// Ticks on days.
    Day,
    /// Ticks on the first of months.
    Month,
    /// Ticks on 1 January.
    Year,
}

/// A step between time ticks: `count` units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeStep {
    /// The unit.
    pub unit: TimeUnit,
    /// How many units between ticks.
    pub count: i32,
}

/// Steps from the shortest to the longest, with their approximate length in days.
const TIME_STEPS: [(TimeUnit, i32, f64); 16] = [
    (TimeUnit::Day, 1, 1.0),
    (TimeUnit::Day, 2, 2.0),
    (TimeUnit::Day, 7, 7.0),
    (TimeUnit::Day, 14, 14.0),
    (TimeUnit::Month, 1, 30.4),
    (TimeUnit::Month, 3, 91.3),
    (TimeUnit::Month, 6, 182.6),
    (TimeUnit::Year, 1, 365.25),
    (TimeUnit::Year, 2, 730.5),
    (TimeUnit::Year, 5, 1_826.0),
    (TimeUnit::Year, 10, 3_652.0),
    (TimeUnit::Year, 20, 7_305.0),
    (TimeUnit::Year, 50, 18_262.0),
    (TimeUnit::Year, 100, 36_525.0),
    (TimeUnit::Year, 200, 73_050.0),
    (TimeUnit::Year, 500, 182_625.0),
];

/// A tick: the day it marks and the step that chose it (for its label).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeTick {
    /// The day marked.
    pub day: Day,
    /// The step of the axis.
    pub step: TimeStep,
}

/// The step for a scale: the shortest whose ticks are `min_spacing` px apart.
pub fn time_step(scale: &TimeScale, min_spacing: f64) -> TimeStep {
    let min_days = scale.days_per_pixel().abs() * min_spacing;
    let index = TIME_STEPS.partition_point(|&(_, _, days)| days < min_days).min(TIME_STEPS.len() - 1);
    let (unit, count, _) = TIME_STEPS[index];
    TimeStep { unit, count }
}

/// The ticks inside a scale's domain, `min_spacing` px apart or more.
pub fn time_ticks(scale: &TimeScale, min_spacing: f64) -> Vec<TimeTick> {
    let step = time_step(scale, min_spacing);
    let (start, end) = (scale.domain.0.floor() as i32, scale.domain.1.ceil() as i32);
    let (y0, m0, _) = Day(start).to_ymd();
    let mut ticks = Vec::new();
    let mut push = |day: Day| {
        if day.0 >= start && day.0 <= end {
            ticks.push(TimeTick { day, step });
        }
    };
    match step.unit {
        TimeUnit::Year => {
            let mut year = y0.div_euclid(step.count) * step.count;
            while Day::from_ymd(year, 1, 1).0 <= end {
                push(Day::from_ymd(year, 1, 1));
                year += step.count;
            }
        }
        TimeUnit::Month => {
            let mut index = (y0 * 12 + i32::from(m0) - 1).div_euclid(step.count) * step.count;
            loop {
                let day = Day::from_ymd(index.div_euclid(12), (index.rem_euclid(12) + 1) as u8, 1);
                if day.0 > end {
                    break;
                }
                push(day);
                index += step.count;
            }
        }
        TimeUnit::Day => {
            // Weekly steps fall on Mondays (day 4 since the epoch was a Monday).
            let offset = if step.count >= 7 { 4 } else { 0 };
            let mut day = (start - offset).div_euclid(step.count) * step.count + offset;
            while day <= end {
                push(Day(day));
                day += step.count;
            }
        }
    }
    ticks
}

/// Nice value ticks from `low` to `high`, about `count` of them: multiples of
/// 1, 2, 2.5 or 5 times a power of ten.
pub fn value_ticks(low: f64, high: f64, count: usize) -> Vec<f64> {
    let step = nice_step(low, high, count);
    if step <= 0.0 || !step.is_finite() {
        return vec![low];
    }
    let first = (low / step).ceil() as i64;
    let last = (high / step + 1e-9).floor() as i64;
    (first..=last).map(|i| round_to_step(i as f64 * step, step)).collect()
}

/// The nice step for about `count` ticks over `low..high`.
pub fn nice_step(low: f64, high: f64, count: usize) -> f64 {
    let raw = (high - low).abs() / count.max(1) as f64;
    if raw == 0.0 || !raw.is_finite() {
        return 0.0;
    }
    let power = 10f64.powf(raw.log10().floor());
    let fraction = raw / power;
    let nice = [1.0, 2.0, 2.5, 5.0, 10.0].into_iter().find(|&n| fraction <= n).unwrap_or(10.0);
    nice * power
}

/// The top of a value axis: the first nice tick at or above `max`.
pub fn nice_ceiling(max: f64, count: usize) -> f64 {
    let step = nice_step(0.0, max, count);
    if step == 0.0 {
        return max.max(1.0);
    }
    (max / step - 1e-9).ceil() * step
}

/// Removes float noise (0.30000000000000004) at the step's precision.
fn round_to_step(value: f64, step: f64) -> f64 {
    let decimals = (-step.log10().floor()).max(0.0) as i32 + 1;
    let factor = 10f64.powi(decimals);
    (value * factor).round() / factor
}

/// The time ticks whose labels can be written whole: every `n`th tick of
/// `ticks`, for the smallest `n` at which no two labels come closer than
/// `gap` pixels, less those whose label would leave `bounds` (left, right).
/// `x` places a tick; `widths` measures the labels of a set of ticks
/// together (a label may depend on its neighbours: the year is written
/// where it changes).
pub fn legible_ticks(
    ticks: &[TimeTick],
    x: impl Fn(&TimeTick) -> f64,
    widths: impl Fn(&[TimeTick]) -> Vec<f64>,
    bounds: (f64, f64),
    gap: f64,
) -> Vec<TimeTick> {
    for n in 1..=ticks.len().max(1) {
        let mut kept: Vec<TimeTick> = ticks.iter().step_by(n).copied().collect();
        let inside =
            |tick: &TimeTick, width: f64| x(tick) - width / 2.0 >= bounds.0 && x(tick) + width / 2.0 <= bounds.1;
        let mut measured = widths(&kept);
        if kept.iter().zip(&measured).any(|(t, &w)| !inside(t, w)) {
            kept = kept.iter().zip(&measured).filter(|(t, &w)| inside(t, w)).map(|(t, _)| *t).collect();
            // A label may change with its neighbours (where the year is written).
            measured = widths(&kept);
        }
        let apart =
            kept.windows(2).zip(measured.windows(2)).all(|(t, w)| x(&t[0]) + w[0] / 2.0 + gap <= x(&t[1]) - w[1] / 2.0);
        if apart {
            return kept;
        }
    }
    Vec::new()
}
