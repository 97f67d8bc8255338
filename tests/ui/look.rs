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
/// its box has (the background it is drawn on), on a rendered screen.
fn contrast_in(p: &Person, screen: &(usize, usize, Vec<u8>), text: &str) -> f64 {
    let bounds = p.bounds_of(text);
    let (width, height, rgba) = screen;
    let (width, height) = (*width, *height);
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

/// Every text of the screen named by its Fluent key is drawn at `least`
/// or more against its background.
fn all_stand_out(p: &Person, page: &str, keys: &[&str], least: f64) {
    let screen = p.pixels();
    for key in keys {
        let text = p.tr(key);
        let drawn = contrast_in(p, &screen, &text);
        assert!(
            drawn >= least,
            "{page}: “{text}” ({key}) is drawn at {drawn:.1}:1, under {least}:1"
        );
    }
}

/// Every kind of page a person meets, in a palette: the home page, a
/// choice, a text-entry page with the keyboard, the error summary, the
/// "Leave?" dialog, the check page and a look-up's answer; each page's
/// texts at 4.5:1 or more in the normal palette, 7:1 in high contrast.
fn every_page_type_stands_out(language: &str, high: bool) {
    let least = if high { 7.0 } else { 4.5 };
    let mut p = Person::arrive("serto-no-such-queue", "serto-no-such-queue");
    p.tap(&p.it("attract-touch"));
    p.tap(language);
    if high {
        p.tap(&p.tr("bar-contrast-high"));
    }
    let contrast_key = if high {
        "bar-contrast-normal"
    } else {
        "bar-contrast-high"
    };
    all_stand_out(
        &p,
        "home",
        &["category-citizen-life", "category-health", contrast_key],
        least,
    );
    p.tap(&p.tr("category-citizen-life"));
    p.tap(&p.tr("service-residence-change"));
    p.tap(&p.tr("intro-start"));
    all_stand_out(
        &p,
        "choice",
        &[
            "flow-residence-change-reason",
            "flow-residence-change-reason-within-comune",
            "wizard-continue",
            "wizard-back",
            "wizard-leave",
        ],
        least,
    );
    p.tap(&p.tr("flow-residence-change-reason-within-comune"));
    p.tap(&p.tr("wizard-continue"));
    all_stand_out(
        &p,
        "text entry",
        &[
            "flow-residence-change-surname",
            "wizard-format-name",
            "keyboard-hide",
            "keyboard-clear",
        ],
        least,
    );
    p.tap(&p.tr("keyboard-hide"));
    p.tap(&p.tr("wizard-continue"));
    p.tap(&p.tr("keyboard-hide"));
    all_stand_out(
        &p,
        "error summary",
        &["error-summary-title", "error-summary-hint"],
        least,
    );
    p.tap(&p.tr("wizard-leave"));
    all_stand_out(
        &p,
        "leave dialog",
        &[
            "wizard-leave-question",
            "wizard-leave-yes",
            "wizard-leave-no",
        ],
        least,
    );
    p.tap(&p.tr("wizard-leave-yes"));
    p.tap(&p.tr("service-permit-status"));
    p.tap(&p.tr("intro-start"));
    p.type_on_keyboard("AR12345678");
    p.tap(&p.tr("wizard-continue"));
    all_stand_out(&p, "check", &["check-title", "check-send-status"], least);
    p.tap(&p.tr("check-send-status"));
    all_stand_out(
        &p,
        "answer",
        &[
            "channel-public-page-answered-title",
            "print-result",
            "confirm-finish",
        ],
        least,
    );
}

#[test]
fn every_page_type_stands_out_in_italian() {
    every_page_type_stands_out("Italiano", false);
}

#[test]
fn every_page_type_stands_out_in_italian_high_contrast() {
    every_page_type_stands_out("Italiano", true);
}

#[test]
fn every_page_type_stands_out_in_arabic() {
    every_page_type_stands_out("العربية", false);
}

#[test]
fn every_page_type_stands_out_in_urdu_high_contrast() {
    every_page_type_stands_out("اردو", true);
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
    all_stand_out(
        &p,
        language,
        &[
            "flow-residence-change-page-applicant",
            "flow-residence-change-surname",
            "flow-residence-change-given_name",
            "bar-contrast-normal",
        ],
        7.0,
    );
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
