//! Flows as data: every flow file loads; sessions walk the main path and
//! every branch with answers a real person would give; broken files are
//! named and disable only their own service.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use jiff::civil::{Date, date};
use serto_kiosk::flows::answer::{Answer, Context};
use serto_kiosk::flows::{self, Flows, Session, Step};
use serto_kiosk::places::Places;

const TODAY: Date = date(2026, 11, 28);

fn places() -> &'static Places {
    static PLACES: OnceLock<Places> = OnceLock::new();
    PLACES.get_or_init(|| {
        Places::load(&common::resources().assets_dir().join("data")).expect("places")
    })
}

fn all_flows() -> &'static Flows {
    static FLOWS: OnceLock<Flows> = OnceLock::new();
    FLOWS.get_or_init(|| {
        let library = common::library();
        Flows::load_dir(
            &common::resources().assets_dir().join("flows"),
            &library.translations,
        )
    })
}

fn start(service: &str) -> Session {
    let flow = all_flows()
        .get(service)
        .unwrap_or_else(|| panic!("flow {service} loads"))
        .clone();
    Session::new(flow, TODAY)
}

/// The id of the page the session shows now.
fn here(session: &Session) -> String {
    match session.current() {
        Step::Page { page, .. } => session.flow().pages[*page].id.clone(),
        Step::AddAnother { group } => format!("add-another:{group}"),
        Step::Check => "check".into(),
    }
}

/// Answers the current page, which must be `page`.
fn answer(session: &mut Session, page: &str, answers: &[(&str, &str)]) {
    assert_eq!(here(session), page, "the flow should be on `{page}`");
    let inputs: BTreeMap<String, String> = answers
        .iter()
        .map(|(k, v)| ((*k).into(), (*v).into()))
        .collect();
    let ctx = Context {
        places: places(),
        today: TODAY,
    };
    if let Err(errors) = session.answer_page(&inputs, &ctx) {
        panic!("`{page}` refused {errors:?}");
    }
}

fn refused(session: &mut Session, answers: &[(&str, &str)]) -> Vec<String> {
    let inputs: BTreeMap<String, String> = answers
        .iter()
        .map(|(k, v)| ((*k).into(), (*v).into()))
        .collect();
    let ctx = Context {
        places: places(),
        today: TODAY,
    };
    match session.answer_page(&inputs, &ctx) {
        Ok(()) => panic!("the page should refuse {answers:?}"),
        Err(errors) => errors
            .into_iter()
            .map(|e| format!("{}:{}", e.field, e.problem.key))
            .collect(),
    }
}

#[test]
fn every_flow_file_loads() {
    let flows = all_flows();
    assert!(flows.problems.is_empty(), "{:?}", flows.problems);
    let library = common::library();
    for service in library.catalogue.services() {
        if let Some(flow) = flows.get(service.id.as_str()) {
            assert!(!flow.pages.is_empty());
            assert!(
                flow.operation.starts_with(service.agency.id()),
                "{} calls {}",
                service.id.as_str(),
                flow.operation
            );
        }
    }
}

/// Applicant pages common to every residence-change walk.
fn residence_applicant(s: &mut Session) {
    answer(
        s,
        "applicant",
        &[
            ("surname", "Popescu"),
            ("given_name", "Ana"),
            ("sex", "female"),
        ],
    );
    answer(
        s,
        "applicant-birth",
        &[("birth_date", "14/02/1988"), ("birth_country", "Romania")],
    );
    // POPESCU ANA, 14/02/1988, Romania (Z129).
    answer(
        s,
        "applicant-codes",
        &[
            ("codice_fiscale", &with_check("PPSNAA88B54Z129")),
            ("citizenship", "Romania"),
        ],
    );
    answer(s, "civil-status", &[("civil_status", "married")]);
    answer(
        s,
        "address",
        &[
            ("street", "Via Vittorio Veneto"),
            ("house_number", "12"),
            ("cap", "52100"),
        ],
    );
}

