//! The agency simulator: every contract of `agencies::contract` served on
//! loopback with seeded data (`data`), idempotent applications, and faults
//! switchable per agency at run time (`faults`). The demo kiosk starts it
//! in-process; `serto-kiosk simulate --port N` runs it alone for tests,
//! demos and operator training.

pub mod data;
pub mod faults;
pub mod pagopa;

use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::{Json, Router};
use jiff::civil::Date;
use serde::Serialize;

use crate::agencies::contract::{self, Kind, Problem, Request};
use crate::background::Background;
use crate::catalogue::Agency;
use crate::flows::Flows;
pub use faults::Faults;

/// One call as the simulator saw it (kept for contract tests).
#[derive(Debug, Clone, Serialize)]
pub struct Exchange {
    pub agency: String,
    pub kind: String,
    pub name: String,
    pub status: u16,
    pub request: serde_json::Value,
    pub response: serde_json::Value,
}

struct Stored {
    body_hash: u64,
    status: StatusCode,
    body: Vec<u8>,
}

#[derive(Default)]
struct Inner {
    faults: BTreeMap<Agency, Faults>,
    /// Calls seen per agency (drives the even spread of server errors).
    calls: BTreeMap<Agency, u64>,
    /// Applications by (agency, idempotency key).
    applications: HashMap<(Agency, String), Stored>,
    /// Applications actually applied (a replay does not count).
    applied: u64,
    /// Applications applied per kiosk reference (exactly-once checks).
    applied_by_reference: BTreeMap<String, u32>,
    taken_slots: Vec<String>,
    /// The pagoPA notices the simulated CUP issued, by (creditor, notice).
    notices: BTreeMap<(String, String), pagopa::Issued>,
    exchanges: Vec<Exchange>,
}

/// The simulator's shared state.
pub struct Simulator {
    today: Date,
    /// The flows, to check that an application's answers are fields of its
    /// service (the contract's schema for `answers`).
    flows: Option<Arc<Flows>>,
    inner: Mutex<Inner>,
}

const MAX_EXCHANGES: usize = 10_000;

#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct Stats {
    pub applied: u64,
    pub calls: BTreeMap<String, u64>,
}

impl Simulator {
    pub fn new(today: Date, flows: Option<Arc<Flows>>) -> Arc<Self> {
        Arc::new(Self {
            today,
            flows,
            inner: Mutex::new(Inner::default()),
        })
    }

    fn inner(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave the maps half-written
        // in a way that matters to a test double: keep serving.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn set_faults(&self, agency: Agency, faults: Faults) {
        let mut inner = self.inner();
        if faults.is_clear() {
            inner.faults.remove(&agency);
        } else {
            inner.faults.insert(agency, faults);
        }
    }

    /// An agency's faults now (clear when none were set).
    pub fn faults(&self, agency: Agency) -> Faults {
        self.inner()
            .faults
            .get(&agency)
            .cloned()
            .unwrap_or_default()
    }

    pub fn clear_faults(&self) {
        self.inner().faults.clear();
    }

    pub fn stats(&self) -> Stats {
        let inner = self.inner();
        Stats {
            applied: inner.applied,
            calls: inner
                .calls
                .iter()
                .map(|(a, n)| (a.id().to_owned(), *n))
                .collect(),
        }
    }

    /// How many times each kiosk reference was applied: a submission sent
    /// twice under two keys would show 2.
    pub fn applied_by_reference(&self) -> BTreeMap<String, u32> {
        self.inner().applied_by_reference.clone()
    }

    /// Every call seen so far, oldest first (the last 10,000).
    pub fn exchanges(&self) -> Vec<Exchange> {
        self.inner().exchanges.clone()
    }

    /// The agencies' calls and pages, as a kiosk's own simulator serves
    /// them: no admin endpoint (a running kiosk sets faults in-process,
    /// from the operator's training tab, never over HTTP).
    pub fn router(self: &Arc<Self>) -> Router {
        Router::new()
            .route("/{agency}/v1/{kind}/{name}", post(call))
            .route("/polizia-di-stato/stranieri/", get(permit_page))
            .route(
                "/pagopa/payment-options/organizations/{creditor}/notices/{notice}",
                post(pagopa::payment_options),
            )
            .route("/pagopa/checkout/ec/v2/carts", post(pagopa::carts))
            .route("/pagopa/checkout/c/{id}", get(pagopa::checkout_page))
            .with_state(Arc::clone(self))
    }

