//! Warnings: what a story may say, but what is likely to mislead a reader.
//! A story with warnings is valid and shown; `trade-timeline check` prints
//! them on lines of their own ("warning: …") and exits 0, and the widget
//! writes them to the console.
//!
//! - Whole figures for periods of different lengths on one panel (one value
//!   axis): a month's trade beside a year's total reads as a collapse. A
//!   partial period is marked as such (`"status": "partial"`) and is not
//!   counted here.
//! - Negative figures in a series not marked `signed`: a trade volume
//!   cannot be negative, so it is a balance, and without the flag its
//!   summary would call its smallest deficit a record.

use crate::story::period::Period;
use crate::story::{JsonPath, Problem, ProblemKind, Status, Story};

/// What each period length is called, shortest last.
const LENGTHS: [&str; 4] = ["years", "half-years", "quarters", "months"];

fn length(period: &Period) -> usize {
    match period {
        Period::Year(_) => 0,
        Period::Half(..) => 1,
        Period::Quarter(..) => 2,
        Period::Month(..) => 3,
    }
}

/// The warnings for `story`, each at the value it is about.
pub fn warnings(story: &Story) -> Vec<Problem> {
    warnings_with::<true>(story)
}

/// Whether `story` has any warning: the same rules as [`warnings`], with no
/// word of them compiled in (the widget's first module asks its second for
/// the words).
pub fn has_warnings(story: &Story) -> bool {
    !warnings_with::<false>(story).is_empty()
}

fn warnings_with<const WORDED: bool>(story: &Story) -> Vec<Problem> {
    let whole = story.series.iter().enumerate().flat_map(|(s, series)| {
        series.points.iter().filter(|p| p.status != Status::Partial).map(move |p| (s, p.written_at, p))
    });
    // On each panel, the first whole figure sets the period length; the
    // first figure of each other length is warned about.
    let mut first: Vec<Option<(usize, usize, usize)>> = vec![None; story.panels.len().max(1)];
    let mut warned = Vec::new();
    let mut found = Vec::new();
    for (s, i, point) in whole {
        let (kind, panel) = (length(&point.period), story.panel_of(s));
        let Some((s0, i0, k0)) = first[panel] else {
            first[panel] = Some((s, i, kind));
            continue;
        };
        if kind == k0 || warned.contains(&(panel, kind)) {
            continue;
        }
        warned.push((panel, kind));
        let path = JsonPath::root().key("series").index(s).key("points").index(i).key("period");
        let message = if !WORDED {
            String::new()
        } else {
            format!(
                "a figure for {} beside figures for {} (series[{s0}].points[{i0}]) on the same value axis: values \
             for periods of different lengths are not comparable; give the chart one period length, or mark a \
             shorter period \"partial\"",
                LENGTHS[kind], LENGTHS[k0]
            )
        };
        found.push(Problem::new(path, ProblemKind::MixedPeriods, message));
    }
    for (s, series) in story.series.iter().enumerate().filter(|(_, s)| !s.signed) {
        let negative = series.points.iter().filter(|p| p.value < 0.0).map(|p| p.written_at).min();
        if let Some(i) = negative {
            let count = series.points.iter().filter(|p| p.value < 0.0).count();
            let path = JsonPath::root().key("series").index(s).key("points").index(i).key("value");
            let message = if !WORDED {
                String::new()
            } else {
                format!(
                    "is negative ({count} of the series' figures are): a trade volume cannot be, so this looks like a \
                 balance; set \"signed\": true on series[{s}] so that readers get its largest surplus and deficit, \
                 not a record"
                )
            };
            found.push(Problem::new(path, ProblemKind::UnsignedNegative, message));
        }
    }
    found
}
