//! The paper a person leaves with, as PDF: receipts (80 mm roll or A4),
//! pagoPA payment notices with their QR code, completed forms for
//! signature, item sheets (course, job offer, magazine) and the "where else
//! to check" slip. Every text is in the person's language with the Italian
//! beneath, because the office reads Italian. No iced.

pub mod compose;
pub mod text;

use crate::agencies::contract::{Appointment, ItemSheet, PaymentNotice};
use crate::catalogue::portals::{Form, Portal};
use crate::catalogue::{Claim, ServiceId};
use crate::fonts::Face;
use crate::i18n::{Args, LanguageId, Script, Translations, Value, args};
use crate::validate::pagopa::{CreditorCode, NoticeNumber, qr_payload};
use compose::{Composer, Paper};
use text::{Direction, Typesetter};

/// Printed across every page in training mode (always in Italian: the
/// operator and the office must recognise it).
pub const TRAINING_STAMP: &str = "FAC-SIMILE — FORMAZIONE";

#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("the embedded fonts cannot be read for printing")]
    Fonts,
    #[error("the payment notice does not pass its checks")]
    BadNotice,
    #[error("this document is not made for this service")]
    NotForThisService,
}

/// What every document says of where it comes from.
#[derive(Debug, Clone)]
pub struct Header {
    pub office_name: String,
    pub office_address: String,
    pub office_phone: String,
    pub kiosk_id: String,
    /// Date and time, Europe/Rome, as printed (`28/11/2026 10:41`).
    pub when: String,
    pub training: bool,
}

/// Who signs a completed form and under which declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signing {
    /// `doc-form-declaration` or `doc-form-declaration-<flow's>`.
    pub declaration_key: String,
    /// The adults who sign, by name; empty: one unnamed box.
    pub signers: Vec<String>,
}

impl Signing {
    /// The form's signing as its flow declares it.
    pub fn of(session: &crate::flows::Session) -> Self {
        Self {
            declaration_key: session.flow().signatures.as_ref().map_or_else(
                || "doc-form-declaration".to_owned(),
                |s| format!("doc-form-declaration-{}", s.declaration),
            ),
            signers: session.signers(),
        }
    }
}

/// What a receipt says: the service, the kiosk's reference, what became of
/// the submission and the appointment the agency gave.
#[derive(Debug, Clone, PartialEq)]
pub struct ReceiptData {
    pub service: ServiceId,
    /// What the receipt may say happened (`channel-<channel>-<claim>-status`).
    pub channel: crate::catalogue::Channel,
    pub reference: String,
    pub status: Status,
    pub appointment: Option<Appointment>,
}

/// Whether the agency already has the submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Sent { agency_reference: String },
    Queued,
}

/// The document builder: fonts loaded once, translations borrowed.
pub struct Documents {
    typesetter: Typesetter,
}

impl std::fmt::Debug for Documents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Documents")
    }
}

/// The person's language and Italian, to write each text in both.
struct Bilingual<'a> {
    translations: &'a Translations,
    lang: &'a LanguageId,
    italian: LanguageId,
}

impl Bilingual<'_> {
    /// Whether the Italian reference has this message (optional texts).
    fn has(&self, key: &str) -> bool {
        self.translations
            .locale(&self.italian)
            .is_some_and(|l| l.has_message(key))
    }

    fn is_italian(&self) -> bool {
        self.lang == &self.italian
    }

    fn person(&self, key: &str, args: Option<&Args>) -> String {
        self.translations.format(self.lang, key, args)
    }

    fn italian(&self, key: &str, args: Option<&Args>) -> String {
        self.translations.format(&self.italian, key, args)
    }

    /// The text in the person's language, then (smaller) in Italian.
    fn write(&self, c: &mut Composer<'_>, key: &str, args: Option<&Args>, size: f32) {
        c.paragraph(&self.person(key, args), size);
        if !self.is_italian() {
            c.italian(&self.italian(key, args), size * 0.8);
        }
    }

    /// A label in both languages, then a value (a code, a name) on its own.
    fn labelled(&self, c: &mut Composer<'_>, key: &str, value: &str, size: f32) {
        let label = if self.is_italian() {
            self.person(key, None)
        } else {
            format!("{} · {}", self.person(key, None), self.italian(key, None))
        };
        c.paragraph(&label, size * 0.8);
        c.value(value, size);
    }
}

