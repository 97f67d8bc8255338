//! The kiosk as an iced program: drawing the screen shown (with the idle
//! warning, the hidden corner, the training ribbon), the subscriptions
//! (attract cycle, the clock, any touch, the first frame), and the
//! application `main` runs and the tests build.

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::{Element, Subscription, Theme, event, mouse, touch, window};

use super::screen::{Drawing, Screen};
use super::visit::{self, Look};
use super::{Kiosk, Message, Start, chrome, fonts, theme};
use crate::Library;

/// The window size of the windowed (non-kiosk) mode.
pub const WINDOW_SIZE: iced::Size = iced::Size::new(1280.0, 800.0);
/// How long each language's "touch to start" stays on the attract screen.
pub const ATTRACT_CYCLE: Duration = Duration::from_millis(2500);
/// How often the idle clock and the waiting pages move.
pub const TICK: Duration = Duration::from_millis(500);

impl Kiosk {
    /// Logs the first frame's time after launch (a start-up figure read
    /// from the log; never asserted on).
    pub(super) fn first_frame(&mut self, at: Instant) -> Option<super::job::Job<Message>> {
        if let Some(launched) = self.awaiting_first_frame.take() {
            let elapsed = at.saturating_duration_since(launched);
            tracing::info!(milliseconds = elapsed.as_millis(), "first frame");
        }
        None
    }

    pub fn view(&self) -> Element<'_, Message> {
        let ctx = self.visit.ctx(&self.library);
        let config = self.config();
        let warning = config.and_then(|c| self.idle.seconds_left(c.idle_warning));
        let content = match warning {
            Some(seconds) => chrome::idle_warning(ctx, seconds, Message::Chrome),
            None => self.screen.view(Drawing {
                library: &self.library,
                config,
                ctx,
                operator: visit::ctx(&self.library, self.default_language_ref(), Look::default()),
                bar: self.visit.bar(self.can_listen()),
                training: self.training(),
            }),
        };
        // The hidden corner, except where the operator already is.
        let content = match self.screen {
            Screen::Pin(_) | Screen::Operator(_) | Screen::OutOfService(_) => content,
            _ => chrome::with_corner(content, Message::Corner(true), Message::Corner(false)),
        };
        let content = match config {
            Some(config) if config.training_mode => chrome::training_ribbon(ctx, content),
            _ => content,
        };
        if self.kiosk_mode {
            // A touchscreen has no pointer to show.
            iced::widget::mouse_area(content)
                .interaction(mouse::Interaction::Hidden)
                .into()
        } else {
            content
        }
    }

    /// The listen button, where speech works in the session's language.
    fn can_listen(&self) -> Option<chrome::Listen> {
        let speaker = self.desk.as_ref()?.speaker();
        speaker
            .can_speak(&self.visit.language)
            .then(|| chrome::Listen {
                speaking: speaker.is_speaking(),
                auto_read: self.visit.voice.auto_read,
            })
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let cycle = match self.screen {
            Screen::Attract(_) => iced::time::every(ATTRACT_CYCLE).map(|_| Message::AttractTick),
            _ => Subscription::none(),
        };
        let clock = match self.screen {
            Screen::Attract(_) | Screen::OutOfService(_) => Subscription::none(),
            _ => iced::time::every(TICK).map(Message::Tick),
        };
        let input = event::listen_with(|event, _, _| match event {
            iced::Event::Mouse(mouse::Event::ButtonPressed(_))
            | iced::Event::Touch(touch::Event::FingerPressed { .. })
            | iced::Event::Keyboard(iced::keyboard::Event::KeyPressed { .. }) => {
                Some(Message::Input)
            }
            _ => None,
        });
        let first_frame = match self.awaiting_first_frame {
            Some(_) => window::frames().map(Message::Frame),
            None => Subscription::none(),
        };
        Subscription::batch([cycle, clock, input, first_frame])
    }

    pub fn title(&self) -> String {
        match self.config() {
            Some(config) => format!("SerTo Kiosk — {}", config.office.name),
            None => "SerTo Kiosk".to_owned(),
        }
    }

    pub fn theme(&self) -> Theme {
        theme::theme(&self.visit.look.palette())
    }
}

/// The application exactly as `main` runs it; tests and the screenshot tool
/// build the same one.
pub fn application(
    library: Arc<Library>,
    start: Start,
    kiosk_mode: bool,
    launched: Instant,
) -> iced::Application<impl iced::Program<State = Kiosk, Message = Message, Theme = Theme>> {
    let window = window::Settings {
        size: WINDOW_SIZE,
        fullscreen: kiosk_mode,
        decorations: !kiosk_mode,
        resizable: !kiosk_mode,
        closeable: !kiosk_mode,
        minimizable: !kiosk_mode,
        // In kiosk mode a close request (Alt+F4, the compositor) is ignored:
        // leaving is an operator action.
        exit_on_close_request: !kiosk_mode,
        ..window::Settings::default()
    };
    iced::application(
        move || Kiosk::new(library.clone(), start.clone(), kiosk_mode).measuring_start_up(launched),
        Kiosk::update,
        Kiosk::view,
    )
    .title(Kiosk::title)
    .subscription(Kiosk::subscription)
    .theme(Kiosk::theme)
    .settings(fonts::settings())
    .window(window)
}

/// Opens the kiosk window and runs until it is closed.
pub fn run(
    library: Arc<Library>,
    start: Start,
    kiosk_mode: bool,
    launched: Instant,
) -> iced::Result {
    application(library, start, kiosk_mode, launched).run()
}
