//! A locale's metadata (`locales/<lang>/locale.toml`): what the UI needs to
//! know about a language besides its messages.

use std::path::Path;

use serde::Deserialize;

use super::I18nError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn is_rtl(self) -> bool {
        self == Direction::Rtl
    }
}

/// The writing system, as an ISO 15924 code: it picks the font.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Script {
    #[serde(rename = "Latn")]
    Latin,
    #[serde(rename = "Cyrl")]
    Cyrillic,
    #[serde(rename = "Arab")]
    Arabic,
    /// Arabic script in the Nastaliq style, as Urdu readers expect it.
    #[serde(rename = "Aran")]
    Nastaliq,
    #[serde(rename = "Beng")]
    Bengali,
    #[serde(rename = "Hans")]
    SimplifiedHan,
}

/// Whether a native speaker has reviewed the translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TranslationStatus {
    Reviewed,
    Draft,
}

/// The on-screen keyboard a language's free-text fields start with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyboardLayout {
    LatinItalian,
    LatinEnglish,
    LatinFrench,
    LatinSpanish,
    LatinAlbanian,
    LatinRomanian,
    CyrillicUkrainian,
    Arabic,
    Urdu,
    Bengali,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleMeta {
    /// The language's name in its own script, as the language screen shows it.
    pub native_name: String,
    /// The language's name in Italian, for the operator and the statistics.
    pub italian_name: String,
    pub direction: Direction,
    pub script: Script,
    pub status: TranslationStatus,
    pub keyboard: KeyboardLayout,
}

impl LocaleMeta {
    pub(super) fn load(path: &Path) -> Result<Self, I18nError> {
        let text = std::fs::read_to_string(path).map_err(|source| I18nError::Read {
            path: path.to_owned(),
            source,
        })?;
        toml::from_str(&text).map_err(|e| I18nError::Locale {
            path: path.to_owned(),
            problem: e.to_string(),
        })
    }
}
