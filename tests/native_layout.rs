//! Event labels on the timeline: wrapped whole, placed in lanes where no
//! two boxes overlap and no stem crosses a box, clusters for the rest.

use trade_timeline::geometry::layout::{
    estimate_width, fit_width, mark_at, nearest, place, wrapped_lines, Label, LaneOptions, Mark,
};

const OPTIONS: LaneOptions = LaneOptions { max_lanes: 3, gap: 8.0, view: 1e9, badge: 28.0 };

fn labels(xs: &[f64], width: f64) -> Vec<Label> {
    xs.iter().map(|&x| Label { anchor: x, width }).collect()
}

/// Every pair of marks whose boxes overlap in a lane, or where one's stem
/// (from the axis up to its lane) passes through the other's box.
pub fn collisions(marks: &[Mark]) -> Vec<String> {
    let mut found = Vec::new();
    for a in marks {
        for b in marks {
            if a == b {
                continue;
            }
            if a.lane == b.lane && a.x < b.end && b.x < a.end && a.first < b.first {
                found.push(format!("{a:?} overlaps {b:?}"));
            }
            // b's stem crosses lanes 0..b.lane: a box in a lower lane must not
            // cover it, nor stand within 3 px of it (a stem along a box's
            // edge is drawn through its border).
            if a.lane < b.lane && a.x - 3.0 < b.stem && b.stem < a.end {
                found.push(format!("the stem of {b:?} crosses {a:?}"));
            }
        }
    }
    found
}

#[test]
fn labels_far_apart_share_the_first_lane() {
    let marks = place(&labels(&[0.0, 200.0, 400.0], 100.0), OPTIONS, None);
    assert!(marks.iter().all(|m| m.lane == 0 && !m.is_cluster()));
}

#[test]
fn close_labels_step_up_to_the_left_so_no_stem_crosses_a_label() {
    let marks = place(&labels(&[0.0, 20.0, 40.0], 100.0), OPTIONS, None);
    let lanes: Vec<usize> = marks.iter().map(|m| m.lane).collect();
    assert_eq!(lanes, [2, 1, 0]);
    assert_eq!(collisions(&marks), Vec::<String>::new());
}

#[test]
fn no_two_boxes_overlap_and_no_stem_crosses_a_box_in_a_crowded_story() {
    let mut xs: Vec<f64> = (0..500).map(|i| f64::from(i) * 3.7 % 900.0).collect();
    xs.sort_by(f64::total_cmp);
    for width in [60.0, 90.0, 200.0] {
        let marks = place(&labels(&xs, width), OPTIONS, None);
        assert_eq!(collisions(&marks), Vec::<String>::new(), "labels {width} px wide");
    }
}

#[test]
fn labels_of_different_widths_never_collide() {
    let xs: Vec<f64> = (0..200).map(|i| f64::from(i * i % 997) * 1.3).collect();
    let mut sorted = xs.clone();
    sorted.sort_by(f64::total_cmp);
    let labels: Vec<Label> = sorted
        .iter()
        .enumerate()
        .map(|(i, &x)| Label { anchor: x, width: 40.0 + f64::from(i as u32 % 7) * 30.0 })
        .collect();
    assert_eq!(collisions(&place(&labels, OPTIONS, None)), Vec::<String>::new());
}

#[test]
fn a_crowd_at_the_right_edge_reads_leftwards_and_steps_down_to_the_left() {
    let view = LaneOptions { view: 400.0, ..OPTIONS };
    let marks = place(&labels(&[330.0, 350.0, 370.0, 390.0], 100.0), view, None);
    assert_eq!(collisions(&marks), Vec::<String>::new());
    let shown: Vec<&Mark> = marks.iter().filter(|m| !m.is_cluster()).collect();
    assert!(shown.len() >= 2, "{marks:?}");
    assert!(marks.iter().all(|m| m.x >= 0.0 && m.end - 8.0 <= 400.0), "inside the view: {marks:?}");
    // Random crowds in a narrow view never collide either.
    let xs: Vec<f64> = (0..300).map(|i| f64::from(i * 37 % 400)).collect();
    let mut xs = xs;
    xs.sort_by(f64::total_cmp);
    assert_eq!(collisions(&place(&labels(&xs, 120.0), view, None)), Vec::<String>::new());
}

