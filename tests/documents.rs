//! The printed documents, read back: every kind in Italian, Arabic, Bengali
//! and Chinese through `pdftotext`; the pagoPA QR code decoded with
//! `zbarimg`; any text a person types never breaks a PDF.
//! (`SERTO_DOCUMENTS_OUT=DIR` keeps the PDFs for a look.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serto_kiosk::Library;
use serto_kiosk::agencies::contract::{Appointment, ItemSheet, PaymentNotice};
use serto_kiosk::catalogue::Channel;
use serto_kiosk::documents::compose::Paper;
use serto_kiosk::documents::{Documents, FormSection, Header, ReceiptData, Status};
use serto_kiosk::i18n::LanguageId;

fn documents() -> &'static Documents {
    static DOCS: OnceLock<Documents> = OnceLock::new();
    DOCS.get_or_init(|| Documents::load().expect("fonts load"))
}

fn library() -> &'static Library {
    static LIB: OnceLock<Library> = OnceLock::new();
    LIB.get_or_init(common::library)
}

fn lang(tag: &str) -> LanguageId {
    library().translations.language(tag).expect("language")
}

fn header(training: bool) -> Header {
    Header {
        office_name: "Casa delle Culture — Sportello SerTo".into(),
        office_address: "Piazza Amintore Fanfani 5, 52100 Arezzo".into(),
        office_phone: "0575 1820242".into(),
        kiosk_id: "AR-K01".into(),
        when: "28/11/2026 10:41".into(),
        training,
    }
}

/// Writes the PDF to a temp file (and to SERTO_DOCUMENTS_OUT if set).
fn save(name: &str, pdf: &[u8]) -> (tempfile::TempDir, PathBuf) {
    assert!(pdf.starts_with(b"%PDF-"), "{name} is a PDF");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    if let Ok(out) = std::env::var("SERTO_DOCUMENTS_OUT") {
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(Path::new(&out).join(format!("{name}.pdf")), pdf).unwrap();
    }
    (dir, path)
}

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed: see .ci/run");
    assert!(out.status.success(), "pdftotext reads {}", path.display());
    String::from_utf8(out.stdout).unwrap()
}

/// A phone number in an Arabic or Urdu line reads in its own order on
/// paper: "0575 1820242", not "1820242 0575" (the bidi algorithm orders its
/// digit groups right to left unless the number is isolated).
#[test]
fn numbers_keep_their_order_in_arabic_and_urdu_lines() {
    for tag in ["ar", "ur"] {
        let pdf = documents().receipt(
            Paper::A4,
            &header(false),
            &library().translations,
            &lang(tag),
            &ReceiptData {
                service: "residence-change".into(),
                channel: Channel::Comune,
                reference: "AR-K01-7KX2-94MF".into(),
                status: Status::Queued,
                appointment: None,
            },
        );
        let (_dir, path) = save(&format!("receipt-numbers-{tag}"), &pdf);
        let read = pdftotext(&path);
        let translated_line = read
            .lines()
            .find(|l| l.contains("1820242") && !l.contains("telefona"))
            .unwrap_or_else(|| panic!("{tag}: no translated help line in {read}"));
        assert!(
            translated_line.contains("0575 1820242"),
            "{tag}: the number's groups are reversed: {translated_line}"
        );
    }
}

/// pdftotext gives lam-alef back as alef-lam; compare without them, and
/// without the spaces a layout may add or drop.
fn normalise(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, 'ل' | 'ا' | 'أ' | 'إ' | 'آ'))
        .collect()
}

fn text(l: &LanguageId, key: &str) -> String {
    library().translations.format(l, key, None)
}