fn with_check(first15: &str) -> String {
    format!(
        "{first15}{}",
        serto_kiosk::validate::codice_fiscale::check_character(first15).expect("letters")
    )
}

#[test]
fn residence_change_from_abroad_with_two_household_members() {
    let mut s = start("residence-change");
    answer(&mut s, "reason", &[("reason", "from-abroad")]);
    answer(
        &mut s,
        "previous-country",
        &[("previous_country", "Romania")],
    );
    residence_applicant(&mut s);
    answer(&mut s, "others-registered", &[("others_registered", "no")]);
    answer(&mut s, "title", &[("title", "lease")]);
    answer(
        &mut s,
        "lease",
        &[
            ("lease_office", "Arezzo"),
            ("lease_date", "01/09/2026"),
            ("lease_number", "3T 4512"),
        ],
    );
    assert_eq!(here(&s), "add-another:members");
    s.answer_add_another(true);
    answer(
        &mut s,
        "member",
        &[
            ("member_surname", "Popescu"),
            ("member_given_name", "Ion"),
            ("member_birth_date", "03/05/1986"),
            ("member_relationship", "spouse"),
        ],
    );
    answer(
        &mut s,
        "member-codes",
        &[
            ("member_codice_fiscale", ""),
            ("member_citizenship", "Romania"),
        ],
    );
    s.answer_add_another(true);
    answer(
        &mut s,
        "member",
        &[
            ("member_surname", "Popescu"),
            ("member_given_name", "Maria"),
            ("member_birth_date", "20/10/2019"),
            ("member_relationship", "child"),
        ],
    );
    answer(
        &mut s,
        "member-codes",
        &[
            ("member_codice_fiscale", &with_check("PPSMRA19R60Z129")),
            ("member_citizenship", "Romania"),
        ],
    );
    s.answer_add_another(false);
    answer(
        &mut s,
        "contacts",
        &[("phone", "333 123 4567"), ("email", "")],
    );
    answer(&mut s, "what-next", &[]);
    assert_eq!(here(&s), "check");

    let summary = s.summary();
    let email = summary
        .iter()
        .find(|r| r.field == "email")
        .expect("email row");
    assert_eq!(
        email.answer, None,
        "a skipped optional answer shows as not provided"
    );
    let submission = s.submission().expect("complete");
    assert_eq!(submission.operation, "comune-arezzo/residence-declaration");
    assert_eq!(
        submission.answers["previous_country"],
        Answer::Place("Z129".into())
    );
    assert_eq!(
        submission.answers["phone"],
        Answer::Code("+393331234567".into())
    );
    assert_eq!(submission.groups["members"].len(), 2);
    assert_eq!(
        submission.groups["members"][1]["member_birth_date"],
        Answer::Date(date(2019, 10, 20))
    );
    assert!(!submission.answers.contains_key("previous_comune"));
    let serialised = serialised(&submission);
    assert!(serialised.contains("Popescu") && serialised.contains("1988-02-14"));
}

/// The payload goes through serde (the agency adapters will send it as JSON;
/// TOML is the serde format already in the tree).
fn serialised(submission: &flows::Submission) -> String {
    toml::to_string(submission).expect("the submission serialises")
}

#[test]
fn residence_change_within_arezzo_with_a_consenting_household() {
    let mut s = start("residence-change");
    answer(&mut s, "reason", &[("reason", "within-comune")]);
    residence_applicant(&mut s);
    answer(&mut s, "others-registered", &[("others_registered", "yes")]);
    answer(
        &mut s,
        "registered-holder",
        &[("registered_holder", "Giovanni Bianchi")],
    );
    answer(&mut s, "title", &[("title", "other")]);
    s.answer_add_another(false);
    answer(
        &mut s,
        "contacts",
        &[
            ("phone", "0575 123456"),
            ("email", "ana.popescu@example.ro"),
        ],
    );
    answer(&mut s, "what-next", &[]);
    let submission = s.submission().expect("complete");
    assert!(submission.groups.get("members").is_none_or(Vec::is_empty));
    assert_eq!(
        submission.answers["registered_holder"],
        Answer::Text("Giovanni Bianchi".into())
    );
}