#[test]
fn a_label_blocked_on_its_side_reads_the_other_way_rather_than_becoming_a_badge() {
    // Near the right edge, the later label reads leftwards from the top lane
    // and its stem stands where the earlier one would read rightwards: the
    // earlier one reads leftwards instead, on the first lane.
    let view = LaneOptions { view: 1192.0, ..OPTIONS };
    let labels = [Label { anchor: 990.0, width: 110.0 }, Label { anchor: 1103.0, width: 102.0 }];
    let marks = place(&labels, view, None);
    assert_eq!(collisions(&marks), Vec::<String>::new());
    assert!(marks.iter().all(|m| !m.is_cluster()), "both titles shown: {marks:?}");
    assert!(marks[0].x < 990.0, "the earlier one reads leftwards: {marks:?}");
}

#[test]
fn a_crowd_counted_on_a_badge_leaves_room_for_the_title_left_of_it() {
    // On a phone's strip, nine events within 60 px cannot all be labelled:
    // they share badges, and a title is still shown (a label box that only
    // counted the crowd would have taken all the room).
    let view = LaneOptions { max_lanes: 2, view: 375.0, ..OPTIONS };
    let mut xs = vec![70.0];
    xs.extend((0..9).map(|i| 204.0 + f64::from(i) * 7.0));
    let marks = place(&labels(&xs, 200.0), view, None);
    assert_eq!(collisions(&marks), Vec::<String>::new());
    assert!(marks.iter().any(|m| !m.is_cluster()), "{marks:?}");
    assert!(marks.iter().filter(|m| m.is_cluster()).all(|m| m.badge), "no label box counts others: {marks:?}");
    assert_eq!(marks.iter().map(|m| m.count()).sum::<usize>(), xs.len());
}

#[test]
fn the_priority_label_keeps_a_mark_of_its_own_and_the_others_make_room() {
    let xs: Vec<f64> = (0..40).map(|i| f64::from(i) * 6.0).collect();
    for priority in [0, 7, 20, 39] {
        let marks = place(&labels(&xs, 100.0), LaneOptions { view: 400.0, ..OPTIONS }, Some(priority));
        assert!(marks.iter().any(|m| !m.is_cluster() && m.first == priority), "{priority}: {marks:?}");
        assert_eq!(collisions(&marks), Vec::<String>::new(), "{priority}");
        let mut next = 0;
        for mark in &marks {
            assert_eq!(mark.first, next, "every event in exactly one mark, in order");
            next = mark.last + 1;
        }
        assert_eq!(next, 40);
    }
}

#[test]
fn what_does_not_fit_becomes_a_cluster_that_counts_every_event() {
    let marks = place(&labels(&[0.0, 5.0, 10.0, 15.0, 20.0], 100.0), OPTIONS, None);
    assert_eq!(marks.len(), 3);
    assert_eq!((marks[0].first, marks[0].last), (0, 2), "the earliest events share the top lane's box");
    assert_eq!(marks.iter().map(|m| m.count()).sum::<usize>(), 5);
    assert!(marks[0].is_cluster());
    assert_eq!(collisions(&marks), Vec::<String>::new());
}

#[test]
fn zooming_in_opens_clusters() {
    let xs = [0.0, 5.0, 10.0, 15.0, 20.0];
    let zoomed: Vec<f64> = xs.iter().map(|x| x * 40.0).collect();
    let marks = place(&labels(&zoomed, 100.0), OPTIONS, None);
    assert!(marks.iter().all(|m| !m.is_cluster()));
}

#[test]
fn a_thousand_events_keep_every_event_in_exactly_one_mark() {
    let xs: Vec<f64> = (0..1000).map(|i| f64::from(i) * 0.8).collect();
    let marks = place(&labels(&xs, 120.0), OPTIONS, None);
    let mut next = 0;
    for mark in &marks {
        assert_eq!(mark.first, next);
        next = mark.last + 1;
    }
    assert_eq!(next, 1000);
}

#[test]
fn a_title_wraps_at_spaces_into_as_many_lines_as_its_words_need() {
    // 0.6 em a character at 10 px: "aaaa" is 24 px, a space 6 px.
    assert_eq!(wrapped_lines("aaaa aaaa aaaa", 10.0, 60.0), 2);
    assert_eq!(wrapped_lines("aaaa aaaa aaaa", 10.0, 90.0), 1);
    assert_eq!(wrapped_lines("aaaa", 10.0, 10.0), 3, "a word wider than the box takes lines of its own");
    assert_eq!(wrapped_lines("", 10.0, 50.0), 0);
}

