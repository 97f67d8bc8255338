//! One person's visit, beside the screen: the language and look they
//! chose, the paper printed for them, whether they called an operator,
//! what the statistics know and what the voice is doing. The wipe replaces
//! it whole ([`Visit::end`]), overwriting the printed documents first.

use std::sync::Arc;

use zeroize::Zeroize;

use crate::Library;
use crate::desk::{Doc, Printed};
use crate::i18n::LanguageId;
use crate::monitoring::{Event, Mode, SessionTally};
use crate::ui::chrome::{self, Printing};
use crate::ui::layout::Ctx;
use crate::ui::voice::Voice;
use crate::ui::{fonts, theme};

/// The person's choices of look.
#[derive(Debug, Default, Clone, Copy)]
pub struct Look {
    /// Index into `theme::TEXT_SCALES`.
    pub text_size: usize,
    pub high_contrast: bool,
}

impl Look {
    pub fn palette(self) -> theme::Palette {
        if self.high_contrast {
            theme::HIGH_CONTRAST
        } else {
            theme::NORMAL
        }
    }

    pub fn scale(self) -> f32 {
        theme::TEXT_SCALES[self.text_size.min(theme::TEXT_SCALES.len() - 1)]
    }

    pub fn largest_text(self) -> bool {
        self.text_size + 1 == theme::TEXT_SCALES.len()
    }
}

#[derive(Debug)]
pub struct Visit {
    /// The session's language; the config's default between sessions.
    pub language: LanguageId,
    pub look: Look,
    /// An operator call and how it went.
    pub operator_call: Option<chrome::OperatorCall>,
    /// The state of the last print.
    pub printing: Option<Printing>,
    /// Documents printed in this session, kept for "print again".
    printed: Vec<(Doc, Arc<Vec<u8>>)>,
    /// Papers whose last print failed, with the printer's problem: "I have
    /// finished" asks first whether the person has what they need.
    missing: Vec<(Doc, &'static str)>,
    /// "Did you get your papers?" is on screen.
    pub asking_papers: bool,
    pub tally: SessionTally,
    pub voice: Voice,
}

impl Visit {
    pub fn new(language: LanguageId) -> Self {
        Self {
            language,
            look: Look::default(),
            operator_call: None,
            printing: None,
            printed: Vec::new(),
            missing: Vec::new(),
            asking_papers: false,
            tally: SessionTally::default(),
            voice: Voice::default(),
        }
    }

    /// The end of the visit: printed documents overwritten, everything
    /// else dropped; a new visit in `language` begins.
    pub fn end(&mut self, language: LanguageId) {
        for (_, pdf) in self.printed.drain(..) {
            if let Ok(mut bytes) = Arc::try_unwrap(pdf) {
                bytes.zeroize();
            }
        }
        *self = Visit::new(language);
    }

    pub fn printed(&self) -> &[(Doc, Arc<Vec<u8>>)] {
        &self.printed
    }

    /// A print came back: the paper is kept for "print again", the bar
    /// says how it went; the event for the statistics.
    pub fn took(&mut self, printed: Printed) -> Event {
        let Printed { doc, pdf, result } = printed;
        if let Some(pdf) = pdf
            && !self.printed.iter().any(|(_, kept)| Arc::ptr_eq(kept, &pdf))
        {
            self.printed.push((doc, pdf));
        }
        self.missing.retain(|(d, _)| *d != doc);
        if let Err(problem) = result {
            self.missing.push((doc, problem));
        }
        self.printing = Some(match result {
            Ok(()) => Printing::Done,
            Err(problem) => Printing::Failed {
                problem,
                stored: doc == Doc::Receipt,
            },
        });
        match result {
            Ok(()) => Event::DocumentPrinted { document: doc.id() },
            Err(reason) => Event::PrintFailed {
                document: doc.id(),
                reason,
            },
        }
    }

    /// The first paper the person should have and has not (its last print
    /// failed), with the printer's problem.
    pub fn missing_paper(&self) -> Option<(Doc, &'static str)> {
        self.missing.first().copied()
    }

    /// The paper to print again: the first missing one, else the last.
    pub fn to_print_again(&self) -> Option<(Doc, Arc<Vec<u8>>)> {
        let doc = self.missing.first().map(|(d, _)| *d);
        self.printed
            .iter()
            .rev()
            .find(|(d, _)| doc.is_none_or(|m| m == *d))
            .cloned()
    }

    /// The bar on the session's pages.
    pub fn bar(&self, listen: Option<chrome::Listen>) -> chrome::Bar {
        chrome::Bar {
            assisted: self.tally.mode() == Mode::Assisted,
            largest_text: self.look.largest_text(),
            high_contrast: self.look.high_contrast,
            operator_call: self.operator_call,
            printing: self.printing,
            papers: self
                .asking_papers
                .then(|| self.missing_paper().map(|(_, problem)| problem))
                .flatten(),
            listen,
        }
    }

    /// The texts and look of the person's screens.
    pub fn ctx<'a>(&'a self, library: &'a Library) -> Ctx<'a> {
        ctx(library, &self.language, self.look)
    }
}

/// The texts of a language in a look (the operator's screens: the
/// kiosk's default language, normal look).
pub fn ctx<'a>(library: &'a Library, language: &'a LanguageId, look: Look) -> Ctx<'a> {
    let tr = library.translations.in_language(language);
    Ctx {
        tr,
        direction: tr.direction(),
        font: library
            .translations
            .meta(language)
            .map_or(fonts::LATIN, |m| fonts::for_script(m.script)),
        palette: look.palette(),
        scale: look.scale(),
    }
}
