//! The operator's side: the hidden corner, the PIN pad with its lockout,
//! the outbox view changing the outbox (retry, cancel with a reason,
//! reprint), an assisted session counted as assisted, the statistics and
//! health tabs, the monthly CSV.

use std::time::{Duration, Instant};

use crate::common::gui::Person;
use serto_kiosk::catalogue::Agency;
use serto_kiosk::i18n::Value;
use serto_kiosk::outbox::State;
use serto_kiosk::ui::Message;

/// Holds a finger on the top-left corner for `seconds`.
fn hold_corner(p: &mut Person, seconds: u64) {
    p.send(Message::Corner(true));
    p.advance(Duration::from_secs(seconds));
    p.send(Message::Corner(false));
}

fn type_pin(p: &mut Person, pin: &str) {
    for d in pin.chars() {
        p.tap(&d.to_string());
    }
    p.tap(&p.it("pin-enter"));
}

pub(crate) fn enter_as_operator(p: &mut Person) {
    hold_corner(p, 4);
    p.expect(&p.it("pin-title"));
    type_pin(p, "135790"); // the demo config's PIN
    p.expect(&p.it("operator-outbox"));
}

#[test]
fn a_short_touch_on_the_corner_does_nothing_and_a_long_one_asks_the_pin() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    hold_corner(&mut p, 1);
    assert!(!p.sees(&p.it("pin-title")));
    hold_corner(&mut p, 4);
    p.expect(&p.it("pin-title"));
    p.tap(&p.it("asking-cancel"));
    p.expect(&p.it("attract-touch"));
}

#[test]
fn five_wrong_pins_lock_the_pad_then_the_right_one_opens_the_panel() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    hold_corner(&mut p, 4);
    for left in [4, 3, 2, 1] {
        type_pin(&mut p, "999999");
        let wrong = p.tr_n("pin-wrong", &[("left", left)]);
        p.expect(&wrong);
    }
    type_pin(&mut p, "999999");
    p.expect(&p.tr_n("pin-locked", &[("seconds", 30)]));
    // While locked even the right PIN is refused.
    type_pin(&mut p, "135790");
    assert!(!p.sees(&p.it("operator-outbox")));
    // After the lock the right PIN opens the panel.
    p.advance(Duration::from_secs(40));
    type_pin(&mut p, "135790");
    p.expect(&p.it("operator-outbox"));
    p.tap(&p.it("operator-close"));
    p.expect(&p.it("attract-touch"));
}

#[test]
fn the_outbox_view_retries_and_cancels_with_a_reason() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    let first = p.store_while_the_comune_is_down();
    let second = p.store_while_the_comune_is_down();
    enter_as_operator(&mut p);
    p.expect(&first);
    p.expect(&second);
    p.expect(&p.it("outbox-state-retry-wait"));
    // Retry now: due at once with its count of attempts reset (the job
    // has done that when `send` returns), and the worker woken: it tries
    // at once instead of after the backoff.
    let desk = std::sync::Arc::clone(p.kiosk.desk().unwrap());
    assert!(desk.outbox().status(&first).unwrap().attempts >= 1);
    p.send(Message::Operator(
        serto_kiosk::ui::screen::operator::Message::Retry(first.clone()),
    ));
    let until = Instant::now() + Duration::from_secs(10);
    while desk.outbox().status(&first).unwrap().attempts == 0 {
        assert!(Instant::now() < until, "retried");
        std::thread::sleep(Duration::from_millis(50));
    }
    // Cancel the second, with a reason from the list.
    p.send(Message::Operator(
        serto_kiosk::ui::screen::operator::Message::AskCancel(second.clone()),
    ));
    p.expect(&p.it("outbox-cancel-question"));
    p.tap(&p.it("outbox-cancel-handled-elsewhere"));
    let entry = desk.outbox().status(&second).unwrap();
    assert_eq!(entry.state, State::Cancelled);
    assert_eq!(entry.cancel_reason.as_deref(), Some("handled-elsewhere"));
    p.expect(&p.it("outbox-state-cancelled"));
    // Reprint the receipt of the first (in Italian): the PDF is made.
    p.send(Message::Operator(
        serto_kiosk::ui::screen::operator::Message::Reprint(first.clone()),
    ));
    let (_, pdf) = p.kiosk.printed().last().cloned().expect("a receipt");
    assert!(crate::common::pdf_text(&pdf).contains(&first));
}

