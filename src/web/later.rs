//! The widget's side of the second wasm module (`extras.rs`): the files a
//! reader may download (the chart as SVG, the data as CSV), the data tables
//! and the printed version are made there, so the first render downloads
//! none of that code.
//!
//! The loader hands `mount` a function that loads the module once per page
//! (on the first call, unless the page already fetched it) and resolves to
//! its exports. [`Later`]
//! keeps that function with the story's text and the interface language,
//! which is all the module needs: it reads the story again with the same
//! core. Without the function (a host that mounts the glue by hand), the
//! buttons that need it are not shown; a module that fails to load is said
//! to the reader.

use std::sync::Arc;

use js_sys::{Function, Promise, Reflect};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// How to reach the second module, and what to hand it.
#[derive(Clone)]
pub struct Later {
    load: Option<Function>,
    story: Arc<str>,
    lang: &'static str,
}

impl Later {
    /// `load` resolves to the module's exports; `story` is the JSON text the
    /// widget shows, `lang` the interface's language.
    pub fn new(load: Option<Function>, story: Arc<str>, lang: &'static str) -> Later {
        Later { load, story, lang }
    }

    /// Whether the module can be loaded at all (the loader gave the way).
    pub fn available(&self) -> bool {
        self.load.is_some()
    }

    /// Calls the module's function `name` with the story's text, the
    /// language and `args`, then `done` with what it returned once the
    /// module is there, or with `None` when it could not be loaded or called.
    pub fn call(&self, name: &'static str, args: Vec<JsValue>, done: impl FnOnce(Option<JsValue>) + 'static) {
        self.call_boxed(name, args, Box::new(done));
    }

    /// [`Later::call`] compiled once, whatever `done` is (each copy of the
    /// task cost about a kilobyte of the first module).
    fn call_boxed(&self, name: &'static str, args: Vec<JsValue>, done: Box<dyn FnOnce(Option<JsValue>)>) {
        let Some(promise) = self.load.as_ref().and_then(|load| load.call0(&JsValue::NULL).ok()) else {
            return done(None);
        };
        let (story, lang) = (self.story.clone(), self.lang);
        leptos::task::spawn_local(async move {
            let Ok(module) = JsFuture::from(Promise::resolve(&promise)).await else { return done(None) };
            let Some(function) = Reflect::get(&module, &name.into()).ok().and_then(|f| f.dyn_into::<Function>().ok())
            else {
                return done(None);
            };
            let all = js_sys::Array::of2(&JsValue::from_str(&story), &lang.into());
            for arg in args {
                all.push(&arg);
            }
            done(function.apply(&JsValue::NULL, &all).ok());
        });
    }
}

/// A `<div class="class">` that the second module's `name` fills once it is
/// mounted (`name(story, lang, div)` builds static content into it); `done`
/// hears whether it did.
pub fn later_block(
    class: &'static str,
    later: Later,
    name: &'static str,
    done: impl Fn(bool) + 'static,
) -> impl IntoView {
    block_filled(class, later, name, Box::new(done))
}

/// [`later_block`] compiled once, whatever `done` is.
fn block_filled(class: &'static str, later: Later, name: &'static str, done: Box<dyn Fn(bool)>) -> impl IntoView {
    let block = NodeRef::<Div>::new();
    let done = StoredValue::new_local(Some(done));
    Effect::new(move |_| {
        let Some(element) = block.get() else { return };
        let Some(done) = done.try_update_value(Option::take).flatten() else { return };
        later.call(name, vec![element.into()], move |built| done(built.is_some_and(|b| b.is_truthy())));
    });
    view! { <div class=class node_ref=block></div> }
}
