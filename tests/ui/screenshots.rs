//! Renders every kind of screen in Italian, Arabic, Bengali and Chinese at
//! 1920×1080 (PNG at 2×, under `target/screenshots/<lang>/`), driving the
//! kiosk to each one as a person would. The images are for people to look
//! at; the test checks that every screen renders and shows its key text.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::common::gui::Person;
use serto_kiosk::ui::Message;
use serto_kiosk::ui::screen::wizard;

fn out_dir(lang: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("screenshots")
        .join(lang);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

struct Camera {
    dir: PathBuf,
    n: usize,
}

impl Camera {
    fn shoot(&mut self, p: &Person, name: &str) -> PathBuf {
        self.n += 1;
        let path = self.dir.join(format!("{:02}-{name}.png", self.n));
        p.screenshot(&path);
        // iced_test names the file after the renderer.
        path.with_file_name(format!("{:02}-{name}-tiny-skia.png", self.n))
    }
}

fn tour(lang: &str, native_name: &str) {
    let mut cam = Camera {
        dir: out_dir(lang),
        n: 0,
    };
    // Speech on ALSA's null device, so the listen button shows.
    let data = tempfile::tempdir().unwrap();
    let mut config =
        crate::common::gui::config(data.path(), "serto-no-such-queue", "serto-no-such-queue");
    config.speech.device = "null".into();
    let mut p = Person::arrive_with(config, data);
    let until = Instant::now() + Duration::from_secs(60);
    while p.kiosk.desk().unwrap().speaker().availability()
        == serto_kiosk::speech::Availability::Checking
    {
        assert!(Instant::now() < until, "the speech check ended");
        std::thread::sleep(Duration::from_millis(20));
    }
    cam.shoot(&p, "attract");
    p.tap(&p.it("attract-touch"));
    cam.shoot(&p, "language");
    p.tap(native_name);
    p.expect(&p.tr("home-title"));
    cam.shoot(&p, "home");
    p.tap(&p.tr("category-citizen-life"));
    cam.shoot(&p, "category");
    p.tap(&p.tr("service-residence-change"));
    p.expect(&p.tr("info-need"));
    cam.shoot(&p, "service-intro");
    p.tap(&p.tr("intro-start"));
    p.expect(&p.tr("flow-residence-change-reason"));
    cam.shoot(&p, "question-choice");
    p.tap(&p.tr("flow-residence-change-reason-within-comune"));
    p.tap(&p.tr("wizard-continue"));
    p.type_on_keyboard("NGUYEN");
    cam.shoot(&p, "question-keyboard");
    p.tap(&p.tr("flow-residence-change-given_name"));
    p.type_on_keyboard("AN");
    p.tap(&p.tr("wizard-continue"));
    p.expect(&p.tr("error-summary-title"));
    cam.shoot(&p, "question-error");
    p.tap(&p.tr("wizard-leave"));
    cam.shoot(&p, "leave-dialog");
    p.tap(&p.tr("wizard-leave-no"));
    // In Nastaliq the options are below the error summary, a scroll away
    // (iced_test keeps no scroll position between taps): the tap's message.
    p.send(Message::Wizard(wizard::Message::Choose {
        field: "sex".into(),
        option: "male".into(),
    }));
    p.tap(&p.tr("wizard-continue"));
    p.type_on_keyboard("0102199");
    p.tap(&p.tr("flow-residence-change-birth_country"));
    p.type_on_keyboard("VIE");
    cam.shoot(&p, "question-date-and-suggestions");
    p.tap(&p.tr("keyboard-hide"));
    p.tap(&p.tr("flow-residence-change-birth_date"));
    p.type_on_keyboard("0");
    p.tap(&p.tr("keyboard-hide"));
    cam.shoot(&p, "question-keyboard-closed");
    // The same page in high contrast, the keyboard on the date.
    p.tap(&p.tr("bar-contrast-high"));
    p.tap(&p.tr("flow-residence-change-birth_date"));
    cam.shoot(&p, "question-high-contrast");
    p.tap(&p.tr("bar-contrast-normal"));

    // A short look-up for the check page, the wait and the answer.
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    p.tap(&p.it("attract-touch"));
    p.tap(native_name);
    p.tap(&p.tr("category-citizen-life"));
    p.tap(&p.tr("service-permit-status"));
    p.tap(&p.tr("intro-start"));
    p.type_on_keyboard("AR12345678");
    p.tap(&p.tr("wizard-continue"));
    p.expect(&p.tr("check-title"));
    cam.shoot(&p, "check-answers");
    let job = p
        .kiosk
        .handle(Message::Wizard(wizard::Message::Send))
        .expect("the look-up starts");
    p.clock(Instant::now() + Duration::from_secs(4));
    p.expect(&p.tr("asking-title"));
    cam.shoot(&p, "waiting");
    p.finish(job);
    p.expect(&p.tr("status-permit-status-ready"));
    cam.shoot(&p, "look-up-result");
    // The page could not be read: its address as a QR code.
    p.tap(&p.tr("wizard-back"));
    p.tap(&p.tr("check-change"));
    for _ in 0.."AR12345678".len() {
        p.tap(&p.tr("keyboard-delete"));
    }
    p.type_on_keyboard("AR00000403");
    p.tap(&p.tr("wizard-continue"));
    p.tap(&p.tr("check-send-status"));
    p.expect(&p.tr("permit-page-unreadable"));
    let shot = cam.shoot(&p, "look-up-unreadable");
    // The code on the screen is the page's address, as a phone reads it.
    let read = std::process::Command::new("zbarimg")
        .args(["--quiet", "--raw"])
        .arg(&shot)
        .output()
        .expect("zbarimg (zbar-tools) is installed: see .ci/run");
    assert_eq!(
        String::from_utf8_lossy(&read.stdout).trim(),
        serto_kiosk::agencies::questura::PUBLIC_PAGE
    );

    // The health booking: the CUP's slots, then the confirmation.
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    p.tap(&p.it("attract-touch"));
    p.tap(native_name);
    p.tap(&p.tr("category-health"));
    p.tap(&p.tr("service-health-booking"));
    p.tap(&p.tr("intro-start"));
    p.tap(&p.tr("flow-health-booking-prescription_kind-electronic"));
    p.tap(&p.tr("wizard-continue"));
    p.type_on_keyboard("0900A1234567890");
    p.tap(&p.tr("flow-health-booking-patient_code"));
    p.type_on_keyboard(&crate::common::with_check("NGYVNA90A41Z251"));
    p.tap(&p.tr("wizard-continue"));
    p.tap(&p.tr("flow-health-booking-priority-d"));
    p.tap(&p.tr("wizard-continue"));
    p.tap(&p.tr("flow-health-booking-area-valdarno"));
    p.tap(&p.tr("wizard-continue"));
    p.expect(&p.tr("flow-health-booking-slot"));
    cam.shoot(&p, "agency-choice");
    let slot = crate::common::gui::slot_tile(&p.calls("slots")[0].response["offers"][0]);
    p.tap(&slot);
    p.tap(&p.tr("wizard-continue"));
    p.type_on_keyboard("3331234567");
    p.tap(&p.tr("wizard-continue"));
    p.tap(&p.tr("wizard-continue"));
    // Sending: stored, the agency not answered yet.
    let store = p
        .kiosk
        .handle(Message::Wizard(wizard::Message::Send))
        .expect("the application is stored first");
    p.finish_one(store);
    p.clock(Instant::now() + Duration::from_secs(5));
    p.expect(&p.tr("sending-saved"));
    cam.shoot(&p, "sending");
    p.finish_pending();
    p.expect(&p.tr("channel-pagopa-sent-title"));
    cam.shoot(&p, "confirmation");

    // Larger text and high contrast.
    p.tap(&p.tr("bar-text-size"));
    p.tap(&p.tr("bar-text-size"));
    p.tap(&p.tr("bar-contrast-high"));
    p.tap(&p.tr("bar-call-operator"));
    cam.shoot(&p, "confirmation-large-text-high-contrast");

    // The idle warning.
    let config = std::sync::Arc::clone(&p.kiosk.desk().unwrap().config);
    p.clock(Instant::now() + config.idle_timeout + Duration::from_secs(10));
    p.expect(&p.tr("idle-title"));
    cam.shoot(&p, "idle-warning");
}

/// A service only a portal finishes: prepared on paper, then handed to
/// the help desk (normal, then large text in high contrast).
fn portal_tour(lang: &str, native_name: &str) {
    let mut cam = Camera {
        dir: out_dir(&format!("portal-{lang}")),
        n: 0,
    };
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    p.tap(&p.it("attract-touch"));
    p.tap(native_name);
    p.tap(&p.tr("category-citizen-life"));
    p.tap(&p.tr("service-citizenship-status"));
    p.tap(&p.tr("intro-start"));
    p.type_on_keyboard("K10/C/123456");
    p.tap(&p.tr("wizard-continue"));
    p.type_on_keyboard("02041980");
    p.tap(&p.tr("wizard-continue"));
    cam.shoot(&p, "check-portal");
    p.tap(&p.tr("check-send-portal"));
    p.expect(&p.tr("channel-portal-prepared-title"));
    cam.shoot(&p, "prepared");
    p.tap(&p.tr("bar-text-size"));
    p.tap(&p.tr("bar-text-size"));
    p.tap(&p.tr("bar-contrast-high"));
    cam.shoot(&p, "prepared-large-text-high-contrast");
    p.tap(&p.tr("bar-text-size-reset"));
    p.tap(&p.tr("bar-contrast-normal"));
    p.tap(&p.tr("portal-hand-off"));
    p.expect(&p.tr("channel-portal-sent-title"));
    cam.shoot(&p, "handed-off");
}

#[test]
fn portal_italian() {
    portal_tour("it", "Italiano");
}

#[test]
fn portal_arabic() {
    portal_tour("ar", "العربية");
}

#[test]
fn portal_bengali() {
    portal_tour("bn", "বাংলা");
}

/// The page an operator reads when the config is wrong (Italian and
/// English whatever the languages).
#[test]
fn out_of_service() {
    let library = crate::common::library();
    let text = crate::common::demo_config_text().replace("default = \"it\"", "default = \"de\"");
    let error =
        serto_kiosk::config::parse(&crate::common::demo_config_path(), &text, &library.known())
            .expect_err("German is not a kiosk language");
    let explanation = error.explain_for_operator(&library.translations);
    let kiosk = serto_kiosk::ui::Kiosk::new(
        std::sync::Arc::new(library),
        serto_kiosk::ui::Start::OutOfService(explanation),
        true,
    );
    let path = out_dir("operator").join("out-of-service-tiny-skia.png");
    let _ = std::fs::remove_file(&path);
    let mut ui = iced_test::Simulator::with_size(
        serto_kiosk::ui::fonts::settings(),
        crate::common::gui::FULL_HD,
        kiosk.view(),
    );
    let title = kiosk.library().translations.text(
        &serto_kiosk::i18n::LanguageId::reference(),
        "out-of-service-title",
    );
    assert!(ui.find(title.as_str()).is_ok());
    ui.snapshot(&kiosk.theme())
        .unwrap()
        .matches_image(out_dir("operator").join("out-of-service.png"))
        .unwrap();
}

#[test]
fn italian() {
    tour("it", "Italiano");
}

#[test]
fn arabic() {
    tour("ar", "العربية");
}

#[test]
fn bengali() {
    tour("bn", "বাংলা");
}

#[test]
fn urdu() {
    tour("ur", "اردو");
}

#[test]
fn chinese() {
    tour("zh-Hans", "简体中文");
}

/// Training mode: the ribbon on a question page, in the four scripts.
#[test]
fn training_ribbon() {
    for (lang, native) in [
        ("it", "Italiano"),
        ("ar", "العربية"),
        ("bn", "বাংলা"),
        ("zh-Hans", "简体中文"),
    ] {
        let library = crate::common::library();
        let text = crate::common::demo_config_text()
            .replace("training_mode = false", "training_mode = true");
        let config =
            serto_kiosk::config::parse(&crate::common::demo_config_path(), &text, &library.known())
                .unwrap();
        let mut p = Person::arrive_with(config, tempfile::tempdir().unwrap());
        p.tap(&p.it("attract-touch"));
        p.tap(native);
        p.tap(&p.tr("category-health"));
        p.tap(&p.tr("service-health-booking"));
        p.tap(&p.tr("intro-start"));
        p.expect(&p.tr("training-ribbon"));
        p.screenshot(&out_dir(lang).join("99-training-ribbon.png"));
    }
}

/// The operator's screens, in the kiosk's default language: Italian, and
/// Arabic for a kiosk whose default is Arabic. An entry waits in the
/// outbox (the Comune is down), so the list and the banner show.
fn operator_tour(default: &str) {
    use serto_kiosk::ui::screen::operator::{Message as Op, Tab};
    let data = tempfile::tempdir().unwrap();
    let mut config =
        crate::common::gui::config(data.path(), "serto-no-such-queue", "serto-no-such-queue");
    config.default_language = config
        .languages
        .iter()
        .find(|l| l.as_str() == default)
        .cloned()
        .unwrap();
    let mut p = Person::arrive_with(config, data);
    // Some use first, for the statistics.
    p.tap(&p.it("attract-touch"));
    p.tap("Italiano");
    p.tap(&p.it("category-citizen-life"));
    p.tap(&p.it("service-permit-status"));
    p.tap(&p.it("intro-start"));
    p.type_on_keyboard("AR12345678");
    p.tap(&p.it("wizard-continue"));
    p.tap(&p.it("check-send-status"));
    p.tap(&p.it("confirm-finish"));
    // A hand-off for the desk.
    p.tap(&p.it("attract-touch"));
    p.tap("Italiano");
    p.tap(&p.it("category-citizen-life"));
    p.tap(&p.it("service-citizenship-status"));
    p.tap(&p.it("intro-start"));
    p.type_on_keyboard("K10/C/123456");
    p.tap(&p.it("wizard-continue"));
    p.type_on_keyboard("02041980");
    p.tap(&p.it("wizard-continue"));
    p.tap(&p.it("check-send-portal"));
    p.tap(&p.it("portal-hand-off"));
    p.tap(&p.it("confirm-finish"));
    // The sheet did not print (no printer here): finish without it.
    p.tap(&p.it("papers-finish-anyway"));
    p.store_while_the_comune_is_down();
    p.send(Message::Corner(true));
    p.advance(Duration::from_secs(4));
    p.send(Message::Corner(false));
    for d in ["1", "3", "5", "7", "9"] {
        p.tap(d);
    }
    let dir = out_dir(&format!("operator-{default}"));
    p.screenshot(&dir.join("01-pin.png"));
    p.tap("0");
    p.tap(&p.tr("pin-enter"));
    p.expect(&p.tr("operator-attention"));
    p.screenshot(&dir.join("02-outbox.png"));
    p.send(Message::Operator(Op::Tab(Tab::Statistics)));
    p.screenshot(&dir.join("03-statistics.png"));
    p.send(Message::Operator(Op::Tab(Tab::Health)));
    p.expect(&p.tr("health-agencies"));
    p.screenshot(&dir.join("04-health.png"));
    p.send(Message::Operator(Op::Tab(Tab::HandOffs)));
    p.tap(&p.tr("hand-off-open"));
    p.expect("K10/C/123456");
    p.screenshot(&dir.join("04b-hand-offs.png"));
    p.send(Message::Operator(Op::Tab(Tab::Training)));
    p.tap(&p.tr("training-start"));
    p.send(Message::Operator(Op::Fault(
        serto_kiosk::catalogue::Agency::RegioneToscana,
        serto_kiosk::simulator::faults::Preset::Slow,
    )));
    p.expect(&p.tr("training-faults"));
    p.screenshot(&dir.join("05-training.png"));
}

#[test]
fn operator_screens_italian() {
    operator_tour("it");
}

#[test]
fn operator_screens_arabic() {
    operator_tour("ar");
}
