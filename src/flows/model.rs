//! What a flow file says (`assets/flows/<service>.toml`): pages of fields,
//! repeat groups and computed values. Every text is a Fluent key derived
//! from the ids (see `Flow::label_key` and friends); the file holds no
//! language.

use serde::Deserialize;

use super::expr::Expr;

/// The kinds of question a page can ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldKind {
    /// Free text on one line.
    Text,
    /// A person's name, in any script.
    Name,
    /// A whole number.
    Number,
    /// An amount in euro, kept in cents.
    Money,
    Date,
    /// One option (or several with `multiple = true`).
    Choice,
    YesNo,
    CodiceFiscale,
    Phone,
    Email,
    /// An Italian municipality from the ANPR list.
    Comune,
    Cap,
    /// A street and house number.
    Street,
    /// A foreign state or Italy, from the ANPR list.
    Country,
    DocumentNumber,
    PagopaNotice,
    Nre,
    /// Codice fiscale, or an STP/ENI code for people without one.
    CfOrStp,
    SchoolCode,
    /// Residence-permit "numero pratica" or "numero assicurata".
    PermitReference,
    /// Citizenship application number (K10…).
    CitizenshipReference,
    /// Information only: no answer.
    Note,
    /// One of the options an agency offers at run time (CUP slots, courses,
    /// job offers, magazines), fetched by the UI through `source`.
    AgencyChoice,
}

/// A date limit relative to the day of the session: `-120y`, `0d`, `+60d`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelativeDate {
    pub amount: i32,
    pub unit: DateUnit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateUnit {
    Days,
    Years,
}

