//! Colours as CSS writes them, read into the chart's [`Rgb`].
//!
//! The chart follows the widget's theme: its colours are the CSS custom
//! properties the host page may set (`--tt-fg`, `--tt-series-1`, …). The
//! browser normalises any CSS colour (names, `hsl()`, …) through a canvas
//! context into `#rrggbb` or `rgba(r, g, b, a)`; this module reads those
//! forms and the other hex and `rgb()` spellings. Alpha is dropped: the chart
//! draws opaque colours.

use super::style::Rgb;

/// Reads `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(r, g, b)`,
/// `rgba(r, g, b, a)` and `rgb(r g b / a)`; anything else is `None`.
pub fn parse_css_color(text: &str) -> Option<Rgb> {
    let text = text.trim();
    if let Some(hex) = text.strip_prefix('#') {
        return parse_hex(hex);
    }
    let lower = text.to_ascii_lowercase();
    let inner = lower.strip_prefix("rgba(").or_else(|| lower.strip_prefix("rgb("))?.strip_suffix(')')?;
    let colour = inner.split('/').next()?;
    let parts: Vec<&str> = colour.split([',', ' ']).map(str::trim).filter(|p| !p.is_empty()).collect();
    let channel = |part: &str| -> Option<u8> {
        let value = match part.strip_suffix('%') {
            Some(percent) => decimal(percent)? / 100.0 * 255.0,
            None => decimal(part)?,
        };
        Some(value.round().clamp(0.0, 255.0) as u8)
    };
    match parts.as_slice() {
        [r, g, b] | [r, g, b, _] => Some(Rgb(channel(r)?, channel(g)?, channel(b)?)),
        _ => None,
    }
}

fn parse_hex(hex: &str) -> Option<Rgb> {
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
    let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    match hex.len() {
        3 | 4 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
        6 | 8 => Some(Rgb(pair(0)?, pair(2)?, pair(4)?)),
        _ => None,
    }
}

/// A plain decimal such as "27" or "49.5", read by hand: the standard float
/// parser brings kilobytes of tables into the wasm for this one use.
fn decimal(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(fraction) || whole.len() > 6 {
        return None;
    }
    let mut value = whole.bytes().fold(0.0, |v, b| v * 10.0 + f64::from(b - b'0'));
    let mut scale = 0.1;
    for b in fraction.bytes().take(6) {
        value += f64::from(b - b'0') * scale;
        scale /= 10.0;
    }
    Some(value)
}
