//! Service introduction: what the service does, what you need, what it
//! costs, where and when (GOV.UK's start page), with "print this info" and
//! "start". The questions that follow come from the service's flow file.

use iced::widget::{column, container};
use iced::{Element, Length};

use crate::catalogue::{Service, ServiceId};
use crate::desk::{Doc, Printable};
use crate::i18n::{Value, args};
use crate::ui::contract::{Action, Env, To};
use crate::ui::layout::Ctx;
use crate::ui::theme;

#[derive(Debug, Clone)]
pub enum Message {
    Back,
    Start,
    Print,
}

/// The service introduced.
#[derive(Debug)]
pub struct State {
    pub id: ServiceId,
}

impl State {
    pub fn update(&mut self, message: Message, env: &Env<'_>) -> Action<Message> {
        match message {
            Message::Back => Action::Navigate(To::Home(
                env.library
                    .catalogue
                    .service(self.id.as_str())
                    .map(|s| s.category.clone()),
            )),
            Message::Print => Action::Print(
                Doc::Info,
                Printable::Info {
                    service: self.id.clone(),
                },
            ),
            Message::Start => Action::Navigate(To::Questions(self.id.clone())),
        }
    }

    /// Which page is shown, for the voice.
    pub fn page(&self) -> String {
        format!("service:{}", self.id.as_str())
    }
}

/// `can_start`: the service's flow loaded (a broken one is disabled).
pub fn view<'a>(ctx: Ctx<'a>, service: &'a Service, can_start: bool) -> Element<'a, Message> {
    let category = ctx.t(&service.category.name_key());
    let section = |heading: &str, body: String| -> Element<'a, Message> {
        container(
            ctx.column(vec![
                ctx.paragraph(ctx.t(heading), theme::TEXT_SIZE + 2.0),
                ctx.paragraph(body, theme::TEXT_SIZE),
            ])
            .spacing(theme::SPACING / 2.0),
        )
        .padding(theme::SPACING)
        .width(Length::Fill)
        .style(theme::section(ctx.palette))
        .into()
    };
    let body = vec![
        ctx.paragraph(
            ctx.tr.format(
                "service-category",
                &args([("category", Value::from(category))]),
            ),
            theme::SMALL_TEXT_SIZE,
        ),
        ctx.paragraph(ctx.t(&service.id.name_key()), theme::HEADING_SIZE),
        ctx.paragraph(ctx.t(&service.id.summary_key()), theme::TEXT_SIZE + 4.0),
        section("info-need", ctx.t(&service.id.info_key("need"))),
        section("info-cost", ctx.t(&service.id.info_key("cost"))),
        section("info-where", ctx.t(&service.id.info_key("where"))),
    ];
    let mut end = vec![
        ctx.button(ctx.t("intro-print"), Message::Print, false)
            .into(),
    ];
    if can_start {
        end.push(
            ctx.button(ctx.t("intro-start"), Message::Start, true)
                .into(),
        );
    }
    let nav = ctx.ends(
        vec![
            ctx.button(ctx.t("service-back"), Message::Back, false)
                .into(),
        ],
        end,
    );
    column![
        crate::ui::layout::scroll(
            ctx.column(body)
                .spacing(theme::SPACING * 1.5)
                .padding([0.0, theme::PAGE_PADDING])
        )
        .height(Length::Fill),
        container(nav).padding([theme::SPACING, theme::PAGE_PADDING]),
    ]
    .spacing(theme::SPACING)
    .into()
}

/// What the listen button reads: the page's texts in its order.
pub fn speech(ctx: &Ctx<'_>, service: &Service) -> Vec<String> {
    let mut lines = vec![
        ctx.t(&service.id.name_key()),
        ctx.t(&service.id.summary_key()),
    ];
    for part in ["need", "cost", "where"] {
        lines.push(ctx.t(&format!("info-{part}")));
        lines.push(ctx.t(&service.id.info_key(part)));
    }
    lines
}
