//! Anonymous monitoring: the Prometheus exposition scraped over HTTP and
//! checked with promtool (Debian's prometheus package, installed by
//! .ci/run), the monthly CSV, and no personal data in either; training
//! mode counts nothing, reaches no real agency and stamps its documents.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::common::gui::Person;

/// A permit look-up to its answer, and a residence change left halfway
/// with a name typed.
fn some_use(p: &mut Person, language: &str) {
    p.tap(&p.it("attract-touch"));
    p.tap(language);
    p.tap(&p.tr("category-citizen-life"));
    p.tap(&p.tr("service-permit-status"));
    p.tap(&p.tr("intro-start"));
    // A number too short first: a validation error, counted by kind.
    p.type_on_keyboard("AR123");
    p.tap(&p.tr("wizard-continue"));
    p.type_on_keyboard("45678");
    p.tap(&p.tr("wizard-continue"));
    p.tap(&p.tr("check-send-status"));
    p.expect(&p.tr("status-permit-status-ready"));
    p.tap(&p.tr("confirm-home"));
    p.tap(&p.tr("service-residence-change"));
    p.tap(&p.tr("intro-start"));
    p.tap(&p.tr("flow-residence-change-reason-within-comune"));
    p.tap(&p.tr("wizard-continue"));
    p.type_on_keyboard("QUARANTOTTI");
    p.tap(&p.tr("wizard-leave"));
    p.tap(&p.tr("wizard-leave-yes"));
}

fn scrape(p: &Person) -> (String, String) {
    let desk = Arc::clone(p.kiosk.desk().unwrap());
    desk.monitor().flush();
    let address = desk.metrics_address().expect("the exporter listens");
    p.block_on(async move {
        let response = reqwest::get(format!("http://{address}/metrics"))
            .await
            .unwrap();
        assert!(response.status().is_success());
        let content_type = response.headers()["content-type"]
            .to_str()
            .unwrap()
            .to_owned();
        (content_type, response.text().await.unwrap())
    })
}

fn promtool_check(exposition: &str) {
    let mut child = Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("promtool (Debian package prometheus) is installed: see .ci/run");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(exposition.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "promtool check metrics: {}{}\n{exposition}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_exposition_parses_counts_use_and_holds_no_personal_data() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    some_use(&mut p, "Italiano");
    let (content_type, text) = scrape(&p);
    assert!(
        content_type.starts_with("text/plain; version=0.0.4"),
        "{content_type}"
    );
    promtool_check(&text);
    for line in [
        "serto_sessions_started_total{language=\"it\",mode=\"self\"} 1",
        "serto_services_started_total{service=\"permit-status\",language=\"it\",mode=\"self\"} 1",
        "serto_services_completed_total{service=\"permit-status\",language=\"it\",mode=\"self\"} 1",
        "serto_services_abandoned_total{service=\"residence-change\",page=\"applicant\",reason=\"cancel\"} 1",
        "serto_validation_errors_total{service=\"permit-status\",page=\"reference\",field_kind=\"permit-reference\"} 1",
        "serto_page_views_total{service=\"permit-status\",page=\"check\"} 1",
        "serto_service_duration_seconds_count{service=\"permit-status\"} 1",
    ] {
        assert!(text.contains(line), "missing `{line}` in:\n{text}");
    }
    assert!(text.contains("serto_build_info{kiosk=\"DEMO-K01\",version=\""));
    let now = jiff::ZonedDateTime::now();
    let csv = p
        .kiosk
        .desk()
        .unwrap()
        .monitor()
        .monthly_csv(now.year(), now.month())
        .unwrap();
    assert!(
        csv.lines()
            .any(|l| l.contains(",permit-status,it,self,1,1,1.000,")),
        "{csv}"
    );
    for personal in ["QUARANTOTTI", "AR12345678", "1990", "31/02"] {
        assert!(!text.contains(personal), "“{personal}” in the exposition");
        assert!(!csv.contains(personal), "“{personal}” in the CSV");
    }
    // Nor in the statistics file itself.
    let db = std::fs::read(p.kiosk.desk().unwrap().config.data_dir.join("stats.sqlite")).unwrap();
    assert!(!db.windows(11).any(|w| w == b"QUARANTOTTI"));
}

/// A listener standing for a real agency: any connection is counted.
fn tripwire() -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    let hits = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&hits);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            counted.fetch_add(1, Ordering::SeqCst);
            let mut stream = stream;
            let mut buf = [0u8; 512];
            let _ = stream.read(&mut buf);
            let _ = stream
                .write_all(b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\n\r\n");
        }
    });
    (url, hits)
}

