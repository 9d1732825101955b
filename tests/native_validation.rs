use serde_json::json;
use trade_timeline::story::{parse_story, Certainty, ProblemKind as K, Status};

use crate::util::{minimal, parse, problems, single, with, without};

#[test]
fn the_minimal_story_is_valid() {
    let story = parse(&minimal()).expect("valid");
    assert_eq!(story.title, "Commerce");
    assert_eq!(story.sources.len(), 2);
}

#[test]
fn events_come_out_in_date_order() {
    let story = parse(&minimal()).unwrap();
    let ids: Vec<&str> = story.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(story.events[1].certainty, Certainty::Inferred);
    assert_eq!(story.events[0].certainty, Certainty::Exact, "certainty defaults to exact");
}

#[test]
fn points_come_out_in_period_order_with_their_own_or_the_series_sources() {
    let story = parse(&minimal()).unwrap();
    let points = &story.series[0].points;
    let periods: Vec<String> = points.iter().map(|p| p.period.to_string()).collect();
    assert_eq!(periods, ["2013", "2024", "2025-H1"]);
    assert_eq!(points[0].sources[0].0, 0, "2013 cites its own source, gazette");
    assert_eq!(points[1].sources[0].0, 1, "2024 inherits the series' source, customs");
    assert_eq!(points[2].status, Status::Partial);
    assert_eq!(points[1].status, Status::Reported, "status defaults to reported");
}

#[test]
fn targets_resolve_their_series_and_successor() {
    let story = parse(&minimal()).unwrap();
    assert_eq!(story.targets[0].series, Some(0));
    assert_eq!(story.targets[0].superseded_by, Some(1));
    assert_eq!(story.targets[1].method.as_deref(), Some("2 × 43.8"));
}

#[test]
fn text_that_is_not_json_reports_line_and_column() {
    let found = parse_story("{\n  \"title\": \"x\",\n  oops\n}").unwrap_err();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, K::Syntax);
    assert_eq!(found[0].position, Some((3, 3)));
}

#[test]
fn text_cut_short_says_something_is_missing_at_the_end() {
    let found = parse_story("{\"title\": \"x\"").unwrap_err();
    assert_eq!(found[0].kind, K::Syntax);
    assert!(found[0].message.contains("ends too early"), "{}", found[0].message);
}

#[test]
fn a_story_that_is_not_an_object_is_a_wrong_type() {
    let found = parse_story("[1, 2]").unwrap_err();
    assert_eq!(found[0].kind, K::WrongType);
}

#[test]
fn a_number_where_text_belongs_is_a_wrong_type_in_plain_words() {
    let message = single(&with("/events/0/title", json!(5)), K::WrongType, "events[0].title");
    assert_eq!(message, "expected text in quotes, found the number 5");
}

#[test]
fn text_where_a_number_belongs_is_a_wrong_type() {
    let message = single(&with("/series/0/points/0/value", json!("43,8")), K::WrongType, "series[0].points[0].value");
    assert_eq!(message, "expected a number, found the text \"43,8\"");
}

#[test]
fn a_wrong_item_inside_a_list_is_located_inside_it() {
    single(&with("/events/0/sources", json!(["gazette", 3])), K::WrongType, "events[0].sources[1]");
}

#[test]
fn every_wrong_type_is_reported_at_once() {
    let mut story = with("/events/0/title", json!(5));
    story["events"][1]["text"] = json!(["a"]);
    story["series"][0]["points"][1]["value"] = json!(true);
    let paths: Vec<String> = problems(&story).iter().map(|p| p.path.to_string()).collect();
    assert_eq!(paths, ["events[0].title", "events[1].text", "series[0].points[1].value"]);
}

#[test]
fn a_misspelt_field_is_not_ignored_and_gets_a_suggestion() {
    let mut story = minimal();
    story["events"][0]["titel"] = json!("x");
    let message = single(&story, K::UnknownField, "events[0].titel");
    assert!(message.contains("did you mean \"title\"?"), "{message}");
}