#[test]
fn receipts_in_four_scripts_read_back() {
    let reference = "AR-K01-7KX2-94MF";
    for tag in ["it", "ar", "bn", "zh-Hans"] {
        let l = lang(tag);
        for paper in [Paper::Roll80, Paper::A4] {
            let pdf = documents().receipt(
                paper,
                &header(false),
                &library().translations,
                &l,
                &ReceiptData {
                    service: "residence-change".into(),
                    channel: Channel::Comune,
                    reference: reference.into(),
                    status: Status::Sent {
                        agency_reference: "AR-APR4-2026-000117".into(),
                    },
                    appointment: None,
                },
            );
            let (_dir, path) = save(&format!("receipt-{tag}-{paper:?}"), &pdf);
            let read = pdftotext(&path);
            assert!(read.contains(reference), "{tag} {paper:?}: {read}");
            assert!(read.contains("AR-APR4-2026-000117"));
            // It says what the Comune's door answered, in Italian too.
            let words = read.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                words.contains("Il sistema del Comune di Arezzo ha ricevuto"),
                "{tag}: {read}"
            );
            // The Italian is always there, for the office.
            assert!(read.contains("Cambio di residenza"), "{tag}: {read}");
            assert!(read.contains("Ricevuta"), "{tag}: {read}");
            match tag {
                "ar" => {
                    let service = text(&l, "service-residence-change");
                    assert!(
                        normalise(&read).contains(&normalise(&service)),
                        "Arabic comes back in logical order: {service} in {read}"
                    );
                }
                "zh-Hans" => {
                    let service = text(&l, "service-residence-change");
                    assert!(read.contains(&service), "{service} in {read}");
                }
                // Bengali: pdftotext cannot rebuild reordered glyphs (see
                // docs/toolkit-notes.md); the face is checked to be embedded instead.
                "bn" => assert!(embedded_fonts(&path).contains("NotoSansBengali")),
                _ => {}
            }
        }
    }
}

