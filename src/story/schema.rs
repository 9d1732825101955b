//! The JSON Schema of the story format, generated from the raw types so it
//! cannot drift from what the widget reads.
//!
//! Editors use it for completion and inline checks (`"$schema"` in a story).
//! The committed copy is `www/story.schema.json`; a test fails when the two
//! differ. The schema describes the format; the rules that need more than one
//! field (references, order of dates) are only in `validate`.

use serde_json::Value;

use crate::story::validate::fields;
use crate::story::RawStory;

/// The schema as pretty-printed JSON, ending with a newline.
pub fn story_schema_json() -> String {
    let mut schema = schemars::schema_for!(RawStory).to_value();
    // The raw types read every field leniently (see `story::field`), so the
    // derive sees them all as optional; the format's required fields are
    // stated in `validate::fields`.
    for object in fields::ALL {
        let node = match object.schema_name {
            None => &mut schema,
            Some(name) => &mut schema["$defs"][name],
        };
        node["required"] = Value::from(object.required);
    }
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serializes");
    text.push('\n');
    text
}
