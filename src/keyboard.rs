//! The on-screen keyboard as data: which keys each layout has, which layout
//! a field starts with (a codice fiscale gets capitals and digits even on an
//! Arabic page), which other layouts the person may switch to, and what a
//! key does to the text. The UI only draws the rows and forwards taps.

use crate::flows::FieldKind;
use crate::i18n::KeyboardLayout;

/// A set of keys shown together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Latin letters plus the accented letters of a language.
    Latin(LatinExtra),
    Ukrainian,
    Arabic,
    Urdu,
    Bengali,
    /// Capital Latin letters and digits, for codes (codice fiscale, NRE…).
    Code,
    /// Lower-case Latin letters, digits and `@ . - _`, for e-mail.
    Email,
    /// Digits, with the few signs a number of that kind needs.
    Digits(DigitsFor),
}

/// The accented letters added to the Latin rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LatinExtra {
    Italian,
    English,
    French,
    Spanish,
    Albanian,
    Romanian,
}

/// What a numeric pad is for: it decides its extra keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigitsFor {
    Number,
    Money,
    Date,
    Phone,
}

/// One key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Inserts this text (one letter, or a ligature such as Arabic لا).
    Insert(&'static str),
    Space,
    Delete,
    /// Empties the field (a wrong code is typed again, not taken apart one
    /// letter at a time).
    Clear,
    /// Moves the caret one letter to the left or to the right, as the
    /// text is shown (in Arabic script, left is forward).
    Left,
    Right,
    /// Capitals on/off (Latin and Cyrillic layouts).
    Capitals,
    /// The second page of a layout with many letters (Bengali vowels).
    OtherLetters,
    /// Switches to another layout allowed for the field.
    Switch(Layout),
    /// Puts the keyboard away (to see the rest of the page).
    Hide,
}

impl Layout {
    /// The layout a language's free-text fields start with.
    pub fn for_language(layout: KeyboardLayout) -> Layout {
        match layout {
            KeyboardLayout::LatinItalian => Layout::Latin(LatinExtra::Italian),
            KeyboardLayout::LatinEnglish => Layout::Latin(LatinExtra::English),
            KeyboardLayout::LatinFrench => Layout::Latin(LatinExtra::French),
            KeyboardLayout::LatinSpanish => Layout::Latin(LatinExtra::Spanish),
            KeyboardLayout::LatinAlbanian => Layout::Latin(LatinExtra::Albanian),
            KeyboardLayout::LatinRomanian => Layout::Latin(LatinExtra::Romanian),
            KeyboardLayout::CyrillicUkrainian => Layout::Ukrainian,
            KeyboardLayout::Arabic => Layout::Arabic,
            KeyboardLayout::Urdu => Layout::Urdu,
            KeyboardLayout::Bengali => Layout::Bengali,
        }
    }

    /// The layouts a field may be typed with, the first one shown first.
    /// Names and free text start in the person's script and can switch to
    /// Latin (names are written as on the documents); codes, e-mail and
    /// numbers have one layout whatever the language.
    pub fn choices(kind: FieldKind, language: KeyboardLayout) -> Vec<Layout> {
        let own = Layout::for_language(language);
        let latin = Layout::Latin(LatinExtra::Italian);
        let with_latin = |first: Layout| {
            if first == latin {
                vec![latin]
            } else {
                vec![first, latin]
            }
        };
        match kind {
            FieldKind::Text => with_latin(own),
            // Names as the passport writes them, in Latin letters (with the
            // accents of a Latin-script language).
            FieldKind::Name => match own {
                Layout::Latin(_) if own != latin => vec![latin, own],
                _ => vec![latin],
            },
            // Italian documents write addresses in Latin letters: start
            // there, the person's own script one tap away.
            FieldKind::Street => {
                let mut layouts = vec![latin];
                if let Layout::Latin(_) = own {
                    if own != latin {
                        layouts.push(own);
                    }
                } else {
                    layouts.push(own);
                }
                layouts
            }
            // Municipalities are searched in the Italian list; a state also
            // by its name in the person's script.
            FieldKind::Comune => vec![latin],
            FieldKind::Country => match own {
                Layout::Latin(_) => vec![latin],
                _ => vec![latin, own],
            },
            FieldKind::CodiceFiscale
            | FieldKind::CfOrStp
            | FieldKind::Nre
            | FieldKind::DocumentNumber
            | FieldKind::SchoolCode
            | FieldKind::PermitReference
            | FieldKind::CitizenshipReference => vec![Layout::Code],
            FieldKind::Email => vec![Layout::Email],
            FieldKind::Number | FieldKind::Cap | FieldKind::PagopaNotice => {
                vec![Layout::Digits(DigitsFor::Number)]
            }
            FieldKind::Money => vec![Layout::Digits(DigitsFor::Money)],
            FieldKind::Date => vec![Layout::Digits(DigitsFor::Date)],
            FieldKind::Phone => vec![Layout::Digits(DigitsFor::Phone)],
            FieldKind::Choice | FieldKind::YesNo | FieldKind::Note | FieldKind::AgencyChoice => {
                Vec::new()
            }
        }
    }

