//! The hand-offs tab: applications prepared for a portal that people asked
//! the help desk to finish with them. The list shows no personal data
//! (reference, service, state, age); "Open" shows one's answers under the
//! portal's Italian labels, to copy into the portal with the person, and
//! prints their sheet again. The answers go when the tab closes, and from
//! the outbox after its retention period.

use iced::widget::container;
use iced::{Element, Length};

use super::{Message, cell, line, small};
use crate::catalogue::ServiceId;
use crate::desk::HandOff;
use crate::i18n::{Value, args};
use crate::outbox::Entry;
use crate::ui::layout::Ctx;
use crate::ui::theme;

pub fn view<'a>(
    ctx: &Ctx<'a>,
    list: &'a [Entry],
    opened: Option<&'a HandOff>,
    now: jiff::Timestamp,
) -> Element<'a, Message> {
    if list.is_empty() {
        return line(ctx, ctx.t("hand-offs-empty"), theme::TEXT_SIZE);
    }
    let mut rows = ctx
        .column(vec![
            ctx.row(vec![
                cell(ctx, ctx.t("outbox-reference"), 3),
                cell(ctx, ctx.t("outbox-service"), 4),
                cell(ctx, ctx.t("outbox-state"), 3),
                cell(ctx, ctx.t("outbox-age"), 2),
                cell(ctx, String::new(), 3),
            ])
            .into(),
        ])
        .spacing(theme::SPACING / 2.0);
    for entry in list {
        let is_open = opened.is_some_and(|h| h.reference == entry.reference);
        rows = rows.push(row(ctx, entry, now, is_open));
        if let Some(h) = opened.filter(|_| is_open) {
            rows = rows.push(answers(ctx, h));
        }
    }
    rows.into()
}

fn row<'a>(
    ctx: &Ctx<'a>,
    entry: &'a Entry,
    now: jiff::Timestamp,
    is_open: bool,
) -> Element<'a, Message> {
    let minutes = now.duration_since(entry.created_at).as_secs().max(0) / 60;
    let age = ctx
        .tr
        .format("outbox-minutes", &args([("minutes", Value::from(minutes))]));
    let service = ServiceId::from(entry.service.as_str());
    let button = if is_open {
        small(ctx, ctx.t("hand-off-close"), Message::CloseHandOff, false)
    } else {
        small(
            ctx,
            ctx.t("hand-off-open"),
            Message::OpenHandOff(entry.reference.clone()),
            true,
        )
    };
    ctx.row(vec![
        cell(ctx, entry.reference.clone(), 3),
        cell(ctx, ctx.t(&service.name_key()), 4),
        cell(
            ctx,
            ctx.t(&format!("outbox-state-{}", entry.state.as_str())),
            3,
        ),
        cell(ctx, age, 2),
        container(button)
            .width(Length::FillPortion(3))
            .align_x(ctx.start())
            .into(),
    ])
    .align_y(iced::Alignment::Center)
    .into()
}

/// The opened hand-off: each answer under the portal's label.
fn answers<'a>(ctx: &Ctx<'a>, h: &'a HandOff) -> Element<'a, Message> {
    let mut lines = ctx
        .column(vec![line(ctx, ctx.t("hand-off-answers"), theme::TEXT_SIZE)])
        .spacing(theme::SPACING / 4.0);
    for (label, answer) in &h.rows {
        lines = lines.push(ctx.row(vec![
            cell(ctx, label.clone(), 2),
            cell(ctx, answer.clone(), 3),
        ]));
    }
    lines = lines.push(small(
        ctx,
        ctx.t("print-portal"),
        Message::PrintHandOff,
        false,
    ));
    container(lines)
        .padding(theme::SPACING / 2.0)
        .width(Length::Fill)
        .style(theme::section(ctx.palette))
        .into()
}