fn embedded_fonts(path: &Path) -> String {
    let out = Command::new("pdffonts")
        .arg(path)
        .output()
        .expect("pdffonts");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn notice() -> PaymentNotice {
    PaymentNotice {
        notice_number: serto_kiosk::validate::pagopa::NoticeNumber::with_segregation_code(
            1,
            2_026_000_000_117,
        )
        .unwrap()
        .as_str()
        .into(),
        creditor_fiscal_code: "02236310518".into(),
        creditor_name: "Azienda USL Toscana Sud Est".into(),
        amount_cents: 3615,
        due_date: "2026-12-03".into(),
        description: "Ticket prestazione specialistica ambulatoriale".into(),
    }
}

#[test]
fn the_payment_notice_qr_code_decodes_to_the_standard_payload() {
    let n = notice();
    for tag in ["it", "ar", "bn", "zh-Hans", "ur"] {
        let pdf = documents()
            .payment_notice(
                &header(false),
                &library().translations,
                &lang(tag),
                &n,
                None,
            )
            .unwrap();
        let (dir, path) = save(&format!("notice-{tag}"), &pdf);
        let read = pdftotext(&path);
        let grouped: String = n
            .notice_number
            .as_bytes()
            .chunks(4)
            .map(|c| std::str::from_utf8(c).unwrap())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(read.contains(&grouped), "{read}");
        assert!(read.contains("02236310518"));
        assert!(read.contains("36,15"));
        assert!(read.contains("03/12/2026"));
        let decoded = qr_codes(dir.path(), &path);
        assert_eq!(
            decoded.trim(),
            format!("PAGOPA|002|{}|02236310518|3615", n.notice_number)
        );
    }
    let mut bad = notice();
    bad.notice_number.replace_range(17..18, "0");
    assert!(
        documents()
            .payment_notice(
                &header(false),
                &library().translations,
                &lang("it"),
                &bad,
                None
            )
            .is_err(),
        "a notice with a wrong check digit is never printed"
    );
}

#[test]
fn every_other_kind_reads_back_in_four_scripts() {
    let sheet = ItemSheet {
        id: "RT-2026-0412".into(),
        title: "Operatore Socio Sanitario (OSS)".into(),
        details: BTreeMap::from([
            ("place".into(), "Montevarchi, via Roma 24".into()),
            ("deadline".into(), "2026-12-20".into()),
        ]),
    };
    let certificate = serto_kiosk::agencies::contract::Certificate {
        number: "000117/2026".into(),
        kind: "residence".into(),
        issued_on: "2026-11-28".into(),
        lines: vec![
            "Cognome: POPESCU".into(),
            "Residente in: Via Vittorio Veneto 12, 52100 Arezzo".into(),
        ],
    };
    for tag in ["it", "ar", "bn", "zh-Hans"] {
        let l = lang(tag);
        let t = &library().translations;
        let sheet_pdf = documents().item_sheet(
            Paper::A4,
            &header(false),
            t,
            &l,
            &"training-courses".into(),
            &sheet,
        );
        let (_d, p) = save(&format!("sheet-{tag}"), &sheet_pdf);
        let read = pdftotext(&p);
        assert!(
            read.contains("RT-2026-0412") && read.contains("Montevarchi"),
            "{read}"
        );

        let slip = documents().where_to_check(
            Paper::Roll80,
            &header(false),
            t,
            &l,
            &"permit-status".into(),
            Some(serto_kiosk::agencies::questura::PUBLIC_PAGE),
        );
        let (dir, p) = save(&format!("where-{tag}"), &slip);
        let read = pdftotext(&p);
        assert!(read.contains("questure.poliziadistato.it"), "{read}");
        // The page to open, as a code a phone reads.
        assert_eq!(
            qr_codes(dir.path(), &p).trim(),
            serto_kiosk::agencies::questura::PUBLIC_PAGE
        );

        // What the permit page answered: the number, the state in the
        // person's language, when, and the page to check again.
        let checked = serto_kiosk::documents::Checked {
            reference: "AR12345678".into(),
            state: serto_kiosk::agencies::questura::PermitState::InProgress,
            at: "2026-12-02T09:41:00+01:00[Europe/Rome]".parse().unwrap(),
        };
        let result = documents().permit_result(
            Paper::Roll80,
            &header(false),
            t,
            &l,
            &"permit-status".into(),
            &checked,
        );
        let (dir, p) = save(&format!("permit-result-{tag}"), &result);
        let read = pdftotext(&p);
        assert!(read.contains("AR12345678"), "{read}");
        assert!(read.contains("02/12/2026 09:41"), "{read}");
        // The state in Italian too, for the office (every script's own
        // line is checked by the layout tests, not by pdftotext).
        let state = text(&lang("it"), "status-permit-status-in-progress");
        let first_words = state
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(read.contains(&first_words), "{first_words} in {read}");
        assert_eq!(
            qr_codes(dir.path(), &p).trim(),
            serto_kiosk::agencies::questura::PUBLIC_PAGE
        );

        let cert = documents().certificate(&header(false), t, &l, &certificate);
        let (_d, p) = save(&format!("certificate-{tag}"), &cert);
        assert!(pdftotext(&p).contains("POPESCU"));

        let rows = vec![
            (
                "Cognome".to_owned(),
                text(&l, "flow-residence-change-surname"),
                "محمد Al-Rashid".to_owned(),
            ),
            (
                "Codice fiscale".to_owned(),
                text(&l, "flow-residence-change-codice_fiscale"),
                "RSSMRA80A01A390T".to_owned(),
            ),
        ];
        let sections = vec![FormSection { title: None, rows }];
        let form = documents().completed_form(
            &header(true),
            t,
            &l,
            &"residence-change".into(),
            "AR-K01-7KX2-94MF",
            &sections,
            &one_signature(),
        );
        let (_d, p) = save(&format!("form-{tag}"), &form);
        let read = pdftotext(&p);
        assert!(read.contains("RSSMRA80A01A390T"), "{read}");
        assert!(read.contains("FAC-SIMILE"), "training stamp: {read}");
        assert!(read.contains("Firma"));
    }
}

#[test]
fn the_training_stamp_is_on_every_receipt_in_training_mode() {
    let pdf = documents().receipt(
        Paper::Roll80,
        &header(true),
        &library().translations,
        &lang("it"),
        &ReceiptData {
            service: "certificates".into(),
            channel: Channel::Comune,
            reference: "AR-K01-2222-3333".into(),
            status: Status::Queued,
            appointment: Some(Appointment {
                starts_at: "2026-12-03T09:40".into(),
                place: "Ospedale del Valdarno, Montevarchi".into(),
                booking_code: Some("P00000117".into()),
            }),
        },
    );
    let (_d, p) = save("receipt-training", &pdf);
    let read = pdftotext(&p);
    // The stamp lies across the text: pdftotext may interleave its words
    // with the lines beneath, so each word is looked for on its own.
    for word in ["FAC-SIMILE", "FORMAZIONE"] {
        assert!(read.contains(word), "{word} in {read}");
    }
    assert!(read.contains("03/12/2026 09:40"));
    assert!(read.contains("P00000117"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]
    /// Whatever a person typed (any script, controls, bidi overrides, one
    /// 10,000-character word), the form is a valid PDF and nothing panics.
    #[test]
    fn any_text_gives_a_valid_pdf(
        name in "\\PC{0,300}",
        word in "[a-zA-Zআ-হا-ي中文]{0,10000}",
        tag in proptest::sample::select(vec!["it", "ar", "bn", "zh-Hans", "ur"]),
    ) {
        let l = lang(tag);
        let rows = vec![
            ("Nome".to_owned(), "Name".to_owned(), format!("{name}\u{202E}\u{0007}{word}")),
            ("Indirizzo".to_owned(), "Address".to_owned(), word.clone()),
        ];
        let sections = vec![FormSection { title: Some(("Dati".into(), name.clone())), rows }];
        let pdf = documents().completed_form(&header(false), &library().translations, &l, &"residence-change".into(), "AR-K01-7KX2-94MF", &sections, &one_signature());
        proptest::prop_assert!(pdf.starts_with(b"%PDF-"));
        let (_d, p) = save("fuzz", &pdf);
        let out = Command::new("pdfinfo").arg(&p).output().unwrap();
        proptest::prop_assert!(out.status.success(), "pdfinfo reads it");
    }
}

#[test]
fn a_completed_form_from_a_session_prints_every_answer_in_italian() {
    use serto_kiosk::flows::Session;
    use serto_kiosk::flows::answer::Context;
    let today = jiff::civil::date(2026, 11, 28);
    let lib = library();
    let flow = lib.flows.get("municipal-school-services").unwrap().clone();
    let mut s = Session::new(flow, today);
    let ctx = Context {
        places: &lib.places,
        today,
    };
    let mut page = |pairs: &[(&str, &str)]| {
        let inputs = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        s.answer_page(&inputs, &ctx).unwrap();
    };
    page(&[("services", "canteen")]);
    page(&[
        ("child_surname", "Hoxha"),
        ("child_given_name", "Arta"),
        ("child_birth_date", "05/05/2018"),
    ]);
    page(&[("school_name", "Primaria Pio Borri, 3ª B")]);
    page(&[("special_diet", "none")]);
    let cf = common::with_check("HXHLRI84A12Z100");
    page(&[
        ("parent_relationship", "father"),
        ("parent_surname", "Hoxha"),
        ("parent_given_name", "Ilir"),
        ("parent_codice_fiscale", &cf),
    ]);
    page(&[
        ("comune", "Arezzo"),
        ("street", "Via Fiorentina 45"),
        ("cap", "52100"),
    ]);
    page(&[("has_isee", "yes"), ("isee_value", "9850")]);
    page(&[("phone", "347 555 1234"), ("email", "")]);
    page(&[]);
    let l = lang("ar");
    let sections =
        serto_kiosk::documents::form_sections(&s, &lib.translations, &l, &lib.places, today);
    // Pages of several questions get their heading, as on the paper form.
    assert!(
        sections.iter().any(|s| s
            .title
            .as_ref()
            .is_some_and(|t| t.0 == "Il genitore che paga il servizio")),
        "{sections:?}"
    );
    let pdf = documents().completed_form(
        &header(false),
        &lib.translations,
        &l,
        &"municipal-school-services".into(),
        "AR-K01-7KX2-94MF",
        &sections,
        &one_signature(),
    );
    let (_d, p) = save("form-school-services-ar", &pdf);
    let read = pdftotext(&p);
    for expected in [
        "Mensa scolastica",
        "Hoxha",
        "05/05/2018",
        "Arezzo",
        "9850,00 €",
        "Sì",
        &cf,
        "Non indicato",
    ] {
        assert!(read.contains(expected), "{expected} in {read}");
    }
}

#[test]
fn every_service_has_an_information_sheet_in_four_scripts() {
    let lib = library();
    let italian = lib.translations.locale(&LanguageId::reference()).unwrap();
    for service in lib.catalogue.services() {
        let id = service.id.as_str();
        for part in ["need", "cost", "where"] {
            let key = format!("info-{id}-{part}");
            assert!(italian.has_message(&key), "{key}");
        }
    }
    for tag in ["it", "ar", "bn", "zh-Hans"] {
        let pdf = documents().service_sheet(
            Paper::A4,
            &header(false),
            &lib.translations,
            &lang(tag),
            &"health-booking".into(),
        );
        let (_d, p) = save(&format!("info-health-booking-{tag}"), &pdf);
        let read = pdftotext(&p);
        assert!(read.contains("Prenotazione"), "{read}");
        assert!(
            read.contains("Quanto costa") && read.contains("NRE"),
            "{read}"
        );
    }
}

/// Every text a document or a printer problem needs exists in Italian
/// (and so, by the locale tests, in every language).
#[test]
fn every_document_text_exists() {
    use serto_kiosk::flows::model::DocumentKind;
    use serto_kiosk::printing::{PrinterState, PrinterStatus};
    let lib = library();
    let italian = lib.translations.locale(&LanguageId::reference()).unwrap();
    let mut keys: Vec<String> = [
        "doc-when",
        "doc-kiosk",
        "doc-help",
        "doc-receipt-title",
        "doc-service",
        "doc-reference",
        "doc-portal-title",
        "doc-portal-nothing-sent",
        "doc-portal-ready",
        "doc-portal-answers",
        "doc-appointment",
        "doc-booking-code",
        "doc-next",
        "doc-keep",
        "doc-payment-title",
        "doc-payment-creditor",
        "doc-payment-creditor-code",
        "doc-payment-subject",
        "doc-payment-amount",
        "doc-payment-due",
        "doc-payment-notice-number",
        "doc-payment-how",
        "doc-certificate-title",
        "doc-certificate-number",
        "doc-certificate-issued",
        "doc-where-title",
        "doc-form-title",
        "doc-form-declaration",
        "doc-form-date",
        "doc-form-signature",
        "doc-yes",
        "doc-no",
        "doc-not-provided",
        "doc-item-number",
        "doc-print-failed",
    ]
    .iter()
    .map(|k| (*k).to_owned())
    .collect();
    for flow in lib.flows.iter() {
        if flow.documents.contains(&DocumentKind::WhereToCheck) {
            keys.push(format!("doc-where-{}", flow.service));
        }
    }
    for reasons in [
        vec!["media-empty-error"],
        vec!["media-jam-error"],
        vec!["door-open-error"],
        vec!["offline-report"],
        vec!["other-error"],
    ] {
        let status = PrinterStatus {
            queue: "q".into(),
            state: PrinterState::Idle,
            reasons: reasons.iter().map(|r| (*r).to_owned()).collect(),
        };
        keys.push(status.problem_key().unwrap().to_owned());
    }
    keys.push("printer-stopped".into());
    for key in keys {
        assert!(italian.has_message(&key), "{key} missing in locales/it");
    }
}

/// The residence declaration with two household members: each member is
/// a numbered section of the form, as on the paper original.
#[test]
fn a_residence_declaration_lists_each_household_member() {
    use serto_kiosk::flows::Session;
    use serto_kiosk::flows::answer::Context;
    let today = jiff::civil::date(2026, 11, 28);
    let lib = library();
    let mut s = Session::new(lib.flows.get("residence-change").unwrap().clone(), today);
    let ctx = Context {
        places: &lib.places,
        today,
    };
    let (ana, maria) = (
        common::with_check("PPSNAA88B54Z129"),
        common::with_check("PPSMRA19R60Z129"),
    );
    let pages: Vec<Vec<(&str, &str)>> = vec![
        vec![("reason", "from-abroad")],
        vec![("previous_country", "Romania")],
        vec![
            ("surname", "Popescu"),
            ("given_name", "Ana"),
            ("sex", "female"),
        ],
        vec![("birth_date", "14/02/1988"), ("birth_country", "Romania")],
        vec![("codice_fiscale", &ana), ("citizenship", "Romania")],
        vec![("civil_status", "married")],
        vec![
            ("street", "Via Vittorio Veneto"),
            ("house_number", "12"),
            ("cap", "52100"),
        ],
        vec![("others_registered", "no")],
        vec![("title", "lease")],
        vec![
            ("lease_office", "Arezzo"),
            ("lease_date", "01/09/2026"),
            ("lease_number", "3T 4512"),
        ],
    ];
    let answer = |s: &mut Session, pairs: &[(&str, &str)]| {
        let inputs = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        s.answer_page(&inputs, &ctx).unwrap();
    };
    for page in &pages {
        answer(&mut s, page);
    }
    s.answer_add_another(true);
    answer(
        &mut s,
        &[
            ("member_surname", "Popescu"),
            ("member_given_name", "Ion"),
            ("member_birth_date", "03/05/1986"),
            ("member_relationship", "spouse"),
        ],
    );
    answer(
        &mut s,
        &[
            ("member_codice_fiscale", ""),
            ("member_citizenship", "Romania"),
        ],
    );
    s.answer_add_another(true);
    answer(
        &mut s,
        &[
            ("member_surname", "Popescu"),
            ("member_given_name", "Maria"),
            ("member_birth_date", "20/10/2019"),
            ("member_relationship", "child"),
        ],
    );
    answer(
        &mut s,
        &[
            ("member_codice_fiscale", &maria),
            ("member_citizenship", "Romania"),
        ],
    );
    s.answer_add_another(false);
    answer(&mut s, &[("phone", "333 123 4567"), ("email", "")]);
    answer(&mut s, &[]);
    assert!(s.submission().is_ok());
    for tag in ["it", "ar"] {
        let l = lang(tag);
        let sections =
            serto_kiosk::documents::form_sections(&s, &lib.translations, &l, &lib.places, today);
        let titles: Vec<&str> = sections
            .iter()
            .filter_map(|s| s.title.as_ref().map(|t| t.0.as_str()))
            .collect();
        assert!(
            titles.iter().any(|t| t.starts_with("Persona 1")),
            "{titles:?}"
        );
        assert!(
            titles.iter().any(|t| t.starts_with("Persona 2")),
            "{titles:?}"
        );
        let signing = serto_kiosk::documents::Signing::of(&s);
        let pdf = documents().completed_form(
            &header(false),
            &lib.translations,
            &l,
            &"residence-change".into(),
            "AR-K01-7KX2-94MF",
            &sections,
            &signing,
        );
        let (_d, p) = save(&format!("residence-declaration-{tag}"), &pdf);
        let read = pdftotext(&p);
        // Every adult who moves signs, under the declaration of artt. 75-76
        // DPR 445/2000; the child does not.
        assert_eq!(signing.signers, ["Ana Popescu", "Ion Popescu"]);
        let words = read.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words.contains("Ana Popescu"), "{read}");
        assert!(words.contains("Ion Popescu"), "{read}");
        assert!(!words.contains("Maria Popescu"), "{read}");
        assert!(words.contains("artt. 75 e 76"), "{read}");
        for expected in [
            "Persona 1",
            "Persona 2",
            "Ion",
            "Maria",
            maria.as_str(),
            "ROMANIA",
            "3T 4512",
        ] {
            assert!(
                read.to_uppercase().contains(&expected.to_uppercase()),
                "{expected} in {read}"
            );
        }
    }
}

/// The QR codes on a PDF's first page, as a phone reads them (pdftoppm
/// renders it, zbarimg decodes).
fn qr_codes(dir: &std::path::Path, pdf: &std::path::Path) -> String {
    let png = dir.join("page");
    let status = Command::new("pdftoppm")
        .args(["-r", "150", "-png", "-f", "1", "-l", "1"])
        .arg(pdf)
        .arg(&png)
        .status()
        .unwrap();
    assert!(status.success());
    let image = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "png"))
        .unwrap();
    let out = Command::new("zbarimg")
        .args(["--quiet", "--raw", "-Sqrcode.enable"])
        .arg(&image)
        .output()
        .expect("zbarimg (zbar-tools) is installed: see .ci/run");
    std::fs::remove_file(&image).unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// A family reunification prepared for the ALI portal, as the person
