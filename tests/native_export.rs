//! Exports: the data as CSV, the chart as SVG.

use serde_json::json;
use trade_timeline::draw::Highlight;
use trade_timeline::export::csv::{data_csv, COLUMNS};
use trade_timeline::export::svg::chart_svg;
use trade_timeline::geometry::chart::Frame;
use trade_timeline::geometry::window::TimeWindow;

use crate::native_chart::{light, plain_words};
use crate::util::{minimal, parse};

#[test]
fn the_csv_has_a_header_and_one_row_per_figure_with_its_status_and_sources() {
    let story = parse(&minimal()).unwrap();
    let csv = data_csv(&story);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], COLUMNS.join(","));
    assert_eq!(lines.len(), 1 + 3 + 1, "header, three figures, and the final line end");
    assert_eq!(lines[1], "cn,Douanes,Md$,2013,28.5,reported,,,La Gazette,https://example.org/a");
    assert_eq!(lines[2], "cn,Douanes,Md$,2024,43.8,reported,,,GACC,");
    assert_eq!(lines[3], "cn,Douanes,Md$,2025-H1,21.8,partial,,,GACC,");
}

#[test]
fn csv_fields_with_commas_quotes_or_line_breaks_are_quoted() {
    let mut story = minimal();
    story["series"][0]["points"][0]["note"] = json!("Chiffre \"provisoire\", révisé\nen 2025");
    let csv = data_csv(&parse(&story).unwrap());
    assert!(csv.contains(",\"Chiffre \"\"provisoire\"\", révisé\nen 2025\","), "{csv}");
}

#[test]
fn a_derived_figure_carries_its_method() {
    let mut story = minimal();
    story["series"][0]["points"][0]["status"] = json!("derived");
    story["series"][0]["points"][0]["method"] = json!("sum of the four quarters");
    let csv = data_csv(&parse(&story).unwrap());
    assert!(csv.contains(",2024,43.8,derived,sum of the four quarters,"), "{csv}");
}

#[test]
fn the_svg_is_the_screen_drawing_with_a_title_for_screen_readers() {
    let story = parse(&minimal()).unwrap();
    let frame = Frame { width: 640.0, height: 280.0, domain: TimeWindow::fit(&story).full };
    let svg = chart_svg(&story, frame, &light(), &plain_words(), Highlight::default(), "Commerce <& co>");
    assert!(svg.starts_with("<svg role=\"img\" width=\"640\" height=\"280\""), "{}", &svg[..80]);
    assert!(svg.contains("<title>Commerce &lt;&amp; co&gt;</title>"));
    assert!(svg.contains("<circle"), "the figures are drawn");
}

mod html {
    use serde_json::json;
    use trade_timeline::cli::icu::Icu;
    use trade_timeline::export::html::fallback_html;
    use trade_timeline::story::Story;
    use trade_timeline::words::ui_text::ui_text;
    use trade_timeline::words::Words;

    use crate::native_chart::light;
    use crate::util::{minimal, parse};

    /// The fallback as `trade-timeline render` writes it.
    fn fallback(story: &Story) -> String {
        fallback_html(story, &Words::new(ui_text(&story.lang), &Icu::default()), &light(), 640.0)
    }

    #[test]
    fn story_text_is_escaped_everywhere_in_the_fallback() {
        // Validation refuses markup; what remains legal must still be escaped.
        let mut story = minimal();
        story["title"] = json!("Prix < 5 $ & marges > 2");
        story["events"][0]["title"] = json!("Le \"corridor\" d'Alatau");
        story["series"][0]["points"][0]["note"] = json!("a < b & c > d");
        let html = fallback(&parse(&story).unwrap());
        assert!(html.contains("<h2>Prix &lt; 5 $ &amp; marges &gt; 2</h2>"), "{html}");
        assert!(html.contains(">Le &quot;corridor&quot; d&#39;Alatau</h3>"), "{html}");
        assert!(html.contains("<td>a &lt; b &amp; c &gt; d</td>"));
    }

    #[test]
    fn an_inferred_date_says_so_in_words_and_keeps_its_precision() {
        let html = fallback(&parse(&minimal()).unwrap());
        assert!(html.contains("<time datetime=\"2025-08-20\">20 août 2025 (date déduite)</time>"), "{html}");
    }

    #[test]
    fn the_fallback_speaks_the_story_language_for_each_of_the_five() {
        for (lang, sources) in [("en", "Sources:"), ("ru", "Источники:"), ("kk", "Дереккөздер:"), ("zh", "来源：")]
        {
            let mut story = minimal();
            story["lang"] = json!(lang);
            let html = fallback(&parse(&story).unwrap());
            assert!(html.contains(&format!("<p class=\"tt-sources\">{sources} ")), "{lang}: {html}");
        }
    }
}
