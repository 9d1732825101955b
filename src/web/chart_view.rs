//! The trade chart on a canvas, with its tooltip.
//!
//! The canvas is sized for the screen's pixel density and redrawn whenever
//! the window, the width, the selection, the hovered point or the theme
//! changes; the theme's colours are read from CSS only when it changes. Hover,
//! tap and arrow keys find figures and targets through the same geometry
//! that drew them. Tapping a figure selects the event of its period nearest
//! its middle; a target's tooltip says where it stands, how its value was
//! reached (an assumption says so) and its note.
//!
//! From the keyboard the canvas is one tab stop: focusing it shows the first
//! figure's tooltip, ← → (and Home, End) move from figure to figure and on
//! to the targets, panel by panel; with several panels ↑ ↓ go to the panel
//! above or under, to the item nearest in time. Enter selects. What the tooltip says is also put
//! in a polite live region, so a screen reader hears each item; the summary
//! under the chart describes the canvas.

use std::sync::Arc;

use leptos::html::Canvas;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, KeyboardEvent, PointerEvent};

use super::intl::words;
use super::observe::pixel_ratio;
use super::summary::SUMMARY_ID;
use super::theme::chart_style;
use crate::draw::{draw_figures, ChartStyle};
use crate::geometry::chart::{
    chart_heights, target_tip_place, tip_place, tip_width, ChartGeometry, ChartItem, Frame, Heights, TipPlace,
};
use crate::geometry::navigation::{step, Move};
use crate::geometry::window::TimeWindow;
use crate::story::Story;
use crate::words::ui_text::UiText;

const HIT_RADIUS: f64 = 18.0;

