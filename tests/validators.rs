//! Validators: published example codes, the failures a person can make, and
//! properties (never panic on any Unicode; a valid generated code passes).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::sync::OnceLock;

use jiff::civil::{Date, date};
use proptest::prelude::*;
use serto_kiosk::places::Places;
use serto_kiosk::validate::codice_fiscale::{self as cf, CfError, CodiceFiscale, Mismatch, Sex};
use serto_kiosk::validate::pagopa::{CreditorCode, NoticeError, NoticeNumber, qr_payload};
use serto_kiosk::validate::{codes, contact, numbers, text};

fn places() -> &'static Places {
    static PLACES: OnceLock<Places> = OnceLock::new();
    PLACES.get_or_init(|| {
        Places::load(&common::resources().assets_dir().join("data")).expect("places load")
    })
}

const TODAY: Date = date(2026, 11, 28);

#[test]
fn reference_data_loads_every_row() {
    // 19,373 municipalities + 222 states.
    assert_eq!(places().len(), 19_373 + 222);
    assert_eq!(
        places().on("A390", TODAY).map(|p| p.name.as_str()),
        Some("Arezzo")
    );
}

#[test]
fn the_textbook_code_is_valid_and_decoded() {
    // The example of the Agenzia delle Entrate's own leaflets: Mario Rossi.
    let code = cf::parse("RSSMRA85T10A562S", places(), TODAY).expect("valid");
    let CodiceFiscale::Personal {
        birth_date,
        sex,
        birthplace,
        ..
    } = &code
    else {
        panic!("a personal code")
    };
    assert_eq!(*birth_date, date(1985, 12, 10));
    assert_eq!(*sex, Sex::Male);
    assert_eq!(birthplace, "A562");
    assert!(
        cf::matches_person(
            &code,
            "Rossi",
            "Mario",
            date(1985, 12, 10),
            Some(Sex::Male),
            Some("A562")
        )
        .is_empty()
    );
    assert_eq!(
        cf::matches_person(
            &code,
            "Bianchi",
            "Mario",
            date(1985, 12, 11),
            Some(Sex::Female),
            None
        ),
        vec![Mismatch::Surname, Mismatch::BirthDate, Mismatch::Sex]
    );
    // Typed with spaces and in lower case.
    assert_eq!(
        cf::parse("rss mra 85t10 a562s", places(), TODAY).map(|c| c.as_str().to_owned()),
        Ok("RSSMRA85T10A562S".to_owned())
    );
}

#[test]
fn each_failure_has_its_own_error() {
    assert_eq!(
        cf::parse("RSSMRA85T10A562", places(), TODAY),
        Err(CfError::Length { found: 15 })
    );
    assert_eq!(
        cf::parse("RSSMRA85T10A562T", places(), TODAY),
        Err(CfError::CheckCharacter { expected: 'S' })
    );
    assert_eq!(
        cf::parse("RSSMR485T10A562S", places(), TODAY),
        Err(CfError::Pattern)
    );
    // 31 April does not exist (D = April, 31).
    assert_eq!(
        cf::parse(&common::with_check("RSSMRA85D31A562"), places(), TODAY),
        Err(CfError::ImpossibleDate)
    );
    // Month letter F is not a month.
    assert_eq!(
        cf::parse(&common::with_check("RSSMRA85F10A562"), places(), TODAY),
        Err(CfError::ImpossibleDate)
    );
    assert_eq!(
        cf::parse(&common::with_check("RSSMRA85T10Z999"), places(), TODAY),
        Err(CfError::UnknownBirthplace {
            code: "Z999".into()
        })
    );
}

#[test]
fn foreign_birthplace_is_checked_on_the_birth_date() {
    // Born in Belgrade in 1985: Jugoslavia (Z118) was valid then…
    let code =
        cf::parse(&common::with_check("PTRMRK85A15Z118"), places(), TODAY).expect("valid in 1985");
    assert!(matches!(code, CodiceFiscale::Personal { ref birthplace, .. } if birthplace == "Z118"));
    // …but not in 2010, when that state no longer existed.
    assert_eq!(
        cf::parse(&common::with_check("PTRMRK10A15Z118"), places(), TODAY),
        Err(CfError::BirthplaceNotValidOn {
            code: "Z118".into()
        })
    );
}

