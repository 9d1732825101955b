//! The facts the chart's plain-language summary is written from.

use serde_json::json;
use trade_timeline::story::facts::{chart_facts, SeriesFacts, TargetFacts};

use crate::util::{minimal, parse};

#[test]
fn the_latest_figure_and_the_record_skip_partial_periods() {
    // Points sorted by period: 2013 (28.5), 2024 (43.8), 2025-H1 (21.8, partial).
    let story = parse(&minimal()).unwrap();
    let facts = chart_facts(&story);
    assert_eq!(facts.series, vec![SeriesFacts { series: 0, latest: 1, record: 1 }]);
}

#[test]
fn the_record_can_be_older_than_the_latest_figure() {
    let mut story = minimal();
    story["series"][0]["points"][1]["value"] = json!(50.0);
    let story = parse(&story).unwrap();
    let facts = chart_facts(&story);
    assert_eq!(facts.series[0].record, 0, "2013 is now the record");
    assert_eq!(facts.series[0].latest, 1);
}

#[test]
fn only_targets_still_standing_are_summarised_with_their_gap() {
    let mut story = minimal();
    story["targets"][1]["series"] = json!("cn");
    let story = parse(&story).unwrap();
    let facts = chart_facts(&story);
    // t40 is superseded and met; t2x remains, 87.6 − 43.8 to go.
    assert_eq!(facts.targets.len(), 1);
    let TargetFacts { target, gap } = facts.targets[0];
    assert_eq!(target, 1);
    assert!((gap.unwrap() - 43.8).abs() < 1e-9);
}

#[test]
fn a_series_of_partial_periods_only_has_no_summary() {
    let mut story = minimal();
    story["series"][0]["points"] = json!([{ "period": "2025-H1", "value": 21.8, "status": "partial" }]);
    story["targets"] = json!([]);
    let story = parse(&story).unwrap();
    assert!(chart_facts(&story).series.is_empty());
}
