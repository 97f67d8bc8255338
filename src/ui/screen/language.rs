//! Language choice: every enabled language named in its own script (no
//! flags), as large tiles in the order of the kiosk's config.

use iced::widget::{button, column, container, text};
use iced::{Element, Length};

use crate::i18n::{Direction, LanguageId, Translations};
use crate::ui::contract::{Action, Env, Event};
use crate::ui::{fonts, layout, theme};

#[derive(Debug, Clone)]
pub enum Message {
    Chosen(LanguageId),
}

/// The screen has no state of its own: a language the kiosk offers is
/// the session's.
pub fn update(message: Message, env: &Env<'_>) -> Action<Message> {
    match message {
        Message::Chosen(lang) if env.desk.config.languages.contains(&lang) => {
            Action::Event(Event::Chose(lang))
        }
        Message::Chosen(_) => Action::None,
    }
}

/// "Choose your language" in each of the other languages, in its own
/// script: a person who reads no Italian knows what the page asks.
fn in_every_language<'a>(
    translations: &'a Translations,
    languages: &'a [LanguageId],
    ui_language: &'a LanguageId,
    palette: theme::Palette,
) -> Element<'a, Message> {
    let lines = languages
        .iter()
        .filter(|lang| *lang != ui_language)
        .filter_map(|lang| {
            let font = fonts::for_script(translations.meta(lang)?.script);
            Some(
                text(translations.text(lang, "language-title"))
                    .font(font)
                    .line_height(fonts::line_height(font))
                    .size(theme::SMALL_TEXT_SIZE)
                    .color(palette.muted)
                    .into(),
            )
        });
    container(
        iced::widget::Row::with_children(lines)
            .spacing(theme::SPACING * 2.0)
            .wrap(),
    )
    .center_x(Length::Fill)
    .into()
}

/// `ui_language` is the language the title is written in (the default).
pub fn view<'a>(
    translations: &'a Translations,
    languages: &'a [LanguageId],
    ui_language: &'a LanguageId,
    palette: theme::Palette,
) -> Element<'a, Message> {
    let tiles: Vec<Element<'a, Message>> = languages
        .iter()
        .filter_map(|lang| {
            let meta = translations.meta(lang)?;
            let font = fonts::for_script(meta.script);
            let label = container(
                text(meta.native_name.as_str())
                    .font(font)
                    .line_height(fonts::line_height(font))
                    .size(theme::HEADING_SIZE),
            )
            .center_x(Length::Fill)
            .center_y(Length::Fill);
            Some(
                button(label)
                    .on_press(Message::Chosen(lang.clone()))
                    .width(Length::Fill)
                    .height(theme::TAP_TARGET + 24.0)
                    .style(theme::tile(palette, false))
                    .into(),
            )
        })
        .collect();
    let title_font = translations
        .meta(ui_language)
        .map_or(fonts::LATIN, |m| fonts::for_script(m.script));
    let content = column![
        layout::centered(
            translations.text(ui_language, "language-title"),
            title_font,
            theme::HEADING_SIZE
        ),
        layout::centered(
            translations.text(ui_language, "language-hint"),
            title_font,
            theme::TEXT_SIZE
        ),
        in_every_language(translations, languages, ui_language, palette),
        // Native names read in their own direction; the grid itself is not
        // mirrored. Four to a row: every language in view at 1280×800.
        layout::tiles(Direction::Ltr, tiles, 4, theme::SPACING * 1.5),
    ]
    .spacing(theme::SPACING * 2.0)
    .padding(theme::PAGE_PADDING);
    crate::ui::layout::scroll(content)
        .height(Length::Fill)
        .into()
}
