//! The OpenAPI files in docs/contracts are the contract: every call the
//! adapters make and the simulator serves is there, and every request and
//! response recorded over real HTTP validates against their schemas.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Duration;

use jiff::civil::{Date, date};
use serde_json::Value;
use serto_kiosk::agencies::contract::{self, Kind};
use serto_kiosk::agencies::{Agencies, Endpoints, Outgoing, Timeouts};
use serto_kiosk::catalogue::Agency;
use serto_kiosk::flows::Submission;
use serto_kiosk::flows::answer::Answer;
use serto_kiosk::simulator::{Running, Simulator};

const TODAY: Date = date(2026, 11, 28);

fn spec(agency: Agency) -> Value {
    let path = common::resources()
        .root()
        .join(format!("docs/contracts/{}.openapi.json", agency.id()));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_agency_has_a_contract_with_exactly_the_calls_of_the_code() {
    for agency in Agency::ALL {
        let has_calls = contract::CALLS.iter().any(|(a, _, _)| *a == agency);
        let has_page = contract::PUBLIC_PAGES.iter().any(|(a, _)| *a == agency);
        assert_eq!(contract::has_door(agency), has_calls || has_page);
        let file = common::resources()
            .root()
            .join(format!("docs/contracts/{}.openapi.json", agency.id()));
        if !has_calls && !has_page {
            // Its services are finished on a portal with the person's own
            // login: the kiosk has no door to it, so no contract.
            assert!(
                !file.exists(),
                "{} documents calls it does not have",
                agency.id()
            );
            continue;
        }
        if !has_calls {
            // Only a public page: no contract of ours to describe.
            assert!(
                !file.exists(),
                "{} documents calls it does not have",
                agency.id()
            );
            let page = file.with_file_name(format!("{}.md", agency.id()));
            assert!(page.exists(), "{} describes its public page", agency.id());
            continue;
        }
        let spec = spec(agency);
        assert_eq!(spec["openapi"], "3.1.0");
        let documented: BTreeSet<String> = spec["paths"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(path, item)| {
                assert!(item.get("post").is_some(), "{path}: every call is a POST");
                path.clone()
            })
            .collect();
        let coded: BTreeSet<String> = contract::CALLS
            .iter()
            .filter(|(a, _, _)| *a == agency)
            .map(|(_, kind, name)| format!("/{}", contract::path(*kind, name)))
            .collect();
        assert_eq!(documented, coded, "{}", agency.id());
    }
}

/// A JSON Schema (2020-12) check of the keywords the contracts use.
/// `pattern` is not interpreted: the adapter checks those codes with the
/// kiosk's own validators (notice number, fiscal codes).
fn validate(root: &Value, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference.trim_start_matches("#/components/schemas/");
        let target = &root["components"]["schemas"][name];
        assert!(!target.is_null(), "unresolved {reference}");
        return validate(root, target, value, at, errors);
    }
    if let Some(all) = schema["allOf"].as_array() {
        for s in all {
            validate(root, s, value, at, errors);
        }
    }
    if let Some(any) = schema["oneOf"].as_array() {
        let matching = any
            .iter()
            .filter(|s| {
                let mut e = Vec::new();
                validate(root, s, value, at, &mut e);
                e.is_empty()
            })
            .count();
        if matching != 1 {
            errors.push(format!("{at}: matches {matching} of oneOf"));
        }
    }
    if let Some(c) = schema.get("const")
        && c != value
    {
        errors.push(format!("{at}: not {c}"));
    }
    if let Some(e) = schema["enum"].as_array()
        && !e.contains(value)
    {
        errors.push(format!("{at}: {value} not in enum"));
    }
    let ok_type = match schema["type"].as_str() {
        None => true,
        Some("object") => value.is_object(),
        Some("array") => value.is_array(),
        Some("string") => value.is_string(),
        Some("integer") => value.is_i64() || value.is_u64(),
        Some("number") => value.is_number(),
        Some("boolean") => value.is_boolean(),
        Some(other) => panic!("type {other} not handled"),
    };
    if !ok_type {
        errors.push(format!("{at}: not of type {}", schema["type"]));
        return;
    }
    if let Some(s) = value.as_str() {
        let len = s.chars().count() as u64;
        if schema["minLength"].as_u64().is_some_and(|m| len < m) {
            errors.push(format!("{at}: too short"));
        }
        if schema["maxLength"].as_u64().is_some_and(|m| len > m) {
            errors.push(format!("{at}: too long"));
        }
        let format_ok = match schema["format"].as_str() {
            Some("date") => s.parse::<Date>().is_ok(),
            // pagoPA writes local date-times without an offset (its
            // specification's own examples do): both are read.
            Some("date-time") => {
                s.parse::<jiff::Timestamp>().is_ok() || s.parse::<jiff::civil::DateTime>().is_ok()
            }
            Some("uri") => url::Url::parse(s).is_ok() || s.contains('.'),
            Some("uuid") => uuid::Uuid::parse_str(s).is_ok(),
            _ => true,
        };
        if !format_ok {
            errors.push(format!("{at}: not a {}", schema["format"]));
        }
    }
    if let Some(n) = value.as_f64() {
        if schema["minimum"].as_f64().is_some_and(|m| n < m) {
            errors.push(format!("{at}: below minimum"));
        }
        if schema["maximum"].as_f64().is_some_and(|m| n > m) {
            errors.push(format!("{at}: above maximum"));
        }
    }
    if let Some(items) = value.as_array() {
        for (i, item) in items.iter().enumerate() {
            if let Some(s) = schema.get("items") {
                validate(root, s, item, &format!("{at}[{i}]"), errors);
            }
        }
    }
    if let Some(object) = value.as_object() {
        for required in schema["required"].as_array().into_iter().flatten() {
            let name = required.as_str().unwrap();
            if !object.contains_key(name) {
                errors.push(format!("{at}: `{name}` missing"));
            }
        }
        let properties = schema["properties"].as_object();
        for (key, v) in object {
            if let Some(names) = schema.get("propertyNames") {
                validate(
                    root,
                    names,
                    &Value::String(key.clone()),
                    &format!("{at} key"),
                    errors,
                );
            }
            match properties.and_then(|p| p.get(key)) {
                Some(s) => validate(root, s, v, &format!("{at}.{key}"), errors),
                None => match schema.get("additionalProperties") {
                    // allOf branches only add constraints to declared ones.
                    Some(Value::Bool(false)) if properties.is_some() => {
                        errors.push(format!("{at}: `{key}` not in the contract"));
                    }
                    Some(s @ Value::Object(_)) => {
                        validate(root, s, v, &format!("{at}.{key}"), errors)
                    }
                    _ => {}
                },
            }
        }
    }
}

