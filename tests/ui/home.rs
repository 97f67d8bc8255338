//! The kiosk driven as a person would, with iced_test and no window: touch
//! the attract screen, choose a language by its own name, reach the home,
//! its categories and services; the out-of-service page.

use std::sync::Arc;

use crate::common::gui::Person;
use serto_kiosk::config;
use serto_kiosk::ui::{Kiosk, Start};

fn kiosk() -> Person {
    Person::arrive("serto-no-such-queue", "serto-no-such-queue")
}

#[test]
fn arabic_reaches_the_arabic_home() {
    let mut p = kiosk();
    p.expect(&p.it("attract-touch"));
    p.tap(&p.it("attract-touch"));
    p.expect(&p.it("language-title"));
    p.tap("العربية");
    assert_eq!(p.kiosk.language().as_str(), "ar");
    let title = p.tr("home-title");
    assert!(
        title
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "Arabic title: {title}"
    );
    p.expect(&title);
    assert!(!p.sees(&p.it("home-title")));
}

#[test]
fn italian_home_has_the_five_categories_and_their_twelve_services() {
    let mut p = kiosk();
    p.tap(&p.it("attract-touch"));
    p.tap("Italiano");
    p.expect(&p.it("home-title"));
    let categories = [
        (
            "citizen-life",
            6,
            &[
                "certificates",
                "residence-change",
                "permit-status",
                "family-reunification",
                "citizenship-status",
                "italian-test-a2",
            ][..],
        ),
        (
            "education",
            2,
            &["state-school-enrolment", "municipal-school-services"][..],
        ),
        ("culture", 1, &["online-magazines"][..]),
        ("work-training", 2, &["training-courses", "job-offers"][..]),
        ("health", 1, &["health-booking"][..]),
    ];
    for (category, count, services) in categories {
        let category = p.it(&format!("category-{category}"));
        p.expect(&category);
        p.tap(&category);
        for service in services {
            p.expect(&p.it(&format!("service-{service}")));
        }
        assert_eq!(services.len(), count);
        p.tap(&p.it("wizard-back"));
        p.expect(&p.it("home-title"));
    }
}

#[test]
fn a_service_opens_and_leads_back_to_its_category() {
    let mut p = kiosk();
    p.tap(&p.it("attract-touch"));
    p.tap("English");
    p.tap(&p.tr("category-citizen-life"));
    p.tap(&p.en("service-residence-change"));
    p.expect(&p.en("service-residence-change-summary"));
    p.expect(&p.tr("info-need"));
    p.tap(&p.en("service-back"));
    p.expect(&p.en("service-residence-change"));
    p.expect(&p.en("home-title"));
}

#[test]
fn finishing_returns_to_the_attract_screen_in_the_default_language() {
    let mut p = kiosk();
    p.tap(&p.it("attract-touch"));
    p.tap("اردو");
    assert_eq!(p.kiosk.language().as_str(), "ur");
    let finish = p.tr("home-finish");
    p.tap(&finish);
    assert_eq!(p.kiosk.language().as_str(), "it");
    p.expect(&p.it("attract-touch"));
}

#[test]
fn text_size_and_contrast_are_on_every_session_page_and_reset_at_the_end() {
    let mut p = kiosk();
    p.tap(&p.it("attract-touch"));
    p.tap("Italiano");
    for step in ["bar-text-size", "bar-text-size", "bar-text-size-reset"] {
        p.expect(&p.it(step));
        p.tap(&p.it(step));
    }
    p.tap(&p.it("bar-contrast-high"));
    p.expect(&p.it("bar-contrast-normal"));
    p.tap(&p.it("category-citizen-life"));
    p.tap(&p.it("service-residence-change"));
    p.expect(&p.it("bar-contrast-normal"));
    p.tap(&p.it("intro-start"));
    p.expect(&p.it("bar-contrast-normal"));
    p.expect(&p.it("bar-call-operator"));
    p.tap(&p.it("bar-call-operator"));
    p.expect(&p.it("bar-operator-called"));
    assert_eq!(p.kiosk.operator_calls(), 1);
    p.tap(&p.it("wizard-leave"));
    p.tap(&p.it("wizard-leave-yes"));
    p.tap(&p.it("confirm-finish"));
    p.tap(&p.it("attract-touch"));
    p.tap("Italiano");
    p.expect(&p.it("bar-contrast-high"));
    assert!(!p.sees(&p.it("bar-operator-called")));
}

#[test]
fn a_bad_config_in_kiosk_mode_shows_the_out_of_service_page() {
    let library = crate::common::library();
    let text = crate::common::demo_config_text()
        .replace("idle_timeout_seconds = 120", "idle_timeout_seconds = 5");
    let error = config::parse(&crate::common::demo_config_path(), &text, &library.known())
        .expect_err("bad");
    let explanation = error.explain_for_operator(&library.translations);
    let kiosk = Kiosk::new(
        Arc::new(library),
        Start::OutOfService(explanation.clone()),
        true,
    );
    let sees = |text: &str| {
        let mut ui = iced_test::Simulator::with_size(
            serto_kiosk::ui::fonts::settings(),
            crate::common::gui::FULL_HD,
            kiosk.view(),
        );
        ui.find(text).is_ok()
    };
    let title = |language: &str| {
        let translations = &kiosk.library().translations;
        let lang = translations.language(language).unwrap();
        translations.text(&lang, "out-of-service-title")
    };
    assert!(sees(&title("it")));
    assert!(sees(&title("en")));
    assert!(sees(&explanation), "the exact problem and fix are shown");
    assert!(explanation.contains("Scrivi un numero da 30 a 1800"));
}
