//! Moving through an ordered list one step at a time: the events in date
//! order ("‹ ›", arrow keys on the timeline) and the figures in view (arrow
//! keys on the chart). Every control that steps asks here, so "next" from
//! the last item, or from nothing chosen yet, means the same everywhere.

/// A step a reader asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// The next item (the first when none is chosen).
    Next,
    /// The previous item (the last with ‹ when none is chosen, the first with a key).
    Previous,
    /// The first item.
    First,
    /// The last item.
    Last,
}

impl Move {
    /// The move a key asks for: arrows, Home and End.
    pub fn from_key(key: &str) -> Option<Move> {
        match key {
            "ArrowRight" | "ArrowDown" => Some(Move::Next),
            "ArrowLeft" | "ArrowUp" => Some(Move::Previous),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            _ => None,
        }
    }
}

/// Where `step` leads from `at` among `count` items: it stops at either
/// end rather than wrap, and from nothing chosen, Next goes to the first
/// item and Previous to the last. `None` when there is no item.
pub fn step(at: Option<usize>, count: usize, step: Move) -> Option<usize> {
    let last = count.checked_sub(1)?;
    Some(match (step, at) {
        (Move::First, _) => 0,
        (Move::Last, _) => last,
        (Move::Next, None) => 0,
        (Move::Previous, None) => last,
        (Move::Next, Some(i)) => (i + 1).min(last),
        (Move::Previous, Some(i)) => i.saturating_sub(1).min(last),
    })
}
