//! Page composition: blocks of shaped text, rules, boxes and QR codes laid
//! from the top of a page; an 80 mm roll grows as long as its content, an
//! A4 page breaks onto new pages. Nothing is drawn outside its box.

use std::collections::BTreeMap;

use printpdf::{
    Color, FontId, Line as PdfLine, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb,
};

use super::text::{self, Direction, Line, Typesetter};
use crate::fonts::Face;

const MM: f32 = 72.0 / 25.4;

/// The paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// Thermal roll, 80 mm wide (72 mm printable).
    Roll80,
    A4,
}

impl Paper {
    fn width_mm(self) -> f32 {
        match self {
            Paper::Roll80 => 80.0,
            Paper::A4 => 210.0,
        }
    }
    fn margin_mm(self) -> f32 {
        match self {
            Paper::Roll80 => 4.0,
            Paper::A4 => 18.0,
        }
    }
}

enum Item {
    Line {
        line: Line,
        x: f32,
        size: f32,
    },
    Rule {
        x1: f32,
        x2: f32,
    },
    Box {
        x: f32,
        width: f32,
        height: f32,
    },
    Modules {
        x: f32,
        module: f32,
        dark: Vec<(usize, usize)>,
    },
}

/// Items placed at a distance from the top of their page, in points.
struct Placed {
    top: f32,
    item: Item,
}

pub struct Composer<'t> {
    typesetter: &'t Typesetter,
    paper: Paper,
    direction: Direction,
    arabic: Face,
    pages: Vec<Vec<Placed>>,
    /// Distance from the top of the current page, in points.
    cursor: f32,
    stamp: Option<String>,
}

impl<'t> Composer<'t> {
    /// `direction` and `arabic` are those of the person's language.
    pub fn new(
        typesetter: &'t Typesetter,
        paper: Paper,
        direction: Direction,
        arabic: Face,
    ) -> Self {
        Self {
            typesetter,
            paper,
            direction,
            arabic,
            pages: vec![Vec::new()],
            cursor: paper.margin_mm() * MM,
            stamp: None,
        }
    }

    /// A diagonal mark on every page (training mode).
    pub fn stamp(&mut self, text: &str) {
        self.stamp = Some(text.to_owned());
    }

    pub fn left(&self) -> f32 {
        self.paper.margin_mm() * MM
    }

    pub fn width(&self) -> f32 {
        (self.paper.width_mm() - 2.0 * self.paper.margin_mm()) * MM
    }

    fn page_height(&self) -> f32 {
        297.0 * MM
    }

    /// Room for `height` more points, or a new page (A4 only: a roll grows).
    fn room(&mut self, height: f32) {
        if self.paper == Paper::A4 && self.cursor + height > self.page_height() - self.left() {
            self.pages.push(Vec::new());
            self.cursor = self.left();
        }
    }

    fn place(&mut self, item: Item) {
        let top = self.cursor;
        if let Some(page) = self.pages.last_mut() {
            page.push(Placed { top, item });
        }
    }

    /// A paragraph in the person's direction, wrapped to `width` (points)
    /// from `x` (points from the left edge of the text area).
    pub fn paragraph_in(
        &mut self,
        text: &str,
        size: f32,
        x: f32,
        width: f32,
        direction: Direction,
    ) {
        self.aligned(text, size, x, width, direction, direction);
    }

    /// A paragraph whose text reads in `base` direction, aligned to the
    /// `align` side.
    fn aligned(
        &mut self,
        text: &str,
        size: f32,
        x: f32,
        width: f32,
        base: Direction,
        align: Direction,
    ) {
        let leading = size * 1.35;
        for line in self
            .typesetter
            .paragraph(text, size, width, base, self.arabic)
        {
            self.room(leading);
            self.cursor += size;
            let offset = match align {
                Direction::Ltr => 0.0,
                Direction::Rtl => (width - line.width).max(0.0),
            };
            let at = self.left() + x + offset;
            self.place(Item::Line { line, x: at, size });
            self.cursor += leading - size;
        }
    }

    /// A paragraph across the text area in the person's direction.
    pub fn paragraph(&mut self, text: &str, size: f32) {
        let width = self.width();
        self.paragraph_in(text, size, 0.0, width, self.direction);
    }

    /// A value (a name, an amount, a code): it reads in the direction of
    /// its own first letter, on the person's side of the page.
    pub fn value(&mut self, text: &str, size: f32) {
        let width = self.width();
        let base = text::direction_of(text);
        self.aligned(text, size, 0.0, width, base, self.direction);
    }

    /// A paragraph in Italian (left to right), e.g. under its translation.
    pub fn italian(&mut self, text: &str, size: f32) {
        let width = self.width();
        self.paragraph_in(text, size, 0.0, width, Direction::Ltr);
    }

    /// A centred single line (codes, titles), shrunk to fit.
    pub fn centred(&mut self, text: &str, size: f32) {
        let mut size = size;
        let mut line = self
            .typesetter
            .line(&text::clean(text), size, Direction::Ltr, self.arabic);
        while line.width > self.width() && size > 6.0 {
            size -= 1.0;
            line = self
                .typesetter
                .line(&text::clean(text), size, Direction::Ltr, self.arabic);
        }
        self.room(size * 1.4);
        self.cursor += size;
        let x = self.left() + ((self.width() - line.width) / 2.0).max(0.0);
        self.place(Item::Line { line, x, size });
        self.cursor += size * 0.4;
    }

    pub fn gap(&mut self, points: f32) {
        self.cursor += points;
    }

