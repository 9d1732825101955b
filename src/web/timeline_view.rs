//! The timeline: an axis, and the events as buttons in lanes above it.
//!
//! Geometry comes from `timeline::timeline_layout`; this component only turns
//! marks into elements, positioned through CSSOM (`style:`), which a strict
//! Content-Security-Policy allows. A cluster is a button that zooms in on
//! the events it holds. Only marks in view are drawn; the list still holds
//! every event in date order (up to `LIST_EVERY_EVENT`): one on no mark is a
//! visually hidden item, and a badge lists its events, so a screen reader
//! in browse mode reads the whole chronology, and activating an item opens
//! its event.
//!
//! The keyboard sees one list with one tab stop (a roving tabindex): arrow
//! keys move the focus from event to event in date order, Home and End go to
//! the ends, Enter or Space opens. An event the focus moves to is brought
//! into view and out of its cluster first (`timeline::reveal`). When a zoom
//! re-renders the marks, the focus returns to the event that held it.
//!
//! During a gesture the marks are not laid out again: the list and the axis
//! are moved whole (`moving.rs`), and laid out once it ends.

use std::sync::Arc;

use leptos::html::Ol;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{FocusEvent, FocusOptions, HtmlElement, KeyboardEvent};

use super::event_dates::EventDates;
use super::intl::words;
use crate::geometry::layout::{estimate_width, Mark};
use crate::geometry::navigation::{step, Move};
use crate::geometry::ticks::{legible_ticks, TimeTick};
use crate::geometry::timeline::{
    has_own_mark, lane_tops, list_items, strip_height, ClusterOpening, LabelBox, LayoutMemo, ListItem, BADGE_WIDTH,
    LIST_EVERY_EVENT,
};
use crate::geometry::window::TimeWindow;
use crate::story::{Certainty, Story};
use crate::words::ui_text::UiText;

/// The axis labels' size in CSS pixels (`.tt-tick`: 0.75em of 16 px).
const TICK_SIZE: f64 = 12.0;

/// What the timeline needs from its owner.
#[derive(Clone)]
pub struct TimelineData {
    /// The story.
    pub story: Arc<Story>,
    /// Each event's date as shown.
    pub dates: Arc<EventDates>,
    /// Each event's label width estimate, in event order.
    pub widths: Arc<Vec<f64>>,
    /// Each event's label box (width, and whether its title fits whole), in event order.
    pub boxes: Arc<Vec<LabelBox>>,
    /// The interface words.
    pub ui: &'static UiText,
    /// The timeline's last layout, shared with the selection's `reveal`.
    pub layouts: Arc<LayoutMemo>,
    /// The strip's height in pixels, written here for a compact chart,
    /// which fits under it.
    pub strip: RwSignal<f64>,
}

