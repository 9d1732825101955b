//! From a spreadsheet to a story: `events.csv`, `series.csv`, `targets.csv`,
//! `sources.csv` and `panels.csv` (the templates in `www/templates/`) become
//! the story's JSON, checked by the same validation as any story.
//!
//! Each file has one row per object and the story format's field names as
//! columns; `series.csv` has one row per figure, the series' label, unit
//! and `series_sources` (the sources of the series as a whole) written on
//! its first row, and a figure's own sources, if any, in `sources`. A problem validation finds is reported where
//! the journalist typed it: `events.csv:row 7: date: "2023-13" has no
//! month 13; …`. The story's own fields (title, language, …) come from the
//! caller ([`Meta`]), and problems with them are named by their option.

pub mod problem;
pub mod table;

use serde_json::{json, Map, Value};

use crate::story::raw::{RawEvent, RawPanel, RawPoint, RawSeries, RawSource, RawTarget};
use crate::story::suggest::closest;
use crate::story::{parse_story, JsonPath};
pub use problem::ImportProblem;
use table::{ids, number, Row, Table};

/// The story's own fields, which no CSV holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    /// BCP 47 language of the story's text.
    pub lang: String,
    /// The title.
    pub title: String,
    /// A line under the title.
    pub subtitle: Option<String>,
    /// The date the data is as of.
    pub updated: String,
    /// A note for readers.
    pub notes: Option<String>,
}

/// The CSV files, as (file name, text); any may be missing.
#[derive(Debug, Clone, Default)]
pub struct Files<'a> {
    /// One row per event.
    pub events: Option<(&'a str, &'a str)>,
    /// One row per figure.
    pub series: Option<(&'a str, &'a str)>,
    /// One row per target.
    pub targets: Option<(&'a str, &'a str)>,
    /// One row per source.
    pub sources: Option<(&'a str, &'a str)>,
    /// One row per panel of the chart (its unit, label and share), when the
    /// series count in several units and the journalist orders them.
    pub panels: Option<(&'a str, &'a str)>,
}

/// The column of `series.csv` that holds a series' id (a row's own columns
/// are a figure's fields).
const SERIES_ID: &str = "series";
/// The column of `series.csv` that holds a series' sources.
const SERIES_SOURCES: &str = "series_sources";

/// The columns each file may have, by the file's role: events, series,
/// targets, sources, panels.
pub fn columns() -> [(&'static str, Vec<&'static str>); 5] {
    [
        ("events", RawEvent::FIELDS.to_vec()),
        ("series", series_columns()),
        ("targets", RawTarget::FIELDS.to_vec()),
        ("sources", RawSource::FIELDS.to_vec()),
        ("panels", RawPanel::FIELDS.to_vec()),
    ]
}

/// `series.csv`'s columns: a series' fields (its id and sources under their
/// own names, its points one per row), then a figure's, all from the format.
fn series_columns() -> Vec<&'static str> {
    let series = RawSeries::FIELDS.iter().filter(|f| **f != "points").map(|&f| match f {
        "id" => SERIES_ID,
        "sources" => SERIES_SOURCES,
        other => other,
    });
    series.chain(RawPoint::FIELDS.iter().copied()).collect()
}

