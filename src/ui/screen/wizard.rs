//! The questions of a service, one page at a time, drawn from its flow
//! (`flows::Session` decides what comes next), the check page, then the
//! wait for the agency and what it answered. Views: `wizard/page.rs`
//! (questions, check page) and `wizard/outcome.rs` (waiting, confirmation,
//! results). What the person typed is kept per field until the page is
//! accepted, and an error never clears it.

mod outcome;
mod page;
mod speech;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use iced::Element;
use zeroize::Zeroize;

use crate::Library;
use crate::agencies::contract::{Kind, OfferEntry};
use crate::agencies::{self, Reply};
use crate::catalogue::portals::Portal;
use crate::catalogue::{Channel, Claim, ServiceId};
use crate::desk::Outcome;
use crate::desk::{Doc, Printable};
use crate::documents::ReceiptData;
use crate::flows::answer::Context;
use crate::flows::model::DocumentKind;
use crate::flows::session::FieldError;
use crate::flows::{FieldKind, Flow, Offer, Session, Step};
use crate::i18n::KeyboardLayout;
use crate::keyboard::{self, Key, Layout};
use crate::ui::contract::{Action, Env, Event, To};
use crate::ui::job;
use crate::ui::keyboard::Shown;
use crate::ui::layout::Ctx;

#[derive(Debug, Clone)]
pub enum Message {
    /// A tap on an option (choice, yes/no, an agency's offer).
    Choose {
        field: String,
        option: String,
    },
    /// A tap on a text box: the keyboard writes there.
    Focus(String),
    /// A tap between the letters of what was typed: the keyboard writes
    /// there, at that letter.
    Caret {
        field: String,
        at: usize,
    },
    Key(Key),
    /// A tap on a suggested place name under a comune or country box.
    Suggest {
        field: String,
        name: String,
    },
    Continue,
    Back,
    AddAnother(bool),
    /// "Change" on the check page.
    Change(Step),
    Send,
    Leave,
    LeaveConfirmed,
    Stay,
    RetryOffers,
    /// "Do not wait" while an application is delivered; "Cancel" while a
    /// look-up is asked.
    StopWaiting,
    /// From a refusal or a failed look-up back to the check page.
    Correct,
    Print(Doc),
    /// "Ask the help desk to finish it with me" (a portal service): the
    /// person's consent to put the prepared answers on the desk's queue.
    HandOff,
    Finish,
    Home,
    // Results of effects, matched to their request by a token.
    Offers {
        token: u64,
        field: String,
        result: Result<Vec<OfferEntry>, Refusal>,
    },
    Enqueued {
        token: u64,
        result: Result<String, String>,
    },
    Delivered {
        token: u64,
        reference: String,
        outcome: Outcome,
    },
    Answered {
        token: u64,
        result: Result<Box<Reply>, Unanswered>,
    },
    /// The ticket's notice as pagoPA holds it (and its pay-now page as a
    /// QR code, made off the UI thread), or the Fluent key of why not.
    PaymentVerified {
        token: u64,
        result: Result<(Box<crate::desk::Payment>, Option<crate::ui::qr::Code>), &'static str>,
    },
    /// The portal's address as a QR code, made off the UI thread.
    PortalCode {
        token: u64,
        code: Option<crate::ui::qr::Code>,
    },
}

impl Message {
    /// A job's result, not a touch.
    pub fn is_result(&self) -> bool {
        matches!(
            self,
            Message::Offers { .. }
                | Message::Enqueued { .. }
                | Message::Delivered { .. }
                | Message::Answered { .. }
                | Message::PortalCode { .. }
                | Message::PaymentVerified { .. }
        )
    }
}

/// Where the service is, past the questions.
#[derive(Debug, Clone)]
enum Phase {
    /// Questions and the check page (the session knows which).
    Asking,
    /// The outbox is storing the application.
    Storing { since: Instant },
    /// Stored; the agency has not answered yet.
    Delivering { since: Instant, reference: String },
    /// A look-up is asked.
    LookingUp { since: Instant },
    /// An application stored: sent, queued or refused.
    Done { reference: String, outcome: Outcome },
    /// A look-up answered.
    Answered(Box<Reply>),
    /// A look-up (or a store) that failed.
    Unanswered(Unanswered),
    /// A portal service prepared on paper: nothing sent. The portal's
    /// address as a QR code once made.
    /// `keep_days`: how long the kiosk keeps answers handed to the desk.
    Prepared {
        code: Option<crate::ui::qr::Code>,
        keep_days: u64,
    },
}

