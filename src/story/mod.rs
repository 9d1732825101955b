//! The story format: from JSON text to a validated [`Story`] or every
//! [`Problem`] with its path.
//!
//! Reading is two stages, as the format's design notes say: `raw` reads the
//! JSON as written and judges nothing; `validate` applies every rule once.
//! This module adds what comes before both: the size limits that keep a
//! hostile or mistaken file from hanging a reader's page.

pub mod advice;
mod check;
pub mod date;
pub mod facts;
pub mod field;
pub mod json_position;
mod links;
pub mod model;
pub mod panels;
pub mod period;
pub mod problem;
pub mod raw;
pub mod record;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod suggest;
pub mod validate;

use field::strip_position;

pub use check::looks_like_html;
pub use model::{Certainty, Event, Panel, Point, Series, Source, SourceRef, Status, Story, Target};
pub use problem::{JsonPath, Problem, ProblemKind, Segment};
pub use raw::RawStory;

/// The largest story text read, in bytes.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// The most events a story may have.
pub const MAX_EVENTS: usize = 20_000;
/// The most points all series together may have.
pub const MAX_POINTS: usize = 20_000;
/// The most series, targets or sources a story may have, each.
pub const MAX_OTHER: usize = 1_000;

/// Reads a story from JSON text, or words every problem with its path.
pub fn parse_story(text: &str) -> Result<Story, Vec<Problem>> {
    read::<true>(text)
}

/// Reads a valid story from JSON text, or nothing: the same rules as
/// [`parse_story`], which accepts exactly the same stories, but no word of
/// why a story is refused is written or compiled in. A page that shows
/// stories (the widget's first module) reads them so, and hands one it
/// refuses to `parse_story` in its second module.
pub fn accept_story(text: &str) -> Option<Story> {
    read::<false>(text).ok()
}

fn read<const WORDED: bool>(text: &str) -> Result<Story, Vec<Problem>> {
    let raw = read_raw_with::<WORDED>(text)?;
    validate::validate_with::<WORDED>(&raw)
}

/// Reads the raw story, refusing text that is not JSON or is too large.
fn read_raw_with<const WORDED: bool>(text: &str) -> Result<RawStory, Vec<Problem>> {
    if !WORDED && text.len() > MAX_BYTES {
        return Err(vec![Problem::new(JsonPath::root(), ProblemKind::TooLarge, "")]);
    }
    if text.len() > MAX_BYTES {
        // Tenths of a megabyte in integers: no float formatting in the wasm.
        let tenths = text.len() * 10 / 1_048_576;
        let message = format!(
            "the story is {}.{} MB; the widget reads at most {} MB. Split it into several stories",
            tenths / 10,
            tenths % 10,
            MAX_BYTES / 1_048_576
        );
        return Err(vec![Problem::new(JsonPath::root(), ProblemKind::TooLarge, message)]);
    }
    let raw: RawStory = serde_json::from_str(text).map_err(|error| {
        vec![if WORDED {
            syntax_problem(text, &error)
        } else {
            Problem::new(JsonPath::root(), ProblemKind::Syntax, "")
        }]
    })?;
    let counts = [
        ("events", raw.events.present().map_or(0, Vec::len), MAX_EVENTS),
        ("series", raw.series.present().map_or(0, Vec::len), MAX_OTHER),
        ("targets", raw.targets.present().map_or(0, Vec::len), MAX_OTHER),
        ("sources", raw.sources.present().map_or(0, Vec::len), MAX_OTHER),
    ];
    let points: usize =
        raw.series.present().into_iter().flatten().filter_map(|s| s.present()?.points.present().map(Vec::len)).sum();
    let mut problems: Vec<Problem> = counts
        .into_iter()
        .filter(|&(_, count, max)| count > max)
        .map(|(key, count, max)| {
            let message =
                if WORDED { format!("has {count} items; a story may have at most {max}") } else { String::new() };
            Problem::new(JsonPath::root().key(key), ProblemKind::TooLarge, message)
        })
        .collect();
    if points > MAX_POINTS {
        let message = if WORDED {
            format!("the series have {points} points in all; a story may have at most {MAX_POINTS}")
        } else {
            String::new()
        };
        problems.push(Problem::new(JsonPath::root().key("series"), ProblemKind::TooLarge, message));
    }
    if problems.is_empty() {
        Ok(raw)
    } else {
        Err(problems)
    }
}

fn syntax_problem(text: &str, error: &serde_json::Error) -> Problem {
    use serde_json::error::Category;
    let (kind, message) = match error.classify() {
        Category::Data => field::plain_message(&strip_position(&error.to_string())),
        Category::Eof => (ProblemKind::Syntax, "the JSON ends too early: a closing } or ] or \" is missing".to_owned()),
        Category::Syntax | Category::Io => {
            (ProblemKind::Syntax, format!("is not valid JSON: {}", strip_position(&error.to_string())))
        }
    };
    let mut problem = Problem::new(JsonPath::root(), kind, message);
    problem.position = Some(crate::story::json_position::from_serde(text, error.line(), error.column()));
    problem
}