#[test]
fn omocodia_is_undone() {
    // Digit 2 in position 15 becomes N, then the check letter changes.
    let omocode = common::with_check("RSSMRA85T10A56N");
    let code = cf::parse(&omocode, places(), TODAY).expect("an omocode is valid");
    assert!(
        matches!(code, CodiceFiscale::Personal { ref birthplace, birth_date, .. }
        if birthplace == "A562" && birth_date == date(1985, 12, 10))
    );
    // Women's days are +40: 50 → the 10th.
    let woman = cf::parse(&common::with_check("RSSMRA85T50A562"), places(), TODAY).expect("valid");
    assert!(
        matches!(woman, CodiceFiscale::Personal { sex: Sex::Female, birth_date, .. } if birth_date.day() == 10)
    );
}

#[test]
fn temporary_codes_have_eleven_digits_and_a_check_digit() {
    assert!(matches!(
        cf::parse("12345678903", places(), TODAY),
        Ok(CodiceFiscale::Temporary { .. })
    ));
    assert_eq!(
        cf::parse("12345678904", places(), TODAY),
        Err(CfError::CheckDigit { expected: '3' })
    );
}

#[test]
fn names_give_the_letters_of_the_code() {
    assert_eq!(cf::surname_letters("Rossi"), "RSS");
    assert_eq!(cf::surname_letters("Fo"), "FOX");
    assert_eq!(cf::surname_letters("D'Angelo"), "DNG");
    assert_eq!(cf::name_letters("Gianfranco"), "GFR");
    assert_eq!(cf::name_letters("Ștefan"), "SFN");
    assert_eq!(cf::name_letters("Nguyễn"), "NYN");
    assert_eq!(cf::surname_letters("Nguyễn"), "NGY");
}

#[test]
fn pagopa_notice_numbers_and_qr_payload() {
    // The all-zero example of the pagoPA documentation is well formed.
    assert!(NoticeNumber::parse("000000000000000000").is_ok());
    let notice = NoticeNumber::with_segregation_code(12, 1_234_567_890_123).expect("builds");
    assert_eq!(notice.as_str().len(), 18);
    assert_eq!(NoticeNumber::parse(&notice.grouped()), Ok(notice.clone()));
    let mut wrong = notice.as_str().to_owned();
    wrong.replace_range(17..18, if wrong.ends_with('0') { "1" } else { "0" });
    assert!(matches!(
        NoticeNumber::parse(&wrong),
        Err(NoticeError::CheckDigits { .. })
    ));
    assert_eq!(
        NoticeNumber::parse("4000 0000 0000 0000 00"),
        Err(NoticeError::AuxDigit)
    );
    assert_eq!(
        NoticeNumber::parse("3012"),
        Err(NoticeError::Length { found: 4 })
    );

    let creditor = CreditorCode::parse("00162100515").expect("Comune di Arezzo");
    assert_eq!(
        qr_payload(&notice, &creditor, 3650),
        format!("PAGOPA|002|{}|00162100515|3650", notice.as_str())
    );
    assert!(CreditorCode::parse("00162100516").is_none());
}

#[test]
fn service_codes() {
    assert_eq!(
        codes::nre("1300A 4000000248").as_deref(),
        Some("1300A4000000248")
    );
    assert!(codes::nre("1300A400000024").is_none());
    assert_eq!(
        codes::stp("stp0900010000123").as_deref(),
        Some("STP0900010000123")
    );
    assert_eq!(
        codes::school_code("aric82100x").as_deref(),
        Some("ARIC82100X")
    );
    assert!(matches!(
        codes::permit_reference("0123-4567-8901"),
        Some(codes::PermitReference::Assicurata(_))
    ));
    assert!(matches!(
        codes::permit_reference("AR12345678"),
        Some(codes::PermitReference::Pratica(_))
    ));
    assert_eq!(codes::cap("52100").as_deref(), Some("52100"));
    assert!(codes::cap("5210").is_none());
}

