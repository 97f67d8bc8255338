//! Direction-aware layout: the one place that knows right-to-left. Screens
//! build rows and text blocks through these helpers and never test `rtl`.
//!
//! iced has no layout direction, and in 0.14 an Arabic `text` with
//! `width(Fill)` and right alignment is drawn off-screen (docs/toolkit-notes.md). So text
//! keeps its natural width and its *container* is aligned to the start side.

use iced::alignment::Horizontal;
use iced::widget::{Column, Row, Space, button, container, text};
use iced::{Alignment, Element, Font, Length};

use crate::i18n::{Direction, Tr};
use crate::ui::theme::{self, Palette};

/// What a screen needs to draw text in the session's language, in the
/// person's chosen look (palette and text size).
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub tr: Tr<'a>,
    pub direction: Direction,
    pub font: Font,
    pub palette: Palette,
    /// The text-size step (1.0, 1.25, 1.5).
    pub scale: f32,
}

impl<'a> Ctx<'a> {
    pub fn t(&self, key: &str) -> String {
        self.tr.text(key)
    }

    /// A size at the person's text-size step.
    /// A translated text that may begin with a name in Latin letters
    /// ("Arezzo وما حولها", "U: مستعجل", "Comune di Arezzo: …") laid out in
    /// the page's direction: on a right-to-left page a right-to-left mark
    /// first, or the Latin word would set the direction of the whole line.
    /// Every text the `Ctx` draws goes through it; typed values and codes
    /// (`value`, `latin_value`) do not.
    pub fn directed(&self, content: String) -> String {
        match self.direction {
            Direction::Ltr => content,
            Direction::Rtl => format!("\u{200F}{content}"),
        }
    }

    /// The line height of the session's face (room for its tallest
    /// letters).
    pub fn line_height(&self) -> iced::widget::text::LineHeight {
        crate::ui::fonts::line_height(self.font)
    }

    pub fn px(&self, size: f32) -> f32 {
        (size * self.scale).round()
    }

    /// Text in the session's language at a scaled size.
    pub fn text<M: 'a>(&self, content: String, size: f32) -> Element<'a, M> {
        text(self.directed(content))
            .font(self.font)
            .line_height(self.line_height())
            .size(self.px(size))
            .into()
    }

    /// A button with a label, at least one tap target high.
    pub fn button<M: Clone + 'a>(
        &self,
        label: String,
        message: M,
        primary: bool,
    ) -> button::Button<'a, M> {
        let style = if primary {
            theme::primary(self.palette)
        } else {
            theme::secondary(self.palette)
        };
        button(
            container(
                text(self.directed(label))
                    .font(self.font)
                    .line_height(self.line_height())
                    .size(self.px(theme::TEXT_SIZE)),
            )
            .center_y(Length::Fill)
            .center_x(Length::Shrink),
        )
        .on_press(message)
        .height(theme::TAP_TARGET)
        .padding([0.0, theme::SPACING * 1.5])
        .style(style)
    }

    /// Two groups at the two ends of a row: `start` on the reading-start
    /// side, `end` on the other (Back and Continue).
    pub fn ends<M: 'a>(&self, start: Vec<Element<'a, M>>, end: Vec<Element<'a, M>>) -> Row<'a, M> {
        let mut children = start;
        children.push(Space::new().width(Length::Fill).into());
        children.extend(end);
        self.row(children)
            .spacing(theme::SPACING)
            .align_y(Alignment::Center)
    }

    /// The horizontal alignment of the reading start (left, or right in RTL).
    pub fn start(&self) -> Horizontal {
        match self.direction {
            Direction::Ltr => Horizontal::Left,
            Direction::Rtl => Horizontal::Right,
        }
    }

    pub fn start_alignment(&self) -> Alignment {
        match self.direction {
            Direction::Ltr => Alignment::Start,
            Direction::Rtl => Alignment::End,
        }
    }

    /// A paragraph in the session's language, aligned to the reading start
    /// and wrapping within the available width.
    pub fn paragraph<M: 'a>(&self, content: String, size: f32) -> Element<'a, M> {
        container(
            text(self.directed(content))
                .font(self.font)
                .line_height(self.line_height())
                .size(self.px(size)),
        )
        .width(Length::Fill)
        .align_x(self.start())
        .into()
    }

    /// Children laid out along the reading direction.
    pub fn row<M: 'a>(&self, mut children: Vec<Element<'a, M>>) -> Row<'a, M> {
        if self.direction.is_rtl() {
            children.reverse();
        }
        Row::with_children(children)
    }

    /// Tiles in rows along the reading direction (see [`tiles`]).
    pub fn tiles<M: 'a>(
        &self,
        items: Vec<Element<'a, M>>,
        columns: usize,
        spacing: f32,
    ) -> Column<'a, M> {
        tiles(self.direction, items, columns, spacing)
    }

    /// A column whose children hug the reading start.
    pub fn column<M: 'a>(&self, children: Vec<Element<'a, M>>) -> Column<'a, M> {
        Column::with_children(children).align_x(self.start_alignment())
    }
}

