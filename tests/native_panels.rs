//! Several units on one time axis: panels, their rules and their geometry.

use serde_json::{json, Value};
use trade_timeline::geometry::chart::{panel_heights, ChartGeometry, ChartItem, Frame, PANEL_LEAST};
use trade_timeline::geometry::window::TimeWindow;
use trade_timeline::story::panels::MAX_PANELS;
use trade_timeline::story::ProblemKind as K;

use crate::util::{minimal, parse, single};

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The minimal story with a second series in `unit`.
fn with_unit(unit: &str) -> Value {
    let mut story = minimal();
    let mut second = story["series"][0].clone();
    second["id"] = json!(format!("s-{unit}"));
    second["unit"] = json!(unit);
    story["series"].as_array_mut().unwrap().push(second);
    story["targets"][1]["series"] = json!("cn");
    story
}

#[test]
fn series_in_two_units_get_a_panel_each_in_the_order_they_come() {
    let story = parse(&with_unit("% du PIB")).expect("two units are valid");
    let units: Vec<&str> = story.panels.iter().map(|p| p.unit.as_str()).collect();
    assert_eq!(units, ["Md$", "% du PIB"]);
    assert_eq!(story.panels[1].series, [1]);
    assert_eq!(story.panel_of(1), 1);
}

#[test]
fn the_panels_list_gives_the_order_a_label_and_a_share() {
    let story = parse(&fixture("three-units")).unwrap();
    let order: Vec<&str> = story.panels.iter().map(|p| p.unit.as_str()).collect();
    assert_eq!(order, ["billions of US dollars", "millions of tonnes", "percent"], "listed first, then the rest");
    assert_eq!(story.panels[0].share, 2.0);
    assert_eq!(story.panels[1].label.as_deref(), Some("Freight, Mt"));
    assert_eq!(story.panels[2].share, 1.0, "1 when left out");
}

#[test]
fn a_listed_panel_no_series_counts_in_is_refused_with_the_nearest_unit() {
    let mut story = with_unit("% du PIB");
    story["panels"] = json!([{ "unit": "% du PIB." }]);
    let message = single(&story, K::BadPanel, "panels[0].unit");
    assert!(message.contains("\"% du PIB\""), "{message}");
}

#[test]
fn a_panel_listed_twice_or_with_no_height_is_refused() {
    let mut story = with_unit("%");
    story["panels"] = json!([{ "unit": "%" }, { "unit": "%" }]);
    single(&story, K::DuplicateId, "panels[1].unit");
    story["panels"] = json!([{ "unit": "%", "share": 0 }]);
    single(&story, K::BadNumber, "panels[0].share");
}

#[test]
fn a_fifth_unit_is_refused_and_says_the_limit() {
    let mut story = minimal();
    story["targets"][1]["series"] = json!("cn");
    for unit in ["a", "b", "c", "d"] {
        let mut other = story["series"][0].clone();
        other["id"] = json!(unit);
        other["unit"] = json!(unit);
        story["series"].as_array_mut().unwrap().push(other);
    }
    let message = single(&story, K::BadPanel, "series[4].unit");
    assert!(message.contains(&format!("at most {MAX_PANELS} panels")), "{message}");
}

#[test]
fn a_balance_beside_figures_twenty_times_larger_is_refused() {
    let mut story = minimal();
    let mut balance = story["series"][0].clone();
    balance["id"] = json!("balance");
    balance["signed"] = json!(true);
    balance["points"] = json!([{ "period": "2013", "value": -1.2 }, { "period": "2024", "value": 0.8 }]);
    story["series"].as_array_mut().unwrap().push(balance);
    single(&story, K::BadPanel, "series[1].signed");
    story["series"][1]["points"][0]["value"] = json!(-9.0);
    assert!(parse(&story).is_ok(), "a balance that reads beside them is fine");
}

#[test]
fn with_several_panels_a_target_names_its_series() {
    let mut story = with_unit("%");
    story["targets"][1].as_object_mut().unwrap().remove("series");
    single(&story, K::Missing, "targets[1].series");
}

#[test]
fn stacked_panels_share_the_time_scale_and_each_maps_its_own_values() {
    let story = parse(&fixture("three-units")).unwrap();
    for height in [300.0, 440.0, 600.0] {
        let frame = Frame { width: 375.0, height, domain: TimeWindow::fit(&story).full };
        let g = ChartGeometry::new(&story, frame);
        assert_eq!(g.panels.len(), 3);
        for pair in g.panels.windows(2) {
            assert!(pair[0].plot.3 + 20.0 <= pair[1].plot.1, "room for the unit between panels: {pair:?}");
        }
        for panel in &g.panels {
            assert!(panel.plot.3 - panel.plot.1 >= PANEL_LEAST - 0.01, "{height} px: {panel:?}");
            let (low, high) = panel.value.domain;
            for v in [low, (low + high) / 2.0, high] {
                assert!((panel.value.invert(panel.value.map(v)) - v).abs() < 1e-9);
            }
        }
        // Every figure stands inside its own panel, at its own x.
        for p in &g.points {
            let plot = g.panels[p.panel].plot;
            assert!(p.y >= plot.1 - 0.01 && p.y <= plot.3 + 0.01, "{p:?} outside {plot:?}");
            assert_eq!(p.panel, story.panel_of(p.series));
        }
        assert_eq!(g.time, trade_timeline::geometry::chart::time_scale(frame.domain, frame.width), "one time scale");
    }
}

