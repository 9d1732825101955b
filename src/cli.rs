//! The journalist's command line: check a story, render its fallback HTML,
//! print the schema.
//!
//! `run` takes the arguments and two writers and returns the exit code, so
//! tests drive it without a process; `main.rs` only wires it to the real
//! ones. Exit codes: 0 valid, 1 problems found, 2 usage or file errors.

use std::io::Write;

use crate::json_position::locate;
use crate::story::{parse_story, Problem};

const USAGE: &str = "\
trade-timeline: check and describe trade-timeline stories

Usage:
  trade-timeline check <story.json>...   list every problem as file:line:column: path: message
  trade-timeline render <story.json> [--width <px>]
                                         write the story as static HTML (every event, the data
                                         tables, the chart as SVG) to paste inside <trade-timeline>
                                         as the fallback readers see without JavaScript or WebAssembly
  trade-timeline schema                  print the story format's JSON Schema
  trade-timeline --help | --version

Exit status: 0 when every story is valid, 1 when one has problems, 2 on usage or file errors.
";

/// Runs the command line; returns the process exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let result = match args.first().map(String::as_str) {
        Some("check") if args.len() > 1 => check(&args[1..], out, err),
        Some("render") => match render_args(&args[1..]) {
            Some((file, width)) => render(file, width, out, err),
            None => err.write_all(USAGE.as_bytes()).map(|_| 2),
        },
        Some("schema") if args.len() == 1 => out.write_all(crate::schema::story_schema_json().as_bytes()).map(|_| 0),
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
            Ok(story) => writeln!(
                out,
                "{file}: valid: {} events, {} series, {} targets, {} sources",
                story.events.len(),
                story.series.len(),
                story.targets.len(),
                story.sources.len()
            )?,
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
            let words = crate::wording::IcuWording::new(&story.lang);
            out.write_all(crate::export::html::fallback_html(&story, &words, width).as_bytes())?;
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
    format!("{file}:{line}:{column}: {}: {}", problem.path, problem.message)
}