/// Why there is no answer: the message's Fluent key, and a public page the
/// person can open instead (shown as a QR code).
#[derive(Debug, Clone, PartialEq)]
pub struct Unanswered {
    pub key: String,
    pub page: Option<&'static str>,
    /// The page's address as a QR code (made off the UI thread).
    pub code: Option<crate::ui::qr::Code>,
}

impl Unanswered {
    fn key(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            page: None,
            code: None,
        }
    }

    fn of(error: &crate::desk::DeskError) -> Self {
        let page = error.page_to_open();
        Self {
            key: error.message_key(),
            page,
            code: page.and_then(crate::ui::qr::Code::new),
        }
    }
}

/// An amount in euros as the kiosk writes it (`36,15 €`).
fn euros(cents: u64) -> String {
    format!("{},{:02} €", cents / 100, cents % 100)
}

/// The ticket of a confirmation, checked with pagoPA before its notice can
/// be printed.
#[derive(Debug, Clone)]
pub enum Paying {
    Checking,
    Verified {
        payment: Box<crate::desk::Payment>,
        /// Checkout's page as a QR code.
        code: Option<crate::ui::qr::Code>,
    },
    /// The Fluent key of why it could not be verified.
    Failed(&'static str),
}

/// Why an agency gave no answer: the message's Fluent key, and the
/// agency's problem code when the kiosk knows it (a flow may say which
/// answer it is about).
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    pub key: String,
    pub code: Option<String>,
}

impl Refusal {
    fn of(error: &crate::desk::DeskError) -> Self {
        Self {
            key: error.message_key(),
            code: error.problem_code().map(str::to_owned),
        }
    }
}

/// The offers of an agency-choice field.
#[derive(Debug, Clone, PartialEq)]
enum Offers {
    Loading,
    Failed(String),
    Ready,
}

#[derive(Debug)]
pub struct State {
    pub service: ServiceId,
    /// The door the service reaches: what its pages may say happened.
    pub channel: Channel,
    /// A portal service's portal (address, ways in).
    portal: Option<Portal>,
    /// The confirmation's pagoPA ticket, as verified.
    paying: Option<Paying>,
    session: Session,
    /// What the person typed or chose on the current page, by field.
    inputs: BTreeMap<String, String>,
    errors: Vec<FieldError>,
    /// The field the keyboard writes into.
    active: Option<String>,
    /// Where in it (a letter index; none: at the end).
    caret: Option<usize>,
    shown: Option<Shown>,
    leaving: bool,
    offers: BTreeMap<String, Offers>,
    phase: Phase,
    /// Marks requests; a result with an older token is ignored.
    token: u64,
    /// A stored submission the agency refused: replaced by the next send.
    refused: Option<String>,
    language_keyboard: KeyboardLayout,
    /// The clock of the waiting pages (moved by the kiosk's tick).
    now: Instant,
    /// When the look-up's answer came (Italian time), for its printout.
    answered_at: Option<jiff::ZonedDateTime>,
}

impl State {
    pub fn new(
        service: ServiceId,
        channel: Channel,
        flow: Arc<Flow>,
        today: jiff::civil::Date,
        language_keyboard: KeyboardLayout,
        library: &Library,
    ) -> (Self, Action<Message>) {
        let portal = library
            .catalogue
            .portals()
            .of(&service)
            .map(|(_, portal)| portal.clone());
        let mut state = Self {
            service,
            channel,
            portal,
            paying: None,
            session: Session::new(flow, today),
            inputs: BTreeMap::new(),
            errors: Vec::new(),
            active: None,
            caret: None,
            shown: None,
            leaving: false,
            offers: BTreeMap::new(),
            phase: Phase::Asking,
            token: 0,
            refused: None,
            language_keyboard,
            now: Instant::now(),
            answered_at: None,
        };
        let action = state.open_page(library);
        (state, action)
    }

    /// What the statistics see of the page shown.
    pub fn seen(&self) -> crate::monitoring::Seen {
        crate::monitoring::Seen {
            page: self.page_id(),
            refused: self.error_kinds(),
            reached_end: self.reached_end(),
        }
    }

    /// The session's answers, for the tests of the wipe and the screens.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The id of the page on screen, for the statistics (flow page ids,
    /// `<group>-add-another`, `check`); none past the check page.
    pub fn page_id(&self) -> Option<String> {
        if !matches!(self.phase, Phase::Asking) {
            return None;
        }
        Some(match self.session.current() {
            Step::Page { page, .. } => self.flow().pages.get(*page)?.id.clone(),
            Step::AddAnother { group } => format!("{group}-add-another"),
            Step::Check => "check".to_owned(),
        })
    }

