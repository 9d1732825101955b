//! Drawing the chart, written once against plotters' `DrawingBackend`.
//!
//! The browser hands [`draw_chart`] a canvas, exports and tests hand it an
//! SVG string. It draws what `geometry::chart` placed, in the colours of a
//! [`ChartStyle`] and with the words a `words::Words` wrote; it decides no
//! position and formats no number itself. This module and `export` are the
//! only ones that import plotters.

pub mod chart;
pub mod css_color;
pub mod style;

pub use chart::{draw_chart, draw_figures, Highlight};
pub use css_color::parse_css_color;
pub use style::{stylesheet_palette, stylesheet_style, ChartStyle, Rgb, SERIES_COLOURS};
