//! Pure geometry: from a story and a time window to pixels and back.
//!
//! Scales map days and values to pixels and invert them; ticks pick the
//! labelled lines of each axis; the window is the span the reader looks at,
//! shared by both views; layout places event labels without overlaps, and
//! chart_labels the chart's target and period labels; the
//! timeline's and the chart's geometry say where every mark goes, and
//! hit-testing reads the same numbers that drawing does. Nothing here draws,
//! formats a word or touches the browser: text widths are estimates, so all
//! of it is tested natively.

pub mod chart;
pub mod chart_labels;
pub mod layout;
pub mod navigation;
pub mod scale;
pub mod ticks;
pub mod timeline;
pub mod window;
