//! Codice fiscale: the 16-character personal code (with omocodia) and the
//! 11-digit temporary code. Parsed once into a [`CodiceFiscale`] that knows
//! the holder's birth date, sex and birthplace.

use jiff::civil::Date;

use crate::places::{Place, Places};

/// Month letters, January to December.
const MONTHS: [char; 12] = ['A', 'B', 'C', 'D', 'E', 'H', 'L', 'M', 'P', 'R', 'S', 'T'];
/// The oldest holder a two-digit birth year is read for.
const MAX_AGE: i16 = 110;
/// Letters that replace digits 0–9 in an omocode.
const OMOCODIA: [char; 10] = ['L', 'M', 'N', 'P', 'Q', 'R', 'S', 'T', 'U', 'V'];
/// Positions (0-based) that hold digits, or omocodia letters.
const DIGIT_POSITIONS: [usize; 7] = [6, 7, 9, 10, 12, 13, 14];
/// Check values of characters in odd (1st, 3rd, …) positions, for 0–9 then A–Z.
const ODD_VALUES: [u32; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodiceFiscale {
    /// The 16-character code.
    Personal {
        code: String,
        birth_date: Date,
        sex: Sex,
        /// The Belfiore code of the birthplace (omocodia undone).
        birthplace: String,
    },
    /// The 11-digit code given to people not yet registered (SUI, Questura).
    Temporary { code: String },
}

impl CodiceFiscale {
    pub fn as_str(&self) -> &str {
        match self {
            CodiceFiscale::Personal { code, .. } | CodiceFiscale::Temporary { code } => code,
        }
    }
}

/// Why a code was refused; each has its own message for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CfError {
    /// Neither 16 characters nor 11 digits.
    Length { found: usize },
    /// A character out of place (a digit where a letter goes, a symbol…).
    Pattern,
    /// The last character does not match the other fifteen.
    CheckCharacter { expected: char },
    /// The 11-digit code's last digit does not match.
    CheckDigit { expected: char },
    /// The month letter or the day do not make a real date.
    ImpossibleDate,
    /// No municipality or state ever had this code.
    UnknownBirthplace { code: String },
    /// The code exists, but not on the birth date.
    BirthplaceNotValidOn { code: String },
}

/// Upper-cases and removes spaces and separators a person may type.
pub fn normalise(input: &str) -> String {
    input
        .chars()
        .filter(|c| !(c.is_whitespace() || *c == '-' || *c == '.'))
        .flat_map(char::to_uppercase)
        .collect()
}

/// The check character of the first fifteen characters of a code.
pub fn check_character(first15: &str) -> Option<char> {
    let mut sum = 0u32;
    for (i, c) in first15.chars().enumerate() {
        let index = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'A'..='Z' => c as u32 - 'A' as u32,
            _ => return None,
        };
        // Positions are counted from 1: index 0 is an odd position.
        sum += if i % 2 == 0 {
            ODD_VALUES[index as usize]
        } else {
            index
        };
    }
    char::from_u32('A' as u32 + sum % 26)
}

/// The check digit of the first ten digits of a temporary code (the same
/// algorithm as the partita IVA).
pub fn temporary_check_digit(first10: &str) -> Option<char> {
    let mut sum = 0u32;
    for (i, c) in first10.chars().enumerate() {
        let d = c.to_digit(10)?;
        sum += if i % 2 == 0 {
            d
        } else {
            let doubled = d * 2;
            if doubled > 9 { doubled - 9 } else { doubled }
        };
    }
    char::from_digit((10 - sum % 10) % 10, 10)
}

fn undo_omocodia(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    OMOCODIA
        .iter()
        .position(|&o| o == c)
        .and_then(|d| char::from_digit(d as u32, 10))
}