#[test]
fn chinese_text_breaks_between_characters() {
    // Each character is 13 px at 13 px: ten characters in a 65 px box are two lines.
    assert_eq!(wrapped_lines("中国哈萨克斯坦贸易关系", 13.0, 65.0), 3);
    assert_eq!(wrapped_lines("中国哈萨克", 13.0, 65.0), 1);
}

#[test]
fn a_label_takes_the_narrowest_width_at_which_its_title_fits_three_lines() {
    let title = "Xi Jinping lance la ceinture économique de la route de la soie à Astana";
    let (width, lines) = fit_width(title, 13.0, 96.0, 226.0, 3);
    assert!(lines <= 3);
    assert!(wrapped_lines(title, 13.0, width - 10.0) > 3, "10 px narrower would need a fourth line");
}

#[test]
fn cjk_text_is_estimated_wider_than_latin_text_of_the_same_length() {
    assert!(estimate_width("中国哈萨克", 16.0, 500.0) > estimate_width("Kazak", 16.0, 500.0));
    assert_eq!(estimate_width(&"x".repeat(1000), 16.0, 180.0), 180.0);
}

#[test]
fn a_point_in_a_lane_hits_the_mark_drawn_there() {
    let marks = place(&labels(&[0.0, 20.0], 100.0), OPTIONS, None);
    // Axis at y=100, lanes 30 px high: lane 0 is y 70..100, lane 1 is 40..70.
    // The later label sits in lane 0, the earlier one steps up to lane 1.
    assert_eq!(mark_at(&marks, 50.0, 90.0, 100.0, 30.0), Some(1));
    assert_eq!(mark_at(&marks, 50.0, 60.0, 100.0, 30.0), Some(0));
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
    use serde_json::json;
    use trade_timeline::geometry::timeline::{
        label_box, tick_half, timeline_layout, EDGE_WIDTH, LABEL_MAX, TITLE_LINES,
    };
    use trade_timeline::geometry::window::TimeWindow;
    use trade_timeline::story::date::Day;

    use crate::util::{minimal, parse};

    #[test]
    fn a_title_too_long_for_three_lines_leaves_the_label_to_its_date() {
        let long =
            "Le Kazakhstan et la Chine signent à Astana un accord-cadre sur le corridor ferroviaire transcaspien, \
                    les ports secs et les zones économiques spéciales";
        let label = label_box(long, 90.0);
        assert_eq!(label.title_lines, 0, "{label:?}");
        let short = label_box("Indépendance du Kazakhstan", 90.0);
        assert!(short.title_lines >= 1 && short.title_lines <= TITLE_LINES && short.width <= LABEL_MAX);
    }

    #[test]
    fn four_events_in_one_year_at_1200_px_each_show_their_whole_title() {
        let mut story = minimal();
        let events: Vec<_> = ["2023-02-01", "2023-05-17", "2023-09-12", "2023-12-01"]
            .iter()
            .map(|date| json!({ "id": date, "date": date, "title": "La Chine et le Kazakhstan signent un accord", "text": "T.", "sources": ["gazette"] }))
            .collect();
        story["events"] = json!(events);
        let story = parse(&story).unwrap();
        let widths: Vec<f64> = story.events.iter().map(|e| label_box(&e.title, 90.0).width).collect();
        let year = (story.events[0].days().0 - 20.0, story.events[3].days().1 + 20.0);
        let layout = timeline_layout(&story, year, 1200.0, &widths, None);
        assert_eq!(layout.marks.len(), 4);
        assert!(layout.marks.iter().all(|m| !m.is_cluster()), "{:?}", layout.marks);
        assert_eq!(super::collisions(&layout.marks), Vec::<String>::new());
    }

    #[test]
    fn a_window_on_a_thousand_crowded_events_counts_each_once_without_collisions() {
        use trade_timeline::geometry::timeline::has_own_mark;
        let mut story = minimal();
        // A thousand events over three years, crowded in places: every
        // third one on the same day as the one before.
        let events: Vec<_> = (0..1000)
            .map(|i| {
                let (y, m, d) = Day(Day::from_ymd(2020, 1, 1).0 + (i - i / 3) * 3 / 2).to_ymd();
                let title = if i % 4 == 0 { "Accord" } else { "La Chine et le Kazakhstan signent un accord" };
                json!({ "id": format!("e{i}"), "date": format!("{y}-{m:02}-{d:02}"), "title": title, "text": "T.", "sources": ["gazette"] })
            })
            .collect();
        story["events"] = json!(events);
        let story = parse(&story).unwrap();
        let widths: Vec<f64> = story.events.iter().map(|e| label_box(&e.title, 80.0).width).collect();
        let first = story.events[0].days().0;
        for width in [320.0, 1200.0] {
            for (start, days) in [(first, 1200.0), (first + 300.0, 60.0), (first + 500.0, 20.0), (first + 900.0, 200.0)]
            {
                for priority in [None, Some(420), Some(999)] {
                    let shown = (start, start + days);
                    let at = format!("{width} px, {shown:?}, {priority:?}");
                    let layout = timeline_layout(&story, shown, width, &widths, priority);
                    let on_marks: usize = layout.marks.iter().map(|m| m.count()).sum();
                    assert_eq!(on_marks + layout.earlier + layout.later, 1000, "{at}");
                    assert_eq!(super::collisions(&layout.marks), Vec::<String>::new(), "{at}");
                    let mut next = layout.earlier;
                    for mark in &layout.marks {
                        assert_eq!(mark.first, next, "{at}: marks in order, none overlapping");
                        next = mark.last + 1;
                    }
                    if let Some(p) =
                        priority.filter(|&p| (0.0..=width).contains(&layout.scale.map(story.events[p].days().0)))
                    {
                        assert!(has_own_mark(&layout, p), "{at}: the priority keeps its label");
                    }
                }
            }
        }
    }

    #[test]
    fn only_marks_that_reach_into_the_view_are_laid_out() {
        let story = parse(&minimal()).unwrap();
        let widths = vec![100.0; story.events.len()];
        let full = TimeWindow::fit(&story).full;
        assert_eq!(timeline_layout(&story, full, 800.0, &widths, None).marks.len(), 2);
        let late = (f64::from(trade_timeline::story::date::Day::from_ymd(2020, 1, 1).0), full.1);
        let layout = timeline_layout(&story, late, 800.0, &widths, None);
        assert_eq!(layout.marks.len(), 1, "1991 is off to the left");
        assert_eq!(layout.marks[0].first, 1);
        assert_eq!((layout.earlier, layout.later), (1, 0), "and counted at the left end");
    }

    #[test]
    fn every_event_is_on_a_mark_or_counted_at_an_end_whatever_the_window() {
        let story = trade_timeline::story::parse_story(include_str!("../www/data/kazakhstan-china.fr.json")).unwrap();
        let widths: Vec<f64> = story.events.iter().map(|e| label_box(&e.title, 60.0).width).collect();
        let fit = TimeWindow::fit(&story);
        for width in [320.0, 375.0, 700.0, 1200.0] {
            let mut window = TimeWindow { shown: fit.full, ..fit };
            // From the whole story, zoomed in four times around 2015, then
            // panned to the right end.
            for step in 0..6 {
                let layout = timeline_layout(&story, window.shown, width, &widths, None);
                let scale = layout.scale;
                let on_marks: usize = layout.marks.iter().map(|m| m.count()).sum();
                let total = on_marks + layout.earlier + layout.later;
                assert_eq!(total, story.events.len(), "{width} px, step {step}: {:?}", window.shown);
                // What is counted at the ends is what lies beyond the marks.
                if let (Some(first), Some(last)) = (layout.marks.first(), layout.marks.last()) {
                    assert_eq!((layout.earlier, layout.later), (first.first, story.events.len() - 1 - last.last));
                }
                let x = |t: &trade_timeline::geometry::ticks::TimeTick| layout.scale.map(f64::from(t.day.0));
                let start = if layout.earlier > 0 { EDGE_WIDTH } else { 0.0 };
                let end = width - if layout.later > 0 { EDGE_WIDTH } else { 0.0 };
                let clear = |t| x(t) - tick_half(t) >= start && x(t) + tick_half(t) <= end;
                assert!(layout.ticks.iter().all(clear), "ticks whole, clear of the counts");
                assert!(!layout.ticks.is_empty(), "{width} px, step {step}: the axis keeps dates");
                window = if step < 4 {
                    window.zoom(scale, scale.map(f64::from(Day::from_ymd(2015, 1, 1).0)), 1.6)
                } else {
                    window.pan(scale, -5000.0)
                };
            }
        }
    }

    #[test]
    fn the_list_holds_every_event_once_in_date_order_drawn_or_not() {
        use trade_timeline::geometry::timeline::{list_items, ListItem};
        let story = trade_timeline::story::parse_story(include_str!("../www/data/kazakhstan-china.fr.json")).unwrap();
        let widths: Vec<f64> = story.events.iter().map(|e| label_box(&e.title, 60.0).width).collect();
        let fit = TimeWindow::fit(&story);
        let n = story.events.len();
        for width in [320.0, 375.0, 700.0, 1200.0] {
            for shown in [fit.shown, fit.full, (fit.shown.0, fit.shown.0 + 400.0)] {
                let layout = timeline_layout(&story, shown, width, &widths, None);
                let items = list_items(&layout, n);
                // Each item's events, in the list's order.
                let events: Vec<usize> = items
                    .iter()
                    .flat_map(|item| match *item {
                        ListItem::Mark(m) => layout.marks[m].first..=layout.marks[m].last,
                        ListItem::Unseen(i) => i..=i,
                    })
                    .collect();
                assert_eq!(events, (0..n).collect::<Vec<_>>(), "{width} px, {shown:?}");
                let unseen = items.iter().filter(|i| matches!(i, ListItem::Unseen(_))).count();
                let on_marks: usize = layout.marks.iter().map(|m| m.count()).sum();
                assert_eq!(unseen, n - on_marks, "the events off the marks are the unseen items");
            }
        }
    }

    #[test]
    fn each_lane_is_as_tall_as_its_tallest_label_and_the_strip_as_its_lanes() {
        use trade_timeline::geometry::timeline::{lane_tops, strip_height, AXIS_HEIGHT, BADGE_HEIGHT};
        for json in [include_str!("../www/data/kazakhstan-china.fr.json"), include_str!("fixtures/long-titles.json")] {
            let story = trade_timeline::story::parse_story(json).unwrap();
            let boxes: Vec<_> = story.events.iter().map(|e| label_box(&e.title, 60.0)).collect();
            let widths: Vec<f64> = boxes.iter().map(|b| b.width).collect();
            let fit = TimeWindow::fit(&story);
            for width in [320.0, 375.0, 700.0, 1200.0] {
                for shown in
                    [fit.shown, fit.full, (fit.shown.0, fit.shown.0 + 400.0), (fit.full.0 - 900.0, fit.full.0 - 10.0)]
                {
                    let layout = timeline_layout(&story, shown, width, &widths, None);
                    let tops = lane_tops(&layout, &boxes);
                    for (lane, top) in tops.iter().enumerate() {
                        let below = if lane == 0 { 0.0 } else { tops[lane - 1] };
                        let tallest = layout
                            .marks
                            .iter()
                            .filter(|m| m.lane == lane)
                            .map(|m| if m.is_cluster() { BADGE_HEIGHT } else { boxes[m.first].height() })
                            .fold(0.0, f64::max);
                        // A lane with no mark takes no room: no band without a label.
                        assert_eq!(top - below, tallest, "{width} px, {shown:?}: lane {lane}");
                    }
                    assert_eq!(strip_height(&layout, &boxes), tops.last().copied().unwrap_or(0.0) + AXIS_HEIGHT);
                    assert_eq!(layout.marks.is_empty(), tops.is_empty(), "{width} px, {shown:?}");
                }
            }
        }
    }

    #[test]
    fn a_story_beyond_the_listed_size_lists_only_what_is_drawn() {
        use trade_timeline::geometry::timeline::{list_items, ListItem, LIST_EVERY_EVENT};
        let story = trade_timeline::story::parse_story(include_str!("../www/data/kazakhstan-china.fr.json")).unwrap();
        let widths: Vec<f64> = story.events.iter().map(|e| label_box(&e.title, 60.0).width).collect();
        let layout = timeline_layout(&story, TimeWindow::fit(&story).shown, 375.0, &widths, None);
        let items = list_items(&layout, LIST_EVERY_EVENT + 1);
        assert_eq!(items, (0..layout.marks.len()).map(ListItem::Mark).collect::<Vec<_>>());
    }

    #[test]
    fn the_timeline_and_the_chart_share_their_time_axis() {
        let story = parse(&minimal()).unwrap();
        let shown = TimeWindow::fit(&story).full;
        let layout = timeline_layout(&story, shown, 700.0, &[80.0, 80.0], None);
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
        let shown = TimeWindow::fit(&story).full;
        let layout = timeline_layout(&story, shown, 600.0, &[120.0, 120.0], None);
        let last = layout.marks.last().unwrap();
        assert!(last.end - 6.0 <= 600.0, "the label ends inside the view: {last:?}");
        assert!(last.x < anchor(&layout.scale, &story, last.first), "it starts left of its date");
    }
}

