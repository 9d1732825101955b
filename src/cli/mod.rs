//! The journalist's command line: check a story, build one from CSV files,
//! render its fallback HTML, print the schema.
//!
//! `run` takes the arguments and two writers and returns the exit code, so
//! tests drive it without a process; `main.rs` only wires it to the real
//! ones. Exit codes: 0 valid, 1 problems found, 2 usage or file errors.

pub mod icu;

use std::io::Write;

use crate::draw::stylesheet_style;
use crate::words::ui_text::ui_text;
use crate::words::Words;
use icu::Icu;

/// The widget's stylesheet, whose light palette the rendered chart is drawn in.
const STYLESHEET: &str = include_str!("../../www/trade-timeline.css");
/// The font family of the rendered chart's labels.
const FONT_FAMILY: &str = "system-ui, sans-serif";

use crate::story::json_position::locate;
use crate::story::{parse_story, Problem};

const USAGE: &str = "\
trade-timeline: check and describe trade-timeline stories

Usage:
  trade-timeline check <story.json>...   list every problem as file:line:column: path: message
  trade-timeline render <story.json> [--width <px>]
                                         write the story as static HTML (every event, the data
                                         tables, the chart as SVG) to paste inside <trade-timeline>
                                         as the fallback readers see without JavaScript or WebAssembly
  trade-timeline import --events events.csv --series series.csv [--targets targets.csv]
                 [--sources sources.csv] --title <title> --updated 2025-08-23 [--lang fr]
                 [--subtitle <text>] [--notes <text>] > story.json
                                         build a story from spreadsheet exports (templates in
                                         www/templates/); problems as file:row N: column: message
  trade-timeline schema                  print the story format's JSON Schema
  trade-timeline --help | --version

Exit status: 0 when every story is valid, 1 when one has problems, 2 on usage or file errors.
";

/// Runs the command line; returns the process exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let result = match args.first().map(String::as_str) {
        Some("check") if args.len() > 1 => check(&args[1..], out, err),
        Some("import") => import(&args[1..], out, err),
        Some("render") => match render_args(&args[1..]) {
            Some((file, width)) => render(file, width, out, err),
            None => err.write_all(USAGE.as_bytes()).map(|_| 2),
        },
        Some("schema") if args.len() == 1 => {
            out.write_all(crate::story::schema::story_schema_json().as_bytes()).map(|_| 0)
        }
        Some("--help" | "-h" | "help") => out.write_all(USAGE.as_bytes()).map(|_| 0),
        Some("--version" | "-V") => writeln!(out, "trade-timeline {}", env!("CARGO_PKG_VERSION")).map(|_| 0),
        _ => err.write_all(USAGE.as_bytes()).map(|_| 2),
    };
    result.unwrap_or(2)
}

fn check(files: &[String], out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let mut status = 0;
    for file in files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(error) => {
                writeln!(err, "{file}: cannot read: {error}")?;
                status = 2;
                continue;
            }
        };
        match parse_story(&text) {
            Ok(story) => {
                writeln!(
                    out,
                    "{file}: valid: {} events, {} series, {} targets, {} sources",
                    story.events.len(),
                    story.series.len(),
                    story.targets.len(),
                    story.sources.len()
                )?;
                // Valid, so the exit status stays 0: a warning says what may mislead.
                for warning in crate::story::advice::warnings(&story) {
                    writeln!(out, "warning: {}", format_problem(file, &text, &warning))?;
                }
            }
            Err(problems) => {
                for problem in &problems {
                    writeln!(out, "{}", format_problem(file, &text, problem))?;
                }
                let count = problems.len();
                writeln!(err, "{file}: {count} problem{}", if count == 1 { "" } else { "s" })?;
                status = status.max(1);
            }
        }
    }
    Ok(status)
}

fn import(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let mut options = std::collections::BTreeMap::new();
    for pair in args.chunks(2) {
        match pair {
            [name, value] if name.starts_with("--") => {
                options.insert(name.trim_start_matches("--").to_owned(), value.clone());
            }
            _ => {
                writeln!(err, "import: options come in pairs, like --events events.csv")?;
                return Ok(2);
            }
        }
    }
    const KNOWN: [&str; 9] =
        ["events", "series", "targets", "sources", "title", "updated", "lang", "subtitle", "notes"];
    if let Some(unknown) = options.keys().find(|k| !KNOWN.contains(&k.as_str())) {
        let hint = crate::story::suggest::closest(unknown, KNOWN)
            .map(|k| format!("; did you mean --{k}?"))
            .unwrap_or_default();
        writeln!(err, "import: --{unknown} is not an option{hint}")?;
        return Ok(2);
    }
    let mut texts = Vec::new();
    for key in ["events", "series", "targets", "sources"] {
        if let Some(file) = options.get(key) {
            match std::fs::read_to_string(file) {
                Ok(text) => texts.push((key, file.clone(), text)),
                Err(error) => {
                    writeln!(err, "{file}: cannot read: {error}")?;
                    return Ok(2);
                }
            }
        }
    }
    if texts.is_empty() {
        writeln!(err, "import: give --events, --series or both (templates in www/templates/)")?;
        return Ok(2);
    }
    let file =
        |key: &str| texts.iter().find(|(k, _, _)| *k == key).map(|(_, name, text)| (name.as_str(), text.as_str()));
    let files = crate::import::Files {
        events: file("events"),
        series: file("series"),
        targets: file("targets"),
        sources: file("sources"),
    };
    let option = |key: &str| options.get(key).cloned();
    let meta = crate::import::Meta {
        lang: option("lang").unwrap_or_else(|| "fr".to_owned()),
        title: option("title").unwrap_or_default(),
        subtitle: option("subtitle"),
        updated: option("updated").unwrap_or_default(),
        notes: option("notes"),
    };
    match crate::import::import(&meta, &files) {
        Ok(story) => {
            writeln!(out, "{story}")?;
            Ok(0)
        }
        Err(problems) => {
            for problem in &problems {
                writeln!(err, "{problem}")?;
            }
            Ok(1)
        }
    }
}

/// The story file and chart width of `render`'s arguments.
fn render_args(args: &[String]) -> Option<(&str, f64)> {
    match args {
        [file] => Some((file, 720.0)),
        [file, flag, width] | [flag, width, file] if flag == "--width" => {
            let width: u32 = width.parse().ok()?;
            (320..=4000).contains(&width).then_some((file.as_str(), f64::from(width)))
        }
        _ => None,
    }
}

fn render(file: &str, width: f64, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(error) => {
            writeln!(err, "{file}: cannot read: {error}")?;
            return Ok(2);
        }
    };
    match parse_story(&text) {
        Ok(story) => {
            let icu = Icu::default();
            let words = Words::new(ui_text(&story.lang), &icu);
            let style = stylesheet_style(STYLESHEET, ":host", FONT_FAMILY);
            out.write_all(crate::export::html::fallback_html(&story, &words, &style, width).as_bytes())?;
            Ok(0)
        }
        Err(problems) => {
            for problem in &problems {
                writeln!(err, "{}", format_problem(file, &text, problem))?;
            }
            Ok(1)
        }
    }
}

/// `file:line:column: path: message`, the form editors and CI logs link.
pub fn format_problem(file: &str, text: &str, problem: &Problem) -> String {
    let (line, column) = problem.position.or_else(|| locate(text, &problem.path)).unwrap_or((1, 1));
    let name = |item: &crate::story::JsonPath| match locate(text, item) {
        Some((line, _)) => format!("{item} (line {line})"),
        None => item.to_string(),
    };
    format!("{file}:{line}:{column}: {}: {}", problem.path, problem.text(&name))
}