fn direction_and_face(translations: &Translations, lang: &LanguageId) -> (Direction, Face) {
    let Some(meta) = translations.meta(lang) else {
        return (Direction::Ltr, Face::Arabic);
    };
    let direction = match meta.direction {
        crate::i18n::Direction::Rtl => Direction::Rtl,
        crate::i18n::Direction::Ltr => Direction::Ltr,
    };
    // Arabic-script letters in Urdu text are set in Nastaliq.
    let arabic = if meta.script == Script::Nastaliq {
        Face::Nastaliq
    } else {
        Face::Arabic
    };
    (direction, arabic)
}

impl Documents {
    pub fn load() -> Result<Self, DocumentError> {
        Ok(Self {
            typesetter: Typesetter::load().ok_or(DocumentError::Fonts)?,
        })
    }

    /// A document's start: the two languages, the page, the office
    /// heading, the title, date and kiosk.
    fn begin<'a>(
        &'a self,
        paper: Paper,
        header: &Header,
        translations: &'a Translations,
        lang: &'a LanguageId,
        title_key: &str,
    ) -> (Bilingual<'a>, Composer<'a>) {
        let b = Bilingual {
            translations,
            lang,
            italian: LanguageId::reference(),
        };
        let (direction, arabic) = direction_and_face(translations, lang);
        let mut c = Composer::new(&self.typesetter, paper, direction, arabic);
        if header.training {
            c.stamp(TRAINING_STAMP);
        }
        c.centred(&header.office_name, 11.0);
        c.centred(&header.office_address, 8.0);
        c.rule();
        b.write(&mut c, title_key, None, 14.0);
        c.gap(4.0);
        b.labelled(&mut c, "doc-when", &header.when, 9.0);
        b.labelled(&mut c, "doc-kiosk", &header.kiosk_id, 9.0);
        (b, c)
    }

    fn foot(&self, c: &mut Composer<'_>, b: &Bilingual<'_>, header: &Header) {
        c.rule();
        let phone = args([("phone", Value::from(header.office_phone.clone()))]);
        b.write(c, "doc-help", Some(&phone), 9.0);
    }

    /// The receipt of a submission: reference and its QR code, whether the
    /// office has it, what happens next.
    #[allow(clippy::too_many_arguments)]
    pub fn receipt(
        &self,
        paper: Paper,
        header: &Header,
        translations: &Translations,
        lang: &LanguageId,
        receipt: &ReceiptData,
    ) -> Vec<u8> {
        let ReceiptData {
            service,
            channel,
            reference,
            status,
            appointment,
        } = receipt;
        let (b, mut c) = self.begin(paper, header, translations, lang, "doc-receipt-title");
        let service_key = service.name_key();
        b.labelled(
            &mut c,
            "doc-service",
            &if b.is_italian() {
                b.person(&service_key, None)
            } else {
                format!(
                    "{} — {}",
                    b.person(&service_key, None),
                    b.italian(&service_key, None)
                )
            },
            10.0,
        );
        c.gap(4.0);
        b.write(&mut c, "doc-reference", None, 9.0);
        c.centred(reference, 16.0);
        c.qr(reference, 28.0 * 72.0 / 25.4);
        c.gap(4.0);
        let (claim, agency_reference) = match status {
            Status::Sent { agency_reference } => (Claim::Sent, agency_reference.clone()),
            Status::Queued => (Claim::Queued, String::new()),
        };
        let a = args([("agency_reference", Value::from(agency_reference))]);
        b.write(&mut c, &channel.key(claim, "title"), None, 11.0);
        b.write(&mut c, &channel.key(claim, "status"), Some(&a), 10.0);
        if let Some(appointment) = appointment {
            c.gap(4.0);
            b.labelled(
                &mut c,
                "doc-appointment",
                &format!(
                    "{} — {}",
                    appointment_time(&appointment.starts_at),
                    appointment.place
                ),
                11.0,
            );
            if let Some(code) = &appointment.booking_code {
                b.labelled(&mut c, "doc-booking-code", code, 11.0);
            }
        }
        let next = service.flow_key("what_next");
        if b.has(&next) {
            c.gap(4.0);
            b.write(&mut c, "doc-next", None, 10.0);
            b.write(&mut c, &next, None, 9.0);
        }
        c.gap(4.0);
        b.write(&mut c, "doc-keep", None, 9.0);
        self.foot(&mut c, &b, header);
        c.finish(reference)
    }

    /// A pagoPA payment notice: the code grouped by four, the creditor, the
    /// amount, the due date and the QR code with the standard payload; with
    /// `pay_now`, Checkout's page for paying it from a phone as a second
    /// QR code.
    pub fn payment_notice(
        &self,
        header: &Header,
        translations: &Translations,
        lang: &LanguageId,
        notice: &PaymentNotice,
        pay_now: Option<&str>,
    ) -> Result<Vec<u8>, DocumentError> {
        let number =
            NoticeNumber::parse(&notice.notice_number).map_err(|_| DocumentError::BadNotice)?;
        let creditor =
            CreditorCode::parse(&notice.creditor_fiscal_code).ok_or(DocumentError::BadNotice)?;
        let (b, mut c) = self.begin(Paper::A4, header, translations, lang, "doc-payment-title");
        c.gap(6.0);
        b.labelled(&mut c, "doc-payment-creditor", &notice.creditor_name, 12.0);
        b.labelled(&mut c, "doc-payment-creditor-code", creditor.as_str(), 12.0);
        b.labelled(&mut c, "doc-payment-subject", &notice.description, 11.0);
        let euros = format!(
            "{},{:02} €",
            notice.amount_cents / 100,
            notice.amount_cents % 100
        );
        b.labelled(&mut c, "doc-payment-amount", &euros, 14.0);
        b.labelled(
            &mut c,
            "doc-payment-due",
            &print_date(&notice.due_date),
            12.0,
        );
        c.gap(6.0);
        b.write(&mut c, "doc-payment-notice-number", None, 10.0);
        c.centred(&number.grouped(), 18.0);
        c.gap(4.0);
        c.qr(
            &qr_payload(&number, &creditor, notice.amount_cents),
            40.0 * 72.0 / 25.4,
        );
        c.gap(6.0);
        b.write(&mut c, "doc-payment-how", None, 10.0);
        if let Some(page) = pay_now {
            c.gap(6.0);
            b.write(&mut c, "doc-payment-pay-now", None, 10.0);
            c.qr(page, 32.0 * 72.0 / 25.4);
        }
        self.foot(&mut c, &b, header);
        Ok(c.finish(number.as_str()))
    }

    /// The card of a course, job offer or magazine, as the agency sent it,
    /// with labels in both languages.
    pub fn item_sheet(
        &self,
        paper: Paper,
        header: &Header,
        translations: &Translations,
        lang: &LanguageId,
        service: &ServiceId,
        sheet: &ItemSheet,
    ) -> Vec<u8> {
        let (b, mut c) = self.begin(paper, header, translations, lang, &service.name_key());
        c.gap(4.0);
        c.value(&sheet.title, 14.0);
        c.centred(&sheet.id, 9.0);
        for code in crate::agencies::contract::ITEM_DETAILS {
            if let Some(value) = sheet.details.get(*code) {
                b.labelled(&mut c, &format!("item-{code}"), value, 10.0);
            }
        }
        let next = [
            service.flow_key("how_to_apply"),
            service.flow_key("how_to_read"),
        ];
        for key in next {
            if b.has(&key) {
                c.gap(4.0);
                b.write(&mut c, &key, None, 9.0);
            }
        }
        self.foot(&mut c, &b, header);
        c.finish(&sheet.id)
    }

    /// A certificate the Comune issued: its lines as the registry wrote them
    /// (Italian, the legal text), under a title in both languages.
    pub fn certificate(
        &self,
        header: &Header,
        translations: &Translations,
        lang: &LanguageId,
        certificate: &crate::agencies::contract::Certificate,
    ) -> Vec<u8> {
        let (b, mut c) = self.begin(
            Paper::A4,
            header,
            translations,
            lang,
            "doc-certificate-title",
        );
        b.labelled(&mut c, "doc-certificate-number", &certificate.number, 11.0);
        b.labelled(
            &mut c,
            "doc-certificate-issued",
            &print_date(&certificate.issued_on),
            11.0,
        );
        // Where the marca da bollo goes when the certificate is not exempt
        // (DPR 642/1972: it is applied before the certificate is used).
        c.write_in_box(&b.labels("doc-certificate-stamp"), 24.0);
        c.rule();
        for line in &certificate.lines {
            c.italian(line, 11.0);
        }
        self.foot(&mut c, &b, header);
        c.finish(&certificate.number)
    }

    /// The information sheet of a service ("print this info"): what you
    /// need, what it costs, where and when.
    pub fn service_sheet(
        &self,
        paper: Paper,
        header: &Header,
        translations: &Translations,
        lang: &LanguageId,
        service: &ServiceId,
    ) -> Vec<u8> {
        let (b, mut c) = self.begin(paper, header, translations, lang, &service.name_key());
        b.write(&mut c, &service.summary_key(), None, 10.0);
        for part in ["need", "cost", "where"] {
            c.gap(5.0);
            b.write(&mut c, &format!("info-{part}"), None, 11.0);
            b.write(&mut c, &service.info_key(part), None, 9.5);
        }
        self.foot(&mut c, &b, header);
        c.finish(&format!("info-{}", service.as_str()))
    }

    /// The slip for a look-up the office could not answer now.
    pub fn where_to_check(
        &self,
        paper: Paper,
        header: &Header,
        translations: &Translations,
        lang: &LanguageId,
        service: &ServiceId,
        page: Option<&str>,
    ) -> Vec<u8> {
        let (b, mut c) = self.begin(paper, header, translations, lang, "doc-where-title");
        b.write(&mut c, &service.name_key(), None, 11.0);
        c.gap(4.0);
        b.write(&mut c, "agency-not-available", None, 10.0);
        c.gap(4.0);
        b.write(&mut c, &service.where_key(), None, 10.0);
        // A public page the person can open on a phone.
        if let Some(page) = page {
            c.gap(4.0);
            c.qr(page, 28.0 * 72.0 / 25.4);
            c.centred(page, 9.0);
        }
        self.foot(&mut c, &b, header);
        c.finish(&format!("where-{}", service.as_str()))
    }

    /// What the Polizia di Stato's public page said of a permit, for the
    /// number asked and when, with the page's address (to check again).
    pub fn permit_result(
        &self,
        paper: Paper,
        header: &Header,
        translations: &Translations,
        lang: &LanguageId,
        service: &ServiceId,
        checked: &Checked,
    ) -> Vec<u8> {
        let (b, mut c) = self.begin(paper, header, translations, lang, "doc-result-title");
        b.write(&mut c, &service.name_key(), None, 11.0);
        c.gap(3.0);
        b.labelled(
            &mut c,
            "flow-permit-status-reference",
            &checked.reference,
            11.0,
        );
        let when = checked.at.strftime("%d/%m/%Y %H:%M").to_string();
        b.labelled(&mut c, "doc-result-checked", &when, 10.0);
        c.gap(3.0);
        let state = format!("status-permit-status-{}", checked.state.code());
        b.write(&mut c, &state, None, 12.0);
        c.gap(4.0);
        b.write(&mut c, "doc-result-source", None, 9.0);
        let page = crate::agencies::questura::PUBLIC_PAGE;
        c.qr(page, 28.0 * 72.0 / 25.4);
        c.centred(page, 9.0);
        self.foot(&mut c, &b, header);
        c.finish(&format!("result-{}", service.as_str()))
    }

    /// "Continue on the portal": a portal service prepared on paper. What
    /// it is (nothing was sent), the portal's address and its QR code, how
    /// to log in, what to have ready, and each answer under the portal's
    /// own Italian label with the question in the person's language.
    #[allow(clippy::too_many_arguments)]
    pub fn portal_sheet(
        &self,
        header: &Header,
        translations: &Translations,
        lang: &LanguageId,
        service: &ServiceId,
        portal: &Portal,
        form: &Form,
        rows: &[(String, String, String)],
    ) -> Vec<u8> {
        let (b, mut c) = self.begin(Paper::A4, header, translations, lang, "doc-portal-title");
        let service_key = service.name_key();
        c.italian(&b.italian(&service_key, None), 13.0);
        if !b.is_italian() {
            c.paragraph(&b.person(&service_key, None), 10.0);
        }
        c.gap(2.0);
        b.write(&mut c, "doc-portal-nothing-sent", None, 10.0);
        c.rule();
        b.write(&mut c, &portal.name_key(), None, 11.0);
        c.qr(&portal.address, 30.0 * 72.0 / 25.4);
        c.centred(&portal.address, 9.0);
        c.gap(4.0);
        b.write(&mut c, "portal-login-title", None, 10.0);
        for login in &portal.login {
            b.write(&mut c, login.key(), None, 9.0);
        }
        c.gap(4.0);
        b.write(&mut c, "doc-portal-ready", None, 10.0);
        b.write(&mut c, &form.ready_key(), None, 9.0);
        c.rule();
        b.write(&mut c, "doc-portal-answers", None, 10.0);
        c.italian(&form.module, 11.0);
        c.gap(2.0);
        // (the portal's Italian label, the question in the person's
        // language, the answer)
        for (label, question, answer) in rows {
            c.italian(label, 9.0);
            if !b.is_italian() {
                c.paragraph(question, 7.5);
            }
            c.value(answer, 11.0);
            c.gap(3.0);
        }
        self.foot(&mut c, &b, header);
        c.finish(&format!("portal-{}", service.as_str()))
    }

    /// A completed form for signature: every question and answer of the
    /// check page, the question in Italian with the person's language
    /// beneath, then signature and date boxes.
    #[allow(clippy::too_many_arguments)]
    pub fn completed_form(
        &self,
        header: &Header,
        translations: &Translations,
        lang: &LanguageId,
        service: &ServiceId,
        reference: &str,
        sections: &[FormSection],
        signing: &Signing,
    ) -> Vec<u8> {
        let (b, mut c) = self.begin(Paper::A4, header, translations, lang, "doc-form-title");
        let service_key = service.name_key();
        c.italian(&b.italian(&service_key, None), 13.0);
        if !b.is_italian() {
            c.paragraph(&b.person(&service_key, None), 10.0);
        }
        c.centred(reference, 10.0);
        c.rule();
        for section in sections {
            if let Some((italian, person)) = &section.title {
                c.gap(4.0);
                c.italian(italian, 12.0);
                if !b.is_italian() {
                    c.paragraph(person, 9.0);
                }
                c.rule();
            }
            // (question in Italian, question in the person's language, answer)
            for (italian, person, answer) in &section.rows {
                c.italian(italian, 9.0);
                if !b.is_italian() {
                    c.paragraph(person, 7.5);
                }
                c.value(answer, 11.0);
                c.gap(3.0);
            }
        }
        c.gap(8.0);
        b.write(&mut c, &signing.declaration_key, None, 8.0);
        c.gap(4.0);
        c.write_in_box(&b.labels("doc-form-date"), 22.0);
        if signing.signers.is_empty() {
            c.write_in_box(&b.labels("doc-form-signature"), 40.0);
        }
        // One box per adult who signs, with the name written under it.
        for name in &signing.signers {
            c.write_in_box(
                &format!("{} — {name}", b.labels("doc-form-signature")),
                40.0,
            );
        }
        self.foot(&mut c, &b, header);
        c.finish(reference)
    }
}

