//! Component tests in a real browser (headless Chromium via
//! wasm-bindgen-test-runner): the widget mounts, lays its events out once it
//! knows its width, opens a card on selection, shows problems in place of an
//! invalid story (as the second module words them), and unmounts cleanly.
#![cfg(target_arch = "wasm32")]

use trade_timeline::web::{mount, Widget};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const STORY: &str = include_str!("fixtures/valid.json");

fn container() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap().dyn_into::<HtmlElement>().unwrap();
    div.set_attribute("style", "width: 720px").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

/// Lets the browser deliver its observers (the widget learns its width from
/// a ResizeObserver) and Leptos run its effects.
async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
}

/// Mounts `story` as the loader does: one options object, with `extra`
/// entries (`start`, `onSelect`, `fromObject`) beside the story and the words of `lang`.
fn mount_story(root: HtmlElement, story: &str, lang: &str, extra: &[(&str, JsValue)]) -> Widget {
    let options = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| js_sys::Reflect::set(&options, &key.into(), value).unwrap();
    set("story", &story.into());
    // The words the loader fetches for a page not in French (their texts
    // alone, as build.rs writes them).
    match lang {
        "fr" => {}
        "en" => {
            set("words", &include_str!(concat!(env!("OUT_DIR"), "/words-en.txt")).into());
        }
        other => panic!("these tests give the words of fr and en, not {other}"),
    }
    for (key, value) in extra {
        set(key, value);
    }
    mount(root, options.unchecked_ref())
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length()).map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

fn click(root: &HtmlElement, selector: &str) {
    let element = root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"));
    element.dyn_into::<HtmlElement>().unwrap().click();
}

#[wasm_bindgen_test]
async fn a_valid_story_places_its_events_in_date_order() {
    let root = container();
    let widget = mount_story(root.clone(), STORY, "en", &[]);
    assert!(widget.valid());
    settle().await;
    assert_eq!(texts(&root, ".tt-event-title"), ["One", "Two"]);
    assert_eq!(texts(&root, ".tt-title"), ["A small valid story"]);
}

#[wasm_bindgen_test]
async fn dates_keep_their_precision_and_say_when_inferred() {
    let root = container();
    let _widget = mount_story(root.clone(), STORY, "en", &[]);
    settle().await;
    assert_eq!(texts(&root, ".tt-event-date"), ["2015 (year inferred)", "May 17, 2023"]);
    assert_eq!(root.query_selector_all(".tt-uncertain").unwrap().length(), 1);
}

#[wasm_bindgen_test]
async fn french_is_the_interface_for_french_pages() {
    let root = container();
    let _widget = mount_story(root.clone(), STORY, "fr", &[]);
    settle().await;
    assert_eq!(texts(&root, ".tt-event-date"), ["2015 (année déduite)", "17 mai 2023"]);
}

#[wasm_bindgen_test]
async fn selecting_an_event_opens_its_card_with_sources_as_links() {
    let root = container();
    let _widget = mount_story(root.clone(), STORY, "en", &[]);
    settle().await;
    assert!(root.query_selector(".tt-card").unwrap().is_none());
    click(&root, ".tt-event[data-id=two]");
    settle().await;
    assert_eq!(texts(&root, ".tt-card-title"), ["Two"]);
    assert_eq!(root.query_selector_all(".tt-card-text p").unwrap().length(), 2, "one element per paragraph");
    let link = root.query_selector(".tt-card-sources a").unwrap().expect("a source link");
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://example.org"));
}

#[wasm_bindgen_test]
async fn previous_and_next_step_through_events_in_date_order() {
    let root = container();
    let _widget = mount_story(root.clone(), STORY, "en", &[]);
    settle().await;
    click(&root, ".tt-next");
    settle().await;
    assert_eq!(texts(&root, ".tt-card-title"), ["One"]);
    click(&root, ".tt-next");
    settle().await;
    assert_eq!(texts(&root, ".tt-card-title"), ["Two"]);
    click(&root, ".tt-previous");
    settle().await;
    assert_eq!(texts(&root, ".tt-card-title"), ["One"]);
}

