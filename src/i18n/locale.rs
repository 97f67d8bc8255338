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
    /// The eSpeak NG voice that reads pages aloud (`espeak-ng -v`).
    pub voice: String,
    /// A word of the language in its own script: the start-up check has
    /// the voice say it (and tells a voice that reads it as English).
    pub voice_check: String,
    /// The decimal separator of numbers.
    pub decimal: char,
    /// The grouping separator of numbers.
    pub group: char,
}

impl LocaleMeta {
    pub(super) fn load(path: &Path) -> Result<Self, I18nError> {
        let text = std::fs::read_to_string(path).map_err(|source| I18nError::Read {
            path: path.to_owned(),
            source,
        })?;
        let invalid = |problem: String| I18nError::Locale {
            path: path.to_owned(),
            problem,
        };
        let meta: Self = toml::from_str(&text).map_err(|e| invalid(e.to_string()))?;
        meta.check().map_err(invalid)?;
        Ok(meta)
    }

    /// What serde cannot say: a voice name espeak-ng could take, a word to
    /// check it with, two different separators.
    fn check(&self) -> Result<(), String> {
        let voice_name = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
        if self.voice.is_empty() || !self.voice.chars().all(voice_name) {
            return Err(format!(
                "`voice = \"{}\"` is not an eSpeak NG voice name (lower-case letters, digits, hyphens)",
                self.voice
            ));
        }
        if self.voice_check.trim().is_empty() {
            return Err("`voice_check` needs a word of the language".into());
        }
        if self.decimal == self.group
            || self.decimal.is_ascii_digit()
            || self.group.is_ascii_digit()
        {
            return Err(format!(
                "`decimal` and `group` must be two different separators, not digits (found {:?} and {:?})",
                self.decimal, self.group
            ));
        }
        Ok(())
    }
}
