//! Text for the PDFs: printpdf places glyphs but does not shape, so lines
//! are cut into bidi runs (unicode-bidi), each run into runs of one face,
//! each shaped with rustybuzz (joining, ligatures, conjuncts, marks), and
//! the glyphs are written with their Unicode text attached so the PDF can
//! be searched and read back. Wrapping measures shaped words.

use std::collections::BTreeMap;

use printpdf::{Codepoint, FontId, Op, PdfFontHandle, Pt, TextItem, TextMatrix};
use unicode_bidi::{BidiInfo, Level};

use crate::fonts::Face;

/// A face parsed once for shaping and once for the PDF.
pub struct LoadedFace {
    shaper: rustybuzz::Face<'static>,
    pub pdf: printpdf::ParsedFont,
    upem: f32,
}

/// Every embedded face, loaded once per process (parsing the CJK face is
/// the slow part: tens of milliseconds).
pub struct Typesetter {
    faces: BTreeMap<Face, LoadedFace>,
}

impl std::fmt::Debug for Typesetter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Typesetter").finish_non_exhaustive()
    }
}

/// One shaped glyph, in visual order.
#[derive(Debug, Clone)]
struct Glyph {
    gid: u16,
    /// Pen advance, in points.
    advance: f32,
    /// The face's own advance for the glyph, in points (what the PDF viewer
    /// will move by unless told otherwise).
    natural: f32,
    x_offset: f32,
    y_offset: f32,
    /// The text this glyph stands for (first glyph of its cluster).
    text: Option<String>,
}

/// A run of glyphs of one face, in visual order.
#[derive(Debug, Clone)]
struct Run {
    face: Face,
    glyphs: Vec<Glyph>,
    width: f32,
}

/// A laid-out line: runs in visual order and its width in points.
#[derive(Debug, Clone)]
pub struct Line {
    runs: Vec<Run>,
    pub width: f32,
}

