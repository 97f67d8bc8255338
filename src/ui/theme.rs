//! Colours, sizes and widget styles. Two palettes: the normal one follows
//! the blue of the Italian public administration (Designers Italia), with
//! text at least 4.5:1 on its background (WCAG AA); the high-contrast one is
//! yellow and white on black, at least 7:1 (WCAG AAA). The ratios are
//! checked by a test below. Sizes are multiplied by the text-size step.

use iced::widget::{button, container, progress_bar};
use iced::{Background, Border, Color, Shadow, Theme, color};

pub const TEXT_SIZE: f32 = 24.0;
pub const SMALL_TEXT_SIZE: f32 = 20.0;
pub const HEADING_SIZE: f32 = 36.0;
pub const TITLE_SIZE: f32 = 64.0;
/// The smallest height of anything a finger taps.
pub const TAP_TARGET: f32 = 72.0;
/// The height of an on-screen key (at least 64 px, the floor).
pub const KEY_HEIGHT: f32 = 64.0;
pub const SPACING: f32 = 16.0;
pub const PAGE_PADDING: f32 = 32.0;

/// The text-size steps the person can choose from every page.
pub const TEXT_SCALES: [f32; 3] = [1.0, 1.25, 1.5];

/// The colours of one look.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: Color,
    pub text: Color,
    /// Secondary text (hints, counts).
    pub muted: Color,
    /// Buttons and frames.
    pub primary: Color,
    /// Pressed buttons and headings.
    pub primary_dark: Color,
    /// Text on a primary button.
    pub on_primary: Color,
    /// Behind sections and selected options.
    pub surface: Color,
    pub danger: Color,
    /// Text on the danger colour.
    pub on_danger: Color,
    /// The keys of the on-screen keyboard.
    pub key: Color,
}

/// Blue #0066CC (5.6:1 on white), dark blue #004080 (9.9:1), text #1A1A1A.
pub const NORMAL: Palette = Palette {
    background: Color::WHITE,
    text: color!(0x1A1A1A),
    muted: color!(0x4D4D4D),
    primary: color!(0x0066CC),
    primary_dark: color!(0x004080),
    on_primary: Color::WHITE,
    surface: color!(0xEEF4FB),
    danger: color!(0xB00020),
    on_danger: Color::WHITE,
    key: color!(0xE4E9F0),
};

/// Black, white and yellow: every pair at least 7:1.
pub const HIGH_CONTRAST: Palette = Palette {
    background: Color::BLACK,
    text: Color::WHITE,
    muted: color!(0xFFFF66),
    primary: color!(0xFFE000),
    primary_dark: color!(0xFFFFFF),
    on_primary: Color::BLACK,
    surface: color!(0x1A1A1A),
    danger: color!(0xFF8A80),
    on_danger: Color::BLACK,
    key: color!(0x262626),
};

/// The iced theme of a palette (the background of the window).
pub fn theme(palette: &Palette) -> Theme {
    Theme::custom(
        "SerTo".to_owned(),
        iced::theme::Palette {
            background: palette.background,
            text: palette.text,
            primary: palette.primary,
            success: color!(0x00703C),
            warning: color!(0x8A5300),
            danger: palette.danger,
        },
    )
}

type ButtonStyle = Box<dyn Fn(&Theme, button::Status) -> button::Style>;
type ContainerStyle = Box<dyn Fn(&Theme) -> container::Style>;

fn border(color: Color, width: f32, radius: f32) -> Border {
    Border {
        color,
        width,
        radius: radius.into(),
    }
}

/// A large tile with a frame: services, languages, options. `selected`
/// fills it (a chosen answer).
pub fn tile(p: Palette, selected: bool) -> ButtonStyle {
    Box::new(move |_, status| {
        let background = match (selected, status) {
            (true, _) | (false, button::Status::Pressed) => p.surface,
            _ => p.background,
        };
        let frame = match status {
            button::Status::Pressed | button::Status::Hovered => p.primary_dark,
            _ => p.primary,
        };
        button::Style {
            background: Some(Background::Color(background)),
            text_color: p.text,
            border: border(frame, if selected { 6.0 } else { 3.0 }, 12.0),
            shadow: Shadow::default(),
            snap: true,
        }
    })
}

/// A filled button for the main action of a page.
pub fn primary(p: Palette) -> ButtonStyle {
    Box::new(move |_, status| {
        let background = match status {
            button::Status::Pressed => p.primary_dark,
            _ => p.primary,
        };
        button::Style {
            background: Some(Background::Color(background)),
            text_color: p.on_primary,
            border: border(p.primary_dark, 2.0, 12.0),
            shadow: Shadow::default(),
            snap: true,
        }
    })
}

/// A framed button for the other actions (Back, Change, Print again).
pub fn secondary(p: Palette) -> ButtonStyle {
    Box::new(move |_, status| button::Style {
        background: Some(Background::Color(match status {
            button::Status::Pressed => p.surface,
            _ => p.background,
        })),
        text_color: p.primary_dark,
        border: border(p.primary, 3.0, 12.0),
        shadow: Shadow::default(),
        snap: true,
    })
}

/// A whole field made one tap target: nothing drawn of its own, and the
/// page's text colour for what it holds (iced's default is black, which
/// drew the questions black on black in high contrast).
pub fn plain(p: Palette) -> ButtonStyle {
    Box::new(move |_, _| button::Style {
        background: None,
        text_color: p.text,
        border: Border::default(),
        shadow: Shadow::default(),
        snap: true,
    })
}

