//! Work off the UI thread: a [`Job`] is an async call of the desk (agency
//! calls, the outbox, PDFs and printing, the operator's panel) that ends
//! in a domain result. A screen that starts one maps the result to its own
//! message ([`Job::map`]); `Kiosk::update` runs it as an iced `Task`, and
//! the GUI tests run the very same function. This module is a leaf: it
//! knows the desk, never a screen.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Instant;

use crate::Library;
use crate::agencies::Reply;
use crate::agencies::contract::OfferEntry;
use crate::desk::{Desk, DeskError, Doc, Outcome, Printable, Printed};
use crate::flows::Submission;
use crate::flows::session::Answers;
use crate::i18n::LanguageId;
use crate::operator::Verdict;

type Work<M> =
    Box<dyn FnOnce(Arc<Desk>, Arc<Library>) -> Pin<Box<dyn Future<Output = M> + Send>> + Send>;

/// An async call of the desk and what to make of its result.
pub struct Job<M> {
    /// What it does, for logs and `Debug` (never data).
    what: &'static str,
    work: Work<M>,
}

impl<M> std::fmt::Debug for Job<M> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Job({})", self.what)
    }
}

impl<M: Send + 'static> Job<M> {
    fn new<F, Fut>(what: &'static str, work: F) -> Self
    where
        F: FnOnce(Arc<Desk>, Arc<Library>) -> Fut + Send + 'static,
        Fut: Future<Output = M> + Send + 'static,
    {
        Self {
            what,
            work: Box::new(move |desk, library| Box::pin(work(desk, library))),
        }
    }

    /// The same work, its result turned into another message.
    pub fn map<N: Send + 'static>(self, f: impl FnOnce(M) -> N + Send + 'static) -> Job<N> {
        let work = self.work;
        Job::new(self.what, move |desk, library| async move {
            f(work(desk, library).await)
        })
    }

    pub fn what(&self) -> &'static str {
        self.what
    }

    pub async fn run(self, desk: Arc<Desk>, library: Arc<Library>) -> M {
        (self.work)(desk, library).await
    }
}

/// Blocking work (SQLite, CUPS, the disk, Argon2id) on a blocking thread;
/// `None` if that thread failed.
pub fn blocking<T: Send + 'static>(
    what: &'static str,
    work: impl FnOnce(&Desk, &Library) -> T + Send + 'static,
) -> Job<Option<T>> {
    Job::new(what, move |desk, library| async move {
        tokio::task::spawn_blocking(move || work(&desk, &library))
            .await
            .ok()
    })
}

/// The options an agency offers for an agency-choice field.
pub fn offers(
    source: String,
    service: String,
    answers: Answers,
) -> Job<Result<Vec<OfferEntry>, DeskError>> {
    Job::new("offers", move |desk, _| {
        desk.offers(source, service, answers)
    })
}

/// Stores an application (durable first), cancelling a refused one it
/// replaces; its reference.
pub fn enqueue(
    submission: Submission,
    replacing: Option<String>,
) -> Job<Result<String, DeskError>> {
    Job::new("enqueue", move |desk, _| {
        desk.enqueue(submission, replacing)
    })
}

/// What became of a stored application, within the agency's timeouts.
pub fn wait_delivery(reference: String) -> Job<Outcome> {
    Job::new("wait-delivery", move |desk, _| {
        desk.wait_delivery(reference)
    })
}

/// A pagoPA notice verified with the platform, with its pay-now page.
pub fn verify_payment(
    notice: crate::agencies::contract::PaymentNotice,
) -> Job<Result<crate::desk::Payment, crate::agencies::pagopa::PagopaError>> {
    Job::new("verify-payment", move |desk, _| desk.verify_payment(notice))
}

/// A status look-up or an item card, asked at once.
pub fn look_up(submission: Submission) -> Job<Result<Reply, DeskError>> {
    Job::new("look-up", move |desk, _| desk.look_up(submission))
}

/// Builds a document in `lang` and prints it.
pub fn print(lang: LanguageId, doc: Doc, printable: Printable) -> Job<Printed> {
    Job::new("print", move |desk, library| {
        desk.print_document(library, lang, doc, printable)
    })
}

/// Prints a document of this session again.
pub fn reprint(doc: Doc, pdf: Arc<Vec<u8>>) -> Job<Printed> {
    Job::new("reprint", move |desk, _| desk.reprint(doc, pdf))
}

/// Checks an operator PIN (Argon2id) and counts it at the door; the PIN
/// is overwritten when the job ends.
pub fn check_pin(pin: zeroize::Zeroizing<String>, now: Instant) -> Job<Verdict> {
    blocking("check-pin", move |desk, _| desk.check_pin(&pin, now))
        // A failed check lets nobody in.
        .map(|verdict| {
            verdict.unwrap_or(Verdict::Locked {
                remaining: crate::operator::FIRST_LOCK,
            })
        })
}

/// Tells the help desk a person needs an operator; true when it confirmed.
pub fn call_operator() -> Job<bool> {
    Job::new("call-operator", |desk, _| desk.call_operator())
}

/// Starts a practice desk beside the running one.
pub fn start_training() -> Job<Option<Result<Arc<Desk>, String>>> {
    blocking("start-training", |desk, library| {
        desk.training(library).map(Arc::new)
    })
}
