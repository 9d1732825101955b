use trade_timeline::geometry::scale::TimeScale;
use trade_timeline::geometry::window::{TimeWindow, MIN_DAYS};
use trade_timeline::story::date::Day;

use crate::util::{minimal, parse};

fn window() -> TimeWindow {
    TimeWindow::fit(&parse(&minimal()).unwrap())
}

fn scale(window: &TimeWindow) -> TimeScale {
    TimeScale { domain: window.shown, range: (0.0, 800.0) }
}

#[test]
fn fit_covers_the_first_event_to_the_last_deadline_with_a_margin() {
    let w = window();
    assert!(w.full.0 < f64::from(Day::from_ymd(1991, 12, 16).0));
    assert!(w.full.1 > f64::from(Day::from_ymd(2031, 1, 1).0), "the 2030 deadline is inside");
    assert!(w.is_full());
}

#[test]
fn zooming_in_then_out_past_the_whole_returns_to_fit() {
    let w = window();
    let zoomed = w.zoom(scale(&w), 400.0, 3.0);
    assert!(!zoomed.is_full());
    assert!(zoomed.zoom(scale(&zoomed), 400.0, 1.0 / 10.0).is_full());
}

#[test]
fn panning_stops_at_the_story_edges() {
    let w = window();
    let zoomed = w.zoom(scale(&w), 0.0, 4.0);
    let panned = zoomed.pan(scale(&zoomed), 5_000.0);
    assert_eq!(panned.shown.0, w.full.0);
    let width = |w: &TimeWindow| w.shown.1 - w.shown.0;
    assert!((width(&panned) - width(&zoomed)).abs() < 1e-6, "panning keeps the zoom");
}

#[test]
fn zoom_never_narrows_below_the_minimum() {
    let w = window();
    let zoomed = w.zoom(scale(&w), 400.0, 1e9);
    assert!((zoomed.shown.1 - zoomed.shown.0 - MIN_DAYS).abs() < 1e-6);
}

#[test]
fn centring_on_an_event_keeps_the_zoom_and_shows_it() {
    let w = window();
    let zoomed = w.zoom(scale(&w), 0.0, 8.0);
    let day = f64::from(Day::from_ymd(2023, 5, 17).0);
    let centred = zoomed.centre_on(day, day + 1.0);
    assert!(centred.shows(day, day + 1.0));
    assert!(((centred.shown.1 - centred.shown.0) - (zoomed.shown.1 - zoomed.shown.0)).abs() < 1e-6);
}

#[test]
fn an_empty_story_still_has_a_window() {
    let mut story = parse(&minimal()).unwrap();
    story.events.clear();
    story.series.clear();
    story.targets.clear();
    let w = TimeWindow::fit(&story);
    assert!(w.full.1 > w.full.0);
}

#[test]
fn a_story_opens_on_the_view_its_author_set_and_keeps_the_rest_reachable() {
    let mut story = crate::util::minimal();
    story["view"] = serde_json::json!(["2010", "2030"]);
    let story = crate::util::parse(&story).unwrap();
    let window = TimeWindow::fit(&story);
    let year = |d: f64| trade_timeline::story::date::Day(d as i32).to_ymd();
    assert_eq!(year(window.shown.0), (2010, 1, 1));
    assert_eq!(year(window.shown.1), (2031, 1, 1), "to the end of 2030");
    assert!(window.full.0 < window.shown.0, "1991 is still reachable");
    assert!(!window.is_full());
}
