//! What a gesture moves without drawing anything again.
//!
//! Each step of a drag, a pinch or a Ctrl + wheel gives a [`Shift`]: how
//! the pixels drawn for the window before the gesture move to show the
//! window it leads to. The timeline's list of marks and its axis, each on
//! a compositor layer of its own, are moved and stretched whole by a CSS
//! transform (no style, layout or paint of the marks), and so is the
//! chart's canvas, under a copy of its value axis taken at the gesture's
//! first step (the axis stays). A step is then the compositor's work only.
//! A zoom stretches the labels until the gesture ends and they are laid
//! out, and the chart drawn, again (`gestures.rs`). While moving, the
//! chart's tooltip and the counts of events beyond the window are hidden.

use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement};

use super::observe::pixel_ratio;
use crate::geometry::chart::PLOT_MARGIN_LEFT;
use crate::geometry::scale::Shift;

/// Moves what the widget drew. `Copy`, like the handles it holds.
#[derive(Clone, Copy)]
pub struct Moving {
    stage: NodeRef<Div>,
    canvas: NodeRef<Canvas>,
    /// The copy of the chart's value axis laid over it (`None` at rest).
    axis: StoredValue<Option<HtmlCanvasElement>, LocalStorage>,
}

impl Moving {
    /// Moves the marks in the widget that holds `stage`, and the chart on `canvas`.
    pub fn new(stage: NodeRef<Div>, canvas: NodeRef<Canvas>) -> Moving {
        Moving { stage, canvas, axis: StoredValue::new_local(None) }
    }

    /// Shows what was drawn moved by `shift`.
    pub fn show(&self, shift: Shift) {
        let Some(root) = self.root() else { return };
        let _ = root.class_list().add_1("tt-moving");
        let canvas = self.canvas.get_untracked();
        if let Some(canvas) = canvas.as_ref().filter(|_| self.axis.with_value(Option::is_none)) {
            self.axis.set_value(axis_copy(canvas));
            // The moved canvas's own axis is cut off: it would slide into view.
            let _ = HtmlElement::style(canvas).set_property("clip-path", &format!("inset(0 0 0 {PLOT_MARGIN_LEFT}px)"));
        }
        let transform = format!("translateX({}px) scaleX({})", js_number(shift.offset), js_number(shift.scale));
        for_moved(&root, canvas.as_deref(), |style| drop(style.set_property("transform", &transform)));
    }

    /// Shows what was drawn moved by `shift` in one smooth move (a step's
    /// glide: the stylesheet's transition on `.tt-gliding`).
    pub fn glide(&self, shift: Shift) {
        if let Some(root) = self.root() {
            let _ = root.class_list().add_1("tt-gliding");
        }
        self.show(shift);
    }

    /// Puts everything back where it was drawn (the caller draws it again).
    pub fn end(&self) {
        if let Some(axis) = self.axis.try_update_value(Option::take).flatten() {
            axis.remove();
        }
        let Some(root) = self.root() else { return };
        let _ = root.class_list().remove_2("tt-moving", "tt-gliding");
        for_moved(&root, self.canvas.get_untracked().as_deref(), |style| {
            let _ = style.remove_property("transform");
            let _ = style.remove_property("clip-path");
        });
    }

    /// The widget's root element.
    fn root(&self) -> Option<HtmlElement> {
        self.stage.get_untracked()?.closest(".tt").ok()??.dyn_into().ok()
    }
}

/// Calls `with` on the style of what moves: the timeline's list of marks,
/// its axis and the chart's canvas (set on them alone: a property of the
/// widget would restyle every element in it).
fn for_moved(root: &HtmlElement, canvas: Option<&HtmlElement>, with: impl Fn(&web_sys::CssStyleDeclaration)) {
    if let Ok(found) = root.query_selector_all(".tt-marks, .tt-axis") {
        for i in 0..found.length() {
            if let Some(element) = found.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
                with(&HtmlElement::style(&element));
            }
        }
    }
    if let Some(canvas) = canvas {
        with(&HtmlElement::style(canvas));
    }
}

/// A copy of the value axis drawn on `canvas` (left of the plot), laid
/// over it, opaque, so that the plot moves under it.
fn axis_copy(canvas: &HtmlCanvasElement) -> Option<HtmlCanvasElement> {
    let copy: HtmlCanvasElement = canvas.owner_document()?.create_element("canvas").ok()?.dyn_into().ok()?;
    // The canvas is drawn at the screen's density (chart_view.rs): its
    // backing store gives its size without asking for a layout, which a
    // step's glide would force in the middle of its changes.
    let ratio = pixel_ratio();
    copy.set_width((PLOT_MARGIN_LEFT * ratio).round() as u32);
    copy.set_height(canvas.height());
    let context: CanvasRenderingContext2d = copy.get_context("2d").ok()??.dyn_into().ok()?;
    context.draw_image_with_html_canvas_element(canvas, 0.0, 0.0).ok()?;
    copy.set_class_name("tt-axis-copy");
    let style = HtmlElement::style(&copy);
    let _ = style.set_property("width", &format!("{PLOT_MARGIN_LEFT}px"));
    let _ = style.set_property("height", &format!("{}px", js_number(f64::from(canvas.height()) / ratio)));
    canvas.after_with_node_1(&copy).ok()?;
    Some(copy)
}

/// A number written by JavaScript (Rust's float formatting would add
/// kilobytes to the wasm for this one use).
fn js_number(value: f64) -> String {
    js_sys::Number::from(value).to_string_with_radix(10).map(String::from).unwrap_or_default()
}