#[test]
fn an_unknown_field_with_no_near_name_lists_the_fields() {
    let mut story = minimal();
    story["sources"][0]["publisher_country"] = json!("FR");
    let message = single(&story, K::UnknownField, "sources[0].publisher_country");
    assert!(message.contains("id, name, title, url, date"), "{message}");
}

#[test]
fn a_missing_required_field_is_reported_where_it_belongs() {
    single(&without("/events/0/date"), K::Missing, "events[0].date");
    single(&without("/title"), K::Missing, "title");
    single(&without("/series/0/points/0/value"), K::Missing, "series[0].points[0].value");
}

#[test]
fn null_counts_as_missing() {
    single(&with("/events/1/title", json!(null)), K::Missing, "events[1].title");
}

#[test]
fn an_event_needs_at_least_one_source() {
    single(&with("/events/0/sources", json!([])), K::Missing, "events[0].sources");
}

#[test]
fn a_blank_title_is_empty() {
    single(&with("/events/0/title", json!("   ")), K::Empty, "events[0].title");
}

#[test]
fn two_events_with_one_id_are_duplicates() {
    let message = single(&with("/events/1/id", json!("b")), K::DuplicateId, "events[1].id");
    assert!(message.contains("\"b\" is already the id"), "{message}");
}

#[test]
fn two_figures_for_one_period_are_duplicates() {
    single(&with("/series/0/points/2/period", json!("2024")), K::DuplicateId, "series[0].points[2]");
}

#[test]
fn citing_an_unknown_source_suggests_the_nearest() {
    let message = single(&with("/events/0/sources/0", json!("gazete")), K::UnknownReference, "events[0].sources[0]");
    assert!(message.contains("did you mean \"gazette\"?"), "{message}");
}

#[test]
fn a_target_against_an_unknown_series_is_an_unknown_reference() {
    single(&with("/targets/0/series", json!("kz")), K::UnknownReference, "targets[0].series");
}

#[test]
fn a_target_cannot_supersede_itself() {
    single(&with("/targets/1/superseded_by", json!("t2x")), K::UnknownReference, "targets[1].superseded_by");
}

#[test]
fn a_date_in_another_form_is_a_bad_date() {
    let message = single(&with("/events/0/date", json!("20/08/2025")), K::BadDate, "events[0].date");
    assert!(message.contains("\"2025-08-20\""), "the message shows the right form: {message}");
}

#[test]
fn the_thirtieth_of_february_is_an_impossible_date() {
    let message = single(&with("/events/0/date", json!("2023-02-30")), K::ImpossibleDate, "events[0].date");
    assert!(message.contains("28 days"), "{message}");
}

#[test]
fn an_end_before_the_start_is_out_of_order() {
    let mut story = minimal();
    story["events"][0]["end"] = json!("2025-08-19");
    single(&story, K::OutOfOrder, "events[0].end");
}

#[test]
fn an_end_month_containing_the_start_day_is_in_order() {
    let mut story = minimal();
    story["events"][0]["end"] = json!("2025-08");
    assert!(parse(&story).is_ok());
}

#[test]
fn a_target_superseded_before_it_was_set_is_out_of_order() {
    single(&with("/targets/0/superseded", json!("2022")), K::OutOfOrder, "targets[0].superseded");
}

#[test]
fn a_period_that_does_not_exist_is_told_in_the_words_of_a_date() {
    let month =
        single(&with("/series/0/points/0/period", json!("2023-13")), K::ImpossibleDate, "series[0].points[0].period");
    let date = single(&with("/events/0/date", json!("2023-13")), K::ImpossibleDate, "events[0].date");
    assert_eq!(month, date, "one wording for month 13, in a date or in a period");
    let half =
        single(&with("/series/0/points/0/period", json!("2024-H3")), K::ImpossibleDate, "series[0].points[0].period");
    assert!(half.contains("has no half 3") && half.contains("H1 and H2"), "{half}");
    let quarter =
        single(&with("/series/0/points/0/period", json!("2024-Q5")), K::ImpossibleDate, "series[0].points[0].period");
    assert!(quarter.contains("has no quarter 5"), "{quarter}");
    single(&with("/series/0/points/0/period", json!("2024-S1")), K::BadPeriod, "series[0].points[0].period");
}

