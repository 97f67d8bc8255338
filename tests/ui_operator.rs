//! The operator's side: the hidden corner, the PIN pad with its lockout,
//! the outbox view changing the outbox (retry, cancel with a reason,
//! reprint), an assisted session counted as assisted, the statistics and
//! health tabs, the monthly CSV.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use common::gui::Person;
use serto_kiosk::catalogue::Agency;
use serto_kiosk::flows::Submission;
use serto_kiosk::flows::answer::Answer;
use serto_kiosk::outbox::State;
use serto_kiosk::simulator::faults::Faults;
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
    p.tap("Entra");
}

fn enter_as_operator(p: &mut Person) {
    hold_corner(p, 4);
    p.expect("Accesso operatore");
    type_pin(p, "1234"); // the demo config's PIN
    p.expect("Richieste in uscita");
}

#[test]
fn a_short_touch_on_the_corner_does_nothing_and_a_long_one_asks_the_pin() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    hold_corner(&mut p, 1);
    assert!(!p.sees("Accesso operatore"));
    hold_corner(&mut p, 4);
    p.expect("Accesso operatore");
    p.tap("Annulla");
    p.expect("Tocca lo schermo per iniziare");
}

#[test]
fn five_wrong_pins_lock_the_pad_then_the_right_one_opens_the_panel() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    hold_corner(&mut p, 4);
    for left in [4, 3, 2, 1] {
        type_pin(&mut p, "9999");
        let wrong = p.tr_n("pin-wrong", &[("left", left)]);
        p.expect(&wrong);
    }
    type_pin(&mut p, "9999");
    p.expect(&p.tr_n("pin-locked", &[("seconds", 30)]));
    // While locked even the right PIN is refused.
    type_pin(&mut p, "1234");
    assert!(!p.sees("Richieste in uscita"));
    // After the lock the right PIN opens the panel.
    p.advance(Duration::from_secs(40));
    type_pin(&mut p, "1234");
    p.expect("Richieste in uscita");
    p.tap("Chiudi il pannello");
    p.expect("Tocca lo schermo per iniziare");
}

/// A submission the Comune cannot take now (its service is down).
fn stored_while_the_comune_is_down(p: &Person) -> String {
    p.simulator.set_faults(
        Agency::ComuneArezzo,
        Faults {
            outage: true,
            ..Faults::default()
        },
    );
    let desk = std::sync::Arc::clone(p.kiosk.desk().unwrap());
    let mut answers = BTreeMap::new();
    answers.insert("certificate".to_owned(), Answer::Choice("residence".into()));
    let submission = Submission {
        service: "certificates".into(),
        operation: "comune-arezzo/certificate".into(),
        answers,
        groups: BTreeMap::new(),
        computed: BTreeMap::new(),
    };
    let reference = p
        .block_on(std::sync::Arc::clone(&desk).enqueue(submission, None))
        .unwrap();
    let until = Instant::now() + Duration::from_secs(10);
    while desk.outbox().status(&reference).unwrap().state != State::RetryWait {
        assert!(Instant::now() < until, "the delivery was tried");
        std::thread::sleep(Duration::from_millis(50));
    }
    reference
}

#[test]
fn the_outbox_view_retries_and_cancels_with_a_reason() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    let first = stored_while_the_comune_is_down(&p);
    let second = stored_while_the_comune_is_down(&p);
    enter_as_operator(&mut p);
    p.expect(&first);
    p.expect(&second);
    p.expect("In attesa di un nuovo tentativo");
    // Retry now: due at once and the worker woken.
    let desk = std::sync::Arc::clone(p.kiosk.desk().unwrap());
    let before = desk.outbox().status(&first).unwrap().attempts;
    p.send(Message::Operator(
        serto_kiosk::ui::screen::operator::Message::Retry(first.clone()),
    ));
    let until = Instant::now() + Duration::from_secs(10);
    while desk.outbox().status(&first).unwrap().attempts == before {
        assert!(Instant::now() < until, "retried");
        std::thread::sleep(Duration::from_millis(50));
    }
    // Cancel the second, with a reason from the list.
    p.send(Message::Operator(
        serto_kiosk::ui::screen::operator::Message::AskCancel(second.clone()),
    ));
    p.expect("Perché annulli questa richiesta?");
    p.tap("Risolta allo sportello");
    let entry = desk.outbox().status(&second).unwrap();
    assert_eq!(entry.state, State::Cancelled);
    assert_eq!(entry.cancel_reason.as_deref(), Some("handled-elsewhere"));
    p.expect("Annullata");
    // Reprint the receipt of the first (in Italian): the PDF is made.
    p.send(Message::Operator(
        serto_kiosk::ui::screen::operator::Message::Reprint(first.clone()),
    ));
    let (_, pdf) = p.kiosk.printed().last().cloned().expect("a receipt");
    assert!(common::pdf_text(&pdf).contains(&first));
}

#[test]
fn an_assisted_session_is_counted_as_assisted_and_the_csv_is_exported() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    enter_as_operator(&mut p);
    p.tap("Comincia una sessione assistita");
    p.tap("العربية");
    p.tap(&p.tr("category-citizen-life"));
    p.tap(&p.tr("service-permit-status"));
    p.tap(&p.tr("intro-start"));
    p.type_on_keyboard("AR12345678");
    // The operator switches to Italian mid-way: the answer stays.
    p.tap(&p.tr("home-change-language"));
    p.tap("Italiano");
    p.expect("AR12345678|");
    p.tap("Continua");
    p.type_on_keyboard("01011990");
    p.tap("Continua");
    p.tap("Controlla adesso");
    p.expect(&p.tr("status-permit-status-ready"));
    p.tap("Ho finito");
    enter_as_operator(&mut p);
    p.tap("Statistiche");
    p.expect("assistito");
    p.expect("Controllo del permesso di soggiorno");
    p.tap("Esporta il CSV del mese");
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
    p.tap("Stato del chiosco");
    p.expect("Stampante «serto-no-such-queue»: La stampante è spenta o scollegata.");
}

/// The idle wipe also drops a session left under the operator's panel.
#[test]
fn the_idle_wipe_reaches_a_session_left_under_the_panel() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    p.tap("Tocca lo schermo per iniziare");
    p.tap("Italiano");
    p.tap("Vita del cittadino");
    p.tap("Cambio di residenza");
    p.tap("Comincia");
    p.tap("Cambio indirizzo dentro Arezzo");
    p.tap("Continua");
    p.type_on_keyboard("OKONKWO");
    enter_as_operator(&mut p);
    let config = std::sync::Arc::clone(&p.kiosk.desk().unwrap().config);
    p.advance(config.idle_timeout + Duration::from_secs(1));
    p.advance(config.idle_warning + Duration::from_secs(1));
    assert!(p.kiosk.is_attract());
    assert!(!format!("{:?}", p.kiosk).contains("OKONKWO"));
}
