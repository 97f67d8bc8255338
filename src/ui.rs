//! The iced front end: turns the kiosk's state into widgets and taps into
//! intents. The only module (with `main.rs`) that knows iced exists.
//!
//! `Kiosk::handle` is the whole state machine: it applies a message and
//! says which background `Job` to run (if any); `Kiosk::update` runs that
//! job as an iced `Task`. The GUI tests call `handle` and run the same jobs
//! themselves, so they exercise everything but the event loop.

pub mod chrome;
pub mod effects;
pub mod fonts;
pub mod keyboard;
pub mod layout;
pub mod screen;
pub mod theme;

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::{Element, Size, Subscription, Task, Theme, event, mouse, touch, window};
use zeroize::Zeroize;

use crate::Library;
use crate::catalogue::{CategoryId, ServiceId};
use crate::config::KioskConfig;
use crate::desk::Desk;
use crate::i18n::{KeyboardLayout, LanguageId};
use crate::monitoring::{Abandon, Event, Mode};
use chrome::Printing;
use effects::{Doc, Job};
use layout::Ctx;
use screen::{attract, home, language, operator, out_of_service, pin, service, wizard};

/// The window size of the windowed (non-kiosk) mode.
pub const WINDOW_SIZE: Size = Size::new(1280.0, 800.0);
/// How long each language's "touch to start" stays on the attract screen.
pub const ATTRACT_CYCLE: Duration = Duration::from_millis(2500);
/// How often the idle clock and the waiting pages move.
pub const TICK: Duration = Duration::from_millis(500);

/// How the kiosk starts: with its desk (config, outbox, agencies), or out
/// of service with the operator-facing explanation of what is wrong.
#[derive(Debug, Clone)]
pub enum Start {
    Ready(Arc<Desk>),
    OutOfService(String),
}

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
    PinChecked(bool),
    Operator(operator::Message),
    Printed {
        doc: Doc,
        pdf: Option<Arc<Vec<u8>>>,
        result: Result<(), &'static str>,
    },
    /// A touch or a key anywhere: the person is still there.
    Input,
    /// The clock, for the idle timeout and the waiting pages.
    Tick(Instant),
    AttractTick,
    /// A frame is about to be drawn (watched only until the first one).
    Frame(Instant),
}

#[derive(Debug)]
enum Screen {
    Attract(attract::State),
    Language,
    /// The categories, or one category's services.
    Home(Option<CategoryId>),
    Service(ServiceId),
    Wizard(Box<wizard::State>),
    Pin(pin::State),
    Operator(Box<operator::State>),
    OutOfService(String),
}

/// The person's choices of look, reset by the wipe.
#[derive(Debug, Default, Clone, Copy)]
struct Look {
    /// Index into `theme::TEXT_SCALES`.
    text_size: usize,
    high_contrast: bool,
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
    /// The session's language; the config's default between sessions.
    language: LanguageId,
    kiosk_mode: bool,
    look: Look,
    last_input: Instant,
    /// When the idle warning appeared.
    warning_since: Option<Instant>,
    /// The latest clock reading (for the countdown).
    now: Instant,
    operator_called: bool,
    /// Calls for an operator since start (anonymous; for the monitoring).
    operator_calls: u64,
    printing: Option<Printing>,
    /// Documents printed in this session, kept for "print again" and
    /// overwritten at the wipe.
    printed: Vec<(Doc, Arc<Vec<u8>>)>,
    /// When the process started, until the first frame has been logged.
    awaiting_first_frame: Option<Instant>,
    /// What the statistics know of this session (nothing personal).
    tally: Tally,
    /// The screen under the PIN pad, the operator's panel or a language
    /// switch in an assisted session, to return to.
    behind: Option<Box<Screen>>,
    pin_gate: crate::operator::PinGate,
    /// When a finger went down on the hidden corner.
    corner_since: Option<Instant>,
    /// The operator asked to leave the kiosk (maintenance).
    leaving: bool,
    /// Read each new page aloud without a tap (this session).
    auto_read: bool,
    /// The page the voice belongs to: when another is shown, it stops.
    spoken_page: Option<String>,
}

