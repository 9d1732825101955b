//! Zoom and pan by pointer: drag or swipe to pan, pinch or Ctrl/⌘ + wheel to
//! zoom. A plain wheel is left to the page, which scrolls.
//!
//! The handlers turn pointer positions into changes of the shared
//! [`TimeWindow`] through the view's own time scale; the maths is in
//! `window` and `scale`. A drag that moved more than a few pixels captures
//! the pointer, so the click that ends it does not select what it started on.
//!
//! A gesture moves what is drawn, then draws once. Each step of a drag, a
//! pinch or a turn of the wheel only computes the window it leads to and
//! moves what was drawn there (`moving.rs`), which fits in a frame. The
//! window itself changes (the marks laid out again, the chart drawn again)
//! in a task of its own once the gesture ends or rests for [`REST`].

use std::time::Duration;

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::{PointerEvent, WheelEvent};

use super::moving::Moving;
use crate::geometry::chart::time_scale;
use crate::geometry::window::TimeWindow;

const DRAG_THRESHOLD: f64 = 4.0;
/// How long a gesture rests (no move, no wheel) before what it shows is
/// drawn again: a pause between two turns of the wheel, or of a finger
/// that stays down, is shorter.
const REST: Duration = Duration::from_millis(250);
/// How long a step's glide of the window lasts (the stylesheet's
/// transition on `.tt-gliding`, which ends a little before).
const GLIDE: Duration = Duration::from_millis(260);

/// What one pointer movement does to the window.
enum Step {
    Zoom { at: f64, factor: f64 },
    Pan { dx: f64, capture: bool },
}

#[derive(Default)]
struct Tracking {
    pointers: Vec<(i32, f64)>,
    start_x: f64,
    last_x: f64,
    dragging: bool,
    pinch: Option<f64>,
    /// The window a gesture leads to, not yet drawn.
    pending: Option<TimeWindow>,
    /// The timer that draws `pending`.
    timer: Option<TimeoutHandle>,
    /// Counts glides and gesture steps: a glide draws when it ends only
    /// if nothing came after it.
    glides: u32,
}

/// Pointer and wheel handlers for a stage showing `window`. `Copy`, like the
/// signals it holds, so every handler can own one.
#[derive(Clone, Copy)]
pub struct Gestures {
    stage: NodeRef<Div>,
    window: RwSignal<TimeWindow>,
    width: ReadSignal<f64>,
    tracking: StoredValue<Tracking>,
    moving: Moving,
}

impl Gestures {
    /// Handlers for the stage element `stage`, moving `moving` during a gesture.
    pub fn new(stage: NodeRef<Div>, window: RwSignal<TimeWindow>, width: ReadSignal<f64>, moving: Moving) -> Gestures {
        Gestures { stage, window, width, tracking: StoredValue::new(Tracking::default()), moving }
    }

    /// The window shown now: the one a gesture leads to, else the drawn one.
    fn current(&self) -> TimeWindow {
        self.tracking.with_value(|t| t.pending).unwrap_or_else(|| self.window.get_untracked())
    }

    /// One step of a gesture: shows `next` by moving what is drawn, and
    /// draws it once the gesture rests.
    fn preview(&self, next: TimeWindow) {
        let drawn = self.window.get_untracked();
        self.tracking.update_value(|t| {
            t.pending = Some(next);
            t.glides += 1;
        });
        self.moving.show(self.scale_of(drawn).shift_to(next.shown));
        self.draw_after(REST);
    }

    /// Moves to `target` in one glide of what is drawn, then draws it (a
    /// step of the article). A glide overtaken by another, or by the
    /// reader's gesture, never draws. With reduced motion, the stylesheet
    /// has no transition: what is drawn is shown moved at once.
    pub fn glide(&self, target: TimeWindow) {
        let glide = self.tracking.try_update_value(|t| {
            t.glides += 1;
            t.glides
        });
        self.moving.glide(self.scale_of(self.window.get_untracked()).shift_to(target.shown));
        let gestures = *self;
        set_timeout(
            move || {
                if gestures.tracking.with_value(|t| Some(t.glides)) == glide {
                    gestures.moving.end();
                    gestures.window.set(target);
                }
            },
            GLIDE,
        );
    }

    /// Draws the pending window after `delay`, in a task of its own.
    fn draw_after(&self, delay: Duration) {
        let gestures = *self;
        let timer = set_timeout_with_handle(move || gestures.draw(), delay).ok();
        if let Some(before) = self.tracking.try_update_value(|t| std::mem::replace(&mut t.timer, timer)).flatten() {
            before.clear();
        }
    }

