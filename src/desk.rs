//! What a session talks to besides the screen: the agencies (look-ups and
//! offers, answered at once), the outbox (applications, durable first),
//! the documents and the printers. Started once beside the window; the UI
//! runs these async functions as tasks, so the screen never waits on them.

mod panel;
mod print;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use jiff::Timestamp;

use crate::agencies::contract::{OfferEntry, PaymentNotice, Receipt};
use crate::agencies::{self, Agencies, AgencyError, Outgoing, Reply};
use crate::config::KioskConfig;
use crate::documents::{Documents, Header};
use crate::flows::Submission;
use crate::monitoring::{self, Event, Mode, Monitor};
use crate::outbox::{self, CancelReason, Outbox, State};
use crate::printing;
use crate::speech::{self, Speaker};
use crate::{Library, simulator};

pub use panel::{Export, ExportError, FaultPresets, HandOff, Health, LOW_DISK_MIB};
pub use print::{Doc, Printable, Printed};

/// The running back office of one kiosk.
pub struct Desk {
    pub config: Arc<KioskConfig>,
    agencies: Agencies,
    /// The pagoPA platform (none: its key could not be read; every notice
    /// is then "not verified" and nothing is printed).
    pagopa: Option<agencies::pagopa::Pagopa>,
    outbox: Arc<Outbox>,
    documents: Arc<Documents>,
    monitor: Arc<Monitor>,
    /// Reads pages aloud (shared with a training desk).
    speaker: Arc<Speaker>,
    /// Wakes the delivery worker after an enqueue.
    wake: Arc<tokio::sync::Notify>,
    /// The operator's door: wrong PINs counted, entry locked after five
    /// (shared with a practice desk).
    door: Arc<Mutex<crate::operator::PinGate>>,
    /// How long the person waits for a delivery before "saved, it leaves
    /// as soon as the office answers".
    delivery_wait: Duration,
    // Dropped (stopped) in this order: the worker still talks to the
    // simulator while it stops.
    exporter: Option<monitoring::exporter::Exporter>,
    _worker: outbox::worker::Worker,
    _simulator: Option<simulator::Running>,
}

impl std::fmt::Debug for Desk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desk")
            .field("kiosk", &self.config.kiosk_id)
            .finish_non_exhaustive()
    }
}

/// A verified pagoPA notice: what the platform says of it, and where to
/// pay it now (Checkout), when it can be paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    pub notice: PaymentNotice,
    pub verified: agencies::pagopa::Verified,
    pub pay_now: Option<url::Url>,
}

/// The pagoPA client of the config: its two services (the simulator's
/// when so configured, or in training mode) and the key from its file.
fn pagopa_client(
    config: &KioskConfig,
    simulator: Option<&url::Url>,
) -> Option<agencies::pagopa::Pagopa> {
    use crate::config::Endpoint;
    let on_simulator = |path: &str| simulator.and_then(|base| base.join(path).ok());
    let pick = |endpoint: &Endpoint, path: &str| match (config.training_mode, endpoint) {
        (false, Endpoint::Url(url)) => Some(url.clone()),
        _ => on_simulator(path),
    };
    let options = pick(&config.pagopa.payment_options, "pagopa/")?;
    let checkout = pick(&config.pagopa.checkout, "pagopa/checkout/ec/v2/")?;
    let key = match (&config.pagopa.key_file, config.training_mode) {
        (Some(file), false) => match agencies::pagopa::SubscriptionKey::read(file) {
            Ok(key) => key,
            Err(e) => {
                tracing::error!(error = %e, "the pagoPA key cannot be read: no notice is verified");
                return None;
            }
        },
        _ => agencies::pagopa::SubscriptionKey::simulated(),
    };
    let timeouts = agencies::Timeouts {
        connect: config.agencies.connect_timeout,
        total: config.agencies.request_timeout,
    };
    agencies::pagopa::Pagopa::new(
        options,
        checkout,
        config.pagopa.return_url.clone(),
        key,
        timeouts,
    )
    .inspect_err(|e| tracing::error!(error = %e, "the pagoPA client cannot start"))
    .ok()
}

