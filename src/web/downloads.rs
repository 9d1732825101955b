//! Downloads from the widget: the chart as SVG and as PNG, drawn by the same
//! code as the screen (`draw::draw_chart`) with the theme's colours, for the
//! window and selection the reader is looking at; and the data as CSV with
//! its sources (`export::csv`). The PNG is drawn here, on a canvas of its
//! own; the SVG and the CSV are made by the second module (`later.rs`).
//! Files are made in the page and handed to the browser as a download:
//! nothing is sent anywhere.

use std::sync::Arc;
use std::time::Duration;

use leptos::html::Canvas;
use leptos::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, Url};

use super::intl::words;
use super::later::Later;
use super::theme::chart_style;
use crate::draw::{draw_chart, Highlight};
use crate::geometry::chart::{chart_heights, ChartGeometry, Frame};
use crate::geometry::window::TimeWindow;
use crate::story::Story;
use crate::words::ui_text::UiText;

/// Device pixels per CSS pixel of the PNG: sharp when printed or zoomed.
const PNG_RATIO: f64 = 2.0;

/// The three download buttons.
#[component]
pub fn Downloads(
    story: Arc<Story>,
    ui: &'static UiText,
    canvas: NodeRef<Canvas>,
    window: RwSignal<TimeWindow>,
    width: ReadSignal<f64>,
    selected: RwSignal<Option<usize>>,
    later: Later,
) -> impl IntoView {
    let stem = file_stem(&story.title);
    // Whether the last file asked for could not be made: said, not silent.
    let failed = RwSignal::new(false);
    let later_available = later.available();
    let story_panels = story.panels.len();
    let frame = move || Frame {
        width: width.get_untracked().max(320.0),
        // As tall as the chart on screen (it may have taken up the height
        // reserved while loading).
        height: canvas
            .get_untracked()
            .map(|c| f64::from(c.client_height()))
            .filter(|h| *h > 0.0)
            .unwrap_or_else(|| chart_heights(story_panels, false).natural),
        domain: window.get_untracked().shown,
    };
    let highlight = {
        let story = story.clone();
        move || Highlight { event_span: selected.get_untracked().map(|i| story.events[i].days()) }
    };
    let svg = {
        let (stem, later) = (stem.clone(), later.clone());
        move |_| {
            failed.set(false);
            let Some(screen) = canvas.get_untracked() else { return };
            let Frame { width, height, domain: (start, end) } = frame();
            let chosen = selected.get_untracked().map_or(JsValue::UNDEFINED, |i| (i as u32).into());
            let args = vec![screen.into(), start.into(), end.into(), width.into(), height.into(), chosen];
            let name = format!("{stem}.svg");
            later.call("chartSvg", args, move |text| match text.and_then(|t| t.as_string()) {
                Some(text) => save_text(&text, "image/svg+xml", &name),
                None => failed.set(true),
            });
        }
    };
    let png = {
        let (story, stem) = (story.clone(), stem.clone());
        move |_| {
            let Some(screen) = canvas.get_untracked() else { return };
            if let Some(url) = png_data_url(&story, &screen, frame(), highlight(), ui) {
                save(&url, &format!("{stem}.png"));
            }
        }
    };
    let csv = move |_| {
        failed.set(false);
        let name = format!("{stem}.csv");
        later.call("dataCsv", Vec::new(), move |text| match text.and_then(|t| t.as_string()) {
            Some(text) => save_text(&text, "text/csv;charset=utf-8", &name),
            None => failed.set(true),
        });
    };
    view! {
        <div class="tt-downloads" role="group" aria-label=ui.download>
            <span class="tt-downloads-label" aria-hidden="true">{format!("{}{}", ui.download, ui.colon)}</span>
            {later_available.then(|| view! {
                <button type="button" part="button" class="tt-download-svg" on:click=svg>{ui.downloads[0]}</button>
            })}
            <button type="button" part="button" class="tt-download-png" on:click=png>{ui.downloads[1]}</button>
            {later_available.then(|| view! {
                <button type="button" part="button" class="tt-download-csv" on:click=csv>{ui.downloads[2]}</button>
            })}
            <p class="tt-download-failed" role="status">{move || failed.get().then_some(ui.download_failed)}</p>
        </div>
    }
}

/// The chart drawn on a canvas of its own at [`PNG_RATIO`], as a data URL.
fn png_data_url(
    story: &Story,
    screen: &HtmlCanvasElement,
    frame: Frame,
    highlight: Highlight,
    ui: &'static UiText,
) -> Option<String> {
    let canvas: HtmlCanvasElement = web_sys::window()?.document()?.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width((frame.width * PNG_RATIO).round() as u32);
    canvas.set_height((frame.height * PNG_RATIO).round() as u32);
    let style = chart_style(screen, PNG_RATIO);
    let event_days = story.event_days();
    let geometry = ChartGeometry::new(story, frame);
    let mut backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    draw_chart(&mut backend, story, &geometry, &style, &words(ui), &event_days, highlight).ok()?;
    canvas.to_data_url_with_type("image/png").ok()
}

/// Offers `text` as a file called `name`.
fn save_text(text: &str, mime: &str, name: &str) {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&text.into());
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else { return };
    save(&url, name);
    set_timeout(move || drop(Url::revoke_object_url(&url)), Duration::from_secs(10));
}

/// Clicks a download link to `href`.
fn save(href: &str, name: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(link) = document.create_element("a").ok().and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok()) else {
        return;
    };
    link.set_href(href);
    link.set_download(name);
    link.click();
}

/// A file name from the story's title: "Échanges Kazakhstan–Chine" →
/// "echanges-kazakhstan-chine" (accents dropped by the browser's Unicode
/// decomposition); a title with no Latin letters gives "trade-timeline".
fn file_stem(title: &str) -> String {
    let decomposed: String = js_sys::JsString::from(title).normalize("NFD").into();
    let bare: String = decomposed.chars().filter(|c| !('\u{300}'..='\u{36f}').contains(c)).collect();
    let words: Vec<String> = bare
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .take(6)
        .collect();
    if words.is_empty() {
        "trade-timeline".to_owned()
    } else {
        words.join("-")
    }
}