    /// The same with the admin endpoints (faults, stats), for
    /// `serto-kiosk simulate` alone (a training room, tests).
    pub fn admin_router(self: &Arc<Self>) -> Router {
        let admin = Router::new()
            .route("/_admin/faults/{agency}", put(put_faults))
            .route("/_admin/faults", delete(delete_faults))
            .route("/_admin/stats", get(stats))
            .with_state(Arc::clone(self));
        self.router().merge(admin)
    }
}

/// A simulator serving on a loopback port from its own thread and runtime,
/// so the kiosk's UI runtime never waits on it. Stops when dropped.
pub struct Running {
    pub base: url::Url,
    pub simulator: Arc<Simulator>,
    _server: Background,
}

impl Running {
    /// Binds `127.0.0.1:port` (0: any free port) and starts serving, as
    /// a kiosk's own simulator (no admin endpoint).
    pub fn start(simulator: Arc<Simulator>, port: u16) -> std::io::Result<Self> {
        let router = simulator.router();
        Self::serve(simulator, port, router)
    }

    /// The simulator alone (`serto-kiosk simulate`), with its admin
    /// endpoints for faults and stats.
    pub fn start_with_admin(simulator: Arc<Simulator>, port: u16) -> std::io::Result<Self> {
        let router = simulator.admin_router();
        Self::serve(simulator, port, router)
    }

    fn serve(simulator: Arc<Simulator>, port: u16, router: Router) -> std::io::Result<Self> {
        let listener = std::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port)))?;
        let address = listener.local_addr()?;
        let base = url::Url::parse(&format!("http://{address}/"))
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        Ok(Self {
            base,
            simulator,
            _server: Background::serve(
                "agency-simulator",
                2,
                listener,
                router,
                crate::background::Limits::SIMULATOR,
            )?,
        })
    }
}

fn problem_response(problem: &Problem) -> Response {
    let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::BAD_REQUEST);
    let body = serde_json::to_vec(problem).unwrap_or_default();
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        )],
        body,
    )
        .into_response()
}

fn bad_request(title: impl Into<String>) -> Problem {
    Problem {
        kind: "https://serto.example/problems/invalid-request".into(),
        title: title.into(),
        status: 400,
        detail: None,
        code: Some("invalid-request".into()),
    }
}

/// A response whose body breaks off: the client sees a reset connection.
fn broken_connection() -> Response {
    let stream = futures_util::stream::once(async {
        Err::<Bytes, std::io::Error>(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "injected fault",
        ))
    });
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from_stream(stream))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

/// A 200 whose body never ends: 64 KiB of JSON-looking bytes, again and
/// again, as fast as the client reads.
fn endless_body() -> Response {
    let chunk = Bytes::from(b"[0,".repeat(64 * 1024 / 3));
    let stream =
        futures_util::stream::repeat_with(move || Ok::<Bytes, std::io::Error>(chunk.clone()));
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from_stream(stream))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

fn slow_body(body: Vec<u8>, status: StatusCode, pause: Duration) -> Response {
    let chunks: Vec<Bytes> = body.chunks(16).map(Bytes::copy_from_slice).collect();
    let stream = futures_util::stream::unfold(chunks.into_iter(), move |mut chunks| async move {
        let chunk = chunks.next()?;
        tokio::time::sleep(pause).await;
        Some((Ok::<Bytes, std::io::Error>(chunk), chunks))
    });
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from_stream(stream))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

