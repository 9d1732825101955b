//! The chart as an SVG file, drawn by the same `chart::draw_chart` as the
//! screen, on plotters' SVG backend, with a title for screen readers.

use plotters_svg::SVGBackend;

use super::escape;
use crate::draw::{draw_chart, ChartStyle, Highlight};
use crate::geometry::chart::{ChartGeometry, Frame};
use crate::story::Story;
use crate::words::Words;

/// plotters' SVG backend writes font sizes divided by this; the drawing
/// multiplies them back so text has the screen's size.
const SVG_FONT_SCALE: f64 = 1.24;

/// The chart of `story` in `frame`, in `style`'s colours and font, titled
/// `title`, with `highlight` drawn over it.
pub fn chart_svg(
    story: &Story,
    frame: Frame,
    style: &ChartStyle,
    words: &Words,
    highlight: Highlight,
    title: &str,
) -> String {
    let style = ChartStyle { pixel_ratio: 1.0, font_scale: SVG_FONT_SCALE, ..style.clone() };
    let geometry = ChartGeometry::new(story, frame);
    let event_days = story.event_days();
    let mut svg = String::new();
    {
        let size = (frame.width.round() as u32, frame.height.round() as u32);
        let mut backend = SVGBackend::with_string(&mut svg, size);
        // Drawing into a String cannot fail.
        let _ = draw_chart(&mut backend, story, &geometry, &style, words, &event_days, highlight);
    }
    let Some(end) = svg.find('>') else { return svg };
    let open = svg[..end].replacen("<svg ", "<svg role=\"img\" ", 1);
    format!("{open}><title>{}</title>{}", escape(title), &svg[end + 1..])
}
