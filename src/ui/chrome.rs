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
    /// Whether the help desk confirmed the call (a job's result).
    CallAnswered(bool),
    CancelCall,
    TextSize,
    Contrast,
    Reprint,
    IdleContinue,
    /// An assisted session: the operator switches the language, answers kept.
    ChangeLanguage,
    /// Read the page aloud, or stop reading.
    Listen,
    /// Read every new page aloud without a tap.
    AutoRead,
    /// "Did you get your papers?": back to the page.
    KeepPage,
    /// "Did you get your papers?": finish without them.
    FinishWithoutPapers,
}

/// The listen button's state (shown only when speech works in the
/// session's language).
#[derive(Debug, Clone, Copy)]
pub struct Listen {
    pub speaking: bool,
    pub auto_read: bool,
}

/// An operator call: being sent, confirmed by the help desk, or not
/// sent (the person is asked to go to the desk).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperatorCall {
    Calling,
    Called,
    GoToDesk,
}

/// The state of the last print of the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Printing {
    Busy,
    Done,
    /// The printer's problem, as a Fluent key (`printer-paper-out`…), and
    /// whether the paper is a receipt of a stored request (the operator can
    /// print that one again from the outbox; nothing else is kept).
    Failed {
        problem: &'static str,
        stored: bool,
    },
}

pub struct Bar {
    /// An operator is beside the person: the language can change anywhere.
    pub assisted: bool,
    pub largest_text: bool,
    pub high_contrast: bool,
    pub operator_call: Option<OperatorCall>,
    pub printing: Option<Printing>,
    /// "Did you get your papers?" over the page: the printer's problem.
    pub papers: Option<&'static str>,
    pub listen: Option<Listen>,
}

pub fn frame<'a, M: Clone + 'a>(
    ctx: Ctx<'a>,
    bar: Bar,
    page: Element<'a, M>,
    lift: fn(Message) -> M,
) -> Element<'a, M> {
    let mut start: Vec<Element<'a, M>> = vec![
        text("SerTo")
            .font(fonts::LATIN)
            .size(theme::HEADING_SIZE)
            .color(ctx.palette.primary_dark)
            .into(),
    ];
    if let Some(listen) = bar.listen {
        start.push(listen_button(&ctx, listen, lift));
        let auto_key = if listen.auto_read {
            "bar-auto-read-off"
        } else {
            "bar-auto-read-on"
        };
        start.push(
            ctx.button(ctx.t(auto_key), lift(Message::AutoRead), false)
                .into(),
        );
    }
    let top = ctx.ends(start, bar_end(&ctx, &bar, lift));
    let mut whole = column![container(top).padding([theme::SPACING / 2.0, theme::PAGE_PADDING])];
    if let Some(call) = bar.operator_call {
        let key = match call {
            OperatorCall::Calling => "bar-operator-calling",
            OperatorCall::Called => "bar-operator-called",
            OperatorCall::GoToDesk => "bar-operator-go-to-desk",
        };
        let cancel = ctx.button(
            ctx.t("bar-operator-cancel"),
            lift(Message::CancelCall),
            false,
        );
        whole = whole.push(band(&ctx, ctx.t(key), Some(cancel.into()), true));
    }
    if let Some(printing) = bar.printing {
        whole = whole.push(printing_band(&ctx, printing, lift));
    }
    let whole = whole.push(container(page).height(Length::Fill));
    match bar.papers {
        Some(problem) => iced::widget::stack![whole, papers_dialog(&ctx, problem, lift)].into(),
        None => whole.into(),
    }
}

/// Before "I have finished" wipes the session when a paper did not print:
/// what is missing and why, print it again, or finish without it. Going
/// back to the page stands where the forward button does.
fn papers_dialog<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    problem: &'static str,
    lift: fn(Message) -> M,
) -> Element<'a, M> {
    let content = ctx
        .column(vec![
            ctx.paragraph(ctx.t("papers-title"), theme::HEADING_SIZE - 6.0),
            ctx.paragraph(
                format!("{} {}", ctx.t("papers-not-printed"), ctx.t(problem)),
                theme::TEXT_SIZE,
            ),
            ctx.paragraph(ctx.t("papers-what-now"), theme::TEXT_SIZE),
            ctx.ends(
                vec![
                    ctx.button(
                        ctx.t("papers-finish-anyway"),
                        lift(Message::FinishWithoutPapers),
                        false,
                    )
                    .into(),
                    ctx.button(ctx.t("print-again"), lift(Message::Reprint), false)
                        .into(),
                ],
                vec![
                    ctx.button(ctx.t("papers-back"), lift(Message::KeepPage), true)
                        .into(),
                ],
            )
            .into(),
        ])
        .spacing(theme::SPACING * 1.5)
        .into();
    crate::ui::layout::dialog(ctx, content, 900.0)
}

/// How the last print went; a failed one offers to print again, and says
/// the request is kept only for a stored request's receipt.
fn printing_band<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    printing: Printing,
    lift: fn(Message) -> M,
) -> Element<'a, M> {
    match printing {
        Printing::Busy => band(ctx, ctx.t("print-printing"), None, false),
        Printing::Done => band(ctx, ctx.t("print-done"), None, false),
        Printing::Failed { problem, stored } => {
            let again = ctx.button(ctx.t("print-again"), lift(Message::Reprint), false);
            let failed = if stored {
                "doc-print-failed"
            } else {
                "doc-print-failed-not-kept"
            };
            let message = format!("{} {}", ctx.t(failed), ctx.t(problem));
            band(ctx, message, Some(again.into()), true)
        }
    }
}

