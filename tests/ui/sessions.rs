//! Whole sessions through the screens, tapping the on-screen keyboard, in
//! Italian and in Arabic: what is on screen at each step, and what reached
//! the agency simulator.

use crate::common::gui::Person;

/// From the attract screen to a service's first question.
fn open(person: &mut Person, language: &str, category_key: &str, service_key: &str) {
    person.tap(&person.it("attract-touch"));
    person.tap(language);
    let category = person.tr(category_key);
    person.tap(&category);
    let name = person.tr(service_key);
    person.tap(&name);
    person.expect(&person.tr("info-need"));
    let start = person.tr("intro-start");
    person.tap(&start);
}

/// Taps what shows `label`; if it is under the keyboard, closes the
/// keyboard first, as a person would.
fn tap_in_view(p: &mut Person, label: &str) {
    if !p.try_tap(label) {
        let hide = p.tr("keyboard-hide");
        p.tap(&hide);
        p.tap(label);
    }
}

/// Taps an option of a choice field by its Fluent key.
fn choose(p: &mut Person, key: &str) {
    let label = p.tr(key);
    tap_in_view(p, &label);
}

fn next(p: &mut Person) {
    let label = p.tr("wizard-continue");
    p.tap(&label);
}

/// Taps a field's question (the keyboard moves there) and types. A field
/// hidden under the keyboard is reached as a person would: close the
/// keyboard, then tap the question.
fn fill(p: &mut Person, label_key: &str, text: &str) {
    let label = p.tr(label_key);
    tap_in_view(p, &label);
    p.type_on_keyboard(text);
}

/// A country or comune: the first letters, then the suggested name.
fn place(p: &mut Person, label_key: &str, first_letters: &str, name: &str) {
    fill(p, label_key, first_letters);
    p.expect(&p.tr("wizard-suggestions"));
    // A state shows its name in the person's language first.
    let tile = {
        let places = &p.kiosk.library().places;
        places
            .current_country(name, serto_kiosk::italy::today())
            .and_then(|state| places.local_name(&state.code, p.kiosk.language().as_str()))
            .filter(|own| !own.eq_ignore_ascii_case(name))
            .map_or_else(|| name.to_owned(), |own| format!("{own} — {name}"))
    };
    p.tap(&tile);
}

fn permit_look_up(language: &str) {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    open(
        &mut p,
        language,
        "category-citizen-life",
        "service-permit-status",
    );
    p.expect(&p.tr("flow-permit-status-reference"));
    p.expect(&p.tr_n("wizard-progress", &[("current", 1), ("total", 2)]));
    p.type_on_keyboard("AR12345678");
    p.expect("AR12345678|");
    p.tap(&p.tr("wizard-continue"));
    p.expect(&p.tr("check-title"));
    p.expect("AR12345678");
    p.tap(&p.tr("check-send-status"));
    // What the page says happened: read from the public page, nothing sent.
    p.expect(&p.tr("channel-public-page-answered-title"));
    p.expect(&p.tr("channel-public-page-answered-status"));
    p.expect(&p.tr("status-permit-status-ready"));
    let call = p
        .calls("permit-status")
        .pop()
        .expect("the look-up reached the Polizia di Stato's page");
    // The page gets the number and nothing else.
    assert_eq!(call.request, serde_json::json!({ "pratica": "AR12345678" }));
    // The answer on paper: the number, what the page said, and where to
    // check again.
    p.tap(&p.tr("print-result"));
    let (_, pdf) = p
        .kiosk
        .printed()
        .iter()
        .find(|(doc, _)| *doc == serto_kiosk::desk::Doc::LookUpResult)
        .expect("the answer was made")
        .clone();
    let text = crate::common::pdf_text(&pdf);
    assert!(text.contains("AR12345678"), "{text}");
    assert!(text.contains("questure.poliziadistato.it"), "{text}");
    assert!(
        crate::common::pdf_qr_codes(&pdf)
            .contains(&serto_kiosk::agencies::questura::PUBLIC_PAGE.to_owned())
    );
}

