//! After the check page: the wait (never frozen: the seconds move, and
//! there is always a way on), the confirmation of an application, the
//! answer of a look-up, or what to do when the office did not answer.

use std::time::Instant;

use iced::widget::{column, container};
use iced::{Element, Length};

use super::{Message, Paying, State, Unanswered};
use crate::agencies::Reply;
use crate::agencies::contract::Appointment;
use crate::desk::Doc;
use crate::desk::Outcome;
use crate::i18n::{Value, args};
use crate::ui::layout::{self, Ctx};
use crate::ui::theme;

/// How long before "do not wait" is offered for a stored application.
const PATIENCE_SECONDS: u64 = 3;

fn page<'a>(
    ctx: &Ctx<'a>,
    content: Vec<Element<'a, Message>>,
    start: Vec<Element<'a, Message>>,
    end: Vec<Element<'a, Message>>,
) -> Element<'a, Message> {
    column![
        crate::ui::layout::scroll(
            ctx.column(content)
                .spacing(theme::SPACING * 1.5)
                .padding([theme::SPACING, theme::PAGE_PADDING])
        )
        .height(Length::Fill),
        super::page::foot(ctx, start, end),
    ]
    .into()
}

pub fn waiting<'a>(
    ctx: Ctx<'a>,
    state: &'a State,
    application: bool,
    since: Instant,
    stored: bool,
) -> Element<'a, Message> {
    let seconds = state.now.saturating_duration_since(since).as_secs();
    let title = if application {
        "sending-title"
    } else {
        "asking-title"
    };
    let mut content = vec![
        ctx.paragraph(ctx.t(&state.service.name_key()), theme::TEXT_SIZE),
        ctx.paragraph(ctx.t(title), theme::HEADING_SIZE),
        ctx.paragraph(
            ctx.tr.format(
                "sending-elapsed",
                &args([("seconds", Value::from(seconds))]),
            ),
            theme::TEXT_SIZE,
        ),
    ];
    let mut end = Vec::new();
    if application && stored {
        content.push(ctx.paragraph(ctx.t("sending-saved"), theme::TEXT_SIZE));
        if seconds >= PATIENCE_SECONDS {
            end.push(
                ctx.button(ctx.t("sending-continue"), Message::StopWaiting, true)
                    .into(),
            );
        }
    }
    if !application {
        end.push(
            ctx.button(ctx.t("asking-cancel"), Message::StopWaiting, false)
                .into(),
        );
    }
    page(&ctx, content, Vec::new(), end)
}

fn print_buttons<'a>(ctx: &Ctx<'a>, state: &'a State) -> Element<'a, Message> {
    let buttons = state
        .documents()
        .into_iter()
        .map(|doc| {
            ctx.button(ctx.t(doc.label_key()), Message::Print(doc), false)
                .into()
        })
        .collect();
    ctx.row(buttons).spacing(theme::SPACING).into()
}

fn finish_buttons<'a>(ctx: &Ctx<'a>) -> Vec<Element<'a, Message>> {
    vec![
        ctx.button(ctx.t("confirm-home"), Message::Home, false)
            .into(),
        ctx.button(ctx.t("confirm-finish"), Message::Finish, true)
            .into(),
    ]
}

fn appointment<'a>(
    ctx: &Ctx<'a>,
    appointment: &'a Appointment,
    label: &str,
) -> Element<'a, Message> {
    let when = crate::documents::appointment_time(&appointment.starts_at);
    let mut lines = vec![
        ctx.paragraph(ctx.t(label), theme::TEXT_SIZE),
        layout::latin_value(
            ctx,
            format!("{when} — {}", appointment.place),
            theme::TEXT_SIZE + 4.0,
        ),
    ];
    if let Some(code) = &appointment.booking_code {
        lines.push(ctx.paragraph(ctx.t("doc-booking-code"), theme::SMALL_TEXT_SIZE));
        lines.push(layout::latin_value(
            ctx,
            code.clone(),
            theme::TEXT_SIZE + 4.0,
        ));
    }
    container(ctx.column(lines).spacing(theme::SPACING / 2.0))
        .padding(theme::SPACING)
        .width(Length::Fill)
        .style(theme::section(ctx.palette))
        .into()
}