    /// Whether the person got what they came for: a stored application
    /// (sent or queued), a look-up's answer, or an end page (e.g. "you are
    /// exempt").
    pub fn reached_end(&self) -> bool {
        match &self.phase {
            Phase::Done { outcome, .. } => !matches!(outcome, Outcome::Refused { .. }),
            Phase::Answered(_) | Phase::Prepared { .. } => true,
            Phase::Asking => self.session.ended(),
            _ => false,
        }
    }

    /// The kinds of the fields refused on the last Continue.
    pub fn error_kinds(&self) -> Vec<FieldKind> {
        self.errors
            .iter()
            .filter_map(|e| self.field_kind(&e.field))
            .collect()
    }

    /// The session's language changed (an operator switched it): the
    /// keyboard follows, the answers stay.
    pub fn set_keyboard(&mut self, layout: KeyboardLayout) {
        self.language_keyboard = layout;
        if let Some(field) = self.active.clone() {
            self.focus(&field);
        }
    }

    /// Moves the clock of the waiting pages.
    pub fn tick(&mut self, now: Instant) {
        self.now = now;
    }

    /// Overwrites everything typed and answered (the idle wipe).
    pub fn wipe(&mut self) {
        for text in self.inputs.values_mut() {
            text.zeroize();
        }
        self.inputs.clear();
        self.session.wipe();
        self.paying = None;
        if let Phase::Answered(_) | Phase::Done { .. } | Phase::Prepared { .. } = self.phase {
            self.phase = Phase::Asking;
        }
    }

    fn flow(&self) -> &Flow {
        self.session.flow()
    }

    /// Fills the page's inputs from the answers already given, puts the
    /// keyboard on the first text field and asks the agency for the
    /// options of an agency-choice field.
    fn open_page(&mut self, library: &Library) -> Action<Message> {
        for text in self.inputs.values_mut() {
            text.zeroize();
        }
        self.inputs.clear();
        self.errors.clear();
        self.leaving = false;
        self.active = None;
        self.shown = None;
        let Step::Page { page, item } = self.session.current().clone() else {
            return Action::None;
        };
        let group = self.flow().pages.get(page).and_then(|p| p.repeat.clone());
        let fields: Vec<_> = self
            .flow()
            .pages
            .get(page)
            .map_or(Vec::new(), |p| p.fields.clone());
        let mut action = Action::None;
        for field in &fields {
            if let Some(answer) = self.session.answer(&field.id, group.as_deref().zip(item)) {
                let typed = answer.as_typed(&library.places, self.session.today());
                self.inputs.insert(field.id.clone(), typed);
            }
            if field.kind == FieldKind::AgencyChoice
                && let Some(source) = &field.source
            {
                self.token += 1;
                self.offers.insert(field.id.clone(), Offers::Loading);
                action = Action::Run(self.ask_offers(field.id.clone(), source.clone()));
            }
        }
        if let Some(first) = self.typed_fields().into_iter().next() {
            self.focus(&first);
        }
        action
    }

    /// Asks the agency for the options of an agency-choice field.
    fn ask_offers(&mut self, field: String, source: String) -> job::Job<Message> {
        self.token += 1;
        let token = self.token;
        self.offers.insert(field.clone(), Offers::Loading);
        job::offers(
            source,
            self.flow().service.clone(),
            self.session.answers().clone(),
        )
        .map(move |result| Message::Offers {
            token,
            field,
            result: result.map_err(|e| Refusal::of(&e)),
        })
    }

    /// The fields of the current page a person types into, in order.
    fn typed_fields(&self) -> Vec<String> {
        let Step::Page { page, item } = self.session.current().clone() else {
            return Vec::new();
        };
        self.session
            .visible_fields(page, item)
            .into_iter()
            .filter(|f| !Layout::choices(f.kind, self.language_keyboard).is_empty())
            .map(|f| f.id.clone())
            .collect()
    }

    fn field_kind(&self, field: &str) -> Option<FieldKind> {
        self.flow().field(field).map(|(_, f)| f.kind)
    }

    /// The keyboard to a typed field; for an option field (a line of the
    /// error summary points there) the keyboard goes away, so the options
    /// show.
    fn focus(&mut self, field: &str) {
        let Some(kind) = self.field_kind(field) else {
            return;
        };
        let layouts = Layout::choices(kind, self.language_keyboard);
        let Some(first) = layouts.first().copied() else {
            self.active = None;
            self.shown = None;
            return;
        };
        self.active = Some(field.to_owned());
        self.caret = None;
        self.shown = Some(Shown {
            layout: first,
            capitals: keyboard::starts_in_capitals(kind),
            other_letters: false,
            switch_to: layouts.get(1).copied(),
        });
    }

