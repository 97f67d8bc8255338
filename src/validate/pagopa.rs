//! pagoPA payment notices: the 18-digit notice number ("codice avviso"),
//! the creditor's 11-digit fiscal code, and the QR payload printed on the
//! notice (`PAGOPA|002|<notice>|<creditor>|<cents>`).

use super::codice_fiscale::temporary_check_digit;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeNumber(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeError {
    /// Not 18 digits.
    Length {
        found: usize,
    },
    NotDigits,
    /// The first digit (aux digit) is not 0–3.
    AuxDigit,
    /// The last two digits are not the remainder mod 93.
    CheckDigits {
        expected: String,
    },
}

/// Removes the spaces of the printed form (groups of four).
fn digits_only(input: &str) -> String {
    input.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The two check digits: the number made by the preceding 16 digits, mod 93.
pub fn check_digits(first16: &str) -> Option<String> {
    let n: u64 = first16.parse().ok()?;
    Some(format!("{:02}", n % 93))
}

impl NoticeNumber {
    pub fn parse(input: &str) -> Result<Self, NoticeError> {
        let digits = digits_only(input);
        if !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(NoticeError::NotDigits);
        }
        if digits.len() != 18 {
            return Err(NoticeError::Length {
                found: digits.len(),
            });
        }
        match digits.as_bytes()[0] {
            // Aux digit 1: a 17-digit IUV chosen by the creditor, no check.
            b'1' => Ok(Self(digits)),
            // 0 (application code), 2 (15-digit base), 3 (segregation code):
            // the last two digits check the first sixteen.
            b'0' | b'2' | b'3' => {
                let expected = check_digits(&digits[..16]).ok_or(NoticeError::NotDigits)?;
                if digits[16..] == expected {
                    Ok(Self(digits))
                } else {
                    Err(NoticeError::CheckDigits { expected })
                }
            }
            _ => Err(NoticeError::AuxDigit),
        }
    }

    /// Builds a notice number with aux digit 3 from a segregation code
    /// (2 digits) and an IUV base (13 digits).
    pub fn with_segregation_code(segregation: u8, iuv_base: u64) -> Option<Self> {
        if segregation > 99 || iuv_base >= 10_u64.pow(13) {
            return None;
        }
        let first16 = format!("3{segregation:02}{iuv_base:013}");
        let check = check_digits(&first16)?;
        Some(Self(first16 + &check))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The printed form: groups of four digits (`3012 3456 7890 1234 56`).
    pub fn grouped(&self) -> String {
        self.0
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The 11-digit fiscal code of a public body (ente creditore).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditorCode(String);

impl CreditorCode {
    pub fn parse(input: &str) -> Option<Self> {
        let digits = digits_only(input);
        let ok = digits.len() == 11
            && digits.chars().all(|c| c.is_ascii_digit())
            && temporary_check_digit(&digits[..10]).is_some_and(|c| digits.ends_with(c));
        ok.then_some(Self(digits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The payload of the QR code on a pagoPA notice, exactly as the standard
/// writes it.
pub fn qr_payload(notice: &NoticeNumber, creditor: &CreditorCode, amount_cents: u64) -> String {
    format!("PAGOPA|002|{}|{}|{}", notice.0, creditor.0, amount_cents)
}