#[test]
fn one_unknown_source_used_by_many_items_is_one_problem_naming_them_all() {
    let mut story = minimal();
    let event = story["events"][0].clone();
    let mut events = Vec::new();
    for i in 0..11 {
        let mut e = event.clone();
        e["id"] = json!(format!("e{i}"));
        e["sources"] = json!(["gazete"]);
        events.push(e);
    }
    story["events"] = json!(events);
    story["series"][0]["points"][0]["sources"] = json!(["gazete"]);
    story["targets"][0]["sources"] = json!(["nowhere"]);
    let found = problems(&story);
    assert_eq!(found.len(), 2, "one problem per unknown id: {found:#?}");
    let gazete = &found[0];
    assert_eq!(gazete.kind, K::UnknownReference);
    assert_eq!(gazete.path.to_string(), "events[0].sources[0]", "where it is first used");
    let others: Vec<String> = gazete.also.iter().map(|p| p.to_string()).collect();
    let mut expected: Vec<String> = (1..11).map(|i| format!("events[{i}]")).collect();
    expected.push("series[0].points[0]".into());
    assert_eq!(others, expected, "every other item that uses it");
    let text = gazete.to_string();
    assert!(text.contains("in \"sources\""), "names the list: {text}");
    assert!(text.contains("did you mean \"gazette\""), "the nearest id: {text}");
    assert!(text.contains("11 other items: events[1], events[2]") && text.contains("3 more"), "{text}");
    assert!(found[1].message.contains("\"nowhere\""), "{}", found[1].message);
    assert!(found[1].also.is_empty());
}

#[test]
fn a_negative_figure_in_a_series_not_marked_signed_is_valid_with_a_warning_that_names_the_flag() {
    use trade_timeline::story::advice::warnings;
    let unsigned = parse(&with("/series/0/points/1/value", json!(-1.5))).expect("valid: the flag only changes words");
    let found = warnings(&unsigned);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].kind, K::UnsignedNegative);
    assert_eq!(found[0].path.to_string(), "series[0].points[1].value");
    assert!(found[0].message.contains("\"signed\": true"), "{}", found[0].message);
    let mut signed = with("/series/0/points/1/value", json!(-1.5));
    signed["series"][0]["signed"] = json!(true);
    assert!(warnings(&parse(&signed).unwrap()).is_empty(), "a signed series may go below zero");
    // A target below zero still means nothing.
    single(&with("/targets/0/value", json!(-1)), K::BadNumber, "targets[0].value");
}