mod reveal {
    use trade_timeline::geometry::layout::estimate_width;
    use trade_timeline::geometry::timeline::{has_own_mark, reveal, timeline_layout, LayoutMemo};
    use trade_timeline::geometry::window::TimeWindow;
    use trade_timeline::story::{parse_story, Story};

    const WIDTH: f64 = 960.0;

    /// The whole story in view ("fit all").
    fn whole(story: &Story) -> TimeWindow {
        let fit = TimeWindow::fit(story);
        TimeWindow { shown: fit.full, ..fit }
    }

    fn story() -> (Story, Vec<f64>) {
        let story = parse_story(include_str!("../www/data/kazakhstan-china.fr.json")).unwrap();
        let widths = story.events.iter().map(|e| estimate_width(&e.title, 13.0, 150.0) + 12.0).collect();
        (story, widths)
    }

    #[test]
    fn an_event_inside_a_cluster_gets_a_mark_of_its_own_where_it_is() {
        let (story, widths) = story();
        let fit = whole(&story);
        let layout = timeline_layout(&story, fit.shown, WIDTH, &widths, None);
        let hidden = (0..story.events.len()).find(|&i| !has_own_mark(&layout, i)).expect("a clustered event");
        // Selected (or focused), it is the layout's priority: its label is
        // shown without moving the window.
        assert_eq!(reveal(&story, fit, WIDTH, &widths, hidden), fit);
        assert!(has_own_mark(&timeline_layout(&story, fit.shown, WIDTH, &widths, Some(hidden)), hidden));
    }