/// The page could not be read (its protection refused the request): the
/// person is told so, never a guessed state, and gets the page's address
/// to open it on a phone or with the operator.
fn permit_page_unreadable(language: &str) {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    open(
        &mut p,
        language,
        "category-citizen-life",
        "service-permit-status",
    );
    p.type_on_keyboard("AR00000403");
    p.tap(&p.tr("wizard-continue"));
    p.tap(&p.tr("check-send-status"));
    p.expect(&p.tr("result-not-answered"));
    p.expect(&p.tr("permit-page-unreadable"));
    p.expect(serto_kiosk::agencies::questura::PUBLIC_PAGE);
    for state in serto_kiosk::agencies::questura::PermitState::ALL {
        let said = p.tr(&format!("status-permit-status-{}", state.code()));
        assert!(!p.sees(&said), "no state is guessed: {said}");
    }
    p.expect(&p.tr("print-where"));
}

#[test]
fn an_unreadable_permit_page_is_said_in_italian() {
    permit_page_unreadable("Italiano");
}

#[test]
fn an_unreadable_permit_page_is_said_in_arabic() {
    permit_page_unreadable("العربية");
}

#[test]
fn permit_look_up_in_italian() {
    permit_look_up("Italiano");
}

#[test]
fn permit_look_up_in_arabic() {
    permit_look_up("العربية");
}

/// The residence change of a person arriving from Morocco with two people
/// moving with them, up to the confirmation; the declaration reaches the
/// Comune (simulator) with both members.
fn residence_change(language: &str) {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    open(
        &mut p,
        language,
        "category-citizen-life",
        "service-residence-change",
    );
    p.expect(&p.tr("flow-residence-change-reason"));
    choose(&mut p, "flow-residence-change-reason-from-abroad");
    next(&mut p);
    place(
        &mut p,
        "flow-residence-change-previous_country",
        "MAR",
        "Marocco",
    );
    next(&mut p);

    p.expect(&p.tr("flow-residence-change-page-applicant"));
    fill(&mut p, "flow-residence-change-surname", "EL AMRANI");
    fill(&mut p, "flow-residence-change-given_name", "FATIMA");
    // Continue without the sex: the error names the fix, the names stay.
    next(&mut p);
    p.expect(&p.tr("error-summary-title"));
    p.expect(&p.tr("error-required"));
    p.expect("EL AMRANI");
    p.expect("FATIMA");
    choose(&mut p, "flow-residence-change-sex-female");
    next(&mut p);

    p.expect(&p.tr("flow-residence-change-page-applicant-birth"));
    fill(&mut p, "flow-residence-change-birth_date", "12031988");
    place(
        &mut p,
        "flow-residence-change-birth_country",
        "MAROC",
        "Marocco",
    );
    next(&mut p);

    let cf = crate::common::with_check("LMRFTM88C52Z330");
    fill(&mut p, "flow-residence-change-codice_fiscale", &cf);
    place(
        &mut p,
        "flow-residence-change-citizenship",
        "MAR",
        "Marocco",
    );
    next(&mut p);

    choose(&mut p, "flow-residence-change-civil_status-married");
    next(&mut p);

    fill(&mut p, "flow-residence-change-street", "VIA ROMA");
    fill(&mut p, "flow-residence-change-house_number", "12");
    fill(&mut p, "flow-residence-change-cap", "52100");
    next(&mut p);

    choose(&mut p, "wizard-no");
    next(&mut p);
    choose(&mut p, "flow-residence-change-title-owner");
    next(&mut p);

    // Two people move with her.
    for (surname, given, birth, relationship, cf) in [
        (
            "EL AMRANI",
            "YOUSSEF",
            "04051985",
            "spouse",
            "LMRYSF85E04Z330",
        ),
        ("EL AMRANI", "SARA", "20092015", "child", "LMRSRA15P60Z330"),
    ] {
        p.expect(&p.tr("flow-residence-change-members-add-another"));
        choose(&mut p, "wizard-add-another-yes");
        fill(&mut p, "flow-residence-change-member_surname", surname);
        fill(&mut p, "flow-residence-change-member_given_name", given);
        fill(&mut p, "flow-residence-change-member_birth_date", birth);
        choose(
            &mut p,
            &format!("flow-residence-change-member_relationship-{relationship}"),
        );
        next(&mut p);
        fill(
            &mut p,
            "flow-residence-change-member_codice_fiscale",
            &crate::common::with_check(cf),
        );
        place(
            &mut p,
            "flow-residence-change-member_citizenship",
            "MAR",
            "Marocco",
        );
        next(&mut p);
    }
    choose(&mut p, "wizard-add-another-no");

    fill(&mut p, "flow-residence-change-phone", "3331234567");
    next(&mut p);
    p.expect(&p.tr("flow-residence-change-what_next"));
    next(&mut p);

    // Check your answers, with a change that returns here.
    p.expect(&p.tr("check-title"));
    p.expect("YOUSSEF");
    p.expect("SARA");
    p.expect("VIA ROMA");
    p.tap(&p.tr("check-send-application"));

    p.expect(&p.tr("channel-comune-sent-title"));
    p.expect(&p.tr("confirm-reference"));
    let call = p.wait_for_call("residence-declaration");
    let members = call.request["groups"]["members"]
        .as_array()
        .expect("members");
    assert_eq!(members.len(), 2);
    assert_eq!(members[0]["member_given_name"]["value"], "YOUSSEF");
    assert_eq!(members[1]["member_given_name"]["value"], "SARA");
    assert_eq!(call.request["answers"]["surname"]["value"], "EL AMRANI");
    assert_eq!(call.request["answers"]["previous_country"]["value"], "Z330");
    let reference = call.request["kiosk_reference"].as_str().unwrap().to_owned();
    p.expect(&reference);

    // The receipt printed by itself; the printer is missing, so the page
    // says so, keeps the PDF and offers to print again.
    p.expect(&p.tr("print-again"));
    assert!(
        p.kiosk
            .printed()
            .iter()
            .any(|(doc, _)| *doc == serto_kiosk::desk::Doc::Receipt)
    );
    p.tap(&p.tr("print-form"));
    assert_eq!(
        p.kiosk.printed().len(),
        2,
        "receipt and form kept for a reprint"
    );

    // Neither paper printed: "I have finished" asks first.
    p.tap(&p.tr("confirm-finish"));
    p.expect(&p.tr("papers-title"));
    p.tap(&p.tr("papers-finish-anyway"));
    p.expect(&p.it("attract-touch"));
    assert!(p.kiosk.printed().is_empty(), "documents dropped at the end");
}

