//! Out of service: the kiosk could not start (a bad config). Shown in Italian
//! and English, for the operator, with the exact problem and its fix; never a
//! black screen.

use iced::widget::{column, container, scrollable, text};
use iced::{Element, Length};

use crate::i18n::Translations;
use crate::ui::{fonts, theme};

pub fn view<'a, M: 'a>(translations: &'a Translations, explanation: &'a str) -> Element<'a, M> {
    let mut lines = column![].spacing(theme::SPACING);
    for tag in ["it", "en"] {
        if let Some(lang) = translations.language(tag) {
            lines = lines
                .push(
                    text(translations.text(&lang, "out-of-service-title"))
                        .size(theme::HEADING_SIZE),
                )
                .push(text(translations.text(&lang, "out-of-service-body")).size(theme::TEXT_SIZE))
                .push(
                    text(translations.text(&lang, "out-of-service-operator"))
                        .size(theme::SMALL_TEXT_SIZE),
                );
        }
    }
    let banner = container(lines.padding(theme::PAGE_PADDING))
        .width(Length::Fill)
        .style(theme::alarm(theme::NORMAL));
    let details = container(
        text(explanation)
            .font(fonts::LATIN)
            .size(theme::SMALL_TEXT_SIZE),
    )
    .padding(theme::PAGE_PADDING)
    .width(Length::Fill);
    scrollable(column![banner, details])
        .height(Length::Fill)
        .into()
}
