//! Typed answers: what a field's raw text becomes once its validator accepts
//! it, and the error (a Fluent key and its arguments) when it does not.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::expr::Value;
use super::model::{Field, FieldKind};
use crate::places::Places;
use crate::validate::codice_fiscale::{self, CfError};
use crate::validate::pagopa::{NoticeError, NoticeNumber};
use crate::validate::{codes, contact, numbers, text};

/// One accepted answer, in the form the agency adapters receive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum Answer {
    Text(String),
    Number(i64),
    /// Euro cents.
    Money(u64),
    #[serde(serialize_with = "iso_date", deserialize_with = "from_iso_date")]
    Date(Date),
    Choice(String),
    Choices(Vec<String>),
    YesNo(bool),
    /// A normalised code (codice fiscale, NRE, notice number, CAP…).
    Code(String),
    /// A place by its Belfiore code (comune or foreign state).
    Place(String),
    /// An option an agency offered: its id for the agency, its label (as the
    /// agency wrote it) for the check page and the receipt.
    Offer {
        id: String,
        label: String,
    },
}

fn iso_date<S: serde::Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&date.to_string())
}

fn from_iso_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
    let text = String::deserialize(d)?;
    text.parse()
        .map_err(|_| serde::de::Error::custom("not an ISO 8601 date (YYYY-MM-DD)"))
}

impl Answer {
    /// The value expressions see.
    pub fn value(&self) -> Value {
        match self {
            Answer::Text(t)
            | Answer::Choice(t)
            | Answer::Code(t)
            | Answer::Place(t)
            | Answer::Offer { id: t, .. } => Value::Text(t.clone()),
            Answer::Number(n) => Value::Number(*n as f64),
            Answer::Money(c) => Value::Number(*c as f64 / 100.0),
            Answer::Date(d) => Value::Date(*d),
            Answer::Choices(c) => Value::List(c.clone()),
            Answer::YesNo(b) => Value::Bool(*b),
        }
    }
}

impl Answer {
    /// The text that gives this answer back when typed again: what a page
    /// shows in its fields when the person returns to it.
    pub fn as_typed(&self, places: &Places, today: Date) -> String {
        match self {
            Answer::Text(t) | Answer::Code(t) | Answer::Choice(t) => t.clone(),
            Answer::Offer { id, .. } => id.clone(),
            Answer::Number(n) => n.to_string(),
            Answer::Money(c) if c % 100 == 0 => (c / 100).to_string(),
            Answer::Money(c) => format!("{},{:02}", c / 100, c % 100),
            Answer::Date(d) => format_date(*d),
            Answer::Choices(c) => c.join(","),
            Answer::YesNo(true) => "yes".to_owned(),
            Answer::YesNo(false) => "no".to_owned(),
            Answer::Place(code) => places.name_of(code, today).unwrap_or(code).to_owned(),
        }
    }

    /// How the answer reads on the check page and the printed form. `word`
    /// turns a Fluent key (an option, yes, no) into text.
    pub fn shown(
        &self,
        flow: &super::model::Flow,
        field: &str,
        places: &Places,
        today: Date,
        word: impl Fn(&str) -> String,
    ) -> String {
        match self {
            Answer::Text(t) | Answer::Code(t) => t.clone(),
            Answer::Number(n) => n.to_string(),
            Answer::Money(c) => format!("{},{:02} €", c / 100, c % 100),
            Answer::Date(d) => format_date(*d),
            Answer::YesNo(true) => word("doc-yes"),
            Answer::YesNo(false) => word("doc-no"),
            Answer::Choice(o) => word(&flow.option_key(field, o)),
            Answer::Choices(os) => os
                .iter()
                .map(|o| word(&flow.option_key(field, o)))
                .collect::<Vec<_>>()
                .join("; "),
            Answer::Place(code) => places.name_of(code, today).unwrap_or(code).to_owned(),
            Answer::Offer { label, .. } => label.clone(),
        }
    }

    /// Overwrites the text this answer holds before it is dropped (the
    /// idle wipe).
    pub fn wipe(&mut self) {
        use zeroize::Zeroize;
        match self {
            Answer::Text(t) | Answer::Code(t) | Answer::Choice(t) | Answer::Place(t) => t.zeroize(),
            Answer::Offer { id, label } => {
                id.zeroize();
                label.zeroize();
            }
            Answer::Choices(c) => c.iter_mut().for_each(Zeroize::zeroize),
            Answer::Number(n) => *n = 0,
            Answer::Money(c) => *c = 0,
            Answer::Date(d) => *d = Date::default(),
            Answer::YesNo(b) => *b = false,
        }
    }
}

