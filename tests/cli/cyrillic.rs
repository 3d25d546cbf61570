//! Serbian Cyrillic output never mixes the scripts inside a word: the
//! catalogue's literal tokens (file names, flags, input values, sheet names)
//! stay Latin whole and everything else is transliterated whole.

use crate::{langaward, root};
use langaward::script::mixed_words;
use std::io::Read;
use std::path::Path;

/// The text of a page or an XML part: the markup removed, each tag replaced
/// by a space so that words on both sides of a tag stay apart.
fn text_of(markup: &str) -> String {
    let mut out = String::with_capacity(markup.len());
    let mut in_tag = false;
    for c in markup.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Every word mixing the scripts in `text`, named with where it was found.
fn mixed_in(place: &str, text: &str) -> Vec<String> {
    mixed_words(text)
        .into_iter()
        .map(|w| format!("{place}: {}", w.word))
        .collect()
}

fn sr_cyrl_pages(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sr_cyrl_pages(&path, out);
        } else if path.to_string_lossy().ends_with(".sr-Cyrl.html") {
            let html = std::fs::read_to_string(&path).unwrap();
            out.extend(mixed_in(&path.display().to_string(), &text_of(&html)));
        }
    }
}

/// The words the evaluation itself found mixing the scripts in an
/// applicant's signs: the pages quote them as evidence, which is the report
/// doing its job, not the catalogue failing it.
fn flagged_words(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            if map.get("reason").and_then(|r| r.as_str()) == Some("mixed_script")
                && let Some(word) = map.get("word").and_then(|w| w.as_str())
            {
                out.push(word.to_string());
            }
            map.values().for_each(|v| flagged_words(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| flagged_words(v, out)),
        _ => {}
    }
}

#[test]
fn no_word_of_a_cyrillic_page_mixes_the_scripts() {
    let out = tempfile::tempdir().unwrap();
    langaward(&root())
        .args(["--out", out.path().to_str().unwrap(), "--quiet"])
        .assert()
        .code(0);
    let results = std::fs::read_to_string(out.path().join("results.json")).unwrap();
    let mut flagged = Vec::new();
    flagged_words(&serde_json::from_str(&results).unwrap(), &mut flagged);
    let mut mixed = Vec::new();
    sr_cyrl_pages(out.path(), &mut mixed);
    mixed.retain(|m| !flagged.iter().any(|w| m.ends_with(&format!(": {w}"))));
    assert!(mixed.is_empty(), "{mixed:#?}");
}

#[test]
fn no_word_of_the_cyrillic_template_mixes_the_scripts() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("template.xlsx");
    langaward(&root())
        .args(["template", "--lang", "sr-Cyrl", "--out"])
        .arg(&file)
        .assert()
        .code(0);
    // Every part of the workbook: cells, sheet names, dropdown lists.
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&file).unwrap()).unwrap();
    let mut mixed = Vec::new();
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        let mut xml = String::new();
        if name.ends_with(".xml") && part.read_to_string(&mut xml).is_ok() {
            mixed.extend(mixed_in(&name, &text_of(&xml)));
        }
    }
    assert!(mixed.is_empty(), "{mixed:#?}");
}
