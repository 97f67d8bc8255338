//! The one contract every screen follows (as Halloy's and icebreaker's
//! screens do): a screen owns its state, `update(&mut self, Message, &Env)
//! -> Action<Message>` applies one of its messages, `view` draws it. The
//! screen starts its own jobs and maps their results to its own messages;
//! what only the kiosk can do (print and keep the paper, go to another
//! screen, wipe the session, switch the desk) it asks for with an
//! [`Action`]. Imports no screen.

use std::sync::Arc;
use std::time::Instant;

use crate::Library;
use crate::catalogue::{CategoryId, ServiceId};
use crate::desk::{Desk, Doc, Printable};
use crate::i18n::LanguageId;
use crate::ui::job::Job;
use crate::ui::layout::Ctx;

/// What a screen's update asks of the kiosk.
#[derive(Debug)]
pub enum Action<M> {
    None,
    /// Run this job; its result comes back as the screen's message.
    Run(Job<M>),
    /// Build and print a document in the session's language; the paper
    /// is kept for "print again" and the bar shows how it went.
    Print(Doc, Printable),
    Navigate(To),
    Event(Event),
}

/// Where to go.
#[derive(Debug, Clone, PartialEq)]
pub enum To {
    Language,
    /// The categories, or one category's services.
    Home(Option<CategoryId>),
    /// A service's introduction.
    Service(ServiceId),
    /// A service's questions, from the first.
    Questions(ServiceId),
    /// The operator's panel (after the PIN).
    Operator,
    /// Back to the screen under the PIN pad or the panel.
    Behind,
}

/// What only the kiosk can do.
#[derive(Debug)]
pub enum Event {
    /// A language was chosen for the session.
    Chose(LanguageId),
    /// The person has finished: wipe, back to the attract screen.
    Finish,
    /// The operator starts a session for the person.
    Assisted,
    /// The operator leaves the kiosk (maintenance).
    LeaveKiosk,
    /// The operator switched training on (the practice desk) or off.
    Training(Option<Arc<Desk>>),
}

impl<M: Send + 'static> Action<M> {
    /// The same action for the kiosk's message type.
    pub fn map<N: Send + 'static>(self, f: impl FnOnce(M) -> N + Send + 'static) -> Action<N> {
        match self {
            Action::None => Action::None,
            Action::Run(job) => Action::Run(job.map(f)),
            Action::Print(doc, printable) => Action::Print(doc, printable),
            Action::Navigate(to) => Action::Navigate(to),
            Action::Event(event) => Action::Event(event),
        }
    }
}

/// What a screen's update may read: the shared library, the desk, the
/// texts it is shown in (in the session's language), the kiosk's clock.
pub struct Env<'a> {
    pub library: &'a Arc<Library>,
    pub desk: &'a Arc<Desk>,
    /// The texts and look of the screen (the operator's: the default
    /// language, normal look).
    pub ctx: Ctx<'a>,
    /// The kiosk's clock (moved by its tick; tests move it forward).
    pub now: Instant,
}

impl Env<'_> {
    /// Whether the kiosk offers this service (enabled in its config).
    pub fn offers(&self, service: &ServiceId) -> bool {
        self.desk.config.services.contains(service)
    }
}