/// Why an answer was refused: a Fluent key (of `locales/*/validation.ftl`,
/// or a flow's constraint message) and its arguments, never the typed value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub key: String,
    pub args: Vec<(String, Arg)>,
}

/// A message argument: numbers stay numbers so Fluent picks plural forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// A computed amount, in hundredths (euro cents, or m² × 100).
    Hundredths(i64),
}

impl Problem {
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            args: Vec::new(),
        }
    }

    fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args
            .push((name.to_owned(), Arg::Text(value.to_string())));
        self
    }

    fn with_number(mut self, name: &'static str, value: i64) -> Self {
        self.args.push((name.to_owned(), Arg::Number(value)));
        self
    }

    /// A computed value, rounded to hundredths.
    pub fn with_amount(mut self, name: String, value: f64) -> Self {
        self.args
            .push((name, Arg::Hundredths((value * 100.0).round() as i64)));
        self
    }
}

/// What the validators need besides the text.
pub struct Context<'a> {
    pub places: &'a Places,
    pub today: Date,
}

/// Parses the raw text of one field. Empty text is `Ok(None)`: whether that
/// is allowed is the caller's `required` check.
pub fn parse(field: &Field, raw: &str, ctx: &Context<'_>) -> Result<Option<Answer>, Problem> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    let max_length = field.max_length.unwrap_or(200);
    let answer = match field.kind {
        FieldKind::Note => return Ok(None),
        // Checked by the session against what the agency offered.
        FieldKind::AgencyChoice => return Err(Problem::new("error-choice")),
        FieldKind::Text | FieldKind::Street => {
            Answer::Text(text::printable_line(raw, max_length).map_err(text_problem)?)
        }
        FieldKind::Name => Answer::Text(text::passport_name(raw).map_err(text_problem)?),
        FieldKind::Number => {
            let n: i64 = raw
                .trim()
                .parse()
                .map_err(|_| Problem::new("error-number"))?;
            check_range(n, field)?;
            Answer::Number(n)
        }
        FieldKind::Money => {
            let cents = numbers::euro_cents(raw).ok_or(Problem::new("error-money"))?;
            let euros = i64::try_from(cents / 100).unwrap_or(i64::MAX);
            check_range(euros, field)?;
            Answer::Money(cents)
        }
        FieldKind::Date => {
            let min = field
                .not_before
                .map_or(jiff::civil::date(1900, 1, 1), |r| r.from(ctx.today));
            let max = field
                .not_after
                .map_or(jiff::civil::date(2100, 12, 31), |r| r.from(ctx.today));
            match numbers::date_between(raw, min, max) {
                Ok(date) => Answer::Date(date),
                Err(numbers::DateError::NotADate) => return Err(Problem::new("error-date")),
                Err(numbers::DateError::TooEarly { min }) => {
                    return Err(Problem::new("error-date-too-early").with("date", format_date(min)));
                }
                Err(numbers::DateError::TooLate { max }) => {
                    return Err(Problem::new("error-date-too-late").with("date", format_date(max)));
                }
            }
        }
        FieldKind::Choice => {
            let chosen: Vec<String> = raw
                .split(',')
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect();
            if chosen.is_empty()
                || chosen.iter().any(|c| !field.options.contains(c))
                || (!field.multiple && chosen.len() > 1)
            {
                return Err(Problem::new("error-choice"));
            }
            if field.multiple {
                Answer::Choices(chosen)
            } else {
                Answer::Choice(chosen.into_iter().next().unwrap_or_default())
            }
        }
        FieldKind::YesNo => match raw.trim() {
            "yes" => Answer::YesNo(true),
            "no" => Answer::YesNo(false),
            _ => return Err(Problem::new("error-choice")),
        },
        FieldKind::CodiceFiscale => Answer::Code(
            codice_fiscale::parse(raw, ctx.places, ctx.today)
                .map_err(cf_problem)?
                .as_str()
                .to_owned(),
        ),
        FieldKind::CfOrStp => match codes::stp(raw) {
            Some(stp) => Answer::Code(stp),
            None => Answer::Code(
                codice_fiscale::parse(raw, ctx.places, ctx.today)
                    .map_err(cf_problem)?
                    .as_str()
                    .to_owned(),
            ),
        },
        FieldKind::Phone => {
            Answer::Code(contact::phone(raw).map_err(|_| Problem::new("error-phone"))?)
        }
        FieldKind::Email => Answer::Text(contact::email(raw).ok_or(Problem::new("error-email"))?),
        FieldKind::Comune => {
            let name = raw.trim();
            let place = ctx
                .places
                .on(&name.to_uppercase(), ctx.today)
                .filter(|p| !p.is_foreign())
                .or_else(|| ctx.places.current_municipality(name, ctx.today))
                .ok_or(Problem::new("error-comune"))?;
            Answer::Place(place.code.clone())
        }
        FieldKind::Country => {
            let name = raw.trim();
            let place = ctx
                .places
                .on(&name.to_uppercase(), ctx.today)
                .or_else(|| ctx.places.current_country(name, ctx.today))
                .ok_or(Problem::new("error-country"))?;
            Answer::Place(place.code.clone())
        }
        FieldKind::Cap => Answer::Code(codes::cap(raw).ok_or(Problem::new("error-cap"))?),
        FieldKind::DocumentNumber => {
            Answer::Code(codes::document_number(raw).ok_or(Problem::new("error-document-number"))?)
        }
        FieldKind::PagopaNotice => Answer::Code(
            NoticeNumber::parse(raw)
                .map_err(|e| match e {
                    NoticeError::Length { found } => {
                        Problem::new("error-notice-length").with_number("found", found as i64)
                    }
                    NoticeError::NotDigits => Problem::new("error-notice-digits"),
                    NoticeError::AuxDigit | NoticeError::CheckDigits { .. } => {
                        Problem::new("error-notice-check")
                    }
                })?
                .as_str()
                .to_owned(),
        ),
        FieldKind::Nre => Answer::Code(codes::nre(raw).ok_or(Problem::new("error-nre"))?),
        FieldKind::SchoolCode => {
            Answer::Code(codes::school_code(raw).ok_or(Problem::new("error-school-code"))?)
        }
        FieldKind::CitizenshipReference => Answer::Code(
            codes::citizenship_reference(raw).ok_or(Problem::new("error-citizenship-reference"))?,
        ),
        FieldKind::PermitReference => Answer::Code(
            match codes::permit_reference(raw).ok_or(Problem::new("error-permit-reference"))? {
                codes::PermitReference::Pratica(c) | codes::PermitReference::Assicurata(c) => c,
            },
        ),
    };
    Ok(Some(answer))
}

