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
    p.expect("Tocca lo schermo per iniziare");
    p.tap("Tocca lo schermo per iniziare");
    p.expect("Scegli la lingua");
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
    assert!(!p.sees("Di quale servizio hai bisogno?"));
}

#[test]
fn italian_home_has_the_five_categories_and_their_twelve_services() {
    let mut p = kiosk();
    p.tap("Tocca lo schermo per iniziare");
    p.tap("Italiano");
    p.expect("Di quale servizio hai bisogno?");
    let categories = [
        (
            "Vita del cittadino",
            6,
            &[
                "Certificati anagrafici",
                "Cambio di residenza",
                "Controllo del permesso di soggiorno",
                "Ricongiungimento familiare",
                "Stato della domanda di cittadinanza",
                "Test di lingua italiana A2",
            ][..],
        ),
        (
            "Istruzione",
            2,
            &[
                "Iscrizione alla scuola statale",
                "Nido, mensa e trasporto scolastico",
            ][..],
        ),
        ("Cultura", 1, &["Giornali e riviste online"][..]),
        (
            "Lavoro e formazione",
            2,
            &["Corsi di formazione", "Offerte di lavoro"][..],
        ),
        ("Salute", 1, &["Prenotazione di visite ed esami"][..]),
    ];
    for (category, count, services) in categories {
        p.expect(category);
        p.tap(category);
        for name in services {
            p.expect(name);
        }
        assert_eq!(services.len(), count);
        p.tap("Indietro");
        p.expect("Di quale servizio hai bisogno?");
    }
}

#[test]
fn a_service_opens_and_leads_back_to_its_category() {
    let mut p = kiosk();
    p.tap("Tocca lo schermo per iniziare");
    p.tap("English");
    p.tap(&p.tr("category-citizen-life"));
    p.tap("Change of residence");
    p.expect("Declare your new address and who lives with you.");
    p.expect(&p.tr("info-need"));
    p.tap("Back to services");
    p.expect("Change of residence");
    p.expect("Which service do you need?");
}

#[test]
fn finishing_returns_to_the_attract_screen_in_the_default_language() {
    let mut p = kiosk();
    p.tap("Tocca lo schermo per iniziare");
    p.tap("اردو");
    assert_eq!(p.kiosk.language().as_str(), "ur");
    let finish = p.tr("home-finish");
    p.tap(&finish);
    assert_eq!(p.kiosk.language().as_str(), "it");
    p.expect("Tocca lo schermo per iniziare");
}

#[test]
fn text_size_and_contrast_are_on_every_session_page_and_reset_at_the_end() {
    let mut p = kiosk();
    p.tap("Tocca lo schermo per iniziare");
    p.tap("Italiano");
    for step in ["Testo più grande", "Testo più grande", "Testo normale"] {
        p.expect(step);
        p.tap(step);
    }
    p.tap("Contrasto alto");
    p.expect("Contrasto normale");
    p.tap("Vita del cittadino");
    p.tap("Cambio di residenza");
    p.expect("Contrasto normale");
    p.tap("Comincia");
    p.expect("Contrasto normale");
    p.expect("Chiama un operatore");
    p.tap("Chiama un operatore");
    p.expect("Abbiamo chiamato un operatore: arriva subito. Resta qui.");
    assert_eq!(p.kiosk.operator_calls(), 1);
    p.tap("Esci");
    p.tap("Sì, esci");
    p.tap("Ho finito");
    p.tap("Tocca lo schermo per iniziare");
    p.tap("Italiano");
    p.expect("Contrasto alto");
    assert!(!p.sees("Abbiamo chiamato un operatore: arriva subito. Resta qui."));
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
    assert!(sees("Chiosco fuori servizio"));
    assert!(sees("Kiosk out of service"));
    assert!(sees(&explanation), "the exact problem and fix are shown");
    assert!(explanation.contains("Scrivi un numero da 30 a 1800"));
}