/// A key of the on-screen keyboard.
pub fn key(p: Palette) -> ButtonStyle {
    Box::new(move |_, status| button::Style {
        background: Some(Background::Color(match status {
            button::Status::Pressed => p.primary,
            _ => p.key,
        })),
        text_color: match status {
            button::Status::Pressed => p.on_primary,
            _ => p.text,
        },
        border: border(p.muted, 1.0, 8.0),
        shadow: Shadow::default(),
        snap: true,
    })
}

/// A light section behind a group of things.
pub fn section(p: Palette) -> ContainerStyle {
    Box::new(move |_| container::Style {
        background: Some(Background::Color(p.surface)),
        border: border(p.surface, 0.0, 16.0),
        text_color: Some(p.text),
        ..container::Style::default()
    })
}

/// The box that shows what the person typed; red-framed with an error,
/// thick-framed while the keyboard writes into it.
pub fn input(p: Palette, active: bool, error: bool) -> ContainerStyle {
    Box::new(move |_| container::Style {
        background: Some(Background::Color(p.background)),
        border: border(
            if error { p.danger } else { p.primary_dark },
            if active || error { 4.0 } else { 2.0 },
            8.0,
        ),
        text_color: Some(p.text),
        ..container::Style::default()
    })
}

/// The error summary: a red frame at the top of the page.
pub fn error_summary(p: Palette) -> ContainerStyle {
    Box::new(move |_| container::Style {
        background: Some(Background::Color(p.background)),
        border: border(p.danger, 5.0, 8.0),
        text_color: Some(p.text),
        ..container::Style::default()
    })
}

/// The progress bar: the done part in the primary colour on the surface,
/// framed so the whole length shows. `mirrored`: for a right-to-left page
/// the bar's colours swap (iced fills from the left), so the done part is
/// on the right.
pub fn progress(p: Palette, mirrored: bool) -> impl Fn(&Theme) -> progress_bar::Style {
    move |_| {
        let (done, rest) = if mirrored {
            (p.surface, p.primary)
        } else {
            (p.primary, p.surface)
        };
        progress_bar::Style {
            background: Background::Color(rest),
            bar: Background::Color(done),
            border: border(p.primary_dark, 1.0, 6.0),
        }
    }
}

/// A dialog over the page: the page's own background, a thick frame.
pub fn dialog(p: Palette) -> ContainerStyle {
    Box::new(move |_| container::Style {
        background: Some(Background::Color(p.background)),
        border: border(p.primary_dark, 5.0, 16.0),
        text_color: Some(p.text),
        ..container::Style::default()
    })
}

/// What covers the page behind a dialog: the page's text colour, mostly
/// see-through, so the dialog stands out and the page is still known.
pub fn backdrop(p: Palette) -> ContainerStyle {
    Box::new(move |_| container::Style {
        background: Some(Background::Color(Color { a: 0.6, ..p.text })),
        ..container::Style::default()
    })
}

/// A band in the danger colour (out of service, operator called).
pub fn alarm(p: Palette) -> ContainerStyle {
    Box::new(move |_| container::Style {
        background: Some(Background::Color(p.danger)),
        text_color: Some(p.on_danger),
        ..container::Style::default()
    })
}

/// A band that informs (printing, printed): white on dark blue (9.9:1),
/// black on white in high contrast.
pub fn notice(p: Palette) -> ContainerStyle {
    Box::new(move |_| container::Style {
        background: Some(Background::Color(p.primary_dark)),
        text_color: Some(p.on_primary),
        ..container::Style::default()
    })
}

/// A full page in the primary dark colour (attract, idle warning).
pub fn attract(p: Palette) -> ContainerStyle {
    Box::new(move |_| container::Style {
        background: Some(Background::Color(p.primary_dark)),
        text_color: Some(p.background),
        ..container::Style::default()
    })
}

/// A rounded label that invites a touch.
pub fn pill(p: Palette) -> ContainerStyle {
    Box::new(move |_| container::Style {
        background: Some(Background::Color(p.background)),
        border: border(p.background, 0.0, 48.0),
        text_color: Some(p.primary_dark),
        ..container::Style::default()
    })
}

/// The WCAG 2.2 contrast ratio of two colours.
pub fn contrast(a: Color, b: Color) -> f32 {
    fn luminance(c: Color) -> f32 {
        let channel = |v: f32| {
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pair of text and its background a screen draws.
    fn pairs(p: &Palette) -> Vec<(&'static str, Color, Color)> {
        vec![
            ("text", p.text, p.background),
            ("muted", p.muted, p.background),
            ("primary frame text", p.primary_dark, p.background),
            ("button", p.on_primary, p.primary),
            ("pressed button", p.on_primary, p.primary_dark),
            ("text on surface", p.text, p.surface),
            ("muted on surface", p.muted, p.surface),
            ("heading on surface", p.primary_dark, p.surface),
            ("danger", p.danger, p.background),
            ("on danger", p.on_danger, p.danger),
            ("key", p.text, p.key),
            ("attract", p.background, p.primary_dark),
            ("notice", p.on_primary, p.primary_dark),
        ]
    }

    #[test]
    fn normal_text_is_at_least_4_5_to_1_and_high_contrast_7_to_1() {
        for (name, fg, bg) in pairs(&NORMAL) {
            assert!(
                contrast(fg, bg) >= 4.5,
                "normal {name}: {:.2}",
                contrast(fg, bg)
            );
        }
        for (name, fg, bg) in pairs(&HIGH_CONTRAST) {
            assert!(
                contrast(fg, bg) >= 7.0,
                "high contrast {name}: {:.2}",
                contrast(fg, bg)
            );
        }
    }

    #[test]
    fn the_contrast_formula_matches_wcag_examples() {
        assert!((contrast(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(color!(0x0066CC), Color::WHITE) - 5.57).abs() < 0.05);
    }
}
