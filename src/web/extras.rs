//! The second wasm module (`--features extras`): what a first view does
//! without. The loader fetches it once per page (`web/mod.rs` says when);
//! the loader calls `checkStory`, the widget the rest through `later.rs`,
//! with the story's JSON text and the interface language, and it reads the
//! story again with the same core, worded (a story that does not read gives
//! nothing to the widget's calls).
//!
//! - `chartSvg`: the chart as SVG, drawn by the same code as the screen
//!   (`draw::draw_chart`) with the screen canvas's theme colours, for the
//!   window and selection the reader is looking at.
//! - `dataCsv`: the data as CSV with its sources.
//! - `printVersion` and `dataTables`: the printed version (every event,
//!   then every figure) and the data tables behind "view the data", built
//!   into the element the widget hands over from the core's static tree
//!   (`export::static_story`, `static_dom.rs`).
//! - `checkStory`: the full reading's words (`story::record::Report`): why
//!   a story the first module refused is not shown, or what may mislead in
//!   one it shows with warnings, as records for the loader's events and the
//!   console, and the lines `preview` lists.

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlCanvasElement};

use super::intl::words;
use super::static_dom::append_all;
use super::theme::chart_style;
use crate::draw::Highlight;
use crate::export::csv::data_csv;
use crate::export::static_story::{data_tables, event_list, events_table};
use crate::export::svg::chart_svg;
use crate::geometry::chart::Frame;
use crate::story::parse_story;
use crate::story::record::Report;
use crate::words::ui_text::ui_text;

/// `{ problems, warnings }` for `story`, arrays of plain objects `{ path,
/// line, column, message, kind, severity, text }` (`story::record`), `line`
/// and `column` `null` for a story given as an object (`from_object`) or
/// where no place is known; `text` is prefixed by the place in `lang`'s words.
#[wasm_bindgen(js_name = checkStory)]
pub fn check_story(story: &str, lang: &str, from_object: bool) -> JsValue {
    use serde::Serialize;
    let ui = ui_text(lang);
    let report = Report::of(story, from_object, (ui.line, ui.column, ui.colon));
    // A line or column that is not known is `null`, not left out.
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    report.serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// The chart of `story` as an SVG document: the days `start` to `end` in a
/// frame `width` × `height`, colours read from `canvas`, the event
/// `selected` (an index in date order) highlighted.
#[wasm_bindgen(js_name = chartSvg)]
#[allow(clippy::too_many_arguments)]
pub fn chart_svg_file(
    story: &str,
    lang: &str,
    canvas: HtmlCanvasElement,
    start: f64,
    end: f64,
    width: f64,
    height: f64,
    selected: Option<u32>,
) -> Option<String> {
    let story = parse_story(story).ok()?;
    let highlight = Highlight { event_span: selected.and_then(|i| story.events.get(i as usize)).map(|e| e.days()) };
    let frame = Frame { width, height, domain: (start, end) };
    Some(chart_svg(&story, frame, &chart_style(&canvas, 1.0), &words(ui_text(lang)), highlight, &story.title))
}

/// The data of `story` as CSV, with its sources, after a byte-order mark
/// (spreadsheet software then reads the file as UTF-8).
#[wasm_bindgen(js_name = dataCsv)]
pub fn data_csv_file(story: &str, _lang: &str) -> Option<String> {
    Some(format!("\u{feff}{}", data_csv(&parse_story(story).ok()?)))
}

/// Builds into `into` what `story` prints as: every event with its date in
/// words, its text and its sources, then every figure in a table. Returns
/// whether it did (a story that does not read builds nothing).
#[wasm_bindgen(js_name = printVersion)]
pub fn print_version(story: &str, lang: &str, into: Element) -> bool {
    let Ok(story) = parse_story(story) else { return false };
    let words = words(ui_text(lang));
    let mut parts = vec![event_list(&story, &words)];
    parts.extend(data_tables(&story, &words));
    append_all(&into, &parts)
}

/// Builds into `into` the data tables of `story`, with their sources: the
/// events', each series', the targets'.
#[wasm_bindgen(js_name = dataTables)]
pub fn data_tables_into(story: &str, lang: &str, into: Element) -> bool {
    let Ok(story) = parse_story(story) else { return false };
    let words = words(ui_text(lang));
    let tables: Vec<_> = events_table(&story, &words).into_iter().chain(data_tables(&story, &words)).collect();
    append_all(&into, &tables)
}
