//! The voice follows the page: another page stops it, and with "read
//! every page" on, the new page is read. The listen button reads the page
//! shown, or stops. What a page says comes from its screen (built from the
//! Fluent strings it shows); this module only decides when.

use crate::i18n::LanguageId;
use crate::speech::Speaker;

#[derive(Debug, Default)]
pub struct Voice {
    /// Read each new page aloud without a tap (this session).
    pub auto_read: bool,
    /// The page the voice belongs to.
    page: Option<String>,
}

impl Voice {
    /// The page shown now (none: a screen nothing reads): another page
    /// stops the voice. True when the new page is to be read (auto-read).
    pub fn follow(&mut self, page: Option<String>, speaker: &Speaker) -> bool {
        if page == self.page {
            return false;
        }
        self.page = page;
        speaker.stop();
        self.auto_read && self.page.is_some()
    }

    /// The listen button: read the page, or stop reading.
    pub fn listen(
        &self,
        speaker: &Speaker,
        language: &LanguageId,
        text: impl FnOnce() -> Option<String>,
    ) {
        if speaker.is_speaking() {
            speaker.stop();
        } else {
            say(speaker, language, text);
        }
    }

    /// "Read every page": on (reads this one unless it is being read), or
    /// off (stops).
    pub fn toggle_auto_read(
        &mut self,
        speaker: &Speaker,
        language: &LanguageId,
        text: impl FnOnce() -> Option<String>,
    ) {
        self.auto_read = !self.auto_read;
        if !self.auto_read {
            speaker.stop();
        } else if !speaker.is_speaking() {
            say(speaker, language, text);
        }
    }
}

fn say(speaker: &Speaker, language: &LanguageId, text: impl FnOnce() -> Option<String>) {
    if let Some(text) = text() {
        speaker.say(language, text);
    }
}
