//! Stepping through events and figures, and what a figure or a cluster
//! leads to: the decisions behind "‹ ›", arrow keys, a tap on a figure and
//! a tap on a cluster badge, made in the core.

use serde_json::json;
use trade_timeline::geometry::chart::{ChartGeometry, Frame};
use trade_timeline::geometry::navigation::{step, Move};
use trade_timeline::geometry::window::TimeWindow;
use trade_timeline::story::date::Day;

use crate::util::{minimal, parse};

#[test]
fn next_goes_to_the_following_item_and_stops_at_the_last() {
    assert_eq!(step(Some(0), 3, Move::Next), Some(1));
    assert_eq!(step(Some(2), 3, Move::Next), Some(2));
}

#[test]
fn previous_goes_back_one_and_stops_at_the_first() {
    assert_eq!(step(Some(2), 3, Move::Previous), Some(1));
    assert_eq!(step(Some(0), 3, Move::Previous), Some(0));
}

#[test]
fn from_nothing_chosen_next_starts_at_the_first_and_previous_at_the_last() {
    assert_eq!(step(None, 3, Move::Next), Some(0));
    assert_eq!(step(None, 3, Move::Previous), Some(2));
}

#[test]
fn home_and_end_go_to_the_ends_and_an_empty_list_goes_nowhere() {
    assert_eq!(step(Some(1), 3, Move::First), Some(0));
    assert_eq!(step(None, 3, Move::Last), Some(2));
    assert_eq!(step(None, 0, Move::Next), None);
    assert_eq!(step(Some(4), 0, Move::Last), None);
}

#[test]
fn arrow_keys_home_and_end_are_moves_and_other_keys_are_not() {
    assert_eq!(Move::from_key("ArrowRight"), Some(Move::Next));
    assert_eq!(Move::from_key("ArrowDown"), Some(Move::Next));
    assert_eq!(Move::from_key("ArrowLeft"), Some(Move::Previous));
    assert_eq!(Move::from_key("Home"), Some(Move::First));
    assert_eq!(Move::from_key("End"), Some(Move::Last));
    assert_eq!(Move::from_key("Enter"), None);
}

#[test]
fn a_figure_opens_the_event_of_its_period_nearest_the_middle() {
    let mut story = minimal();
    let events = story["events"].as_array_mut().unwrap();
    for (id, date) in [("march", "2024-03"), ("june", "2024-06-15"), ("december", "2024-12-20")] {
        events.push(json!({ "id": id, "date": date, "title": id, "text": "Un texte.", "sources": ["gazette"] }));
    }
    let story = parse(&story).unwrap();
    // Points in period order: 2013, 2024, 2025-H1. The middle of 2024 is 1 July.
    let event = story.event_for_figure(0, 1).map(|i| story.events[i].id.as_str());
    assert_eq!(event, Some("june"));
}

#[test]
fn a_figure_whose_period_has_no_event_opens_nothing() {
    let story = parse(&minimal()).unwrap();
    assert_eq!(story.event_for_figure(0, 0), None, "no event in 2013");
    assert_eq!(story.event_for_figure(5, 0), None, "no such series");
}

#[test]
fn a_cluster_spans_from_its_first_event_to_the_end_of_its_last() {
    let story = parse(&minimal()).unwrap();
    // Events in date order: 1991-12-16, then 2025-08-20.
    let (start, end) = story.events_span(0, 2).unwrap();
    assert_eq!(start, f64::from(Day::from_ymd(1991, 12, 16).0));
    assert_eq!(end, f64::from(Day::from_ymd(2025, 8, 21).0));
    assert_eq!(story.events_span(1, 2), None, "past the last event");
    assert_eq!(story.events_span(0, 0), None, "an empty cluster");
}