    /// Whether text typed with this layout is left-to-right whatever the
    /// page's direction (codes, numbers, e-mail).
    pub fn is_latin_by_nature(self) -> bool {
        matches!(self, Layout::Code | Layout::Email | Layout::Digits(_))
    }

    /// The label of the key that switches to this layout: a sample of its
    /// script, the same in every language.
    pub fn sample(self) -> &'static str {
        match self {
            Layout::Latin(_) => "ABC",
            Layout::Ukrainian => "АБВ",
            Layout::Arabic => "أ ب ت",
            Layout::Urdu => "ا ب پ",
            Layout::Bengali => "অ আ ক",
            Layout::Code => "A1",
            Layout::Email => "@",
            Layout::Digits(_) => "123",
        }
    }

    /// Whether the layout's letters have capitals.
    pub fn has_capitals(self) -> bool {
        matches!(self, Layout::Latin(_) | Layout::Ukrainian)
    }

    /// The rows of keys. `capitals` picks upper case (Latin, Cyrillic);
    /// `other` the second page of letters (Bengali vowels).
    pub fn rows(self, capitals: bool, other: bool, switch_to: Option<Layout>) -> Vec<Vec<Key>> {
        let letters = |rows: &[&'static str]| -> Vec<Vec<Key>> {
            rows.iter()
                .map(|row| row.split(' ').map(Key::Insert).collect())
                .collect()
        };
        let mut rows = match self {
            Layout::Latin(extra) => {
                let mut rows = letters(&LATIN_ROWS[..]);
                if capitals {
                    rows = letters(&LATIN_CAPITAL_ROWS[..]);
                }
                let accents = match (extra, capitals) {
                    (LatinExtra::Italian, false) => "à è é ì ò ù ' -",
                    (LatinExtra::Italian, true) => "À È É Ì Ò Ù ' -",
                    (LatinExtra::English, _) => "' - . ,",
                    (LatinExtra::French, false) => "é è ê à â ç ù û ô î ï ë ' -",
                    (LatinExtra::French, true) => "É È Ê À Â Ç Ù Û Ô Î Ï Ë ' -",
                    (LatinExtra::Spanish, false) => "á é í ó ú ñ ü ' -",
                    (LatinExtra::Spanish, true) => "Á É Í Ó Ú Ñ Ü ' -",
                    (LatinExtra::Albanian, false) => "ë ç ' -",
                    (LatinExtra::Albanian, true) => "Ë Ç ' -",
                    (LatinExtra::Romanian, false) => "ă â î ș ț ' -",
                    (LatinExtra::Romanian, true) => "Ă Â Î Ș Ț ' -",
                };
                rows.push(accents.split(' ').map(Key::Insert).collect());
                rows
            }
            Layout::Ukrainian if capitals => letters(&[
                "1 2 3 4 5 6 7 8 9 0",
                "Й Ц У К Е Н Г Ш Щ З Х Ї",
                "Ф І В А П Р О Л Д Ж Є",
                "Я Ч С М И Т Ь Б Ю Ґ ' -",
            ]),
            Layout::Ukrainian => letters(&[
                "1 2 3 4 5 6 7 8 9 0",
                "й ц у к е н г ш щ з х ї",
                "ф і в а п р о л д ж є",
                "я ч с м и т ь б ю ґ ' -",
            ]),
            // The standard Arabic layout of PCs and phones.
            Layout::Arabic => letters(&[
                "1 2 3 4 5 6 7 8 9 0",
                "ض ص ث ق ف غ ع ه خ ح ج د",
                "ش س ي ب ل ا ت ن م ك ط",
                "ئ ء ؤ ر لا ى ة و ز ظ ذ",
                "أ إ آ -",
            ]),
            // Urdu in alphabetical order (phone layouts differ).
            Layout::Urdu => letters(&[
                "1 2 3 4 5 6 7 8 9 0",
                "ا ب پ ت ٹ ث ج چ ح خ",
                "د ڈ ذ ر ڑ ز ژ س ش ص",
                "ض ط ظ ع غ ف ق ک گ ل",
                "م ن ں و ہ ھ ء ی ے آ",
            ]),
            Layout::Bengali if other => {
                letters(&["১ ২ ৩ ৪ ৫ ৬ ৭ ৮ ৯ ০", "অ আ ই ঈ উ ঊ ঋ এ ঐ ও ঔ", "ং ঃ ঁ ৎ । -"])
            }
            Layout::Bengali => letters(&[
                "ক খ গ ঘ ঙ চ ছ জ ঝ ঞ",
                "ট ঠ ড ঢ ণ ত থ দ ধ ন",
                "প ফ ব ভ ম য র ল শ ষ",
                "স হ ড় ঢ় য় া ি ী ু ূ",
                "ৃ ে ৈ ো ৌ ্ ং",
            ]),
            Layout::Code => letters(&[
                "1 2 3 4 5 6 7 8 9 0",
                "Q W E R T Y U I O P",
                "A S D F G H J K L /",
                "Z X C V B N M",
            ]),
            Layout::Email => letters(&[
                "1 2 3 4 5 6 7 8 9 0",
                "q w e r t y u i o p",
                "a s d f g h j k l @",
                "z x c v b n m . - _",
                ".it .com",
            ]),
            Layout::Digits(what) => {
                let mut rows = letters(&["1 2 3", "4 5 6", "7 8 9"]);
                let last: &[&'static str] = match what {
                    DigitsFor::Number => &["0"],
                    DigitsFor::Money => &[",", "0"],
                    DigitsFor::Date => &["/", "0"],
                    DigitsFor::Phone => &["+", "0"],
                };
                rows.push(last.iter().copied().map(Key::Insert).collect());
                rows
            }
        };
        // The bottom row: the keys that are not letters.
        let mut bottom = Vec::new();
        if self.has_capitals() {
            bottom.push(Key::Capitals);
        }
        if self == Layout::Bengali {
            bottom.push(Key::OtherLetters);
        }
        if let Some(layout) = switch_to {
            bottom.push(Key::Switch(layout));
        }
        if !matches!(self, Layout::Digits(_) | Layout::Code | Layout::Email) {
            bottom.push(Key::Space);
        }
        bottom.push(Key::Left);
        bottom.push(Key::Right);
        bottom.push(Key::Delete);
        bottom.push(Key::Clear);
        bottom.push(Key::Hide);
        rows.push(bottom);
        rows
    }
}

