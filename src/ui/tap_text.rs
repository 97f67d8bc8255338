//! Text that knows where it was tapped: what a person typed, shown in its
//! box, puts the caret between the letters under the finger, so one wrong
//! letter of a code is fixed where it is. It lays out, draws and reads
//! (for the tests' selectors and the screen reader's operations) exactly
//! as the text it wraps.

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer;
use iced::advanced::text::Paragraph as _;
use iced::advanced::widget::{self, Tree, Widget, tree};
use iced::advanced::{Clipboard, Shell};
use iced::widget::Text;
use iced::{Element, Event, Length, Point, Rectangle, Size, mouse, touch};

pub struct TapText<'a, Message, Theme, Renderer>
where
    Theme: iced::widget::text::Catalog,
    Renderer: iced::advanced::text::Renderer,
{
    text: Text<'a, Theme, Renderer>,
    /// Called with the byte offset in the text of the caret position
    /// nearest the tap.
    on_tap: Box<dyn Fn(usize) -> Message + 'a>,
}

impl<'a, Message, Theme, Renderer> TapText<'a, Message, Theme, Renderer>
where
    Theme: iced::widget::text::Catalog,
    Renderer: iced::advanced::text::Renderer,
{
    pub fn new(text: Text<'a, Theme, Renderer>, on_tap: impl Fn(usize) -> Message + 'a) -> Self {
        Self {
            text,
            on_tap: Box::new(on_tap),
        }
    }

    /// Where a press landed in the text's box, if it did.
    fn pressed_at(event: &Event, bounds: Rectangle, cursor: mouse::Cursor) -> Option<Point> {
        match event {
            Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)) => {
                cursor.position_in(bounds)
            }
            Event::Touch(touch::Event::FingerPressed { position, .. })
                if bounds.contains(*position) =>
            {
                Some(Point::new(position.x - bounds.x, position.y - bounds.y))
            }
            _ => None,
        }
    }
}

impl<Message, Theme, Renderer> Widget<Message, Theme, Renderer>
    for TapText<'_, Message, Theme, Renderer>
where
    Theme: iced::widget::text::Catalog,
    Renderer: iced::advanced::text::Renderer,
{
    fn tag(&self) -> tree::Tag {
        Widget::<Message, Theme, Renderer>::tag(&self.text)
    }

    fn state(&self) -> tree::State {
        Widget::<Message, Theme, Renderer>::state(&self.text)
    }

    fn size(&self) -> Size<Length> {
        Widget::<Message, Theme, Renderer>::size(&self.text)
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        Widget::<Message, Theme, Renderer>::layout(&mut self.text, tree, renderer, limits)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        Widget::<Message, Theme, Renderer>::draw(
            &self.text, tree, renderer, theme, style, layout, cursor, viewport,
        );
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn widget::Operation,
    ) {
        Widget::<Message, Theme, Renderer>::operate(
            &mut self.text,
            tree,
            layout,
            renderer,
            operation,
        );
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        _renderer: &Renderer,
        _clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        _viewport: &Rectangle,
    ) {
        let Some(at) = Self::pressed_at(event, layout.bounds(), cursor) else {
            return;
        };
        let state = tree
            .state
            .downcast_ref::<widget::text::State<Renderer::Paragraph>>();
        if let Some(hit) = state.raw().hit_test(at) {
            shell.publish((self.on_tap)(hit.cursor()));
            shell.capture_event();
        }
    }

    fn mouse_interaction(
        &self,
        _tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        _viewport: &Rectangle,
        _renderer: &Renderer,
    ) -> mouse::Interaction {
        if cursor.is_over(layout.bounds()) {
            mouse::Interaction::Text
        } else {
            mouse::Interaction::None
        }
    }
}

impl<'a, Message, Theme, Renderer> From<TapText<'a, Message, Theme, Renderer>>
    for Element<'a, Message, Theme, Renderer>
where
    Message: 'a,
    Theme: iced::widget::text::Catalog + 'a,
    Renderer: iced::advanced::text::Renderer + 'a,
{
    fn from(widget: TapText<'a, Message, Theme, Renderer>) -> Self {
        Element::new(widget)
    }
}
