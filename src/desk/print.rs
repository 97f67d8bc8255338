//! Paper: what a person (or the operator, for a stored submission) can
//! print, built as PDF off the UI thread and sent to the right CUPS queue.
//! The first print and every reprint go through [`Desk::print_document`].

use std::sync::Arc;

use crate::Library;
use crate::agencies::Reply;
use crate::agencies::contract::{Certificate, ItemSheet, PaymentNotice};
use crate::catalogue::{Channel, ServiceId};
use crate::documents::{self, ReceiptData, compose::Paper};
use crate::flows::Session;
use crate::i18n::LanguageId;

use super::Desk;

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
    /// "Continue on the portal" (a portal service).
    PortalSheet,
    /// What a look-up answered.
    LookUpResult,
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
            Doc::PortalSheet => "print-portal",
            Doc::LookUpResult => "print-result",
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
            Doc::PortalSheet => "portal-sheet",
            Doc::LookUpResult => "look-up-result",
        }
    }

    /// Forms, notices and certificates are A4; the rest fits the roll.
    fn a4(self) -> bool {
        matches!(
            self,
            Doc::Form | Doc::PaymentNotice | Doc::Certificate | Doc::PortalSheet
        )
    }

    /// The print job's title: the kind of document only (never a name or
    /// a reference: CUPS logs titles).
    fn title(self) -> String {
        format!("serto-{}", self.label_key())
    }
}

/// What a document is made of.
#[derive(Debug, Clone)]
pub enum Printable {
    Receipt(ReceiptData),
    Form {
        service: ServiceId,
        reference: String,
        session: Box<Session>,
    },
    /// A verified notice (amount and due date as pagoPA holds them), with
    /// Checkout's page to pay it now.
    Notice {
        notice: PaymentNotice,
        pay_now: Option<String>,
    },
    Certificate(Certificate),
    Item {
        service: ServiceId,
        sheet: ItemSheet,
    },
    WhereToCheck {
        service: ServiceId,
        /// A public page to open instead (its address as a QR code).
        page: Option<&'static str>,
    },
    Info {
        service: ServiceId,
    },
    /// The permit's state as the public page gave it, the number it was
    /// asked for, and when.
    PermitResult {
        service: ServiceId,
        reference: String,
        state: crate::agencies::questura::PermitState,
        checked_at: jiff::ZonedDateTime,
    },
    /// A portal service's answers, for the "continue on the portal" sheet
    /// (from the session, or from the help desk's copy in the outbox).
    PortalSheet {
        service: ServiceId,
        submission: Box<crate::flows::Submission>,
    },
    /// The receipt of a submission in the outbox, rebuilt from its sealed
    /// reply (the operator's reprint; in Italian, the operator's language).
    Stored {
        reference: String,
    },
}

/// What became of a print: the PDF (kept for "print again") and the
/// printer's answer (the Fluent key of its problem).
#[derive(Debug, Clone)]
pub struct Printed {
    pub doc: Doc,
    pub pdf: Option<Arc<Vec<u8>>>,
    pub result: Result<(), &'static str>,
}

impl Desk {
    /// Builds the document in the person's language and prints it.
    pub async fn print_document(
        self: Arc<Self>,
        library: Arc<Library>,
        lang: LanguageId,
        doc: Doc,
        printable: Printable,
    ) -> Printed {
        let desk = Arc::clone(&self);
        let built = tokio::task::spawn_blocking(move || {
            desk.build_document(&library, &lang, doc, printable)
        })
        .await;
        let Ok(Ok(pdf)) = built else {
            return Printed {
                doc,
                pdf: None,
                result: Err("printer-other"),
            };
        };
        self.reprint(doc, Arc::new(pdf)).await
    }

