//! The rules of the story format: one conversion from [`RawStory`] to
//! [`Story`], or every problem at once.
//!
//! Each rule is stated here once; the wording of problems lives in `check`.
//! The conversion never stops at the first problem: it goes on through the
//! rest of the story so that a journalist fixes everything in one pass.

use super::check::{Check, Ids};
use super::date::PartialDate;
use super::model::{Certainty, Event, Point, Series, Source, Status, Story, Target};
use super::problem::{JsonPath, Problem, ProblemKind};
use super::raw::{RawCertainty, RawEvent, RawPanel, RawPoint, RawSeries, RawSource, RawStatus, RawStory, RawTarget};

/// The format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// The fields of each kind of object: all of them, for "did you mean" on
/// unknown keys, and the required ones, for the JSON Schema. Tests check both
/// against the schema and against what validation reports missing.
pub mod fields {
    /// The names of an object's fields.
    pub struct Fields {
        /// The object's name in the JSON Schema (`None` for the story itself).
        pub schema_name: Option<&'static str>,
        /// Every field the format has.
        pub all: &'static [&'static str],
        /// The fields that must be written.
        pub required: &'static [&'static str],
    }

    /// The story's top level.
    pub const STORY: Fields = Fields {
        schema_name: None,
        all: super::RawStory::FIELDS,
        required: &["version", "lang", "title", "updated", "sources"],
    };
    /// A source.
    pub const SOURCE: Fields =
        Fields { schema_name: Some("Source"), all: super::RawSource::FIELDS, required: &["id", "name"] };
    /// An event.
    pub const EVENT: Fields = Fields {
        schema_name: Some("Event"),
        all: super::RawEvent::FIELDS,
        required: &["id", "date", "title", "text", "sources"],
    };
    /// A series.
    pub const SERIES: Fields = Fields {
        schema_name: Some("Series"),
        all: super::RawSeries::FIELDS,
        required: &["id", "label", "unit", "sources", "points"],
    };
    /// A point of a series.
    pub const POINT: Fields =
        Fields { schema_name: Some("Point"), all: super::RawPoint::FIELDS, required: &["period", "value"] };
    /// A target.
    pub const TARGET: Fields = Fields {
        schema_name: Some("Target"),
        all: super::RawTarget::FIELDS,
        required: &["id", "label", "value", "deadline", "set", "sources"],
    };
    /// A panel of the chart.
    pub const PANEL: Fields = Fields { schema_name: Some("Panel"), all: super::RawPanel::FIELDS, required: &["unit"] };
    /// Every kind of object.
    pub const ALL: [Fields; 7] = [STORY, SOURCE, EVENT, SERIES, PANEL, POINT, TARGET];
}

/// Turns a raw story into a valid one, or lists every problem.
pub fn validate(raw: &RawStory) -> Result<Story, Vec<Problem>> {
    validate_with::<true>(raw)
}

