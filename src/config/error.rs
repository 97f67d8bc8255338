//! One config error: where it is, what is wrong, and what to write instead.
//! The explanation is Fluent text (`locales/*/config.ftl`), shown in Italian
//! and English because an operator or installer reads it.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::i18n::{LanguageId, Translations, Value, args};

/// The kinds of problem, each with a Fluent message `config-<id>` (what is
/// wrong) and `config-<id>-fix` (what to write instead).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    Unreadable,
    Syntax,
    UnknownKey,
    MissingKey,
    WrongType,
    OutOfRange,
    EmptyText,
    EmptyList,
    Duplicate,
    BadKioskId,
    BadPhone,
    UnknownLanguage,
    ItalianRequired,
    DefaultNotEnabled,
    UnknownService,
    WarningNotShorter,
    ConnectLongerThanRequest,
    BadEndpoint,
    BadWebhook,
    BadPrinterName,
    BadPinHash,
    BadListenAddress,
    NotLoopback,
    BadKeyFile,
    KeyFileOpen,
    WeakPinHash,
    TooLong,
    DataDirUnusable,
    /// A whole required section (`[operator]`) is absent.
    MissingSection,
    /// The same key (or section) written twice.
    DuplicateKey,
}

impl ProblemKind {
    pub fn fluent_id(self) -> &'static str {
        match self {
            ProblemKind::Unreadable => "config-unreadable",
            ProblemKind::Syntax => "config-syntax",
            ProblemKind::UnknownKey => "config-unknown-key",
            ProblemKind::MissingKey => "config-missing-key",
            ProblemKind::WrongType => "config-wrong-type",
            ProblemKind::OutOfRange => "config-out-of-range",
            ProblemKind::EmptyText => "config-empty-text",
            ProblemKind::EmptyList => "config-empty-list",
            ProblemKind::Duplicate => "config-duplicate",
            ProblemKind::BadKioskId => "config-bad-kiosk-id",
            ProblemKind::BadPhone => "config-bad-phone",
            ProblemKind::UnknownLanguage => "config-unknown-language",
            ProblemKind::ItalianRequired => "config-italian-required",
            ProblemKind::DefaultNotEnabled => "config-default-not-enabled",
            ProblemKind::UnknownService => "config-unknown-service",
            ProblemKind::WarningNotShorter => "config-warning-not-shorter",
            ProblemKind::ConnectLongerThanRequest => "config-connect-longer",
            ProblemKind::BadEndpoint => "config-bad-endpoint",
            ProblemKind::BadWebhook => "config-bad-webhook",
            ProblemKind::BadPrinterName => "config-bad-printer",
            ProblemKind::BadPinHash => "config-bad-pin-hash",
            ProblemKind::BadListenAddress => "config-bad-listen",
            ProblemKind::NotLoopback => "config-not-loopback",
            ProblemKind::MissingSection => "config-missing-section",
            ProblemKind::DuplicateKey => "config-duplicate-key",
            ProblemKind::BadKeyFile => "config-bad-key-file",
            ProblemKind::KeyFileOpen => "config-key-file-open",
            ProblemKind::WeakPinHash => "config-weak-pin-hash",
            ProblemKind::TooLong => "config-too-long",
            ProblemKind::DataDirUnusable => "config-data-dir-unusable",
        }
    }
}