/// The bar's end: change language (assisted), text size, contrast, call
/// an operator.
fn bar_end<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    bar: &Bar,
    lift: fn(Message) -> M,
) -> Vec<Element<'a, M>> {
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
    end
}

/// The listen button: the speaker pictogram and "Listen" (or "Stop"),
/// in the same place on every page, mirrored in right-to-left languages.
fn listen_button<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    listen: Listen,
    lift: fn(Message) -> M,
) -> Element<'a, M> {
    let label = ctx.t(if listen.speaking {
        "bar-listen-stop"
    } else {
        "bar-listen"
    });
    let colour = if listen.speaking {
        ctx.palette.on_primary
    } else {
        ctx.palette.primary_dark
    };
    let size = ctx.px(theme::TEXT_SIZE) * 1.6;
    let icon = iced::widget::canvas(SpeakerIcon {
        colour,
        mirrored: ctx.direction == crate::i18n::Direction::Rtl,
        waves: !listen.speaking,
    })
    .width(size)
    .height(size);
    let content = ctx
        .row(vec![
            icon.into(),
            text(label)
                .font(ctx.font)
                .line_height(ctx.line_height())
                .size(ctx.px(theme::TEXT_SIZE))
                .into(),
        ])
        .spacing(theme::SPACING / 2.0)
        .align_y(iced::Alignment::Center);
    iced::widget::button(iced::widget::container(content).center_y(Length::Fill))
        .on_press(lift(Message::Listen))
        .height(theme::TAP_TARGET)
        .padding([0.0, theme::SPACING * 1.5])
        .style(if listen.speaking {
            theme::primary(ctx.palette)
        } else {
            theme::secondary(ctx.palette)
        })
        .into()
}

/// A loudspeaker drawn as shapes (the kiosk's fonts have no such glyph):
/// the box and cone, and two sound waves while it is silent (while it
/// speaks the button says "Stop" and the waves would be noise).
#[derive(Debug, Clone, Copy)]
struct SpeakerIcon {
    colour: iced::Color,
    mirrored: bool,
    waves: bool,
}

impl<M> iced::widget::canvas::Program<M> for SpeakerIcon {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &iced::Renderer,
        _theme: &iced::Theme,
        bounds: iced::Rectangle,
        _cursor: iced::mouse::Cursor,
    ) -> Vec<iced::widget::canvas::Geometry> {
        use iced::widget::canvas::{Frame, Path, Stroke};
        use iced::{Point, Radians};
        let mut frame = Frame::new(renderer, bounds.size());
        let s = bounds.width.min(bounds.height);
        // x in the reading direction: mirrored on right-to-left pages.
        let x = |f: f32| if self.mirrored { s * (1.0 - f) } else { s * f };
        let p = |fx: f32, fy: f32| Point::new(x(fx), s * fy);
        let body = Path::new(|b| {
            b.move_to(p(0.08, 0.36));
            b.line_to(p(0.30, 0.36));
            b.line_to(p(0.56, 0.12));
            b.line_to(p(0.56, 0.88));
            b.line_to(p(0.30, 0.64));
            b.line_to(p(0.08, 0.64));
            b.close();
        });
        frame.fill(&body, self.colour);
        if self.waves {
            let stroke = Stroke::default()
                .with_color(self.colour)
                .with_width((s * 0.08).max(1.5));
            for radius in [0.16, 0.30] {
                let (start, end) = if self.mirrored {
                    (
                        Radians(std::f32::consts::PI * 0.75),
                        Radians(std::f32::consts::PI * 1.25),
                    )
                } else {
                    (
                        Radians(-std::f32::consts::PI * 0.25),
                        Radians(std::f32::consts::PI * 0.25),
                    )
                };
                let wave = Path::new(|b| {
                    b.arc(iced::widget::canvas::path::Arc {
                        center: p(0.60, 0.5),
                        radius: s * radius,
                        start_angle: start,
                        end_angle: end,
                    });
                });
                frame.stroke(&wave, stroke);
            }
        }
        vec![frame.into_geometry()]
    }
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
            .line_height(ctx.line_height())
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
        container(
            text(content)
                .font(ctx.font)
                .line_height(ctx.line_height())
                .size(ctx.px(size))
                .color(light),
        )
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

/// The hidden corner over a page (top left, inside the page margin so it
/// covers no button): held for three seconds, it opens the PIN pad.
pub fn with_corner<'a, M: Clone + 'a>(content: Element<'a, M>, down: M, up: M) -> Element<'a, M> {
    iced::widget::stack![
        content,
        mouse_area(
            iced::widget::Space::new()
                .width(theme::SPACING * 1.75)
                .height(theme::SPACING * 1.75)
        )
        .on_press(down)
        .on_release(up)
    ]
    .into()
}

/// Training: a ribbon on every screen says nothing is real.
pub fn training_ribbon<'a, M: 'a>(ctx: Ctx<'a>, content: Element<'a, M>) -> Element<'a, M> {
    column![
        container(
            text(ctx.t("training-ribbon"))
                .font(ctx.font)
                .line_height(ctx.line_height())
                .size(theme::SMALL_TEXT_SIZE)
                .color(ctx.palette.on_danger)
        )
        .center_x(Length::Fill)
        .padding([theme::SPACING / 4.0, theme::PAGE_PADDING])
        .style(theme::alarm(ctx.palette)),
        content
    ]
    .into()
}