#[test]
fn residence_change_with_two_members_in_italian() {
    residence_change("Italiano");
}

#[test]
fn residence_change_with_two_members_in_arabic() {
    residence_change("العربية");
}

/// A CUP booking with an electronic prescription, up to the pagoPA notice:
/// the slots come from the USL (simulator) when the page opens, the
/// booking reaches it, and the notice printed carries the notice number.
fn health_booking(language: &str, queue: &str) -> Person {
    let mut p = Person::arrive(queue, queue);
    open(
        &mut p,
        language,
        "category-health",
        "service-health-booking",
    );
    choose(&mut p, "flow-health-booking-prescription_kind-electronic");
    next(&mut p);
    fill(&mut p, "flow-health-booking-nre", "0900A1234567890");
    let cf = crate::common::with_check("LMRFTM88C52Z330");
    fill(&mut p, "flow-health-booking-patient_code", &cf);
    next(&mut p);
    choose(&mut p, "flow-health-booking-priority-p");
    next(&mut p);
    choose(&mut p, "flow-health-booking-area-arezzo");
    next(&mut p);

    // The slots the CUP offered for this prescription, shown as they came.
    p.expect(&p.tr("flow-health-booking-slot"));
    let slots = p.calls("slots");
    assert_eq!(
        slots.len(),
        1,
        "the slots were asked once, when the page opened"
    );
    assert_eq!(
        slots[0].request["answers"]["nre"]["value"],
        "0900A1234567890"
    );
    // By day, the earliest first: the weekday over its times and places.
    let offer = &slots[0].response["offers"][0];
    let first = offer["label"].as_str().expect("a slot").to_owned();
    let day: jiff::civil::DateTime = offer["starts_at"].as_str().unwrap().parse().unwrap();
    p.expect(&format!(
        "{} {}",
        p.tr(&format!(
            "weekday-{}",
            day.date().weekday().to_monday_one_offset()
        )),
        day.strftime("%d/%m/%Y")
    ));
    p.tap(&crate::common::gui::slot_tile(offer));
    next(&mut p);
    fill(&mut p, "flow-health-booking-phone", "3331234567");
    next(&mut p);
    p.expect(&p.tr("flow-health-booking-payment"));
    next(&mut p);

    p.expect(&p.tr("check-title"));
    p.expect(&first);
    p.tap(&p.tr("check-send-application"));
    p.expect(&p.tr("channel-pagopa-sent-title"));
    let booking = p.wait_for_call("booking");
    let notice = booking.response["payment"]["notice_number"]
        .as_str()
        .expect("a pagoPA notice")
        .to_owned();
    // Verified with pagoPA: its state, amount and the pay-now code.
    p.expect(&p.tr("pagopa-state-payable"));
    let cents = booking.response["payment"]["amount_cents"]
        .as_u64()
        .unwrap();
    p.expect(&format!("{},{:02} €", cents / 100, cents % 100));
    p.expect(&p.tr("pagopa-pay-now"));
    // The notice code as on the notice (groups of four), and who is paid:
    // on screen, not only on paper.
    let grouped: String = notice
        .as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(" ");
    p.expect(&grouped);
    p.expect(
        booking.response["payment"]["creditor_name"]
            .as_str()
            .unwrap(),
    );
    // The due date as pagoPA holds it.
    let verified = p.calls("payment-options").pop().expect("verified");
    let due = first_due_date(&verified.response).expect("a due date");
    p.expect(&serto_kiosk::documents::print_date(&due[..10]));
    let verified = p
        .calls("payment-options")
        .pop()
        .expect("the notice was verified");
    assert_eq!(verified.status, 200);
    assert_eq!(verified.request["notice-number"], notice.as_str());
    let location = p.calls("carts").pop().expect("a Checkout cart").response["location"]
        .as_str()
        .unwrap()
        .to_owned();
    let code = booking.response["appointment"]["booking_code"]
        .as_str()
        .unwrap()
        .to_owned();
    p.expect(&code);
    p.tap(&p.tr("print-payment"));
    let (_, pdf) = p
        .kiosk
        .printed()
        .iter()
        .find(|(doc, _)| *doc == serto_kiosk::desk::Doc::PaymentNotice)
        .expect("the notice was made")
        .clone();
    let text = crate::common::pdf_text(&pdf);
    assert!(
        text.contains(&grouped) || text.contains(&notice),
        "the notice number {notice} is on the notice:\n{text}"
    );
    // Both codes read back: the notice's own payload and Checkout's page.
    let codes = crate::common::pdf_qr_codes(&pdf);
    assert!(
        codes
            .iter()
            .any(|c| c.starts_with(&format!("PAGOPA|002|{notice}|"))),
        "{codes:?}"
    );
    assert!(codes.contains(&location), "{location} in {codes:?}");
    p
}

