//! The iced front end: turns the kiosk's state into widgets and taps into
//! intents. The only module (with `main.rs`) that knows iced exists.
//!
//! `Kiosk` only routes: a message goes to the screen it belongs to, whose
//! `update` returns an [`Action`] (`ui/contract.rs`); the kiosk runs the
//! job, prints, navigates or wipes. `Kiosk::handle` applies a message and
//! returns the job to run; `Kiosk::update` runs it as an iced `Task`. The
//! GUI tests call `handle` and run the same jobs themselves.

pub mod app;
mod bar;
pub mod chrome;
pub mod contract;
pub mod fonts;
pub mod idle;
pub mod job;
pub mod keyboard;
pub mod layout;
pub mod pictures;
pub mod qr;
pub mod screen;
pub mod tap_text;
pub mod theme;
mod training;
pub mod visit;
pub mod voice;

use std::sync::Arc;
use std::time::Instant;

use iced::Task;

use crate::Library;
use crate::config::KioskConfig;
use crate::desk::{Desk, Doc};
use crate::i18n::{KeyboardLayout, LanguageId};
use crate::monitoring::{Abandon, Event as Stat, SessionTally};
use contract::{Action, Env, Event, To};
use job::Job;
use screen::{Screen, attract, home, language, operator, pin, service, wizard};
use visit::{Look, Visit};

pub use screen::Message;

/// How the kiosk starts: with its desk (config, outbox, agencies), or out
/// of service with the operator-facing explanation of what is wrong.
#[derive(Debug, Clone)]
pub enum Start {
    Ready(Arc<Desk>),
    OutOfService(String),
}

/// The whole kiosk's UI state.
#[derive(Debug)]
pub struct Kiosk {
    library: Arc<Library>,
    desk: Option<Arc<Desk>>,
    /// The real desk while the operator practises on a training one: its
    /// worker goes on delivering the real queue.
    parked: Option<Arc<Desk>>,
    screen: Screen,
    /// The screen under the PIN pad, the operator's panel or a language
    /// switch in an assisted session, to return to.
    behind: Option<Box<Screen>>,
    visit: Visit,
    idle: idle::Idle,
    kiosk_mode: bool,
    /// Calls for an operator since start (anonymous; for the monitoring).
    operator_calls: u64,
    /// The hidden corner to the operator's PIN pad.
    corner: crate::operator::Corner,
    /// The operator asked to leave the kiosk (maintenance).
    leaving: bool,
    /// When the process started, until the first frame has been logged.
    awaiting_first_frame: Option<Instant>,
}