async fn call(
    State(sim): State<Arc<Simulator>>,
    Path((agency_id, kind, name)): Path<(String, String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (Some(agency), Some(kind)) = (Agency::from_id(&agency_id), Kind::from_segment(&kind))
    else {
        return problem_response(&data::problem(
            404,
            "no-such-call",
            "No such agency or call",
        ));
    };
    if !contract::is_call(agency, kind, &name) {
        return problem_response(&data::problem(404, "no-such-call", "No such call"));
    }

    // Faults first, as a real back-end fails before it reads the request.
    let (faults, failed) = injected_fault(&sim, agency).await;
    if let Some(response) = failed {
        return response;
    }

    let request: Request = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => {
            return problem_response(&bad_request(format!(
                "the body is not a contract request (line {}, column {})",
                e.line(),
                e.column()
            )));
        }
    };
    let (status, answer) = match kind {
        Kind::Application => application(&sim, agency, &name, &headers, &request),
        _ => lookup(&sim, agency, kind, &name, &request),
    };

    let request_json = serde_json::to_value(&request).unwrap_or_default();
    let answer_json: serde_json::Value = serde_json::from_slice(&answer).unwrap_or_default();
    {
        let mut inner = sim.inner();
        if inner.exchanges.len() >= MAX_EXCHANGES {
            inner.exchanges.remove(0);
        }
        inner.exchanges.push(Exchange {
            agency: agency.id().into(),
            kind: kind.segment().into(),
            name: name.clone(),
            status: status.as_u16(),
            request: request_json,
            response: answer_json,
        });
    }

    if status.is_success() {
        if faults.malformed {
            return (
                status,
                Json(serde_json::json!({ "agency_reference": 42, "state": [] })),
            )
                .into_response();
        }
        if faults.truncated {
            let cut = answer.len() / 2;
            return (
                status,
                [(header::CONTENT_TYPE, "application/json")],
                answer[..cut].to_vec(),
            )
                .into_response();
        }
        if faults.slow_body_ms > 0 {
            return slow_body(answer, status, Duration::from_millis(faults.slow_body_ms));
        }
        if faults.endless {
            return endless_body();
        }
        return (status, [(header::CONTENT_TYPE, "application/json")], answer).into_response();
    }
    (
        status,
        [(header::CONTENT_TYPE, "application/problem+json")],
        answer,
    )
        .into_response()
}

/// The agency's simulated faults: the response that stands for one (a
/// broken connection, 429, a server error), after the latency.
async fn injected_fault(sim: &Simulator, agency: Agency) -> (Faults, Option<Response>) {
    let (faults, n) = {
        let mut inner = sim.inner();
        let n = inner.calls.entry(agency).or_default();
        let seen = *n;
        *n += 1;
        (inner.faults.get(&agency).cloned().unwrap_or_default(), seen)
    };
    if faults.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(faults.latency_ms)).await;
    }
    if faults.outage || faults.reset {
        return (faults, Some(broken_connection()));
    }
    if let Some(seconds) = faults.retry_after_seconds {
        let mut response = problem_response(&data::problem(
            429,
            "too-many-requests",
            "Too many requests",
        ));
        if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        return (faults, Some(response));
    }
    if let Some(status) = faults.server_error(n) {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        return (
            faults,
            Some((status, "injected server error").into_response()),
        );
    }
    (faults, None)
}

/// The Polizia di Stato's public permit page
/// (`GET /polizia-di-stato/stranieri/?lang=italian&mime=1&pratica=…`).
async fn permit_page(State(sim): State<Arc<Simulator>>, uri: axum::http::Uri) -> Response {
    let (faults, failed) = injected_fault(&sim, Agency::PoliziaDiStato).await;
    if let Some(response) = failed {
        return response;
    }
    let reference = url::form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes())
        .find(|(name, _)| name == "pratica")
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default();
    let page = data::permit_page(&reference);
    {
        let mut inner = sim.inner();
        if inner.exchanges.len() >= MAX_EXCHANGES {
            inner.exchanges.remove(0);
        }
        inner.exchanges.push(Exchange {
            agency: Agency::PoliziaDiStato.id().into(),
            kind: "page".into(),
            name: "permit-status".into(),
            status: 200,
            request: serde_json::json!({ "pratica": reference }),
            response: serde_json::Value::String(page.clone()),
        });
    }
    let html = [(header::CONTENT_TYPE, "text/html; charset=utf-8")];
    if faults.malformed {
        return (StatusCode::OK, html, "<html><body>\u{0}\u{1}</body></html>").into_response();
    }
    if faults.truncated {
        return (StatusCode::OK, html, page[..page.len() / 2].to_owned()).into_response();
    }
    if faults.endless {
        return endless_body();
    }
    (StatusCode::OK, html, page).into_response()
}

fn to_body<T: Serialize>(status: StatusCode, result: Result<T, Problem>) -> (StatusCode, Vec<u8>) {
    match result {
        Ok(value) => (status, serde_json::to_vec(&value).unwrap_or_default()),
        Err(problem) => (
            StatusCode::from_u16(problem.status).unwrap_or(StatusCode::BAD_REQUEST),
            serde_json::to_vec(&problem).unwrap_or_default(),
        ),
    }
}

