//! Problems as programs receive them: one flat record per problem, the same
//! in the command line's `--format json` and in the widget's
//! `trade-timeline:error` and `trade-timeline:ready` events, so that a CMS
//! preview or a CI step can put each problem next to its field.
//!
//! A record carries what a [`Problem`] says, placed in the text it was read
//! from (line and column, when there is a text), its kind as a stable
//! snake_case word, whether it is an error or a warning, and the line a
//! person reads (`text`), as the command line or the widget prints it.

use serde::Serialize;

use super::json_position::locate;
use super::{JsonPath, Problem, ProblemKind};

/// Whether a story with this problem is still shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The story is not shown.
    Error,
    /// The story is shown, but may mislead a reader.
    Warning,
}

impl ProblemKind {
    /// Whether a story with this problem is still shown.
    pub fn severity(self) -> Severity {
        match self {
            ProblemKind::MixedPeriods | ProblemKind::UnsignedNegative => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// One problem, for programs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    /// The file it is in (the command line only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The JSON path of the value at fault (`events[3].date`); `""` for the whole story.
    pub path: String,
    /// The line (from 1) in the story's text, when there is one.
    pub line: Option<usize>,
    /// The column (from 1) in that line.
    pub column: Option<usize>,
    /// Why, and how to fix it (with the other items at fault, if any).
    pub message: String,
    /// What kind of problem, as a stable word (`unknown_reference`).
    pub kind: ProblemKind,
    /// Error or warning.
    pub severity: Severity,
    /// The line a person reads, as printed.
    pub text: String,
}

impl Record {
    /// `problem` placed in `text` (the story as written, when there is one);
    /// `said` writes the line a person reads from the message and position.
    pub fn new(
        problem: &Problem,
        text: Option<&str>,
        said: impl Fn(&Problem, &str, Option<(usize, usize)>) -> String,
    ) -> Record {
        let position = text.and_then(|text| problem.position.or_else(|| locate(text, &problem.path)));
        // The other items at fault are named by their line, where there is a text.
        let name = |item: &JsonPath| match text.and_then(|text| locate(text, item)) {
            Some((line, _)) => format!("{item} (line {line})"),
            None => item.to_string(),
        };
        let message = problem.text(&name);
        Record {
            file: None,
            path: problem.path.to_string(),
            line: position.map(|p| p.0),
            column: position.map(|p| p.1),
            text: said(problem, &message, position),
            message,
            kind: problem.kind,
            severity: problem.kind.severity(),
        }
    }
}

/// What a story's full reading tells the people who publish: every problem
/// of a story that is not shown, or every warning of one that is, as
/// records placed in `text`. A story given as an object (`from_object`) has
/// no text to place them in: its records name paths only. Each record's
/// line for people is prefixed by its place in the interface's words:
/// `words` is ("line", "column", the colon after a label).
#[derive(Debug, Default, Serialize)]
pub struct Report {
    /// Why the story is not shown (empty when it is).
    pub problems: Vec<Record>,
    /// What may mislead readers of a story that is shown.
    pub warnings: Vec<Record>,
}

impl Report {
    /// Reads `text` with every word of the full reading (`parse_story`,
    /// `advice::warnings`).
    pub fn of(text: &str, from_object: bool, (line, column, colon): (&str, &str, &str)) -> Report {
        let placed = (!from_object).then_some(text);
        let said = |problem: &Problem, message: &str, position: Option<(usize, usize)>| match position {
            Some((l, c)) => format!("{line} {l}, {column} {c}{colon} {}: {message}", problem.path),
            None => format!("{}: {message}", problem.path),
        };
        let records = |problems: &[Problem]| problems.iter().map(|p| Record::new(p, placed, said)).collect();
        match super::parse_story(text) {
            Ok(story) => Report { problems: Vec::new(), warnings: records(&super::advice::warnings(&story)) },
            Err(problems) => Report { problems: records(&problems), warnings: Vec::new() },
        }
    }
}
