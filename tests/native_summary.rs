//! The facts the chart's plain-language summary is written from.

use serde_json::json;
use trade_timeline::story::facts::{chart_facts, SeriesFacts, TargetFacts};

use trade_timeline::words::ui_text::ui_text;

use crate::util::{minimal, parse};

#[test]
fn the_latest_figure_and_the_record_skip_partial_periods() {
    // Points sorted by period: 2013 (28.5), 2024 (43.8), 2025-H1 (21.8, partial).
    let story = parse(&minimal()).unwrap();
    let facts = chart_facts(&story);
    assert_eq!(facts.series, vec![SeriesFacts { series: 0, latest: 1, record: 1, lowest: 0 }]);
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

#[test]
fn a_signed_series_speaks_of_its_largest_surplus_and_deficit_never_of_a_record() {
    // A trade balance: 2013 +5.0, 2024 −12.5.
    let mut story = minimal();
    story["series"][0]["signed"] = json!(true);
    story["series"][0]["points"][0]["value"] = json!(-12.5);
    story["series"][0]["points"][1]["value"] = json!(5.0);
    let story = parse(&story).unwrap();
    for (lang, surplus, deficit, record) in [
        ("fr", "plus fort excédent", "plus fort déficit", "record"),
        ("en", "largest surplus", "largest deficit", "record"),
        ("zh", "最大顺差", "最大逆差", "最高纪录"),
    ] {
        let words = trade_timeline::words::Words::new(ui_text(lang), &crate::native_chart::Plain);
        let summary = words.summary(&story);
        let colon = ui_text(lang).colon;
        assert!(summary.contains(&format!("{surplus}{colon} 5 (2013)")), "{lang}: {summary}");
        assert!(summary.contains(&format!("{deficit}{colon} -12.5 (2024)")), "{lang}: {summary}");
        assert!(!summary.contains(record), "{lang}: no record for a balance: {summary}");
    }
}