/// The story's JSON text (pretty-printed), or every problem, located by
/// file and row.
pub fn import(meta: &Meta, files: &Files) -> Result<String, Vec<ImportProblem>> {
    let mut problems = Vec::new();
    let mut read = |file: Option<(&str, &str)>, columns: &[&str]| -> Option<Table> {
        let (name, text) = file?;
        match Table::read(name, text) {
            Ok(table) => {
                problems.extend(unknown_columns(&table, columns));
                Some(table)
            }
            Err(problem) => {
                problems.push(*problem);
                None
            }
        }
    };
    // Each file's columns are the fields of its object in the format.
    let events = read(files.events, RawEvent::FIELDS);
    let series = read(files.series, &series_columns());
    let targets = read(files.targets, RawTarget::FIELDS);
    let sources = read(files.sources, RawSource::FIELDS);
    let panels = read(files.panels, RawPanel::FIELDS);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut rows = Rows::default();
    let mut story = Map::new();
    story.insert("version".into(), json!(1));
    // Left out when empty, so validation says "is missing" for the required ones.
    let fields = [
        ("lang", Some(&meta.lang)),
        ("title", Some(&meta.title)),
        ("subtitle", meta.subtitle.as_ref()),
        ("updated", Some(&meta.updated)),
        ("notes", meta.notes.as_ref()),
    ];
    for (key, value) in fields {
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            story.insert(key.into(), json!(value));
        }
    }
    story.insert("sources".into(), objects(sources.as_ref(), "sources", &mut rows, &[], &[]));
    story.insert("events".into(), objects(events.as_ref(), "events", &mut rows, &["sources"], &[]));
    story.insert("series".into(), series_objects(series.as_ref(), &mut rows));
    story.insert("targets".into(), objects(targets.as_ref(), "targets", &mut rows, &["sources"], &["value"]));
    // Left out without the file: one panel per unit, in the series' order.
    if panels.is_some() {
        story.insert("panels".into(), objects(panels.as_ref(), "panels", &mut rows, &[], &["share"]));
    }
    let text = serde_json::to_string_pretty(&Value::Object(story)).expect("a JSON value prints");
    match parse_story(&text) {
        Ok(_) => Ok(text),
        Err(found) => Err(found
            .iter()
            .map(|p| ImportProblem {
                path: Some(p.path.to_string()),
                kind: Some(p.kind),
                ..rows.locate(&p.path.to_string(), p.text(&|item| rows.name(item)))
            })
            .collect()),
    }
}

/// Columns no field has, with the nearest one that does.
fn unknown_columns(table: &Table, known: &[&str]) -> Vec<ImportProblem> {
    table
        .columns
        .iter()
        .filter(|c| !c.is_empty() && !known.contains(&c.as_str()))
        .map(|c| {
            let hint = match closest(c, known.iter().copied()) {
                Some(near) => format!("; did you mean \"{near}\"?"),
                None => format!("; the columns are {}", known.join(", ")),
            };
            ImportProblem::in_file(&table.name, Some(1), None, format!("\"{c}\" is not a column{hint}"))
        })
        .collect()
}

/// Where each object of the story came from: (JSON path, file, row).
#[derive(Default)]
struct Rows(Vec<(String, String, usize)>);

impl Rows {
    fn add(&mut self, path: String, table: &Table, row: &Row) {
        self.0.push((path, table.name.clone(), row.number));
    }

    /// "events.csv row 7" for the item at `item` ("events[5]"), as it was
    /// typed.
    fn name(&self, item: &JsonPath) -> String {
        let item = item.to_string();
        match self.0.iter().find(|(prefix, _, _)| *prefix == item) {
            Some((_, file, row)) => format!("{file} row {row}"),
            None => item,
        }
    }

    /// The problem `message` at `path` ("events[5].date"), where it was
    /// typed ("events.csv:row 7: date: message"); the story's own fields
    /// are named as options.
    fn locate(&self, path: &str, message: String) -> ImportProblem {
        let found = self
            .0
            .iter()
            .filter(|(prefix, _, _)| {
                path == prefix || path.starts_with(&format!("{prefix}.")) || path.starts_with(&format!("{prefix}["))
            })
            .max_by_key(|(prefix, _, _)| prefix.len());
        match found {
            Some((prefix, file, row)) => {
                let rest = path[prefix.len()..].trim_start_matches('.');
                let column = match rest.split(['.', '[']).next().unwrap_or("") {
                    "" => None,
                    // The series' id and own sources have columns of their own.
                    c @ ("id" | "sources") if prefix.starts_with("series[") && !prefix.contains("points") => {
                        Some(if c == "id" { SERIES_ID } else { SERIES_SOURCES })
                    }
                    other => Some(other),
                };
                ImportProblem::in_file(file, Some(*row), column, message)
            }
            None => {
                let option =
                    ["lang", "title", "subtitle", "updated", "notes"].contains(&path).then(|| format!("--{path}"));
                let text = format!("{}: {message}", option.as_deref().unwrap_or(path));
                ImportProblem { file: None, row: None, column: option, path: None, message, kind: None, text }
            }
        }
    }
}

