//! The interface's own words in each language the widget speaks.
//!
//! The story's text is the story's; these are the labels around it. A
//! language is chosen by its primary subtag ("fr-CA" reads French) and falls
//! back to French, the default. Numbers and dates are not formatted here:
//! a `words::Locale` does that for the chosen language. Words chosen by
//! what they describe (a status, a precision, a half-year) are read through
//! methods, never by index.

use crate::story::date::Precision;
use crate::story::Status;

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
    inferred: [&'static str; 3],
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
    /// The count of events before the window, on the axis's left end; `{n}` is replaced.
    pub earlier_events: &'static str,
    /// The count of events after the window, on the axis's right end.
    pub later_events: &'static str,
    /// Status words: reported, derived, partial, estimate.
    statuses: [&'static str; 4],
    /// Legend entry for targets.
    pub target: &'static str,
    /// The same word starting a sentence ("Objectif").
    pub target_heading: &'static str,
    /// Said of a superseded target.
    pub superseded: &'static str,
    /// "remaining" before a target's gap.
    pub gap: &'static str,
    /// A target reached in year `{y}`.
    pub met_in: &'static str,
    /// A target whose deadline passed `{n}` short of it.
    pub missed_by: &'static str,
    /// A target replaced by the target labelled `{t}`.
    pub replaced_by: &'static str,
    /// A target reached in `{y}`, then replaced by `{t}`.
    pub met_then_replaced: &'static str,
    /// Half-years, `{y}` standing for the year: "1er semestre {y}".
    halves: [&'static str; 2],
    /// Quarters, `{y}` standing for the year: "3e trimestre {y}".
    quarters: [&'static str; 4],
    /// Legend entry for event markers on the chart.
    pub event_marker: &'static str,
    /// How to use the timeline from the keyboard (read by screen readers).
    pub timeline_help: &'static str,
    /// How to use the chart from the keyboard (read by screen readers).
    pub chart_help: &'static str,
    /// Announced with a selected event: "Événement {i} sur {n}".
    pub event_position: &'static str,
    /// Opens the chart's data as a table.
    pub view_data: &'static str,
    /// Column headings of the data table: period, value, status, note, sources.
    pub columns: [&'static str; 5],
    /// The caption of the targets' table.
    pub targets_caption: &'static str,
    /// Its column headers: target, value, deadline, standing, method and
    /// note, sources.
    pub target_columns: [&'static str; 6],
    /// The chart's summary, a sentence per fact: a series' latest figure
    /// (`{series}`, `{value}` with its unit, `{period}`).
    pub latest: &'static str,
    /// A series' latest figure when it is also `{which}` extreme.
    pub latest_also: &'static str,
    /// An extreme older than the latest figure (`{which}` starts it).
    pub extreme_was: &'static str,
    /// A series' highest figure, as `{which}`.
    pub record: &'static str,
    /// A signed series' highest value above zero.
    pub largest_surplus: &'static str,
    /// A signed series' lowest value below zero.
    pub largest_deficit: &'static str,
    /// The control that copies a link to the open event.
    pub copy_link: &'static str,
    /// Said once the link is copied.
    pub link_copied: &'static str,
    /// Label of the download controls.
    pub download: &'static str,
    /// The downloads: chart as SVG, chart as PNG, data as CSV.
    pub downloads: [&'static str; 3],
    /// Said when a file could not be made (its code did not load).
    pub download_failed: &'static str,
    /// Said when the data tables could not be built (their code did not load).
    pub tables_failed: &'static str,
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
    earlier_events: "Événements plus anciens : {n}",
    later_events: "Événements plus récents : {n}",
    statuses: ["publié", "calculé par nous", "période partielle", "estimation"],
    target: "objectif",
    target_heading: "Objectif",
    superseded: "remplacé",
    gap: "reste",
    met_in: "atteint en {y}",
    missed_by: "manqué de {n}",
    replaced_by: "remplacé par « {t} »",
    met_then_replaced: "atteint en {y}, puis remplacé par « {t} »",
    halves: ["1er semestre {y}", "2e semestre {y}"],
    quarters: ["1er trimestre {y}", "2e trimestre {y}", "3e trimestre {y}", "4e trimestre {y}"],
    event_marker: "événement de la chronologie",
    timeline_help: "Flèches : passer d’un événement à l’autre ; Entrée : ouvrir ; + et − : zoomer ; Échap : fermer.",
    chart_help: "Flèches : passer d’un chiffre à l’autre ; Début et Fin : aux extrémités ; Entrée : ouvrir l’événement de cette période.",
    event_position: "Événement {i} sur {n}",
    view_data: "Voir les données",
    columns: ["Période", "Valeur", "Statut", "Remarque", "Sources"],
    targets_caption: "Objectifs",
    target_columns: ["Objectif", "Valeur", "Échéance", "Où il en est", "Méthode, remarque", "Sources"],
    latest: "{series} : le dernier chiffre est de {value}, en {period}.",
    latest_also: "{series} : le dernier chiffre, {value} en {period}, est aussi {which}.",
    extreme_was: "{which} était de {value}, en {period}.",
    record: "le plus élevé",
    largest_surplus: "le plus fort excédent",
    largest_deficit: "le plus fort déficit",
    copy_link: "Copier le lien",
    link_copied: "Lien copié",
    download: "Télécharger",
    downloads: ["Graphique (SVG)", "Graphique (PNG)", "Données (CSV)"],
    download_failed: "Le fichier n'a pas pu être préparé. Vérifiez la connexion et réessayez.",
    tables_failed: "Les données n'ont pas pu être chargées. Vérifiez la connexion et réessayez.",
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
    earlier_events: "Earlier events: {n}",
    later_events: "Later events: {n}",
    statuses: ["reported", "computed by us", "partial period", "estimate"],
    target: "target",
    target_heading: "Target",
    superseded: "superseded",
    gap: "to go",
    met_in: "met in {y}",
    missed_by: "missed by {n}",
    replaced_by: "superseded by “{t}”",
    met_then_replaced: "met in {y}, then superseded by “{t}”",
    halves: ["first half of {y}", "second half of {y}"],
    quarters: ["Q1 {y}", "Q2 {y}", "Q3 {y}", "Q4 {y}"],
    event_marker: "timeline event",
    timeline_help: "Arrow keys: move between events; Enter: open; + and −: zoom; Escape: close.",
    chart_help: "Arrow keys: move between figures; Home and End: to the ends; Enter: open the event of that period.",
    event_position: "Event {i} of {n}",
    view_data: "View the data",
    columns: ["Period", "Value", "Status", "Note", "Sources"],
    targets_caption: "Targets",
    target_columns: ["Target", "Value", "Deadline", "Standing", "Method, note", "Sources"],
    latest: "{series}: the latest figure is {value}, in {period}.",
    latest_also: "{series}: the latest figure, {value} in {period}, is also {which}.",
    extreme_was: "{which} was {value}, in {period}.",
    record: "the highest",
    largest_surplus: "the largest surplus",
    largest_deficit: "the largest deficit",
    copy_link: "Copy link",
    link_copied: "Link copied",
    download: "Download",
    downloads: ["Chart (SVG)", "Chart (PNG)", "Data (CSV)"],
    download_failed: "The file could not be prepared. Check the connection and try again.",
    tables_failed: "The data could not be loaded. Check the connection and try again.",
};

const RU: UiText = UiText {
    lang: "ru",
    timeline: "Хронология",
    chart: "Торговля",
    problems: "Эту историю невозможно показать",
    problems_intro: "В данных есть ошибки. Исправьте их и перезагрузите страницу:",
    about: "около",
    inferred: ["год установлен косвенно", "месяц установлен косвенно", "дата установлена косвенно"],
    sources: "Источники",
    line: "строка",
    column: "столбец",
    colon: ":",
    zoom_in: "Приблизить",
    zoom_out: "Отдалить",
    fit: "Показать всё",
    previous: "Предыдущее событие",
    next: "Следующее событие",
    close: "Закрыть",
    events_count: "Событий: {n}",
    earlier_events: "Более ранние события: {n}",
    later_events: "Более поздние события: {n}",
    statuses: ["опубликовано", "рассчитано нами", "неполный период", "оценка"],
    target: "цель",
    target_heading: "Цель",
    superseded: "заменена",
    gap: "осталось",
    met_in: "достигнута в {y} г.",
    missed_by: "не достигнута: не хватило {n}",
    replaced_by: "заменена целью «{t}»",
    met_then_replaced: "достигнута в {y} г., затем заменена целью «{t}»",
    halves: ["1-е полугодие {y} г.", "2-е полугодие {y} г."],
    quarters: ["I квартал {y} г.", "II квартал {y} г.", "III квартал {y} г.", "IV квартал {y} г."],
    event_marker: "событие хронологии",
    timeline_help: "Стрелки: переход между событиями; Enter: открыть; + и −: масштаб; Escape: закрыть.",
    chart_help: "Стрелки: переход между значениями; Home и End: к краям; Enter: открыть событие этого периода.",
    event_position: "Событие {i} из {n}",
    view_data: "Показать данные",
    columns: ["Период", "Значение", "Статус", "Примечание", "Источники"],
    targets_caption: "Цели",
    target_columns: ["Цель", "Значение", "Срок", "Состояние", "Метод, примечание", "Источники"],
    latest: "{series}: последнее значение — {value} ({period}).",
    latest_also: "{series}: последнее значение — {value} ({period}), это также {which}.",
    extreme_was: "При этом {which} — {value} ({period}).",
    record: "наибольшее значение",
    largest_surplus: "наибольший профицит",
    largest_deficit: "наибольший дефицит",
    copy_link: "Копировать ссылку",
    link_copied: "Ссылка скопирована",
    download: "Скачать",
    downloads: ["График (SVG)", "График (PNG)", "Данные (CSV)"],
    download_failed: "Не удалось подготовить файл. Проверьте подключение и повторите попытку.",
    tables_failed: "Не удалось загрузить данные. Проверьте подключение и повторите попытку.",
};

const KK: UiText = UiText {
    lang: "kk",
    timeline: "Хронология",
    chart: "Сауда",
    problems: "Бұл материалды көрсету мүмкін емес",
    problems_intro: "Деректерде қателер бар. Оларды түзетіп, бетті қайта жүктеңіз:",
    about: "шамамен",
    inferred: ["жылы жанама анықталған", "айы жанама анықталған", "күні жанама анықталған"],
    sources: "Дереккөздер",
    line: "жол",
    column: "баған",
    colon: ":",
    zoom_in: "Үлкейту",
    zoom_out: "Кішірейту",
    fit: "Барлығын көрсету",
    previous: "Алдыңғы оқиға",
    next: "Келесі оқиға",
    close: "Жабу",
    events_count: "Оқиғалар: {n}",
    earlier_events: "Ертерек оқиғалар: {n}",
    later_events: "Кейінгі оқиғалар: {n}",
    statuses: ["жарияланған", "біз есептеген", "толық емес кезең", "бағалау"],
    target: "мақсат",
    target_heading: "Мақсат",
    superseded: "ауыстырылған",
    gap: "қалды",
    met_in: "{y} жылы орындалды",
    missed_by: "орындалмады: {n} жетпеді",
    replaced_by: "«{t}» мақсатымен ауыстырылды",
    met_then_replaced: "{y} жылы орындалды, кейін «{t}» мақсатымен ауыстырылды",
    halves: ["{y} ж. 1-жартыжылдығы", "{y} ж. 2-жартыжылдығы"],
    quarters: ["{y} ж. 1-тоқсаны", "{y} ж. 2-тоқсаны", "{y} ж. 3-тоқсаны", "{y} ж. 4-тоқсаны"],
    event_marker: "хронология оқиғасы",
    timeline_help: "Бағыт пернелері: оқиғалар арасында жылжу; Enter: ашу; + және −: масштаб; Escape: жабу.",
    chart_help:
        "Бағыт пернелері: көрсеткіштер арасында жылжу; Home және End: шеттерге; Enter: осы кезеңнің оқиғасын ашу.",
    event_position: "Оқиға {i}/{n}",
    view_data: "Деректерді көру",
    columns: ["Кезең", "Мәні", "Мәртебесі", "Ескертпе", "Дереккөздер"],
    targets_caption: "Мақсаттар",
    target_columns: ["Мақсат", "Мәні", "Мерзімі", "Жағдайы", "Әдісі, ескертпе", "Дереккөздер"],
    latest: "{series}: соңғы көрсеткіш — {value} ({period}).",
    latest_also: "{series}: соңғы көрсеткіш — {value} ({period}), бұл сонымен қатар {which}.",
    extreme_was: "Ал {which} — {value} ({period}).",
    record: "ең жоғарғы көрсеткіш",
    largest_surplus: "ең үлкен профицит",
    largest_deficit: "ең үлкен тапшылық",
    copy_link: "Сілтемені көшіру",
    link_copied: "Сілтеме көшірілді",
    download: "Жүктеп алу",
    downloads: ["График (SVG)", "График (PNG)", "Деректер (CSV)"],
    download_failed: "Файлды дайындау мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.",
    tables_failed: "Деректерді жүктеу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.",
};

const ZH: UiText = UiText {
    lang: "zh",
    timeline: "时间线",
    chart: "贸易",
    problems: "无法显示此内容",
    problems_intro: "数据有误。请更正后重新加载页面：",
    about: "约",
    inferred: ["年份为推断", "月份为推断", "日期为推断"],
    sources: "来源",
    line: "行",
    column: "列",
    colon: "：",
    zoom_in: "放大",
    zoom_out: "缩小",
    fit: "显示全部",
    previous: "上一个事件",
    next: "下一个事件",
    close: "关闭",
    events_count: "{n} 个事件",
    earlier_events: "更早的事件：{n}",
    later_events: "更晚的事件：{n}",
    statuses: ["已公布", "由我们计算", "不完整时期", "估计值"],
    target: "目标",
    target_heading: "目标",
    superseded: "已被取代",
    gap: "尚差",
    met_in: "已于{y}年达成",
    missed_by: "未达成，差{n}",
    replaced_by: "已被“{t}”取代",
    met_then_replaced: "已于{y}年达成，后被“{t}”取代",
    halves: ["{y}年上半年", "{y}年下半年"],
    quarters: ["{y}年第一季度", "{y}年第二季度", "{y}年第三季度", "{y}年第四季度"],
    event_marker: "时间线事件",
    timeline_help: "方向键：在事件之间移动；Enter：打开；+ 和 −：缩放；Escape：关闭。",
    chart_help: "方向键：在数据点之间移动；Home 和 End：到两端；Enter：打开该时期的事件。",
    event_position: "第 {i} 个事件，共 {n} 个",
    view_data: "查看数据",
    columns: ["时期", "数值", "状态", "备注", "来源"],
    targets_caption: "目标",
    target_columns: ["目标", "数值", "期限", "进展", "方法与备注", "来源"],
    latest: "{series}：最新数据为{value}（{period}）。",
    latest_also: "{series}：最新数据为{value}（{period}），也是{which}。",
    extreme_was: "{which}为{value}（{period}）。",
    record: "最高值",
    largest_surplus: "最大顺差",
    largest_deficit: "最大逆差",
    copy_link: "复制链接",
    link_copied: "链接已复制",
    download: "下载",
    downloads: ["图表（SVG）", "图表（PNG）", "数据（CSV）"],
    download_failed: "无法准备文件。请检查网络连接后重试。",
    tables_failed: "无法加载数据。请检查网络连接后重试。",
};

impl UiText {
    /// The word for a figure's status: "publié", "calculé par nous", …
    pub fn status(&self, status: &Status) -> &'static str {
        match status {
            Status::Reported => self.statuses[0],
            Status::Derived { .. } => self.statuses[1],
            Status::Partial => self.statuses[2],
            Status::Estimate => self.statuses[3],
        }
    }

    /// What is said after a date the editor deduced, by the precision
    /// written: "année déduite", "mois déduit", "date déduite".
    pub fn inferred(&self, precision: Precision) -> &'static str {
        match precision {
            Precision::Year => self.inferred[0],
            Precision::Month => self.inferred[1],
            Precision::Day => self.inferred[2],
        }
    }

    /// Half-year `half` (1 or 2) of `year`: "1er semestre 2025".
    pub fn half(&self, year: i32, half: u8) -> String {
        self.halves[usize::from(half.clamp(1, 2) - 1)].replace("{y}", &year.to_string())
    }

    /// Quarter `quarter` (1 to 4) of `year`: "3e trimestre 2025".
    pub fn quarter(&self, year: i32, quarter: u8) -> String {
        self.quarters[usize::from(quarter.clamp(1, 4) - 1)].replace("{y}", &year.to_string())
    }
}

/// The languages the interface speaks, French first (the default).
pub const LANGUAGES: [&UiText; 5] = [&FR, &EN, &RU, &KK, &ZH];

/// The words for `lang`, French when the language is not one the widget speaks.
pub fn ui_text(lang: &str) -> &'static UiText {
    let primary = lang.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    match primary.as_str() {
        "en" => &EN,
        "ru" => &RU,
        "kk" => &KK,
        "zh" => &ZH,
        _ => &FR,
    }
}

/// The events' table in the data view: its caption and column headers
/// (date, event, category, sources), apart from [`UiText`] because only the
/// second module builds that table: the first module does not carry them.
pub fn events_table_words(lang: &str) -> (&'static str, [&'static str; 4]) {
    const WORDS: [(&str, &str, [&str; 4]); 5] = [
        ("fr", "Événements", ["Date", "Événement", "Catégorie", "Sources"]),
        ("en", "Events", ["Date", "Event", "Category", "Sources"]),
        ("ru", "События", ["Дата", "Событие", "Категория", "Источники"]),
        ("kk", "Оқиғалар", ["Күні", "Оқиға", "Санаты", "Дереккөздер"]),
        ("zh", "事件", ["日期", "事件", "类别", "来源"]),
    ];
    let lang = ui_text(lang).lang;
    let (_, caption, columns) = WORDS.iter().find(|(l, _, _)| *l == lang).unwrap_or(&WORDS[0]);
    (caption, *columns)
}