/// The chart view.
#[component]
pub fn ChartView(
    story: Arc<Story>,
    ui: &'static UiText,
    window: RwSignal<TimeWindow>,
    width: ReadSignal<f64>,
    selected: RwSignal<Option<usize>>,
    restyle: RwSignal<u32>,
    canvas: NodeRef<Canvas>,
    reserved: Option<f64>,
    compact: bool,
    strip: RwSignal<f64>,
) -> impl IntoView {
    let Heights { least, natural, most } = chart_heights(story.panels.len(), compact);
    let height = RwSignal::new(natural);
    // What the widget holds besides the strip and the chart, in pixels,
    // measured at the first drawing.
    let rest = std::cell::Cell::new(None::<f64>);
    // (theme version, pixel ratio, style) of the last draw.
    let style_cache = StoredValue::new_local(None::<(u32, f64, ChartStyle)>);
    let hover = RwSignal::new(None::<ChartItem>);
    // Pointer moves arrive every frame: redraw only when the hovered item changes.
    let set_hover = move |h: Option<ChartItem>| {
        if hover.get_untracked() != h {
            hover.set(h);
        }
    };
    let geometry = {
        let story = story.clone();
        Memo::new(move |_| {
            ChartGeometry::new(&story, Frame { width: width.get(), height: height.get(), domain: window.get().shown })
        })
    };
    let event_days = story.event_days();
    // The figures (axes, labels, lines, marks) on a canvas of their own,
    // drawn when the window, the width, the pixel ratio or the theme
    // changes; `drawn` counts those drawings.
    let figures = StoredValue::new_local(None::<HtmlCanvasElement>);
    let drawn = RwSignal::new(0_u32);
    {
        let story = story.clone();
        let fitted = StoredValue::new(reserved.is_none());
        Effect::new(move |_| {
            let version = restyle.get();
            // Before the first drawing, the page is laid out with the whole
            // widget in it: the chart takes up what the widget lacks or has
            // too much of, within its bounds, so that the host page does not
            // move when the widget is ready.
            if !fitted.get_value() {
                fitted.set_value(true);
                if let (Some(reserved), Some(canvas)) = (reserved, canvas.get()) {
                    let natural = canvas
                        .closest(".tt")
                        .ok()
                        .flatten()
                        .map_or(reserved, |a| a.get_bounding_client_rect().height());
                    let chart = height.get_untracked();
                    rest.set(Some(natural - chart - strip.get_untracked()));
                    height.set((chart + reserved - natural).clamp(least, most).round());
                }
            }
            // A compact widget (stepped, on a phone) keeps its height while
            // the strip above grows or shrinks: the chart gives up or takes
            // the difference, so the article's paragraphs under the sticky
            // widget stay where the reader has them.
            if let (true, Some(reserved), Some(rest)) = (compact, reserved, rest.get()) {
                let fitted = (reserved - rest - strip.get()).clamp(least, most).round();
                if fitted != height.get_untracked() {
                    // Drawn at that height below, in this run: reading the
                    // geometry after the write brings it up to date.
                    height.set(fitted);
                }
            }
            geometry.with(|g| {
                let Some(canvas) = canvas.get() else { return };
                if g.frame.width < 1.0 {
                    return;
                }
                let ratio = pixel_ratio();
                let fresh =
                    style_cache.with_value(|c| c.as_ref().is_some_and(|(v, r, _)| *v == version && *r == ratio));
                if !fresh {
                    style_cache.set_value(Some((version, ratio, chart_style(&canvas, ratio))));
                }
                if figures.with_value(Option::is_none) {
                    figures.set_value(
                        canvas.owner_document().and_then(|d| d.create_element("canvas").ok()?.dyn_into().ok()),
                    );
                }
                figures.with_value(|layer| {
                    let Some(layer) = layer else { return };
                    // Setting the size clears the layer.
                    layer.set_width((g.frame.width * ratio).round() as u32);
                    layer.set_height((g.frame.height * ratio).round() as u32);
                    if let Some(mut backend) = CanvasBackend::with_canvas_object(layer.clone()) {
                        style_cache.with_value(|c| {
                            if let Some((_, _, style)) = c {
                                let _ = draw_figures(&mut backend, &story, g, style, &words(ui), &event_days);
                            }
                        });
                    }
                });
            });
            drawn.update(|n| *n = n.wrapping_add(1));
        });
    }
    {
        // On screen: the background, the selected event's band, and the
        // figures over them. Selecting an event draws only this. (The
        // hovered point's ring is an element over the canvas, with the
        // tooltip: hovering draws nothing.)
        let story = story.clone();
        Effect::new(move |_| {
            drawn.track();
            let span = selected.get().map(|i| story.events[i].days());
            geometry.with_untracked(|g| {
                let Some(canvas) = canvas.get_untracked() else { return };
                figures.with_value(|layer| {
                    style_cache.with_value(|c| {
                        if let (Some(layer), Some((_, ratio, style))) = (layer, c) {
                            compose(&canvas, layer, g, style, *ratio, span);
                        }
                    })
                });
            });
        });
    }
    let pick = move |x: f64, y: f64| geometry.with_untracked(|g| g.item_at(x, y, HIT_RADIUS));
    // A figure selects the event of its period; a target only shows its tooltip.
    let select_for_point = {
        let story = story.clone();
        move |item: ChartItem| {
            if let ChartItem::Figure(s, p) = item {
                if let Some(event) = story.event_for_figure(s, p) {
                    selected.set(Some(event));
                }
            }
        }
    };
    let on_move = move |ev: PointerEvent| set_hover(pick(f64::from(ev.offset_x()), f64::from(ev.offset_y())));
    let on_tap = {
        let select_for_point = select_for_point.clone();
        move |ev: web_sys::MouseEvent| {
            let hit = pick(f64::from(ev.offset_x()), f64::from(ev.offset_y()));
            set_hover(hit);
            if let Some(hit) = hit {
                select_for_point(hit);
            }
        }
    };
    let order = move || geometry.with_untracked(ChartGeometry::keyboard_order);
    let on_focus = move |_| {
        let keyboard = canvas.get_untracked().is_some_and(|c| c.matches(":focus-visible").unwrap_or(false));
        if keyboard && hover.get_untracked().is_none() {
            set_hover(order().first().map(|o| o.0));
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        let order = order();
        if order.is_empty() {
            return;
        }
        let at = hover.get_untracked().and_then(|h| order.iter().position(|o| o.0 == h));
        let next = match ev.key().as_str() {
            "Enter" | " " => {
                if let Some(h) = hover.get_untracked() {
                    select_for_point(h);
                }
                None
            }
            "Escape" => {
                set_hover(None);
                None
            }
            // Up and down go from panel to panel, to the item nearest in x
            // (where there is one panel, they step as left and right do).
            "ArrowUp" | "ArrowDown" if geometry.with_untracked(|g| g.panels.len() > 1) => {
                let Some(at) = at else { return set_hover(order.first().map(|o| o.0)) };
                match ChartGeometry::across(&order, at, ev.key() == "ArrowDown") {
                    Some(i) => Some(i),
                    None => return,
                }
            }
            // From no figure, any arrow starts at the first.
            key => match Move::from_key(key) {
                Some(Move::Previous) if at.is_none() => Some(0),
                Some(wanted) => step(at, order.len(), wanted),
                None => return,
            },
        };
        ev.prevent_default();
        ev.stop_propagation();
        if let Some(i) = next {
            set_hover(Some(order[i].0));
        }
    };
    let said = {
        let story = story.clone();
        Memo::new(move |_| hover.get().map(|item| said(&story, ui, item)))
    };
    let tooltip = move || {
        let item = hover.get()?;
        let (x, y) = geometry.with(|g| g.anchor(item))?;
        let Said { heading, value, detail, notes, sources } = said.get()?;
        // A figure's tooltip stands right of it, else left, else under it; a
        // target's under or over its line: always whole inside the chart
        // (geometry::chart).
        let view_width = width.get_untracked();
        let px = |v: f64| format!("{}px", v.round() as i32);
        let place = match item {
            ChartItem::Figure(..) => tip_place(x, view_width),
            ChartItem::Target(_) => target_tip_place(x, y, view_width, height.get_untracked()),
        };
        let (class, left) = match place {
            TipPlace::Right => ("tt-tooltip", x),
            TipPlace::Left => ("tt-tooltip tt-tooltip-left", x),
            TipPlace::Below(left) => ("tt-tooltip tt-tooltip-below", left),
            TipPlace::Above(left) => ("tt-tooltip tt-tooltip-above", left),
        };
        Some(view! {
            <span class="tt-ring" aria-hidden="true" style:left=px(x) style:top=px(y)></span>
            <div class=class part="tooltip" aria-hidden="true" style:left=px(left) style:top=px(y)
                style:max-width=px(tip_width(view_width))>
                <p class="tt-tooltip-period">{heading}</p>
                <p class="tt-tooltip-value">{value}</p>
                <p class="tt-tooltip-series">{detail}</p>
                {notes.into_iter().map(|n| view! { <p class="tt-tooltip-note">{n}</p> }).collect_view()}
                <p class="tt-tooltip-source">{sources}</p>
            </div>
        })
    };
    let spoken = move || {
        said.get().map(|Said { heading, value, detail, notes, sources }| {
            let notes: String = notes.iter().map(|n| format!(" {n}")).collect();
            format!("{heading}{} {value}, {detail}.{notes} {sources}.", ui.colon)
        })
    };
    view! {
        <div class="tt-chart" part="chart" role="region" aria-label=ui.chart>
            <canvas node_ref=canvas class="tt-canvas" tabindex="0" role="application" aria-label=ui.chart
                aria-describedby=format!("{SUMMARY_ID} tt-chart-help") style:height=move || format!("{}px", height.get())
                on:pointermove=on_move on:pointerleave=move |_| set_hover(None) on:click=on_tap
                on:focus=on_focus on:keydown=on_key on:blur=move |_| set_hover(None)></canvas>
            {tooltip}
            <p class="tt-visually-hidden" id="tt-chart-help">{ui.chart_help}</p>
            <p class="tt-visually-hidden" role="status" aria-live="polite" aria-atomic="true">{spoken}</p>
        </div>
    }
}

/// Paints `canvas`: the background, the band of the selected event's
/// `span` (days), and the `figures` layer over them.
fn compose(
    canvas: &HtmlCanvasElement,
    figures: &HtmlCanvasElement,
    geometry: &ChartGeometry,
    style: &ChartStyle,
    ratio: f64,
    span: Option<(f64, f64)>,
) -> Option<()> {
    if canvas.width() != figures.width() || canvas.height() != figures.height() {
        canvas.set_width(figures.width());
        canvas.set_height(figures.height());
    }
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let fill = |rgb: crate::draw::Rgb, (x0, y0): (f64, f64), (x1, y1): (f64, f64)| {
        ctx.set_fill_style_str(&format!("rgb({} {} {})", rgb.0, rgb.1, rgb.2));
        ctx.fill_rect(x0 * ratio, y0 * ratio, (x1 - x0) * ratio, (y1 - y0) * ratio);
    };
    fill(style.background, (0.0, 0.0), (geometry.frame.width, geometry.frame.height));
    if let Some((from, to)) = span.and_then(|span| geometry.highlight_rect(span)) {
        fill(style.highlight, from, to);
    }
    ctx.draw_image_with_html_canvas_element(figures, 0.0, 0.0).ok()
}

/// An item's tooltip, line by line.
#[derive(Clone, PartialEq)]
struct Said {
    /// A figure's period, or a target's label.
    heading: String,
    /// The value and its unit.
    value: String,
    /// A figure's series and status, or where a target stands.
    detail: String,
    /// A figure's note; a target's method (how its value was reached) and note.
    notes: Vec<String>,
    /// The sources, by name.
    sources: String,
}

/// What the tooltip (and the live region) says of `item`.
fn said(story: &Story, ui: &'static UiText, item: ChartItem) -> Said {
    let words = words(ui);
    let sources = |refs: &[crate::story::SourceRef]| {
        // Owned, as the summary's sentences are: one join in the wasm, not two.
        let names: Vec<String> = refs.iter().map(|r| story.sources[r.0].name.clone()).collect();
        format!("{}{} {}", ui.sources, ui.colon, names.join(", "))
    };
    match item {
        ChartItem::Figure(s, p) => {
            let series = &story.series[s];
            let point = &series.points[p];
            Said {
                heading: words.period(&point.period),
                value: words.amount(series, point.value),
                detail: format!("{} · {}", series.label, ui.status(&point.status)),
                notes: point.note.iter().cloned().collect(),
                sources: sources(&point.sources),
            }
        }
        ChartItem::Target(t) => {
            let target = &story.targets[t];
            let value = match target.series {
                Some(s) => words.amount(&story.series[s], target.value),
                None => words.number(target.value),
            };
            let deadline = format!("{} {}", ui.target_columns[2], words.period(&target.deadline));
            Said {
                heading: format!("{}{} {}", ui.target_heading, ui.colon, target.label),
                value,
                detail: match words.standing(story, t, true) {
                    Some(standing) => format!("{deadline} · {standing}"),
                    None => deadline,
                },
                notes: target.method.iter().chain(&target.note).cloned().collect(),
                sources: sources(&target.sources),
            }
        }
    }
}