#[test]
fn an_assisted_session_is_counted_as_assisted_and_the_csv_is_exported() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    enter_as_operator(&mut p);
    p.tap(&p.it("operator-assisted"));
    p.tap("العربية");
    p.tap(&p.tr("category-citizen-life"));
    p.tap(&p.tr("service-permit-status"));
    p.tap(&p.tr("intro-start"));
    p.type_on_keyboard("AR12345678");
    // The operator switches to Italian mid-way: the answer stays.
    p.tap(&p.tr("home-change-language"));
    p.tap("Italiano");
    p.expect("AR12345678|");
    p.tap(&p.it("wizard-continue"));
    p.tap(&p.it("check-send-status"));
    p.expect(&p.tr("status-permit-status-ready"));
    p.tap(&p.it("confirm-finish"));
    enter_as_operator(&mut p);
    p.tap(&p.it("operator-statistics"));
    p.expect(&p.it("stats-mode-assisted"));
    p.expect(&p.it("service-permit-status"));
    p.tap(&p.it("operator-export"));
    let data = p.kiosk.desk().unwrap().config.data_dir.clone();
    let csv = std::fs::read_dir(&data)
        .unwrap()
        .filter_map(|e| e.ok())
        .find(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("statistiche-DEMO-K01-")
        })
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .expect("the CSV in the data folder");
    assert!(
        csv.contains(",permit-status,ar,assisted,1,1,1.000,"),
        "{csv}"
    );
    assert!(!csv.contains("AR12345678"));
    p.tap(&p.it("operator-health"));
    p.expect(&printer_offline(&p));
}

/// "Printer «…»: it is off or unplugged" for the tests' missing queue.
fn printer_offline(p: &Person) -> String {
    p.text_in(
        "it",
        "health-printer-line",
        &[
            ("queue", Value::from("serto-no-such-queue")),
            ("state", Value::from(p.it("printer-offline"))),
        ],
    )
}

/// "<agency>: <state>" as the health tab and the banner write it.
fn agency_line(p: &Person, agency: &str, state: &str) -> String {
    p.text_in(
        "it",
        "health-agency-line",
        &[
            (
                "agency",
                Value::from(p.it(&format!("agency-name-{agency}"))),
            ),
            ("state", Value::from(p.it(state))),
        ],
    )
}

/// The idle wipe also drops a session left under the operator's panel.
#[test]
fn the_idle_wipe_reaches_a_session_left_under_the_panel() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    p.walk_to_the_names_of_a_residence_change("Italiano");
    p.type_on_keyboard("OKONKWO");
    enter_as_operator(&mut p);
    let config = std::sync::Arc::clone(&p.kiosk.desk().unwrap().config);
    p.advance(config.idle_timeout + Duration::from_secs(1));
    p.advance(config.idle_warning + Duration::from_secs(1));
    assert!(p.kiosk.is_attract());
    assert!(!format!("{:?}", p.kiosk).contains("OKONKWO"));
}

/// The health tab names each agency with its state; the banner on every
/// tab says what needs the operator (an unplugged printer, an agency that
/// does not answer) and goes when the agency answers again.
#[test]
fn the_health_tab_shows_each_agency_and_the_banner_what_needs_action() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    let reference = p.store_while_the_comune_is_down();
    enter_as_operator(&mut p);
    p.expect(&p.it("operator-attention"));
    p.expect(&agency_line(&p, "comune-arezzo", "agency-state-down"));
    p.expect(&printer_offline(&p));
    p.tap(&p.it("operator-health"));
    p.expect(&agency_line(&p, "comune-arezzo", "agency-state-down"));
    p.expect(&agency_line(&p, "regione-toscana", "agency-state-unknown"));
    p.expect(&format!(
        "{} — {}",
        p.text_in("it", "health-queue-line", &[("count", Value::from(1))]),
        p.text_in("it", "health-oldest", &[("minutes", Value::from(0))])
    ));
    // The Comune is back: a retry gets an answer (a refusal: this test's
    // request is incomplete), the line and the banner change.
    p.simulator.clear_faults();
    p.tap(&p.it("operator-outbox"));
    p.send(Message::Operator(
        serto_kiosk::ui::screen::operator::Message::Retry(reference.clone()),
    ));
    let desk = std::sync::Arc::clone(p.kiosk.desk().unwrap());
    let until = Instant::now() + Duration::from_secs(10);
    while desk.outbox().status(&reference).unwrap().state != State::NeedsOperator {
        assert!(Instant::now() < until, "answered after the retry");
        std::thread::sleep(Duration::from_millis(50));
    }
    p.tap(&p.it("operator-health"));
    p.expect(&format!(
        "{} — {}",
        agency_line(&p, "comune-arezzo", "agency-state-up"),
        p.text_in("it", "health-agency-last", &[("minutes", Value::from(0))])
    ));
    assert!(!p.sees(&agency_line(&p, "comune-arezzo", "agency-state-down")));
    p.expect(&p.text_in(
        "it",
        "attention-needs-operator",
        &[("count", Value::from(1))],
    ));
}