    pub fn update(&mut self, message: Message, env: &Env<'_>) -> Action<Message> {
        let library = &**env.library;
        match message {
            Message::Choose { field, option } => self.choose(field, option),
            Message::Focus(field) => self.focus(&field),
            Message::Caret { field, at } => {
                if self.active.as_deref() != Some(field.as_str()) {
                    self.focus(&field);
                }
                let length = self.inputs.get(&field).map_or(0, |t| t.chars().count());
                self.caret = (at < length).then_some(at);
            }
            Message::Key(key) => self.key(key, library),
            Message::Suggest { field, name } => {
                self.inputs.insert(field.clone(), name);
                self.caret = None;
                self.errors.retain(|e| e.field != field);
            }
            Message::Continue => return self.next(library),
            Message::Back => {
                if self.session.back() {
                    return self.open_page(library);
                }
                return Action::Navigate(To::Service(self.service.clone()));
            }
            Message::AddAnother(add) => {
                self.session.answer_add_another(add);
                return self.open_page(library);
            }
            Message::Change(step) => {
                self.session.change(step);
                return self.open_page(library);
            }
            Message::Send => {
                let keep_days = env.desk.config.retention.as_secs().div_ceil(86_400);
                return self.send(library, keep_days);
            }
            Message::Leave => self.leaving = true,
            Message::Stay => self.leaving = false,
            Message::LeaveConfirmed | Message::Home => return self.home(library),
            Message::RetryOffers => return self.open_page_keeping_inputs(library),
            Message::StopWaiting => return self.stop_waiting(),
            Message::Correct => return self.correct(library),
            Message::HandOff => return self.enqueue(),
            Message::Print(doc) => {
                if let Some(printable) = self.printable(doc) {
                    return Action::Print(doc, printable);
                }
            }
            Message::Finish => return Action::Event(Event::Finish),
            result => return self.result(result, library),
        }
        Action::None
    }

    /// Back to the list of this service's category.
    fn home(&self, library: &Library) -> Action<Message> {
        let category = library
            .catalogue
            .service(self.service.as_str())
            .map(|s| s.category.clone());
        Action::Navigate(To::Home(category))
    }

    /// A tap on an option: one chosen, or one more of several.
    fn choose(&mut self, field: String, option: String) {
        let multiple = self.flow().field(&field).is_some_and(|(_, f)| f.multiple);
        let value = self.inputs.entry(field.clone()).or_default();
        if multiple {
            let mut chosen: Vec<String> = value
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            match chosen.iter().position(|c| c == &option) {
                Some(i) => {
                    chosen.remove(i);
                }
                None => chosen.push(option),
            }
            *value = chosen.join(",");
        } else {
            *value = option;
        }
        self.errors.retain(|e| e.field != field);
        // The keyboard goes away so that the whole page shows.
        self.active = None;
        self.shown = None;
    }

    /// "Do not wait" (the application stays queued) or "Cancel" a look-up.
    fn stop_waiting(&mut self) -> Action<Message> {
        match &self.phase {
            Phase::Delivering { reference, .. } => {
                self.phase = Phase::Done {
                    reference: reference.clone(),
                    outcome: Outcome::Queued,
                };
                return self.auto_print();
            }
            Phase::LookingUp { .. } => {
                self.token += 1;
                self.phase = Phase::Asking;
            }
            _ => {}
        }
        Action::None
    }

    /// A job's result, matched to its request by a token (an older one
    /// is ignored).
    fn result(&mut self, message: Message, library: &Library) -> Action<Message> {
        match message {
            Message::Offers {
                token,
                field,
                result,
            } if token == self.token => return self.offered(field, result, library),
            Message::Enqueued { token, result } if token == self.token => match result {
                Ok(reference) => {
                    self.refused = None;
                    self.phase = Phase::Delivering {
                        since: self.now,
                        reference: reference.clone(),
                    };
                    return Action::Run(job::wait_delivery(reference.clone()).map(
                        move |outcome| Message::Delivered {
                            token,
                            reference,
                            outcome,
                        },
                    ));
                }
                Err(key) => self.phase = Phase::Unanswered(Unanswered::key(key)),
            },
            Message::Delivered {
                token,
                reference,
                outcome,
            } if token == self.token && matches!(self.phase, Phase::Delivering { .. }) => {
                return self.delivered(reference, outcome, library);
            }
            Message::Answered { token, result } if token == self.token => {
                self.answered_at = Some(crate::italy::now());
                self.phase = match result {
                    Ok(reply) => Phase::Answered(reply),
                    Err(unanswered) => Phase::Unanswered(unanswered),
                };
            }
            Message::PaymentVerified { token, result } if token == self.token => {
                self.paying = Some(match result {
                    Ok((payment, code)) => Paying::Verified { payment, code },
                    Err(key) => Paying::Failed(key),
                });
                return self.auto_print();
            }
            Message::PortalCode { token, code } if token == self.token => {
                if let Phase::Prepared { code: shown, .. } = &mut self.phase {
                    *shown = code;
                    // The sheet prints by itself: the person leaves with it.
                    if let Some(printable) = self.printable(Doc::PortalSheet) {
                        return Action::Print(Doc::PortalSheet, printable);
                    }
                }
            }
            _ => {}
        }
        Action::None
    }

