//! What the widget's second module tells the people who publish
//! (`story::record::Report`): a refused story's problems or a shown one's
//! warnings, placed in the text and prefixed in the interface's words.

use serde_json::json;
use trade_timeline::story::record::{Report, Severity};

use crate::util::{minimal, with};

const ENGLISH: (&str, &str, &str) = ("line", "column", ":");

#[test]
fn a_refused_story_gets_every_problem_at_its_line_and_column() {
    let report = Report::of(include_str!("fixtures/bad.json"), false, ENGLISH);
    assert!(report.warnings.is_empty());
    let texts: Vec<&str> = report.problems.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts.len(), 4, "{texts:#?}");
    assert!(texts[1].starts_with("line 12, column 7: events[0].date: "), "{}", texts[1]);
    assert_eq!((report.problems[1].line, report.problems[1].column), (Some(12), Some(7)));
    assert!(report.problems.iter().all(|r| r.severity == Severity::Error));
}

#[test]
fn the_place_is_written_in_the_interface_language() {
    let report = Report::of(include_str!("fixtures/bad.json"), false, ("ligne", "colonne", " :"));
    assert!(
        report.problems[1].text.starts_with("ligne 12, colonne 7 : events[0].date: "),
        "{}",
        report.problems[1].text
    );
}

#[test]
fn a_story_given_as_an_object_names_its_problems_by_path_alone() {
    let text = with("/events/0/date", json!("2023-13-01")).to_string();
    let report = Report::of(&text, true, ENGLISH);
    assert_eq!(report.problems.len(), 1);
    assert!(report.problems[0].text.starts_with("events[0].date: "), "{}", report.problems[0].text);
    assert_eq!((report.problems[0].line, report.problems[0].column), (None, None));
}

#[test]
fn a_shown_story_gets_its_warnings_and_no_problem() {
    let text = with("/series/0/points/1/value", json!(-1.5)).to_string();
    let report = Report::of(&text, false, ENGLISH);
    assert!(report.problems.is_empty());
    assert_eq!(report.warnings.len(), 1);
    assert_eq!(report.warnings[0].severity, Severity::Warning);
    assert!(report.warnings[0].text.contains("series[0].points[1].value"), "{}", report.warnings[0].text);
}

#[test]
fn a_clean_story_gets_nothing_to_say() {
    let report = Report::of(&minimal().to_string(), false, ENGLISH);
    assert!(report.problems.is_empty() && report.warnings.is_empty(), "{report:#?}");
}