impl Kiosk {
    pub fn new(library: Arc<Library>, start: Start, kiosk_mode: bool) -> Self {
        let (desk, screen) = match start {
            Start::Ready(desk) => (Some(desk), Screen::Attract(attract::State::default())),
            Start::OutOfService(explanation) => (None, Screen::OutOfService(explanation)),
        };
        let language = desk
            .as_ref()
            .map_or_else(LanguageId::reference, |d| d.config.default_language.clone());
        Self {
            library,
            desk,
            parked: None,
            screen,
            behind: None,
            visit: Visit::new(language),
            idle: idle::Idle::new(Instant::now()),
            kiosk_mode,
            operator_calls: 0,
            corner: Default::default(),
            leaving: false,
            awaiting_first_frame: None,
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
        &self.visit.language
    }

    /// The desk the kiosk runs with (none when out of service).
    pub fn desk(&self) -> Option<&Arc<Desk>> {
        self.desk.as_ref()
    }

    pub fn library(&self) -> &Arc<Library> {
        &self.library
    }

    /// The open service's session, if a service is open (tests of the wipe).
    pub fn wizard(&self) -> Option<&wizard::State> {
        match &self.screen {
            Screen::Wizard(state) => Some(state),
            _ => None,
        }
    }

    /// Whether the attract screen is shown.
    pub fn is_attract(&self) -> bool {
        matches!(self.screen, Screen::Attract(_))
    }

    /// Documents of this session kept for a reprint.
    pub fn printed(&self) -> &[(Doc, Arc<Vec<u8>>)] {
        self.visit.printed()
    }

    pub fn operator_calls(&self) -> u64 {
        self.operator_calls
    }

    /// Counts an anonymous event (the desk's writer thread stores it).
    fn record(&self, event: Option<Stat>) {
        if let (Some(desk), Some(event)) = (&self.desk, event) {
            desk.record(&event, self.visit.tally.mode());
        }
    }

    fn config(&self) -> Option<&KioskConfig> {
        self.desk.as_deref().map(|d| &*d.config)
    }

    fn default_language(&self) -> LanguageId {
        self.default_language_ref().clone()
    }

    fn default_language_ref(&self) -> &LanguageId {
        self.config()
            .map_or(&self.visit.language, |c| &c.default_language)
    }

    fn keyboard_layout(&self) -> KeyboardLayout {
        self.library
            .translations
            .meta(&self.visit.language)
            .map_or(KeyboardLayout::LatinItalian, |m| m.keyboard)
    }

    /// iced's update: applies the message, runs the resulting job.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        let job = self.handle(message);
        if self.leaving {
            return iced::exit();
        }
        match (job, &self.desk) {
            (Some(job), Some(desk)) => {
                Task::perform(job.run(Arc::clone(desk), Arc::clone(&self.library)), |m| m)
            }
            _ => Task::none(),
        }
    }

    /// Applies one message; returns the background job it asks for.
    pub fn handle(&mut self, message: Message) -> Option<Job<Message>> {
        if message.is_touch() {
            self.idle.touched();
        }
        let job = match message {
            Message::Frame(at) => self.first_frame(at),
            Message::Tick(now) => self.tick(now),
            Message::AttractTick => self.route(Message::Attract(attract::Message::Cycle)),
            Message::Corner(down) => self.corner(down),
            Message::Printed(printed) => {
                let event = self.visit.took(printed);
                self.record(Some(event));
                None
            }
            Message::Input => None,
            message => self.route(message),
        };
        self.follow_page();
        job
    }

    /// A message for the screen shown: its update, then what it asks.
    fn route(&mut self, message: Message) -> Option<Job<Message>> {
        let desk = Arc::clone(self.desk.as_ref()?);
        let library = Arc::clone(&self.library);
        let default = self.default_language();
        let operator = matches!(self.screen, Screen::Pin(_) | Screen::Operator(_));
        let env = Env {
            library: &library,
            desk: &desk,
            ctx: if operator {
                visit::ctx(&library, &default, Look::default())
            } else {
                self.visit.ctx(&library)
            },
            now: self.idle.at(),
        };
        let action = match (&mut self.screen, message) {
            (_, Message::Chrome(m)) => return self.chrome(m),
            (Screen::Attract(s), Message::Attract(m)) => s.update(m, &env).map(Message::Attract),
            (Screen::Language, Message::Language(m)) => {
                language::update(m, &env).map(Message::Language)
            }
            (Screen::Home(s), Message::Home(m)) => s.update(m, &env).map(Message::Home),
            (Screen::Service(s), Message::Service(m)) => s.update(m, &env).map(Message::Service),
            (Screen::Wizard(s), Message::Wizard(m)) => {
                let validated = matches!(m, wizard::Message::Continue);
                let action = s.update(m, &env).map(Message::Wizard);
                let events = self
                    .visit
                    .tally
                    .observe(s.seen(), validated, Instant::now());
                events
                    .into_iter()
                    .for_each(|e| desk.record(&e, self.visit.tally.mode()));
                action
            }
            (Screen::Pin(s), Message::Pin(m)) => s.update(m, &env).map(Message::Pin),
            (Screen::Operator(s), Message::Operator(m)) => s.update(m, &env).map(Message::Operator),
            _ => return None,
        };
        self.act(action)
    }