    fn offered(
        &mut self,
        field: String,
        result: Result<Vec<OfferEntry>, Refusal>,
        library: &Library,
    ) -> Action<Message> {
        match result {
            Ok(entries) => {
                let offers = entries.into_iter().map(Offer::from).collect();
                self.session.offer(&field, offers);
                self.offers.insert(field, Offers::Ready);
            }
            Err(refusal) => {
                // A refusal about an earlier answer (the CUP does not know
                // the NRE) is shown where that answer was given.
                if let Some(action) = self.refused_answer(&refusal, library) {
                    return action;
                }
                self.offers.insert(field, Offers::Failed(refusal.key));
            }
        }
        Action::None
    }

    /// An agency refused an answer the flow names for the refusal's code:
    /// back to that answer's page, the agency's reason under the field (as
    /// a check of the kiosk's own would be), everything typed kept. None
    /// when the flow names no field for it (or it is not on a page now).
    fn refused_answer(&mut self, refusal: &Refusal, library: &Library) -> Option<Action<Message>> {
        let code = refusal.code.as_deref()?;
        let field = self.flow().field_of_problem(code)?.id.clone();
        let step = self.session.step_of(&field)?;
        self.session.back_to(step);
        self.phase = Phase::Asking;
        let action = self.open_page(library);
        self.errors = vec![FieldError {
            field: field.clone(),
            problem: crate::flows::answer::Problem::new(&refusal.key),
        }];
        if self.typed_fields().contains(&field) {
            self.focus(&field);
        } else {
            self.active = None;
            self.shown = None;
        }
        Some(action)
    }

    /// "Change" after a refusal or a failed look-up: to the refused
    /// answer's page when the flow names it, else to the check page.
    fn correct(&mut self, library: &Library) -> Action<Message> {
        if let Phase::Done {
            outcome: Outcome::Refused { code },
            ..
        } = &self.phase
        {
            let refusal = Refusal {
                key: outcome::refusal_key(code.as_deref()),
                code: code.clone(),
            };
            if let Some(action) = self.refused_answer(&refusal, library) {
                return action;
            }
        }
        self.phase = Phase::Asking;
        Action::None
    }

    /// The agency answered a stored application (or the wait ran out).
    fn delivered(
        &mut self,
        reference: String,
        outcome: Outcome,
        library: &Library,
    ) -> Action<Message> {
        let refused = matches!(outcome, Outcome::Refused { .. });
        if refused {
            self.refused = Some(reference.clone());
        }
        if let Outcome::Refused { code: Some(code) } = &outcome {
            // Refused for one answer: straight back to it.
            let refusal = Refusal {
                key: outcome::refusal_key(Some(code)),
                code: Some(code.clone()),
            };
            if let Some(action) = self.refused_answer(&refusal, library) {
                return action;
            }
        }
        let notice = match &outcome {
            Outcome::Sent(receipt) => receipt.payment.clone(),
            _ => None,
        };
        self.phase = Phase::Done { reference, outcome };
        if let Some(notice) = notice {
            // Checked with pagoPA before anything of it is printed; the
            // receipt prints when the answer is in.
            self.paying = Some(Paying::Checking);
            let token = self.token;
            return Action::Run(job::verify_payment(notice).map(move |result| {
                Message::PaymentVerified {
                    token,
                    result: result
                        .map(|payment| {
                            let code = payment
                                .pay_now
                                .as_ref()
                                .and_then(|u| crate::ui::qr::Code::new(u.as_str()));
                            (Box::new(payment), code)
                        })
                        .map_err(|e| e.message_key()),
                }
            }));
        }
        if refused {
            Action::None
        } else {
            self.auto_print()
        }
    }

    /// Reloads the offers of the page without dropping what was typed.
    fn open_page_keeping_inputs(&mut self, library: &Library) -> Action<Message> {
        let inputs = std::mem::take(&mut self.inputs);
        let action = self.open_page(library);
        for (field, text) in inputs {
            self.inputs.entry(field).or_insert(text);
        }
        action
    }

