//! The widget's root component: it owns the shared state and hands each view
//! only what it needs.
//!
//! State: the time window (zoom and pan, shared by timeline and chart), the
//! selected event, and the stage's width. The timeline and the chart read the
//! window and the selection and write them back; nothing else is shared.
//! The host reaches in through [`Controls`] only: it selects by writing the
//! selection, restyles by bumping the theme version, hears selections
//! through its callback and, with deep links on, makes the card's link.
//!
//! The interface speaks the reader's language (`lang` on the article); the
//! story's own text keeps the story's (`lang` on each piece of it). A
//! selection is announced in a polite live region: its position, title and
//! date, not the whole card.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use super::card::{return_focus, EventCard};
use super::chart_view::ChartView;
use super::downloads::Downloads;
use super::event_dates::EventDates;
use super::gestures::Gestures;
use super::later::Later;
use super::legend::Legend;
use super::moving::Moving;
use super::observe::{on_colour_scheme_change, use_printing, use_width};
use super::print::PrintVersion;
use super::summary::{ChartSummary, DataView};
use super::timeline_view::{Timeline, TimelineData};
use crate::geometry::navigation::{step, Move};
use crate::geometry::timeline::{zoom_focus, LayoutMemo};
use crate::geometry::window::TimeWindow;
use crate::story::Story;
use crate::words::ui_text::UiText;

const ZOOM_STEP: f64 = 1.6;

/// A step of the host's article: the span it opens (days), if it names one.
pub type Step = Option<(f64, f64)>;

/// What the host holds to drive a mounted widget.
#[derive(Clone)]
pub struct Controls {
    /// The selected event's index.
    pub selected: ArcRwSignal<Option<usize>>,
    /// Bumped when the theme may have changed: the chart rereads its colours.
    pub restyle: ArcRwSignal<u32>,
    /// Called with the event's id (or `null`) when the selection changes.
    pub on_select: Option<js_sys::Function>,
    /// With deep links on: copies the link to an event (called with its id),
    /// returning a promise of the link, rejected with it when the clipboard
    /// refused.
    pub copy_link: Option<js_sys::Function>,
    /// The widget's width if already known (else it is measured).
    pub width: Option<f64>,
    /// The height the host page reserved for the widget while it loaded,
    /// which the chart fits the widget to (chart_view.rs).
    pub reserved: Option<f64>,
    /// Set by a step of the host's article (`Widget::select` with `step`) before it
    /// selects: the span it opens, if it names one. The window glides to
    /// the selection then, rather than jump.
    pub stepping: Rc<Cell<Option<Step>>>,
    /// A stepped widget on a phone: strip and chart only (the article's
    /// paragraph is the text), a strip of one lane, and a height kept at
    /// every step (the chart takes up what the strip leaves, never shorter
    /// than its axis allows).
    pub compact: bool,
    /// Whether the chart and what follows it are shown: the first render
    /// shows the title, the controls, the timeline and the card, and the
    /// rest comes in a task of its own (mount.rs), so that no one task
    /// blocks the host page for the whole widget.
    pub complete: ArcRwSignal<bool>,
}

