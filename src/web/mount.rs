//! Mounting a widget: `mount` reads a story's JSON text with the pure core's
//! strict reader (`story::accept_story`) and mounts the widget, or in place
//! of a story it refuses the readers' sentence, into an element the loader
//! made inside its shadow root. (A story the host sets as an object reaches
//! here as `JSON.stringify`'s text: the browser's own converter costs the
//! wasm nothing, where deserializing through serde-wasm-bindgen measured
//! 6.4 KiB brotli.)
//!
//! Why a story is refused, and what may mislead in one that is shown, is
//! worded by the second module (`extras.rs`, `story::record::Report`),
//! which the loader asks only then: this module says only *whether* there
//! is anything to word ([`Widget::valid`], [`Widget::has_warnings`]), and
//! shows the problems' lines it is handed back ([`Widget::explain`]). The
//! returned [`Widget`] owns the mount and is the host's only handle on it:
//! select an event, restyle after a theme change. Destroying it unmounts
//! everything, so a host page that removes the element leaks nothing.

use std::any::Any;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::app::{self, Controls};
use super::later::Later;
use super::problems;
use crate::geometry::timeline::NARROW;
use crate::geometry::window::{TimeWindow, NOT_A_SPAN};
use crate::story::advice::has_warnings;
use crate::story::{accept_story, Story};
use crate::words::ui_text::{french, UiText};

/// Widgets mounted and not yet destroyed, on this page.
static LIVE: AtomicUsize = AtomicUsize::new(0);

/// A mounted widget. Destroy it (or let it be garbage-collected) to unmount.
#[wasm_bindgen]
pub struct Widget {
    story: Option<Arc<Story>>,
    has_warnings: bool,
    start_problem: Option<String>,
    /// Where a refused story's problems are listed, with `preview`.
    problems: Option<web_sys::Element>,
    controls: Controls,
    /// The event the widget opened on, which it shows again above the
    /// article's first step.
    opened: Option<usize>,
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

    /// Whether the valid story has warnings (`story::advice`), which the
    /// second module words.
    #[wasm_bindgen(getter, js_name = hasWarnings)]
    pub fn has_warnings(&self) -> bool {
        self.has_warnings
    }

    /// Why the `start` the host asked for could not be opened (no event
    /// has that id), if it could not.
    #[wasm_bindgen(getter, js_name = startProblem)]
    pub fn start_problem(&self) -> Option<String> {
        self.start_problem.clone()
    }

    /// Shows a refused story's problems, one line each as a person reads
    /// them ("line 3, column 5: events[0].date: …"), where `preview` lists
    /// them; readers keep their one sentence.
    pub fn explain(&self, lines: Vec<String>) {
        let Some(list) = &self.problems else { return };
        let Some(document) = list.owner_document() else { return };
        // The lines handed last replace any handed before.
        list.set_text_content(None);
        for line in lines {
            // As text: a line quotes the story, which is never read as HTML.
            let (Ok(item), Ok(code)) = (document.create_element("li"), document.create_element("code")) else { return };
            code.set_text_content(Some(&line));
            let _ = item.append_child(&code);
            let _ = list.append_child(&item);
        }
    }

    /// Resolves once the whole widget is drawn: its second stage (the chart
    /// and what follows it) comes a task after `mount` returns.
    #[wasm_bindgen(getter)]
    pub fn drawn(&self) -> js_sys::Promise {
        self.drawn.clone()
    }

