//! The iced front end: turns the kiosk's state into widgets and taps into
//! intents. The only module (with `main.rs`) that knows iced exists.

pub mod fonts;
pub mod layout;
pub mod screen;
pub mod theme;

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::{Element, Size, Subscription, Task, Theme, mouse, window};

use crate::Library;
use crate::catalogue::ServiceId;
use crate::config::KioskConfig;
use crate::i18n::LanguageId;
use layout::Ctx;
use screen::{attract, home, language, out_of_service, service};

/// The window size of the windowed (non-kiosk) mode.
pub const WINDOW_SIZE: Size = Size::new(1280.0, 800.0);
/// How long each language's "touch to start" stays on the attract screen.
pub const ATTRACT_CYCLE: Duration = Duration::from_millis(2500);

/// How the kiosk starts: with a valid config, or out of service with the
/// operator-facing explanation of what is wrong.
#[derive(Debug, Clone)]
pub enum Start {
    Ready(Box<KioskConfig>),
    OutOfService(String),
}

#[derive(Debug, Clone)]
pub enum Message {
    Attract(attract::Message),
    Language(language::Message),
    Home(home::Message),
    Service(service::Message),
    AttractTick,
    /// A frame is about to be drawn (watched only until the first one).
    Frame(Instant),
}

#[derive(Debug)]
enum Screen {
    Attract(attract::State),
    Language,
    Home,
    Service(ServiceId),
    OutOfService(String),
}

/// The whole kiosk's UI state.
#[derive(Debug)]
pub struct Kiosk {
    library: Arc<Library>,
    config: Option<Arc<KioskConfig>>,
    screen: Screen,
    /// The session's language; the config's default between sessions.
    language: LanguageId,
    kiosk_mode: bool,
    /// When the process started, until the first frame has been logged.
    awaiting_first_frame: Option<Instant>,
}

impl Kiosk {
    pub fn new(library: Arc<Library>, start: Start, kiosk_mode: bool) -> Self {
        match start {
            Start::Ready(config) => Self {
                language: config.default_language.clone(),
                library,
                config: Some(Arc::from(config)),
                screen: Screen::Attract(attract::State::default()),
                kiosk_mode,
                awaiting_first_frame: None,
            },
            Start::OutOfService(explanation) => Self {
                library,
                config: None,
                screen: Screen::OutOfService(explanation),
                language: LanguageId::reference(),
                kiosk_mode,
                awaiting_first_frame: None,
            },
        }
    }

    /// Logs the time from `launched` to the first frame (a start-up figure
    /// read from the log; never asserted on).
    pub fn measuring_start_up(mut self, launched: Instant) -> Self {
        self.awaiting_first_frame = Some(launched);
        self
    }

    /// The session's language (for tests and the operator screen).
    pub fn language(&self) -> &LanguageId {
        &self.language
    }

    fn enabled_languages(&self) -> &[LanguageId] {
        self.config.as_ref().map_or(&[], |c| c.languages.as_slice())
    }

    fn ctx(&self) -> Ctx<'_> {
        let tr = self.library.translations.in_language(&self.language);
        let font = self
            .library
            .translations
            .meta(&self.language)
            .map_or(fonts::LATIN, |m| fonts::for_script(m.script));
        Ctx {
            tr,
            direction: tr.direction(),
            font,
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        if let Message::Frame(at) = message {
            if let Some(launched) = self.awaiting_first_frame.take() {
                let elapsed = at.saturating_duration_since(launched);
                tracing::info!(milliseconds = elapsed.as_millis(), "first frame");
            }
            return Task::none();
        }
        let Some(config) = self.config.clone() else {
            return Task::none();
        };
        match message {
            Message::AttractTick => {
                if let Screen::Attract(state) = &mut self.screen {
                    state.advance(config.languages.len());
                }
            }
            Message::Attract(attract::Message::Touched) => self.screen = Screen::Language,
            Message::Language(language::Message::Chosen(lang)) => {
                if config.languages.contains(&lang) {
                    self.language = lang;
                    self.screen = Screen::Home;
                }
            }
            Message::Home(home::Message::Service(id)) => {
                if config.services.contains(&id) {
                    self.screen = Screen::Service(id);
                }
            }
            Message::Home(home::Message::ChangeLanguage) => self.screen = Screen::Language,
            Message::Home(home::Message::Finish) => self.end_session(&config),
            Message::Service(service::Message::Back) => self.screen = Screen::Home,
            Message::Frame(_) => {}
        }
        Task::none()
    }

    /// Back to the attract screen in the default language, nothing kept.
    fn end_session(&mut self, config: &KioskConfig) {
        self.language = config.default_language.clone();
        self.screen = Screen::Attract(attract::State::default());
    }

    pub fn view(&self) -> Element<'_, Message> {
        let translations = &self.library.translations;
        let content = match &self.screen {
            Screen::OutOfService(explanation) => out_of_service::view(translations, explanation),
            Screen::Attract(state) => state
                .view(translations, self.enabled_languages())
                .map(Message::Attract),
            Screen::Language => {
                let default = self
                    .config
                    .as_ref()
                    .map_or(&self.language, |c| &c.default_language);
                language::view(translations, self.enabled_languages(), default)
                    .map(Message::Language)
            }
            Screen::Home => match &self.config {
                Some(config) => home::view(self.ctx(), &self.library.catalogue, &config.services)
                    .map(Message::Home),
                None => iced::widget::column![].into(),
            },
            Screen::Service(id) => match self.library.catalogue.service(id.as_str()) {
                Some(service) => service::view(self.ctx(), service).map(Message::Service),
                None => iced::widget::column![].into(),
            },
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

    pub fn subscription(&self) -> Subscription<Message> {
        let cycle = match self.screen {
            Screen::Attract(_) => iced::time::every(ATTRACT_CYCLE).map(|_| Message::AttractTick),
            _ => Subscription::none(),
        };
        let first_frame = match self.awaiting_first_frame {
            Some(_) => window::frames().map(Message::Frame),
            None => Subscription::none(),
        };
        Subscription::batch([cycle, first_frame])
    }

    pub fn title(&self) -> String {
        match &self.config {
            Some(config) => format!("SerTo Kiosk — {}", config.office.name),
            None => "SerTo Kiosk".to_owned(),
        }
    }

    pub fn theme(&self) -> Theme {
        theme::theme()
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
pub fn run(library: Library, start: Start, kiosk_mode: bool, launched: Instant) -> iced::Result {
    application(Arc::new(library), start, kiosk_mode, launched).run()
}
