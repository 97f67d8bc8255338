//! Draws the on-screen keyboard (`crate::keyboard` says which keys). Rows
//! keep the physical order of their layout in every reading direction, as a
//! phone's keyboard does; the keyboard sits below the page's buttons, so it
//! never covers the field or Continue.

use iced::widget::{Row, button, column, container, text};
use iced::{Element, Font, Length};

use crate::keyboard::{Key, Layout};
use crate::ui::layout::Ctx;
use crate::ui::{fonts, theme};

/// What the keyboard shows now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    pub layout: Layout,
    pub capitals: bool,
    pub other_letters: bool,
    /// The layout the switch key leads to, if the field allows another.
    pub switch_to: Option<Layout>,
}

fn face(layout: Layout) -> Font {
    match layout {
        Layout::Arabic => fonts::ARABIC,
        Layout::Urdu => fonts::NASTALIQ,
        Layout::Bengali => fonts::BENGALI,
        _ => fonts::LATIN,
    }
}

pub fn view<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    shown: Shown,
    on_key: impl Fn(Key) -> M,
) -> Element<'a, M> {
    let rows = shown
        .layout
        .rows(shown.capitals, shown.other_letters, shown.switch_to);
    let mut keyboard = column![].spacing(theme::SPACING / 2.0);
    for row in rows {
        let keys = row
            .into_iter()
            .map(|key| key_button(ctx, shown, key, on_key(key)));
        keyboard = keyboard.push(
            container(Row::with_children(keys).spacing(theme::SPACING / 2.0))
                .center_x(Length::Fill),
        );
    }
    // A numeric pad stays narrow: big keys, short reach.
    let width = match shown.layout {
        Layout::Digits(_) => 560.0,
        _ => 1500.0,
    };
    container(
        container(keyboard)
            .max_width(width)
            .padding(theme::SPACING / 2.0),
    )
    .center_x(Length::Fill)
    .style(theme::section(ctx.palette))
    .into()
}

/// One key: letters large in their script's face, word keys in text size
/// and wider; Capitals and Other letters lit while on.
fn key_button<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    shown: Shown,
    key: Key,
    press: M,
) -> Element<'a, M> {
    let (label, font, portion) = match key {
        Key::Insert(s) => (s.to_owned(), face(shown.layout), 1),
        Key::Space => (ctx.t("keyboard-space"), ctx.font, 4),
        Key::Delete => (ctx.t("keyboard-delete"), ctx.font, 2),
        Key::Clear => (ctx.t("keyboard-clear"), ctx.font, 2),
        Key::Left => ("‹".to_owned(), fonts::LATIN, 1),
        Key::Right => ("›".to_owned(), fonts::LATIN, 1),
        Key::Capitals => (ctx.t("keyboard-capitals"), ctx.font, 2),
        Key::OtherLetters => (ctx.t("keyboard-other-letters"), ctx.font, 2),
        Key::Switch(to) => (to.sample().to_owned(), face(to), 2),
        Key::Hide => (ctx.t("keyboard-hide"), ctx.font, 2),
    };
    let on = matches!(key, Key::Capitals) && shown.capitals
        || matches!(key, Key::OtherLetters) && shown.other_letters;
    let style = if on {
        theme::primary(ctx.palette)
    } else {
        theme::key(ctx.palette)
    };
    let size = match key {
        Key::Insert(_) => theme::TEXT_SIZE + 6.0,
        Key::Left | Key::Right => theme::HEADING_SIZE + 8.0,
        _ => theme::SMALL_TEXT_SIZE,
    };
    button(
        container(text(label).font(font).size(size))
            .center_x(Length::Fill)
            .center_y(Length::Fill),
    )
    .on_press(press)
    .width(Length::FillPortion(portion))
    .height(theme::KEY_HEIGHT)
    .padding(2)
    .style(style)
    .into()
}
