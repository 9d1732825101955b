use trade_timeline::story::suggest::{closest, edit_distance};

#[test]
fn distance_counts_single_character_edits() {
    assert_eq!(edit_distance("titel", "title"), 1, "one swap");
    assert_eq!(edit_distance("ca", "abc"), 3, "no edit twice on one span");
    assert_eq!(edit_distance("source", "sources"), 1);
    assert_eq!(edit_distance("", "abc"), 3);
    assert_eq!(edit_distance("gazette", "gazette"), 0);
}

#[test]
fn a_near_word_is_suggested_and_a_far_one_is_not() {
    let fields = ["id", "date", "title", "text", "sources"];
    assert_eq!(closest("source", fields), Some("sources"));
    assert_eq!(closest("titel", fields), Some("title"));
    assert_eq!(closest("publisher", fields), None);
}

#[test]
fn ties_go_to_the_first_in_sort_order_whatever_the_input_order() {
    assert_eq!(closest("ab", ["ac", "aa"]), Some("aa"));
    assert_eq!(closest("ab", ["aa", "ac"]), Some("aa"));
}