/// What happened to an application once it was stored.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The agency has it.
    Sent(Box<Receipt>),
    /// Stored; the worker sends it when the agency answers.
    Queued,
    /// The agency refused it (`agency-problem-<code>`); it waits for an
    /// operator, or for the person to correct and send again.
    Refused { code: Option<String> },
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum DeskError {
    /// The submission could not be stored: nothing was sent, nothing is
    /// claimed to be.
    #[error("the outbox refused the submission: {0}")]
    Outbox(String),
    #[error(transparent)]
    Agency(#[from] AgencyError),
    #[error("the background task stopped")]
    Stopped,
}

impl DeskError {
    /// The Fluent key of what the person is told.
    pub fn message_key(&self) -> String {
        match self {
            DeskError::Agency(e) => e.message_key(),
            DeskError::Outbox(_) | DeskError::Stopped => "agency-not-available".into(),
        }
    }

    /// The agency's reason for a refusal, when the kiosk knows it.
    pub fn problem_code(&self) -> Option<&str> {
        match self {
            DeskError::Agency(e) => e.problem_code(),
            DeskError::Outbox(_) | DeskError::Stopped => None,
        }
    }

    /// A public page the person can open instead.
    pub fn page_to_open(&self) -> Option<&'static str> {
        match self {
            DeskError::Agency(e) => e.page_to_open(),
            DeskError::Outbox(_) | DeskError::Stopped => None,
        }
    }
}

impl Desk {
    /// Starts the simulator (when an agency is configured as "simulator",
    /// or in training mode), opens the outbox and starts its delivery
    /// worker, the statistics and the metrics exporter. The error is the
    /// operator's explanation.
    pub fn start(config: Arc<KioskConfig>, library: &Library) -> Result<Self, String> {
        let pagopa_simulated = config.pagopa.payment_options == crate::config::Endpoint::Simulator
            || config.pagopa.checkout == crate::config::Endpoint::Simulator;
        let simulator =
            if config.agencies.uses_simulator() || pagopa_simulated || config.training_mode {
                start_simulator(library)
            } else {
                None
            };
        Self::with_simulator(config, library, simulator)
    }

    /// A practice desk beside this one, for the operator's "training"
    /// switch: the simulator for every agency, its own outbox (this desk's
    /// worker goes on delivering the real queue), nothing counted, no
    /// second exporter (this desk's keeps serving).
    pub fn training(&self, library: &Library) -> Result<Self, String> {
        let mut config = (*self.config).clone();
        config.training_mode = true;
        let mut practice = Self::build(
            Arc::new(config),
            library,
            start_simulator(library),
            Some(Arc::clone(&self.speaker)),
        )?;
        practice.door = self.door();
        Ok(practice)
    }

    /// Sets the simulated faults of an agency (training: the operator
    /// rehearses a bad day). False when this desk has no simulator.
    pub fn set_faults(&self, agency: crate::catalogue::Agency, faults: simulator::Faults) -> bool {
        match &self._simulator {
            Some(running) => {
                running.simulator.set_faults(agency, faults);
                true
            }
            None => false,
        }
    }

    /// The simulated faults of an agency (none without a simulator).
    pub fn faults(&self, agency: crate::catalogue::Agency) -> simulator::Faults {
        self._simulator
            .as_ref()
            .map(|running| running.simulator.faults(agency))
            .unwrap_or_default()
    }

    /// As [`Desk::start`], with a simulator the caller started (tests read
    /// its exchanges).
    pub fn with_simulator(
        config: Arc<KioskConfig>,
        library: &Library,
        simulator: Option<simulator::Running>,
    ) -> Result<Self, String> {
        Self::build(config, library, simulator, None)
    }

