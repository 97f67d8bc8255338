//! Submissions through one adapter to the loopback simulator, measured
//! (never asserted): `cargo bench --bench agencies`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use jiff::civil::date;
use serto_kiosk::agencies::{Agencies, Endpoints, Outgoing, Timeouts};
use serto_kiosk::flows::Submission;
use serto_kiosk::flows::answer::Answer;
use serto_kiosk::simulator::{Running, Simulator};

fn residence(n: usize) -> Outgoing {
    Outgoing::new(format!("BENCH-K01-{n:04}"), common::residence(n))
}

fn report(name: &str, mut times: Vec<Duration>, wall: Duration) {
    times.sort();
    let n = times.len();
    println!(
        "{name:<44} {:>7.0} submissions/s   p50 {:>9.3?}   p99 {:>9.3?}   (n = {n})",
        n as f64 / wall.as_secs_f64(),
        times[n / 2],
        times[(n * 99 / 100).min(n - 1)],
    );
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let library =
        serto_kiosk::Library::load(&serto_kiosk::resources::Resources::at(root)).expect("library");
    let sim = Simulator::new(date(2026, 11, 28), Some(Arc::clone(&library.flows)));
    let running = Running::start(sim, 0).expect("simulator");
    let agencies = Agencies::new(
        "BENCH-K01",
        Endpoints::simulator(&running.base),
        Timeouts {
            connect: Duration::from_secs(2),
            total: Duration::from_secs(10),
        },
    )
    .expect("client");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        // Warm the connection pool.
        for n in 0..50 {
            agencies.submit(&residence(n)).await.expect("accepted");
        }
        let n = 2000;
        let started = Instant::now();
        let mut times = Vec::with_capacity(n);
        for i in 0..n {
            let out = residence(1000 + i);
            let t = Instant::now();
            agencies.submit(&out).await.expect("accepted");
            times.push(t.elapsed());
        }
        report(
            "one at a time (residence application)",
            times,
            started.elapsed(),
        );

        let started = Instant::now();
        let mut tasks = Vec::new();
        for worker in 0..8 {
            let agencies = agencies.clone();
            tasks.push(tokio::spawn(async move {
                let mut times = Vec::new();
                for i in 0..250 {
                    let out = residence(10_000 + worker * 1000 + i);
                    let t = Instant::now();
                    agencies.submit(&out).await.expect("accepted");
                    times.push(t.elapsed());
                }
                times
            }));
        }
        let mut times = Vec::new();
        for task in tasks {
            times.extend(task.await.expect("worker"));
        }
        report("8 concurrent senders", times, started.elapsed());

        // A retried key: the replay path.
        let out = residence(99_999);
        agencies.submit(&out).await.expect("accepted");
        let started = Instant::now();
        let mut times = Vec::new();
        for _ in 0..1000 {
            let t = Instant::now();
            agencies.submit(&out).await.expect("replayed");
            times.push(t.elapsed());
        }
        report("replays of one idempotency key", times, started.elapsed());

        // The permit's public page: a GET of the page and reading its
        // answer (the simulator serves it in the real page's structure).
        let started = Instant::now();
        let mut times = Vec::new();
        for _ in 0..1000 {
            let t = Instant::now();
            agencies.permit_page("AR12345678").await.expect("read");
            times.push(t.elapsed());
        }
        report("permit page read (GET + parse)", times, started.elapsed());
        let page = serto_kiosk::simulator::data::permit_page("AR12345678");
        let t = Instant::now();
        for _ in 0..10_000 {
            std::hint::black_box(serto_kiosk::agencies::questura::read(&page)).expect("read");
        }
        println!(
            "{:<44} {:>9.3?} per page ({} bytes)",
            "permit page parse alone",
            t.elapsed() / 10_000,
            page.len()
        );

        pagopa(&agencies, &running.base).await;
        endless(&agencies, &running.simulator).await;
    });
    println!(
        "applied at the simulator: {}",
        running.simulator.stats().applied
    );
}

/// `VmRSS` and `VmHWM` (peak) of this process, in MiB.
fn memory() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib = |key: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (kib("VmRSS:") / 1024.0, kib("VmHWM:") / 1024.0)
}

