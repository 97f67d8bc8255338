//! One module per screen, each following the contract of
//! `ui/contract.rs`: it owns its state and its `Message`, `update` returns
//! an `Action`, `view` draws it. This module holds what the kiosk routes:
//! the [`Screen`] shown and the [`Message`] that reaches one of them, and
//! dispatches drawing, the voice's page and the wipe to the screen.

pub mod attract;
pub mod home;
pub mod language;
pub mod operator;
pub mod out_of_service;
pub mod pin;
pub mod service;
pub mod wizard;

use std::time::Instant;

use iced::Element;

use crate::Library;
use crate::config::KioskConfig;
use crate::desk::Printed;
use crate::ui::chrome;
use crate::ui::layout::Ctx;

#[derive(Debug, Clone)]
pub enum Message {
    Attract(attract::Message),
    Language(language::Message),
    Home(home::Message),
    Service(service::Message),
    Wizard(wizard::Message),
    Chrome(chrome::Message),
    /// The hidden corner: a finger put down or lifted.
    Corner(bool),
    Pin(pin::Message),
    Operator(operator::Message),
    Printed(Printed),
    /// A touch or a key anywhere: the person is still there.
    Input,
    /// The clock, for the idle timeout and the waiting pages.
    Tick(Instant),
    AttractTick,
    /// A frame is about to be drawn (watched only until the first one).
    Frame(Instant),
}

impl Message {
    /// Whether it comes from the person (a tap, a key), not from a clock
    /// or a job's result.
    pub fn is_touch(&self) -> bool {
        match self {
            Message::Wizard(m) => !m.is_result(),
            Message::Pin(m) => !m.is_result(),
            Message::Operator(m) => !m.is_result(),
            Message::Chrome(m) => !matches!(m, chrome::Message::CallAnswered(_)),
            Message::Attract(_)
            | Message::Language(_)
            | Message::Home(_)
            | Message::Service(_)
            | Message::Input => true,
            Message::Corner(_)
            | Message::Printed(_)
            | Message::Tick(_)
            | Message::AttractTick
            | Message::Frame(_) => false,
        }
    }
}

#[derive(Debug)]
pub enum Screen {
    Attract(attract::State),
    Language,
    Home(home::State),
    Service(service::State),
    Wizard(Box<wizard::State>),
    Pin(pin::State),
    Operator(Box<operator::State>),
    OutOfService(String),
}

/// What the kiosk hands a screen to draw itself.
pub struct Drawing<'a> {
    pub library: &'a Library,
    pub config: Option<&'a KioskConfig>,
    /// The person's texts and look.
    pub ctx: Ctx<'a>,
    /// The operator's texts (default language, normal look).
    pub operator: Ctx<'a>,
    pub bar: chrome::Bar,
    pub training: operator::Training,
}

impl Screen {
    /// The operator's screens: no bar, no hidden corner, their own texts.
    pub fn is_operator(&self) -> bool {
        matches!(self, Screen::Pin(_) | Screen::Operator(_))
    }

    /// The screen draws itself; session pages inside the bar.
    pub fn view<'a>(&'a self, d: Drawing<'a>) -> Element<'a, Message> {
        let ctx = d.ctx;
        let translations = &d.library.translations;
        let languages = d.config.map_or(&[][..], |c| c.languages.as_slice());
        let page = match self {
            Screen::OutOfService(explanation) => {
                return out_of_service::view(translations, explanation);
            }
            Screen::Attract(state) => {
                return state
                    .view(translations, languages, ctx.palette)
                    .map(Message::Attract);
            }
            Screen::Pin(pad) => return pin::view(d.operator, pad).map(Message::Pin),
            Screen::Operator(state) => {
                return operator::view(d.operator, state, d.training, jiff::Timestamp::now())
                    .map(Message::Operator);
            }
            Screen::Language => {
                let Some(config) = d.config else {
                    return iced::widget::column![].into();
                };
                language::view(
                    translations,
                    languages,
                    &config.default_language,
                    ctx.palette,
                )
                .map(Message::Language)
            }
            Screen::Home(state) => {
                let enabled = d.config.map_or(&[][..], |c| c.services.as_slice());
                home::view(ctx, &d.library.catalogue, enabled, state.open.as_ref())
                    .map(Message::Home)
            }
            Screen::Service(state) => {
                let Some(service) = d.library.catalogue.service(state.id.as_str()) else {
                    return iced::widget::column![].into();
                };
                let can_start = d.library.flows.get(state.id.as_str()).is_some();
                service::view(ctx, service, can_start).map(Message::Service)
            }
            Screen::Wizard(state) => state.view(ctx, d.library).map(Message::Wizard),
        };
        chrome::frame(ctx, d.bar, page, Message::Chrome)
    }

    /// Which page is shown, for the voice (none: a screen nothing reads).
    pub fn page(&self) -> Option<String> {
        match self {
            Screen::Home(state) => Some(state.page()),
            Screen::Service(state) => Some(state.page()),
            Screen::Wizard(state) => Some(state.page_signature()),
            _ => None,
        }
    }

    /// What the listen button reads on the page shown, from the same
    /// Fluent strings the page shows; `private`: into headphones only.
    pub fn speech(
        &self,
        ctx: &Ctx<'_>,
        library: &Library,
        config: &KioskConfig,
        private: bool,
    ) -> Option<Vec<String>> {
        Some(match self {
            Screen::Home(state) => home::speech(
                ctx,
                &library.catalogue,
                &config.services,
                state.open.as_ref(),
            ),
            Screen::Service(state) => {
                service::speech(ctx, library.catalogue.service(state.id.as_str())?)
            }
            Screen::Wizard(state) => state.speech(ctx, library, private),
            _ => return None,
        })
    }

    /// Overwrites what the person typed on this screen.
    pub fn wipe(&mut self) {
        match self {
            Screen::Wizard(state) => state.wipe(),
            Screen::Pin(pad) => pad.wipe(),
            _ => {}
        }
    }
}
