//! kiosk-config: the shipped files are valid, and every kind of bad file is
//! rejected with its line, column and fix, by the library and by
//! `serto-kiosk check-config`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use serto_kiosk::config::{self, ConfigError, Endpoint, ProblemKind};
use serto_kiosk::i18n::LanguageId;

/// The demo config with one line replaced: `old` must occur exactly once.
fn demo_with(old: &str, new: &str) -> String {
    let text = common::demo_config_text();
    assert_eq!(
        text.matches(old).count(),
        1,
        "`{old}` must occur once in demo.toml"
    );
    text.replace(old, new)
}

fn rejected(text: &str) -> ConfigError {
    let library = common::library();
    let path = common::demo_config_path();
    config::parse(&path, text, &library.known()).expect_err("the config must be rejected")
}

/// The 1-based line of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    let offset = text.find(needle).expect("needle present");
    text[..offset].matches('\n').count() + 1
}

fn check(text: &str, needle: &str, kind: ProblemKind, key: &str) -> ConfigError {
    let error = rejected(text);
    assert_eq!(error.problem.kind, kind, "{error}");
    assert_eq!(error.problem.key, key, "{error}");
    let (line, _) = error.position.expect("the error names a position");
    assert_eq!(line, line_of(text, needle), "{error}");
    error
}

#[test]
fn shipped_configs_are_valid() {
    let library = common::library();
    let resources = common::resources();
    let demo =
        config::load(&resources.demo_config(), &library.known()).expect("demo.toml is valid");
    assert_eq!(demo.kiosk_id.as_str(), "DEMO-K01");
    assert_eq!(demo.languages.len(), 11);
    assert_eq!(demo.services.len(), 12);
    assert_eq!(demo.idle_timeout, Duration::from_secs(120));
    assert!(demo.operator_pin_hash.verify("135790"));
    assert!(!demo.operator_pin_hash.verify("097531"));
    assert_eq!(
        *demo
            .agencies
            .endpoint(serto_kiosk::catalogue::Agency::UslToscanaSudEst),
        Endpoint::Simulator
    );

    // Installed beside its pagoPA key, readable by the kiosk's user only.
    let installed = tempfile::tempdir().unwrap();
    let arezzo = installed.path().join("kiosk.toml");
    std::fs::copy(
        resources
            .root()
            .join("kiosk-config/arezzo-casa-delle-culture.toml"),
        &arezzo,
    )
    .unwrap();
    let key = installed.path().join("pagopa.key");
    std::fs::write(&key, "0123456789abcdef0123456789abcdef\n").unwrap();
    set_mode(&key, 0o600);
    let arezzo = config::load(&arezzo, &library.known()).expect("the Arezzo config is valid");
    assert_eq!(arezzo.pagopa.key_file.as_deref(), Some(key.as_path()));
    assert_eq!(arezzo.kiosk_id.as_str(), "AR-K01");
    assert_eq!(arezzo.office.phone, "0575 1820242");
    assert!(arezzo.office.address.contains("Fanfani 5"));
    assert_eq!(arezzo.data_dir, Path::new("/var/lib/serto-kiosk"));
}

#[test]
fn unknown_key_is_named_with_a_suggestion() {
    let text = demo_with("idle_timeout_seconds = 120", "idle_timout_seconds = 120");
    let error = check(
        &text,
        "idle_timout_seconds",
        ProblemKind::UnknownKey,
        "session.idle_timout_seconds",
    );
    assert_eq!(
        error.problem.arg("suggestion"),
        Some("idle_timeout_seconds")
    );
    assert_eq!(error.position.map(|p| p.1), Some(1));
}

#[test]
fn unknown_section_is_named() {
    let text = format!(
        "{}\n[printer]\nreceipt = \"x\"\n",
        common::demo_config_text()
    );
    let error = rejected(&text);
    assert_eq!(error.problem.kind, ProblemKind::UnknownKey, "{error}");
    assert_eq!(error.problem.key, "printer");
}