/// The timeline view.
#[component]
pub fn Timeline(
    props: TimelineData,
    window: RwSignal<TimeWindow>,
    width: ReadSignal<f64>,
    selected: RwSignal<Option<usize>>,
) -> impl IntoView {
    let TimelineData { story, dates, widths, boxes, ui, layouts, strip } = props;
    let focus = RwSignal::new(None::<usize>);
    // The keyboard's place follows a selection made elsewhere ("›", a step
    // of the article, the host): the event clicked before keeps no
    // priority over the one selected since.
    Effect::new(move |_| {
        if let Some(index) = selected.get() {
            if focus.get_untracked().is_some_and(|at| at != index) {
                focus.set(Some(index));
            }
        }
    });
    let layout = {
        let (story, widths, layouts) = (story.clone(), widths.clone(), layouts.clone());
        // The event the keyboard moved to, else the selected one, keeps a
        // label of its own.
        Memo::new(move |_| {
            let priority = focus.get().or(selected.get());
            layouts.layout(&story, window.get().shown, width.get(), &widths, priority)
        })
    };
    // The one mark Tab reaches, as (first event, is a cluster): the event the
    // keyboard moved to, else the selected one, else the first mark in view.
    let stop = Memo::new(move |_| {
        layout.with(|l| {
            let own = |i: &usize| has_own_mark(l, *i);
            focus
                .get()
                .filter(own)
                .or_else(|| selected.get().filter(own))
                .map(|i| (i, false))
                .or_else(|| l.marks.first().map(|m| (m.first, m.is_cluster())))
        })
    });
    let list = NodeRef::<Ol>::new();
    // Whether the keyboard's focus is in the list (a re-render must give it back).
    let focused_in = StoredValue::new(false);
    let focus_stop = move || {
        request_animation_frame(move || {
            if let (Some(list), Some(mark)) = (list.get_untracked(), stop.get_untracked()) {
                focus_mark(&list, mark);
            }
        });
    };
    Effect::new(move |_| {
        layout.track();
        if focused_in.get_value() {
            focus_stop();
        }
    });
    let count = story.events.len();
    let on_key = {
        let (story, widths, layouts) = (story.clone(), widths.clone(), layouts.clone());
        move |ev: KeyboardEvent| {
            let Some((at, cluster)) = stop.get_untracked() else { return };
            let Some(wanted) = Move::from_key(&ev.key()) else { return };
            // On a cluster's badge, "next" is the cluster's first event.
            let next = match (wanted, cluster) {
                (Move::Next, true) => at,
                _ => step(Some(at), count, wanted).unwrap_or(at),
            };
            ev.prevent_default();
            ev.stop_propagation();
            let shown = layouts.reveal(&story, window.get_untracked(), width.get_untracked(), &widths, next);
            if shown != window.get_untracked() {
                window.set(shown);
            }
            focus.set(Some(next));
            focused_in.set_value(true);
            focus_stop();
        }
    };
    let on_focus_out = move |ev: FocusEvent| {
        // Focus moving elsewhere, or a click on the page that leaves the
        // button in place, clears the flag; a button removed by a re-render
        // keeps it, so the focus comes back.
        if ev.related_target().is_some() {
            focused_in.set_value(false);
            return;
        }
        let Some(left) = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()) else { return };
        request_animation_frame(move || {
            if left.is_connected() {
                focused_in.set_value(false);
            }
        });
    };
    // Focus that arrives by pointer or Tab changes no signal: a press
    // re-rendering the marks under the pointer would lose its click (Safari
    // fires none when the pointer goes up on a new element).
    let on_focus_in = move |_: FocusEvent| focused_in.set_value(true);
    let ticks = move || {
        layout.with(|l| {
            // Every label whole and apart (a day names its year where it changes).
            let words = words(ui);
            let x = |t: &TimeTick| l.scale.map(f64::from(t.day.0));
            let widths = |t: &[TimeTick]| {
                words.time_ticks(t).iter().map(|s| estimate_width(s, TICK_SIZE, f64::INFINITY)).collect()
            };
            let ticks = legible_ticks(&l.ticks, x, widths, l.tick_room, 8.0);
            ticks
                .iter()
                .zip(words.time_ticks(&ticks))
                .map(|(tick, text)| {
                    let x = l.scale.map(f64::from(tick.day.0));
                    view! { <span class="tt-tick" style:left=format!("{}px", x.round() as i32)>{text}</span> }
                })
                .collect_view()
        })
    };
    // Marks are plain elements rebuilt in place when the layout, the
    // selection or the tab stop changes: no reactive attribute and no
    // listener per mark (a click is handled once, on the list), so a pan step
    // only rewrites the styles and texts that changed.
    let marks = {
        let (story, boxes, dates) = (story.clone(), boxes.clone(), dates.clone());
        move || {
            // The layout first: `stop` is computed from it, and a memo read
            // through another memo first would be seen as unchanged here.
            layout.track();
            let (chosen, stop) = (selected.get(), stop.get());
            layout.with(|l| {
                let n = story.events.len();
                // Every event is an item (up to LIST_EVERY_EVENT), so the
                // counts are the sighted reader's only: a screen reader
                // reads the events they stand for.
                let counted = if n <= LIST_EVERY_EVENT { Some("true") } else { None };
                // The counts of events beyond the window, at the axis's ends:
                // each goes to the nearest of them.
                let earlier = (l.earlier > 0).then(|| {
                    (l.earlier - 1, ui.earlier_events, "tt-edge-start", format!("‹ {}", l.earlier), l.earlier)
                });
                let later = (l.later > 0)
                    .then(|| (n - l.later, ui.later_events, "tt-edge-end", format!("{} ›", l.later), l.later));
                let edges = earlier.into_iter().chain(later).map(|(target, words, side, text, count)| {
                    let name = words.replace("{n}", &count.to_string());
                    view! {
                        <li class=format!("tt-edge {side}") aria-hidden=counted><button type="button" data-index=target tabindex="-1"
                            title=name.clone() aria-label=name>{text}</button></li>
                    }
                    .into_any()
                });
                let tops = lane_tops(l, &boxes);
                list_items(l, n)
                    .into_iter()
                    .map(|item| match item {
                        ListItem::Mark(m) => {
                            mark_view(&l.marks[m], &story, &dates, (&boxes, &tops), chosen, stop, l.scale)
                        }
                        ListItem::Unseen(i) => event_item(&story, &dates, i, true).into_any(),
                    })
                    .chain(edges)
                    .collect_view()
            })
        }
    };
    let listed = RwSignal::new(None::<(usize, usize)>);
    let on_click = {
        let (story, widths) = (story.clone(), widths.clone());
        move |ev: web_sys::MouseEvent| {
            let Some(button) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("button").ok().flatten())
            else {
                return;
            };
            // The numbers are ours, but the shadow root is open: read them as
            // untrusted, so a page that rewrites them cannot stop the widget.
            let number = |name: &str| button.get_attribute(name).and_then(|v| v.parse::<usize>().ok());
            let event = |i: usize| story.events.get(i);
            if let Some(index) = number("data-index").filter(|&i| event(i).is_some()) {
                listed.set(None);
                // The clicked event, not an earlier keyboard move, keeps its
                // label (set after the click, never during the press).
                focus.set(Some(index));
                selected.set(Some(index));
                // Already selected, it is still brought into view (a count at
                // the axis's end goes to an event the window left).
                let shown = layouts.reveal(&story, window.get_untracked(), width.get_untracked(), &widths, index);
                if shown != window.get_untracked() {
                    window.set(shown);
                }
            } else if let (Some(first), Some(count)) = (number("data-first"), number("data-count")) {
                if event(first).is_none() || count == 0 {
                    return;
                }
                // A badge always opens: by zooming in, or, for events that no
                // zoom can tell apart (the same day), as a list of them.
                let priority = focus.get_untracked().or(selected.get_untracked());
                let (shown, at) = (window.get_untracked(), width.get_untracked());
                match layouts.open_cluster(&story, shown, at, &widths, first, count, priority) {
                    ClusterOpening::Zoom(shown) => {
                        listed.set(None);
                        window.set(shown);
                    }
                    ClusterOpening::List => listed.set(Some((first, count))),
                }
            }
        }
    };
    // The events of a cluster that zooming cannot open, each a button with
    // its date and whole title (the same click handler picks one).
    let list_view = {
        let (story, dates, pick) = (story.clone(), dates.clone(), on_click.clone());
        move || {
            let (first, count) = listed.get()?;
            let items = (first..first + count)
                .filter(|&i| i < story.events.len())
                .map(|i| event_item(&story, &dates, i, false).into_any())
                .collect_view();
            Some(view! { <ul class="tt-cluster-list" on:click=pick.clone()>{items}</ul> })
        }
    };
    let strip_boxes = boxes.clone();
    view! {
        <div class="tt-timeline" part="timeline" role="region" aria-label=ui.timeline
            style:height=move || {
                let height = layout.with(|l| strip_height(l, &strip_boxes));
                if strip.get_untracked() != height {
                    strip.set(height);
                }
                format!("{height}px")
            }>
            <p class="tt-visually-hidden" id="tt-timeline-help">{ui.timeline_help}</p>
            <ol class="tt-marks" node_ref=list aria-describedby="tt-timeline-help" on:keydown=on_key on:click=on_click.clone()
                on:focusin=on_focus_in on:focusout=on_focus_out
                on:pointerdown=move |_| focused_in.set_value(false)>{marks}</ol>
            <div class="tt-axis" aria-hidden="true">{ticks}</div>
        </div>
        {list_view}
    }
}

