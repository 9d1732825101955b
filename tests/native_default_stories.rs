use trade_timeline::story::{parse_story, Certainty, Story};

fn load(lang: &str) -> Story {
    let path = format!("{}/www/data/kazakhstan-china.{lang}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    parse_story(&text).unwrap_or_else(|problems| panic!("{path}: {problems:#?}"))
}

#[test]
fn the_french_story_spans_independence_to_the_2030_goal() {
    let story = load("fr");
    assert_eq!(story.lang, "fr");
    assert!(story.events.len() >= 12, "{} events", story.events.len());
    assert_eq!(story.events[0].date.year_number(), 1991);
    assert!(story.targets.iter().all(|t| t.deadline.to_string() == "2030"));
    assert_eq!(story.targets.len(), 3, "35, then 40 bn USD, then double");
}

#[test]
fn the_two_countries_count_trade_in_two_series() {
    let story = load("fr");
    let ids: Vec<&str> = story.series.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["china-customs", "kazakhstan-stats"]);
}

#[test]
fn years_the_articles_do_not_print_are_marked_inferred() {
    let story = load("fr");
    assert!(story.events.iter().any(|e| e.certainty == Certainty::Inferred));
}

#[test]
fn the_double_target_says_its_base_is_an_assumption() {
    let story = load("fr");
    let double = story.targets.iter().find(|t| t.superseded_by.is_none() && t.method.is_some());
    assert!(double.is_some(), "the target without a stated value carries its method");
}

/// An event's facts, apart from its words: id, date, end, certainty, sources.
type EventFacts = (String, String, Option<String>, Certainty, Vec<usize>);

#[test]
fn the_english_story_has_the_same_facts_as_the_french() {
    let (fr, en) = (load("fr"), load("en"));
    assert_eq!(en.lang, "en");
    let facts = |s: &Story| -> Vec<EventFacts> {
        s.events
            .iter()
            .map(|e| {
                (
                    e.id.clone(),
                    e.date.to_string(),
                    e.end.map(|d| d.to_string()),
                    e.certainty,
                    e.sources.iter().map(|r| r.0).collect(),
                )
            })
            .collect()
    };
    assert_eq!(facts(&fr), facts(&en));
    let figures = |s: &Story| -> Vec<(String, f64)> {
        s.series
            .iter()
            .flat_map(|x| x.points.iter().map(move |p| (format!("{}:{}", x.id, p.period), p.value)))
            .collect()
    };
    assert_eq!(figures(&fr), figures(&en));
    let targets = |s: &Story| -> Vec<(String, f64, String)> {
        s.targets.iter().map(|t| (t.id.clone(), t.value, t.set.to_string())).collect()
    };
    assert_eq!(targets(&fr), targets(&en));
    let sources = |s: &Story| -> Vec<(String, Option<String>)> {
        s.sources.iter().map(|x| (x.id.clone(), x.url.clone())).collect()
    };
    assert_eq!(sources(&fr), sources(&en));
}

#[test]
fn an_event_is_found_by_id_and_a_mistyped_id_gets_the_nearest_one() {
    let story = load("fr");
    assert_eq!(story.event_index("independance-1991"), Ok(0));
    assert_eq!(
        story.event_index("independence-1991"),
        Err("no event has the id \"independence-1991\"; did you mean \"independance-1991\"?".to_owned())
    );
    assert_eq!(story.event_index("zzz"), Err("no event has the id \"zzz\"".to_owned()));
}
