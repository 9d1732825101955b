use trade_timeline::geometry::scale::TimeScale;
use trade_timeline::geometry::ticks::{nice_ceiling, time_ticks, value_ticks, TimeUnit};
use trade_timeline::story::date::Day;

fn scale(from: (i32, u8, u8), to: (i32, u8, u8), width: f64) -> TimeScale {
    TimeScale::new(Day::from_ymd(from.0, from.1, from.2), Day::from_ymd(to.0, to.1, to.2), 0.0, width)
}

fn labels(scale: &TimeScale) -> Vec<String> {
    time_ticks(scale, 60.0)
        .iter()
        .map(|t| {
            let (y, m, d) = t.day.to_ymd();
            format!("{y:04}-{m:02}-{d:02}")
        })
        .collect()
}

#[test]
fn forty_years_on_a_phone_get_decade_ticks() {
    let s = scale((1991, 1, 1), (2031, 1, 1), 320.0);
    let ticks = time_ticks(&s, 60.0);
    assert_eq!(ticks[0].step.unit, TimeUnit::Year);
    assert_eq!(ticks[0].step.count, 10);
    assert_eq!(labels(&s), ["2000-01-01", "2010-01-01", "2020-01-01", "2030-01-01"]);
}

#[test]
fn forty_years_on_a_desktop_get_two_year_ticks() {
    let s = scale((1991, 1, 1), (2031, 1, 1), 1200.0);
    let ticks = time_ticks(&s, 60.0);
    assert_eq!((ticks[0].step.unit, ticks[0].step.count), (TimeUnit::Year, 2));
}

#[test]
fn three_years_on_a_desktop_get_quarterly_ticks() {
    let s = scale((2023, 1, 1), (2026, 1, 1), 800.0);
    let ticks = time_ticks(&s, 60.0);
    assert_eq!(ticks[0].step.unit, TimeUnit::Month);
    assert_eq!(ticks[0].step.count, 3);
    assert_eq!(labels(&s)[..3], ["2023-01-01", "2023-04-01", "2023-07-01"]);
}

#[test]
fn one_year_gets_monthly_ticks_on_the_first() {
    let s = scale((2024, 1, 1), (2025, 1, 1), 1000.0);
    let all = labels(&s);
    assert_eq!(all.len(), 13);
    assert!(all.iter().all(|l| l.ends_with("-01")));
}

#[test]
fn two_months_get_weekly_ticks_on_mondays() {
    let s = scale((2025, 8, 1), (2025, 10, 1), 600.0);
    let ticks = time_ticks(&s, 60.0);
    assert_eq!((ticks[0].step.unit, ticks[0].step.count), (TimeUnit::Day, 7));
    // 1970-01-05 was a Monday: day 4 modulo 7.
    assert!(ticks.iter().all(|t| (t.day.0 - 4).rem_euclid(7) == 0));
}

#[test]
fn ten_days_get_daily_ticks() {
    let s = scale((2025, 8, 15), (2025, 8, 25), 1000.0);
    let ticks = time_ticks(&s, 60.0);
    assert_eq!((ticks[0].step.unit, ticks[0].step.count), (TimeUnit::Day, 1));
    assert_eq!(ticks.len(), 11);
}

#[test]
fn ticks_are_never_closer_than_the_minimum_spacing() {
    for width in [320.0, 375.0, 800.0, 1200.0] {
        for years in [1, 3, 10, 40, 400] {
            let s = scale((2000, 1, 1), (2000 + years, 1, 1), width);
            let ticks = time_ticks(&s, 60.0);
            for pair in ticks.windows(2) {
                let gap = s.map(f64::from(pair[1].day.0)) - s.map(f64::from(pair[0].day.0));
                assert!(gap >= 59.0, "{years} years at {width}px: gap {gap}");
            }
        }
    }
}

#[test]
fn value_ticks_use_nice_steps() {
    assert_eq!(value_ticks(0.0, 50.0, 5), [0.0, 10.0, 20.0, 30.0, 40.0, 50.0]);
    assert_eq!(value_ticks(0.0, 90.0, 4), [0.0, 25.0, 50.0, 75.0]);
    assert_eq!(value_ticks(0.0, 1.0, 5), [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
    assert_eq!(value_ticks(0.0, 0.3, 3), [0.0, 0.1, 0.2, 0.3]);
}

#[test]
fn the_value_axis_top_is_the_next_nice_tick() {
    assert_eq!(nice_ceiling(87.6, 4), 100.0);
    assert_eq!(nice_ceiling(43.8, 5), 50.0);
    assert_eq!(nice_ceiling(40.0, 4), 40.0);
}

#[test]
fn an_axis_of_days_names_its_year_on_the_first_tick_and_where_a_year_starts() {
    let words = crate::native_chart::plain_words();
    // Six weeks across a new year, 640 px wide: ticks on days.
    let domain = (f64::from(Day::from_ymd(2022, 12, 10).0), f64::from(Day::from_ymd(2023, 1, 20).0));
    let ticks = time_ticks(&TimeScale { domain, range: (0.0, 640.0) }, 64.0);
    let texts = words.time_ticks(&ticks);
    assert!(texts.len() >= 3, "{texts:?}");
    assert!(texts[0].starts_with("2022-"), "the first tick names its year: {texts:?}");
    let new_year = ticks.iter().position(|t| t.day.to_ymd().0 == 2023).unwrap();
    assert!(texts[new_year].starts_with("2023-"), "so does the first tick of 2023: {texts:?}");
    let with_year = texts.iter().filter(|t| t.len() == 10).count();
    assert_eq!(with_year, 2, "and no other: {texts:?}");
}

#[test]
fn tick_labels_too_wide_for_their_spacing_are_thinned_until_none_touch_and_none_leaves_the_axis() {
    use trade_timeline::geometry::ticks::legible_ticks;
    // Six months on 1,150 px: day ticks about 64 px apart.
    let scale = scale((2022, 12, 20), (2023, 7, 1), 1150.0);
    let ticks = time_ticks(&scale, 64.0);
    assert!(ticks.len() > 10);
    let x = |t: &trade_timeline::geometry::ticks::TimeTick| scale.map(f64::from(t.day.0));
    // Labels naming the year where it changes are wider (as "26 décembre 2022").
    let widths = |ticks: &[trade_timeline::geometry::ticks::TimeTick]| -> Vec<f64> {
        let mut year = None;
        ticks
            .iter()
            .map(|t| {
                let this = t.day.to_ymd().0;
                let wide = year != Some(this);
                year = Some(this);
                if wide {
                    100.0
                } else {
                    40.0
                }
            })
            .collect()
    };
    let kept = legible_ticks(&ticks, x, widths, (40.0, 1150.0), 6.0);
    assert!(kept.len() >= 4 && kept.len() < ticks.len(), "thinned, not emptied: {} of {}", kept.len(), ticks.len());
    let w = widths(&kept);
    for (i, t) in kept.iter().enumerate() {
        assert!(x(t) - w[i] / 2.0 >= 40.0 && x(t) + w[i] / 2.0 <= 1150.0, "whole inside");
        if i > 0 {
            assert!(x(&kept[i - 1]) + w[i - 1] / 2.0 + 6.0 <= x(t) - w[i] / 2.0, "apart");
        }
    }
    // Labels that fit are all kept.
    assert_eq!(legible_ticks(&ticks, x, |t: &[_]| vec![10.0; t.len()], (-1e9, 1e9), 6.0), ticks);
}