    /// Does what a screen asked.
    fn act(&mut self, action: Action<Message>) -> Option<Job<Message>> {
        match action {
            Action::None => None,
            Action::Run(job) => Some(job),
            Action::Print(doc, printable) => {
                self.visit.printing = Some(chrome::Printing::Busy);
                let lang = self.visit.language.clone();
                Some(job::print(lang, doc, printable).map(Message::Printed))
            }
            Action::Navigate(to) => self.navigate(to),
            Action::Event(event) => self.event(event),
        }
    }

    fn navigate(&mut self, to: To) -> Option<Job<Message>> {
        let (screen, action) = match to {
            To::Language => (Screen::Language, Action::None),
            To::Home(open) => (Screen::Home(home::State { open }), Action::None),
            To::Service(id) => (Screen::Service(service::State { id }), Action::None),
            To::Questions(id) => return self.start_service(id),
            To::Operator => {
                // The operator is here: a call from this kiosk is answered.
                self.visit.operator_call = None;
                let (state, action) = operator::State::open();
                (
                    Screen::Operator(Box::new(state)),
                    action.map(Message::Operator),
                )
            }
            To::Behind => {
                let behind = self.behind.take().map(|b| *b);
                (
                    behind.unwrap_or_else(|| Screen::Attract(Default::default())),
                    Action::None,
                )
            }
        };
        if matches!(screen, Screen::Service(_)) {
            self.visit.printing = None;
        }
        self.leave_service(Abandon::Cancel);
        self.screen = screen;
        self.act(action)
    }

    /// A service's first question: counted as started.
    fn start_service(&mut self, id: crate::catalogue::ServiceId) -> Option<Job<Message>> {
        let flow = Arc::clone(self.library.flows.get(id.as_str())?);
        let channel = self.library.channel(&id)?;
        let (state, action) = wizard::State::new(
            id.clone(),
            channel,
            flow,
            crate::italy::today(),
            self.keyboard_layout(),
            &self.library,
        );
        self.visit.printing = None;
        let started = self
            .visit
            .tally
            .service_started(&id, &self.visit.language, Instant::now());
        let seen = self
            .visit
            .tally
            .observe(state.seen(), false, Instant::now());
        self.record(Some(started));
        seen.into_iter().for_each(|e| self.record(Some(e)));
        self.screen = Screen::Wizard(Box::new(state));
        self.act(action.map(Message::Wizard))
    }

    /// An open service is left for another screen: counted where it was
    /// left, its answers overwritten.
    fn leave_service(&mut self, reason: Abandon) {
        if let Screen::Wizard(state) = &mut self.screen {
            state.wipe();
            let left = self.visit.tally.left(reason);
            self.record(left);
        }
    }

    fn event(&mut self, event: Event) -> Option<Job<Message>> {
        match event {
            Event::Chose(lang) => self.chose(lang),
            Event::Finish => {
                // A paper did not print: ask before the session is wiped.
                if self.visit.missing_paper().is_some() {
                    self.visit.asking_papers = true;
                    return None;
                }
                return self.finish();
            }
            Event::Assisted => {
                self.wipe();
                self.visit.tally = SessionTally::assisted();
                self.screen = Screen::Language;
            }
            Event::LeaveKiosk => self.leaving = true,
            Event::Training(practice) => {
                let on = practice.is_some();
                if self.switch_desk(practice) {
                    return self.route(Message::Operator(operator::Message::DeskSwitched(on)));
                }
            }
        }
        None
    }

    /// "I have finished": the session is counted and wiped.
    fn finish(&mut self) -> Option<Job<Message>> {
        self.leave_service(Abandon::Cancel);
        self.wipe();
        None
    }

    /// The session's language: back to the screen it was changed from
    /// (an assisted session keeps its answers), or home.
    fn chose(&mut self, lang: LanguageId) {
        self.visit.language = lang;
        let layout = self.keyboard_layout();
        self.screen = match self.behind.take().map(|b| *b) {
            Some(Screen::Wizard(mut state)) => {
                state.set_keyboard(layout);
                Screen::Wizard(state)
            }
            Some(other) => other,
            None => Screen::Home(home::State::default()),
        };
        let started = self.visit.tally.language_chosen(&self.visit.language);
        self.record(started);
    }