/// The session as the statistics see it.
#[derive(Debug, Default)]
struct Tally {
    mode: Option<Mode>,
    session_counted: bool,
    /// The open service: when its first question was shown, and in which
    /// language (its completion counts there, even if an operator switched).
    service_started: Option<Instant>,
    service_language: Option<LanguageId>,
    last_page: Option<String>,
    completed: bool,
}

impl Kiosk {
    pub fn new(library: Arc<Library>, start: Start, kiosk_mode: bool) -> Self {
        let now = Instant::now();
        let (desk, screen, language) = match start {
            Start::Ready(desk) => {
                let language = desk.config.default_language.clone();
                (
                    Some(desk),
                    Screen::Attract(attract::State::default()),
                    language,
                )
            }
            Start::OutOfService(explanation) => (
                None,
                Screen::OutOfService(explanation),
                LanguageId::reference(),
            ),
        };
        Self {
            library,
            desk,
            parked: None,
            auto_read: false,
            spoken_page: None,
            screen,
            language,
            kiosk_mode,
            look: Look::default(),
            last_input: now,
            warning_since: None,
            now,
            operator_called: false,
            operator_calls: 0,
            printing: None,
            printed: Vec::new(),
            awaiting_first_frame: None,
            tally: Tally::default(),
            behind: None,
            pin_gate: crate::operator::PinGate::default(),
            corner_since: None,
            leaving: false,
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
        &self.printed
    }

    pub fn operator_calls(&self) -> u64 {
        self.operator_calls
    }

    /// Counts an anonymous event (the desk's writer thread stores it).
    fn record(&self, event: Event) {
        if let Some(desk) = &self.desk {
            desk.record(&event, self.tally.mode.unwrap_or(Mode::SelfService));
        }
    }

    /// Counts what changed in the open service: a new page, refused
    /// answers, the end reached.
    fn observe_wizard(&mut self, validated: bool) {
        let Screen::Wizard(state) = &self.screen else {
            return;
        };
        let service = state.service.clone();
        let page = state.page_id();
        let mut events = Vec::new();
        if let Some(page) = &page
            && self.tally.last_page.as_ref() != Some(page)
        {
            events.push(Event::PageReached {
                service: service.clone(),
                page: page.clone(),
            });
        } else if validated {
            for field in state.error_kinds() {
                events.push(Event::ValidationError {
                    service: service.clone(),
                    page: page.clone().unwrap_or_default(),
                    field,
                });
            }
        }
        if page.is_some() {
            self.tally.last_page = page;
        }
        if !self.tally.completed && state.reached_end() {
            self.tally.completed = true;
            let seconds = self.tally.service_started.map_or(0.0, |t| {
                Instant::now().saturating_duration_since(t).as_secs_f64()
            });
            events.push(Event::Completed {
                service,
                language: self
                    .tally
                    .service_language
                    .clone()
                    .unwrap_or_else(|| self.language.clone()),
                seconds,
            });
        }
        for event in events {
            self.record(event);
        }
    }

    /// A service left before its end is counted where it was left.
    fn count_abandon(&mut self, reason: Abandon) {
        if let Screen::Wizard(state) = &self.screen
            && !self.tally.completed
        {
            self.record(Event::Abandoned {
                service: state.service.clone(),
                page: self.tally.last_page.clone().unwrap_or_default(),
                reason,
            });
        }
        self.tally.service_started = None;
        self.tally.last_page = None;
        self.tally.completed = false;
    }

    fn config(&self) -> Option<&KioskConfig> {
        self.desk.as_deref().map(|d| &*d.config)
    }

    fn enabled_languages(&self) -> &[LanguageId] {
        self.config().map_or(&[], |c| c.languages.as_slice())
    }

    fn palette(&self) -> theme::Palette {
        if self.look.high_contrast {
            theme::HIGH_CONTRAST
        } else {
            theme::NORMAL
        }
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
            palette: self.palette(),
            scale: theme::TEXT_SCALES[self.look.text_size.min(theme::TEXT_SCALES.len() - 1)],
        }
    }

