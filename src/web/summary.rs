//! The chart in words, for every reader and for screen readers: a short
//! summary written from the data (latest figure, record, what remains to a
//! target), and the data itself as tables with their sources, behind a
//! "view the data" disclosure. The tables are built when first opened, so a
//! long series costs nothing until a reader asks for it.

use std::sync::Arc;

use leptos::prelude::*;

use web_sys::Element;

use super::format::{number, period, status, BrowserLabels};
use super::static_dom::{static_block, Builder};
use crate::words::labels::ChartLabels;
use crate::story::facts::chart_facts;
use crate::story::{Status, Story};
use crate::words::ui_text::UiText;

/// The id the chart's canvas points to with `aria-describedby`.
pub const SUMMARY_ID: &str = "tt-chart-summary";

/// The summary, one sentence per series and per target still standing.
pub fn summary_text(story: &Story, ui: &'static UiText) -> String {
    let facts = chart_facts(story);
    let labels = BrowserLabels { ui };
    let colon = ui.colon;
    let mut sentences: Vec<String> = facts
        .series
        .iter()
        .map(|f| {
            let series = &story.series[f.series];
            let figure = |p: usize| {
                let point = &series.points[p];
                format!("{} ({})", number(point.value, ui.lang), period(&point.period, ui))
            };
            format!(
                "{} ({}) — {}{colon} {}; {}{colon} {}.",
                series.label,
                series.unit,
                ui.latest,
                figure(f.latest),
                ui.record,
                figure(f.record)
            )
        })
        .collect();
    sentences.extend(facts.targets.iter().map(|t| {
        let target = &story.targets[t.target];
        format!("{}{colon} {}.", ui.target_heading, labels.target(&target.label, t.gap, false, false))
    }));
    sentences.join(" ")
}

/// The summary paragraph under the chart.
#[component]
pub fn ChartSummary(story: Arc<Story>, ui: &'static UiText) -> impl IntoView {
    view! { <p class="tt-summary" id=SUMMARY_ID>{summary_text(&story, ui)}</p> }
}

/// One table per series, with its caption, appended to `parent`: period,
/// value, status, note and sources of every figure.
pub fn data_tables(b: &Builder, parent: &Element, story: &Story, ui: &'static UiText) {
    for series in &story.series {
        let table = b.add(parent, "table", "tt-table", "");
        b.add(&table, "caption", "", &format!("{} ({})", series.label, series.unit));
        let head = b.add(&b.add(&table, "thead", "", ""), "tr", "", "");
        for column in ui.columns {
            let _ = b.add(&head, "th", "", column).set_attribute("scope", "col");
        }
        let body = b.add(&table, "tbody", "", "");
        for point in &series.points {
            let row = b.add(&body, "tr", "", "");
            let _ = b.add(&row, "th", "", &period(&point.period, ui)).set_attribute("scope", "row");
            b.add(&row, "td", "tt-number", &number(point.value, ui.lang));
            let state = match &point.status {
                Status::Derived { method } => format!("{}{} {method}", status(&point.status, ui), ui.colon),
                other => status(other, ui).to_owned(),
            };
            b.add(&row, "td", "", &state);
            b.add(&row, "td", "", point.note.as_deref().unwrap_or(""));
            let sources = b.add(&row, "td", "", "");
            for (i, r) in point.sources.iter().enumerate() {
                if i > 0 {
                    let _ = sources.append_with_str_1(", ");
                }
                let source = &story.sources[r.0];
                b.source(&sources, &source.name, source.url.as_deref());
            }
        }
    }
}

/// "View the data": the tables, built the first time the reader opens it.
#[component]
pub fn DataView(story: Arc<Story>, ui: &'static UiText) -> impl IntoView {
    let opened = RwSignal::new(false);
    view! {
        <details class="tt-data" on:toggle=move |_| if !opened.get_untracked() { opened.set(true) }>
            <summary part="button">{ui.view_data}</summary>
            {move || opened.get().then(|| {
                let story = story.clone();
                static_block("tt-tables", move |b, parent| data_tables(b, parent, &story, ui))
            })}
        </details>
    }
}