/// What the person is told of an agency's refusal: its own message when
/// the code is known.
pub(super) fn refusal_key(code: Option<&str>) -> String {
    match code {
        Some(code) if crate::agencies::contract::KNOWN_PROBLEMS.contains(&code) => {
            format!("agency-problem-{code}")
        }
        _ => "agency-problem-other".to_owned(),
    }
}

/// The confirmation of a stored application (or its refusal).
pub fn done<'a>(
    ctx: Ctx<'a>,
    state: &'a State,
    reference: &'a str,
    outcome: &'a Outcome,
) -> Element<'a, Message> {
    if let Outcome::Refused { code } = outcome {
        return refused(ctx, state, code.as_deref());
    }
    let (title, status) = state.said(&ctx).unwrap_or_default();
    let mut content = vec![
        ctx.paragraph(ctx.t(&state.service.name_key()), theme::TEXT_SIZE),
        ctx.paragraph(title, theme::HEADING_SIZE),
        ctx.paragraph(ctx.t("confirm-reference"), theme::TEXT_SIZE),
        layout::latin_value(&ctx, reference.to_owned(), theme::TITLE_SIZE * 0.75),
        ctx.paragraph(ctx.t("confirm-keep"), theme::TEXT_SIZE),
        ctx.paragraph(status, theme::TEXT_SIZE),
        // The papers first: in sight without scrolling.
        print_buttons(&ctx, state),
    ];
    // The ticket and its pay-now code before the appointment: the code is
    // what a phone needs while the person is still here.
    if let Some(paying) = state.paying() {
        content.push(ticket(&ctx, paying));
    }
    if let Outcome::Sent(receipt) = outcome
        && let Some(a) = &receipt.appointment
    {
        content.push(appointment(&ctx, a, "doc-appointment"));
    }
    let next = state.service.flow_key("what_next");
    if ctx.tr.has(&next) {
        content.push(ctx.paragraph(ctx.t("doc-next"), theme::TEXT_SIZE + 2.0));
        content.push(ctx.paragraph(ctx.t(&next), theme::TEXT_SIZE));
    }
    page(&ctx, content, Vec::new(), finish_buttons(&ctx))
}

/// The agency refused the application: why, and "Change" back to the
/// check page with everything kept.
fn refused<'a>(ctx: Ctx<'a>, state: &'a State, code: Option<&str>) -> Element<'a, Message> {
    let content = vec![
        ctx.paragraph(ctx.t(&state.service.name_key()), theme::TEXT_SIZE),
        ctx.paragraph(ctx.t("result-refused"), theme::HEADING_SIZE),
        ctx.paragraph(ctx.t(&refusal_key(code)), theme::TEXT_SIZE + 2.0),
    ];
    correctable(&ctx, content)
}

/// A page with no answer: "Change" back to the check page, or finish.
fn correctable<'a>(ctx: &Ctx<'a>, content: Vec<Element<'a, Message>>) -> Element<'a, Message> {
    page(
        ctx,
        content,
        vec![
            ctx.button(ctx.t("check-change"), Message::Correct, true)
                .into(),
        ],
        finish_buttons(ctx),
    )
}

/// The answer of a look-up: a status in the person's language, or an
/// item's card.
pub fn answered<'a>(ctx: Ctx<'a>, state: &'a State, reply: &'a Reply) -> Element<'a, Message> {
    let (title, status) = state.said(&ctx).unwrap_or_default();
    let mut content = vec![
        ctx.paragraph(ctx.t(&state.service.name_key()), theme::TEXT_SIZE),
        ctx.paragraph(title, theme::HEADING_SIZE),
        ctx.paragraph(status, theme::TEXT_SIZE),
    ];
    match reply {
        Reply::Permit(permit) => {
            content.push(ctx.paragraph(
                ctx.t(&format!("status-permit-status-{}", permit.code())),
                theme::HEADING_SIZE - 4.0,
            ));
        }
        Reply::Item(sheet) => {
            content.push(layout::latin_value(
                &ctx,
                sheet.title.clone(),
                theme::HEADING_SIZE - 6.0,
            ));
            for (code, value) in &sheet.details {
                content.push(ctx.paragraph(ctx.t(&format!("item-{code}")), theme::SMALL_TEXT_SIZE));
                content.push(layout::latin_value(&ctx, value.clone(), theme::TEXT_SIZE));
            }
        }
        Reply::Accepted(_) => {}
    }
    content.push(print_buttons(&ctx, state));
    page(
        &ctx,
        content,
        vec![
            ctx.button(ctx.t("wizard-back"), Message::Correct, false)
                .into(),
        ],
        finish_buttons(&ctx),
    )
}

