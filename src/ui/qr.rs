//! A QR code drawn on screen (an address for the person's phone): the
//! modules of the `qrcode` crate as filled squares, dark on a light field
//! with the quiet zone the standard asks for, in either palette.

use iced::widget::canvas::{self, Frame, Geometry, Path};
use iced::{Color, Element, Point, Rectangle, Size, mouse};

/// A QR code's modules, computed once (not on every redraw).
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    width: usize,
    dark: std::sync::Arc<Vec<bool>>,
}

impl Code {
    /// The code of `data` (none when it does not fit a QR code).
    pub fn new(data: &str) -> Option<Self> {
        let code = qrcode::QrCode::new(data.as_bytes()).ok()?;
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        Some(Self {
            width: code.width(),
            dark: std::sync::Arc::new(dark),
        })
    }
}

/// The code drawn `side` pixels wide.
pub fn view<'a, M: 'a>(code: &Code, side: f32) -> Element<'a, M> {
    iced::widget::canvas(code.clone())
        .width(side)
        .height(side)
        .into()
}

/// Four modules of white around the code.
const QUIET: usize = 4;

impl<M> canvas::Program<M> for Code {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &iced::Renderer,
        _theme: &iced::Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let side = bounds.width.min(bounds.height);
        // Always dark on white: a phone's camera reads nothing else, in
        // high contrast too.
        frame.fill_rectangle(Point::ORIGIN, Size::new(side, side), Color::WHITE);
        let cells = (self.width + 2 * QUIET) as f32;
        // Whole pixels per module: no seams between them.
        let module = (side / cells).floor().max(1.0);
        let squares = Path::new(|b| {
            for (i, _) in self.dark.iter().enumerate().filter(|(_, dark)| **dark) {
                let (x, y) = (i % self.width + QUIET, i / self.width + QUIET);
                b.rectangle(
                    Point::new(x as f32 * module, y as f32 * module),
                    Size::new(module, module),
                );
            }
        });
        frame.fill(&squares, Color::BLACK);
        vec![frame.into_geometry()]
    }
}
