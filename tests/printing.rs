//! Printing through a real CUPS queue with the virtual PDF printer
//! (cups-pdf): a receipt goes in, a file comes out; a stopped queue is
//! reported as such and refuses the job. `.ci/run` installs CUPS and
//! starts cupsd; the test creates its own queues (it needs lpadmin rights).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serto_kiosk::documents::compose::Paper;
use serto_kiosk::documents::{Documents, Header, ReceiptData, Status};
use serto_kiosk::printing::{self, PrintError, PrinterState};

fn receipt() -> Vec<u8> {
    let library = common::library();
    let documents = Documents::load().unwrap();
    documents.receipt(
        Paper::Roll80,
        &Header {
            office_name: "Sportello di prova".into(),
            office_address: "Arezzo".into(),
            office_phone: "0575 1820242".into(),
            kiosk_id: "TEST-K01".into(),
            when: "28/11/2026 10:41".into(),
            training: true,
        },
        &library.translations,
        &library.translations.language("ar").unwrap(),
        &ReceiptData {
            service: "permit-status".into(),
            channel: serto_kiosk::catalogue::Channel::Comune,
            reference: "TEST-K01-7KX2-94MF".into(),
            status: Status::Queued,
            appointment: None,
        },
    )
}

fn find(dir: &Path, stem: &str, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            find(&path, stem, found);
        } else if path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().contains(stem))
        {
            found.push(path);
        }
    }
}

#[test]
fn a_receipt_printed_on_a_cups_queue_comes_out_as_a_file() {
    common::cups_queue("serto-test-receipt");
    let status = printing::status("serto-test-receipt").unwrap();
    assert_eq!(status.state, PrinterState::Idle);
    assert!(status.can_print(), "{status:?}");
    let title = format!("serto-test-{}", std::process::id());
    let job = printing::print("serto-test-receipt", &title, &receipt()).unwrap();
    assert!(job.id.starts_with("serto-test-receipt-"), "{job:?}");
    assert!(
        printing::wait_completed(&job, Duration::from_secs(60)),
        "the job completes"
    );
    // The scheduler keeps no copy of a printed job (`PreserveJobFiles No`,
    // set by the package's postinst and by .ci/run): its data file,
    // d<number>-001, is gone from the spool once the job has completed.
    let number: u32 = job.id.rsplit('-').next().unwrap().parse().unwrap();
    let spool = Path::new("/var/spool/cups");
    let data_file = spool.join(format!("d{number:05}-001"));
    let deadline = Instant::now() + Duration::from_secs(10);
    while data_file.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(
        std::fs::read_dir(spool).is_ok(),
        "the spool can be read (the printing tests run as root, as .ci/run does)"
    );
    assert!(
        !data_file.exists(),
        "{} is still in the spool after the job completed",
        data_file.display()
    );
    // cups-pdf writes into the spool (or the user's ~/PDF).
    let home = std::env::var("HOME").unwrap_or_default();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let mut found = Vec::new();
        for dir in [
            PathBuf::from("/var/spool/cups-pdf"),
            Path::new(&home).join("PDF"),
        ] {
            find(&dir, &title, &mut found);
        }
        if let Some(file) = found.first() {
            let bytes = std::fs::read(file).unwrap();
            assert!(bytes.starts_with(b"%PDF-"), "{}", file.display());
            std::fs::remove_file(file).ok();
            break;
        }
        assert!(Instant::now() < deadline, "no printed file for {title}");
        std::thread::sleep(Duration::from_millis(300));
    }
}

#[test]
fn a_stopped_queue_is_reported_and_refuses_the_job() {
    common::cups_queue("serto-test-stopped");
    common::run(
        "cupsdisable",
        &["-r", "paper out (test)", "serto-test-stopped"],
    );
    let status = printing::status("serto-test-stopped").unwrap();
    assert_eq!(status.state, PrinterState::Stopped);
    assert!(!status.can_print());
    assert_eq!(status.problem_key(), Some("printer-stopped"));
    match printing::print("serto-test-stopped", "serto-test-refused", &receipt()) {
        Err(PrintError::NotReady { queue, .. }) => assert_eq!(queue, "serto-test-stopped"),
        other => panic!("{other:?}"),
    }
    common::run("cupsenable", &["serto-test-stopped"]);
    assert!(printing::status("serto-test-stopped").unwrap().can_print());
    // A queue that does not exist is a clear error, not a hang.
    assert!(matches!(
        printing::status("serto-no-such-queue"),
        Err(PrintError::Unavailable(_))
    ));
}

/// A scheduler that takes the connection and never answers (as a hung
/// cupsd does) makes the look-up fail as "not answering" within its
/// deadline, instead of holding the job forever.
#[test]
fn a_scheduler_that_never_answers_is_reported_within_the_deadline() {
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let server = silent.local_addr().unwrap().to_string();
    // Connections are accepted (by the backlog) and never read.
    let started = Instant::now();
    let result = printing::status_on(&server, "ricevute", Duration::from_secs(2));
    let took = started.elapsed();
    match result {
        Err(error @ PrintError::NotAnswering(_)) => {
            assert_eq!(error.problem_key(), "printer-not-answering");
        }
        other => panic!("{other:?}"),
    }
    assert!(took < Duration::from_secs(20), "stopped after {took:?}");
    drop(silent);
}
