//! Every locale has every key of the Italian reference, formats it with the
//! arguments its comment documents, and never emits Unicode isolation marks.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use serto_kiosk::i18n::{Args, Direction, LanguageId, Script, TranslationStatus, Value};

const EXPECTED: [&str; 11] = [
    "it", "en", "fr", "es", "ar", "sq", "ro", "uk", "zh-Hans", "bn", "ur",
];

/// Message id → (variables it uses, variables its comment documents).
type Messages = BTreeMap<String, (BTreeSet<String>, Option<BTreeMap<String, String>>)>;

fn variables_in_pattern(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for variant in variants {
                variables_in_pattern(&variant.value, out);
            }
        }
        Expression::Inline(inline) => variables_in_inline(inline, out),
    }
}

fn variables_in_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                variables_in_inline(argument, out);
            }
            for named in &arguments.named {
                variables_in_inline(&named.value, out);
            }
        }
        InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        _ => {}
    }
}

/// `# Variables: $file (string), $line (number)` → {file: string, line: number}.
fn documented(comment: &[&str]) -> Option<BTreeMap<String, String>> {
    let line = comment
        .iter()
        .find_map(|l| l.trim().strip_prefix("Variables:"))?;
    Some(
        line.split(',')
            .filter_map(|item| {
                let item = item.trim().strip_prefix('$')?;
                let (name, kind) = item.split_once(' ')?;
                Some((
                    name.to_owned(),
                    kind.trim_matches(|c| c == '(' || c == ')').to_owned(),
                ))
            })
            .collect(),
    )
}

fn messages(lang: &str) -> Messages {
    let dir = common::resources().locales_dir().join(lang);
    let mut out = Messages::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("locale dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("read ftl");
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.display()));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables_in_pattern(value, &mut variables);
                }
                let docs = message
                    .comment
                    .as_ref()
                    .and_then(|c| documented(&c.content));
                let previous = out.insert(message.id.name.to_owned(), (variables, docs));
                assert!(
                    previous.is_none(),
                    "{lang}: `{}` defined twice",
                    message.id.name
                );
            }
        }
    }
    out
}

fn sample_args(docs: &BTreeMap<String, String>, number: i64) -> Args<'static> {
    let mut args = Args::new();
    for (name, kind) in docs {
        match kind.as_str() {
            "number" => args.set(name.clone(), Value::from(number)),
            _ => args.set(name.clone(), Value::from("esempio")),
        }
    }
    args
}

#[test]
fn the_eleven_locales_exist_with_their_metadata() {
    let library = common::library();
    let found: BTreeSet<&str> = library
        .translations
        .locales()
        .map(|l| l.id().as_str())
        .collect();
    let expected: BTreeSet<&str> = EXPECTED.into_iter().collect();
    assert_eq!(found, expected);
    for locale in library.translations.locales() {
        let meta = locale.meta();
        let rtl = matches!(locale.id().as_str(), "ar" | "ur");
        assert_eq!(meta.direction == Direction::Rtl, rtl, "{}", locale.id());
        assert!(!meta.native_name.is_empty());
        // Nobody has reviewed these yet: every locale must say so.
        assert_eq!(meta.status, TranslationStatus::Draft, "{}", locale.id());
    }
    let ur = library.translations.language("ur").expect("ur");
    assert_eq!(
        library.translations.meta(&ur).map(|m| m.script),
        Some(Script::Nastaliq)
    );
}

#[test]
fn italian_documents_every_variable_it_uses() {
    for (id, (used, docs)) in messages("it") {
        let documented: BTreeSet<String> = docs.clone().unwrap_or_default().into_keys().collect();
        assert_eq!(
            used, documented,
            "it: `{id}` uses {used:?} but its # Variables: comment says {documented:?}"
        );
        for kind in docs.unwrap_or_default().values() {
            assert!(
                kind == "string" || kind == "number",
                "it: `{id}`: unknown variable kind `{kind}`"
            );
        }
    }
}

#[test]
fn every_locale_has_every_key_and_no_stale_ones() {
    let reference = messages("it");
    for lang in EXPECTED.iter().filter(|l| **l != "it") {
        let translated = messages(lang);
        let missing: Vec<_> = reference
            .keys()
            .filter(|k| !translated.contains_key(*k))
            .collect();
        let stale: Vec<_> = translated
            .keys()
            .filter(|k| !reference.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            stale.is_empty(),
            "{lang} has keys Italian does not: {stale:?}"
        );
        for (id, (used, _)) in &translated {
            let allowed = &reference[id].0;
            assert!(
                used.is_subset(allowed),
                "{lang}: `{id}` uses {used:?}, Italian documents {allowed:?}"
            );
        }
    }
}

