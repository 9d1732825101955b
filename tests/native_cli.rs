use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_trade-timeline"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn fixture(name: &str) -> String {
    Path::new("tests/fixtures").join(name).to_string_lossy().into_owned()
}

/// A story file named `name` whose series has one figure for a whole year
/// among monthly ones, on one value axis (a warning, not an error).
fn mixed_periods_story(name: &str) -> PathBuf {
    let mut story: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("short-year.json")).unwrap()).unwrap();
    story["series"][0]["points"].as_array_mut().unwrap().push(serde_json::json!({ "period": "2022", "value": 40 }));
    let dir = std::env::temp_dir().join(format!("tt-warn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, serde_json::to_string_pretty(&story).unwrap()).unwrap();
    file
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn checking_a_valid_story_exits_zero_and_says_so() {
    let output = run(&["check", &fixture("valid.json")]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("valid: 2 events"), "{}", stdout(&output));
}

#[test]
fn checking_a_story_that_mixes_monthly_and_annual_figures_warns_and_still_exits_zero() {
    let file = mixed_periods_story("mixed.json");
    let output = run(&["check", file.to_str().unwrap()]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "a warning is not an error: {text}");
    assert!(text.contains("valid:"), "{text}");
    let warning = text.lines().find(|l| l.starts_with("warning: ")).unwrap_or_else(|| panic!("no warning: {text}"));
    assert!(warning.contains("series[0].points["), "where: {warning}");
    assert!(warning.contains("not comparable"), "why: {warning}");
    // The default stories mark their half-year as partial: no warning.
    for story in ["www/data/kazakhstan-china.fr.json", "www/data/kazakhstan-china.en.json"] {
        let output = run(&["check", story]);
        assert!(!stdout(&output).contains("warning:"), "{}", stdout(&output));
    }
}

#[test]
fn checking_a_bad_story_prints_file_line_column_path_and_message() {
    let file = fixture("bad.json");
    let output = run(&["check", &file]);
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<String> = stdout(&output).lines().map(str::to_owned).collect();
    assert_eq!(
        lines,
        [
            format!("{file}:13:7: events[0].titel: \"titel\" is not a field of the story format; did you mean \"title\"?"),
            format!("{file}:12:7: events[0].date: \"2023-02-30\" does not exist: that month has 28 days, not 30"),
            format!("{file}:10:5: events[0].title: is missing: add a short headline"),
            format!("{file}:14:19: events[0].sources[0]: \"gazete\" is not the id of any item in \"sources\"; did you mean \"gazette\"?"),
        ]
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("4 problems"));
}

#[test]
fn an_unknown_source_cited_by_two_events_is_one_line_that_gives_the_other_events_line() {
    let mut story: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("short-year.json")).unwrap()).unwrap();
    for event in story["events"].as_array_mut().unwrap().iter_mut().take(2) {
        event["sources"] = serde_json::json!(["nowhere"]);
    }
    let dir = std::env::temp_dir().join(format!("tt-group-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("grouped.json");
    let text = serde_json::to_string_pretty(&story).unwrap();
    std::fs::write(&file, &text).unwrap();
    let output = run(&["check", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<String> = stdout(&output).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].contains("events[0].sources[0]: \"nowhere\" is not the id of any item in \"sources\""),
        "{}",
        lines[0]
    );
    // The other event is named with the line its object opens on.
    let tail = lines[0]
        .rsplit_once("(also in 1 other item: events[1] (line ")
        .map(|(_, t)| t)
        .unwrap_or_else(|| panic!("{}", lines[0]));
    let line: usize = tail.trim_end_matches("))").parse().unwrap();
    let second_id = story["events"][1]["id"].as_str().unwrap();
    let opened = text.lines().nth(line - 1).unwrap();
    assert_eq!(opened.trim(), "{", "line {line} opens an object");
    let object_end = text.lines().skip(line).position(|l| l.trim().starts_with('}')).unwrap() + line;
    assert!(
        text.lines().skip(line).take(object_end - line).any(|l| l.contains(&format!("\"{second_id}\""))),
        "line {line} opens events[1]"
    );
}

#[test]
fn checking_text_that_is_not_json_gives_the_parser_position() {
    let output = run(&["check", &fixture("not-json.json")]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.starts_with(&format!("{}:3:", fixture("not-json.json"))), "{out}");
}

#[test]
fn several_files_are_checked_and_the_worst_status_wins() {
    let output = run(&["check", &fixture("valid.json"), &fixture("bad.json")]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_file_that_does_not_exist_is_a_usage_error() {
    let output = run(&["check", "tests/fixtures/nope.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read"));
}

#[test]
fn no_command_or_an_unknown_one_prints_usage_and_exits_two() {
    for args in [&[][..], &["frobnicate"][..], &["check"][..]] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stderr).contains("Usage:"));
    }
}

#[test]
fn help_exits_zero() {
    assert_eq!(run(&["--help"]).status.code(), Some(0));
}

#[test]
fn schema_prints_the_committed_schema() {
    let output = run(&["schema"]);
    assert_eq!(output.status.code(), Some(0));
    let committed =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("www/story.schema.json")).unwrap();
    assert_eq!(stdout(&output), committed);
}

