//! A plain tree of elements and text: what static content is made of
//! before it becomes HTML text (`to_html`, for the command line's fallback)
//! or DOM nodes (`web::static_dom`, for print and the data tables).
//!
//! Text stays text: the tree holds no markup, so writing it out escapes
//! every piece and building it in the DOM sets text only as text.

use super::escape;

/// An element or a run of text.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// An element with its children.
    Element(Element),
    /// Text, never parsed as markup.
    Text(String),
}

/// `<tag attr="value">children</tag>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    /// The tag name.
    pub tag: &'static str,
    /// The attributes, in order.
    pub attributes: Vec<(&'static str, String)>,
    /// What it holds.
    pub children: Vec<Node>,
}

impl Element {
    /// An empty `<tag>`.
    pub fn new(tag: &'static str) -> Element {
        Element { tag, attributes: Vec::new(), children: Vec::new() }
    }

    /// With an attribute.
    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> Element {
        self.attributes.push((name, value.into()));
        self
    }

    /// With a class (nothing when `class` is empty).
    pub fn class(self, class: &str) -> Element {
        if class.is_empty() {
            self
        } else {
            self.attr("class", class)
        }
    }

    /// With a run of text appended (nothing when empty).
    pub fn text(mut self, text: impl Into<String>) -> Element {
        let text = text.into();
        if !text.is_empty() {
            self.children.push(Node::Text(text));
        }
        self
    }

    /// With a child element appended.
    pub fn child(mut self, child: Element) -> Element {
        self.children.push(Node::Element(child));
        self
    }

    /// With child elements appended.
    pub fn children(mut self, children: impl IntoIterator<Item = Element>) -> Element {
        self.children.extend(children.into_iter().map(Node::Element));
        self
    }
}

/// Elements whose HTML has no end tag.
const VOID: [&str; 2] = ["br", "img"];

/// The element as HTML text, every text and attribute escaped.
pub fn to_html(element: &Element) -> String {
    let mut out = String::new();
    write_element(element, &mut out);
    out
}

fn write_element(element: &Element, out: &mut String) {
    out.push('<');
    out.push_str(element.tag);
    for (name, value) in &element.attributes {
        out.push_str(&format!(" {name}=\"{}\"", escape(value)));
    }
    out.push('>');
    for child in &element.children {
        match child {
            Node::Element(e) => write_element(e, out),
            Node::Text(text) => out.push_str(&escape(text)),
        }
    }
    if !VOID.contains(&element.tag) {
        out.push_str(&format!("</{}>", element.tag));
    }
}
