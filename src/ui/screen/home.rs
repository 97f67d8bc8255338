//! Home: the five categories, each with its services as large tiles, in the
//! session's language and reading direction.

use iced::widget::{button, column, container, scrollable, text};
use iced::{Element, Length};

use crate::catalogue::{Catalogue, ServiceId};
use crate::i18n::{Value, args};
use crate::ui::layout::Ctx;
use crate::ui::theme;

#[derive(Debug, Clone)]
pub enum Message {
    Service(ServiceId),
    ChangeLanguage,
    Finish,
}

// Two tiles a row leave room for a two-line name and a two-line summary
// in every language at 1280 px.
const COLUMNS: usize = 2;

pub fn view<'a>(
    ctx: Ctx<'a>,
    catalogue: &'a Catalogue,
    enabled: &'a [ServiceId],
) -> Element<'a, Message> {
    let header = ctx
        .row(vec![
            container(ctx.paragraph(ctx.t("home-title"), theme::HEADING_SIZE))
                .width(Length::Fill)
                .into(),
            action(ctx, "home-change-language", Message::ChangeLanguage),
            action(ctx, "home-finish", Message::Finish),
        ])
        .spacing(theme::SPACING)
        .align_y(iced::Alignment::Center);

    let sections = catalogue.categories().iter().filter_map(|category| {
        let services: Vec<_> = catalogue
            .services_in(&category.id)
            .filter(|s| enabled.contains(&s.id))
            .collect();
        if services.is_empty() {
            return None;
        }
        let count = ctx.tr.format(
            "home-category-count",
            &args([("count", Value::from(services.len()))]),
        );
        let tiles = services
            .iter()
            .map(|service| {
                let label = ctx
                    .column(vec![
                        text(ctx.t(&service.id.name_key()))
                            .font(ctx.font)
                            .size(theme::TEXT_SIZE + 2.0)
                            .into(),
                        text(ctx.t(&service.id.summary_key()))
                            .font(ctx.font)
                            .size(theme::SMALL_TEXT_SIZE)
                            .color(theme::TEXT_MUTED)
                            .into(),
                    ])
                    .spacing(theme::SPACING / 2.0)
                    .width(Length::Fill);
                button(label)
                    .on_press(Message::Service(service.id.clone()))
                    .width(Length::Fill)
                    .height(Length::Fixed(theme::TAP_TARGET * 2.0 + 8.0))
                    .padding(theme::SPACING)
                    .style(theme::tile)
                    .into()
            })
            .collect();
        let heading = ctx
            .row(vec![
                text(ctx.t(&category.id.name_key()))
                    .font(ctx.font)
                    .size(theme::HEADING_SIZE - 6.0)
                    .color(theme::PRIMARY_DARK)
                    .into(),
                text(count)
                    .font(ctx.font)
                    .size(theme::SMALL_TEXT_SIZE)
                    .color(theme::TEXT_MUTED)
                    .into(),
            ])
            .spacing(theme::SPACING)
            .align_y(iced::Alignment::Center);
        Some(
            container(
                ctx.column(vec![
                    heading.into(),
                    ctx.tiles(tiles, COLUMNS, theme::SPACING).into(),
                ])
                .spacing(theme::SPACING)
                .width(Length::Fill),
            )
            .padding(theme::SPACING * 1.5)
            .style(theme::section)
            .into(),
        )
    });

    let body = column(sections).spacing(theme::SPACING * 1.5);
    column![
        container(header).padding([theme::SPACING, theme::PAGE_PADDING]),
        scrollable(
            container(body)
                .padding([0.0, theme::PAGE_PADDING])
                .width(Length::Fill)
        )
        .height(Length::Fill),
    ]
    .spacing(theme::SPACING)
    .into()
}

fn action<'a>(ctx: Ctx<'a>, key: &str, message: Message) -> Element<'a, Message> {
    button(container(text(ctx.t(key)).font(ctx.font).size(theme::TEXT_SIZE)).center_y(Length::Fill))
        .on_press(message)
        .height(theme::TAP_TARGET)
        .padding([0.0, theme::SPACING * 1.5])
        .style(theme::primary)
        .into()
}
