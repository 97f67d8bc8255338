//! The kiosk's one font set, embedded in the binary: the screens (`ui::fonts`)
//! and the printed documents (`documents`) use the same faces, so every
//! script renders on a machine with no fonts installed. Licences and
//! origins: `assets/fonts/README.md`.

use crate::i18n::Script;

/// One embedded face.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    /// Latin, Cyrillic and Greek; also codes and numbers.
    Latin,
    Arabic,
    /// Urdu's Nastaliq style.
    Nastaliq,
    Bengali,
    SimplifiedHan,
}

impl Face {
    pub const ALL: [Face; 5] = [
        Face::Latin,
        Face::Arabic,
        Face::Nastaliq,
        Face::Bengali,
        Face::SimplifiedHan,
    ];

    pub const fn bytes(self) -> &'static [u8] {
        match self {
            Face::Latin => include_bytes!("../assets/fonts/NotoSans-Regular.ttf"),
            Face::Arabic => include_bytes!("../assets/fonts/NotoSansArabic-Regular.ttf"),
            Face::Nastaliq => include_bytes!("../assets/fonts/NotoNastaliqUrdu-Regular.ttf"),
            Face::Bengali => include_bytes!("../assets/fonts/NotoSansBengali-Regular.ttf"),
            Face::SimplifiedHan => include_bytes!("../assets/fonts/NotoSansSC-Regular-GB2312.otf"),
        }
    }

    /// The family name inside the font file.
    pub const fn family(self) -> &'static str {
        match self {
            Face::Latin => "Noto Sans",
            Face::Arabic => "Noto Sans Arabic",
            Face::Nastaliq => "Noto Nastaliq Urdu",
            Face::Bengali => "Noto Sans Bengali",
            Face::SimplifiedHan => "Noto Sans CJK SC",
        }
    }

    /// The face for text in a language's script.
    pub fn for_script(script: Script) -> Face {
        match script {
            Script::Latin | Script::Cyrillic => Face::Latin,
            Script::Arabic => Face::Arabic,
            Script::Nastaliq => Face::Nastaliq,
            Script::Bengali => Face::Bengali,
            Script::SimplifiedHan => Face::SimplifiedHan,
        }
    }

    /// The face a character needs, or `None` for characters every face
    /// has (spaces, digits, common punctuation): those stay with their
    /// neighbours. `arabic` is the face for Arabic-script letters (Naskh,
    /// or Nastaliq in Urdu text).
    pub fn for_char(c: char, arabic: Face) -> Option<Face> {
        let u = u32::from(c);
        match u {
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => {
                // Arabic digits and punctuation are in every Arabic face.
                Some(arabic)
            }
            // Bengali, and the danda it shares with Devanagari.
            0x0980..=0x09FF | 0x0964..=0x0965 => Some(Face::Bengali),
            0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF => Some(Face::SimplifiedHan),
            _ if c.is_ascii_digit() || c.is_whitespace() || (c.is_ascii_punctuation()) => None,
            _ => Some(Face::Latin),
        }
    }
}