    /// `practice`: a training desk beside a running one, sharing its
    /// speaker; it starts no second metrics exporter.
    fn build(
        config: Arc<KioskConfig>,
        library: &Library,
        simulator: Option<simulator::Running>,
        practice: Option<Arc<Speaker>>,
    ) -> Result<Self, String> {
        let export_metrics = practice.is_none();
        let speaker = practice.unwrap_or_else(|| {
            Arc::new(Speaker::start(
                speech::Engine::new(
                    config.speech.clone(),
                    speech::Voices::of(&library.translations),
                ),
                config.languages.clone(),
            ))
        });
        // Practice never touches the real queue: in training, submissions
        // go to an outbox of their own, emptied each time training starts
        // (what a trainee typed is not kept).
        let outbox_dir = if config.training_mode {
            let dir = config.data_dir.join(TRAINING_DIR);
            if let Err(e) = std::fs::remove_dir_all(&dir)
                && e.kind() != std::io::ErrorKind::NotFound
            {
                tracing::warn!(error = %e, "the training outbox could not be emptied");
            }
            dir
        } else {
            config.data_dir.clone()
        };
        let outbox = Outbox::open(&outbox_dir, config.kiosk_id.as_str())
            .map_err(|e| e.explain_for_operator(&library.translations))?;
        let outbox = Arc::new(outbox);
        // Training mode never reaches a real agency: every call goes to the
        // simulator, whatever the endpoints say.
        let endpoints = match (config.training_mode, simulator.as_ref()) {
            (true, Some(running)) => agencies::Endpoints::simulator(&running.base),
            (true, None) => {
                return Err(
                    "serto-kiosk: training mode needs the built-in agency simulator, \
                            which could not start (see the log)"
                        .to_owned(),
                );
            }
            (false, _) => agencies::Endpoints::from_config(
                &config.agencies,
                simulator.as_ref().map(|s| &s.base),
            ),
        };
        let agencies = Agencies::new(
            config.kiosk_id.as_str(),
            endpoints,
            agencies::Timeouts {
                connect: config.agencies.connect_timeout,
                total: config.agencies.request_timeout,
            },
        )
        .map_err(|e| format!("serto-kiosk: the HTTP client cannot start: {e}"))?;
        let pagopa = pagopa_client(&config, simulator.as_ref().map(|s| &s.base));
        let delivery = outbox::worker::Delivery::new(
            Arc::clone(&outbox),
            agencies.clone(),
            outbox::worker::RetryPolicy::default(),
        );
        let worker = outbox::worker::Worker::start(delivery, config.retention)
            .map_err(|e| format!("serto-kiosk: the delivery worker cannot start: {e}"))?;
        let documents = Documents::load()
            .map_err(|e| format!("serto-kiosk: the documents cannot be prepared: {e}"))?;
        // Nothing is counted in training mode.
        let monitor = Monitor::open(&config.data_dir, !config.training_mode, config.metrics_keep)
            .map_err(|e| format!("serto-kiosk: {e}"))?;
        let monitor = Arc::new(monitor);
        let exporter = if !export_metrics {
            None
        } else {
            match monitoring::exporter::Exporter::start(
                config.metrics_listen,
                Arc::clone(&monitor),
                Arc::clone(&outbox),
                config.kiosk_id.as_str(),
                health_sampler(&config, &speaker, &agencies),
            ) {
                Ok(exporter) => {
                    tracing::info!(address = %exporter.address, "metrics exporter started");
                    Some(exporter)
                }
                Err(e) => {
                    // The kiosk serves people without it; the operator sees why.
                    tracing::error!(error = %e, address = %config.metrics_listen, "the metrics exporter cannot listen");
                    None
                }
            }
        };
        // The operator's door as the last run left it (no fresh guesses after
        // a restart).
        let door = Arc::new(Mutex::new(crate::operator::PinGate::kept(
            config.data_dir.join("operator-door.json"),
        )));
        Ok(Self {
            delivery_wait: config.agencies.connect_timeout
                + config.agencies.request_timeout
                + Duration::from_secs(1),
            config,
            agencies,
            pagopa,
            wake: Arc::clone(&worker.wake),
            door,
            outbox,
            documents: Arc::new(documents),
            monitor,
            speaker,
            exporter,
            _worker: worker,
            _simulator: simulator,
        })
    }

    pub fn documents(&self) -> &Documents {
        &self.documents
    }

    pub fn outbox(&self) -> &Outbox {
        &self.outbox
    }

    pub fn monitor(&self) -> &Monitor {
        &self.monitor
    }

    pub fn speaker(&self) -> &Speaker {
        &self.speaker
    }