#[test]
fn the_validator_catches_what_it_should() {
    let root = spec(Agency::UslToscanaSudEst);
    let receipt = serde_json::json!({ "$ref": "#/components/schemas/Receipt" });
    let mut errors = Vec::new();
    validate(
        &root,
        &receipt,
        &serde_json::json!({ "agency_reference": "X", "received_at": "yesterday", "extra": 1 }),
        "r",
        &mut errors,
    );
    assert_eq!(errors.len(), 2, "{errors:?}");
    let request = serde_json::json!({ "$ref": "#/components/schemas/Request" });
    let mut errors = Vec::new();
    validate(
        &root,
        &request,
        &serde_json::json!({ "kiosk_id": "K", "service": "s", "answers": { "a": { "type": "date", "value": 3 } } }),
        "q",
        &mut errors,
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
}

fn answers(pairs: &[(&str, Answer)]) -> BTreeMap<String, Answer> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

fn outgoing(service: &str, operation: &str, pairs: &[(&str, Answer)]) -> Outgoing {
    Outgoing::new(
        "TEST-K01-7KX2-94MF".into(),
        Submission {
            service: service.into(),
            operation: operation.into(),
            answers: answers(pairs),
            groups: BTreeMap::new(),
            computed: BTreeMap::new(),
        },
    )
}

fn text(t: &str) -> Answer {
    Answer::Text(t.into())
}
fn code(t: &str) -> Answer {
    Answer::Code(t.into())
}
fn choice(t: &str) -> Answer {
    Answer::Choice(t.into())
}

/// Makes every call of the contract for real (successes and refusals),
/// then checks every recorded exchange against the agency's OpenAPI file.
#[tokio::test(flavor = "multi_thread")]
async fn recorded_requests_and_responses_match_the_openapi_schemas() {
    let library = common::library();
    let sim = Simulator::new(TODAY, Some(Arc::clone(&library.flows)));
    let running = Running::start(sim, 0).unwrap();
    let agencies = Agencies::new(
        "TEST-K01",
        Endpoints::simulator(&running.base),
        Timeouts {
            connect: Duration::from_secs(2),
            total: Duration::from_secs(5),
        },
    )
    .unwrap();
    let ana = common::with_check("PPSNAA88B54Z129");
    let calls = vec![
        outgoing(
            "certificates",
            "comune-arezzo/certificate",
            &[
                ("certificate_type", choice("residence")),
                ("codice_fiscale", code(&ana)),
                ("surname", text("Popescu")),
            ],
        ),
        outgoing(
            "certificates",
            "comune-arezzo/certificate",
            &[
                ("certificate_type", choice("birth")),
                (
                    "codice_fiscale",
                    code(&common::with_check("RSSMRA80A01A390")),
                ),
                ("surname", text("Rossi")),
            ],
        ),
        outgoing(
            "residence-change",
            "comune-arezzo/residence-declaration",
            &[
                ("reason", choice("from-abroad")),
                ("surname", text("Popescu")),
            ],
        ),
        outgoing(
            "municipal-school-services",
            "comune-arezzo/school-services",
            &[
                ("services", Answer::Choices(vec!["canteen".into()])),
                ("child_surname", text("Hoxha")),
                ("isee_value", Answer::Money(985_000)),
            ],
        ),
        // The help desk's queue takes what was prepared for a portal.
        outgoing(
            "family-reunification",
            "comune-arezzo/help-desk",
            &[
                ("permit_type", choice("work")),
                ("annual_income", Answer::Money(1_500_000)),
            ],
        ),
        outgoing(
            "citizenship-status",
            "comune-arezzo/help-desk",
            &[
                ("reference", code("K10/C/777002")),
                ("birth_date", Answer::Date(date(1982, 5, 30))),
            ],
        ),
        outgoing(
            "italian-test-a2",
            "comune-arezzo/help-desk",
            &[
                ("purpose", choice("enrol")),
                ("surname", text("Rahman")),
                ("birth_date", Answer::Date(date(1990, 7, 15))),
            ],
        ),
        outgoing(
            "state-school-enrolment",
            "comune-arezzo/help-desk",
            &[
                ("school_level", choice("primary")),
                ("first_choice", code("ARIC82100X")),
                ("pupil_has_cf", Answer::YesNo(false)),
            ],
        ),
        // A service that is not prepared for a portal is refused there
        // (recorded too: the refusal must fit the contract).
        outgoing(
            "certificates",
            "comune-arezzo/help-desk",
            &[("certificate_type", choice("residence"))],
        ),
        outgoing(
            "online-magazines",
            "biblioteca-arezzo/magazines",
            &[
                ("card_number", code("AR0054321")),
                ("card_surname", text("Popescu")),
                (
                    "magazine",
                    Answer::Offer {
                        id: "pr-6001".into(),
                        label: "Adevărul".into(),
                    },
                ),
            ],
        ),
        outgoing(
            "training-courses",
            "regione-toscana/courses",
            &[(
                "course",
                Answer::Offer {
                    id: "RT-2026-0412".into(),
                    label: "OSS".into(),
                },
            )],
        ),
        outgoing(
            "job-offers",
            "regione-toscana/job-offers",
            &[(
                "offer",
                Answer::Offer {
                    id: "AR-2026-130".into(),
                    label: "Assistente".into(),
                },
            )],
        ),
        outgoing(
            "health-booking",
            "usl-toscana-sud-est/booking",
            &[
                ("nre", code("090A40000002481")),
                ("patient_code", code(&ana)),
                (
                    "slot",
                    Answer::Offer {
                        id: "cup-0-202612011000".into(),
                        label: "x".into(),
                    },
                ),
            ],
        ),
    ];
    for out in &calls {
        // Successes and refusals alike are recorded; both must fit the contract.
        let _ = agencies.submit(out).await;
    }
    let lookups = [
        (
            "biblioteca-arezzo/magazines",
            "online-magazines",
            answers(&[
                ("card_number", code("AR0054321")),
                ("card_surname", text("Popescu")),
                ("magazine_language", choice("romanian")),
                ("magazine_kind", choice("any")),
            ]),
        ),
        (
            "biblioteca-arezzo/magazines",
            "online-magazines",
            answers(&[
                ("card_number", code("AR0000000")),
                ("card_surname", text("Popescu")),
                ("magazine_language", choice("romanian")),
            ]),
        ),
        (
            "regione-toscana/courses",
            "training-courses",
            answers(&[
                ("area", choice("any")),
                ("sector", choice("care")),
                ("free_only", Answer::YesNo(true)),
            ]),
        ),
        (
            "regione-toscana/job-offers",
            "job-offers",
            answers(&[
                ("area", choice("arezzo")),
                ("sector", choice("any")),
                ("hours", choice("any")),
                ("driving_licence", Answer::YesNo(false)),
            ]),
        ),
        (
            "usl-toscana-sud-est/slots",
            "health-booking",
            answers(&[
                ("nre", code("090A40000002481")),
                ("patient_code", code(&ana)),
                ("area", choice("any")),
            ]),
        ),
        (
            "usl-toscana-sud-est/slots",
            "health-booking",
            answers(&[
                ("nre", code("1300A4000000248")),
                ("patient_code", code(&ana)),
                ("area", choice("any")),
            ]),
        ),
    ];
    for (source, service, a) in &lookups {
        let _ = agencies.offers(source, service, a).await;
    }

    let exchanges = running.simulator.exchanges();
    let mut seen = BTreeSet::new();
    let mut errors = Vec::new();
    // A public page (the permit's) is not our contract: its structure is
    // in docs/contracts/polizia-di-stato.md and tests/agencies.rs.
    for x in exchanges
        .iter()
        .filter(|x| x.kind != "page" && x.agency != "pagopa")
    {
        let agency = Agency::from_id(&x.agency).unwrap();
        let root = spec(agency);
        let path = format!("/v1/{}/{}", x.kind, x.name);
        let operation = &root["paths"][&path]["post"];
        assert!(!operation.is_null(), "{path} not documented");
        let at = format!("{} {path}", x.agency);
        validate(
            &root,
            &operation["requestBody"]["content"]["application/json"]["schema"],
            &x.request,
            &format!("{at} request"),
            &mut errors,
        );
        let response = &operation["responses"][x.status.to_string()];
        assert!(
            !response.is_null(),
            "{at}: status {} not documented",
            x.status
        );
        let content = &response["content"];
        let schema = if x.status < 300 {
            &content["application/json"]["schema"]
        } else {
            &content["application/problem+json"]["schema"]
        };
        validate(
            &root,
            schema,
            &x.response,
            &format!("{at} {}", x.status),
            &mut errors,
        );
        if x.status < 300 {
            seen.insert((x.agency.clone(), x.kind.clone(), x.name.clone()));
        }
    }
    assert!(errors.is_empty(), "{errors:#?}");
    // Every call of the contract was exercised with a success.
    for (agency, kind, name) in contract::CALLS {
        assert!(
            seen.contains(&(
                agency.id().to_owned(),
                kind.segment().to_owned(),
                (*name).to_owned()
            )),
            "{} {} {name} never succeeded",
            agency.id(),
            kind.segment()
        );
    }
    // And refusals were recorded too (unknown resident, reference, card, NRE).
    assert!(exchanges.iter().filter(|x| x.status >= 400).count() >= 4);
    let _ = Kind::Application;
}

/// The pagoPA files: ours (`docs/contracts/pagopa/`) and the upstream copy
/// kept beside the project (`../shared/contracts/pagopa/`, never committed;
/// `.ci/run` stops when it is missing, so this check always runs in CI).
fn pagopa_specs(ours: &str, upstream: &str) -> (Value, Value) {
    let root = common::resources().root().to_owned();
    let read = |path: std::path::PathBuf| -> Value {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (the upstream pagoPA specifications must sit in ../shared/contracts/pagopa/)",
                path.display()
            )
        });
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let upstream_dir = std::env::var_os("SERTO_PAGOPA_UPSTREAM")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/contracts/pagopa"));
    (
        read(root.join("docs/contracts/pagopa").join(ours)),
        read(upstream_dir.join(upstream)),
    )
}