/// The first `dueDate` anywhere in a pagoPA answer.
fn first_due_date(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::Object(map) => map
            .get("dueDate")
            .and_then(|d| d.as_str().map(str::to_owned))
            .or_else(|| map.values().find_map(first_due_date)),
        serde_json::Value::Array(items) => items.iter().find_map(first_due_date),
        _ => None,
    }
}

/// A ticket whose notice pagoPA says is expired: the page says so and the
/// notice is neither offered nor printed (the booking itself stands).
fn expired_ticket(language: &str) {
    let mut p = to_the_slots(language, "0900A1234567899");
    let offers = p.calls("slots").pop().unwrap().response["offers"].clone();
    p.tap(&crate::common::gui::slot_tile(&offers[0]));
    next(&mut p);
    fill(&mut p, "flow-health-booking-phone", "3331234567");
    next(&mut p);
    next(&mut p);
    p.tap(&p.tr("check-send-application"));
    p.expect(&p.tr("channel-pagopa-sent-title"));
    p.expect(&p.tr("pagopa-state-expired"));
    assert!(!p.sees(&p.tr("print-payment")), "no notice to print");
    assert!(!p.sees(&p.tr("pagopa-pay-now")));
    assert!(
        !p.kiosk
            .printed()
            .iter()
            .any(|(d, _)| *d == serto_kiosk::desk::Doc::PaymentNotice),
        "nothing of the notice printed"
    );
    let speech = p.kiosk.page_speech().expect("the page can be read");
    assert!(speech.contains(&p.tr("pagopa-state-expired")), "{speech}");
}

