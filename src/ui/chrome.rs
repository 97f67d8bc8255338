//! What surrounds every page of a session: the bar with "call an
//! operator", text size and contrast; the banners (operator called, print
//! status with "print again"); and the full-screen idle warning.

use iced::widget::{column, container, mouse_area, text};
use iced::{Element, Length};

use crate::i18n::{Value, args};
use crate::ui::layout::Ctx;
use crate::ui::{fonts, theme};

#[derive(Debug, Clone)]
pub enum Message {
    CallOperator,
    TextSize,
    Contrast,
    Reprint,
    IdleContinue,
    /// An assisted session: the operator switches the language, answers kept.
    ChangeLanguage,
}

/// The state of the last print of the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Printing {
    Busy,
    Done,
    /// The printer's problem, as a Fluent key (`printer-paper-out`…).
    Failed(&'static str),
}

pub struct Bar {
    /// An operator is beside the person: the language can change anywhere.
    pub assisted: bool,
    pub largest_text: bool,
    pub high_contrast: bool,
    pub operator_called: bool,
    pub printing: Option<Printing>,
}

pub fn frame<'a, M: Clone + 'a>(
    ctx: Ctx<'a>,
    bar: Bar,
    page: Element<'a, M>,
    lift: fn(Message) -> M,
) -> Element<'a, M> {
    let size_key = if bar.largest_text {
        "bar-text-size-reset"
    } else {
        "bar-text-size"
    };
    let contrast_key = if bar.high_contrast {
        "bar-contrast-normal"
    } else {
        "bar-contrast-high"
    };
    let mut end = Vec::new();
    if bar.assisted {
        end.push(
            ctx.button(
                ctx.t("home-change-language"),
                lift(Message::ChangeLanguage),
                false,
            )
            .into(),
        );
    }
    end.extend([
        ctx.button(ctx.t(size_key), lift(Message::TextSize), false)
            .into(),
        ctx.button(ctx.t(contrast_key), lift(Message::Contrast), false)
            .into(),
        ctx.button(
            ctx.t("bar-call-operator"),
            lift(Message::CallOperator),
            true,
        )
        .into(),
    ]);
    let top = ctx.ends(
        vec![
            text("SerTo")
                .font(fonts::LATIN)
                .size(theme::HEADING_SIZE)
                .color(ctx.palette.primary_dark)
                .into(),
        ],
        end,
    );
    let mut whole = column![container(top).padding([theme::SPACING / 2.0, theme::PAGE_PADDING])];
    if bar.operator_called {
        whole = whole.push(band(&ctx, ctx.t("bar-operator-called"), None, true));
    }
    match bar.printing {
        Some(Printing::Busy) => {
            whole = whole.push(band(&ctx, ctx.t("print-printing"), None, false));
        }
        Some(Printing::Done) => {
            whole = whole.push(band(&ctx, ctx.t("print-done"), None, false));
        }
        Some(Printing::Failed(key)) => {
            let again = ctx.button(ctx.t("print-again"), lift(Message::Reprint), false);
            let message = format!("{} {}", ctx.t("doc-print-failed"), ctx.t(key));
            whole = whole.push(band(&ctx, message, Some(again.into()), true));
        }
        None => {}
    }
    whole.push(container(page).height(Length::Fill)).into()
}

/// A coloured band across the page, with an optional button at its end:
/// red when something needs attention, dark blue when it only informs.
fn band<'a, M: 'a>(
    ctx: &Ctx<'a>,
    message: String,
    action: Option<Element<'a, M>>,
    attention: bool,
) -> Element<'a, M> {
    let (colour, style) = if attention {
        (ctx.palette.on_danger, theme::alarm(ctx.palette))
    } else {
        (ctx.palette.on_primary, theme::notice(ctx.palette))
    };
    let words = container(
        text(message)
            .font(ctx.font)
            .size(ctx.px(theme::TEXT_SIZE))
            .color(colour),
    )
    .width(Length::Fill)
    .align_x(ctx.start());
    let mut row = vec![words.into()];
    row.extend(action);
    container(
        ctx.row(row)
            .spacing(theme::SPACING)
            .align_y(iced::Alignment::Center),
    )
    .padding([theme::SPACING / 2.0, theme::PAGE_PADDING])
    .width(Length::Fill)
    .style(style)
    .into()
}

/// "Are you still there?": full screen, a countdown, one touch anywhere
/// continues.
pub fn idle_warning<'a, M: Clone + 'a>(
    ctx: Ctx<'a>,
    seconds: u64,
    lift: fn(Message) -> M,
) -> Element<'a, M> {
    let light = ctx.palette.background;
    let line = |content: String, size: f32| -> Element<'a, M> {
        container(text(content).font(ctx.font).size(ctx.px(size)).color(light))
            .center_x(Length::Fill)
            .into()
    };
    let content = column![
        line(ctx.t("idle-title"), theme::TITLE_SIZE),
        line(
            ctx.tr
                .format("idle-countdown", &args([("seconds", Value::from(seconds))])),
            theme::HEADING_SIZE
        ),
        container(ctx.button(ctx.t("idle-continue"), lift(Message::IdleContinue), false))
            .center_x(Length::Fill),
    ]
    .spacing(theme::SPACING * 3.0);
    mouse_area(
        container(content)
            .center_y(Length::Fill)
            .width(Length::Fill)
            .style(theme::attract(ctx.palette)),
    )
    .on_press(lift(Message::IdleContinue))
    .into()
}