/// A response's JSON schema, through `#/components/responses/…` when the
/// file names its responses there (upstream does).
fn response_schema<'a>(root: &'a Value, operation: &'a Value, status: u16) -> Option<&'a Value> {
    let mut response = &operation["responses"][status.to_string()];
    if let Some(reference) = response["$ref"].as_str() {
        let name = reference.trim_start_matches("#/components/responses/");
        response = &root["components"]["responses"][name];
    }
    if response.is_null() {
        return None;
    }
    Some(&response["content"]["application/json"]["schema"])
}

/// Every pagoPA exchange — a payable notice and its cart (302), the
/// scenarios of pagopa-mock-ec (paid, expired, unreachable, timeout) and
/// an unknown notice (404) — checked against our subset and upstream.
#[tokio::test(flavor = "multi_thread")]
async fn pagopa_exchanges_match_our_contract_and_upstream() {
    use serto_kiosk::agencies::Reply;
    use serto_kiosk::agencies::pagopa::{NoticeState, Pagopa, PagopaError, SubscriptionKey};
    let library = common::library();
    let sim = Simulator::new(TODAY, Some(Arc::clone(&library.flows)));
    let running = Running::start(sim, 0).unwrap();
    let timeouts = Timeouts {
        connect: Duration::from_secs(2),
        total: Duration::from_secs(2),
    };
    let agencies =
        Agencies::new("TEST-K01", Endpoints::simulator(&running.base), timeouts).unwrap();
    let pagopa = Pagopa::new(
        running.base.join("pagopa/").unwrap(),
        running.base.join("pagopa/checkout/ec/v2/").unwrap(),
        url::Url::parse("https://www.comune.arezzo.it/").unwrap(),
        SubscriptionKey::simulated(),
        timeouts,
    )
    .unwrap();
    // A booking per scenario: the prescription's last digits choose it.
    let mut notices = BTreeMap::new();
    for (i, ending) in ["00", "96", "97", "98", "99"].into_iter().enumerate() {
        let out = outgoing(
            "health-booking",
            "usl-toscana-sud-est/booking",
            &[
                ("nre", code(&format!("090A400000024{ending}"))),
                ("patient_code", code(&common::with_check("LMRFTM88C52Z330"))),
                (
                    "slot",
                    Answer::Offer {
                        id: format!("cup-0-20261201{:02}00", 9 + i),
                        label: "x".into(),
                    },
                ),
            ],
        );
        let Ok(Reply::Accepted(receipt)) = agencies.submit(&out).await else {
            panic!("booking {ending}");
        };
        notices.insert(ending, receipt.payment.expect("a ticket"));
    }
    let payable = pagopa.verify(&notices["00"]).await.expect("verified");
    assert_eq!(payable.state, NoticeState::Payable);
    assert_eq!(payable.amount_cents, notices["00"].amount_cents);
    let location = pagopa.cart(&notices["00"], &payable).await.expect("a cart");
    assert!(
        location.path().starts_with("/pagopa/checkout/c/"),
        "{location}"
    );
    assert_eq!(
        pagopa.verify(&notices["96"]).await.unwrap().state,
        NoticeState::Paid
    );
    assert_eq!(
        pagopa.verify(&notices["99"]).await.unwrap().state,
        NoticeState::Expired
    );
    assert_eq!(
        pagopa.verify(&notices["97"]).await.unwrap_err(),
        PagopaError::Unreachable
    );
    assert_eq!(
        pagopa.verify(&notices["98"]).await.unwrap_err(),
        PagopaError::Timeout
    );
    let mut unknown = notices["00"].clone();
    unknown.notice_number = "301000000000000151".into();
    let unknown_error = pagopa.verify(&unknown).await.unwrap_err();
    assert_eq!(unknown_error, PagopaError::Unknown);
    assert_eq!(unknown_error.message_key(), "pagopa-unknown");

    let (ours_po, up_po) =
        pagopa_specs("payment-options.openapi.json", "orgs_payment_options.json");
    let (ours_co, up_co) = pagopa_specs("checkout.openapi.json", "checkout_v2.json");
    let po_path =
        "/payment-options/organizations/{organization-fiscal-code}/notices/{notice-number}";
    let mut errors = Vec::new();
    let mut statuses = BTreeSet::new();
    for x in running
        .simulator
        .exchanges()
        .iter()
        .filter(|x| x.agency == "pagopa")
    {
        statuses.insert((x.kind.clone(), x.status));
        for (which, root) in [
            ("ours", &ours_po),
            ("upstream", &up_po),
            ("ours", &ours_co),
            ("upstream", &up_co),
        ] {
            let (path, body_key) = match x.kind.as_str() {
                "payment-options" => (po_path, None),
                "carts" => ("/carts", Some(())),
                other => panic!("unknown pagoPA exchange {other}"),
            };
            let operation = &root["paths"][path]["post"];
            if operation.is_null() {
                continue; // the other service's file
            }
            let at = format!("{which} {} {}", x.kind, x.status);
            if body_key.is_some() {
                validate(
                    root,
                    &operation["requestBody"]["content"]["application/json"]["schema"],
                    &x.request,
                    &format!("{at} request"),
                    &mut errors,
                );
            }
            assert!(
                !operation["responses"][x.status.to_string()].is_null(),
                "{at}: status not documented"
            );
            if x.status == 302 {
                let header = &operation["responses"]["302"]["headers"]["location"];
                assert!(!header.is_null(), "{at}: the Location header is documented");
                assert_eq!(x.response["location"], location.as_str());
                continue;
            }
            let schema = response_schema(root, operation, x.status).expect("a documented body");
            validate(
                root,
                schema,
                &x.response,
                &format!("{at} response"),
                &mut errors,
            );
        }
    }
    assert!(errors.is_empty(), "{errors:#?}");
    for expected in [
        ("payment-options".to_owned(), 200),
        ("payment-options".to_owned(), 404),
        ("carts".to_owned(), 302),
    ] {
        assert!(statuses.contains(&expected), "{expected:?} in {statuses:?}");
    }
    // Both sides name the key the kiosk sends.
    for root in [&ours_po, &up_po, &ours_co, &up_co] {
        let schemes = root["components"]["securitySchemes"].to_string();
        assert!(schemes.contains("Ocp-Apim-Subscription-Key"), "{schemes}");
    }
}

/// Without the subscription key the gateway refuses: the kiosk always
/// sends it (checked by the simulator on every call above).
#[tokio::test(flavor = "multi_thread")]
async fn pagopa_calls_without_the_key_are_refused() {
    let running = Running::start(Simulator::new(TODAY, None), 0).unwrap();
    let _ = rustls::crypto::ring::default_provider().install_default();
    let response = reqwest::Client::new()
        .post(
            running
                .base
                .join("pagopa/payment-options/organizations/02236310518/notices/301202600000000184")
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 401);
}