#[test]
fn a_number_too_large_for_a_double_is_refused() {
    let text = minimal().to_string().replace("43.8", "1e999");
    let found = parse_story(&text).unwrap_err();
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_javascript_link_is_a_bad_url() {
    single(&with("/sources/0/url", json!("javascript:alert(1)")), K::BadUrl, "sources[0].url");
    single(&with("/sources/0/url", json!("www.example.org")), K::BadUrl, "sources[0].url");
    single(&with("/sources/0/url", json!("https://")), K::BadUrl, "sources[0].url");
}

#[test]
fn http_and_https_links_are_accepted() {
    assert!(parse(&with("/sources/0/url", json!("http://example.org"))).is_ok());
    assert!(parse(&with("/sources/0/url", json!("HTTPS://example.org/x?y=1"))).is_ok());
}

#[test]
fn a_language_name_is_not_a_language_tag() {
    single(&with("/lang", json!("français")), K::BadLanguage, "lang");
    assert!(parse(&with("/lang", json!("zh-Hans"))).is_ok());
    assert!(parse(&with("/lang", json!("kk-Cyrl-KZ"))).is_ok());
}

#[test]
fn markup_in_text_is_refused_but_a_lone_angle_bracket_is_not() {
    single(&with("/events/0/text", json!("<b>Gras</b>")), K::Html, "events[0].text");
    assert!(parse(&with("/events/0/text", json!("Hausse < 5 % et > 2 %"))).is_ok());
}

#[test]
fn an_unknown_certainty_lists_the_accepted_words() {
    let message = single(&with("/events/0/certainty", json!("sure")), K::UnknownValue, "events[0].certainty");
    assert!(message.contains("\"exact\", \"approximate\", \"inferred\""), "{message}");
}

#[test]
fn a_derived_figure_without_its_method_is_refused() {
    single(&with("/series/0/points/0/status", json!("derived")), K::MissingMethod, "series[0].points[0].method");
    let mut story = with("/series/0/points/0/status", json!("derived"));
    story["series"][0]["points"][0]["method"] = json!("sum of the four quarters");
    let parsed = parse(&story).unwrap();
    let derived = parsed.series[0].points.iter().find(|p| p.value == 43.8).unwrap();
    assert_eq!(derived.status, Status::Derived { method: "sum of the four quarters".into() });
}

#[test]
fn a_story_over_five_megabytes_is_refused_before_parsing() {
    let text = format!("{{\"title\": \"{}\"}}", "x".repeat(5 * 1024 * 1024));
    let found = parse_story(&text).unwrap_err();
    assert_eq!(found[0].kind, K::TooLarge);
}

#[test]
fn a_story_with_more_than_twenty_thousand_events_is_refused() {
    let event = json!({ "id": "e", "date": "2020", "title": "t", "text": "t", "sources": ["gazette"] });
    let story = with("/events", json!(vec![event; 20_001]));
    let found = problems(&story);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, K::TooLarge);
    assert_eq!(found[0].path.to_string(), "events");
}

#[test]
fn a_later_format_version_is_unsupported() {
    single(&with("/version", json!(2)), K::UnsupportedVersion, "version");
}

#[test]
fn problems_from_every_part_of_the_story_come_together() {
    let mut story = with("/lang", json!("?"));
    story["events"][1]["date"] = json!("1991-13");
    story["targets"][0]["deadline"] = json!("soon");
    story["sources"][1]["url"] = json!("ftp://x");
    let kinds: Vec<K> = problems(&story).iter().map(|p| p.kind).collect();
    assert_eq!(kinds, [K::BadLanguage, K::BadUrl, K::ImpossibleDate, K::BadPeriod]);
}

#[test]
fn a_field_written_twice_in_an_event_is_refused_at_that_event() {
    let text =
        minimal().to_string().replacen("\"title\":\"Rencontre\"", "\"title\":\"Rencontre\",\"title\":\"Autre\"", 1);
    assert!(text.contains("\"Autre\""), "the test story must hold the repeated key");
    let found = trade_timeline::story::parse_story(&text).unwrap_err();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].kind, K::RepeatedField);
    assert_eq!(found[0].path.to_string(), "events[0]");
    assert!(found[0].message.contains("\"title\" twice"), "{}", found[0].message);
}

#[test]
fn a_top_level_field_written_twice_is_refused_with_its_line() {
    let text = minimal().to_string().replacen("\"version\":1", "\"version\":1,\"version\":2", 1);
    let found = trade_timeline::story::parse_story(&text).unwrap_err();
    assert_eq!(found[0].kind, K::RepeatedField, "{found:#?}");
    assert!(found[0].position.is_some(), "a problem at the top has its line and column");
}

#[test]
fn a_view_is_two_dates_in_order() {
    let view = |value| with("/view", value);
    assert!(parse(&view(json!(["2010", "2030-06"]))).is_ok());
    let message = single(&view(json!(["2010"])), K::WrongType, "view");
    assert!(message.contains("two dates"), "{message}");
    single(&view(json!(["2010", "2030-13"])), K::ImpossibleDate, "view[1]");
    single(&view(json!(["vers 2010", "2030"])), K::BadDate, "view[0]");
    let message = single(&view(json!(["2030", "2010"])), K::OutOfOrder, "view[1]");
    assert!(message.contains("swap"), "{message}");
}