#[test]
fn training_mode_reaches_no_real_agency_counts_nothing_and_stamps_documents() {
    let (url, hits) = tripwire();
    let library = crate::common::library();
    // Real pagoPA services too, with their key.
    let secrets = tempfile::tempdir().unwrap();
    let key = secrets.path().join("pagopa.key");
    std::fs::write(&key, "a-real-key\n").unwrap();
    std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let text = crate::common::demo_config_text()
        .replace("training_mode = false", "training_mode = true")
        .replace("= \"simulator\"", &format!("= \"{url}\""))
        .replace(
            "# subscription_key_file = \"/etc/serto-kiosk/pagopa.key\"",
            &format!("subscription_key_file = \"{}\"", key.display()),
        );
    assert!(!text.contains("= \"simulator\""));
    let config =
        serto_kiosk::config::parse(&crate::common::demo_config_path(), &text, &library.known())
            .expect("a training config with real endpoints");
    let mut p = Person::arrive_with(config, tempfile::tempdir().unwrap());
    some_use(&mut p, "Italiano");
    // The look-up was answered by the simulator, not the real URL.
    assert_eq!(p.calls("permit-status").len(), 1);
    // The ribbon says so on every page.
    p.expect(&p.tr("training-ribbon"));
    // A document printed in training carries the stamp.
    p.tap(&p.tr("service-permit-status"));
    p.tap(&p.tr("intro-print"));
    let (_, pdf) = p
        .kiosk
        .printed()
        .last()
        .cloned()
        .expect("the info sheet was made");
    assert!(
        crate::common::pdf_text(&pdf).contains("FAC-SIMILE"),
        "stamped"
    );
    // A ticket is verified with the simulated pagoPA, not the real one.
    let desk = Arc::clone(p.kiosk.desk().unwrap());
    let notice = serto_kiosk::agencies::contract::PaymentNotice {
        notice_number: "301202600000000184".into(),
        creditor_fiscal_code: "02236310518".into(),
        creditor_name: "Azienda USL Toscana Sud Est".into(),
        amount_cents: 3615,
        due_date: "2026-12-31".into(),
        description: "Ticket".into(),
    };
    let verified = p.block_on(desk.verify_payment(notice));
    assert!(verified.is_err(), "the simulator never issued this notice");
    assert_eq!(p.calls("payment-options").len(), 1);
    assert_eq!(
        hits.load(Ordering::SeqCst),
        0,
        "a real agency was called in training"
    );
    let (_, exposition) = scrape(&p);
    assert!(
        !exposition.contains("serto_sessions_started_total{"),
        "nothing counted in training:\n{exposition}"
    );
}

/// Statistics per service, language and mode: completion, median time,
/// where people give up; the assisted flag is kept apart.
#[test]
fn statistics_keep_assisted_sessions_apart() {
    use serto_kiosk::catalogue::ServiceId;
    use serto_kiosk::monitoring::{Abandon, Event, Keep, Mode, Monitor};
    let dir = tempfile::tempdir().unwrap();
    let monitor = Monitor::open(dir.path(), true, Keep::default()).unwrap();
    let library = crate::common::library();
    let service = library
        .catalogue
        .service("residence-change")
        .unwrap()
        .id
        .clone();
    let ar = library.translations.language("ar").unwrap();
    let now = jiff::Timestamp::now();
    let started = |mode| {
        monitor.record(
            &Event::ServiceStarted {
                service: service.clone(),
                language: ar.clone(),
            },
            mode,
            now,
        )
    };
    for seconds in [200.0, 400.0, 300.0] {
        started(Mode::Assisted);
        monitor.record(
            &Event::Completed {
                service: service.clone(),
                language: ar.clone(),
                seconds,
            },
            Mode::Assisted,
            now,
        );
    }
    started(Mode::SelfService);
    monitor.record(
        &Event::Abandoned {
            service: ServiceId::clone(&service),
            page: "lease".into(),
            reason: Abandon::Timeout,
        },
        Mode::SelfService,
        now,
    );
    monitor.flush();
    let hour = jiff::SignedDuration::from_hours(1);
    let figures = monitor
        .statistics(
            now.checked_sub(hour).unwrap(),
            now.checked_add(hour).unwrap(),
        )
        .unwrap();
    let assisted = figures.iter().find(|f| f.mode == "assisted").unwrap();
    assert_eq!((assisted.started, assisted.completed), (3, 3));
    assert_eq!(assisted.median_seconds, Some(300.0));
    assert_eq!(assisted.language, "ar");
    let alone = figures.iter().find(|f| f.mode == "self").unwrap();
    assert_eq!((alone.started, alone.completed), (1, 0));
    assert_eq!(alone.abandoned_at, Some(("lease".to_owned(), 1)));
    let today = jiff::ZonedDateTime::now();
    let csv = monitor.monthly_csv(today.year(), today.month()).unwrap();
    assert!(
        csv.contains(",residence-change,ar,assisted,3,3,1.000,300\n"),
        "{csv}"
    );
    assert!(
        csv.contains(",residence-change,ar,self,1,0,0.000,\n"),
        "{csv}"
    );
    // Training mode: nothing is stored.
    let quiet = Monitor::open(tempfile::tempdir().unwrap().path(), false, Keep::default()).unwrap();
    assert!(!quiet.is_recording());
}