fn lookup(
    sim: &Simulator,
    agency: Agency,
    kind: Kind,
    name: &str,
    request: &Request,
) -> (StatusCode, Vec<u8>) {
    let ok = StatusCode::OK;
    // Every agency by name: a new one does not compile until it is here.
    let none = || {
        to_body(
            ok,
            Err::<(), _>(data::problem(404, "no-such-call", "No such call")),
        )
    };
    match agency {
        // Its permit look-up is a public page (`permit_page`).
        Agency::PoliziaDiStato => none(),
        Agency::BibliotecaArezzo => match kind {
            Kind::Offers => to_body(ok, data::magazine_offers(request)),
            Kind::Item => to_body(ok, data::magazine_item(request)),
            _ => none(),
        },
        Agency::RegioneToscana => match (kind, name) {
            (Kind::Offers, "courses") => to_body(ok, data::course_offers(request)),
            (Kind::Item, "courses") => to_body(ok, data::course_item(request)),
            (Kind::Offers, _) => to_body(ok, data::job_offers(request)),
            (Kind::Item, _) => to_body(ok, data::job_item(request)),
            _ => none(),
        },
        Agency::UslToscanaSudEst => match kind {
            Kind::Offers => {
                let taken = sim.inner().taken_slots.clone();
                to_body(
                    ok,
                    data::slots(request, sim.today).map(|mut list| {
                        list.offers.retain(|o| !taken.contains(&o.id));
                        list
                    }),
                )
            }
            _ => none(),
        },
        // Applications only; services only a portal finishes have no door.
        Agency::ComuneArezzo | Agency::Prefettura | Agency::MinisteroIstruzione => none(),
    }
}

/// The service whose flow an application must come from.
fn service_of(agency: Agency, name: &str) -> Option<&'static str> {
    Some(match agency {
        Agency::ComuneArezzo => match name {
            "certificate" => "certificates",
            "residence-declaration" => "residence-change",
            "school-services" => "municipal-school-services",
            _ => return None,
        },
        Agency::UslToscanaSudEst if name == "booking" => "health-booking",
        // Look-ups and catalogues only; portal services have no door.
        Agency::Prefettura
        | Agency::MinisteroIstruzione
        | Agency::UslToscanaSudEst
        | Agency::PoliziaDiStato
        | Agency::BibliotecaArezzo
        | Agency::RegioneToscana => return None,
    })
}

