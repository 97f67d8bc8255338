//! The agency adapters: one HTTP client for the seven back-ends, the
//! contract they speak (`contract`), and the error taxonomy the outbox and
//! the screens act on. No iced; every call is bounded in time.

pub mod contract;
pub mod health;
pub mod pagopa;
pub mod questura;

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::catalogue::Agency;
use crate::flows::Submission;
use crate::flows::session::Answers;
use contract::{Kind, OfferEntry, OfferList, Problem, Receipt};

/// Why a call did not give an answer, in the terms the caller acts on.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AgencyError {
    /// No answer: connection refused or reset, timeout, 5xx. Queue and retry.
    #[error("{agency} unreachable: {detail}")]
    Unreachable {
        agency: &'static str,
        detail: String,
    },
    /// 429: retry after the delay the agency gave.
    #[error("{agency} asks to retry after {retry_after:?}")]
    RateLimited {
        agency: &'static str,
        retry_after: Duration,
    },
    /// 4xx with a reason: the agency will not accept this as it is. Not
    /// retried; the person is told why (in their language when the code is
    /// known) or asked to see the operator.
    #[error("{agency} refused ({status}): {}", problem.code.as_deref().unwrap_or("no code"))]
    Refused {
        agency: &'static str,
        status: u16,
        problem: Problem,
    },
    /// An answer that breaks the contract. Logged (never with its body:
    /// it may hold personal data) and retried.
    #[error("{agency} answered outside the contract: {detail}")]
    Malformed {
        agency: &'static str,
        detail: String,
    },
    /// This kiosk cannot make the call at all (an operation no agency has).
    #[error("no such agency operation: {0}")]
    UnknownOperation(String),
    /// A public page answered, but not with an answer the kiosk can read
    /// (access denied, a changed page): the person opens the page.
    #[error("{agency}'s page could not be read: {reason}")]
    Unreadable {
        agency: &'static str,
        reason: questura::Unreadable,
    },
}

impl AgencyError {
    /// Whether the outbox should try again later.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            AgencyError::Unreachable { .. }
                | AgencyError::RateLimited { .. }
                | AgencyError::Malformed { .. }
        )
    }

    /// A class name for logs and metrics (no personal data).
    pub fn class(&self) -> &'static str {
        match self {
            AgencyError::Unreachable { .. } => "unreachable",
            AgencyError::RateLimited { .. } => "rate-limited",
            AgencyError::Refused { .. } => "refused",
            AgencyError::Malformed { .. } => "malformed",
            AgencyError::UnknownOperation(_) => "unknown-operation",
            AgencyError::Unreadable { .. } => "unreadable",
        }
    }

    /// A public page the person can open instead (on a phone, or with the
    /// operator), when the kiosk could not read it or reach it.
    pub fn page_to_open(&self) -> Option<&'static str> {
        match self {
            AgencyError::Unreadable { .. } => Some(questura::PUBLIC_PAGE),
            AgencyError::Unreachable { agency, .. } if *agency == Agency::PoliziaDiStato.id() => {
                Some(questura::PUBLIC_PAGE)
            }
            _ => None,
        }
    }

    /// The Fluent key that explains the outcome to the person: a known
    /// refusal code has its own message, any other refusal the generic one.
    pub fn message_key(&self) -> String {
        match self {
            AgencyError::Refused { .. } => self
                .problem_code()
                .map_or("agency-problem-other".into(), |c| {
                    format!("agency-problem-{c}")
                }),
            AgencyError::Unreadable { .. } => "permit-page-unreadable".into(),
            _ => "agency-not-available".into(),
        }
    }
}

impl AgencyError {
    /// The agency's reason for a refusal, when it is one the kiosk
    /// explains (`KNOWN_PROBLEMS`); a flow may say which answer it is
    /// about.
    pub fn problem_code(&self) -> Option<&str> {
        match self {
            AgencyError::Refused { problem, .. } => problem
                .code
                .as_deref()
                .filter(|c| contract::KNOWN_PROBLEMS.contains(c)),
            _ => None,
        }
    }
}

/// A submission ready to go: its idempotency key and kiosk reference are
/// fixed when it is created and reused on every retry.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Outgoing {
    pub idempotency_key: Uuid,
    pub kiosk_reference: String,
    pub submission: Submission,
}

impl Outgoing {
    pub fn new(kiosk_reference: String, submission: Submission) -> Self {
        Self {
            idempotency_key: Uuid::new_v4(),
            kiosk_reference,
            submission,
        }
    }
}

/// What an agency answered to a submission.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
#[serde(tag = "kind", content = "body", rename_all = "kebab-case")]
pub enum Reply {
    Accepted(Box<Receipt>),
    Item(contract::ItemSheet),
    /// The residence permit's state, from the Polizia di Stato's page.
    Permit(questura::PermitState),
}

