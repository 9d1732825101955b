//! The story as static content, built once for every place it is shown
//! whole: the command line's fallback HTML, the printed widget and the data
//! tables behind "view the data". Each reads the same tree, so the three
//! cannot drift apart (they did: print once put a whole multi-paragraph
//! text in one paragraph).
//!
//! Every event with its date in words (certainty said), its title, its text
//! in paragraphs and its sources as links; one table per series with each
//! figure's period, value, status, note and sources; and one of the targets
//! with where each stands and how an assumed value was reached; and, for
//! the data view, one of the events. Where a reader prints,
//! the stylesheet writes each link's address after it.

use super::tree::Element;
use crate::story::{Event, SourceRef, Story};
use crate::words::ui_text::events_table_words;
use crate::words::Words;

/// Every event, in date order, as a list.
pub fn event_list(story: &Story, words: &Words) -> Element {
    Element::new("ol").class("tt-events").children(story.events.iter().map(|event| event_item(story, event, words)))
}

fn event_item(story: &Story, event: &Event, words: &Words) -> Element {
    let ui = words.ui;
    let date = Element::new("time").attr("datetime", event.date.to_string()).text(words.date_range(
        &event.date,
        event.end.as_ref(),
        event.certainty,
    ));
    Element::new("li")
        .child(Element::new("p").class("tt-card-date").child(date))
        .child(Element::new("h3").class("tt-card-title").attr("lang", &story.lang).text(&event.title))
        .child(
            Element::new("div")
                .class("tt-card-text")
                .attr("lang", &story.lang)
                .children(event.paragraphs().map(|p| Element::new("p").text(p))),
        )
        .child(sources(
            story,
            &event.sources,
            Element::new("p").class("tt-sources").text(format!("{}{} ", ui.sources, ui.colon)),
        ))
}

/// Every event as a row of one table, in date order: its date in words
/// (certainty said), title, category and sources (the data view; the
/// printed version lists the events whole instead).
pub fn events_table(story: &Story, words: &Words) -> Option<Element> {
    let (caption, columns) = events_table_words(words.ui.lang);
    let head = Element::new("tr").children(columns.iter().map(|c| Element::new("th").attr("scope", "col").text(*c)));
    let rows = story.events.iter().map(|event| {
        let date = words.date_range(&event.date, event.end.as_ref(), event.certainty);
        Element::new("tr")
            .child(Element::new("td").child(Element::new("time").attr("datetime", event.date.to_string()).text(date)))
            .child(Element::new("th").attr("scope", "row").attr("lang", &story.lang).text(&event.title))
            .child(Element::new("td").attr("lang", &story.lang).text(event.category.as_deref().unwrap_or("")))
            .child(sources(story, &event.sources, Element::new("td")))
    });
    (!story.events.is_empty()).then(|| {
        Element::new("table")
            .class("tt-table tt-events-table")
            .child(Element::new("caption").text(caption))
            .child(Element::new("thead").child(head))
            .child(Element::new("tbody").children(rows))
    })
}

/// One table per series: period, value, status, note and sources of every figure.
pub fn data_tables(story: &Story, words: &Words) -> Vec<Element> {
    let ui = words.ui;
    story
        .series
        .iter()
        .map(|series| {
            let head = Element::new("tr")
                .children(ui.columns.iter().map(|column| Element::new("th").attr("scope", "col").text(*column)));
            let rows = series.points.iter().map(|point| {
                Element::new("tr")
                    .child(Element::new("th").attr("scope", "row").text(words.period(&point.period)))
                    .child(Element::new("td").class("tt-number").text(words.number(point.value)))
                    .child(Element::new("td").text(words.status_with_method(&point.status)))
                    .child(Element::new("td").text(point.note.as_deref().unwrap_or("")))
                    .child(sources(story, &point.sources, Element::new("td")))
            });
            Element::new("table")
                .class("tt-table")
                .child(Element::new("caption").text(Words::series_name(series)))
                .child(Element::new("thead").child(head))
                .child(Element::new("tbody").children(rows))
        })
        .chain(targets_table(story, words))
        .collect()
}

/// The targets, when there are any: each one's value, deadline, where it
/// stands, how its value was reached when the promise gave none (an
/// assumption said in words), its note and sources.
fn targets_table(story: &Story, words: &Words) -> Option<Element> {
    let ui = words.ui;
    let head =
        Element::new("tr").children(ui.target_columns.iter().map(|c| Element::new("th").attr("scope", "col").text(*c)));
    let rows = story.targets.iter().enumerate().map(|(i, target)| {
        let said: Vec<&str> = [target.method.as_deref(), target.note.as_deref()].into_iter().flatten().collect();
        Element::new("tr")
            .child(Element::new("th").attr("scope", "row").attr("lang", &story.lang).text(&target.label))
            .child(Element::new("td").class("tt-number").text(words.number(target.value)))
            .child(Element::new("td").text(words.period(&target.deadline)))
            .child(Element::new("td").text(words.standing(story, i, true).unwrap_or_default()))
            .child(Element::new("td").attr("lang", &story.lang).text(said.join(" ")))
            .child(sources(story, &target.sources, Element::new("td")))
    });
    (!story.targets.is_empty()).then(|| {
        Element::new("table")
            .class("tt-table tt-targets")
            .child(Element::new("caption").text(ui.targets_caption))
            .child(Element::new("thead").child(head))
            .child(Element::new("tbody").children(rows))
    })
}

/// `into` with the sources appended by name, comma-separated, each a link
/// when it has a URL (http(s), checked by validation).
fn sources(story: &Story, refs: &[SourceRef], mut into: Element) -> Element {
    for (i, r) in refs.iter().enumerate() {
        if i > 0 {
            into = into.text(", ");
        }
        let source = &story.sources[r.0];
        into = match &source.url {
            Some(url) => into.child(
                Element::new("a")
                    .attr("href", url)
                    .attr("rel", "noopener noreferrer")
                    .attr("target", "_blank")
                    .text(&source.name),
            ),
            None => into.text(&source.name),
        };
    }
    into
}
