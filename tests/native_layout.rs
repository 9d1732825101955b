use trade_timeline::geometry::layout::{estimate_width, mark_at, nearest, place, Label, LaneOptions};

const OPTIONS: LaneOptions = LaneOptions { max_lanes: 3, gap: 8.0, badge: 28.0 };

fn labels(xs: &[f64], width: f64) -> Vec<Label> {
    xs.iter().map(|&x| Label { x, width }).collect()
}

#[test]
fn labels_far_apart_share_the_first_lane() {
    let marks = place(&labels(&[0.0, 200.0, 400.0], 100.0), OPTIONS);
    assert!(marks.iter().all(|m| m.lane == 0 && !m.is_cluster()));
}

#[test]
fn overlapping_labels_stack_into_lanes() {
    let marks = place(&labels(&[0.0, 20.0, 40.0], 100.0), OPTIONS);
    let lanes: Vec<usize> = marks.iter().map(|m| m.lane).collect();
    assert_eq!(lanes, [0, 1, 2]);
}

#[test]
fn no_two_marks_in_a_lane_overlap() {
    let xs: Vec<f64> = (0..500).map(|i| f64::from(i) * 3.7 % 900.0).collect();
    let mut xs = xs;
    xs.sort_by(f64::total_cmp);
    let marks = place(&labels(&xs, 90.0), OPTIONS);
    for lane in 0..OPTIONS.max_lanes {
        let in_lane: Vec<_> = marks.iter().filter(|m| m.lane == lane).collect();
        for pair in in_lane.windows(2) {
            assert!(pair[0].end <= pair[1].x, "{:?} overlaps {:?}", pair[0], pair[1]);
        }
    }
}

#[test]
fn what_does_not_fit_becomes_a_cluster_that_counts_every_event() {
    let marks = place(&labels(&[0.0, 5.0, 10.0, 15.0, 20.0], 100.0), OPTIONS);
    assert_eq!(marks.len(), 3);
    assert_eq!((marks[2].first, marks[2].last), (2, 4), "the third lane's mark takes the rest");
    assert_eq!(marks.iter().map(|m| m.count()).sum::<usize>(), 5);
    assert!(marks.iter().any(|m| m.is_cluster()));
}

#[test]
fn zooming_in_opens_clusters() {
    let xs = [0.0, 5.0, 10.0, 15.0, 20.0];
    let zoomed: Vec<f64> = xs.iter().map(|x| x * 40.0).collect();
    let marks = place(&labels(&zoomed, 100.0), OPTIONS);
    assert!(marks.iter().all(|m| !m.is_cluster()));
}

#[test]
fn a_thousand_events_keep_every_event_in_exactly_one_mark() {
    let xs: Vec<f64> = (0..1000).map(|i| f64::from(i) * 0.8).collect();
    let marks = place(&labels(&xs, 120.0), OPTIONS);
    let mut next = 0;
    let mut sorted = marks.clone();
    sorted.sort_by_key(|m| m.first);
    for mark in sorted {
        assert_eq!(mark.first, next);
        next = mark.last + 1;
    }
    assert_eq!(next, 1000);
}

#[test]
fn cjk_text_is_estimated_wider_than_latin_text_of_the_same_length() {
    assert!(estimate_width("中国哈萨克", 16.0, 500.0) > estimate_width("Kazak", 16.0, 500.0));
    assert_eq!(estimate_width(&"x".repeat(1000), 16.0, 180.0), 180.0);
}

#[test]
fn a_point_in_a_lane_hits_the_mark_drawn_there() {
    let marks = place(&labels(&[0.0, 20.0], 100.0), OPTIONS);
    // Axis at y=100, lanes 30 px high: lane 0 is y 70..100, lane 1 is 40..70.
    assert_eq!(mark_at(&marks, 50.0, 90.0, 100.0, 30.0), Some(0));
    assert_eq!(mark_at(&marks, 50.0, 60.0, 100.0, 30.0), Some(1));
    assert_eq!(mark_at(&marks, 500.0, 90.0, 100.0, 30.0), None);
    assert_eq!(mark_at(&marks, 50.0, 120.0, 100.0, 30.0), None, "below the axis");
}

#[test]
fn the_nearest_point_is_found_within_its_radius_only() {
    let xs = [10.0, 50.0, 90.0];
    assert_eq!(nearest(&xs, 45.0, 12.0), Some(1));
    assert_eq!(nearest(&xs, 71.0, 12.0), None);
    assert_eq!(nearest(&xs, 0.0, 12.0), Some(0));
    assert_eq!(nearest(&xs, 200.0, 500.0), Some(2));
    assert_eq!(nearest(&[], 1.0, 5.0), None);
}