    fn keyboard_layout(&self) -> KeyboardLayout {
        self.library
            .translations
            .meta(&self.language)
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
    pub fn handle(&mut self, message: Message) -> Option<Job> {
        let job = self.apply(message);
        self.follow_page();
        job
    }

    /// The voice belongs to a page: another page stops it, and with
    /// auto-read on, the new page is read.
    fn follow_page(&mut self) {
        let page = self.page_signature();
        if page == self.spoken_page {
            return;
        }
        self.spoken_page = page;
        let Some(desk) = &self.desk else {
            return;
        };
        desk.speaker().stop();
        if self.auto_read && self.spoken_page.is_some() {
            self.read_page();
        }
    }

    /// Which page is shown, for the voice (none: a screen nothing reads).
    fn page_signature(&self) -> Option<String> {
        match &self.screen {
            Screen::Home(open) => {
                Some(format!("home:{}", open.as_ref().map_or("", |c| c.as_str())))
            }
            Screen::Service(id) => Some(format!("service:{}", id.as_str())),
            Screen::Wizard(state) => Some(format!("wizard:{}", state.page_signature())),
            _ => None,
        }
        .map(|page| format!("{}:{page}", self.language.as_str()))
    }

    /// What the listen button reads on the page shown, from the same
    /// Fluent strings the page shows.
    pub fn page_speech(&self) -> Option<String> {
        let ctx = self.ctx();
        let private = self.desk.as_ref()?.speaker().headphones;
        let lines = match &self.screen {
            Screen::Home(open) => home::speech(
                &ctx,
                &self.library.catalogue,
                &self.config()?.services,
                open.as_ref(),
            ),
            Screen::Service(id) => {
                service::speech(&ctx, self.library.catalogue.service(id.as_str())?)
            }
            Screen::Wizard(state) => state.speech(&ctx, &self.library, private),
            _ => return None,
        };
        Some(crate::speech::script::join(&lines))
    }

    fn read_page(&self) {
        if let (Some(desk), Some(text)) = (&self.desk, self.page_speech()) {
            desk.speaker().say(&self.language, text);
        }
    }

    /// Whether the listen button shows (speech works in this language).
    fn can_listen(&self) -> bool {
        self.desk
            .as_ref()
            .is_some_and(|d| d.speaker().can_speak(&self.language))
    }

    fn apply(&mut self, message: Message) -> Option<Job> {
        match message {
            Message::Frame(at) => {
                if let Some(launched) = self.awaiting_first_frame.take() {
                    let elapsed = at.saturating_duration_since(launched);
                    tracing::info!(milliseconds = elapsed.as_millis(), "first frame");
                }
                return None;
            }
            Message::Tick(now) => {
                self.tick(now);
                return None;
            }
            Message::AttractTick => {
                let count = self.enabled_languages().len();
                if let Screen::Attract(state) = &mut self.screen {
                    state.advance(count);
                }
                return None;
            }
            Message::Printed { doc, pdf, result } => {
                if let Some(pdf) = pdf
                    && !self.printed.iter().any(|(_, kept)| Arc::ptr_eq(kept, &pdf))
                {
                    self.printed.push((doc, pdf));
                }
                self.record(match result {
                    Ok(()) => Event::DocumentPrinted { document: doc.id() },
                    Err(reason) => Event::PrintFailed {
                        document: doc.id(),
                        reason,
                    },
                });
                self.printing = Some(match result {
                    Ok(()) => Printing::Done,
                    Err(key) => Printing::Failed(key),
                });
                return None;
            }
            Message::PinChecked(correct) => return self.pin_checked(correct),
            Message::Operator(message) if self.operator_result(&message) => return None,
            Message::Corner(down) => {
                let now = Instant::now().max(self.now);
                if down {
                    self.corner_since = Some(now);
                } else if let Some(since) = self.corner_since.take()
                    && now.saturating_duration_since(since) >= crate::operator::HOLD
                {
                    self.open_pin_pad();
                }
                return None;
            }
            _ => {}
        }
        // Everything else is the person touching the screen.
        self.last_input = Instant::now().max(self.now);
        self.warning_since = None;
        let config = Arc::clone(&self.desk.as_ref()?.config);
        match message {
            Message::Input | Message::Chrome(chrome::Message::IdleContinue) => None,
            Message::Pin(message) => self.pin(message),
            Message::Operator(message) => self.operator(message),
            Message::Chrome(chrome::Message::ChangeLanguage) => {
                // An assisted session: the language changes, the answers stay.
                let current = std::mem::replace(&mut self.screen, Screen::Language);
                self.behind = Some(Box::new(current));
                None
            }
            Message::Attract(attract::Message::Touched) => {
                self.screen = Screen::Language;
                None
            }
            Message::Language(language::Message::Chosen(lang)) => {
                if config.languages.contains(&lang) {
                    self.language = lang;
                    let layout = self.keyboard_layout();
                    self.screen = match self.behind.take().map(|b| *b) {
                        Some(Screen::Wizard(mut state)) => {
                            state.set_keyboard(layout);
                            Screen::Wizard(state)
                        }
                        Some(other) => other,
                        None => Screen::Home(None),
                    };
                    if !self.tally.session_counted {
                        self.tally.session_counted = true;
                        self.record(Event::SessionStarted {
                            language: self.language.clone(),
                        });
                    }
                }
                None
            }
            Message::Home(home::Message::Service(id)) => {
                if config.services.contains(&id) {
                    self.printing = None;
                    self.screen = Screen::Service(id);
                }
                None
            }
            Message::Home(home::Message::Category(id)) => {
                self.screen = Screen::Home(Some(id));
                None
            }
            Message::Home(home::Message::Categories) => {
                self.screen = Screen::Home(None);
                None
            }
            Message::Home(home::Message::ChangeLanguage) => {
                self.screen = Screen::Language;
                None
            }
            Message::Home(home::Message::Finish) => {
                self.wipe();
                None
            }
            Message::Service(service::Message::Back) => {
                self.screen = Screen::Home(self.category_of_open_service());
                None
            }
            Message::Service(service::Message::Print) => {
                let Screen::Service(id) = &self.screen else {
                    return None;
                };
                let printable = effects::Printable::Info {
                    service: id.as_str().to_owned(),
                };
                self.print(Doc::Info, printable)
            }
            Message::Service(service::Message::Start) => {
                let Screen::Service(id) = &self.screen else {
                    return None;
                };
                let flow = Arc::clone(self.library.flows.get(id.as_str())?);
                let (state, event) = wizard::State::new(
                    id.clone(),
                    flow,
                    today(),
                    self.keyboard_layout(),
                    &self.library,
                );
                self.printing = None;
                self.record(Event::ServiceStarted {
                    service: id.clone(),
                    language: self.language.clone(),
                });
                self.tally.service_started = Some(Instant::now());
                self.tally.service_language = Some(self.language.clone());
                self.tally.last_page = None;
                self.tally.completed = false;
                self.screen = Screen::Wizard(Box::new(state));
                self.observe_wizard(false);
                self.wizard_event(event)
            }
            Message::Wizard(message) => {
                let library = Arc::clone(&self.library);
                let validated = matches!(message, wizard::Message::Continue);
                let Screen::Wizard(state) = &mut self.screen else {
                    return None;
                };
                let event = state.update(message, &library);
                self.observe_wizard(validated);
                self.wizard_event(event)
            }
            Message::Chrome(chrome::Message::CallOperator) => {
                if !self.operator_called {
                    self.operator_called = true;
                    self.operator_calls += 1;
                    tracing::info!(calls = self.operator_calls, "an operator was called");
                    self.record(Event::OperatorCalled);
                }
                None
            }
            Message::Chrome(chrome::Message::Listen) => {
                let speaker = self.desk.as_ref()?.speaker();
                if speaker.is_speaking() {
                    speaker.stop();
                } else {
                    self.read_page();
                }
                None
            }
            Message::Chrome(chrome::Message::AutoRead) => {
                self.auto_read = !self.auto_read;
                let speaker = self.desk.as_ref()?.speaker();
                if self.auto_read && !speaker.is_speaking() {
                    self.read_page();
                } else if !self.auto_read {
                    speaker.stop();
                }
                None
            }
            Message::Chrome(chrome::Message::TextSize) => {
                self.look.text_size = (self.look.text_size + 1) % theme::TEXT_SCALES.len();
                None
            }
            Message::Chrome(chrome::Message::Contrast) => {
                self.look.high_contrast = !self.look.high_contrast;
                None
            }
            Message::Chrome(chrome::Message::Reprint) => {
                let (doc, pdf) = self.printed.last()?.clone();
                self.printing = Some(Printing::Busy);
                Some(Job::Reprint { doc, pdf })
            }
            Message::Frame(_)
            | Message::Tick(_)
            | Message::AttractTick
            | Message::Corner(_)
            | Message::PinChecked(_)
            | Message::Printed { .. } => None,
        }
    }

    fn open_pin_pad(&mut self) {
        if matches!(
            self.screen,
            Screen::Pin(_) | Screen::Operator(_) | Screen::OutOfService(_)
        ) {
            return;
        }
        let mut pad = pin::State::default();
        if let Some(remaining) = self.pin_gate.locked(Instant::now().max(self.now)) {
            pad.notice = Some(pin::Notice::Locked {
                seconds: remaining.as_secs().max(1),
            });
        }
        let current = std::mem::replace(&mut self.screen, Screen::Pin(pad));
        self.behind = Some(Box::new(current));
    }

    fn close_operator(&mut self) {
        self.screen = self
            .behind
            .take()
            .map_or(Screen::Attract(attract::State::default()), |b| *b);
    }

    fn pin(&mut self, message: pin::Message) -> Option<Job> {
        let Screen::Pin(pad) = &mut self.screen else {
            return None;
        };
        if let pin::Message::Cancel = message {
            pad.wipe();
            self.close_operator();
            return None;
        }
        let now = Instant::now().max(self.now);
        if let Some(remaining) = self.pin_gate.locked(now) {
            pad.notice = Some(pin::Notice::Locked {
                seconds: remaining.as_secs().max(1),
            });
            return None;
        }
        pad.update(&message)
            .map(|pin| Job::CheckPin(zeroize::Zeroizing::new(pin)))
    }

    fn pin_checked(&mut self, correct: bool) -> Option<Job> {
        let now = Instant::now().max(self.now);
        let verdict = self.pin_gate.checked(correct, now);
        let Screen::Pin(pad) = &mut self.screen else {
            return None;
        };
        match verdict {
            crate::operator::Verdict::Accepted => {
                self.screen = Screen::Operator(Box::default());
                Some(Job::Operator(effects::OperatorJob::LoadOutbox))
            }
            crate::operator::Verdict::Wrong { attempts_left } => {
                pad.notice = Some(pin::Notice::Wrong { attempts_left });
                None
            }
            crate::operator::Verdict::Locked { remaining } => {
                pad.notice = Some(pin::Notice::Locked {
                    seconds: remaining.as_secs().max(1),
                });
                None
            }
        }
    }

    /// A result for the operator's panel (true: it was one).
    fn operator_result(&mut self, message: &operator::Message) -> bool {
        let library = Arc::clone(&self.library);
        let default = self
            .config()
            .map_or_else(LanguageId::reference, |c| c.default_language.clone());
        let Screen::Operator(state) = &mut self.screen else {
            return false;
        };
        state.take_result(message, &operator_ctx(&library, &default))
    }

    /// Whether the kiosk practises, and who switched it on.
    fn training(&self) -> operator::Training {
        match (self.config().is_some_and(|c| c.training_mode), &self.parked) {
            (false, _) => operator::Training::Off,
            (true, Some(_)) => operator::Training::Switched,
            (true, None) => operator::Training::FromConfig,
        }
    }

    /// The operator switched training on (the practice desk is ready) or
    /// off. A session left under the panel is wiped either way: what a
    /// person typed for a real office must not go to the simulator, nor a
    /// trainee's practice to a real office.
    fn switch_desk(&mut self, training: Option<Arc<Desk>>) {
        let leaving = match training {
            Some(practice) => {
                if self.parked.is_some() {
                    return;
                }
                tracing::info!("operator switched training mode on");
                self.parked = self.desk.replace(practice);
                None
            }
            None => {
                let Some(real) = self.parked.take() else {
                    return;
                };
                tracing::info!("operator switched training mode off");
                self.desk.replace(real)
            }
        };
        let panel = std::mem::replace(&mut self.screen, Screen::Attract(attract::State::default()));
        self.wipe();
        self.screen = panel;
        // Stopping a desk joins its worker and simulator threads: not on
        // the UI thread.
        if let Some(practice) = leaving {
            let _ = std::thread::Builder::new()
                .name("training-stop".into())
                .spawn(move || drop(practice));
        }
    }

    fn operator(&mut self, message: operator::Message) -> Option<Job> {
        use effects::OperatorJob as J;
        if !matches!(self.screen, Screen::Operator(_)) {
            return None;
        }
        match message {
            operator::Message::TrainingReady(Ok(practice)) => {
                self.switch_desk(Some(practice));
                return Some(Job::Operator(J::LoadFaults));
            }
            operator::Message::StopTraining => {
                self.switch_desk(None);
                return Some(Job::Operator(J::LoadHealth));
            }
            _ => {}
        }
        let failed = self.operator_ctx().map(|ctx| ctx.t("training-failed"));
        let Screen::Operator(state) = &mut self.screen else {
            return None;
        };
        let job = match message {
            operator::Message::Tab(tab) => {
                state.tab = tab;
                match tab {
                    operator::Tab::Outbox => J::LoadOutbox,
                    operator::Tab::Health => J::LoadHealth,
                    operator::Tab::Statistics => J::LoadStatistics(state.period),
                    operator::Tab::Training => J::LoadFaults,
                }
            }
            operator::Message::Period(period) => {
                state.period = period;
                J::LoadStatistics(period)
            }
            operator::Message::Refresh => match state.tab {
                operator::Tab::Outbox => J::LoadOutbox,
                operator::Tab::Health => J::LoadHealth,
                operator::Tab::Statistics => J::LoadStatistics(state.period),
                operator::Tab::Training => J::LoadFaults,
            },
            operator::Message::StartTraining => J::StartTraining,
            operator::Message::TrainingReady(Err(())) => {
                state.set_notice(failed);
                return None;
            }
            operator::Message::Fault(agency, preset) => J::SetFault(agency, preset),
            operator::Message::Retry(reference) => J::Retry(reference),
            operator::Message::AskCancel(reference) => {
                state.ask_cancel(Some(reference));
                return None;
            }
            operator::Message::KeepIt => {
                state.ask_cancel(None);
                return None;
            }
            operator::Message::Cancel(reference, reason) => {
                state.ask_cancel(None);
                J::Cancel(reference, reason)
            }
            operator::Message::Reprint(reference) => J::Reprint(reference),
            operator::Message::Export => J::ExportCsv,
            operator::Message::StartAssisted => {
                tracing::info!("operator left the panel: assisted session");
                self.behind = None;
                self.wipe();
                self.tally.mode = Some(Mode::Assisted);
                self.screen = Screen::Language;
                return None;
            }
            operator::Message::LeaveKiosk => {
                tracing::info!("operator left the kiosk for maintenance");
                self.leaving = true;
                return None;
            }
            operator::Message::Close => {
                tracing::info!("operator left the panel");
                self.close_operator();
                return None;
            }
            operator::Message::Entries(..)
            | operator::Message::Figures(_)
            | operator::Message::HealthRead(_)
            | operator::Message::FaultsRead(..)
            | operator::Message::Exported(_)
            | operator::Message::TrainingReady(Ok(_))
            | operator::Message::StopTraining => return None,
        };
        Some(Job::Operator(job))
    }

    /// The operator's screens: the kiosk's default language, normal look.
    fn operator_ctx(&self) -> Option<Ctx<'_>> {
        Some(operator_ctx(
            &self.library,
            &self.config()?.default_language,
        ))
    }

