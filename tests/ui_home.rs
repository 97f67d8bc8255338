//! The kiosk driven as a person would, with iced_test and no window: touch
//! the attract screen, choose a language by its own name, reach the home.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::sync::Arc;

use iced_test::Simulator;
use serto_kiosk::config;
use serto_kiosk::ui::{Kiosk, Message, Start, fonts};

const SIZE: (f32, f32) = (1280.0, 800.0);

fn kiosk() -> Kiosk {
    let library = common::library();
    let config = config::load(&common::demo_config_path(), &library.known()).expect("demo config");
    Kiosk::new(Arc::new(library), Start::Ready(Box::new(config)), false)
}

/// Taps the element showing exactly `label` and applies what it produced.
fn tap(kiosk: &mut Kiosk, label: &str) {
    let messages: Vec<Message> = {
        let mut ui = Simulator::with_size(fonts::settings(), SIZE, kiosk.view());
        ui.click(label)
            .unwrap_or_else(|e| panic!("cannot tap “{label}”: {e:?}"));
        ui.into_messages().collect()
    };
    assert!(!messages.is_empty(), "tapping “{label}” did nothing");
    for message in messages {
        let _ = kiosk.update(message);
    }
}

fn sees(kiosk: &Kiosk, text: &str) -> bool {
    let mut ui = Simulator::with_size(fonts::settings(), SIZE, kiosk.view());
    ui.find(text).is_ok()
}

#[test]
fn arabic_reaches_the_arabic_home() {
    let mut kiosk = kiosk();
    assert!(sees(&kiosk, "Tocca lo schermo per iniziare"));
    tap(&mut kiosk, "Tocca lo schermo per iniziare");
    assert!(sees(&kiosk, "Scegli la lingua"));
    tap(&mut kiosk, "العربية");
    assert_eq!(kiosk.language().as_str(), "ar");
    let library = common::library();
    let ar = library.translations.language("ar").expect("ar");
    let title = library.translations.text(&ar, "home-title");
    assert!(
        title
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "Arabic title: {title}"
    );
    assert!(sees(&kiosk, &title), "the Arabic home title is on screen");
    assert!(!sees(&kiosk, "Di quale servizio hai bisogno?"));
}

#[test]
fn italian_home_lists_the_twelve_services() {
    let mut kiosk = kiosk();
    tap(&mut kiosk, "Tocca lo schermo per iniziare");
    tap(&mut kiosk, "Italiano");
    assert!(sees(&kiosk, "Di quale servizio hai bisogno?"));
    let services = [
        "Certificati anagrafici",
        "Cambio di residenza",
        "Controllo del permesso di soggiorno",
        "Ricongiungimento familiare",
        "Stato della domanda di cittadinanza",
        "Test di lingua italiana A2",
        "Iscrizione alla scuola statale",
        "Nido, mensa e trasporto scolastico",
        "Giornali e riviste online",
        "Corsi di formazione",
        "Offerte di lavoro",
        "Prenotazione di visite ed esami",
    ];
    for name in services {
        assert!(sees(&kiosk, name), "“{name}” is listed on the home screen");
    }
    for category in [
        "Vita del cittadino",
        "Istruzione",
        "Cultura",
        "Lavoro e formazione",
        "Salute",
    ] {
        assert!(sees(&kiosk, category), "category “{category}” is shown");
    }
    assert!(sees(&kiosk, "6 servizi") && sees(&kiosk, "1 servizio"));
}

#[test]
fn a_service_opens_and_leads_back_home() {
    let mut kiosk = kiosk();
    tap(&mut kiosk, "Tocca lo schermo per iniziare");
    tap(&mut kiosk, "English");
    tap(&mut kiosk, "Change of residence");
    assert!(sees(
        &kiosk,
        "Declare your new address and who lives with you."
    ));
    tap(&mut kiosk, "Back to services");
    assert!(sees(&kiosk, "Which service do you need?"));
}

#[test]
fn finishing_returns_to_the_attract_screen_in_the_default_language() {
    let mut kiosk = kiosk();
    tap(&mut kiosk, "Tocca lo schermo per iniziare");
    tap(&mut kiosk, "اردو");
    assert_eq!(kiosk.language().as_str(), "ur");
    let library = common::library();
    let ur = library.translations.language("ur").expect("ur");
    tap(&mut kiosk, &library.translations.text(&ur, "home-finish"));
    assert_eq!(kiosk.language().as_str(), "it");
    assert!(sees(&kiosk, "Tocca lo schermo per iniziare"));
}

#[test]
fn a_bad_config_in_kiosk_mode_shows_the_out_of_service_page() {
    let library = common::library();
    let text = common::demo_config_text()
        .replace("idle_timeout_seconds = 120", "idle_timeout_seconds = 5");
    let error =
        config::parse(&common::demo_config_path(), &text, &library.known()).expect_err("bad");
    let explanation = error.explain_for_operator(&library.translations);
    let kiosk = Kiosk::new(
        Arc::new(library),
        Start::OutOfService(explanation.clone()),
        true,
    );
    assert!(sees(&kiosk, "Chiosco fuori servizio"));
    assert!(sees(&kiosk, "Kiosk out of service"));
    assert!(
        sees(&kiosk, &explanation),
        "the exact problem and fix are shown"
    );
    assert!(explanation.contains("Scrivi un numero da 30 a 1800"));
}