#[test]
fn an_expired_ticket_in_italian_prints_no_notice() {
    expired_ticket("Italiano");
}

#[test]
fn an_expired_ticket_in_arabic_prints_no_notice() {
    expired_ticket("العربية");
}

#[test]
fn health_booking_in_italian_prints_on_a_real_queue() {
    crate::common::cups_queue("serto-test-ui");
    let p = health_booking("Italiano", "serto-test-ui");
    p.expect(&p.tr("print-done"));
}

/// The printer is missing: the page says so and offers to print again;
/// "I have finished" first asks whether the person has their papers, and
/// finishes only when they say so.
#[test]
fn health_booking_in_arabic_with_the_printer_missing() {
    let mut p = health_booking("العربية", "serto-no-such-queue");
    p.expect(&p.tr("print-again"));
    p.tap(&p.tr("confirm-finish"));
    p.expect(&p.tr("papers-title"));
    p.expect(&p.tr("papers-what-now"));
    let speech = p.kiosk.page_speech().expect("the dialog can be read");
    assert!(speech.contains(&p.tr("papers-title")), "{speech}");
    p.tap(&p.tr("papers-back"));
    assert!(!p.sees(&p.tr("papers-title")));
    p.expect(&p.tr("channel-pagopa-sent-title"));
    p.tap(&p.tr("confirm-finish"));
    p.tap(&p.tr("papers-finish-anyway"));
    p.expect(&p.it("attract-touch"));
}

/// A booking with this prescription (priority B, Arezzo) up to the page
/// that asks the CUP for its slots.
fn to_the_slots(language: &str, nre: &str) -> Person {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    open(
        &mut p,
        language,
        "category-health",
        "service-health-booking",
    );
    choose(&mut p, "flow-health-booking-prescription_kind-electronic");
    next(&mut p);
    fill(&mut p, "flow-health-booking-nre", nre);
    fill(
        &mut p,
        "flow-health-booking-patient_code",
        &crate::common::with_check("LMRFTM88C52Z330"),
    );
    next(&mut p);
    choose(&mut p, "flow-health-booking-priority-b");
    next(&mut p);
    choose(&mut p, "flow-health-booking-area-arezzo");
    next(&mut p);
    p
}

/// The CUP gives the slot to someone else between the page and the send:
/// the kiosk goes back to the slot question with the CUP's reason on it,
/// the person picks another and sends again; the refused submission is
/// cancelled in the outbox (not left for the operator), and nothing typed
/// was lost.
#[test]
fn a_slot_taken_meanwhile_is_marked_on_the_slot_question() {
    let mut p = to_the_slots("Italiano", "0900A1234567890");
    let offers = p.calls("slots").pop().unwrap().response["offers"].clone();
    p.tap(&crate::common::gui::slot_tile(&offers[0]));
    next(&mut p);
    fill(&mut p, "flow-health-booking-phone", "3331234567");
    next(&mut p);
    next(&mut p);
    p.expect(&p.tr("check-title"));

    // Meanwhile someone else books that slot (the same data, through the
    // desk: what another kiosk would send).
    let desk = std::sync::Arc::clone(p.kiosk.desk().unwrap());
    let other = p.kiosk.wizard().unwrap().session().submission().unwrap();
    let reference = p
        .block_on(std::sync::Arc::clone(&desk).enqueue(other, None))
        .unwrap();
    let outcome = p.block_on(std::sync::Arc::clone(&desk).wait_delivery(reference));
    assert!(matches!(outcome, serto_kiosk::desk::Outcome::Sent(_)));

    p.tap(&p.tr("check-send-application"));
    // Straight back to the slots, the CUP's reason on the slot question,
    // the slots asked again.
    p.expect(&p.tr("agency-problem-slot-taken"));
    p.expect(&p.tr("flow-health-booking-slot"));
    p.expect(&p.tr("error-summary-title"));
    let refused = p.calls("booking").pop().unwrap().request["kiosk_reference"]
        .as_str()
        .unwrap()
        .to_owned();
    let offers = p.calls("slots").pop().unwrap().response["offers"].clone();
    p.tap(&crate::common::gui::slot_tile(&offers[0]));
    next(&mut p);
    // The phone as typed, the payment note, the check page.
    p.expect("+393331234567|"); // as stored, the keyboard on it
    next(&mut p);
    next(&mut p);
    p.expect(&p.tr("check-title"));
    p.expect("0900A1234567890");
    p.tap(&p.tr("check-send-application"));
    p.expect(&p.tr("channel-pagopa-sent-title"));
    let outbox = p.kiosk.desk().unwrap().outbox();
    assert_eq!(
        outbox.status(&refused).unwrap().state,
        serto_kiosk::outbox::State::Cancelled,
        "the refused one is cancelled once the corrected one is stored"
    );
}

