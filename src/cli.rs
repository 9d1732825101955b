//! The journalist's command line: check a story, print the schema.
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
  trade-timeline schema                  print the story format's JSON Schema
  trade-timeline --help | --version

Exit status: 0 when every story is valid, 1 when one has problems, 2 on usage or file errors.
";

/// Runs the command line; returns the process exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let result = match args.first().map(String::as_str) {
        Some("check") if args.len() > 1 => check(&args[1..], out, err),
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

/// `file:line:column: path: message`, the form editors and CI logs link.
pub fn format_problem(file: &str, text: &str, problem: &Problem) -> String {
    let (line, column) = problem.position.or_else(|| locate(text, &problem.path)).unwrap_or((1, 1));
    format!("{file}:{line}:{column}: {}: {}", problem.path, problem.message)
}
