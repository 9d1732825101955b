//! The selected event's card: its date as written, title, text, category
//! and sources as links.
//!
//! Text is inserted as text, paragraph by paragraph; a link is only ever a
//! source's http(s) URL, opened with `rel="noopener noreferrer"`. With deep
//! links on, a "copy link" button copies the link to this event; when the
//! clipboard refuses, the link is shown to copy by hand.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::intl::words;
use super::timeline_view::focus_mark;
use crate::story::Story;
use crate::words::ui_text::UiText;

/// The card of the event `card` names (the selected one, unless a step of
/// the article selected it), or nothing.
#[component]
pub fn EventCard(
    story: Arc<Story>,
    ui: &'static UiText,
    selected: RwSignal<Option<usize>>,
    card: RwSignal<Option<usize>>,
    copy_link: Option<js_sys::Function>,
) -> impl IntoView {
    // What copying the link gave: Ok(()) copied, Err(link) to copy by hand.
    let copied = RwSignal::new(None::<Result<(), String>>);
    move || {
        let index = card.get()?;
        copied.set(None);
        let event = &story.events[index];
        let sources = event
            .sources
            .iter()
            .map(|r| {
                let source = &story.sources[r.0];
                let name = match &source.title {
                    Some(title) => format!("{} — {title}", source.name),
                    None => source.name.clone(),
                };
                match &source.url {
                    Some(url) => view! {
                        <li><a href=url.clone() rel="noopener noreferrer" target="_blank">{name}</a></li>
                    }
                    .into_any(),
                    None => view! { <li>{name}</li> }.into_any(),
                }
            })
            .collect_view();
        // A class, as the tooltip's notes have: one kind of paragraph list in the wasm, not two.
        let paragraphs =
            event.paragraphs().map(|p| view! { <p class="tt-card-paragraph">{p.to_owned()}</p> }).collect_view();
        Some(view! {
            <section class="tt-card" part="card" data-id=event.id.clone() aria-labelledby="tt-card-title">
                <button type="button" class="tt-card-close" aria-label=ui.close on:click=move |ev| {
                    selected.set(None);
                    return_focus(&ev, index);
                }>
                    "×"
                </button>
                <p class="tt-card-date">{words(ui).date_range(&event.date, event.end.as_ref(), event.certainty)}</p>
                <h3 class="tt-card-title" id="tt-card-title" lang=story.lang.clone()>{event.title.clone()}</h3>
                {event.category.clone().map(|c| view! { <p class="tt-card-category" lang=story.lang.clone()>{c}</p> })}
                <div class="tt-card-text" lang=story.lang.clone()>{paragraphs}</div>
                <p class="tt-card-sources-label">{format!("{}{}", ui.sources, ui.colon)}</p>
                <ul class="tt-card-sources">{sources}</ul>
                {copy_link.clone().map(|copy| {
                    let id = event.id.clone();
                    view! {
                        <p class="tt-card-share">
                            <button type="button" part="button" class="tt-copy-link"
                                on:click=move |_| copy_event_link(&copy, &id, copied)>{ui.copy_link}</button>
                            <span role="status">{move || match copied.get() {
                                Some(Ok(())) => view! { {ui.link_copied} }.into_any(),
                                Some(Err(link)) => view! { <a href=link.clone()>{link.clone()}</a> }.into_any(),
                                None => ().into_any(),
                            }}</span>
                        </p>
                    }
                })}
            </section>
        })
    }
}

/// Asks the host to copy the link to event `id`, then says how it went.
fn copy_event_link(copy: &js_sys::Function, id: &str, copied: RwSignal<Option<Result<(), String>>>) {
    let Ok(promise) = copy.call1(&JsValue::NULL, &id.into()) else { return };
    let promise = js_sys::Promise::resolve(&promise);
    // Each closure frees itself when called; the one never called is a few bytes.
    let done = Closure::once_into_js(move |_: JsValue| copied.set(Some(Ok(()))));
    let refused =
        Closure::once_into_js(move |link: JsValue| copied.set(Some(Err(link.as_string().unwrap_or_default()))));
    if let Ok(then) = js_sys::Reflect::get(&promise, &"then".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) {
        let _ = then.call2(&promise, &done, &refused);
    }
}

/// Once the card that held the focus is gone, gives the focus back to its
/// event on the timeline, so a keyboard reader stays where they were.
pub fn return_focus(ev: &web_sys::Event, index: usize) {
    let Some(widget) =
        ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest(".tt").ok().flatten())
    else {
        return;
    };
    request_animation_frame(move || focus_mark(&widget, (index, false)));
}
