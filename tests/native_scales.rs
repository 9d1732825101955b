use trade_timeline::geometry::scale::{LinearScale, TimeScale};
use trade_timeline::story::date::Day;

fn story_scale() -> TimeScale {
    TimeScale::new(Day::from_ymd(1991, 1, 1), Day::from_ymd(2031, 1, 1), 0.0, 800.0)
}

#[test]
fn time_scale_maps_the_first_day_to_the_left_edge_and_the_last_to_the_right() {
    let scale = story_scale();
    assert_eq!(scale.map(f64::from(Day::from_ymd(1991, 1, 1).0)), 0.0);
    assert_eq!(scale.map(f64::from(Day::from_ymd(2031, 1, 1).0)), 800.0);
}

#[test]
fn time_scale_invert_undoes_map_across_the_range() {
    let scale = story_scale();
    for x in [0.0, 1.5, 123.25, 400.0, 799.0, 800.0, -20.0, 950.0] {
        assert!((scale.map(scale.invert(x)) - x).abs() < 1e-9, "{x}");
    }
    for day in [7_000.0, 16_000.5, 20_320.0] {
        assert!((scale.invert(scale.map(day)) - day).abs() < 1e-6, "{day}");
    }
}

#[test]
fn zooming_keeps_the_day_under_the_pointer_in_place() {
    let scale = story_scale();
    let day_under = scale.invert(300.0);
    let zoomed = scale.zoom_at(300.0, 4.0);
    assert!((zoomed.invert(300.0) - day_under).abs() < 1e-6);
    let width = |s: &TimeScale| s.domain.1 - s.domain.0;
    assert!((width(&scale) / width(&zoomed) - 4.0).abs() < 1e-9);
}

#[test]
fn panning_right_shows_earlier_days() {
    let scale = story_scale();
    let panned = scale.pan(100.0);
    assert!(panned.domain.0 < scale.domain.0);
    assert!((panned.map(scale.invert(0.0)) - 100.0).abs() < 1e-9, "content follows the drag");
}

#[test]
fn clamping_keeps_the_view_inside_the_story_and_not_narrower_than_the_minimum() {
    let scale = story_scale();
    let limits = scale.domain;
    let far_left = scale.zoom_at(0.0, 2.0).pan(10_000.0).clamped(limits, 30.0);
    assert_eq!(far_left.domain.0, limits.0);
    let too_close = scale.zoom_at(400.0, 1e6).clamped(limits, 30.0);
    assert!((too_close.domain.1 - too_close.domain.0 - 30.0).abs() < 1e-9);
    let too_far = scale.zoom_at(400.0, 0.1).clamped(limits, 30.0);
    assert_eq!(too_far.domain, limits);
}

#[test]
fn linear_scale_runs_downwards_for_screen_y_and_round_trips() {
    let scale = LinearScale { domain: (0.0, 50.0), range: (300.0, 20.0) };
    assert_eq!(scale.map(0.0), 300.0);
    assert_eq!(scale.map(50.0), 20.0);
    for y in [20.0, 77.7, 300.0] {
        assert!((scale.map(scale.invert(y)) - y).abs() < 1e-9);
    }
}

#[test]
fn a_shift_moves_every_drawn_pixel_to_where_the_new_window_draws_it() {
    let before = TimeScale { domain: (7_000.0, 9_000.0), range: (40.0, 760.0) };
    for domain in [(7_500.0, 8_000.0), (6_000.0, 12_000.0), (7_100.0, 9_100.0), (8_999.0, 9_001.0)] {
        let after = TimeScale { domain, ..before };
        let shift = before.shift_to(domain);
        for day in [6_000.0, 7_000.0, 7_777.7, 8_500.0, 9_000.0, 11_000.0] {
            let moved = shift.apply(before.map(day));
            assert!((moved - after.map(day)).abs() < 1e-6, "{domain:?} {day}: {moved} vs {}", after.map(day));
        }
    }
}

#[test]
fn a_shift_to_the_same_window_leaves_the_drawing_where_it_is() {
    let scale = story_scale();
    let shift = scale.shift_to(scale.domain);
    assert!((shift.scale - 1.0).abs() < 1e-12 && shift.offset.abs() < 1e-9);
}
