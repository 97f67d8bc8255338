//! Number formatting for Fluent: fluent-bundle prints `1234.5` in every
//! language; the kiosk shows `1.234,5` in Italian and `1,234.5` in English.
//! Installed as the bundle's formatter, so `{ $amount }` and
//! `{ NUMBER($amount, minimumFractionDigits: 2) }` are localised everywhere.

use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::types::FluentNumber;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// Decimal and grouping separators of one language (CLDR, Latin digits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberSymbols {
    pub decimal: char,
    pub group: char,
}

impl NumberSymbols {
    pub fn for_language(lang: &str) -> Self {
        match lang {
            "it" | "es" | "ro" | "sq" => Self {
                decimal: ',',
                group: '.',
            },
            // French and Ukrainian group with a (narrow) no-break space.
            "fr" => Self {
                decimal: ',',
                group: '\u{202F}',
            },
            "uk" => Self {
                decimal: ',',
                group: '\u{00A0}',
            },
            _ => Self {
                decimal: '.',
                group: ',',
            },
        }
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
        Ok(Self::for_language(lang.language.as_str()))
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

    fn check(lang: &str, value: f64, min_fraction: Option<usize>, expected: &str) {
        let options = FluentNumberOptions {
            minimum_fraction_digits: min_fraction,
            ..Default::default()
        };
        let number = FluentNumber::new(value, options);
        assert_eq!(NumberSymbols::for_language(lang).format(&number), expected);
    }

    #[test]
    fn groups_and_decimals_follow_the_language() {
        check("it", 14006.5, Some(2), "14.006,50");
        check("en", 14006.5, Some(2), "14,006.50");
        check("fr", 1234567.0, None, "1\u{202F}234\u{202F}567");
        check("it", 999.0, None, "999");
        check("it", -2500.25, None, "-2.500,25");
        check("bn", 7002.97, None, "7,002.97");
    }

    #[test]
    fn rounds_to_the_maximum_fraction_digits() {
        let options = FluentNumberOptions {
            maximum_fraction_digits: Some(2),
            ..Default::default()
        };
        let number = FluentNumber::new(10.0 / 3.0, options);
        assert_eq!(NumberSymbols::for_language("it").format(&number), "3,33");
    }
}