#[test]
fn residence_change_from_another_comune_then_changed_from_the_check_page() {
    let mut s = start("residence-change");
    answer(&mut s, "reason", &[("reason", "from-other-comune")]);
    answer(&mut s, "previous-comune", &[("previous_comune", "Firenze")]);
    residence_applicant(&mut s);
    answer(&mut s, "others-registered", &[("others_registered", "no")]);
    answer(&mut s, "title", &[("title", "owner")]);
    s.answer_add_another(false);
    answer(&mut s, "contacts", &[("phone", "3331234567")]);
    answer(&mut s, "what-next", &[]);
    assert_eq!(
        s.submission().expect("complete").answers["previous_comune"],
        Answer::Place("D612".into())
    );

    // "Change" the reason: the new branch must be answered, the old one is dropped.
    s.change(Step::Page {
        page: 0,
        item: None,
    });
    answer(&mut s, "reason", &[("reason", "from-abroad")]);
    answer(
        &mut s,
        "previous-country",
        &[("previous_country", "Albania")],
    );
    assert_eq!(
        here(&s),
        "check",
        "after the change the person returns to the check page"
    );
    let submission = s.submission().expect("complete");
    assert!(
        !submission.answers.contains_key("previous_comune"),
        "the closed branch's answer is dropped"
    );
    assert_eq!(
        submission.answers["previous_country"],
        Answer::Place("Z100".into())
    );
}

#[test]
fn wrong_answers_are_refused_with_specific_messages_and_nothing_moves() {
    let mut s = start("residence-change");
    assert_eq!(refused(&mut s, &[]), vec!["reason:error-required"]);
    answer(&mut s, "reason", &[("reason", "within-comune")]);
    answer(
        &mut s,
        "applicant",
        &[
            ("surname", "Popescu"),
            ("given_name", "Ana"),
            ("sex", "female"),
        ],
    );
    // A minor cannot declare; a future date does not exist yet.
    let errors = refused(
        &mut s,
        &[("birth_date", "14/02/2012"), ("birth_country", "Romania")],
    );
    assert_eq!(
        errors,
        vec!["birth_date:flow-residence-change-adult-required"]
    );
    let errors = refused(
        &mut s,
        &[("birth_date", "31/02/1988"), ("birth_country", "Atlantide")],
    );
    assert_eq!(
        errors,
        vec!["birth_date:error-date", "birth_country:error-country"]
    );
    assert_eq!(here(&s), "applicant-birth");
    answer(
        &mut s,
        "applicant-birth",
        &[("birth_date", "14/02/1988"), ("birth_country", "Romania")],
    );
    let errors = refused(
        &mut s,
        &[
            ("codice_fiscale", "PPSNAA88B54Z12"),
            ("citizenship", "Romania"),
        ],
    );
    assert_eq!(errors, vec!["codice_fiscale:error-cf-length"]);
    answer(
        &mut s,
        "applicant-codes",
        &[
            ("codice_fiscale", &with_check("PPSNAA88B54Z129")),
            ("citizenship", "Romania"),
        ],
    );
    answer(&mut s, "civil-status", &[("civil_status", "single")]);
    let errors = refused(
        &mut s,
        &[
            ("street", "Via Roma"),
            ("house_number", "1"),
            ("cap", "50100"),
        ],
    );
    assert_eq!(errors, vec!["cap:flow-residence-change-cap-arezzo"]);
}

