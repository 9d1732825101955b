//! The chart's colours and text settings, taken from the widget's palette.
//!
//! The stylesheet (`www/trade-timeline.css`) is the one place a theme is
//! written: the `--tt-*` custom properties, light and dark. A chart style is
//! built from those properties by name, here and nowhere else: in the
//! browser from the computed values (which a host page may override), on
//! the command line and in tests from the stylesheet's own rules
//! ([`stylesheet_palette`]). No colour is written in Rust.

use super::css_color::parse_css_color;

/// How many series colours a style has (`--tt-series-1` … `-4`); series
/// beyond reuse them in turn.
pub const SERIES_COLOURS: usize = 4;

/// Colours and text settings of a drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartStyle {
    /// Device pixels per CSS pixel (`devicePixelRatio` on screen, 1 for SVG).
    pub pixel_ratio: f64,
    /// Multiplies font sizes (plotters' SVG backend divides them by 1.24).
    pub font_scale: f64,
    /// CSS font family for labels.
    pub font_family: String,
    /// Background (`--tt-bg`).
    pub background: Rgb,
    /// Labels (`--tt-fg`).
    pub text: Rgb,
    /// Grid lines and axis (`--tt-line`).
    pub grid: Rgb,
    /// The selected event's band (`--tt-selected`).
    pub highlight: Rgb,
    /// Superseded targets (`--tt-muted`).
    pub superseded: Rgb,
    /// One colour per series (`--tt-series-1` …), reused in turn.
    pub series: [Rgb; SERIES_COLOURS],
}

/// A colour as red, green, blue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl ChartStyle {
    /// The style whose colours `colour` gives for each `--tt-*` property
    /// name. A property it cannot give (a host's unreadable value) is drawn
    /// in the text colour, or black, rather than in a second palette.
    pub fn from_palette(pixel_ratio: f64, font_family: String, colour: impl Fn(&str) -> Option<Rgb>) -> ChartStyle {
        let text = colour("--tt-fg").unwrap_or_default();
        let get = |name: &str| colour(name).unwrap_or(text);
        ChartStyle {
            pixel_ratio,
            font_scale: 1.0,
            font_family,
            background: colour("--tt-bg").unwrap_or(Rgb(255, 255, 255)),
            text,
            grid: get("--tt-line"),
            highlight: get("--tt-selected"),
            superseded: get("--tt-muted"),
            series: std::array::from_fn(|i| get(&format!("--tt-series-{}", i + 1))),
        }
    }
}

/// The custom properties (`--tt-*`) declared in the first rule of `css`
/// whose selector is exactly `selector` (":host", `:host([theme="dark"])`),
/// with their colours; values that are not colours are left out.
pub fn stylesheet_palette(css: &str, selector: &str) -> Vec<(String, Rgb)> {
    let Some(start) = css.find(&format!("{selector} {{")) else { return Vec::new() };
    let rule = &css[start..];
    let (Some(open), Some(close)) = (rule.find('{'), rule.find('}')) else { return Vec::new() };
    rule[open + 1..close]
        .split(';')
        .filter_map(|declaration| {
            let (name, value) = declaration.split_once(':')?;
            let name = name.trim();
            let colour = parse_css_color(value)?;
            name.starts_with("--tt-").then(|| (name.to_owned(), colour))
        })
        .collect()
}

/// The chart style of one rule of the stylesheet `css` (see
/// [`stylesheet_palette`]), for files drawn away from a browser.
pub fn stylesheet_style(css: &str, selector: &str, font_family: &str) -> ChartStyle {
    let palette = stylesheet_palette(css, selector);
    ChartStyle::from_palette(1.0, font_family.to_owned(), |name| {
        palette.iter().find(|(n, _)| n == name).map(|(_, c)| *c)
    })
}
