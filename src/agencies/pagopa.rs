//! pagoPA for real (`docs/contracts/pagopa/`, the subset of the published
//! specifications of `pagopa/pagopa-api` the kiosk speaks):
//!
//! - **verify a notice** before it is printed: `POST
//!   /payment-options/organizations/{creditor}/notices/{notice}` answers the
//!   creditor's payment options; the kiosk takes the option whose
//!   installment is this notice and shows its amount, due date, description
//!   and state;
//! - **pay now**: Checkout's `POST /carts` answers `302` with the payment
//!   page in `Location`, shown as a QR code the person scans with a phone.
//!
//! Every call carries the Comune's `Ocp-Apim-Subscription-Key`, read from
//! its own file when the desk starts ([`SubscriptionKey`]), never logged and
//! never in a `Debug` output. The client follows no redirect: Checkout's
//! answer *is* the redirect. Bodies are read with a limit, as every agency
//! answer is.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::contract::PaymentNotice;

/// The header every pagoPA REST specification names.
pub const KEY_HEADER: &str = "Ocp-Apim-Subscription-Key";

/// A pagoPA answer is small; anything longer is not one.
const MAX_BYTES: usize = 256 * 1024;

/// The Comune's subscription key: kept out of logs and `Debug`, wiped when
/// dropped.
#[derive(Clone)]
pub struct SubscriptionKey(zeroize::Zeroizing<String>);

impl std::fmt::Debug for SubscriptionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SubscriptionKey(…)")
    }
}

impl SubscriptionKey {
    /// The key alone in its file (`check-config` checked the file's mode).
    pub fn read(path: &Path) -> std::io::Result<Self> {
        let text = zeroize::Zeroizing::new(std::fs::read_to_string(path)?);
        let key = text.trim();
        if key.is_empty() || key.chars().any(|c| c.is_control() || c == ' ') {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "not a subscription key",
            ));
        }
        Ok(Self(zeroize::Zeroizing::new(key.to_owned())))
    }

    /// A key for the simulator, which checks that one is sent.
    pub fn simulated() -> Self {
        Self(zeroize::Zeroizing::new("simulated-key".to_owned()))
    }

    fn header(&self) -> Option<reqwest::header::HeaderValue> {
        let mut value = reqwest::header::HeaderValue::from_str(&self.0).ok()?;
        value.set_sensitive(true);
        Some(value)
    }
}

// The wire shapes of `orgs_payment_options.json` (the fields the kiosk reads).

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentOptionsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_fiscal_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office_name: Option<String>,
    #[serde(default)]
    pub payment_options: Vec<PaymentOption>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentOption {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_installments: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(default, rename = "allCCP", skip_serializing_if = "Option::is_none")]
    pub all_ccp: Option<bool>,
    #[serde(default)]
    pub installments: Vec<Installment>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Installment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nav: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iuv: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
}

/// `ErrorResponse` of the payment options service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status_code: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http_status_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_error_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
}

// The wire shapes of `checkout_v2.json` (`CartRequestV2`).

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CartRequest {
    pub payment_notices: Vec<CartNotice>,
    pub return_urls: ReturnUrls,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_cart: Option<String>,
    #[serde(default, rename = "allCCP")]
    pub all_ccp: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CartNotice {
    pub notice_number: String,
    pub fiscal_code: String,
    pub amount: u64,
    pub company_name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReturnUrls {
    pub return_ok_url: String,
    pub return_cancel_url: String,
    pub return_error_url: String,
    pub return_waiting_url: String,
}

/// What the person may do with a notice, from its state on the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoticeState {
    /// Unpaid and payable.
    Payable,
    /// Past its due date, still payable (`*_EXPIRED_UNPAID`).
    Overdue,
    /// Already paid (or partly).
    Paid,
    /// Expired and no longer payable.
    Expired,
    /// Cancelled by the creditor.
    Invalid,
}

impl NoticeState {
    /// From `EnumPo` / `EnumInstallment`; an unknown state is none.
    pub fn of(status: &str) -> Option<Self> {
        Some(match status {
            "PO_UNPAID" | "POI_UNPAID" => NoticeState::Payable,
            "PO_EXPIRED_UNPAID" | "POI_EXPIRED_UNPAID" => NoticeState::Overdue,
            "PO_PAID" | "POI_PAID" | "PO_PARTIALLY_PAID" => NoticeState::Paid,
            "PO_EXPIRED_NOT_PAYABLE" | "POI_EXPIRED_NOT_PAYABLE" => NoticeState::Expired,
            "PO_INVALID" | "POI_INVALID" => NoticeState::Invalid,
            _ => return None,
        })
    }

    pub fn payable(self) -> bool {
        matches!(self, NoticeState::Payable | NoticeState::Overdue)
    }

    /// The Fluent key of what the person is told.
    pub fn message_key(self) -> &'static str {
        match self {
            NoticeState::Payable => "pagopa-state-payable",
            NoticeState::Overdue => "pagopa-state-overdue",
            NoticeState::Paid => "pagopa-state-paid",
            NoticeState::Expired => "pagopa-state-expired",
            NoticeState::Invalid => "pagopa-state-invalid",
        }
    }
}

