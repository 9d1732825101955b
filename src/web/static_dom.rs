//! Static content built with plain DOM calls instead of `view!`.
//!
//! The data tables and the printed version are hundreds of elements that
//! never change once built. Built through a handful of non-generic calls,
//! they cost no reactive machinery per row and little code in the wasm
//! (each `view!` shape is generic code of its own). Text is only ever set as
//! text (`textContent`), never parsed as HTML.

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::{Document, Element};

/// Creates elements in the page's document.
pub struct Builder {
    document: Document,
}

impl Builder {
    /// A `<tag class="class">text</tag>` appended to `parent` (no class or
    /// text when empty).
    pub fn add(&self, parent: &Element, tag: &str, class: &str, text: &str) -> Element {
        let element = self.document.create_element(tag).expect("a valid tag name");
        if !class.is_empty() {
            element.set_class_name(class);
        }
        if !text.is_empty() {
            element.set_text_content(Some(text));
        }
        let _ = parent.append_child(&element);
        element
    }

    /// A source's name, as a link when it has a URL (http(s), checked by
    /// validation), appended to `parent`.
    pub fn source(&self, parent: &Element, name: &str, url: Option<&str>) {
        match url {
            Some(url) => {
                let link = self.add(parent, "a", "", name);
                let _ = link.set_attribute("href", url);
                let _ = link.set_attribute("rel", "noopener noreferrer");
                let _ = link.set_attribute("target", "_blank");
            }
            None => {
                let _ = parent.append_with_str_1(name);
            }
        }
    }
}

/// A `<div class="class">` whose content `build` makes once, after mounting.
pub fn static_block(class: &'static str, build: impl FnOnce(&Builder, &Element) + 'static) -> impl IntoView {
    let block = NodeRef::<Div>::new();
    let build = StoredValue::new_local(Some(build));
    Effect::new(move |_| {
        let Some(element) = block.get() else { return };
        let Some(document) = element.owner_document() else { return };
        if let Some(build) = build.try_update_value(Option::take).flatten() {
            build(&Builder { document }, &element);
        }
    });
    view! { <div class=class node_ref=block></div> }
}