#[wasm_bindgen_test]
async fn zooming_in_then_fitting_returns_to_the_whole_story() {
    let root = container();
    let _widget = mount_story(root.clone(), STORY, "en", &[]);
    settle().await;
    let fit = || root.query_selector(".tt-fit").unwrap().unwrap().has_attribute("disabled");
    assert!(fit(), "fit all is disabled while the whole story shows");
    click(&root, ".tt-zoom-in");
    settle().await;
    assert!(!fit());
    click(&root, ".tt-fit");
    settle().await;
    assert!(fit());
}

#[wasm_bindgen_test]
async fn an_invalid_story_in_preview_lists_the_problems_it_is_handed() {
    let root = container();
    let widget = mount_story(root.clone(), include_str!("fixtures/bad.json"), "en", &[("preview", true.into())]);
    assert!(!widget.valid());
    assert!(root.query_selector(".tt-event").unwrap().is_none());
    // The second module words the problems (story::record::Report); the
    // loader hands their lines back.
    widget.explain(vec!["line 12, column 7: events[0].date: …".into(), "events[1]: …".into()]);
    settle().await;
    assert_eq!(texts(&root, ".tt-problems li"), ["line 12, column 7: events[0].date: …", "events[1]: …"]);
}

#[wasm_bindgen_test]
async fn an_invalid_story_shows_readers_one_plain_sentence_and_no_developer_text() {
    let root = container();
    let widget = mount_story(root.clone(), include_str!("fixtures/bad.json"), "en", &[]);
    widget.explain(vec!["events[0].date: …".into()]);
    settle().await;
    assert_eq!(texts(&root, ".tt-problems li").len(), 0);
    let text = root.text_content().unwrap_or_default();
    assert_eq!(text, "This story cannot be shown.");
}

#[wasm_bindgen_test]
fn story_text_is_never_read_as_html() {
    let root = container();
    let story = STORY.replace("\"title\": \"One\"", "\"title\": \"<img src=x onerror=alert(1)>\"");
    let widget = mount_story(root.clone(), &story, "en", &[]);
    assert!(!widget.valid(), "markup is refused by validation");
    assert!(root.query_selector("img").unwrap().is_none(), "and never inserted as an element");
}

#[wasm_bindgen_test]
async fn destroying_the_widget_empties_its_container() {
    let root = container();
    let widget = mount_story(root.clone(), STORY, "en", &[]);
    settle().await;
    assert!(root.child_element_count() > 0);
    widget.destroy();
    assert_eq!(root.child_element_count(), 0);
}

