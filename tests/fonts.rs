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

/// Every letter on every on-screen keyboard has a glyph in the embedded
/// face its keys are drawn with (Latin face for Latin, Cyrillic, codes and
/// digits; the Arabic, Nastaliq and Bengali faces for theirs).
#[test]
fn every_key_of_every_keyboard_has_a_glyph() {
    use serto_kiosk::keyboard::{DigitsFor, Key, LatinExtra, Layout};
    let faces = faces();
    let layouts = [
        (Layout::Latin(LatinExtra::Italian), 0),
        (Layout::Latin(LatinExtra::English), 0),
        (Layout::Latin(LatinExtra::French), 0),
        (Layout::Latin(LatinExtra::Spanish), 0),
        (Layout::Latin(LatinExtra::Albanian), 0),
        (Layout::Latin(LatinExtra::Romanian), 0),
        (Layout::Ukrainian, 0),
        (Layout::Arabic, 1),
        (Layout::Urdu, 2),
        (Layout::Bengali, 3),
        (Layout::Code, 0),
        (Layout::Email, 0),
        (Layout::Digits(DigitsFor::Date), 0),
        (Layout::Digits(DigitsFor::Money), 0),
        (Layout::Digits(DigitsFor::Phone), 0),
    ];
    let mut missing = Vec::new();
    for (layout, face) in layouts {
        for capitals in [false, true] {
            for other in [false, true] {
                for key in layout.rows(capitals, other, Some(Layout::Code)).concat() {
                    let Key::Insert(text) = key else { continue };
                    for c in text.chars().filter(|c| needs_glyph(*c)) {
                        if faces[face].glyph_index(c).is_none() {
                            missing.push(format!("{layout:?}: {c} (U+{:04X})", u32::from(c)));
                        }
                    }
                }
            }
        }
        // The switch key shows a sample of the layout's script.
        for c in layout.sample().chars().filter(|c| needs_glyph(*c)) {
            if faces[face].glyph_index(c).is_none() {
                missing.push(format!("{layout:?} sample: {c}"));
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "keys without a glyph: {missing:#?}");
}