    pub fn rule(&mut self) {
        self.room(6.0);
        self.cursor += 3.0;
        let (x1, x2) = (self.left(), self.left() + self.width());
        self.place(Item::Rule { x1, x2 });
        self.cursor += 3.0;
    }

    /// An empty box to write in (signature, date), with its label above.
    pub fn write_in_box(&mut self, label: &str, height: f32) {
        self.room(height + 20.0);
        self.paragraph(label, 8.0);
        self.cursor += 2.0;
        let (x, width) = (self.left(), self.width());
        self.place(Item::Box { x, width, height });
        self.cursor += height + 6.0;
    }

    /// A QR code, `size` points wide, centred.
    pub fn qr(&mut self, payload: &str, size: f32) -> bool {
        let Ok(code) =
            qrcode::QrCode::with_error_correction_level(payload.as_bytes(), qrcode::EcLevel::M)
        else {
            return false;
        };
        let n = code.width();
        // A quiet zone of four modules on each side.
        let module = size / (n as f32 + 8.0);
        let dark = code
            .to_colors()
            .iter()
            .enumerate()
            .filter(|(_, c)| **c == qrcode::Color::Dark)
            .map(|(i, _)| (i % n, i / n))
            .collect();
        self.room(size);
        let x = self.left() + (self.width() - size) / 2.0 + 4.0 * module;
        self.cursor += 4.0 * module;
        self.place(Item::Modules { x, module, dark });
        self.cursor += size - 4.0 * module;
        true
    }

    /// The finished PDF.
    pub fn finish(self, title: &str) -> Vec<u8> {
        let mut doc = PdfDocument::new(title);
        let mut fonts: BTreeMap<Face, FontId> = BTreeMap::new();
        // The stamp as large as fits across the paper, at most 28 pt.
        let usable = (self.paper.width_mm() - 6.0) * MM;
        let stamp_line = self.stamp.as_ref().map(|s| {
            let text = text::clean(s);
            let line = self
                .typesetter
                .line(&text, 28.0, Direction::Ltr, self.arabic);
            if line.width > usable {
                let size = 28.0 * usable / line.width;
                (
                    self.typesetter
                        .line(&text, size, Direction::Ltr, self.arabic),
                    size,
                )
            } else {
                (line, 28.0)
            }
        });
        let mut wanted: Vec<Face> = self
            .pages
            .iter()
            .flatten()
            .flat_map(|p| match &p.item {
                Item::Line { line, .. } => text::faces_of(line).collect::<Vec<_>>(),
                _ => Vec::new(),
            })
            .collect();
        if let Some((line, _)) = &stamp_line {
            wanted.extend(text::faces_of(line));
        }
        for face in wanted {
            if let std::collections::btree_map::Entry::Vacant(slot) = fonts.entry(face)
                && let Some(loaded) = self.typesetter.face(face)
            {
                slot.insert(doc.add_font(&loaded.pdf));
            }
        }
        let width = self.paper.width_mm() * MM;
        for items in &self.pages {
            let height = match self.paper {
                Paper::A4 => self.page_height(),
                // The roll is as long as its content.
                Paper::Roll80 => self.cursor + self.left(),
            };
            let mut ops = Vec::new();
            for placed in items {
                let y = height - placed.top;
                match &placed.item {
                    Item::Line { line, x, size } => {
                        text::draw(line, *x, y, *size, &fonts, &mut ops);
                    }
                    Item::Rule { x1, x2 } => ops.push(Op::DrawLine {
                        line: PdfLine {
                            points: vec![
                                LinePoint {
                                    p: Point {
                                        x: Pt(*x1),
                                        y: Pt(y),
                                    },
                                    bezier: false,
                                },
                                LinePoint {
                                    p: Point {
                                        x: Pt(*x2),
                                        y: Pt(y),
                                    },
                                    bezier: false,
                                },
                            ],
                            is_closed: false,
                        },
                    }),
                    Item::Box { x, width, height } => ops.push(Op::DrawRectangle {
                        rectangle: Rect {
                            mode: Some(PaintMode::Stroke),
                            ..Rect::from_xywh(Pt(*x), Pt(y - height), Pt(*width), Pt(*height))
                        },
                    }),
                    Item::Modules { x, module, dark } => {
                        ops.push(Op::SetFillColor {
                            col: Color::Rgb(Rgb::new(0.0, 0.0, 0.0, None)),
                        });
                        for (col, row) in dark {
                            ops.push(Op::DrawRectangle {
                                rectangle: Rect {
                                    mode: Some(PaintMode::Fill),
                                    ..Rect::from_xywh(
                                        Pt(x + *col as f32 * module),
                                        Pt(y - (*row as f32 + 1.0) * module),
                                        Pt(*module),
                                        Pt(*module),
                                    )
                                },
                            });
                        }
                    }
                }
            }
            if let Some((line, size)) = &stamp_line {
                // Grey, across the middle of every page.
                ops.push(Op::SetFillColor {
                    col: Color::Rgb(Rgb::new(0.6, 0.6, 0.6, None)),
                });
                let x = ((width - line.width) / 2.0).max(2.0);
                text::draw(line, x, height / 2.0, *size, &fonts, &mut ops);
                ops.push(Op::SetFillColor {
                    col: Color::Rgb(Rgb::new(0.0, 0.0, 0.0, None)),
                });
            }
            doc.pages.push(PdfPage::new(
                Mm(self.paper.width_mm()),
                Mm(height / MM),
                ops,
            ));
        }
        let mut warnings = Vec::new();
        doc.save(
            &PdfSaveOptions {
                subset_fonts: true,
                ..PdfSaveOptions::default()
            },
            &mut warnings,
        )
    }
}