#[wasm_bindgen_test]
async fn a_story_without_series_shows_only_the_timeline() {
    let root = container();
    let _widget = mount_story(root.clone(), STORY, "en", &[]);
    settle().await;
    assert!(root.query_selector(".tt-timeline").unwrap().is_some());
    assert!(root.query_selector(".tt-chart").unwrap().is_none());
    assert!(root.query_selector(".tt-legend").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_story_without_events_shows_only_the_chart() {
    let root = container();
    let widget = mount_story(root.clone(), include_str!("fixtures/chart-only.json"), "en", &[]);
    assert!(widget.valid());
    settle().await;
    assert!(root.query_selector(".tt-timeline").unwrap().is_none());
    assert!(root.query_selector(".tt-chart canvas").unwrap().is_some());
    assert_eq!(texts(&root, ".tt-legend-series"), ["Trade (billion USD)"]);
}

#[wasm_bindgen_test]
async fn selecting_by_id_opens_the_card_and_tells_the_host() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let root = container();
    let heard = Rc::new(RefCell::new(Vec::<String>::new()));
    let record = heard.clone();
    let callback =
        wasm_bindgen::closure::Closure::<dyn Fn(wasm_bindgen::JsValue)>::new(move |id: wasm_bindgen::JsValue| {
            record.borrow_mut().push(id.as_string().unwrap_or_else(|| "null".into()));
        });
    let on_select = callback.as_ref().unchecked_ref::<js_sys::Function>().clone();
    let widget = mount_story(root.clone(), STORY, "en", &[("onSelect", on_select.into())]);
    settle().await;
    assert_eq!(widget.select(Some("two".into()), None, None), None);
    settle().await;
    assert_eq!(texts(&root, ".tt-card-title"), ["Two"]);
    let refused = widget.select(Some("tow".into()), None, None).unwrap();
    assert!(refused.contains("did you mean \"two\""), "{refused}");
    assert_eq!(widget.select(None, None, None), None);
    settle().await;
    assert!(texts(&root, ".tt-card-title").is_empty());
    assert_eq!(*heard.borrow(), ["two", "null"]);
}

#[wasm_bindgen_test]
async fn the_widget_opens_on_its_start_event_and_warns_of_an_unknown_one() {
    let root = container();
    let widget = mount_story(root.clone(), STORY, "en", &[("start", "one".into())]);
    settle().await;
    assert_eq!(texts(&root, ".tt-card-title"), ["One"]);
    assert_eq!(widget.start_problem(), None);
    assert!(!widget.has_warnings());
    let other = container();
    let widget = mount_story(other.clone(), STORY, "en", &[("start", "three".into())]);
    settle().await;
    assert!(texts(&other, ".tt-card-title").is_empty());
    assert_eq!(widget.start_problem().as_deref(), Some("no event has the id \"three\""));
}

#[wasm_bindgen_test]
async fn destroyed_widgets_are_no_longer_counted_live() {
    let before = trade_timeline::web::live_widgets();
    let widgets: Vec<_> = (0..3).map(|_| mount_story(container(), STORY, "en", &[])).collect();
    assert_eq!(trade_timeline::web::live_widgets(), before + 3);
    widgets.into_iter().for_each(|w| w.destroy());
    assert_eq!(trade_timeline::web::live_widgets(), before);
}

/// The chart's top-left pixel (its background).
fn corner(root: &HtmlElement) -> Vec<u8> {
    let canvas = root.query_selector(".tt-canvas").unwrap().unwrap().dyn_into::<web_sys::HtmlCanvasElement>().unwrap();
    let context = canvas.get_context("2d").unwrap().unwrap().dyn_into::<web_sys::CanvasRenderingContext2d>().unwrap();
    context.get_image_data(1.0, 1.0, 1.0, 1.0).unwrap().data().to_vec()
}

#[wasm_bindgen_test]
async fn the_chart_takes_its_colours_from_the_custom_properties_when_restyled() {
    let root = container();
    root.style().set_property("--tt-bg", "rgb(255, 0, 0)").unwrap();
    let widget = mount_story(root.clone(), include_str!("fixtures/chart-only.json"), "en", &[]);
    settle().await;
    assert_eq!(corner(&root), [255, 0, 0, 255]);
    root.style().set_property("--tt-bg", "navy").unwrap();
    settle().await;
    assert_eq!(corner(&root), [255, 0, 0, 255], "colours are read again only when asked");
    widget.restyle();
    settle().await;
    assert_eq!(corner(&root), [0, 0, 128, 255]);
}

#[wasm_bindgen_test]
async fn the_timeline_has_one_tab_stop_and_it_follows_the_selection() {
    let root = container();
    let widget = mount_story(root.clone(), STORY, "en", &[]);
    settle().await;
    let stops = || texts(&root, ".tt-event[tabindex='0'] .tt-event-title");
    assert_eq!(stops(), ["One"], "the first event in view");
    assert_eq!(root.query_selector_all(".tt-event[tabindex='-1']").unwrap().length(), 1);
    widget.select(Some("two".into()), None, None);
    settle().await;
    assert_eq!(stops(), ["Two"]);
}

#[wasm_bindgen_test]
async fn a_selection_is_announced_in_the_polite_live_region_but_the_opening_one_is_not() {
    let root = container();
    let widget = mount_story(root.clone(), STORY, "en", &[("start", "one".into())]);
    settle().await;
    let live = || texts(&root, ".tt > [aria-live='polite']");
    assert_eq!(live(), [""]);
    widget.select(Some("two".into()), None, None);
    settle().await;
    assert_eq!(live(), ["Event 2 of 2: Two, May 17, 2023"]);
}

#[wasm_bindgen_test]
async fn the_copy_link_button_is_there_only_when_the_host_makes_links() {
    let root = container();
    let _widget = mount_story(root.clone(), STORY, "en", &[("start", "one".into())]);
    settle().await;
    assert!(root.query_selector(".tt-copy-link").unwrap().is_none());
    let other = container();
    let copy = js_sys::Function::new_with_args("id", "return Promise.resolve('https://example.org/#tt=' + id)");
    let _linked = mount_story(other.clone(), STORY, "en", &[("start", "one".into()), ("copyLink", copy.into())]);
    settle().await;
    click(&other, ".tt-copy-link");
    settle().await;
    settle().await;
    assert_eq!(texts(&other, ".tt-card-share [role='status']"), ["Link copied"]);
}
