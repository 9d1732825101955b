//! The chart's panels: which series share a value axis, in which order, and
//! how tall each is.
//!
//! Figures in different units never share an axis: each unit gets a panel
//! of its own, stacked under the first on the one time axis (a second value
//! axis on the right would make the crossing of two lines look meaningful).
//! The story's optional `panels` list gives the order, a label and a share
//! of the height; units it leaves out follow, in the order the series first
//! use them. What stays refused, each at the value at fault:
//! - a listed panel no series counts in (it would have no figure);
//! - more than [`MAX_PANELS`] units (each panel keeps room for its axis's
//!   labels on a phone);
//! - a `signed` series (a balance) beside figures [`FLATTENED`] times
//!   larger on one panel: it would lie flat on its zero line;
//! - with several panels, a target that names no series (on whose axis
//!   would its level stand?).

use super::check::Check;
use super::model::{Panel, Series};
use super::problem::{JsonPath, ProblemKind};
use super::raw::RawStory;
use super::suggest::closest;

/// The most panels a chart stacks: at [`crate::geometry::chart::PANEL_LEAST`]
/// px each, four fill a phone's chart.
pub const MAX_PANELS: usize = 4;

/// A balance whose figures stay this many times closer to zero than those
/// of a series beside it lies within a few pixels of its zero line.
pub const FLATTENED: f64 = 20.0;

/// The panels of `series` (each with its index in the story's list), in
/// order; every problem goes to `check`.
pub(crate) fn panels<const W: bool>(check: &mut Check<W>, raw: &RawStory, series: &[(usize, Series)]) -> Vec<Panel> {
    let path = JsonPath::root().key("panels");
    let mut panels: Vec<Panel> = Vec::new();
    for (i, item) in check.list(&raw.panels, &path, None) {
        let at = path.index(i);
        check.unknown_keys(&item.unknown, &at, super::validate::fields::PANEL.all);
        let unit = check.text(&item.unit, &at.key("unit"), Some(check.what("the unit of the panel's series")));
        let label = check.text(&item.label, &at.key("label"), None);
        let share = match item.share {
            super::field::Field::Missing => 1.0,
            _ => check.number(&item.share, &at.key("share"), false).unwrap_or(1.0),
        };
        if share == 0.0 {
            check.push(at.key("share"), ProblemKind::BadNumber, "is 0: a panel needs some height (1 is the default)");
        }
        let Some(unit) = unit else { continue };
        if let Some(first) = panels.iter().position(|p| p.unit == unit) {
            let message = || format!("a second panel for \"{unit}\"; the first is panels[{first}]");
            check.say(at.key("unit"), ProblemKind::DuplicateId, message);
            continue;
        }
        if !series.iter().any(|(_, s)| s.unit == unit) {
            let message = || {
                let near = closest(&unit, series.iter().map(|(_, s)| s.unit.as_str()));
                let hint = near.map(|n| format!(" (did you mean \"{n}\"?)")).unwrap_or_default();
                format!(
                    "no series counts in \"{unit}\"{hint}, so this panel would have no figure: remove it, or \
                     write the unit exactly as its series do"
                )
            };
            check.say(at.key("unit"), ProblemKind::BadPanel, message);
        }
        panels.push(Panel { unit, label, share, series: Vec::new() });
    }
    panels.retain(|p| series.iter().any(|(_, s)| s.unit == p.unit));
    for (index, (at, s)) in series.iter().enumerate() {
        let panel = match panels.iter().position(|p| p.unit == s.unit) {
            Some(panel) => panel,
            None => {
                if panels.len() == MAX_PANELS {
                    let message = || {
                        let units: Vec<String> = panels.iter().map(|p| format!("\"{}\"", p.unit)).collect();
                        format!(
                            "\"{}\" would be a fifth unit beside {}: the chart stacks at most {MAX_PANELS} panels, \
                             one per unit, so that each keeps room for its value axis on a phone; count two of \
                             them in one unit, or make two stories",
                            s.unit,
                            units.join(", ")
                        )
                    };
                    check.say(JsonPath::root().key("series").index(*at).key("unit"), ProblemKind::BadPanel, message);
                }
                panels.push(Panel { unit: s.unit.clone(), label: None, share: 1.0, series: Vec::new() });
                panels.len() - 1
            }
        };
        panels[panel].series.push(index);
    }
    flattened(check, &panels, series);
    targets_name_series(check, raw, panels.len());
    panels
}

/// The largest distance from zero among a series' figures.
fn reach(series: &Series) -> f64 {
    series.points.iter().map(|p| p.value.abs()).fold(0.0, f64::max)
}

/// Reports each balance that a series beside it would flatten.
fn flattened<const W: bool>(check: &mut Check<W>, panels: &[Panel], series: &[(usize, Series)]) {
    for panel in panels {
        for &b in panel.series.iter().filter(|&&b| series[b].1.signed) {
            let (at, balance) = &series[b];
            let widest = panel
                .series
                .iter()
                .map(|&o| &series[o].1)
                .filter(|o| !o.signed)
                .max_by(|x, y| reach(x).total_cmp(&reach(y)));
            let Some(other) = widest.filter(|o| reach(o) > FLATTENED * reach(balance)) else { continue };
            let message = || {
                format!(
                    "this balance shares the panel of \"{}\" with series \"{}\", whose figures reach {:.0} times \
                     further from zero: it would lie flat on its zero line; write its unit apart (\"{}, balance\") \
                     for a panel of its own",
                    panel.unit,
                    other.id,
                    reach(other) / reach(balance).max(f64::MIN_POSITIVE),
                    panel.unit
                )
            };
            check.say(JsonPath::root().key("series").index(*at).key("signed"), ProblemKind::BadPanel, message);
        }
    }
}

/// With several panels, reports each target that names no series.
fn targets_name_series<const W: bool>(check: &mut Check<W>, raw: &RawStory, panels: usize) {
    if panels < 2 {
        return;
    }
    let Some(targets) = raw.targets.present() else { return };
    for (i, target) in targets.iter().enumerate() {
        if target.present().is_some_and(|t| matches!(t.series, super::field::Field::Missing)) {
            let message = "is missing: with several panels, a target names the series whose panel its level \
                           stands on (\"series\": \"…\")";
            check.push(JsonPath::root().key("targets").index(i).key("series"), ProblemKind::Missing, message);
        }
    }
}
