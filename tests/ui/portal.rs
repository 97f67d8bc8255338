//! The services only a portal finishes with the person's own SPID or CIE:
//! the kiosk prepares them on paper, says nothing was sent, and only if
//! the person asks leaves them to the help desk — which finds them in its
//! list, after a restart too, and opens one to finish it with the person.

use serto_kiosk::desk::Doc;

use crate::common::gui::Person;

const ALI: &str = "https://portaleservizi.dlci.interno.it/AliSportello/ali/home.htm";

/// Up to the page that says the sheet is ready.
fn prepare_citizenship_status(language: &str) -> Person {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    p.tap(&p.it("attract-touch"));
    p.tap(language);
    p.tap(&p.tr("category-citizen-life"));
    p.tap(&p.tr("service-citizenship-status"));
    p.tap(&p.tr("intro-start"));
    p.type_on_keyboard("K10/C/123456");
    p.tap(&p.tr("wizard-continue"));
    p.type_on_keyboard("02041980");
    p.tap(&p.tr("wizard-continue"));
    p.expect(&p.tr("check-title"));
    // The button says what it does: nothing is sent from here.
    p.tap(&p.tr("check-send-portal"));
    p.expect(&p.tr("channel-portal-prepared-title"));
    p.expect(&p.tr("channel-portal-prepared-status"));
    p.expect(&p.tr("portal-name-ali"));
    p.expect(ALI);
    p.expect(&p.tr("portal-login-cie-app"));
    p
}

/// The sheet made for the person: the portal's address (and its QR code,
/// decoded in tests/documents.rs) and the answers under ALI's labels.
fn the_sheet(p: &Person) -> String {
    let (_, pdf) = p
        .kiosk
        .printed()
        .iter()
        .find(|(doc, _)| *doc == Doc::PortalSheet)
        .expect("the sheet prints by itself")
        .clone();
    let text = crate::common::pdf_text(&pdf);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn prepared_then_handed_off(language: &str) {
    let mut p = prepare_citizenship_status(language);
    let sheet = the_sheet(&p);
    assert!(sheet.contains("Numero pratica (K10)"), "{sheet}");
    assert!(sheet.contains("K10/C/123456"), "{sheet}");
    assert!(sheet.contains(ALI), "{sheet}");
    // Nothing left the kiosk: no call, no row in the outbox.
    assert!(p.calls("help-desk").is_empty());
    let outbox = p.kiosk.desk().unwrap().outbox();
    assert!(outbox.list(&[], 10).unwrap().is_empty());

    // The person asks the desk to finish it with them.
    p.tap(&p.tr("portal-hand-off"));
    p.expect(&p.tr("channel-portal-sent-title"));
    let call = p.wait_for_call("help-desk");
    assert_eq!(call.request["service"], "citizenship-status");
    assert_eq!(
        call.request["answers"]["reference"]["value"],
        "K10/C/123456"
    );
    // Its receipt says the desk has it, and that the office has nothing.
    let (_, receipt) = p
        .kiosk
        .printed()
        .iter()
        .find(|(doc, _)| *doc == Doc::Receipt)
        .expect("the receipt prints by itself")
        .clone();
    let receipt = crate::common::pdf_text(&receipt);
    let words = receipt.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("Lo sportello di aiuto ha ricevuto le tue risposte"),
        "{receipt}"
    );
    assert!(words.contains("L'ufficio non ha ancora ricevuto niente"));
    let speech = p.kiosk.page_speech().expect("this page can be read");
    assert!(
        speech.contains(&p.tr("channel-portal-sent-title")),
        "{speech}"
    );
}

#[test]
fn a_portal_service_is_prepared_in_italian_and_handed_off_on_request() {
    prepared_then_handed_off("Italiano");
}

#[test]
fn a_portal_service_is_prepared_in_arabic_and_handed_off_on_request() {
    prepared_then_handed_off("العربية");
}

/// The desk's list shows the hand-off without personal data, survives a
/// restart, and shows the answers only when opened.
#[test]
fn the_desk_finds_a_hand_off_after_a_restart_and_opens_it() {
    let mut p = prepare_citizenship_status("Italiano");
    p.tap(&p.tr("portal-hand-off"));
    p.expect(&p.tr("channel-portal-sent-title"));
    p.wait_for_call("help-desk");
    let reference = p
        .kiosk
        .desk()
        .unwrap()
        .outbox()
        .list(&[], 1)
        .unwrap()
        .pop()
        .unwrap()
        .reference;
    p.tap(&p.tr("confirm-finish"));

    let mut p = p.restart();
    crate::operator::enter_as_operator(&mut p);
    p.tap(&p.it("operator-hand-offs"));
    p.expect(&reference);
    p.expect(&p.it("service-citizenship-status"));
    assert!(!p.sees("K10/C/123456"), "no personal data in the list");
    p.tap(&p.it("hand-off-open"));
    p.expect("Numero pratica (K10)");
    p.expect("K10/C/123456");
    p.tap(&p.it("hand-off-close"));
    assert!(!p.sees("K10/C/123456"), "closed: gone from the screen");
}
