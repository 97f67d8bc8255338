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
    // The demo kiosk has no way to tell the desk: it says so.
    p.expect(&p.it("bar-operator-go-to-desk"));
    assert!(!p.sees(&p.it("bar-operator-called")));
    assert_eq!(p.kiosk.operator_calls(), 1);
    p.tap(&p.it("wizard-leave"));
    p.tap(&p.it("wizard-leave-yes"));
    p.tap(&p.it("confirm-finish"));
    p.tap(&p.it("attract-touch"));
    p.tap("Italiano");
    p.expect(&p.it("bar-contrast-high"));
    assert!(!p.sees(&p.it("bar-operator-go-to-desk")));
}

/// A help desk's device on loopback: answers each call with `status` and
/// hands over what it received.
fn desk_device(status: u16) -> (url::Url, std::sync::mpsc::Receiver<String>) {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = url::Url::parse(&format!(
        "http://{}/serto/call",
        listener.local_addr().unwrap()
    ))
    .unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(4) {
            let mut stream = stream.unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut length = 0;
            let mut request = String::new();
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = value.trim().parse().unwrap();
                }
                request.push_str(&line);
                if line == "\r\n" {
                    break;
                }
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            request.push_str(&String::from_utf8_lossy(&body));
            let reason = if status < 300 { "OK" } else { "Error" };
            let _ = write!(
                stream,
                "HTTP/1.1 {status} {reason}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
            );
            let _ = tx.send(request);
        }
    });
    (url, rx)
}

/// "Call an operator" chimes at the kiosk and reaches the help desk's
/// device (which kiosk, never what the person typed), and only then does
/// the banner say an operator
/// is coming; a device that refuses leaves "go to the desk". The person
/// can cancel the call; an operator opening the panel answers it.
#[test]
fn an_operator_call_reaches_the_desk_and_the_banner_says_what_happened() {
    for (status, told) in [(204, true), (500, false)] {
        let (url, received) = desk_device(status);
        let data = tempfile::tempdir().unwrap();
        let mut config =
            crate::common::gui::config(data.path(), "serto-no-such-queue", "serto-no-such-queue");
        config.operator_call = Some(url);
        // The chime on ALSA's null device (no sound card here).
        config.speech.device = "null".into();
        let mut p = Person::arrive_with(config, data);
        p.walk_to_the_names_of_a_residence_change("Italiano");
        p.type_on_keyboard("OKONKWO");
        p.tap(&p.it("bar-call-operator"));
        // A chime at the kiosk, whatever the desk's device says.
        let speaker = p.kiosk.desk().unwrap().speaker();
        let until = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while speaker.chimes() < 1 {
            assert!(std::time::Instant::now() < until, "the chime played");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let request = received
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("the desk's device was called");
        assert!(request.starts_with("POST /serto/call "), "{request}");
        assert!(request.contains("\"kind\":\"operator-call\""), "{request}");
        assert!(request.contains("\"kiosk\":\"DEMO-K01\""), "{request}");
        assert!(!request.contains("OKONKWO"), "nothing the person typed");
        if told {
            p.expect(&p.it("bar-operator-called"));
            assert!(!p.sees(&p.it("bar-operator-go-to-desk")));
        } else {
            p.expect(&p.it("bar-operator-go-to-desk"));
            assert!(!p.sees(&p.it("bar-operator-called")));
        }
        // Called once, however often the button is tapped.
        p.tap(&p.it("bar-call-operator"));
        assert_eq!(p.kiosk.operator_calls(), 1);
        p.tap(&p.it("bar-operator-cancel"));
        assert!(!p.sees(&p.it("bar-operator-called")));
        assert!(!p.sees(&p.it("bar-operator-go-to-desk")));
        // What was typed is still there.
        p.expect("OKONKWO|");
    }
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

/// The language page asks its question in every language, each in its own
/// script (it was asked in Italian only).
#[test]
fn the_language_page_asks_in_every_language() {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    p.tap(&p.it("attract-touch"));
    for tag in ["it", "en", "ar", "ur", "bn", "zh-Hans", "uk"] {
        let asked = p.text_in(tag, "language-title", &[]);
        assert!(p.sees(&asked), "{tag}: “{asked}”");
    }
}