const LATIN_ROWS: [&str; 4] = [
    "1 2 3 4 5 6 7 8 9 0",
    "q w e r t y u i o p",
    "a s d f g h j k l",
    "z x c v b n m . ,",
];
const LATIN_CAPITAL_ROWS: [&str; 4] = [
    "1 2 3 4 5 6 7 8 9 0",
    "Q W E R T Y U I O P",
    "A S D F G H J K L",
    "Z X C V B N M . ,",
];

/// The longest text a field accepts from the keyboard: more is never
/// needed and a stuck key cannot grow the page without end.
pub const MAX_TYPED: usize = 200;

/// Applies a key to a field's text, at its end. Dates get their slashes
/// as the digits arrive (`15031990` reads `15/03/1990`).
pub fn apply(text: &mut String, key: Key, kind: FieldKind) {
    apply_at(text, &mut None, key, kind);
}

/// Applies a key at the caret (a letter index; `None`: at the end), and
/// moves the caret past what was inserted. The caret keys are the
/// caller's: only it knows which way the text runs.
pub fn apply_at(text: &mut String, caret: &mut Option<usize>, key: Key, kind: FieldKind) {
    let length = text.chars().count();
    let at = caret.filter(|&c| c < length);
    // A byte offset of a letter index.
    let byte = |text: &str, index: usize| {
        text.char_indices()
            .nth(index)
            .map_or(text.len(), |(b, _)| b)
    };
    match key {
        Key::Insert(s) => {
            if length >= MAX_TYPED {
                return;
            }
            let Some(at) = at else {
                if kind == FieldKind::Date && s != "/" {
                    let digits_in_part = text.rsplit('/').next().map_or(0, str::len);
                    let parts = text.split('/').count();
                    if digits_in_part == 2 && parts < 3 {
                        text.push('/');
                    }
                }
                text.push_str(s);
                return;
            };
            text.insert_str(byte(text, at), s);
            *caret = Some(at + s.chars().count());
        }
        Key::Space => {
            // No leading or double spaces: they only hide what was typed.
            let index = at.unwrap_or(length);
            let before = index.checked_sub(1).and_then(|i| text.chars().nth(i));
            let after = text.chars().nth(index);
            if before.is_some_and(|c| c != ' ') && after != Some(' ') && length < MAX_TYPED {
                text.insert(byte(text, index), ' ');
                *caret = at.map(|a| a + 1);
            }
        }
        Key::Delete => {
            // The Arabic ligature key inserts two letters; one tap of Delete
            // removes one letter, as on a phone.
            match at {
                None => {
                    text.pop();
                }
                Some(0) => {}
                Some(a) => {
                    text.remove(byte(text, a - 1));
                    *caret = Some(a - 1);
                }
            }
        }
        Key::Clear => {
            zeroize::Zeroize::zeroize(text);
            *caret = None;
        }
        Key::Left | Key::Right | Key::Capitals | Key::OtherLetters | Key::Switch(_) | Key::Hide => {
        }
    }
}

