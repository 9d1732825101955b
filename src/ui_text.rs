//! The interface's own words in each language the widget speaks.
//!
//! The story's text is the story's; these are the labels around it. A
//! language is chosen by its primary subtag ("fr-CA" reads French) and falls
//! back to French, the default. Numbers and dates are not formatted here:
//! the browser's `Intl` does that for the chosen language.

/// The labels of the interface in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct UiText {
    /// The BCP 47 tag these words are in.
    pub lang: &'static str,
    /// Name of the timeline region.
    pub timeline: &'static str,
    /// Name of the chart region.
    pub chart: &'static str,
    /// Heading of the problems shown instead of an invalid story.
    pub problems: &'static str,
    /// Explains that the story could not be shown.
    pub problems_intro: &'static str,
    /// Said before an approximate date ("vers 2015").
    pub about: &'static str,
    /// Said after a date the editor deduced, by the precision written:
    /// year, month, day ("année déduite", "mois déduit", "date déduite").
    pub inferred: [&'static str; 3],
    /// Label before sources.
    pub sources: &'static str,
    /// "line" in "line 3, column 5".
    pub line: &'static str,
    /// "column" in "line 3, column 5".
    pub column: &'static str,
    /// A colon as the language writes it after a label (" :" in French).
    pub colon: &'static str,
    /// Zoom in button.
    pub zoom_in: &'static str,
    /// Zoom out button.
    pub zoom_out: &'static str,
    /// Show the whole story.
    pub fit: &'static str,
    /// Previous event.
    pub previous: &'static str,
    /// Next event.
    pub next: &'static str,
    /// Close the event card.
    pub close: &'static str,
    /// "{n} events" on a cluster; `{n}` is replaced.
    pub events_count: &'static str,
    /// Status words: reported, derived, partial, estimate.
    pub statuses: [&'static str; 4],
    /// Legend entry for targets.
    pub target: &'static str,
    /// Said of a superseded target.
    pub superseded: &'static str,
    /// Said of a target reached.
    pub met: &'static str,
    /// "remaining" before a target's gap.
    pub gap: &'static str,
    /// Half-years before the year: "1er semestre".
    pub halves: [&'static str; 2],
    /// Quarters before the year: "3e trimestre".
    pub quarters: [&'static str; 4],
    /// Legend entry for event markers on the chart.
    pub event_marker: &'static str,
}

const FR: UiText = UiText {
    lang: "fr",
    timeline: "Chronologie",
    chart: "Échanges commerciaux",
    problems: "Cette histoire ne peut pas être affichée",
    problems_intro: "Les données contiennent des erreurs. Corrigez-les puis rechargez la page :",
    about: "vers",
    inferred: ["année déduite", "mois déduit", "date déduite"],
    sources: "Sources",
    line: "ligne",
    column: "colonne",
    colon: "\u{a0}:",
    zoom_in: "Zoomer",
    zoom_out: "Dézoomer",
    fit: "Tout afficher",
    previous: "Événement précédent",
    next: "Événement suivant",
    close: "Fermer",
    events_count: "{n} événements",
    statuses: ["publié", "calculé par nous", "période partielle", "estimation"],
    target: "objectif",
    superseded: "remplacé",
    met: "atteint",
    gap: "reste",
    halves: ["1er semestre", "2e semestre"],
    quarters: ["1er trimestre", "2e trimestre", "3e trimestre", "4e trimestre"],
    event_marker: "événement de la chronologie",
};

const EN: UiText = UiText {
    lang: "en",
    timeline: "Timeline",
    chart: "Trade",
    problems: "This story cannot be shown",
    problems_intro: "The data has errors. Fix them, then reload the page:",
    about: "around",
    inferred: ["year inferred", "month inferred", "date inferred"],
    sources: "Sources",
    line: "line",
    column: "column",
    colon: ":",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    fit: "Show all",
    previous: "Previous event",
    next: "Next event",
    close: "Close",
    events_count: "{n} events",
    statuses: ["reported", "computed by us", "partial period", "estimate"],
    target: "target",
    superseded: "superseded",
    met: "met",
    gap: "to go",
    halves: ["first half of", "second half of"],
    quarters: ["Q1", "Q2", "Q3", "Q4"],
    event_marker: "timeline event",
};

/// The words for `lang`, French when the language is not one the widget speaks.
pub fn ui_text(lang: &str) -> &'static UiText {
    let primary = lang.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    match primary.as_str() {
        "en" => &EN,
        _ => &FR,
    }
}
