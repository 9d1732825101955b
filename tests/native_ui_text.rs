//! The interface's words in every language it speaks.

use trade_timeline::words::ui_text::{ui_text, LANGUAGES};

#[test]
fn each_language_is_chosen_by_its_primary_subtag_and_others_read_french() {
    for (tag, expected) in
        [("fr", "fr"), ("en-GB", "en"), ("ru_RU", "ru"), ("kk", "kk"), ("zh-Hans-CN", "zh"), ("ZH", "zh")]
    {
        assert_eq!(ui_text(tag).lang, expected, "{tag}");
    }
    for tag in ["de", "", "x-klingon"] {
        assert_eq!(ui_text(tag).lang, "fr", "{tag:?}");
    }
}

#[test]
fn every_language_keeps_the_placeholders_the_code_fills_in() {
    for ui in LANGUAGES {
        assert!(ui.events_count.contains("{n}"), "{}: events_count", ui.lang);
        assert!(ui.earlier_events.contains("{n}"), "{}: earlier_events", ui.lang);
        assert!(ui.met_in.contains("{y}") && ui.missed_by.contains("{n}"), "{}: met_in, missed_by", ui.lang);
        assert!(ui.replaced_by.contains("{t}"), "{}: replaced_by", ui.lang);
        assert!(ui.met_then_replaced.contains("{y}") && ui.met_then_replaced.contains("{t}"), "{}", ui.lang);
        assert!(ui.later_events.contains("{n}"), "{}: later_events", ui.lang);
        assert!(ui.event_position.contains("{i}") && ui.event_position.contains("{n}"), "{}: event_position", ui.lang);
        let periods = [
            ui.half(2031, 1),
            ui.half(2031, 2),
            ui.quarter(2031, 1),
            ui.quarter(2031, 2),
            ui.quarter(2031, 3),
            ui.quarter(2031, 4),
        ];
        for words in periods {
            assert!(words.contains("2031") && !words.contains("{y}"), "{}: {words}", ui.lang);
        }
    }
}

#[test]
fn the_five_languages_are_distinct_and_complete() {
    let tags: Vec<&str> = LANGUAGES.iter().map(|ui| ui.lang).collect();
    assert_eq!(tags, ["fr", "en", "ru", "kk", "zh"]);
    for ui in LANGUAGES {
        let words = [ui.timeline, ui.chart, ui.view_data, ui.copy_link, ui.download, ui.close, ui.fit];
        assert!(words.iter().all(|w| !w.trim().is_empty()), "{}", ui.lang);
        if ui.lang != "en" {
            assert_ne!(ui.view_data, ui_text("en").view_data, "{} is not translated", ui.lang);
        }
    }
}

#[test]
fn chromium_s_fallback_for_kazakh_dates_is_recognised_and_written_with_kazakh_month_names() {
    use trade_timeline::story::date::Day;
    use trade_timeline::words::own_dates::{is_fallback, own_day};
    use trade_timeline::words::DayFields;
    assert!(is_fallback("1991 M12 16"));
    assert!(is_fallback("2023 M05"));
    assert!(!is_fallback("16 желтоқсан 1991 ж."));
    assert!(!is_fallback("May 17, 2023"));
    let independence = Day::from_ymd(1991, 12, 16);
    assert_eq!(own_day("kk", independence, DayFields::DayMonthYear).as_deref(), Some("16 желтоқсан 1991 ж."));
    assert_eq!(own_day("kk-KZ", independence, DayFields::MonthYear).as_deref(), Some("желтоқсан 1991 ж."));
    assert_eq!(own_day("kk", Day::from_ymd(2023, 5, 17), DayFields::DayShortMonth).as_deref(), Some("17 мам."));
    assert_eq!(own_day("kk", independence, DayFields::Year).as_deref(), Some("1991 ж."));
    assert_eq!(own_day("fr", independence, DayFields::DayMonthYear), None);
}
