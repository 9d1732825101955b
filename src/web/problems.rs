//! What an invalid story shows in its place. Readers get one plain
//! sentence, and the host's fallback content beside it (the loader's slot);
//! with `preview` (the people who publish: a CMS preview, the demo's
//! workshop) every problem is listed, located by line and column, so a
//! journalist can fix the file without a terminal, as soon as the second
//! module has worded them (`Widget::explain` writes them into the list,
//! with no reactive view of its own). The loader also writes
//! the problems to the console and to `trade-timeline:error`.

use leptos::prelude::*;

use crate::words::ui_text::UiText;

/// The sentence for readers, or the list of a story's problems.
#[component]
pub fn Problems(ui: &'static UiText, preview: bool) -> impl IntoView {
    if !preview {
        return view! { <p class="tt-unavailable" part="failure">{ui.problems}"."</p> }.into_any();
    }
    view! {
        <div class="tt-problems" part="problems" role="alert">
            <h2 class="tt-problems-title">{ui.problems}</h2>
            <p>{ui.problems_intro}</p>
            // Filled by `Widget::explain`, once the second module has worded them.
            <ul></ul>
        </div>
    }
    .into_any()
}
