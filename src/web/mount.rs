//! Mounting a widget: `mount` reads a story's JSON text with the pure core
//! and mounts the widget, or the list of the story's problems, into an
//! element the loader made inside its shadow root. (A story the host sets as
//! an object reaches here as `JSON.stringify`'s text: the browser's own
//! converter costs the wasm nothing, where deserializing through
//! serde-wasm-bindgen measured 6.4 KiB brotli. The other way, the problems
//! and warnings go out as plain objects through serde-wasm-bindgen's
//! serializer: 1.5 KiB with the records.) The returned [`Widget`] owns the
//! mount and is the host's only handle on it: select an event, restyle
//! after a theme change. Destroying it unmounts everything, so a host page
//! that removes the element leaks nothing.

use std::any::Any;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::app::{self, Controls};
use super::later::Later;
use super::problems;
use crate::story::record::{Record, Severity};
use crate::story::{parse_story, Problem, ProblemKind, Story};
use crate::words::ui_text::{ui_text, UiText};

/// Widgets mounted and not yet destroyed, on this page.
static LIVE: AtomicUsize = AtomicUsize::new(0);

/// A mounted widget. Destroy it (or let it be garbage-collected) to unmount.
#[wasm_bindgen]
pub struct Widget {
    problems: Vec<Record>,
    warnings: Vec<Record>,
    story: Option<Arc<Story>>,
    controls: Controls,
    drawn: js_sys::Promise,
    _mount: Box<dyn Any>,
}

#[wasm_bindgen]
impl Widget {
    /// Whether the story was valid and is shown.
    #[wasm_bindgen(getter)]
    pub fn valid(&self) -> bool {
        self.story.is_some()
    }

    /// The story's problems, as objects `{ path, line, column, message,
    /// kind, severity, text }` (`story::record`); `text` is the line a
    /// person reads ("line 3, column 5: events[0].date: …").
    #[wasm_bindgen(getter)]
    pub fn problems(&self) -> JsValue {
        records(&self.problems)
    }

    /// Resolves once the whole widget is drawn: its second stage (the chart
    /// and what follows it) comes a task after `mount` returns.
    #[wasm_bindgen(getter)]
    pub fn drawn(&self) -> js_sys::Promise {
        self.drawn.clone()
    }

    /// What may mislead readers in a valid story, and what the host asked
    /// for that could not be done (an unknown `start` id), as objects like
    /// `problems`' with `severity: "warning"`.
    #[wasm_bindgen(getter)]
    pub fn warnings(&self) -> JsValue {
        records(&self.warnings)
    }

    /// Selects the event with `id` (`null` closes the card). Returns a
    /// message when no event has that id, and changes nothing then.
    pub fn select(&self, id: Option<String>) -> Option<String> {
        let index = match (id, &self.story) {
            (None, _) => None,
            (Some(id), Some(story)) => match story.event_index(&id) {
                Ok(index) => Some(index),
                Err(message) => return Some(message),
            },
            (Some(_), None) => return Some("the story is not valid: nothing to select".to_owned()),
        };
        self.controls.selected.set(index);
        None
    }

    /// Rereads the theme's colours (after the `theme` attribute or the
    /// host's custom properties changed).
    pub fn restyle(&self) {
        self.controls.restyle.update(|v| *v += 1);
    }

    /// Unmounts the widget and frees what it held.
    pub fn destroy(self) {}
}

impl Drop for Widget {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::Relaxed);
    }
}

#[wasm_bindgen]
extern "C" {
    /// What the loader hands [`mount`], as one plain object.
    pub type MountOptions;
    /// The story's JSON text.
    #[wasm_bindgen(method, getter)]
    fn story(this: &MountOptions) -> String;
    /// The interface's language (a BCP 47 tag).
    #[wasm_bindgen(method, getter)]
    fn lang(this: &MountOptions) -> Option<String>;
    /// The id of the event to open on.
    #[wasm_bindgen(method, getter)]
    fn start(this: &MountOptions) -> Option<String>;
    /// Called with an event's id (or `null`) whenever the selection changes.
    #[wasm_bindgen(method, getter, js_name = onSelect)]
    fn on_select(this: &MountOptions) -> Option<js_sys::Function>;
    /// Whether the host gave the story as an object (then only paths, not
    /// lines, locate a problem).
    #[wasm_bindgen(method, getter, js_name = fromObject)]
    fn from_object(this: &MountOptions) -> Option<bool>;
    /// With deep links on: copies an event's link, for the card's button.
    #[wasm_bindgen(method, getter, js_name = copyLink)]
    fn copy_link(this: &MountOptions) -> Option<js_sys::Function>;
    /// Whether the people who publish are looking (the `preview`
    /// attribute): an invalid story then lists its problems in place.
    #[wasm_bindgen(method, getter)]
    fn preview(this: &MountOptions) -> Option<bool>;
    /// Loads the second module once and resolves to its exports (SVG and
    /// CSV downloads, data tables, the printed version: `later.rs`).
    #[wasm_bindgen(method, getter)]
    fn extras(this: &MountOptions) -> Option<js_sys::Function>;
    /// The widget's width in CSS pixels, when the loader knows it already
    /// (from the entry that told it the element came near): the first
    /// render then forces no layout of the page to measure it.
    #[wasm_bindgen(method, getter)]
    fn width(this: &MountOptions) -> Option<f64>;
}