/// What is wrong, with the key it concerns and the values the message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub kind: ProblemKind,
    /// The dotted key (`session.idle_timeout_seconds`), empty when unknown.
    pub key: String,
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    pub fn new(kind: ProblemKind, key: &str) -> Self {
        Self {
            kind,
            key: key.to_owned(),
            args: Vec::new(),
        }
    }

    pub fn with(mut self, args: &[(&'static str, String)]) -> Self {
        self.args.extend(args.iter().cloned());
        self
    }

    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub file: PathBuf,
    /// 1-based line and column (in characters), when the problem has a place.
    pub position: Option<(usize, usize)>,
    pub problem: Problem,
}

impl ConfigError {
    pub(super) fn unreadable(path: &Path, error: &std::io::Error) -> Self {
        Self {
            file: path.to_owned(),
            position: None,
            problem: Problem::new(ProblemKind::Unreadable, "")
                .with(&[("reason", error.kind().to_string())]),
        }
    }

    pub(super) fn at_span(path: &Path, text: &str, span: Range<usize>, problem: Problem) -> Self {
        let position = (span != (0..0)).then(|| position_of(text, span.start));
        Self {
            file: path.to_owned(),
            position,
            problem,
        }
    }

    /// Turns a toml/serde error into a problem a person can act on.
    pub(super) fn from_toml(path: &Path, text: &str, error: &toml::de::Error) -> Self {
        let span = error.span().unwrap_or(0..0);
        let (table, line_key) = context_at(text, span.start);
        let problem = classify(error.message(), &table, line_key.as_deref());
        Self {
            file: path.to_owned(),
            position: error.span().map(|s| position_of(text, s.start)),
            problem,
        }
    }

    /// The explanation in one language: where, what is wrong, what to write.
    pub fn explain(&self, translations: &Translations, lang: &LanguageId) -> String {
        let file = self.file.display().to_string();
        let place = match self.position {
            Some((line, column)) => translations.format(
                lang,
                "config-error-at",
                Some(&args([
                    ("file", Value::from(file)),
                    ("line", Value::from(line)),
                    ("column", Value::from(column)),
                ])),
            ),
            None => translations.format(
                lang,
                "config-error-in-file",
                Some(&args([("file", Value::from(file))])),
            ),
        };
        let mut fluent_args = args([("key", Value::from(self.problem.key.as_str()))]);
        for (name, value) in &self.problem.args {
            fluent_args.set(*name, Value::from(value.as_str()));
        }
        let id = self.problem.kind.fluent_id();
        let what = translations.format(lang, id, Some(&fluent_args));
        let fix = translations.format(lang, &format!("{id}-fix"), Some(&fluent_args));
        let mut out = format!("{place}\n{what}\n{fix}");
        if let Some(suggestion) = self.problem.arg("suggestion").filter(|s| !s.is_empty()) {
            let hint = args([("suggestion", Value::from(suggestion))]);
            out.push('\n');
            out.push_str(&translations.format(lang, "config-did-you-mean", Some(&hint)));
        }
        out
    }

    /// The explanation in Italian, then English: the operator-facing form.
    pub fn explain_for_operator(&self, translations: &Translations) -> String {
        let mut out = self.explain(translations, &LanguageId::reference());
        if let Some(en) = translations.language("en") {
            out.push_str("\n\n");
            out.push_str(&self.explain(translations, &en));
        }
        out
    }
}

/// A short technical form for logs; people read [`ConfigError::explain`].
impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {}", self.problem.kind.fluent_id())?;
        if !self.problem.key.is_empty() {
            write!(f, " `{}`", self.problem.key)?;
        }
        for (name, value) in &self.problem.args {
            write!(f, " {name}={value:?}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigError {}

fn position_of(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The table (`[session]`) and key (`idle_timeout_seconds`) of the line at `offset`.
fn context_at(text: &str, offset: usize) -> (String, Option<String>) {
    let before = text.get(..offset).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or_default().trim();
    let header = |l: &str| {
        let l = l.trim();
        (l.starts_with('[') && !l.starts_with("[["))
            .then(|| l.trim_matches(|c| c == '[' || c == ']').trim().to_owned())
    };
    let table = header(line)
        .or_else(|| before[..line_start].lines().rev().find_map(header))
        .unwrap_or_default();
    let key = line
        .split_once('=')
        .map(|(k, _)| k.trim().trim_matches('"').to_owned())
        .filter(|k| !k.is_empty() && !k.starts_with('#'));
    (table, key)
}

fn dotted(table: &str, key: &str) -> String {
    if table.is_empty() {
        key.to_owned()
    } else {
        format!("{table}.{key}")
    }
}

/// The text between the first pair of backticks after `prefix`.
fn quoted_after<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = message.strip_prefix(prefix)?;
    let rest = rest.strip_prefix('`')?;
    rest.split_once('`').map(|(q, _)| q)
}

fn classify(message: &str, table: &str, line_key: Option<&str>) -> Problem {
    let here = line_key.map(|k| dotted(table, k)).unwrap_or_default();
    if let Some(key) = quoted_after(message, "unknown field ") {
        // An unknown section (`[printer]`) is a key of the enclosing table.
        let table = if table.rsplit('.').next() == Some(key) && line_key.is_none() {
            table.rsplit_once('.').map_or("", |(parent, _)| parent)
        } else {
            table
        };
        let allowed: Vec<&str> = message
            .split_once("expected")
            .map(|(_, list)| list.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        let suggestion = closest(key, &allowed).unwrap_or_default().to_owned();
        return Problem::new(ProblemKind::UnknownKey, &dotted(table, key)).with(&[
            (
                "table",
                if table.is_empty() {
                    "—".to_owned()
                } else {
                    format!("[{table}]")
                },
            ),
            ("allowed", allowed.join(", ")),
            ("suggestion", suggestion),
        ]);
    }
    if let Some(key) = quoted_after(message, "missing field ") {
        // Every top-level setting is a section.
        if table.is_empty() {
            return Problem::new(ProblemKind::MissingSection, key);
        }
        return Problem::new(ProblemKind::MissingKey, &dotted(table, key)).with(&[
            ("name", key.to_owned()),
            (
                "table",
                if table.is_empty() {
                    "—".to_owned()
                } else {
                    format!("[{table}]")
                },
            ),
        ]);
    }
    if message.trim_start().starts_with("duplicate key") {
        // The key's line, or the section's header written twice.
        let key = if here.is_empty() {
            table.to_owned()
        } else {
            here
        };
        return Problem::new(ProblemKind::DuplicateKey, &key);
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return Problem::new(ProblemKind::WrongType, &here).with(&[
            ("found", found.to_owned()),
            ("expected", expected_kind(expected).to_owned()),
        ]);
    }
    Problem::new(ProblemKind::Syntax, &here).with(&[("detail", message.trim().to_owned())])
}

/// serde's "expected" text reduced to a word the Fluent messages select on.
fn expected_kind(expected: &str) -> &'static str {
    let e = expected.to_ascii_lowercase();
    if e.contains("bool") {
        "boolean"
    } else if e.contains("i64") || e.contains("u64") || e.contains("integer") || e.contains("u32") {
        "integer"
    } else if e.contains("sequence") || e.contains("array") {
        "list"
    } else if e.contains("map") || e.contains("struct") || e.contains("table") {
        "table"
    } else if e.contains("string") {
        "text"
    } else {
        "other"
    }
}

/// The allowed word nearest to a misspelt one, when it is close enough to be
/// a typing slip (edit distance ≤ a third of its length, at least 2).
pub(super) fn closest<'a>(word: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(2);
    allowed
        .iter()
        .map(|a| (edit_distance(word, a), *a))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_counts_characters_not_bytes() {
        let text = "a = 1\nnome = \"città\" x\n";
        let offset = text.find('x').unwrap_or(0);
        assert_eq!(position_of(text, offset), (2, 16));
    }

    #[test]
    fn suggests_the_nearest_key() {
        let allowed = ["idle_timeout_seconds", "idle_warning_seconds"];
        assert_eq!(
            closest("idle_timout_seconds", &allowed),
            Some("idle_timeout_seconds")
        );
        assert_eq!(closest("printer", &allowed), None);
    }

    #[test]
    fn classifies_serde_messages() {
        let p = classify(
            "unknown field `idle_timout`, expected `idle_timeout_seconds` or `idle_warning_seconds`",
            "session",
            Some("idle_timout"),
        );
        assert_eq!(p.kind, ProblemKind::UnknownKey);
        assert_eq!(p.key, "session.idle_timout");
        let p = classify(
            "invalid type: string \"90\", expected i64",
            "session",
            Some("x"),
        );
        assert_eq!(p.kind, ProblemKind::WrongType);
        assert_eq!(p.arg("expected"), Some("integer"));
    }
}