    fn print(&mut self, doc: Doc, printable: effects::Printable) -> Option<Job> {
        self.printing = Some(Printing::Busy);
        Some(Job::Print {
            doc,
            printable,
            lang: self.language.clone(),
        })
    }

    fn wizard_event(&mut self, event: wizard::Event) -> Option<Job> {
        match event {
            wizard::Event::None => None,
            wizard::Event::Run(effect) => Some(Job::Wizard(effect)),
            wizard::Event::Print(doc, printable) => self.print(doc, printable),
            wizard::Event::Home => {
                let category = self.category_of_open_service();
                self.count_abandon(Abandon::Cancel);
                self.drop_service();
                self.screen = Screen::Home(category);
                None
            }
            wizard::Event::Intro => {
                let id = match &self.screen {
                    Screen::Wizard(state) => state.service.clone(),
                    _ => return None,
                };
                self.count_abandon(Abandon::Cancel);
                self.drop_service();
                self.screen = Screen::Service(id);
                None
            }
            wizard::Event::Finish => {
                self.count_abandon(Abandon::Cancel);
                self.wipe();
                None
            }
        }
    }

    /// The category of the service on screen (to go back to its list).
    fn category_of_open_service(&self) -> Option<CategoryId> {
        let id = match &self.screen {
            Screen::Service(id) => id,
            Screen::Wizard(state) => &state.service,
            _ => return None,
        };
        self.library
            .catalogue
            .service(id.as_str())
            .map(|s| s.category.clone())
    }

