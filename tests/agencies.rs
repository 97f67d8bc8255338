//! The agency adapters against the simulator, over real HTTP on loopback:
//! every kind of call, every injected fault classified, idempotent retries,
//! and answers outside the contract classified instead of panicking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use jiff::civil::{Date, date};
use serto_kiosk::agencies::contract::Kind;
use serto_kiosk::agencies::{self, Agencies, AgencyError, Endpoints, Outgoing, Reply, Timeouts};
use serto_kiosk::catalogue::Agency;
use serto_kiosk::flows::answer::{Answer, Context};
use serto_kiosk::flows::{Offer, Session, Step, Submission};
use serto_kiosk::places::Places;
use serto_kiosk::simulator::{Faults, Running, Simulator};

const TODAY: Date = date(2026, 11, 28);

struct World {
    running: Running,
    agencies: Agencies,
    library: serto_kiosk::Library,
}

fn world_with(total: Duration) -> World {
    let library = common::library();
    let sim = Simulator::new(TODAY, Some(Arc::clone(&library.flows)));
    let running = Running::start(sim, 0).expect("the simulator listens on loopback");
    let agencies = Agencies::new(
        "TEST-K01",
        Endpoints::simulator(&running.base),
        Timeouts {
            connect: Duration::from_secs(2),
            total,
        },
    )
    .expect("client");
    World {
        running,
        agencies,
        library,
    }
}

fn world() -> World {
    world_with(Duration::from_secs(5))
}

impl World {
    fn faults(&self, agency: Agency, faults: Faults) {
        self.running.simulator.set_faults(agency, faults);
    }
}

fn code(text: &str) -> Answer {
    Answer::Code(text.into())
}

fn submission(service: &str, operation: &str, answers: &[(&str, Answer)]) -> Submission {
    Submission {
        service: service.into(),
        operation: operation.into(),
        answers: answers
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
        groups: BTreeMap::new(),
        computed: BTreeMap::new(),
    }
}

fn permit_lookup(reference: &str) -> Outgoing {
    Outgoing::new(
        "TEST-K01-AAAA-BBBB".into(),
        submission(
            "permit-status",
            "polizia-di-stato/permit-status",
            &[("reference", code(reference))],
        ),
    )
}

fn residence(reference: &str) -> Outgoing {
    Outgoing::new(
        reference.into(),
        submission(
            "residence-change",
            "comune-arezzo/residence-declaration",
            &[
                ("reason", Answer::Choice("from-abroad".into())),
                ("surname", Answer::Text("Popescu".into())),
                ("given_name", Answer::Text("Ana".into())),
            ],
        ),
    )
}

/// A service only a portal finishes reaches the help desk's queue on the
/// Comune's gateway, and nothing else: the office it belongs to has no door.
#[tokio::test(flavor = "multi_thread")]
async fn a_portal_service_reaches_only_the_help_desk() {
    let w = world();
    let handed = Outgoing::new(
        "TEST-K01-AAAA-CCCC".into(),
        submission(
            "family-reunification",
            "comune-arezzo/help-desk",
            &[
                ("permit_type", Answer::Choice("work".into())),
                ("surname", Answer::Text("Rahman".into())),
            ],
        ),
    );
    match w.agencies.submit(&handed).await {
        Ok(Reply::Accepted(receipt)) => {
            assert!(
                receipt.agency_reference.starts_with("AR-SPORTELLO"),
                "{}",
                receipt.agency_reference
            );
        }
        other => panic!("{other:?}"),
    }
    // No call of the Prefettura exists any more.
    let old = Outgoing::new(
        "TEST-K01-AAAA-DDDD".into(),
        submission(
            "family-reunification",
            "prefettura/family-reunification",
            &[("permit_type", Answer::Choice("work".into()))],
        ),
    );
    let error = w.agencies.submit(&old).await.expect_err("no door");
    assert!(
        matches!(error, AgencyError::UnknownOperation(_)),
        "{error:?}"
    );
    // The desk takes only what was prepared for a portal.
    let wrong = Outgoing::new(
        "TEST-K01-AAAA-EEEE".into(),
        submission(
            "certificates",
            "comune-arezzo/help-desk",
            &[("certificate_type", Answer::Choice("residence".into()))],
        ),
    );
    let error = w
        .agencies
        .submit(&wrong)
        .await
        .expect_err("not a portal service");
    assert!(!error.is_retryable(), "{error:?}");
}

