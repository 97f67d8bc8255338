//! The HTTP+JSON contract (v1) the kiosk speaks with every agency, shared by
//! the adapters and the simulator so both sides serialise the same types.
//! Documented for the agencies in `docs/contracts/<agency>.openapi.json`.
//!
//! Three kinds of call, all `POST` (personal data never goes in a URL):
//! - `v1/applications/{operation}`: a submission, with an `Idempotency-Key`;
//!   `201` and a [`Receipt`]. The Comune's `help-desk` takes an application
//!   prepared for a portal (any `portal` service) for an operator to finish
//!   with the person.
//! - `v1/offers/{lookup}`: options for an agency choice; `200` and an
//!   [`OfferList`].
//! - `v1/items/{lookup}`: the full card of a chosen option, for the info
//!   sheet; `200` and an [`ItemSheet`].
//!
//! Errors are RFC 9457 `application/problem+json` ([`Problem`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::catalogue::Agency;
use crate::flows::session::Answers;

/// What one call asks for, under the agency's base URL. `Status` is a
/// look-up answered by a public page (`PUBLIC_PAGES`), not by this
/// contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Application,
    Status,
    Offers,
    Item,
}

impl Kind {
    pub fn segment(self) -> &'static str {
        match self {
            Kind::Application => "applications",
            Kind::Status => "status",
            Kind::Offers => "offers",
            Kind::Item => "items",
        }
    }

    pub fn from_segment(segment: &str) -> Option<Kind> {
        [Kind::Application, Kind::Status, Kind::Offers, Kind::Item]
            .into_iter()
            .find(|k| k.segment() == segment)
    }
}

/// Every call of the contract: agency, kind, name.
pub const CALLS: &[(Agency, Kind, &str)] = &[
    (Agency::ComuneArezzo, Kind::Application, "certificate"),
    (
        Agency::ComuneArezzo,
        Kind::Application,
        "residence-declaration",
    ),
    (Agency::ComuneArezzo, Kind::Application, "school-services"),
    (Agency::ComuneArezzo, Kind::Application, HELP_DESK),
    (Agency::BibliotecaArezzo, Kind::Offers, "magazines"),
    (Agency::BibliotecaArezzo, Kind::Item, "magazines"),
    (Agency::RegioneToscana, Kind::Offers, "courses"),
    (Agency::RegioneToscana, Kind::Item, "courses"),
    (Agency::RegioneToscana, Kind::Offers, "job-offers"),
    (Agency::RegioneToscana, Kind::Item, "job-offers"),
    (Agency::UslToscanaSudEst, Kind::Offers, "slots"),
    (Agency::UslToscanaSudEst, Kind::Application, "booking"),
];

/// The Comune gateway's queue of the help desk: applications prepared for
/// a portal, which an operator finishes there with the person.
pub const HELP_DESK: &str = "help-desk";

/// Whether an agency has a door the kiosk calls (the offices whose services
/// only a portal finishes have none).
pub fn has_door(agency: Agency) -> bool {
    CALLS.iter().any(|(a, _, _)| *a == agency) || PUBLIC_PAGES.iter().any(|(a, _)| *a == agency)
}

/// The agencies the kiosk calls, in `Agency::ALL` order.
pub fn doors() -> impl Iterator<Item = Agency> {
    Agency::ALL.into_iter().filter(|a| has_door(*a))
}

/// Look-ups answered by an agency's public web page, not by our contract:
/// the Polizia di Stato's permit page (`agencies/questura.rs`).
pub const PUBLIC_PAGES: &[(Agency, &str)] = &[(Agency::PoliziaDiStato, "permit-status")];

pub fn is_public_page(agency: Agency, name: &str) -> bool {
    PUBLIC_PAGES.contains(&(agency, name))
}

pub fn is_call(agency: Agency, kind: Kind, name: &str) -> bool {
    CALLS
        .iter()
        .any(|(a, k, n)| *a == agency && *k == kind && *n == name)
}

/// The path of a call under the agency's base URL.
pub fn path(kind: Kind, name: &str) -> String {
    format!("v1/{}/{name}", kind.segment())
}

/// The body of every call: who asks, and the answers of the flow as the
/// flow engine typed them (see `flows::answer::Answer`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Request {
    pub kiosk_id: String,
    /// The kiosk's reference of the submission (`AR-K01-7KX2-94MF`);
    /// absent on look-ups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kiosk_reference: Option<String>,
    pub service: String,
    pub answers: Answers,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub groups: BTreeMap<String, Vec<Answers>>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub computed: BTreeMap<String, f64>,
}

/// The agency's answer to an accepted application.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    /// The agency's own number of the application (protocollo).
    pub agency_reference: String,
    /// RFC 3339 time the agency received it.
    pub received_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appointment: Option<Appointment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<PaymentNotice>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<Certificate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    /// ISO 8601 local date and time (Europe/Rome), e.g. `2026-12-03T09:40`.
    pub starts_at: String,
    pub place: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub booking_code: Option<String>,
}

/// A pagoPA payment notice (avviso di pagamento).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentNotice {
    /// 18 digits with the mod-93 check.
    pub notice_number: String,
    /// The creditor body's 11-digit fiscal code.
    pub creditor_fiscal_code: String,
    pub creditor_name: String,
    pub amount_cents: u64,
    /// ISO 8601 date.
    pub due_date: String,
    pub description: String,
}

/// A certificate the Comune issued (ANPR), printed at the kiosk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    pub number: String,
    pub kind: String,
    /// ISO 8601 date.
    pub issued_on: String,
    /// The certificate's lines, as the registry wrote them.
    pub lines: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferList {
    pub offers: Vec<OfferEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferEntry {
    pub id: String,
    pub label: String,
    /// A slot's start (ISO 8601 local date-time, Europe/Rome) and where:
    /// slots are shown by day, with the weekday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

/// The card of one course, job offer or magazine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemSheet {
    pub id: String,
    pub title: String,
    /// Detail codes (see [`ITEM_DETAILS`]) to the agency's text.
    pub details: BTreeMap<String, String>,
}

/// The detail codes an item sheet may carry; the kiosk labels them through
/// Fluent (`item-<code>`).
pub const ITEM_DETAILS: &[&str] = &[
    "provider",
    "place",
    "hours",
    "certificate",
    "requirements",
    "cost",
    "starts-on",
    "deadline",
    "contact",
    "posts",
    "contract",
    "language",
    "how-to-read",
];

/// RFC 9457 problem details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    #[serde(rename = "type", default = "about_blank")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// A machine-readable reason the kiosk may know how to explain
    /// (`card-not-valid`, `no-such-reference`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

fn about_blank() -> String {
    "about:blank".into()
}

/// Problem codes the kiosk explains in the person's language
/// (`agency-problem-<code>`); any other code gets the generic message.
pub const KNOWN_PROBLEMS: &[&str] = &[
    "no-such-reference",
    "card-not-valid",
    "slot-taken",
    "prescription-not-found",
    "prescription-used",
    "already-applied",
];