#[test]
fn the_keyboard_walks_the_figures_in_view_left_to_right_then_the_targets() {
    use trade_timeline::geometry::chart::ChartItem::{Figure, Target};
    let story = parse(&minimal()).unwrap();
    let all = Frame { width: 640.0, height: 300.0, domain: TimeWindow::fit(&story).full };
    // Both targets end in 2030, right of every figure; the first set comes first.
    let order: Vec<_> = ChartGeometry::new(&story, all).keyboard_order().into_iter().map(|o| o.0).collect();
    assert_eq!(order, [Figure(0, 0), Figure(0, 1), Figure(0, 2), Target(0), Target(1)]);
    let recent = (f64::from(Day::from_ymd(2020, 1, 1).0), f64::from(Day::from_ymd(2026, 1, 1).0));
    let zoomed = Frame { domain: recent, ..all };
    let order: Vec<_> = ChartGeometry::new(&story, zoomed).keyboard_order().into_iter().map(|o| o.0).collect();
    assert_eq!(
        order,
        [Figure(0, 1), Figure(0, 2), Target(0), Target(1)],
        "2013 is out of view; the targets' lines are in it"
    );
    let before = (f64::from(Day::from_ymd(2012, 1, 1).0), f64::from(Day::from_ymd(2015, 1, 1).0));
    let early = Frame { domain: before, ..all };
    let order: Vec<_> = ChartGeometry::new(&story, early).keyboard_order().into_iter().map(|o| o.0).collect();
    assert_eq!(order, [Figure(0, 0)], "no target was set yet");
}

#[test]
fn plus_zooms_around_the_selected_event() {
    use trade_timeline::geometry::timeline::zoom_focus;
    let story = parse(&minimal()).unwrap();
    let window = TimeWindow::fit(&story);
    let (start, end) = story.events[1].days();
    assert_eq!(zoom_focus(&story, window, Some(1)), (start + end) / 2.0);
}

#[test]
fn plus_with_nothing_selected_zooms_around_the_event_with_most_dates_near_it_not_into_a_gap() {
    use trade_timeline::geometry::timeline::zoom_focus;
    // Events in 1991 and 2025, figures in 2013, 2024 and 2025: the middle of
    // the whole story (about 2010) has nothing; 1991 stands alone; the 2025
    // event has the 2024 and 2025 figures around it.
    let story = parse(&minimal()).unwrap();
    let fit = TimeWindow::fit(&story);
    let window = TimeWindow { shown: fit.full, ..fit };
    let focus = zoom_focus(&story, window, None);
    let year = |d: f64| Day(d as i32).to_ymd().0;
    assert_eq!(year(focus), 2025);
    // Pressed again and again, "+" keeps the same date, and it stays in view.
    let mut zoomed = window;
    for _ in 0..4 {
        let scale = trade_timeline::geometry::chart::time_scale(zoomed.shown, 700.0);
        zoomed = zoomed.zoom(scale, scale.map(focus), 1.6);
        assert_eq!(zoom_focus(&story, zoomed, None), focus);
        assert!(zoomed.shows(focus, focus));
    }
    // With no event in view, the figure nearest the middle.
    let early = (f64::from(Day::from_ymd(2012, 6, 1).0), f64::from(Day::from_ymd(2014, 6, 1).0));
    assert_eq!(year(zoom_focus(&story, TimeWindow { shown: early, ..fit }, None)), 2013);
}

#[test]
fn a_story_of_years_never_zooms_to_single_days() {
    let mut story = minimal();
    story["events"][0]["date"] = serde_json::json!("2025");
    story["events"][1]["date"] = serde_json::json!("1991");
    story["series"][0]["points"][2]["period"] = serde_json::json!("2025");
    let story = parse(&story).unwrap();
    let window = TimeWindow::fit(&story);
    let scale = trade_timeline::geometry::chart::time_scale(window.shown, 700.0);
    let deepest = window.zoom(scale, 350.0, 1e9);
    assert!(deepest.shown.1 - deepest.shown.0 >= 729.0, "{:?}", deepest.shown);
}
