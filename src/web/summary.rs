//! The chart in words, for every reader and for screen readers: the
//! summary the core writes from the data (latest figure, record, what
//! remains to a target), and the data itself as tables with their sources,
//! behind a "view the data" disclosure. The tables are built when first
//! opened, so a long series costs nothing until a reader asks for it.

use std::sync::Arc;

use leptos::prelude::*;

use super::intl::words;
use super::static_dom::static_block;
use crate::export::static_story::data_tables;
use crate::story::Story;
use crate::words::ui_text::UiText;

/// The id the chart's canvas points to with `aria-describedby`.
pub const SUMMARY_ID: &str = "tt-chart-summary";

/// The summary paragraph under the chart.
#[component]
pub fn ChartSummary(story: Arc<Story>, ui: &'static UiText) -> impl IntoView {
    view! { <p class="tt-summary" id=SUMMARY_ID>{words(ui).summary(&story)}</p> }
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
                static_block("tt-tables", move || data_tables(&story, &words(ui)))
            })}
        </details>
    }
}
