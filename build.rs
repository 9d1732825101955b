//! Writes the interface's words for the code to carry: each
//! `www/words/<lang>.txt` as its texts alone, one per line, without the keys
//! and comments that are there for translators (`words::ui_text` reads them;
//! `scripts/package-dist.mjs` writes the same for the files the loader
//! fetches): 0.4 KiB brotli less in the first module than the files as
//! written. And `languages.rs`, the list of those texts but French's (the
//! languages are the files there are).

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=www/words");
    let mut langs: Vec<String> = fs::read_dir("www/words")
        .expect("www/words is there")
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.strip_suffix(".txt").map(str::to_owned))
        .collect();
    langs.sort();
    for lang in &langs {
        let source = format!("www/words/{lang}.txt");
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let mut texts = String::new();
        for line in text.lines().filter(|line| !line.is_empty() && !line.starts_with('#')) {
            let (_, value) = line.split_once(" = ").unwrap_or_else(|| panic!("{source}: {line:?} is not `key = text`"));
            texts.push_str(value);
            texts.push('\n');
        }
        fs::write(Path::new(&out).join(format!("words-{lang}.txt")), texts).expect("OUT_DIR is writable");
    }
    let others: String = langs
        .iter()
        .filter(|lang| *lang != "fr")
        .map(|lang| format!("include_str!(concat!(env!(\"OUT_DIR\"), \"/words-{lang}.txt\")),"))
        .collect();
    fs::write(Path::new(&out).join("languages.rs"), format!("&[{others}]")).expect("OUT_DIR is writable");
}