/// The title of a page without an answer, by why: nothing found with
/// these data, the office refused, or no answer at all (an outage) — three
/// different things for the person to do.
pub(super) fn unanswered_title(key: &str) -> &'static str {
    match key {
        "agency-problem-no-such-reference" => "result-not-found",
        k if k.starts_with("agency-problem-") => "result-refused",
        _ => "result-not-answered",
    }
}

/// The office did not answer (or refused the look-up): what to do now.
pub fn unanswered<'a>(
    ctx: Ctx<'a>,
    state: &'a State,
    unanswered: &'a Unanswered,
) -> Element<'a, Message> {
    let mut content = vec![
        ctx.paragraph(ctx.t(&state.service.name_key()), theme::TEXT_SIZE),
        ctx.paragraph(
            ctx.t(unanswered_title(&unanswered.key)),
            theme::HEADING_SIZE,
        ),
        ctx.paragraph(ctx.t(&unanswered.key), theme::TEXT_SIZE + 2.0),
    ];
    if let (Some(page), Some(code)) = (unanswered.page, &unanswered.code) {
        // The page to open on a phone: its code and its address.
        content.push(
            ctx.row(vec![
                crate::ui::qr::view(code, 240.0),
                layout::latin_value(&ctx, page.to_owned(), theme::TEXT_SIZE),
            ])
            .spacing(theme::SPACING)
            .align_y(iced::Alignment::Center)
            .into(),
        );
    }
    if state.documents().contains(&Doc::WhereToCheck) {
        content.push(ctx.paragraph(ctx.t("agency-where-else"), theme::TEXT_SIZE));
    }
    content.push(print_buttons(&ctx, state));
    correctable(&ctx, content)
}

/// A portal service prepared on paper: nothing was sent. The portal's
/// address (and its QR code), how to get in, and the person's choice to
/// hand the answers to the help desk.
pub fn prepared<'a>(
    ctx: Ctx<'a>,
    state: &'a State,
    code: Option<&crate::ui::qr::Code>,
    keep_days: u64,
) -> Element<'a, Message> {
    let (title, status) = state.said(&ctx).unwrap_or_default();
    let mut content = vec![
        ctx.paragraph(ctx.t(&state.service.name_key()), theme::TEXT_SIZE),
        ctx.paragraph(title, theme::HEADING_SIZE),
        ctx.paragraph(status, theme::TEXT_SIZE + 2.0),
    ];
    if let Some(portal) = &state.portal {
        content.push(ctx.paragraph(ctx.t(&portal.name_key()), theme::TEXT_SIZE));
        let mut address = vec![layout::latin_value(
            &ctx,
            portal.address.clone(),
            theme::TEXT_SIZE,
        )];
        if let Some(code) = code {
            address.insert(0, crate::ui::qr::view(code, 240.0));
        }
        content.push(
            ctx.row(address)
                .spacing(theme::SPACING)
                .align_y(iced::Alignment::Center)
                .into(),
        );
        content.push(ctx.paragraph(ctx.t("portal-login-title"), theme::TEXT_SIZE + 2.0));
        for login in &portal.login {
            content.push(ctx.paragraph(ctx.t(login.key()), theme::TEXT_SIZE));
        }
    }
    content.push(ctx.paragraph(hand_off_note(&ctx, keep_days), theme::TEXT_SIZE));
    content.push(print_buttons(&ctx, state));
    // Always in sight, on the bar at the bottom: the person's choice.
    let hand_off = ctx
        .button(ctx.t("portal-hand-off"), Message::HandOff, true)
        .into();
    page(&ctx, content, vec![hand_off], finish_buttons(&ctx))
}

