//! The chart in words, for every reader and for screen readers: the
//! summary the core writes from the data (latest figure, record, what
//! remains to a target), and the data itself as tables with their sources,
//! behind a "view the data" disclosure. The tables are built by the second
//! module (`extras.rs`) when first opened, so a long series costs nothing
//! until a reader asks for it; if that module cannot be had, the reader is
//! told, and the next opening tries again.

use std::sync::Arc;

use leptos::prelude::*;

use super::intl::words;
use super::later::{later_block, Later};
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
pub fn DataView(ui: &'static UiText, later: Later) -> impl IntoView {
    let opened = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let on_toggle = move |ev: web_sys::Event| {
        let open = ev.target().is_some_and(|t| js_sys::Reflect::get(&t, &"open".into()).is_ok_and(|o| o.is_truthy()));
        if open && !opened.get_untracked() {
            failed.set(false);
            opened.set(true);
        }
    };
    view! {
        <details class="tt-data" on:toggle=on_toggle>
            <summary part="button">{ui.view_data}</summary>
            {move || opened.get().then(|| later_block("tt-tables", later.clone(), "dataTables", move |built| {
                if !built {
                    failed.set(true);
                    opened.set(false);
                }
            }))}
            <p class="tt-data-failed" role="status">{move || failed.get().then_some(ui.tables_failed)}</p>
        </details>
    }
}