mod timeline {
    use trade_timeline::geometry::timeline::timeline_layout;
    use trade_timeline::geometry::window::TimeWindow;

    use crate::util::{minimal, parse};

    #[test]
    fn only_marks_that_reach_into_the_view_are_laid_out() {
        let story = parse(&minimal()).unwrap();
        let widths = vec![100.0; story.events.len()];
        let full = TimeWindow::fit(&story).shown;
        assert_eq!(timeline_layout(&story, full, 800.0, &widths).marks.len(), 2);
        let late = (f64::from(trade_timeline::story::date::Day::from_ymd(2020, 1, 1).0), full.1);
        let layout = timeline_layout(&story, late, 800.0, &widths);
        assert_eq!(layout.marks.len(), 1, "1991 is off to the left");
        assert_eq!(layout.marks[0].first, 1);
    }

    #[test]
    fn the_timeline_and_the_chart_share_their_time_axis() {
        let story = parse(&minimal()).unwrap();
        let shown = TimeWindow::fit(&story).shown;
        let layout = timeline_layout(&story, shown, 700.0, &[80.0, 80.0]);
        let chart = trade_timeline::geometry::chart::ChartGeometry::new(
            &story,
            trade_timeline::geometry::chart::Frame { width: 700.0, height: 300.0, domain: shown },
        );
        assert_eq!(layout.scale, chart.time);
    }
}

mod right_edge {
    use trade_timeline::geometry::timeline::{anchor, timeline_layout};
    use trade_timeline::geometry::window::TimeWindow;

    use crate::util::{minimal, parse};

    #[test]
    fn a_label_near_the_right_edge_sits_left_of_its_date() {
        let story = parse(&minimal()).unwrap();
        let shown = TimeWindow::fit(&story).shown;
        let layout = timeline_layout(&story, shown, 600.0, &[120.0, 120.0]);
        let last = layout.marks.last().unwrap();
        assert!(last.end - 6.0 <= 600.0, "the label ends inside the view: {last:?}");
        assert!(last.x < anchor(&layout.scale, &story, last.first), "it starts left of its date");
    }
}

mod reveal {
    use trade_timeline::geometry::layout::estimate_width;
    use trade_timeline::geometry::timeline::{has_own_mark, reveal, timeline_layout};
    use trade_timeline::geometry::window::TimeWindow;
    use trade_timeline::story::{parse_story, Story};

    const WIDTH: f64 = 960.0;

    fn story() -> (Story, Vec<f64>) {
        let story = parse_story(include_str!("../www/data/kazakhstan-china.fr.json")).unwrap();
        let widths = story.events.iter().map(|e| estimate_width(&e.title, 13.0, 150.0) + 12.0).collect();
        (story, widths)
    }

    #[test]
    fn an_event_inside_a_cluster_gets_a_mark_of_its_own_by_zooming_in() {
        let (story, widths) = story();
        let fit = TimeWindow::fit(&story);
        let layout = timeline_layout(&story, fit.shown, WIDTH, &widths);
        let hidden = (0..story.events.len()).find(|&i| !has_own_mark(&layout, i)).expect("a clustered event");
        let shown = reveal(&story, fit, WIDTH, &widths, hidden);
        assert!(has_own_mark(&timeline_layout(&story, shown.shown, WIDTH, &widths), hidden));
        assert!(shown.shown.1 - shown.shown.0 < fit.shown.1 - fit.shown.0, "zoomed in");
    }

    #[test]
    fn an_event_out_of_view_is_brought_into_view() {
        let (story, widths) = story();
        let fit = TimeWindow::fit(&story);
        let first = f64::from(story.events[0].date.first_day().0);
        let narrow = fit.zoom_to(first, first + 30.0);
        let last = story.events.len() - 1;
        let shown = reveal(&story, narrow, WIDTH, &widths, last);
        assert!(has_own_mark(&timeline_layout(&story, shown.shown, WIDTH, &widths), last));
    }

    #[test]
    fn an_event_already_on_its_own_leaves_the_window_alone() {
        let (story, widths) = story();
        let fit = TimeWindow::fit(&story);
        let layout = timeline_layout(&story, fit.shown, WIDTH, &widths);
        let alone = (0..story.events.len()).find(|&i| has_own_mark(&layout, i)).expect("a lone event");
        assert_eq!(reveal(&story, fit, WIDTH, &widths, alone), fit);
    }
}
