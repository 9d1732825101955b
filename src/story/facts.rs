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
    /// Its lowest figure for a whole period (the latest one on a tie): a
    /// signed series' largest deficit, when it is below zero.
    pub lowest: usize,
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
            let value = |p: usize| series.points[p].value;
            let record = whole.iter().copied().fold(latest, |best, p| if value(p) > value(best) { p } else { best });
            let lowest = whole.iter().copied().fold(latest, |best, p| if value(p) < value(best) { p } else { best });
            Some(SeriesFacts { series: s, latest, record, lowest })
        })
        .collect();
    let targets = story
        .targets
        .iter()
        .enumerate()
        .filter(|(i, _)| matches!(target_standing(story, *i), Standing::Ahead { .. } | Standing::Missed { .. }))
        .map(|(i, _)| TargetFacts { target: i, gap: target_gap(story, i) })
        .collect();
    ChartFacts { series, targets }
}

/// What remains to reach target `index`, counted from the latest reported
/// whole-year figure of its series; `None` once reached, once its deadline
/// has passed, or without such a figure.
pub fn target_gap(story: &Story, index: usize) -> Option<f64> {
    match target_standing(story, index) {
        Standing::Ahead { gap } => gap,
        _ => None,
    }
}

/// Where a target stands, as the chart, the tables and the summary say it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Standing {
    /// Its deadline is ahead; what remains from the latest reported whole
    /// year, when there is one and it is below the target.
    Ahead {
        /// Target minus the latest reported whole-year figure.
        gap: Option<f64>,
    },
    /// Reached (the story says when, or a reported figure shows it), and
    /// perhaps replaced afterwards by the target of that index.
    Met {
        /// The year it was reached.
        year: i32,
        /// The target that replaced it, as an index into [`Story::targets`].
        then_replaced_by: Option<usize>,
        /// Replaced, whether or not the story names by what.
        replaced: bool,
    },
    /// Replaced before it was reached, by the target of that index if known.
    Replaced {
        /// The replacing target, as an index into [`Story::targets`].
        by: Option<usize>,
    },
    /// Its deadline has passed (a reported figure covers it) short of the
    /// target, by this much.
    Missed {
        /// Target minus the figure for its deadline.
        by: f64,
    },
}

/// Where target `index` stands: met or replaced as the story says; else,
/// from the reported whole-year figures of its series, reached, missed once
/// a figure covers its deadline, or still ahead with what remains.
pub fn target_standing(story: &Story, index: usize) -> Standing {
    let target = &story.targets[index];
    let replaced = target.superseded.is_some() || target.superseded_by.is_some();
    if let Some(met) = target.met {
        return Standing::Met { year: met.first_day().to_ymd().0, then_replaced_by: target.superseded_by, replaced };
    }
    if replaced {
        return Standing::Replaced { by: target.superseded_by };
    }
    let Some(series) = target.series.map(|s| &story.series[s]) else { return Standing::Ahead { gap: None } };
    let reported = || series.points.iter().filter(|p| p.status == Status::Reported && p.period.is_year());
    if let Some(reached) = reported().find(|p| p.value >= target.value) {
        return Standing::Met { year: reached.period.year(), then_replaced_by: None, replaced: false };
    }
    let deadline = target.deadline.end_day();
    if let Some(at) = reported().filter(|p| p.period.end_day() >= deadline).min_by_key(|p| p.period.end_day()) {
        return Standing::Missed { by: target.value - at.value };
    }
    Standing::Ahead { gap: reported().next_back().map(|p| target.value - p.value) }
}