    fn key(&mut self, key: Key, library: &Library) {
        let Some(shown) = self.shown.as_mut() else {
            return;
        };
        match key {
            Key::Capitals => shown.capitals = !shown.capitals,
            Key::OtherLetters => shown.other_letters = !shown.other_letters,
            Key::Hide => {
                self.active = None;
                self.shown = None;
            }
            Key::Switch(to) => {
                let from = shown.layout;
                shown.layout = to;
                shown.switch_to = Some(from);
                shown.other_letters = false;
            }
            _ => {
                let Some(field) = self.active.clone() else {
                    return;
                };
                let kind = self.field_kind(&field).unwrap_or(FieldKind::Text);
                let text = self.inputs.entry(field.clone()).or_default();
                if matches!(key, Key::Left | Key::Right) {
                    self.caret = keyboard::move_caret(text, self.caret, key);
                    return;
                }
                keyboard::apply_at(text, &mut self.caret, key, kind);
                self.recheck(&field, library);
            }
        }
    }

    /// While a field with an error is typed into: once what it holds would
    /// be accepted, its error leaves the field and the summary.
    fn recheck(&mut self, field: &str, library: &Library) {
        if !self.errors.iter().any(|e| e.field == field) {
            return;
        }
        let Some((_, definition)) = self.flow().field(field) else {
            return;
        };
        let ctx = Context {
            places: &library.places,
            today: self.session.today(),
        };
        let typed = self.inputs.get(field).map_or("", String::as_str);
        if let Ok(Some(_)) = crate::flows::answer::parse(definition, typed, &ctx) {
            self.errors.retain(|e| e.field != field);
        }
    }

    /// Continue: the page's answers are checked; errors keep the input.
    fn next(&mut self, library: &Library) -> Action<Message> {
        let ctx = Context {
            places: &library.places,
            today: self.session.today(),
        };
        match self.session.answer_page(&self.inputs, &ctx) {
            Ok(()) => self.open_page(library),
            Err(errors) => {
                // The keyboard moves to the first field to correct, or goes
                // away when that is an option to tap.
                match errors.first().map(|e| e.field.clone()) {
                    Some(first) if self.typed_fields().contains(&first) => self.focus(&first),
                    _ => {
                        self.active = None;
                        self.shown = None;
                    }
                }
                self.errors = errors;
                Action::None
            }
        }
    }

    /// What the check page's button does: store an application, or ask.
    pub fn kind(&self) -> Option<Kind> {
        let submission = self.session.submission().ok()?;
        agencies::route(&submission).map(|(_, kind, _)| kind)
    }