/// Parses a code typed by a person. `today` decides the century of a two-digit
/// birth year (a code cannot be born in the future).
pub fn parse(input: &str, places: &Places, today: Date) -> Result<CodiceFiscale, CfError> {
    let code = normalise(input);
    let len = code.chars().count();
    if len == 11 {
        if !code.chars().all(|c| c.is_ascii_digit()) {
            return Err(CfError::Pattern);
        }
        let expected = temporary_check_digit(&code[..10]).ok_or(CfError::Pattern)?;
        return if code.ends_with(expected) {
            Ok(CodiceFiscale::Temporary { code })
        } else {
            Err(CfError::CheckDigit { expected })
        };
    }
    if len != 16 {
        return Err(CfError::Length { found: len });
    }
    let chars: Vec<char> = code.chars().collect();
    let letter_positions = [0, 1, 2, 3, 4, 5, 8, 11, 15];
    let shape_ok = letter_positions
        .iter()
        .all(|&i| chars[i].is_ascii_uppercase())
        && DIGIT_POSITIONS
            .iter()
            .all(|&i| undo_omocodia(chars[i]).is_some());
    if !shape_ok {
        return Err(CfError::Pattern);
    }
    let expected = check_character(&code[..15]).ok_or(CfError::Pattern)?;
    if chars[15] != expected {
        return Err(CfError::CheckCharacter { expected });
    }

    let mut plain = chars.clone();
    for &i in &DIGIT_POSITIONS {
        plain[i] = undo_omocodia(chars[i]).ok_or(CfError::Pattern)?;
    }
    let number = |range: std::ops::Range<usize>| {
        plain[range]
            .iter()
            .try_fold(0i16, |n, c| c.to_digit(10).map(|d| n * 10 + d as i16))
            .ok_or(CfError::Pattern)
    };
    let year2 = number(6..8)?;
    let month = MONTHS
        .iter()
        .position(|&m| m == plain[8])
        .ok_or(CfError::ImpossibleDate)?;
    let day_code = number(9..11)?;
    let (sex, day) = if day_code > 40 {
        (Sex::Female, day_code - 40)
    } else {
        (Sex::Male, day_code)
    };
    // The code has no century: the latest one not in the future, unless the
    // birthplace only existed a century earlier (born 1920 in a place
    // abolished in 1950) and the holder would be at most 110.
    let this_century = today.year() - today.year() % 100;
    let mut year = this_century + year2;
    if year > today.year() {
        year -= 100;
    }
    let candidates: Vec<Date> = [year, year - 100]
        .into_iter()
        .filter_map(|y| Date::new(y, month as i8 + 1, day as i8).ok())
        .filter(|d| *d <= today && today.year() - d.year() <= MAX_AGE)
        .collect();
    if candidates.is_empty() {
        return Err(CfError::ImpossibleDate);
    }

    let birthplace: String = plain[11..15].iter().collect();
    let periods = places.by_code(&birthplace);
    if periods.is_empty() {
        return Err(CfError::UnknownBirthplace { code: birthplace });
    }
    let Some(birth_date) = candidates
        .iter()
        .copied()
        .find(|d| periods.iter().any(|p: &Place| p.valid_on(*d)))
    else {
        return Err(CfError::BirthplaceNotValidOn { code: birthplace });
    };
    Ok(CodiceFiscale::Personal {
        code,
        birth_date,
        sex,
        birthplace,
    })
}

/// The three letters a surname contributes: consonants, then vowels, then X.
pub fn surname_letters(surname: &str) -> String {
    let letters = latin_letters(surname);
    let (consonants, vowels): (Vec<char>, Vec<char>) =
        letters.chars().partition(|c| !"AEIOU".contains(*c));
    consonants
        .into_iter()
        .chain(vowels)
        .chain(std::iter::repeat('X'))
        .take(3)
        .collect()
}

/// The three letters a first name contributes: with four or more consonants,
/// the 1st, 3rd and 4th; otherwise as for a surname.
pub fn name_letters(name: &str) -> String {
    let letters = latin_letters(name);
    let consonants: Vec<char> = letters.chars().filter(|c| !"AEIOU".contains(*c)).collect();
    if consonants.len() >= 4 {
        [consonants[0], consonants[2], consonants[3]]
            .iter()
            .collect()
    } else {
        surname_letters(name)
    }
}

/// A name's letters as the Agenzia delle Entrate counts them: accents
/// folded, apostrophes, spaces and hyphens dropped, upper case.
fn latin_letters(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfd()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// What a person typed about themselves that disagrees with their code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    Surname,
    Name,
    BirthDate,
    Sex,
    Birthplace,
}

/// Checks a personal code against the details the person entered. Names
/// in a non-Latin script are not compared (the code was made from the
/// Latin transliteration on their documents).
pub fn matches_person(
    code: &CodiceFiscale,
    surname: &str,
    name: &str,
    birth_date: Date,
    sex: Option<Sex>,
    birthplace: Option<&str>,
) -> Vec<Mismatch> {
    let CodiceFiscale::Personal {
        code,
        birth_date: coded_date,
        sex: coded_sex,
        birthplace: coded_place,
    } = code
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let is_latin = |s: &str| {
        s.chars().any(|c| c.is_ascii_alphabetic())
            && latin_letters(s).len() * 2 >= s.chars().filter(|c| c.is_alphabetic()).count()
    };
    if is_latin(surname) && code.get(0..3) != Some(surname_letters(surname).as_str()) {
        out.push(Mismatch::Surname);
    }
    if is_latin(name) && code.get(3..6) != Some(name_letters(name).as_str()) {
        out.push(Mismatch::Name);
    }
    // The code holds the year without its century.
    let same_day = coded_date.month() == birth_date.month()
        && coded_date.day() == birth_date.day()
        && coded_date.year() % 100 == birth_date.year() % 100;
    if !same_day {
        out.push(Mismatch::BirthDate);
    }
    if sex.is_some_and(|s| s != *coded_sex) {
        out.push(Mismatch::Sex);
    }
    if birthplace.is_some_and(|p| p != coded_place) {
        out.push(Mismatch::Birthplace);
    }
    out
}