#[test]
fn wrong_type_says_what_to_write() {
    let text = demo_with(
        "idle_timeout_seconds = 120",
        "idle_timeout_seconds = \"120\"",
    );
    let error = check(
        &text,
        "idle_timeout_seconds",
        ProblemKind::WrongType,
        "session.idle_timeout_seconds",
    );
    assert_eq!(error.problem.arg("expected"), Some("integer"));
    let library = common::library();
    let italian = error.explain(&library.translations, &LanguageId::reference());
    assert!(italian.contains("numero intero"), "{italian}");
}

#[test]
fn missing_required_value_is_named() {
    let text = demo_with("phone = \"0575 1820242\"\n", "");
    let error = rejected(&text);
    assert_eq!(error.problem.kind, ProblemKind::MissingKey, "{error}");
    assert_eq!(error.problem.key, "office.phone");
    assert!(error.position.is_some(), "{error}");
}

#[test]
fn missing_section_is_named() {
    let text = demo_with("[operator]\n", "[operator_]\n");
    let error = rejected(&text);
    assert!(
        matches!(
            error.problem.kind,
            ProblemKind::UnknownKey | ProblemKind::MissingKey
        ),
        "{error}"
    );
}

#[test]
fn out_of_range_numbers_give_the_range() {
    let text = demo_with("idle_warning_seconds = 30", "idle_warning_seconds = 5");
    let error = check(
        &text,
        "idle_warning_seconds",
        ProblemKind::OutOfRange,
        "session.idle_warning_seconds",
    );
    assert_eq!(error.problem.arg("min"), Some("20"));
    assert_eq!(error.problem.arg("max"), Some("120"));
    assert_eq!(error.position.map(|p| p.1), Some(24), "column of the value");

    let text = demo_with("connect_timeout_ms = 3000", "connect_timeout_ms = 0");
    check(
        &text,
        "connect_timeout_ms",
        ProblemKind::OutOfRange,
        "agencies.connect_timeout_ms",
    );

    let text = demo_with("retention_days = 7", "retention_days = 365");
    let error = check(
        &text,
        "retention_days",
        ProblemKind::OutOfRange,
        "storage.retention_days",
    );
    assert_eq!(error.problem.arg("max"), Some("90"));
}

#[test]
fn warning_must_be_shorter_than_the_timeout() {
    let text = demo_with("idle_timeout_seconds = 120", "idle_timeout_seconds = 30")
        .replace("idle_warning_seconds = 30", "idle_warning_seconds = 40");
    check(
        &text,
        "idle_warning_seconds",
        ProblemKind::WarningNotShorter,
        "session.idle_warning_seconds",
    );
}

#[test]
fn metrics_on_the_network_need_an_explicit_opt_in() {
    let text = demo_with("listen = \"127.0.0.1:9464\"", "listen = \"0.0.0.0:9464\"");
    check(
        &text,
        "0.0.0.0:9464",
        ProblemKind::NotLoopback,
        "metrics.listen",
    );

    let opted_in = text.replace("[metrics]\n", "[metrics]\nallow_non_loopback = true\n");
    let library = common::library();
    let config = config::parse(&common::demo_config_path(), &opted_in, &library.known())
        .expect("an explicit opt-in is accepted");
    assert_eq!(config.metrics_listen.to_string(), "0.0.0.0:9464");
}

