//! Colours, sizes and widget styles. Contrast of text on its background is at
//! least 4.5:1 (WCAG AA) everywhere; the palette follows the blue of the
//! Italian public administration (Designers Italia).

use iced::widget::{button, container};
use iced::{Background, Border, Color, Shadow, Theme, color};

pub const TEXT_SIZE: f32 = 24.0;
pub const SMALL_TEXT_SIZE: f32 = 20.0;
pub const HEADING_SIZE: f32 = 36.0;
pub const TITLE_SIZE: f32 = 64.0;
/// The smallest height of anything a finger taps.
pub const TAP_TARGET: f32 = 72.0;
pub const SPACING: f32 = 16.0;
pub const PAGE_PADDING: f32 = 32.0;

/// Blue #0066CC: 5.6:1 on white.
pub const PRIMARY: Color = color!(0x0066CC);
/// Dark blue for pressed buttons and headings: 9.9:1 on white.
pub const PRIMARY_DARK: Color = color!(0x004080);
pub const TEXT: Color = color!(0x1A1A1A);
/// Secondary text, #4D4D4D: 8.5:1 on white.
pub const TEXT_MUTED: Color = color!(0x4D4D4D);
pub const BACKGROUND: Color = Color::WHITE;
/// Light blue surface behind sections: text on it stays above 12:1.
pub const SURFACE: Color = color!(0xEEF4FB);
pub const DANGER: Color = color!(0xB00020);

pub fn theme() -> Theme {
    Theme::custom(
        "SerTo".to_owned(),
        iced::theme::Palette {
            background: BACKGROUND,
            text: TEXT,
            primary: PRIMARY,
            success: color!(0x00703C),
            warning: color!(0x8A5300),
            danger: DANGER,
        },
    )
}

/// A large white tile with a blue frame: services and languages.
pub fn tile(_theme: &Theme, status: button::Status) -> button::Style {
    let (background, border) = match status {
        button::Status::Pressed => (SURFACE, PRIMARY_DARK),
        button::Status::Hovered => (BACKGROUND, PRIMARY_DARK),
        button::Status::Active | button::Status::Disabled => (BACKGROUND, PRIMARY),
    };
    button::Style {
        background: Some(Background::Color(background)),
        text_color: TEXT,
        border: Border {
            color: border,
            width: 3.0,
            radius: 12.0.into(),
        },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// A filled blue button for the main action of a page.
pub fn primary(_theme: &Theme, status: button::Status) -> button::Style {
    let background = match status {
        button::Status::Pressed | button::Status::Hovered => PRIMARY_DARK,
        button::Status::Active | button::Status::Disabled => PRIMARY,
    };
    button::Style {
        background: Some(Background::Color(background)),
        text_color: Color::WHITE,
        border: Border {
            color: background,
            width: 0.0,
            radius: 12.0.into(),
        },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// A light section behind a category's services.
pub fn section(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(SURFACE)),
        border: Border {
            radius: 16.0.into(),
            ..Border::default()
        },
        text_color: Some(TEXT),
        ..container::Style::default()
    }
}

/// The out-of-service page: dark red band, white text (7.9:1).
pub fn alarm(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(DANGER)),
        text_color: Some(Color::WHITE),
        ..container::Style::default()
    }
}

/// The attract screen: white on dark blue (9.9:1).
pub fn attract(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(PRIMARY_DARK)),
        text_color: Some(Color::WHITE),
        ..container::Style::default()
    }
}

/// A white rounded label that invites a touch.
pub fn pill(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(BACKGROUND)),
        border: Border {
            radius: 48.0.into(),
            ..Border::default()
        },
        text_color: Some(PRIMARY_DARK),
        ..container::Style::default()
    }
}