/// What handing the answers to the desk means, with how long they are kept.
pub(super) fn hand_off_note(ctx: &Ctx<'_>, keep_days: u64) -> String {
    ctx.tr.format(
        "portal-hand-off-note",
        &args([("days", Value::from(keep_days))]),
    )
}

/// Who is paid and the notice's code (in groups of four), as on the
/// notice.
fn notice_lines<'a>(
    ctx: &Ctx<'a>,
    notice: &crate::agencies::contract::PaymentNotice,
) -> Vec<Element<'a, Message>> {
    let number = crate::validate::pagopa::NoticeNumber::parse(&notice.notice_number)
        .map_or_else(|_| notice.notice_number.clone(), |n| n.grouped());
    vec![
        ctx.paragraph(ctx.t("doc-payment-creditor"), theme::SMALL_TEXT_SIZE),
        layout::latin_value(ctx, notice.creditor_name.clone(), theme::TEXT_SIZE),
        ctx.paragraph(ctx.t("doc-payment-notice-number"), theme::SMALL_TEXT_SIZE),
        layout::latin_value(ctx, number, theme::TEXT_SIZE + 4.0),
    ]
}

/// The ticket as pagoPA holds it now: amount, due date, what it is for and
/// its state; the pay-now page as a QR code when it can be paid; or why it
/// could not be checked (then nothing of it is printed).
fn ticket<'a>(ctx: &Ctx<'a>, paying: &'a Paying) -> Element<'a, Message> {
    let mut lines = vec![ctx.paragraph(ctx.t("pagopa-title"), theme::TEXT_SIZE + 2.0)];
    match paying {
        Paying::Checking => lines.push(ctx.paragraph(ctx.t("pagopa-checking"), theme::TEXT_SIZE)),
        Paying::Failed(key) => lines.push(ctx.paragraph(ctx.t(key), theme::TEXT_SIZE)),
        Paying::Verified { payment, code } => {
            let v = &payment.verified;
            lines.push(ctx.paragraph(ctx.t(v.state.message_key()), theme::TEXT_SIZE));
            lines.push(ctx.paragraph(ctx.t("pagopa-amount"), theme::SMALL_TEXT_SIZE));
            lines.push(layout::latin_value(
                ctx,
                super::euros(v.amount_cents),
                theme::TEXT_SIZE + 4.0,
            ));
            if let Some(due) = &v.due_date {
                lines.push(ctx.paragraph(ctx.t("pagopa-due"), theme::SMALL_TEXT_SIZE));
                lines.push(layout::latin_value(
                    ctx,
                    crate::documents::print_date(due),
                    theme::TEXT_SIZE,
                ));
            }
            lines.push(layout::latin_value(
                ctx,
                v.description.clone(),
                theme::TEXT_SIZE,
            ));
            lines.extend(notice_lines(ctx, &payment.notice));
            if let Some(code) = code {
                // The pay-now code beside what it pays.
                lines.push(ctx.paragraph(ctx.t("pagopa-pay-now"), theme::TEXT_SIZE));
                let text = ctx
                    .column(std::mem::take(&mut lines))
                    .spacing(theme::SPACING / 2.0);
                let row = ctx
                    .row(vec![
                        container(text).width(Length::Fill).into(),
                        crate::ui::qr::view(code, 220.0),
                    ])
                    .spacing(theme::SPACING)
                    .align_y(iced::Alignment::Center);
                return container(row)
                    .padding(theme::SPACING)
                    .width(Length::Fill)
                    .style(theme::section(ctx.palette))
                    .into();
            }
        }
    }
    container(ctx.column(lines).spacing(theme::SPACING / 2.0))
        .padding(theme::SPACING)
        .width(Length::Fill)
        .style(theme::section(ctx.palette))
        .into()
}