#[test]
fn phones_and_emails() {
    assert_eq!(
        contact::phone("0575 1820242").as_deref(),
        Ok("+3905751820242")
    );
    assert_eq!(
        contact::phone("333 123 4567").as_deref(),
        Ok("+393331234567")
    );
    assert_eq!(
        contact::phone("+880 1712-345678").as_deref(),
        Ok("+8801712345678")
    );
    assert_eq!(
        contact::phone("0040 721 234 567").as_deref(),
        Ok("+40721234567")
    );
    assert!(contact::phone("12").is_err());
    assert!(contact::phone("tel 333").is_err());
    assert_eq!(
        contact::email(" Ana.Pop@Example.RO ").as_deref(),
        Some("Ana.Pop@example.ro")
    );
    assert!(contact::email("ana@example").is_none());
    assert!(contact::email("ana pop@example.ro").is_none());
}

#[test]
fn money_and_dates() {
    assert_eq!(numbers::euro_cents("1.234,56"), Some(123_456));
    assert_eq!(numbers::euro_cents("1234.56"), Some(123_456));
    assert_eq!(numbers::euro_cents("14.006"), Some(1_400_600));
    assert_eq!(numbers::euro_cents("€ 36,15"), Some(3615));
    assert_eq!(numbers::euro_cents("0,5"), Some(50));
    assert_eq!(numbers::euro_cents("1,234"), None);
    assert_eq!(numbers::euro_cents("-5"), None);
    let min = date(1900, 1, 1);
    assert_eq!(
        numbers::date_between("29/02/2024", min, TODAY),
        Ok(date(2024, 2, 29))
    );
    assert_eq!(
        numbers::date_between("29/02/2025", min, TODAY),
        Err(numbers::DateError::NotADate)
    );
    assert_eq!(
        numbers::date_between("2030-01-01", min, TODAY),
        Err(numbers::DateError::TooLate { max: TODAY })
    );
    assert_eq!(numbers::age_on(date(2008, 11, 29), TODAY), 17);
    assert_eq!(numbers::age_on(date(2008, 11, 28), TODAY), 18);
}

#[test]
fn names_in_every_script_are_accepted_and_overrides_refused() {
    for name in [
        "D'Angelo",
        "Ștefan",
        "Nguyễn",
        "محمد",
        "মোহাম্মদ",
        "Олександр",
        "王小明",
        "Jean-Luc  Dupont",
    ] {
        assert!(text::person_name(name).is_ok(), "{name}");
    }
    assert_eq!(
        text::person_name("  Jean-Luc   Dupont ").as_deref(),
        Ok("Jean-Luc Dupont")
    );
    assert_eq!(
        text::person_name("Ali\u{202E}ilA"),
        Err(text::TextError::ForbiddenCharacter)
    );
    assert_eq!(
        text::person_name("Ali\u{0007}"),
        Err(text::TextError::ForbiddenCharacter)
    );
    assert_eq!(text::person_name("R2D2"), Err(text::TextError::NotAName));
    // For an Italian office: the passport's Latin spelling, accents kept.
    for name in [
        "D'Angelo",
        "Ștefan",
        "Nguyễn",
        "Jean-Luc Dupont",
        "ÅSA ØBERG",
    ] {
        assert!(text::passport_name(name).is_ok(), "{name}");
    }
    for name in ["محمد", "মোহাম্মদ", "Олександр", "王小明", "Ali محمد"]
    {
        assert_eq!(
            text::passport_name(name),
            Err(text::TextError::NotLatin),
            "{name}"
        );
    }
    assert_eq!(text::passport_name("R2D2"), Err(text::TextError::NotAName));
}

/// A random valid 16-character code: letters, a real date, a real place.
fn valid_code() -> impl Strategy<Value = (String, Date)> {
    let letters = proptest::collection::vec(proptest::char::range('A', 'Z'), 6);
    (
        letters,
        1930i16..2025,
        1i8..=12,
        1i8..=28,
        any::<bool>(),
        0usize..50,
    )
        .prop_map(|(letters, year, month, day, female, place)| {
            let months = ['A', 'B', 'C', 'D', 'E', 'H', 'L', 'M', 'P', 'R', 'S', 'T'];
            let places = [
                "A390", "H501", "F205", "Z100", "Z129", "Z330", "Z236", "Z249", "Z210", "Z138",
            ];
            let day_code = if female { day + 40 } else { day };
            let first15 = format!(
                "{}{:02}{}{:02}{}",
                letters.iter().collect::<String>(),
                year % 100,
                months[month as usize - 1],
                day_code,
                places[place % places.len()]
            );
            (common::with_check(&first15), date(year, month, day))
        })
}

