//! Service introduction: what the service does, in the session's language.
//! The wizard that follows is built from the service's flow file.

use iced::widget::{button, container, text};
use iced::{Element, Length};

use crate::catalogue::Service;
use crate::i18n::{Value, args};
use crate::ui::layout::Ctx;
use crate::ui::theme;

#[derive(Debug, Clone)]
pub enum Message {
    Back,
}

pub fn view<'a>(ctx: Ctx<'a>, service: &'a Service) -> Element<'a, Message> {
    let category = ctx.t(&service.category.name_key());
    let back = button(
        container(
            text(ctx.t("service-back"))
                .font(ctx.font)
                .size(theme::TEXT_SIZE),
        )
        .center_y(Length::Fill),
    )
    .on_press(Message::Back)
    .height(theme::TAP_TARGET)
    .padding([0.0, theme::SPACING * 1.5])
    .style(theme::primary);
    container(
        ctx.column(vec![
            ctx.paragraph(
                ctx.tr.format(
                    "service-category",
                    &args([("category", Value::from(category))]),
                ),
                theme::TEXT_SIZE,
            ),
            ctx.paragraph(ctx.t(&service.id.name_key()), theme::HEADING_SIZE),
            ctx.paragraph(ctx.t(&service.id.summary_key()), theme::TEXT_SIZE + 4.0),
            back.into(),
        ])
        .spacing(theme::SPACING * 2.0),
    )
    .padding(theme::PAGE_PADDING)
    .width(Length::Fill)
    .into()
}
