//! Property tests of the two readers that face text from anywhere: the
//! story reader (`parse_story`) and the CSV importer (`import`).
//!
//! They guard four promises, on arbitrary bytes, arbitrary strings and
//! random damage to the stories and templates the project ships:
//! - neither reader panics, whatever it is given;
//! - every problem says where it is: a story problem has a JSON path (or is
//!   about the whole document, with the parser's line and column), and that
//!   path or position is a line and column inside the text, on the key or
//!   value at fault, however deeply the text nests; an import problem starts
//!   with its file and row (and names a column the file has), its file
//!   alone, or the `--option` of the story's own field;
//! - a valid story round-trips: written back as JSON (pretty, compact, or
//!   from the validated model) it reads as the same story;
//! - what the importer accepts, the story reader accepts, and how a
//!   spreadsheet writes the CSV (separator, quotes, BOM, line ends) does not
//!   change the story.
//!
//! Cases are few (the whole file runs in seconds in debug builds; set
//! `PROPTEST_CASES` for a longer hunt), and no failure is persisted: a
//! failure found here becomes a plain `#[test]`, at the end of this file.

use std::collections::BTreeSet;

use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;
use serde::de::IgnoredAny;
use serde_json::{json, Map, Value};
use trade_timeline::import::{import, Files, Meta};
use trade_timeline::story::date::days_in_month;
use trade_timeline::story::json_position::locate;
use trade_timeline::story::{
    looks_like_html, parse_story, Certainty, JsonPath, Problem, ProblemKind, Segment, SourceRef, Status, Story,
};

const DEFAULT_STORY: &str = include_str!("../www/data/kazakhstan-china.fr.json");
const ENGLISH_STORY: &str = include_str!("../www/data/kazakhstan-china.en.json");
const VALID: &str = include_str!("fixtures/valid.json");
const CHART_ONLY: &str = include_str!("fixtures/chart-only.json");
/// Parseable, with problems: damage to it reaches other rules.
const BAD: &str = include_str!("fixtures/bad.json");

/// The stories that damage starts from.
const SEEDS: [&str; 5] = [DEFAULT_STORY, ENGLISH_STORY, VALID, CHART_ONLY, BAD];

const EVENTS_CSV: &str = include_str!("../www/templates/events.csv");
const SERIES_CSV: &str = include_str!("../www/templates/series.csv");
const TARGETS_CSV: &str = include_str!("../www/templates/targets.csv");
const SOURCES_CSV: &str = include_str!("../www/templates/sources.csv");

/// Each CSV file's name and the columns the importer knows in it.
const FILES: [(&str, &[&str]); 4] = [
    ("events.csv", &["id", "date", "end", "certainty", "title", "text", "category", "sources"]),
    (
        "series.csv",
        &[
            "series",
            "label",
            "unit",
            "short_unit",
            "signed",
            "series_sources",
            "period",
            "value",
            "status",
            "method",
            "note",
            "sources",
        ],
    ),
    (
        "targets.csv",
        &[
            "id",
            "label",
            "value",
            "method",
            "deadline",
            "set",
            "certainty",
            "series",
            "sources",
            "superseded",
            "superseded_by",
            "met",
            "note",
        ],
    ),
    ("sources.csv", &["id", "name", "title", "url", "date"]),
];

/// Every field name of the story format, for keys that reach the rules.
const FIELD_NAMES: &[&str] = &[
    "$schema",
    "version",
    "lang",
    "title",
    "subtitle",
    "updated",
    "notes",
    "sources",
    "events",
    "series",
    "targets",
    "id",
    "name",
    "url",
    "date",
    "end",
    "certainty",
    "text",
    "category",
    "label",
    "unit",
    "short_unit",
    "signed",
    "points",
    "period",
    "value",
    "status",
    "method",
    "note",
    "deadline",
    "set",
    "superseded",
    "superseded_by",
    "met",
];

/// Texts the rules care about: dates, periods, words of the format, ids of
/// the seeds, links, markup, blanks.
const STORY_WORDS: &[&str] = &[
    "",
    " ",
    "\n",
    "fr",
    "en",
    "zh-Hans",
    "f",
    "1",
    "2025",
    "2025-08",
    "2025-08-23",
    "2023-02-30",
    "2024-02-29",
    "2025-13",
    "2025-00",
    "0000",
    "9999-12-31",
    "2025-H1",
    "2025-H3",
    "2025-Q3",
    "2025-Q0",
    "2025-06",
    "reported",
    "derived",
    "partial",
    "estimate",
    "exact",
    "approximate",
    "inferred",
    "https://example.org",
    "http://",
    "ftp://x",
    "<b>gras</b>",
    "a < b",
    "gazette",
    "gazette-2025-08-23",
    "china-customs",
    "kazakhstan-stats",
    "one",
    "two",
    "trade",
    "t40",
    "Md$",
    "milliards de dollars US",
    "1,5",
    "−3",
    "NaN",
    "inf",
    "1e400",
    "true",
    "oui",
];

/// `cases` cases, or `PROPTEST_CASES` for a longer hunt.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(cases);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

// ---------------------------------------------------------------------------
// Strategies

fn story_word() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(STORY_WORDS).prop_map(str::to_owned),
        1 => "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?",
        1 => "[0-9]{4}-[HQ][0-5]",
        1 => any::<String>(),
    ]
}

fn json_key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(FIELD_NAMES).prop_map(str::to_owned),
        1 => any::<String>(),
        1 => "[a-z_]{1,8}",
    ]
}

/// Any JSON value, at most three levels deep, biased towards what a story holds.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-10i64..3000).prop_map(Value::from),
        // Not finite becomes null, as in serde_json.
        any::<f64>().prop_map(Value::from),
        story_word().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((json_key(), inner), 0..4).prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Damage to a text, at character boundaries.
#[derive(Debug, Clone)]
enum TextMutation {
    Delete(Index, usize),
    Duplicate(Index, usize),
    /// The JSON value (or key) that starts at or after the position.
    ReplaceValue(Index, Value),
    Truncate(Index),
    Insert(Index, String),
    /// The JSON value (or key) that starts at or after the position, inside
    /// that many arrays.
    Nest(Index, usize),
}

