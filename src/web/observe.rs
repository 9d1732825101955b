//! The one place that touches browser observers.
//!
//! `use_width` follows an element's width with a `ResizeObserver` and stops
//! observing when the component that asked is cleaned up, so a widget that
//! is removed from the page leaves nothing behind. `on_colour_scheme_change`
//! follows `prefers-color-scheme` the same way, and `use_printing` the print
//! media (printing, or print emulated by developer tools and tests).

use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use web_sys::{ResizeObserver, ResizeObserverEntry};

/// The width of `target` in CSS pixels, kept up to date: `known` when the
/// caller knows it already (measuring would force a layout of the whole
/// page in the middle of the first render), else measured once mounted.
pub fn use_width(target: NodeRef<Div>, known: Option<f64>) -> ReadSignal<f64> {
    let (width, set_width) = signal(known.map_or(0.0, f64::round));
    Effect::new(move |_| {
        let Some(element) = target.get() else { return };
        if known.is_none() {
            set_width.set(f64::from(element.client_width()));
        }
        // The new width is set in the next frame, not in the observer's
        // callback: a render there changes the observed box's height in
        // the same frame, which browsers report as a ResizeObserver loop
        // (Firefox as an uncaught error, when a scrollbar came after the
        // loader's width was taken).
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries.get(0).dyn_ref::<ResizeObserverEntry>() {
                let measured = entry.content_rect().width().round();
                if measured != width.get_untracked() {
                    request_animation_frame(move || {
                        if measured != width.get_untracked() {
                            set_width.set(measured);
                        }
                    });
                }
            }
        });
        let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) else { return };
        observer.observe(&element);
        let held = SendWrapper::new((observer, callback));
        on_cleanup(move || {
            let (observer, _callback) = held.take();
            observer.disconnect();
        });
    });
    width
}

/// The screen's device pixels per CSS pixel.
pub fn pixel_ratio() -> f64 {
    web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()).max(1.0)
}

/// Calls `changed` whenever the reader's colour scheme (light or dark)
/// changes, until the component that asked is cleaned up.
pub fn on_colour_scheme_change(changed: impl Fn() + 'static) {
    on_media_change("(prefers-color-scheme: dark)", move |_| changed());
}

/// Whether the page is being printed, kept up to date.
pub fn use_printing() -> ReadSignal<bool> {
    let matches =
        |query: &str| web_sys::window().and_then(|w| w.match_media(query).ok().flatten()).is_some_and(|q| q.matches());
    let (printing, set_printing) = signal(matches("print"));
    on_media_change("print", move |now| {
        if printing.get_untracked() != now {
            set_printing.set(now);
        }
    });
    printing
}

/// Calls `changed` with whether `query` matches, whenever that changes,
/// until the component that asked is cleaned up.
fn on_media_change(query: &str, changed: impl Fn(bool) + 'static) {
    let Some(list) = web_sys::window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return;
    };
    let watched = list.clone();
    let callback = Closure::<dyn FnMut()>::new(move || changed(watched.matches()));
    if list.add_event_listener_with_callback("change", callback.as_ref().unchecked_ref()).is_err() {
        return;
    }
    let held = SendWrapper::new((list, callback));
    on_cleanup(move || {
        let (list, callback) = held.take();
        let _ = list.remove_event_listener_with_callback("change", callback.as_ref().unchecked_ref());
    });
}