/// [`validate`], worded or strict (`check.rs`): the same rules either way.
pub(crate) fn validate_with<const W: bool>(raw: &RawStory) -> Result<Story, Vec<Problem>> {
    let mut check = Check::<W>::default();
    let root = JsonPath::root();
    check.unknown_keys(&raw.unknown, &root, fields::STORY.all);

    if let Some(&version) = check.required(&raw.version, &root.key("version"), check.what("\"version\": 1")) {
        if version != FORMAT_VERSION {
            let message =
                || format!("version {version} is not read by this widget, which reads version {FORMAT_VERSION}");
            check.say(root.key("version"), ProblemKind::UnsupportedVersion, message);
        }
    }
    check.optional(&raw.schema, &root.key("$schema"));
    let lang = language(&mut check, raw);
    let title = check.text(&raw.title, &root.key("title"), Some(check.what("the story's title")));
    let subtitle = check.text(&raw.subtitle, &root.key("subtitle"), None);
    let updated = check.date(&raw.updated, &root.key("updated"), Some(check.what("the date the data is as of")));
    let notes = check.text(&raw.notes, &root.key("notes"), None);
    let view = view(&mut check, raw);

    let mut source_ids = Ids::new();
    let sources_path = root.key("sources");
    let sources: Vec<Source> = check
        .list(&raw.sources, &sources_path, Some(check.what("the list of sources the story cites")))
        .into_iter()
        .filter_map(|(i, s)| source(&mut check, s, &sources_path.index(i), &mut source_ids))
        .collect();
    // A source dropped for another fault keeps its id, so that citing it is
    // not reported too. Indices match the kept list whenever there is no
    // problem at all, the only case in which a `Story` is built.

    let events_path = root.key("events");
    let mut event_ids = Ids::new();
    let mut events: Vec<Event> = check
        .list(&raw.events, &events_path, None)
        .into_iter()
        .filter_map(|(i, e)| event(&mut check, e, &events_path.index(i), &mut event_ids, &source_ids))
        .collect();
    events.sort_by_key(|e| e.date);

    let series_path = root.key("series");
    let mut series_ids = Ids::new();
    let series: Vec<(usize, Series)> = check
        .list(&raw.series, &series_path, None)
        .into_iter()
        .filter_map(|(i, s)| series(&mut check, s, &series_path.index(i), &mut series_ids, &source_ids).map(|s| (i, s)))
        .collect();
    // One panel per unit, each on a value axis of its own (panels.rs).
    let panels = super::panels::panels(&mut check, raw, &series);
    let series: Vec<Series> = series.into_iter().map(|(_, s)| s).collect();

    let targets = targets(&mut check, raw, &series_ids, &source_ids);

    if !check.problems.is_empty() {
        return Err(check.problems);
    }
    // Every required field was read, or a problem was pushed above.
    let (Some(lang), Some(title), Some(updated)) = (lang, title, updated) else {
        unreachable!("a missing required field is always reported")
    };
    Ok(Story { lang, title, subtitle, updated, notes, view, sources, events, series, panels, targets })
}

/// The span to open on: two dates in order, or nothing.
fn view<const W: bool>(check: &mut Check<W>, raw: &RawStory) -> Option<(PartialDate, PartialDate)> {
    let path = JsonPath::root().key("view");
    let items = check.optional(&raw.view, &path)?;
    if items.len() != 2 {
        let message = "needs two dates, where the view starts and where it ends: [\"2010\", \"2030\"]";
        check.push(path.clone(), ProblemKind::WrongType, message);
        return None;
    }
    let start = check.date(&items[0], &path.index(0), Some(check.what("the date the view starts")));
    let end = check.date(&items[1], &path.index(1), Some(check.what("the date the view ends")));
    let (start, end) = (start?, end?);
    if end.end_day() <= start.first_day() {
        let message = || format!("the view ends ({end}) before it starts ({start}); swap them");
        check.say(path.index(1), ProblemKind::OutOfOrder, message);
        return None;
    }
    Some((start, end))
}

fn language<const W: bool>(check: &mut Check<W>, raw: &RawStory) -> Option<String> {
    let path = JsonPath::root().key("lang");
    let lang = check.required(&raw.lang, &path, check.what("the story's language, e.g. \"fr\""))?;
    if is_language_tag(lang) {
        return Some(lang.clone());
    }
    let message =
        || format!("\"{lang}\" is not a language tag; write one such as \"fr\", \"en\", \"kk\" or \"zh-Hans\"");
    check.say(path, ProblemKind::BadLanguage, message);
    None
}

/// A BCP 47 tag in its common shape: a 2–3 letter language, then subtags of
/// 1–8 letters or digits.
pub fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let language = subtags.next().unwrap_or("");
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn source<'a, const W: bool>(
    check: &mut Check<W>,
    raw: &'a RawSource,
    path: &JsonPath,
    ids: &mut Ids<'a>,
) -> Option<Source> {
    check.unknown_keys(&raw.unknown, path, fields::SOURCE.all);
    let id = check.id(&raw.id, &path.key("id"), ids);
    let name = check.text(&raw.name, &path.key("name"), Some(check.what("the outlet or publisher's name")));
    let title = check.text(&raw.title, &path.key("title"), None);
    let url = check.url(&raw.url, &path.key("url"));
    let date = check.date(&raw.date, &path.key("date"), None);
    Some(Source { id: id?.to_owned(), name: name?, title, url, date })
}

fn certainty<const W: bool>(
    check: &mut Check<W>,
    field: &super::field::Field<RawCertainty>,
    path: &JsonPath,
) -> Certainty {
    match check.optional(field, path) {
        None | Some(RawCertainty::Exact) => Certainty::Exact,
        Some(RawCertainty::Approximate) => Certainty::Approximate,
        Some(RawCertainty::Inferred) => Certainty::Inferred,
    }
}

