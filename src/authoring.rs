//! The authoring tools in the page: what `trade-timeline import` does, for
//! the demo's workshop. Built as a wasm of its own (`--features authoring`),
//! so the widget readers download carries none of it.

use wasm_bindgen::prelude::*;

use crate::import::{import, Files, Meta};

/// What an import gave: the story's JSON text, or its problems.
#[wasm_bindgen]
pub struct Imported {
    story: Option<String>,
    problems: Vec<String>,
}

#[wasm_bindgen]
impl Imported {
    /// The story's JSON text, when every file was good.
    #[wasm_bindgen(getter)]
    pub fn story(&self) -> Option<String> {
        self.story.clone()
    }

    /// Each problem on a line ("events.csv:row 7: date: …").
    #[wasm_bindgen(getter)]
    pub fn problems(&self) -> Vec<String> {
        self.problems.clone()
    }
}

/// Builds a story from CSV texts, exactly as the command line does.
/// `files` holds (file name, text) pairs for events, series, targets and
/// sources, in that order; an empty name means the file was not given.
#[wasm_bindgen(js_name = importCsv)]
#[allow(clippy::too_many_arguments)]
pub fn import_csv(
    lang: String,
    title: String,
    subtitle: Option<String>,
    updated: String,
    notes: Option<String>,
    names: Vec<String>,
    texts: Vec<String>,
) -> Imported {
    let file = |i: usize| match (names.get(i), texts.get(i)) {
        (Some(name), Some(text)) if !name.is_empty() => Some((name.as_str(), text.as_str())),
        _ => None,
    };
    let files = Files { events: file(0), series: file(1), targets: file(2), sources: file(3) };
    let meta = Meta { lang, title, subtitle, updated, notes };
    match import(&meta, &files) {
        Ok(story) => Imported { story: Some(story), problems: Vec::new() },
        Err(problems) => Imported { story: None, problems },
    }
}
