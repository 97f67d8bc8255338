//! Phone numbers (to E.164) and e-mail addresses.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneError {
    Characters,
    /// Too few or too many digits for an Italian or international number.
    Length,
}

/// A phone number in E.164 form (`+393331234567`). Italian numbers may be
/// typed without the country code; `00` is read as `+`.
pub fn phone(input: &str) -> Result<String, PhoneError> {
    let compact: String = input
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '/' | '(' | ')'))
        .collect();
    let (international, digits) = if let Some(rest) = compact.strip_prefix('+') {
        (true, rest.to_owned())
    } else if let Some(rest) = compact.strip_prefix("00") {
        (true, rest.to_owned())
    } else {
        (false, compact)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(PhoneError::Characters);
    }
    let e164 = if international {
        digits
    } else {
        // Italian landlines start with 0 (6–11 digits), mobiles with 3 (9–10).
        let ok = match digits.as_bytes()[0] {
            b'0' => (6..=11).contains(&digits.len()),
            b'3' => (9..=10).contains(&digits.len()),
            _ => false,
        };
        if !ok {
            return Err(PhoneError::Length);
        }
        format!("39{digits}")
    };
    // E.164: country code plus number, at most 15 digits, never starting with 0.
    if !(8..=15).contains(&e164.len()) || e164.starts_with('0') {
        return Err(PhoneError::Length);
    }
    Ok(format!("+{e164}"))
}

/// An e-mail address: one `@`, a local part and a domain with a dot, no
/// spaces. Returned trimmed, with the domain in lower case.
pub fn email(input: &str) -> Option<String> {
    let text = input.trim();
    let (local, domain) = text.rsplit_once('@')?;
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = domain.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| {
            tld.chars().count() >= 2 && !tld.chars().all(|c| c.is_ascii_digit())
        });
    (local_ok && domain_ok).then(|| format!("{local}@{}", domain.to_lowercase()))
}
