//! The authoring tools in the page: what `trade-timeline import` does, for
//! the demo's workshop. Built as a wasm of its own (`--features authoring`),
//! so the widget readers download carries none of it.

use wasm_bindgen::prelude::*;

use crate::import::{import, Files, ImportProblem, Meta};

/// What an import gave: the story, or its problems.
#[wasm_bindgen]
pub struct Imported {
    text: Option<String>,
    problems: Vec<ImportProblem>,
}

#[wasm_bindgen]
impl Imported {
    /// The story's JSON text (pretty-printed, as the command line writes
    /// it), when every file was good.
    #[wasm_bindgen(getter)]
    pub fn text(&self) -> Option<String> {
        self.text.clone()
    }

    /// The story as a plain object, when every file was good.
    #[wasm_bindgen(getter)]
    pub fn story(&self) -> JsValue {
        let value: Option<serde_json::Value> = self.text.as_deref().and_then(|t| serde_json::from_str(t).ok());
        value.map_or(JsValue::NULL, |v| objects(&v))
    }

    /// Each problem as an object `{ file, row, column, path, message, kind,
    /// text }` (`import::ImportProblem`): `text` is the line the command
    /// line prints ("events.csv:row 7: date: …").
    #[wasm_bindgen(getter)]
    pub fn problems(&self) -> JsValue {
        objects(&self.problems)
    }
}

/// `value` as plain JavaScript objects and arrays (`null` for what is not there).
fn objects<T: serde::Serialize + ?Sized>(value: &T) -> JsValue {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}

#[wasm_bindgen]
extern "C" {
    /// What the workshop hands [`import_csv`], as one plain object.
    pub type ImportOptions;
    /// The story's language (a BCP 47 tag).
    #[wasm_bindgen(method, getter)]
    fn lang(this: &ImportOptions) -> Option<String>;
    /// The story's title.
    #[wasm_bindgen(method, getter)]
    fn title(this: &ImportOptions) -> Option<String>;
    /// Its subtitle.
    #[wasm_bindgen(method, getter)]
    fn subtitle(this: &ImportOptions) -> Option<String>;
    /// When it was last updated (`2025-08-23`).
    #[wasm_bindgen(method, getter)]
    fn updated(this: &ImportOptions) -> Option<String>;
    /// Its notes for readers.
    #[wasm_bindgen(method, getter)]
    fn notes(this: &ImportOptions) -> Option<String>;
    /// The files, as `{ events, series, targets, sources }`, each `{ name, text }` or left out.
    #[wasm_bindgen(method, getter)]
    fn files(this: &ImportOptions) -> Option<CsvFiles>;

    /// The five files of an import.
    pub type CsvFiles;
    #[wasm_bindgen(method, getter)]
    fn events(this: &CsvFiles) -> Option<CsvFile>;
    #[wasm_bindgen(method, getter)]
    fn series(this: &CsvFiles) -> Option<CsvFile>;
    #[wasm_bindgen(method, getter)]
    fn targets(this: &CsvFiles) -> Option<CsvFile>;
    #[wasm_bindgen(method, getter)]
    fn sources(this: &CsvFiles) -> Option<CsvFile>;
    #[wasm_bindgen(method, getter)]
    fn panels(this: &CsvFiles) -> Option<CsvFile>;

    /// One CSV file: its name (for messages) and its text.
    pub type CsvFile;
    #[wasm_bindgen(method, getter)]
    fn name(this: &CsvFile) -> Option<String>;
    #[wasm_bindgen(method, getter)]
    fn text(this: &CsvFile) -> Option<String>;
}

/// Builds a story from CSV texts, exactly as the command line does, from
/// `{ lang, title, subtitle, updated, notes, files: { events, series,
/// targets, sources, panels } }`, each file `{ name, text }` or left out.
#[wasm_bindgen(js_name = importCsv)]
pub fn import_csv(options: &ImportOptions) -> Imported {
    let read = |file: Option<CsvFile>| file.map(|f| (f.name().unwrap_or_default(), f.text().unwrap_or_default()));
    let given = options.files();
    let [events, series, targets, sources, panels] = [
        read(given.as_ref().and_then(CsvFiles::events)),
        read(given.as_ref().and_then(CsvFiles::series)),
        read(given.as_ref().and_then(CsvFiles::targets)),
        read(given.as_ref().and_then(CsvFiles::sources)),
        read(given.as_ref().and_then(CsvFiles::panels)),
    ];
    fn file(f: &Option<(String, String)>) -> Option<(&str, &str)> {
        f.as_ref().map(|(name, text)| (name.as_str(), text.as_str()))
    }
    let files = Files {
        events: file(&events),
        series: file(&series),
        targets: file(&targets),
        sources: file(&sources),
        panels: file(&panels),
    };
    let meta = Meta {
        lang: options.lang().unwrap_or_default(),
        title: options.title().unwrap_or_default(),
        subtitle: options.subtitle(),
        updated: options.updated().unwrap_or_default(),
        notes: options.notes(),
    };
    match import(&meta, &files) {
        Ok(story) => Imported { text: Some(story), problems: Vec::new() },
        Err(problems) => Imported { text: None, problems },
    }
}
