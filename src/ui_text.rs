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
    /// Heading of the list of events.
    pub events: &'static str,
    /// Heading of the problems shown instead of an invalid story.
    pub problems: &'static str,
    /// Explains that the story could not be shown.
    pub problems_intro: &'static str,
    /// Said before an approximate date ("vers 2015").
    pub about: &'static str,
    /// Said after a date the editor deduced.
    pub inferred: &'static str,
    /// Label before an event's sources.
    pub sources: &'static str,
    /// "line" in "line 3, column 5".
    pub line: &'static str,
    /// "column" in "line 3, column 5".
    pub column: &'static str,
    /// A colon as the language writes it after a label (" :" in French).
    pub colon: &'static str,
}

const FR: UiText = UiText {
    lang: "fr",
    events: "Chronologie",
    problems: "Cette histoire ne peut pas être affichée",
    problems_intro: "Les données contiennent des erreurs. Corrigez-les puis rechargez la page :",
    about: "vers",
    inferred: "date déduite",
    sources: "Sources",
    line: "ligne",
    column: "colonne",
    colon: "\u{a0}:",
};

const EN: UiText = UiText {
    lang: "en",
    events: "Timeline",
    problems: "This story cannot be shown",
    problems_intro: "The data has errors. Fix them, then reload the page:",
    about: "around",
    inferred: "date inferred",
    sources: "Sources",
    line: "line",
    column: "column",
    colon: ":",
};

/// The words for `lang`, French when the language is not one the widget speaks.
pub fn ui_text(lang: &str) -> &'static UiText {
    let primary = lang.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    match primary.as_str() {
        "en" => &EN,
        _ => &FR,
    }
}
