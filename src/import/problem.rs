//! A problem of an import, where the journalist typed it: the file, its row
//! and column (or the option, for the story's own fields), and, for what
//! validation found, the JSON path in the story built and the problem's
//! kind. `text` is the line the command line prints
//! (`events.csv:row 7: date: "2023-13" has no month 13; …`); the workshop
//! receives the whole record.

use std::fmt;

use serde::Serialize;

use crate::story::ProblemKind;

/// One problem of an import.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportProblem {
    /// The CSV file, or `None` for the story's own fields and the story as a whole.
    pub file: Option<String>,
    /// The row in that file (the column names are row 1).
    pub row: Option<usize>,
    /// The column (`date`), or the option for the story's own fields (`--title`).
    pub column: Option<String>,
    /// Where validation found it in the story built (`events[5].date`).
    pub path: Option<String>,
    /// Why, and how to fix it.
    pub message: String,
    /// What kind of problem, for what validation found (`impossible_date`).
    pub kind: Option<ProblemKind>,
    /// The line a person reads.
    pub text: String,
}

impl ImportProblem {
    /// A problem with a file as a whole, or at one of its rows.
    pub fn in_file(file: &str, row: Option<usize>, column: Option<&str>, message: String) -> ImportProblem {
        let at = match (row, column) {
            (Some(row), Some(column)) => format!("{file}:row {row}: {column}: "),
            (Some(row), None) => format!("{file}:row {row}: "),
            (None, _) => format!("{file}: "),
        };
        ImportProblem {
            file: Some(file.to_owned()),
            row,
            column: column.map(str::to_owned),
            path: None,
            text: format!("{at}{message}"),
            message,
            kind: None,
        }
    }
}

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}
