//! trade-timeline: an interactive timeline of events linked to a trade chart,
//! for news pages.
//!
//! The data flows one way through the modules:
//!
//! ```text
//! JSON text -> story::raw -> story::validate -> story::Story   (pure core)
//!           -> web (Leptos components, wasm32 only)            (browser)
//! ```
//!
//! Everything outside `web` is plain Rust, knows nothing of the browser and
//! is tested natively. The `cli` module (native only) is the journalist's
//! command line; `authoring` (the wasm built with the `authoring` feature,
//! for the demo's workshop, never loaded by readers) is its in-page twin.
#![warn(missing_docs)]

pub mod chart;
pub mod date;
pub mod export;
pub mod import;
pub mod json_position;
pub mod layout;
pub mod period;
pub mod scale;
pub mod story;
pub mod suggest;
pub mod ticks;
pub mod timeline;
pub mod ui_text;
pub mod window;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
#[cfg(not(target_arch = "wasm32"))]
pub mod wording;

#[cfg(all(target_arch = "wasm32", not(feature = "authoring")))]
pub mod web;
#[cfg(all(target_arch = "wasm32", feature = "authoring"))]
pub mod authoring;