/// A scrape reads running totals, so old events can be rolled up into
/// daily figures without changing a counter, the CSV of an old month, or
/// the statistics; days past the kept years go.
#[test]
fn old_events_are_rolled_up_without_changing_a_figure() {
    use serto_kiosk::monitoring::{Abandon, Event, Keep, Mode, Monitor, OutboxFigures};
    let dir = tempfile::tempdir().unwrap();
    let library = crate::common::library();
    let service = library
        .catalogue
        .service("residence-change")
        .unwrap()
        .id
        .clone();
    let ur = library.translations.language("ur").unwrap();
    let today = serto_kiosk::italy::today();
    let day = |back: i64| {
        serto_kiosk::italy::start_of(today.checked_sub(jiff::Span::new().days(back)).unwrap())
            .checked_add(jiff::SignedDuration::from_hours(10))
            .unwrap()
    };
    let keep = Keep {
        events_days: 35,
        days: 760,
    };
    let record = |monitor: &Monitor, at| {
        monitor.record(
            &Event::ServiceStarted {
                service: service.clone(),
                language: ur.clone(),
            },
            Mode::Assisted,
            at,
        );
        monitor.record(
            &Event::Completed {
                service: service.clone(),
                language: ur.clone(),
                seconds: 250.0,
            },
            Mode::Assisted,
            at,
        );
        monitor.record(
            &Event::Abandoned {
                service: service.clone(),
                page: "lease".into(),
                reason: Abandon::Cancel,
            },
            Mode::SelfService,
            at,
        );
    };
    let figures = OutboxFigures::default();
    let old_month = |m: &Monitor| {
        let d = serto_kiosk::italy::at(day(100)).date();
        m.monthly_csv(d.year(), d.month()).unwrap()
    };
    let (csv_before, exposition_before, recent_before) = {
        let monitor = Monitor::open(dir.path(), true, keep).unwrap();
        for back in [2000, 100, 100, 3, 0] {
            record(&monitor, day(back));
        }
        monitor.flush();
        (
            old_month(&monitor),
            monitor.exposition("K", &figures).unwrap(),
            monitor.statistics(day(5), jiff::Timestamp::now()).unwrap(),
        )
    };
    assert!(
        csv_before.contains(",residence-change,ur,assisted,2,2,1.000,250\n"),
        "{csv_before}"
    );
    // Opening again rolls up what is older than 35 days, deletes what is
    // older than 760.
    let monitor = Monitor::open(dir.path(), true, keep).unwrap();
    let conn = rusqlite::Connection::open(dir.path().join("stats.sqlite")).unwrap();
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    let oldest_kept =
        serto_kiosk::italy::start_of(today.checked_sub(jiff::Span::new().days(35)).unwrap());
    assert_eq!(
        count(&format!(
            "SELECT COUNT(*) FROM events WHERE at < {}",
            oldest_kept.as_second()
        )),
        0
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM events"),
        6,
        "two days of events stay single"
    );
    assert_eq!(
        count("SELECT SUM(n) FROM daily"),
        6,
        "one day of three events twice, in daily rows"
    );
    assert_eq!(
        old_month(&monitor),
        csv_before,
        "the old month's CSV comes from the daily rows"
    );
    assert_eq!(
        monitor.statistics(day(5), jiff::Timestamp::now()).unwrap(),
        recent_before
    );
    // The counters lose only the day past the kept years (a counter reset
    // to Prometheus, once, at start)...
    let started = |n| {
        format!(
            "serto_services_started_total{{service=\"residence-change\",language=\"ur\",mode=\"assisted\"}} {n}\n"
        )
    };
    assert!(
        exposition_before.contains(&started(5)),
        "{exposition_before}"
    );
    let after = monitor.exposition("K", &figures).unwrap();
    assert!(after.contains(&started(4)), "{after}");
    assert!(
        after.contains("serto_service_duration_seconds_count{service=\"residence-change\"} 4"),
        "{after}"
    );
    // ...and read back from the daily rows they are what they were.
    drop(monitor);
    let monitor = Monitor::open(dir.path(), true, keep).unwrap();
    assert_eq!(monitor.exposition("K", &figures).unwrap(), after);
}

