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
        ("fr", "Le plus fort excédent était de 5 Md$, en 2013.", "est aussi le plus fort déficit.", "élevé"),
        ("en", "The largest surplus was 5 Md$, in 2013.", "is also the largest deficit.", "highest"),
        ("zh", "最大顺差为5 Md$（2013）。", "也是最大逆差。", "最高值"),
    ] {
        let words = trade_timeline::words::Words::new(ui_text(lang), &crate::native_chart::Plain);
        let summary = words.summary(&story);
        assert!(summary.contains(surplus), "{lang}: {summary}");
        assert!(summary.contains(deficit), "{lang}: the latest figure is the largest deficit: {summary}");
        assert!(summary.contains("-12.5"), "{lang}: {summary}");
        assert!(!summary.contains(record), "{lang}: no highest for a balance: {summary}");
    }
}

#[test]
fn the_summary_reads_as_sentences_each_figure_said_once_and_never_two_brackets_in_a_row() {
    let story = trade_timeline::story::parse_story(include_str!("../www/data/kazakhstan-china.fr.json")).unwrap();
    let words = trade_timeline::words::Words::new(ui_text("fr"), &crate::native_chart::Plain);
    let summary = words.summary(&story);
    assert!(
        summary.contains("Douanes chinoises (GACC) : le dernier chiffre, 43.8 Md$ en 2024, est aussi le plus élevé."),
        "{summary}"
    );
    assert_eq!(summary.matches("43.8 Md$ en 2024").count(), 1, "the latest figure once: {summary}");
    assert!(!summary.contains(") ("), "{summary}");
    assert!(!summary.contains(';'), "{summary}");
    let name = trade_timeline::words::Words::series_name(&story.series[0]);
    assert_eq!(name, "Douanes chinoises (GACC), milliards de dollars US", "the legend's and tables' name");
}

#[test]
fn a_short_unit_reads_beside_numbers_and_over_the_axis_and_the_long_one_stays_without_it() {
    use trade_timeline::words::Words;
    let words = Words::new(ui_text("fr"), &crate::native_chart::Plain);
    let unit = |short: Option<&str>| {
        let mut story = minimal();
        if let Some(short) = short {
            story["series"][0]["short_unit"] = json!(short);
        }
        parse(&story).unwrap()
    };
    let long = unit(None);
    assert_eq!(words.amount(&long.series[0], 43.8), format!("43.8 {}", long.series[0].unit));
    assert_eq!(Words::axis_unit(&long, 0), Some(long.series[0].unit.clone()), "no short unit: the unit over the axis");
    let after = unit(Some("Md$"));
    assert_eq!(words.amount(&after.series[0], 43.8), "43.8 Md$");
    assert_eq!(Words::axis_unit(&after, 0).as_deref(), Some("Md$"));
    let around = unit(Some("${n}bn"));
    assert_eq!(words.amount(&around.series[0], 43.8), "$43.8bn", "{{n}} is where the number goes");
    assert_eq!(Words::axis_unit(&around, 0).as_deref(), Some("$bn"));
}

#[test]
fn a_short_unit_longer_than_an_axis_label_is_refused_with_the_field_to_use() {
    let message = crate::util::single(
        &crate::util::with("/series/0/short_unit", json!("milliards de dollars")),
        trade_timeline::story::ProblemKind::TooLarge,
        "series[0].short_unit",
    );
    assert!(message.contains("\"unit\""), "{message}");
}
