use trade_timeline::story::json_position::{line_column, locate};
use trade_timeline::story::JsonPath;

const TEXT: &str = r#"{
  "title": "Été",
  "events": [
    { "id": "a", "date": "2015" },
    { "id": "b", "titel": "x", "nested": { "k": [1, "]"] } }
  ]
}"#;

#[test]
fn a_key_is_found_at_its_quote() {
    assert_eq!(locate(TEXT, &JsonPath::root().key("title")), Some((2, 3)));
}

#[test]
fn an_array_item_is_found_at_its_value() {
    let path = JsonPath::root().key("events").index(1);
    assert_eq!(locate(TEXT, &path), Some((5, 5)));
}

#[test]
fn a_misspelt_key_is_found_after_values_that_hold_brackets_in_strings() {
    let path = JsonPath::root().key("events").index(1).key("titel");
    assert_eq!(locate(TEXT, &path), Some((5, 18)));
}

#[test]
fn a_missing_key_points_at_the_object_it_belongs_in() {
    let path = JsonPath::root().key("events").index(0).key("title");
    assert_eq!(locate(TEXT, &path), Some((4, 5)));
}

#[test]
fn columns_count_characters_not_bytes() {
    let text = "{\"é\": 1, \"b\": 2}";
    assert_eq!(locate(text, &JsonPath::root().key("b")), Some((1, 10)));
    assert_eq!(line_column("é\nab", 4), (2, 2));
}

#[test]
fn the_root_is_the_first_character() {
    assert_eq!(locate("  {}", &JsonPath::root()), Some((1, 3)));
}