/// A prescription the CUP does not know: the kiosk goes back to the page
/// where the NRE was typed, marks it with the CUP's reason in the
/// person's language (summary and field), keeps what was typed; the wrong
/// letter is fixed where it is (tap, caret key, delete, type), the mark
/// goes as soon as the code reads right, and the pages after it keep their
/// answers.
fn an_unknown_prescription_is_marked_on_the_codes_page(language: &str) {
    let mut p = to_the_slots(language, "0500A1234567890");
    assert_eq!(p.calls("slots").len(), 1, "the CUP was asked");
    p.expect(&p.tr("flow-health-booking-nre"));
    // The reason under the field the keyboard is on (the summary, shrunk
    // while typing, has nothing else to say).
    let reason = p.tr("agency-problem-prescription-not-found");
    p.expect(&reason);
    assert!(
        !p.sees(&p.tr("flow-health-booking-slot")),
        "not on the slot page"
    );
    p.expect("0500A1234567890|"); // kept, the keyboard on it
    let cf = crate::common::with_check("LMRFTM88C52Z330");
    p.expect(&cf);

    // The one wrong letter fixed where it is: a tap at the start of the
    // code, the caret two letters on, delete the 5, type a 9.
    let typed = p.bounds_of("0500A1234567890|");
    p.tap_at(typed.x + 1.0, typed.center_y());
    p.expect("|0500A1234567890");
    p.tap("›");
    p.tap("›");
    p.expect("05|00A1234567890");
    p.tap(&p.tr("keyboard-delete"));
    assert!(p.sees(&reason), "not yet a whole code");
    p.type_on_keyboard("9");
    p.expect("09|00A1234567890");
    assert!(!p.sees(&reason), "the mark goes once the code reads right");
    assert!(!p.sees(&p.tr("error-summary-title")));
    next(&mut p);
    // Priority and area as chosen before, then the CUP's slots.
    next(&mut p);
    next(&mut p);
    p.expect(&p.tr("flow-health-booking-slot"));
    let slots = p.calls("slots");
    assert_eq!(slots.len(), 2);
    assert_eq!(
        slots[1].request["answers"]["nre"]["value"],
        "0900A1234567890"
    );
    assert_eq!(slots[1].request["answers"]["priority"]["value"], "b");
    p.expect(&crate::common::gui::slot_tile(
        &slots[1].response["offers"][0],
    ));
}

#[test]
fn an_unknown_prescription_is_marked_on_the_codes_page_in_italian() {
    an_unknown_prescription_is_marked_on_the_codes_page("Italiano");
}

#[test]
fn an_unknown_prescription_is_marked_on_the_codes_page_in_arabic() {
    an_unknown_prescription_is_marked_on_the_codes_page("العربية");
}

/// A country typed in the person's own script: the keyboard switches to
/// it, the suggestion shows the name in that script beside the Italian one
/// (the name the office uses), and the answer is the state's code.
#[test]
fn a_country_is_found_in_arabic_script() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    open(
        &mut p,
        "العربية",
        "category-citizen-life",
        "service-residence-change",
    );
    choose(&mut p, "flow-residence-change-reason-from-abroad");
    next(&mut p);
    p.tap(serto_kiosk::keyboard::Layout::Arabic.sample());
    p.type_on_keyboard("المغ");
    p.expect(&p.tr("wizard-suggestions"));
    p.tap("المغرب — Marocco");
    next(&mut p);
    p.expect(&p.tr("flow-residence-change-page-applicant"));
    let answer = p
        .kiosk
        .wizard()
        .unwrap()
        .session()
        .answer("previous_country", None)
        .cloned();
    assert_eq!(
        answer,
        Some(serto_kiosk::flows::answer::Answer::Place("Z330".into()))
    );
}
