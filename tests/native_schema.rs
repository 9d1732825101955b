use serde_json::Value;
use trade_timeline::story::schema::story_schema_json;
use trade_timeline::story::validate::fields;
use trade_timeline::story::ProblemKind;

use crate::util::{minimal, problems, without};

fn schema() -> Value {
    serde_json::from_str(&story_schema_json()).unwrap()
}

/// Where each kind of object sits in the minimal story.
fn pointer_of(object: &fields::Fields) -> &'static str {
    match object.schema_name {
        None => "",
        Some("Source") => "/sources/0",
        Some("Event") => "/events/0",
        Some("Series") => "/series/0",
        Some("Point") => "/series/0/points/0",
        Some("Panel") => "/panels/0",
        Some("Target") => "/targets/0",
        Some(other) => panic!("no place for {other} in the minimal story"),
    }
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/story.schema.json")).unwrap();
    assert!(committed == story_schema_json(), "www/story.schema.json is stale: run `make schema`");
}

#[test]
fn the_field_lists_are_the_schema_properties() {
    let schema = schema();
    for object in fields::ALL {
        let node = match object.schema_name {
            None => &schema,
            Some(name) => &schema["$defs"][name],
        };
        let mut properties: Vec<&str> = node["properties"].as_object().unwrap().keys().map(String::as_str).collect();
        let mut listed = object.all.to_vec();
        properties.sort();
        listed.sort();
        assert_eq!(properties, listed, "{:?}", object.schema_name);
        assert_eq!(node["additionalProperties"], Value::Bool(false), "unknown fields are refused");
    }
}

#[test]
fn the_schema_requires_exactly_what_validation_reports_missing() {
    for object in fields::ALL {
        let pointer = pointer_of(&object);
        let present: Vec<String> = minimal().pointer(pointer).unwrap().as_object().unwrap().keys().cloned().collect();
        for field in &present {
            let found = problems_or_none(&format!("{pointer}/{field}"));
            let missing =
                found.iter().any(|p| p.kind == ProblemKind::Missing && p.path.to_string().ends_with(field.as_str()));
            let required = object.required.contains(&field.as_str());
            assert_eq!(missing, required, "{field} in {:?}", object.schema_name);
        }
        for field in object.required {
            assert!(present.iter().any(|p| p == field), "the minimal story lacks required {field}");
        }
    }
}

fn problems_or_none(pointer: &str) -> Vec<trade_timeline::story::Problem> {
    let story = without(pointer);
    match crate::util::parse(&story) {
        Ok(_) => Vec::new(),
        Err(_) => problems(&story),
    }
}
