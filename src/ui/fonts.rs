//! The embedded font set (`crate::fonts`) as iced fonts, so every script
//! renders on a machine with no fonts installed (and an out-of-service page
//! can always be drawn).

use iced::Font;

use crate::fonts::Face;
use crate::i18n::Script;

/// Every embedded face, for `Settings::fonts`.
pub const ALL: [&[u8]; 5] = [
    Face::Latin.bytes(),
    Face::Arabic.bytes(),
    Face::Nastaliq.bytes(),
    Face::Bengali.bytes(),
    Face::SimplifiedHan.bytes(),
];

/// Latin, Cyrillic and Greek; also the default for codes and numbers.
pub const LATIN: Font = Font::with_name(Face::Latin.family());
pub const ARABIC: Font = Font::with_name(Face::Arabic.family());
pub const NASTALIQ: Font = Font::with_name(Face::Nastaliq.family());
pub const BENGALI: Font = Font::with_name(Face::Bengali.family());
pub const SIMPLIFIED_HAN: Font = Font::with_name(Face::SimplifiedHan.family());

/// The face for text in a given script. Characters it lacks (a Latin code
/// inside an Arabic sentence) fall back to the other embedded faces.
pub fn for_script(script: Script) -> Font {
    match script {
        Script::Latin | Script::Cyrillic => LATIN,
        Script::Arabic => ARABIC,
        Script::Nastaliq => NASTALIQ,
        Script::Bengali => BENGALI,
        Script::SimplifiedHan => SIMPLIFIED_HAN,
    }
}

/// The height of a line of text in a face, in ems: enough for the face's
/// ascent and descent, so no glyph is drawn outside its text's box (iced
/// repaints a changed screen by those boxes: ink outside them stayed on
/// screen, and Nastaliq lines collided at iced's 1.3). Nastaliq's ascent
/// and descent are 1.90 + 0.60 em; Noto Sans Arabic's 1.37 + 0.74 leave
/// room for stacked marks its letters rarely reach (1.6 holds the ink of
/// the kiosk's texts, measured by `tests/xvfb.rs`).
pub fn line_height(font: Font) -> iced::widget::text::LineHeight {
    let ems = if font == NASTALIQ {
        2.3
    } else if font == ARABIC {
        1.6
    } else {
        1.35
    };
    iced::widget::text::LineHeight::Relative(ems)
}

/// The face for a text that is not in the session's language by nature:
/// what a person typed, a place name, an agency's label. The face of its
/// first letter that needs one (a name typed in Latin letters on an Arabic
/// page is drawn in the Latin face, not as missing glyphs); the Latin face
/// when only digits and punctuation are there (the Arabic faces have no
/// slash). `session` only tells Urdu pages, which keep Nastaliq for
/// Arabic-script letters.
pub fn for_text(text: &str, session: Font) -> Font {
    let arabic = if session == NASTALIQ {
        Face::Nastaliq
    } else {
        Face::Arabic
    };
    text.chars()
        .find_map(|c| Face::for_char(c, arabic))
        .map_or(LATIN, |face| Font::with_name(face.family()))
}

/// Application settings with the embedded fonts and the Latin default face:
/// what `main`, the GUI tests and the screenshot tool all use.
pub fn settings() -> iced::Settings {
    iced::Settings {
        fonts: ALL.iter().map(|bytes| (*bytes).into()).collect(),
        default_font: LATIN,
        default_text_size: iced::Pixels(super::theme::TEXT_SIZE),
        ..iced::Settings::default()
    }
}
