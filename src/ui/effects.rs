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
use crate::outbox::CancelReason;
use crate::ui::Message;
use crate::ui::screen::{operator, wizard};

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
    /// Check an operator PIN against the config's Argon2id hash.
    CheckPin(zeroize::Zeroizing<String>),
    /// Work of the operator's panel.
    Operator(OperatorJob),
}

/// What the operator's panel asks of the desk.
#[derive(Debug, Clone)]
pub enum OperatorJob {
    LoadOutbox,
    LoadStatistics(operator::Period),
    LoadHealth,
    Retry(String),
    Cancel(String, CancelReason),
    /// Print the receipt of a stored submission again (in Italian).
    Reprint(String),
    ExportCsv,
    /// Start a practice desk (simulator, own outbox, nothing counted).
    StartTraining,
    LoadFaults,
    SetFault(crate::catalogue::Agency, crate::simulator::faults::Preset),
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
            Job::CheckPin(pin) => {
                let hash = desk.config.operator_pin_hash.clone();
                let correct = tokio::task::spawn_blocking(move || hash.verify(&pin))
                    .await
                    .unwrap_or(false);
                Message::PinChecked(correct)
            }
            Job::Operator(job) => job.run(desk, library).await,
        }
    }
}

impl OperatorJob {
    async fn run(self, desk: Arc<Desk>, library: Arc<Library>) -> Message {
        let worker = Arc::clone(&desk);
        let done =
            tokio::task::spawn_blocking(move || operator_work(&worker, &library, self)).await;
        match done {
            Ok(message) => message,
            Err(_) => Message::Operator(operator::Message::Refresh),
        }
    }
}

/// The panel's work, on a blocking thread (SQLite, CUPS, the disk).
fn operator_work(desk: &Desk, library: &Library, job: OperatorJob) -> Message {
    let now = jiff::Timestamp::now();
    // The outbox list comes with the health, so the banner is fresh.
    let reload = |desk: &Desk| {
        let entries = desk.outbox().list(&[], 200).unwrap_or_default();
        Message::Operator(operator::Message::Entries(
            entries,
            Box::new(read_health(desk, library, now)),
        ))
    };
    match job {
        OperatorJob::LoadOutbox => reload(desk),
        OperatorJob::StartTraining => {
            let practice = desk.training(library).map(Arc::new).map_err(|e| {
                tracing::error!(error = %e, "training mode cannot start");
            });
            Message::Operator(operator::Message::TrainingReady(practice))
        }
        OperatorJob::SetFault(agency, preset) => {
            if !desk.set_faults(agency, preset.faults()) {
                tracing::warn!("faults asked of a desk without a simulator");
            }
            faults(desk, library, now)
        }
        OperatorJob::LoadFaults => faults(desk, library, now),
        OperatorJob::Retry(reference) => {
            if let Err(e) = desk.outbox().retry_now(&reference, now) {
                tracing::warn!(error = %e, "retry refused");
            }
            desk.wake();
            reload(desk)
        }
        OperatorJob::Cancel(reference, reason) => {
            if let Err(e) = desk.outbox().cancel(&reference, reason, now) {
                tracing::warn!(error = %e, "cancel refused");
            }
            reload(desk)
        }
        OperatorJob::LoadStatistics(period) => {
            let from = now.checked_sub(period.span()).unwrap_or(now);
            let to = now
                .checked_add(jiff::SignedDuration::from_secs(60))
                .unwrap_or(now);
            desk.monitor().flush();
            let figures = desk.monitor().statistics(from, to).unwrap_or_default();
            Message::Operator(operator::Message::Figures(figures))
        }
        OperatorJob::LoadHealth => Message::Operator(operator::Message::HealthRead(read_health(
            desk, library, now,
        ))),
        OperatorJob::Reprint(reference) => {
            let reply = desk.outbox().reply(&reference).ok().flatten();
            let entry = desk.outbox().status(&reference).ok();
            let (status, appointment) = match reply {
                Some(crate::agencies::Reply::Accepted(receipt)) => (
                    documents::Status::Sent {
                        agency_reference: receipt.agency_reference.clone(),
                    },
                    receipt.appointment.clone(),
                ),
                _ => (documents::Status::Queued, None),
            };
            let service = entry.map(|e| e.service).unwrap_or_default();
            let italian = LanguageId::reference();
            let pdf = desk.documents().receipt(
                Paper::Roll80,
                &desk.header(),
                &library.translations,
                &italian,
                &service,
                &reference,
                &status,
                appointment.as_ref(),
            );
            let printed =
                Desk::print_now(&desk.config.printers.receipt, &title(Doc::Receipt), &pdf);
            let pdf = Arc::new(pdf);
            Message::Printed {
                doc: Doc::Receipt,
                pdf: Some(pdf),
                result: printed,
            }
        }
        OperatorJob::ExportCsv => {
            let today = now
                .in_tz("Europe/Rome")
                .map(|z| z.date())
                .unwrap_or_default();
            let name = format!(
                "statistiche-{}-{:04}-{:02}.csv",
                desk.config.kiosk_id.as_str(),
                today.year(),
                today.month()
            );
            let usb = desk
                .config
                .export_dir
                .as_deref()
                .filter(|d| is_mount_point(d));
            let folder = usb.unwrap_or(&desk.config.data_dir);
            let file = folder.join(name);
            let written = desk
                .monitor()
                .monthly_csv(today.year(), today.month())
                .ok()
                .and_then(|csv| {
                    std::fs::write(&file, csv)
                        .map_err(|e| tracing::warn!(error = %e, "the CSV cannot be written"))
                        .ok()
                })
                .map(|()| operator::Export {
                    file: file.display().to_string(),
                    usb: usb.is_some(),
                    usb_missing: desk.config.export_dir.is_some() && usb.is_none(),
                })
                .ok_or(());
            Message::Operator(operator::Message::Exported(written))
        }
    }
}

