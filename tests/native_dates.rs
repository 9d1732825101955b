use trade_timeline::story::date::{DateError, Day, PartialDate, Precision};

#[test]
fn a_day_date_keeps_its_day_precision() {
    let date = PartialDate::parse("2025-08-20").unwrap();
    assert_eq!(date.precision(), Precision::Day);
    assert_eq!((date.year_number(), date.month(), date.day()), (2025, Some(8), Some(20)));
    assert_eq!(date.to_string(), "2025-08-20");
}

#[test]
fn a_month_date_covers_the_whole_month() {
    let date = PartialDate::parse("2023-05").unwrap();
    assert_eq!(date.precision(), Precision::Month);
    assert_eq!(date.first_day(), Day::from_ymd(2023, 5, 1));
    assert_eq!(date.end_day(), Day::from_ymd(2023, 6, 1));
    assert_eq!(date.to_string(), "2023-05");
}

#[test]
fn december_ends_on_the_next_new_year() {
    let date = PartialDate::parse("1991-12").unwrap();
    assert_eq!(date.end_day(), Day::from_ymd(1992, 1, 1));
}

#[test]
fn a_year_date_covers_the_whole_year() {
    let date = PartialDate::parse("2015").unwrap();
    assert_eq!(date.precision(), Precision::Year);
    assert_eq!(date.first_day(), Day::from_ymd(2015, 1, 1));
    assert_eq!(date.end_day(), Day::from_ymd(2016, 1, 1));
    assert_eq!(date.to_string(), "2015");
}

#[test]
fn a_day_date_covers_one_day() {
    let date = PartialDate::parse("2024-02-29").unwrap();
    assert_eq!(date.end_day().0 - date.first_day().0, 1);
}

#[test]
fn the_thirtieth_of_february_does_not_exist() {
    assert_eq!(PartialDate::parse("2023-02-30"), Err(DateError::NoSuchDay { day: 30, days_in_month: 28 }));
}

#[test]
fn the_twenty_ninth_of_february_exists_only_in_leap_years() {
    assert!(PartialDate::parse("2024-02-29").is_ok());
    assert!(PartialDate::parse("2000-02-29").is_ok());
    assert!(PartialDate::parse("1900-02-29").is_err());
    assert!(PartialDate::parse("2023-02-29").is_err());
}

#[test]
fn month_thirteen_and_day_zero_are_refused() {
    assert_eq!(PartialDate::parse("2023-13"), Err(DateError::NoSuchMonth(13)));
    assert_eq!(PartialDate::parse("2023-00"), Err(DateError::NoSuchMonth(0)));
    assert!(matches!(PartialDate::parse("2023-04-00"), Err(DateError::NoSuchDay { .. })));
    assert!(matches!(PartialDate::parse("2023-04-31"), Err(DateError::NoSuchDay { .. })));
}

#[test]
fn other_written_forms_are_refused() {
    for text in [
        "",
        "15",
        "20150",
        "2015-5",
        "2015-05-7",
        "07/05/2015",
        "2015-05-07T10:00",
        "2015-05-07-01",
        " 2015",
        "2015-",
        "+2015",
        "２０１５",
    ] {
        assert_eq!(PartialDate::parse(text), Err(DateError::Format), "{text:?}");
    }
}

#[test]
fn day_numbers_start_at_the_unix_epoch_and_round_trip() {
    assert_eq!(Day::from_ymd(1970, 1, 1), Day(0));
    assert_eq!(Day::from_ymd(2000, 3, 1), Day(11_017));
    assert_eq!(Day::from_ymd(1969, 12, 31), Day(-1));
    for n in (-800_000..800_000).step_by(997) {
        let (y, m, d) = Day(n).to_ymd();
        assert_eq!(Day::from_ymd(y, m, d), Day(n));
    }
}

#[test]
fn a_year_sorts_before_the_days_inside_it() {
    let mut dates: Vec<PartialDate> =
        ["2015-05-07", "2015", "2013-09-07", "2015-05"].iter().map(|s| PartialDate::parse(s).unwrap()).collect();
    dates.sort();
    let written: Vec<String> = dates.iter().map(ToString::to_string).collect();
    assert_eq!(written, ["2013-09-07", "2015", "2015-05", "2015-05-07"]);
}
