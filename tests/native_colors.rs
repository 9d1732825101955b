use trade_timeline::draw::{parse_css_color, Rgb};

#[test]
fn hex_colours_of_every_length_are_read() {
    assert_eq!(parse_css_color("#0b5cad"), Some(Rgb(11, 92, 173)));
    assert_eq!(parse_css_color("  #FFF "), Some(Rgb(255, 255, 255)));
    assert_eq!(parse_css_color("#0b5cad80"), Some(Rgb(11, 92, 173)));
    assert_eq!(parse_css_color("#f008"), Some(Rgb(255, 0, 0)));
}

#[test]
fn rgb_functions_as_browsers_serialise_them_are_read() {
    assert_eq!(parse_css_color("rgb(27, 31, 36)"), Some(Rgb(27, 31, 36)));
    assert_eq!(parse_css_color("rgba(27, 31, 36, 0.5)"), Some(Rgb(27, 31, 36)));
    assert_eq!(parse_css_color("rgb(27 31 36 / 50%)"), Some(Rgb(27, 31, 36)));
    assert_eq!(parse_css_color("RGB(100%, 0%, 50%)"), Some(Rgb(255, 0, 128)));
}

#[test]
fn anything_else_is_not_a_colour() {
    for text in ["", "navy", "#12", "#ggg", "rgb(1, 2)", "hsl(0 0% 0%)", "rgb(a, b, c)", "#12345"] {
        assert_eq!(parse_css_color(text), None, "{text:?}");
    }
}

#[test]
fn decimal_channels_are_rounded() {
    assert_eq!(parse_css_color("rgb(10.4, 10.5, .5)"), Some(Rgb(10, 11, 1)));
    assert_eq!(parse_css_color("rgb(-1, 2, 3)"), None);
}
