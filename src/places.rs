//! Italian municipalities and foreign states with their cadastral
//! ("Belfiore") codes and validity dates, from ANPR (`assets/data/`).
//! A codice fiscale's birthplace is checked against the code valid on the
//! birth date: Belgrade in 1985 is Z118 (Jugoslavia), not Z158 (Serbia).

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Deserialize;

/// A municipality or a foreign state, valid over a span of dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub code: String,
    /// The Italian name, as ANPR writes it.
    pub name: String,
    /// Province abbreviation for a municipality (AR); `None` for a state.
    pub province: Option<String>,
    pub valid_from: Date,
    /// `None` while still valid.
    pub valid_to: Option<Date>,
}

impl Place {
    pub fn valid_on(&self, date: Date) -> bool {
        self.valid_from <= date && self.valid_to.is_none_or(|to| date <= to)
    }

    pub fn is_foreign(&self) -> bool {
        self.province.is_none()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PlacesError {
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: csv::Error },
    #[error("{}:{line}: {problem}", path.display())]
    Row {
        path: PathBuf,
        line: u64,
        problem: String,
    },
}

/// Every municipality and foreign state, current and historical.
#[derive(Debug, Default)]
pub struct Places {
    /// Sorted by code, then by start of validity.
    places: Vec<Place>,
    /// The current foreign states' names in the kiosk's other languages
    /// (Unicode CLDR), by Belfiore code, then language tag: a person finds
    /// and reads their country in their own script.
    local: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
}

#[derive(Deserialize)]
struct MunicipalityRow {
    belfiore: String,
    name: String,
    province: String,
    valid_from: String,
    valid_to: String,
}

#[derive(Deserialize)]
struct CountryRow {
    belfiore: String,
    name_it: String,
    #[allow(dead_code)]
    name_en: String,
    valid_from: String,
    valid_to: String,
}

fn date(text: &str, path: &Path, line: u64) -> Result<Option<Date>, PlacesError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    text.trim()
        .parse::<Date>()
        .map(Some)
        .map_err(|e| PlacesError::Row {
            path: path.to_owned(),
            line,
            problem: format!("bad date `{text}`: {e}"),
        })
}

fn rows<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<(u64, T)>, PlacesError> {
    let mut reader = csv::Reader::from_path(path).map_err(|source| PlacesError::Read {
        path: path.to_owned(),
        source,
    })?;
    reader
        .deserialize()
        .enumerate()
        .map(|(i, row)| {
            let row: T = row.map_err(|source| PlacesError::Read {
                path: path.to_owned(),
                source,
            })?;
            // Line 1 is the header.
            Ok((i as u64 + 2, row))
        })
        .collect()
}

/// The names of a state in other languages: one column per language tag.
fn local_names(
    path: &Path,
) -> Result<
    std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
    PlacesError,
> {
    let read = |source| PlacesError::Read {
        path: path.to_owned(),
        source,
    };
    let mut reader = csv::Reader::from_path(path).map_err(read)?;
    let headers = reader.headers().map_err(read)?.clone();
    let mut names = std::collections::BTreeMap::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(read)?;
        let code = record.get(0).unwrap_or_default().trim().to_owned();
        if code.is_empty() {
            return Err(PlacesError::Row {
                path: path.to_owned(),
                line: i as u64 + 2,
                problem: "no Belfiore code".into(),
            });
        }
        let by_language = headers
            .iter()
            .zip(record.iter())
            .skip(2)
            .filter(|(_, name)| !name.trim().is_empty())
            .map(|(tag, name)| (tag.to_owned(), name.trim().to_owned()))
            .collect();
        names.insert(code, by_language);
    }
    Ok(names)
}