fn application(
    sim: &Simulator,
    agency: Agency,
    name: &str,
    headers: &HeaderMap,
    request: &Request,
) -> (StatusCode, Vec<u8>) {
    let bad = |title: String| to_body(StatusCode::CREATED, Err::<(), _>(bad_request(title)));
    let Some(key) = headers
        .get("Idempotency-Key")
        .and_then(|v| v.to_str().ok())
        .filter(|k| uuid::Uuid::parse_str(k).is_ok())
        .map(str::to_owned)
    else {
        return bad("an application needs an Idempotency-Key header holding a UUID".into());
    };
    if let Err(title) = check_application(sim, agency, name, request) {
        return bad(title);
    }
    let body_hash = {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        serde_json::to_string(request)
            .unwrap_or_default()
            .hash(&mut hasher);
        hasher.finish()
    };
    let mut inner = sim.inner();
    if let Some(stored) = inner.applications.get(&(agency, key.clone())) {
        if stored.body_hash == body_hash {
            return (stored.status, stored.body.clone());
        }
        return to_body(
            StatusCode::CREATED,
            Err::<(), _>(data::problem(
                422,
                "idempotency-key-reused",
                "This Idempotency-Key was used for a different request",
            )),
        );
    }
    let number = inner.applied + 1;
    let today = sim.today;
    // Every agency by name: a new one does not compile until it is here.
    let result = match agency {
        Agency::ComuneArezzo => match name {
            "certificate" => data::certificate(request, number, today),
            "residence-declaration" => Ok(data::accepted("AR-APR4", number, today)),
            contract::HELP_DESK => Ok(data::accepted("AR-SPORTELLO", number, today)),
            _ => Ok(data::accepted("AR-SCUOLA", number, today)),
        },
        // No door: `check_application` refused them.
        Agency::Prefettura | Agency::MinisteroIstruzione => {
            Err(data::problem(404, "no-such-call", "No such call"))
        }
        Agency::UslToscanaSudEst => {
            let slot = match request.answers.get("slot") {
                Some(crate::flows::answer::Answer::Offer { id, .. }) => id.clone(),
                _ => String::new(),
            };
            if inner.taken_slots.contains(&slot) {
                Err(data::problem(
                    409,
                    "slot-taken",
                    "This slot is no longer available",
                ))
            } else {
                let booked = data::booking(request, number, today);
                if let Ok(receipt) = &booked {
                    inner.taken_slots.push(slot);
                    if let Some(notice) = &receipt.payment {
                        inner.notices.insert(
                            (
                                notice.creditor_fiscal_code.clone(),
                                notice.notice_number.clone(),
                            ),
                            pagopa::Issued {
                                amount_cents: notice.amount_cents,
                                due_date: notice.due_date.clone(),
                                description: notice.description.clone(),
                                company: notice.creditor_name.clone(),
                            },
                        );
                    }
                }
                booked
            }
        }
        // Look-ups and catalogues only (`check_application` already
        // refused a call that is not in the contract).
        Agency::PoliziaDiStato | Agency::BibliotecaArezzo | Agency::RegioneToscana => {
            Err(data::problem(404, "no-such-call", "No such call"))
        }
    };
    let (status, body) = to_body(StatusCode::CREATED, result);
    if status.is_success() {
        inner.applied += 1;
        if let Some(reference) = &request.kiosk_reference {
            *inner
                .applied_by_reference
                .entry(reference.clone())
                .or_default() += 1;
        }
    }
    // A refusal is remembered too: the same request gets the same answer.
    inner.applications.insert(
        (agency, key),
        Stored {
            body_hash,
            status,
            body: body.clone(),
        },
    );
    (status, body)
}

/// The contract's rules for an application body beyond its JSON shape.
fn check_application(
    sim: &Simulator,
    agency: Agency,
    name: &str,
    request: &Request,
) -> Result<(), String> {
    let service = if agency == Agency::ComuneArezzo && name == contract::HELP_DESK {
        // The help desk takes what was prepared for any portal service.
        let handed = |flow: &crate::flows::Flow| {
            flow.operation == format!("{}/{}", Agency::ComuneArezzo.id(), contract::HELP_DESK)
        };
        match sim.flows.as_ref().map(|f| f.get(&request.service)) {
            Some(Some(flow)) if handed(flow) => request.service.as_str(),
            Some(_) => return Err("`service` is not prepared for a portal".into()),
            None => request.service.as_str(),
        }
    } else {
        let service = service_of(agency, name).ok_or("no such application")?;
        if request.service != service {
            return Err(format!("`service` must be `{service}` for this call"));
        }
        service
    };
    let reference_ok = request.kiosk_reference.as_deref().is_some_and(|r| {
        r.len() <= 40
            && r.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
    });
    if !reference_ok {
        return Err("`kiosk_reference` is missing or not of capitals, digits and hyphens".into());
    }
    if request.answers.is_empty() {
        return Err("`answers` is empty".into());
    }
    if let Some(flow) = sim.flows.as_ref().and_then(|f| f.get(service)) {
        let known = |field: &str| flow.field(field).is_some();
        if let Some(unknown) = request
            .answers
            .keys()
            .chain(
                request
                    .groups
                    .values()
                    .flatten()
                    .flat_map(|item| item.keys()),
            )
            .find(|k| !known(k))
        {
            return Err(format!("`{unknown}` is not a field of {service}"));
        }
    }
    Ok(())
}

async fn put_faults(
    State(sim): State<Arc<Simulator>>,
    Path(agency): Path<String>,
    Json(faults): Json<Faults>,
) -> Response {
    match Agency::from_id(&agency) {
        Some(agency) => {
            sim.set_faults(agency, faults);
            StatusCode::NO_CONTENT.into_response()
        }
        None => problem_response(&data::problem(404, "no-such-agency", "No such agency")),
    }
}

async fn delete_faults(State(sim): State<Arc<Simulator>>) -> StatusCode {
    sim.clear_faults();
    StatusCode::NO_CONTENT
}

async fn stats(State(sim): State<Arc<Simulator>>) -> Json<Stats> {
    Json(sim.stats())
}