#[test]
fn back_goes_to_the_previous_relevant_page() {
    let mut s = start("residence-change");
    assert!(!s.back(), "the first page has nowhere to go back to");
    answer(&mut s, "reason", &[("reason", "within-comune")]);
    assert_eq!(
        here(&s),
        "applicant",
        "the previous-address pages are skipped"
    );
    assert!(s.back());
    assert_eq!(here(&s), "reason");
    assert_eq!(
        s.answer("reason", None),
        Some(&Answer::Choice("within-comune".into())),
        "the answer is kept"
    );
}

fn flow_file(body: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let flows_dir = dir.path().join("flows");
    std::fs::create_dir(&flows_dir).expect("mkdir");
    let good = common::resources()
        .assets_dir()
        .join("flows/residence-change.toml");
    std::fs::copy(good, flows_dir.join("residence-change.toml")).expect("copy");
    std::fs::write(flows_dir.join("permit-status.toml"), body).expect("write");
    (dir, flows_dir)
}

#[test]
fn a_broken_flow_is_named_and_the_others_keep_working() {
    let library = common::library();
    let cases = [
        ("kind = \"colour\"", "unknown variant `colour`", 7),
        (
            "kind = \"text\"\nrelevant = \"later_field == 1\"",
            "which is asked later",
            7,
        ),
        (
            "kind = \"text\"\nrelevant = \"nobody == 1\"",
            "not a field, group or computed value",
            7,
        ),
        (
            "kind = \"text\"\n[[computed]]\nid = \"a\"\nvalue = \"b + 1\"\n[[computed]]\nid = \"b\"\nvalue = \"a * 2\"",
            "cycle",
            9,
        ),
        (
            "kind = \"yes-no\"",
            "Fluent key `flow-permit-status-first_field` is missing",
            0,
        ),
    ];
    for (field, problem, line) in cases {
        let body = format!(
            "service = \"permit-status\"\noperation = \"polizia-di-stato/permit-status\"\ndocuments = [\"receipt\"]\n\n[[page]]\nid = \"first\"\n[[page.field]]\nid = \"first_field\"\n{field}\n\n[[page]]\nid = \"second\"\n[[page.field]]\nid = \"later_field\"\nkind = \"number\"\n"
        );
        let (_dir, flows_dir) = flow_file(&body);
        let flows = Flows::load_dir(&flows_dir, &library.translations);
        assert!(
            flows.get("residence-change").is_some(),
            "the good flow still loads"
        );
        assert!(
            flows.get("permit-status").is_none(),
            "the broken flow is disabled"
        );
        assert_eq!(flows.problems.len(), 1);
        let error = &flows.problems[0];
        assert!(error.to_string().contains("permit-status.toml"), "{error}");
        assert!(error.problem.contains(problem), "{problem} not in: {error}");
        if line > 0 {
            assert!(error.line.is_some(), "{error}");
        }
    }
}

#[test]
fn expressions_compute_values() {
    use serto_kiosk::flows::expr::{Expr, Scope, Value};
    struct Answers;
    impl Scope for Answers {
        fn value(&self, name: &str) -> Value {
            match name {
                "reason" => Value::Text("from-abroad".into()),
                "born" => Value::Date(date(2015, 6, 1)),
                _ => Value::Null,
            }
        }
        fn count(&self, _: &str) -> usize {
            3
        }
        fn count_if(&self, _: &str, condition: &Expr) -> usize {
            usize::from(condition.eval(self).truthy())
        }
        fn today(&self) -> Date {
            TODAY
        }
    }
    let eval = |s: &str| Expr::parse(s).expect("parses").eval(&Answers);
    assert_eq!(
        eval("7002.97 * (1 + 0.5 * count(family))"),
        Value::Number(7002.97 * 2.5)
    );
    assert_eq!(
        eval("reason == 'from-abroad' and age(born) < 14"),
        Value::Bool(true)
    );
    assert_eq!(eval("not answered(nothing)"), Value::Bool(true));
    assert_eq!(
        eval("nothing > 3"),
        Value::Bool(false),
        "an unanswered value never satisfies a comparison"
    );
    assert_eq!(eval("if(count(x) >= 2, 1, 0)"), Value::Number(1.0));
    assert!(Expr::parse("count(").is_err());
    assert!(Expr::parse("frobnicate(1)").is_err());
    assert!(Expr::parse("1 +").is_err());
}

