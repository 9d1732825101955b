//! The trade data as CSV (RFC 4180), one row per figure, with its status and
//! its sources by name and URL, for a reader to check or re-chart.
//!
//! Values are written with Rust's `Display` (a dot, every digit), which any
//! spreadsheet reads; periods as the story format writes them. The quoting is
//! ten lines here: a CSV crate would add size to the wasm for it.

use crate::story::{Status, Story};

/// The columns, in order.
pub const COLUMNS: [&str; 10] =
    ["series", "label", "unit", "period", "value", "status", "method", "note", "sources", "source_urls"];

/// Every figure of every series, in the story's order, under a header row;
/// lines end with CRLF.
pub fn data_csv(story: &Story) -> String {
    let mut out = String::new();
    push_row(&mut out, COLUMNS.iter().map(|c| c.to_string()));
    for series in &story.series {
        for point in &series.points {
            let status = point.status.name();
            let method = match &point.status {
                Status::Derived { method } => method.as_str(),
                _ => "",
            };
            let sources = point.sources.iter().map(|r| &story.sources[r.0]);
            let names: Vec<&str> = sources.clone().map(|s| s.name.as_str()).collect();
            let urls: Vec<&str> = sources.filter_map(|s| s.url.as_deref()).collect();
            push_row(
                &mut out,
                [
                    series.id.clone(),
                    series.label.clone(),
                    series.unit.clone(),
                    point.period.to_string(),
                    point.value.to_string(),
                    status.to_owned(),
                    method.to_owned(),
                    point.note.clone().unwrap_or_default(),
                    names.join("; "),
                    urls.join(" "),
                ]
                .into_iter(),
            );
        }
    }
    out
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}
