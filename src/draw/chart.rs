//! Drawing the chart on any plotters backend.
//!
//! Only the backend's primitives are used (lines, rectangles, circles,
//! polygons, text), never plotters' chart builder: the builder measures text
//! through the host page's DOM, and our geometry already knows where
//! everything goes. Coordinates are CSS pixels times `pixel_ratio`, so a
//! canvas sized for the screen's density draws crisply.
//!
//! Status is told by shape, not colour alone: reported ● filled circle,
//! derived ○ hollow circle, partial ■ square with its period written beside
//! it, estimate ◇ hollow diamond on a dashed line. Lines join only figures of
//! periods that follow each other: a gap in the data stays a gap. Targets are
//! dashed levels, grey and thin once superseded. When figures are closer than
//! a mark is wide, a solid line stands for reported figures on its own.

use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontFamily,
    FontStyle, FontTransform,
};

/// Below this spacing between figures, in CSS pixels, reported figures on a
/// line are drawn by the line alone.
const DENSE_SPACING: f64 = 8.0;

use super::style::{ChartStyle, Rgb};
use crate::geometry::chart::{ChartGeometry, PlacedPoint};
use crate::geometry::chart_labels::{place_labels, Anchor, Obstacles, Wanted};
use crate::geometry::layout::estimate_width;
use crate::geometry::ticks::legible_ticks;
use crate::story::{Status, Story};
use crate::words::Words;

/// What the reader has picked, to draw under the data. (The point under the
/// pointer is not drawn here: in the browser its ring is an element over the
/// canvas, so hovering never redraws the chart.)
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Highlight {
    /// The selected event's span, first day to the day after its last.
    pub event_span: Option<(f64, f64)>,
}

struct Paint {
    color: BackendColor,
    width: u32,
    filled: bool,
}

impl BackendStyle for Paint {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

struct Text<'a> {
    color: BackendColor,
    size: f64,
    family: &'a str,
    anchor: Pos,
}

impl BackendTextStyle for Text<'_> {
    type FontError = std::fmt::Error;

    fn color(&self) -> BackendColor {
        self.color
    }
    fn size(&self) -> f64 {
        self.size
    }
    fn transform(&self) -> FontTransform {
        FontTransform::None
    }
    fn style(&self) -> FontStyle {
        FontStyle::Normal
    }
    fn anchor(&self) -> Pos {
        self.anchor
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(self.family)
    }
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        let width = crate::geometry::layout::estimate_width(text, self.size, f64::MAX) as i32;
        Ok(((0, 0), (width, self.size as i32)))
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _: &str,
        _: BackendCoord,
        _: F,
    ) -> Result<Result<(), E>, Self::FontError> {
        // Only backends with their own text drawing (canvas, SVG) are used.
        Ok(Ok(()))
    }
}

fn color(rgb: Rgb) -> BackendColor {
    BackendColor { alpha: 1.0, rgb: (rgb.0, rgb.1, rgb.2) }
}

/// Draws the chart; any error is the backend's.
pub fn draw_chart<DB: DrawingBackend>(
    backend: &mut DB,
    story: &Story,
    geometry: &ChartGeometry,
    style: &ChartStyle,
    words: &Words,
    event_days: &[f64],
    highlight: Highlight,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    {
        let mut pen = Pen::new(backend, style);
        pen.rect((0.0, 0.0), (geometry.frame.width, geometry.frame.height), style.background, true)?;
        if let Some((from, to)) = highlight.event_span.and_then(|span| geometry.highlight_rect(span)) {
            pen.rect(from, to, style.highlight, true)?;
        }
    }
    draw_figures(backend, story, geometry, style, words, event_days)
}

