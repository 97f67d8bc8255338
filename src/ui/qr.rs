//! A QR code drawn on screen (an address for the person's phone): the
//! modules of the `qrcode` crate as filled squares, dark on a light field
//! with the quiet zone the standard asks for, in either palette.

use iced::widget::canvas::{self, Frame, Geometry, Path};
use iced::{Color, Element, Point, Rectangle, Size, mouse};

/// The code of `data` drawn `side` pixels wide (nothing when it does not
/// fit a QR code).
pub fn view<'a, M: 'a>(data: &str, side: f32) -> Element<'a, M> {
    let modules = qrcode::QrCode::new(data.as_bytes()).ok().map(|code| {
        let width = code.width();
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        (width, dark)
    });
    match modules {
        Some((width, dark)) => iced::widget::canvas(Modules { width, dark })
            .width(side)
            .height(side)
            .into(),
        None => iced::widget::Space::new().into(),
    }
}

struct Modules {
    width: usize,
    dark: Vec<bool>,
}

/// Four modules of white around the code.
const QUIET: usize = 4;

impl<M> canvas::Program<M> for Modules {
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