/// The whole widget for a valid story.
#[component]
pub fn App(story: Arc<Story>, ui: &'static UiText, controls: Controls, later: Later) -> impl IntoView {
    let Controls { selected, restyle, on_select, copy_link, width: known_width, reserved, complete, stepping, compact } =
        controls;
    let complete = RwSignal::from(complete);
    let window = RwSignal::new(TimeWindow::fit(&story));
    let selected = RwSignal::from(selected);
    let restyle = RwSignal::from(restyle);
    on_colour_scheme_change(move || restyle.update(|v| *v += 1));
    let dates = Arc::new(EventDates::new(story.clone(), ui));
    let announcement = RwSignal::new(String::new());
    // The event whose card is open: the selected one, unless a step of the
    // article selected it (its paragraph is the text, and a stepped widget
    // keeps to the viewport); the reader's own choice opens it.
    let card = RwSignal::new(selected.get_untracked());
    let stage_ref = NodeRef::<Div>::new();
    let width = use_width(stage_ref, known_width);
    let canvas = NodeRef::<Canvas>::new();
    let gestures = Gestures::new(stage_ref, window, width, Moving::new(stage_ref, canvas));
    let boxes = Arc::new(dates.label_boxes());
    let widths = Arc::new(boxes.iter().map(|b| b.width).collect::<Vec<f64>>());
    let layouts = Arc::new(LayoutMemo::new(compact));
    {
        // Whoever selects (reader, chart, host), the event comes into view,
        // is announced, and the host hears of it; the selection the widget
        // opened on is not news. A step of the article glides there, from
        // the span it names if it does.
        let (story, dates, widths, layouts) = (story.clone(), dates.clone(), widths.clone(), layouts.clone());
        Effect::new(move |previous: Option<Option<usize>>| {
            let now = selected.get();
            // Until the widget knows its width there is nothing to reveal; it
            // runs again when the width arrives.
            let view_width = width.get();
            let step = stepping.take();
            let current = window.get_untracked();
            let from = match step {
                Some(Some(shown)) => TimeWindow { shown, ..current },
                _ => current,
            };
            // The selected event gets a mark of its own on screen, its
            // label whole: moved to, and zoomed in as little as needed.
            let shown = match now.filter(|_| view_width > 0.0) {
                Some(index) => layouts.reveal(&story, from, view_width, &widths, index),
                None => from,
            };
            let opened = now.filter(|_| step.is_none());
            if card.get_untracked() != opened {
                card.set(opened);
            }
            if shown != current {
                if step.is_some() {
                    gestures.glide(shown);
                } else {
                    window.set(shown);
                }
            }
            if previous.is_some_and(|before| before != now) {
                if let Some(index) = now {
                    let position = ui
                        .event_position
                        .replace("{i}", &(index + 1).to_string())
                        .replace("{n}", &story.events.len().to_string());
                    announcement.set(format!(
                        "{position}{} {}, {}",
                        ui.colon,
                        story.events[index].title,
                        dates.get(index)
                    ));
                }
                if let Some(callback) = &on_select {
                    let id = now.map_or(wasm_bindgen::JsValue::NULL, |i| story.events[i].id.as_str().into());
                    let _ = callback.call2(&wasm_bindgen::JsValue::NULL, &id, &step.is_some().into());
                }
            }
            now
        });
    }
    // On paper: the whole story, every event listed (print.rs); the reader's
    // window comes back afterwards.
    let printing = use_printing();
    Effect::new(move |before: Option<Option<TimeWindow>>| {
        let kept = before.flatten();
        if printing.get() {
            let now = window.get_untracked();
            window.set(TimeWindow { shown: now.full, ..now });
            Some(kept.unwrap_or(now))
        } else {
            if let Some(kept) = kept {
                window.set(kept);
            }
            None
        }
    });
    let count = story.events.len();
    let go = move |forward: bool| {
        let wanted = if forward { Move::Next } else { Move::Previous };
        if let Some(next) = step(selected.get_untracked(), count, wanted) {
            selected.set(Some(next));
        }
    };
    // "+" and "−" zoom around the selected event, else the date in view
    // nearest the middle (geometry::timeline::zoom_focus).
    let zoom = {
        let story = story.clone();
        move |factor: f64| {
            gestures.zoom_on(zoom_focus(&story, window.get_untracked(), selected.get_untracked()), factor)
        }
    };
    let on_key = {
        let zoom = zoom.clone();
        move |ev: KeyboardEvent| {
            let handled = match ev.key().as_str() {
                "+" | "=" => {
                    zoom(ZOOM_STEP);
                    true
                }
                "-" | "_" => {
                    zoom(1.0 / ZOOM_STEP);
                    true
                }
                "Escape" => match selected.get_untracked() {
                    Some(index) => {
                        let in_card = ev
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                            .is_some_and(|e| e.closest(".tt-card").ok().flatten().is_some());
                        selected.set(None);
                        if in_card {
                            return_focus(&ev, index);
                        }
                        true
                    }
                    None => false,
                },
                _ => false,
            };
            if handled {
                ev.prevent_default();
            }
        }
    };
    let strip = RwSignal::new(0.0);
    let props = TimelineData { story: story.clone(), dates, widths, boxes, ui, layouts, strip };
    let (step_back, step_on) = (go, go);
    let swipe_from = StoredValue::new(None::<(f64, f64)>);
    let has_chart = !story.series.is_empty();
    let print_later = later.clone();
    view! {
        <article class="tt" lang=ui.lang on:keydown=on_key>
            <header class="tt-header" part="header" lang=story.lang.clone()>
                <h2 class="tt-title" part="title">{story.title.clone()}</h2>
                {story.subtitle.clone().map(|s| view! { <p class="tt-subtitle">{s}</p> })}
            </header>
            <div class="tt-controls" part="controls">
                <button type="button" part="button" class="tt-previous" aria-label=ui.previous title=ui.previous
                    disabled=move || count == 0 || selected.get() == Some(0)
                    on:click=move |_| step_back(false)>"‹"</button>
                // Where the reader is in the story: "5 / 13" (the live
                // region says it in words).
                <span class="tt-position" part="position" aria-hidden="true">
                    {move || selected.get().map(|i| format!("{} / {count}", i + 1))}
                </span>
                <button type="button" part="button" class="tt-next" aria-label=ui.next title=ui.next
                    disabled=move || count == 0 || selected.get() == Some(count.saturating_sub(1))
                    on:click=move |_| step_on(true)>"›"</button>
                <span class="tt-controls-gap"></span>
                <button type="button" part="button" class="tt-zoom-out" aria-label=ui.zoom_out title=ui.zoom_out
                    disabled=move || window.get().is_full()
                    on:click={
                        let zoom = zoom.clone();
                        move |_| zoom(1.0 / ZOOM_STEP)
                    }>"−"</button>
                <button type="button" part="button" class="tt-zoom-in" aria-label=ui.zoom_in title=ui.zoom_in
                    on:click=move |_| zoom(ZOOM_STEP)>"+"</button>
                <button type="button" part="button" class="tt-fit" disabled=move || window.get().is_full()
                    on:click=move |_| window.update(|w| w.shown = w.full)>{ui.fit}</button>
            </div>
            // The timeline, the selected event's card right under it (where
            // the eye is after "›" or a tap), then the chart. Both stages
            // pan and zoom the one window; they share their width and left.
            {stage(gestures, stage_ref, (!story.events.is_empty()).then(|| view! { <Timeline props window width selected/> }).into_any())}
            // A horizontal swipe on the card moves to the next or previous
            // event, as on a slide; vertical movement scrolls the page.
            <div class="tt-card-swipe"
                on:pointerdown=move |ev| swipe_from.set_value(swipe_start(&ev))
                on:pointerup=move |ev| {
                    if let Some(forward) = swipe_from.get_value().and_then(|from| swipe_end(from, &ev)) {
                        go(forward);
                    }
                    swipe_from.set_value(None);
                }
                on:pointercancel=move |_| swipe_from.set_value(None)>
                <EventCard story=story.clone() ui selected card copy_link/>
            </div>
            // The second stage, all that follows the card: nothing drawn in
            // the first moves when it comes.
            {
                let story = story.clone();
                move || complete.get().then(|| {
                    let chart = has_chart.then(|| {
                        let chart = view! { <ChartView story=story.clone() ui window width selected restyle canvas reserved compact strip/> };
                        view! {
                            {stage(gestures, NodeRef::new(), chart.into_any())}
                            <Legend story=story.clone() ui/>
                            <ChartSummary story=story.clone() ui/>
                            <div class="tt-tools">
                                <Downloads story=story.clone() ui canvas window width selected later=later.clone()/>
                                {later.available().then(|| view! { <DataView ui later=later.clone()/> })}
                            </div>
                        }
                    });
                    let notes = story.notes.clone().map(|n| view! { <p class="tt-notes" part="notes" lang=story.lang.clone()>{n}</p> });
                    view! { {chart} {notes} }
                })
            }
            {move || printing.get().then(|| view! { <PrintVersion later=print_later.clone()/> })}
            <p class="tt-visually-hidden" role="status" aria-live="polite" aria-atomic="true">{announcement}</p>
        </article>
    }
}

