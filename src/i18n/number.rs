//! Number formatting for Fluent: fluent-bundle prints `1234.5` in every
//! language; the kiosk shows `1.234,5` in Italian and `1,234.5` in English.
//! Installed as the bundle's formatter, so `{ $amount }` and
//! `{ NUMBER($amount, minimumFractionDigits: 2) }` are localised everywhere.

use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::types::FluentNumber;
use intl_memoizer::Memoizable;
use std::collections::BTreeMap;
use std::sync::RwLock;

use unic_langid::LanguageIdentifier;

/// Decimal and grouping separators of one language (CLDR, Latin digits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberSymbols {
    pub decimal: char,
    pub group: char,
}

/// Each language's symbols, from its `locale.toml`, registered when the
/// locales load. The bundle's formatter is a plain function that sees only
/// the bundle's language, so it finds them here.
static SYMBOLS: RwLock<BTreeMap<String, NumberSymbols>> = RwLock::new(BTreeMap::new());

/// Registers the symbols of a loaded locale.
pub(super) fn register(lang: &LanguageIdentifier, symbols: NumberSymbols) {
    if let Ok(mut all) = SYMBOLS.write() {
        all.insert(lang.to_string(), symbols);
    }
}

impl NumberSymbols {
    /// The symbols registered for a language (Latin defaults for one that
    /// was never loaded, which the kiosk never formats in).
    fn of(lang: &LanguageIdentifier) -> Self {
        SYMBOLS
            .read()
            .ok()
            .and_then(|all| all.get(&lang.to_string()).copied())
            .unwrap_or(Self {
                decimal: '.',
                group: ',',
            })
    }

    /// Formats a Fluent number with these symbols.
    pub fn format(&self, number: &FluentNumber) -> String {
        let options = &number.options;
        let mut value = number.value;
        if let Some(max) = options.maximum_fraction_digits {
            let scale = 10f64.powi(i32::try_from(max.min(15)).unwrap_or(15));
            value = (value * scale).round() / scale;
        }
        let plain = FluentNumber::new(value, options.clone()).as_string();
        let (sign, digits) = match plain.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", plain.as_ref()),
        };
        let (integer, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let mut out = String::with_capacity(plain.len() + 4);
        out.push_str(sign);
        let group = options.use_grouping && integer.len() > 3;
        for (i, c) in integer.chars().enumerate() {
            if group && i > 0 && (integer.len() - i) % 3 == 0 {
                out.push(self.group);
            }
            out.push(c);
        }
        if !fraction.is_empty() {
            out.push(self.decimal);
            out.push_str(fraction);
        }
        out
    }
}

impl Memoizable for NumberSymbols {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        Ok(Self::of(&lang))
    }
}

/// The bundle formatter: numbers get the language's symbols, everything else
/// keeps Fluent's own formatting.
pub(super) fn format<M: MemoizerKind>(value: &FluentValue, memoizer: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => memoizer
            .with_try_get_threadsafe::<NumberSymbols, _, _>((), |symbols| symbols.format(number))
            .ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::types::FluentNumberOptions;

    const ITALIAN: NumberSymbols = NumberSymbols {
        decimal: ',',
        group: '.',
    };
    const ENGLISH: NumberSymbols = NumberSymbols {
        decimal: '.',
        group: ',',
    };
    const FRENCH: NumberSymbols = NumberSymbols {
        decimal: ',',
        group: '\u{202F}',
    };

    fn check(symbols: NumberSymbols, value: f64, min_fraction: Option<usize>, expected: &str) {
        let options = FluentNumberOptions {
            minimum_fraction_digits: min_fraction,
            ..Default::default()
        };
        let number = FluentNumber::new(value, options);
        assert_eq!(symbols.format(&number), expected);
    }

    #[test]
    fn groups_and_decimals_follow_the_symbols() {
        check(ITALIAN, 14006.5, Some(2), "14.006,50");
        check(ENGLISH, 14006.5, Some(2), "14,006.50");
        check(FRENCH, 1234567.0, None, "1\u{202F}234\u{202F}567");
        check(ITALIAN, 999.0, None, "999");
        check(ITALIAN, -2500.25, None, "-2.500,25");
        check(ENGLISH, 7002.97, None, "7,002.97");
    }

    #[test]
    fn rounds_to_the_maximum_fraction_digits() {
        let options = FluentNumberOptions {
            maximum_fraction_digits: Some(2),
            ..Default::default()
        };
        let number = FluentNumber::new(10.0 / 3.0, options);
        assert_eq!(ITALIAN.format(&number), "3,33");
    }
}
