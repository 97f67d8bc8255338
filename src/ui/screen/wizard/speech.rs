//! What the listen button reads on a wizard page: the same Fluent strings
//! the page shows, in the order it shows them (`page.rs`, `outcome.rs`).
//! Codes are spelled in groups. What the person typed or chose, and the
//! confirmation's reference, are read only when the sound goes to
//! headphones (`private`): a loudspeaker at a public counter is heard by
//! the whole queue.

use super::{Offers, Phase, State, page};
use crate::Library;
use crate::agencies::Reply;
use crate::agencies::contract::Appointment;
use crate::desk::Outcome;
use crate::flows::session::Step;
use crate::flows::{Field, FieldKind};
use crate::i18n::{Value, args};
use crate::speech::script;
use crate::ui::layout::Ctx;

/// The lines of the page now on screen.
pub fn lines(ctx: &Ctx<'_>, state: &State, library: &Library, private: bool) -> Vec<String> {
    if state.leaving {
        // The "Leave?" dialog over the page.
        return vec![
            ctx.t("wizard-leave-question"),
            ctx.t("wizard-leave-no"),
            ctx.t("wizard-leave-yes"),
        ];
    }
    let mut out = vec![ctx.t(&state.service.name_key())];
    match &state.phase {
        Phase::Asking => match state.session.current().clone() {
            Step::Page { page, item } => question(ctx, state, page, item, private, &mut out),
            Step::AddAnother { group } => {
                out.push(ctx.t(&state.flow().add_another_key(&group)));
                out.push(ctx.t("wizard-add-another-yes"));
                out.push(ctx.t("wizard-add-another-no"));
            }
            Step::Check => check(ctx, state, library, private, &mut out),
        },
        Phase::Storing { .. } | Phase::Delivering { .. } => out.push(ctx.t("sending-title")),
        Phase::LookingUp { .. } => out.push(ctx.t("asking-title")),
        Phase::Done { reference, outcome } => {
            done(ctx, state, reference, outcome, private, &mut out)
        }
        Phase::Answered(reply) => answered(ctx, state, reply, &mut out),
        Phase::Unanswered(unanswered) => {
            out.push(ctx.t(super::outcome::unanswered_title(&unanswered.key)));
            out.push(ctx.t(&unanswered.key));
        }
        Phase::Prepared { keep_days, .. } => prepared(ctx, state, *keep_days, &mut out),
    }
    out
}

fn prepared(ctx: &Ctx<'_>, state: &State, keep_days: u64, out: &mut Vec<String>) {
    let (title, status) = state.said(ctx).unwrap_or_default();
    out.push(title);
    out.push(status);
    if let Some(portal) = &state.portal {
        out.push(ctx.t(&portal.name_key()));
        out.push(ctx.t("portal-login-title"));
        out.extend(portal.login.iter().map(|l| ctx.t(l.key())));
    }
    out.push(super::outcome::hand_off_note(ctx, keep_days));
    out.push(ctx.t("portal-hand-off"));
}

/// A value as a listener can follow it: codes spelled.
fn said(value: &str) -> String {
    if script::is_code(value) {
        script::spell(value)
    } else {
        value.to_owned()
    }
}

fn errors(ctx: &Ctx<'_>, state: &State, out: &mut Vec<String>) {
    if state.errors.is_empty() {
        return;
    }
    out.push(ctx.t("error-summary-title"));
    for error in &state.errors {
        out.push(ctx.tr.format(
            "error-summary-item",
            &args([
                (
                    "field",
                    Value::from(ctx.t(&state.flow().label_key(&error.field))),
                ),
                (
                    "problem",
                    Value::from(page::problem_text(ctx, &error.problem)),
                ),
            ]),
        ));
    }
}

fn question(
    ctx: &Ctx<'_>,
    state: &State,
    page: usize,
    item: Option<usize>,
    private: bool,
    out: &mut Vec<String>,
) {
    let flow = state.flow();
    let Some(flow_page) = flow.pages.get(page) else {
        return;
    };
    errors(ctx, state, out);
    if let Some(i) = item {
        out.push(
            ctx.tr
                .format("wizard-person", &args([("number", Value::from(i + 1))])),
        );
    }
    let fields = state.session.visible_fields(page, item);
    if fields.len() > 1 {
        out.push(ctx.t(&flow.page_key(&flow_page.id)));
    }
    for field in fields {
        out.push(ctx.t(&flow.label_key(&field.id)));
        if field.kind == FieldKind::Note {
            continue;
        }
        if !field.required {
            out.push(ctx.t("wizard-optional"));
        }
        if field.hint {
            out.push(ctx.t(&flow.hint_key(&field.id)));
        }
        answers(ctx, state, field, private, out);
    }
}