fn event<'a, const W: bool>(
    check: &mut Check<W>,
    raw: &'a RawEvent,
    path: &JsonPath,
    ids: &mut Ids<'a>,
    sources: &Ids,
) -> Option<Event> {
    check.unknown_keys(&raw.unknown, path, fields::EVENT.all);
    let id = check.id(&raw.id, &path.key("id"), ids);
    let date = check.date(
        &raw.date,
        &path.key("date"),
        Some(check.what("the date, e.g. \"2015-05-07\", \"2015-05\" or \"2015\"")),
    );
    let end = check.date(&raw.end, &path.key("end"), None);
    if let (Some(start), Some(end)) = (date, end) {
        if end.end_day() <= start.first_day() {
            let message = || format!("the end {end} comes before the start {start}; swap them or correct one");
            check.say(path.key("end"), ProblemKind::OutOfOrder, message);
        }
    }
    let certainty = certainty(check, &raw.certainty, &path.key("certainty"));
    let title = check.text(&raw.title, &path.key("title"), Some(check.what("a short headline")));
    let text = check.text(&raw.text, &path.key("text"), Some(check.what("what happened, in plain text")));
    let category = check.text(&raw.category, &path.key("category"), None);
    let source_refs = check.sources(&raw.sources, path, sources, true);
    Some(Event {
        id: id?.to_owned(),
        date: date?,
        end,
        certainty,
        title: title?,
        text: text?,
        category,
        sources: source_refs,
    })
}

/// The longest a short unit may be, in characters, `{n}` left out.
const SHORT_UNIT_MAX: usize = 8;

fn series<'a, const W: bool>(
    check: &mut Check<W>,
    raw: &'a RawSeries,
    path: &JsonPath,
    ids: &mut Ids<'a>,
    sources: &Ids,
) -> Option<Series> {
    check.unknown_keys(&raw.unknown, path, fields::SERIES.all);
    let id = check.id(&raw.id, &path.key("id"), ids);
    let label = check.text(&raw.label, &path.key("label"), Some(check.what("the legend's label")));
    let unit = check.text(
        &raw.unit,
        &path.key("unit"),
        Some(check.what("what the values count, e.g. \"billions of US dollars\"")),
    );
    let short_unit = check.text(&raw.short_unit, &path.key("short_unit"), None);
    if let Some(short) = short_unit.as_deref().filter(|s| s.replace("{n}", "").chars().count() > SHORT_UNIT_MAX) {
        let message = || {
            format!(
            "\"{short}\" is too long for the value axis: a short unit is a few characters (\"Md$\", \"${{n}}bn\"); \
             the full unit stays in \"unit\""
        )
        };
        check.say(path.key("short_unit"), ProblemKind::TooLarge, message);
    }
    let signed = check.optional(&raw.signed, &path.key("signed")).copied().unwrap_or(false);
    let series_sources = check.sources(&raw.sources, path, sources, true);
    let points_path = path.key("points");
    let mut points: Vec<(usize, Point)> = check
        .list(&raw.points, &points_path, Some(check.what("the list of figures")))
        .into_iter()
        .filter_map(|(i, p)| point(check, p, &points_path.index(i), sources, &series_sources).map(|p| (i, p)))
        .collect();
    points.sort_by_key(|(_, p)| (p.period.first_day(), p.period.end_day()));
    for pair in points.windows(2) {
        if pair[0].1.period == pair[1].1.period {
            let message = || format!("a second figure for {}; the first is points[{}]", pair[1].1.period, pair[0].0);
            check.say(points_path.index(pair[1].0), ProblemKind::DuplicateId, message);
        }
    }
    Some(Series {
        id: id?.to_owned(),
        label: label?,
        unit: unit?,
        short_unit,
        signed,
        sources: series_sources,
        points: points.into_iter().map(|(_, p)| p).collect(),
    })
}

/// The last index of `path` (a point's place in its list).
fn path_index(path: &JsonPath) -> usize {
    match path.0.last() {
        Some(super::problem::Segment::Index(i)) => *i,
        _ => 0,
    }
}