/// Gives the keyboard's focus to the mark (first event, is a cluster) inside
/// `root`, if it is there, without scrolling the page.
pub fn focus_mark(root: &web_sys::Element, (first, cluster): (usize, bool)) {
    let selector = if cluster {
        format!(".tt-cluster[data-first=\"{first}\"]")
    } else {
        format!(".tt-event[data-index=\"{first}\"]")
    };
    if let Some(button) = root.query_selector(&selector).ok().flatten().and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = button.focus_with_options(&options);
    }
}

/// An event as an item of a list, a button named by its date and title
/// that the list's click handler opens: in a cluster's list of same-day
/// events (`hidden` false), or visually hidden for screen readers, out of
/// the tab order (an event on no mark, or on a badge). One element shape
/// for both, as `AnyView`: each shape Leptos builds costs the wasm its own
/// code.
fn event_item(story: &Story, dates: &EventDates, index: usize, hidden: bool) -> impl IntoView {
    let (item, button, date, title, tab) = if hidden {
        ("tt-visually-hidden", "tt-unseen", "", "", Some("-1"))
    } else {
        ("", "tt-listed", "tt-event-date", "tt-event-title", None)
    };
    view! {
        <li class=item><button type="button" class=button data-index=index tabindex=tab>
            <span class=date>{dates.get(index).to_owned()}</span>
            " "
            <span class=title lang=story.lang.clone()>{story.events[index].title.clone()}</span>
        </button></li>
    }
}

