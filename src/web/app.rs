//! The widget's components: the story, or the problems that keep it from
//! being shown.
//!
//! For now the story is a list of its events in date order; the timeline and
//! the chart replace it. Text from the story is always inserted as text.

use leptos::prelude::*;

use super::format::date_with_certainty;
use crate::story::{Event, Story};
use crate::ui_text::UiText;

/// The whole widget for a valid story.
#[component]
pub fn App(story: Story, ui: &'static UiText) -> impl IntoView {
    let sources = story.sources.clone();
    let events = story
        .events
        .into_iter()
        .map(|event| {
            let names: Vec<String> = event.sources.iter().map(|s| sources[s.0].name.clone()).collect();
            view! { <EventItem event names ui/> }
        })
        .collect_view();
    view! {
        <article class="tt" lang=story.lang>
            <header class="tt-header">
                <h2 class="tt-title">{story.title}</h2>
                {story.subtitle.map(|s| view! { <p class="tt-subtitle">{s}</p> })}
            </header>
            <section class="tt-events" aria-label=ui.events>
                <ol class="tt-event-list">{events}</ol>
            </section>
        </article>
    }
}

#[component]
fn EventItem(event: Event, names: Vec<String>, ui: &'static UiText) -> impl IntoView {
    let date = date_with_certainty(&event.date, event.certainty, ui);
    view! {
        <li class="tt-event" data-id=event.id>
            <p class="tt-event-date">{date}</p>
            <h3 class="tt-event-title">{event.title}</h3>
            <p class="tt-event-sources">{format!("{}{} {}", ui.sources, ui.colon, names.join(", "))}</p>
        </li>
    }
}

/// What an invalid story shows in its place: every problem, located.
#[component]
pub fn Problems(lines: Vec<String>, ui: &'static UiText) -> impl IntoView {
    view! {
        <div class="tt-problems" role="alert">
            <h2 class="tt-problems-title">{ui.problems}</h2>
            <p>{ui.problems_intro}</p>
            <ul>{lines.into_iter().map(|line| view! { <li><code>{line}</code></li> }).collect_view()}</ul>
        </div>
    }
}
