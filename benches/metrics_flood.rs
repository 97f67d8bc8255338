//! `/metrics` under a flood, measured (never asserted): a kiosk whose
//! statistics hold 1.5 million events, 1,000 connections opened and left
//! silent, 2,000 requests at a concurrency of 50 — while a Prometheus-like
//! prober scrapes every 20 ms and the outbox delivers to the loopback
//! simulator. Prints the prober's scrape latencies, the answers the flood
//! got, the process's threads and file descriptors before, at the peak and
//! after, and the deliveries made during the flood.
//! `cargo bench --bench metrics_flood`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeMap;
use std::net::TcpStream;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use jiff::Timestamp;
use serto_kiosk::agencies::{Agencies, Endpoints, Timeouts};
use serto_kiosk::monitoring::exporter::Exporter;
use serto_kiosk::monitoring::{Keep, Monitor};
use serto_kiosk::outbox::Outbox;
use serto_kiosk::outbox::worker::{Delivery, RetryPolicy, Worker};
use serto_kiosk::simulator::{Running, Simulator};

const EVENTS: usize = 1_500_000;
const SILENT: usize = 1_000;
const REQUESTS: usize = 2_000;
const CONCURRENCY: usize = 50;

/// Threads and open descriptors of this process.
fn threads_and_fds() -> (usize, usize) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let threads = status
        .lines()
        .find_map(|l| l.strip_prefix("Threads:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    let fds = std::fs::read_dir("/proc/self/fd").map_or(0, |d| d.count());
    (threads, fds)
}

/// 1.5 M events of the last 30 days (kept as single events: the costliest
/// case), written straight into the store's table.
fn fill(dir: &Path) {
    drop(Monitor::open(dir, true, Keep::default()).unwrap());
    let mut conn = rusqlite::Connection::open(dir.join("stats.sqlite")).unwrap();
    let tx = conn.transaction().unwrap();
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO events (at, kind, mode, service, language, page, detail, seconds)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )
            .unwrap();
        let now = Timestamp::now().as_second();
        let services = [
            "residence-change",
            "permit-status",
            "health-booking",
            "certificates",
        ];
        let languages = ["it", "ar", "ur", "bn", "zh-Hans", "uk"];
        for i in 0..EVENTS {
            let at = now - (i as i64 % (30 * 86_400));
            let service = services[i % services.len()];
            let language = languages[i % languages.len()];
            let (kind, page, seconds) = match i % 4 {
                0 => ("service-started", None, None),
                1 => ("page-reached", Some("applicant"), None),
                2 => ("completed", None, Some(60.0 + (i % 900) as f64)),
                _ => ("session-started", None, None),
            };
            insert
                .execute(rusqlite::params![
                    at,
                    kind,
                    "self",
                    service,
                    language,
                    page,
                    None::<String>,
                    seconds
                ])
                .unwrap();
        }
    }
    tx.commit().unwrap();
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    fill(dir.path());
    println!(
        "filled {EVENTS} events in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let started = Instant::now();
    let monitor = Arc::new(Monitor::open(dir.path(), true, Keep::default()).unwrap());
    println!(
        "store opened (totals read once)           {:>8.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let library = serto_kiosk::Library::load(&serto_kiosk::resources::Resources::at(root)).unwrap();
    let today = serto_kiosk::italy::today();
    let running =
        Running::start(Simulator::new(today, Some(Arc::clone(&library.flows))), 0).unwrap();
    let outbox = Arc::new(Outbox::open(&dir.path().join("outbox"), "BENCH-K01").unwrap());
    let agencies = Agencies::new(
        "BENCH-K01",
        Endpoints::simulator(&running.base),
        Timeouts {
            connect: Duration::from_secs(2),
            total: Duration::from_secs(10),
        },
    )
    .unwrap();
    let delivery = Delivery::new(Arc::clone(&outbox), agencies, RetryPolicy::default());
    let worker = Worker::start(delivery, Duration::from_secs(7 * 86_400)).unwrap();
    let exporter = Exporter::start(
        "127.0.0.1:0".parse().unwrap(),
        Arc::clone(&monitor),
        Arc::clone(&outbox),
        "BENCH-K01",
        Box::new(serto_kiosk::monitoring::gauges::HealthGauges::default),
    )
    .unwrap();
    let url = format!("http://{}/metrics", exporter.address);
    let before = threads_and_fds();

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let flooding = Arc::new(AtomicBool::new(true));
    // The kiosk keeps taking submissions while it is flooded.
    let enqueuer = {
        let (outbox, flooding, wake) = (
            Arc::clone(&outbox),
            Arc::clone(&flooding),
            Arc::clone(&worker.wake),
        );
        std::thread::spawn(move || {
            let mut n = 0;
            while flooding.load(Ordering::Relaxed) {
                outbox
                    .enqueue(common::residence(n), Timestamp::now())
                    .unwrap();
                wake.notify_one();
                n += 1;
                std::thread::sleep(Duration::from_millis(50));
            }
            n
        })
    };
    // The legitimate scraper.
    let prober = {
        let (url, flooding) = (url.clone(), Arc::clone(&flooding));
        runtime.spawn(async move {
            let client = reqwest::Client::new();
            let mut times = Vec::new();
            let mut failed = 0;
            while flooding.load(Ordering::Relaxed) {
                let t = Instant::now();
                let ok = match client.get(&url).send().await {
                    Ok(r) => r.status().is_success() && r.bytes().await.is_ok(),
                    Err(_) => false,
                };
                if ok {
                    times.push(t.elapsed().as_secs_f64() * 1000.0);
                } else {
                    failed += 1;
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            (times, failed)
        })
    };
    let flood_started = Instant::now();
    let delivered_before = running.simulator.stats().applied;
    // Connections that never speak.
    let silent: Vec<TcpStream> = (0..SILENT)
        .filter_map(|_| TcpStream::connect(exporter.address).ok())
        .collect();
    let mut peak = threads_and_fds();
    // The request flood, each request on a fresh connection.
    let answers = runtime.block_on(async {
        let mut tasks = Vec::new();
        for _ in 0..CONCURRENCY {
            let url = url.clone();
            tasks.push(tokio::spawn(async move {
                let client = reqwest::Client::builder()
                    .pool_max_idle_per_host(0)
                    .build()
                    .unwrap();
                let mut statuses: BTreeMap<String, usize> = BTreeMap::new();
                for _ in 0..REQUESTS / CONCURRENCY {
                    let status = match client.get(&url).send().await {
                        Ok(r) => {
                            let s = r.status().as_u16().to_string();
                            let _ = r.bytes().await;
                            s
                        }
                        Err(_) => "no answer".to_owned(),
                    };
                    *statuses.entry(status).or_default() += 1;
                }
                statuses
            }));
        }
        let mut all: BTreeMap<String, usize> = BTreeMap::new();
        for t in tasks {
            for (k, v) in t.await.unwrap() {
                *all.entry(k).or_default() += v;
            }
        }
        all
    });
    let now = threads_and_fds();
    peak = (peak.0.max(now.0), peak.1.max(now.1));
    // The silent connections stay while deliveries go on for two seconds.
    std::thread::sleep(Duration::from_secs(2));
    let flood_seconds = flood_started.elapsed().as_secs_f64();
    flooding.store(false, Ordering::Relaxed);
    let enqueued = enqueuer.join().unwrap();
    let (mut times, failed) = runtime.block_on(prober).unwrap();
    let delivered = running.simulator.stats().applied - delivered_before;
    let silent_left = silent.len();
    drop(silent);
    std::thread::sleep(Duration::from_secs(1));
    let after = threads_and_fds();
    times.sort_by(f64::total_cmp);

    println!(
        "flood: {REQUESTS} requests at concurrency {CONCURRENCY}, {silent_left} silent connections, {flood_seconds:.1} s"
    );
    println!("  answers to the flood: {answers:?}");
    println!(
        "  prober scrapes: {} ok, {failed} failed; p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        times.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times.last().copied().unwrap_or(f64::NAN)
    );
    println!(
        "  threads / open fds: before {} / {}, peak {} / {} (the bench's own {SILENT} client sockets included), after {} / {}",
        before.0, before.1, peak.0, peak.1, after.0, after.1
    );
    println!(
        "  outbox: {enqueued} enqueued during the flood, {delivered} delivered to the simulator"
    );
}
