//! What is wrong with a story, where, and how to fix it.
//!
//! A [`Problem`] names the JSON path of the value at fault (`events[3].date`),
//! a [`ProblemKind`] a program can match on, and a message a journalist can
//! act on. Turning a path into a line and column is `json_position`'s job,
//! not this module's.

use std::fmt;

/// One step into a JSON document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A key of an object.
    Key(String),
    /// An index into an array.
    Index(usize),
}

/// Where a value sits in a story: the steps from the root.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct JsonPath(pub Vec<Segment>);

impl JsonPath {
    /// The whole document.
    pub fn root() -> JsonPath {
        JsonPath(Vec::new())
    }

    /// This path, one key deeper.
    pub fn key(&self, key: &str) -> JsonPath {
        let mut steps = self.0.clone();
        steps.push(Segment::Key(key.to_owned()));
        JsonPath(steps)
    }

    /// This path, one index deeper.
    pub fn index(&self, index: usize) -> JsonPath {
        let mut steps = self.0.clone();
        steps.push(Segment::Index(index));
        JsonPath(steps)
    }

    /// The item a value belongs to: `events[3]` for `events[3].sources[0]`
    /// and for `events[3].date`, `targets[0]` for `targets[0].series`.
    pub fn item(&self) -> JsonPath {
        let mut steps = self.0.clone();
        if let Some(Segment::Index(_)) = steps.last() {
            steps.pop();
        }
        if steps.len() > 1 {
            steps.pop();
        }
        JsonPath(steps)
    }

    /// This path followed by `tail`.
    pub fn join(&self, tail: &JsonPath) -> JsonPath {
        JsonPath(self.0.iter().chain(&tail.0).cloned().collect())
    }
}

impl fmt::Display for JsonPath {
    /// `events[3].date`; the root is written `(story)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(story)");
        }
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Segment::Key(k) if i == 0 => f.write_str(k)?,
                Segment::Key(k) => write!(f, ".{k}")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// The kinds of problem a story can have, for programs and tests to match on
/// (as snake_case words in records: `unknown_reference`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// The text is not JSON.
    Syntax,
    /// A value of the wrong JSON type (text where a number belongs…).
    WrongType,
    /// A field written twice in one object: JSON readers would keep only one.
    RepeatedField,
    /// A field the format does not have (often a typo).
    UnknownField,
    /// A required field is absent.
    Missing,
    /// A text that must say something is empty.
    Empty,
    /// Two items share an id.
    DuplicateId,
    /// An id that names nothing (a source, a series, a target).
    UnknownReference,
    /// A date not written in one of the three forms.
    BadDate,
    /// A well-formed date or period that does not exist ("2023-02-30",
    /// "2023-13", "2024-H3").
    ImpossibleDate,
    /// An end or a later date before the start it follows.
    OutOfOrder,
    /// A period not written in one of the four forms.
    BadPeriod,
    /// A number that is not finite, or negative where that means nothing.
    BadNumber,
    /// A link that is not http(s).
    BadUrl,
    /// A language tag that is not BCP 47.
    BadLanguage,
    /// Markup in a field that is plain text.
    Html,
    /// A value outside the words the format accepts.
    UnknownValue,
    /// A derived figure or value without the method that produced it.
    MissingMethod,
    /// A panel the chart cannot draw (panels.rs): one no series counts in,
    /// more than fit, a balance flattened by the figures beside it.
    BadPanel,
    /// A story beyond the limits the widget accepts.
    TooLarge,
    /// A format version this build does not read.
    UnsupportedVersion,
    /// (A warning.) Whole figures for periods of different lengths on one
    /// value axis: monthly values beside annual totals are not comparable.
    MixedPeriods,
    /// (A warning.) Negative figures in a series not marked `signed`: a
    /// balance whose summary would speak of a "record" low deficit.
    UnsignedNegative,
}

/// One thing wrong with a story.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where: the value at fault.
    pub path: JsonPath,
    /// What kind of problem.
    pub kind: ProblemKind,
    /// Why, and how to fix it, in plain language.
    pub message: String,
    /// For syntax errors, the line and column the parser stopped at.
    pub position: Option<(usize, usize)>,
    /// The other items with the same fault, reported once here (an unknown
    /// id used by many events): each item's path, the first at `path`.
    pub also: Vec<JsonPath>,
}

impl Problem {
    /// A problem at `path`.
    pub fn new(path: JsonPath, kind: ProblemKind, message: impl Into<String>) -> Problem {
        Problem { path, kind, message: message.into(), position: None, also: Vec::new() }
    }

    /// The message, followed by the other items with the same fault, each
    /// written by `name` (a path, a line, a spreadsheet row).
    pub fn text(&self, name: &dyn Fn(&JsonPath) -> String) -> String {
        /// Items named one by one; the rest are counted.
        const NAMED: usize = 8;
        if self.also.is_empty() {
            return self.message.clone();
        }
        let mut names: Vec<String> = self.also.iter().take(NAMED).map(name).collect();
        if self.also.len() > NAMED {
            names.push(format!("{} more", self.also.len() - NAMED));
        }
        format!("{} (also in {}: {})", self.message, plural(self.also.len()), names.join(", "))
    }
}

fn plural(items: usize) -> String {
    if items == 1 {
        "1 other item".to_owned()
    } else {
        format!("{items} other items")
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.text(&JsonPath::to_string))
    }
}
