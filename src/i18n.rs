//! Translations: one Fluent bundle per language under `locales/<lang>/`, with
//! the locale's metadata, fallback to Italian, plural rules and number
//! formatting through Fluent.
//!
//! Isolation marks (U+2068/U+2069) are turned off: neither the iced text
//! renderer nor the PDF writer draws them as nothing, and direction is handled
//! by the layout (see `ui::layout`). `tests/locales.rs` checks that none reach
//! the output.

mod locale;
mod number;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentArgs as Args;
pub use fluent_bundle::FluentValue as Value;
pub use locale::{Direction, KeyboardLayout, LocaleMeta, Script, TranslationStatus};

/// The reference language: every key exists here, and every other language
/// falls back to it.
pub const REFERENCE: &str = "it";

/// A language the kiosk has translations for, named by its folder under
/// `locales/` (a BCP 47 tag such as `it`, `ar` or `zh-Hans`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageId(String);

impl LanguageId {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn reference() -> Self {
        Self(REFERENCE.to_owned())
    }
}

impl fmt::Display for LanguageId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {problem}")]
    Locale { path: PathBuf, problem: String },
    #[error("{path}:{line}: Fluent syntax error: {problem}")]
    Syntax {
        path: PathBuf,
        line: usize,
        problem: String,
    },
    #[error("{}: no reference language `{REFERENCE}`", .0.display())]
    NoReference(PathBuf),
}

/// One language: its metadata and its messages.
pub struct Locale {
    id: LanguageId,
    langid: LanguageIdentifier,
    meta: LocaleMeta,
    bundle: FluentBundle<FluentResource>,
}

impl Locale {
    pub fn id(&self) -> &LanguageId {
        &self.id
    }

    pub fn meta(&self) -> &LocaleMeta {
        &self.meta
    }

    pub fn langid(&self) -> &LanguageIdentifier {
        &self.langid
    }

    pub fn has_message(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Locale")
            .field("id", &self.id)
            .field("meta", &self.meta)
            .finish_non_exhaustive()
    }
}

/// Every language found under `locales/`, loaded once at start-up.
#[derive(Debug)]
pub struct Translations {
    locales: BTreeMap<LanguageId, Locale>,
}

impl Translations {
    /// Loads every `locales/<lang>/` folder: `locale.toml` and all `*.ftl`.
    pub fn load(dir: &Path) -> Result<Self, I18nError> {
        let entries = std::fs::read_dir(dir).map_err(|source| I18nError::Read {
            path: dir.to_owned(),
            source,
        })?;
        let mut locales = BTreeMap::new();
        for entry in entries {
            let entry = entry.map_err(|source| I18nError::Read {
                path: dir.to_owned(),
                source,
            })?;
            if entry.path().is_dir() {
                let locale = load_locale(&entry.path())?;
                locales.insert(locale.id.clone(), locale);
            }
        }
        if !locales.contains_key(&LanguageId::reference()) {
            return Err(I18nError::NoReference(dir.to_owned()));
        }
        Ok(Self { locales })
    }

    /// All languages, in a stable order (by tag).
    pub fn locales(&self) -> impl Iterator<Item = &Locale> {
        self.locales.values()
    }

    pub fn locale(&self, id: &LanguageId) -> Option<&Locale> {
        self.locales.get(id)
    }

    /// The language with exactly this tag.
    pub fn language(&self, tag: &str) -> Option<LanguageId> {
        let id = LanguageId(tag.to_owned());
        self.locales.contains_key(&id).then_some(id)
    }

    /// The best available language for a requested tag, by Fluent's language
    /// negotiation (`zh-CN` → `zh-Hans`, `ar-MA` → `ar`), if any matches.
    pub fn negotiate(&self, requested: &str) -> Option<LanguageId> {
        let requested: LanguageIdentifier = requested.parse().ok()?;
        let available: Vec<&LanguageIdentifier> =
            self.locales.values().map(|l| &l.langid).collect();
        let chosen = fluent_langneg::negotiate_languages(
            &[requested],
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        let chosen = chosen.first()?;
        self.locales
            .values()
            .find(|l| &&l.langid == *chosen)
            .map(|l| l.id.clone())
    }

    pub fn meta(&self, lang: &LanguageId) -> Option<&LocaleMeta> {
        self.locales.get(lang).map(|l| &l.meta)
    }

    /// The message `key` in `lang`, or in Italian if `lang` lacks it.
    pub fn text(&self, lang: &LanguageId, key: &str) -> String {
        self.format(lang, key, None)
    }

    /// The message `key` with its arguments, in `lang` or else Italian. A key
    /// missing everywhere comes back as itself (and is logged), never a panic:
    /// the completeness test keeps that from happening in a release.
    pub fn format(&self, lang: &LanguageId, key: &str, args: Option<&FluentArgs>) -> String {
        let chain = [Some(lang), Some(&LanguageId::reference())];
        for locale in chain
            .into_iter()
            .flatten()
            .filter_map(|l| self.locales.get(l))
        {
            let Some(pattern) = locale.bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = locale.bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                // Error kinds name variables and messages, never argument values.
                tracing::warn!(lang = %locale.id, key, ?errors, "message formatted with errors");
            }
            return text.into_owned();
        }
        tracing::warn!(lang = %lang, key, "message missing in every language");
        key.to_owned()
    }

