//! The printed widget: a static, complete version. On paper there is no
//! zooming and no card to open, so every event is listed with its date in
//! words, its text and its sources, and every figure is in a table: the
//! core's static tree, as the command line's fallback writes it, built by
//! the second module (`extras.rs`), which the loader fetches when the page
//! is idle after the widget is ready. It is built only while the page is
//! printed (or print is emulated); once it is there the stylesheet hides
//! the timeline and the card it replaces, and writes each link's address
//! after it. Printed before the second module could arrive, the widget
//! prints as it is on screen, without its controls.

use leptos::prelude::*;

use super::later::{later_block, Later};

/// Every event, then every figure.
#[component]
pub fn PrintVersion(later: Later) -> impl IntoView {
    later_block("tt-print", later, "printVersion", |_| ())
}