/// Draws all of the chart but its background and the highlight, on a
/// backend that is transparent: the browser draws this once on a layer of
/// its own and lays it over them, so that selecting an event draws no
/// figure again (`web::chart_view`).
pub fn draw_figures<DB: DrawingBackend>(
    backend: &mut DB,
    story: &Story,
    geometry: &ChartGeometry,
    style: &ChartStyle,
    words: &Words,
    event_days: &[f64],
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let mut pen = Pen::new(backend, style);
    let (left, _, right, bottom) = geometry.plot;

    // Each panel: its grid and value labels, its unit over its axis, its
    // baseline, and where a signed series changes sign, a line of its own,
    // bolder than the grid and the baseline.
    for (panel, placed) in geometry.panels.iter().enumerate() {
        let (_, top, _, base) = placed.plot;
        for &value in &placed.value_ticks {
            let y = placed.value.map(value);
            pen.line((left, y), (right, y), style.grid, 1)?;
            pen.text(&words.number(value), (left - 6.0, y), 11.0, style.text, Pos::new(HPos::Right, VPos::Center))?;
        }
        // What the values count, over the axis, clear of the top value's label.
        if let Some(unit) = Words::axis_unit(story, panel) {
            pen.text(&unit, (left, top - 1.0), 11.0, style.text, Pos::new(HPos::Left, VPos::Bottom))?;
        }
        pen.line((left, base), (right, base), style.text, 1)?;
        if placed.value.domain.0 < 0.0 {
            let zero = placed.value.map(0.0);
            pen.line((left, zero), (right, zero), style.text, 2)?;
        }
    }
    let in_plot: Vec<_> = geometry
        .time_ticks
        .iter()
        .copied()
        .filter(|t| (left..=right).contains(&geometry.time.map(f64::from(t.day.0))))
        .collect();
    // Labels whole, apart, and clear of the value axis's labels.
    let shown = legible_ticks(
        &in_plot,
        |t| geometry.time.map(f64::from(t.day.0)),
        |ticks| words.time_ticks(ticks).iter().map(|t| text_width(t)).collect(),
        (left - 2.0, geometry.frame.width),
        6.0,
    );
    for (tick, text) in shown.iter().zip(words.time_ticks(&shown)) {
        let x = geometry.time.map(f64::from(tick.day.0));
        pen.line((x, bottom), (x, bottom + 4.0), style.text, 1)?;
        // Far enough down that the lowest value's label, beside the axis's
        // corner, stays clear of the first time label with real fonts.
        pen.text(&text, (x, bottom + 8.0), 11.0, style.text, Pos::new(HPos::Center, VPos::Top))?;
    }
    // Markers less than a pixel apart look like one: a story of 10,000 events
    // draws at most one per pixel of the axis (the days come in date order).
    let mut last_marker = f64::NEG_INFINITY;
    for &day in event_days {
        let x = geometry.time.map(day);
        if (left..=right).contains(&x) && x - last_marker >= 1.0 {
            pen.polygon(&[(x, bottom - 7.0), (x - 4.0, bottom), (x + 4.0, bottom)], style.text)?;
            last_marker = x;
        }
    }

    // Labels are placed once everything they must keep clear of is known,
    // and drawn last (geometry::chart_labels).
    let mut obstacles = Obstacles::default();
    // (where it wants to be, its text, its colour, superseded, its panel)
    let mut labels: Vec<(Wanted, String, Rgb, bool, usize)> = Vec::new();
    for placed in &geometry.targets {
        let target = &story.targets[placed.target];
        let superseded = target.superseded.is_some() || target.superseded_by.is_some();
        let (from, to) = (placed.from.max(left), placed.to.min(right));
        if from >= to {
            continue;
        }
        let (tint, width) = match target.series {
            _ if superseded => (style.superseded, 1),
            Some(s) => (style.series[s % style.series.len()], 2),
            None => (style.text, 2),
        };
        pen.dashed((from, placed.y), (to, placed.y), tint, width, 6.0)?;
        obstacles.segments.push(((from, placed.y), (to, placed.y)));
        // Targets still standing are labelled first: they take the best places.
        // A label wider than the plot (a phone) drops where the target stands:
        // its tooltip says it.
        let mut text = words.target_label(story, placed.target);
        if text_width(&text) > right - left {
            text.clone_from(&target.label);
        }
        let wanted = Wanted {
            anchor: Anchor::LineEnd { x: to - 2.0, y: placed.y },
            width: text_width(&text),
            height: LABEL_HEIGHT,
        };
        let at = if superseded { labels.len() } else { labels.iter().take_while(|l| !l.3).count() };
        labels.insert(at, (wanted, text, tint, superseded, placed.panel));
    }

    for (s, series) in story.series.iter().enumerate() {
        let tint = style.series[s % style.series.len()];
        let placed: Vec<&PlacedPoint> = geometry.points.iter().filter(|p| p.series == s).collect();
        let whole: Vec<&&PlacedPoint> =
            placed.iter().filter(|p| series.points[p.point].status != Status::Partial).collect();
        let mut joined = vec![false; series.points.len()];
        let mut run: Vec<(f64, f64)> = Vec::new();
        for pair in whole.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            // No line across years without figures: it would invent a trend.
            if !crate::geometry::chart::consecutive(&series.points[a.point].period, &series.points[b.point].period) {
                continue;
            }
            (joined[a.point], joined[b.point]) = (true, true);
            let Some(((x0, y0), (x1, y1))) = clip((a.x, a.y), (b.x, b.y), left, right) else { continue };
            obstacles.segments.push(((x0, y0), (x1, y1)));
            let estimate = [a, b].iter().any(|p| series.points[p.point].status == Status::Estimate);
            if estimate {
                pen.dashed((x0, y0), (x1, y1), tint, 2, 5.0)?;
                continue;
            }
            // Solid segments that meet are drawn as one path.
            if run.last() != Some(&(x0, y0)) {
                pen.polyline(&run, tint, 2)?;
                run.clear();
                run.push((x0, y0));
            }
            run.push((x1, y1));
        }
        pen.polyline(&run, tint, 2)?;
        // When figures are closer than a mark is wide, the solid line says
        // "reported" by itself; other statuses and lone figures keep their mark.
        let visible: Vec<f64> = placed.iter().map(|p| p.x).filter(|x| (left..=right).contains(x)).collect();
        let dense = visible.len() > 1
            && (visible[visible.len() - 1] - visible[0]) / ((visible.len() - 1) as f64) < DENSE_SPACING;
        for p in placed {
            if p.x < left - 1.0 || p.x > right + 1.0 {
                continue;
            }
            obstacles.marks.push((p.x, p.y));
            if dense && joined[p.point] && series.points[p.point].status == Status::Reported {
                continue;
            }
            let point = &series.points[p.point];
            match point.status {
                Status::Reported => pen.circle((p.x, p.y), 4.0, tint, true)?,
                Status::Derived { .. } => {
                    pen.circle((p.x, p.y), 4.0, style.background, true)?;
                    pen.circle((p.x, p.y), 4.0, tint, false)?;
                }
                Status::Partial => {
                    pen.rect((p.x - 4.0, p.y - 4.0), (p.x + 4.0, p.y + 4.0), tint, true)?;
                    // Its period beside the mark, placed with the others.
                    let text = words.period(&point.period);
                    let wanted = Wanted {
                        anchor: Anchor::Mark { x: p.x, y: p.y },
                        width: text_width(&text),
                        height: LABEL_HEIGHT,
                    };
                    labels.push((wanted, text, tint, false, p.panel));
                }
                Status::Estimate => {
                    let diamond = [(p.x, p.y - 5.0), (p.x + 5.0, p.y), (p.x, p.y + 5.0), (p.x - 5.0, p.y)];
                    pen.polygon(&diamond, style.background)?;
                    pen.outline(&diamond, tint)?;
                }
            }
        }
    }
    // Each panel's labels inside its own plot.
    for (panel, placed) in geometry.panels.iter().enumerate() {
        let own: Vec<_> = labels.iter().filter(|l| l.4 == panel).collect();
        let wanted: Vec<Wanted> = own.iter().map(|l| l.0).collect();
        for ((_, text, tint, ..), rect) in own.iter().zip(place_labels(&wanted, &obstacles, placed.plot)) {
            pen.text(text, (rect.0, rect.1 + LABEL_HEIGHT / 2.0), 11.0, *tint, Pos::new(HPos::Left, VPos::Center))?;
        }
    }
    pen.backend.present()
}