#[test]
fn permit_status_look_up_with_either_reference() {
    for reference in ["0123-4567-8901", "AR12345678"] {
        let mut s = start("permit-status");
        answer(&mut s, "reference", &[("reference", reference)]);
        answer(&mut s, "birth-date", &[("birth_date", "01/01/1990")]);
        let submission = s.submission().expect("complete");
        assert_eq!(submission.operation, "polizia-di-stato/permit-status");
        let expected = reference.replace('-', "");
        assert_eq!(submission.answers["reference"], Answer::Code(expected));
    }
    let mut s = start("permit-status");
    assert_eq!(
        refused(&mut s, &[("reference", "12345")]),
        vec!["reference:error-permit-reference"]
    );
}

#[test]
fn family_reunification_checks_income_and_housing() {
    let mut s = start("family-reunification");
    answer(
        &mut s,
        "permit",
        &[("permit_type", "work"), ("permit_one_year", "yes")],
    );
    s.answer_add_another(true);
    answer(
        &mut s,
        "member",
        &[
            ("relationship", "spouse"),
            ("member_surname", "Hossain"),
            ("member_given_name", "Nasrin"),
            ("member_birth_date", "02/03/1992"),
            ("member_country", "Bangladesh"),
        ],
    );
    s.answer_add_another(true);
    answer(
        &mut s,
        "member",
        &[
            ("relationship", "minor-child"),
            ("member_surname", "Hossain"),
            ("member_given_name", "Rafi"),
            ("member_birth_date", "11/07/2016"),
            ("member_country", "Bangladesh"),
        ],
    );
    s.answer_add_another(false);
    // Two members: 7,002.97 × (1 + 0.5 × 2) = 14,005.94 € a year.
    let errors = refused(&mut s, &[("annual_income", "13.500,00")]);
    assert_eq!(
        errors,
        vec!["annual_income:flow-family-reunification-income-too-low"]
    );
    assert_eq!(
        s.computed("income_threshold"),
        serto_kiosk::flows::expr::Value::Number(7002.97 * 2.0)
    );
    answer(&mut s, "income", &[("annual_income", "18.200")]);
    // Three people: 14 m² each.
    let errors = refused(
        &mut s,
        &[("dwelling_area", "40"), ("housing_certificate", "yes")],
    );
    assert_eq!(
        errors,
        vec!["dwelling_area:flow-family-reunification-housing-too-small"]
    );
    answer(
        &mut s,
        "housing",
        &[("dwelling_area", "55"), ("housing_certificate", "no")],
    );
    answer(
        &mut s,
        "applicant",
        &[
            ("surname", "Hossain"),
            ("given_name", "Kamal"),
            ("codice_fiscale", &with_check("HSSKML85M10Z249")),
        ],
    );
    answer(&mut s, "contacts", &[("phone", "+39 351 234 5678")]);
    answer(&mut s, "what-next", &[]);
    let submission = s.submission().expect("complete");
    assert_eq!(
        submission.answers["annual_income"],
        Answer::Money(1_820_000)
    );
    assert_eq!(submission.groups["family"].len(), 2);
    assert_eq!(submission.computed["housing_minimum"], 42.0);
}