    /// The Fluent key of the check page's button: what it really does.
    pub fn send_key(&self) -> &'static str {
        if self.channel == Channel::Portal {
            return "check-send-portal";
        }
        match self.kind() {
            Some(Kind::Application) => "check-send-application",
            Some(Kind::Item) => "check-send-item",
            _ => "check-send-status",
        }
    }

    fn send(&mut self, library: &Library, keep_days: u64) -> Action<Message> {
        let submission = match self.session.submission() {
            Ok(s) => s,
            Err(step) => {
                // A required answer is missing: show that page.
                self.session.change(step);
                return self.open_page(library);
            }
        };
        self.token += 1;
        let token = self.token;
        if self.channel == Channel::Portal {
            // Nothing is sent: the sheet for the portal is made; the desk
            // gets the answers only if the person asks (`HandOff`).
            self.phase = Phase::Prepared {
                code: None,
                keep_days,
            };
            let address = self.portal.as_ref().map(|p| p.address.clone());
            return Action::Run(
                job::blocking("portal-code", move |_, _| {
                    address.as_deref().and_then(crate::ui::qr::Code::new)
                })
                .map(move |code| Message::PortalCode {
                    token,
                    code: code.flatten(),
                }),
            );
        }
        match agencies::route(&submission).map(|(_, kind, _)| kind) {
            Some(Kind::Application) => self.enqueue(),
            Some(_) => {
                self.phase = Phase::LookingUp { since: self.now };
                Action::Run(
                    job::look_up(submission).map(move |result| Message::Answered {
                        token,
                        result: result.map(Box::new).map_err(|e| Unanswered::of(&e)),
                    }),
                )
            }
            None => {
                self.phase = Phase::Unanswered(Unanswered::key("agency-problem-other"));
                Action::None
            }
        }
    }

    /// Stores the application in the outbox (a portal service's: for the
    /// help desk, with the person's consent).
    fn enqueue(&mut self) -> Action<Message> {
        let Ok(submission) = self.session.submission() else {
            return Action::None;
        };
        self.token += 1;
        let token = self.token;
        self.paying = None;
        self.phase = Phase::Storing { since: self.now };
        Action::Run(
            job::enqueue(submission, self.refused.clone()).map(move |result| Message::Enqueued {
                token,
                result: result.map_err(|e| e.message_key()),
            }),
        )
    }

    /// The ticket's notice when pagoPA verified it can be paid (only then
    /// is it printed).
    fn payable(&self) -> Option<&crate::desk::Payment> {
        match &self.paying {
            Some(Paying::Verified { payment, .. }) if payment.verified.state.payable() => {
                Some(payment)
            }
            _ => None,
        }
    }

    /// The confirmation's ticket, as verified (for the view and speech).
    pub fn paying(&self) -> Option<&Paying> {
        self.paying.as_ref()
    }

    /// What the page, the receipt and the voice say happened, from the
    /// channel's family (none while asking, waiting, or refused).
    pub fn claim(&self) -> Option<Claim> {
        match &self.phase {
            Phase::Prepared { .. } => Some(Claim::Prepared),
            Phase::Done {
                outcome: Outcome::Sent(_),
                ..
            } => Some(Claim::Sent),
            Phase::Done {
                outcome: Outcome::Queued,
                ..
            } => Some(Claim::Queued),
            Phase::Answered(_) => Some(Claim::Answered),
            _ => None,
        }
    }

    /// The claim's title and status in the screen's language.
    pub fn said(&self, ctx: &Ctx<'_>) -> Option<(String, String)> {
        let claim = self.claim()?;
        let agency_reference = match &self.phase {
            Phase::Done {
                outcome: Outcome::Sent(receipt),
                ..
            } => receipt.agency_reference.clone(),
            _ => String::new(),
        };
        let a = crate::i18n::args([(
            "agency_reference",
            crate::i18n::Value::from(agency_reference),
        )]);
        Some((
            ctx.t(&self.channel.key(claim, "title")),
            ctx.tr.format(&self.channel.key(claim, "status"), &a),
        ))
    }

    /// The receipt prints by itself when an application is stored: the
    /// person leaves with it even if they forget to ask.
    fn auto_print(&self) -> Action<Message> {
        if self.flow().documents.contains(&DocumentKind::Receipt)
            && let Some(printable) = self.receipt()
        {
            return Action::Print(Doc::Receipt, printable);
        }
        Action::None
    }

    fn receipt(&self) -> Option<Printable> {
        let Phase::Done { reference, outcome } = &self.phase else {
            return None;
        };
        let (status, appointment) = match outcome {
            Outcome::Sent(receipt) => (
                crate::documents::Status::Sent {
                    agency_reference: receipt.agency_reference.clone(),
                },
                receipt.appointment.clone(),
            ),
            Outcome::Queued => (crate::documents::Status::Queued, None),
            Outcome::Refused { .. } => return None,
        };
        Some(Printable::Receipt(ReceiptData {
            service: self.service.clone(),
            channel: self.channel,
            reference: reference.clone(),
            status,
            appointment,
        }))
    }

    /// The documents this service offers now, in the order of the flow.
    pub fn documents(&self) -> Vec<Doc> {
        let mut docs = Vec::new();
        for kind in &self.flow().documents {
            let doc = match (kind, &self.phase) {
                (DocumentKind::Receipt, Phase::Done { outcome, .. })
                    if !matches!(outcome, Outcome::Refused { .. }) =>
                {
                    Doc::Receipt
                }
                (DocumentKind::CompletedForm, Phase::Done { outcome, .. })
                    if !matches!(outcome, Outcome::Refused { .. }) =>
                {
                    Doc::Form
                }
                (DocumentKind::PaymentNotice, Phase::Done { .. }) if self.payable().is_some() => {
                    Doc::PaymentNotice
                }
                (
                    DocumentKind::Certificate,
                    Phase::Done {
                        outcome: Outcome::Sent(r),
                        ..
                    },
                ) if r.certificate.is_some() => Doc::Certificate,
                (DocumentKind::InfoSheet, Phase::Answered(reply))
                    if matches!(**reply, Reply::Item(_)) =>
                {
                    Doc::Item
                }
                (DocumentKind::LookUpResult, Phase::Answered(reply))
                    if matches!(**reply, Reply::Permit(_)) =>
                {
                    Doc::LookUpResult
                }
                (DocumentKind::WhereToCheck, Phase::Unanswered(_)) => Doc::WhereToCheck,
                (DocumentKind::PortalSheet, Phase::Prepared { .. }) => Doc::PortalSheet,
                (DocumentKind::PortalSheet, Phase::Done { outcome, .. })
                    if !matches!(outcome, Outcome::Refused { .. }) =>
                {
                    Doc::PortalSheet
                }
                _ => continue,
            };
            docs.push(doc);
        }
        docs
    }

    fn printable(&self, doc: Doc) -> Option<Printable> {
        let service = self.service.clone();
        match (doc, &self.phase) {
            (Doc::Receipt, _) => self.receipt(),
            (Doc::Form, Phase::Done { reference, .. }) => Some(Printable::Form {
                service,
                reference: reference.clone(),
                session: Box::new(self.session.clone()),
            }),
            (Doc::PaymentNotice, Phase::Done { .. }) => {
                let payment = self.payable()?;
                // The amount and due date pagoPA holds now.
                let mut notice = payment.notice.clone();
                notice.amount_cents = payment.verified.amount_cents;
                if let Some(due) = &payment.verified.due_date {
                    notice.due_date = due.clone();
                }
                Some(Printable::Notice {
                    notice,
                    pay_now: payment.pay_now.as_ref().map(|u| u.to_string()),
                })
            }
            (
                Doc::Certificate,
                Phase::Done {
                    outcome: Outcome::Sent(r),
                    ..
                },
            ) => r.certificate.clone().map(Printable::Certificate),
            (Doc::Item, Phase::Answered(reply)) => match &**reply {
                Reply::Item(sheet) => Some(Printable::Item {
                    service,
                    sheet: sheet.clone(),
                }),
                _ => None,
            },
            (Doc::LookUpResult, Phase::Answered(reply)) => self.permit_result(reply),
            (Doc::WhereToCheck, phase) => Some(Printable::WhereToCheck {
                service,
                page: match phase {
                    Phase::Unanswered(unanswered) => unanswered.page,
                    _ => None,
                },
            }),
            (Doc::Info, _) => Some(Printable::Info { service }),
            (Doc::PortalSheet, Phase::Prepared { .. } | Phase::Done { .. }) => {
                Some(Printable::PortalSheet {
                    service,
                    submission: Box::new(self.session.submission().ok()?),
                })
            }
            _ => None,
        }
    }

    /// The permit's state as the page gave it, for its printout.
    fn permit_result(&self, reply: &Reply) -> Option<Printable> {
        let Reply::Permit(state) = reply else {
            return None;
        };
        let reference = match self.session.answer("reference", None)? {
            crate::flows::answer::Answer::Code(code) | crate::flows::answer::Answer::Text(code) => {
                code.clone()
            }
            _ => return None,
        };
        Some(Printable::PermitResult {
            service: self.service.clone(),
            reference,
            state: *state,
            checked_at: self.answered_at.clone()?,
        })
    }

    /// What the listen button reads: the page's texts, in its order.
    /// `private`: the sound goes to headphones only, so what the person
    /// typed and the reference number may be read.
    pub fn speech(&self, ctx: &Ctx<'_>, library: &Library, private: bool) -> Vec<String> {
        speech::lines(ctx, self, library, private)
    }

    /// Changes when another page is shown (the voice stops; auto-read
    /// reads the new one). Errors count: a refused page is read again.
    pub fn page_signature(&self) -> String {
        let phase = match &self.phase {
            Phase::Asking => "asking",
            Phase::Storing { .. } | Phase::Delivering { .. } => "sending",
            Phase::LookingUp { .. } => "asking-agency",
            Phase::Done { .. } => "done",
            Phase::Answered(_) => "answered",
            Phase::Unanswered(_) => "unanswered",
            Phase::Prepared { .. } => "prepared",
        };
        let item = match self.session.current() {
            Step::Page { item, .. } => item.map_or(0, |i| i + 1),
            _ => 0,
        };
        format!(
            "wizard:{}:{phase}:{}:{item}:{}{}",
            self.service.as_str(),
            self.page_id().unwrap_or_default(),
            self.errors.len(),
            if self.leaving { ":leave" } else { "" }
        )
    }

    pub fn view<'a>(&'a self, ctx: Ctx<'a>, library: &'a Library) -> Element<'a, Message> {
        match &self.phase {
            Phase::Asking => match self.session.current() {
                Step::Check => page::check(ctx, self, library),
                Step::AddAnother { group } => page::add_another(ctx, self, group),
                Step::Page { page, item } => page::question(ctx, self, library, *page, *item),
            },
            Phase::Storing { since } => outcome::waiting(ctx, self, true, *since, false),
            Phase::Delivering { since, .. } => outcome::waiting(ctx, self, true, *since, true),
            Phase::LookingUp { since } => outcome::waiting(ctx, self, false, *since, true),
            Phase::Done { reference, outcome } => outcome::done(ctx, self, reference, outcome),
            Phase::Answered(reply) => outcome::answered(ctx, self, reply),
            Phase::Unanswered(unanswered) => outcome::unanswered(ctx, self, unanswered),
            Phase::Prepared { code, keep_days } => {
                outcome::prepared(ctx, self, code.as_ref(), *keep_days)
            }
        }
    }
}
