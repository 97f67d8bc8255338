//! The embedded fonts cover every character the kiosk can show, so a kiosk
//! with no fonts installed never draws a missing-glyph box. (A test machine
//! with system Noto fonts would hide a gap on screen; this test does not.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use serto_kiosk::i18n::{Args, Script, Value};
use serto_kiosk::ui::fonts;
use ttf_parser::Face;

/// The embedded face for a script, by its position in `fonts::ALL`.
fn primary_index(script: Script) -> usize {
    match script {
        Script::Latin | Script::Cyrillic => 0,
        Script::Arabic => 1,
        Script::Nastaliq => 2,
        Script::Bengali => 3,
        Script::SimplifiedHan => 4,
    }
}

fn faces() -> Vec<Face<'static>> {
    fonts::ALL
        .iter()
        .map(|bytes| Face::parse(bytes, 0).expect("embedded font parses"))
        .collect()
}

/// Characters a shaper handles without a glyph of their own.
fn needs_glyph(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}'))
}

#[test]
fn every_locale_text_has_glyphs_in_the_embedded_fonts() {
    let library = common::library();
    let faces = faces();
    let keys: Vec<String> = {
        let it = common::resources().locales_dir().join("it");
        let mut keys = Vec::new();
        for entry in std::fs::read_dir(it).expect("it locale") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let text = std::fs::read_to_string(path).expect("ftl");
                keys.extend(
                    text.lines()
                        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
                        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned())),
                );
            }
        }
        keys
    };
    assert!(keys.len() > 50, "found the reference keys");
    let mut missing = Vec::new();
    for locale in library.translations.locales() {
        let meta = locale.meta();
        let primary = &faces[primary_index(meta.script)];
        let mut texts: Vec<String> = vec![meta.native_name.clone()];
        for key in &keys {
            let mut args = Args::new();
            for name in ["count", "languages", "services", "line", "column"] {
                args.set(name, Value::from(1234));
            }
            texts.push(library.translations.format(locale.id(), key, Some(&args)));
        }
        for c in texts
            .iter()
            .flat_map(|t| t.chars())
            .filter(|c| needs_glyph(*c))
        {
            let in_primary = primary.glyph_index(c).is_some();
            let in_latin = faces[0].glyph_index(c).is_some();
            // Letters of the language must come from its own face (or the
            // Latin one for codes and names); punctuation may fall back.
            let covered = if c.is_alphabetic() {
                in_primary || in_latin
            } else {
                faces.iter().any(|f| f.glyph_index(c).is_some())
            };
            if !covered {
                missing.push(format!("{}: U+{:04X} {c}", locale.id(), u32::from(c)));
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "characters without a glyph:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_embedded_faces_have_the_family_names_the_ui_asks_for() {
    let faces = faces();
    let names: Vec<String> = faces
        .iter()
        .map(|face| {
            face.names()
                .into_iter()
                .find(|n| n.name_id == ttf_parser::name_id::FAMILY && n.is_unicode())
                .and_then(|n| n.to_string())
                .expect("family name")
        })
        .collect();
    let wanted = [
        fonts::LATIN,
        fonts::ARABIC,
        fonts::NASTALIQ,
        fonts::BENGALI,
        fonts::SIMPLIFIED_HAN,
    ];
    for (font, name) in wanted.iter().zip(&names) {
        assert!(
            matches!(font.family, iced::font::Family::Name(family) if family == name),
            "the UI asks for {:?}, the embedded face is {name}",
            font.family
        );
    }
}
