//! A minimal valid story, and ways to break it in exactly one place.

use serde_json::{json, Value};
use trade_timeline::story::advice::{has_warnings, warnings};
use trade_timeline::story::{accept_story, parse_story, Problem, ProblemKind, Story};

/// The smallest story that uses every kind of object.
pub fn minimal() -> Value {
    json!({
        "version": 1,
        "lang": "fr",
        "title": "Commerce",
        "updated": "2025-08-23",
        "sources": [
            { "id": "gazette", "name": "La Gazette", "url": "https://example.org/a", "date": "2025-08-23" },
            { "id": "customs", "name": "GACC" }
        ],
        "events": [
            { "id": "b", "date": "2025-08-20", "certainty": "inferred", "title": "Rencontre", "text": "Un texte.", "sources": ["gazette"] },
            { "id": "a", "date": "1991-12-16", "title": "Indépendance", "text": "Un texte.", "sources": ["gazette"] }
        ],
        "series": [
            { "id": "cn", "label": "Douanes", "unit": "Md$", "sources": ["customs"], "points": [
                { "period": "2024", "value": 43.8 },
                { "period": "2013", "value": 28.5, "sources": ["gazette"] },
                { "period": "2025-H1", "value": 21.8, "status": "partial" }
            ] }
        ],
        "panels": [{ "unit": "Md$", "share": 1 }],
        "targets": [
            { "id": "t40", "label": "40", "value": 40, "deadline": "2030", "set": "2023-05-17", "series": "cn",
              "sources": ["gazette"], "superseded": "2025-08-20", "superseded_by": "t2x", "met": "2023" },
            { "id": "t2x", "label": "x2", "value": 87.6, "method": "2 × 43.8", "deadline": "2030", "set": "2025-08-20", "sources": ["gazette"] }
        ]
    })
}

/// Parses a JSON value as story text; the strict reading (the widget's
/// first module) must agree with the worded one on every story a test
/// writes, and on whether it has warnings.
pub fn parse(story: &Value) -> Result<Story, Vec<Problem>> {
    let text = story.to_string();
    let read = parse_story(&text);
    assert_eq!(accept_story(&text).as_ref(), read.as_ref().ok(), "the strict reading disagrees on {text}");
    if let Ok(story) = &read {
        assert_eq!(has_warnings(story), !warnings(story).is_empty(), "has_warnings disagrees on {text}");
    }
    read
}

/// The problems of a story that must be invalid.
pub fn problems(story: &Value) -> Vec<Problem> {
    match parse(story) {
        Ok(_) => panic!("expected problems, the story was valid"),
        Err(problems) => problems,
    }
}

/// The minimal story with the value at a JSON pointer set (replaced, or
/// added to its object).
pub fn with(pointer: &str, value: Value) -> Value {
    let mut story = minimal();
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = story.pointer_mut(parent).unwrap_or_else(|| panic!("no {parent} in the minimal story"));
    match parent {
        Value::Object(map) => {
            map.insert(key.to_owned(), value);
        }
        Value::Array(items) => items[key.parse::<usize>().unwrap()] = value,
        _ => panic!("{pointer} is inside a scalar"),
    }
    story
}

/// The minimal story with the field at a JSON pointer removed.
pub fn without(pointer: &str) -> Value {
    let mut story = minimal();
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    story.pointer_mut(parent).unwrap().as_object_mut().unwrap().remove(key).expect("field to remove");
    story
}

/// Asserts exactly one problem, of `kind`, at `path`; returns its message.
#[track_caller]
pub fn single(story: &Value, kind: ProblemKind, path: &str) -> String {
    let found = problems(story);
    assert_eq!(found.len(), 1, "expected one problem, got {found:#?}");
    assert_eq!(found[0].kind, kind, "{found:#?}");
    assert_eq!(found[0].path.to_string(), path);
    found[0].message.clone()
}
