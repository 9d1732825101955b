//! Each event's date as the reader sees it ("vers 2015", "12 mai 2023"),
//! written when a view first needs it, and the label boxes the layout needs
//! before any date is written.
//!
//! A story of 10,000 events shows a few dozen at a time: writing every date
//! up front cost more than everything else in a first render (measured).
//! Widths cannot wait, since the layout places every label; but two dates of
//! the same month, precision and certainty are the same width within a digit,
//! so one sample of each kind is written and estimated (a day of two digits,
//! so the estimate never falls short).

use std::sync::{Arc, OnceLock};

use super::intl::words;
use crate::geometry::timeline::{date_width, label_box, LabelBox};
use crate::story::date::PartialDate;
use crate::story::{Certainty, Story};
use crate::words::ui_text::UiText;

/// The events' dates in words, each written once, on first use.
pub struct EventDates {
    story: Arc<Story>,
    ui: &'static UiText,
    written: Vec<OnceLock<String>>,
}

impl EventDates {
    /// Nothing is written yet.
    pub fn new(story: Arc<Story>, ui: &'static UiText) -> EventDates {
        let written = (0..story.events.len()).map(|_| OnceLock::new()).collect();
        EventDates { story, ui, written }
    }

    /// The interface words the dates are written with.
    pub fn ui(&self) -> &'static UiText {
        self.ui
    }

    /// Event `index`'s date with its certainty, in the interface's language.
    pub fn get(&self, index: usize) -> &str {
        self.written[index].get_or_init(|| {
            let event = &self.story.events[index];
            words(self.ui).date_with_certainty(&event.date, event.certainty)
        })
    }

    /// Each event's label on the timeline (its box's width, and whether its
    /// title fits there whole), in event order, writing one sample date per
    /// kind of date.
    pub fn label_boxes(&self) -> Vec<LabelBox> {
        let mut samples: Vec<(DateKind, f64)> = Vec::new();
        self.story
            .events
            .iter()
            .map(|event| {
                let kind = (event.date.month(), event.date.day().is_some(), event.certainty);
                let date = match samples.iter().find(|(k, _)| *k == kind) {
                    Some(&(_, width)) => width,
                    None => {
                        let width = date_width(&self.sample(kind));
                        samples.push((kind, width));
                        width
                    }
                };
                label_box(&event.title, date)
            })
            .collect()
    }

    fn sample(&self, (month, with_day, certainty): DateKind) -> String {
        let text = match (month, with_day) {
            (None, _) => "2000".to_owned(),
            (Some(m), false) => format!("2000-{m:02}"),
            (Some(m), true) => format!("2000-{m:02}-28"),
        };
        PartialDate::parse(&text).map_or(text, |date| words(self.ui).date_with_certainty(&date, certainty))
    }
}

/// What a date's width depends on: its month, whether it has a day, and its certainty.
type DateKind = (Option<u8>, bool, Certainty);