/// Mounts the story of `options` into `container`: `{ story, lang, start,
/// onSelect, fromObject, copyLink, preview, extras }` (see [`MountOptions`]). Never
/// throws: an invalid story mounts one sentence for readers, or its
/// problems with `preview`.
#[wasm_bindgen]
pub fn mount(container: web_sys::HtmlElement, options: &MountOptions) -> Widget {
    // Release builds abort on a panic before any hook could run (build-dist.sh).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let ui = ui_text(&options.lang().unwrap_or_default());
    let story_json = options.story();
    let text = (!options.from_object().unwrap_or(false)).then_some(story_json.as_str());
    let read = parse_story(&story_json).map_err(|problems| located(&problems, text, ui));
    let controls = Controls {
        selected: ArcRwSignal::new(None),
        restyle: ArcRwSignal::new(0),
        on_select: options.on_select(),
        copy_link: options.copy_link(),
        width: options.width().filter(|w| w.is_finite() && *w > 0.0),
        complete: ArcRwSignal::new(false),
    };
    LIVE.fetch_add(1, Ordering::Relaxed);
    match read {
        Ok(story) => {
            let story = Arc::new(story);
            // What may mislead readers (story::advice), located as problems are.
            let mut warnings = located(&crate::story::advice::warnings(&story), text, ui);
            if let Some(id) = options.start() {
                match story.event_index(&id) {
                    Ok(index) => controls.selected.set(Some(index)),
                    Err(message) => warnings.push(Record {
                        file: None,
                        path: "start".to_owned(),
                        line: None,
                        column: None,
                        text: format!("start: {message}"),
                        message,
                        kind: ProblemKind::UnknownReference,
                        severity: Severity::Warning,
                    }),
                }
            }
            let (shown, held) = (story.clone(), controls.clone());
            let later = Later::new(options.extras(), Arc::from(story_json), ui.lang);
            let mount = leptos::mount::mount_to(container, move || {
                view! { <app::App story=shown ui controls=held later/> }.into_any()
            });
            let drawn = second_stage(controls.complete.clone());
            Widget { problems: Vec::new(), warnings, story: Some(story), controls, drawn, _mount: Box::new(mount) }
        }
        Err(records) => {
            let shown = records.iter().map(|r| r.text.clone()).collect();
            let preview = options.preview().unwrap_or(false);
            let mount = leptos::mount::mount_to(container, move || {
                view! { <problems::Problems lines=shown ui preview/> }.into_any()
            });
            let drawn = js_sys::Promise::resolve(&JsValue::UNDEFINED);
            Widget { problems: records, warnings: Vec::new(), story: None, controls, drawn, _mount: Box::new(mount) }
        }
    }
}

/// Shows the widget's second stage in a task of its own, then resolves the
/// promise returned in the task after that, once it is drawn.
fn second_stage(complete: ArcRwSignal<bool>) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _| {
        let complete = complete.clone();
        set_timeout(
            move || {
                complete.set(true);
                set_timeout(move || drop(resolve.call0(&JsValue::NULL)), Duration::ZERO);
            },
            Duration::ZERO,
        );
    })
}

/// Each problem as a record, located in `text` when the story was given as
/// text; its line for people prefixed by that line and column in the
/// reader's language.
fn located(problems: &[Problem], text: Option<&str>, ui: &UiText) -> Vec<Record> {
    let said = |problem: &Problem, message: &str, position: Option<(usize, usize)>| match position {
        Some((line, column)) => {
            format!("{} {line}, {} {column}{} {}: {message}", ui.line, ui.column, ui.colon, problem.path)
        }
        None => format!("{}: {message}", problem.path),
    };
    problems.iter().map(|p| Record::new(p, text, said)).collect()
}

/// Records as an array of plain objects for the loader and its events.
fn records(records: &[Record]) -> JsValue {
    use serde::Serialize;
    // A line or column that is not known is `null`, not left out.
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    records.serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// How many widgets are mounted on this page (for leak checks).
#[wasm_bindgen(js_name = liveWidgets)]
pub fn live_widgets() -> usize {
    LIVE.load(Ordering::Relaxed)
}

/// The WebAssembly memory's size in bytes (it grows, never shrinks).
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map_or(0.0, |m| m.buffer().dyn_into::<js_sys::ArrayBuffer>().map_or(0.0, |b| f64::from(b.byte_length())))
}