/// Whether a text runs right to left (it has Arabic-script or Hebrew
/// letters): the caret keys then move the other way.
pub fn runs_right_to_left(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{0590}'..='\u{08FF}').contains(&c) || ('\u{FB1D}'..='\u{FEFC}').contains(&c))
}

/// Moves a caret (a letter index; `None`: at the end) one letter as the
/// key shows it.
pub fn move_caret(text: &str, caret: Option<usize>, key: Key) -> Option<usize> {
    let length = text.chars().count();
    let at = caret.unwrap_or(length).min(length);
    let forward = (key == Key::Right) != runs_right_to_left(text);
    let moved = if forward {
        (at + 1).min(length)
    } else {
        at.saturating_sub(1)
    };
    (moved < length).then_some(moved)
}

/// Whether a field starts in capitals (codes are always capitals; names
/// and addresses as Italian documents write them).
pub fn starts_in_capitals(kind: FieldKind) -> bool {
    matches!(
        kind,
        FieldKind::Name | FieldKind::Street | FieldKind::Comune | FieldKind::Country
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_work_at_the_caret() {
        let mut text = "0500A".to_owned();
        let mut caret = Some(2);
        apply_at(&mut text, &mut caret, Key::Delete, FieldKind::Nre);
        assert_eq!((text.as_str(), caret), ("000A", Some(1)));
        apply_at(&mut text, &mut caret, Key::Insert("9"), FieldKind::Nre);
        assert_eq!((text.as_str(), caret), ("0900A", Some(2)));
        // A space never doubles, nor starts the text.
        let mut name = "ANNA MARIA".to_owned();
        let mut at = Some(4);
        apply_at(&mut name, &mut at, Key::Space, FieldKind::Name);
        assert_eq!(name, "ANNA MARIA");
        let mut at = Some(0);
        apply_at(&mut name, &mut at, Key::Space, FieldKind::Name);
        assert_eq!(name, "ANNA MARIA");
        // Delete at the start does nothing; Clear empties, caret to the end.
        apply_at(&mut name, &mut at, Key::Delete, FieldKind::Name);
        assert_eq!((name.as_str(), at), ("ANNA MARIA", Some(0)));
        apply_at(&mut name, &mut at, Key::Clear, FieldKind::Name);
        assert_eq!((name.as_str(), at), ("", None));
        // Letters of several bytes are one letter each.
        let mut arabic = "سلم".to_owned();
        let mut at = Some(2);
        apply_at(&mut arabic, &mut at, Key::Insert("ا"), FieldKind::Name);
        assert_eq!((arabic.as_str(), at), ("سلام", Some(3)));
    }

    #[test]
    fn the_caret_keys_follow_the_way_the_text_runs() {
        // Latin: left is back; from the end (None) one letter in.
        assert_eq!(move_caret("ABC", None, Key::Left), Some(2));
        assert_eq!(move_caret("ABC", Some(0), Key::Left), Some(0));
        assert_eq!(move_caret("ABC", Some(2), Key::Right), None);
        // Arabic script: left is forward.
        assert_eq!(move_caret("سلام", Some(1), Key::Left), Some(2));
        assert_eq!(move_caret("سلام", None, Key::Right), Some(3));
    }

    fn typed(kind: FieldKind, keys: &[&'static str]) -> String {
        let mut text = String::new();
        for k in keys {
            let key = match *k {
                "⌫" => Key::Delete,
                " " => Key::Space,
                other => Key::Insert(other),
            };
            apply(&mut text, key, kind);
        }
        text
    }

    #[test]
    fn codes_get_capitals_and_digits_on_any_page() {
        for language in [
            KeyboardLayout::Arabic,
            KeyboardLayout::Bengali,
            KeyboardLayout::LatinItalian,
        ] {
            assert_eq!(
                Layout::choices(FieldKind::CodiceFiscale, language),
                vec![Layout::Code]
            );
            assert_eq!(
                Layout::choices(FieldKind::Date, language),
                vec![Layout::Digits(DigitsFor::Date)]
            );
        }
        let keys: Vec<Key> = Layout::Code.rows(false, false, None).concat();
        for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".chars() {
            let s = c.to_string();
            assert!(
                keys.iter().any(|k| matches!(k, Key::Insert(i) if *i == s)),
                "{c}"
            );
        }
    }

    #[test]
    fn free_text_starts_in_the_persons_script_and_can_switch_to_latin() {
        let ar = Layout::choices(FieldKind::Text, KeyboardLayout::Arabic);
        assert_eq!(ar, vec![Layout::Arabic, Layout::Latin(LatinExtra::Italian)]);
        let street = Layout::choices(FieldKind::Street, KeyboardLayout::CyrillicUkrainian);
        assert_eq!(
            street,
            vec![Layout::Latin(LatinExtra::Italian), Layout::Ukrainian]
        );
        // A name as in the passport: Latin letters only.
        assert_eq!(
            Layout::choices(FieldKind::Name, KeyboardLayout::Bengali),
            vec![Layout::Latin(LatinExtra::Italian)]
        );
        let fr = Layout::choices(FieldKind::Name, KeyboardLayout::LatinFrench);
        assert_eq!(fr[1], Layout::Latin(LatinExtra::French));
        assert_eq!(
            Layout::choices(FieldKind::Name, KeyboardLayout::LatinItalian),
            vec![Layout::Latin(LatinExtra::Italian)]
        );
    }

    #[test]
    fn every_layout_has_delete_and_the_letters_of_its_language() {
        let all = [
            Layout::Latin(LatinExtra::Romanian),
            Layout::Latin(LatinExtra::Albanian),
            Layout::Ukrainian,
            Layout::Arabic,
            Layout::Urdu,
            Layout::Bengali,
            Layout::Code,
            Layout::Email,
            Layout::Digits(DigitsFor::Phone),
        ];
        for layout in all {
            let keys = layout.rows(false, false, None).concat();
            assert!(keys.contains(&Key::Delete), "{layout:?}");
            assert!(keys.len() >= 4, "{layout:?}");
        }
        let ro: String = Layout::Latin(LatinExtra::Romanian)
            .rows(false, false, None)
            .concat()
            .iter()
            .filter_map(|k| match k {
                Key::Insert(s) => Some(*s),
                _ => None,
            })
            .collect();
        for c in "ăâîșț".chars() {
            assert!(ro.contains(c));
        }
        let uk = Layout::Ukrainian.rows(true, false, None).concat();
        assert!(uk.contains(&Key::Insert("Ї")) && uk.contains(&Key::Capitals));
        let bn_vowels = Layout::Bengali.rows(false, true, None).concat();
        assert!(bn_vowels.contains(&Key::Insert("আ")));
    }

    #[test]
    fn dates_get_slashes_and_delete_removes_one_character() {
        let t = typed(FieldKind::Date, &["1", "5", "0", "3", "1", "9", "9", "0"]);
        assert_eq!(t, "15/03/1990");
        let t = typed(
            FieldKind::Date,
            &["1", "5", "/", "0", "3", "⌫", "⌫", "⌫", "4"],
        );
        assert_eq!(t, "15/4");
        let t = typed(FieldKind::Name, &[" ", "M", "A", " ", " ", "R", "⌫"]);
        assert_eq!(t, "MA ");
    }

    #[test]
    fn typing_stops_at_the_limit() {
        let mut text = String::new();
        for _ in 0..(MAX_TYPED + 50) {
            apply(&mut text, Key::Insert("ক"), FieldKind::Text);
        }
        assert_eq!(text.chars().count(), MAX_TYPED);
    }
}