/// The banner's lines, from the health read (every cause at once).
#[test]
fn the_banner_lists_every_cause_and_nothing_when_all_is_well() {
    use serto_kiosk::agencies::health::{Report, State as AgencyState};
    use serto_kiosk::ui::screen::operator::{Health, attention};
    let library = crate::common::library();
    let italian = serto_kiosk::i18n::LanguageId::reference();
    let tr = library.translations.in_language(&italian);
    let ctx = serto_kiosk::ui::layout::Ctx {
        tr,
        direction: tr.direction(),
        font: serto_kiosk::ui::fonts::LATIN,
        palette: serto_kiosk::ui::theme::NORMAL,
        scale: 1.0,
    };
    let report = |agency, state| Report {
        agency,
        state,
        last_success: None,
        last_latency: None,
    };
    let well = Health {
        printers: vec![("ricevute".into(), None), ("A4".into(), None)],
        disk_free_mib: Some(50_000),
        agencies: vec![
            report(Agency::ComuneArezzo, AgencyState::Up),
            report(Agency::RegioneToscana, AgencyState::Slow),
            report(Agency::RegioneToscana, AgencyState::Unknown),
        ],
        speech: serto_kiosk::speech::Availability::Ready {
            missing_voices: Vec::new(),
        },
        ..Health::default()
    };
    assert!(
        attention(&ctx, &well).is_empty(),
        "slow or unknown is no alarm"
    );
    let silent = Health {
        speech: serto_kiosk::speech::Availability::Unavailable(
            serto_kiosk::speech::Problem::Disabled,
        ),
        ..well.clone()
    };
    assert!(
        attention(&ctx, &silent).is_empty(),
        "speech switched off on purpose is no alarm"
    );
    let bad = Health {
        printers: vec![
            ("ricevute".into(), Some("printer-paper-out")),
            ("A4".into(), None),
        ],
        disk_free_mib: Some(300),
        needs_operator: 2,
        agencies: vec![
            report(Agency::ComuneArezzo, AgencyState::CircuitOpen),
            report(Agency::RegioneToscana, AgencyState::Down),
        ],
        speech: serto_kiosk::speech::Availability::Unavailable(
            serto_kiosk::speech::Problem::NoAudio("aplay: audio open error".into()),
        ),
        ..Health::default()
    };
    let lines = attention(&ctx, &bad);
    let with = |key: &str, arguments: &[(&str, Value)]| {
        let mut fluent = serto_kiosk::i18n::Args::new();
        for (name, value) in arguments {
            fluent.set(*name, value.clone());
        }
        library.translations.format(&italian, key, Some(&fluent))
    };
    let t = |key: &str| library.translations.text(&italian, key);
    let agency = |id: &str, state: &str| {
        with(
            "health-agency-line",
            &[
                ("agency", Value::from(t(&format!("agency-name-{id}")))),
                ("state", Value::from(t(state))),
            ],
        )
    };
    assert_eq!(
        lines,
        vec![
            with(
                "health-printer-line",
                &[
                    ("queue", Value::from("ricevute")),
                    ("state", Value::from(t("printer-paper-out"))),
                ],
            ),
            with("attention-needs-operator", &[("count", Value::from(2))]),
            agency("comune-arezzo", "agency-state-circuit-open"),
            agency("regione-toscana", "agency-state-down"),
            with(
                "speech-problem-no-audio",
                &[("detail", Value::from("aplay: audio open error"))],
            ),
            with("attention-disk", &[("mib", Value::from(300))]),
        ]
    );
}

