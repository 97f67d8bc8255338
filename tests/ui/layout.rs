//! The layout holds still under a finger: Back, Continue and Leave stay
//! where they are when the keyboard opens or closes, when the fields above
//! the keyboard fold, and when the error summary appears; the "Leave?"
//! dialog opens in the middle, with "Yes, leave" nowhere near Continue.
//! (A tap where Continue had been once changed an answer, and the exit
//! dialog's "Yes, leave" stood exactly where Continue was.)

use iced::Rectangle;

use crate::common::gui::Person;

/// Where the page's three buttons are now.
fn buttons(p: &Person) -> [Rectangle; 3] {
    ["wizard-back", "wizard-continue", "wizard-leave"].map(|key| p.bounds_of(&p.tr(key)))
}

fn assert_still(p: &Person, before: &[Rectangle; 3], after_what: &str) {
    let now = buttons(p);
    for (key, (was, is)) in ["Back", "Continue", "Leave"]
        .iter()
        .zip(before.iter().zip(now.iter()))
    {
        assert!(
            (was.x - is.x).abs() < 0.5 && (was.y - is.y).abs() < 0.5,
            "{key} moved from {was:?} to {is:?} after {after_what}"
        );
    }
}

fn the_buttons_hold_still(language: &str) {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    p.walk_to_the_names_of_a_residence_change(language);
    // The keyboard is up on the surname.
    assert!(p.sees(&p.tr("keyboard-hide")));
    let first = buttons(&p);

    // The keyboard moves to the given name: the surname folds.
    p.tap(&p.tr("flow-residence-change-given_name"));
    assert_still(&p, &first, "a field folded");

    p.tap(&p.tr("keyboard-hide"));
    assert!(!p.sees(&p.tr("keyboard-hide")), "the keyboard is closed");
    assert_still(&p, &first, "the keyboard closed");

    // Continue with nothing typed: the summary appears (shrunk to the
    // other fields' lines while the keyboard is on the first to correct),
    // then whole once the keyboard is closed.
    p.tap(&p.tr("wizard-continue"));
    assert!(p.sees(&p.tr("flow-residence-change-page-applicant")));
    assert_still(&p, &first, "the error summary appeared");
    p.tap(&p.tr("keyboard-hide"));
    assert!(p.sees(&p.tr("error-summary-title")));
    assert_still(&p, &first, "the whole summary showed");

    // "Leave?": in the middle of the screen, "Yes, leave" away from where
    // Continue is, "No, stay" on the forward side of the dialog.
    let continue_at = first[1];
    p.tap(&p.tr("wizard-leave"));
    let speech = p.kiosk.page_speech().expect("the dialog can be read");
    assert!(speech.contains(&p.tr("wizard-leave-question")), "{speech}");
    let yes = p.bounds_of(&p.tr("wizard-leave-yes"));
    let no = p.bounds_of(&p.tr("wizard-leave-no"));
    assert!(
        yes.intersection(&continue_at).is_none(),
        "“Yes, leave” at {yes:?} covers where Continue is ({continue_at:?})"
    );
    let middle = p.size.1 / 2.0;
    assert!(
        yes.y < middle + 200.0 && yes.y > middle - 300.0,
        "the dialog is in the middle of the screen: {yes:?}"
    );
    let rtl = p
        .kiosk
        .library()
        .translations
        .in_language(p.kiosk.language())
        .direction()
        == serto_kiosk::i18n::Direction::Rtl;
    assert_eq!(
        no.x > yes.x,
        !rtl,
        "“No, stay” on the forward side ({no:?}, {yes:?})"
    );
    p.tap(&p.tr("wizard-leave-no"));
    assert!(!p.sees(&p.tr("wizard-leave-yes")));
    assert!(p.sees(&p.tr("flow-residence-change-surname")), "still here");
}

#[test]
fn the_buttons_hold_still_in_italian() {
    the_buttons_hold_still("Italiano");
}

#[test]
fn the_buttons_hold_still_in_arabic() {
    the_buttons_hold_still("العربية");
}

#[test]
fn the_buttons_hold_still_in_urdu() {
    the_buttons_hold_still("اردو");
}

/// Each line of the error summary leads to its field (the keyboard goes
/// there), and leaves the summary as soon as what is typed would be
/// accepted.
#[test]
fn the_summary_leads_to_its_fields_and_shrinks_while_typing() {
    use serto_kiosk::i18n::Value;
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    p.walk_to_the_names_of_a_residence_change("Italiano");
    p.tap(&p.tr("wizard-continue"));
    let line = |p: &Person, key: &str| {
        p.text_in(
            "it",
            "error-summary-item",
            &[
                ("field", Value::from(p.tr(key))),
                ("problem", Value::from(p.tr("error-required"))),
            ],
        )
    };
    let given = line(&p, "flow-residence-change-given_name");
    let surname = line(&p, "flow-residence-change-surname");
    // The keyboard starts on the first field to correct (its error under
    // it, its line out of the summary while it is typed into); the
    // summary's line of the given name moves the keyboard there.
    p.expect(&given);
    assert!(!p.sees(&surname), "the field being typed into");
    assert!(!p.sees(&p.tr("error-summary-title")), "shrunk while typing");
    p.tap(&given);
    p.expect(&surname);
    p.type_on_keyboard("A");
    p.expect("A|");
    assert!(!p.sees(&given), "an accepted name leaves the summary");
    p.tap(&surname);
    p.type_on_keyboard("ROSSI");
    p.expect("ROSSI|");
    assert!(!p.sees(&surname));
    // Closed keyboard: the whole summary, with what is still wrong (the
    // sex, not chosen).
    p.tap(&p.tr("keyboard-hide"));
    p.expect(&p.tr("error-summary-title"));
    assert!(!p.sees(&given) && !p.sees(&surname));
}

/// Names are asked as the passport writes them: the hint says so before
/// typing and the keyboard offers Latin letters only (a surname typed in
/// Bengali script was accepted for the Anagrafe, which needs the
/// passport's spelling).
#[test]
fn names_are_asked_as_in_the_passport() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    p.walk_to_the_names_of_a_residence_change("বাংলা");
    p.expect(&p.tr("wizard-format-name"));
    // The passport's page beside the hint, its name lines marked in the
    // primary colour (nothing else in that band is drawn in it).
    let hint = p.bounds_of(&p.tr("wizard-format-name"));
    let (width, height, rgba) = p.pixels();
    let scale = width as f32 / p.size.0;
    let top = ((hint.y - 40.0) * scale).max(0.0) as usize;
    let bottom = (((hint.y + hint.height + 40.0) * scale) as usize).min(height);
    let primary = [0x00, 0x66, 0xCC];
    let marked = (top..bottom)
        .flat_map(|y| (0..width).map(move |x| (y * width + x) * 4))
        .filter(|&i| rgba[i..i + 3] == primary)
        .count();
    assert!(marked > 200, "the passport's name lines: {marked} pixels");
    let bengali = serto_kiosk::keyboard::Layout::Bengali.sample();
    assert!(
        !p.sees(bengali),
        "no switch to the Bengali keyboard on a name"
    );
    p.type_on_keyboard("RAHMAN");
    p.expect("RAHMAN|");
}