/// Where the adapters send each agency's calls.
#[derive(Debug, Clone)]
pub struct Endpoints(BTreeMap<Agency, url::Url>);

impl Endpoints {
    /// Every agency at the simulator's base URL (`http://127.0.0.1:PORT/`).
    pub fn simulator(base: &url::Url) -> Self {
        Self(
            Agency::ALL
                .into_iter()
                .filter_map(|a| base.join(&format!("{}/", a.id())).ok().map(|u| (a, u)))
                .collect(),
        )
    }

    /// From the kiosk configuration: real URLs, and the simulator (at
    /// `simulator`) for agencies configured as "simulator".
    pub fn from_config(
        settings: &crate::config::AgencySettings,
        simulator: Option<&url::Url>,
    ) -> Self {
        use crate::config::Endpoint;
        Self(
            Agency::ALL
                .into_iter()
                .filter_map(|a| {
                    let url = match settings.endpoint(a) {
                        Endpoint::Url(u) => with_trailing_slash(u.clone()),
                        Endpoint::Simulator => simulator?.join(&format!("{}/", a.id())).ok()?,
                    };
                    Some((a, url))
                })
                .collect(),
        )
    }

    pub fn get(&self, agency: Agency) -> Option<&url::Url> {
        self.0.get(&agency)
    }
}

fn with_trailing_slash(mut url: url::Url) -> url::Url {
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    url
}

/// Timeouts of every call.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    pub connect: Duration,
    pub total: Duration,
}

/// The one HTTP client of the kiosk, cheap to clone (pooled connections).
#[derive(Debug, Clone)]
pub struct Agencies {
    client: reqwest::Client,
    endpoints: Endpoints,
    kiosk_id: String,
    health: health::Health,
}

impl Agencies {
    pub fn new(
        kiosk_id: &str,
        endpoints: Endpoints,
        timeouts: Timeouts,
    ) -> Result<Self, reqwest::Error> {
        // reqwest is built without a bundled crypto provider: use ring. A
        // second call finds it installed, which is fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .connect_timeout(timeouts.connect)
            .timeout(timeouts.total)
            .user_agent(format!(
                "serto-kiosk/{} ({kiosk_id})",
                env!("CARGO_PKG_VERSION")
            ))
            .build()?;
        Ok(Self {
            client,
            endpoints,
            kiosk_id: kiosk_id.to_owned(),
            health: health::Health::default(),
        })
    }

    /// How each agency has been answering (shared by every clone).
    pub fn health(&self) -> &health::Health {
        &self.health
    }

    /// Sends a submission to the operation its flow names. Applications
    /// carry the idempotency key; look-ups are answered at once.
    pub async fn submit(&self, outgoing: &Outgoing) -> Result<Reply, AgencyError> {
        let (agency, kind, name) = route(&outgoing.submission)
            .ok_or_else(|| AgencyError::UnknownOperation(outgoing.submission.operation.clone()))?;
        if contract::is_public_page(agency, name) {
            let reference = match outgoing.submission.answers.get("reference") {
                Some(crate::flows::answer::Answer::Code(code)) => code.clone(),
                _ => return Err(AgencyError::UnknownOperation(name.to_owned())),
            };
            return self.permit_page(&reference).await.map(Reply::Permit);
        }
        let request = contract::Request {
            kiosk_id: self.kiosk_id.clone(),
            kiosk_reference: (kind == Kind::Application).then(|| outgoing.kiosk_reference.clone()),
            service: outgoing.submission.service.clone(),
            answers: outgoing.submission.answers.clone(),
            groups: outgoing.submission.groups.clone(),
            computed: outgoing.submission.computed.clone(),
        };
        match kind {
            Kind::Application => {
                let receipt: Receipt = self
                    .call(agency, kind, name, Some(outgoing.idempotency_key), &request)
                    .await?;
                check_receipt(agency, &receipt)?;
                Ok(Reply::Accepted(Box::new(receipt)))
            }
            Kind::Item => Ok(Reply::Item(
                self.call(agency, kind, name, None, &request).await?,
            )),
            Kind::Status | Kind::Offers => Err(AgencyError::UnknownOperation(
                outgoing.submission.operation.clone(),
            )),
        }
    }

