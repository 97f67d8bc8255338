//! What the bar on every session page does: the language switch of an
//! assisted session, the operator call (the help desk is told, and the
//! banner says whether it was), the voice, text size, contrast and "print
//! again".

use std::sync::Arc;

use super::chrome::{self, OperatorCall};
use super::job::{self, Job};
use super::screen::{Message, Screen};
use super::{Kiosk, theme};
use crate::monitoring::Event as Stat;

impl Kiosk {
    pub(super) fn chrome(&mut self, message: chrome::Message) -> Option<Job<Message>> {
        let desk = Arc::clone(self.desk.as_ref()?);
        let speaker = desk.speaker();
        let lang = self.visit.language.clone();
        match message {
            chrome::Message::IdleContinue => {}
            chrome::Message::ChangeLanguage => {
                // An assisted session: the language changes, the answers stay.
                let current = std::mem::replace(&mut self.screen, Screen::Language);
                self.behind = Some(Box::new(current));
            }
            chrome::Message::CallOperator => return self.call_operator(),
            chrome::Message::CallAnswered(told) => {
                if self.visit.operator_call == Some(OperatorCall::Calling) {
                    self.visit.operator_call = Some(if told {
                        OperatorCall::Called
                    } else {
                        OperatorCall::GoToDesk
                    });
                }
            }
            chrome::Message::CancelCall => {
                tracing::info!("the operator call was cancelled at the kiosk");
                self.visit.operator_call = None;
            }
            chrome::Message::Listen => self
                .visit
                .voice
                .listen(speaker, &lang, || self.page_speech()),
            chrome::Message::AutoRead => {
                let text = self.page_speech();
                self.visit.voice.toggle_auto_read(speaker, &lang, || text);
            }
            chrome::Message::TextSize => {
                self.visit.look.text_size =
                    (self.visit.look.text_size + 1) % theme::TEXT_SCALES.len();
            }
            chrome::Message::Contrast => {
                self.visit.look.high_contrast = !self.visit.look.high_contrast
            }
            chrome::Message::Reprint => {
                self.visit.asking_papers = false;
                let (doc, pdf) = self.visit.to_print_again()?;
                self.visit.printing = Some(chrome::Printing::Busy);
                return Some(job::reprint(doc, pdf).map(Message::Printed));
            }
            chrome::Message::KeepPage => self.visit.asking_papers = false,
            chrome::Message::FinishWithoutPapers => {
                self.visit.asking_papers = false;
                return self.finish();
            }
        }
        None
    }

    /// "Call an operator": counted, and the help desk told (the banner
    /// says "we called an operator" only once the desk confirmed).
    fn call_operator(&mut self) -> Option<Job<Message>> {
        if self.visit.operator_call.is_some() {
            return None;
        }
        self.visit.operator_call = Some(OperatorCall::Calling);
        // Heard at the kiosk, whatever becomes of the desk's notification.
        if let Some(desk) = &self.desk {
            desk.speaker().chime();
        }
        self.operator_calls += 1;
        tracing::info!(calls = self.operator_calls, "an operator was called");
        self.record(Some(Stat::OperatorCalled));
        Some(job::call_operator().map(|told| Message::Chrome(chrome::Message::CallAnswered(told))))
    }
}