    /// The clock: after `idle_timeout` without a touch the warning shows;
    /// after `idle_warning` more, everything is wiped.
    fn tick(&mut self, now: Instant) {
        self.now = now;
        if let Screen::Wizard(state) = &mut self.screen {
            state.tick(now);
        }
        let Some(config) = self.config() else {
            return;
        };
        let (timeout, warning) = (config.idle_timeout, config.idle_warning);
        if matches!(self.screen, Screen::Attract(_) | Screen::OutOfService(_)) {
            return;
        }
        match self.warning_since {
            None if now.saturating_duration_since(self.last_input) >= timeout => {
                self.warning_since = Some(now);
            }
            Some(since) if now.saturating_duration_since(since) >= warning => {
                tracing::info!("idle: session wiped");
                self.count_abandon(Abandon::Timeout);
                self.wipe();
            }
            _ => {}
        }
    }

    /// Drops the open service's answers and typed text (overwritten first).
    fn drop_service(&mut self) {
        if let Screen::Wizard(state) = &mut self.screen {
            state.wipe();
        }
    }

    /// The end of a session: answers, typed text, printed documents and the
    /// language choice are overwritten and dropped; the attract screen
    /// returns in the default language. What is in the outbox stays.
    pub fn wipe(&mut self) {
        self.drop_service();
        // A session left under the operator's panel (or a language switch)
        // goes too.
        if let Some(mut behind) = self.behind.take()
            && let Screen::Wizard(state) = behind.as_mut()
        {
            state.wipe();
        }
        if let Screen::Pin(pad) = &mut self.screen {
            pad.wipe();
        }
        for (_, pdf) in self.printed.drain(..) {
            if let Ok(mut bytes) = Arc::try_unwrap(pdf) {
                bytes.zeroize();
            }
        }
        self.printing = None;
        self.auto_read = false;
        if let Some(desk) = &self.desk {
            desk.speaker().stop();
        }
        self.operator_called = false;
        self.tally = Tally::default();
        self.look = Look::default();
        self.warning_since = None;
        self.language = self
            .config()
            .map_or_else(LanguageId::reference, |c| c.default_language.clone());
        self.screen = Screen::Attract(attract::State::default());
    }

