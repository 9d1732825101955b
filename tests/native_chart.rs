use trade_timeline::draw::{stylesheet_style, ChartStyle, Highlight, Rgb};
use trade_timeline::export::svg::chart_svg;
use trade_timeline::geometry::chart::{ChartGeometry, Frame};
use trade_timeline::story::date::Day;
use trade_timeline::story::period::Period;
use trade_timeline::story::{Status, Story};
use trade_timeline::words::ui_text::ui_text;
use trade_timeline::words::{DayFields, Locale, Words};

use crate::util::{minimal, parse};

/// Days and numbers as a test can predict them: ISO forms, plain decimals.
pub struct Plain;

impl Locale for Plain {
    fn day(&self, _lang: &str, day: Day, fields: DayFields) -> String {
        let (y, m, d) = day.to_ymd();
        match fields {
            DayFields::Year => format!("{y}"),
            DayFields::MonthYear | DayFields::ShortMonthYear => format!("{y}-{m:02}"),
            DayFields::DayMonthYear => format!("{y}-{m:02}-{d:02}"),
            DayFields::DayShortMonth => format!("{m:02}-{d:02}"),
        }
    }
    fn number(&self, _lang: &str, value: f64) -> String {
        format!("{value}")
    }
}

/// French interface words over [`Plain`] days and numbers.
pub fn plain_words() -> Words<'static> {
    Words::new(ui_text("fr"), &Plain)
}

fn story() -> Story {
    parse(&minimal()).unwrap()
}

fn frame() -> Frame {
    Frame {
        width: 640.0,
        height: 320.0,
        domain: (f64::from(Day::from_ymd(2010, 1, 1).0), f64::from(Day::from_ymd(2031, 1, 1).0)),
    }
}

fn render(story: &Story, highlight: Highlight) -> String {
    render_in(story, frame(), highlight)
}

/// The chart as the SVG export writes it (the production path), without
/// the title line the export adds for screen readers.
fn render_in(story: &Story, frame: Frame, highlight: Highlight) -> String {
    let svg = chart_svg(story, frame, &light(), &plain_words(), highlight, "");
    svg.replacen("<title></title>", "", 1)
}

/// The stylesheet's light palette, as the command line draws it.
pub fn light() -> ChartStyle {
    stylesheet_style(include_str!("../www/trade-timeline.css"), ":host", "system-ui, sans-serif")
}

#[track_caller]
fn assert_snapshot(name: &str, svg: &str) {
    let path = format!("{}/tests/snapshots/{name}.svg", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, svg).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(expected == svg, "{path} differs; look at the new drawing and run with UPDATE_SNAPSHOTS=1 if it is right");
}

#[test]
fn the_chart_of_the_minimal_story_matches_its_snapshot() {
    assert_snapshot("chart-minimal", &render(&story(), Highlight::default()));
}

#[test]
fn a_selected_event_matches_its_snapshot() {
    let story = story();
    let span = (f64::from(story.events[1].date.first_day().0), f64::from(story.events[1].date.end_day().0));
    let svg = render(&story, Highlight { event_span: Some(span) });
    assert_snapshot("chart-highlight", &svg);
}

#[test]
fn the_value_axis_reaches_above_the_highest_target() {
    let geometry = ChartGeometry::new(&story(), frame());
    assert_eq!(geometry.panels[0].value.domain, (0.0, 100.0), "87.6 rounds up to a nice 100");
    assert_eq!(*geometry.panels[0].value_ticks.last().unwrap(), 100.0);
}

#[test]
fn the_value_axis_fits_what_is_in_the_window_and_rescales_when_zoomed() {
    // The minimal story: figures for 2013, 2024 and H1 2025 (under 50); a
    // target of 87.6 set in 2019 for 2030.
    let story = story();
    let window = |from: i32, to: i32| Frame {
        domain: (f64::from(Day::from_ymd(from, 1, 1).0), f64::from(Day::from_ymd(to, 1, 1).0)),
        ..frame()
    };
    let early = ChartGeometry::new(&story, window(2012, 2015));
    let v2013 = story.series[0].points[0].value;
    let top = early.panels[0].value.domain.1;
    assert!(top >= v2013 * 1.05 && top <= 40.0, "only the 2013 figure ({v2013}) is in view, with some room: {top}");
    let late = ChartGeometry::new(&story, window(2023, 2031));
    assert_eq!(late.panels[0].value.domain, (0.0, 100.0), "the target is in view");
    // A window with nothing in it keeps the whole story's axis.
    let empty = ChartGeometry::new(&story, window(1995, 2000));
    assert_eq!(empty.panels[0].value.domain, (0.0, 100.0));
}

