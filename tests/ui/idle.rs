//! The idle timeout: a full-screen warning with a countdown that one touch
//! cancels, then the wipe: no answer, typed text, document or language
//! choice is left in the UI state, and the attract screen returns. What is
//! already in the outbox stays.

use std::time::{Duration, Instant};

use crate::common::gui::Person;

/// A person halfway through a residence change, names typed.
fn halfway() -> Person {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    p.walk_to_the_names_of_a_residence_change("Italiano");
    p.tap(&p.it("flow-family-reunification-member_surname"));
    p.type_on_keyboard("ZHANG");
    p.tap(&p.it("flow-family-reunification-given_name"));
    p.type_on_keyboard("WEILUN");
    p
}

fn idle_for(p: &mut Person, from: Instant, seconds: u64) -> Instant {
    let at = from + Duration::from_secs(seconds);
    p.clock(at);
    at
}

#[test]
fn after_the_timeout_and_the_countdown_everything_is_wiped() {
    let mut p = halfway();
    let config = std::sync::Arc::clone(&p.kiosk.desk().unwrap().config);
    let start = Instant::now();
    // Just before the timeout nothing happens.
    idle_for(&mut p, start, config.idle_timeout.as_secs() - 2);
    assert!(p.sees("WEILUN|"));
    // Then the warning, full screen, with its countdown.
    let warned = idle_for(&mut p, start, config.idle_timeout.as_secs() + 1);
    p.expect(&p.it("idle-title"));
    let countdown = p.tr_n(
        "idle-countdown",
        &[("seconds", config.idle_warning.as_secs() as usize)],
    );
    p.expect(&countdown);
    assert!(config.idle_warning >= Duration::from_secs(20));
    assert!(!p.sees("WEILUN|"), "the page is hidden behind the warning");
    // Nobody touches: wiped.
    idle_for(&mut p, warned, config.idle_warning.as_secs());
    assert!(p.kiosk.is_attract());
    p.expect(&p.it("attract-touch"));
    assert!(p.kiosk.wizard().is_none());
    let state = format!("{:?}", p.kiosk);
    for typed in ["ZHANG", "WEILUN"] {
        assert!(!state.contains(typed), "“{typed}” is still in the UI state");
    }
    assert_eq!(p.kiosk.language().as_str(), "it");
}

#[test]
fn one_touch_on_the_warning_continues_with_nothing_lost() {
    let mut p = halfway();
    let config = std::sync::Arc::clone(&p.kiosk.desk().unwrap().config);
    let start = Instant::now();
    idle_for(&mut p, start, config.idle_timeout.as_secs() + 1);
    p.expect(&p.it("idle-title"));
    p.tap(&p.it("idle-continue"));
    p.expect("WEILUN|");
    p.expect("ZHANG");
    assert!(!p.kiosk.is_attract());
}

#[test]
fn the_wipe_leaves_a_stored_submission_in_the_outbox() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    p.tap(&p.it("attract-touch"));
    p.tap("Italiano");
    p.tap(&p.it("category-health"));
    p.tap(&p.it("service-health-booking"));
    p.tap(&p.it("intro-start"));
    p.tap(&p.tr("flow-health-booking-prescription_kind-electronic"));
    p.tap(&p.it("wizard-continue"));
    p.type_on_keyboard("0900A1234567890");
    p.tap(&p.tr("flow-health-booking-patient_code"));
    p.type_on_keyboard(&crate::common::with_check("LMRFTM88C52Z330"));
    p.tap(&p.it("wizard-continue"));
    p.tap(&p.tr("flow-health-booking-priority-b"));
    p.tap(&p.it("wizard-continue"));
    p.tap(&p.tr("flow-health-booking-area-any"));
    p.tap(&p.it("wizard-continue"));
    let slot = crate::common::gui::slot_tile(&p.calls("slots")[0].response["offers"][0]);
    p.tap(&slot);
    p.tap(&p.it("wizard-continue"));
    p.type_on_keyboard("3331234567");
    p.tap(&p.it("wizard-continue"));
    p.tap(&p.it("wizard-continue"));
    p.tap(&p.it("check-send-application"));
    p.expect(&p.it("channel-pagopa-sent-title"));
    let reference = p.wait_for_call("booking").request["kiosk_reference"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(!p.kiosk.printed().is_empty(), "the receipt was made");
    let config = std::sync::Arc::clone(&p.kiosk.desk().unwrap().config);
    let start = Instant::now();
    let warned = idle_for(&mut p, start, config.idle_timeout.as_secs());
    idle_for(&mut p, warned, config.idle_warning.as_secs());
    assert!(p.kiosk.is_attract());
    assert!(p.kiosk.printed().is_empty(), "printed documents dropped");
    let entry = p.kiosk.desk().unwrap().outbox().status(&reference).unwrap();
    assert_eq!(entry.state, serto_kiosk::outbox::State::Delivered);
}

/// The idle warning calls the person back with a chime (once, when it
/// appears), not only on screen.
#[test]
fn the_idle_warning_chimes() {
    let data = tempfile::tempdir().unwrap();
    let mut config =
        crate::common::gui::config(data.path(), "serto-no-such-queue", "serto-no-such-queue");
    config.speech.device = "null".into();
    let mut p = Person::arrive_with(config, data);
    p.walk_to_the_names_of_a_residence_change("Italiano");
    let timeout = p.kiosk.desk().unwrap().config.idle_timeout;
    let start = Instant::now();
    idle_for(&mut p, start, timeout.as_secs() + 1);
    p.expect(&p.it("idle-title"));
    idle_for(&mut p, start, timeout.as_secs() + 3);
    let speaker = p.kiosk.desk().unwrap().speaker();
    let until = Instant::now() + Duration::from_secs(30);
    while speaker.chimes() < 1 {
        assert!(Instant::now() < until, "the chime played");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(speaker.chimes(), 1, "once, when the warning appeared");
}