#[test]
fn family_reunification_doubles_the_income_for_two_young_children() {
    let mut s = start("family-reunification");
    answer(
        &mut s,
        "permit",
        &[("permit_type", "long-term"), ("permit_one_year", "yes")],
    );
    for (name, born) in [("Ana", "01/01/2018"), ("Luca", "01/01/2020")] {
        s.answer_add_another(true);
        answer(
            &mut s,
            "member",
            &[
                ("relationship", "minor-child"),
                ("member_surname", "Gjoka"),
                ("member_given_name", name),
                ("member_birth_date", born),
                ("member_country", "Albania"),
            ],
        );
    }
    s.answer_add_another(false);
    // Two children under 14: twice the assegno sociale (the same as 1 + 0.5 × 2 here).
    assert_eq!(
        s.computed("children_under_14"),
        serto_kiosk::flows::expr::Value::Number(2.0)
    );
    assert_eq!(
        s.computed("income_threshold"),
        serto_kiosk::flows::expr::Value::Number(2.0 * 7002.97)
    );
    // A permit shorter than a year stops the pre-check.
    let mut s = start("family-reunification");
    let errors = refused(
        &mut s,
        &[("permit_type", "study"), ("permit_one_year", "no")],
    );
    assert_eq!(
        errors,
        vec!["permit_one_year:flow-family-reunification-permit-too-short"]
    );
}

#[test]
fn certificates_ask_the_use_only_when_stamp_duty_applies() {
    let mut s = start("certificates");
    answer(&mut s, "type", &[("certificate_type", "birth")]);
    answer(
        &mut s,
        "holder",
        &[("codice_fiscale", "RSSMRA85T10A562S"), ("surname", "Rossi")],
    );
    assert_eq!(
        here(&s),
        "copies",
        "a birth certificate is always free: no use asked"
    );
    answer(&mut s, "copies", &[("copies", "2")]);
    answer(&mut s, "what-next", &[]);
    assert_eq!(
        s.submission().expect("complete").answers["copies"],
        Answer::Number(2)
    );

    let mut s = start("certificates");
    answer(&mut s, "type", &[("certificate_type", "residence")]);
    answer(
        &mut s,
        "holder",
        &[("codice_fiscale", "RSSMRA85T10A562S"), ("surname", "Rossi")],
    );
    answer(&mut s, "use", &[("use", "school")]);
    assert_eq!(
        refused(&mut s, &[("copies", "9")]),
        vec!["copies:error-number-too-large"]
    );
    answer(&mut s, "copies", &[("copies", "1")]);
    answer(&mut s, "what-next", &[]);
    assert_eq!(
        s.submission().expect("complete").answers["use"],
        Answer::Choice("school".into())
    );
}

#[test]
fn citizenship_status_by_k10_number() {
    let mut s = start("citizenship-status");
    assert_eq!(
        refused(&mut s, &[("reference", "123456")]),
        vec!["reference:error-citizenship-reference"]
    );
    answer(&mut s, "reference", &[("reference", "k10/c/123456")]);
    answer(&mut s, "birth-date", &[("birth_date", "1980-04-02")]);
    let submission = s.submission().expect("complete");
    assert_eq!(
        submission.answers["reference"],
        Answer::Code("K10/C/123456".into())
    );
    assert_eq!(submission.operation, "prefettura/citizenship-status");
}

proptest::proptest! {
    /// Whatever a person types on any page, the session answers with errors
    /// or moves on; it never panics and never loses the page it is on.
    #[test]
    fn any_text_on_any_page_is_handled(texts in proptest::collection::vec("\\PC{0,30}", 12)) {
        let ctx = Context { places: places(), today: TODAY };
        for service in ["residence-change", "family-reunification", "certificates", "permit-status", "citizenship-status"] {
            let mut s = start(service);
            for _ in 0..6 {
                let Step::Page { page, item } = s.current().clone() else { break };
                let fields: Vec<String> = s.visible_fields(page, item).iter().map(|f| f.id.clone()).collect();
                let inputs: BTreeMap<String, String> = fields.into_iter().zip(texts.iter().cloned()).collect();
                let before = s.current().clone();
                if s.answer_page(&inputs, &ctx).is_err() {
                    proptest::prop_assert_eq!(s.current(), &before);
                    break;
                }
            }
        }
    }
}
