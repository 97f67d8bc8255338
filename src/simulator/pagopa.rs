//! The pagoPA platform as the kiosk meets it, on the simulator's loopback
//! port: the creditor's payment options (verify a notice) and Checkout's
//! carts (pay now), in the shapes of `docs/contracts/pagopa/`. The notices
//! are those the simulated CUP issued; some numbers stand for the error
//! scenarios of `pagopa/pagopa-mock-ec` (aux digit 3, segregation code 02,
//! then the scenario):
//!
//! - `30296…` already paid (`PO_PAID`), `30299…` expired (`PO_EXPIRED_NOT_PAYABLE`);
//! - `30297…` unreachable (the connection breaks), `30298…` timeout (no
//!   answer for a minute);
//! - any notice the CUP did not issue: `404`, `ODP-107`
//!   `PAA_PAGAMENTO_SCONOSCIUTO`.
//!
//! A call without `Ocp-Apim-Subscription-Key` gets the API gateway's `401`.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::{Exchange, MAX_EXCHANGES, Simulator, broken_connection};
use crate::agencies::pagopa::{
    CartRequest, ErrorResponse, Installment, KEY_HEADER, PaymentOption, PaymentOptionsResponse,
};

/// What a scenario number does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    Paid,
    Unreachable,
    Timeout,
    Expired,
}

impl Scenario {
    /// Its two digits after `302`.
    pub fn digits(self) -> u64 {
        match self {
            Scenario::Paid => 96,
            Scenario::Unreachable => 97,
            Scenario::Timeout => 98,
            Scenario::Expired => 99,
        }
    }

    pub fn of(notice: &str) -> Option<Self> {
        let scenario = notice.strip_prefix("302")?.get(..2)?;
        [
            Scenario::Paid,
            Scenario::Unreachable,
            Scenario::Timeout,
            Scenario::Expired,
        ]
        .into_iter()
        .find(|s| s.digits().to_string() == scenario)
    }
}

/// A notice the simulated creditor issued.
#[derive(Debug, Clone)]
pub struct Issued {
    pub amount_cents: u64,
    pub due_date: String,
    pub description: String,
    pub company: String,
}

fn record(
    sim: &Simulator,
    kind: &str,
    status: u16,
    request: serde_json::Value,
    response: serde_json::Value,
) {
    let mut inner = sim.inner();
    if inner.exchanges.len() >= MAX_EXCHANGES {
        inner.exchanges.remove(0);
    }
    inner.exchanges.push(Exchange {
        agency: "pagopa".into(),
        kind: kind.into(),
        name: kind.into(),
        status,
        request,
        response,
    });
}

fn json(status: StatusCode, body: &impl serde::Serialize) -> Response {
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        serde_json::to_vec(body).unwrap_or_default(),
    )
        .into_response()
}

/// The API gateway's refusal of a call without the key (not part of the
/// services' specifications: the gateway answers before them).
fn without_key(headers: &HeaderMap) -> Option<Response> {
    let has_key = headers
        .get(KEY_HEADER)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| !v.trim().is_empty());
    (!has_key).then(|| {
        json(
            StatusCode::UNAUTHORIZED,
            &serde_json::json!({
                "statusCode": 401,
                "message": "Access denied due to missing subscription key."
            }),
        )
    })
}

fn error(status: u16, code: &str, message: &str) -> ErrorResponse {
    ErrorResponse {
        http_status_code: Some(i32::from(status)),
        http_status_description: Some(
            StatusCode::from_u16(status)
                .ok()
                .and_then(|s| s.canonical_reason())
                .unwrap_or_default()
                .into(),
        ),
        error_message: Some(message.into()),
        app_error_code: Some(code.into()),
        timestamp: Some(jiff::Timestamp::now().as_second()),
        date_time: Some(
            jiff::Timestamp::now()
                .strftime("%Y-%m-%dT%H:%M:%S")
                .to_string(),
        ),
    }
}

