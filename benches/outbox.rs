//! The outbox on this disk, measured (never asserted): durable enqueues per
//! second against a bare rusqlite insert + commit at synchronous=FULL in the
//! same run, and the drain rate to the loopback simulator.
//! `cargo bench --bench outbox`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use jiff::civil::date;
use serto_kiosk::agencies::{Agencies, Endpoints, Timeouts};
use serto_kiosk::flows::Submission;
use serto_kiosk::outbox::Outbox;
use serto_kiosk::outbox::worker::{Delivery, RetryPolicy};
use serto_kiosk::simulator::{Running, Simulator};

/// The floor: one row of the same size, inserted and committed alone.
fn bare_inserts(conn: &rusqlite::Connection, n: usize) -> f64 {
    let blob = vec![7_u8; 600];
    let started = Instant::now();
    for i in 0..n {
        conn.execute(
            "INSERT INTO t (a, b) VALUES (?1, ?2)",
            rusqlite::params![format!("row {i}"), blob],
        )
        .unwrap();
    }
    n as f64 / started.elapsed().as_secs_f64()
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let conn = rusqlite::Connection::open(dir.path().join("bare.sqlite")).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    conn.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b BLOB)")
        .unwrap();
    let outbox = Arc::new(Outbox::open(&dir.path().join("outbox"), "BENCH-K01").unwrap());
    // Rounds alternate so both see the same disk; medians are reported.
    let n = 500;
    let (mut bare, mut enqueues) = (Vec::new(), Vec::new());
    for round in 0..5 {
        bare.push(bare_inserts(&conn, n));
        let submissions: Vec<Submission> =
            (0..n).map(|i| common::residence(round * n + i)).collect();
        let started = Instant::now();
        for s in submissions {
            outbox.enqueue(s, Timestamp::now()).unwrap();
        }
        enqueues.push(n as f64 / started.elapsed().as_secs_f64());
    }
    bare.sort_by(f64::total_cmp);
    enqueues.sort_by(f64::total_cmp);
    let (bare, enqueues) = (bare[2], enqueues[2]);
    println!(
        "bare insert + commit (synchronous=FULL)   {bare:>8.0} /s   (median of 5 rounds of {n})"
    );
    println!(
        "outbox enqueue (sealed, one transaction)  {enqueues:>8.0} /s   ({:.0}% of bare)",
        100.0 * enqueues / bare
    );

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let library = serto_kiosk::Library::load(&serto_kiosk::resources::Resources::at(root)).unwrap();
    let running = Running::start(
        Simulator::new(date(2026, 11, 28), Some(Arc::clone(&library.flows))),
        0,
    )
    .unwrap();
    let agencies = Agencies::new(
        "BENCH-K01",
        Endpoints::simulator(&running.base),
        Timeouts {
            connect: Duration::from_secs(2),
            total: Duration::from_secs(10),
        },
    )
    .unwrap();
    let delivery = Delivery::new(
        Arc::clone(&outbox),
        agencies,
        RetryPolicy {
            batch: 32,
            ..RetryPolicy::default()
        },
    );
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let started = Instant::now();
    runtime.block_on(async { while delivery.run_once().await.unwrap() > 0 {} });
    let drained = running.simulator.stats().applied;
    println!(
        "drain to the loopback simulator           {:>8.0} /s   ({drained} delivered)",
        drained as f64 / started.elapsed().as_secs_f64()
    );
}