#[test]
fn shares_divide_the_height_and_no_panel_drops_under_its_least() {
    let heights = panel_heights(&[2.0, 1.0, 1.0], 400.0);
    assert_eq!(heights, [200.0, 100.0, 100.0]);
    let squeezed = panel_heights(&[6.0, 1.0, 1.0], 240.0);
    assert!(squeezed.iter().all(|&h| h >= PANEL_LEAST - 1e-9), "{squeezed:?}");
    assert!((squeezed.iter().sum::<f64>() - 240.0).abs() < 1e-9);
}

#[test]
fn a_pointer_finds_the_figure_of_the_panel_it_is_over() {
    let story = parse(&fixture("two-units")).unwrap();
    let g = ChartGeometry::new(&story, Frame { width: 700.0, height: 440.0, domain: TimeWindow::fit(&story).full });
    for p in g.points.iter().filter(|p| p.x > g.plot.0 && p.x < g.plot.2) {
        // Over the other panel at the same x, the other series' figure.
        assert_eq!(g.item_at(p.x, p.y, 18.0), Some(ChartItem::Figure(p.series, p.point)));
        let other = &g.panels[1 - p.panel];
        let found = g.item_at(p.x, (other.plot.1 + other.plot.3) / 2.0, 18.0);
        assert!(matches!(found, Some(ChartItem::Figure(s, _)) if s != p.series), "{found:?}");
    }
}

#[test]
fn the_keyboard_walks_a_panel_then_the_next_and_up_and_down_cross_them() {
    let story = parse(&fixture("two-units")).unwrap();
    let g = ChartGeometry::new(&story, Frame { width: 700.0, height: 440.0, domain: TimeWindow::fit(&story).full });
    let order = g.keyboard_order();
    let panels: Vec<usize> = order.iter().map(|o| o.1).collect();
    assert!(panels.windows(2).all(|w| w[0] <= w[1]), "panel by panel: {panels:?}");
    let third = order.iter().position(|o| o.0 == ChartItem::Figure(0, 3)).unwrap();
    let down = ChartGeometry::across(&order, third, true).unwrap();
    assert_eq!(order[down].0, ChartItem::Figure(1, 3), "the same year, on the panel under");
    assert_eq!(ChartGeometry::across(&order, down, false), Some(third));
    assert_eq!(ChartGeometry::across(&order, down, true), None, "no panel under the last");
}

#[test]
fn each_panel_writes_its_unit_over_its_axis() {
    use trade_timeline::words::Words;
    let story = parse(&fixture("three-units")).unwrap();
    let units: Vec<Option<String>> = (0..3).map(|p| Words::axis_unit(&story, p)).collect();
    assert_eq!(units, [Some("$bn".into()), Some("Freight, Mt".into()), Some("%".into())]);
}

#[test]
fn monthly_figures_on_a_panel_of_their_own_are_not_warned_of_beside_yearly_ones() {
    use trade_timeline::story::advice::warnings;
    let mut story = with_unit("tenge per dollar");
    story["series"][1]["points"] =
        json!([{ "period": "2024-01", "value": 450.0 }, { "period": "2024-02", "value": 452.0 }]);
    assert!(warnings(&parse(&story).unwrap()).is_empty(), "months on their own panel");
    story["series"][1]["unit"] = json!("Md$");
    let found = warnings(&parse(&story).unwrap());
    assert!(found.iter().any(|w| w.kind == K::MixedPeriods), "months beside years on one panel: {found:?}");
}

#[test]
fn the_summary_says_first_how_many_panels_are_stacked_and_names_them_top_to_bottom() {
    use trade_timeline::words::{ui_text::ui_text, Words};
    let story = parse(&fixture("three-units")).unwrap();
    for (lang, opening) in [
        (
            "en",
            "The chart stacks 3 panels on one time axis, one per unit, from top to bottom: \
             billions of US dollars; Freight, Mt; percent. ",
        ),
        (
            "fr",
            "Le graphique empile 3 panneaux sur le même axe du temps, un par unité, de haut en bas\u{a0}: \
             billions of US dollars\u{a0}; Freight, Mt\u{a0}; percent. ",
        ),
    ] {
        let summary = Words::new(ui_text(lang), &crate::native_chart::Plain).summary(&story);
        assert!(summary.starts_with(opening), "{lang}: {summary}");
    }
    let one = parse(&minimal()).unwrap();
    let summary = Words::new(ui_text("en"), &crate::native_chart::Plain).summary(&one);
    assert!(!summary.contains("panel"), "one panel is not said: {summary}");
}