    /// Draws the window the gesture led to: the marks are laid out and the
    /// chart drawn again, and nothing is moved any more.
    fn draw(&self) {
        let (timer, pending) =
            self.tracking.try_update_value(|t| (t.timer.take(), t.pending.take())).unwrap_or_default();
        if let Some(timer) = timer {
            timer.clear();
        }
        if let Some(next) = pending {
            self.window.set(next);
        }
        self.moving.end();
    }

    fn x(&self, client_x: i32) -> f64 {
        let left = self.stage.get_untracked().map_or(0.0, |s| s.get_bounding_client_rect().left());
        f64::from(client_x) - left
    }

    fn scale_of(&self, window: TimeWindow) -> crate::geometry::scale::TimeScale {
        time_scale(window.shown, self.width.get_untracked())
    }

    /// A gesture's zoom step by `factor` around pixel `x` of the stage.
    fn zoom_at(&self, x: f64, factor: f64) {
        let current = self.current();
        self.preview(current.zoom(self.scale_of(current), x, factor));
    }

    /// Zooms by `factor` around `day` (kept where it is on screen; held to
    /// the stage's edges when it is off screen), drawn at once: a press of
    /// a zoom button or key.
    pub fn zoom_on(&self, day: f64, factor: f64) {
        self.draw();
        let current = self.window.get_untracked();
        let scale = self.scale_of(current);
        let x = scale.map(day).clamp(0.0, self.width.get_untracked());
        self.window.set(current.zoom(scale, x, factor));
    }

    /// A pointer went down on the stage.
    pub fn down(&self, event: &PointerEvent) {
        if event.button() != 0 {
            return;
        }
        let x = self.x(event.client_x());
        self.tracking.update_value(|t| {
            t.pointers.push((event.pointer_id(), x));
            if t.pointers.len() == 1 {
                t.start_x = x;
                t.last_x = x;
                t.dragging = false;
            } else if t.pointers.len() == 2 {
                t.pinch = Some((t.pointers[0].1 - t.pointers[1].1).abs().max(1.0));
            }
        });
    }

    /// A pointer moved over the stage.
    pub fn moved(&self, event: &PointerEvent) {
        // A mouse passing over without a button down: nothing to do, and no
        // layout read on every move.
        let id = event.pointer_id();
        if !self.tracking.with_value(|t| t.pointers.iter().any(|(p, _)| *p == id)) {
            return;
        }
        let x = self.x(event.client_x());
        let step = self.tracking.try_update_value(|t| {
            let slot = t.pointers.iter_mut().find(|(p, _)| *p == id)?;
            slot.1 = x;
            if t.pointers.len() >= 2 {
                let distance = (t.pointers[0].1 - t.pointers[1].1).abs().max(1.0);
                let middle = (t.pointers[0].1 + t.pointers[1].1) / 2.0;
                let before = t.pinch.replace(distance)?;
                return Some(Step::Zoom { at: middle, factor: distance / before });
            }
            let mut capture = false;
            if !t.dragging && (x - t.start_x).abs() > DRAG_THRESHOLD {
                t.dragging = true;
                capture = true;
            }
            if !t.dragging {
                return None;
            }
            let dx = x - t.last_x;
            t.last_x = x;
            Some(Step::Pan { dx, capture })
        });
        match step.flatten() {
            Some(Step::Zoom { at, factor }) => self.zoom_at(at, factor),
            Some(Step::Pan { dx, capture }) => {
                if capture {
                    if let Some(stage) = self.stage.get_untracked() {
                        let _ = stage.set_pointer_capture(event.pointer_id());
                    }
                }
                let current = self.current();
                self.preview(current.pan(self.scale_of(current), dx));
            }
            None => {}
        }
    }

    /// A pointer went up or was cancelled.
    pub fn up(&self, event: &PointerEvent) {
        self.tracking.update_value(|t| {
            t.pointers.retain(|(id, _)| *id != event.pointer_id());
            if t.pointers.len() < 2 {
                t.pinch = None;
            }
            if let Some(&(_, x)) = t.pointers.first() {
                t.last_x = x;
            }
        });
        // The frame that follows shows the gesture's last step; the next
        // task draws it.
        if self.tracking.with_value(|t| t.pointers.is_empty() && t.pending.is_some()) {
            self.draw_after(Duration::ZERO);
        }
    }

    /// The wheel turned over the stage: zoom only with Ctrl or ⌘ held.
    pub fn wheel(&self, event: &WheelEvent) {
        if !(event.ctrl_key() || event.meta_key()) {
            return;
        }
        event.prevent_default();
        let x = self.x(event.client_x());
        let unit = if event.delta_mode() == 1 { 16.0 } else { 1.0 };
        self.zoom_at(x, (-event.delta_y() * unit * 0.002).exp());
    }
}
