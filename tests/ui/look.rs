//! What is drawn, not what the palette says: in high contrast and large
//! text, every question and label of a page stands out from the page.
//! (The palette's test passed while the questions of every text-entry page
//! were drawn black on black.)

use crate::common::gui::Person;

/// WCAG relative luminance of an sRGB pixel.
fn luminance(r: u8, g: u8, b: u8) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

fn contrast(a: f64, b: f64) -> f64 {
    let (light, dark) = if a > b { (a, b) } else { (b, a) };
    (light + 0.05) / (dark + 0.05)
}

/// The strongest contrast between a text's pixels and the colour most of
/// its box has (the background it is drawn on).
fn drawn_contrast(p: &Person, text: &str) -> f64 {
    let bounds = p.bounds_of(text);
    let (width, height, rgba) = p.pixels();
    let scale = width as f32 / p.size.0;
    let x0 = (bounds.x * scale).max(0.0) as usize;
    let y0 = (bounds.y * scale).max(0.0) as usize;
    let x1 = (((bounds.x + bounds.width) * scale) as usize).min(width);
    let y1 = (((bounds.y + bounds.height) * scale) as usize).min(height);
    let mut seen = std::collections::BTreeMap::<[u8; 3], usize>::new();
    for y in y0..y1 {
        for x in x0..x1 {
            let i = (y * width + x) * 4;
            *seen.entry([rgba[i], rgba[i + 1], rgba[i + 2]]).or_default() += 1;
        }
    }
    let background = seen
        .iter()
        .max_by_key(|(_, n)| **n)
        .map(|(c, _)| luminance(c[0], c[1], c[2]))
        .expect("the text has pixels");
    seen.keys()
        .map(|c| contrast(luminance(c[0], c[1], c[2]), background))
        .fold(1.0, f64::max)
}

/// A text-entry page (the first of the residence change's personal data)
/// in high contrast and the largest text: the page's question, each
/// field's label and the bar stand out at 7:1 or more.
fn text_entry_page_in_high_contrast(language: &str) {
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    p.walk_to_the_names_of_a_residence_change(language);
    p.tap(&p.tr("bar-contrast-high"));
    p.tap(&p.tr("bar-text-size"));
    p.tap(&p.tr("keyboard-hide"));
    for key in [
        "flow-residence-change-page-applicant",
        "flow-residence-change-surname",
        "flow-residence-change-given_name",
        "bar-contrast-normal",
    ] {
        let text = p.tr(key);
        let drawn = drawn_contrast(&p, &text);
        assert!(
            drawn >= 7.0,
            "{language}: “{text}” is drawn at {drawn:.1}:1 on its background"
        );
    }
}

#[test]
fn high_contrast_draws_the_questions_in_italian() {
    text_entry_page_in_high_contrast("Italiano");
}

#[test]
fn high_contrast_draws_the_questions_in_bengali() {
    text_entry_page_in_high_contrast("বাংলা");
}

#[test]
fn high_contrast_draws_the_questions_in_urdu() {
    text_entry_page_in_high_contrast("اردو");
}
