//! kiosk-config: one TOML file per kiosk, read into typed settings.
//!
//! A bad file never starts a kiosk with guessed values: `load` returns one
//! [`ConfigError`] naming the file, line and column, the problem and what to
//! write instead (in Italian and English, see `ConfigError::explain`).

mod error;
mod raw;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use error::{ConfigError, Problem, ProblemKind};

use crate::catalogue::{Agency, Catalogue, ServiceId};
use crate::i18n::{LanguageId, Translations};

/// A kiosk's settings, valid by construction.
#[derive(Debug, Clone)]
pub struct KioskConfig {
    /// The file these settings came from.
    pub source: PathBuf,
    pub kiosk_id: KioskId,
    pub training_mode: bool,
    pub office: Office,
    /// Enabled languages, in the order the language screen shows them.
    pub languages: Vec<LanguageId>,
    pub default_language: LanguageId,
    /// Enabled services, a subset of the catalogue.
    pub services: Vec<ServiceId>,
    pub idle_timeout: Duration,
    pub idle_warning: Duration,
    pub agencies: AgencySettings,
    pub pagopa: PagopaSettings,
    pub printers: Printers,
    pub data_dir: PathBuf,
    /// How long the personal payload of a finished submission is kept.
    pub retention: Duration,
    pub operator_pin_hash: PinHash,
    /// Where "call an operator" notifies the help desk (none: the person
    /// is told to go to the desk).
    pub operator_call: Option<url::Url>,
    pub metrics_listen: SocketAddr,
    /// How long the statistics keep events, then daily figures.
    pub metrics_keep: crate::monitoring::Keep,
    /// Where a USB stick for the monthly CSV is mounted (the CSV goes to
    /// the data folder when nothing is mounted there).
    pub export_dir: Option<PathBuf>,
    pub speech: SpeechSettings,
}

/// Reading pages aloud (eSpeak NG through ALSA).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeechSettings {
    pub enabled: bool,
    /// 0–100 %.
    pub volume: u8,
    /// Words per minute, 80–300.
    pub rate: u16,
    /// The audio reaches only a headphone jack: private enough to read the
    /// confirmation's reference number aloud (never read on a loudspeaker).
    pub headphones: bool,
    /// The ALSA device (`default`, `hw:1`, `plughw:CARD=Headphones`…).
    pub device: String,
    /// The espeak-ng program (found on the PATH by default).
    pub program: PathBuf,
    /// espeak-ng's data folder, when not the installed one.
    pub data: Option<PathBuf>,
}

/// Uppercase letters, digits and hyphens, 2–16 characters, starting with a
/// letter (e.g. `AR-K01`). It prefixes the kiosk's reference numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskId(String);

impl KioskId {
    pub fn parse(text: &str) -> Option<Self> {
        let ok = (2..=16).contains(&text.len())
            && text.starts_with(|c: char| c.is_ascii_uppercase())
            && text
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
            && !text.ends_with('-')
            && !text.contains("--");
        ok.then(|| Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone)]
pub struct Office {
    pub name: String,
    pub address: String,
    pub phone: String,
    /// Opening hours as the office writes them, one line each.
    pub opening_hours: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct AgencySettings {
    pub connect_timeout: Duration,
    pub request_timeout: Duration,
    endpoints: Vec<(Agency, Endpoint)>,
}

impl AgencySettings {
    pub fn endpoint(&self, agency: Agency) -> &Endpoint {
        self.endpoints
            .iter()
            .find(|(a, _)| *a == agency)
            .map(|(_, e)| e)
            // Every agency is required by the loader; the simulator is the safe answer.
            .unwrap_or(&Endpoint::Simulator)
    }

