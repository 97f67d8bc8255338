//! What the operator's panel asks of the desk: the kiosk's health (CUPS,
//! the disk, the queue, the agencies, the voice), the outbox's retry and
//! cancel, the statistics, the monthly CSV, the simulated faults of
//! training and the PIN door. Blocking calls (SQLite, CUPS, the disk): run
//! them off the UI thread.

use std::sync::Arc;
use std::time::{Duration, Instant};

use jiff::Timestamp;

use crate::Library;
use crate::agencies::health::Report;
use crate::catalogue::{Agency, Channel, ServiceId};
use crate::monitoring::ServiceFigures;
use crate::operator::Verdict;
use crate::outbox::{CancelReason, Entry, State};
use crate::printing::{self, PrinterStatus};
use crate::simulator::faults::Preset;
use crate::speech::Availability;

use super::Desk;

/// Less free space than this (MiB) needs the operator: the outbox and
/// the statistics stop growing when the disk is full.
pub const LOW_DISK_MIB: u64 = 1024;

/// How many outbox entries the panel lists.
const LISTED: usize = 200;

/// A hand-off opened by an operator: personal data, held only while it is
/// open on the panel and overwritten when closed.
#[derive(Debug, Clone)]
pub struct HandOff {
    pub reference: String,
    pub service: ServiceId,
    pub submission: Box<crate::flows::Submission>,
    /// The portal's Italian label and the answer, in the portal's order.
    pub rows: Vec<(String, String)>,
}

impl HandOff {
    /// Overwrites the answers (the panel closed it).
    pub fn wipe(&mut self) {
        use zeroize::Zeroize;
        for (label, answer) in &mut self.rows {
            label.zeroize();
            answer.zeroize();
        }
        self.rows.clear();
    }
}

/// The kiosk's health, as the operator's health tab and banner show it.
#[derive(Debug, Clone, Default)]
pub struct Health {
    /// Queue name and its problem's Fluent key (`None`: ready).
    pub printers: Vec<(String, Option<&'static str>)>,
    pub disk_free_mib: Option<u64>,
    pub pending: u64,
    /// Submissions an agency refused, or that stopped retrying.
    pub needs_operator: u64,
    pub oldest_pending_minutes: Option<u64>,
    pub agencies: Vec<Report>,
    pub metrics: Option<std::net::SocketAddr>,
    pub training: bool,
    pub speech: Availability,
    /// The native names of the languages without a voice.
    pub missing_voices: Vec<String>,
    /// Services left out because their data is broken, with why.
    pub services_disabled: Vec<(ServiceId, String)>,
    /// Portal forms whose labels were not read on the live portal.
    pub unconfirmed_forms: Vec<ServiceId>,
}

impl Health {
    /// The key of a printer's state as read by CUPS.
    pub fn printer_state(
        status: &Result<PrinterStatus, printing::PrintError>,
    ) -> Option<&'static str> {
        match status {
            Ok(status) => status.problem_key(),
            Err(error) => Some(error.problem_key()),
        }
    }
}

/// Why the monthly CSV was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the statistics cannot be read: {0}")]
    Statistics(String),
    #[error("the CSV cannot be written: {0}")]
    Write(std::io::Error),
}

/// The simulated faults of each agency, as the panel's presets.
pub type FaultPresets = Vec<(Agency, Option<Preset>)>;

/// Where the monthly CSV went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub file: String,
    /// On a USB stick (else the data folder).
    pub usb: bool,
    /// A USB folder is configured but nothing was mounted there.
    pub usb_missing: bool,
}