/// Which way a paragraph reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Typesetter {
    pub fn load() -> Option<Self> {
        let mut faces = BTreeMap::new();
        for face in Face::ALL {
            let bytes = face.bytes();
            let shaper = rustybuzz::Face::from_slice(bytes, 0)?;
            let upem = f32::from(shaper.units_per_em().max(1) as u16);
            let mut warnings = Vec::new();
            let pdf = printpdf::ParsedFont::from_bytes(bytes, 0, &mut warnings)?;
            faces.insert(face, LoadedFace { shaper, pdf, upem });
        }
        Some(Self { faces })
    }

    pub fn face(&self, face: Face) -> Option<&LoadedFace> {
        self.faces.get(&face)
    }

    /// Lays out a paragraph in lines no wider than `width` points.
    /// `arabic` is the face for Arabic-script letters of this paragraph.
    pub fn paragraph(
        &self,
        text: &str,
        size: f32,
        width: f32,
        direction: Direction,
        arabic: Face,
    ) -> Vec<Line> {
        let text = clean(text);
        if text.is_empty() {
            return Vec::new();
        }
        // Greedy wrapping on spaces, each word shaped once (shaping does
        // not join across a space); a word wider than the line is cut.
        let space = self.measure(" ", size, direction, arabic);
        let mut lines: Vec<String> = Vec::new();
        let mut current = String::new();
        let mut current_width = 0.0;
        for word in text.split(' ').filter(|w| !w.is_empty()) {
            let word_width = self.measure(word, size, direction, arabic);
            if current.is_empty() && word_width <= width {
                current = word.to_owned();
                current_width = word_width;
                continue;
            }
            if !current.is_empty() && current_width + space + word_width <= width {
                current.push(' ');
                current.push_str(word);
                current_width += space + word_width;
                continue;
            }
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            if word_width <= width {
                current = word.to_owned();
                current_width = word_width;
            } else {
                // Cut a long word (or a line of Chinese, which has no
                // spaces) where it no longer fits, by the widths of its
                // characters.
                let mut piece = String::new();
                let mut piece_width = 0.0;
                for c in word.chars() {
                    let mut buf = [0_u8; 4];
                    let w = self.measure(c.encode_utf8(&mut buf), size, direction, arabic);
                    if !piece.is_empty() && piece_width + w > width {
                        lines.push(std::mem::take(&mut piece));
                        piece_width = 0.0;
                    }
                    piece.push(c);
                    piece_width += w;
                }
                current_width = piece_width;
                current = piece;
            }
        }
        if !current.is_empty() {
            lines.push(current);
        }
        lines
            .iter()
            .map(|l| self.line(l, size, direction, arabic))
            .collect()
    }

    fn measure(&self, text: &str, size: f32, direction: Direction, arabic: Face) -> f32 {
        self.line(text, size, direction, arabic).width
    }

    /// Shapes one line (no wrapping).
    pub fn line(&self, text: &str, size: f32, direction: Direction, arabic: Face) -> Line {
        let base = match direction {
            Direction::Ltr => Level::ltr(),
            Direction::Rtl => Level::rtl(),
        };
        let isolated;
        let text = if direction == Direction::Rtl {
            isolated = isolate_digit_groups(text);
            isolated.as_str()
        } else {
            text
        };
        let bidi = BidiInfo::new(text, Some(base));
        let mut runs = Vec::new();
        for paragraph in &bidi.paragraphs {
            let (levels, visual) = bidi.visual_runs(paragraph, paragraph.range.clone());
            for range in visual {
                let rtl = levels[range.start].is_rtl();
                let mut pieces = self.by_face(&text[range.clone()], arabic);
                if rtl {
                    pieces.reverse();
                }
                for (face, piece) in pieces {
                    // The isolates of `isolate_digit_groups` have done
                    // their work in the bidi pass; no face draws them.
                    if piece.contains([LRI, PDI]) {
                        let piece = piece.replace([LRI, PDI], "");
                        if !piece.is_empty() {
                            runs.push(self.shape(face, &piece, size, rtl));
                        }
                    } else {
                        runs.push(self.shape(face, piece, size, rtl));
                    }
                }
            }
        }
        let width = runs.iter().map(|r| r.width).sum();
        Line { runs, width }
    }

    /// Splits text (logical order) into pieces of one face each; spaces,
    /// digits and punctuation stay with the face around them.
    fn by_face<'t>(&self, text: &'t str, arabic: Face) -> Vec<(Face, &'t str)> {
        let mut pieces: Vec<(Face, &'t str)> = Vec::new();
        let mut start = 0;
        let mut current: Option<Face> = None;
        for (i, c) in text.char_indices() {
            let face = match Face::for_char(c, arabic) {
                Some(face) => face,
                // Spaces, digits and punctuation stay with the face around
                // them, if it has them (the Arabic face has no brackets).
                None => match current {
                    Some(f) if self.has_glyph(f, c) => continue,
                    // At the start of a run, or where the face around lacks
                    // it: the Latin face has every digit and punctuation mark.
                    _ => Face::Latin,
                },
            };
            match current {
                None => current = Some(face),
                Some(f) if f != face => {
                    pieces.push((f, &text[start..i]));
                    start = i;
                    current = Some(face);
                }
                Some(_) => {}
            }
        }
        if start < text.len() {
            pieces.push((current.unwrap_or(Face::Latin), &text[start..]));
        }
        pieces
    }

    fn has_glyph(&self, face: Face, c: char) -> bool {
        self.faces
            .get(&face)
            .is_some_and(|f| f.shaper.glyph_index(c).is_some())
    }

    fn shape(&self, face: Face, text: &str, size: f32, rtl: bool) -> Run {
        let Some(loaded) = self.faces.get(&face) else {
            return Run {
                face,
                glyphs: Vec::new(),
                width: 0.0,
            };
        };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(&loaded.shaper, &[], buffer);
        let scale = size / loaded.upem;
        let infos = shaped.glyph_infos();
        let positions = shaped.glyph_positions();
        // Cluster starts, sorted, to cut the text each cluster stands for.
        let mut starts: Vec<usize> = infos.iter().map(|g| g.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let text_of = |cluster: usize| {
            let end = starts
                .iter()
                .find(|&&s| s > cluster)
                .copied()
                .unwrap_or(text.len());
            text.get(cluster..end).map(str::to_owned)
        };
        let mut seen = std::collections::BTreeSet::new();
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut width = 0.0;
        for (info, pos) in infos.iter().zip(positions) {
            let gid = u16::try_from(info.glyph_id).unwrap_or(0);
            let natural = loaded
                .shaper
                .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(gid))
                .map_or(0.0, f32::from)
                * scale;
            let advance = pos.x_advance as f32 * scale;
            let cluster = info.cluster as usize;
            glyphs.push(Glyph {
                gid,
                advance,
                natural,
                x_offset: pos.x_offset as f32 * scale,
                y_offset: pos.y_offset as f32 * scale,
                text: if seen.insert(cluster) {
                    text_of(cluster)
                } else {
                    None
                },
            });
            width += advance;
        }
        Run {
            face,
            glyphs,
            width,
        }
    }
}

/// The direction of a text by its first strong letter (left to right when
/// it has none: numbers, codes, amounts).
pub fn direction_of(text: &str) -> Direction {
    use unicode_bidi::BidiClass;
    text.chars()
        .find_map(|c| match unicode_bidi::bidi_class(c) {
            BidiClass::L => Some(Direction::Ltr),
            BidiClass::R | BidiClass::AL => Some(Direction::Rtl),
            _ => None,
        })
        .unwrap_or(Direction::Ltr)
}

/// LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE (UAX #9).
const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

/// In a right-to-left line, a number written in groups — "0575 1820242",
/// "+39 333 123 4567" — must read as one left-to-right run. The bidi
/// algorithm orders its groups right to left ("1820242 0575"), since the
/// spaces between them take the paragraph's direction; each such number is
/// wrapped in LRI…PDI here, and the marks are dropped before shaping.
/// Numbers without a space (dates, amounts, "AR-K01-…" codes) already read
/// right and are left as they are.
fn isolate_digit_groups(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        if !starts {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The span: digits, and single separators between digits.
        let mut end = i + 1;
        let mut spaced = false;
        loop {
            match chars.get(end) {
                Some(c) if c.is_ascii_digit() => end += 1,
                Some(&c)
                    if matches!(c, ' ' | '\u{a0}' | '-' | '.' | '/')
                        && chars.get(end + 1).is_some_and(char::is_ascii_digit) =>
                {
                    spaced |= c == ' ' || c == '\u{a0}';
                    end += 1;
                }
                _ => break,
            }
        }
        if spaced {
            out.push(LRI);
            out.extend(&chars[i..end]);
            out.push(PDI);
        } else {
            out.extend(&chars[i..end]);
        }
        i = end;
    }
    out
}

/// Removes what must never reach paper: control characters, bidi overrides
/// and isolates (the layout decides direction), and collapses spaces.
pub fn clean(text: &str) -> String {
    let kept: String = text
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .filter(|c| {
            !(c.is_control()
                || matches!(u32::from(*c), 0x202A..=0x202E | 0x2066..=0x2069 | 0x200E | 0x200F))
        })
        .collect();
    kept.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes a line with its left edge at `x` and baseline at `y` (points).
/// `fonts` maps each face to the document's font id.
pub fn draw(
    line: &Line,
    x: f32,
    y: f32,
    size: f32,
    fonts: &BTreeMap<Face, FontId>,
    ops: &mut Vec<Op>,
) {
    let mut pen = x;
    for run in &line.runs {
        let Some(font) = fonts.get(&run.face) else {
            pen += run.width;
            continue;
        };
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(font.clone()),
            size: Pt(size),
        });
        // Glyphs without offsets go in one TJ array after the run's start;
        // a glyph the shaper moved (a mark, a Nastaliq step) is placed on
        // its own.
        let mut batch: Vec<Codepoint> = Vec::new();
        let mut batch_x = pen;
        let flush = |batch: &mut Vec<Codepoint>, at: f32, ops: &mut Vec<Op>| {
            if batch.is_empty() {
                return;
            }
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(at), Pt(y)),
            });
            ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(std::mem::take(batch))],
            });
        };
        for g in &run.glyphs {
            if g.x_offset != 0.0 || g.y_offset != 0.0 {
                flush(&mut batch, batch_x, ops);
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(pen + g.x_offset), Pt(y + g.y_offset)),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::GlyphIds(vec![Codepoint {
                        gid: g.gid,
                        offset: 0.0,
                        cid: g.text.clone(),
                    }])],
                });
                pen += g.advance;
                batch_x = pen;
                continue;
            }
            if batch.is_empty() {
                batch_x = pen;
            }
            // The viewer advances by the face's width: correct it to the
            // shaped advance (TJ numbers are thousandths of the size,
            // positive to the left).
            let offset = if size > 0.0 {
                (g.natural - g.advance) * 1000.0 / size
            } else {
                0.0
            };
            batch.push(Codepoint {
                gid: g.gid,
                offset,
                cid: g.text.clone(),
            });
            pen += g.advance;
        }
        flush(&mut batch, batch_x, ops);
        ops.push(Op::EndTextSection);
    }
}

/// The faces a line uses (to add only those to a document).
pub fn faces_of(line: &Line) -> impl Iterator<Item = Face> + '_ {
    line.runs.iter().map(|r| r.face)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_numbers_in_spaced_groups_are_isolated() {
        let isolated = |s: &str| isolate_digit_groups(s);
        assert_eq!(
            isolated("بالرقم 0575 1820242."),
            "بالرقم \u{2066}0575 1820242\u{2069}."
        );
        assert_eq!(
            isolated("+39 333 123 4567"),
            "\u{2066}+39 333 123 4567\u{2069}"
        );
        // Already one run: left alone.
        for same in [
            "28/11/2026",
            "12,50 €",
            "AR-K01-7KX2-94MF",
            "52100",
            "a 2 b",
        ] {
            assert_eq!(isolated(same), same);
        }
        // Two spaces are two numbers, not one.
        assert_eq!(isolated("1  2"), "1  2");
    }
}