/// The network's Prometheus files: the scrape config and the alert rules
/// pass promtool, and the rules' unit tests (each alert firing and not
/// firing on synthetic series) pass.
#[test]
fn the_network_prometheus_files_pass_promtool() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/monitoring/prometheus");
    for args in [
        &["check", "config", "prometheus.yml"][..],
        &["check", "rules", "serto-alerts.yml"],
        &["test", "rules", "serto-alerts.test.yml"],
    ] {
        let out = Command::new("promtool")
            .args(args)
            .current_dir(&dir)
            .output()
            .expect("promtool (Debian package prometheus) is installed: see .ci/run");
        assert!(
            out.status.success(),
            "promtool {}: {}{}",
            args.join(" "),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Every alert of the rules file has its test.
    let rules = std::fs::read_to_string(dir.join("serto-alerts.yml")).unwrap();
    let tests = std::fs::read_to_string(dir.join("serto-alerts.test.yml")).unwrap();
    for alert in rules
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- alert: "))
    {
        assert!(
            tests.contains(&format!("alertname: {alert}")),
            "{alert} has no test"
        );
    }
}

/// The metric names in a PromQL text (`serto_…`), with a histogram's
/// series names brought back to the family's.
fn metric_names(promql: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = promql;
    while let Some(at) = rest.find("serto_") {
        let name: String = rest[at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        rest = &rest[at + name.len()..];
        names.push(name);
    }
    names
}

/// The dashboard is in Grafana's file-provisioning shape, and every query
/// of it (and of the alert rules) names only metrics a running kiosk
/// exports: checked against a real scrape.
#[test]
fn the_dashboard_and_the_alerts_name_only_exported_metrics() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/monitoring");
    let provisioning =
        std::fs::read_to_string(root.join("grafana/provisioning/dashboards/serto.yml")).unwrap();
    for needed in ["apiVersion: 1", "providers:", "type: file", "path: "] {
        assert!(provisioning.contains(needed), "provisioning lacks {needed}");
    }
    let dashboard: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("grafana/dashboards/serto-kiosks.json")).unwrap(),
    )
    .expect("the dashboard is JSON");
    assert!(dashboard["uid"].is_string() && dashboard["title"].is_string());
    assert!(dashboard["schemaVersion"].as_u64().is_some());
    let panels = dashboard["panels"].as_array().expect("panels");
    assert!(panels.len() >= 6);
    let mut queries = Vec::new();
    for panel in panels {
        assert!(
            panel["id"].is_u64() && panel["gridPos"]["w"].is_u64(),
            "{panel}"
        );
        let targets = panel["targets"].as_array().expect("targets");
        assert!(!targets.is_empty(), "{}", panel["title"]);
        for t in targets {
            queries.push(t["expr"].as_str().expect("expr").to_owned());
        }
    }
    queries.push(std::fs::read_to_string(root.join("prometheus/serto-alerts.yml")).unwrap());

    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    some_use(&mut p, "Italiano");
    let (_, text) = scrape(&p);
    promtool_check(&text);
    let mut checked = 0;
    for query in &queries {
        for name in metric_names(query) {
            let family = ["_bucket", "_sum", "_count"]
                .iter()
                .find_map(|s| name.strip_suffix(s))
                .filter(|f| text.contains(&format!("# TYPE {f} histogram")))
                .unwrap_or(&name);
            assert!(
                text.contains(&format!("# TYPE {family} ")),
                "`{name}` (in `{query}`) is not exported:\n{text}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 15, "{checked} names checked");
    // The health gauges have their samples: the missing queue is not ready.
    assert!(
        text.contains("serto_printer_ready{queue=\"serto-no-such-queue\"} 0"),
        "{text}"
    );
    assert!(text.contains("serto_data_disk_free_bytes "), "{text}");
    assert!(
        text.contains("serto_agency_state{agency=\"comune-arezzo\",state=\""),
        "{text}"
    );
}
