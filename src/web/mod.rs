//! The browser side: what the loader calls, and the Leptos components.
//!
//! Two wasm modules are built from it. The widget (the default build):
//! `mount` and the components, all that a first view of a valid story
//! needs. The second, `--features extras` (`extras.rs`), holds what a first
//! view does without: the words of a story's problems and warnings, the
//! files a reader may download (the chart as SVG, the data as CSV), the
//! data tables and the printed version. The loader fetches it once per
//! page, when a story has something to say, when a reader first asks for
//! one of these, or when the page is idle after the widget is ready; the
//! widget calls it through `later.rs`. Only this module and its
//! children import leptos, web-sys or js-sys.

mod intl;
mod theme;

#[cfg(feature = "extras")]
mod extras;
#[cfg(feature = "extras")]
mod static_dom;

#[cfg(not(feature = "extras"))]
mod app;
#[cfg(not(feature = "extras"))]
mod card;
#[cfg(not(feature = "extras"))]
mod chart_view;
#[cfg(not(feature = "extras"))]
mod downloads;
#[cfg(not(feature = "extras"))]
mod event_dates;
#[cfg(not(feature = "extras"))]
mod gestures;
#[cfg(not(feature = "extras"))]
mod later;
#[cfg(not(feature = "extras"))]
mod legend;
#[cfg(not(feature = "extras"))]
mod mount;
#[cfg(not(feature = "extras"))]
mod moving;
#[cfg(not(feature = "extras"))]
mod observe;
#[cfg(not(feature = "extras"))]
mod print;
#[cfg(not(feature = "extras"))]
mod problems;
#[cfg(not(feature = "extras"))]
mod summary;
#[cfg(not(feature = "extras"))]
mod timeline_view;

#[cfg(not(feature = "extras"))]
pub use mount::*;
