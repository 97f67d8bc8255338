//! The config file as serde reads it (with spans), and its validation into
//! [`KioskConfig`]. Every check returns the span of the offending value so
//! the error can name its line and column.

use std::net::SocketAddr;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use super::error::{Problem, ProblemKind};
use super::{AgencySettings, Endpoint, KioskConfig, KioskId, Known, Office, PinHash, Printers};
use crate::catalogue::{Agency, ServiceId};
use crate::i18n::{LanguageId, REFERENCE};

type Checked<T> = Result<T, (Range<usize>, Problem)>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConfig {
    kiosk: RawKiosk,
    office: RawOffice,
    languages: RawLanguages,
    services: RawServices,
    #[serde(default)]
    session: RawSession,
    agencies: RawAgencies,
    pagopa: RawPagopa,
    printers: RawPrinters,
    storage: RawStorage,
    operator: RawOperator,
    #[serde(default)]
    metrics: RawMetrics,
    #[serde(default)]
    speech: RawSpeech,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKiosk {
    id: Spanned<String>,
    #[serde(default)]
    training_mode: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOffice {
    name: Spanned<String>,
    address: Spanned<String>,
    phone: Spanned<String>,
    opening_hours: Spanned<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguages {
    enabled: Spanned<Vec<Spanned<String>>>,
    default: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawServices {
    enabled: Spanned<Vec<Spanned<String>>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawSession {
    idle_timeout_seconds: Option<Spanned<i64>>,
    idle_warning_seconds: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAgencies {
    connect_timeout_ms: Option<Spanned<i64>>,
    request_timeout_ms: Option<Spanned<i64>>,
    endpoints: RawEndpoints,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawEndpoints {
    comune_arezzo: Spanned<String>,
    polizia_di_stato: Spanned<String>,
    biblioteca_arezzo: Spanned<String>,
    regione_toscana: Spanned<String>,
    usl_toscana_sud_est: Spanned<String>,
}

impl RawEndpoints {
    /// The key of each agency the kiosk calls (a new agency does not
    /// compile until it is here). The offices whose services only a portal
    /// finishes have no door, so no endpoint.
    fn of(&self, agency: Agency) -> Option<&Spanned<String>> {
        match agency {
            Agency::ComuneArezzo => Some(&self.comune_arezzo),
            Agency::PoliziaDiStato => Some(&self.polizia_di_stato),
            Agency::BibliotecaArezzo => Some(&self.biblioteca_arezzo),
            Agency::RegioneToscana => Some(&self.regione_toscana),
            Agency::UslToscanaSudEst => Some(&self.usl_toscana_sud_est),
            Agency::Prefettura | Agency::MinisteroIstruzione => None,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPagopa {
    payment_options: Spanned<String>,
    checkout: Spanned<String>,
    return_url: Spanned<String>,
    subscription_key_file: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrinters {
    receipt: Spanned<String>,
    a4: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStorage {
    data_dir: Spanned<String>,
    retention_days: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOperator {
    pin_hash: Spanned<String>,
    /// Where "call an operator" is sent (the help desk's device).
    call_webhook: Option<Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawMetrics {
    listen: Option<Spanned<String>>,
    #[serde(default)]
    allow_non_loopback: bool,
    /// Where a USB stick is mounted, for the monthly CSV.
    export_dir: Option<Spanned<String>>,
    /// Days of single statistics events, then of daily figures.
    keep_events_days: Option<Spanned<i64>>,
    keep_days: Option<Spanned<i64>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawSpeech {
    enabled: Option<bool>,
    volume: Option<Spanned<i64>>,
    rate: Option<Spanned<i64>>,
    #[serde(default)]
    headphones: bool,
    device: Option<Spanned<String>>,
    program: Option<Spanned<String>>,
    data: Option<Spanned<String>>,
}

/// Speech volume in percent, and speaking rate in words per minute
/// (espeak-ng's default is 175; slower suits people reading a second
/// language).
pub(super) const SPEECH_VOLUME: (i64, Range<i64>) = (80, 0..101);
pub(super) const SPEECH_RATE: (i64, Range<i64>) = (140, 80..301);

/// Defaults for optional values, written in the documented examples too.
pub(super) const IDLE_TIMEOUT_SECONDS: (i64, Range<i64>) = (120, 30..1801);
/// Days the personal payload of a finished submission is kept (reprints).
pub(super) const RETENTION_DAYS: (i64, Range<i64>) = (7, 1..91);
/// Days the statistics keep single events (the statistics tab), and
/// daily figures (the monthly CSV).
pub(super) const KEEP_EVENTS_DAYS: (i64, Range<i64>) = (35, 32..367);
pub(super) const KEEP_DAYS: (i64, Range<i64>) = (760, 366..3661);
pub(super) const IDLE_WARNING_SECONDS: (i64, Range<i64>) = (30, 20..121);
pub(super) const CONNECT_TIMEOUT_MS: (i64, Range<i64>) = (3_000, 100..30_001);
pub(super) const REQUEST_TIMEOUT_MS: (i64, Range<i64>) = (15_000, 1_000..120_001);
pub(super) const METRICS_LISTEN: &str = "127.0.0.1:9464";

fn fail<T>(span: Range<usize>, kind: ProblemKind, key: &str) -> Checked<T> {
    Err((span, Problem::new(kind, key)))
}

fn fail_with<T>(
    span: Range<usize>,
    kind: ProblemKind,
    key: &str,
    args: &[(&'static str, String)],
) -> Checked<T> {
    Err((span, Problem::new(kind, key).with(args)))
}

/// The longest free text a setting may hold (an office name, an address, a
/// path): it goes on one line of a page and of every receipt.
const MAX_TEXT_CHARS: usize = 200;

fn text(value: Spanned<String>, key: &str) -> Checked<String> {
    let span = value.span();
    let text = value.into_inner().trim().to_owned();
    if text.is_empty() || text.chars().any(char::is_control) {
        return fail(span, ProblemKind::EmptyText, key);
    }
    let length = text.chars().count();
    if length > MAX_TEXT_CHARS {
        return fail_with(
            span,
            ProblemKind::TooLong,
            key,
            &[
                ("length", length.to_string()),
                ("max", MAX_TEXT_CHARS.to_string()),
            ],
        );
    }
    Ok(text)
}

fn ranged(
    value: Option<Spanned<i64>>,
    key: &str,
    (default, range): (i64, Range<i64>),
) -> Checked<i64> {
    let Some(value) = value else {
        return Ok(default);
    };
    let n = *value.get_ref();
    if range.contains(&n) {
        Ok(n)
    } else {
        fail_with(
            value.span(),
            ProblemKind::OutOfRange,
            key,
            &[
                ("value", n.to_string()),
                ("min", range.start.to_string()),
                ("max", (range.end - 1).to_string()),
            ],
        )
    }
}

fn seconds(n: i64) -> Duration {
    Duration::from_secs(n.unsigned_abs())
}

fn millis(n: i64) -> Duration {
    Duration::from_millis(n.unsigned_abs())
}

impl RawConfig {
    pub(super) fn validate(mut self, path: &Path, known: &Known<'_>) -> Checked<KioskConfig> {
        let id_span = self.kiosk.id.span();
        let kiosk_id = match KioskId::parse(self.kiosk.id.get_ref().trim()) {
            Some(id) => id,
            None => return fail(id_span, ProblemKind::BadKioskId, "kiosk.id"),
        };

        let phone_span = self.office.phone.span();
        let phone = text(self.office.phone, "office.phone")?;
        let phone_ok = phone.chars().filter(char::is_ascii_digit).count() >= 6
            && phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-/().".contains(c))
            && phone.len() <= 24;
        if !phone_ok {
            return fail(phone_span, ProblemKind::BadPhone, "office.phone");
        }
        let hours_span = self.office.opening_hours.span();
        let opening_hours = self
            .office
            .opening_hours
            .into_inner()
            .into_iter()
            .map(|line| text(line, "office.opening_hours"))
            .collect::<Checked<Vec<_>>>()?;
        if opening_hours.is_empty() {
            return fail(hours_span, ProblemKind::EmptyList, "office.opening_hours");
        }
        let office = Office {
            name: text(self.office.name, "office.name")?,
            address: text(self.office.address, "office.address")?,
            phone,
            opening_hours,
        };

        let (languages, default_language) = self.languages.validate(known)?;
        let services = self.services.validate(known)?;

        let timeout = ranged(
            self.session.idle_timeout_seconds,
            "session.idle_timeout_seconds",
            IDLE_TIMEOUT_SECONDS,
        )?;
        let warning_span = self
            .session
            .idle_warning_seconds
            .as_ref()
            .map(Spanned::span);
        let warning = ranged(
            self.session.idle_warning_seconds,
            "session.idle_warning_seconds",
            IDLE_WARNING_SECONDS,
        )?;
        if warning >= timeout {
            return fail_with(
                warning_span.unwrap_or(0..0),
                ProblemKind::WarningNotShorter,
                "session.idle_warning_seconds",
                &[
                    ("value", warning.to_string()),
                    ("timeout", timeout.to_string()),
                ],
            );
        }

        let agencies = self.agencies.validate()?;
        let pagopa = self
            .pagopa
            .validate(path.parent().unwrap_or(Path::new(".")))?;
        let printers = Printers {
            receipt: printer_name(self.printers.receipt, "printers.receipt")?,
            a4: printer_name(self.printers.a4, "printers.a4")?,
        };

        let dir_span = self.storage.data_dir.span();
        let dir = text(self.storage.data_dir, "storage.data_dir")?;
        if dir.contains('\0') {
            return fail(dir_span, ProblemKind::EmptyText, "storage.data_dir");
        }
        // Relative paths are relative to the config file, not to the working
        // directory, so a kiosk behaves the same however it is started.
        let data_dir = path.parent().unwrap_or(Path::new(".")).join(dir);
        let retention_days = ranged(
            self.storage.retention_days,
            "storage.retention_days",
            RETENTION_DAYS,
        )?;

        let pin_span = self.operator.pin_hash.span();
        let operator_pin_hash = match PinHash::check(self.operator.pin_hash.get_ref().trim()) {
            Ok(hash) => hash,
            Err(None) => return fail(pin_span, ProblemKind::BadPinHash, "operator.pin_hash"),
            Err(Some((memory, passes))) => {
                return fail_with(
                    pin_span,
                    ProblemKind::WeakPinHash,
                    "operator.pin_hash",
                    &[
                        ("memory", memory.to_string()),
                        ("passes", passes.to_string()),
                    ],
                );
            }
        };

        let operator_call = match self.operator.call_webhook.take() {
            Some(value) => Some(webhook(value)?),
            None => None,
        };

        let export_dir = match self.metrics.export_dir.take() {
            Some(dir) => Some(
                path.parent()
                    .unwrap_or(Path::new("."))
                    .join(text(dir, "metrics.export_dir")?),
            ),
            None => None,
        };
        // Both ranges end far below u16::MAX.
        let days = |value, key, range| {
            ranged(value, key, range).map(|n| u16::try_from(n).unwrap_or(u16::MAX))
        };
        let metrics_keep = crate::monitoring::Keep {
            events_days: days(
                self.metrics.keep_events_days.take(),
                "metrics.keep_events_days",
                KEEP_EVENTS_DAYS,
            )?,
            days: days(
                self.metrics.keep_days.take(),
                "metrics.keep_days",
                KEEP_DAYS,
            )?,
        };
        let metrics_listen = self.metrics.validate()?;
        let speech = self
            .speech
            .validate(path.parent().unwrap_or(Path::new(".")))?;

        Ok(KioskConfig {
            source: path.to_owned(),
            kiosk_id,
            training_mode: self.kiosk.training_mode,
            office,
            languages,
            default_language,
            services,
            idle_timeout: seconds(timeout),
            idle_warning: seconds(warning),
            agencies,
            pagopa,
            printers,
            data_dir,
            retention: Duration::from_secs(retention_days.unsigned_abs() * 86_400),
            operator_pin_hash,
            operator_call,
            metrics_listen,
            metrics_keep,
            export_dir,
            speech,
        })
    }
}

impl RawLanguages {
    fn validate(self, known: &Known<'_>) -> Checked<(Vec<LanguageId>, LanguageId)> {
        let list_span = self.enabled.span();
        let available = || {
            known
                .translations
                .locales()
                .map(|l| l.id().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut enabled = Vec::new();
        for tag in self.enabled.into_inner() {
            let Some(id) = known.translations.language(tag.get_ref().trim()) else {
                let suggestion = known
                    .translations
                    .negotiate(tag.get_ref().trim())
                    .map(|l| l.to_string())
                    .unwrap_or_default();
                return fail_with(
                    tag.span(),
                    ProblemKind::UnknownLanguage,
                    "languages.enabled",
                    &[
                        ("value", tag.get_ref().clone()),
                        ("allowed", available()),
                        ("suggestion", suggestion),
                    ],
                );
            };
            if enabled.contains(&id) {
                return fail_with(
                    tag.span(),
                    ProblemKind::Duplicate,
                    "languages.enabled",
                    &[("value", id.to_string())],
                );
            }
            enabled.push(id);
        }
        if !enabled.iter().any(|l| l.as_str() == REFERENCE) {
            return fail(list_span, ProblemKind::ItalianRequired, "languages.enabled");
        }
        let default_span = self.default.span();
        let default = enabled
            .iter()
            .find(|l| l.as_str() == self.default.get_ref().trim())
            .cloned();
        match default {
            Some(default) => Ok((enabled, default)),
            None => fail_with(
                default_span,
                ProblemKind::DefaultNotEnabled,
                "languages.default",
                &[
                    ("value", self.default.into_inner()),
                    (
                        "allowed",
                        enabled
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                ],
            ),
        }
    }
}

impl RawServices {
    fn validate(self, known: &Known<'_>) -> Checked<Vec<ServiceId>> {
        let list_span = self.enabled.span();
        let mut enabled: Vec<ServiceId> = Vec::new();
        for id in self.enabled.into_inner() {
            let name = id.get_ref().trim();
            if known
                .catalogue
                .disabled()
                .iter()
                .any(|(d, _)| d.as_str() == name)
            {
                // Its data is broken (logged at load): the others run.
                tracing::warn!(service = name, "an enabled service is disabled by its data");
                continue;
            }
            let Some(service) = known.catalogue.service(name) else {
                let allowed = known
                    .catalogue
                    .services()
                    .iter()
                    .map(|s| s.id.as_str())
                    .collect::<Vec<_>>();
                let suggestion = super::error::closest(id.get_ref(), &allowed);
                return fail_with(
                    id.span(),
                    ProblemKind::UnknownService,
                    "services.enabled",
                    &[
                        ("value", id.get_ref().clone()),
                        ("allowed", allowed.join(", ")),
                        ("suggestion", suggestion.unwrap_or_default().to_owned()),
                    ],
                );
            };
            if enabled.contains(&service.id) {
                return fail_with(
                    id.span(),
                    ProblemKind::Duplicate,
                    "services.enabled",
                    &[("value", service.id.as_str().to_owned())],
                );
            }
            enabled.push(service.id.clone());
        }
        if enabled.is_empty() {
            return fail(list_span, ProblemKind::EmptyList, "services.enabled");
        }
        Ok(enabled)
    }
}

impl RawAgencies {
    fn validate(self) -> Checked<AgencySettings> {
        let connect_span = self.connect_timeout_ms.as_ref().map(Spanned::span);
        let connect = ranged(
            self.connect_timeout_ms,
            "agencies.connect_timeout_ms",
            CONNECT_TIMEOUT_MS,
        )?;
        let request = ranged(
            self.request_timeout_ms,
            "agencies.request_timeout_ms",
            REQUEST_TIMEOUT_MS,
        )?;
        if connect > request {
            return fail_with(
                connect_span.unwrap_or(0..0),
                ProblemKind::ConnectLongerThanRequest,
                "agencies.connect_timeout_ms",
                &[
                    ("value", connect.to_string()),
                    ("request", request.to_string()),
                ],
            );
        }
        let endpoints = crate::agencies::contract::doors()
            .filter_map(|agency| Some((agency, self.endpoints.of(agency)?.clone())))
            .map(|(agency, value)| Ok((agency, endpoint(agency, value)?)))
            .collect::<Checked<Vec<_>>>()?;
        Ok(AgencySettings {
            connect_timeout: millis(connect),
            request_timeout: millis(request),
            endpoints,
        })
    }
}

fn endpoint(agency: Agency, value: Spanned<String>) -> Checked<Endpoint> {
    endpoint_at(&format!("agencies.endpoints.{}", agency.id()), value)
}

impl RawPagopa {
    /// The two pagoPA services, where Checkout sends the person back, and
    /// the subscription key's file (needed unless both are the simulator;
    /// read by the owner only: the key is a secret of the Comune).
    fn validate(self, config_dir: &Path) -> Checked<super::PagopaSettings> {
        let payment_options = endpoint_at("pagopa.payment_options", self.payment_options)?;
        let checkout = endpoint_at("pagopa.checkout", self.checkout)?;
        let return_span = self.return_url.span();
        let return_text = self.return_url.get_ref().trim().to_owned();
        let Some(return_url) = safe_url(&return_text) else {
            return fail_with(
                return_span,
                ProblemKind::BadEndpoint,
                "pagopa.return_url",
                &[("value", return_text)],
            );
        };
        let real = payment_options != Endpoint::Simulator || checkout != Endpoint::Simulator;
        let key_file = match self.subscription_key_file {
            Some(value) => Some(key_file(config_dir, value)?),
            None if real => {
                return fail(
                    0..0,
                    ProblemKind::MissingKey,
                    "pagopa.subscription_key_file",
                );
            }
            None => None,
        };
        Ok(super::PagopaSettings {
            payment_options,
            checkout,
            return_url,
            key_file,
        })
    }
}

/// The subscription key's file: there, not empty, and readable by its
/// owner only.
fn key_file(config_dir: &Path, value: Spanned<String>) -> Checked<PathBuf> {
    let key = "pagopa.subscription_key_file";
    let span = value.span();
    let text = value.get_ref().trim().to_owned();
    let path = config_dir.join(&text);
    let bad = |reason: &str| {
        fail_with(
            span.clone(),
            ProblemKind::BadKeyFile,
            key,
            &[("value", text.clone()), ("reason", reason.to_owned())],
        )
    };
    let metadata = match std::fs::metadata(&path) {
        Ok(m) if m.is_file() => m,
        Ok(_) => return bad("not a file"),
        Err(e) => return bad(&e.kind().to_string()),
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = metadata.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return fail_with(
                span,
                ProblemKind::KeyFileOpen,
                key,
                &[("value", text), ("mode", format!("{mode:o}"))],
            );
        }
    }
    match std::fs::read_to_string(&path) {
        Ok(content) if !content.trim().is_empty() => Ok(path),
        Ok(_) => bad("empty"),
        Err(e) => bad(&e.kind().to_string()),
    }
}

fn endpoint_at(key: &str, value: Spanned<String>) -> Checked<Endpoint> {
    let key = key.to_owned();
    let text = value.get_ref().trim();
    if text == "simulator" {
        return Ok(Endpoint::Simulator);
    }
    match safe_url(text) {
        Some(url) => Ok(Endpoint::Url(url)),
        None => fail_with(
            value.span(),
            ProblemKind::BadEndpoint,
            &key,
            &[("value", text.to_owned())],
        ),
    }
}

/// An address the kiosk may send to: https, or plain http only to this
/// machine (a gateway or tunnel on loopback: nothing in clear on the
/// network); no user, password or query.
fn safe_url(text: &str) -> Option<url::Url> {
    let url = url::Url::parse(text).ok()?;
    let scheme_ok = url.scheme() == "https" || (url.scheme() == "http" && loopback(&url));
    (scheme_ok
        && url.host().is_some()
        && url.username().is_empty()
        && url.password().is_none()
        && url.query().is_none())
    .then_some(url)
}

/// Whether an address points at this machine.
fn loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => name == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// The help desk's notification address (the same rules as an agency's:
/// a call says nothing personal, but it says where help is needed).
fn webhook(value: Spanned<String>) -> Checked<url::Url> {
    let text = value.get_ref().trim();
    match safe_url(text) {
        Some(url) => Ok(url),
        None => fail_with(
            value.span(),
            ProblemKind::BadWebhook,
            "operator.call_webhook",
            &[("value", text.to_owned())],
        ),
    }
}

/// CUPS accepts up to 127 printable characters, without space, tab, `/`, `\`,
/// `#`, quotes or `,`.
fn printer_name(value: Spanned<String>, key: &str) -> Checked<String> {
    let name = value.get_ref().trim();
    // A leading '-' would be read by lp and lpstat as an option.
    let ok = !name.is_empty()
        && !name.starts_with('-')
        && name.len() <= 127
        && name
            .chars()
            .all(|c| c.is_ascii_graphic() && !"/\\#'\",".contains(c));
    if ok {
        Ok(name.to_owned())
    } else {
        fail_with(
            value.span(),
            ProblemKind::BadPrinterName,
            key,
            &[("value", name.to_owned())],
        )
    }
}

impl RawSpeech {
    fn validate(self, base: &Path) -> Checked<crate::config::SpeechSettings> {
        let volume = ranged(self.volume, "speech.volume", SPEECH_VOLUME)?;
        let rate = ranged(self.rate, "speech.rate", SPEECH_RATE)?;
        let device = match self.device {
            Some(device) => text(device, "speech.device")?,
            None => "default".to_owned(),
        };
        // A bare name is looked up on the PATH; a path is relative to the
        // config file, as the data folder is.
        let program = match self.program {
            Some(program) => {
                let program = text(program, "speech.program")?;
                if program.contains('/') {
                    base.join(program)
                } else {
                    PathBuf::from(program)
                }
            }
            None => PathBuf::from("espeak-ng"),
        };
        let data = match self.data {
            Some(data) => Some(base.join(text(data, "speech.data")?)),
            None => None,
        };
        Ok(crate::config::SpeechSettings {
            program,
            data,
            enabled: self.enabled.unwrap_or(true),
            volume: u8::try_from(volume).unwrap_or(80),
            rate: u16::try_from(rate).unwrap_or(140),
            headphones: self.headphones,
            device,
        })
    }
}

impl RawMetrics {
    fn validate(self) -> Checked<SocketAddr> {
        let Some(listen) = self.listen else {
            return METRICS_LISTEN.parse().map_err(|_| {
                (
                    0..0,
                    Problem::new(ProblemKind::BadListenAddress, "metrics.listen"),
                )
            });
        };
        let span = listen.span();
        let Ok(addr) = listen.get_ref().trim().parse::<SocketAddr>() else {
            return fail_with(
                span,
                ProblemKind::BadListenAddress,
                "metrics.listen",
                &[("value", listen.into_inner())],
            );
        };
        if !addr.ip().is_loopback() && !self.allow_non_loopback {
            return fail_with(
                span,
                ProblemKind::NotLoopback,
                "metrics.listen",
                &[("value", addr.to_string())],
            );
        }
        Ok(addr)
    }
}