/// Roving tabindex: "0" for the list's one tab stop, "-1" for the others.
fn tab_index(stop: Option<(usize, bool)>, mark: (usize, bool)) -> &'static str {
    if stop == Some(mark) {
        "0"
    } else {
        "-1"
    }
}

/// One mark as plain elements: an event's button, or a cluster's count badge
/// (the list's click handler reads `data-index`, or `data-first` and `data-count`).
fn mark_view(
    mark: &Mark,
    story: &Story,
    dates: &EventDates,
    // The labels' boxes, and how far above the axis each lane stands.
    (boxes, tops): (&[LabelBox], &[f64]),
    selected: Option<usize>,
    stop: Option<(usize, bool)>,
    scale: crate::geometry::scale::TimeScale,
) -> AnyView {
    let left = format!("{}px", mark.stem.round() as i32);
    let shift = format!("{}px", (mark.x - mark.stem).round() as i32);
    let height = format!("{}px", tops[mark.lane]);
    if mark.is_cluster() {
        // The badge stands at its stem, on the side its box lies (a box kept
        // for a label that became a cluster is wider than the badge).
        let at = if mark.x + 1.0 < mark.stem { mark.stem - BADGE_WIDTH } else { mark.stem };
        let at = at.clamp(mark.x, (mark.end - BADGE_WIDTH).max(mark.x));
        let shift = format!("{}px", (at - mark.stem).round() as i32);
        let count = mark.count();
        let title = format!(
            "{}, {} – {}",
            dates.ui().events_count.replace("{n}", &count.to_string()),
            dates.get(mark.first),
            dates.get(mark.last)
        );
        // A badge is announced as the group of its events, each an item.
        let events = (story.events.len() <= LIST_EVERY_EVENT).then(|| {
            let items = (mark.first..=mark.last).map(|i| event_item(story, dates, i, true).into_any()).collect_view();
            view! { <ul class="tt-visually-hidden" aria-label=title.clone()>{items}</ul> }
        });
        return view! {
            <li class="tt-mark tt-mark-cluster" style:left=left style:height=height>
                <button type="button" class="tt-cluster" part="cluster" style:left=shift title=title.clone() aria-label=title.clone()
                    data-count=count data-first=mark.first tabindex=tab_index(stop, (mark.first, true))>
                    {count.to_string()}
                </button>
                {events}
            </li>
        }
        .into_any();
    }
    let index = mark.first;
    let event = &story.events[index];
    let covers = event.end.unwrap_or(event.date);
    let span_width = (scale.map(f64::from(covers.end_day().0)) - mark.stem).max(2.0);
    let uncertain = event.certainty != Certainty::Exact;
    let label = boxes[index];
    // A title too long to be whole here is left to the card: the mark shows
    // its date, and names the event to screen readers.
    let title = (label.title_lines > 0).then(|| {
        view! { <span class="tt-event-title" lang=story.lang.clone()>{event.title.clone()}</span> }
    });
    let name = (label.title_lines == 0).then(|| format!("{}, {}", dates.get(index), event.title));
    view! {
        <li class="tt-mark" class:tt-uncertain=uncertain style:left=left style:height=height>
            <span class="tt-span" aria-hidden="true" style:width=format!("{}px", span_width.round() as i32)></span>
            <button type="button" class="tt-event" part="event" style:left=shift style:width=format!("{}px", label.width.round() as i32)
                data-id=event.id.clone() data-index=index aria-label=name
                tabindex=tab_index(stop, (index, false))
                aria-pressed=if selected == Some(index) { "true" } else { "false" }>
                <span class="tt-event-date">{dates.get(index).to_owned()}</span>
                {title}
            </button>
        </li>
    }
    .into_any()
}
