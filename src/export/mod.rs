//! What a story exports to: the data as CSV and the chart as SVG, the same
//! on every target. The widget's download buttons and the command line both
//! call these, so a file from either is the same file.

pub mod csv;
pub mod svg;
