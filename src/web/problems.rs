//! What an invalid story shows in its place: every problem, located by line
//! and column, so a journalist can fix the file without a terminal.

use leptos::prelude::*;

use crate::words::ui_text::UiText;

/// The list of a story's problems.
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