    /// The options of an agency-choice field (`source = "<agency>/<lookup>"`)
    /// for the answers given so far.
    pub async fn offers(
        &self,
        source: &str,
        service: &str,
        answers: &Answers,
    ) -> Result<Vec<OfferEntry>, AgencyError> {
        let (agency, name) = source
            .split_once('/')
            .and_then(|(a, n)| Some((Agency::from_id(a)?, n)))
            .filter(|(a, n)| contract::is_call(*a, Kind::Offers, n))
            .ok_or_else(|| AgencyError::UnknownOperation(source.to_owned()))?;
        let request = contract::Request {
            kiosk_id: self.kiosk_id.clone(),
            kiosk_reference: None,
            service: service.to_owned(),
            answers: answers.clone(),
            groups: BTreeMap::new(),
            computed: BTreeMap::new(),
        };
        let list: OfferList = self
            .call(agency, Kind::Offers, name, None, &request)
            .await?;
        Ok(list.offers)
    }

    /// One call, its outcome and latency left in [`Agencies::health`].
    /// Posts a small notice (the help desk's "a person needs you") with the
    /// same client and time limits; Ok when the other side took it (2xx).
    pub async fn notify(&self, url: &url::Url, body: &serde_json::Value) -> Result<(), String> {
        let response = self
            .client
            .post(url.clone())
            .json(body)
            .send()
            .await
            .map_err(|e| transport(&e))?;
        if response.status().is_success() {
            Ok(())
        } else {
            Err(format!("HTTP {}", response.status().as_u16()))
        }
    }

    /// The Polizia di Stato's public page for a permit's number, read.
    pub async fn permit_page(&self, reference: &str) -> Result<questura::PermitState, AgencyError> {
        let agency = Agency::PoliziaDiStato;
        let started = std::time::Instant::now();
        let result = self.read_permit_page(reference).await;
        // A page that answered is up, readable or not.
        let answered = !matches!(result, Err(AgencyError::Unreachable { .. }));
        self.health
            .call(agency, answered, started.elapsed(), jiff::Timestamp::now());
        result
    }

    async fn read_permit_page(
        &self,
        reference: &str,
    ) -> Result<questura::PermitState, AgencyError> {
        let id = Agency::PoliziaDiStato.id();
        let unreachable = |detail: String| AgencyError::Unreachable { agency: id, detail };
        let unreadable = |reason| AgencyError::Unreadable { agency: id, reason };
        let url = self
            .endpoints
            .get(Agency::PoliziaDiStato)
            .and_then(|base| questura::page_for(base, reference))
            .ok_or_else(|| unreachable("no endpoint configured".into()))?;
        let response = self
            .client
            .get(url)
            .header(reqwest::header::ACCEPT, "text/html")
            .send()
            .await
            .map_err(|e| unreachable(transport(&e)))?;
        let status = response.status();
        if status.is_server_error() || status.as_u16() == 429 {
            return Err(unreachable(format!("HTTP {}", status.as_u16())));
        }
        if !status.is_success() {
            // The site's protection answers 403: nothing to read.
            return Err(unreadable(questura::Unreadable::AccessDenied));
        }
        let page = match read_capped(response, questura::MAX_PAGE_BYTES).await {
            Ok(page) => page,
            Err(Capped::Transport(e)) => return Err(unreachable(transport(&e))),
            Err(Capped::TooLarge) => return Err(unreadable(questura::Unreadable::NoAnswer)),
        };
        questura::read(&String::from_utf8_lossy(&page)).map_err(unreadable)
    }

    async fn call<T: DeserializeOwned>(
        &self,
        agency: Agency,
        kind: Kind,
        name: &str,
        idempotency_key: Option<Uuid>,
        body: &contract::Request,
    ) -> Result<T, AgencyError> {
        let started = std::time::Instant::now();
        let result = self
            .exchange(agency, kind, name, idempotency_key, body)
            .await;
        // A refusal is an answer: the agency is up.
        let answered = match &result {
            Ok(_) => true,
            Err(e) => !e.is_retryable(),
        };
        self.health
            .call(agency, answered, started.elapsed(), jiff::Timestamp::now());
        result
    }