/// A notice as the platform holds it now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verified {
    pub amount_cents: u64,
    /// ISO 8601 date.
    pub due_date: Option<String>,
    pub description: String,
    pub creditor_name: String,
    pub state: NoticeState,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PagopaError {
    #[error("pagoPA could not be reached")]
    Unreachable,
    #[error("pagoPA did not answer in time")]
    Timeout,
    /// The platform does not know this notice (`PAA_PAGAMENTO_SCONOSCIUTO`).
    #[error("pagoPA does not know this notice")]
    Unknown,
    #[error("pagoPA refused the request ({status} {code})")]
    Refused { status: u16, code: String },
    #[error("pagoPA's answer could not be read: {0}")]
    Malformed(String),
}

impl PagopaError {
    /// The Fluent key of what the person is told.
    pub fn message_key(&self) -> &'static str {
        match self {
            PagopaError::Unknown => "pagopa-unknown",
            PagopaError::Unreachable | PagopaError::Timeout => "pagopa-unreachable",
            PagopaError::Refused { .. } | PagopaError::Malformed(_) => "pagopa-not-verified",
        }
    }

    fn of(error: &reqwest::Error) -> Self {
        if error.is_timeout() {
            PagopaError::Timeout
        } else {
            PagopaError::Unreachable
        }
    }
}

/// The two pagoPA services and the key, with a client that follows no
/// redirect.
#[derive(Debug, Clone)]
pub struct Pagopa {
    client: reqwest::Client,
    payment_options: url::Url,
    checkout: url::Url,
    return_url: url::Url,
    key: SubscriptionKey,
}

impl Pagopa {
    pub fn new(
        payment_options: url::Url,
        checkout: url::Url,
        return_url: url::Url,
        key: SubscriptionKey,
        timeouts: super::Timeouts,
    ) -> Result<Self, reqwest::Error> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .connect_timeout(timeouts.connect)
            .timeout(timeouts.total)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(format!("serto-kiosk/{}", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self {
            client,
            payment_options: super::with_trailing_slash(payment_options),
            checkout: super::with_trailing_slash(checkout),
            return_url,
            key,
        })
    }

    fn post(&self, url: url::Url) -> reqwest::RequestBuilder {
        let request = self.client.post(url);
        match self.key.header() {
            Some(value) => request.header(KEY_HEADER, value),
            None => request,
        }
    }

    /// The notice as the creditor's payment options hold it now.
    pub async fn verify(&self, notice: &PaymentNotice) -> Result<Verified, PagopaError> {
        let path = format!(
            "payment-options/organizations/{}/notices/{}",
            notice.creditor_fiscal_code, notice.notice_number
        );
        let url = self
            .payment_options
            .join(&path)
            .map_err(|e| PagopaError::Malformed(e.to_string()))?;
        let response = self
            .post(url)
            .send()
            .await
            .map_err(|e| PagopaError::of(&e))?;
        let status = response.status().as_u16();
        let body = read(response).await?;
        if status == 404 {
            return Err(PagopaError::Unknown);
        }
        if status != 200 {
            let code = serde_json::from_slice::<ErrorResponse>(&body)
                .ok()
                .and_then(|e| e.app_error_code)
                .unwrap_or_default();
            return Err(PagopaError::Refused { status, code });
        }
        let options: PaymentOptionsResponse =
            serde_json::from_slice(&body).map_err(|e| PagopaError::Malformed(e.to_string()))?;
        verified(&options, notice)
    }