/// An agency whose answer never ends: each call is refused at the answer
/// cap (1 MiB), and the process's peak memory barely moves.
async fn endless(agencies: &Agencies, simulator: &Simulator) {
    use serto_kiosk::catalogue::Agency;
    use serto_kiosk::simulator::Faults;
    let (_, peak_before) = memory();
    simulator.set_faults(
        Agency::ComuneArezzo,
        Faults {
            endless: true,
            ..Faults::default()
        },
    );
    let mut times = Vec::new();
    for i in 0..20 {
        let t = Instant::now();
        let refused = agencies.submit(&residence(200_000 + i)).await;
        assert!(refused.is_err(), "an endless answer is refused");
        times.push(t.elapsed());
    }
    simulator.set_faults(Agency::ComuneArezzo, Faults::default());
    times.sort();
    let (rss, peak_after) = memory();
    println!(
        "{:<44} p50 {:>9.3?}   p99 {:>9.3?}   peak RSS {peak_before:.1} → {peak_after:.1} MiB (+{:.1}), now {rss:.1} MiB",
        "endless answer, refused at the cap (n = 20)",
        times[times.len() / 2],
        times[times.len() * 99 / 100],
        peak_after - peak_before
    );
}

/// A CUP ticket's pagoPA round: verify the notice (payment options), make
/// its Checkout cart (the 302), and build the printed notice with both QR
/// codes — over loopback to the simulator.
async fn pagopa(agencies: &Agencies, base: &url::Url) {
    use serto_kiosk::agencies::Reply;
    use serto_kiosk::agencies::pagopa::{Pagopa, SubscriptionKey};
    let timeouts = Timeouts {
        connect: Duration::from_secs(2),
        total: Duration::from_secs(10),
    };
    let pagopa = Pagopa::new(
        base.join("pagopa/").unwrap(),
        base.join("pagopa/checkout/ec/v2/").unwrap(),
        url::Url::parse("https://www.comune.arezzo.it/").unwrap(),
        SubscriptionKey::simulated(),
        timeouts,
    )
    .expect("client");
    let booking = Outgoing::new(
        "BENCH-K01-CUP1".into(),
        Submission {
            service: "health-booking".into(),
            operation: "usl-toscana-sud-est/booking".into(),
            answers: [
                ("nre", Answer::Code("090A40000002400".into())),
                ("patient_code", Answer::Code("LMRFTM88C52Z330X".into())),
                (
                    "slot",
                    Answer::Offer {
                        id: "cup-0-202612010900".into(),
                        label: "x".into(),
                    },
                ),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
            groups: BTreeMap::new(),
            computed: BTreeMap::new(),
        },
    );
    let Ok(Reply::Accepted(receipt)) = agencies.submit(&booking).await else {
        panic!("the booking");
    };
    let notice = receipt.payment.expect("a ticket");
    let docs = serto_kiosk::documents::Documents::load().expect("fonts");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let library =
        serto_kiosk::Library::load(&serto_kiosk::resources::Resources::at(root)).expect("library");
    let header = serto_kiosk::documents::Header {
        office_name: "Casa delle culture".into(),
        office_address: "Piazza Amintore Fanfani 5, 52100 Arezzo".into(),
        office_phone: "0575 1820242".into(),
        kiosk_id: "BENCH-K01".into(),
        when: "02/12/2026 10:00".into(),
        training: false,
    };
    let it = serto_kiosk::i18n::LanguageId::reference();
    let (mut verify, mut cart, mut whole) = (Vec::new(), Vec::new(), Vec::new());
    let started = Instant::now();
    for _ in 0..500 {
        let t = Instant::now();
        let verified = pagopa.verify(&notice).await.expect("verified");
        let v = t.elapsed();
        let page = pagopa.cart(&notice, &verified).await.expect("a cart");
        let c = t.elapsed() - v;
        let pdf = docs
            .payment_notice(
                &header,
                &library.translations,
                &it,
                &notice,
                Some(page.as_str()),
            )
            .expect("the notice");
        std::hint::black_box(pdf);
        verify.push(v);
        cart.push(c);
        whole.push(t.elapsed());
    }
    let wall = started.elapsed();
    report("pagoPA verify (payment options)", verify, wall);
    report("pagoPA cart (Checkout 302)", cart, wall);
    report("verify + cart + notice PDF", whole, wall);
}
