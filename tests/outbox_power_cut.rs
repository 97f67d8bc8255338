//! The power-cut test: the outbox drill runs on a filesystem that keeps
//! everything not yet fsynced in memory (examples/power_cut_fs.rs, over
//! FUSE), and the "power" is cut by killing that filesystem's process —
//! what was not made durable is gone, as from a disk's cache in a real cut.
//! The folder behind it is then opened as the kiosk would open it after a
//! reboot, and every submission the drill acknowledged must be there.
//!
//! The filesystem and the drill are processes of their own, killed with
//! SIGKILL: the test process never touches the mount, so it cannot hang on
//! it. The filesystem is this test binary run again with `--power-cut-fs`,
//! so the test runs its own `main` (harness = false in Cargo.toml) and
//! prints its results as the standard harness does. Needs /dev/fuse and
//! root (or fusermount3), as on the CI machine.
//!
//! 100 cuts by default; `SERTO_POWER_CUTS=500` for a longer run.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "power_cut/fs.rs"]
mod fs;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use jiff::civil::date;
use serto_kiosk::outbox::Outbox;
use serto_kiosk::simulator::{Running, Simulator};

/// Waits for a child with a deadline, killing it past the deadline.
fn reap(child: &mut Child, deadline: Duration) {
    let until = Instant::now() + deadline;
    while Instant::now() < until {
        if child.try_wait().unwrap().is_some() {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = child.kill();
    let _ = child.wait();
}

fn is_mounted(mountpoint: &Path) -> bool {
    std::fs::read_to_string("/proc/self/mounts")
        .unwrap_or_default()
        .lines()
        .any(|l| l.split_whitespace().nth(1) == Some(mountpoint.to_str().unwrap()))
}

/// Lazily detaches whatever is left on the mountpoint (a dead FUSE mount).
fn detach(mountpoint: &Path) {
    for _ in 0..100 {
        if !is_mounted(mountpoint) {
            return;
        }
        let mut umount = Command::new("umount");
        umount.arg("-l").arg(mountpoint);
        let _ = serto_kiosk::child::run(umount, None, Duration::from_secs(5));
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("{} stays mounted", mountpoint.display());
}

/// The machine, powered on: the filesystem mounted over `backing`.
fn power_on(backing: &Path, mountpoint: &Path) -> Child {
    let mut fs = Command::new(std::env::current_exe().unwrap())
        .arg(fs::ARG)
        .arg(backing)
        .arg(mountpoint)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let until = Instant::now() + Duration::from_secs(10);
    while !is_mounted(mountpoint) {
        if let Some(status) = fs.try_wait().unwrap() {
            let mut complaint = String::new();
            let _ = std::io::Read::read_to_string(fs.stderr.as_mut().unwrap(), &mut complaint);
            panic!("the power-cut filesystem did not mount ({status}): {complaint}");
        }
        assert!(
            Instant::now() < until,
            "the power-cut filesystem did not mount in 10 s"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    fs
}

fn drill(data: &Path, base: &url::Url, first: u64, synchronous_off: bool) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_serto-outbox-drill"));
    command
        .args(["--data", data.to_str().unwrap()])
        .args(["--simulator", base.as_str()])
        .args(["--first", &first.to_string()])
        .args(["--count", "10000"])
        .env("SERTO_LOG", "off")
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    if synchronous_off {
        command.args(["--synchronous", "off"]);
    }
    command
}

/// Reads `ACK <reference>` lines until the pipe closes.
fn collect(child: &mut Child, acked: Arc<Mutex<BTreeSet<String>>>) -> std::thread::JoinHandle<()> {
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            // A line cut by the kill is not an acknowledgement.
            let Ok(line) = line else { break };
            if let Some(reference) = line.strip_prefix("ACK ") {
                acked.lock().unwrap().insert(reference.to_owned());
            }
        }
    })
}

struct Outcome {
    cuts: u64,
    acked: usize,
    /// Acknowledged before a cut and not in the outbox after it.
    lost: Vec<String>,
}

/// Runs the drill and cuts the power `cuts` times (stopping at the first
/// loss), checking the outbox after each cut.
fn cut_the_power(cuts: u64, synchronous_off: bool) -> Outcome {
    let root = tempfile::tempdir().unwrap();
    let backing = root.path().join("disk");
    let mountpoint = root.path().join("mnt");
    std::fs::create_dir_all(&backing).unwrap();
    std::fs::create_dir_all(&mountpoint).unwrap();
    let running = Running::start(Simulator::new(date(2026, 11, 28), None), 0).unwrap();
    let acked = Arc::new(Mutex::new(BTreeSet::new()));
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as u64;
    println!("power cuts: seed {seed}");
    let mut lost = Vec::new();
    let mut done = 0;
    for cut in 0..cuts {
        let mut fs = power_on(&backing, &mountpoint);
        let mut child = drill(&mountpoint, &running.base, cut * 10_000, synchronous_off)
            .spawn()
            .unwrap();
        let reader = collect(&mut child, Arc::clone(&acked));
        // Cuts land while the drill enqueues, commits, checkpoints and
        // delivers; the first ones also while it creates the files.
        let pause = 40 + (seed.wrapping_mul(cut + 1).wrapping_mul(2_654_435_761) >> 7) % 260;
        std::thread::sleep(Duration::from_millis(pause));
        // The power goes: the filesystem first (its memory is the disk's
        // cache), then the drill, which may be waiting on it.
        let _ = fs.kill();
        reap(&mut fs, Duration::from_secs(10));
        let _ = child.kill();
        reap(&mut child, Duration::from_secs(10));
        detach(&mountpoint);
        reader.join().unwrap();
        done += 1;
        // The reboot: the kiosk opens its outbox on the disk as it is.
        let acked_now = acked.lock().unwrap().clone();
        if acked_now.is_empty() {
            continue;
        }
        let outbox = match Outbox::open(&backing, "DRILL-K01") {
            Ok(outbox) => outbox,
            Err(e) => {
                lost = vec![format!("the outbox does not open after cut {cut}: {e}")];
                break;
            }
        };
        lost = acked_now
            .iter()
            .filter(|reference| outbox.status(reference).is_err())
            .cloned()
            .collect();
        if !lost.is_empty() {
            break;
        }
    }
    let acked = acked.lock().unwrap().len();
    Outcome {
        cuts: done,
        acked,
        lost,
    }
}

fn no_acknowledged_submission_is_lost_in_a_power_cut() {
    let cuts: u64 = std::env::var("SERTO_POWER_CUTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    let started = Instant::now();
    let outcome = cut_the_power(cuts, false);
    println!(
        "power cuts: {} cuts, {} acknowledged, {:.1} s",
        outcome.cuts,
        outcome.acked,
        started.elapsed().as_secs_f64()
    );
    assert!(
        outcome.lost.is_empty(),
        "lost after {} cuts: {:?}",
        outcome.cuts,
        outcome.lost
    );
    assert_eq!(outcome.cuts, cuts);
    assert!(
        outcome.acked as u64 >= cuts,
        "the drill got to acknowledge work ({} acknowledged)",
        outcome.acked
    );
}

/// The same test catches an outbox that does not fsync: with
/// `synchronous=OFF` acknowledged submissions are lost at the first cuts.
fn the_power_cut_test_catches_an_outbox_without_fsync() {
    let outcome = cut_the_power(10, true);
    println!(
        "synchronous=off: lost {} of {} acknowledged after {} cuts",
        outcome.lost.len(),
        outcome.acked,
        outcome.cuts
    );
    assert!(
        !outcome.lost.is_empty(),
        "with synchronous=OFF a power cut loses acknowledged submissions ({} acknowledged, {} cuts)",
        outcome.acked,
        outcome.cuts
    );
}

/// The two tests, run as the standard harness would (name filters, one
/// line each, the closing "test result" line CI adds up), or the
/// filesystem's process.
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some(fs::ARG) {
        return fs::main(&args[1..]);
    }
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let tests: [(&str, fn()); 2] = [
        (
            "no_acknowledged_submission_is_lost_in_a_power_cut",
            no_acknowledged_submission_is_lost_in_a_power_cut,
        ),
        (
            "the_power_cut_test_catches_an_outbox_without_fsync",
            the_power_cut_test_catches_an_outbox_without_fsync,
        ),
    ];
    let chosen: Vec<_> = tests
        .iter()
        .filter(|(name, _)| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str())))
        .collect();
    let started = Instant::now();
    println!("\nrunning {} tests", chosen.len());
    let (mut passed, mut failed) = (0, Vec::new());
    for (name, test) in &chosen {
        let outcome = std::panic::catch_unwind(test);
        println!(
            "test {name} ... {}",
            if outcome.is_ok() { "ok" } else { "FAILED" }
        );
        match outcome {
            Ok(()) => passed += 1,
            Err(_) => failed.push(*name),
        }
    }
    println!(
        "\ntest result: {}. {passed} passed; {} failed; 0 ignored; 0 measured; {} filtered out; finished in {:.2}s\n",
        if failed.is_empty() { "ok" } else { "FAILED" },
        failed.len(),
        tests.len() - chosen.len(),
        started.elapsed().as_secs_f64()
    );
    if failed.is_empty() {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}