impl Desk {
    /// The kiosk's health now.
    pub fn health(&self, library: &Library, now: Timestamp) -> Health {
        let config = &self.config;
        let speech = self.speaker().availability();
        let printers = printer_states(config);
        let counts = self.outbox().counts(now).unwrap_or_default();
        let pending = counts
            .by_state
            .iter()
            .filter(|(state, _)| !matches!(state, State::Delivered | State::Cancelled))
            .map(|(_, n)| n)
            .sum();
        let missing_voices = match &speech {
            Availability::Ready { missing_voices } => missing_voices
                .iter()
                .map(|l| {
                    library
                        .translations
                        .meta(l)
                        .map_or_else(|| l.to_string(), |m| m.native_name.clone())
                })
                .collect(),
            _ => Vec::new(),
        };
        Health {
            printers,
            disk_free_mib: disk_free_mib(&config.data_dir),
            pending,
            needs_operator: counts
                .by_state
                .get(&State::NeedsOperator)
                .copied()
                .unwrap_or(0),
            oldest_pending_minutes: counts.oldest_pending.map(|d| d.as_secs() / 60),
            agencies: self.agency_health(),
            metrics: self.metrics_address(),
            training: config.training_mode,
            missing_voices,
            speech,
            services_disabled: library.catalogue.disabled().to_vec(),
            unconfirmed_forms: library
                .catalogue
                .services()
                .iter()
                .filter(|s| {
                    library
                        .catalogue
                        .portals()
                        .form(&s.id)
                        .is_some_and(|f| !f.confirmed)
                })
                .map(|s| s.id.clone())
                .collect(),
        }
    }

    /// The newest entries of the outbox (metadata only).
    pub fn outbox_entries(&self) -> Vec<Entry> {
        self.outbox().list(&[], LISTED).unwrap_or_default()
    }

    /// The applications prepared for a portal that people handed to the
    /// help desk (metadata only: reference, service, state, age).
    pub fn hand_offs(&self, library: &Library) -> Vec<Entry> {
        self.outbox_entries()
            .into_iter()
            .filter(|e| {
                library.channel(&ServiceId::from(e.service.as_str())) == Some(Channel::Portal)
            })
            .collect()
    }

    /// An operator opens a hand-off to finish it with the person: its
    /// answers under the portal's labels, in Italian. None once the
    /// retention period has deleted them.
    pub fn open_hand_off(&self, library: &Library, reference: &str) -> Option<HandOff> {
        let entry = self.outbox().status(reference).ok()?;
        let service = ServiceId::from(entry.service.as_str());
        let submission = self.outbox().submission(reference).ok()??;
        let (form, _) = library.catalogue.portals().of(&service)?;
        let flow = library.flows.get(service.as_str())?;
        let italian = crate::i18n::LanguageId::reference();
        let today = crate::italy::today();
        let t = &library.translations;
        let rows = crate::documents::portal_rows(
            flow,
            &submission,
            form,
            t,
            &italian,
            &library.places,
            today,
        )
        .into_iter()
        .map(|(label, _, answer)| (label, answer))
        .collect();
        tracing::info!(%reference, "operator opened a hand-off");
        Some(HandOff {
            reference: entry.reference,
            service,
            submission: Box::new(submission),
            rows,
        })
    }

    /// "Retry now": the entry is due at once and the worker wakes.
    pub fn retry_now(&self, reference: &str, now: Timestamp) {
        if let Err(e) = self.outbox().retry_now(reference, now) {
            tracing::warn!(error = %e, "retry refused");
        }
        self.wake();
    }

    /// Cancels an entry, with a reason from the fixed list.
    pub fn cancel(&self, reference: &str, reason: CancelReason, now: Timestamp) {
        if let Err(e) = self.outbox().cancel(reference, reason, now) {
            tracing::warn!(error = %e, "cancel refused");
        }
    }

    /// The statistics of the `span` before `now`.
    pub fn statistics(&self, span: jiff::SignedDuration, now: Timestamp) -> Vec<ServiceFigures> {
        let from = now.checked_sub(span).unwrap_or(now);
        let to = now
            .checked_add(jiff::SignedDuration::from_secs(60))
            .unwrap_or(now);
        self.monitor().flush();
        self.monitor().statistics(from, to).unwrap_or_default()
    }

