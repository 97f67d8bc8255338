//! The one place where the screens' requests become work off the UI
//! thread: agency calls, the outbox, PDFs and printing. Each `Job` is an
//! async function of the desk that ends in a message; `Kiosk::update` runs
//! it as an iced `Task`, and the GUI tests run the very same function.

use std::sync::Arc;

use crate::Library;
use crate::agencies::contract::{Appointment, Certificate, ItemSheet, PaymentNotice};
use crate::desk::Desk;
use crate::documents::{self, compose::Paper};
use crate::flows::session::Answers;
use crate::flows::{Session, Submission};
use crate::i18n::LanguageId;
use crate::ui::Message;
use crate::ui::screen::wizard;

/// A request of the wizard to the agencies or the outbox.
#[derive(Debug, Clone)]
pub enum Effect {
    Offers {
        token: u64,
        field: String,
        source: String,
        service: String,
        answers: Answers,
    },
    Enqueue {
        token: u64,
        submission: Submission,
        replacing: Option<String>,
    },
    WaitDelivery {
        token: u64,
        reference: String,
    },
    LookUp {
        token: u64,
        submission: Submission,
    },
}

/// The documents a person can print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doc {
    Receipt,
    Form,
    PaymentNotice,
    Certificate,
    Item,
    WhereToCheck,
    Info,
}

impl Doc {
    /// The Fluent key of its print button.
    pub fn label_key(self) -> &'static str {
        match self {
            Doc::Receipt => "print-receipt",
            Doc::Form => "print-form",
            Doc::PaymentNotice => "print-payment",
            Doc::Certificate => "print-certificate",
            Doc::Item => "print-item",
            Doc::WhereToCheck => "print-where",
            Doc::Info => "intro-print",
        }
    }

    /// Its name in the statistics.
    pub fn id(self) -> &'static str {
        match self {
            Doc::Receipt => "receipt",
            Doc::Form => "form",
            Doc::PaymentNotice => "payment-notice",
            Doc::Certificate => "certificate",
            Doc::Item => "item-sheet",
            Doc::WhereToCheck => "where-to-check",
            Doc::Info => "info-sheet",
        }
    }

    /// Forms, notices and certificates are A4; the rest fits the roll.
    fn a4(self) -> bool {
        matches!(self, Doc::Form | Doc::PaymentNotice | Doc::Certificate)
    }
}

/// What a document is made of (built off the UI thread).
#[derive(Debug, Clone)]
pub enum Printable {
    Receipt {
        service: String,
        reference: String,
        status: documents::Status,
        appointment: Option<Appointment>,
    },
    Form {
        service: String,
        reference: String,
        session: Box<Session>,
    },
    Notice(PaymentNotice),
    Certificate(Certificate),
    Item {
        service: String,
        sheet: ItemSheet,
    },
    WhereToCheck {
        service: String,
    },
    Info {
        service: String,
    },
}

/// Work for the background.
#[derive(Debug, Clone)]
pub enum Job {
    Wizard(Effect),
    /// Build the PDF in the person's language and print it.
    Print {
        doc: Doc,
        printable: Printable,
        lang: LanguageId,
    },
    /// Print a document of this session again (after a paper jam).
    Reprint {
        doc: Doc,
        pdf: Arc<Vec<u8>>,
    },
}

impl Job {
    pub async fn run(self, desk: Arc<Desk>, library: Arc<Library>) -> Message {
        match self {
            Job::Wizard(effect) => Message::Wizard(effect.run(desk).await),
            Job::Print {
                doc,
                printable,
                lang,
            } => {
                let builder = Arc::clone(&desk);
                let built = tokio::task::spawn_blocking(move || {
                    build(&builder, &library, &lang, doc, printable)
                })
                .await;
                let Ok(Ok(pdf)) = built else {
                    return Message::Printed {
                        doc,
                        pdf: None,
                        result: Err("printer-other"),
                    };
                };
                let pdf = Arc::new(pdf);
                let result = Desk::print(queue(&desk, doc), title(doc), Arc::clone(&pdf)).await;
                Message::Printed {
                    doc,
                    pdf: Some(pdf),
                    result,
                }
            }
            Job::Reprint { doc, pdf } => {
                let result = Desk::print(queue(&desk, doc), title(doc), Arc::clone(&pdf)).await;
                Message::Printed {
                    doc,
                    pdf: Some(pdf),
                    result,
                }
            }
        }
    }
}

impl Effect {
    pub async fn run(self, desk: Arc<Desk>) -> wizard::Message {
        match self {
            Effect::Offers {
                token,
                field,
                source,
                service,
                answers,
            } => wizard::Message::Offers {
                token,
                field,
                result: desk
                    .offers(source, service, answers)
                    .await
                    .map_err(|e| e.message_key()),
            },
            Effect::Enqueue {
                token,
                submission,
                replacing,
            } => wizard::Message::Enqueued {
                token,
                result: desk
                    .enqueue(submission, replacing)
                    .await
                    .map_err(|e| e.message_key()),
            },
            Effect::WaitDelivery { token, reference } => {
                let outcome = Arc::clone(&desk).wait_delivery(reference.clone()).await;
                wizard::Message::Delivered {
                    token,
                    reference,
                    outcome,
                }
            }
            Effect::LookUp { token, submission } => wizard::Message::Answered {
                token,
                result: desk
                    .look_up(submission)
                    .await
                    .map(Box::new)
                    .map_err(|e| e.message_key()),
            },
        }
    }
}

/// The print job's title: the kind of document only (never a name or a
/// reference: CUPS logs titles).
fn title(doc: Doc) -> String {
    format!("serto-{}", doc.label_key())
}

fn queue(desk: &Desk, doc: Doc) -> String {
    if doc.a4() {
        desk.config.printers.a4.clone()
    } else {
        desk.config.printers.receipt.clone()
    }
}

fn build(
    desk: &Desk,
    library: &Library,
    lang: &LanguageId,
    doc: Doc,
    printable: Printable,
) -> Result<Vec<u8>, documents::DocumentError> {
    let header = desk.header();
    let t = &library.translations;
    let docs = desk.documents();
    let paper = if doc.a4() { Paper::A4 } else { Paper::Roll80 };
    Ok(match printable {
        Printable::Receipt {
            service,
            reference,
            status,
            appointment,
        } => docs.receipt(
            paper,
            &header,
            t,
            lang,
            &service,
            &reference,
            &status,
            appointment.as_ref(),
        ),
        Printable::Form {
            service,
            reference,
            mut session,
        } => {
            let sections =
                documents::form_sections(&session, t, lang, &library.places, session.today());
            // This copy of the answers is not needed once the form is laid out.
            session.wipe();
            docs.completed_form(&header, t, lang, &service, &reference, &sections)
        }
        Printable::Notice(notice) => docs.payment_notice(&header, t, lang, &notice)?,
        Printable::Certificate(certificate) => docs.certificate(&header, t, lang, &certificate),
        Printable::Item { service, sheet } => {
            docs.item_sheet(paper, &header, t, lang, &service, &sheet)
        }
        Printable::WhereToCheck { service } => {
            docs.where_to_check(paper, &header, t, lang, &service)
        }
        Printable::Info { service } => docs.service_sheet(paper, &header, t, lang, &service),
    })
}