    /// Whether any agency is served by the built-in simulator.
    pub fn uses_simulator(&self) -> bool {
        crate::agencies::contract::doors().any(|a| self.endpoint(a) == &Endpoint::Simulator)
    }
}

/// `check-config`'s look at the disk: the data folder is created if it
/// is missing and a probe file is written, synced and removed in it, so a
/// folder that is a file, read-only, full or under `/proc` is named before
/// the kiosk starts (the outbox would refuse it at start).
pub fn probe_storage(config: &KioskConfig) -> Result<(), ConfigError> {
    let dir = &config.data_dir;
    let probe = || -> std::io::Result<()> {
        use std::io::Write;
        std::fs::create_dir_all(dir)?;
        let path = dir.join(format!(".serto-check-config-{}", std::process::id()));
        let written = std::fs::File::create(&path).and_then(|mut file| {
            file.write_all(b"serto-kiosk check-config\n")?;
            file.sync_all()
        });
        let removed = std::fs::remove_file(&path);
        written.and(removed)
    };
    probe().map_err(|e| ConfigError {
        file: config.source.clone(),
        position: None,
        problem: Problem::new(ProblemKind::DataDirUnusable, "storage.data_dir").with(&[
            ("value", dir.display().to_string()),
            ("reason", e.kind().to_string()),
        ]),
    })
}

/// The pagoPA platform's services the kiosk calls (docs/contracts/pagopa/).
#[derive(Debug, Clone)]
pub struct PagopaSettings {
    /// Verifying a notice (payment options of the creditor's notices).
    pub payment_options: Endpoint,
    /// "Pay now with your phone" (Checkout's carts).
    pub checkout: Endpoint,
    /// Where Checkout sends the person back after paying.
    pub return_url: url::Url,
    /// The file holding the `Ocp-Apim-Subscription-Key` (none: only the
    /// simulator is called). The key is read when the desk starts, never
    /// kept in the config or logged.
    pub key_file: Option<PathBuf>,
}

/// Where an agency's contract is served.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    /// The agency simulator built into this program, on a loopback port.
    Simulator,
    /// A real back-end (http or https).
    Url(url::Url),
}

/// CUPS queue names.
#[derive(Debug, Clone)]
pub struct Printers {
    pub receipt: String,
    pub a4: String,
}

/// The operator PIN as an Argon2id hash in PHC string format
/// (`$argon2id$v=19$m=…,t=…,p=…$<salt>$<hash>`). The PIN itself is never stored.
#[derive(Clone, PartialEq, Eq)]
pub struct PinHash(String);

impl PinHash {
    /// OWASP's minimum for Argon2id (Password Storage Cheat Sheet): 19 MiB
    /// of memory and two passes. A 4-digit PIN behind a weaker hash falls in
    /// seconds to anyone who reads the config.
    pub const MIN_MEMORY_KIB: u32 = 19_456;
    pub const MIN_PASSES: u32 = 2;

    /// Accepts a complete Argon2id PHC string with usable parameters.
    pub fn parse(text: &str) -> Option<Self> {
        Self::check(text).ok()
    }

    /// Like `parse`, but says why not: `Err(None)` not an Argon2id hash,
    /// `Err(Some((memory KiB, passes)))` parameters under the minimum.
    pub fn check(text: &str) -> Result<Self, Option<(u32, u32)>> {
        let hash = argon2::PasswordHash::new(text).map_err(|_| None)?;
        let params = argon2::Params::try_from(&hash).map_err(|_| None)?;
        let ok =
            hash.algorithm.as_str() == "argon2id" && hash.salt.is_some() && hash.hash.is_some();
        if !ok {
            return Err(None);
        }
        if params.m_cost() < Self::MIN_MEMORY_KIB || params.t_cost() < Self::MIN_PASSES {
            return Err(Some((params.m_cost(), params.t_cost())));
        }
        Ok(Self(text.to_owned()))
    }

    /// Hashes a new PIN with a random salt and Argon2id's default parameters.
    pub fn create(pin: &str) -> Result<Self, String> {
        use argon2::PasswordHasher;
        argon2::Argon2::default()
            .hash_password(pin.as_bytes())
            .map(|hash| Self(hash.to_string()))
            .map_err(|e| e.to_string())
    }

    /// Whether `pin` is the PIN this hash was made from.
    pub fn verify(&self, pin: &str) -> bool {
        use argon2::PasswordVerifier;
        argon2::PasswordHash::new(&self.0).is_ok_and(|hash| {
            argon2::Argon2::default()
                .verify_password(pin.as_bytes(), &hash)
                .is_ok()
        })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for PinHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PinHash(…)")
    }
}

/// What a config is checked against: the languages and services that exist.
pub struct Known<'a> {
    pub translations: &'a Translations,
    pub catalogue: &'a Catalogue,
}

/// Reads and checks a kiosk-config file.
pub fn load(path: &Path, known: &Known<'_>) -> Result<KioskConfig, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError::unreadable(path, &e))?;
    parse(path, &text, known)
}

/// Checks config text as if read from `path` (relative paths resolve there).
pub fn parse(path: &Path, text: &str, known: &Known<'_>) -> Result<KioskConfig, ConfigError> {
    let raw: raw::RawConfig =
        toml::from_str(text).map_err(|e| ConfigError::from_toml(path, text, &e))?;
    raw.validate(path, known)
        .map_err(|(span, problem)| ConfigError::at_span(path, text, span, problem))
}