/// Tiles in rows of `columns`, each row laid out along `direction`; a short
/// last row keeps its tiles on the reading-start side.
pub fn tiles<'a, M: 'a>(
    direction: Direction,
    items: Vec<Element<'a, M>>,
    columns: usize,
    spacing: f32,
) -> Column<'a, M> {
    let columns = columns.max(1);
    let mut rows = Vec::new();
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        let mut row: Vec<Element<'a, M>> = items.by_ref().take(columns).collect();
        while row.len() < columns {
            row.push(Space::new().width(Length::Fill).into());
        }
        if direction.is_rtl() {
            row.reverse();
        }
        rows.push(Row::with_children(row).spacing(spacing).into());
    }
    Column::with_children(rows).spacing(spacing)
}

/// A paragraph that is left-to-right by nature (a code, a number, an
/// e-mail), aligned to the reading start of the page it is on.
pub fn latin_value<'a, M: 'a>(ctx: &Ctx<'a>, content: String, size: f32) -> Element<'a, M> {
    container(text(content).font(super::fonts::LATIN).size(ctx.px(size)))
        .width(Length::Fill)
        .align_x(ctx.start())
        .into()
}

/// A scrolling area with a wide bar: a finger can tap its track to move
/// down (no drag needed), and it never covers the content.
pub fn scroll<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> iced::widget::Scrollable<'a, M> {
    use iced::widget::scrollable::{Direction, Scrollbar};
    iced::widget::scrollable(content).direction(Direction::Vertical(
        Scrollbar::new()
            .width(24)
            .scroller_width(24)
            .spacing(theme::SPACING),
    ))
}

/// A paragraph whose script is its own (a typed name, an agency's text),
/// drawn in the face its letters need, aligned to the page's reading start.
pub fn value<'a, M: 'a>(ctx: &Ctx<'a>, content: String, size: f32) -> Element<'a, M> {
    let font = super::fonts::for_text(&content, ctx.font);
    container(
        text(content)
            .font(font)
            .line_height(super::fonts::line_height(font))
            .size(ctx.px(size)),
    )
    .width(Length::Fill)
    .align_x(ctx.start())
    .into()
}

/// A dialog in the middle of the screen, over the page: the page shows
/// through a see-through cover and takes no tap until the dialog is
/// answered.
pub fn dialog<'a, M: 'a>(ctx: &Ctx<'a>, content: Element<'a, M>, max_width: f32) -> Element<'a, M> {
    let dialog = container(content)
        .padding(theme::SPACING * 2.0)
        .max_width(ctx.px(max_width))
        .style(theme::dialog(ctx.palette));
    iced::widget::opaque(
        iced::widget::center(dialog)
            .padding(theme::PAGE_PADDING)
            .style(theme::backdrop(ctx.palette)),
    )
}

/// Text centred on the page, for screens that are not in one language.
pub fn centered<'a, M: 'a>(content: String, font: Font, size: f32) -> Element<'a, M> {
    container(
        text(content)
            .font(font)
            .line_height(super::fonts::line_height(font))
            .size(size),
    )
    .width(Length::Fill)
    .align_x(Horizontal::Center)
    .into()
}
