//! Direction-aware layout: the one place that knows right-to-left. Screens
//! build rows and text blocks through these helpers and never test `rtl`.
//!
//! iced has no layout direction, and in 0.14 an Arabic `text` with
//! `width(Fill)` and right alignment is drawn off-screen (TECH.md). So text
//! keeps its natural width and its *container* is aligned to the start side.

use iced::alignment::Horizontal;
use iced::widget::{Column, Row, Space, container, text};
use iced::{Alignment, Element, Font, Length};

use crate::i18n::{Direction, Tr};

/// What a screen needs to draw text in the session's language.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub tr: Tr<'a>,
    pub direction: Direction,
    pub font: Font,
}

impl<'a> Ctx<'a> {
    pub fn t(&self, key: &str) -> String {
        self.tr.text(key)
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
        container(text(content).font(self.font).size(size))
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

/// Text centred on the page, for screens that are not in one language.
pub fn centered<'a, M: 'a>(content: String, font: Font, size: f32) -> Element<'a, M> {
    container(text(content).font(font).size(size))
        .width(Length::Fill)
        .align_x(Horizontal::Center)
        .into()
}