impl Bilingual<'_> {
    fn labels(&self, key: &str) -> String {
        if self.is_italian() {
            self.italian(key, None)
        } else {
            format!("{} · {}", self.italian(key, None), self.person(key, None))
        }
    }
}

/// A look-up's answer as printed: the number asked, the state the page
/// gave, when it was asked (Italian time).
#[derive(Debug, Clone)]
pub struct Checked {
    pub reference: String,
    pub state: crate::agencies::questura::PermitState,
    pub at: jiff::ZonedDateTime,
}

/// `2026-12-03T09:40` → `03/12/2026 09:40` (as on paper and on screen).
pub fn appointment_time(iso: &str) -> String {
    match iso.parse::<jiff::civil::DateTime>() {
        Ok(t) => t.strftime("%d/%m/%Y %H:%M").to_string(),
        Err(_) => iso.to_owned(),
    }
}

/// `2026-12-03` → `03/12/2026` (as on paper and on screen).
pub fn print_date(iso: &str) -> String {
    match iso.parse::<jiff::civil::Date>() {
        Ok(d) => crate::flows::answer::format_date(d),
        Err(_) => iso.to_owned(),
    }
}

/// One part of a completed form, as on the paper originals: a page of the
/// flow that groups several questions (an address, a household member)
/// gets its heading; single questions follow each other untitled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormSection {
    /// (Italian, person's language).
    pub title: Option<(String, String)>,
    /// (question in Italian, question in the person's language, answer).
    pub rows: Vec<(String, String, String)>,
}

