//! The outbox on a real SQLite file in a temp dir, delivering over real
//! HTTP to the simulator: durability, crash recovery, sealed payloads,
//! faults and the breaker, operator actions, retention.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use jiff::Timestamp;
use jiff::civil::date;
use serto_kiosk::agencies::{Agencies, AgencyError, Endpoints, Reply, Timeouts};
use serto_kiosk::catalogue::Agency;
use serto_kiosk::flows::Submission;
use serto_kiosk::flows::answer::Answer;
use serto_kiosk::outbox::worker::{Breaker, Delivery, RetryPolicy};
use serto_kiosk::outbox::{CancelReason, ErrorClass, Outbox, OutboxError, State};
use serto_kiosk::simulator::{Faults, Running, Simulator};

const NAME: &str = "Ștefan Zamfirescu-Testa";

/// ZAMFIRESCU Ștefan, 12/08/1985, Romania.
fn cf() -> String {
    common::with_check("ZMFSFN85M12Z129")
}

fn residence(surname: &str) -> Submission {
    let answers = [
        ("reason", Answer::Choice("from-abroad".into())),
        ("surname", Answer::Text(surname.into())),
        ("given_name", Answer::Text("Ștefan".into())),
        ("codice_fiscale", Answer::Code(cf())),
        ("birth_date", Answer::Date(date(1985, 8, 12))),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    Submission {
        service: "residence-change".into(),
        operation: "comune-arezzo/residence-declaration".into(),
        answers,
        groups: BTreeMap::new(),
        computed: BTreeMap::new(),
    }
}

struct World {
    dir: tempfile::TempDir,
    running: Running,
    outbox: Arc<Outbox>,
    delivery: Delivery,
}

fn fast_policy() -> RetryPolicy {
    RetryPolicy {
        base: Duration::from_millis(10),
        cap: Duration::from_millis(50),
        breaker_threshold: 3,
        breaker_cooldown: Duration::from_millis(300),
        ..RetryPolicy::default()
    }
}

fn world(policy: RetryPolicy) -> World {
    let library = common::library();
    let sim = Simulator::new(date(2026, 11, 28), Some(Arc::clone(&library.flows)));
    let running = Running::start(sim, 0).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let outbox = Arc::new(Outbox::open(dir.path(), "AR-K01").unwrap());
    let agencies = Agencies::new(
        "AR-K01",
        Endpoints::simulator(&running.base),
        Timeouts {
            connect: Duration::from_millis(500),
            total: Duration::from_secs(2),
        },
    )
    .unwrap();
    let delivery = Delivery::new(Arc::clone(&outbox), agencies, policy);
    World {
        dir,
        running,
        outbox,
        delivery,
    }
}

impl World {
    fn faults(&self, faults: Faults) {
        self.running
            .simulator
            .set_faults(Agency::ComuneArezzo, faults);
    }

    /// Runs passes until nothing is pending or `limit` passes.
    async fn drain(&self, limit: usize) {
        for _ in 0..limit {
            self.delivery.run_once().await.unwrap();
            if self
                .outbox
                .counts(Timestamp::now())
                .unwrap()
                .oldest_pending
                .is_none()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_queued_submission_is_delivered_once_with_its_receipt() {
    let w = world(fast_policy());
    let entry = w
        .outbox
        .enqueue(residence("Zamfirescu"), Timestamp::now())
        .unwrap();
    assert_eq!(entry.state, State::Queued);
    assert!(entry.reference.starts_with("AR-K01-"));
    w.drain(5).await;
    let done = w.outbox.status(&entry.reference.to_lowercase()).unwrap();
    assert_eq!(done.state, State::Delivered);
    assert_eq!(done.attempts, 1);
    let agency_reference = done.agency_reference.clone().unwrap();
    match w.outbox.reply(&entry.reference).unwrap() {
        Some(Reply::Accepted(receipt)) => assert_eq!(receipt.agency_reference, agency_reference),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        w.running.simulator.applied_by_reference()[&entry.reference],
        1
    );
    // Look-ups are answered live, never queued.
    let mut lookup = residence("x");
    lookup.operation = "polizia-di-stato/permit-status".into();
    assert!(matches!(
        w.outbox.enqueue(lookup, Timestamp::now()),
        Err(OutboxError::NotAnApplication)
    ));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_crash_while_sending_is_resent_and_applied_once() {
    let w = world(fast_policy());
    let entry = w
        .outbox
        .enqueue(residence("Zamfirescu"), Timestamp::now())
        .unwrap();
    // The worker took it and the agency applied it, then the kiosk died
    // before recording the answer.
    let claimed = w.outbox.claim_due(Timestamp::now(), |_| 8).unwrap();
    assert_eq!(claimed.len(), 1);
    let agencies = Agencies::new(
        "AR-K01",
        Endpoints::simulator(&w.running.base),
        Timeouts {
            connect: Duration::from_secs(1),
            total: Duration::from_secs(2),
        },
    )
    .unwrap();
    agencies.submit(&claimed[0].outgoing).await.unwrap();
    assert_eq!(
        w.outbox.status(&entry.reference).unwrap().state,
        State::Sending
    );
    drop(w.delivery);
    drop(w.outbox);

    let outbox = Arc::new(Outbox::open(w.dir.path(), "AR-K01").unwrap());
    assert_eq!(
        outbox.status(&entry.reference).unwrap().state,
        State::Queued,
        "a submission left sending is queued again at start"
    );
    let delivery = Delivery::new(Arc::clone(&outbox), agencies, fast_policy());
    delivery.run_once().await.unwrap();
    assert_eq!(
        outbox.status(&entry.reference).unwrap().state,
        State::Delivered
    );
    assert_eq!(
        w.running.simulator.applied_by_reference()[&entry.reference],
        1,
        "the resend with the same key is not applied twice"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_outage_then_recovery_delivers_everything() {
    let w = world(fast_policy());
    w.faults(Faults {
        outage: true,
        ..Faults::default()
    });
    let refs: Vec<String> = (0..10)
        .map(|i| {
            w.outbox
                .enqueue(residence(&format!("Person{i}")), Timestamp::now())
                .unwrap()
                .reference
        })
        .collect();
    for _ in 0..3 {
        w.delivery.run_once().await.unwrap();
        tokio::time::sleep(Duration::from_millis(60)).await;
    }
    let during = w.outbox.counts(Timestamp::now()).unwrap();
    assert_eq!(during.by_state.get(&State::Delivered), None);
    assert!(during.oldest_pending.is_some());
    assert!(matches!(
        w.delivery.breaker("comune-arezzo"),
        Breaker::Open { .. } | Breaker::HalfOpen
    ));
    let entry = w.outbox.status(&refs[0]).unwrap();
    assert_eq!(entry.last_error, Some(ErrorClass::Unreachable));

    w.faults(Faults::default());
    w.drain(100).await;
    for r in &refs {
        assert_eq!(w.outbox.status(r).unwrap().state, State::Delivered, "{r}");
    }
    assert_eq!(w.running.simulator.stats().applied, 10);
    assert_eq!(
        w.delivery.breaker("comune-arezzo"),
        Breaker::Closed { failures: 0 }
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_429_waits_as_told() {
    let w = world(fast_policy());
    w.faults(Faults {
        retry_after_seconds: Some(120),
        ..Faults::default()
    });
    let entry = w
        .outbox
        .enqueue(residence("Zamfirescu"), Timestamp::now())
        .unwrap();
    let before = Timestamp::now();
    w.delivery.run_once().await.unwrap();
    let waiting = w.outbox.status(&entry.reference).unwrap();
    assert_eq!(waiting.state, State::RetryWait);
    assert_eq!(waiting.last_error, Some(ErrorClass::RateLimited));
    let wait = waiting.next_attempt_at.duration_since(before).as_secs();
    assert!((119..=122).contains(&wait), "waits {wait} s");
    // Not due: the next pass leaves it alone.
    w.faults(Faults::default());
    assert_eq!(w.delivery.run_once().await.unwrap(), 0);
    // The operator can send it now.
    w.outbox
        .retry_now(&entry.reference, Timestamp::now())
        .unwrap();
    w.delivery.run_once().await.unwrap();
    assert_eq!(
        w.outbox.status(&entry.reference).unwrap().state,
        State::Delivered
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_breaker_opens_lets_one_probe_through_and_closes() {
    let w = world(RetryPolicy {
        batch: 1,
        ..fast_policy()
    });
    w.faults(Faults {
        error_share: 1.0,
        ..Faults::default()
    });
    let entry = w
        .outbox
        .enqueue(residence("Zamfirescu"), Timestamp::now())
        .unwrap();
    let mut passes = 0;
    while !matches!(w.delivery.breaker("comune-arezzo"), Breaker::Open { .. }) {
        w.outbox
            .retry_now(&entry.reference, Timestamp::now())
            .unwrap();
        w.delivery.run_once().await.unwrap();
        passes += 1;
        assert!(passes <= 3, "opens after 3 consecutive failures");
    }
    let calls = w.running.simulator.stats().calls["comune-arezzo"];
    // Open: nothing goes, even when due.
    w.outbox
        .retry_now(&entry.reference, Timestamp::now())
        .unwrap();
    assert_eq!(w.delivery.run_once().await.unwrap(), 0);
    assert_eq!(w.running.simulator.stats().calls["comune-arezzo"], calls);
    // After the cooldown one probe goes; it succeeds and closes the breaker.
    w.faults(Faults::default());
    tokio::time::sleep(Duration::from_millis(350)).await;
    assert_eq!(w.delivery.run_once().await.unwrap(), 1);
    assert_eq!(
        w.delivery.breaker("comune-arezzo"),
        Breaker::Closed { failures: 0 }
    );
    assert_eq!(
        w.outbox.status(&entry.reference).unwrap().state,
        State::Delivered
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn limits_and_refusals_go_to_the_operator_never_away() {
    let w = world(RetryPolicy {
        max_attempts: 2,
        breaker_threshold: 100,
        ..fast_policy()
    });
    w.faults(Faults {
        error_share: 1.0,
        ..Faults::default()
    });
    let entry = w
        .outbox
        .enqueue(residence("Zamfirescu"), Timestamp::now())
        .unwrap();
    for _ in 0..2 {
        let _ = w.delivery.run_once().await.unwrap();
        // Past the backoff (at most 50 ms here).
        tokio::time::sleep(Duration::from_millis(80)).await;
    }
    // After the second attempt an operator decides.
    let stuck = w.outbox.status(&entry.reference).unwrap();
    assert_eq!(stuck.state, State::NeedsOperator, "{stuck:?}");
    assert_eq!(
        w.outbox.list(&[State::NeedsOperator], 10).unwrap()[0].reference,
        entry.reference
    );
    // A certificate for someone not registered is refused: not retried.
    w.faults(Faults::default());
    let mut certificate = residence("Zamfirescu");
    certificate.service = "certificates".into();
    certificate.operation = "comune-arezzo/certificate".into();
    certificate.answers = [
        ("certificate_type", Answer::Choice("residence".into())),
        ("codice_fiscale", Answer::Code(cf())),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let refused = w.outbox.enqueue(certificate, Timestamp::now()).unwrap();
    w.delivery.run_once().await.unwrap();
    let refused = w.outbox.status(&refused.reference).unwrap();
    assert_eq!(refused.state, State::NeedsOperator);
    assert_eq!(
        refused.last_error.map(|class| class.column()),
        Some("refused:no-such-reference".to_owned())
    );

    // The operator cancels one with a reason and retries the other.
    let cancelled = w
        .outbox
        .cancel(
            &refused.reference,
            CancelReason::HandledElsewhere,
            Timestamp::now(),
        )
        .unwrap();
    assert_eq!(cancelled.state, State::Cancelled);
    assert_eq!(
        cancelled.cancel_reason.as_deref(),
        Some("handled-elsewhere")
    );
    w.outbox
        .retry_now(&entry.reference, Timestamp::now())
        .unwrap();
    w.delivery.run_once().await.unwrap();
    assert_eq!(
        w.outbox.status(&entry.reference).unwrap().state,
        State::Delivered
    );
    assert!(matches!(
        w.outbox
            .cancel(&entry.reference, CancelReason::Duplicate, Timestamp::now()),
        Err(OutboxError::Finished("delivered"))
    ));
    let counts = w.outbox.counts(Timestamp::now()).unwrap();
    assert_eq!(counts.by_state.get(&State::Delivered), Some(&1));
    assert_eq!(counts.by_state.get(&State::Cancelled), Some(&1));
    assert_eq!(counts.oldest_pending, None);
    assert!(matches!(
        w.outbox.status("AR-K01-2222-2222"),
        Err(OutboxError::NotFound)
    ));
}

#[test]
fn an_age_limit_also_hands_over_to_the_operator() {
    let w = tokio::runtime::Runtime::new()
        .unwrap()
        .block_on(async { world(fast_policy()) });
    let old = Timestamp::now()
        .checked_sub(Duration::from_secs(80 * 3600))
        .unwrap();
    let entry = w.outbox.enqueue(residence("Old"), old).unwrap();
    let claimed = w.outbox.claim_due(Timestamp::now(), |_| 8).unwrap();
    let error = AgencyError::Unreachable {
        agency: "comune-arezzo",
        detail: "timed out".into(),
    };
    assert_eq!(
        w.delivery
            .next_attempt(&claimed[0], &error, Timestamp::now()),
        None,
        "older than 72 hours"
    );
    let _ = entry;
}

#[tokio::test(flavor = "multi_thread")]
async fn payloads_are_deleted_after_the_retention_period() {
    let w = world(fast_policy());
    let entry = w
        .outbox
        .enqueue(residence("Zamfirescu"), Timestamp::now())
        .unwrap();
    w.drain(5).await;
    assert!(w.outbox.has_payload(&entry.reference).unwrap());
    let week = Duration::from_secs(7 * 86_400);
    assert_eq!(w.outbox.purge(Timestamp::now(), week).unwrap(), 0);
    let later = Timestamp::now()
        .checked_add(Duration::from_secs(8 * 86_400))
        .unwrap();
    assert_eq!(w.outbox.purge(later, week).unwrap(), 1);
    assert!(!w.outbox.has_payload(&entry.reference).unwrap());
    assert_eq!(w.outbox.reply(&entry.reference).unwrap(), None);
    // The metadata stay for the statistics.
    assert_eq!(
        w.outbox.status(&entry.reference).unwrap().state,
        State::Delivered
    );
}

#[test]
fn the_key_file_is_private_and_a_missing_or_wrong_key_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path(), "AR-K01").unwrap();
    outbox
        .enqueue(residence("Zamfirescu"), Timestamp::now())
        .unwrap();
    drop(outbox);
    let key = dir.path().join("outbox.key");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let original = std::fs::read(&key).unwrap();
    std::fs::remove_file(&key).unwrap();
    let error = Outbox::open(dir.path(), "AR-K01").unwrap_err();
    assert!(matches!(error, OutboxError::KeyMissing { .. }), "{error}");
    assert_eq!(error.message_key(), "outbox-key-missing");
    assert!(!key.exists(), "no new key is made for an outbox with data");
    std::fs::write(&key, [7_u8; 32]).unwrap();
    let error = Outbox::open(dir.path(), "AR-K01").unwrap_err();
    assert!(matches!(error, OutboxError::KeyWrong { .. }), "{error}");
    std::fs::write(&key, original).unwrap();
    assert!(Outbox::open(dir.path(), "AR-K01").is_ok());
}

#[test]
fn a_damaged_database_is_preserved_and_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("outbox.sqlite"),
        b"SQLite format 3\0 this is not really a database, sorry".repeat(100),
    )
    .unwrap();
    let error = Outbox::open(dir.path(), "AR-K01").unwrap_err();
    let OutboxError::Damaged { preserved, .. } = &error else {
        panic!("{error}")
    };
    assert!(preserved.exists());
    assert_eq!(error.message_key(), "outbox-damaged");
    assert!(
        dir.path().join("outbox.sqlite").exists(),
        "the original stays"
    );
}

#[test]
fn the_schema_is_at_the_current_version_and_reopening_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path(), "AR-K01").unwrap();
    let r = outbox
        .enqueue(residence("Zamfirescu"), Timestamp::now())
        .unwrap();
    drop(outbox);
    let conn = rusqlite::Connection::open(dir.path().join("outbox.sqlite")).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .unwrap();
    assert_eq!(version, serto_kiosk::outbox::schema::current_version());
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |row| row.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    drop(conn);
    let outbox = Outbox::open(dir.path(), "AR-K01").unwrap();
    assert_eq!(outbox.status(&r.reference).unwrap().state, State::Queued);
}

/// Log lines of this test binary, for the privacy check.
fn captured_logs() -> &'static Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&logs);
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(move || Writer(Arc::clone(&sink)))
            .finish();
        tracing::subscriber::set_global_default(subscriber).unwrap();
        logs
    })
}

struct Writer(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Writer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

fn files_bytes(dir: &Path) -> Vec<(String, Vec<u8>)> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn no_name_or_codice_fiscale_in_the_database_its_wal_or_the_logs() {
    let logs = Arc::clone(captured_logs());
    let w = world(fast_policy());
    // Queued, failed once (an error is recorded), then delivered.
    w.faults(Faults {
        error_share: 1.0,
        ..Faults::default()
    });
    let entry = w.outbox.enqueue(residence(NAME), Timestamp::now()).unwrap();
    w.delivery.run_once().await.unwrap();
    w.faults(Faults::default());
    w.outbox
        .retry_now(&entry.reference, Timestamp::now())
        .unwrap();
    w.delivery.run_once().await.unwrap();
    assert_eq!(
        w.outbox.status(&entry.reference).unwrap().state,
        State::Delivered
    );

    let cf = cf();
    let files = files_bytes(w.dir.path());
    assert!(
        files.iter().any(|(n, _)| n.ends_with("-wal")),
        "the WAL is checked too"
    );
    for (name, bytes) in &files {
        for secret in [NAME, "Zamfirescu", &cf, "1985-08-12"] {
            assert!(!contains(bytes, secret), "{secret} in {name}");
        }
    }
    let logs = logs.lock().unwrap().clone();
    assert!(
        contains(&logs, &entry.reference),
        "the log does name the reference"
    );
    for secret in [NAME, "Zamfirescu", &cf] {
        assert!(!contains(&logs, secret), "{secret} in the logs");
    }
}

/// Every state, cancel reason and problem has words for the operator.
#[test]
fn every_outbox_message_exists_and_names_the_file() {
    use serto_kiosk::i18n::LanguageId;
    let library = common::library();
    let italian = library
        .translations
        .locale(&LanguageId::reference())
        .unwrap();
    for state in State::ALL {
        assert!(italian.has_message(&format!("outbox-state-{}", state.as_str())));
    }
    for reason in [
        CancelReason::Withdrawn,
        CancelReason::Duplicate,
        CancelReason::WrongData,
        CancelReason::HandledElsewhere,
    ] {
        assert!(italian.has_message(&format!("outbox-cancel-{}", reason.as_str())));
    }
    let error = OutboxError::KeyMissing {
        path: "/var/lib/serto-kiosk/outbox.key".into(),
    };
    let text = error.explain_for_operator(&library.translations);
    assert!(text.contains("/var/lib/serto-kiosk/outbox.key"), "{text}");
    assert!(text.contains("chiave"), "Italian first: {text}");
    assert!(italian.has_message("outbox-unavailable"));
    assert!(italian.has_message("outbox-too-new"));
}

/// Regression: a breaker whose cooldown ended during a pass with nothing
/// due for its agency must still let the next submission through.
#[tokio::test(flavor = "multi_thread")]
async fn a_cooled_breaker_probes_with_the_next_submission_even_after_an_idle_pass() {
    let w = world(RetryPolicy {
        max_attempts: 3,
        ..fast_policy()
    });
    w.faults(Faults {
        outage: true,
        ..Faults::default()
    });
    let first = w
        .outbox
        .enqueue(residence("Uno"), Timestamp::now())
        .unwrap();
    while !matches!(w.delivery.breaker("comune-arezzo"), Breaker::Open { .. }) {
        w.outbox
            .retry_now(&first.reference, Timestamp::now())
            .unwrap();
        w.delivery.run_once().await.unwrap();
    }
    w.outbox
        .cancel(&first.reference, CancelReason::Withdrawn, Timestamp::now())
        .unwrap();
    tokio::time::sleep(Duration::from_millis(350)).await;
    assert_eq!(w.delivery.run_once().await.unwrap(), 0, "nothing due");
    w.faults(Faults::default());
    let second = w
        .outbox
        .enqueue(residence("Due"), Timestamp::now())
        .unwrap();
    assert_eq!(w.delivery.run_once().await.unwrap(), 1, "the probe goes");
    assert_eq!(
        w.outbox.status(&second.reference).unwrap().state,
        State::Delivered
    );
}
