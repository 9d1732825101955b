//! The timeline: an axis, and the events as buttons in lanes above it.
//!
//! Geometry comes from `timeline::timeline_layout`; this component only turns
//! marks into elements, positioned through CSSOM (`style:`), which a strict
//! Content-Security-Policy allows. A cluster is a button that zooms in on
//! the events it holds. Only marks in view are in the DOM.

use std::sync::Arc;

use leptos::prelude::*;

use super::format::BrowserLabels;
use crate::chart::ChartLabels;
use crate::layout::Mark;
use crate::story::{Certainty, Story};
use crate::timeline::{timeline_layout, LANE_HEIGHT, LANES};
use crate::ui_text::UiText;
use crate::window::TimeWindow;

/// What the timeline needs from its owner.
#[derive(Clone)]
pub struct TimelineData {
    /// The story.
    pub story: Arc<Story>,
    /// Each event's date as shown, in event order.
    pub dates: Arc<Vec<String>>,
    /// Each event's label width estimate, in event order.
    pub widths: Arc<Vec<f64>>,
    /// The interface words.
    pub ui: &'static UiText,
}

/// The timeline view.
#[component]
pub fn Timeline(
    props: TimelineData,
    window: RwSignal<TimeWindow>,
    width: ReadSignal<f64>,
    selected: RwSignal<Option<usize>>,
) -> impl IntoView {
    let TimelineData { story, dates, widths, ui } = props;
    let layout = {
        let story = story.clone();
        Memo::new(move |_| timeline_layout(&story, window.get().shown, width.get(), &widths))
    };
    let labels = BrowserLabels { ui };
    let ticks = move || {
        layout.with(|l| {
            l.ticks
                .iter()
                .map(|tick| {
                    let x = l.scale.map(f64::from(tick.day.0));
                    view! { <span class="tt-tick" style:left=format!("{}px", x.round() as i32)>{labels.time_tick(tick)}</span> }
                })
                .collect_view()
        })
    };
    let marks = move || {
        layout.with(|l| {
            l.marks
                .iter()
                .map(|mark| mark_view(mark, &story, &dates, ui, window, selected, l.scale))
                .collect_view()
        })
    };
    view! {
        <div class="tt-timeline" role="region" aria-label=ui.timeline
            style:height=format!("{}px", LANE_HEIGHT * LANES as f64 + 30.0)>
            <ol class="tt-marks">{marks}</ol>
            <div class="tt-axis" aria-hidden="true">{ticks}</div>
        </div>
    }
}

fn mark_view(
    mark: &Mark,
    story: &Arc<Story>,
    dates: &Arc<Vec<String>>,
    ui: &'static UiText,
    window: RwSignal<TimeWindow>,
    selected: RwSignal<Option<usize>>,
    scale: crate::scale::TimeScale,
) -> AnyView {
    let stem = crate::timeline::anchor(&scale, story, mark.first);
    let left = format!("{}px", stem.round() as i32);
    let shift = format!("{}px", (mark.x - stem).round() as i32);
    let height = format!("{}px", LANE_HEIGHT * (mark.lane + 1) as f64);
    if mark.is_cluster() {
        let (first, last) = (&story.events[mark.first], &story.events[mark.last]);
        let span = (f64::from(first.date.first_day().0), f64::from(last.end.unwrap_or(last.date).end_day().0));
        let count = ui.events_count.replace("{n}", &mark.count().to_string());
        let title = format!("{count}, {} – {}", dates[mark.first], dates[mark.last]);
        return view! {
            <li class="tt-mark tt-mark-cluster" style:left=left style:height=height>
                <button type="button" class="tt-cluster" style:left=shift title=title.clone() aria-label=title
                    data-count=mark.count()
                    on:click=move |_| window.update(|w| *w = w.zoom_to(span.0, span.1))>
                    {mark.count().to_string()}
                </button>
            </li>
        }
        .into_any();
    }
    let index = mark.first;
    let event = &story.events[index];
    let covers = event.end.unwrap_or(event.date);
    let span_width = (scale.map(f64::from(covers.end_day().0)) - stem).max(2.0);
    let uncertain = event.certainty != Certainty::Exact;
    view! {
        <li class="tt-mark" class:tt-uncertain=uncertain style:left=left style:height=height>
            <span class="tt-span" aria-hidden="true" style:width=format!("{}px", span_width.round() as i32)></span>
            <button type="button" class="tt-event" style:left=shift data-id=event.id.clone()
                aria-pressed=move || if selected.get() == Some(index) { "true" } else { "false" }
                on:click=move |_| selected.set(Some(index))>
                <span class="tt-event-date">{dates[index].clone()}</span>
                <span class="tt-event-title">{event.title.clone()}</span>
            </button>
        </li>
    }
    .into_any()
}
