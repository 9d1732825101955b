//! Static content built with plain DOM calls instead of `view!`, in the
//! second module (`extras.rs`).
//!
//! The data tables and the printed version are hundreds of elements that
//! never change once built. They are the core's static tree
//! (`export::static_story`), the same one the command line writes as HTML,
//! appended here through a handful of non-generic calls: no reactive
//! machinery per row and little code in the wasm. Text is only ever set as
//! text (`textContent`), never parsed as HTML.

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

/// Appends each of `elements` to `parent`; whether there was a document to
/// build them with.
pub fn append_all(parent: &Element, elements: &[tree::Element]) -> bool {
    let Some(document) = parent.owner_document() else { return false };
    for element in elements {
        append(&document, parent, element);
    }
    true
}