/// What can be answered: the options, the agency's offers, or (into
/// headphones only) what was typed.
fn answers(ctx: &Ctx<'_>, state: &State, field: &Field, private: bool, out: &mut Vec<String>) {
    let flow = state.flow();
    let value = state.inputs.get(&field.id).map_or("", String::as_str);
    match field.kind {
        FieldKind::Choice => {
            for option in &field.options {
                out.push(ctx.t(&flow.option_key(&field.id, option)));
            }
        }
        FieldKind::YesNo => {
            out.push(ctx.t("wizard-yes"));
            out.push(ctx.t("wizard-no"));
        }
        FieldKind::AgencyChoice => match state.offers.get(&field.id) {
            None | Some(Offers::Loading) => out.push(ctx.t("wizard-asking")),
            Some(Offers::Failed(key)) => out.push(ctx.t(key)),
            Some(Offers::Ready) => {
                let offers = state.session.offers(&field.id);
                if offers.is_empty() {
                    out.push(ctx.t(&flow.message_key(&format!("{}-none", field.id))));
                }
                out.extend(offers.iter().map(|o| o.label.clone()));
            }
        },
        _ if private && !value.is_empty() => out.push(said(value)),
        _ => {}
    }
}

fn check(ctx: &Ctx<'_>, state: &State, library: &Library, private: bool, out: &mut Vec<String>) {
    let flow = state.flow();
    let today = state.session.today();
    errors(ctx, state, out);
    out.push(ctx.t("check-title"));
    out.push(ctx.t("check-hint"));
    for row in state.session.summary() {
        out.push(ctx.t(&flow.label_key(&row.field)));
        if private {
            out.push(match &row.answer {
                None => ctx.t("check-not-provided"),
                Some(a) => said(&a.shown(flow, &row.field, &library.places, today, |k| ctx.t(k))),
            });
        }
    }
    out.push(ctx.t(state.send_key()));
}

fn appointment(ctx: &Ctx<'_>, appointment: &Appointment, label: &str, out: &mut Vec<String>) {
    out.push(ctx.t(label));
    out.push(format!(
        "{}, {}",
        crate::documents::appointment_time(&appointment.starts_at),
        appointment.place
    ));
    if let Some(code) = &appointment.booking_code {
        out.push(ctx.t("doc-booking-code"));
        out.push(script::spell(code));
    }
}

fn done(
    ctx: &Ctx<'_>,
    state: &State,
    reference: &str,
    outcome: &Outcome,
    private: bool,
    out: &mut Vec<String>,
) {
    if let Outcome::Refused { code } = outcome {
        out.push(ctx.t("result-refused"));
        out.push(ctx.t(&super::outcome::refusal_key(code.as_deref())));
        return;
    }
    let (title, status) = state.said(ctx).unwrap_or_default();
    out.push(title);
    if private {
        out.push(ctx.t("confirm-reference"));
        out.push(script::spell(reference));
    } else {
        out.push(ctx.t("speech-reference-not-read"));
    }
    out.push(ctx.t("confirm-keep"));
    out.push(status);
    if let Outcome::Sent(receipt) = outcome
        && let Some(a) = &receipt.appointment
    {
        appointment(ctx, a, "doc-appointment", out);
    }
    match state.paying() {
        Some(super::Paying::Checking) => out.push(ctx.t("pagopa-checking")),
        Some(super::Paying::Failed(key)) => out.push(ctx.t(key)),
        Some(super::Paying::Verified { payment, code }) => {
            let v = &payment.verified;
            out.push(ctx.t("pagopa-title"));
            out.push(ctx.t(v.state.message_key()));
            out.push(ctx.t("pagopa-amount"));
            out.push(super::euros(v.amount_cents));
            if code.is_some() {
                out.push(ctx.t("pagopa-pay-now"));
            }
        }
        None => {}
    }
    let next = state.service.flow_key("what_next");
    if ctx.tr.has(&next) {
        out.push(ctx.t("doc-next"));
        out.push(ctx.t(&next));
    }
}

fn answered(ctx: &Ctx<'_>, state: &State, reply: &Reply, out: &mut Vec<String>) {
    let (title, status) = state.said(ctx).unwrap_or_default();
    out.push(title);
    out.push(status);
    match reply {
        Reply::Permit(permit) => {
            out.push(ctx.t(&format!("status-permit-status-{}", permit.code())));
        }
        Reply::Item(sheet) => {
            out.push(sheet.title.clone());
            for (code, value) in &sheet.details {
                out.push(ctx.t(&format!("item-{code}")));
                out.push(said(value));
            }
        }
        Reply::Accepted(_) => {}
    }
}
