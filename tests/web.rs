//! Component tests in a real browser (headless Chromium via
//! wasm-bindgen-test-runner): the widget mounts, shows events in date order,
//! shows problems in place of an invalid story, and unmounts cleanly.
#![cfg(target_arch = "wasm32")]

use trade_timeline::web::mount;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const STORY: &str = include_str!("fixtures/valid.json");

fn container() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap().dyn_into::<HtmlElement>().unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length()).map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
fn a_valid_story_lists_its_events_in_date_order() {
    let root = container();
    let widget = mount(root.clone(), STORY, "en");
    assert!(widget.valid());
    assert_eq!(texts(&root, ".tt-event-title"), ["One", "Two"]);
    assert_eq!(texts(&root, ".tt-title"), ["A small valid story"]);
}

#[wasm_bindgen_test]
fn dates_keep_their_precision_and_say_when_inferred() {
    let root = container();
    let _widget = mount(root.clone(), STORY, "en");
    assert_eq!(texts(&root, ".tt-event-date"), ["2015 (date inferred)", "May 17, 2023"]);
}

#[wasm_bindgen_test]
fn french_is_the_interface_for_french_pages() {
    let root = container();
    let _widget = mount(root.clone(), STORY, "fr");
    assert_eq!(texts(&root, ".tt-event-date"), ["2015 (date déduite)", "17 mai 2023"]);
}

#[wasm_bindgen_test]
fn an_invalid_story_shows_its_problems_with_their_lines() {
    let root = container();
    let widget = mount(root.clone(), include_str!("fixtures/bad.json"), "en");
    assert!(!widget.valid());
    assert_eq!(widget.problems().len(), 4);
    let shown = texts(&root, ".tt-problems li");
    assert_eq!(shown.len(), 4);
    assert!(shown[1].starts_with("line 12, column 7: events[0].date:"), "{}", shown[1]);
    assert!(root.query_selector(".tt-event").unwrap().is_none());
}

#[wasm_bindgen_test]
fn story_text_is_never_read_as_html() {
    let root = container();
    let story = STORY.replace("\"title\": \"One\"", "\"title\": \"<img src=x onerror=alert(1)>\"");
    let widget = mount(root.clone(), &story, "en");
    assert!(!widget.valid(), "markup is refused by validation");
    assert!(root.query_selector("img").unwrap().is_none(), "and never inserted as an element");
}

#[wasm_bindgen_test]
fn destroying_the_widget_empties_its_container() {
    let root = container();
    let widget = mount(root.clone(), STORY, "en");
    assert!(root.child_element_count() > 0);
    widget.destroy();
    assert_eq!(root.child_element_count(), 0);
}
