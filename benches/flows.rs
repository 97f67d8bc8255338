//! Start-up and session costs of the flow engine, measured (never asserted):
//! `cargo bench --bench flows`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use jiff::civil::date;
use serto_kiosk::flows::answer::Context;
use serto_kiosk::flows::{Flows, Session};
use serto_kiosk::i18n::Translations;
use serto_kiosk::places::Places;
use serto_kiosk::validate::codice_fiscale::check_character;

/// Runs `f` `n` times and prints the median and the 99th percentile.
fn measure(name: &str, n: usize, mut f: impl FnMut()) {
    let mut times: Vec<Duration> = (0..n)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    let p50 = times[n / 2];
    let p99 = times[(n * 99 / 100).min(n - 1)];
    println!("{name:<48} median {p50:>10.3?}   p99 {p99:>10.3?}   (n = {n})");
}

fn answer(session: &mut Session, ctx: &Context<'_>, pairs: &[(&str, &str)]) {
    let inputs: BTreeMap<String, String> = pairs
        .iter()
        .map(|(k, v)| ((*k).into(), (*v).into()))
        .collect();
    session.answer_page(&inputs, ctx).expect("valid answers");
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    measure("load locales (11 languages)", 20, || {
        black_box(Translations::load(&root.join("locales")).expect("locales"));
    });
    measure("load ANPR places (19,595 rows)", 20, || {
        black_box(Places::load(&root.join("assets/data")).expect("places"));
    });
    let translations = Translations::load(&root.join("locales")).expect("locales");
    measure("load and check every flow file", 200, || {
        black_box(Flows::load_dir(&root.join("assets/flows"), &translations));
    });

    let places = Places::load(&root.join("assets/data")).expect("places");
    let flows = Flows::load_dir(&root.join("assets/flows"), &translations);
    let flow = Arc::clone(
        flows
            .get("residence-change")
            .expect("residence-change flow"),
    );
    let today = date(2026, 11, 28);
    let ctx = Context {
        places: &places,
        today,
    };
    let cf = format!(
        "PPSNAA88B54Z129{}",
        check_character("PPSNAA88B54Z129").expect("code")
    );
    measure(
        "residence change, whole session with 2 members",
        2000,
        || {
            let mut s = Session::new(Arc::clone(&flow), today);
            answer(&mut s, &ctx, &[("reason", "from-abroad")]);
            answer(&mut s, &ctx, &[("previous_country", "Romania")]);
            answer(
                &mut s,
                &ctx,
                &[
                    ("surname", "Popescu"),
                    ("given_name", "Ana"),
                    ("sex", "female"),
                ],
            );
            answer(
                &mut s,
                &ctx,
                &[("birth_date", "14/02/1988"), ("birth_country", "Romania")],
            );
            answer(
                &mut s,
                &ctx,
                &[("codice_fiscale", &cf), ("citizenship", "Romania")],
            );
            answer(&mut s, &ctx, &[("civil_status", "married")]);
            answer(
                &mut s,
                &ctx,
                &[
                    ("street", "Via Vittorio Veneto"),
                    ("house_number", "12"),
                    ("cap", "52100"),
                ],
            );
            answer(&mut s, &ctx, &[("others_registered", "no")]);
            answer(&mut s, &ctx, &[("title", "lease")]);
            answer(
                &mut s,
                &ctx,
                &[
                    ("lease_office", "Arezzo"),
                    ("lease_date", "01/09/2026"),
                    ("lease_number", "3T 4512"),
                ],
            );
            for (name, born, relation) in [
                ("Ion", "03/05/1986", "spouse"),
                ("Maria", "20/10/2019", "child"),
            ] {
                s.answer_add_another(true);
                answer(
                    &mut s,
                    &ctx,
                    &[
                        ("member_surname", "Popescu"),
                        ("member_given_name", name),
                        ("member_birth_date", born),
                        ("member_relationship", relation),
                    ],
                );
                answer(
                    &mut s,
                    &ctx,
                    &[
                        ("member_codice_fiscale", ""),
                        ("member_citizenship", "Romania"),
                    ],
                );
            }
            s.answer_add_another(false);
            answer(&mut s, &ctx, &[("phone", "333 123 4567"), ("email", "")]);
            answer(&mut s, &ctx, &[]);
            black_box(s.submission().expect("complete"));
        },
    );
}