#[test]
fn a_signed_series_shows_zero_and_its_lowest_value() {
    let mut raw = minimal();
    raw["series"][0]["signed"] = serde_json::json!(true);
    raw["series"][0]["points"][0]["value"] = serde_json::json!(-12.5);
    let story = parse(&raw).unwrap();
    let geometry = ChartGeometry::new(&story, frame());
    let (low, high) = geometry.panels[0].value.domain;
    assert!(low <= -12.5 * 1.05, "room below the lowest value: {low}");
    assert!(high >= 87.6);
    assert!(geometry.panels[0].value_ticks.contains(&0.0), "zero is a tick: {:?}", geometry.panels[0].value_ticks);
    // The zero line is drawn apart from the grid, in the text colour.
    let zero = geometry.panels[0].value.map(0.0).round();
    let svg = render(&story, Highlight::default());
    let style = light();
    let text = format!("{:?}", style.text);
    assert!(
        svg.lines().any(|l| l.contains(&format!("y1=\"{zero}\""))
            && l.contains(&format!("y2=\"{zero}\""))
            && l.contains("stroke-width=\"2\"")),
        "a 2 px line at zero ({zero}) in {text}"
    );
}

#[test]
fn a_point_sits_at_the_middle_of_its_period() {
    let geometry = ChartGeometry::new(&story(), frame());
    let p2024 = geometry.points.iter().find(|p| p.point == 1).unwrap();
    let mid = (f64::from(Day::from_ymd(2024, 1, 1).0) + f64::from(Day::from_ymd(2025, 1, 1).0)) / 2.0;
    assert!((geometry.time.invert(p2024.x) - mid).abs() < 1e-6);
}

#[test]
fn a_target_gap_counts_from_the_latest_reported_whole_year() {
    let geometry = ChartGeometry::new(&story(), frame());
    // t40 is measured against the series whose latest reported year is 2024 (43.8): no gap left.
    assert_eq!(geometry.targets[0].gap, None);
    let mut story = story();
    story.targets[0].value = 50.0;
    (story.targets[0].met, story.targets[0].superseded, story.targets[0].superseded_by) = (None, None, None);
    let geometry = ChartGeometry::new(&story, frame());
    assert!((geometry.targets[0].gap.unwrap() - 6.2).abs() < 1e-9, "not from the partial 2025-H1 figure");
}

#[test]
fn a_target_says_whether_it_is_ahead_met_replaced_or_missed() {
    use trade_timeline::story::facts::{target_standing, Standing};
    use trade_timeline::story::period::Period;
    let words = plain_words();
    // t40: met in 2023, then replaced by x2 (the story says so).
    let story = story();
    assert_eq!(target_standing(&story, 0), Standing::Met { year: 2023, then_replaced_by: Some(1), replaced: true });
    assert_eq!(words.standing(&story, 0, true).unwrap(), "atteint en 2023, puis remplacé par « x2 »");
    let colon = trade_timeline::words::ui_text::ui_text("fr").colon;
    assert_eq!(words.target_label(&story, 0), "40 (atteint en 2023, remplacé)");
    // Unflagged and still ahead of its deadline: what remains from 2024's 43.8.
    let mut ahead = story.clone();
    (ahead.targets[0].met, ahead.targets[0].superseded, ahead.targets[0].superseded_by) = (None, None, None);
    ahead.targets[0].value = 50.0;
    assert!(
        words.target_label(&ahead, 0).starts_with(&format!("40 (reste{colon} 6.2")),
        "{}",
        words.target_label(&ahead, 0)
    );
    // Reached by a reported figure, though the story does not say so.
    let mut reached = ahead.clone();
    reached.targets[0].value = 40.0;
    assert_eq!(words.standing(&reached, 0, true).unwrap(), "atteint en 2024");
    // Its deadline covered by a figure short of it: missed, never "to go".
    let mut missed = ahead.clone();
    missed.targets[0].deadline = Period::parse("2024").unwrap();
    assert!(matches!(target_standing(&missed, 0), Standing::Missed { by } if (by - 6.2).abs() < 1e-9));
    assert!(words.target_label(&missed, 0).starts_with("40 (manqué de 6.2"), "{}", words.target_label(&missed, 0));
    // Replaced before it was met.
    let mut replaced = story.clone();
    replaced.targets[0].met = None;
    assert_eq!(words.standing(&replaced, 0, true).unwrap(), "remplacé par « x2 »");
    assert_eq!(words.target_label(&replaced, 0), "40 (remplacé)");
}

