//! The second wasm module (`--features extras`): the files a reader may
//! download, which the first render does without. The loader fetches it
//! when a reader first asks for one; the widget calls it through `later.rs`
//! with the story's JSON text and the interface language, and it reads the
//! story again with the same core (the widget already checked it: a story
//! that does not read gives nothing).
//!
//! - `chartSvg`: the chart as SVG, drawn by the same code as the screen
//!   (`draw::draw_chart`) with the screen canvas's theme colours, for the
//!   window and selection the reader is looking at.
//! - `dataCsv`: the data as CSV with its sources.

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::intl::words;
use super::theme::chart_style;
use crate::draw::Highlight;
use crate::export::csv::data_csv;
use crate::export::svg::chart_svg;
use crate::geometry::chart::Frame;
use crate::story::parse_story;
use crate::words::ui_text::ui_text;

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