#[test]
fn both_default_stories_pass_check() {
    let output = run(&["check", "www/data/kazakhstan-china.fr.json", "www/data/kazakhstan-china.en.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
}

#[test]
fn rendering_the_french_story_writes_every_event_with_french_dates_tables_and_the_chart() {
    let output = run(&["render", "www/data/kazakhstan-china.fr.json"]);
    assert_eq!(output.status.code(), Some(0));
    let html = stdout(&output);
    assert!(html.starts_with("<div class=\"tt-fallback\" lang=\"fr\">"), "{}", &html[..80]);
    assert!(html.contains("<time datetime=\"1991-12-16\">16 décembre 1991</time>"));
    assert_eq!(html.matches("<li>").count(), 13, "every event");
    assert_eq!(html.matches("<table").count(), 3, "a table per series, and the targets'");
    assert!(html.contains("atteint en 2023, puis remplacé par « 40 Md$ en 2030 »"), "where each target stands");
    assert!(html.contains("nous prenons deux fois le chiffre de 2024"), "how the assumed value was reached");
    assert!(html.contains("<td class=\"tt-number\">43,8</td>"), "numbers in French");
    assert!(html.contains("Sources\u{a0}: <a href=\"https://"));
    assert!(html.contains("<svg role=\"img\" width=\"720\""));
}

#[test]
fn rendering_the_english_story_writes_english_dates_and_a_chart_of_the_width_asked() {
    let output = run(&["render", "--width", "600", "www/data/kazakhstan-china.en.json"]);
    assert_eq!(output.status.code(), Some(0));
    let html = stdout(&output);
    assert!(html.contains(">December 16, 1991</time>"));
    assert!(html.contains("<td class=\"tt-number\">43.8</td>"));
    assert!(html.contains("<svg role=\"img\" width=\"600\""));
}

#[test]
fn rendering_a_bad_story_lists_its_problems_and_writes_no_html() {
    let file = fixture("bad.json");
    let output = run(&["render", &file]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    let errors = String::from_utf8(output.stderr).unwrap();
    assert!(errors.starts_with(&format!("{file}:13:7: events[0].titel:")), "{errors}");
}

#[test]
fn render_refuses_a_width_that_is_not_a_number_of_pixels() {
    assert_eq!(run(&["render", "--width", "wide", "www/data/kazakhstan-china.fr.json"]).status.code(), Some(2));
    assert_eq!(run(&["render"]).status.code(), Some(2));
}

#[test]
fn importing_the_templates_writes_a_valid_story_to_stdout() {
    let output = run(&[
        "import",
        "--events",
        "www/templates/events.csv",
        "--series",
        "www/templates/series.csv",
        "--targets",
        "www/templates/targets.csv",
        "--sources",
        "www/templates/sources.csv",
        "--title",
        "Kazakhstan–Chine",
        "--updated",
        "2025-08-23",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let story = trade_timeline::story::parse_story(&stdout(&output)).expect("a valid story");
    assert_eq!((story.events.len(), story.series.len(), story.targets.len()), (13, 2, 3));
}

#[test]
fn importing_bad_csvs_lists_each_problem_by_file_and_row_and_exits_one() {
    let output = run(&[
        "import",
        "--events",
        &fixture("bad-events.csv"),
        "--sources",
        "www/templates/sources.csv",
        "--title",
        "T",
        "--updated",
        "2025",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    let file = fixture("bad-events.csv");
    let errors: Vec<String> = String::from_utf8(output.stderr).unwrap().lines().map(str::to_owned).collect();
    assert_eq!(
        errors,
        [
            format!("{file}:row 3: date: \"2023-13\" has no month 13; months run from 01 to 12"),
            format!("{file}:row 4: sources: \"gazete-2025-08-23\" is not the id of any item in \"sources\"; did you mean \"gazette-2025-08-23\"? (also in 1 other item: {file} row 5)"),
        ]
    );
}

#[test]
fn an_unknown_import_option_is_a_usage_error_with_the_nearest_one() {
    let output = run(&["import", "--event", "www/templates/events.csv"]);
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8(output.stderr).unwrap();
    assert!(said.contains("unexpected argument '--event'") && said.contains("'--events'"), "{said}");
}

#[test]
fn every_command_has_help_on_standard_output_and_exits_zero() {
    for command in ["check", "render", "import", "schema"] {
        let output = run(&[command, "--help"]);
        assert_eq!(output.status.code(), Some(0), "{command}");
        let text = stdout(&output);
        assert!(text.contains(&format!("Usage: trade-timeline {command}")), "{command}: {text}");
        assert!(output.stderr.is_empty(), "{command}");
    }
    let text = stdout(&run(&["import", "--help"]));
    for option in ["--events", "--series", "--targets", "--sources", "--title", "--updated", "--lang"] {
        assert!(text.contains(option), "import --help names {option}: {text}");
    }
    assert!(stdout(&run(&["check", "--help"])).contains("github"));
}

#[test]
fn version_prints_the_name_and_version() {
    let output = run(&["--version"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output).trim(), format!("trade-timeline {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn check_as_json_prints_one_array_of_problem_objects_and_exits_one() {
    let output = run(&["check", "--format", "json", &fixture("bad.json"), &fixture("valid.json")]);
    assert_eq!(output.status.code(), Some(1));
    let records: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("standard output is JSON");
    let records = records.as_array().unwrap();
    assert_eq!(records.len(), 4, "the bad story's four problems, nothing for the valid one");
    let date = records.iter().find(|r| r["path"] == "events[0].date").unwrap();
    assert_eq!(date["file"], fixture("bad.json"));
    assert_eq!((date["line"].as_u64(), date["column"].as_u64()), (Some(12), Some(7)));
    assert_eq!(date["kind"], "impossible_date");
    assert_eq!(date["severity"], "error");
    assert!(date["message"].as_str().unwrap().contains("\"2023-02-30\" does not exist"));
    assert!(date["text"].as_str().unwrap().starts_with(&format!("{}:12:7: events[0].date: ", fixture("bad.json"))));
}

#[test]
fn check_for_github_prints_one_annotation_per_problem_with_file_line_and_column() {
    let output = run(&["check", "--format", "github", &fixture("bad.json")]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    let file = fixture("bad.json");
    assert!(lines.contains(&format!("::error file={file},line=12,col=7::events[0].date: \"2023-02-30\" does not exist: that month has 28 days, not 30").as_str()), "{text}");
    assert!(lines.iter().all(|l| l.starts_with(&format!("::error file={file},line="))), "{text}");
}

#[test]
fn warnings_keep_status_zero_in_every_format() {
    let file = mixed_periods_story("mixed, odd: name.json");
    let name = file.to_str().unwrap();
    let json = run(&["check", "--format", "json", name]);
    assert_eq!(json.status.code(), Some(0));
    let records: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(records[0]["severity"], "warning");
    assert_eq!(records[0]["kind"], "mixed_periods");
    let github = run(&["check", "--format", "github", name]);
    assert_eq!(github.status.code(), Some(0));
    let escaped = name.replace(',', "%2C").replace(':', "%3A");
    assert!(stdout(&github).starts_with(&format!("::warning file={escaped},line=")), "{}", stdout(&github));
}
