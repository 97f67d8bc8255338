//! What the benches share: the residence application they send.

use std::collections::BTreeMap;

use serto_kiosk::flows::Submission;
use serto_kiosk::flows::answer::Answer;

/// A residence change from abroad, numbered by its surname.
pub fn residence(n: usize) -> Submission {
    let answers = [
        ("reason", Answer::Choice("from-abroad".into())),
        ("surname", Answer::Text(format!("Popescu{n}"))),
        ("given_name", Answer::Text("Ana".into())),
        ("birth_date", Answer::Date(jiff::civil::date(1988, 2, 14))),
        ("street", Answer::Text("Via Vittorio Veneto".into())),
        ("house_number", Answer::Text("12".into())),
        ("cap", Answer::Code("52100".into())),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    Submission {
        service: "residence-change".into(),
        operation: "comune-arezzo/residence-declaration".into(),
        answers,
        groups: BTreeMap::new(),
        computed: BTreeMap::new(),
    }
}
