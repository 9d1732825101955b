//! The chart's legend: each series, each status present in the data, targets
//! and event markers, each with the glyph the chart draws for it.
//!
//! The glyphs draw in `currentColor`, set by the stylesheet from the same
//! `--tt-*` custom properties the chart reads, so they follow the theme and
//! need no inline style.

use leptos::prelude::*;

use crate::draw::SERIES_COLOURS;
use crate::story::{Status, Story};
use crate::words::ui_text::UiText;
use crate::words::Words;

/// The legend under the chart.
#[component]
pub fn Legend(story: std::sync::Arc<Story>, ui: &'static UiText) -> impl IntoView {
    let ink = "currentColor";
    let series = story
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let swatch = format!("tt-swatch-{}", i % SERIES_COLOURS + 1);
            view! {
                <li class="tt-legend-series">
                    <svg class=swatch width="24" height="12" viewBox="0 0 24 12" aria-hidden="true">
                        <line x1="0" y1="6" x2="24" y2="6" stroke=ink stroke-width="2"></line>
                        <circle cx="12" cy="6" r="4" fill=ink></circle>
                    </svg>
                    {Words::series_name(s)}
                </li>
            }
        })
        .collect_view();
    // Each status present in the data, in the order the format lists them.
    let mut present: Vec<&Status> = story.series.iter().flat_map(|s| &s.points).map(|p| &p.status).collect();
    present.sort_by_key(|s| s.rank());
    present.dedup_by_key(|s| s.rank());
    let statuses = present
        .into_iter()
        .map(|status| (status.name(), ui.status(status)))
        .map(|(kind, word)| {
            let glyph = match kind {
                "reported" => view! { <circle cx="6" cy="6" r="4" fill=ink></circle> }.into_any(),
                "derived" => {
                    view! { <circle cx="6" cy="6" r="4" fill="none" stroke=ink stroke-width="2"></circle> }.into_any()
                }
                "partial" => view! { <rect x="2" y="2" width="8" height="8" fill=ink></rect> }.into_any(),
                _ => view! { <polygon points="6,1 11,6 6,11 1,6" fill="none" stroke=ink stroke-width="2"></polygon> }
                    .into_any(),
            };
            view! {
                <li class="tt-legend-status" data-status=kind>
                    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">{glyph}</svg>
                    {word}
                </li>
            }
        })
        .collect_view();
    let targets = (!story.targets.is_empty()).then(|| {
        let superseded = story.targets.iter().any(|t| t.superseded.is_some() || t.superseded_by.is_some());
        view! {
            <li class="tt-legend-target">
                <svg width="24" height="12" viewBox="0 0 24 12" aria-hidden="true">
                    <line x1="0" y1="6" x2="24" y2="6" stroke=ink stroke-width="2" stroke-dasharray="5 4"></line>
                </svg>
                {ui.target}
            </li>
            {superseded.then(|| view! {
                <li class="tt-legend-target">
                    <svg class="tt-swatch-muted" width="24" height="12" viewBox="0 0 24 12" aria-hidden="true">
                        <line x1="0" y1="6" x2="24" y2="6" stroke=ink stroke-width="1" stroke-dasharray="5 4"></line>
                    </svg>
                    {format!("{} ({})", ui.target, ui.superseded)}
                </li>
            })}
        }
    });
    let markers = (!story.events.is_empty()).then(|| {
        view! {
            <li class="tt-legend-marker">
                <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
                    <polygon points="6,3 10,11 2,11" fill=ink></polygon>
                </svg>
                {ui.event_marker}
            </li>
        }
    });
    view! { <ul class="tt-legend" part="legend">{series}{statuses}{targets}{markers}</ul> }
}
