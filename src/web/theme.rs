//! The chart's colours and font, read from the widget's computed CSS.
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

/// The chart style for `canvas`'s computed custom properties (a property
/// whose value the canvas cannot read is drawn as `ChartStyle::from_palette`
/// says).
pub fn chart_style(canvas: &HtmlCanvasElement, pixel_ratio: f64) -> ChartStyle {
    let computed = web_sys::window().and_then(|w| w.get_computed_style(canvas).ok().flatten());
    let context = canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok());
    let read = |name: &str| -> Option<Rgb> {
        let (computed, context) = (computed.as_ref()?, context.as_ref()?);
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
    let family = computed
        .as_ref()
        .and_then(|c| c.get_property_value("font-family").ok())
        .filter(|f| !f.trim().is_empty())
        .unwrap_or_else(|| "sans-serif".to_owned());
    ChartStyle::from_palette(pixel_ratio, family, read)
}
