//! The crash test: the outbox drill (enqueue, acknowledge, deliver) runs in
//! a child process that is killed with SIGKILL at random moments and
//! restarted, against a simulator that outlives it. At the end every
//! acknowledged submission has been applied exactly once.
//!
//! 30 kills by default; `SERTO_CRASH_KILLS=200 cargo test --release --test
//! outbox_crash` for the full run.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use jiff::civil::date;
use serto_kiosk::simulator::{Running, Simulator};

/// A small xorshift generator, seeded from the clock: the kill moments
/// differ from run to run (the seed is printed to replay one).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn drill(dir: &std::path::Path, base: &url::Url, first: u64, count: u64) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_serto-outbox-drill"));
    command
        .args(["--data", dir.to_str().unwrap()])
        .args(["--simulator", base.as_str()])
        .args(["--first", &first.to_string()])
        .args(["--count", &count.to_string()])
        .env("SERTO_LOG", "off")
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    command
}

/// Reads `ACK <reference>` lines into `acked` until the pipe closes.
fn collect(
    child: &mut std::process::Child,
    acked: Arc<Mutex<BTreeSet<String>>>,
) -> std::thread::JoinHandle<bool> {
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        let mut drained = false;
        for line in BufReader::new(stdout).lines() {
            // A line cut by the kill is not an acknowledgement.
            let Ok(line) = line else { break };
            if let Some(reference) = line.strip_prefix("ACK ") {
                acked.lock().unwrap().insert(reference.to_owned());
            } else if line == "DRAINED" {
                drained = true;
            }
        }
        drained
    })
}

#[test]
fn every_acknowledged_submission_is_delivered_exactly_once_across_kills() {
    let kills: u64 = std::env::var("SERTO_CRASH_KILLS")
        .ok()
        .and_then(|k| k.parse().ok())
        .unwrap_or(30);
    let library = common::library();
    let sim = Simulator::new(date(2026, 11, 28), Some(Arc::clone(&library.flows)));
    let running = Running::start(sim, 0).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    println!("crash test: {kills} kills, seed {seed}");
    let mut rng = Rng(seed);
    let acked = Arc::new(Mutex::new(BTreeSet::new()));
    let started = Instant::now();

    for run in 0..kills {
        // Each run enqueues its own numbers; kills land while enqueuing,
        // committing, acknowledging and delivering.
        let mut child = drill(dir.path(), &running.base, run * 10_000, 10_000)
            .spawn()
            .unwrap();
        let reader = collect(&mut child, Arc::clone(&acked));
        std::thread::sleep(Duration::from_millis(30 + rng.next() % 250));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        reader.join().unwrap();
    }

    // A last run that is not killed delivers whatever is left.
    let mut child = drill(dir.path(), &running.base, 0, 0).spawn().unwrap();
    let reader = collect(&mut child, Arc::clone(&acked));
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        assert!(Instant::now() < deadline, "the queue does not drain");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        reader.join().unwrap(),
        "the last run reports the queue drained"
    );

    let acked = acked.lock().unwrap().clone();
    let applied = running.simulator.applied_by_reference();
    println!(
        "crash test: {} acknowledged, {} applied, {:.1} s",
        acked.len(),
        applied.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        acked.len() as u64 >= kills,
        "the drill got to acknowledge work"
    );
    let lost: Vec<&String> = acked.iter().filter(|r| !applied.contains_key(*r)).collect();
    assert!(
        lost.is_empty(),
        "acknowledged but never delivered: {lost:?}"
    );
    let twice: Vec<(&String, &u32)> = applied.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "applied more than once: {twice:?}");
}