    /// Checkout's page for paying this notice now, from the `Location` of
    /// its `302`.
    pub async fn cart(
        &self,
        notice: &PaymentNotice,
        verified: &Verified,
    ) -> Result<url::Url, PagopaError> {
        let back = |outcome: &str| {
            let mut url = self.return_url.clone();
            url.query_pairs_mut().append_pair("esito", outcome);
            url.to_string()
        };
        let cart = CartRequest {
            payment_notices: vec![CartNotice {
                notice_number: notice.notice_number.clone(),
                fiscal_code: notice.creditor_fiscal_code.clone(),
                amount: verified.amount_cents,
                company_name: clip(&verified.creditor_name, 140),
                description: clip(&verified.description, 140),
            }],
            return_urls: ReturnUrls {
                return_ok_url: back("ok"),
                return_cancel_url: back("annullato"),
                return_error_url: back("errore"),
                return_waiting_url: back("in-attesa"),
            },
            id_cart: None,
            all_ccp: false,
        };
        let url = self
            .checkout
            .join("carts")
            .map_err(|e| PagopaError::Malformed(e.to_string()))?;
        let response = self
            .post(url)
            .json(&cart)
            .send()
            .await
            .map_err(|e| PagopaError::of(&e))?;
        let status = response.status().as_u16();
        if status != 302 {
            return Err(PagopaError::Refused {
                status,
                code: String::new(),
            });
        }
        let location = response
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| url::Url::parse(v).ok())
            .filter(|u| u.scheme() == "https" || u.scheme() == "http")
            .ok_or_else(|| PagopaError::Malformed("no Location".into()))?;
        Ok(location)
    }
}

/// The option whose installment is this notice; an answer that does not
/// speak of it, or in an unknown state, is not read as anything.
fn verified(
    options: &PaymentOptionsResponse,
    notice: &PaymentNotice,
) -> Result<Verified, PagopaError> {
    let is_ours = |i: &Installment| {
        i.nav.as_deref() == Some(notice.notice_number.as_str())
            || i.iuv.as_deref() == Some(&notice.notice_number[1..])
    };
    let (option, installment) = options
        .payment_options
        .iter()
        .find_map(|o| o.installments.iter().find(|i| is_ours(i)).map(|i| (o, i)))
        .ok_or_else(|| PagopaError::Malformed("the notice is not among the options".into()))?;
    let status = installment
        .status
        .as_deref()
        .or(option.status.as_deref())
        .and_then(NoticeState::of)
        .ok_or_else(|| PagopaError::Malformed("unknown state".into()))?;
    let amount = installment
        .amount
        .or(option.amount)
        .and_then(|a| u64::try_from(a).ok())
        .filter(|a| *a > 0)
        .ok_or_else(|| PagopaError::Malformed("no amount".into()))?;
    let due_date = installment
        .due_date
        .as_deref()
        .or(option.due_date.as_deref())
        .and_then(|d| d.get(..10))
        .filter(|d| d.parse::<jiff::civil::Date>().is_ok())
        .map(str::to_owned);
    Ok(Verified {
        amount_cents: amount,
        due_date,
        description: installment
            .description
            .clone()
            .or_else(|| option.description.clone())
            .unwrap_or_else(|| notice.description.clone()),
        creditor_name: options
            .company_name
            .clone()
            .unwrap_or_else(|| notice.creditor_name.clone()),
        state: status,
    })
}

fn clip(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

async fn read(response: reqwest::Response) -> Result<Vec<u8>, PagopaError> {
    super::read_capped(response, MAX_BYTES)
        .await
        .map_err(|e| match e {
            super::Capped::Transport(e) => PagopaError::of(&e),
            super::Capped::TooLarge => PagopaError::Malformed("answer too long".into()),
        })
}
