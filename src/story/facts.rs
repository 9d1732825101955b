//! The facts a plain-language summary of the chart is written from.
//!
//! For each series: its latest whole figure and its record; for each target
//! still standing: what remains to reach it. The browser puts these facts in
//! words (numbers and periods through `Intl`); choosing them is pure and
//! tested natively. A partial period is never the "latest figure" or the
//! record: it is not comparable with whole ones.

use crate::story::{Status, Story};

/// The facts about one series, as indices into its points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesFacts {
    /// The series, as an index into [`Story::series`].
    pub series: usize,
    /// Its latest figure for a whole period.
    pub latest: usize,
    /// Its highest figure for a whole period (the latest one on a tie).
    pub record: usize,
}

/// A target that is neither superseded nor met, and how far away it is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TargetFacts {
    /// The target, as an index into [`Story::targets`].
    pub target: usize,
    /// What remains between the latest reported whole year and the target.
    pub gap: Option<f64>,
}

/// What the summary says.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartFacts {
    /// One entry per series that has a whole figure.
    pub series: Vec<SeriesFacts>,
    /// Targets still standing.
    pub targets: Vec<TargetFacts>,
}

/// The facts of `story`'s chart.
pub fn chart_facts(story: &Story) -> ChartFacts {
    let series = story
        .series
        .iter()
        .enumerate()
        .filter_map(|(s, series)| {
            let whole: Vec<usize> =
                (0..series.points.len()).filter(|&p| series.points[p].status != Status::Partial).collect();
            let latest = *whole.last()?;
            let record = whole.iter().copied().fold(latest, |best, p| {
                if series.points[p].value > series.points[best].value {
                    p
                } else {
                    best
                }
            });
            Some(SeriesFacts { series: s, latest, record })
        })
        .collect();
    let targets = story
        .targets
        .iter()
        .enumerate()
        .filter(|(_, t)| t.superseded.is_none() && t.superseded_by.is_none() && t.met.is_none())
        .map(|(i, _)| TargetFacts { target: i, gap: target_gap(story, i) })
        .collect();
    ChartFacts { series, targets }
}

/// What remains to reach target `index`, counted from the latest reported
/// whole-year figure of its series; `None` once reached or without one.
pub fn target_gap(story: &Story, index: usize) -> Option<f64> {
    let target = &story.targets[index];
    let series = &story.series[target.series?];
    let latest = series.points.iter().rev().find(|p| p.status == Status::Reported && p.period.is_year())?;
    Some(target.value - latest.value).filter(|g| *g > 0.0)
}
