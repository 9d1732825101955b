//! The interface's words in every language it speaks.

use trade_timeline::words::ui_text::{languages, ui_text, UiText};

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
    for ui in languages() {
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
    let tags: Vec<&str> = languages().iter().map(|ui| ui.lang).collect();
    assert_eq!(tags, ["fr", "en", "kk", "ru", "zh"], "French first, then a language per file of www/words");
    for ui in languages() {
        let words = [ui.timeline, ui.chart, ui.view_data, ui.copy_link, ui.download, ui.close, ui.fit];
        assert!(words.iter().all(|w| !w.trim().is_empty()), "{}", ui.lang);
        if ui.lang != "en" {
            assert_ne!(ui.view_data, ui_text("en").view_data, "{} is not translated", ui.lang);
        }
    }
}

/// Each words file's lines that are not blank or comments, as (key, text).
fn entries(lang: &str) -> Vec<(String, String)> {
    let path = format!("{}/www/words/{lang}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (key, value) = line.split_once(" = ").unwrap_or_else(|| panic!("{path}: {line:?} is not `key = text`"));
            (key.to_owned(), value.to_owned())
        })
        .collect()
}

#[test]
fn every_words_file_gives_each_field_in_order_a_list_repeating_its_key() {
    let french = entries("fr");
    let mut keys: Vec<&str> = french.iter().map(|(k, _)| k.as_str()).collect();
    keys.dedup();
    assert_eq!(keys, UiText::KEYS, "fr.txt follows UiText's fields");
    for ui in languages() {
        let these = entries(ui.lang);
        let shape = |e: &[(String, String)]| e.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
        assert_eq!(shape(&these), shape(&french), "{}.txt has French's keys, in order, lists as long", ui.lang);
        assert!(these.iter().all(|(_, text)| !text.trim().is_empty()), "{}.txt: every text is written", ui.lang);
        assert_eq!(these[0], ("lang".to_owned(), ui.lang.to_owned()), "{}.txt names its language first", ui.lang);
    }
}

#[test]
fn every_language_fills_in_the_same_placeholders_as_french() {
    let placeholders = |text: &str| {
        let mut found: Vec<String> =
            text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned())).collect();
        found.sort();
        found
    };
    let french = entries("fr");
    for ui in languages() {
        for ((key, text), (_, model)) in entries(ui.lang).iter().zip(&french) {
            assert_eq!(placeholders(text), placeholders(model), "{}.txt, {key}: {text}", ui.lang);
        }
    }
}

#[test]
fn words_read_in_field_order_and_a_missing_line_is_refused() {
    let texts: Vec<String> = entries("fr").into_iter().map(|(_, text)| text).collect();
    let whole: &'static str = Box::leak(texts.join("\n").into_boxed_str());
    let read = UiText::parse(whole).expect("French reads");
    assert_eq!((read.lang, read.fit, read.tables_failed), ("fr", "Tout afficher", texts.last().unwrap().as_str()));
    assert_eq!(&read, ui_text("fr"), "the texts build.rs writes are the file's");
    let cut: &'static str = Box::leak(texts[..texts.len() - 1].join("\n").into_boxed_str());
    assert!(UiText::parse(cut).is_none());
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
