//! Submissions through one adapter to the loopback simulator, measured
//! (never asserted): `cargo bench --bench agencies`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

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
    let answers = [
        ("reason", Answer::Choice("from-abroad".into())),
        ("surname", Answer::Text("Popescu".into())),
        ("given_name", Answer::Text("Ana".into())),
        ("birth_date", Answer::Date(date(1988, 2, 14))),
        ("street", Answer::Text("Via Vittorio Veneto".into())),
        ("house_number", Answer::Text("12".into())),
        ("cap", Answer::Code("52100".into())),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    Outgoing::new(
        format!("BENCH-K01-{n:04}"),
        Submission {
            service: "residence-change".into(),
            operation: "comune-arezzo/residence-declaration".into(),
            answers,
            groups: BTreeMap::new(),
            computed: BTreeMap::new(),
        },
    )
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
    });
    println!(
        "applied at the simulator: {}",
        running.simulator.stats().applied
    );
}
