//! Reading pages aloud: the speech of a question page, a check page and a
//! confirmation rendered by eSpeak NG to WAV files in Italian, Arabic and
//! Bengali; the UI going on while a slow voice starts; no audio device, no
//! program, or a missing voice: the button hides and the operator sees why.
//! Needs espeak-ng and aplay (alsa-utils), installed by `.ci/run`. Sound is
//! played on ALSA's "null" device, which every machine has.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::common::gui::Person;
use serto_kiosk::config::KioskConfig;
use serto_kiosk::speech::{self, Availability, Engine, Problem};
use serto_kiosk::ui::Message;
use serto_kiosk::ui::screen::operator::{Message as Op, Tab};

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("speech");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A kiosk whose speech plays on the null device, with `change` applied.
fn kiosk(change: impl FnOnce(&mut KioskConfig)) -> Person {
    let data = tempfile::tempdir().unwrap();
    let mut config =
        crate::common::gui::config(data.path(), "serto-no-such-queue", "serto-no-such-queue");
    config.speech.device = "null".into();
    change(&mut config);
    let p = Person::arrive_with(config, data);
    wait_for_the_check(&p);
    p
}

/// The start-up check runs on the speaker's thread.
fn wait_for_the_check(p: &Person) -> Availability {
    let until = Instant::now() + Duration::from_secs(60);
    loop {
        let availability = p.kiosk.desk().unwrap().speaker().availability();
        if availability != Availability::Checking {
            return availability;
        }
        assert!(Instant::now() < until, "the speech check ended");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A stand-in for espeak-ng written by a test.
fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

fn speech_now(p: &Person) -> String {
    p.kiosk.page_speech().expect("this page can be read")
}

/// Renders what the page reads, checks it is sound of a plausible length
/// for its text, made by the language's voice, and keeps it as a file.
fn render(p: &Person, language: &str, page: &str, text: &str) {
    let config = &p.kiosk.desk().unwrap().config;
    let lang = config
        .languages
        .iter()
        .find(|l| l.as_str() == language)
        .unwrap();
    let engine = Engine::new(
        config.speech.clone(),
        speech::Voices::of(&p.kiosk.library().translations),
    );
    let wav = engine.render_wav(lang, text).expect("espeak-ng renders it");
    std::fs::write(out_dir().join(format!("{language}-{page}.wav")), &wav).unwrap();
    assert_eq!(&wav[..4], b"RIFF");
    let seconds = speech::wav_duration(&wav).as_secs_f64();
    let characters = text.chars().filter(|c| !c.is_whitespace()).count() as f64;
    // At 140 words a minute a voice says some 8–20 characters a second
    // (scripts differ); a spelled code is slower.
    assert!(
        seconds > characters / 40.0 && seconds < characters / 3.0,
        "{language} {page}: {seconds:.1} s for {characters} characters"
    );
    // The voice matters: the language's voice and the Italian one make
    // different sound of the same text.
    let voice = engine.voices.voice(lang).unwrap();
    if voice != "it" {
        let italian = engine.render_voice("it", text).unwrap();
        assert_ne!(wav, italian, "{language} {page} was read by its own voice");
    }
}

fn session(language: &str, native: &str, headphones: bool) {
    let mut p = kiosk(|c| c.speech.headphones = headphones);
    p.tap(&p.tr("attract-touch"));
    p.tap(native);
    p.expect(&p.tr("bar-listen"));
    p.tap(&p.tr("category-citizen-life"));
    p.tap(&p.tr("service-certificates"));
    p.tap(&p.tr("intro-start"));
    // A question page: the question and every option, in the page's order.
    let question = speech_now(&p);
    let options: Vec<String> = ["residence", "family-status", "existence"]
        .iter()
        .map(|o| p.tr(&format!("flow-certificates-certificate_type-{o}")))
        .collect();
    let asked = p.tr("flow-certificates-certificate_type");
    assert!(question.contains(&asked), "{question}");
    let positions: Vec<usize> = options
        .iter()
        .map(|o| question.find(o.as_str()).expect(o))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{question}");
    render(&p, language, "question", &question);
    p.tap(&options[0]);
    p.tap(&p.tr("wizard-continue"));
    // A resident of the simulator's Anagrafe.
    let cf = crate::common::with_check("PPSNAA88B54Z129");
    p.type_on_keyboard(&cf);
    p.tap(&p.tr("flow-certificates-surname"));
    p.type_on_keyboard("POPESCU");
    // An error is read first: continue without the use.
    p.tap(&p.tr("wizard-continue"));
    p.tap(&p.tr("wizard-continue"));
    let with_error = speech_now(&p);
    assert!(
        with_error.starts_with(&format!(
            "{}. {}",
            p.tr("service-certificates"),
            p.tr("error-summary-title")
        )),
        "{with_error}"
    );
    p.tap(&p.tr("flow-certificates-use-school"));
    p.tap(&p.tr("wizard-continue"));
    p.type_on_keyboard("1");
    p.tap(&p.tr("wizard-continue"));
    p.tap(&p.tr("wizard-continue"));
    p.expect(&p.tr("check-title"));
    let check = speech_now(&p);
    assert!(check.contains(&p.tr("check-title")));
    // What the person typed is read only into headphones; the codice
    // fiscale is spelled.
    assert_eq!(
        check.contains(&speech::script::spell(&cf)),
        headphones,
        "{check}"
    );
    assert_eq!(check.contains("POPESCU"), headphones, "{check}");
    render(&p, language, "check", &check);
    p.tap(&p.tr("check-send-application"));
    assert!(
        p.sees(&p.tr("channel-comune-sent-title")),
        "{}",
        speech_now(&p)
    );
    let confirmation = speech_now(&p);
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
    let spelled = speech::script::spell(&reference);
    if headphones {
        assert!(confirmation.contains(&spelled), "{confirmation}");
    } else {
        assert!(!confirmation.contains(&spelled), "{confirmation}");
        assert!(confirmation.contains(&p.tr("speech-reference-not-read")));
    }
    assert!(!confirmation.contains(&reference), "never read as a word");
    render(
        &p,
        language,
        if headphones {
            "confirmation-headphones"
        } else {
            "confirmation"
        },
        &confirmation,
    );
}

#[test]
fn italian_pages_are_read_and_rendered() {
    session("it", "Italiano", false);
    session("it", "Italiano", true);
}

#[test]
fn arabic_pages_are_read_and_rendered() {
    session("ar", "العربية", true);
}

#[test]
fn bengali_pages_are_read_and_rendered() {
    session("bn", "বাংলা", true);
}

/// A voice that takes seconds to start (a wrapper that sleeps before
/// running espeak-ng when the text is a page, not the start-up
/// check's single word): tapping listen returns at
/// once, the screen goes on, and changing page stops the voice.
#[test]
fn the_screen_never_waits_for_a_slow_voice() {
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("started");
    let wrapper = dir.path().join("slow-espeak-ng");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\ntext=$(cat)\nif [ ${{#text}} -gt 100 ]; then sleep 3; touch {}; fi\n\
             printf '%s' \"$text\" | exec espeak-ng \"$@\"\n",
            marker.display()
        ),
    )
    .unwrap();
    make_executable(&wrapper);
    let mut p = kiosk(|c| c.speech.program = wrapper.clone());
    p.tap(&p.it("attract-touch"));
    p.tap("Italiano");
    p.tap(&p.it("bar-listen"));
    // Back already, while the voice sleeps: the button offers to stop.
    assert!(!marker.exists(), "the tap waited for the voice");
    let desk = std::sync::Arc::clone(p.kiosk.desk().unwrap());
    let speaker = || std::sync::Arc::clone(&desk);
    assert!(speaker().speaker().is_speaking());
    p.expect(&p.it("bar-listen-stop"));
    // The person goes on: another page, and the voice stops.
    p.tap(&p.tr("category-citizen-life"));
    assert!(!marker.exists());
    p.expect(&p.tr("service-certificates"));
    assert!(!speaker().speaker().is_speaking());
    p.expect(&p.it("bar-listen"));
    // Auto-read: each new page is read without a tap.
    p.tap(&p.it("bar-auto-read-on"));
    assert!(speaker().speaker().is_speaking());
    p.tap(&p.tr("service-certificates"));
    assert!(speaker().speaker().is_speaking(), "the new page is read");
    p.expect(&p.it("bar-auto-read-off"));
}

fn operator_health(p: &mut Person) {
    p.send(Message::Corner(true));
    p.advance(Duration::from_secs(4));
    p.send(Message::Corner(false));
    for d in ["1", "3", "5", "7", "9", "0"] {
        p.tap(d);
    }
    p.tap(&p.it("pin-enter"));
    p.send(Message::Operator(Op::Tab(Tab::Health)));
}

#[test]
fn without_an_audio_device_the_button_hides_and_the_operator_sees_why() {
    let mut p = kiosk(|c| c.speech.device = "hw:99".into());
    assert!(matches!(
        p.kiosk.desk().unwrap().speaker().availability(),
        Availability::Unavailable(Problem::NoAudio(_))
    ));
    p.tap(&p.it("attract-touch"));
    p.tap("Italiano");
    p.expect(&p.tr("home-title"));
    assert!(!p.sees(&p.it("bar-listen")));
    // The kiosk works on: a service opens.
    p.tap(&p.tr("category-citizen-life"));
    p.expect(&p.tr("service-certificates"));
    operator_health(&mut p);
    let Availability::Unavailable(Problem::NoAudio(detail)) =
        p.kiosk.desk().unwrap().speaker().availability()
    else {
        unreachable!()
    };
    let line = format!(
        "Voce: il dispositivo audio non si apre ({detail}), il pulsante Ascolta non compare"
    );
    p.expect(&line);
}

#[test]
fn without_espeak_ng_the_button_hides_and_the_operator_sees_why() {
    let mut p = kiosk(|c| c.speech.program = "/nonexistent/espeak-ng".into());
    p.tap(&p.it("attract-touch"));
    p.tap("Italiano");
    p.expect(&p.tr("home-title"));
    assert!(!p.sees(&p.it("bar-listen")));
    operator_health(&mut p);
    p.expect(&p.it("speech-problem-no-program"));
}

/// eSpeak NG's data without the Bengali dictionary: Italian is read,
/// Bengali hides the button, the operator sees which voice is missing.
#[test]
fn a_missing_voice_hides_the_button_in_that_language_only() {
    let installed = speech::installed_data().expect("espeak-ng is installed");
    let data = tempfile::tempdir().unwrap();
    let copy = data.path().join("espeak-ng-data");
    let status = std::process::Command::new("cp")
        .arg("-r")
        .arg(&installed)
        .arg(&copy)
        .status()
        .unwrap();
    assert!(status.success());
    std::fs::remove_file(copy.join("bn_dict")).unwrap();
    let mut p = kiosk(|c| c.speech.data = Some(data.path().to_owned()));
    let Availability::Ready { missing_voices } = p.kiosk.desk().unwrap().speaker().availability()
    else {
        panic!("speech works for the other languages")
    };
    let missing: Vec<&str> = missing_voices.iter().map(|l| l.as_str()).collect();
    // (Chinese too where espeak-ng's Mandarin reads tone digits in English:
    // see the next test.)
    assert!(missing.contains(&"bn"), "{missing:?}");
    assert!(
        !missing.contains(&"it") && !missing.contains(&"ar"),
        "{missing:?}"
    );
    p.tap(&p.it("attract-touch"));
    p.tap("Italiano");
    p.expect(&p.it("bar-listen"));
    p.tap(&p.tr("home-change-language"));
    p.tap("বাংলা");
    p.expect(&p.tr("home-title"));
    assert!(!p.sees(&p.tr("bar-listen")));
    p.tap(&p.tr("home-finish"));
    operator_health(&mut p);
    let library = crate::common::library();
    let names: Vec<String> = missing_voices
        .iter()
        .map(|l| library.translations.meta(l).unwrap().native_name.clone())
        .collect();
    p.expect(&format!(
        "Voce: mancano le voci per {} (pacchetto espeak-ng)",
        names.join(", ")
    ));
}

/// A voice that reads its own script as English (espeak-ng marks the
/// switch "(en)" in its phonemes; Debian 12's Mandarin does so with every
/// tone digit) counts as missing: a wrapper that answers "(en)" for the
/// phonemes of every word.
#[test]
fn a_voice_that_reads_its_script_as_english_counts_as_missing() {
    let dir = tempfile::tempdir().unwrap();
    let wrapper = dir.path().join("english-espeak-ng");
    std::fs::write(
        &wrapper,
        r#"#!/bin/sh
for a in "$@"; do [ "$a" = -x ] && { cat >/dev/null; echo '(en)h@l@U'; exit 0; }; done
exec espeak-ng "$@"
"#,
    )
    .unwrap();
    make_executable(&wrapper);
    let p = kiosk(|c| c.speech.program = wrapper.clone());
    let Availability::Ready { missing_voices } = p.kiosk.desk().unwrap().speaker().availability()
    else {
        panic!("speech works in the Latin-script languages")
    };
    let mut missing: Vec<&str> = missing_voices.iter().map(|l| l.as_str()).collect();
    missing.sort_unstable();
    assert_eq!(missing, ["ar", "bn", "uk", "ur", "zh-Hans"]);
}
