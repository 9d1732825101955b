//! Native tests of the pure core and the command line, in one binary.
#![cfg(not(target_arch = "wasm32"))]

// Calendar dates as written: forms, impossible dates, spans, order.
mod native_dates;
// Periods of trade figures: the four forms and their spans.
mod native_periods;
// Every kind of validation problem, with its path.
mod native_validation;
// JSON paths to line and column.
mod native_positions;
// The full reading's words for the widget: problems or warnings, placed.
mod native_report;
// "Did you mean" suggestions.
mod native_suggest;
// Time and value scales: map, invert, zoom, pan.
mod native_scales;
// Time ticks at every zoom level; nice value ticks.
mod native_ticks;
// Lanes, clusters and hit-testing of event labels.
mod native_layout;
// The trade chart: geometry, hit-testing, SVG snapshots.
mod native_chart;
// Several units on one time axis: panels' rules and geometry.
mod native_panels;
// CSS colours read for the chart's theme.
mod native_colors;
// Both themes meet WCAG contrast for text and marks.
mod native_contrast;
// The facts of the chart's plain-language summary.
mod native_summary;
// The interface's words in five languages.
mod native_ui_text;
// Exports: the data as CSV, the chart as SVG.
mod native_export;
// The shared time window: fit, zoom, pan, limits.
mod native_window;
// The JSON Schema: generated, committed, consistent with validation.
mod native_schema;
// The default stories (French and English) are valid and agree.
mod native_default_stories;
// From CSV files to a story: templates, quirks, located problems.
mod native_import;
// The `trade-timeline` command, run as a process.
mod native_cli;
// Stepping through events and figures; what a figure or a cluster opens.
mod native_navigation;
// Property tests: the story reader and the CSV importer on any text.
mod native_properties;
// The layers: no browser crate in the core, plotters only in draw and export.
mod native_layers;
// Shared helpers: a minimal valid story to break in one place.
mod util;