#[test]
fn the_summary_says_how_an_assumed_target_value_was_reached() {
    let summary = plain_words().summary(&story());
    let colon = trade_timeline::words::ui_text::ui_text("fr").colon;
    assert!(summary.contains(&format!("Objectif{colon} x2. 87.6{colon} 2 × 43.8")), "{summary}");
}

#[test]
fn hovering_near_a_point_finds_the_one_that_was_drawn_there() {
    let geometry = ChartGeometry::new(&story(), frame());
    for placed in &geometry.points {
        let hit = geometry.point_at(placed.x + 3.0, placed.y - 2.0, 12.0).unwrap();
        assert_eq!((hit.series, hit.point), (placed.series, placed.point));
    }
    assert_eq!(geometry.point_at(1.0, 1.0, 12.0), None);
}

#[test]
fn a_pointer_on_a_targets_line_is_on_that_target_and_a_figure_wins_over_a_line() {
    use trade_timeline::geometry::chart::ChartItem;
    let story = parse(&minimal()).unwrap();
    let geometry = ChartGeometry::new(
        &story,
        Frame { width: 640.0, height: 300.0, domain: trade_timeline::geometry::window::TimeWindow::fit(&story).full },
    );
    for placed in &geometry.targets {
        let (from, to) = geometry.target_span(placed).expect("each target's line is in view");
        let middle = (from + to) / 2.0;
        assert_eq!(geometry.item_at(middle, placed.y + 3.0, 18.0), Some(ChartItem::Target(placed.target)));
        assert_eq!(
            geometry.anchor(ChartItem::Target(placed.target)),
            Some((to, placed.y)),
            "its ring at the line's end"
        );
        assert_eq!(geometry.item_at(middle, placed.y + 30.0, 18.0), None, "too far from the line");
        assert_ne!(
            geometry.item_at(from - 20.0, placed.y, 18.0),
            Some(ChartItem::Target(placed.target)),
            "before it was set"
        );
    }
    let figure = geometry.points[1];
    assert_eq!(geometry.item_at(figure.x, figure.y, 18.0), Some(ChartItem::Figure(figure.series, figure.point)));
}

#[test]
fn zooming_the_window_moves_points_apart() {
    let story = story();
    let wide = ChartGeometry::new(&story, frame());
    let mut narrow_frame = frame();
    narrow_frame.domain.0 = f64::from(Day::from_ymd(2020, 1, 1).0);
    let narrow = ChartGeometry::new(&story, narrow_frame);
    let gap = |g: &ChartGeometry| g.points[2].x - g.points[1].x;
    assert!(gap(&narrow) > gap(&wide));
}

#[test]
fn only_figures_of_consecutive_periods_are_joined() {
    use trade_timeline::geometry::chart::consecutive;
    let p = |s: &str| Period::parse(s).unwrap();
    assert!(consecutive(&p("2022"), &p("2023")));
    assert!(consecutive(&p("2024"), &p("2025-H1")));
    assert!(!consecutive(&p("2013"), &p("2021")), "seven years without figures stay empty");
}

#[test]
fn dense_reported_figures_are_drawn_as_a_line_and_lone_figures_keep_their_mark() {
    let mut json = minimal();
    json["targets"] = serde_json::json!([]);
    // Monthly figures 2010–2029, about 2.4 px apart, except that March 2020
    // stands alone (no February or April figure).
    let points: Vec<serde_json::Value> = (2010..2030)
        .flat_map(|year| (1..=12).map(move |month| (year, month)))
        .filter(|&(year, month)| !(year == 2020 && (month == 2 || month == 4)))
        .map(|(year, month)| serde_json::json!({ "period": format!("{year}-{month:02}"), "value": 20 + month }))
        .collect();
    json["series"][0]["points"] = serde_json::Value::Array(points);
    let svg = render(&parse(&json).unwrap(), Highlight::default());
    assert_eq!(svg.matches("<circle").count(), 1, "only the lone figure has a mark");
    assert!(svg.matches("<polyline").count() <= 3, "joined figures are one path per run");

    let sparse = render(&story(), Highlight::default());
    assert_eq!(sparse.matches("<circle").count(), 2, "figures far apart keep their marks");
}