/// `POST /payment-options/organizations/{creditor}/notices/{notice}`.
pub async fn payment_options(
    State(sim): State<Arc<Simulator>>,
    Path((creditor, notice)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = without_key(&headers) {
        return refused;
    }
    let request =
        serde_json::json!({ "organization-fiscal-code": creditor, "notice-number": notice });
    let scenario = Scenario::of(&notice);
    match scenario {
        Some(Scenario::Unreachable) => return broken_connection(),
        Some(Scenario::Timeout) => {
            tokio::time::sleep(Duration::from_secs(60)).await;
        }
        _ => {}
    }
    let issued = sim
        .inner()
        .notices
        .get(&(creditor.clone(), notice.clone()))
        .cloned();
    let Some(issued) = issued else {
        let body = error(
            404,
            "ODP-107",
            "PAA_PAGAMENTO_SCONOSCIUTO Errore per pagamento sconosciuto",
        );
        record(
            &sim,
            "payment-options",
            404,
            request,
            serde_json::to_value(&body).unwrap_or_default(),
        );
        return json(StatusCode::NOT_FOUND, &body);
    };
    let (po, poi) = match scenario {
        Some(Scenario::Paid) => ("PO_PAID", "POI_PAID"),
        Some(Scenario::Expired) => ("PO_EXPIRED_NOT_PAYABLE", "POI_EXPIRED_NOT_PAYABLE"),
        _ => ("PO_UNPAID", "POI_UNPAID"),
    };
    let due = format!("{}T23:59:59", issued.due_date);
    let amount = i64::try_from(issued.amount_cents).unwrap_or(i64::MAX);
    let body = PaymentOptionsResponse {
        organization_fiscal_code: Some(creditor),
        company_name: Some(issued.company.clone()),
        office_name: Some(issued.company.clone()),
        payment_options: vec![PaymentOption {
            description: Some(issued.description.clone()),
            number_of_installments: Some(1),
            due_date: Some(due.clone()),
            valid_from: None,
            amount: Some(amount),
            status: Some(po.into()),
            status_reason: None,
            all_ccp: Some(false),
            installments: vec![Installment {
                nav: Some(notice.clone()),
                iuv: Some(notice[1..].to_owned()),
                amount: Some(amount),
                description: Some(issued.description),
                due_date: Some(due),
                valid_from: None,
                status: Some(poi.into()),
                status_reason: None,
            }],
        }],
    };
    record(
        &sim,
        "payment-options",
        200,
        request,
        serde_json::to_value(&body).unwrap_or_default(),
    );
    json(StatusCode::OK, &body)
}

/// `POST /carts`: a `302` to the (simulated) payment page.
pub async fn carts(
    State(sim): State<Arc<Simulator>>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    if let Some(refused) = without_key(&headers) {
        return refused;
    }
    let request: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    let cart = serde_json::from_slice::<CartRequest>(&body)
        .ok()
        .filter(|c| {
            (1..=5).contains(&c.payment_notices.len())
                && c.payment_notices.iter().all(|n| {
                    n.notice_number.len() == 18 && n.fiscal_code.len() == 11 && n.amount >= 1
                })
        });
    let Some(_cart) = cart else {
        let problem = serde_json::json!({
            "type": "about:blank",
            "title": "Bad Request",
            "status": 400,
            "detail": "Formally invalid input"
        });
        record(&sim, "carts", 400, request, problem.clone());
        return json(StatusCode::BAD_REQUEST, &problem);
    };
    let id = uuid::Uuid::new_v4();
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".:-[]".contains(c))
        })
        .unwrap_or("127.0.0.1");
    let location = format!("http://{host}/pagopa/checkout/c/{id}");
    record(
        &sim,
        "carts",
        302,
        request,
        serde_json::json!({ "location": location }),
    );
    let mut response = StatusCode::FOUND.into_response();
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// The simulated payment page a cart leads to (what the phone opens).
pub async fn checkout_page(Path(id): Path<String>) -> Response {
    let html = format!(
        "<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>pagoPA — simulazione</title></head>\
         <body><h1>Pagamento simulato</h1><p>Carrello {}: in un chiosco vero qui si apre la pagina di pagamento di pagoPA.</p></body></html>",
        id.chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect::<String>()
    );
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response()
}