/// A stage: where dragging pans and pinching or Ctrl + wheel zooms the one
/// window. The timeline and the chart each sit in one, the card between
/// them; both have the widget's width and left edge.
fn stage(gestures: Gestures, node_ref: NodeRef<Div>, content: AnyView) -> impl IntoView {
    view! {
        <div class="tt-stage" node_ref=node_ref
            on:pointerdown=move |ev| gestures.down(&ev)
            on:pointermove=move |ev| gestures.moved(&ev)
            on:pointerup=move |ev| gestures.up(&ev)
            on:pointercancel=move |ev| gestures.up(&ev)
            on:wheel=move |ev| gestures.wheel(&ev)>
            {content}
        </div>
    }
}

/// Where a touch that may be a swipe started.
fn swipe_start(ev: &web_sys::PointerEvent) -> Option<(f64, f64)> {
    (ev.pointer_type() == "touch").then(|| (f64::from(ev.client_x()), f64::from(ev.client_y())))
}

/// Whether a touch that started at `from` and ended with `ev` was a swipe,
/// and which way: `true` to the next event (a swipe to the left).
fn swipe_end(from: (f64, f64), ev: &web_sys::PointerEvent) -> Option<bool> {
    let (dx, dy) = (f64::from(ev.client_x()) - from.0, f64::from(ev.client_y()) - from.1);
    (dx.abs() >= 48.0 && dx.abs() > 2.0 * dy.abs()).then_some(dx < 0.0)
}