    /// Where `/metrics` is served (none if the address could not be bound).
    pub fn metrics_address(&self) -> Option<std::net::SocketAddr> {
        self.exporter.as_ref().map(|e| e.address)
    }

    /// How each agency has been answering, with the worker's breakers.
    pub fn agency_health(&self) -> Vec<agencies::health::Report> {
        self.agencies.health().reports()
    }

    /// Wakes the delivery worker (after an operator's "retry now").
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Counts an anonymous event (returns at once; nothing in training).
    pub fn record(&self, event: &Event, mode: Mode) {
        self.monitor.record(event, mode, Timestamp::now());
    }

    /// What every document says of where it comes from, at this moment.
    pub fn header(&self) -> Header {
        let now = crate::italy::now();
        Header {
            office_name: self.config.office.name.clone(),
            office_address: self.config.office.address.clone(),
            office_phone: self.config.office.phone.clone(),
            kiosk_id: self.config.kiosk_id.as_str().to_owned(),
            when: now.strftime("%d/%m/%Y %H:%M").to_string(),
            training: self.config.training_mode,
        }
    }

    /// Stores an application durably and wakes the worker; returns its
    /// reference. Only after this may the person be told it is saved.
    /// `replacing` is an earlier submission of the same session that the
    /// agency refused: it is cancelled once this one is stored, so the
    /// operator does not find both.
    pub async fn enqueue(
        self: Arc<Self>,
        submission: Submission,
        replacing: Option<String>,
    ) -> Result<String, DeskError> {
        let desk = Arc::clone(&self);
        let entry = blocking(move || desk.outbox.enqueue(submission, Timestamp::now()))
            .await?
            .map_err(|e| DeskError::Outbox(e.to_string()))?;
        if let Some(old) = replacing {
            let desk = Arc::clone(&self);
            let cancelled = blocking(move || {
                desk.outbox
                    .cancel(&old, CancelReason::WrongData, Timestamp::now())
            })
            .await?;
            if let Err(e) = cancelled {
                tracing::warn!(error = %e, "the refused submission could not be cancelled");
            }
        }
        self.wake.notify_one();
        Ok(entry.reference)
    }

    /// Waits (at most the agency's timeouts) for a stored application to
    /// be delivered, and says what became of it.
    pub async fn wait_delivery(self: Arc<Self>, reference: String) -> Outcome {
        let started = Instant::now();
        loop {
            tokio::time::sleep(Duration::from_millis(100)).await;
            let desk = Arc::clone(&self);
            let r = reference.clone();
            let Ok(Ok(entry)) = blocking(move || desk.outbox.status(&r)).await else {
                return Outcome::Queued;
            };
            return match entry.state {
                State::Delivered => {
                    let desk = Arc::clone(&self);
                    let r = reference.clone();
                    match blocking(move || desk.outbox.reply(&r)).await {
                        Ok(Ok(Some(Reply::Accepted(receipt)))) => Outcome::Sent(receipt),
                        _ => Outcome::Queued,
                    }
                }
                State::NeedsOperator => Outcome::Refused {
                    code: match entry.last_error {
                        Some(outbox::ErrorClass::Refused { code }) => code,
                        _ => None,
                    },
                },
                State::Queued | State::Sending if started.elapsed() < self.delivery_wait => {
                    continue;
                }
                State::RetryWait | State::Cancelled | State::Queued | State::Sending => {
                    Outcome::Queued
                }
            };
        }
    }

    /// "Call an operator": the help desk's device is told which kiosk
    /// needs someone (nothing about the person). True only when it
    /// confirmed; false when no address is configured or it failed.
    pub async fn call_operator(self: Arc<Self>) -> bool {
        let Some(url) = self.config.operator_call.clone() else {
            return false;
        };
        let body = serde_json::json!({
            "kind": "operator-call",
            "kiosk": self.config.kiosk_id.as_str(),
            "office": self.config.office.name,
            "at": Timestamp::now().to_string(),
            "training": self.config.training_mode,
        });
        match self.agencies.notify(&url, &body).await {
            Ok(()) => true,
            Err(error) => {
                tracing::warn!(%error, "the operator call did not reach the desk");
                false
            }
        }
    }

