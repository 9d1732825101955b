//! The layers the tree shows are the layers the code keeps: the pure core
//! knows nothing of the browser, and only drawing and exports know plotters.
//! Read from the sources, so a stray import fails here before review.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, with its path relative to `src/`.
fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path: PathBuf = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
            let name = path.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
            out.push((name, std::fs::read_to_string(&path).unwrap()));
        }
    }
}

/// Files that name one of `crates` in code (comments left out), outside
/// the folders or files `allowed`.
fn offenders(crates: &[&str], allowed: &[&str]) -> Vec<String> {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    assert!(files.len() > 30, "the sources were found");
    files
        .into_iter()
        .filter(|(name, _)| !allowed.iter().any(|a| name.starts_with(a)))
        .filter_map(|(name, text)| {
            let code = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
            let found: Vec<&str> = crates.iter().copied().filter(|c| names(&code, c)).collect();
            (!found.is_empty()).then(|| format!("{name} uses {}", found.join(", ")))
        })
        .collect()
}

/// Whether `code` names the crate `name` as a path (`name::…`), not as part
/// of a longer name (`plotters` in `plotters_svg::`).
fn names(code: &str, name: &str) -> bool {
    let path = format!("{name}::");
    code.match_indices(&path)
        .any(|(at, _)| code[..at].chars().next_back().is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == ':')))
}

#[test]
fn only_the_browser_side_and_the_wasm_entry_points_import_leptos_web_sys_js_sys_or_wasm_bindgen() {
    let browser = ["leptos", "web_sys", "js_sys", "wasm_bindgen", "wasm_bindgen_futures"];
    assert_eq!(offenders(&browser, &["web/", "authoring.rs"]), Vec::<String>::new());
}

#[test]
fn only_drawing_and_exports_import_plotters() {
    let plotters = ["plotters", "plotters_backend", "plotters_svg"];
    assert_eq!(offenders(&plotters, &["draw/", "export/"]), Vec::<String>::new());
}

#[test]
fn the_browser_only_hands_drawing_a_canvas_backend() {
    // The canvas is a browser object: its backend is made in `web` and
    // handed to `draw::draw_chart`, which does all the drawing.
    assert_eq!(offenders(&["plotters_canvas"], &["web/"]), Vec::<String>::new());
}

#[test]
fn the_pure_core_imports_no_locale_data_either() {
    let icu = ["icu_calendar", "icu_datetime", "icu_decimal", "icu_locale_core", "fixed_decimal"];
    assert_eq!(offenders(&icu, &["cli/"]), Vec::<String>::new());
}