/// The permit's state comes from the Polizia di Stato's public page (the
/// simulator serves it in the real page's structure): its three answers,
/// and "could not read it" — with the page to open — for anything else.
#[tokio::test(flavor = "multi_thread")]
async fn the_permit_status_is_read_from_the_public_page() {
    use serto_kiosk::agencies::questura::{PUBLIC_PAGE, PermitState};
    let w = world();
    for (reference, state) in [
        ("AR12345678", PermitState::Ready),
        ("012345678901", PermitState::InProgress),
        ("AR00000000", PermitState::NotInArchive),
    ] {
        match w.agencies.submit(&permit_lookup(reference)).await {
            Ok(Reply::Permit(read)) => assert_eq!(read, state, "{reference}"),
            other => panic!("{reference}: {other:?}"),
        }
    }
    for reference in ["AR00000403", "AR0000CHNG"] {
        let error = w
            .agencies
            .submit(&permit_lookup(reference))
            .await
            .expect_err("nothing to read");
        assert_eq!(error.class(), "unreadable", "{reference}");
        assert_eq!(error.message_key(), "permit-page-unreadable");
        assert_eq!(error.page_to_open(), Some(PUBLIC_PAGE));
    }
    // The page was asked as a browser would: a GET with the number.
    let asked = w
        .running
        .simulator
        .exchanges()
        .into_iter()
        .filter(|e| e.kind == "page")
        .count();
    assert_eq!(asked, 5);
    // A broken page (garbage, cut short) is unreadable; no answer at all
    // is "unreachable", with the page to open all the same.
    for (name, faults, class) in [
        (
            "malformed",
            Faults {
                malformed: true,
                ..Faults::default()
            },
            "unreadable",
        ),
        (
            "truncated",
            Faults {
                truncated: true,
                ..Faults::default()
            },
            "unreadable",
        ),
        (
            "endless",
            Faults {
                endless: true,
                ..Faults::default()
            },
            "unreadable",
        ),
        (
            "outage",
            Faults {
                outage: true,
                ..Faults::default()
            },
            "unreachable",
        ),
    ] {
        w.faults(Agency::PoliziaDiStato, faults);
        let error = w
            .agencies
            .submit(&permit_lookup("AR12345678"))
            .await
            .expect_err(name);
        assert_eq!(error.class(), class, "{name}");
        assert_eq!(error.page_to_open(), Some(PUBLIC_PAGE), "{name}");
    }
}

fn places() -> Places {
    Places::load(&common::resources().assets_dir().join("data")).expect("places")
}

fn answer(s: &mut Session, places: &Places, inputs: &[(&str, &str)]) {
    let ctx = Context {
        places,
        today: TODAY,
    };
    let inputs = inputs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    s.answer_page(&inputs, &ctx).expect("accepted");
}

