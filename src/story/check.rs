//! Reading raw fields while collecting every problem.
//!
//! [`Check`] is the one place that turns a [`Field`] into a value or a
//! [`Problem`]: wrong types, missing and empty fields, markup in plain text,
//! dates, periods, links, unknown keys and references. `validate` states the
//! rules of the format with these pieces and never reports a problem itself
//! in another wording.
//!
//! A check is worded or strict (`Check<true>`, `Check<false>`): the same
//! rules, but a strict check never writes a message, suggests an id or
//! formats a value. Each message is built in a closure that only a worded
//! check calls, so a build that only reads strictly (the widget's first
//! module) compiles no wording at all: a story it refuses is read again,
//! worded, by the second module (`web/extras.rs`).

use std::collections::HashMap;

use super::field::Field;
use super::model::SourceRef;
use super::problem::{JsonPath, Problem, ProblemKind};
use super::raw::UnknownKeys;
use crate::story::date::{DateError, PartialDate};
use crate::story::period::Period;
use crate::story::suggest::closest;

/// Ids already seen in one list, to resolve references and catch duplicates.
pub(crate) type Ids<'a> = HashMap<&'a str, usize>;

/// The problems found so far; with `WORDED` false, their kinds and paths
/// only, each message left empty.
#[derive(Default)]
pub(crate) struct Check<const WORDED: bool> {
    pub problems: Vec<Problem>,
    /// Each unknown id already reported, by the list it was looked up in:
    /// the index of its problem, so that the next item using it joins it.
    unknown: Vec<(&'static str, String, usize)>,
}

impl<const WORDED: bool> Check<WORDED> {
    /// What a missing field should hold ("a short headline"), as a worded
    /// message says it; a strict check's build keeps none of these texts.
    #[inline(always)]
    pub fn what(&self, text: &'static str) -> &'static str {
        if WORDED {
            text
        } else {
            ""
        }
    }

    /// Reports a problem whose message is fixed text.
    pub fn push(&mut self, path: JsonPath, kind: ProblemKind, message: &'static str) {
        self.say(path, kind, || message.to_owned());
    }

    /// Reports a problem; `message` is only called by a worded check.
    pub fn say(&mut self, path: JsonPath, kind: ProblemKind, message: impl FnOnce() -> String) {
        self.problems.push(Problem::new(path, kind, if WORDED { message() } else { String::new() }));
    }

    /// The value if read; reports a value of the wrong type. Absent is fine.
    pub fn optional<'a, T>(&mut self, field: &'a Field<T>, path: &JsonPath) -> Option<&'a T> {
        match field {
            Field::Missing => None,
            Field::Present(value) => Some(value),
            Field::Invalid(error) => {
                let (kind, message) = if WORDED { error.worded() } else { (ProblemKind::WrongType, String::new()) };
                self.problems.push(Problem::new(path.join(&error.path), kind, message));
                None
            }
        }
    }

