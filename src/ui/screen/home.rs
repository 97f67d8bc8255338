//! Home: the five categories as large tiles, then a category's services,
//! in the session's language and reading direction. Both fit a screen
//! without scrolling (no gesture but a tap is needed).

use iced::widget::{button, column, container, text};
use iced::{Element, Length};

use crate::catalogue::{Catalogue, CategoryId, ServiceId};
use crate::i18n::{Value, args};
use crate::ui::contract::{Action, Env, Event, To};
use crate::ui::layout::Ctx;
use crate::ui::theme;

#[derive(Debug, Clone)]
pub enum Message {
    Category(CategoryId),
    /// From a category back to the five categories.
    Categories,
    Service(ServiceId),
    ChangeLanguage,
    Finish,
}

/// Which category is open (none: the five categories).
#[derive(Debug, Default)]
pub struct State {
    pub open: Option<CategoryId>,
}

impl State {
    pub fn update(&mut self, message: Message, env: &Env<'_>) -> Action<Message> {
        match message {
            Message::Category(id) => self.open = Some(id),
            Message::Categories => self.open = None,
            Message::Service(id) if env.offers(&id) => {
                return Action::Navigate(To::Service(id));
            }
            Message::Service(_) => {}
            Message::ChangeLanguage => return Action::Navigate(To::Language),
            Message::Finish => return Action::Event(Event::Finish),
        }
        Action::None
    }

    /// Which page is shown, for the voice.
    pub fn page(&self) -> String {
        format!("home:{}", self.open.as_ref().map_or("", |c| c.as_str()))
    }
}

/// `open`: the category whose services are listed (none: the categories).
pub fn view<'a>(
    ctx: Ctx<'a>,
    catalogue: &'a Catalogue,
    enabled: &'a [ServiceId],
    open: Option<&'a CategoryId>,
) -> Element<'a, Message> {
    let mut start = vec![ctx.paragraph(ctx.t("home-title"), theme::HEADING_SIZE)];
    if open.is_some() {
        start.insert(
            0,
            ctx.button(ctx.t("wizard-back"), Message::Categories, false)
                .into(),
        );
    }
    let header = ctx.ends(
        vec![
            ctx.row(start)
                .spacing(theme::SPACING)
                .align_y(iced::Alignment::Center)
                .into(),
        ],
        vec![
            ctx.button(
                ctx.t("home-change-language"),
                Message::ChangeLanguage,
                false,
            )
            .into(),
            ctx.button(ctx.t("home-finish"), Message::Finish, true)
                .into(),
        ],
    );
    let body = match open {
        None => categories(&ctx, catalogue, enabled),
        Some(category) => services(&ctx, catalogue, enabled, category),
    };
    column![
        container(header).padding([theme::SPACING, theme::PAGE_PADDING]),
        crate::ui::layout::scroll(
            container(body)
                .padding([0.0, theme::PAGE_PADDING])
                .width(Length::Fill)
        )
        .height(Length::Fill),
    ]
    .spacing(theme::SPACING)
    .into()
}

/// A big framed tile with a title and a line under it.
fn tile<'a>(ctx: &Ctx<'a>, title: String, under: String, message: Message) -> Element<'a, Message> {
    let label = ctx
        .column(vec![
            text(title)
                .font(ctx.font)
                .line_height(ctx.line_height())
                .size(ctx.px(theme::TEXT_SIZE + 4.0))
                .color(ctx.palette.primary_dark)
                .into(),
            text(under)
                .font(ctx.font)
                .line_height(ctx.line_height())
                .size(ctx.px(theme::SMALL_TEXT_SIZE))
                .color(ctx.palette.muted)
                .into(),
        ])
        .spacing(theme::SPACING / 2.0)
        .width(Length::Fill);
    button(label)
        .on_press(message)
        .width(Length::Fill)
        .height(Length::Fixed(ctx.px(theme::TAP_TARGET * 2.0 + 24.0)))
        .padding(theme::SPACING)
        .style(theme::tile(ctx.palette, false))
        .into()
}

fn categories<'a>(
    ctx: &Ctx<'a>,
    catalogue: &'a Catalogue,
    enabled: &'a [ServiceId],
) -> Element<'a, Message> {
    let tiles = catalogue
        .categories()
        .iter()
        .filter_map(|category| {
            let names: Vec<String> = catalogue
                .services_in(&category.id)
                .filter(|s| enabled.contains(&s.id))
                .map(|s| ctx.t(&s.id.name_key()))
                .collect();
            if names.is_empty() {
                return None;
            }
            let count = ctx.tr.format(
                "home-category-count",
                &args([("count", Value::from(names.len()))]),
            );
            Some(tile(
                ctx,
                ctx.t(&category.id.name_key()),
                format!("{count}: {}", names.join(" · ")),
                Message::Category(category.id.clone()),
            ))
        })
        .collect();
    ctx.column(vec![
        ctx.paragraph(ctx.t("home-hint"), theme::TEXT_SIZE),
        ctx.tiles(tiles, 2, theme::SPACING * 1.5).into(),
    ])
    .spacing(theme::SPACING)
    .into()
}

fn services<'a>(
    ctx: &Ctx<'a>,
    catalogue: &'a Catalogue,
    enabled: &'a [ServiceId],
    category: &'a CategoryId,
) -> Element<'a, Message> {
    let tiles = catalogue
        .services_in(category)
        .filter(|s| enabled.contains(&s.id))
        .map(|service| {
            tile(
                ctx,
                ctx.t(&service.id.name_key()),
                ctx.t(&service.id.summary_key()),
                Message::Service(service.id.clone()),
            )
        })
        .collect();
    ctx.column(vec![
        ctx.paragraph(ctx.t(&category.name_key()), theme::HEADING_SIZE - 6.0),
        ctx.tiles(tiles, 2, theme::SPACING * 1.5).into(),
    ])
    .spacing(theme::SPACING)
    .into()
}

/// What the listen button reads: the title, then the tiles as shown.
pub fn speech(
    ctx: &Ctx<'_>,
    catalogue: &Catalogue,
    enabled: &[ServiceId],
    open: Option<&CategoryId>,
) -> Vec<String> {
    let mut lines = vec![ctx.t("home-title")];
    match open {
        Some(category) => {
            lines.push(ctx.t(&category.name_key()));
            for service in catalogue
                .services_in(category)
                .filter(|s| enabled.contains(&s.id))
            {
                lines.push(ctx.t(&service.id.name_key()));
                lines.push(ctx.t(&service.id.summary_key()));
            }
        }
        None => {
            lines.push(ctx.t("home-hint"));
            for category in catalogue.categories() {
                if catalogue
                    .services_in(&category.id)
                    .any(|s| enabled.contains(&s.id))
                {
                    lines.push(ctx.t(&category.id.name_key()));
                }
            }
        }
    }
    lines
}