fn text_mutation() -> impl Strategy<Value = TextMutation> {
    prop_oneof![
        (any::<Index>(), 1usize..40).prop_map(|(at, n)| TextMutation::Delete(at, n)),
        (any::<Index>(), 1usize..40).prop_map(|(at, n)| TextMutation::Duplicate(at, n)),
        (any::<Index>(), json_value()).prop_map(|(at, v)| TextMutation::ReplaceValue(at, v)),
        any::<Index>().prop_map(TextMutation::Truncate),
        (any::<Index>(), prop_oneof!["[{}\\[\\]\":,\\\\ \n0-9a-z-]{1,4}", any::<String>()])
            .prop_map(|(at, s)| TextMutation::Insert(at, s)),
        (any::<Index>(), prop_oneof![9 => 1usize..200, 1 => 20_000usize..100_000])
            .prop_map(|(at, depth)| TextMutation::Nest(at, depth)),
    ]
}

/// The largest character boundary at or before `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Where the first JSON value (or key) at or after `from` is written.
fn value_at(text: &str, from: usize) -> Option<std::ops::Range<usize>> {
    let start = from + text[from..].find(|c: char| "\"-0123456789[{tfn".contains(c))?;
    let mut values = serde_json::Deserializer::from_str(&text[start..]).into_iter::<IgnoredAny>();
    values.next()?.ok()?;
    Some(start..start + values.byte_offset())
}

fn apply_text(text: &mut String, mutation: &TextMutation) {
    let at = |index: &Index| floor_boundary(text, index.index(text.len() + 1));
    match mutation {
        TextMutation::Delete(start, n) => {
            let start = at(start);
            let end = floor_boundary(text, start + n);
            text.replace_range(start..end, "");
        }
        TextMutation::Duplicate(start, n) => {
            let start = at(start);
            let end = floor_boundary(text, start + n);
            let copy = text[start..end].to_owned();
            text.insert_str(end, &copy);
        }
        TextMutation::ReplaceValue(start, value) => {
            if let Some(range) = value_at(text, at(start)) {
                text.replace_range(range, &value.to_string());
            }
        }
        TextMutation::Nest(start, depth) => {
            if let Some(range) = value_at(text, at(start)) {
                text.insert_str(range.end, &"]".repeat(*depth));
                text.insert_str(range.start, &"[".repeat(*depth));
            }
        }
        TextMutation::Truncate(end) => {
            let end = at(end);
            text.truncate(end);
        }
        TextMutation::Insert(start, inserted) => {
            let start = at(start);
            text.insert_str(start, inserted);
        }
    }
}

/// Damage to a parsed story, at a random node.
#[derive(Debug, Clone)]
enum ValueMutation {
    /// The node becomes another value (the root too).
    Replace(Index, Value),
    /// Two entries of an object exchange values.
    Swap(Index, Index, Index),
    /// An entry of an object or an item of an array goes.
    Remove(Index, Index),
    /// An object gains an entry (known field or not), an array an item.
    Add(Index, String, Value),
    /// An item of an array is written twice.
    DuplicateItem(Index, Index),
}

fn value_mutation() -> impl Strategy<Value = ValueMutation> {
    prop_oneof![
        3 => (any::<Index>(), json_value()).prop_map(|(n, v)| ValueMutation::Replace(n, v)),
        1 => (any::<Index>(), any::<Index>(), any::<Index>()).prop_map(|(n, a, b)| ValueMutation::Swap(n, a, b)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(n, i)| ValueMutation::Remove(n, i)),
        1 => (any::<Index>(), json_key(), json_value()).prop_map(|(n, k, v)| ValueMutation::Add(n, k, v)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(n, i)| ValueMutation::DuplicateItem(n, i)),
    ]
}

/// The JSON pointers of every node, root first.
fn pointers(value: &Value, at: String, all: &mut Vec<String>) {
    all.push(at.clone());
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                pointers(item, format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")), all);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{i}"), all);
            }
        }
        _ => {}
    }
}

