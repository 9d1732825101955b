//! The widget's root component: it owns the shared state and hands each view
//! only what it needs.
//!
//! State: the time window (zoom and pan, shared by timeline and chart), the
//! selected event, and the stage's width. The timeline and the chart read the
//! window and the selection and write them back; nothing else is shared.
//! The host reaches in through [`Controls`] only: it selects by writing the
//! selection, restyles by bumping the theme version, and hears selections
//! through its callback.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use super::card::EventCard;
use super::chart_view::ChartView;
use super::format::date_with_certainty;
use super::gestures::Gestures;
use super::legend::Legend;
use super::observe::{on_colour_scheme_change, use_width};
use super::timeline_view::{Timeline, TimelineData};
use crate::layout::estimate_width;
use crate::story::Story;
use crate::ui_text::UiText;
use crate::window::TimeWindow;

const ZOOM_STEP: f64 = 1.6;

/// What the host holds to drive a mounted widget.
#[derive(Clone)]
pub struct Controls {
    /// The selected event's index.
    pub selected: ArcRwSignal<Option<usize>>,
    /// Bumped when the theme may have changed: the chart rereads its colours.
    pub restyle: ArcRwSignal<u32>,
    /// Called with the event's id (or `null`) when the selection changes.
    pub on_select: Option<js_sys::Function>,
}

/// The whole widget for a valid story.
#[component]
pub fn App(story: Arc<Story>, ui: &'static UiText, controls: Controls) -> impl IntoView {
    let Controls { selected, restyle, on_select } = controls;
    let window = RwSignal::new(TimeWindow::fit(&story));
    let selected = RwSignal::from(selected);
    let restyle = RwSignal::from(restyle);
    on_colour_scheme_change(move || restyle.update(|v| *v += 1));
    {
        // Whoever selects (reader, chart, host), the event comes into view
        // and the host hears of it; the selection the widget opened on is
        // not news.
        let story = story.clone();
        Effect::new(move |previous: Option<Option<usize>>| {
            let now = selected.get();
            if let Some(index) = now {
                let event = &story.events[index];
                let (start, end) = (f64::from(event.date.first_day().0), f64::from(event.end.unwrap_or(event.date).end_day().0));
                if !window.get_untracked().shows(start, end) {
                    window.update(|w| *w = w.centre_on(start, end));
                }
            }
            if let (Some(before), Some(callback)) = (previous, &on_select) {
                if before != now {
                    let id = now.map_or(wasm_bindgen::JsValue::NULL, |i| story.events[i].id.as_str().into());
                    let _ = callback.call1(&wasm_bindgen::JsValue::NULL, &id);
                }
            }
            now
        });
    }
    let stage = NodeRef::<Div>::new();
    let width = use_width(stage);
    let gestures = Gestures::new(stage, window, width);

    let dates: Arc<Vec<String>> =
        Arc::new(story.events.iter().map(|e| date_with_certainty(&e.date, e.certainty, ui)).collect());
    let widths = Arc::new(
        story
            .events
            .iter()
            .zip(dates.iter())
            .map(|(e, d)| estimate_width(&e.title, 13.0, 150.0).max(estimate_width(d, 12.0, 150.0)) + 12.0)
            .collect::<Vec<f64>>(),
    );
    let count = story.events.len();
    let step = move |forward: bool| {
        if count == 0 {
            return;
        }
        let next = match (selected.get_untracked(), forward) {
            (None, true) => 0,
            (None, false) => count - 1,
            (Some(i), true) => (i + 1).min(count - 1),
            (Some(i), false) => i.saturating_sub(1),
        };
        selected.set(Some(next));
    };
    let on_key = {
        move |ev: KeyboardEvent| {
            let handled = match ev.key().as_str() {
                "+" | "=" => {
                    gestures.zoom_centre(ZOOM_STEP);
                    true
                }
                "-" | "_" => {
                    gestures.zoom_centre(1.0 / ZOOM_STEP);
                    true
                }
                "Escape" if selected.get_untracked().is_some() => {
                    selected.set(None);
                    true
                }
                "ArrowRight" | "ArrowLeft" if !is_chart(&ev) => {
                    step(ev.key() == "ArrowRight");
                    true
                }
                _ => false,
            };
            if handled {
                ev.prevent_default();
            }
        }
    };
    let props = TimelineData { story: story.clone(), dates, widths, ui };
    let (step_back, step_on) = (step, step);
    view! {
        <article class="tt" lang=story.lang.clone() on:keydown=on_key>
            <header class="tt-header" part="header">
                <h2 class="tt-title" part="title">{story.title.clone()}</h2>
                {story.subtitle.clone().map(|s| view! { <p class="tt-subtitle">{s}</p> })}
            </header>
            <div class="tt-controls" part="controls">
                <button type="button" part="button" class="tt-previous" aria-label=ui.previous title=ui.previous
                    disabled=move || count == 0 || selected.get() == Some(0)
                    on:click=move |_| step_back(false)>"‹"</button>
                <button type="button" part="button" class="tt-next" aria-label=ui.next title=ui.next
                    disabled=move || count == 0 || selected.get() == Some(count.saturating_sub(1))
                    on:click=move |_| step_on(true)>"›"</button>
                <span class="tt-controls-gap"></span>
                <button type="button" part="button" class="tt-zoom-out" aria-label=ui.zoom_out title=ui.zoom_out
                    disabled=move || window.get().is_full()
                    on:click=move |_| gestures.zoom_centre(1.0 / ZOOM_STEP)>"−"</button>
                <button type="button" part="button" class="tt-zoom-in" aria-label=ui.zoom_in title=ui.zoom_in
                    on:click=move |_| gestures.zoom_centre(ZOOM_STEP)>"+"</button>
                <button type="button" part="button" class="tt-fit" disabled=move || window.get().is_full()
                    on:click=move |_| window.update(|w| w.shown = w.full)>{ui.fit}</button>
            </div>
            <div class="tt-stage" node_ref=stage
                on:pointerdown=move |ev| gestures.down(&ev)
                on:pointermove=move |ev| gestures.moved(&ev)
                on:pointerup=move |ev| gestures.up(&ev)
                on:pointercancel=move |ev| gestures.up(&ev)
                on:wheel=move |ev| gestures.wheel(&ev)>
                {(!story.events.is_empty()).then(|| view! { <Timeline props window width selected/> })}
                {(!story.series.is_empty()).then(|| view! {
                    <ChartView story=story.clone() ui window width selected restyle/>
                })}
            </div>
            {(!story.series.is_empty()).then(|| view! { <Legend story=story.clone() ui/> })}
            <EventCard story=story.clone() ui selected/>
            {story.notes.clone().map(|n| view! { <p class="tt-notes" part="notes">{n}</p> })}
        </article>
    }
}

fn is_chart(event: &KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| e.class_list().contains("tt-canvas"))
}
