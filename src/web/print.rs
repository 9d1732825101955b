//! The printed widget: a static, complete version. On paper there is no
//! zooming and no card to open, so every event is listed with its date in
//! words, its text and its sources, and every figure is in a table. It is
//! built only while the page is printed (or print is emulated), and the
//! stylesheet hides the interactive parts then.

use std::sync::Arc;

use leptos::prelude::*;

use super::format::date_range;
use super::static_dom::static_block;
use super::summary::data_tables;
use crate::story::Story;
use crate::words::ui_text::UiText;

/// Every event, then every figure.
#[component]
pub fn PrintVersion(story: Arc<Story>, ui: &'static UiText) -> impl IntoView {
    static_block("tt-print", move |b, parent| {
        let list = b.add(parent, "ol", "tt-print-events", "");
        for event in &story.events {
            let item = b.add(&list, "li", "", "");
            b.add(&item, "p", "tt-card-date", &date_range(&event.date, event.end.as_ref(), event.certainty, ui));
            let _ = b.add(&item, "h3", "tt-card-title", &event.title).set_attribute("lang", &story.lang);
            let _ = b.add(&item, "p", "", &event.text).set_attribute("lang", &story.lang);
            let sources = b.add(&item, "p", "tt-print-sources", &format!("{}{} ", ui.sources, ui.colon));
            for (i, r) in event.sources.iter().enumerate() {
                let source = &story.sources[r.0];
                let text = match &source.url {
                    Some(url) => format!("{}{} ({url})", if i > 0 { ", " } else { "" }, source.name),
                    None => format!("{}{}", if i > 0 { ", " } else { "" }, source.name),
                };
                let _ = sources.append_with_str_1(&text);
            }
        }
        data_tables(b, parent, &story, ui);
    })
}
