//! Flows as data: every flow file loads; sessions walk the main path and
//! every branch with answers a real person would give; broken files are
//! named and disable only their own service.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use jiff::civil::{Date, date};
use serto_kiosk::catalogue::Channel;
use serto_kiosk::flows::answer::{Answer, Context};
use serto_kiosk::flows::model::DocumentKind;
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
    assert_eq!(flows.len(), 12, "one flow per service");
    for service in library.catalogue.services() {
        let flow = flows
            .get(service.id.as_str())
            .unwrap_or_else(|| panic!("no flow for {}", service.id.as_str()));
        {
            assert!(!flow.pages.is_empty());
            // Its own office's door, or — when only a portal finishes it —
            // the help desk's queue on the Comune's gateway, and nothing else.
            let door = match service.channel {
                Channel::Portal => "comune-arezzo/help-desk".to_owned(),
                _ => format!("{}/", service.agency.id()),
            };
            assert!(
                flow.operation.starts_with(&door),
                "{} calls {}",
                service.id.as_str(),
                flow.operation
            );
            let portal_sheet = flow.documents.contains(&DocumentKind::PortalSheet);
            assert_eq!(
                portal_sheet,
                service.channel == Channel::Portal,
                "{}: the portal sheet is for portal services only",
                service.id.as_str()
            );
        }
    }
    // Every service's data holds together: none was disabled at load.
    assert!(
        library.catalogue.disabled().is_empty(),
        "{:?}",
        library.catalogue.disabled()
    );
    assert_eq!(library.catalogue.services().len(), 12);
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
            ("codice_fiscale", &common::with_check("PPSNAA88B54Z129")),
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
            (
                "member_codice_fiscale",
                &common::with_check("PPSMRA19R60Z129"),
            ),
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
            ("codice_fiscale", &common::with_check("PPSNAA88B54Z129")),
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
        (
            "kind = \"agency-choice\"\nsource = \"pizzeria/menu\"",
            "needs `source",
            7,
        ),
        (
            "kind = \"text\"\nsource = \"usl-toscana-sud-est/slots\"",
            "only an agency choice has a source",
            7,
        ),
        (
            "kind = \"text\"\n[[page]]\nid = \"stop\"\nend = true\n[[page.field]]\nid = \"typed\"\nkind = \"text\"",
            "may hold only notes",
            10,
        ),
        (
            "kind = \"text\"\nagency_problems = [\"bad-weather\"]",
            "agency problem `bad-weather` is not one the kiosk explains",
            7,
        ),
        (
            "kind = \"text\"\nrelevant = \"today() > date('2026-13-01')\"",
            "is not a date",
            7,
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
    assert_eq!(eval("today() > date('2026-11-27')"), Value::Bool(true));
    assert_eq!(eval("date('2026-01-13')"), Value::Date(date(2026, 1, 13)));
    assert!(
        Expr::parse("date('2026-02-30')").is_err(),
        "an impossible date literal is refused when the flow loads"
    );
    assert!(Expr::parse("count(").is_err());
    assert!(Expr::parse("frobnicate(1)").is_err());
    assert!(Expr::parse("1 +").is_err());
}

