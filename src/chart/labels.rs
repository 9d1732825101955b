//! The words and numbers a chart prints, supplied by the caller.
//!
//! The browser formats them with `Intl` in the reader's language; tests use a
//! plain formatter. Drawing never formats a number itself.

use crate::period::Period;
use crate::ticks::TimeTick;

/// Formats what the chart prints.
pub trait ChartLabels {
    /// A value on the value axis or in a tooltip: "43,8".
    fn value(&self, value: f64) -> String;
    /// A tick of the time axis: "2015", "mai 2023".
    fn time_tick(&self, tick: &TimeTick) -> String;
    /// The label of a partial period's point: "1er semestre 2025".
    fn partial_period(&self, period: &Period) -> String;
    /// A target's label on the chart, with what remains to reach it.
    fn target(&self, label: &str, gap: Option<f64>, superseded: bool, met: bool) -> String;
}
