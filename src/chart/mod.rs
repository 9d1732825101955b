//! The trade chart: geometry, then drawing.
//!
//! `geometry` turns a story and a time window into pixels: the plot area, the
//! value scale, every point's position, the targets' levels. Drawing (in
//! `draw`) and hit-testing (hover, tap, keyboard) both read that one
//! geometry, so what is hit is what was drawn. `draw` is written once
//! against plotters' `DrawingBackend`: the browser hands it a canvas, tests
//! and exports hand it an SVG string.

pub mod css_color;
pub mod draw;
pub mod geometry;
pub mod labels;
pub mod summary;

pub use css_color::parse_css_color;
pub use draw::{draw_chart, ChartStyle, Highlight, Rgb, SERIES_COLOURS};
pub use geometry::{ChartGeometry, Frame, PlacedPoint, PlacedTarget, PLOT_MARGIN_LEFT, PLOT_MARGIN_RIGHT};
pub use labels::ChartLabels;
pub use summary::{chart_facts, ChartFacts, SeriesFacts, TargetFacts};