    /// A pagoPA notice as the platform holds it now, and — if it can be
    /// paid — Checkout's page to pay it from a phone. Without a verified,
    /// payable notice nothing is printed.
    pub async fn verify_payment(
        self: Arc<Self>,
        notice: PaymentNotice,
    ) -> Result<Payment, agencies::pagopa::PagopaError> {
        let Some(pagopa) = self.pagopa.as_ref() else {
            return Err(agencies::pagopa::PagopaError::Unreachable);
        };
        let verified = pagopa.verify(&notice).await.inspect_err(|e| {
            tracing::warn!(error = %e, "a pagoPA notice could not be verified");
        })?;
        let pay_now = if verified.state.payable() {
            match pagopa.cart(&notice, &verified).await {
                Ok(url) => Some(url),
                Err(e) => {
                    tracing::warn!(error = %e, "no Checkout cart for a notice");
                    None
                }
            }
        } else {
            None
        };
        Ok(Payment {
            notice,
            verified,
            pay_now,
        })
    }

    /// A status look-up or an item card: asked at once, nothing stored.
    pub async fn look_up(self: Arc<Self>, submission: Submission) -> Result<Reply, DeskError> {
        let outgoing = Outgoing::new(String::new(), submission);
        Ok(self.agencies.submit(&outgoing).await?)
    }

    /// The options an agency offers for an agency-choice field.
    pub async fn offers(
        self: Arc<Self>,
        source: String,
        service: String,
        answers: crate::flows::session::Answers,
    ) -> Result<Vec<OfferEntry>, DeskError> {
        Ok(self.agencies.offers(&source, &service, &answers).await?)
    }

    /// Prints a PDF on a queue after checking the printer can. The error is
    /// the Fluent key of the printer's problem (`printer-paper-out`…).
    pub async fn print(
        queue: String,
        title: String,
        pdf: Arc<Vec<u8>>,
    ) -> Result<(), &'static str> {
        tokio::task::spawn_blocking(move || Self::print_now(&queue, &title, &pdf))
            .await
            .unwrap_or(Err("printer-other"))
    }

    /// The same, blocking (for work already off the UI thread).
    pub fn print_now(queue: &str, title: &str, pdf: &[u8]) -> Result<(), &'static str> {
        let printed = printing::status(queue).and_then(|status| match status.problem_key() {
            Some(problem) => Ok(Err(problem)),
            None => printing::print(queue, title, pdf).map(|_| Ok(())),
        });
        match printed {
            Ok(result) => result,
            Err(error) => {
                tracing::warn!(%error, "printing failed");
                Err(error.problem_key())
            }
        }
    }
}

/// What the exporter's health gauges read: the health tab's printers, disk,
/// voice and agencies, in the metrics' fixed vocabularies.
fn health_sampler(
    config: &Arc<KioskConfig>,
    speaker: &Arc<Speaker>,
    agencies: &Agencies,
) -> monitoring::gauges::Sampler {
    let config = Arc::clone(config);
    let speaker = Arc::clone(speaker);
    let health = agencies.health().clone();
    Box::new(move || monitoring::gauges::HealthGauges {
        printers: panel::printer_states(&config),
        data_disk_free_bytes: panel::disk_free_bytes(&config.data_dir),
        speech_ready: matches!(speaker.availability(), speech::Availability::Ready { .. }),
        agencies: health
            .reports()
            .into_iter()
            .map(|r| (r.agency.id(), r.state.id()))
            .collect(),
    })
}

/// The folder (inside the data folder) of the training outbox.
pub const TRAINING_DIR: &str = "training";

/// The built-in agency simulator on a free loopback port (logged, not
/// fatal, when it cannot start).
fn start_simulator(library: &Library) -> Option<simulator::Running> {
    let world = simulator::Simulator::new(crate::italy::today(), Some(Arc::clone(&library.flows)));
    match simulator::Running::start(world, 0) {
        Ok(running) => {
            tracing::info!(base = %running.base, "agency simulator started");
            Some(running)
        }
        Err(e) => {
            tracing::error!(error = %e, "the agency simulator cannot start");
            None
        }
    }
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, DeskError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| DeskError::Stopped)
}