#[test]
fn values_are_checked_against_what_exists() {
    let text = demo_with("default = \"it\"", "default = \"de\"");
    check(
        &text,
        "default = \"de\"",
        ProblemKind::DefaultNotEnabled,
        "languages.default",
    );

    let text = demo_with("\"it\", \"en\", \"fr\"", "\"it\", \"en\", \"zh\", \"fr\"");
    let error = check(
        &text,
        "\"zh\"",
        ProblemKind::UnknownLanguage,
        "languages.enabled",
    );
    assert_eq!(error.problem.arg("suggestion"), Some("zh-Hans"));

    let text = demo_with("enabled = [\"it\", ", "enabled = [");
    check(
        &text,
        "enabled = [\"en\"",
        ProblemKind::ItalianRequired,
        "languages.enabled",
    );

    let text = demo_with("    \"job-offers\",\n", "    \"job-offer\",\n");
    let error = check(
        &text,
        "\"job-offer\"",
        ProblemKind::UnknownService,
        "services.enabled",
    );
    assert_eq!(error.problem.arg("suggestion"), Some("job-offers"));

    let text = demo_with("id = \"DEMO-K01\"", "id = \"demo k01\"");
    check(&text, "\"demo k01\"", ProblemKind::BadKioskId, "kiosk.id");

    let text = demo_with(
        "usl-toscana-sud-est = \"simulator\"",
        "usl-toscana-sud-est = \"ftp://usl\"",
    );
    check(
        &text,
        "ftp://usl",
        ProblemKind::BadEndpoint,
        "agencies.endpoints.usl-toscana-sud-est",
    );

    // Personal data never travel in clear: plain http only to loopback.
    let text = demo_with(
        "usl-toscana-sud-est = \"simulator\"",
        "usl-toscana-sud-est = \"http://gateway.example.org/usl/\"",
    );
    check(
        &text,
        "http://gateway.example.org",
        ProblemKind::BadEndpoint,
        "agencies.endpoints.usl-toscana-sud-est",
    );
    let library = common::library();
    for good in [
        "http://127.0.0.1:8710/usl/",
        "https://gateway.example.org/usl/",
    ] {
        let text = demo_with(
            "usl-toscana-sud-est = \"simulator\"",
            &format!("usl-toscana-sud-est = \"{good}\""),
        );
        config::parse(&common::demo_config_path(), &text, &library.known()).expect(good);
    }

    let text = demo_with("a4 = \"A4\"", "a4 = \"Sala A4\"");
    check(&text, "Sala A4", ProblemKind::BadPrinterName, "printers.a4");
    // lp would read this as an option, not a queue.
    let text = demo_with("a4 = \"A4\"", "a4 = \"-h127.0.0.1:9\"");
    check(&text, "-h127", ProblemKind::BadPrinterName, "printers.a4");

    let text = demo_with("pin_hash = \"$argon2id$", "pin_hash = \"$argon2i$");
    check(
        &text,
        "pin_hash",
        ProblemKind::BadPinHash,
        "operator.pin_hash",
    );
}

#[test]
fn syntax_errors_name_the_line() {
    let text = demo_with("training_mode = false", "training_mode = fals");
    let error = rejected(&text);
    assert_eq!(
        error.position.map(|p| p.0),
        Some(line_of(&text, "training_mode")),
        "{error}"
    );
}

#[test]
fn relative_data_dir_is_relative_to_the_config_file() {
    let library = common::library();
    let path = Path::new("/etc/serto-kiosk/kiosk.toml");
    let text = demo_with(
        "data_dir = \"../target/serto-demo-data\"",
        "data_dir = \"dati\"",
    );
    let config = config::parse(path, &text, &library.known()).expect("valid");
    assert_eq!(config.data_dir, Path::new("/etc/serto-kiosk/dati"));
}

fn check_config(text: &str) -> std::process::Output {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kiosk.toml");
    std::fs::write(&path, text).expect("write config");
    Command::new(env!("CARGO_BIN_EXE_serto-kiosk"))
        .arg("check-config")
        .arg(&path)
        .env("SERTO_KIOSK_RESOURCES", env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run serto-kiosk")
}

#[test]
fn check_config_command_accepts_a_good_file() {
    let out = check_config(&common::demo_config_text());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("configurazione valida"), "{stdout}");
    assert!(
        stdout.contains("11 lingue") && stdout.contains("12 servizi"),
        "{stdout}"
    );
}

#[test]
fn check_config_command_explains_each_kind_of_bad_file() {
    let cases = [
        // (edited line, replacement, Italian words, English words)
        (
            "idle_timeout_seconds = 120",
            "idle_timout_seconds = 120",
            "non esiste nella sezione [session]",
            "Did you mean “idle_timeout_seconds”?",
        ),
        (
            "idle_timeout_seconds = 120",
            "idle_timeout_seconds = true",
            "Scrivi un numero intero",
            "Write a whole number",
        ),
        (
            "receipt = \"ricevute\"\n",
            "",
            "Aggiungi «receipt = …» nella sezione [printers]",
            "Add “receipt = …” to the section [printers]",
        ),
        (
            "idle_timeout_seconds = 120",
            "idle_timeout_seconds = 99999",
            "Scrivi un numero da 30 a 1800",
            "Write a number from 30 to 1800",
        ),
        (
            "listen = \"127.0.0.1:9464\"",
            "listen = \"192.0.2.7:9464\"",
            "allow_non_loopback = true",
            "visible on the network",
        ),
    ];
    for (old, new, italian, english) in cases {
        let text = demo_with(old, new);
        let out = check_config(&text);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{old} → {new}: {stderr}");
        assert!(
            stderr.contains("riga ") && stderr.contains("colonna "),
            "{stderr}"
        );
        assert!(
            stderr.contains(", line ") && stderr.contains("column "),
            "{stderr}"
        );
        assert!(
            stderr.contains(italian),
            "Italian fix missing for {new}: {stderr}"
        );
        assert!(
            stderr.contains(english),
            "English fix missing for {new}: {stderr}"
        );
    }
}

