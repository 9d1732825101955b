//! The journalist's command line: check a story, build one from CSV files,
//! render its fallback HTML, print the schema.
//!
//! `run` takes the arguments and two writers and returns the exit code, so
//! tests drive it without a process; `main.rs` only wires it to the real
//! ones. Arguments are parsed by clap (every command has `--help`); exit
//! codes: 0 valid, 1 problems found, 2 usage or file errors. `check` writes
//! problems as text lines, one JSON array of records (`story::record`), or
//! GitHub Actions annotations.

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

use clap::error::ErrorKind;
use clap::{Parser, Subcommand, ValueEnum};

use crate::story::record::{Record, Severity};
use crate::story::{parse_story, Problem};

/// Check, build and render trade-timeline stories.
#[derive(Debug, Parser)]
#[command(
    name = "trade-timeline",
    version,
    after_help = "Exit status: 0 when every story is valid, 1 when one has problems, 2 on usage or file errors."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List every problem (and warning) in stories, located in their files
    Check {
        /// The story files
        #[arg(required = true, value_name = "STORY.json")]
        files: Vec<String>,
        /// text: file:line:column: path: message; json: one array of
        /// problem objects; github: annotations for GitHub Actions
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Write a story as static HTML (every event, the data tables, the chart
    /// as SVG) to paste inside <trade-timeline>, as the fallback readers see
    /// without JavaScript or WebAssembly
    Render {
        /// The story file
        #[arg(value_name = "STORY.json")]
        file: String,
        /// The chart's width in pixels
        #[arg(long, default_value_t = 720, value_parser = clap::value_parser!(u32).range(320..=4000))]
        width: u32,
    },
    /// Build a story from spreadsheet exports (templates in www/templates/),
    /// written to standard output; problems as file:row N: column: message
    Import(Box<ImportArgs>),
    /// Print the story format's JSON Schema
    Schema,
}

#[derive(Debug, clap::Args)]
struct ImportArgs {
    /// The events' CSV file
    #[arg(long, value_name = "events.csv")]
    events: Option<String>,
    /// The series' CSV file (one row per figure)
    #[arg(long, value_name = "series.csv")]
    series: Option<String>,
    /// The targets' CSV file
    #[arg(long, value_name = "targets.csv")]
    targets: Option<String>,
    /// The sources' CSV file
    #[arg(long, value_name = "sources.csv")]
    sources: Option<String>,
    /// The chart's panels, one per unit (order, label, share of the height)
    #[arg(long, value_name = "panels.csv")]
    panels: Option<String>,
    /// The story's title
    #[arg(long, default_value = "")]
    title: String,
    /// When it was last updated (2025-08-23)
    #[arg(long, default_value = "")]
    updated: String,
    /// Its language (a BCP 47 tag)
    #[arg(long, default_value = "fr")]
    lang: String,
    /// Its subtitle
    #[arg(long)]
    subtitle: Option<String>,
    /// Its notes for readers
    #[arg(long)]
    notes: Option<String>,
}

/// How `check` writes what it finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
    Github,
}

/// Runs the command line; returns the process exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let cli = match Cli::try_parse_from(std::iter::once("trade-timeline").chain(args.iter().map(String::as_str))) {
        Ok(cli) => cli,
        // --help and --version on standard output with status 0; a mistake
        // on standard error with status 2, as clap words it.
        Err(error) => {
            let shown = error.render().to_string();
            return match error.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => out.write_all(shown.as_bytes()).map_or(2, |_| 0),
                _ => {
                    let _ = err.write_all(shown.as_bytes());
                    2
                }
            };
        }
    };
    let result = match cli.command {
        Command::Check { files, format } => check(&files, format, out, err),
        Command::Import(args) => import(*args, out, err),
        Command::Render { file, width } => render(&file, f64::from(width), out, err),
        Command::Schema => out.write_all(crate::story::schema::story_schema_json().as_bytes()).map(|_| 0),
    };
    result.unwrap_or(2)
}

fn check(files: &[String], format: Format, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let mut status = 0;
    let mut records = Vec::new();
    for file in files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(error) => {
                writeln!(err, "{file}: cannot read: {error}")?;
                status = 2;
                continue;
            }
        };
        let found = match parse_story(&text) {
            Ok(story) => {
                if format == Format::Text {
                    writeln!(
                        out,
                        "{file}: valid: {} events, {} series, {} targets, {} sources",
                        story.events.len(),
                        story.series.len(),
                        story.targets.len(),
                        story.sources.len()
                    )?;
                }
                // Valid, so the exit status stays 0: a warning says what may mislead.
                crate::story::advice::warnings(&story)
            }
            Err(problems) => {
                let count = problems.len();
                writeln!(err, "{file}: {count} problem{}", if count == 1 { "" } else { "s" })?;
                status = status.max(1);
                problems
            }
        };
        for problem in &found {
            let record = Record { file: Some(file.clone()), ..record(file, &text, problem) };
            match format {
                Format::Text => writeln!(out, "{}", record.text)?,
                Format::Github => writeln!(out, "{}", annotation(&record))?,
                Format::Json => records.push(record),
            }
        }
    }
    if format == Format::Json {
        let json = serde_json::to_string_pretty(&records).map_err(std::io::Error::other)?;
        writeln!(out, "{json}")?;
    }
    Ok(status)
}

/// `problem` in `file` as a record, its text as `format_problem` writes it.
fn record(file: &str, text: &str, problem: &Problem) -> Record {
    Record::new(problem, Some(text), |problem, message, position| {
        let (line, column) = position.unwrap_or((1, 1));
        let warning = if problem.kind.severity() == Severity::Warning { "warning: " } else { "" };
        format!("{warning}{file}:{line}:{column}: {}: {message}", problem.path)
    })
}

/// A GitHub Actions annotation (`::error file=…,line=…,col=…::message`),
/// escaped as the runner reads it.
fn annotation(record: &Record) -> String {
    let data = |text: &str| text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    let property = |text: &str| data(text).replace(':', "%3A").replace(',', "%2C");
    let level = match record.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let file = record.file.as_deref().map(|f| format!("file={}", property(f))).unwrap_or_default();
    let (line, column) = (record.line.unwrap_or(1), record.column.unwrap_or(1));
    let path = if record.path.is_empty() { "(the story)" } else { &record.path };
    format!("::{level} {file},line={line},col={column}::{}", data(&format!("{path}: {}", record.message)))
}

fn import(args: ImportArgs, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<i32> {
    let options: std::collections::BTreeMap<&str, &String> = [
        ("events", args.events.as_ref()),
        ("series", args.series.as_ref()),
        ("targets", args.targets.as_ref()),
        ("sources", args.sources.as_ref()),
        ("panels", args.panels.as_ref()),
    ]
    .into_iter()
    .filter_map(|(key, file)| Some((key, file?)))
    .collect();
    let mut texts = Vec::new();
    for key in ["events", "series", "targets", "sources", "panels"] {
        if let Some(file) = options.get(key) {
            match std::fs::read_to_string(file) {
                Ok(text) => texts.push((key, (*file).clone(), text)),
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
        panels: file("panels"),
    };
    let meta = crate::import::Meta {
        lang: args.lang,
        title: args.title,
        subtitle: args.subtitle,
        updated: args.updated,
        notes: args.notes,
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
    record(file, text, problem).text
}