/// One JSON object per row of `table`, under `key`: empty cells are left
/// out, `lists` are split into ids and `numbers` read as numbers.
fn objects(table: Option<&Table>, key: &str, rows: &mut Rows, lists: &[&str], numbers: &[&str]) -> Value {
    let Some(table) = table else { return json!([]) };
    let objects = table
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            rows.add(format!("{key}[{i}]"), table, row);
            let mut object = Map::new();
            for (column, cell) in table.columns.iter().zip(&row.cells) {
                if cell.is_empty() || column.is_empty() {
                    continue;
                }
                let value = if lists.contains(&column.as_str()) {
                    json!(ids(cell))
                } else if numbers.contains(&column.as_str()) {
                    number(cell).map_or_else(|| json!(cell), |n| json!(n))
                } else {
                    json!(cell)
                };
                object.insert(column.clone(), value);
            }
            Value::Object(object)
        })
        .collect();
    Value::Array(objects)
}

/// The series of `series.csv`, in the order they first appear, each with its
/// figures; label, unit, short unit, signed and `series_sources` come from its first
/// row, and a figure's `sources` are its own.
fn series_objects(table: Option<&Table>, rows: &mut Rows) -> Value {
    let Some(table) = table else { return json!([]) };
    let mut order: Vec<String> = Vec::new();
    let mut all: Vec<(Map<String, Value>, Vec<Value>)> = Vec::new();
    for row in &table.rows {
        let id = table.cell(row, SERIES_ID);
        let s = match order.iter().position(|o| o == id) {
            Some(s) => s,
            None => {
                order.push(id.to_owned());
                rows.add(format!("series[{}]", all.len()), table, row);
                let mut series = Map::new();
                series.insert("id".into(), json!(id));
                for column in ["label", "unit", "short_unit"] {
                    let cell = table.cell(row, column);
                    if !cell.is_empty() {
                        series.insert(column.into(), json!(cell));
                    }
                }
                match table.cell(row, "signed").to_lowercase().as_str() {
                    "" => {}
                    "true" | "yes" | "oui" | "1" | "x" => {
                        series.insert("signed".into(), json!(true));
                    }
                    _ => {
                        series.insert("signed".into(), json!(false));
                    }
                }
                series.insert("sources".into(), json!(ids(table.cell(row, SERIES_SOURCES))));
                all.push((series, Vec::new()));
                all.len() - 1
            }
        };
        let points = &mut all[s].1;
        rows.add(format!("series[{s}].points[{}]", points.len()), table, row);
        let mut point = Map::new();
        point.insert("period".into(), json!(table.cell(row, "period")));
        let value = table.cell(row, "value");
        point.insert("value".into(), number(value).map_or_else(|| json!(value), |n| json!(n)));
        for column in ["status", "method", "note"] {
            let cell = table.cell(row, column);
            if !cell.is_empty() {
                point.insert(column.into(), json!(cell));
            }
        }
        let own = ids(table.cell(row, "sources"));
        if !own.is_empty() {
            point.insert("sources".into(), json!(own));
        }
        points.push(Value::Object(point));
    }
    Value::Array(
        all.into_iter()
            .map(|(mut series, points)| {
                series.insert("points".into(), Value::Array(points));
                Value::Object(series)
            })
            .collect(),
    )
}