#[test]
fn permit_status_look_up_with_either_reference() {
    for reference in ["0123-4567-8901", "AR12345678"] {
        let mut s = start("permit-status");
        answer(&mut s, "reference", &[("reference", reference)]);
        let submission = s.submission().expect("complete");
        assert_eq!(submission.operation, "polizia-di-stato/permit-status");
        let expected = reference.replace('-', "");
        assert_eq!(submission.answers["reference"], Answer::Code(expected));
        // The public page takes the number and nothing else.
        assert_eq!(submission.answers.len(), 1);
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
            ("codice_fiscale", &common::with_check("HSSKML85M10Z249")),
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
    // Only ALI shows the state, after the person's own login: the answers
    // go to the help desk's queue if the person asks, nowhere else.
    assert_eq!(submission.operation, "comune-arezzo/help-desk");
}

proptest::proptest! {
    /// Whatever a person types on any page, the session answers with errors
    /// or moves on; it never panics and never loses the page it is on.
    #[test]
    fn any_text_on_any_page_is_handled(texts in proptest::collection::vec("\\PC{0,30}", 12)) {
        let ctx = Context { places: places(), today: TODAY };
        for flow in all_flows().iter() {
            let mut s = Session::new(flow.clone(), TODAY);
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

/// The Italian CF of a person with the same data as the test answers.
const ANA_CF: &str = "PPSNAA88B54Z129";

#[test]
fn italian_test_enrolment_asks_exemptions_first() {
    let mut s = start("italian-test-a2");
    answer(&mut s, "purpose", &[("purpose", "enrol")]);
    answer(&mut s, "exemption", &[("exemption", "none")]);
    assert_eq!(
        refused(&mut s, &[("recent_fail", "yes")]),
        vec!["recent_fail:flow-italian-test-a2-wait-90-days"]
    );
    answer(&mut s, "previous-test", &[("recent_fail", "no")]);
    assert_eq!(
        refused(
            &mut s,
            &[
                ("surname", "Rahman"),
                ("given_name", "Mohammed Abdul"),
                ("birth_date", "15/07/2015"),
            ]
        ),
        vec!["birth_date:error-date-too-late"],
        "the test is for people aged 14 or more"
    );
    answer(
        &mut s,
        "applicant",
        &[
            ("surname", "Rahman"),
            ("given_name", "Mohammed Abdul"),
            ("birth_date", "15/07/1990"),
        ],
    );
    answer(
        &mut s,
        "origin",
        &[
            ("birth_country", "Bangladesh"),
            ("citizenship", "Bangladesh"),
            ("codice_fiscale", &common::with_check("RHMMMM90L15Z249")),
        ],
    );
    answer(
        &mut s,
        "permit",
        &[
            ("permit_type", "work"),
            ("permit_number", "I12345678"),
            ("permit_expiry", "30/06/2027"),
        ],
    );
    answer(
        &mut s,
        "passport",
        &[
            ("passport_number", "EB0123456"),
            ("passport_expiry", "01/02/2030"),
        ],
    );
    answer(
        &mut s,
        "address",
        &[
            ("comune", "Arezzo"),
            ("street", "Via Fiorentina 45"),
            ("cap", "52100"),
        ],
    );
    answer(
        &mut s,
        "contacts",
        &[("email", "m.rahman@example.com"), ("phone", "")],
    );
    answer(&mut s, "what-next", &[]);
    assert_eq!(here(&s), "check");
    let submission = s.submission().expect("complete");
    assert_eq!(submission.operation, "comune-arezzo/help-desk");
    assert_eq!(submission.answers["comune"], Answer::Place("A390".into()));
    assert!(!submission.answers.contains_key("phone"));
    assert!(!submission.answers.contains_key("application_number"));
}

#[test]
fn an_exempt_person_is_told_so_and_nothing_is_sent() {
    let mut s = start("italian-test-a2");
    answer(&mut s, "purpose", &[("purpose", "enrol")]);
    answer(&mut s, "exemption", &[("exemption", "cpia-certificate")]);
    assert_eq!(here(&s), "exempt");
    assert!(s.ended());
    assert_eq!(
        s.steps().last(),
        Some(s.current()),
        "the exemption note is the last step"
    );
    answer(&mut s, "exempt", &[]);
    assert_eq!(here(&s), "exempt", "Continue on an end page stays there");
    assert!(s.submission().is_err(), "nothing to send");
    // Back, and a change of mind opens the application again.
    assert!(s.back());
    answer(&mut s, "exemption", &[("exemption", "none")]);
    assert!(!s.ended());
    assert_eq!(here(&s), "previous-test");
}

#[test]
fn italian_test_result_look_up() {
    let mut s = start("italian-test-a2");
    answer(&mut s, "purpose", &[("purpose", "result")]);
    answer(
        &mut s,
        "result",
        &[
            ("application_number", "AR2026004512"),
            ("result_birth_date", "15/07/1990"),
        ],
    );
    assert_eq!(here(&s), "check");
    let submission = s.submission().expect("complete");
    assert_eq!(submission.answers.len(), 3);
}

fn school_pupil(s: &mut Session, has_cf: bool) {
    answer(s, "level", &[("school_level", "primary")]);
    answer(
        s,
        "pupil",
        &[
            ("pupil_surname", "Popescu"),
            ("pupil_given_name", "Maria"),
            ("pupil_sex", "female"),
            ("pupil_birth_date", "10/03/2021"),
        ],
    );
    let cf = common::with_check("PPSMRA21C50Z129");
    let mut origin = vec![
        ("pupil_birth_country", "Romania"),
        ("pupil_citizenship", "Romania"),
        ("pupil_has_cf", if has_cf { "yes" } else { "no" }),
    ];
    if has_cf {
        origin.push(("pupil_codice_fiscale", &cf));
    }
    answer(s, "pupil-origin", &origin);
    answer(
        s,
        "parent",
        &[
            ("parent_relationship", "mother"),
            ("parent_surname", "Popescu"),
            ("parent_given_name", "Ana"),
            ("parent_codice_fiscale", if has_cf { "" } else { ANA_CF }),
        ],
    );
    answer(
        s,
        "address",
        &[
            ("comune", "Arezzo"),
            ("street", "Via Vittorio Veneto 12"),
            ("cap", "52100"),
        ],
    );
    answer(
        s,
        "contacts",
        &[
            ("email", "ana.popescu@example.ro"),
            ("phone", "+40 721 234 567"),
        ],
    );
}

#[test]
fn school_enrolment_outside_the_window_prepares_the_form_for_the_school() {
    let mut s = start("state-school-enrolment");
    assert_eq!(
        here(&s),
        "window-closed",
        "28 November is outside the window"
    );
    answer(&mut s, "window-closed", &[]);
    school_pupil(&mut s, true);
    assert_eq!(
        refused(
            &mut s,
            &[
                ("first_choice", "ARIC82100X"),
                ("second_choice", "aric82100x"),
            ]
        ),
        vec!["second_choice:flow-state-school-enrolment-same-school-twice"]
    );
    answer(
        &mut s,
        "schools",
        &[
            ("first_choice", "ARIC82100X"),
            ("second_choice", "AREE00901C"),
            ("third_choice", ""),
        ],
    );
    answer(&mut s, "religion", &[("religion_teaching", "no")]);
    answer(&mut s, "what-next", &[]);
    let submission = s.submission().unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(submission.computed["window_open"], 0.0);
    assert_eq!(
        submission.answers["pupil_codice_fiscale"],
        Answer::Code(common::with_check("PPSMRA21C50Z129"))
    );
    assert!(!submission.answers.contains_key("third_choice"));
    assert!(!submission.answers.contains_key("parent_codice_fiscale"));
}

#[test]
fn school_enrolment_in_the_window_for_a_pupil_without_a_codice_fiscale() {
    let flow = all_flows()
        .get("state-school-enrolment")
        .expect("loads")
        .clone();
    let mut s = Session::new(flow, date(2026, 1, 20));
    assert_eq!(here(&s), "level", "no closed-window note in January");
    // The pupil was 4 in January 2026: the date limit is relative to today.
    answer(&mut s, "level", &[("school_level", "primary")]);
    let ctx = Context {
        places: places(),
        today: date(2026, 1, 20),
    };
    let inputs: BTreeMap<String, String> = [
        ("pupil_surname", "Hossain"),
        ("pupil_given_name", "Ayaan"),
        ("pupil_sex", "male"),
        ("pupil_birth_date", "02/09/2019"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    s.answer_page(&inputs, &ctx)
        .expect("a six-year-old enrols in primary");
    let inputs: BTreeMap<String, String> = [
        ("pupil_birth_country", "Bangladesh"),
        ("pupil_citizenship", "Bangladesh"),
        ("pupil_has_cf", "no"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    s.answer_page(&inputs, &ctx)
        .expect("no codice fiscale asked");
    assert_eq!(here(&s), "parent");
    assert_eq!(s.computed("window_open"), flows::expr::Value::Number(1.0));
}

#[test]
fn municipal_services_transport_canteen_and_nursery_branches() {
    let mut s = start("municipal-school-services");
    answer(&mut s, "services", &[("services", "canteen,transport")]);
    assert_eq!(
        refused(
            &mut s,
            &[("transport_far", "no"), ("transport_nearest_school", "yes")]
        ),
        vec!["transport_far:flow-municipal-school-services-transport-too-close"]
    );
    answer(
        &mut s,
        "transport",
        &[
            ("transport_far", "yes"),
            ("transport_nearest_school", "yes"),
        ],
    );
    answer(
        &mut s,
        "child",
        &[
            ("child_surname", "Hoxha"),
            ("child_given_name", "Arta"),
            ("child_birth_date", "05/05/2018"),
            ("child_codice_fiscale", ""),
        ],
    );
    answer(
        &mut s,
        "school",
        &[("school_name", "Primaria Pio Borri, 3ª B")],
    );
    answer(
        &mut s,
        "diet",
        &[
            ("special_diet", "religious"),
            ("diet_details", "Niente carne di maiale"),
        ],
    );
    answer(
        &mut s,
        "parent",
        &[
            ("parent_relationship", "father"),
            ("parent_surname", "Hoxha"),
            ("parent_given_name", "Ilir"),
            // HOXHA ILIR, born 12/01/1984 in Albania.
            (
                "parent_codice_fiscale",
                &common::with_check("HXHLRI84A12Z100"),
            ),
        ],
    );
    answer(
        &mut s,
        "address",
        &[
            ("comune", "Arezzo"),
            ("street", "Località Il Matto 3"),
            ("cap", "52100"),
        ],
    );
    answer(
        &mut s,
        "isee",
        &[("has_isee", "yes"), ("isee_value", "9.850,00")],
    );
    answer(
        &mut s,
        "contacts",
        &[("phone", "347 555 1234"), ("email", "")],
    );
    answer(&mut s, "what-next", &[]);
    let submission = s.submission().expect("complete");
    assert_eq!(submission.computed["reduced_fee"], 1.0);
    assert_eq!(submission.answers["isee_value"], Answer::Money(985_000));
    assert_eq!(
        submission.answers["services"],
        Answer::Choices(vec!["canteen".into(), "transport".into()])
    );

    // Nursery only: no school, no transport; a five-year-old is refused.
    let mut s = start("municipal-school-services");
    answer(&mut s, "services", &[("services", "nursery")]);
    let child = [
        ("child_surname", "Hoxha"),
        ("child_given_name", "Dritan"),
        ("child_birth_date", "05/05/2021"),
    ];
    assert_eq!(
        refused(&mut s, &child),
        vec!["child_birth_date:flow-municipal-school-services-nursery-age"]
    );
    answer(
        &mut s,
        "child",
        &[
            ("child_surname", "Hoxha"),
            ("child_given_name", "Dritan"),
            ("child_birth_date", "05/05/2025"),
        ],
    );
    assert_eq!(here(&s), "diet");
    answer(&mut s, "diet", &[("special_diet", "none")]);
    assert_eq!(here(&s), "parent");
}

fn offers(labels: &[(&str, &str)]) -> Vec<flows::Offer> {
    labels
        .iter()
        .map(|(id, label)| flows::Offer {
            id: (*id).into(),
            label: (*label).into(),
            starts_at: None,
            place: None,
        })
        .collect()
}

#[test]
fn magazines_need_a_library_card() {
    let mut s = start("online-magazines");
    answer(&mut s, "card", &[("has_card", "no")]);
    assert_eq!(here(&s), "no-card");
    assert!(s.ended());
    assert!(s.submission().is_err());

    let mut s = start("online-magazines");
    answer(&mut s, "card", &[("has_card", "yes")]);
    answer(
        &mut s,
        "card-number",
        &[("card_number", "AR0012345"), ("card_surname", "Kovalenko")],
    );
    answer(&mut s, "language", &[("magazine_language", "ukrainian")]);
    answer(&mut s, "kind", &[("magazine_kind", "newspaper")]);
    assert!(s.offers("magazine").is_empty());
    assert_eq!(
        refused(&mut s, &[("magazine", "pr-1234")]),
        vec!["magazine:error-choice"],
        "nothing can be chosen before the library offers it"
    );
    s.offer(
        "magazine",
        offers(&[
            ("pr-1234", "Українська правда"),
            ("pr-5678", "Дзеркало тижня"),
        ]),
    );
    answer(&mut s, "magazine", &[("magazine", "pr-5678")]);
    answer(&mut s, "how-to-read", &[]);
    let submission = s.submission().expect("complete");
    assert_eq!(
        submission.answers["magazine"],
        Answer::Offer {
            id: "pr-5678".into(),
            label: "Дзеркало тижня".into()
        }
    );
    // A new look-up that no longer lists the title drops the answer.
    s.offer("magazine", offers(&[("pr-1234", "Українська правда")]));
    assert!(s.submission().is_err());
}

#[test]
fn courses_and_job_offers_filter_then_choose() {
    let mut s = start("training-courses");
    answer(&mut s, "area", &[("area", "valdarno")]);
    answer(&mut s, "sector", &[("sector", "care")]);
    answer(
        &mut s,
        "conditions",
        &[("free_only", "yes"), ("registered_unemployed", "yes")],
    );
    s.offer(
        "course",
        offers(&[(
            "RT-2026-0412",
            "Operatore Socio Sanitario (OSS), Montevarchi",
        )]),
    );
    answer(&mut s, "course", &[("course", "RT-2026-0412")]);
    answer(&mut s, "how-to-apply", &[]);
    let submission = s.submission().expect("complete");
    assert_eq!(submission.operation, "regione-toscana/courses");
    assert_eq!(submission.answers["free_only"], Answer::YesNo(true));

    let mut s = start("job-offers");
    answer(&mut s, "area", &[("area", "arezzo")]);
    answer(&mut s, "sector", &[("sector", "industry")]);
    answer(
        &mut s,
        "hours",
        &[("hours", "full-time"), ("driving_licence", "no")],
    );
    s.offer(
        "offer",
        offers(&[("AR-2026-118", "Addetto/a pulitura metalli preziosi")]),
    );
    answer(&mut s, "offer", &[("offer", "AR-2026-118")]);
    answer(&mut s, "how-to-apply", &[]);
    assert_eq!(
        s.submission().expect("complete").operation,
        "regione-toscana/job-offers"
    );
}

#[test]
fn health_booking_with_an_stp_code_and_a_cup_slot() {
    let mut s = start("health-booking");
    answer(
        &mut s,
        "prescription",
        &[("prescription_kind", "electronic")],
    );
    assert_eq!(
        refused(
            &mut s,
            &[("nre", "1300A40000"), ("patient_code", "STP0900001234567")]
        ),
        vec!["nre:error-nre"]
    );
    answer(
        &mut s,
        "codes",
        &[
            ("nre", "090A4 0000002481"),
            ("patient_code", "stp 090 001 1234567"),
        ],
    );
    answer(&mut s, "priority", &[("priority", "d")]);
    answer(&mut s, "area", &[("area", "valdarno")]);
    s.offer(
        "slot",
        offers(&[
            (
                "cup-77120",
                "03/12/2026 09:40 — Ospedale del Valdarno, Montevarchi",
            ),
            (
                "cup-77188",
                "04/12/2026 15:10 — Casa della Salute, San Giovanni Valdarno",
            ),
        ]),
    );
    answer(&mut s, "slot", &[("slot", "cup-77120")]);
    answer(&mut s, "contacts", &[("phone", "0039 320 123 4567")]);
    answer(&mut s, "payment", &[]);
    let submission = s.submission().expect("complete");
    assert_eq!(
        submission.answers["nre"],
        Answer::Code("090A40000002481".into())
    );
    assert_eq!(
        submission.answers["patient_code"],
        Answer::Code("STP0900011234567".into())
    );

    let mut s = start("health-booking");
    answer(&mut s, "prescription", &[("prescription_kind", "paper")]);
    assert!(s.ended(), "a red prescription is booked at the CUP counter");
}
