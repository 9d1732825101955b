//! The selected event's card: its date as written, title, text, category
//! and sources as links.
//!
//! Text is inserted as text, paragraph by paragraph; a link is only ever a
//! source's http(s) URL, opened with `rel="noopener noreferrer"`.

use std::sync::Arc;

use leptos::prelude::*;

use super::format::date_range;
use crate::story::Story;
use crate::ui_text::UiText;

/// The card of the selected event, or nothing.
#[component]
pub fn EventCard(story: Arc<Story>, ui: &'static UiText, selected: RwSignal<Option<usize>>) -> impl IntoView {
    move || {
        let index = selected.get()?;
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
        let paragraphs = event.text.split("\n\n").map(|p| view! { <p>{p.trim().to_owned()}</p> }).collect_view();
        Some(view! {
            <section class="tt-card" data-id=event.id.clone() aria-labelledby="tt-card-title">
                <button type="button" class="tt-card-close" aria-label=ui.close on:click=move |_| selected.set(None)>
                    "×"
                </button>
                <p class="tt-card-date">{date_range(&event.date, event.end.as_ref(), event.certainty, ui)}</p>
                <h3 class="tt-card-title" id="tt-card-title">{event.title.clone()}</h3>
                {event.category.clone().map(|c| view! { <p class="tt-card-category">{c}</p> })}
                <div class="tt-card-text">{paragraphs}</div>
                <p class="tt-card-sources-label">{format!("{}{}", ui.sources, ui.colon)}</p>
                <ul class="tt-card-sources">{sources}</ul>
            </section>
        })
    }
}