/// The sections of a completed form, from a session's check page. Each
/// item of a repeat group (a household member, a family member) is its
/// own numbered section.
pub fn form_sections(
    session: &crate::flows::Session,
    translations: &Translations,
    lang: &LanguageId,
    places: &crate::places::Places,
    today: jiff::civil::Date,
) -> Vec<FormSection> {
    use crate::flows::Step;
    let italian = LanguageId::reference();
    let flow = session.flow();
    let mut sections: Vec<FormSection> = Vec::new();
    let mut last_step: Option<Step> = None;
    for row in session.summary() {
        let Step::Page { page, item } = row.step.clone() else {
            continue;
        };
        let Some(flow_page) = flow.pages.get(page) else {
            continue;
        };
        if last_step.as_ref() != Some(&row.step) {
            let heading = |l: &LanguageId| {
                let page_title = (flow_page.fields.len() > 1)
                    .then(|| translations.format(l, &flow.page_key(&flow_page.id), None));
                match (item, page_title) {
                    (Some(i), title) => {
                        let n = args([("number", Value::from(i + 1))]);
                        let who = translations.format(l, "doc-item-number", Some(&n));
                        Some(title.map_or(who.clone(), |t| format!("{who} — {t}")))
                    }
                    (None, title) => title,
                }
            };
            let title = heading(&italian).zip(heading(lang));
            if title.is_some() || sections.last().is_none_or(|s| s.title.is_some()) {
                sections.push(FormSection {
                    title,
                    rows: Vec::new(),
                });
            }
            last_step = Some(row.step.clone());
        }
        let key = flow.label_key(&row.field);
        let answer = shown_answer(
            flow,
            &row.field,
            row.answer.as_ref(),
            translations,
            lang,
            places,
            today,
        );
        if let Some(section) = sections.last_mut() {
            section.rows.push((
                translations.format(&italian, &key, None),
                translations.format(lang, &key, None),
                answer,
            ));
        }
    }
    sections
}