/// The simulated faults of every agency (training).
fn faults(desk: &Desk, library: &Library, now: jiff::Timestamp) -> Message {
    Message::Operator(operator::Message::FaultsRead(
        crate::catalogue::Agency::ALL
            .into_iter()
            .map(|a| (a, crate::simulator::faults::Preset::of(&desk.faults(a))))
            .collect(),
        Box::new(read_health(desk, library, now)),
    ))
}

/// Whether something is mounted on this folder (a USB stick), not just the
/// empty folder where one would be: it lives on another device than its
/// parent. Listing it first wakes a systemd automount.
fn is_mount_point(dir: &std::path::Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    if std::fs::read_dir(dir).is_err() {
        return false;
    }
    let parent = dir.parent().unwrap_or(std::path::Path::new("/"));
    match (std::fs::metadata(dir), std::fs::metadata(parent)) {
        (Ok(d), Ok(p)) => d.dev() != p.dev() || d.ino() == p.ino(),
        _ => false,
    }
}

/// The kiosk's health: printers (CUPS), disk, queue, agencies.
fn read_health(desk: &Desk, library: &Library, now: jiff::Timestamp) -> operator::Health {
    let config = &desk.config;
    let speech = desk.speaker().availability();
    let mut queues = vec![&config.printers.receipt, &config.printers.a4];
    queues.dedup();
    let printers = queues
        .into_iter()
        .map(|queue| {
            let status = crate::printing::status(queue);
            (queue.clone(), operator::Health::printer_state(&status))
        })
        .collect();
    let counts = desk.outbox().counts(now).unwrap_or_default();
    let pending = counts
        .by_state
        .iter()
        .filter(|(state, _)| !matches!(state.as_str(), "delivered" | "cancelled"))
        .map(|(_, n)| n)
        .sum();
    operator::Health {
        printers,
        disk_free_mib: disk_free_mib(&config.data_dir),
        pending,
        needs_operator: counts
            .by_state
            .get(crate::outbox::State::NeedsOperator.as_str())
            .copied()
            .unwrap_or(0),
        oldest_pending_minutes: counts.oldest_pending.map(|d| d.as_secs() / 60),
        agencies: desk.agency_health(),
        metrics: desk.metrics_address(),
        training: config.training_mode,
        missing_voices: match &speech {
            crate::speech::Availability::Ready { missing_voices } => missing_voices
                .iter()
                .map(|l| {
                    library
                        .translations
                        .meta(l)
                        .map_or_else(|| l.to_string(), |m| m.native_name.clone())
                })
                .collect(),
            _ => Vec::new(),
        },
        speech,
    }
}

/// Free space where the data folder is, from `df` (no extra crate).
fn disk_free_mib(dir: &std::path::Path) -> Option<u64> {
    let out = std::process::Command::new("df")
        .args(["-Pk"])
        .arg(dir)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let kib: u64 = text
        .lines()
        .nth(1)?
        .split_whitespace()
        .nth(3)?
        .parse()
        .ok()?;
    Some(kib / 1024)
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
