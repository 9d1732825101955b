//! The browser side: what the loader calls, and the Leptos components.
//!
//! `mount` reads a story's text with the pure core and mounts the widget (or
//! the list of the story's problems) into an element the loader made inside
//! its shadow root. The returned [`Widget`] owns the mount: dropping or
//! destroying it unmounts everything, so a host page that removes the
//! element leaks nothing. Only this module and its children import leptos,
//! web-sys or js-sys.

mod app;
mod card;
mod chart_view;
mod format;
mod gestures;
mod legend;
mod observe;
mod problems;
mod timeline_view;

use std::any::Any;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::json_position::locate;
use crate::story::parse_story;
use crate::ui_text::ui_text;

/// A mounted widget. Drop it (or call `destroy`) to unmount.
#[wasm_bindgen]
pub struct Widget {
    valid: bool,
    problems: Vec<String>,
    _mount: Box<dyn Any>,
}

#[wasm_bindgen]
impl Widget {
    /// Whether the story was valid and is shown.
    #[wasm_bindgen(getter)]
    pub fn valid(&self) -> bool {
        self.valid
    }

    /// The story's problems, one line each ("line 3, column 5: events[0].date: …").
    #[wasm_bindgen(getter)]
    pub fn problems(&self) -> Vec<String> {
        self.problems.clone()
    }

    /// Unmounts the widget and frees what it held.
    pub fn destroy(self) {}
}

/// Mounts the story written in `story_json` into `container`, with the
/// interface in `ui_lang`. Never throws: an invalid story mounts its problems.
#[wasm_bindgen]
pub fn mount(container: web_sys::HtmlElement, story_json: &str, ui_lang: &str) -> Widget {
    console_error_panic_hook::set_once();
    let ui = ui_text(ui_lang);
    match parse_story(story_json) {
        Ok(story) => {
            let mount = leptos::mount::mount_to(container, move || view! { <app::App story ui/> }.into_any());
            Widget { valid: true, problems: Vec::new(), _mount: Box::new(mount) }
        }
        Err(problems) => {
            let lines: Vec<String> = problems
                .iter()
                .map(|p| {
                    let (line, column) = p.position.or_else(|| locate(story_json, &p.path)).unwrap_or((1, 1));
                    format!("{} {line}, {} {column}{} {p}", ui.line, ui.column, ui.colon)
                })
                .collect();
            let shown = lines.clone();
            let mount =
                leptos::mount::mount_to(container, move || view! { <problems::Problems lines=shown ui/> }.into_any());
            Widget { valid: false, problems: lines, _mount: Box::new(mount) }
        }
    }
}