/// Every text of an SVG drawing as an estimated box: left, top, right, bottom.
fn text_boxes(svg: &str) -> Vec<(String, (f64, f64, f64, f64))> {
    let attr = |tag: &str, name: &str| {
        let at = tag.find(&format!(" {name}=\"")).map(|i| i + name.len() + 3)?;
        Some(tag[at..at + tag[at..].find('"')?].to_owned())
    };
    svg.split("<text ")
        .skip(1)
        .map(|part| {
            let (tag, rest) = part.split_once('>').unwrap();
            let tag = &format!(" {tag}");
            let text = rest.split("</text>").next().unwrap().trim();
            let text = [("&apos;", "'"), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")]
                .iter()
                .fold(text.to_owned(), |t, (entity, c)| t.replace(entity, c));
            let num = |name: &str| attr(tag, name).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
            let size = num("font-size");
            let width = trade_timeline::geometry::layout::estimate_width(&text, size, f64::INFINITY);
            let (x, y) = (num("x"), num("y"));
            let left = match attr(tag, "text-anchor").as_deref() {
                Some("end") => x - width,
                Some("middle") => x - width / 2.0,
                _ => x,
            };
            let top = match attr(tag, "dy").as_deref() {
                Some("0.5ex") => y - size / 2.0,
                Some("0.76em") => y,
                _ => y - size,
            };
            (text, (left, top, left + width, top + size))
        })
        .collect()
}

type Segment = ((f64, f64), (f64, f64));
type Rect = (f64, f64, f64, f64);

/// The lines an SVG drawing draws (its gridlines, in `grid`, left out) and
/// its marks as boxes.
fn drawn(svg: &str, grid: &str) -> (Vec<Segment>, Vec<Rect>) {
    let attr = |tag: &str, name: &str| {
        let at = tag.find(&format!(" {name}=\"")).map(|i| i + name.len() + 3)?;
        tag[at..at + tag[at..].find('"')?].parse::<f64>().ok()
    };
    let tags = |name: &str| -> Vec<String> {
        svg.split(&format!("<{name} ")).skip(1).map(|p| format!(" {}", p.split('>').next().unwrap())).collect()
    };
    let mut lines = Vec::new();
    for tag in tags("line").into_iter().filter(|t| !t.contains(&format!("stroke=\"{grid}\""))) {
        let (x1, y1, x2, y2) = (attr(&tag, "x1"), attr(&tag, "y1"), attr(&tag, "x2"), attr(&tag, "y2"));
        lines.push(((x1.unwrap(), y1.unwrap()), (x2.unwrap(), y2.unwrap())));
    }
    for tag in tags("polyline") {
        let at = tag.find(" points=\"").unwrap() + 9;
        let points: Vec<(f64, f64)> = tag[at..at + tag[at..].find('"').unwrap()]
            .split_whitespace()
            .map(|p| p.split_once(',').map(|(x, y)| (x.parse().unwrap(), y.parse().unwrap())).unwrap())
            .collect();
        lines.extend(points.windows(2).map(|w| (w[0], w[1])));
    }
    let mut marks: Vec<_> = tags("circle")
        .into_iter()
        .map(|t| {
            let (x, y, r) = (attr(&t, "cx").unwrap(), attr(&t, "cy").unwrap(), attr(&t, "r").unwrap());
            (x - r, y - r, x + r, y + r)
        })
        .collect();
    marks.extend(tags("rect").into_iter().filter(|t| attr(t, "width").is_some_and(|w| w < 20.0)).map(|t| {
        let (x, y, w, h) =
            (attr(&t, "x").unwrap(), attr(&t, "y").unwrap(), attr(&t, "width").unwrap(), attr(&t, "height").unwrap());
        (x, y, x + w, y + h)
    }));
    (lines, marks)
}

#[test]
fn no_two_texts_of_the_chart_overlap_and_none_leaves_it_or_crosses_a_line_or_a_mark_at_any_width() {
    use trade_timeline::geometry::chart_labels::{crosses, overlaps};
    // The minimal story, and one whose targets are close in value (40, 41).
    let mut close = story();
    close.targets[1].value = 41.0;
    close.targets[1].series = Some(0);
    // And the default stories, on their opening windows and whole.
    // And the default stories and a story of six months (day ticks that
    // name the year), on their opening windows and whole.
    let read = |path: &str| trade_timeline::story::parse_story(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut cases: Vec<(Story, (f64, f64))> = vec![(story(), frame().domain), (close, frame().domain)];
    for path in
        ["www/data/kazakhstan-china.fr.json", "www/data/kazakhstan-china.en.json", "tests/fixtures/short-year.json"]
    {
        let story = read(path);
        let window = trade_timeline::geometry::window::TimeWindow::fit(&story);
        cases.push((story.clone(), window.shown));
        cases.push((story, window.full));
    }
    for (story, domain) in cases {
        for width in [320.0, 375.0, 700.0, 1200.0] {
            let svg = render_in(&story, Frame { width, domain, ..frame() }, Highlight::default());
            let boxes = text_boxes(&svg);
            let partial = story.series.iter().flat_map(|s| &s.points).any(|p| p.status == Status::Partial);
            assert!(!partial || boxes.iter().any(|(t, _)| t.contains("semestre")), "the partial period is labelled");
            // The value axis's labels stand left of the plot; every other text inside it.
            for (text, r) in boxes.iter().filter(|(_, r)| r.3 <= frame().height - 26.0) {
                assert!(r.2 <= 44.5 || r.0 >= 43.5, "{width} px: \"{text}\" {r:?} straddles the value axis");
            }
            let Rgb(r, g, b) = light().grid;
            let grid = format!("#{r:02X}{g:02X}{b:02X}");
            let (lines, marks) = drawn(&svg, &grid);
            let shrunk = |r: &(f64, f64, f64, f64)| (r.0 + 0.5, r.1 + 0.5, r.2 - 0.5, r.3 - 0.5);
            for (i, (a, ra)) in boxes.iter().enumerate() {
                assert!(ra.0 >= -0.5 && ra.2 <= width + 0.5, "{width} px: \"{a}\" leaves the chart: {ra:?}");
                for &(p, q) in &lines {
                    assert!(!crosses(&shrunk(ra), p, q), "{width} px: \"{a}\" {ra:?} is crossed by a line {p:?}–{q:?}");
                }
                for m in &marks {
                    assert!(!overlaps(&shrunk(ra), m), "{width} px: \"{a}\" {ra:?} covers a mark {m:?}");
                }
                for (b, rb) in &boxes[i + 1..] {
                    let apart = ra.2 <= rb.0 + 0.5 || rb.2 <= ra.0 + 0.5 || ra.3 <= rb.1 + 0.5 || rb.3 <= ra.1 + 0.5;
                    assert!(apart, "{width} px: \"{a}\" {ra:?} overlaps \"{b}\" {rb:?}");
                }
            }
        }
    }
}

#[test]
fn a_label_keeps_clear_of_other_labels_marks_and_lines() {
    use trade_timeline::geometry::chart_labels::{crosses, overlaps, place_labels, Anchor, Obstacles, Wanted};
    let plot = (44.0, 12.0, 628.0, 294.0);
    // Two target lines 5 px apart ending at the same x, a series line
    // through where the first label wants to be, and a mark beside which a
    // period's label wants to stand.
    let line = |y: f64| Wanted { anchor: Anchor::LineEnd { x: 600.0, y }, width: 150.0, height: 13.0 };
    let wanted =
        [line(150.0), line(155.0), Wanted { anchor: Anchor::Mark { x: 620.0, y: 200.0 }, width: 90.0, height: 13.0 }];
    let obstacles = Obstacles {
        marks: vec![(620.0, 200.0), (520.0, 140.0)],
        segments: vec![
            ((44.0, 150.0), (600.0, 150.0)),
            ((44.0, 155.0), (600.0, 155.0)),
            ((400.0, 120.0), (620.0, 140.0)),
        ],
    };
    let placed = place_labels(&wanted, &obstacles, plot);
    for (i, r) in placed.iter().enumerate() {
        assert!(r.0 >= plot.0 && r.2 <= plot.2 && r.1 >= plot.1 && r.3 <= plot.3, "{i} inside the plot: {r:?}");
        assert!(placed[i + 1..].iter().all(|o| !overlaps(r, o)), "{i} clear of the others: {placed:?}");
        assert!(obstacles.segments.iter().all(|&(a, b)| !crosses(r, a, b)), "{i} crosses no line: {r:?}");
        assert!(
            obstacles.marks.iter().all(|&(x, y)| !overlaps(r, &(x - 5.0, y - 5.0, x + 5.0, y + 5.0))),
            "{i}: {r:?}"
        );
    }
    assert!(placed[2].2 <= 620.0 - 5.0, "no room right of the mark: its label is left of it");
}

#[test]
fn labels_crowded_off_every_clear_place_still_stand_apart() {
    use trade_timeline::geometry::chart_labels::{overlaps, place_labels, Anchor, Obstacles, Wanted};
    // A short chart (a compact widget's 150 px) crossed by lines every 4 px:
    // no place is clear of them, but the two target labels must not be
    // written over each other.
    let plot = (44.0, 12.0, 330.0, 120.0);
    let line = |y: f64| Wanted { anchor: Anchor::LineEnd { x: 330.0, y }, width: 240.0, height: 13.0 };
    let wanted = [line(60.0), line(66.0)];
    let segments = (0..28).map(|i| f64::from(i) * 4.0 + 12.0).map(|y| ((44.0, y), (330.0, y))).collect();
    let placed = place_labels(&wanted, &Obstacles { marks: vec![], segments }, plot);
    assert!(!overlaps(&placed[0], &placed[1]), "written over each other: {placed:?}");
    for r in &placed {
        assert!(r.0 >= plot.0 && r.2 <= plot.2 && r.1 >= plot.1 && r.3 <= plot.3, "inside the plot: {r:?}");
    }
}

#[test]
fn event_markers_closer_than_a_pixel_are_drawn_once() {
    // 3,000 events in 2020: about 30 px of a 21-year axis 640 px wide.
    let mut value = minimal();
    let events: Vec<serde_json::Value> = (0..3000)
        .map(|i| {
            let day = Day::from_ymd(2020, 1, 1).0 + i % 365;
            let (y, m, d) = Day(day).to_ymd();
            serde_json::json!({ "id": format!("e{i}"), "date": format!("{y}-{m:02}-{d:02}"), "title": "T", "text": "X", "sources": ["gazette"] })
        })
        .collect();
    value["events"] = serde_json::Value::Array(events);
    let many = render(&parse(&value).unwrap(), Highlight::default());
    let markers = many.matches("<polygon").count();
    assert!(markers <= 32, "{markers} markers drawn for a 30 px stretch of axis");
    assert!(markers >= 20, "{markers} markers: the stretch should stay covered");
}

#[test]
fn a_tooltip_stays_inside_the_chart_at_every_width() {
    use trade_timeline::geometry::chart::{target_tip_place, tip_place, tip_width, TipPlace};
    for width in [320.0, 375.0, 700.0, 1200.0] {
        let tip = tip_width(width);
        for x in (0..=width as i32).step_by(5).map(f64::from) {
            let (left, right) = match tip_place(x, width) {
                TipPlace::Right => (x + 12.0, x + 12.0 + tip),
                TipPlace::Left => (x - 12.0 - tip, x - 12.0),
                TipPlace::Below(left) | TipPlace::Above(left) => (left, left + tip),
            };
            assert!(left >= 0.0 && right <= width, "{width} px, point at {x}: {left}..{right}");
            // A target's tooltip, under or over the end of its line.
            for y in [10.0, 270.0] {
                let (TipPlace::Below(left) | TipPlace::Above(left)) = target_tip_place(x, y, width, 280.0) else {
                    panic!("a target's tooltip stands under or over its line")
                };
                assert!(left >= 0.0 && left + tip <= width, "{width} px, target ending at {x}: {left}..");
            }
        }
    }
    assert!(
        matches!(target_tip_place(600.0, 20.0, 700.0, 280.0), TipPlace::Below(_)),
        "a high target's tip hangs under it"
    );
    assert!(matches!(target_tip_place(600.0, 250.0, 700.0, 280.0), TipPlace::Above(_)), "a low one's stands over it");
    assert_eq!(tip_place(50.0, 1200.0), TipPlace::Right);
    assert_eq!(tip_place(1150.0, 1200.0), TipPlace::Left);
    assert!(matches!(tip_place(160.0, 320.0), TipPlace::Below(_)), "neither side of a phone's middle takes 208 px");
}
