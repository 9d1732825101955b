//! The printed widget: a static, complete version. On paper there is no
//! zooming and no card to open, so every event is listed with its date in
//! words, its text and its sources, and every figure is in a table: the
//! core's static tree, as the command line's fallback writes it. It is
//! built only while the page is printed (or print is emulated); the
//! stylesheet hides the interactive parts then and writes each link's
//! address after it.

use std::sync::Arc;

use leptos::prelude::*;

use super::intl::words;
use super::static_dom::static_block;
use crate::export::static_story::{data_tables, event_list};
use crate::story::Story;
use crate::words::ui_text::UiText;

/// Every event, then every figure.
#[component]
pub fn PrintVersion(story: Arc<Story>, ui: &'static UiText) -> impl IntoView {
    static_block("tt-print", move || {
        let words = words(ui);
        let mut parts = vec![event_list(&story, &words)];
        parts.extend(data_tables(&story, &words));
        parts
    })
}
