//! A field that never fails to deserialize, so one wrong value does not hide
//! the next.
//!
//! serde stops at the first error. A journalist with three mistakes wants
//! three messages, so every raw field is a [`Field`]: absent, present, or
//! invalid with a plain-language reason kept for the validation step. This
//! module also rewrites serde's wording ("invalid type: integer `5`, expected
//! a string") into words a reader of the story format knows.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

use super::problem::{JsonPath, ProblemKind};

/// A raw field: absent, read, or unreadable with the reason.
#[derive(Debug, Default)]
pub enum Field<T> {
    /// Not written (or written as `null`).
    #[default]
    Missing,
    /// Read as the expected type.
    Present(T),
    /// Written, but not as the expected type.
    Invalid(FieldError),
}

/// Why a written value could not be read: serde's error, put in words only
/// when a worded check asks ([`FieldError::worded`]).
#[derive(Debug)]
pub struct FieldError {
    /// Where inside the field's value, relative to the field.
    pub path: JsonPath,
    error: serde_json::Error,
}

impl FieldError {
    /// What kind of problem, and a plain-language message.
    pub fn worded(&self) -> (ProblemKind, String) {
        plain_message(&strip_position(&self.error.to_string()))
    }
}

impl<T> Field<T> {
    /// The value, if it was read.
    pub fn present(&self) -> Option<&T> {
        match self {
            Field::Present(value) => Some(value),
            _ => None,
        }
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Field<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // The value's own text, checked as JSON but not yet read: reading it
        // as `T` may fail without failing the object around it. (Reading
        // through `serde_json::Value` instead built a tree per level and
        // compiled every reader twice.)
        let text = <&'de RawValue>::deserialize(deserializer)?.get();
        if text == "null" {
            return Ok(Field::Missing);
        }
        // Every value inside `T` that can be wrong is itself a `Field` (list
        // items, struct fields), so an error here is about the value as a
        // whole and its path is the field's own.
        Ok(match serde_json::from_str::<T>(text) {
            Ok(read) => Field::Present(read),
            Err(error) => Field::Invalid(FieldError { path: JsonPath::root(), error }),
        })
    }
}

/// serde_json appends " at line L column C"; the position is kept apart.
pub(crate) fn strip_position(text: &str) -> String {
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text.to_owned(),
    }
}

impl<T: JsonSchema> JsonSchema for Field<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

/// Rewrites serde_json's error text as a message about the story format.
pub(crate) fn plain_message(serde_text: &str) -> (ProblemKind, String) {
    if let Some(rest) = serde_text.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return (
                ProblemKind::WrongType,
                format!("expected {}, found {}", plain_expected(expected), plain_found(found)),
            );
        }
    }
    if let Some(rest) = serde_text.strip_prefix("unknown variant ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            let choices = expected.trim_start_matches("one of ").replace('`', "\"");
            let found = found.trim_matches('`');
            return (ProblemKind::UnknownValue, format!("\"{found}\" is not accepted here; write one of {choices}"));
        }
    }
    if let Some(key) = serde_text.strip_prefix(super::raw::REPEATED) {
        return (ProblemKind::RepeatedField, format!("has {key} twice; keep one of the two values"));
    }
    if serde_text.starts_with("invalid value: integer") {
        return (ProblemKind::WrongType, "expected a whole number such as 1".to_owned());
    }
    (ProblemKind::WrongType, serde_text.to_owned())
}

fn plain_expected(expected: &str) -> &'static str {
    match expected {
        "a string" => "text in quotes",
        "a sequence" => "a list in [ ]",
        "u32" | "u64" | "i32" | "i64" | "u8" => "a whole number",
        "f64" | "f32" => "a number",
        "a boolean" => "true or false",
        _ => "an object in { }",
    }
}

fn plain_found(found: &str) -> String {
    let quoted = |s: &str| s.trim_matches('`').to_owned();
    if let Some(n) = found.strip_prefix("integer ").or_else(|| found.strip_prefix("floating point ")) {
        return format!("the number {}", quoted(n));
    }
    if let Some(s) = found.strip_prefix("string ") {
        return format!("the text {s}");
    }
    if let Some(b) = found.strip_prefix("boolean ") {
        return quoted(b);
    }
    match found {
        "sequence" => "a list".to_owned(),
        "map" => "an object".to_owned(),
        other => other.to_owned(),
    }
}