    async fn exchange<T: DeserializeOwned>(
        &self,
        agency: Agency,
        kind: Kind,
        name: &str,
        idempotency_key: Option<Uuid>,
        body: &contract::Request,
    ) -> Result<T, AgencyError> {
        let id = agency.id();
        let unreachable = |detail: String| AgencyError::Unreachable { agency: id, detail };
        let url = self
            .endpoints
            .get(agency)
            .and_then(|base| base.join(&contract::path(kind, name)).ok())
            .ok_or_else(|| unreachable("no endpoint configured".into()))?;
        let mut request = self.client.post(url).json(body);
        if let Some(key) = idempotency_key {
            request = request.header("Idempotency-Key", key.to_string());
        }
        let response = request
            .send()
            .await
            .map_err(|e| unreachable(transport(&e)))?;
        let status = response.status();
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        // Read with a limit: an answer that never ends must not take the
        // kiosk's memory with it.
        let bytes = match read_capped(response, MAX_ANSWER_BYTES).await {
            Ok(bytes) => bytes,
            Err(Capped::Transport(e)) => return Err(unreachable(transport(&e))),
            Err(Capped::TooLarge) => {
                return Err(AgencyError::Malformed {
                    agency: id,
                    detail: format!("answer over {} KiB", MAX_ANSWER_BYTES / 1024),
                });
            }
        };
        if status.is_success() {
            return serde_json::from_slice(&bytes).map_err(|e| AgencyError::Malformed {
                agency: id,
                // The serde message names the place, not the content.
                detail: format!(
                    "{} at line {} column {}",
                    json_problem(&e),
                    e.line(),
                    e.column()
                ),
            });
        }
        if status.as_u16() == 429 {
            return Err(AgencyError::RateLimited {
                agency: id,
                retry_after: Duration::from_secs(retry_after.unwrap_or(30).min(3600)),
            });
        }
        if status.is_server_error() {
            return Err(unreachable(format!("HTTP {}", status.as_u16())));
        }
        match serde_json::from_slice::<Problem>(&bytes) {
            Ok(problem) => Err(AgencyError::Refused {
                agency: id,
                status: status.as_u16(),
                problem,
            }),
            Err(_) => Err(AgencyError::Refused {
                agency: id,
                status: status.as_u16(),
                problem: Problem {
                    kind: "about:blank".into(),
                    title: status.canonical_reason().unwrap_or("refused").into(),
                    status: status.as_u16(),
                    detail: None,
                    code: None,
                },
            }),
        }
    }
}

/// The most of an agency's answer the kiosk reads (the contract's largest,
/// a list of offers, is a few kB).
pub const MAX_ANSWER_BYTES: usize = 1024 * 1024;

enum Capped {
    Transport(reqwest::Error),
    TooLarge,
}

/// A body read chunk by chunk, given up past `limit` bytes (the
/// connection is dropped with the response).
async fn read_capped(mut response: reqwest::Response, limit: usize) -> Result<Vec<u8>, Capped> {
    if response
        .content_length()
        .is_some_and(|length| length > limit as u64)
    {
        return Err(Capped::TooLarge);
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(Capped::Transport)? {
        if body.len() + chunk.len() > limit {
            return Err(Capped::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// What kind of JSON error, in words (never the content).
fn json_problem(e: &serde_json::Error) -> &'static str {
    match e.classify() {
        serde_json::error::Category::Io => "i/o error",
        serde_json::error::Category::Syntax => "invalid JSON",
        serde_json::error::Category::Data => "JSON not of the contract's shape",
        serde_json::error::Category::Eof => "JSON cut short",
    }
}

/// A transport error in words without the URL's query or any body.
fn transport(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timed out".into()
    } else if e.is_connect() {
        "connection failed".into()
    } else if e.is_body() || e.is_decode() {
        "connection broken while reading the answer".into()
    } else {
        "request failed".into()
    }
}

/// The receipt's standard parts are checked as strictly as the kiosk's own
/// input: a payment notice with a wrong check digit must not be printed.
fn check_receipt(agency: Agency, receipt: &Receipt) -> Result<(), AgencyError> {
    let malformed = |detail: &str| AgencyError::Malformed {
        agency: agency.id(),
        detail: detail.into(),
    };
    if receipt.agency_reference.trim().is_empty() {
        return Err(malformed("empty agency reference"));
    }
    if receipt.received_at.parse::<jiff::Timestamp>().is_err() {
        return Err(malformed("received_at is not an RFC 3339 time"));
    }
    if let Some(payment) = &receipt.payment {
        use crate::validate::pagopa::{CreditorCode, NoticeNumber};
        if NoticeNumber::parse(&payment.notice_number).is_err() {
            return Err(malformed("payment notice number fails its check"));
        }
        if CreditorCode::parse(&payment.creditor_fiscal_code).is_none() {
            return Err(malformed("creditor fiscal code fails its check"));
        }
        if payment.due_date.parse::<jiff::civil::Date>().is_err() {
            return Err(malformed("payment due date is not a date"));
        }
    }
    Ok(())
}

/// Which call a submission makes: the flow names `<agency>/<operation>`;
/// the A2 test flow looks up a result instead when that is what the person
/// asked for.
pub fn route(submission: &Submission) -> Option<(Agency, Kind, &str)> {
    let (agency, name) = submission.operation.split_once('/')?;
    let agency = Agency::from_id(agency)?;
    if contract::is_public_page(agency, name) {
        return Some((agency, Kind::Status, name));
    }
    [Kind::Application, Kind::Item]
        .into_iter()
        .find(|k| contract::is_call(agency, *k, name))
        .map(|k| (agency, k, name))
}