fn point<const W: bool>(
    check: &mut Check<W>,
    raw: &RawPoint,
    path: &JsonPath,
    sources: &Ids,
    series_sources: &[super::model::SourceRef],
) -> Option<Point> {
    check.unknown_keys(&raw.unknown, path, fields::POINT.all);
    let period = check.period(&raw.period, &path.key("period"), "the period, e.g. \"2024\" or \"2025-H1\"");
    // A negative figure in a series not marked signed is a warning
    // (story::advice): the flag only changes words.
    let value = check.number(&raw.value, &path.key("value"), true);
    let method = check.text(&raw.method, &path.key("method"), None);
    let status = match check.optional(&raw.status, &path.key("status")) {
        None | Some(RawStatus::Reported) => Some(Status::Reported),
        Some(RawStatus::Partial) => Some(Status::Partial),
        Some(RawStatus::Estimate) => Some(Status::Estimate),
        Some(RawStatus::Derived) => match &method {
            Some(method) => Some(Status::Derived { method: method.clone() }),
            None => {
                let message = "a derived figure needs a \"method\" saying how it was computed";
                check.push(path.key("method"), ProblemKind::MissingMethod, message);
                None
            }
        },
    };
    let own = check.sources(&raw.sources, path, sources, false);
    let note = check.text(&raw.note, &path.key("note"), None);
    let sources = if own.is_empty() { series_sources.to_vec() } else { own };
    Some(Point { period: period?, value: value?, status: status?, sources, note, written_at: path_index(path) })
}

fn targets<const W: bool>(check: &mut Check<W>, raw: &RawStory, series_ids: &Ids, sources: &Ids) -> Vec<Target> {
    let path = JsonPath::root().key("targets");
    let items = check.list(&raw.targets, &path, None);
    let mut ids = Ids::new();
    for (i, t) in &items {
        check.id(&t.id, &path.index(*i).key("id"), &mut ids);
    }
    items.into_iter().filter_map(|(i, t)| target(check, t, &path.index(i), &ids, series_ids, sources)).collect()
}

fn target<const W: bool>(
    check: &mut Check<W>,
    raw: &RawTarget,
    path: &JsonPath,
    ids: &Ids,
    series_ids: &Ids,
    sources: &Ids,
) -> Option<Target> {
    check.unknown_keys(&raw.unknown, path, fields::TARGET.all);
    let id = raw.id.present().filter(|id| ids.contains_key(id.as_str()));
    let label = check.text(&raw.label, &path.key("label"), Some(check.what("the label shown on the chart")));
    let value = check.number(&raw.value, &path.key("value"), false);
    let method = check.text(&raw.method, &path.key("method"), None);
    let deadline = check.period(&raw.deadline, &path.key("deadline"), "the deadline, e.g. \"2030\"");
    let set = check.date(&raw.set, &path.key("set"), Some(check.what("when the promise was made")));
    let certainty = certainty(check, &raw.certainty, &path.key("certainty"));
    let series_index = check
        .optional(&raw.series, &path.key("series"))
        .and_then(|s| check.reference(s, &path.key("series"), ("series", series_ids)));
    let target_sources = check.sources(&raw.sources, path, sources, true);
    let superseded = check.date(&raw.superseded, &path.key("superseded"), None);
    let superseded_by = check
        .optional(&raw.superseded_by, &path.key("superseded_by"))
        .and_then(|s| check.reference(s, &path.key("superseded_by"), ("targets", ids)));
    if superseded_by.is_some() && superseded_by == id.and_then(|id| ids.get(id.as_str()).copied()) {
        check.push(path.key("superseded_by"), ProblemKind::UnknownReference, "a target cannot replace itself");
    }
    let met = check.date(&raw.met, &path.key("met"), None);
    if let Some(set) = set {
        for (key, date) in [("superseded", superseded), ("met", met)] {
            if date.is_some_and(|d| d.end_day() <= set.first_day()) {
                let message = || format!("comes before the date the target was set ({set})");
                check.say(path.key(key), ProblemKind::OutOfOrder, message);
            }
        }
    }
    let note = check.text(&raw.note, &path.key("note"), None);
    Some(Target {
        id: id?.clone(),
        label: label?,
        value: value?,
        method,
        deadline: deadline?,
        set: set?,
        certainty,
        series: series_index,
        sources: target_sources,
        superseded,
        superseded_by,
        met,
        note,
    })
}
