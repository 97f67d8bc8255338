//! The kiosk's categories and services (`assets/catalogue.toml`): what the home
//! screen lists, which agency each service talks to, and what the person
//! leaves with. Names and summaries are Fluent keys derived from the ids.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::i18n::Translations;

/// The seven back-ends the kiosk talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Agency {
    ComuneArezzo,
    PoliziaDiStato,
    Prefettura,
    MinisteroIstruzione,
    BibliotecaArezzo,
    RegioneToscana,
    UslToscanaSudEst,
}

impl Agency {
    pub const ALL: [Agency; 7] = [
        Agency::ComuneArezzo,
        Agency::PoliziaDiStato,
        Agency::Prefettura,
        Agency::MinisteroIstruzione,
        Agency::BibliotecaArezzo,
        Agency::RegioneToscana,
        Agency::UslToscanaSudEst,
    ];

    /// The agency's id as written in config and catalogue files.
    pub fn id(self) -> &'static str {
        match self {
            Agency::ComuneArezzo => "comune-arezzo",
            Agency::PoliziaDiStato => "polizia-di-stato",
            Agency::Prefettura => "prefettura",
            Agency::MinisteroIstruzione => "ministero-istruzione",
            Agency::BibliotecaArezzo => "biblioteca-arezzo",
            Agency::RegioneToscana => "regione-toscana",
            Agency::UslToscanaSudEst => "usl-toscana-sud-est",
        }
    }

    pub fn from_id(id: &str) -> Option<Agency> {
        Agency::ALL.into_iter().find(|a| a.id() == id)
    }

    /// The Fluent key of the agency's name.
    pub fn name_key(self) -> String {
        format!("agency-name-{}", self.id())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(transparent)]
pub struct CategoryId(String);

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(transparent)]
pub struct ServiceId(String);

impl CategoryId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn name_key(&self) -> String {
        format!("category-{}", self.0)
    }
}

impl ServiceId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn name_key(&self) -> String {
        format!("service-{}", self.0)
    }
    pub fn summary_key(&self) -> String {
        format!("service-{}-summary", self.0)
    }
    /// A message of the service's flow file (`flow-<service>-<name>`), e.g.
    /// `what_next`, `how_to_apply`.
    pub fn flow_key(&self, name: &str) -> String {
        format!("flow-{}-{name}", self.0)
    }
    /// A part of the service's introduction (`need`, `cost`, `where`).
    pub fn info_key(&self, part: &str) -> String {
        format!("info-{}-{part}", self.0)
    }
    /// Where else to check when the office cannot answer now.
    pub fn where_key(&self) -> String {
        format!("doc-where-{}", self.0)
    }
}

impl From<&str> for ServiceId {
    /// A service id read back from the outbox or the statistics (it was a
    /// catalogue id when it was written).
    fn from(id: &str) -> Self {
        ServiceId(id.to_owned())
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: CategoryId,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: ServiceId,
    pub category: CategoryId,
    pub agency: Agency,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    #[serde(rename = "category")]
    categories: Vec<Category>,
    #[serde(rename = "service")]
    services: Vec<Service>,
}

#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {problem}", path.display())]
    Invalid { path: PathBuf, problem: String },
}

impl Catalogue {
    /// Reads and checks the catalogue: unique ids, known categories, and every
    /// derived Fluent key present in the reference language.
    pub fn load(path: &Path, translations: &Translations) -> Result<Self, CatalogueError> {
        let text = std::fs::read_to_string(path).map_err(|source| CatalogueError::Read {
            path: path.to_owned(),
            source,
        })?;
        let invalid = |problem: String| CatalogueError::Invalid {
            path: path.to_owned(),
            problem,
        };
        let catalogue: Catalogue = toml::from_str(&text).map_err(|e| invalid(e.to_string()))?;
        catalogue.check(translations).map_err(invalid)?;
        Ok(catalogue)
    }

    fn check(&self, translations: &Translations) -> Result<(), String> {
        let reference = translations
            .locale(&crate::i18n::LanguageId::reference())
            .ok_or("no reference language")?;
        let mut keys = Vec::new();
        for (i, category) in self.categories.iter().enumerate() {
            if self.categories[..i].iter().any(|c| c.id == category.id) {
                return Err(format!("category `{}` is listed twice", category.id.0));
            }
            keys.push(category.id.name_key());
        }
        for (i, service) in self.services.iter().enumerate() {
            if self.services[..i].iter().any(|s| s.id == service.id) {
                return Err(format!("service `{}` is listed twice", service.id.0));
            }
            if !self.categories.iter().any(|c| c.id == service.category) {
                return Err(format!(
                    "service `{}` names the unknown category `{}`",
                    service.id.0, service.category.0
                ));
            }
            keys.push(service.id.name_key());
            keys.push(service.id.summary_key());
        }
        keys.extend(Agency::ALL.iter().map(|a| a.name_key()));
        match keys.iter().find(|key| !reference.has_message(key)) {
            Some(key) => Err(format!("the Fluent key `{key}` is missing in locales/it")),
            None => Ok(()),
        }
    }

    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    pub fn services(&self) -> &[Service] {
        &self.services
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id.0 == id)
    }

    /// The services of one category, in catalogue order.
    pub fn services_in<'a>(
        &'a self,
        category: &'a CategoryId,
    ) -> impl Iterator<Item = &'a Service> {
        self.services
            .iter()
            .filter(move |s| &s.category == category)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Agency::ALL` names every agency: the list is read from serde's
    /// own error for an unknown agency ("expected one of …"), so a new
    /// agency missing from `ALL` fails here by name.
    #[test]
    fn all_lists_every_agency_with_its_id() {
        let error = serde_json::from_str::<Agency>("\"no-such-agency\"")
            .expect_err("not an agency")
            .to_string();
        let expected: Vec<&str> = error.split('`').skip(3).step_by(2).collect();
        let listed: Vec<&str> = Agency::ALL.iter().map(|a| a.id()).collect();
        assert_eq!(listed, expected, "from: {error}");
        for agency in Agency::ALL {
            assert_eq!(Agency::from_id(agency.id()), Some(agency));
        }
    }
}