    /// Writes this month's CSV to the USB stick mounted on `export_dir`,
    /// or to the data folder when none is.
    pub fn export_month(&self, now: Timestamp) -> Result<Export, ExportError> {
        let today = crate::italy::at(now).date();
        let name = format!(
            "statistiche-{}-{:04}-{:02}.csv",
            self.config.kiosk_id.as_str(),
            today.year(),
            today.month()
        );
        let usb = self
            .config
            .export_dir
            .as_deref()
            .filter(|d| is_mount_point(d));
        let file = usb.unwrap_or(&self.config.data_dir).join(name);
        let csv = self
            .monitor()
            .monthly_csv(today.year(), today.month())
            .map_err(|e| ExportError::Statistics(e.to_string()))?;
        std::fs::write(&file, csv).map_err(ExportError::Write)?;
        Ok(Export {
            file: file.display().to_string(),
            usb: usb.is_some(),
            usb_missing: self.config.export_dir.is_some() && usb.is_none(),
        })
    }

    /// Sets one agency's simulated faults (training) and reads them all.
    pub fn set_fault(&self, agency: Agency, preset: Preset) -> FaultPresets {
        if !self.set_faults(agency, preset.faults()) {
            tracing::warn!("faults asked of a desk without a simulator");
        }
        self.fault_presets()
    }

    /// The simulated faults of every agency, as the panel's presets.
    pub fn fault_presets(&self) -> FaultPresets {
        crate::agencies::contract::doors()
            .map(|a| (a, Preset::of(&self.faults(a))))
            .collect()
    }

    /// How long the PIN door stays locked after wrong PINs.
    pub fn pin_locked(&self, now: Instant) -> Option<Duration> {
        self.door.lock().ok()?.locked(now)
    }

    /// Checks an operator PIN against the config's Argon2id hash (slow on
    /// purpose: run it off the UI thread) and counts it at the door.
    pub fn check_pin(&self, pin: &str, now: Instant) -> Verdict {
        // While locked, the PIN is refused unchecked.
        if let Some(remaining) = self.pin_locked(now) {
            return Verdict::Locked { remaining };
        }
        let correct = self.config.operator_pin_hash.verify(pin);
        match self.door.lock() {
            Ok(mut door) => door.checked(correct, now),
            // A poisoned door lets nobody in.
            Err(_) => Verdict::Locked {
                remaining: crate::operator::FIRST_LOCK,
            },
        }
    }

    /// A practice desk shares the real one's door (and its lock).
    pub(super) fn door(&self) -> Arc<std::sync::Mutex<crate::operator::PinGate>> {
        Arc::clone(&self.door)
    }
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

/// Each of the config's queues (once) with its problem's key, read now
/// from CUPS: the health tab's and the metrics' printers.
pub(super) fn printer_states(
    config: &crate::config::KioskConfig,
) -> Vec<(String, Option<&'static str>)> {
    let mut queues = vec![&config.printers.receipt, &config.printers.a4];
    queues.dedup();
    queues
        .into_iter()
        .map(|queue| {
            (
                queue.clone(),
                Health::printer_state(&printing::status(queue)),
            )
        })
        .collect()
}

/// Free space where the data folder is, in MiB.
fn disk_free_mib(dir: &std::path::Path) -> Option<u64> {
    disk_free_bytes(dir).map(|b| b / (1024 * 1024))
}

/// Free space where the data folder is, from `df` (no extra crate).
pub(super) fn disk_free_bytes(dir: &std::path::Path) -> Option<u64> {
    let mut df = std::process::Command::new("df");
    df.args(["-Pk"]).arg(dir);
    // A hung network mount must not hold the health tab.
    let out = crate::child::run(df, None, std::time::Duration::from_secs(5)).ok()?;
    let text = out.stdout_text();
    let kib: u64 = text
        .lines()
        .nth(1)?
        .split_whitespace()
        .nth(3)?
        .parse()
        .ok()?;
    Some(kib * 1024)
}
