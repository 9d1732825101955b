//! From spreadsheet exports to a story: the templates, spreadsheet quirks,
//! and problems located by file and row.

use trade_timeline::import::table::{number, Table};
use trade_timeline::import::{import, Files, Meta};
use trade_timeline::story::parse_story;

fn template(name: &str) -> String {
    std::fs::read_to_string(format!("{}/www/templates/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn default_story() -> String {
    std::fs::read_to_string(format!("{}/www/data/kazakhstan-china.fr.json", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn meta() -> Meta {
    let story: serde_json::Value = serde_json::from_str(&default_story()).unwrap();
    let text = |key: &str| story[key].as_str().map(str::to_owned);
    Meta {
        lang: "fr".into(),
        title: text("title").unwrap(),
        subtitle: text("subtitle"),
        updated: text("updated").unwrap(),
        notes: text("notes"),
    }
}

fn small(events: &str, series: &str) -> Result<String, Vec<String>> {
    let meta = Meta { lang: "fr".into(), title: "Commerce".into(), updated: "2025-08-23".into(), ..Meta::default() };
    let sources = "id,name\ngazette,La Gazette\n";
    import(
        &meta,
        &Files {
            events: Some(("events.csv", events)),
            series: Some(("series.csv", series)),
            targets: None,
            sources: Some(("sources.csv", sources)),
            panels: None,
        },
    )
    .map_err(|problems| problems.into_iter().map(|p| p.text).collect())
}

const SERIES: &str = "series,label,unit,series_sources,period,value\ncn,Douanes,Md$,gazette,2024,43.8\n";

#[test]
fn the_templates_import_to_the_default_story() {
    let [events, series, targets, sources, panels] =
        ["events.csv", "series.csv", "targets.csv", "sources.csv", "panels.csv"].map(template);
    let files = Files {
        events: Some(("events.csv", &events)),
        series: Some(("series.csv", &series)),
        targets: Some(("targets.csv", &targets)),
        sources: Some(("sources.csv", &sources)),
        panels: Some(("panels.csv", &panels)),
    };
    let imported = import(&meta(), &files).unwrap_or_else(|problems| panic!("{problems:?}"));
    assert_eq!(parse_story(&imported).unwrap(), parse_story(&default_story()).unwrap());
}

/// Figures in two units, and a `panels.csv` that puts the second unit first
/// with its own label and twice the height.
const TWO_UNITS: &str = "series,label,unit,series_sources,period,value\n\
    cn,Douanes,Md$,gazette,2023,41\ncn,,,,2024,43.8\n\
    share,Part de la Chine,%,gazette,2023,21.5\nshare,,,,2024,22.3\n";

fn with_panels(panels: Option<&str>) -> Result<trade_timeline::story::Story, Vec<String>> {
    let meta = Meta { lang: "fr".into(), title: "Commerce".into(), updated: "2025-08-23".into(), ..Meta::default() };
    let files = Files {
        series: Some(("series.csv", TWO_UNITS)),
        sources: Some(("sources.csv", "id,name\ngazette,La Gazette\n")),
        panels: panels.map(|text| ("panels.csv", text)),
        ..Files::default()
    };
    import(&meta, &files).map(|text| parse_story(&text).unwrap()).map_err(|p| p.into_iter().map(|p| p.text).collect())
}

#[test]
fn two_units_import_as_two_panels_in_the_order_panels_csv_gives_with_its_labels_and_shares() {
    let story = with_panels(None).unwrap();
    let units: Vec<&str> = story.panels.iter().map(|p| p.unit.as_str()).collect();
    assert_eq!(units, ["Md$", "%"], "without panels.csv: the series' order");
    let story = with_panels(Some("unit;label;share\n%;Part du commerce, %;2\nMd$;;\n")).unwrap();
    let panels: Vec<(&str, Option<&str>, f64)> =
        story.panels.iter().map(|p| (p.unit.as_str(), p.label.as_deref(), p.share)).collect();
    assert_eq!(panels, [("%", Some("Part du commerce, %"), 2.0), ("Md$", None, 1.0)]);
}

#[test]
fn a_panel_row_naming_no_unit_of_the_series_or_a_bad_share_is_reported_at_its_row() {
    let problems = with_panels(Some("unit,label,share\nMd $,,1\n%,,zéro\n")).unwrap_err();
    assert!(
        problems.iter().any(|p| p.starts_with("panels.csv:row 2: unit: ") && p.contains("\"Md$\"")),
        "the nearest unit is named: {problems:?}"
    );
    assert!(problems.iter().any(|p| p.starts_with("panels.csv:row 3: share: ")), "{problems:?}");
}

#[test]
fn french_excel_exports_are_read_semicolons_decimal_commas_bom_and_quoted_line_breaks() {
    let events = "\u{feff}id;date;title;text;sources\r\na;2023-05-17;Sommet;\"Premier paragraphe.\r\n\r\nSecond; avec un point-virgule.\";gazette\r\n";
    let series = "\u{feff}series;label;unit;series_sources;period;value\r\ncn;Douanes;Md$;gazette;2024;43,8\r\ncn;;;;2023;\"1 041,5\"\r\n;;;;;\r\n";
    let story = parse_story(&small(events, series).unwrap()).unwrap();
    assert_eq!(story.events[0].text, "Premier paragraphe.\r\n\r\nSecond; avec un point-virgule.");
    let values: Vec<f64> = story.series[0].points.iter().map(|p| p.value).collect();
    assert_eq!(values, [1041.5, 43.8], "in period order; the blank row is skipped");
}

#[test]
fn a_bad_date_is_reported_at_its_file_row_and_column() {
    let events = "id,date,title,text,sources\na,2023-05-17,Un,Texte.,gazette\nb,2023-13,Deux,Texte.,gazette\n";
    let problems = small(events, SERIES).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("events.csv:row 3: date: \"2023-13\" has no month 13"), "{}", problems[0]);
}

#[test]
fn a_figure_that_is_not_a_number_and_an_unknown_source_name_their_rows() {
    let series = "series,label,unit,series_sources,period,value,sources\ncn,Douanes,Md$,gazette,2024,43.8,\ncn,,,,2023,beaucoup,gazete\n";
    let events = "id,date,title,text,sources\na,2023-05-17,Un,Texte.,gazette\n";
    let problems = small(events, series).unwrap_err();
    assert!(problems.iter().any(|p| p.starts_with("series.csv:row 3: value: ")), "{problems:?}");
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("series.csv:row 3: sources: \"gazete\"") && p.contains("did you mean \"gazette\"")),
        "{problems:?}"
    );
}

#[test]
fn a_mistyped_column_is_refused_with_the_nearest_name() {
    let problems = small("id,date,titel,text,sources\na,2023-05-17,Un,Texte.,gazette\n", SERIES).unwrap_err();
    assert_eq!(problems, ["events.csv:row 1: \"titel\" is not a column; did you mean \"title\"?"]);
}

#[test]
fn a_row_with_more_cells_than_columns_says_to_quote_the_separator() {
    let problems =
        small("id,date,title,text,sources\na,2023-05-17,Un,Texte, avec virgule,gazette\n", SERIES).unwrap_err();
    assert_eq!(problems, ["events.csv:row 2: 6 cells but 5 columns; a cell holding the separator must be quoted"]);
}

#[test]
fn a_missing_title_is_named_by_its_option() {
    let meta = Meta { lang: "fr".into(), updated: "2025-08-23".into(), ..Meta::default() };
    let problems = import(
        &meta,
        &Files {
            series: Some(("series.csv", SERIES)),
            sources: Some(("sources.csv", "id,name\ngazette,La Gazette\n")),
            ..Files::default()
        },
    )
    .unwrap_err();
    assert!(problems.iter().any(|p| p.text.starts_with("--title: ")), "{problems:?}");
}

#[test]
fn numbers_are_read_as_spreadsheets_write_them() {
    for (text, value) in
        [("43,8", 43.8), ("43.8", 43.8), ("1 234,5", 1234.5), ("1,234.5", 1234.5), ("−3", -3.0), ("12", 12.0)]
    {
        assert_eq!(number(text), Some(value), "{text}");
    }
    for text in ["", "beaucoup", "1,2,3", "inf"] {
        assert_eq!(number(text), None, "{text}");
    }
}

#[test]
fn the_header_line_decides_the_separator() {
    assert_eq!(Table::read("a.csv", "id;name\nx;Y, Z\n").unwrap().rows[0].cells, ["x", "Y, Z"]);
    assert_eq!(Table::read("a.csv", "id\tname\nx\tY; Z\n").unwrap().rows[0].cells, ["x", "Y; Z"]);
    assert_eq!(Table::read("a.csv", "id,name\nx,\"Y; Z\"\n").unwrap().rows[0].cells, ["x", "Y; Z"]);
}

#[test]
fn each_template_has_exactly_the_columns_the_format_has_for_its_file() {
    for (file, columns) in trade_timeline::import::columns() {
        let path = format!("{}/www/templates/{file}.csv", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        let mut header: Vec<&str> = text.lines().next().unwrap().trim_start_matches('\u{feff}').split(',').collect();
        let mut expected = columns.clone();
        header.sort_unstable();
        expected.sort_unstable();
        assert_eq!(header, expected, "{file}.csv");
    }
}

#[test]
fn the_series_file_has_a_column_for_every_field_of_a_series_and_of_a_figure() {
    use trade_timeline::story::raw::{RawPoint, RawSeries};
    let [_, (_, series), _, _, _] = trade_timeline::import::columns();
    let renamed = |f: &str| {
        match f {
            "id" => "series",
            "sources" => "series_sources",
            other => other,
        }
        .to_owned()
    };
    for field in RawSeries::FIELDS.iter().filter(|f| **f != "points") {
        assert!(series.contains(&renamed(field).as_str()), "series field {field}");
    }
    for field in RawPoint::FIELDS {
        assert!(series.contains(field), "figure field {field}");
    }
}