proptest! {
    #[test]
    fn validators_never_panic_on_any_text(input in "\\PC{0,40}|[0-9A-Z ]{0,24}") {
        let _ = cf::parse(&input, places(), TODAY);
        let _ = NoticeNumber::parse(&input);
        let _ = CreditorCode::parse(&input);
        let _ = codes::nre(&input);
        let _ = codes::stp(&input);
        let _ = codes::school_code(&input);
        let _ = codes::permit_reference(&input);
        let _ = codes::document_number(&input);
        let _ = contact::phone(&input);
        let _ = contact::email(&input);
        let _ = numbers::euro_cents(&input);
        let _ = numbers::date_between(&input, date(1900, 1, 1), TODAY);
        let _ = text::person_name(&input);
        let _ = text::printable_line(&input, 200);
    }

    #[test]
    fn a_generated_valid_code_always_passes((code, born) in valid_code()) {
        let parsed = cf::parse(&code, places(), TODAY);
        prop_assert!(parsed.is_ok(), "{code}: {parsed:?}");
        if let Ok(CodiceFiscale::Personal { birth_date, .. }) = parsed {
            prop_assert_eq!(birth_date.month(), born.month());
            prop_assert_eq!(birth_date.day(), born.day());
            prop_assert_eq!(birth_date.year() % 100, born.year() % 100);
        }
    }

    #[test]
    fn one_changed_character_is_caught((code, _) in valid_code(), position in 0usize..15, offset in 1u8..25) {
        let mut chars: Vec<char> = code.chars().collect();
        let c = chars[position];
        chars[position] = if c.is_ascii_digit() {
            char::from(b'0' + (c as u8 - b'0' + offset % 9 + 1) % 10)
        } else {
            char::from(b'A' + (c as u8 - b'A' + offset) % 26)
        };
        let changed: String = chars.into_iter().collect();
        prop_assert!(cf::parse(&changed, places(), TODAY).is_err() || changed == code);
    }

    #[test]
    fn a_built_notice_number_always_passes(segregation in 0u8..100, base in 0u64..10_000_000_000_000) {
        let notice = NoticeNumber::with_segregation_code(segregation, base).expect("in range");
        prop_assert_eq!(NoticeNumber::parse(notice.as_str()), Ok(notice.clone()));
        prop_assert_eq!(NoticeNumber::parse(&notice.grouped()), Ok(notice));
    }

    #[test]
    fn names_are_kept_as_typed_but_for_spaces(name in "[\\p{L}][\\p{L}\\p{M}' -]{0,30}") {
        if let Ok(clean) = text::person_name(&name) {
            prop_assert_eq!(clean.split_whitespace().collect::<String>(), name.split_whitespace().collect::<String>());
        }
    }
}

/// A state is found by its name in the person's language too (Unicode
/// CLDR names), and only states are: a municipality is searched in Italian.
#[test]
fn a_state_is_found_by_its_name_in_the_persons_script() {
    let places = places();
    let today = jiff::civil::date(2026, 12, 2);
    let codes = |typed: &str, foreign: bool, language: &str| -> Vec<String> {
        places
            .suggest(typed, foreign, today, 6, language)
            .into_iter()
            .map(|p| p.code.clone())
            .collect()
    };
    assert!(codes("বাংলা", true, "bn").contains(&"Z249".to_owned()));
    assert!(codes("المغ", true, "ar").contains(&"Z330".to_owned()));
    assert!(codes("Украї", true, "uk").contains(&"Z138".to_owned()));
    assert!(codes("中国", true, "zh-Hans").contains(&"Z210".to_owned()));
    // The Italian name still finds it in any language; another language's
    // name does not.
    assert!(codes("Maroc", true, "bn").contains(&"Z330".to_owned()));
    assert!(codes("المغ", true, "bn").is_empty());
    assert_eq!(places.local_name("Z249", "bn"), Some("বাংলাদেশ"));
    assert_eq!(places.local_name("Z249", "it"), None);
}
