use trade_timeline::story::date::Day;
use trade_timeline::story::period::Period;

#[test]
fn the_four_written_forms_are_read() {
    assert_eq!(Period::parse("2024"), Ok(Period::Year(2024)));
    assert_eq!(Period::parse("2025-H1"), Ok(Period::Half(2025, 1)));
    assert_eq!(Period::parse("2025-Q3"), Ok(Period::Quarter(2025, 3)));
    assert_eq!(Period::parse("2025-06"), Ok(Period::Month(2025, 6)));
}

#[test]
fn periods_write_back_as_written() {
    for text in ["2024", "2025-H2", "2025-Q4", "2025-01"] {
        assert_eq!(Period::parse(text).unwrap().to_string(), text);
    }
}

#[test]
fn a_second_half_runs_from_july_to_new_year() {
    let half = Period::parse("2025-H2").unwrap();
    assert_eq!(half.first_day(), Day::from_ymd(2025, 7, 1));
    assert_eq!(half.end_day(), Day::from_ymd(2026, 1, 1));
}

#[test]
fn a_third_quarter_runs_from_july_to_october() {
    let quarter = Period::parse("2025-Q3").unwrap();
    assert_eq!(quarter.first_day(), Day::from_ymd(2025, 7, 1));
    assert_eq!(quarter.end_day(), Day::from_ymd(2025, 10, 1));
}

#[test]
fn a_year_covers_every_day_of_it() {
    let year = Period::parse("2024").unwrap();
    assert_eq!(year.end_day().0 - year.first_day().0, 366);
    assert!(year.is_year());
}

#[test]
fn impossible_periods_are_refused() {
    for text in
        ["2025-H3", "2025-H0", "2025-Q5", "2025-Q0", "2025-13", "2025-00", "25", "2025-S1", "2025-h1", "2025-06-01", ""]
    {
        assert!(Period::parse(text).is_err(), "{text:?}");
    }
}