fn check_range(n: i64, field: &Field) -> Result<(), Problem> {
    if let Some(min) = field.min.filter(|min| n < *min) {
        return Err(Problem::new("error-number-too-small").with_number("min", min));
    }
    if let Some(max) = field.max.filter(|max| n > *max) {
        return Err(Problem::new("error-number-too-large").with_number("max", max));
    }
    Ok(())
}

/// Dates in messages: day/month/year, as Italian documents write them.
pub fn format_date(date: Date) -> String {
    format!("{:02}/{:02}/{}", date.day(), date.month(), date.year())
}

fn text_problem(e: text::TextError) -> Problem {
    match e {
        text::TextError::Empty => Problem::new("error-required"),
        text::TextError::ForbiddenCharacter => Problem::new("error-text-characters"),
        text::TextError::NotAName => Problem::new("error-name"),
        text::TextError::NotLatin => Problem::new("error-name-latin"),
        text::TextError::TooLong { max } => {
            Problem::new("error-text-too-long").with_number("max", max as i64)
        }
    }
}

fn cf_problem(e: CfError) -> Problem {
    match e {
        CfError::Length { found } => {
            Problem::new("error-cf-length").with_number("found", found as i64)
        }
        CfError::Pattern => Problem::new("error-cf-pattern"),
        CfError::CheckCharacter { .. } | CfError::CheckDigit { .. } => {
            Problem::new("error-cf-check")
        }
        CfError::ImpossibleDate => Problem::new("error-cf-date"),
        CfError::UnknownBirthplace { code } => {
            Problem::new("error-cf-birthplace").with("code", code)
        }
        CfError::BirthplaceNotValidOn { code } => {
            Problem::new("error-cf-birthplace-date").with("code", code)
        }
    }
}