/// Training switched from the panel: a practice desk with its own
/// simulator and outbox, the ribbon, faults switched per agency; the real
/// simulator and the real outbox never see the practice; switching back
/// returns to the real desk.
#[test]
fn the_operator_switches_training_on_with_faults_and_back() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    let real = std::sync::Arc::clone(p.kiosk.desk().unwrap());
    enter_as_operator(&mut p);
    p.tap(&p.it("operator-training"));
    p.expect(&p.it("training-off"));
    p.tap(&p.it("training-start"));
    p.expect(&p.tr("training-ribbon"));
    p.expect(&p.it("training-faults"));
    let practice = std::sync::Arc::clone(p.kiosk.desk().unwrap());
    assert!(!std::sync::Arc::ptr_eq(&real, &practice));
    assert!(practice.config.training_mode);
    // A fault for the USL, from the screen.
    p.send(Message::Operator(
        serto_kiosk::ui::screen::operator::Message::Fault(
            Agency::UslToscanaSudEst,
            serto_kiosk::simulator::faults::Preset::Down,
        ),
    ));
    assert!(practice.faults(Agency::UslToscanaSudEst).outage);
    assert!(!real.faults(Agency::UslToscanaSudEst).outage);
    // A practice session: a look-up goes to the practice simulator only.
    p.tap(&p.it("operator-close"));
    p.tap(&p.it("attract-touch"));
    p.tap("Italiano");
    p.tap(&p.tr("category-citizen-life"));
    p.tap(&p.tr("service-permit-status"));
    p.tap(&p.tr("intro-start"));
    p.type_on_keyboard("AR12345678");
    p.tap(&p.it("wizard-continue"));
    p.tap(&p.it("check-send-status"));
    p.expect(&p.tr("status-permit-status-ready"));
    assert!(
        p.simulator.exchanges().is_empty(),
        "the real desk's simulator saw the practice"
    );
    assert!(real.outbox().list(&[], 10).unwrap().is_empty());
    p.tap(&p.it("confirm-finish"));
    // Back to the real desk.
    enter_as_operator(&mut p);
    p.tap(&p.it("operator-training"));
    p.expect(&p.it("training-stop"));
    p.tap(&p.it("training-stop"));
    assert!(std::sync::Arc::ptr_eq(p.kiosk.desk().unwrap(), &real));
    assert!(!p.sees(&p.tr("training-ribbon")));
    p.expect(&p.it("training-off"));
}

/// With a USB folder configured, the CSV goes to the stick when one is
/// mounted there, and to the data folder (saying so) when none is.
#[test]
fn the_csv_goes_to_a_mounted_usb_stick_or_says_there_is_none() {
    // Not mounted: an ordinary folder where a stick would be.
    let data = tempfile::tempdir().unwrap();
    let empty = tempfile::tempdir().unwrap();
    let mut config =
        crate::common::gui::config(data.path(), "serto-no-such-queue", "serto-no-such-queue");
    config.export_dir = Some(empty.path().to_owned());
    let mut p = Person::arrive_with(config, data);
    enter_as_operator(&mut p);
    p.tap(&p.it("operator-export"));
    let month = jiff::ZonedDateTime::now()
        .in_tz("Europe/Rome")
        .unwrap()
        .strftime("%Y-%m")
        .to_string();
    let in_data = p
        .kiosk
        .desk()
        .unwrap()
        .config
        .data_dir
        .join(format!("statistiche-DEMO-K01-{month}.csv"));
    p.expect(&p.text_in(
        "it",
        "operator-exported-no-usb",
        &[("file", Value::from(in_data.display().to_string()))],
    ));
    assert!(in_data.exists());
    assert_eq!(std::fs::read_dir(empty.path()).unwrap().count(), 0);
    // Mounted: /dev/shm is a file system of its own (tmpfs) on Linux, as a
    // stick's mount point is.
    let data = tempfile::tempdir().unwrap();
    let mut config =
        crate::common::gui::config(data.path(), "serto-no-such-queue", "serto-no-such-queue");
    config.kiosk_id = serto_kiosk::config::KioskId::parse("USB-T01").unwrap();
    config.export_dir = Some("/dev/shm".into());
    let mut p = Person::arrive_with(config, data);
    enter_as_operator(&mut p);
    p.tap(&p.it("operator-export"));
    p.expect(&p.text_in(
        "it",
        "operator-exported-usb",
        &[(
            "file",
            Value::from(format!("/dev/shm/statistiche-USB-T01-{month}.csv")),
        )],
    ));
    let written: Vec<_> = std::fs::read_dir("/dev/shm")
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("statistiche-USB-T01-")
        })
        .collect();
    assert_eq!(written.len(), 1);
    let csv = std::fs::read_to_string(written[0].path()).unwrap();
    std::fs::remove_file(written[0].path()).unwrap();
    assert!(csv.starts_with("month,service,language,mode,"), "{csv}");
}
