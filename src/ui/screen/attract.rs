//! Attract screen: "touch to start", cycling through every enabled language
//! so that a passer-by sees their own script. A touch anywhere starts.

use iced::widget::{column, container, mouse_area, text};
use iced::{Element, Length};

use crate::i18n::{LanguageId, Translations};
use crate::ui::contract::{Action, Env, To};
use crate::ui::{fonts, layout, theme};

#[derive(Debug, Clone)]
pub enum Message {
    Touched,
    /// The next language's line (every `ATTRACT_CYCLE`).
    Cycle,
}

/// Which language the cycling line shows now.
#[derive(Debug, Default)]
pub struct State {
    shown: usize,
}

impl State {
    pub fn update(&mut self, message: Message, env: &Env<'_>) -> Action<Message> {
        match message {
            Message::Touched => Action::Navigate(To::Language),
            Message::Cycle => {
                let languages = env.desk.config.languages.len();
                self.shown = (self.shown + 1) % languages.max(1);
                Action::None
            }
        }
    }

    pub fn view<'a>(
        &self,
        translations: &'a Translations,
        languages: &'a [LanguageId],
        palette: theme::Palette,
    ) -> Element<'a, Message> {
        let Some(lang) = languages.get(self.shown % languages.len().max(1)) else {
            return column![].into();
        };
        let font = translations
            .meta(lang)
            .map_or(fonts::LATIN, |m| fonts::for_script(m.script));
        let touch = container(
            text(translations.text(lang, "attract-touch"))
                .font(font)
                .size(theme::HEADING_SIZE)
                .color(palette.primary_dark),
        )
        .padding([theme::SPACING * 1.5, theme::SPACING * 3.0])
        .style(theme::pill(palette));
        let content = column![
            layout::centered(
                translations.text(lang, "attract-title"),
                fonts::LATIN,
                theme::TITLE_SIZE * 1.5
            ),
            layout::centered(
                translations.text(lang, "attract-subtitle"),
                font,
                theme::HEADING_SIZE
            ),
            container(touch).center_x(Length::Fill),
        ]
        .spacing(theme::SPACING * 4.0);
        mouse_area(
            container(content)
                .center_y(Length::Fill)
                .width(Length::Fill)
                .padding(theme::PAGE_PADDING)
                .style(theme::attract(palette)),
        )
        .on_press(Message::Touched)
        .into()
    }
}
