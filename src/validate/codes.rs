//! Short codes of the services: NRE prescription code, STP code, school
//! code (codice meccanografico), residence-permit references, CAP.

fn compact_upper(input: &str) -> String {
    input
        .chars()
        .filter(|c| !(c.is_whitespace() || *c == '-'))
        .flat_map(char::to_uppercase)
        .collect()
}

/// NRE (numero di ricetta elettronica): 15 characters, printed as two
/// barcodes: 5 (region code and series, e.g. `1300A`) + 10 digits.
pub fn nre(input: &str) -> Option<String> {
    let code = compact_upper(input);
    let b = code.as_bytes();
    let ok = b.len() == 15
        && b[..3].iter().all(u8::is_ascii_digit)
        && b[3..5].iter().all(u8::is_ascii_alphanumeric)
        && b[5..].iter().all(u8::is_ascii_digit);
    ok.then_some(code)
}

/// STP code (Straniero Temporaneamente Presente): `STP` + 3-digit region +
/// 3-digit health authority + 7-digit number. ENI is the EU equivalent.
pub fn stp(input: &str) -> Option<String> {
    let code = compact_upper(input);
    let ok = code.len() == 16
        && (code.starts_with("STP") || code.starts_with("ENI"))
        && code[3..].chars().all(|c| c.is_ascii_digit());
    ok.then_some(code)
}

/// School code (codice meccanografico): 10 characters, the province's two
/// letters first (AR for Arezzo), then letters and digits.
pub fn school_code(input: &str) -> Option<String> {
    let code = compact_upper(input);
    let b = code.as_bytes();
    let ok = b.len() == 10
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && b[2..4].iter().all(u8::is_ascii_uppercase)
        && b[4..].iter().all(u8::is_ascii_alphanumeric);
    ok.then_some(code)
}

/// A residence-permit application reference: the Questura's 10-character
/// "numero pratica", or the 12-digit "numero assicurata" of the Poste kit
/// (typed without its dash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PermitReference {
    Pratica(String),
    Assicurata(String),
}

pub fn permit_reference(input: &str) -> Option<PermitReference> {
    let code = compact_upper(input);
    if code.len() == 12 && code.chars().all(|c| c.is_ascii_digit()) {
        return Some(PermitReference::Assicurata(code));
    }
    let ok = code.len() == 10 && code.chars().all(|c| c.is_ascii_alphanumeric());
    ok.then_some(PermitReference::Pratica(code))
}

/// An identity or travel document number: 5–20 letters and digits.
pub fn document_number(input: &str) -> Option<String> {
    let code = compact_upper(input);
    let ok = (5..=20).contains(&code.len()) && code.chars().all(|c| c.is_ascii_alphanumeric());
    ok.then_some(code)
}

/// CAP (codice di avviamento postale): five digits.
pub fn cap(input: &str) -> Option<String> {
    let code: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    (code.len() == 5 && code.chars().all(|c| c.is_ascii_digit())).then_some(code)
}

/// A citizenship application number as the Ministry's ALI portal shows it:
/// `K10` or `K10/C`, then the number (`K10/C/123456`, `K10/1234567`).
pub fn citizenship_reference(input: &str) -> Option<String> {
    let code = compact_upper(input).replace('-', "/");
    let rest = code.strip_prefix("K10")?;
    let rest = rest.strip_prefix("/C").unwrap_or(rest);
    let digits = rest.strip_prefix('/').unwrap_or(rest);
    let ok = (4..=10).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit());
    ok.then_some(code)
}
