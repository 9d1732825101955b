//! trade-timeline: an interactive timeline of events linked to a trade chart,
//! for news pages.
//!
//! The data flows one way, and the tree follows it:
//!
//! ```text
//! JSON text ─ story::raw ─ story::validate ─> story::Story            (story/)
//! CSV files ─ import ─> JSON text                                      (import/)
//! Story + time window + size ─> scales, ticks, label layout,
//!                               timeline and chart geometry, hits     (geometry/)
//! Story + UiText + a locale backend ─> dates, periods, numbers,
//!                               statuses, targets, summary in words   (words/)
//! geometry + words + palette ─> plotters DrawingBackend               (draw/)
//! Story ─> CSV, SVG, a static tree written as HTML                    (export/)
//! ───────────────────────────── pure core above, tested natively ─────────────
//! command line: check, render, import, schema (ICU4X words)          (cli/)
//! browser: Leptos components, Intl words, observers (wasm32 only)    (web/)
//!          and, built apart (`extras`), the files made on demand:
//!          the chart as SVG, the data as CSV                         (web/extras)
//! ```
//!
//! Everything outside `web` and the wasm entry point `authoring` is plain
//! Rust that knows nothing of the browser: it imports neither leptos nor
//! web-sys nor js-sys, and only `draw` and `export` import plotters (a
//! native test reads the sources to keep it so). `cli` is native only;
//! `authoring` (the wasm built with the `authoring` feature, for the demo's
//! workshop, never loaded by readers) is the CSV importer's in-page twin.
//! `web` is built twice: the widget, and with the `extras` feature the
//! second module it fetches after the first render.
#![warn(missing_docs)]

pub mod draw;
pub mod export;
pub mod geometry;
pub mod import;
pub mod story;
pub mod words;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(all(target_arch = "wasm32", feature = "authoring"))]
pub mod authoring;
#[cfg(all(target_arch = "wasm32", not(feature = "authoring")))]
pub mod web;