/// The height of a chart label's box, in pixels (11 px text and its leading).
const LABEL_HEIGHT: f64 = 13.0;

/// The estimated width of a chart label at 11 px.
fn text_width(text: &str) -> f64 {
    estimate_width(text, 11.0, f64::INFINITY)
}

/// The part of a segment between two x limits.
fn clip(a: (f64, f64), b: (f64, f64), left: f64, right: f64) -> Option<((f64, f64), (f64, f64))> {
    if (a.0 < left && b.0 < left) || (a.0 > right && b.0 > right) || a.0 == b.0 {
        return None;
    }
    let at = |x: f64| (x, a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0));
    Some((if a.0 < left { at(left) } else { a }, if b.0 > right { at(right) } else { b }))
}

/// CSS pixels in, device pixels out.
struct Pen<'a, DB: DrawingBackend> {
    backend: &'a mut DB,
    ratio: f64,
    font_scale: f64,
    family: &'a str,
}

impl<'a, DB: DrawingBackend> Pen<'a, DB> {
    fn new(backend: &'a mut DB, style: &'a ChartStyle) -> Pen<'a, DB> {
        Pen { backend, ratio: style.pixel_ratio, font_scale: style.font_scale, family: &style.font_family }
    }

    fn at(&self, (x, y): (f64, f64)) -> BackendCoord {
        ((x * self.ratio).round() as i32, (y * self.ratio).round() as i32)
    }

    fn paint(&self, rgb: Rgb, width: u32, filled: bool) -> Paint {
        Paint { color: color(rgb), width: ((f64::from(width) * self.ratio).round() as u32).max(1), filled }
    }

    fn line(
        &mut self,
        a: (f64, f64),
        b: (f64, f64),
        rgb: Rgb,
        width: u32,
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        let paint = self.paint(rgb, width, false);
        self.backend.draw_line(self.at(a), self.at(b), &paint)
    }

    fn polyline(&mut self, points: &[(f64, f64)], rgb: Rgb, width: u32) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        if points.len() < 2 {
            return Ok(());
        }
        let paint = self.paint(rgb, width, false);
        let path: Vec<BackendCoord> = points.iter().map(|&p| self.at(p)).collect();
        self.backend.draw_path(path, &paint)
    }

    fn dashed(
        &mut self,
        a: (f64, f64),
        b: (f64, f64),
        rgb: Rgb,
        width: u32,
        dash: f64,
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        let length = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
        let steps = (length / dash).ceil() as usize;
        for i in (0..steps).step_by(2) {
            let t0 = i as f64 / steps as f64;
            let t1 = ((i + 1) as f64 / steps as f64).min(1.0);
            let point = |t: f64| (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
            self.line(point(t0), point(t1), rgb, width)?;
        }
        Ok(())
    }

    fn rect(
        &mut self,
        a: (f64, f64),
        b: (f64, f64),
        rgb: Rgb,
        filled: bool,
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        let paint = self.paint(rgb, 1, filled);
        self.backend.draw_rect(self.at(a), self.at(b), &paint, paint.filled)
    }

    fn circle(
        &mut self,
        centre: (f64, f64),
        radius: f64,
        rgb: Rgb,
        filled: bool,
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        let paint = self.paint(rgb, 2, filled);
        self.backend.draw_circle(self.at(centre), (radius * self.ratio).round() as u32, &paint, filled)
    }

    fn polygon(&mut self, corners: &[(f64, f64)], rgb: Rgb) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        let paint = self.paint(rgb, 1, true);
        let corners: Vec<BackendCoord> = corners.iter().map(|&c| self.at(c)).collect();
        self.backend.fill_polygon(corners, &paint)
    }

    fn outline(&mut self, corners: &[(f64, f64)], rgb: Rgb) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        let paint = self.paint(rgb, 2, false);
        let mut path: Vec<BackendCoord> = corners.iter().map(|&c| self.at(c)).collect();
        path.push(path[0]);
        self.backend.draw_path(path, &paint)
    }

    fn text(
        &mut self,
        text: &str,
        at: (f64, f64),
        size: f64,
        rgb: Rgb,
        anchor: Pos,
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        let style = Text { color: color(rgb), size: size * self.ratio * self.font_scale, family: self.family, anchor };
        self.backend.draw_text(text, &style, self.at(at))
    }
}