    /// Prints a document already built (this session's "print again").
    pub async fn reprint(self: Arc<Self>, doc: Doc, pdf: Arc<Vec<u8>>) -> Printed {
        let result = Desk::print(self.queue(doc), doc.title(), Arc::clone(&pdf)).await;
        Printed {
            doc,
            pdf: Some(pdf),
            result,
        }
    }

    fn queue(&self, doc: Doc) -> String {
        if doc.a4() {
            self.config.printers.a4.clone()
        } else {
            self.config.printers.receipt.clone()
        }
    }

    /// The receipt of a stored submission, from the outbox.
    fn stored_receipt(&self, library: &Library, reference: String) -> ReceiptData {
        let reply = self.outbox().reply(&reference).ok().flatten();
        let service = self
            .outbox()
            .status(&reference)
            .map(|e| ServiceId::from(e.service.as_str()))
            .unwrap_or_else(|_| ServiceId::from(""));
        let (status, appointment) = match reply {
            Some(Reply::Accepted(receipt)) => (
                documents::Status::Sent {
                    agency_reference: receipt.agency_reference.clone(),
                },
                receipt.appointment.clone(),
            ),
            _ => (documents::Status::Queued, None),
        };
        ReceiptData {
            // A row's service is one of the catalogue's; one disabled since
            // (broken data) reprints with the Comune's words, the gateway
            // every stored application goes through.
            channel: library.channel(&service).unwrap_or(Channel::Comune),
            service,
            reference,
            status,
            appointment,
        }
    }

    fn build_document(
        &self,
        library: &Library,
        lang: &LanguageId,
        doc: Doc,
        printable: Printable,
    ) -> Result<Vec<u8>, documents::DocumentError> {
        let header = self.header();
        let t = &library.translations;
        let docs = self.documents();
        let paper = if doc.a4() { Paper::A4 } else { Paper::Roll80 };
        Ok(match printable {
            Printable::Receipt(receipt) => docs.receipt(paper, &header, t, lang, &receipt),
            Printable::Stored { reference } => {
                let receipt = self.stored_receipt(library, reference);
                docs.receipt(paper, &header, t, &LanguageId::reference(), &receipt)
            }
            Printable::Form {
                service,
                reference,
                mut session,
            } => {
                let sections =
                    documents::form_sections(&session, t, lang, &library.places, session.today());
                let signing = documents::Signing::of(&session);
                // This copy of the answers is not needed once the form is laid out.
                session.wipe();
                docs.completed_form(&header, t, lang, &service, &reference, &sections, &signing)
            }
            Printable::Notice { notice, pay_now } => {
                docs.payment_notice(&header, t, lang, &notice, pay_now.as_deref())?
            }
            Printable::Certificate(certificate) => docs.certificate(&header, t, lang, &certificate),
            Printable::Item { service, sheet } => {
                docs.item_sheet(paper, &header, t, lang, &service, &sheet)
            }
            Printable::WhereToCheck { service, page } => {
                docs.where_to_check(paper, &header, t, lang, &service, page)
            }
            Printable::Info { service } => docs.service_sheet(paper, &header, t, lang, &service),
            Printable::PermitResult {
                service,
                reference,
                state,
                checked_at,
            } => docs.permit_result(
                paper,
                &header,
                t,
                lang,
                &service,
                &documents::Checked {
                    reference,
                    state,
                    at: checked_at,
                },
            ),
            Printable::PortalSheet {
                service,
                submission,
            } => {
                let not_for_it = documents::DocumentError::NotForThisService;
                let (form, portal) = library.catalogue.portals().of(&service).ok_or(not_for_it)?;
                let flow = library
                    .flows
                    .get(service.as_str())
                    .ok_or(documents::DocumentError::NotForThisService)?;
                let today = crate::italy::today();
                let rows = documents::portal_rows(
                    flow,
                    &submission,
                    form,
                    t,
                    lang,
                    &library.places,
                    today,
                );
                docs.portal_sheet(&header, t, lang, &service, portal, form, &rows)
            }
        })
    }
}