/// A person books a CUP slot: the slots come from the USL, the booking
/// comes back with an appointment and a pagoPA notice that passes its check.
#[tokio::test(flavor = "multi_thread")]
async fn a_health_booking_end_to_end_with_a_valid_payment_notice() {
    let w = world();
    let places = places();
    let flow = w.library.flows.get("health-booking").unwrap().clone();
    let mut s = Session::new(flow, TODAY);
    answer(&mut s, &places, &[("prescription_kind", "electronic")]);
    answer(
        &mut s,
        &places,
        &[
            ("nre", "090A40000002481"),
            ("patient_code", "STP0900011234567"),
        ],
    );
    answer(&mut s, &places, &[("priority", "d")]);
    answer(&mut s, &places, &[("area", "valdarno")]);
    let Step::Page { page, .. } = s.current().clone() else {
        panic!("on the slot page")
    };
    let field = s.flow().pages[page].fields[0].clone();
    let source = field.source.clone().unwrap();
    let offers = w
        .agencies
        .offers(&source, "health-booking", s.answers())
        .await
        .expect("the CUP lists slots");
    assert!(offers.len() >= 4, "{offers:?}");
    assert!(offers.iter().all(|o| o.label.contains("Valdarno")));
    s.offer(
        &field.id,
        offers.iter().map(|o| Offer::from(o.clone())).collect(),
    );
    answer(&mut s, &places, &[("slot", &offers[0].id)]);
    answer(&mut s, &places, &[("phone", "320 123 4567")]);
    answer(&mut s, &places, &[]);
    let out = Outgoing::new("TEST-K01-7KX2-94MF".into(), s.submission().unwrap());
    let Ok(Reply::Accepted(receipt)) = w.agencies.submit(&out).await else {
        panic!("booked")
    };
    let payment = receipt.payment.expect("a ticket to pay");
    assert!(serto_kiosk::validate::pagopa::NoticeNumber::parse(&payment.notice_number).is_ok());
    assert!(
        serto_kiosk::validate::pagopa::CreditorCode::parse(&payment.creditor_fiscal_code).is_some()
    );
    assert!(receipt.appointment.unwrap().place.contains("Montevarchi"));

    // The slot is gone for the next person; booking it again is refused.
    let again = w
        .agencies
        .offers(&source, "health-booking", s.answers())
        .await
        .unwrap();
    assert!(!again.iter().any(|o| o.id == offers[0].id));
    let mut second = out.clone();
    second.idempotency_key = uuid::Uuid::new_v4();
    let error = w.agencies.submit(&second).await.expect_err("taken");
    assert_eq!(error.message_key(), "agency-problem-slot-taken");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_retried_submission_is_applied_once() {
    let w = world();
    let out = residence("TEST-K01-7KX2-94MF");
    let first = w.agencies.submit(&out).await.expect("accepted");
    let second = w.agencies.submit(&out).await.expect("replayed");
    assert_eq!(first, second, "the same key gets the same receipt");
    assert_eq!(w.running.simulator.stats().applied, 1);

    // The same key with a different body is refused, not applied.
    let mut changed = out.clone();
    changed
        .submission
        .answers
        .insert("given_name".into(), Answer::Text("Maria".into()));
    match w.agencies.submit(&changed).await {
        Err(AgencyError::Refused { status: 422, .. }) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(w.running.simulator.stats().applied, 1);

    // A new key is a new application.
    w.agencies
        .submit(&residence("TEST-K01-8PQR-23ST"))
        .await
        .expect("accepted");
    assert_eq!(w.running.simulator.stats().applied, 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_retry_after_a_server_error_is_applied_once() {
    let w = world();
    // The first call of three fails (the even spread puts it last: 2 of 3 ok).
    w.faults(
        Agency::ComuneArezzo,
        Faults {
            error_share: 0.5,
            ..Faults::default()
        },
    );
    let out = residence("TEST-K01-7KX2-94MF");
    let mut outcomes = Vec::new();
    for _ in 0..4 {
        outcomes.push(
            w.agencies
                .submit(&out)
                .await
                .map(|_| ())
                .map_err(|e| e.class()),
        );
    }
    assert!(outcomes.contains(&Err("unreachable")), "{outcomes:?}");
    assert!(outcomes.contains(&Ok(())), "{outcomes:?}");
    assert_eq!(w.running.simulator.stats().applied, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn every_injected_fault_is_classified() {
    let w = world_with(Duration::from_millis(800));
    let agency = Agency::RegioneToscana;
    let look_up = Outgoing::new(
        "TEST-K01-AAAA-BBBB".into(),
        submission(
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
    );
    let cases: Vec<(&str, Faults, &str)> = vec![
        (
            "outage",
            Faults {
                outage: true,
                ..Faults::default()
            },
            "unreachable",
        ),
        (
            "reset",
            Faults {
                reset: true,
                ..Faults::default()
            },
            "unreachable",
        ),
        (
            "all 5xx",
            Faults {
                error_share: 1.0,
                ..Faults::default()
            },
            "unreachable",
        ),
        (
            "429",
            Faults {
                retry_after_seconds: Some(7),
                ..Faults::default()
            },
            "rate-limited",
        ),
        (
            "malformed",
            Faults {
                malformed: true,
                ..Faults::default()
            },
            "malformed",
        ),
        (
            "truncated",
            Faults {
                truncated: true,
                ..Faults::default()
            },
            "malformed",
        ),
        (
            "latency",
            Faults {
                latency_ms: 1500,
                ..Faults::default()
            },
            "unreachable",
        ),
        (
            "slow body",
            Faults {
                slow_body_ms: 200,
                ..Faults::default()
            },
            "unreachable",
        ),
        (
            // A body that never ends is given up at 1 MiB, not read into
            // memory until the kiosk falls over.
            "endless body",
            Faults {
                endless: true,
                ..Faults::default()
            },
            "malformed",
        ),
    ];
    for (name, faults, class) in cases {
        w.faults(agency, faults);
        let started = std::time::Instant::now();
        let error = w.agencies.submit(&look_up).await.expect_err(name);
        assert_eq!(error.class(), class, "{name}: {error}");
        assert!(error.is_retryable(), "{name}");
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{name}: every call is bounded by the total timeout"
        );
        if let AgencyError::RateLimited { retry_after, .. } = error {
            assert_eq!(retry_after, Duration::from_secs(7));
        }
    }
    // Cleared faults: answered again; other agencies were never affected.
    w.faults(agency, Faults::default());
    assert!(w.agencies.submit(&look_up).await.is_ok());
}

#[tokio::test(flavor = "multi_thread")]
async fn faults_switch_at_run_time_through_the_admin_endpoint() {
    // A kiosk's own simulator has no admin endpoint: no local process can
    // switch faults on a running kiosk.
    let kiosk = world();
    let client = reqwest::Client::new();
    let refused = client
        .put(
            kiosk
                .running
                .base
                .join("_admin/faults/polizia-di-stato")
                .unwrap(),
        )
        .json(&serde_json::json!({ "outage": true }))
        .send()
        .await
        .unwrap();
    assert!(refused.status().is_client_error(), "{}", refused.status());
    assert!(
        kiosk
            .agencies
            .submit(&permit_lookup("AR12345678"))
            .await
            .is_ok()
    );
    // `serto-kiosk simulate` alone has them.
    let library = common::library();
    let sim = Simulator::new(TODAY, Some(Arc::clone(&library.flows)));
    let running = Running::start_with_admin(sim, 0).unwrap();
    let agencies = Agencies::new(
        "TEST-K01",
        Endpoints::simulator(&running.base),
        Timeouts {
            connect: Duration::from_secs(2),
            total: Duration::from_secs(5),
        },
    )
    .unwrap();
    let w = World {
        running,
        agencies,
        library,
    };
    let url = w
        .running
        .base
        .join("_admin/faults/polizia-di-stato")
        .unwrap();
    let response = client
        .put(url)
        .json(&serde_json::json!({ "outage": true }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 204);
    assert_eq!(
        w.agencies
            .submit(&permit_lookup("AR12345678"))
            .await
            .unwrap_err()
            .class(),
        "unreachable"
    );
    let response = client
        .delete(w.running.base.join("_admin/faults").unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 204);
    assert!(
        w.agencies
            .submit(&permit_lookup("AR12345678"))
            .await
            .is_ok()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unreachable_agency_is_classified_without_hanging() {
    // A port nobody listens on.
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = url::Url::parse(&format!("http://{}/", free.local_addr().unwrap())).unwrap();
    drop(free);
    let agencies = Agencies::new(
        "TEST-K01",
        Endpoints::simulator(&base),
        Timeouts {
            connect: Duration::from_millis(500),
            total: Duration::from_secs(1),
        },
    )
    .unwrap();
    let error = agencies
        .submit(&permit_lookup("AR12345678"))
        .await
        .unwrap_err();
    assert_eq!(error.class(), "unreachable");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_simulator_refuses_payloads_outside_the_contract() {
    let w = world();
    let client = reqwest::Client::new();
    let url = w
        .running
        .base
        .join("comune-arezzo/v1/applications/residence-declaration")
        .unwrap();
    let body = serde_json::json!({
        "kiosk_id": "TEST-K01",
        "kiosk_reference": "TEST-K01-7KX2-94MF",
        "service": "residence-change",
        "answers": { "surname": { "type": "text", "value": "Popescu" } }
    });
    // No Idempotency-Key.
    let r = client.post(url.clone()).json(&body).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 400);
    assert_eq!(
        r.headers()["content-type"].to_str().unwrap(),
        "application/problem+json"
    );
    // A field the flow does not have.
    let mut wrong = body.clone();
    wrong["answers"]["shoe_size"] = serde_json::json!({ "type": "number", "value": 42 });
    let r = client
        .post(url.clone())
        .header("Idempotency-Key", uuid::Uuid::new_v4().to_string())
        .json(&wrong)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 400);
    let problem: serde_json::Value = r.json().await.unwrap();
    assert!(problem["title"].as_str().unwrap().contains("shoe_size"));
    // An answer of the wrong shape.
    let mut wrong = body.clone();
    wrong["answers"]["surname"] = serde_json::json!("Popescu");
    let r = client
        .post(url)
        .header("Idempotency-Key", uuid::Uuid::new_v4().to_string())
        .json(&wrong)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 400);
    assert_eq!(w.running.simulator.stats().applied, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn library_card_catalogue_and_item_sheets() {
    let w = world();
    let mut answers: BTreeMap<String, Answer> = [
        ("has_card", Answer::YesNo(true)),
        ("card_number", code("AR0012345")),
        ("card_surname", Answer::Text("Kovalenko".into())),
        ("magazine_language", Answer::Choice("ukrainian".into())),
        ("magazine_kind", Answer::Choice("any".into())),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let offers = w
        .agencies
        .offers("biblioteca-arezzo/magazines", "online-magazines", &answers)
        .await
        .unwrap();
    assert_eq!(offers.len(), 2);
    answers.insert(
        "magazine".into(),
        Answer::Offer {
            id: offers[0].id.clone(),
            label: offers[0].label.clone(),
        },
    );
    let out = Outgoing::new(
        "TEST-K01-AAAA-BBBB".into(),
        Submission {
            service: "online-magazines".into(),
            operation: "biblioteca-arezzo/magazines".into(),
            answers: answers.clone(),
            groups: BTreeMap::new(),
            computed: BTreeMap::new(),
        },
    );
    match w.agencies.submit(&out).await {
        Ok(Reply::Item(sheet)) => {
            assert_eq!(sheet.title, offers[0].label);
            assert!(sheet.details.contains_key("how-to-read"));
        }
        other => panic!("{other:?}"),
    }
    answers.insert("card_surname".into(), Answer::Text("Rossi".into()));
    let error = w
        .agencies
        .offers("biblioteca-arezzo/magazines", "online-magazines", &answers)
        .await
        .unwrap_err();
    assert_eq!(error.message_key(), "agency-problem-card-not-valid");
}

/// Every flow names a call of the contract, and every agency choice a
/// look-up the agency offers: no service can be left without an adapter.
#[test]
fn every_flow_operation_and_source_is_a_contract_call() {
    let library = common::library();
    for flow in library.flows.iter() {
        let sample = Submission {
            service: flow.service.clone(),
            operation: flow.operation.clone(),
            answers: BTreeMap::new(),
            groups: BTreeMap::new(),
            computed: BTreeMap::new(),
        };
        assert!(
            agencies::route(&sample).is_some(),
            "{} has no contract call",
            flow.operation
        );
        for page in &flow.pages {
            for field in &page.fields {
                if let Some(source) = &field.source {
                    let (agency, name) = source.split_once('/').unwrap();
                    let agency = Agency::from_id(agency).unwrap();
                    assert!(
                        agencies::contract::is_call(agency, Kind::Offers, name),
                        "{source}"
                    );
                }
            }
        }
    }
}

/// Whatever an agency answers, the kiosk has words for it in Italian (and
/// the locale tests hold every language to the Italian keys).
#[test]
fn every_message_an_agency_answer_needs_exists() {
    use serto_kiosk::agencies::contract::Problem;
    use serto_kiosk::agencies::contract::{ITEM_DETAILS, KNOWN_PROBLEMS};
    use serto_kiosk::i18n::LanguageId;
    let library = common::library();
    let italian = library
        .translations
        .locale(&LanguageId::reference())
        .unwrap();
    let mut keys = vec![
        "agency-not-available".to_owned(),
        "agency-where-else".to_owned(),
        "agency-problem-other".to_owned(),
    ];
    for code in KNOWN_PROBLEMS {
        let error = AgencyError::Refused {
            agency: "test",
            status: 404,
            problem: Problem {
                kind: "about:blank".into(),
                title: "t".into(),
                status: 404,
                detail: None,
                code: Some((*code).into()),
            },
        };
        assert_eq!(error.message_key(), format!("agency-problem-{code}"));
        keys.push(error.message_key());
    }
    for state in serto_kiosk::agencies::questura::PermitState::ALL {
        keys.push(format!("status-permit-status-{}", state.code()));
    }
    keys.push("permit-page-unreadable".into());
    keys.extend(ITEM_DETAILS.iter().map(|d| format!("item-{d}")));
    for key in keys {
        assert!(italian.has_message(&key), "{key} missing in locales/it");
    }
}

/// The permit page's answers read from fixtures in the real page's
/// structure (`tests/fixtures/questura/README.md`): the three answers in
/// both structures, and nothing guessed from a refused, empty, changed or
/// garbled page (a "pronto" outside the answer's place does not count).
#[test]
fn the_permit_page_fixtures_are_read_exactly() {
    use serto_kiosk::agencies::questura::{PermitState, Unreadable, read};
    let dir = common::resources().root().join("tests/fixtures/questura");
    let page = |name: &str| {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        read(&String::from_utf8_lossy(&bytes))
    };
    assert_eq!(page("ready.html"), Ok(PermitState::Ready));
    assert_eq!(page("in-progress.html"), Ok(PermitState::InProgress));
    assert_eq!(page("not-in-archive.html"), Ok(PermitState::NotInArchive));
    assert_eq!(
        page("not-in-archive-strong.html"),
        Ok(PermitState::NotInArchive)
    );
    assert_eq!(page("access-denied.html"), Err(Unreadable::AccessDenied));
    assert_eq!(page("empty.html"), Err(Unreadable::NoAnswer));
    assert_eq!(page("changed.html"), Err(Unreadable::NoAnswer));
    assert_eq!(page("garbage.html"), Err(Unreadable::NoAnswer));
}

/// The states the real page never gives are gone from every place that
/// could show them: the translations, the flows, the simulator, the
/// documents.
#[test]
fn no_invented_permit_state_remains() {
    let resources = common::resources();
    let root = resources.root();
    let invented = [
        "status-permit-status-received",
        "status-permit-status-needs-documents",
        "status-permit-status-collected",
        "status-permit-status-rejected",
        "flow-permit-status-birth_date",
        // Looked up nowhere but on ALI and the test's portal, after login.
        "status-citizenship-status-",
        "status-italian-test-result-",
    ];
    let mut files = Vec::new();
    for dir in ["locales", "assets/flows", "src"] {
        let mut stack = vec![root.join(dir)];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    files.push(path);
                }
            }
        }
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for key in invented {
            assert!(!text.contains(key), "{} still names {key}", file.display());
        }
    }
    let simulator = std::fs::read_to_string(root.join("src/simulator/data.rs")).unwrap();
    for state in ["\"received\"", "\"needs-documents\"", "\"collected\""] {
        assert!(
            !simulator.contains(state),
            "the simulator still invents {state}"
        );
    }
}