fn apply_value(story: &mut Value, mutation: &ValueMutation) {
    let mut all = Vec::new();
    pointers(story, String::new(), &mut all);
    let containers: Vec<&String> =
        all.iter().filter(|p| matches!(story.pointer(p), Some(Value::Object(_) | Value::Array(_)))).collect();
    let container = |index: &Index| containers.get(index.index(containers.len().max(1))).map(|p| p.to_string());
    match mutation {
        ValueMutation::Replace(node, value) => {
            let pointer = &all[node.index(all.len())];
            *story.pointer_mut(pointer).unwrap() = value.clone();
        }
        ValueMutation::Swap(node, a, b) => {
            let Some(pointer) = container(node) else { return };
            if let Some(Value::Object(map)) = story.pointer_mut(&pointer) {
                if map.len() >= 2 {
                    let keys: Vec<String> = map.keys().cloned().collect();
                    let (a, b) = (&keys[a.index(keys.len())], &keys[b.index(keys.len())]);
                    let first = map[a].clone();
                    let second = std::mem::replace(&mut map[b], first);
                    map[a] = second;
                }
            }
        }
        ValueMutation::Remove(node, item) => match container(node).and_then(|p| story.pointer_mut(&p)) {
            Some(Value::Object(map)) if !map.is_empty() => {
                let key = map.keys().nth(item.index(map.len())).unwrap().clone();
                map.remove(&key);
            }
            Some(Value::Array(items)) if !items.is_empty() => {
                items.remove(item.index(items.len()));
            }
            _ => {}
        },
        ValueMutation::Add(node, key, value) => match container(node).and_then(|p| story.pointer_mut(&p)) {
            Some(Value::Object(map)) => {
                map.insert(key.clone(), value.clone());
            }
            Some(Value::Array(items)) => items.push(value.clone()),
            _ => {}
        },
        ValueMutation::DuplicateItem(node, item) => {
            if let Some(Value::Array(items)) = container(node).and_then(|p| story.pointer_mut(&p)) {
                if !items.is_empty() {
                    let at = item.index(items.len());
                    items.insert(at, items[at].clone());
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// What the story reader promises

/// The byte offset of a 1-based line and column (in characters), or `None`
/// when that is not in the text. The column just past a line's last
/// character (where a text that ends too early stops) is in the text.
fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    if line == 0 || column == 0 {
        return None;
    }
    let start = if line == 1 { 0 } else { text.match_indices('\n').nth(line - 2)?.0 + 1 };
    let rest = &text[start..];
    let line_text = &rest[..rest.find('\n').unwrap_or(rest.len())];
    line_text.char_indices().map(|(i, _)| start + i).chain([start + line_text.len()]).nth(column - 1)
}

/// The longest start of `path` that names a node of `value`, and that node.
fn deepest<'a>(value: &'a Value, path: &JsonPath) -> (Vec<Segment>, &'a Value) {
    let mut node = value;
    let mut found = Vec::new();
    for segment in &path.0 {
        let next = match (segment, node) {
            (Segment::Key(key), Value::Object(map)) => map.get(key),
            (Segment::Index(i), Value::Array(items)) => items.get(*i),
            _ => None,
        };
        match next {
            Some(next) => {
                node = next;
                found.push(segment.clone());
            }
            None => break,
        }
    }
    (found, node)
}

/// Whether a problem is about the document as a whole: text that is not
/// JSON, a root that is not an object or repeats a field (the parser stops
/// there, and says where), or a text too large to read.
fn whole_document(problem: &Problem) -> bool {
    match problem.kind {
        ProblemKind::TooLarge => true,
        ProblemKind::Syntax | ProblemKind::WrongType | ProblemKind::RepeatedField => problem.position.is_some(),
        _ => false,
    }
}

/// Checks every promise the reader makes about what it said of `text`.
fn check_reading(text: &str, read: &Result<Story, Vec<Problem>>) -> Result<(), TestCaseError> {
    // The widget's first module reads strictly: the same stories, no words.
    let strict = trade_timeline::story::accept_story(text);
    prop_assert_eq!(strict.as_ref(), read.as_ref().ok(), "strict reading of {:?}", text);
    let problems = match read {
        Ok(story) => return check_round_trip(text, story),
        Err(problems) => problems,
    };
    prop_assert!(!problems.is_empty(), "a story refused without a problem");
    // JSON as the format reads it: numbers of any size, any depth (what
    // `serde_json::Value` refuses beyond its limits is a problem at a path).
    let is_json = serde_json::from_str::<IgnoredAny>(text).is_ok();
    let object = text.trim_start_matches([' ', '\t', '\n', '\r']).starts_with('{');
    let json = serde_json::from_str::<Value>(text).ok();
    for problem in problems {
        // Every problem carries a path, unless it is about the whole document.
        prop_assert!(!problem.path.0.is_empty() || whole_document(problem), "a problem without a path: {problem:?}");
        if let Some((line, column)) = problem.position {
            // The parser stopped: that is the only problem, and it says where, in the text.
            prop_assert!(problem.path.0.is_empty() && whole_document(problem), "{problem:?}");
            prop_assert_eq!(problems.len(), 1, "a syntax problem comes alone: {:?}", problems);
            prop_assert!(
                offset_of(text, line, column).is_some(),
                "{problem:?} is at line {line}, column {column}, outside the text {text:?}"
            );
        }
        if !is_json {
            prop_assert!(problem.position.is_some(), "text that is not JSON, read as JSON: {problem:?}");
            continue;
        }
        if !object {
            prop_assert!(problem.kind == ProblemKind::WrongType && problem.position.is_some(), "{problem:?}");
            continue;
        }
        if problem.position.is_some() {
            // An object stops the parser only by repeating a field.
            prop_assert_eq!(problem.kind, ProblemKind::RepeatedField, "{:?}", problem);
            continue;
        }
        // A problem of a JSON text: its path is a line and column in the
        // text, on the key or value at fault (or the deepest part of the path
        // the text holds: the object a missing field belongs in).
        let located = locate(text, &problem.path);
        prop_assert!(located.is_some(), "{problem:?} has no place in the text");
        let (line, column) = located.unwrap();
        let offset = offset_of(text, line, column);
        prop_assert!(offset.is_some_and(|o| o < text.len()), "{problem:?} at {line}:{column}, outside the text");
        let at = &text[offset.unwrap()..];
        let Some(json) = &json else { continue };
        let (prefix, node) = deepest(json, &problem.path);
        match prefix.last() {
            None => prop_assert_eq!(at, text.trim_start_matches([' ', '\t', '\n', '\r'])),
            Some(Segment::Key(key)) => {
                let written = serde_json::Deserializer::from_str(at).into_iter::<String>().next();
                prop_assert!(
                    matches!(&written, Some(Ok(k)) if k == key),
                    "{problem:?} at {line}:{column}, which is {:?}, not the key {key:?}",
                    at.chars().take(30).collect::<String>()
                );
            }
            Some(Segment::Index(_)) => {
                let written = serde_json::Deserializer::from_str(at).into_iter::<Value>().next();
                prop_assert!(
                    matches!(&written, Some(Ok(v)) if v == node),
                    "{problem:?} at {line}:{column}, which is {:?}, not the item {node}",
                    at.chars().take(30).collect::<String>()
                );
            }
        }
    }
    Ok(())
}

/// A valid story reads the same written back as JSON: through
/// `serde_json::Value`, pretty and compact, and from the validated model.
fn check_round_trip(text: &str, story: &Story) -> Result<(), TestCaseError> {
    let value: Value = serde_json::from_str(text).expect("a valid story is JSON");
    let model = serde_json::to_string_pretty(&story_json(story)).unwrap();
    for written in [value.to_string(), serde_json::to_string_pretty(&value).unwrap(), model] {
        let again = parse_story(&written);
        prop_assert!(
            again.as_ref().is_ok_and(|again| same_story(story, again)),
            "{story:?}\nwritten back reads\n{again:?}\nfrom\n{written}"
        );
    }
    Ok(())
}

/// How far apart two figures may read: serde_json's default number reader
/// (without its `float_roundtrip` feature) is exact for figures of up to 15
/// significant digits but may read the 17 digits that it writes for other
/// numbers up to 2 units in the last place away (measured on 2 million
/// random numbers: 30 % one or two units off, none more).
const FIGURE_ULPS: u64 = 2;

fn ulps(a: f64, b: f64) -> u64 {
    if a == b {
        0
    } else if a.is_sign_negative() != b.is_sign_negative() {
        u64::MAX
    } else {
        a.to_bits().abs_diff(b.to_bits())
    }
}

fn figures(story: &mut Story) -> Vec<&mut f64> {
    let points = story.series.iter_mut().flat_map(|s| s.points.iter_mut().map(|p| &mut p.value));
    points.chain(story.targets.iter_mut().map(|t| &mut t.value)).collect()
}

/// Equal stories, figures within [`FIGURE_ULPS`].
fn same_story(story: &Story, again: &Story) -> bool {
    let (mut expected, mut again) = (story.clone(), again.clone());
    let (expected_figures, figures_again) = (figures(&mut expected), figures(&mut again));
    if expected_figures.len() != figures_again.len() {
        return false;
    }
    for (x, y) in expected_figures.into_iter().zip(figures_again) {
        if ulps(*x, *y) > FIGURE_ULPS {
            return false;
        }
        *y = *x;
    }
    // Where each figure was written depends on the text's order, which
    // the model writes back sorted by period.
    for story in [&mut expected, &mut again] {
        story.series.iter_mut().flat_map(|s| &mut s.points).for_each(|p| p.written_at = 0);
    }
    expected == again
}

fn certainty_word(certainty: Certainty) -> &'static str {
    match certainty {
        Certainty::Exact => "exact",
        Certainty::Approximate => "approximate",
        Certainty::Inferred => "inferred",
    }
}

/// The story format's JSON for a validated story (the crate has no writer
/// of its own: stories are written by journalists and the importer).
fn story_json(story: &Story) -> Value {
    let ids = |refs: &[SourceRef]| refs.iter().map(|r| story.sources[r.0].id.clone()).collect::<Vec<_>>();
    let put = |object: &mut Map<String, Value>, key: &str, value: Option<Value>| {
        if let Some(value) = value {
            object.insert(key.to_owned(), value);
        }
    };
    let sources: Vec<Value> = story
        .sources
        .iter()
        .map(|s| {
            let mut o = Map::new();
            put(&mut o, "id", Some(json!(s.id)));
            put(&mut o, "name", Some(json!(s.name)));
            put(&mut o, "title", s.title.as_ref().map(|t| json!(t)));
            put(&mut o, "url", s.url.as_ref().map(|u| json!(u)));
            put(&mut o, "date", s.date.map(|d| json!(d.to_string())));
            Value::Object(o)
        })
        .collect();
    let events: Vec<Value> = story
        .events
        .iter()
        .map(|e| {
            let mut o = Map::new();
            put(&mut o, "id", Some(json!(e.id)));
            put(&mut o, "date", Some(json!(e.date.to_string())));
            put(&mut o, "end", e.end.map(|d| json!(d.to_string())));
            put(&mut o, "certainty", Some(json!(certainty_word(e.certainty))));
            put(&mut o, "title", Some(json!(e.title)));
            put(&mut o, "text", Some(json!(e.text)));
            put(&mut o, "category", e.category.as_ref().map(|c| json!(c)));
            put(&mut o, "sources", Some(json!(ids(&e.sources))));
            Value::Object(o)
        })
        .collect();
    let series: Vec<Value> = story
        .series
        .iter()
        .map(|s| {
            let points: Vec<Value> = s
                .points
                .iter()
                .map(|p| {
                    let mut o = Map::new();
                    put(&mut o, "period", Some(json!(p.period.to_string())));
                    put(&mut o, "value", Some(json!(p.value)));
                    let (status, method) = match &p.status {
                        Status::Reported => ("reported", None),
                        Status::Derived { method } => ("derived", Some(json!(method))),
                        Status::Partial => ("partial", None),
                        Status::Estimate => ("estimate", None),
                    };
                    put(&mut o, "status", Some(json!(status)));
                    put(&mut o, "method", method);
                    put(&mut o, "sources", Some(json!(ids(&p.sources))));
                    put(&mut o, "note", p.note.as_ref().map(|n| json!(n)));
                    Value::Object(o)
                })
                .collect();
            let mut o = Map::new();
            put(&mut o, "id", Some(json!(s.id)));
            put(&mut o, "label", Some(json!(s.label)));
            put(&mut o, "unit", Some(json!(s.unit)));
            put(&mut o, "short_unit", s.short_unit.as_ref().map(|u| json!(u)));
            put(&mut o, "signed", Some(json!(s.signed)));
            put(&mut o, "sources", Some(json!(ids(&s.sources))));
            put(&mut o, "points", Some(Value::Array(points)));
            Value::Object(o)
        })
        .collect();
    let targets: Vec<Value> = story
        .targets
        .iter()
        .map(|t| {
            let mut o = Map::new();
            put(&mut o, "id", Some(json!(t.id)));
            put(&mut o, "label", Some(json!(t.label)));
            put(&mut o, "value", Some(json!(t.value)));
            put(&mut o, "method", t.method.as_ref().map(|m| json!(m)));
            put(&mut o, "deadline", Some(json!(t.deadline.to_string())));
            put(&mut o, "set", Some(json!(t.set.to_string())));
            put(&mut o, "certainty", Some(json!(certainty_word(t.certainty))));
            put(&mut o, "series", t.series.map(|s| json!(story.series[s].id)));
            put(&mut o, "sources", Some(json!(ids(&t.sources))));
            put(&mut o, "superseded", t.superseded.map(|d| json!(d.to_string())));
            put(&mut o, "superseded_by", t.superseded_by.map(|i| json!(story.targets[i].id)));
            put(&mut o, "met", t.met.map(|d| json!(d.to_string())));
            put(&mut o, "note", t.note.as_ref().map(|n| json!(n)));
            Value::Object(o)
        })
        .collect();
    let mut o = Map::new();
    put(&mut o, "version", Some(json!(1)));
    put(&mut o, "lang", Some(json!(story.lang)));
    put(&mut o, "title", Some(json!(story.title)));
    put(&mut o, "subtitle", story.subtitle.as_ref().map(|s| json!(s)));
    put(&mut o, "updated", Some(json!(story.updated.to_string())));
    put(&mut o, "notes", story.notes.as_ref().map(|n| json!(n)));
    put(&mut o, "sources", Some(Value::Array(sources)));
    put(&mut o, "events", Some(Value::Array(events)));
    put(&mut o, "series", Some(Value::Array(series)));
    put(&mut o, "targets", Some(Value::Array(targets)));
    Value::Object(o)
}

// ---------------------------------------------------------------------------
// Valid stories built by the format's rules

/// Plain text: not blank, no markup.
fn plain_text() -> impl Strategy<Value = String> {
    prop_oneof!["[A-Za-zÀ-ÿ0-9 ,.'«»€$%()-]{1,30}", any::<String>(),]
        .prop_filter("plain text", |s| !s.trim().is_empty() && !looks_like_html(s))
}

/// A date in one of the three forms, with its year.
fn date() -> impl Strategy<Value = (i32, String)> {
    (1900i32..2100, prop::option::of((1u8..=12, prop::option::of(1u8..=31)))).prop_map(|(year, rest)| {
        let text = match rest {
            None => format!("{year:04}"),
            Some((month, None)) => format!("{year:04}-{month:02}"),
            Some((month, Some(day))) => format!("{year:04}-{month:02}-{:02}", day.min(days_in_month(year, month))),
        };
        (year, text)
    })
}

fn period() -> impl Strategy<Value = String> {
    (1990i32..2035, 0u8..4, 1u8..=12).prop_map(|(year, form, n)| match form {
        0 => format!("{year}"),
        1 => format!("{year}-H{}", 1 + n % 2),
        2 => format!("{year}-Q{}", 1 + n % 4),
        _ => format!("{year}-{n:02}"),
    })
}

fn certainty() -> impl Strategy<Value = Option<&'static str>> {
    prop::option::of(prop::sample::select(&["exact", "approximate", "inferred"][..]))
}

fn figure(signed: bool) -> BoxedStrategy<f64> {
    let any_finite = any::<f64>().prop_filter("finite", |v| v.is_finite());
    let value = prop_oneof![0.0..1e4f64, any_finite, Just(0.1 + 0.2), Just(43.8), Just(1e-300)];
    if signed {
        prop_oneof![value.clone().prop_map(|v| -v), value].boxed()
    } else {
        value.prop_map(f64::abs).boxed()
    }
}

/// Some source ids, as positions in the list of sources.
fn refs(at_least: usize) -> impl Strategy<Value = Vec<Index>> {
    prop::collection::vec(any::<Index>(), at_least..3)
}

fn with_optional(object: &mut Value, key: &str, value: Option<impl Into<Value>>) {
    if let Some(value) = value {
        object[key] = value.into();
    }
}

/// A story that follows every rule of the format, with arbitrary texts,
/// dates, periods and figures.
fn valid_story() -> impl Strategy<Value = Value> {
    let head = (
        prop::sample::select(&["fr", "en", "kk", "zh-Hans", "ru"][..]),
        plain_text(),
        prop::option::of(plain_text()),
        date(),
        prop::option::of(plain_text()),
    );
    let sources = prop::collection::vec(
        (
            plain_text(),
            prop::option::of(plain_text()),
            prop::option::of("https?://[a-z]{1,8}\\.[a-z]{2,3}(/[a-z0-9]{0,6})?"),
            prop::option::of(date()),
        ),
        1..4,
    );
    let events = prop::collection::vec(
        (
            date(),
            prop::option::of(date()),
            certainty(),
            plain_text(),
            plain_text(),
            prop::option::of(plain_text()),
            refs(1),
        ),
        0..5,
    );
    let point = (
        prop::sample::select(&["reported", "derived", "partial", "estimate", ""][..]),
        plain_text(),
        refs(0),
        prop::option::of(plain_text()),
    );
    let series = prop::collection::vec(
        (
            plain_text(),
            any::<bool>(),
            refs(1),
            prop::collection::btree_set(period(), 0..5),
            prop::collection::vec(point, 5),
        )
            .prop_flat_map(|(label, signed, sources, periods, points)| {
                (Just((label, signed, sources, periods, points)), prop::collection::vec(figure(signed), 5))
            }),
        0..3,
    );
    let targets = prop::collection::vec(
        (
            plain_text(),
            figure(false),
            prop::option::of(plain_text()),
            period(),
            date(),
            certainty(),
            prop::option::of(any::<Index>()),
            refs(1),
            prop::option::of((0i32..5, any::<Index>())),
            prop::option::of(0i32..5),
            prop::option::of(plain_text()),
        ),
        0..3,
    );
    (head, sources, events, series, plain_text(), targets).prop_map(
        |((lang, title, subtitle, (_, updated), notes), sources, events, series, unit, targets)| {
            let source_ids: Vec<String> = (0..sources.len()).map(|i| format!("source-{i}")).collect();
            let cite = |refs: &[Index]| refs.iter().map(|r| r.get(&source_ids).clone()).collect::<Vec<_>>();
            let mut story = json!({ "version": 1, "lang": lang, "title": title, "updated": updated });
            with_optional(&mut story, "subtitle", subtitle);
            with_optional(&mut story, "notes", notes);
            story["sources"] = sources
                .iter()
                .zip(&source_ids)
                .map(|((name, title, url, date), id)| {
                    let mut source = json!({ "id": id, "name": name });
                    with_optional(&mut source, "title", title.clone());
                    with_optional(&mut source, "url", url.clone());
                    with_optional(&mut source, "date", date.clone().map(|(_, d)| d));
                    source
                })
                .collect();
            story["events"] = events
                .iter()
                .enumerate()
                .map(|(i, ((_, a), b, certainty, title, text, category, refs))| {
                    let mut event = json!({ "id": format!("event-{i}"), "date": a, "title": title, "text": text, "sources": cite(refs) });
                    if let Some((_, b)) = b {
                        // The later of the two ends it (never before its start).
                        let day = |d: &str| trade_timeline::story::date::PartialDate::parse(d).unwrap().first_day();
                        let (start, end) = if day(b) < day(a) { (b, a) } else { (a, b) };
                        event["date"] = json!(start);
                        event["end"] = json!(end);
                    }
                    with_optional(&mut event, "certainty", *certainty);
                    with_optional(&mut event, "category", category.clone());
                    event
                })
                .collect();
            // One unit, and all series signed or none: a balance beside
            // larger figures would be flattened (native_panels.rs).
            let signed = series.first().is_some_and(|((_, signed, ..), _)| *signed);
            story["series"] = series
                .iter()
                .enumerate()
                .map(|(i, ((label, _, refs, periods, points), values))| {
                    let points: Vec<Value> = periods
                        .iter()
                        .zip(points)
                        .zip(values)
                        .map(|((period, (status, method, own, note)), value)| {
                            let mut point = json!({ "period": period, "value": value });
                            if !status.is_empty() {
                                point["status"] = json!(status);
                            }
                            if *status == "derived" {
                                point["method"] = json!(method);
                            }
                            if !own.is_empty() {
                                point["sources"] = json!(cite(own));
                            }
                            with_optional(&mut point, "note", note.clone());
                            point
                        })
                        .collect();
                    json!({ "id": format!("series-{i}"), "label": label, "unit": unit, "signed": signed, "sources": cite(refs), "points": points })
                })
                .collect();
            let series_count = series.len();
            let target_count = targets.len();
            story["targets"] = targets
                .iter()
                .enumerate()
                .map(|(i, (label, value, method, deadline, (year, set), certainty, series, refs, superseded, met, note))| {
                    let mut target = json!({ "id": format!("target-{i}"), "label": label, "value": value, "deadline": deadline, "set": set, "sources": cite(refs) });
                    with_optional(&mut target, "method", method.clone());
                    with_optional(&mut target, "certainty", *certainty);
                    if let Some(s) = series.filter(|_| series_count > 0) {
                        target["series"] = json!(format!("series-{}", s.index(series_count)));
                    }
                    // Later than the year it was set: never before it.
                    if let Some((after, by)) = superseded {
                        target["superseded"] = json!(format!("{:04}", year + 1 + after));
                        let by = by.index(target_count);
                        if by != i {
                            target["superseded_by"] = json!(format!("target-{by}"));
                        }
                    }
                    with_optional(&mut target, "met", met.map(|after| format!("{:04}", year + 1 + after)));
                    with_optional(&mut target, "note", note.clone());
                    target
                })
                .collect();
            story
        },
    )
}

// ---------------------------------------------------------------------------
// What the CSV importer promises

/// A CSV file as rows of cells.
fn cells(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// How a spreadsheet writes a CSV file.
#[derive(Debug, Clone)]
struct Writing {
    separator: u8,
    quote_all: bool,
    bom: bool,
    crlf: bool,
}

fn writing() -> impl Strategy<Value = Writing> {
    (prop::sample::select(&[b',', b';', b'\t'][..]), any::<bool>(), any::<bool>(), any::<bool>())
        .prop_map(|(separator, quote_all, bom, crlf)| Writing { separator, quote_all, bom, crlf })
}

fn write_csv(rows: &[Vec<String>], how: &Writing) -> String {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(how.separator)
        .flexible(true)
        .quote_style(if how.quote_all { csv::QuoteStyle::Always } else { csv::QuoteStyle::Necessary })
        .terminator(if how.crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') })
        .from_writer(Vec::new());
    for row in rows {
        if row.is_empty() {
            writer.write_record([""]).unwrap();
        } else {
            writer.write_record(row).unwrap();
        }
    }
    let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
    if how.bom {
        format!("\u{feff}{text}")
    } else {
        text
    }
}

/// Damage to a table, as a spreadsheet user may do it.
#[derive(Debug, Clone)]
enum CsvMutation {
    DeleteRow(Index),
    DuplicateRow(Index, Index),
    SetCell(Index, Index, String),
    /// A line break inside a cell (the writer quotes it).
    BreakCell(Index, Index, Index, bool),
    RemoveColumn(Index),
}

fn csv_mutation() -> impl Strategy<Value = CsvMutation> {
    prop_oneof![
        1 => any::<Index>().prop_map(CsvMutation::DeleteRow),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| CsvMutation::DuplicateRow(a, b)),
        3 => (any::<Index>(), any::<Index>(), story_word()).prop_map(|(r, c, s)| CsvMutation::SetCell(r, c, s)),
        1 => (any::<Index>(), any::<Index>(), any::<Index>(), any::<bool>())
            .prop_map(|(r, c, at, crlf)| CsvMutation::BreakCell(r, c, at, crlf)),
        1 => any::<Index>().prop_map(CsvMutation::RemoveColumn),
    ]
}

fn apply_csv(rows: &mut Vec<Vec<String>>, mutation: &CsvMutation) {
    if rows.is_empty() {
        return;
    }
    let n = rows.len();
    match mutation {
        CsvMutation::DeleteRow(r) => {
            rows.remove(r.index(n));
        }
        CsvMutation::DuplicateRow(r, to) => {
            let row = rows[r.index(n)].clone();
            rows.insert(to.index(n + 1), row);
        }
        CsvMutation::SetCell(r, c, text) => {
            let row = &mut rows[r.index(n)];
            if !row.is_empty() {
                let c = c.index(row.len());
                row[c] = text.clone();
            }
        }
        CsvMutation::BreakCell(r, c, at, crlf) => {
            let row = &mut rows[r.index(n)];
            if !row.is_empty() {
                let c = c.index(row.len());
                let cell = &mut row[c];
                let at = floor_boundary(cell, at.index(cell.len() + 1));
                cell.insert_str(at, if *crlf { "\r\n" } else { "\n" });
            }
        }
        CsvMutation::RemoveColumn(c) => {
            let width = rows[0].len().max(1);
            let c = c.index(width);
            for row in rows.iter_mut() {
                if c < row.len() {
                    row.remove(c);
                }
            }
        }
    }
}

/// The story's own fields, as the default story has them.
fn default_meta() -> Meta {
    let story: Value = serde_json::from_str(DEFAULT_STORY).unwrap();
    let text = |key: &str| story[key].as_str().map(str::to_owned);
    Meta {
        lang: text("lang").unwrap(),
        title: text("title").unwrap(),
        subtitle: text("subtitle"),
        updated: text("updated").unwrap(),
        notes: text("notes"),
    }
}

fn meta() -> impl Strategy<Value = Meta> {
    prop_oneof![
        3 => Just(default_meta()),
        1 => (story_word(), story_word(), prop::option::of(story_word()), story_word(), prop::option::of(any::<String>()))
            .prop_map(|(lang, title, subtitle, updated, notes)| Meta { lang, title, subtitle, updated, notes }),
    ]
}

/// Checks every promise the importer makes about what it said of `files`
/// (name, text): each problem says where it is, and what it accepts, the
/// story reader accepts.
fn check_import(files: &[(&str, &str)], imported: &Result<String, Vec<String>>) -> Result<(), TestCaseError> {
    let problems = match imported {
        Ok(json) => {
            let read = parse_story(json);
            prop_assert!(read.is_ok(), "the importer accepted what the reader refuses: {read:?}");
            return Ok(());
        }
        Err(problems) => problems,
    };
    prop_assert!(!problems.is_empty(), "files refused without a problem");
    for problem in problems {
        if let Some(rest) = problem.strip_prefix("--") {
            // The story's own fields are named by their option.
            let option = rest.split_once(": ").map(|(o, _)| o);
            prop_assert!(
                option.is_some_and(|o| ["lang", "title", "subtitle", "updated", "notes"].contains(&o)),
                "{problem}"
            );
            continue;
        }
        if let Some((list, message)) = problem.split_once(": ") {
            if ["events", "series", "targets", "sources"].contains(&list) {
                // A whole list, with too many items.
                prop_assert!(message.starts_with("has ") || message.starts_with("the series have "), "{problem}");
                continue;
            }
        }
        let file = files.iter().find(|(name, _)| problem.starts_with(&format!("{name}:")));
        prop_assert!(file.is_some(), "a problem that names no file, row or option: {problem}");
        let (name, text) = file.unwrap();
        let rest = &problem[name.len() + 1..];
        if let Some(rest) = rest.strip_prefix(' ') {
            prop_assert_eq!(rest, "the file is empty; its first row names the columns", "{}", problem);
            continue;
        }
        let row = rest.strip_prefix("row ").and_then(|r| r.split_once(": "));
        prop_assert!(row.is_some(), "not file:row N: {problem}");
        let (number, message) = row.unwrap();
        let number: usize =
            number.parse().map_err(|_| TestCaseError::fail(format!("row is not a number: {problem}")))?;
        // No more rows than the file has lines (a quoted cell may hold several).
        let lines = 1 + text.matches(['\n', '\r']).count();
        prop_assert!((1..=lines).contains(&number), "{problem}: the file has {lines} lines");
        // A column named is one of the file's.
        if let Some((column, _)) = message
            .split_once(": ")
            .filter(|(c, _)| !c.is_empty() && c.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
        {
            let known = FILES.iter().find(|(n, _)| n == name).unwrap().1;
            prop_assert!(known.contains(&column), "{problem}: {name} has no column \"{column}\"");
            prop_assert!(number >= 2, "{problem}: row 1 is the header");
        }
    }
    Ok(())
}

fn run_import(meta: &Meta, texts: &[Option<String>; 4]) -> Result<(), TestCaseError> {
    let named: Vec<Option<(&str, &str)>> =
        texts.iter().zip(FILES).map(|(text, (name, _))| text.as_deref().map(|t| (name, t))).collect();
    let files = Files { events: named[0], series: named[1], targets: named[2], sources: named[3], panels: None };
    let imported = import(meta, &files).map_err(|problems| problems.into_iter().map(|p| p.text).collect());
    let present: Vec<(&str, &str)> = named.iter().flatten().copied().collect();
    check_import(&present, &imported)
}

/// A table of file `i`: some of its columns in any order (now and then one
/// it does not have), and rows of texts the rules care about.
fn table(i: usize) -> impl Strategy<Value = Vec<Vec<String>>> {
    let columns: Vec<String> = FILES[i].1.iter().map(|c| c.to_string()).collect();
    let width = columns.len();
    let header =
        (prop::sample::subsequence(columns, 1..=width).prop_shuffle(), prop::option::weighted(0.05, json_key()))
            .prop_map(|(mut header, extra)| {
                header.extend(extra);
                header
            });
    let rows = prop::collection::vec(prop::collection::vec(story_word(), 0..=width), 0..6);
    (header, rows).prop_map(|(header, rows)| {
        let width = header.len();
        std::iter::once(header)
            .chain(rows.into_iter().map(|mut row| {
                row.truncate(width);
                row
            }))
            .collect()
    })
}

// ---------------------------------------------------------------------------
// The properties

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn story_reader_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        check_reading(&text, &parse_story(&text))?;
    }

    #[test]
    fn story_reader_never_panics_on_arbitrary_strings(
        text in prop_oneof![any::<String>(), "[{}\\[\\]\":,\\\\ \n0-9a-z$_.eE+-]{0,120}"]
    ) {
        check_reading(&text, &parse_story(&text))?;
    }

    #[test]
    fn story_reader_never_panics_on_damaged_stories(
        seed in prop::sample::select(&SEEDS[..]),
        mutations in prop::collection::vec(text_mutation(), 1..4),
    ) {
        let mut text = seed.to_owned();
        for mutation in &mutations {
            apply_text(&mut text, mutation);
        }
        check_reading(&text, &parse_story(&text))?;
    }

    #[test]
    fn story_reader_locates_every_problem_of_stories_damaged_value_by_value(
        seed in prop::sample::select(&SEEDS[..]),
        mutations in prop::collection::vec(value_mutation(), 1..4),
        pretty in any::<bool>(),
    ) {
        let mut story: Value = serde_json::from_str(seed).unwrap();
        for mutation in &mutations {
            apply_value(&mut story, mutation);
        }
        let text = if pretty { serde_json::to_string_pretty(&story).unwrap() } else { story.to_string() };
        check_reading(&text, &parse_story(&text))?;
    }

    #[test]
    fn locating_any_path_in_any_text_stays_inside_the_text(
        text in prop_oneof![
            any::<String>(),
            (prop::sample::select(&SEEDS[..]), prop::collection::vec(text_mutation(), 0..3)).prop_map(|(seed, mutations)| {
                let mut text = seed.to_owned();
                for mutation in &mutations {
                    apply_text(&mut text, mutation);
                }
                text
            }),
        ],
        steps in prop::collection::vec(prop_oneof![json_key().prop_map(Segment::Key), (0usize..4).prop_map(Segment::Index)], 0..5),
    ) {
        if let Some((line, column)) = locate(&text, &JsonPath(steps)) {
            prop_assert!(offset_of(&text, line, column).is_some(), "{line}:{column} is outside the text");
        }
    }
}

proptest! {
    // Texts of up to 200 kB: fewer cases.
    #![proptest_config(config(24))]

    #[test]
    fn story_reader_locates_problems_past_deeply_nested_values(
        seed in prop::sample::select(&SEEDS[..]),
        at in any::<Index>(),
        depth in 1usize..100_000,
    ) {
        // A misspelt field at the end, so that locating it skips what comes before.
        let mut text = seed.to_owned();
        text.insert_str(text.rfind('}').unwrap(), ", \"titel\": 1");
        apply_text(&mut text, &TextMutation::Nest(at, depth));
        check_reading(&text, &parse_story(&text))?;
    }
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn a_story_built_by_the_rules_is_valid_and_round_trips(story in valid_story()) {
        for text in [story.to_string(), serde_json::to_string_pretty(&story).unwrap()] {
            let read = parse_story(&text);
            prop_assert!(read.is_ok(), "{read:?}\n{text}");
            check_reading(&text, &read)?;
        }
    }

    #[test]
    fn csv_importer_never_panics_on_arbitrary_bytes(
        files in prop::array::uniform4(prop::option::weighted(0.8, prop::collection::vec(any::<u8>(), 0..200))),
        meta in meta(),
    ) {
        let texts = files.map(|f| f.map(|bytes| String::from_utf8_lossy(&bytes).into_owned()));
        run_import(&meta, &texts)?;
    }

    #[test]
    fn csv_importer_locates_every_problem_in_arbitrary_tables(
        tables in (table(0), table(1), table(2), table(3)),
        how in writing(),
        meta in meta(),
    ) {
        let (events, series, targets, sources) = tables;
        let texts = [events, series, targets, sources].map(|rows| Some(write_csv(&rows, &how)));
        run_import(&meta, &texts)?;
    }

    #[test]
    fn csv_importer_never_panics_on_damaged_templates(
        mutations in prop::array::uniform4(prop::collection::vec(csv_mutation(), 0..4)),
        how in prop::array::uniform4(writing()),
        damage in prop::array::uniform4(prop::option::weighted(0.15, text_mutation())),
        missing in prop::array::uniform4(prop::bool::weighted(0.05)),
        meta in meta(),
    ) {
        let templates = [EVENTS_CSV, SERIES_CSV, TARGETS_CSV, SOURCES_CSV];
        let mut texts: [Option<String>; 4] = Default::default();
        for i in 0..4 {
            if missing[i] {
                continue;
            }
            let mut rows = cells(templates[i]);
            for mutation in &mutations[i] {
                apply_csv(&mut rows, mutation);
            }
            let mut text = write_csv(&rows, &how[i]);
            if let Some(mutation) = &damage[i] {
                apply_text(&mut text, mutation);
            }
            texts[i] = Some(text);
        }
        run_import(&meta, &texts)?;
    }
}

/// The seeds are what the damage starts from: the four valid ones round-trip
/// as they are, and `bad.json` is refused with its problems in place.
#[test]
fn the_seed_stories_round_trip_and_the_bad_one_is_located() {
    let valid: BTreeSet<usize> =
        SEEDS.iter().enumerate().filter(|(_, s)| parse_story(s).is_ok()).map(|(i, _)| i).collect();
    assert_eq!(valid, BTreeSet::from([0, 1, 2, 3]));
    for seed in SEEDS {
        check_reading(seed, &parse_story(seed)).unwrap();
    }
}

proptest! {
    // Each case imports the four templates twice.
    #![proptest_config(config(32))]

    #[test]
    fn how_a_spreadsheet_writes_the_templates_does_not_change_the_story(how in prop::array::uniform4(writing())) {
        let templates = [EVENTS_CSV, SERIES_CSV, TARGETS_CSV, SOURCES_CSV];
        let texts = templates.map(|t| Some(t.to_owned()));
        let rewritten: [Option<String>; 4] = std::array::from_fn(|i| Some(write_csv(&cells(templates[i]), &how[i])));
        let story = |texts: &[Option<String>; 4]| {
            let files = Files {
                events: texts[0].as_deref().map(|t| ("events.csv", t)),
                series: texts[1].as_deref().map(|t| ("series.csv", t)),
                targets: texts[2].as_deref().map(|t| ("targets.csv", t)),
                sources: texts[3].as_deref().map(|t| ("sources.csv", t)),
                panels: None,
            };
            parse_story(&import(&default_meta(), &files).unwrap()).unwrap()
        };
        prop_assert_eq!(story(&rewritten), story(&texts));
    }
}

// ---------------------------------------------------------------------------
// Bugs the properties found, kept as plain tests

/// serde_json counts a syntax error's column in bytes; the problem list and
/// `check`'s `file:line:column` count characters, as `locate` does.
#[test]
fn syntax_error_columns_count_characters_not_bytes() {
    let found = parse_story("{\"title\": \"Été\" \"x\"}").unwrap_err();
    assert_eq!(found[0].position, Some((1, 17)), "{found:?}");
}

/// serde_json puts an error before a line's first character at column 0.
#[test]
fn a_syntax_error_at_the_start_of_a_line_is_at_column_1() {
    assert_eq!(parse_story("").unwrap_err()[0].position, Some((1, 1)));
    assert_eq!(parse_story("[]").unwrap_err()[0].position, Some((1, 1)));
    assert_eq!(parse_story("{\"version\": 1,\n").unwrap_err()[0].position, Some((2, 1)));
}

/// The locator compared keys as written, so a key with an escape was not
/// found and its problem pointed at the object around it.
#[test]
fn an_unknown_key_written_with_escapes_is_located_at_the_key() {
    let text = "{\n  \"version\": 1,\n  \"ti\\u0074re\": \"x\",\n  \"a\\\\b\": 1\n}";
    let found = parse_story(text).unwrap_err();
    let at = |key: &str| {
        let problem = found.iter().find(|p| p.path == JsonPath::root().key(key)).unwrap();
        assert_eq!(problem.kind, ProblemKind::UnknownField);
        locate(text, &problem.path)
    };
    assert_eq!(at("titre"), Some((3, 3)));
    assert_eq!(at("a\\b"), Some((4, 3)));
}

/// A series' id comes from the `series` column, not an `id` column.
#[test]
fn an_empty_series_cell_is_reported_in_the_series_column() {
    let meta = Meta { lang: "fr".into(), title: "Commerce".into(), updated: "2025-08-23".into(), ..Meta::default() };
    let files = Files {
        series: Some(("series.csv", "series,label,unit,series_sources,period,value\n,Douanes,Md$,gazette,2024,43.8\n")),
        sources: Some(("sources.csv", "id,name\ngazette,La Gazette\n")),
        ..Files::default()
    };
    let problems = import(&meta, &files).unwrap_err();
    assert_eq!(
        problems.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(),
        ["series.csv:row 2: series: is empty: give it a short unique id"]
    );
    // For programs: where it was typed, and what validation found.
    let problem = &problems[0];
    assert_eq!(
        (problem.file.as_deref(), problem.row, problem.column.as_deref()),
        (Some("series.csv"), Some(2), Some("series"))
    );
    assert_eq!(
        (problem.path.as_deref(), problem.kind),
        (Some("series[0].id"), Some(trade_timeline::story::ProblemKind::Empty))
    );
}

/// The locator skipped nested values by recursion: a story nesting an
/// unknown field's value a hundred thousand arrays deep (the reader skips
/// such a value at any depth) overflowed the stack when its problems were
/// located, as the widget and `check` locate them.
#[test]
fn locating_problems_after_a_deeply_nested_value_does_not_overflow_the_stack() {
    let depth = 100_000;
    let text = format!("{{\"x\": {}{}, \"titel\": 1}}", "[".repeat(depth), "]".repeat(depth));
    let found = parse_story(&text).unwrap_err();
    let titel = found.iter().find(|p| p.path == JsonPath::root().key("titel")).unwrap();
    assert_eq!(locate(&text, &titel.path), Some((1, 2 * depth + 9)));
}
