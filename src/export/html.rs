//! The story as static HTML: the fallback content a newsroom pastes inside
//! `<trade-timeline>`, which readers see when JavaScript or WebAssembly is
//! missing. The title, every event and every table (the static tree that
//! print and "view the data" show too), the chart as SVG (the same drawing
//! as the screen), and the notes. Every piece of the story is escaped.

use super::static_story::{data_tables, event_list};
use super::svg::chart_svg;
use super::tree::{to_html, Element};
use crate::draw::{ChartStyle, Highlight};
use crate::geometry::chart::{chart_heights, Frame};
use crate::geometry::window::TimeWindow;
use crate::story::Story;
use crate::words::Words;

/// The fallback HTML of `story`, with its chart `chart_width` pixels wide in `style`.
pub fn fallback_html(story: &Story, words: &Words, style: &ChartStyle, chart_width: f64) -> String {
    let mut parts = vec![Element::new("h2").text(&story.title)];
    if let Some(subtitle) = &story.subtitle {
        parts.push(Element::new("p").text(subtitle));
    }
    if !story.events.is_empty() {
        parts.push(event_list(story, words));
    }
    parts.extend(data_tables(story, words));
    let mut out = format!("<div class=\"tt-fallback\" lang=\"{}\">\n", super::escape(&story.lang));
    for part in &parts {
        out.push_str(&to_html(part));
        out.push('\n');
    }
    if !story.series.is_empty() {
        // As tall as on screen.
        let height = chart_heights(story.panels.len(), false).natural;
        let frame = Frame { width: chart_width, height, domain: TimeWindow::fit(story).shown };
        let title = format!("{} — {}", story.title, words.ui.chart);
        out.push_str(&chart_svg(story, frame, style, words, Highlight::default(), &title));
        out.push('\n');
    }
    if let Some(notes) = &story.notes {
        out.push_str(&to_html(&Element::new("p").text(notes)));
        out.push('\n');
    }
    out.push_str("</div>\n");
    out
}