#[test]
fn every_message_formats_without_errors_or_isolation_marks() {
    let library = common::library();
    let reference = messages("it");
    for lang in EXPECTED {
        let id = LanguageId::reference();
        let lang_id = library.translations.language(lang).unwrap_or(id);
        for (key, (_, docs)) in &reference {
            let docs = docs.clone().unwrap_or_default();
            // 0, 1, 2, 3, 11 and 1000 reach every CLDR plural category we use.
            for number in [0, 1, 2, 3, 11, 1000] {
                let args = sample_args(&docs, number);
                let text = library
                    .translations
                    .format_strict(&lang_id, key, Some(&args))
                    .unwrap_or_else(|errors| panic!("{lang}: `{key}`: {errors:?}"));
                assert!(!text.trim().is_empty(), "{lang}: `{key}` is empty");
                assert!(
                    !text.contains('\u{2068}') && !text.contains('\u{2069}'),
                    "{lang}: `{key}` has isolation marks"
                );
            }
        }
    }
}

#[test]
fn plurals_and_numbers_follow_the_language() {
    let library = common::library();
    let t = &library.translations;
    let count = |lang: &str, n: i64| {
        let lang = t.language(lang).expect("language");
        let mut args = Args::new();
        args.set("count", Value::from(n));
        t.format_strict(&lang, "home-category-count", Some(&args))
            .expect("formats")
    };
    assert_eq!(count("it", 1), "1 servizio");
    assert_eq!(count("it", 6), "6 servizi");
    assert_eq!(count("it", 1000), "1.000 servizi");
    assert_eq!(count("en", 1), "1 service");
    assert_eq!(count("en", 1000), "1,000 services");
    // Ukrainian has distinct forms for 1, 2–4 and 5+.
    assert_ne!(count("uk", 2), count("uk", 5).replace('5', "2"));
}

#[test]
fn negotiation_finds_the_nearest_language() {
    let library = common::library();
    let t = &library.translations;
    assert_eq!(
        t.negotiate("zh-CN").map(|l| l.to_string()).as_deref(),
        Some("zh-Hans")
    );
    assert_eq!(
        t.negotiate("ar-MA").map(|l| l.to_string()).as_deref(),
        Some("ar")
    );
    assert_eq!(t.negotiate("de"), None);
}

#[test]
fn a_missing_message_falls_back_to_italian() {
    let library = common::library();
    let t = &library.translations;
    let ar = t.language("ar").expect("ar");
    assert_eq!(t.text(&ar, "no-such-key"), "no-such-key");
    assert!(t.format_strict(&ar, "no-such-key", None).is_err());
}

/// Numbers are written with the separators each `locale.toml` gives.
#[test]
fn numbers_use_the_separators_of_each_locale() {
    let library = common::library();
    let t = &library.translations;
    let mut arguments = Args::new();
    arguments.set("mib", Value::from(1_234_567));
    for (tag, expected) in [
        ("it", "1.234.567"),
        ("en", "1,234,567"),
        ("fr", "1\u{202F}234\u{202F}567"),
        ("uk", "1\u{A0}234\u{A0}567"),
        ("ar", "1,234,567"),
    ] {
        let lang = t.language(tag).expect("a kiosk language");
        let line = t.format(&lang, "health-disk-line", Some(&arguments));
        assert!(line.contains(expected), "{tag}: {line}");
    }
}

/// A locale without its voice (or with two equal separators) does not load.
#[test]
fn a_locale_missing_a_fact_is_a_load_error() {
    let dir = tempfile::tempdir().unwrap();
    let it = dir.path().join("it");
    std::fs::create_dir(&it).unwrap();
    let real = std::fs::read_to_string(
        common::resources()
            .locales_dir()
            .join("it")
            .join("locale.toml"),
    )
    .unwrap();
    let without_voice: String = real
        .lines()
        .filter(|l| !l.starts_with("voice ="))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(it.join("locale.toml"), without_voice).unwrap();
    let error = serto_kiosk::i18n::Translations::load(dir.path())
        .expect_err("no voice")
        .to_string();
    assert!(error.contains("voice"), "{error}");
    let same = real.replace("group = \".\"", "group = \",\"");
    std::fs::write(it.join("locale.toml"), same).unwrap();
    let error = serto_kiosk::i18n::Translations::load(dir.path())
        .expect_err("equal separators")
        .to_string();
    assert!(error.contains("decimal"), "{error}");
}
