use trade_timeline::geometry::scale::TimeScale;
use trade_timeline::geometry::window::{TimeWindow, MIN_DAYS};
use trade_timeline::story::date::Day;

use crate::util::{minimal, parse};

/// The minimal story's window, showing all of it ("fit all").
fn window() -> TimeWindow {
    let fit = TimeWindow::fit(&parse(&minimal()).unwrap());
    TimeWindow { shown: fit.full, ..fit }
}

fn year(day: f64) -> i32 {
    Day(day as i32).to_ymd().0
}

fn scale(window: &TimeWindow) -> TimeScale {
    TimeScale { domain: window.shown, range: (0.0, 800.0) }
}

#[test]
fn fit_covers_the_first_event_to_the_last_deadline_with_a_margin() {
    let w = window();
    assert!(w.full.0 < f64::from(Day::from_ymd(1991, 12, 16).0));
    assert!(w.full.1 > f64::from(Day::from_ymd(2031, 1, 1).0), "the 2030 deadline is inside");
}

#[test]
fn a_story_with_figures_opens_on_the_years_they_and_the_targets_cover() {
    // Events in 1991 and 2025; figures 2013–2025; a target set in 2019 for 2030.
    let story = parse(&minimal()).unwrap();
    let fit = TimeWindow::fit(&story);
    assert_eq!((year(fit.shown.0), year(fit.shown.1)), (2012, 2031));
    assert!(!fit.is_full(), "1991 is one press of ‹ or a pan away");
    assert!(fit.full.0 < fit.shown.0);
}

#[test]
fn the_default_stories_open_with_their_figures_across_most_of_the_chart() {
    for text in
        [include_str!("../www/data/kazakhstan-china.fr.json"), include_str!("../www/data/kazakhstan-china.en.json")]
    {
        let story = trade_timeline::story::parse_story(text).unwrap();
        let fit = TimeWindow::fit(&story);
        let days = story.series.iter().flat_map(|s| &s.points).flat_map(|p| [p.period.first_day(), p.period.end_day()]);
        let (low, high) = days.fold((i32::MAX, i32::MIN), |(lo, hi), d| (lo.min(d.0), hi.max(d.0)));
        let share = f64::from(high - low) / (fit.shown.1 - fit.shown.0);
        assert!(share >= 0.6, "figures cover {:.0} % of the opening window", share * 100.0);
    }
}

#[test]
fn events_close_to_the_figures_are_taken_into_the_opening_window() {
    // Monthly figures from January to June 2023; events on 17 January,
    // 17 May, in September (the whole month) and on 1 December.
    let text = include_str!("fixtures/short-year.json");
    let opening = |text: &str| {
        let story = trade_timeline::story::parse_story(text).unwrap();
        let fit = TimeWindow::fit(&story);
        story.events.iter().map(|e| fit.shows(e.days().0, e.days().1)).collect::<Vec<_>>()
    };
    // September, whole, would leave the figures less than two thirds of the
    // window: it is one press of "›" away, as December is.
    assert_eq!(opening(text), [true, true, false, false]);
    // An event on 10 August is close enough to be taken in.
    let mut story: serde_json::Value = serde_json::from_str(text).unwrap();
    story["events"][2]["date"] = "2023-08-10".into();
    assert_eq!(opening(&story.to_string()), [true, true, true, false]);
}

#[test]
fn a_story_without_figures_opens_on_all_of_it() {
    let mut story = parse(&minimal()).unwrap();
    story.series.clear();
    story.targets.clear();
    assert!(TimeWindow::fit(&story).is_full());
}

#[test]
fn a_story_whose_figures_cover_nearly_all_of_it_opens_on_all_of_it() {
    let mut story = parse(&minimal()).unwrap();
    story.events.retain(|e| e.date.first_day() >= Day::from_ymd(2013, 1, 1));
    assert!(TimeWindow::fit(&story).is_full());
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

#[test]
fn a_narrow_view_opens_on_the_first_event_its_window_shows() {
    let story = trade_timeline::story::parse_story(include_str!("../www/data/kazakhstan-china.fr.json")).unwrap();
    let fit = TimeWindow::fit(&story);
    let first = fit.first_event(&story).unwrap();
    assert_eq!(story.events[first].id, "ceinture-economique-2013", "1991 is one ‹ away, outside the window");
    let whole = TimeWindow { shown: fit.full, ..fit };
    assert_eq!(whole.first_event(&story), Some(0), "the whole story opens on its first event");
    let after = TimeWindow { shown: (fit.full.1 + 10.0, fit.full.1 + 20.0), ..fit };
    assert_eq!(after.first_event(&story), Some(0), "a window with no event opens on the first");
}

#[test]
fn a_steps_window_opens_the_span_its_two_dates_name_from_the_first_day_to_the_last() {
    let w = window();
    let over = w.over("2013/2015-06").expect("two dates make a span");
    assert_eq!(over.shown.0, f64::from(Day::from_ymd(2013, 1, 1).0).max(w.full.0));
    assert_eq!(over.shown.1, f64::from(Day::from_ymd(2015, 7, 1).0).min(w.full.1));
    assert_eq!(over.full, w.full, "only what is shown changes");
}

#[test]
fn a_steps_window_that_is_not_two_dates_in_order_is_refused() {
    let w = window();
    for text in ["2025/2020", "2013", "2013-2015", "2013/", "2013/2015-13", "hier/demain"] {
        assert_eq!(w.over(text), None, "{text}");
    }
}

#[test]
fn a_steps_window_beyond_the_story_stays_within_its_extent() {
    let w = window();
    let over = w.over("1900/2100").expect("a span");
    assert!(over.shown.0 >= w.full.0 && over.shown.1 <= w.full.1, "{:?} within {:?}", over.shown, w.full);
}