    /// Selects the event with `id` (`null` closes the card). Returns a
    /// message when no event has that id, and changes nothing then.
    ///
    /// With `step` (a step of the host's article, steps.js), shows what it
    /// names: `id` `""` is the whole story and `null` what the widget
    /// opened on; `window` ("2013/2025") the span opened, else the event
    /// is moved to as "›" would; in one glide. `step` false only checks.
    pub fn select(&self, id: Option<String>, window: Option<String>, step: Option<bool>) -> Option<String> {
        if id.is_none() && step.is_none() {
            self.controls.selected.set(None);
            return None;
        }
        let Some(story) = &self.story else { return Some("the story is not valid: nothing to select".to_owned()) };
        let fit = TimeWindow::fit(story);
        let (event, shown) = match (id.as_deref(), step) {
            (None, _) => (self.opened, Some(fit.shown)),
            (Some(""), Some(_)) => (None, Some(fit.full)),
            (Some(id), _) => match story.event_index(id) {
                Ok(index) => (Some(index), None),
                Err(message) => return Some(message),
            },
        };
        let shown = match window {
            Some(span) => match fit.over(&span) {
                Some(over) => Some(over.shown),
                None => return Some(format!("data-tt-window=\"{span}\" {NOT_A_SPAN}")),
            },
            None => shown,
        };
        if step != Some(false) {
            if step.is_some() {
                self.controls.stepping.set(Some(shown));
            }
            self.controls.selected.set(event);
        }
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

/// The interface's words a mount is given, read once per language (they
/// live as long as the page); French when none are given or they do not read.
fn words_for(text: Option<String>) -> &'static UiText {
    thread_local! {
        static READ: std::cell::RefCell<Vec<&'static UiText>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let Some(text) = text else { return french() };
    READ.with_borrow_mut(|read| {
        if let Some(ui) = read.iter().find(|ui| text.lines().next() == Some(ui.lang)) {
            return *ui;
        }
        let Some(ui) = UiText::parse(Box::leak(text.into_boxed_str())) else { return french() };
        let ui: &'static UiText = Box::leak(Box::new(ui));
        read.push(ui);
        ui
    })
}

#[wasm_bindgen]
extern "C" {
    /// What the loader hands [`mount`], as one plain object.
    pub type MountOptions;
    /// The story's JSON text.
    #[wasm_bindgen(method, getter)]
    fn story(this: &MountOptions) -> String;
    /// The interface's words when the page's language is not French: the
    /// text of `www/words/<lang>.txt`, fetched by the loader beside the
    /// wasm (the first module carries French only).
    #[wasm_bindgen(method, getter)]
    fn words(this: &MountOptions) -> Option<String>;
    /// The id of the event to open on.
    #[wasm_bindgen(method, getter)]
    fn start(this: &MountOptions) -> Option<String>;
    /// Called with an event's id (or `null`) whenever the selection changes,
    /// and whether a step of the article made it.
    #[wasm_bindgen(method, getter, js_name = onSelect)]
    fn on_select(this: &MountOptions) -> Option<js_sys::Function>;
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
    /// The height the element reserved while loading, in CSS pixels: once
    /// drawn, the widget is as tall (the chart takes up the difference).
    #[wasm_bindgen(method, getter)]
    fn height(this: &MountOptions) -> Option<f64>;
    /// A stepped widget on a phone: strip and chart only.
    #[wasm_bindgen(method, getter)]
    fn compact(this: &MountOptions) -> Option<bool>;
}

/// Mounts the story of `options` into `container`: `{ story, words, start,
/// onSelect, copyLink, preview, extras, width, height, compact }` (see [`MountOptions`]).
/// Never throws: an invalid story mounts one sentence for readers, or with
/// `preview` the list [`Widget::explain`] fills.
#[wasm_bindgen]
pub fn mount(container: web_sys::HtmlElement, options: &MountOptions) -> Widget {
    // Release builds abort on a panic before any hook could run (build-dist.sh).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let ui = words_for(options.words());
    let story_json = options.story();
    let controls = Controls {
        selected: ArcRwSignal::new(None),
        restyle: ArcRwSignal::new(0),
        on_select: options.on_select(),
        copy_link: options.copy_link(),
        width: options.width().filter(|w| w.is_finite() && *w > 0.0),
        reserved: options.height().filter(|h| h.is_finite() && *h > 0.0),
        complete: ArcRwSignal::new(false),
        stepping: Default::default(),
        compact: options.compact().unwrap_or(false),
    };
    LIVE.fetch_add(1, Ordering::Relaxed);
    let Some(story) = accept_story(&story_json) else {
        let preview = options.preview().unwrap_or(false);
        let host = container.clone();
        let mount = leptos::mount::mount_to(container, move || view! { <problems::Problems ui preview/> }.into_any());
        let drawn = js_sys::Promise::resolve(&JsValue::UNDEFINED);
        return Widget {
            story: None,
            has_warnings: false,
            start_problem: None,
            problems: host.query_selector(".tt-problems ul").ok().flatten(),
            controls,
            opened: None,
            drawn,
            _mount: Box::new(mount),
        };
    };
    let story = Arc::new(story);
    let start_problem = options.start().and_then(|id| match story.event_index(&id) {
        Ok(index) => {
            controls.selected.set(Some(index));
            None
        }
        Err(message) => Some(message),
    });
    // On a phone the story starts without a tap: the first event of the
    // opening window is open, its card under the strip (a card on a wide
    // view would push the chart down for a reader who sees the strip whole).
    if controls.selected.get_untracked().is_none() && controls.width.is_some_and(|w| w < NARROW) {
        controls.selected.set(TimeWindow::fit(&story).first_event(&story));
    }
    let (shown, held) = (story.clone(), controls.clone());
    let later = Later::new(options.extras(), Arc::from(story_json), ui.lang);
    let mount =
        leptos::mount::mount_to(container, move || view! { <app::App story=shown ui controls=held later/> }.into_any());
    let drawn = second_stage(controls.complete.clone());
    Widget {
        has_warnings: has_warnings(&story),
        story: Some(story),
        start_problem,
        problems: None,
        opened: controls.selected.get_untracked(),
        controls,
        drawn,
        _mount: Box::new(mount),
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
