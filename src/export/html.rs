//! The story as static HTML: the fallback content a newsroom pastes inside
//! `<trade-timeline>`, which readers see when JavaScript or WebAssembly is
//! missing. Every event with its date in words and its sources, one table
//! per series, and the chart as SVG (the same drawing as the screen).
//!
//! The words around the story are the story's language's (`ui_text`); dates
//! and numbers come from a [`Wording`], which the command line backs with
//! ICU4X, so this module stays pure. Every piece of the story is escaped.

use super::escape;
use super::svg::chart_svg;
use crate::chart::{ChartLabels, ChartStyle, Frame, Highlight};
use crate::date::{PartialDate, Precision};
use crate::period::Period;
use crate::story::{Certainty, Event, SourceRef, Status, Story};
use crate::ui_text::UiText;
use crate::window::TimeWindow;

/// Dates, periods and numbers in words, in one language.
pub trait Wording: ChartLabels {
    /// The interface words of that language.
    fn ui(&self) -> &'static UiText;
    /// "16 décembre 1991", "mai 2023", "2015": the precision written.
    fn date(&self, date: &PartialDate) -> String;
    /// "2024", "1er semestre 2025", "juin 2025".
    fn period(&self, period: &Period) -> String;
    /// "43,8": at most one decimal.
    fn number(&self, value: f64) -> String;
}

/// Height of the chart in the fallback, as on screen.
const CHART_HEIGHT: f64 = 280.0;

/// The fallback HTML of `story`, with its chart `chart_width` pixels wide.
pub fn fallback_html(story: &Story, words: &dyn Wording, chart_width: f64) -> String {
    let ui = words.ui();
    let mut out = format!("<div class=\"tt-fallback\" lang=\"{}\">\n", escape(&story.lang));
    out.push_str(&format!("<h2>{}</h2>\n", escape(&story.title)));
    if let Some(subtitle) = &story.subtitle {
        out.push_str(&format!("<p>{}</p>\n", escape(subtitle)));
    }
    if !story.events.is_empty() {
        out.push_str("<ol>\n");
        for event in &story.events {
            out.push_str(&event_item(story, event, words));
        }
        out.push_str("</ol>\n");
    }
    for series in &story.series {
        out.push_str(&format!("<table>\n<caption>{} ({})</caption>\n<thead><tr>", escape(&series.label), escape(&series.unit)));
        for column in ui.columns {
            out.push_str(&format!("<th scope=\"col\">{}</th>", escape(column)));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for point in &series.points {
            let status = match &point.status {
                Status::Reported => ui.statuses[0].to_owned(),
                Status::Derived { method } => format!("{}{} {method}", ui.statuses[1], ui.colon),
                Status::Partial => ui.statuses[2].to_owned(),
                Status::Estimate => ui.statuses[3].to_owned(),
            };
            out.push_str(&format!(
                "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                escape(&words.period(&point.period)),
                escape(&words.number(point.value)),
                escape(&status),
                escape(point.note.as_deref().unwrap_or("")),
                sources(story, &point.sources)
            ));
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if !story.series.is_empty() {
        let frame = Frame { width: chart_width, height: CHART_HEIGHT, domain: TimeWindow::fit(story).shown };
        let title = format!("{} — {}", story.title, ui.chart);
        out.push_str(&chart_svg(story, frame, &ChartStyle::light(1.0), words, Highlight::default(), &title));
        out.push('\n');
    }
    if let Some(notes) = &story.notes {
        out.push_str(&format!("<p>{}</p>\n", escape(notes)));
    }
    out.push_str("</div>\n");
    out
}

fn event_item(story: &Story, event: &Event, words: &dyn Wording) -> String {
    let ui = words.ui();
    let mut when = format!("<time datetime=\"{}\">{}</time>", event.date, escape(&words.date(&event.date)));
    if let Some(end) = &event.end {
        when.push_str(&format!(" – <time datetime=\"{end}\">{}</time>", escape(&words.date(end))));
    }
    let when = match event.certainty {
        Certainty::Exact => when,
        Certainty::Approximate => format!("{} {when}", escape(ui.about)),
        Certainty::Inferred => {
            let said = match event.date.precision() {
                Precision::Year => ui.inferred[0],
                Precision::Month => ui.inferred[1],
                Precision::Day => ui.inferred[2],
            };
            format!("{when} ({})", escape(said))
        }
    };
    let text: String = event
        .text
        .split("\n\n")
        .map(|p| format!("<p>{}</p>", escape(p.trim())))
        .collect();
    format!(
        "<li>\n<p>{when}</p>\n<h3>{}</h3>\n{text}\n<p>{}{} {}</p>\n</li>\n",
        escape(&event.title),
        escape(ui.sources),
        escape(ui.colon),
        sources(story, &event.sources)
    )
}

/// Sources by name, linked when they have a URL (http(s), checked by validation).
fn sources(story: &Story, refs: &[SourceRef]) -> String {
    refs.iter()
        .map(|r| {
            let source = &story.sources[r.0];
            match &source.url {
                Some(url) => format!(
                    "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                    escape(url),
                    escape(&source.name)
                ),
                None => escape(&source.name),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}