    pub fn view(&self) -> Element<'_, Message> {
        let translations = &self.library.translations;
        let palette = self.palette();
        let bar = || chrome::Bar {
            assisted: self.tally.mode == Some(Mode::Assisted),
            largest_text: self.look.text_size + 1 == theme::TEXT_SCALES.len(),
            high_contrast: self.look.high_contrast,
            operator_called: self.operator_called,
            printing: self.printing.clone(),
            listen: self.can_listen().then(|| chrome::Listen {
                speaking: self
                    .desk
                    .as_ref()
                    .is_some_and(|d| d.speaker().is_speaking()),
                auto_read: self.auto_read,
            }),
        };
        let content = if let (Some(since), Some(config)) = (self.warning_since, self.config()) {
            let left = config
                .idle_warning
                .saturating_sub(self.now.saturating_duration_since(since));
            chrome::idle_warning(
                self.ctx(),
                left.as_secs_f64().ceil() as u64,
                Message::Chrome,
            )
        } else {
            match &self.screen {
                Screen::OutOfService(explanation) => {
                    out_of_service::view(translations, explanation)
                }
                Screen::Attract(state) => state
                    .view(translations, self.enabled_languages(), palette)
                    .map(Message::Attract),
                Screen::Language => {
                    let default = self
                        .config()
                        .map_or(&self.language, |c| &c.default_language);
                    chrome::frame(
                        self.ctx(),
                        bar(),
                        language::view(translations, self.enabled_languages(), default, palette)
                            .map(Message::Language),
                        Message::Chrome,
                    )
                }
                Screen::Home(open) => match self.config() {
                    Some(config) => chrome::frame(
                        self.ctx(),
                        bar(),
                        home::view(
                            self.ctx(),
                            &self.library.catalogue,
                            &config.services,
                            open.as_ref(),
                        )
                        .map(Message::Home),
                        Message::Chrome,
                    ),
                    None => iced::widget::column![].into(),
                },
                Screen::Service(id) => match self.library.catalogue.service(id.as_str()) {
                    Some(service) => chrome::frame(
                        self.ctx(),
                        bar(),
                        service::view(
                            self.ctx(),
                            service,
                            self.library.flows.get(id.as_str()).is_some(),
                        )
                        .map(Message::Service),
                        Message::Chrome,
                    ),
                    None => iced::widget::column![].into(),
                },
                Screen::Wizard(state) => chrome::frame(
                    self.ctx(),
                    bar(),
                    state.view(self.ctx(), &self.library).map(Message::Wizard),
                    Message::Chrome,
                ),
                Screen::Pin(pad) => match self.operator_ctx() {
                    Some(ctx) => pin::view(ctx, pad).map(Message::Pin),
                    None => iced::widget::column![].into(),
                },
                Screen::Operator(state) => match self.operator_ctx() {
                    Some(ctx) => {
                        operator::view(ctx, state, self.training(), jiff::Timestamp::now())
                            .map(Message::Operator)
                    }
                    None => iced::widget::column![].into(),
                },
            }
        };
        // The hidden corner (top left, inside the page margin so it covers
        // no button): held for three seconds, it opens the PIN pad.
        let content = match self.screen {
            Screen::Pin(_) | Screen::Operator(_) | Screen::OutOfService(_) => content,
            _ => iced::widget::stack![
                content,
                iced::widget::mouse_area(
                    iced::widget::Space::new()
                        .width(theme::SPACING * 1.75)
                        .height(theme::SPACING * 1.75)
                )
                .on_press(Message::Corner(true))
                .on_release(Message::Corner(false))
            ]
            .into(),
        };
        // Training: a ribbon on every screen says nothing is real.
        let content = match self.config() {
            Some(config) if config.training_mode => iced::widget::column![
                iced::widget::container(
                    iced::widget::text(self.ctx().t("training-ribbon"))
                        .font(self.ctx().font)
                        .size(theme::SMALL_TEXT_SIZE)
                        .color(palette.on_danger)
                )
                .center_x(iced::Length::Fill)
                .padding([theme::SPACING / 4.0, theme::PAGE_PADDING])
                .style(theme::alarm(palette)),
                content
            ]
            .into(),
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
        theme::theme(&self.palette())
    }
}

/// The day in Italy (the flows' date limits and ages).
fn today() -> jiff::civil::Date {
    let now = jiff::ZonedDateTime::now();
    now.in_tz("Europe/Rome").unwrap_or(now).date()
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

/// The operator's screens: the kiosk's default language, normal look.
fn operator_ctx<'a>(library: &'a Library, language: &'a LanguageId) -> Ctx<'a> {
    let tr = library.translations.in_language(language);
    Ctx {
        tr,
        direction: tr.direction(),
        font: library
            .translations
            .meta(language)
            .map_or(fonts::LATIN, |m| fonts::for_script(m.script)),
        palette: theme::NORMAL,
        scale: 1.0,
    }
}
