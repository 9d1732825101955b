//! Static content built with plain DOM calls instead of `view!`.
//!
//! The data tables and the printed version are hundreds of elements that
//! never change once built. They are the core's static tree
//! (`export::static_story`), the same one the command line writes as HTML,
//! appended here through a handful of non-generic calls: no reactive
//! machinery per row and little code in the wasm. Text is only ever set as
//! text (`textContent`), never parsed as HTML.

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::{Document, Element};

use crate::export::tree::{self, Node};

/// Appends `element` and everything in it to `parent`.
pub fn append(document: &Document, parent: &Element, element: &tree::Element) {
    let Ok(built) = document.create_element(element.tag) else { return };
    for (name, value) in &element.attributes {
        let _ = built.set_attribute(name, value);
    }
    for child in &element.children {
        match child {
            Node::Element(e) => append(document, &built, e),
            Node::Text(text) => {
                let _ = built.append_with_str_1(text);
            }
        }
    }
    let _ = parent.append_child(&built);
}

/// A `<div class="class">` holding the elements `build` makes, built once,
/// after mounting.
pub fn static_block(class: &'static str, build: impl FnOnce() -> Vec<tree::Element> + 'static) -> impl IntoView {
    let block = NodeRef::<Div>::new();
    let build = StoredValue::new_local(Some(build));
    Effect::new(move |_| {
        let Some(element) = block.get() else { return };
        let Some(document) = element.owner_document() else { return };
        if let Some(build) = build.try_update_value(Option::take).flatten() {
            for part in build() {
                append(&document, &element, &part);
            }
        }
    });
    view! { <div class=class node_ref=block></div> }
}