    /// The value if read; reports it absent or of the wrong type.
    pub fn required<'a, T>(&mut self, field: &'a Field<T>, path: &JsonPath, what: &str) -> Option<&'a T> {
        if let Field::Missing = field {
            self.say(path.clone(), ProblemKind::Missing, || format!("is missing: add {what}"));
        }
        self.optional(field, path)
    }

    /// Plain text: not blank, no markup.
    pub fn text(&mut self, field: &Field<String>, path: &JsonPath, required: Option<&str>) -> Option<String> {
        let text = match required {
            Some(what) => self.required(field, path, what)?,
            None => self.optional(field, path)?,
        };
        if text.trim().is_empty() {
            self.push(path.clone(), ProblemKind::Empty, "is empty: write some text or leave the field out");
            return None;
        }
        if looks_like_html(text) {
            self.push(
                path.clone(),
                ProblemKind::Html,
                "contains HTML markup; write plain text (it is shown as typed, tags included)",
            );
        }
        Some(text.trim().to_owned())
    }

    /// An identifier: not blank, unique within `ids`.
    /// Ids map to their position among the ids read so far.
    pub fn id<'a>(&mut self, field: &'a Field<String>, path: &JsonPath, ids: &mut Ids<'a>) -> Option<&'a str> {
        let id = self.required(field, path, "an id, unique in its list")?;
        if id.trim().is_empty() {
            self.push(path.clone(), ProblemKind::Empty, "is empty: give it a short unique id");
            return None;
        }
        if let Some(first) = ids.get(id.as_str()) {
            let message = || format!("\"{id}\" is already the id of item {first} of this list; ids must be unique");
            self.say(path.clone(), ProblemKind::DuplicateId, message);
            return None;
        }
        ids.insert(id, ids.len());
        Some(id)
    }

    pub fn date(&mut self, field: &Field<String>, path: &JsonPath, required: Option<&str>) -> Option<PartialDate> {
        let text = match required {
            Some(what) => self.required(field, path, what)?,
            None => self.optional(field, path)?,
        };
        match PartialDate::parse(text) {
            Ok(date) => Some(date),
            Err(error) => {
                let kind = match error {
                    DateError::Format => ProblemKind::BadDate,
                    _ => ProblemKind::ImpossibleDate,
                };
                self.say(path.clone(), kind, || format!("\"{text}\" {error}"));
                None
            }
        }
    }

    pub fn period(&mut self, field: &Field<String>, path: &JsonPath, what: &str) -> Option<Period> {
        let text = self.required(field, path, what)?;
        Period::parse(text)
            .map_err(|error| {
                let kind = if error.is_impossible() { ProblemKind::ImpossibleDate } else { ProblemKind::BadPeriod };
                self.say(path.clone(), kind, || format!("\"{text}\" {error}"))
            })
            .ok()
    }

    /// A finite number, non-negative unless `signed`.
    pub fn number(&mut self, field: &Field<f64>, path: &JsonPath, signed: bool) -> Option<f64> {
        let value = *self.required(field, path, "a number")?;
        if !value.is_finite() {
            self.push(path.clone(), ProblemKind::BadNumber, "is not a finite number");
            return None;
        }
        if value < 0.0 && !signed {
            let message = "is negative, which means nothing here";
            self.push(path.clone(), ProblemKind::BadNumber, message);
            return None;
        }
        Some(value)
    }

    pub fn url(&mut self, field: &Field<String>, path: &JsonPath) -> Option<String> {
        let url = self.optional(field, path)?.trim();
        let lower = url.to_ascii_lowercase();
        let host = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
        match host {
            Some(rest) if !rest.is_empty() && !rest.starts_with('/') && !url.contains(char::is_whitespace) => {
                Some(url.to_owned())
            }
            _ => {
                let message = || format!("\"{url}\" is not a web link; write a full http:// or https:// address");
                self.say(path.clone(), ProblemKind::BadUrl, message);
                None
            }
        }
    }

    /// A list of items, each one read or reported.
    pub fn list<'a, T>(
        &mut self,
        field: &'a Field<Vec<Field<T>>>,
        path: &JsonPath,
        required: Option<&str>,
    ) -> Vec<(usize, &'a T)> {
        let items = match required {
            Some(what) => self.required(field, path, what),
            None => self.optional(field, path),
        };
        let mut read = Vec::new();
        for (index, item) in items.into_iter().flatten().enumerate() {
            let item_path = path.index(index);
            if let Some(value) = self.required(item, &item_path, "an item, not null") {
                read.push((index, value));
            }
        }
        read
    }

    /// The `sources` field of the item at `item`: ids of the story's
    /// sources (`known`), at least one when `required`.
    pub fn sources(
        &mut self,
        field: &Field<Vec<Field<String>>>,
        item: &JsonPath,
        known: &Ids,
        required: bool,
    ) -> Vec<SourceRef> {
        const WHAT: &str = "at least one source id";
        let path = item.key("sources");
        let ids = self.list(field, &path, required.then_some(WHAT));
        if required && ids.is_empty() && field.present().is_some_and(|v| v.is_empty()) {
            self.say(path.clone(), ProblemKind::Missing, || format!("is empty: add {WHAT}"));
        }
        ids.into_iter()
            .filter_map(|(index, id)| self.reference(id, &path.index(index), ("sources", known)).map(SourceRef))
            .collect()
    }

    /// One id that must name an entry of `known` (the story's `list`). An
    /// unknown id is reported once, where it is first used; the items that
    /// use it after are named in that one problem.
    pub fn reference(&mut self, id: &str, path: &JsonPath, (list, known): (&'static str, &Ids)) -> Option<usize> {
        if let Some(&index) = known.get(id) {
            return Some(index);
        }
        if let Some(&(_, _, first)) = self.unknown.iter().find(|(l, known, _)| *l == list && known == id) {
            let item = path.item();
            let problem = &mut self.problems[first];
            if problem.path.item() != item && !problem.also.contains(&item) {
                problem.also.push(item);
            }
            return None;
        }
        self.unknown.push((list, id.to_owned(), self.problems.len()));
        self.say(path.clone(), ProblemKind::UnknownReference, || {
            let mut message = format!("\"{id}\" is not the id of any item in \"{list}\"");
            match closest(id, known.keys().copied()) {
                Some(near) => message.push_str(&format!("; did you mean \"{near}\"?")),
                None if known.is_empty() => message.push_str(&format!("; \"{list}\" has no items with an id")),
                None => {}
            }
            message
        });
        None
    }

    /// Reports each key the format does not have, with the nearest known one.
    pub fn unknown_keys(&mut self, keys: &UnknownKeys, path: &JsonPath, known: &[&str]) {
        for key in keys {
            self.say(path.key(key), ProblemKind::UnknownField, || {
                let mut message = format!("\"{key}\" is not a field of the story format");
                match closest(key, known.iter().copied()) {
                    Some(near) => message.push_str(&format!("; did you mean \"{near}\"?")),
                    None => message.push_str(&format!("; the fields here are: {}", known.join(", "))),
                }
                message
            });
        }
    }
}

/// Whether plain text holds what looks like a tag: `<` then a letter, `/` or `!`.
pub fn looks_like_html(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|pair| pair[0] == b'<' && (pair[1].is_ascii_alphabetic() || pair[1] == b'/' || pair[1] == b'!'))
}