#[test]
fn check_config_command_reports_a_missing_file() {
    let out = Command::new(env!("CARGO_BIN_EXE_serto-kiosk"))
        .args(["check-config", "/nonexistent/kiosk.toml"])
        .output()
        .expect("run serto-kiosk");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("/nonexistent/kiosk.toml") && stderr.contains("Non riesco a leggere"),
        "{stderr}"
    );
}

#[test]
fn the_usb_export_folder_is_optional_and_must_name_a_folder() {
    let library = common::library();
    let path = Path::new("/etc/serto-kiosk/kiosk.toml");
    let demo = config::parse(path, &common::demo_config_text(), &library.known()).expect("valid");
    assert_eq!(demo.export_dir, None);
    let text = demo_with(
        "# export_dir = \"/media/serto-usb\"",
        "export_dir = \"/media/serto-usb\"",
    );
    let config = config::parse(path, &text, &library.known()).expect("valid");
    assert_eq!(
        config.export_dir.as_deref(),
        Some(Path::new("/media/serto-usb"))
    );
    let text = demo_with("# export_dir = \"/media/serto-usb\"", "export_dir = \" \"");
    check(
        &text,
        "export_dir",
        ProblemKind::EmptyText,
        "metrics.export_dir",
    );
}

#[test]
fn speech_settings_have_defaults_and_ranges() {
    let library = common::library();
    let path = Path::new("/etc/serto-kiosk/kiosk.toml");
    let demo = config::parse(path, &common::demo_config_text(), &library.known()).expect("valid");
    assert!(demo.speech.enabled);
    assert_eq!(demo.speech.rate, 140);
    assert!(
        !demo.speech.headphones,
        "never read aloud on a loudspeaker by default"
    );
    assert_eq!(demo.speech.program, Path::new("espeak-ng"));
    let text = demo_with("volume = 80 ", "volume = 180 ");
    check(
        &text,
        "volume = 180",
        ProblemKind::OutOfRange,
        "speech.volume",
    );
    let text = demo_with("rate = 140 ", "rate = 20 ");
    check(&text, "rate = 20", ProblemKind::OutOfRange, "speech.rate");
    let text = demo_with("# program = \"espeak-ng\"", "program = \"bin/espeak-ng\"");
    let config = config::parse(path, &text, &library.known()).expect("valid");
    assert_eq!(
        config.speech.program,
        Path::new("/etc/serto-kiosk/bin/espeak-ng")
    );
}

