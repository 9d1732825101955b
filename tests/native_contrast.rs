//! The theme's colours meet WCAG 2.2 AA contrast in both themes: 4.5:1 for
//! text, 3:1 for the chart's marks and the focus ring. The colours are read
//! from the stylesheet the widget ships, the one source of both palettes.

use trade_timeline::draw::{stylesheet_palette, Rgb};

const CSS: &str = include_str!("../www/trade-timeline.css");

/// The custom properties of the stylesheet's rule for `selector`.
fn palette(selector: &str) -> Vec<(String, Rgb)> {
    let colours = stylesheet_palette(CSS, selector);
    assert!(!colours.is_empty(), "no {selector} rule");
    colours
}

fn luminance(Rgb(r, g, b): Rgb) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// Every pair that falls short: "--tt-muted on --tt-bg: 3.20".
fn short(colours: &[(String, Rgb)], pairs: &[(&str, &str)], minimum: f64) -> Vec<String> {
    let get = |name: &str| colours.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no {name}")).1;
    pairs
        .iter()
        .map(|(fg, bg)| (fg, bg, contrast(get(fg), get(bg))))
        .filter(|(_, _, ratio)| *ratio < minimum)
        .map(|(fg, bg, ratio)| format!("{fg} on {bg}: {ratio:.2}"))
        .collect()
}

const TEXT: [(&str, &str); 8] = [
    ("--tt-fg", "--tt-bg"),
    ("--tt-muted", "--tt-bg"),
    ("--tt-accent", "--tt-bg"),
    ("--tt-error", "--tt-bg"),
    ("--tt-on-accent", "--tt-accent"),
    ("--tt-fg", "--tt-selected"),
    ("--tt-muted", "--tt-selected"),
    ("--tt-accent", "--tt-selected"),
];

const MARKS: [(&str, &str); 6] = [
    ("--tt-series-1", "--tt-bg"),
    ("--tt-series-2", "--tt-bg"),
    ("--tt-series-3", "--tt-bg"),
    ("--tt-series-4", "--tt-bg"),
    ("--tt-focus", "--tt-bg"),
    ("--tt-muted", "--tt-bg"),
];

#[test]
fn light_theme_text_has_at_least_4_5_to_1_contrast() {
    assert_eq!(short(&palette(":host"), &TEXT, 4.5), Vec::<String>::new());
}

#[test]
fn dark_theme_text_has_at_least_4_5_to_1_contrast() {
    assert_eq!(short(&palette(":host([theme=\"dark\"])"), &TEXT, 4.5), Vec::<String>::new());
}

#[test]
fn chart_marks_and_focus_ring_have_at_least_3_to_1_contrast_in_both_themes() {
    assert_eq!(short(&palette(":host"), &MARKS, 3.0), Vec::<String>::new());
    assert_eq!(short(&palette(":host([theme=\"dark\"])"), &MARKS, 3.0), Vec::<String>::new());
}

#[test]
fn the_automatic_dark_theme_is_the_same_palette_as_the_dark_attribute() {
    let css = CSS;
    let auto = &css[css.find("  :host([theme=\"auto\"]) {").expect("auto rule")..];
    let auto: Vec<&str> = auto[auto.find('{').unwrap() + 1..auto.find('}').unwrap()].split_whitespace().collect();
    let dark = &css[css.find(":host([theme=\"dark\"]) {").unwrap()..];
    let dark: Vec<&str> = dark[dark.find('{').unwrap() + 1..dark.find('}').unwrap()].split_whitespace().collect();
    assert_eq!(auto, dark);
}

#[test]
fn a_contrast_that_falls_short_is_reported() {
    let grey = vec![("--a".to_owned(), Rgb(119, 119, 119)), ("--b".to_owned(), Rgb(255, 255, 255))];
    assert_eq!(short(&grey, &[("--a", "--b")], 4.5), vec!["--a on --b: 4.48".to_owned()]);
}