/// An answer as a form prints it: choices in Italian with the person's
/// language in brackets, typed values as typed.
#[allow(clippy::too_many_arguments)]
fn shown_answer(
    flow: &crate::flows::Flow,
    field: &str,
    answer: Option<&crate::flows::answer::Answer>,
    translations: &Translations,
    lang: &LanguageId,
    places: &crate::places::Places,
    today: jiff::civil::Date,
) -> String {
    let italian = LanguageId::reference();
    let in_both = |k: &str| {
        let it = translations.format(&italian, k, None);
        if lang == &italian {
            it
        } else {
            format!("{it} ({})", translations.format(lang, k, None))
        }
    };
    match answer {
        None => in_both("doc-not-provided"),
        Some(answer) => answer.shown(flow, field, places, today, in_both),
    }
}

/// The rows of a portal sheet, in the portal's order: the portal's label
/// (with the member's number in a repeat group), the question in the
/// person's language, the answer. Questions the portal does not ask are
/// left out; a field asked for each family member gives one row each.
/// Made from the submission (the session's answers, or the help desk's copy
/// in the outbox), so the desk prints the same sheet the person took.
pub fn portal_rows(
    flow: &crate::flows::Flow,
    submission: &crate::flows::Submission,
    form: &Form,
    translations: &Translations,
    lang: &LanguageId,
    places: &crate::places::Places,
    today: jiff::civil::Date,
) -> Vec<(String, String, String)> {
    let mut rows = Vec::new();
    for field in &form.fields {
        let question = translations.format(lang, &flow.label_key(&field.id), None);
        let mut row = |label: String, answer: &crate::flows::answer::Answer| {
            let shown = shown_answer(
                flow,
                &field.id,
                Some(answer),
                translations,
                lang,
                places,
                today,
            );
            rows.push((label, question.clone(), shown));
        };
        if let Some(answer) = submission.answers.get(&field.id) {
            row(field.label.clone(), answer);
        }
        for items in submission.groups.values() {
            for (i, item) in items.iter().enumerate() {
                if let Some(answer) = item.get(&field.id) {
                    row(format!("{} ({})", field.label, i + 1), answer);
                }
            }
        }
    }
    rows
}