impl RelativeDate {
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let (number, unit) = text.split_at(text.len().checked_sub(1)?);
        let unit = match unit {
            "d" => DateUnit::Days,
            "y" => DateUnit::Years,
            _ => return None,
        };
        Some(Self {
            amount: number.trim_start_matches('+').parse().ok()?,
            unit,
        })
    }

    pub fn from(self, today: jiff::civil::Date) -> jiff::civil::Date {
        let span = match self.unit {
            DateUnit::Days => jiff::Span::new().days(self.amount),
            DateUnit::Years => jiff::Span::new().years(self.amount),
        };
        today.checked_add(span).unwrap_or(today)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawField {
    pub id: String,
    pub kind: FieldKind,
    #[serde(default = "yes")]
    pub required: bool,
    #[serde(default)]
    pub relevant: Option<String>,
    #[serde(default)]
    pub constraint: Option<String>,
    /// Suffix of the Fluent key shown when the constraint fails.
    #[serde(default)]
    pub constraint_message: Option<String>,
    #[serde(default)]
    pub options: Vec<String>,
    #[serde(default)]
    pub multiple: bool,
    /// Whether a `-hint` message exists for the field.
    #[serde(default)]
    pub hint: bool,
    #[serde(default)]
    pub min: Option<i64>,
    #[serde(default)]
    pub max: Option<i64>,
    #[serde(default)]
    pub not_before: Option<String>,
    #[serde(default)]
    pub not_after: Option<String>,
    #[serde(default)]
    pub max_length: Option<usize>,
    /// For an agency choice: the look-up that lists the options,
    /// `<agency>/<lookup>`.
    #[serde(default)]
    pub source: Option<String>,
    /// The agency's problem codes that are about this answer (the CUP's
    /// "prescription-not-found" is about the NRE): a refusal with one of
    /// them is shown on this field's page, under the field.
    #[serde(default)]
    pub agency_problems: Vec<String>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPage {
    pub id: String,
    #[serde(default)]
    pub relevant: Option<String>,
    /// The repeat group this page belongs to: it is asked once per item.
    #[serde(default)]
    pub repeat: Option<String>,
    /// A page of notes that ends the flow when it is reached (e.g. "you
    /// are exempt from the test"): nothing is sent.
    #[serde(default)]
    pub end: bool,
    #[serde(rename = "field")]
    pub fields: Vec<RawField>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawGroup {
    pub id: String,
    #[serde(default)]
    pub min: usize,
    pub max: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawComputed {
    pub id: String,
    pub value: String,
}

/// Documents a flow can produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    Receipt,
    /// A certificate issued by the agency, printed at the kiosk.
    Certificate,
    CompletedForm,
    InfoSheet,
    PaymentNotice,
    /// A "where else to check" slip when a look-up could not be answered.
    WhereToCheck,
    /// "Continue on the portal": the sheet of a `portal` service.
    PortalSheet,
    /// What a look-up answered, when and from where (the permit's state as
    /// the Polizia di Stato's page gave it).
    LookUpResult,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFlow {
    pub service: String,
    /// The agency operation the submission calls (`<agency>/<operation>`).
    pub operation: String,
    pub documents: Vec<DocumentKind>,
    #[serde(default, rename = "group")]
    pub groups: Vec<RawGroup>,
    #[serde(default, rename = "computed")]
    pub computed: Vec<RawComputed>,
    #[serde(rename = "page")]
    pub pages: Vec<RawPage>,
    #[serde(default)]
    pub signatures: Option<Signatures>,
}

/// Who signs the completed form: one box per adult named by the answers
/// (the applicant, and each item of a group who is of age on the day),
/// under a declaration (`doc-form-declaration-<declaration>`). A form
/// without it has one signature box.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signatures {
    /// The applicant's name fields, in the order they are written.
    pub names: Vec<String>,
    /// The group whose adults sign too, with its name and birth-date fields.
    #[serde(default)]
    pub group: Option<String>,
    #[serde(default)]
    pub group_names: Vec<String>,
    #[serde(default)]
    pub group_birth_date: Option<String>,
    /// The age from which a person signs.
    pub adult_age: i16,
    /// The declaration's Fluent key suffix.
    pub declaration: String,
}

/// A checked field.
#[derive(Debug, Clone)]
pub struct Field {
    pub id: String,
    pub kind: FieldKind,
    pub required: bool,
    pub relevant: Option<Expr>,
    pub constraint: Option<Expr>,
    pub constraint_message: Option<String>,
    pub options: Vec<String>,
    pub multiple: bool,
    pub hint: bool,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub not_before: Option<RelativeDate>,
    pub not_after: Option<RelativeDate>,
    pub max_length: Option<usize>,
    pub source: Option<String>,
    /// The agency's problem codes about this answer.
    pub agency_problems: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Page {
    pub id: String,
    pub relevant: Option<Expr>,
    pub repeat: Option<String>,
    /// Reaching this page ends the flow without a submission.
    pub end: bool,
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub id: String,
    pub min: usize,
    pub max: usize,
}

#[derive(Debug, Clone)]
pub struct Computed {
    pub id: String,
    pub value: Expr,
}

/// A service's flow, checked and ready to run.
#[derive(Debug, Clone)]
pub struct Flow {
    pub service: String,
    pub operation: String,
    pub documents: Vec<DocumentKind>,
    pub groups: Vec<Group>,
    /// In dependency order: each reads only answers and earlier ones.
    pub computed: Vec<Computed>,
    pub pages: Vec<Page>,
    pub signatures: Option<Signatures>,
}

impl Flow {
    pub fn label_key(&self, field: &str) -> String {
        format!("flow-{}-{}", self.service, field)
    }
    pub fn hint_key(&self, field: &str) -> String {
        format!("flow-{}-{}-hint", self.service, field)
    }
    pub fn option_key(&self, field: &str, option: &str) -> String {
        format!("flow-{}-{}-{}", self.service, field, option)
    }
    pub fn message_key(&self, message: &str) -> String {
        format!("flow-{}-{}", self.service, message)
    }
    /// A page's heading when it groups several fields.
    pub fn page_key(&self, page: &str) -> String {
        format!("flow-{}-page-{}", self.service, page)
    }
    /// "Add another member?" after each item of a repeat group.
    pub fn add_another_key(&self, group: &str) -> String {
        format!("flow-{}-{}-add-another", self.service, group)
    }

    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The field an agency's problem code is about, if the flow says.
    pub fn field_of_problem(&self, code: &str) -> Option<&Field> {
        self.pages
            .iter()
            .flat_map(|p| &p.fields)
            .find(|f| f.agency_problems.iter().any(|c| c == code))
    }

    pub fn field(&self, id: &str) -> Option<(&Page, &Field)> {
        self.pages
            .iter()
            .find_map(|p| p.fields.iter().find(|f| f.id == id).map(|f| (p, f)))
    }

    /// Every Fluent key the flow needs.
    pub fn fluent_keys(&self) -> Vec<String> {
        let mut keys = Vec::new();
        for page in &self.pages {
            if page.fields.len() > 1 {
                keys.push(self.page_key(&page.id));
            }
            for field in &page.fields {
                keys.push(self.label_key(&field.id));
                if field.hint {
                    keys.push(self.hint_key(&field.id));
                }
                for option in &field.options {
                    keys.push(self.option_key(&field.id, option));
                }
                if field.kind == FieldKind::AgencyChoice {
                    // Shown when the agency offers nothing.
                    keys.push(self.option_key(&field.id, "none"));
                }
                if let Some(message) = &field.constraint_message {
                    keys.push(self.message_key(message));
                }
            }
        }
        for group in &self.groups {
            keys.push(self.add_another_key(&group.id));
        }
        if let Some(s) = &self.signatures {
            keys.push(format!("doc-form-declaration-{}", s.declaration));
        }
        keys
    }
}
