//! Money in euro cents and calendar dates, as people type them.

use jiff::civil::Date;

/// An amount in euro typed as `1.234,56`, `1234,56`, `1234.56` or `1234`,
/// in cents. `None` for anything else (negative, more than two decimals,
/// more than a billion euro).
pub fn euro_cents(input: &str) -> Option<u64> {
    let text: String = input
        .trim()
        .trim_start_matches('€')
        .trim_end_matches('€')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202F}' && *c != '\'')
        .collect();
    if text.is_empty()
        || !text
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    let last_comma = text.rfind(',');
    let last_dot = text.rfind('.');
    // The decimal separator: the later of the two when both appear; a comma
    // alone; a dot alone unless it groups thousands (1.234 or 1.234.567).
    let decimal = match (last_comma, last_dot) {
        (Some(c), Some(d)) => Some(c.max(d)),
        (Some(c), None) => Some(c),
        (None, Some(d)) => {
            let groups: Vec<&str> = text.split('.').collect();
            let thousands = groups.len() > 1
                && groups[1..].iter().all(|g| g.len() == 3)
                && !groups[0].is_empty()
                && groups[0].len() <= 3;
            (!thousands).then_some(d)
        }
        (None, None) => None,
    };
    let (integer, fraction) = match decimal {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => (text.as_str(), ""),
    };
    if fraction.len() > 2 || fraction.contains([',', '.']) {
        return None;
    }
    let integer: String = integer.chars().filter(char::is_ascii_digit).collect();
    let euros: u64 = if integer.is_empty() {
        0
    } else {
        integer.parse().ok()?
    };
    if euros > 1_000_000_000 {
        return None;
    }
    let cents: u64 = format!("{fraction:0<2}").parse().ok()?;
    Some(euros * 100 + cents)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not a date at all, or not one that exists (31 April).
    NotADate,
    TooEarly {
        min: Date,
    },
    TooLate {
        max: Date,
    },
}

/// A date typed as `dd/mm/yyyy` (also with `-` or `.`), or ISO `yyyy-mm-dd`,
/// within `[min, max]`.
pub fn date_between(input: &str, min: Date, max: Date) -> Result<Date, DateError> {
    let text = input.trim();
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    let numbers: Option<Vec<i16>> = parts.iter().map(|p| p.trim().parse::<i16>().ok()).collect();
    let numbers = numbers.ok_or(DateError::NotADate)?;
    let (year, month, day) = match (parts.as_slice(), numbers.as_slice()) {
        ([y, _, _], [year, month, day]) if y.len() == 4 => (*year, *month, *day),
        ([_, _, y], [day, month, year]) if y.len() == 4 => (*year, *month, *day),
        _ => return Err(DateError::NotADate),
    };
    let month = i8::try_from(month).map_err(|_| DateError::NotADate)?;
    let day = i8::try_from(day).map_err(|_| DateError::NotADate)?;
    let date = Date::new(year, month, day).map_err(|_| DateError::NotADate)?;
    if date < min {
        Err(DateError::TooEarly { min })
    } else if date > max {
        Err(DateError::TooLate { max })
    } else {
        Ok(date)
    }
}

/// Whole years between a birth date and a day.
pub fn age_on(birth: Date, day: Date) -> i16 {
    let mut age = day.year() - birth.year();
    if (day.month(), day.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}
