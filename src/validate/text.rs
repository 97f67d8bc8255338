//! Normalising what a person types: spaces trimmed and collapsed, control
//! and bidi-override characters refused in anything that is printed, names
//! accepted in every script.

/// Characters that could reorder or hide printed text (Trojan Source):
/// embeddings, overrides and isolates.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextError {
    Empty,
    /// Control or bidi-override characters.
    ForbiddenCharacter,
    /// A character that has no place in a person's name.
    NotAName,
    /// A name for an Italian office in another script than the Latin one
    /// (the office writes it as the passport does).
    NotLatin,
    TooLong {
        max: usize,
    },
}

/// Trims and collapses runs of white space to one space.
pub fn collapse_spaces(input: &str) -> String {
    input.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Free text that will be printed: one line, no control characters.
pub fn printable_line(input: &str, max_chars: usize) -> Result<String, TextError> {
    if input.chars().any(|c| c.is_control() || is_bidi_control(c)) {
        return Err(TextError::ForbiddenCharacter);
    }
    let text = collapse_spaces(input);
    if text.is_empty() {
        return Err(TextError::Empty);
    }
    if text.chars().count() > max_chars {
        return Err(TextError::TooLong { max: max_chars });
    }
    Ok(text)
}

/// A name as an Italian office records it: the Latin spelling of the
/// passport or the residence permit (accented Latin letters allowed:
/// Ștefan, Nguyễn). A name in another script is refused with its own
/// message, not as "not a name".
pub fn passport_name(input: &str) -> Result<String, TextError> {
    let name = person_name(input)?;
    let latin = |c: char| {
        !c.is_alphabetic()
            || c.is_ascii_alphabetic()
            || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
    };
    if name.chars().all(latin) {
        Ok(name)
    } else {
        Err(TextError::NotLatin)
    }
}

/// A person's name in any script: letters and their combining marks, with
/// spaces, apostrophes, hyphens and dots between them (D'Angelo, Ștefan,
/// Nguyễn, محمد, মোহাম্মদ).
pub fn person_name(input: &str) -> Result<String, TextError> {
    let text = printable_line(input, 80)?;
    let allowed = |c: char| {
        c.is_alphabetic()
            || unicode_normalization::char::is_combining_mark(c)
            || matches!(c, ' ' | '\'' | '’' | '-' | '.' | '\u{200C}' | '\u{200D}')
    };
    if !text.chars().all(allowed) || !text.chars().any(char::is_alphabetic) {
        return Err(TextError::NotAName);
    }
    Ok(text)
}