    /// The hidden corner: held for `operator::HOLD`, it opens the PIN pad
    /// (not over the operator's own screens).
    fn corner(&mut self, down: bool) -> Option<Job<Message>> {
        let now = self.idle.at();
        if down {
            self.corner.down(now);
            return None;
        }
        if !self.corner.up(now) || self.screen.is_operator() {
            return None;
        }
        // Out of service (no desk): no panel to open.
        let pad = pin::State::open(self.desk.as_ref()?.pin_locked(now));
        let current = std::mem::replace(&mut self.screen, Screen::Pin(pad));
        self.behind = Some(Box::new(current));
        None
    }

    /// The clock: the waiting pages move; after `idle_timeout` without a
    /// touch the warning shows; after `idle_warning` more, the wipe.
    fn tick(&mut self, now: Instant) -> Option<Job<Message>> {
        if let Screen::Wizard(state) = &mut self.screen {
            state.tick(now);
        }
        let (timeout, warning) = self.config().map(|c| (c.idle_timeout, c.idle_warning))?;
        if matches!(self.screen, Screen::Attract(_) | Screen::OutOfService(_)) {
            self.idle.now = now;
            return None;
        }
        match self.idle.tick(now, timeout, warning) {
            idle::Step::Wipe => {
                tracing::info!("idle: session wiped");
                self.leave_service(Abandon::Timeout);
                self.wipe();
            }
            idle::Step::Warn => {
                if let Some(desk) = &self.desk {
                    desk.speaker().chime();
                }
            }
            idle::Step::Nothing => {}
        }
        None
    }

    /// The end of a session: answers, typed text, printed documents, the
    /// voice, the look and the language choice are overwritten and
    /// dropped, a session left under the panel too; the attract screen
    /// returns in the default language. What is in the outbox stays.
    pub fn wipe(&mut self) {
        self.screen.wipe();
        if let Some(mut behind) = self.behind.take() {
            behind.wipe();
        }
        if let Some(desk) = &self.desk {
            desk.speaker().stop();
        }
        self.visit.end(self.default_language());
        self.idle.reset();
        self.screen = Screen::Attract(attract::State::default());
    }

    /// The voice belongs to a page: another page stops it, and with
    /// auto-read on, the new page is read.
    fn follow_page(&mut self) {
        let Some(desk) = self.desk.clone() else {
            return;
        };
        let dialog = if self.visit.asking_papers {
            ":papers"
        } else {
            ""
        };
        let page = self
            .screen
            .page()
            .map(|page| format!("{}:{page}{dialog}", self.visit.language.as_str()));
        if self.visit.voice.follow(page, desk.speaker())
            && let Some(text) = self.page_speech()
        {
            desk.speaker().say(&self.visit.language, text);
        }
    }

    /// What the listen button reads on the page shown.
    pub fn page_speech(&self) -> Option<String> {
        let desk = self.desk.as_ref()?;
        let ctx = self.visit.ctx(&self.library);
        // "Did you get your papers?" over the page: what it asks is read.
        if let Some((_, problem)) = self
            .visit
            .missing_paper()
            .filter(|_| self.visit.asking_papers)
        {
            let lines = [
                ctx.t("papers-title"),
                format!("{} {}", ctx.t("papers-not-printed"), ctx.t(problem)),
                ctx.t("papers-what-now"),
                ctx.t("papers-finish-anyway"),
                ctx.t("print-again"),
                ctx.t("papers-back"),
            ];
            return Some(crate::speech::script::join(&lines));
        }
        let private = desk.speaker().headphones;
        let lines = self
            .screen
            .speech(&ctx, &self.library, &desk.config, private)?;
        Some(crate::speech::script::join(&lines))
    }
}