    /// The message `key` in exactly `lang`, with no fallback, or every problem
    /// Fluent found: what the locale tests check for each translation.
    pub fn format_strict(
        &self,
        lang: &LanguageId,
        key: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, Vec<String>> {
        let locale = self
            .locales
            .get(lang)
            .ok_or_else(|| vec![format!("no language `{lang}`")])?;
        let pattern = locale
            .bundle
            .get_message(key)
            .and_then(|m| m.value())
            .ok_or_else(|| vec![format!("no message `{key}` in `{lang}`")])?;
        let mut errors = Vec::new();
        let text = locale.bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(errors.iter().map(ToString::to_string).collect())
        }
    }

    /// A handle bound to one language, for code that formats many messages.
    pub fn in_language<'a>(&'a self, lang: &'a LanguageId) -> Tr<'a> {
        Tr {
            translations: self,
            lang,
        }
    }
}

/// Translations bound to one language.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    translations: &'a Translations,
    lang: &'a LanguageId,
}

impl<'a> Tr<'a> {
    pub fn lang(&self) -> &'a LanguageId {
        self.lang
    }

    pub fn text(&self, key: &str) -> String {
        self.translations.text(self.lang, key)
    }

    pub fn format(&self, key: &str, args: &FluentArgs) -> String {
        self.translations.format(self.lang, key, Some(args))
    }

    /// Whether the reference language has this (optional) message; every
    /// other locale has every key of the reference.
    pub fn has(&self, key: &str) -> bool {
        self.translations
            .locale(&LanguageId::reference())
            .is_some_and(|l| l.has_message(key))
    }

    pub fn direction(&self) -> Direction {
        self.translations
            .meta(self.lang)
            .map_or(Direction::Ltr, |m| m.direction)
    }
}

/// Builds Fluent arguments from name/value pairs.
pub fn args<'a, const N: usize>(pairs: [(&'a str, Value<'a>); N]) -> FluentArgs<'a> {
    let mut args = FluentArgs::with_capacity(N);
    for (name, value) in pairs {
        args.set(name, value);
    }
    args
}

fn load_locale(dir: &Path) -> Result<Locale, I18nError> {
    let tag = dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned();
    let langid: LanguageIdentifier = tag.parse().map_err(|_| I18nError::Locale {
        path: dir.to_owned(),
        problem: format!("`{tag}` is not a BCP 47 language tag"),
    })?;
    let meta = LocaleMeta::load(&dir.join("locale.toml"))?;
    number::register(
        &langid,
        number::NumberSymbols {
            decimal: meta.decimal,
            group: meta.group,
        },
    );

    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(number::format));
    if let Err(problem) = bundle.add_builtins() {
        return Err(I18nError::Locale {
            path: dir.to_owned(),
            problem: problem.to_string(),
        });
    }

    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|source| I18nError::Read {
            path: dir.to_owned(),
            source,
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for path in files {
        let source = std::fs::read_to_string(&path).map_err(|source| I18nError::Read {
            path: path.clone(),
            source,
        })?;
        let resource = FluentResource::try_new(source).map_err(|(resource, errors)| {
            let first = errors.first();
            let offset = first.map_or(0, |e| e.pos.start);
            I18nError::Syntax {
                path: path.clone(),
                line: resource
                    .source()
                    .get(..offset)
                    .unwrap_or_default()
                    .matches('\n')
                    .count()
                    + 1,
                problem: first.map_or_else(String::new, |e| e.kind.to_string()),
            }
        })?;
        bundle
            .add_resource(resource)
            .map_err(|errors| I18nError::Locale {
                path: path.clone(),
                problem: errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            })?;
    }

    Ok(Locale {
        id: LanguageId(tag),
        langid,
        meta,
        bundle,
    })
}
