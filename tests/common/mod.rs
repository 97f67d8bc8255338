//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::process::Command;

use serto_kiosk::Library;
use serto_kiosk::resources::Resources;

pub fn resources() -> Resources {
    Resources::at(env!("CARGO_MANIFEST_DIR"))
}

pub fn library() -> Library {
    Library::load(&resources()).expect("the kiosk's own assets and locales load")
}

pub fn demo_config_path() -> PathBuf {
    resources().demo_config()
}

pub fn demo_config_text() -> String {
    std::fs::read_to_string(demo_config_path()).expect("demo config is readable")
}

/// A codice fiscale: its first 15 characters and the right check letter.
pub fn with_check(first15: &str) -> String {
    format!(
        "{first15}{}",
        serto_kiosk::validate::codice_fiscale::check_character(first15)
            .expect("letters and digits in codice fiscale places")
    )
}

/// Runs a CUPS tool; its output.
pub fn run(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .env("LC_ALL", "C")
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e} (CUPS is installed by .ci/run)"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A cups-pdf queue of our own (cupsd running, lpadmin rights: .ci/run).
pub fn cups_queue(name: &str) {
    assert!(
        run("lpstat", &["-r"]).contains("is running"),
        "cupsd must be running (see .ci/run)"
    );
    let ppd = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd";
    run(
        "lpadmin",
        &["-p", name, "-E", "-v", "cups-pdf:/", "-m", ppd],
    );
    run("cupsenable", &[name]);
    run("cupsaccept", &[name]);
}

pub mod gui;

/// The text of a PDF, read back with `pdftotext` (poppler-utils).
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("document.pdf");
    std::fs::write(&path, pdf).expect("write the PDF");
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed: see .ci/run");
    assert!(out.status.success(), "pdftotext reads the PDF");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The QR codes of a PDF's first page, as a phone reads them (pdftoppm
/// renders it, zbarimg decodes), one per line.
pub fn pdf_qr_codes(pdf: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("document.pdf");
    std::fs::write(&path, pdf).expect("write the PDF");
    let status = Command::new("pdftoppm")
        .args(["-r", "150", "-png", "-f", "1", "-l", "1"])
        .arg(&path)
        .arg(dir.path().join("page"))
        .status()
        .expect("pdftoppm (poppler-utils) is installed: see .ci/run");
    assert!(status.success());
    let image = std::fs::read_dir(dir.path())
        .expect("the temp dir")
        .map(|e| e.expect("an entry").path())
        .find(|p| p.extension().is_some_and(|e| e == "png"))
        .expect("a page image");
    let out = Command::new("zbarimg")
        .args(["--quiet", "--raw", "-Sqrcode.enable"])
        .arg(&image)
        .output()
        .expect("zbarimg (zbar-tools) is installed: see .ci/run");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}