    #[test]
    fn every_event_of_a_crowded_story_shows_its_label_when_it_is_the_priority() {
        let (story, widths) = story();
        let fit = whole(&story);
        for width in [320.0, 375.0, 700.0, 1200.0] {
            for index in 0..story.events.len() {
                let shown = reveal(&story, fit, width, &widths, index);
                let layout = timeline_layout(&story, shown.shown, width, &widths, Some(index));
                assert!(has_own_mark(&layout, index), "{width} px, event {index}");
                assert_eq!(super::collisions(&layout.marks), Vec::<String>::new(), "{width} px, event {index}");
            }
        }
    }

    #[test]
    fn an_event_out_of_view_is_brought_into_view() {
        let (story, widths) = story();
        let fit = whole(&story);
        let first = f64::from(story.events[0].date.first_day().0);
        let narrow = fit.zoom_to(first, first + 30.0);
        let last = story.events.len() - 1;
        let shown = reveal(&story, narrow, WIDTH, &widths, last);
        assert!(has_own_mark(&timeline_layout(&story, shown.shown, WIDTH, &widths, Some(last)), last));
    }

    #[test]
    fn an_event_already_on_its_own_leaves_the_window_alone() {
        let (story, widths) = story();
        let fit = whole(&story);
        let layout = timeline_layout(&story, fit.shown, WIDTH, &widths, None);
        let alone = (0..story.events.len()).find(|&i| has_own_mark(&layout, i)).expect("a lone event");
        assert_eq!(reveal(&story, fit, WIDTH, &widths, alone), fit);
    }

    #[test]
    fn a_step_lays_the_timeline_out_once_for_reveal_and_the_view_with_the_same_answer() {
        let (story, widths) = story();
        let memo = LayoutMemo::default();
        let mut window = whole(&story).zoom_to(f64::from(story.events[0].date.first_day().0), 12_000.0);
        for index in 0..story.events.len() {
            let shown = memo.reveal(&story, window, WIDTH, &widths, index);
            assert_eq!(shown, reveal(&story, window, WIDTH, &widths, index), "event {index}");
            // The view asks for the window reveal ended on: the layout it
            // already made, and the one it would make.
            let seen = memo.layout(&story, shown.shown, WIDTH, &widths, Some(index));
            assert!(std::sync::Arc::ptr_eq(&seen, &memo.layout(&story, shown.shown, WIDTH, &widths, Some(index))));
            assert_eq!(*seen, timeline_layout(&story, shown.shown, WIDTH, &widths, Some(index)), "event {index}");
            window = shown;
        }
    }
}
