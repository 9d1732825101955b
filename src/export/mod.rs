//! What a story exports to: the data as CSV, the chart as SVG, and the
//! whole story as a static tree (HTML text on the command line, DOM nodes in
//! the browser), the same on every target. The widget's
//! download buttons and the command line both call these, so a file from
//! either is the same file.

pub mod csv;
pub mod html;
pub mod static_story;
pub mod svg;
pub mod tree;

/// `text` safe inside an HTML or XML element or a quoted attribute.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
