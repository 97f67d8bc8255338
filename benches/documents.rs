//! Document generation, measured (never asserted): `cargo bench --bench documents`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::time::{Duration, Instant};

use serto_kiosk::agencies::contract::PaymentNotice;
use serto_kiosk::documents::compose::Paper;
use serto_kiosk::documents::{Documents, FormSection, Header, ReceiptData, Status};

fn measure(name: &str, n: usize, mut f: impl FnMut() -> usize) {
    let mut size = 0;
    let mut times: Vec<Duration> = (0..n)
        .map(|_| {
            let start = Instant::now();
            size = f();
            start.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "{name:<40} median {:>9.3?}   p99 {:>9.3?}   {:>6.1} KB   (n = {n})",
        times[n / 2],
        times[(n * 99 / 100).min(n - 1)],
        size as f64 / 1024.0
    );
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let library = serto_kiosk::Library::load(&serto_kiosk::resources::Resources::at(root)).unwrap();
    let t = &library.translations;
    let started = Instant::now();
    let documents = Documents::load().unwrap();
    println!(
        "{:<40} {:>9.3?} (once per process)",
        "load and parse the five faces",
        started.elapsed()
    );
    let header = Header {
        office_name: "Casa delle Culture — Sportello SerTo".into(),
        office_address: "Piazza Amintore Fanfani 5, 52100 Arezzo".into(),
        office_phone: "0575 1820242".into(),
        kiosk_id: "AR-K01".into(),
        when: "28/11/2026 10:41".into(),
        training: false,
    };
    let status = Status::Sent {
        agency_reference: "AR-APR4-2026-000117".into(),
    };
    for tag in ["it", "ar", "bn", "zh-Hans"] {
        let lang = t.language(tag).unwrap();
        measure(&format!("receipt, 80 mm roll ({tag})"), 100, || {
            documents
                .receipt(
                    Paper::Roll80,
                    &header,
                    t,
                    &lang,
                    &ReceiptData {
                        service: "residence-change".into(),
                        channel: serto_kiosk::catalogue::Channel::Comune,
                        reference: "AR-K01-7KX2-94MF".into(),
                        status: status.clone(),
                        appointment: None,
                    },
                )
                .len()
        });
    }
    let rows: Vec<(String, String, String)> = (0..30)
        .map(|i| {
            (
                format!("Domanda numero {i}"),
                format!("سؤال رقم {i}"),
                format!("Risposta {i}: Via Vittorio Veneto 12, Arezzo"),
            )
        })
        .collect();
    let sections = vec![FormSection { title: None, rows }];
    for tag in ["it", "ar", "zh-Hans"] {
        let lang = t.language(tag).unwrap();
        measure(&format!("A4 form, 30 answers ({tag})"), 50, || {
            documents
                .completed_form(
                    &header,
                    t,
                    &lang,
                    &"residence-change".into(),
                    "AR-K01-7KX2-94MF",
                    &sections,
                    &serto_kiosk::documents::Signing {
                        declaration_key: "doc-form-declaration".into(),
                        signers: Vec::new(),
                    },
                )
                .len()
        });
    }
    let notice = PaymentNotice {
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
    };
    let it = t.language("it").unwrap();
    measure("pagoPA notice with QR (it)", 50, || {
        documents
            .payment_notice(&header, t, &it, &notice, None)
            .unwrap()
            .len()
    });
}
