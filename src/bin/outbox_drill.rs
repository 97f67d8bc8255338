//! The crash drill of the outbox (tests/outbox_crash.rs runs it and kills
//! it): enqueues numbered submissions, printing `ACK <reference>` once each
//! is durable — the moment a person would be told "queued" —, while the
//! delivery worker sends them to an agency simulator. With `--count 0` it
//! only delivers what is queued, prints `DRAINED` and exits.
//!
//! serto-outbox-drill --data DIR --simulator URL [--first N] [--count M]
//!                    [--synchronous off]
//!
//! `--synchronous off` opens the outbox without fsync: only the power-cut
//! test uses it, to show that it catches a queue that loses commits.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use jiff::Timestamp;
use serto_kiosk::agencies::{Agencies, Endpoints, Timeouts};
use serto_kiosk::flows::Submission;
use serto_kiosk::flows::answer::Answer;
use serto_kiosk::outbox::worker::{Delivery, RetryPolicy};
use serto_kiosk::outbox::{Durability, Outbox};

struct Args {
    data: PathBuf,
    simulator: url::Url,
    first: u64,
    count: u64,
    durability: Durability,
}

fn parse() -> Result<Args, String> {
    let mut data = None;
    let mut simulator = None;
    let mut first = 0;
    let mut count = 0;
    let mut durability = Durability::Full;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().ok_or(format!("{arg} needs a value"))?;
        match arg.as_str() {
            "--data" => data = Some(PathBuf::from(value)),
            "--simulator" => simulator = Some(url::Url::parse(&value).map_err(|e| e.to_string())?),
            "--first" => first = value.parse().map_err(|_| "--first: a number")?,
            "--count" => count = value.parse().map_err(|_| "--count: a number")?,
            "--synchronous" if value == "off" => durability = Durability::UnsafeOff,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(Args {
        data: data.ok_or("--data is required")?,
        simulator: simulator.ok_or("--simulator is required")?,
        first,
        count,
        durability,
    })
}

fn submission(n: u64) -> Submission {
    let answers = [
        ("reason", Answer::Choice("within-comune".into())),
        ("surname", Answer::Text(format!("Drill{n}"))),
        ("given_name", Answer::Text("Person".into())),
        ("street", Answer::Text("Via Roma".into())),
        ("house_number", Answer::Text(n.to_string())),
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

fn main() -> ExitCode {
    let args = match parse() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("serto-outbox-drill: {e}");
            return ExitCode::from(2);
        }
    };
    let outbox = match Outbox::open_with(&args.data, "DRILL-K01", args.durability) {
        Ok(o) => Arc::new(o),
        Err(e) => {
            eprintln!("serto-outbox-drill: {e}");
            return ExitCode::FAILURE;
        }
    };
    let agencies = match Agencies::new(
        "DRILL-K01",
        Endpoints::simulator(&args.simulator),
        Timeouts {
            connect: Duration::from_secs(2),
            total: Duration::from_secs(5),
        },
    ) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("serto-outbox-drill: {e}");
            return ExitCode::FAILURE;
        }
    };
    let policy = RetryPolicy {
        base: Duration::from_millis(20),
        cap: Duration::from_millis(200),
        breaker_cooldown: Duration::from_millis(100),
        ..RetryPolicy::default()
    };
    let delivery = Arc::new(Delivery::new(Arc::clone(&outbox), agencies, policy));
    let Ok(runtime) = tokio::runtime::Runtime::new() else {
        return ExitCode::FAILURE;
    };
    runtime.block_on(async move {
        let wake = Arc::new(tokio::sync::Notify::new());
        tokio::spawn(Arc::clone(&delivery).run(Arc::clone(&wake), Duration::from_millis(20)));
        let mut stdout = std::io::stdout();
        for n in args.first..args.first + args.count {
            match outbox.enqueue(submission(n), Timestamp::now()) {
                Ok(entry) => {
                    // Only now is the submission on disk: only now is it acknowledged.
                    if writeln!(stdout, "ACK {}", entry.reference)
                        .and_then(|()| stdout.flush())
                        .is_err()
                    {
                        return ExitCode::FAILURE;
                    }
                    wake.notify_one();
                }
                Err(e) => {
                    eprintln!("serto-outbox-drill: {e}");
                    return ExitCode::FAILURE;
                }
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        loop {
            let pending = outbox
                .counts(Timestamp::now())
                .map(|c| c.oldest_pending.is_some())
                .unwrap_or(true);
            if !pending {
                let _ = writeln!(stdout, "DRAINED");
                return ExitCode::SUCCESS;
            }
            wake.notify_one();
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
}