impl Places {
    /// Loads `municipalities.csv`, `countries.csv` and the states' names
    /// in other languages (`country-names.csv`) from a data folder.
    pub fn load(dir: &Path) -> Result<Self, PlacesError> {
        let mut places = Vec::new();
        let path = dir.join("municipalities.csv");
        for (line, row) in rows::<MunicipalityRow>(&path)? {
            places.push(Place {
                code: row.belfiore.trim().to_owned(),
                name: row.name.trim().to_owned(),
                province: Some(row.province.trim().to_owned()),
                valid_from: date(&row.valid_from, &path, line)?.unwrap_or(Date::MIN),
                valid_to: date(&row.valid_to, &path, line)?,
            });
        }
        let path = dir.join("countries.csv");
        for (line, row) in rows::<CountryRow>(&path)? {
            places.push(Place {
                code: row.belfiore.trim().to_owned(),
                name: row.name_it.trim().to_owned(),
                province: None,
                valid_from: date(&row.valid_from, &path, line)?.unwrap_or(Date::MIN),
                valid_to: date(&row.valid_to, &path, line)?,
            });
        }
        places.sort_by(|a, b| (&a.code, a.valid_from).cmp(&(&b.code, b.valid_from)));
        let local = local_names(&dir.join("country-names.csv"))?;
        Ok(Self { places, local })
    }

    /// A state's name in a language (a tag of the kiosk's), when CLDR has
    /// one and it is not the Italian name.
    pub fn local_name(&self, code: &str, language: &str) -> Option<&str> {
        self.local.get(code)?.get(language).map(String::as_str)
    }

    /// Every period of the place with this code.
    pub fn by_code(&self, code: &str) -> &[Place] {
        let start = self.places.partition_point(|p| p.code.as_str() < code);
        let end = self.places.partition_point(|p| p.code.as_str() <= code);
        &self.places[start..end]
    }

    /// The place with this code on this date.
    pub fn on(&self, code: &str, date: Date) -> Option<&Place> {
        self.by_code(code).iter().find(|p| p.valid_on(date))
    }

    /// Municipalities valid today whose name matches (case-insensitive).
    pub fn current_municipality(&self, name: &str, today: Date) -> Option<&Place> {
        self.places.iter().find(|p| {
            !p.is_foreign() && p.valid_on(today) && p.name.eq_ignore_ascii_case(name.trim())
        })
    }

    /// A foreign state valid today whose Italian name matches.
    pub fn current_country(&self, name: &str, today: Date) -> Option<&Place> {
        self.places.iter().find(|p| {
            p.is_foreign() && p.valid_on(today) && p.name.eq_ignore_ascii_case(name.trim())
        })
    }

    /// The current municipalities (or foreign states) whose name, or one
    /// of its words, starts with what the person typed, for the list under
    /// a comune or country field; a state also by its name in `language`
    /// (a tag: `bn` finds বাংলাদেশ). Exact matches first, then by name.
    pub fn suggest(
        &self,
        typed: &str,
        foreign: bool,
        today: Date,
        limit: usize,
        language: &str,
    ) -> Vec<&Place> {
        let typed = typed.trim().to_lowercase();
        if typed.is_empty() {
            return Vec::new();
        }
        // The Italian name, or a state's name in the person's language: the
        // whole name or one of its words starts as typed.
        let starts = |name: &str| {
            let name = name.to_lowercase();
            name.starts_with(&typed)
                || name
                    .split([' ', '-', '\''])
                    .any(|word| word.starts_with(&typed))
        };
        let mut found: Vec<&Place> = self
            .places
            .iter()
            .filter(|p| p.is_foreign() == foreign && p.valid_on(today))
            .filter(|p| {
                starts(&p.name)
                    || (foreign && self.local_name(&p.code, language).is_some_and(starts))
            })
            .collect();
        found.sort_by(|a, b| {
            (a.name.to_lowercase() != typed, &a.name)
                .cmp(&(b.name.to_lowercase() != typed, &b.name))
        });
        found.truncate(limit);
        found
    }

    /// The name of a place on a date (or its latest name), for showing an
    /// answer given as a code.
    pub fn name_of(&self, code: &str, date: Date) -> Option<&str> {
        self.on(code, date)
            .or_else(|| self.by_code(code).last())
            .map(|p| p.name.as_str())
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }
}
