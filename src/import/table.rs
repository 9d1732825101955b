//! One CSV file as a spreadsheet exports it, read into rows of text.
//!
//! Spreadsheet quirks are handled here and nowhere else: a UTF-8 byte-order
//! mark (the `csv` crate drops it), `;` or tab separators (French Excel
//! writes `;`; the header line decides), quoted cells with line breaks,
//! rows shorter than the header, and blank rows. Rows keep their number as
//! the spreadsheet shows it (the header is row 1), so problems point there.

use super::problem::ImportProblem;

/// A CSV file's header and rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The file's name, as problems cite it ("events.csv").
    pub name: String,
    /// Column names, trimmed and lowercased.
    pub columns: Vec<String>,
    /// Rows with at least one non-blank cell.
    pub rows: Vec<Row>,
}

/// One row of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The spreadsheet's row number (the header is row 1).
    pub number: usize,
    /// The cells, trimmed, one per column.
    pub cells: Vec<String>,
}

impl Table {
    /// Reads `text`, named `name` in problems.
    pub fn read(name: &str, text: &str) -> Result<Table, Box<ImportProblem>> {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(separator(text))
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut records = reader.records();
        let columns: Vec<String> = match records.next() {
            Some(Ok(header)) => header.iter().map(|c| c.trim().to_lowercase()).collect(),
            Some(Err(error)) => return Err(Box::new(ImportProblem::in_file(name, Some(1), None, error.to_string()))),
            None => {
                let message = "the file is empty; its first row names the columns".to_owned();
                return Err(Box::new(ImportProblem::in_file(name, None, None, message)));
            }
        };
        let mut rows = Vec::new();
        for (index, record) in records.enumerate() {
            let number = index + 2;
            let record = record
                .map_err(|error| Box::new(ImportProblem::in_file(name, Some(number), None, error.to_string())))?;
            let mut cells: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
            if cells.iter().all(String::is_empty) {
                continue;
            }
            if cells.len() > columns.len() && cells[columns.len()..].iter().any(|c| !c.is_empty()) {
                let message = format!(
                    "{} cells but {} columns; a cell holding the separator must be quoted",
                    cells.len(),
                    columns.len()
                );
                return Err(Box::new(ImportProblem::in_file(name, Some(number), None, message)));
            }
            cells.resize(columns.len(), String::new());
            rows.push(Row { number, cells });
        }
        Ok(Table { name: name.to_owned(), columns, rows })
    }

    /// The cell of `column` in `row`, empty when the table has no such column.
    pub fn cell<'a>(&self, row: &'a Row, column: &str) -> &'a str {
        self.columns.iter().position(|c| c == column).map_or("", |i| row.cells[i].as_str())
    }
}

/// The separator the header line uses most: `;`, tab or `,` (the default).
fn separator(text: &str) -> u8 {
    let header = text.trim_start_matches('\u{feff}').lines().next().unwrap_or("");
    let count = |c: char| header.matches(c).count();
    [(b';', count(';')), (b'\t', count('\t')), (b',', count(','))]
        .into_iter()
        .max_by_key(|&(separator, n)| (n, separator == b','))
        .map_or(b',', |(separator, _)| separator)
}

/// A number as a spreadsheet may write it: "43,8" (decimal comma), "1 234,5"
/// or "1,234.5" (grouped), "−3" (a typographic minus). `None` when it is not one.
pub fn number(text: &str) -> Option<f64> {
    let mut plain: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    if plain.contains('.') {
        plain = plain.replace(',', "");
    } else if plain.matches(',').count() == 1 {
        plain = plain.replace(',', ".");
    }
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The ids in a cell: separated by commas, semicolons, spaces or line breaks.
pub fn ids(text: &str) -> Vec<String> {
    text.split([',', ';', ' ', '\n', '\r', '\t', '|']).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}