/// The help desk's notification address: https, or http on this machine
/// only; anything else is refused with the line and the fix.
#[test]
fn the_operator_call_address_is_https_or_loopback() {
    let library = common::library();
    let path = common::demo_config_path();
    let with = |value: &str| {
        demo_with(
            "[operator]\n",
            &format!("[operator]\ncall_webhook = \"{value}\"\n"),
        )
    };
    for good in [
        "https://desk.comune.arezzo.it/serto/call",
        "http://127.0.0.1:8099/call",
        "http://localhost/call",
    ] {
        let config = config::parse(&path, &with(good), &library.known()).expect(good);
        assert_eq!(
            config.operator_call.map(|u| u.to_string()),
            Some(good.to_owned())
        );
    }
    for bad in [
        "http://desk.comune.arezzo.it/call",
        "https://user:secret@desk.example/call",
        "desk",
        "https://desk.example/call?token=1",
    ] {
        let text = with(bad);
        let error = check(
            &text,
            "call_webhook",
            ProblemKind::BadWebhook,
            "operator.call_webhook",
        );
        let explained = error.explain_for_operator(&library.translations);
        assert!(explained.contains(bad), "{explained}");
    }
    // Not set: no address, the person is told to go to the desk.
    let demo = config::load(&path, &library.known()).unwrap();
    assert!(demo.operator_call.is_none());
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// The pagoPA subscription key is a secret: its file must be there, hold a
/// key, and be readable by its owner only; a real service needs one.
#[test]
fn the_pagopa_key_file_is_checked() {
    let library = common::library();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kiosk.toml");
    let real = demo_with(
        "payment_options = \"simulator\"",
        "payment_options = \"https://api.example.org/payment-options/v1/\"",
    );
    // No key named for a real service.
    std::fs::write(&file, &real).unwrap();
    let error = config::load(&file, &library.known()).unwrap_err();
    assert_eq!(error.problem.kind, ProblemKind::MissingKey, "{error}");
    assert_eq!(error.problem.key, "pagopa.subscription_key_file");
    // Named but missing.
    let named = real.replace(
        "# subscription_key_file = \"/etc/serto-kiosk/pagopa.key\"",
        "subscription_key_file = \"pagopa.key\"",
    );
    std::fs::write(&file, &named).unwrap();
    let error = config::load(&file, &library.known()).unwrap_err();
    assert_eq!(error.problem.kind, ProblemKind::BadKeyFile, "{error}");
    // Readable by others.
    let key = dir.path().join("pagopa.key");
    std::fs::write(&key, "secret-key\n").unwrap();
    set_mode(&key, 0o644);
    let error = config::load(&file, &library.known()).unwrap_err();
    assert_eq!(error.problem.kind, ProblemKind::KeyFileOpen, "{error}");
    let explained = error.explain(
        &library.translations,
        &serto_kiosk::i18n::LanguageId::reference(),
    );
    assert!(explained.contains("chmod 600"), "{explained}");
    assert!(!explained.contains("secret-key"), "the key is never shown");
    // Empty.
    std::fs::write(&key, "\n").unwrap();
    set_mode(&key, 0o600);
    let error = config::load(&file, &library.known()).unwrap_err();
    assert_eq!(error.problem.kind, ProblemKind::BadKeyFile, "{error}");
    // Right.
    std::fs::write(&key, "secret-key\n").unwrap();
    let loaded = config::load(&file, &library.known()).expect("valid");
    assert_eq!(loaded.pagopa.key_file.as_deref(), Some(key.as_path()));
    assert!(!format!("{loaded:?}").contains("secret-key"));
}

/// Every unsafe value the hardening review found, each refused with its
/// own problem, located at its line.
#[test]
fn unsafe_values_are_refused_with_a_located_problem() {
    let demo = common::demo_config_text();
    let pin_line = demo
        .lines()
        .find(|l| l.starts_with("pin_hash = "))
        .expect("the demo's PIN hash")
        .to_owned();
    let weak = pin_line.replace("m=19456,t=2", "m=8,t=1");
    assert_ne!(weak, pin_line, "the demo hash uses OWASP's minimum");
    let office = demo
        .lines()
        .find(|l| l.starts_with("name = "))
        .expect("the office name")
        .to_owned();
    let long_name = format!("name = \"{}\"", "A".repeat(200_000));
    let operator_section = {
        let from = demo.find("[operator]").expect("[operator]");
        let to = demo.find("[metrics]").expect("[metrics]");
        demo[from..to].to_owned()
    };
    let cases: Vec<(String, String, ProblemKind, &str)> = vec![
        (
            pin_line.clone(),
            weak,
            ProblemKind::WeakPinHash,
            "operator.pin_hash",
        ),
        (office, long_name, ProblemKind::TooLong, "office.name"),
        (
            "usl-toscana-sud-est = \"simulator\"".into(),
            "usl-toscana-sud-est = \"http://192.0.2.7/usl/\"".into(),
            ProblemKind::BadEndpoint,
            "agencies.endpoints.usl-toscana-sud-est",
        ),
        (
            "receipt = \"ricevute\"".into(),
            "receipt = \"-h127.0.0.1:9\"".into(),
            ProblemKind::BadPrinterName,
            "printers.receipt",
        ),
        (
            "receipt = \"ricevute\"".into(),
            "receipt = \"ricevute/../A4\"".into(),
            ProblemKind::BadPrinterName,
            "printers.receipt",
        ),
        (
            "a4 = \"A4\"".into(),
            "a4 = \"A4 #2\"".into(),
            ProblemKind::BadPrinterName,
            "printers.a4",
        ),
        (
            "retention_days = 7".into(),
            "retention_days = 7\nretention_days = 90".into(),
            ProblemKind::DuplicateKey,
            "storage.retention_days",
        ),
        (
            "[metrics]\n".into(),
            "[metrics]\n[metrics]\n".into(),
            ProblemKind::DuplicateKey,
            "metrics",
        ),
        (
            operator_section.clone(),
            String::new(),
            ProblemKind::MissingSection,
            "operator",
        ),
    ];
    for (old, new, kind, key) in cases {
        let error = rejected(&demo_with(&old, &new));
        assert_eq!(error.problem.kind, kind, "{key}: {error}");
        assert_eq!(error.problem.key, key);
        assert!(error.position.is_some(), "{key}: located");
    }
    // The weak hash is named with its parameters, in Italian and English.
    let library = common::library();
    let error = rejected(&demo_with(
        &pin_line,
        &pin_line.replace("m=19456,t=2", "m=8,t=1"),
    ));
    let explained = error.explain_for_operator(&library.translations);
    assert!(
        explained.contains("19456") && explained.contains("hash-pin"),
        "{explained}"
    );
}

/// `check-config` writes in the data folder: a file, or a folder under
/// /proc, is named before the kiosk starts.
#[test]
fn check_config_probes_the_data_folder() {
    let library = common::library();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, "x").unwrap();
    for data in [file.display().to_string(), "/proc/serto-kiosk".to_owned()] {
        let text = demo_with(
            "data_dir = \"../target/serto-demo-data\"",
            &format!("data_dir = \"{data}\""),
        );
        let config = config::parse(&common::demo_config_path(), &text, &library.known())
            .expect("valid as text");
        let error = config::probe_storage(&config).expect_err(&data);
        assert_eq!(error.problem.kind, ProblemKind::DataDirUnusable, "{error}");
        assert!(
            error
                .explain(&library.translations, &LanguageId::reference())
                .contains(&data)
        );
    }
    // A usable one passes and is left clean.
    let text = demo_with(
        "data_dir = \"../target/serto-demo-data\"",
        &format!("data_dir = \"{}\"", dir.path().join("data").display()),
    );
    let config = config::parse(&common::demo_config_path(), &text, &library.known()).unwrap();
    config::probe_storage(&config).expect("writable");
    assert_eq!(
        std::fs::read_dir(dir.path().join("data")).unwrap().count(),
        0
    );
    // And the command says so, with its exit status.
    let bad = dir.path().join("kiosk.toml");
    std::fs::write(
        &bad,
        demo_with(
            "data_dir = \"../target/serto-demo-data\"",
            &format!("data_dir = \"{}\"", file.display()),
        ),
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_serto-kiosk"))
        .arg("check-config")
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("storage.data_dir") || said.contains(&file.display().to_string()),
        "{said}"
    );
}

/// `hash-pin` makes a hash only of a PIN of 6 to 12 digits (a 4-digit PIN
/// is ten thousand guesses), and the hash it prints opens the kiosk.
#[test]
fn hash_pin_refuses_a_short_pin_and_hashes_a_good_one() {
    use std::io::Write;
    let hash_pin = |pin: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_serto-kiosk"))
            .arg("hash-pin")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run serto-kiosk");
        writeln!(child.stdin.take().unwrap(), "{pin}").unwrap();
        child.wait_with_output().unwrap()
    };
    for short in ["1234", "12345", "12a456", "1234567890123"] {
        let out = hash_pin(short);
        assert_eq!(out.status.code(), Some(2), "{short}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("6 to 12 digits"));
        assert!(out.stdout.is_empty());
    }
    let out = hash_pin("135790");
    assert!(out.status.success());
    let hash = String::from_utf8(out.stdout).unwrap();
    let hash = serto_kiosk::config::PinHash::check(hash.trim()).expect("a strong hash");
    assert!(hash.verify("135790"));
    assert!(!hash.verify("135791"));
}
