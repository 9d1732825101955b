//! The chart's colours and font, read from the widget's CSS.
//!
//! The stylesheet is the one place a theme is written: light and dark values
//! of the `--tt-*` custom properties, which a host page may override. The
//! timeline and legend use them directly; the canvas cannot, so the chart
//! reads them here, when it first draws and whenever the theme changes (the
//! `theme` attribute, the reader's colour scheme). Any CSS colour works: the
//! canvas context normalises it before the pure core parses it.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::draw::{parse_css_color, ChartStyle, Rgb};

/// A colour nobody picks, to tell a value the canvas refused.
const SENTINEL: &str = "#010203";

/// The chart style for `canvas`'s computed custom properties, falling back
/// to the light theme for any property that is missing or unreadable.
pub fn chart_style(canvas: &HtmlCanvasElement, pixel_ratio: f64) -> ChartStyle {
    let mut style = ChartStyle::light(pixel_ratio);
    let computed = web_sys::window().and_then(|w| w.get_computed_style(canvas).ok().flatten());
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok());
    let (Some(computed), Some(context)) = (computed, context) else { return style };
    let read = |name: &str| -> Option<Rgb> {
        let value = computed.get_property_value(name).ok()?;
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        context.set_fill_style_str(SENTINEL);
        context.set_fill_style_str(value);
        let normalised = context.fill_style().as_string()?;
        (normalised != SENTINEL).then(|| parse_css_color(&normalised)).flatten()
    };
    let set = |field: &mut Rgb, name: &str| {
        if let Some(colour) = read(name) {
            *field = colour;
        }
    };
    set(&mut style.background, "--tt-bg");
    set(&mut style.text, "--tt-fg");
    set(&mut style.grid, "--tt-line");
    set(&mut style.highlight, "--tt-selected");
    set(&mut style.superseded, "--tt-muted");
    for (i, colour) in style.series.iter_mut().enumerate() {
        set(colour, &format!("--tt-series-{}", i + 1));
    }
    if let Ok(family) = computed.get_property_value("font-family") {
        if !family.trim().is_empty() {
            style.font_family = family;
        }
    }
    style
}
