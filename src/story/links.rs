//! How events and figures point at each other: the event a figure opens
//! (tap a point, or Enter on it), and the days a run of events covers (a
//! cluster badge zooms to them). Pure: indices in, indices and days out.

use super::Story;

impl Story {
    /// The event a figure opens: among the events that overlap the
    /// figure's period, the one whose first day is nearest the period's
    /// middle (the first such on a tie). `None` when no event overlaps it.
    pub fn event_for_figure(&self, series: usize, point: usize) -> Option<usize> {
        let period = self.series.get(series)?.points.get(point)?.period;
        let (start, end) = (f64::from(period.first_day().0), f64::from(period.end_day().0));
        let middle = (start + end) / 2.0;
        self.events
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                let (first, after) = e.days();
                first < end && after > start
            })
            .min_by(|(_, a), (_, b)| (a.days().0 - middle).abs().total_cmp(&(b.days().0 - middle).abs()))
            .map(|(i, _)| i)
    }

    /// The days `count` events from `first` cover, from the first one's
    /// first day to the day after the last one ends; `None` past the end.
    pub fn events_span(&self, first: usize, count: usize) -> Option<(f64, f64)> {
        let last = self.events.get(first.checked_add(count.checked_sub(1)?)?)?;
        let start = self.events[first].days().0;
        let end = self.events[first..=first + count - 1].iter().map(|e| e.days().1).fold(last.days().1, f64::max);
        Some((start, end))
    }
}
