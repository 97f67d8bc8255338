//! Pictures drawn as shapes (the kiosk's fonts have no such glyphs, and a
//! drawing follows the palette): what a question refers to, shown beside
//! it.

use iced::widget::canvas::{self, Frame, Path, Stroke};
use iced::{Color, Point, Rectangle, Renderer, Size, Theme, mouse};

use crate::ui::theme::Palette;

/// A passport's data page, the name lines marked: "write the name as it is
/// written here". Passports are printed left to right in every country, so
/// the page is never mirrored.
#[derive(Debug, Clone, Copy)]
pub struct PassportPage {
    pub palette: Palette,
}

/// Its size on screen at the normal text size (wider than tall, like the
/// page).
pub const PASSPORT_SIZE: Size = Size::new(90.0, 60.0);

impl<M> canvas::Program<M> for PassportPage {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<canvas::Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let (w, h) = (bounds.width, bounds.height);
        let p = |fx: f32, fy: f32| Point::new(w * fx, h * fy);
        let ink = self.palette.muted;
        let thin = Stroke::default()
            .with_color(ink)
            .with_width((h * 0.025).max(1.0));
        // The page.
        let page = Path::rounded_rectangle(
            p(0.02, 0.03),
            Size::new(w * 0.96, h * 0.94),
            (h * 0.06).into(),
        );
        frame.fill(&page, self.palette.background);
        frame.stroke(&page, thin);
        // The photo.
        let photo = Path::rectangle(p(0.07, 0.14), Size::new(w * 0.22, h * 0.46));
        frame.fill(&photo, Color { a: 0.35, ..ink });
        // The lines of the data; the first two (surname, given names)
        // marked in the primary colour, thick.
        let mark = Stroke::default()
            .with_color(self.palette.primary)
            .with_width((h * 0.08).max(2.0));
        for (i, y) in [0.18_f32, 0.32, 0.46, 0.58].into_iter().enumerate() {
            let line = Path::line(p(0.36, y), p(if i < 2 { 0.90 } else { 0.76 }, y));
            if i < 2 {
                frame.stroke(&line, mark);
            } else {
                frame.stroke(&line, thin);
            }
        }
        // The machine-readable zone: two rows of dashes.
        for y in [0.74_f32, 0.86] {
            let mut x = 0.07;
            while x < 0.92 {
                frame.stroke(&Path::line(p(x, y), p(x + 0.035, y)), thin);
                x += 0.055;
            }
        }
        vec![frame.into_geometry()]
    }
}
