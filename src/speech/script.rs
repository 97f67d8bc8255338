//! How codes and numbers are read: in short groups a listener can follow
//! and repeat ("A R, 1 2 3, 4 5 6, 7 8"), each character on its own so
//! the voice names it instead of guessing a word.

/// Whether a text shown as a code (a reference, a codice fiscale, a
/// prescription number) is better spelled than read as a word: no spaces,
/// at least one digit, five characters or more.
pub fn is_code(text: &str) -> bool {
    let text = text.trim();
    text.chars().count() >= 5
        && !text.contains(char::is_whitespace)
        && text.chars().any(|c| c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '.'))
}

/// A code spelled in groups: its own parts (between hyphens, slashes,
/// dots) are kept, runs of letters and of digits are separated, and long
/// runs are cut in threes. Characters are separated by spaces, groups by
/// commas (a pause in every voice).
pub fn spell(code: &str) -> String {
    let mut groups: Vec<String> = Vec::new();
    for part in code.split(['-', '/', '.']).filter(|p| !p.is_empty()) {
        let chars: Vec<char> = part.chars().collect();
        let mut start = 0;
        while start < chars.len() {
            let digit = chars[start].is_ascii_digit();
            let mut end = start;
            while end < chars.len() && chars[end].is_ascii_digit() == digit {
                end += 1;
            }
            let run = &chars[start..end];
            // Letters stay together (a prefix such as "AR"); digits in threes.
            let size = if digit { 3 } else { 4 };
            for chunk in run.chunks(size) {
                groups.push(
                    chunk
                        .iter()
                        .map(char::to_string)
                        .collect::<Vec<_>>()
                        .join(" "),
                );
            }
            start = end;
        }
    }
    groups.join(", ")
}

/// One utterance from the lines of a page: each line ends with a full stop
/// unless it has its own punctuation, so the voice pauses between them.
pub fn join(lines: &[String]) -> String {
    let mut out = String::new();
    for line in lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(line);
        let ends = line.chars().last().is_some_and(|c| {
            matches!(
                c,
                '.' | '?' | '!' | ':' | '…' | '。' | '？' | '！' | '؟' | '।' | '۔'
            )
        });
        if !ends {
            out.push('.');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_spelled_in_groups() {
        assert_eq!(spell("AR12345678"), "A R, 1 2 3, 4 5 6, 7 8");
        assert_eq!(
            spell("DEMO-K01-3JRP-HUDF"),
            "D E M O, K, 0 1, 3, J R P, H U D F"
        );
        assert_eq!(spell("0902A4123456"), "0 9 0, 2, A, 4 1 2, 3 4 5, 6");
        assert_eq!(spell(""), "");
    }

    #[test]
    fn only_code_like_texts_are_spelled() {
        assert!(is_code("AR12345678"));
        assert!(is_code("DEMO-K01-3JRP-HUDF"));
        assert!(is_code("RSSMRA80A01D612X"));
        assert!(!is_code("Arezzo"));
        assert!(!is_code("12 maggio"));
        assert!(!is_code("A1"));
        assert!(!is_code("مرحبا123"));
    }

    #[test]
    fn lines_are_joined_with_pauses() {
        let lines = vec![
            "Perché cambi residenza?".to_owned(),
            "Scegli una risposta".to_owned(),
            "  ".to_owned(),
            "Arrivo da un altro comune".to_owned(),
        ];
        assert_eq!(
            join(&lines),
            "Perché cambi residenza? Scegli una risposta. Arrivo da un altro comune."
        );
    }
}