/// leaves with it.
fn reunification() -> serto_kiosk::flows::Submission {
    use serto_kiosk::flows::answer::Answer;
    let text = |t: &str| Answer::Text(t.into());
    let mut member = BTreeMap::new();
    member.insert("relationship".to_owned(), Answer::Choice("spouse".into()));
    member.insert("member_surname".to_owned(), text("BEGUM"));
    member.insert("member_given_name".to_owned(), text("NASRIN"));
    member.insert(
        "member_birth_date".to_owned(),
        Answer::Date(jiff::civil::date(1992, 3, 2)),
    );
    member.insert("member_country".to_owned(), Answer::Place("Z249".into()));
    let answers = [
        ("permit_type", Answer::Choice("work".into())),
        ("permit_one_year", Answer::YesNo(true)),
        ("annual_income", Answer::Money(2_400_000)),
        ("dwelling_area", Answer::Number(60)),
        ("housing_certificate", Answer::YesNo(true)),
        ("surname", text("RAHMAN")),
        ("given_name", text("KARIM")),
        (
            "codice_fiscale",
            Answer::Code(common::with_check("RHMKRM85A01Z249")),
        ),
        ("phone", text("+393331234567")),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    serto_kiosk::flows::Submission {
        service: "family-reunification".into(),
        operation: "comune-arezzo/help-desk".into(),
        answers,
        groups: [("family".to_owned(), vec![member])].into_iter().collect(),
        computed: BTreeMap::new(),
    }
}

/// "Continue on the portal": says nothing was sent, gives the portal's
/// address in print and as a QR code that decodes to it, and each answer
/// under the portal's Italian label (with the member's number), in every
/// script.
#[test]
fn the_portal_sheet_for_family_reunification_reads_back() {
    let lib = library();
    let service = serto_kiosk::catalogue::ServiceId::from("family-reunification");
    let (form, portal) = lib.catalogue.portals().of(&service).expect("its form");
    let flow = lib.flows.get(service.as_str()).unwrap();
    let submission = reunification();
    let today = jiff::civil::date(2026, 12, 2);
    for tag in ["it", "ar", "bn"] {
        let l = lang(tag);
        let rows = serto_kiosk::documents::portal_rows(
            flow,
            &submission,
            form,
            &lib.translations,
            &l,
            &lib.places,
            today,
        );
        let pdf = documents().portal_sheet(
            &header(false),
            &lib.translations,
            &l,
            &service,
            portal,
            form,
            &rows,
        );
        let (dir, path) = save(&format!("portal-sheet-{tag}"), &pdf);
        let read = pdftotext(&path);
        let words = read.split_whitespace().collect::<Vec<_>>().join(" ");
        for italian in [
            "Continua sul portale",
            "il chiosco non ha inviato niente all'ufficio",
            "Cognome del richiedente",
            "Reddito annuo",
            "Cognome del familiare (1)",
            "Superficie dell'alloggio (mq)",
            "Modello S",
            "RAHMAN",
            "BEGUM",
            "24000,00 €",
        ] {
            assert!(words.contains(italian), "{tag}: {italian} in {read}");
        }
        assert!(words.contains(&portal.address), "{tag}: {read}");
        // A question the portal does not ask is not on the sheet.
        assert!(!words.contains("housing_certificate"), "{tag}");
        assert_eq!(qr_codes(dir.path(), &path).trim(), portal.address, "{tag}");
        if tag == "ar" {
            // Word by word: a wrapped right-to-left line comes back from
            // pdftotext with its runs in visual order.
            let question = text(&l, "flow-family-reunification-annual_income");
            for word in question.split_whitespace() {
                let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                assert!(
                    normalise(&read).contains(&normalise(word)),
                    "the question in Arabic beside the label: {word} of {question} in {read}"
                );
            }
        }
    }
}

fn one_signature() -> serto_kiosk::documents::Signing {
    serto_kiosk::documents::Signing {
        declaration_key: "doc-form-declaration".into(),
        signers: Vec::new(),
    }
}
