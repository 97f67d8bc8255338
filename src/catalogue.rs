//! The kiosk's categories and services (`assets/catalogue.toml`): what the home
//! screen lists, which office owns each service, the door it really reaches
//! (its [`Channel`]), and for the services only a portal can finish, the
//! portal and its form (`assets/portals.toml`, [`portals`]). Names and
//! summaries are Fluent keys derived from the ids.

pub mod portals;

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

/// The door a service really reaches, and so what the kiosk may say it
/// did: every confirmation, receipt and speech text is a message of the
/// channel's family (`channel-<channel>-<claim>-…`, see [`Claim`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    /// A payment through the pagoPA platform, beside a booking at the
    /// agency's own gateway (the CUP ticket).
    Pagopa,
    /// A public web page read for the person (the permit's state).
    PublicPage,
    /// The Comune's integration gateway (its own services, the help desk).
    Comune,
    /// Only a portal with the person's own SPID or CIE can finish it: the
    /// kiosk prepares it and, if the person wants, hands it to the desk.
    Portal,
    /// A feed the Comune or the Region publishes (courses, jobs, magazines).
    Catalogue,
}

impl Channel {
    pub const ALL: [Channel; 5] = [
        Channel::Pagopa,
        Channel::PublicPage,
        Channel::Comune,
        Channel::Portal,
        Channel::Catalogue,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Channel::Pagopa => "pagopa",
            Channel::PublicPage => "public-page",
            Channel::Comune => "comune",
            Channel::Portal => "portal",
            Channel::Catalogue => "catalogue",
        }
    }

    pub fn from_id(id: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.id() == id)
    }

    /// What a service of this channel can end in.
    pub fn claims(self) -> &'static [Claim] {
        match self {
            Channel::Pagopa | Channel::Comune => &[Claim::Sent, Claim::Queued],
            Channel::Portal => &[Claim::Prepared, Claim::Sent, Claim::Queued],
            Channel::PublicPage | Channel::Catalogue => &[Claim::Answered],
        }
    }

    /// The Fluent key of one part (`title`, `status`) of what the kiosk
    /// says for a claim: `channel-portal-prepared-title`.
    pub fn key(self, claim: Claim, part: &str) -> String {
        format!("channel-{}-{}-{part}", self.id(), claim.id())
    }

    /// The parts every claim of every channel has in every locale.
    pub const PARTS: [&'static str; 2] = ["title", "status"];
}

/// What really happened at the channel's door.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Claim {
    /// The door answered: it has the request (and its own number).
    Sent,
    /// Stored in the kiosk's outbox; the door has not answered yet.
    Queued,
    /// Nothing was sent: prepared on paper for the portal.
    Prepared,
    /// A look-up the door answered now.
    Answered,
}

impl Claim {
    pub fn id(self) -> &'static str {
        match self {
            Claim::Sent => "sent",
            Claim::Queued => "queued",
            Claim::Prepared => "prepared",
            Claim::Answered => "answered",
        }
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

/// A service as the catalogue file writes it: the channel is checked after
/// reading, so that one unknown channel disables only its service.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    id: ServiceId,
    category: CategoryId,
    agency: Agency,
    channel: String,
}

#[derive(Debug, Clone)]
pub struct Service {
    pub id: ServiceId,
    pub category: CategoryId,
    /// The office that owns the service (named in its texts).
    pub agency: Agency,
    pub channel: Channel,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalogue {
    #[serde(rename = "category")]
    categories: Vec<Category>,
    #[serde(rename = "service")]
    services: Vec<RawService>,
}

#[derive(Debug, Clone)]
pub struct Catalogue {
    categories: Vec<Category>,
    services: Vec<Service>,
    /// Services left out, with why (an unknown channel; a portal service
    /// without its form): logged at start and shown on the operator's
    /// health tab.
    disabled: Vec<(ServiceId, String)>,
    portals: portals::Portals,
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
        let raw: RawCatalogue = toml::from_str(&text).map_err(|e| invalid(e.to_string()))?;
        let portals_path = path.with_file_name("portals.toml");
        let portals =
            portals::Portals::load(&portals_path).map_err(|problem| CatalogueError::Invalid {
                path: portals_path.clone(),
                problem,
            })?;
        let catalogue = Catalogue::from_raw(raw, portals);
        catalogue.check(translations).map_err(invalid)?;
        Ok(catalogue)
    }

    /// Keeps the services whose channel is known (and, for a portal
    /// service, whose form is in the portals' file); the others are
    /// disabled with a named reason.
    fn from_raw(raw: RawCatalogue, portals: portals::Portals) -> Self {
        let mut services = Vec::new();
        let mut disabled = Vec::new();
        for s in raw.services {
            let problem = match Channel::from_id(&s.channel) {
                None => Some(format!(
                    "service `{}` names the unknown channel `{}` (known: {})",
                    s.id.0,
                    s.channel,
                    Channel::ALL.map(Channel::id).join(", ")
                )),
                Some(Channel::Portal) if portals.form(&s.id).is_none() => Some(format!(
                    "service `{}` is on the portal channel but assets/portals.toml has no form for it",
                    s.id.0
                )),
                Some(_) => None,
            };
            match (problem, Channel::from_id(&s.channel)) {
                (None, Some(channel)) => services.push(Service {
                    id: s.id,
                    category: s.category,
                    agency: s.agency,
                    channel,
                }),
                (problem, _) => {
                    let problem = problem.unwrap_or_default();
                    tracing::error!(%problem, "service disabled");
                    disabled.push((s.id, problem));
                }
            }
        }
        Catalogue {
            categories: raw.categories,
            services,
            disabled,
            portals,
        }
    }

    /// Leaves a service out (a later check found its data broken).
    pub fn disable(&mut self, id: &ServiceId, problem: String) {
        if let Some(i) = self.services.iter().position(|s| &s.id == id) {
            self.services.remove(i);
            tracing::error!(%problem, "service disabled");
            self.disabled.push((id.clone(), problem));
        }
    }

    /// The services left out at load, with why.
    pub fn disabled(&self) -> &[(ServiceId, String)] {
        &self.disabled
    }

    pub fn portals(&self) -> &portals::Portals {
        &self.portals
    }

    /// The channel of a service (none for a service not in the catalogue).
    pub fn channel(&self, service: &ServiceId) -> Option<Channel> {
        self.service(service.as_str()).map(|s| s.channel)
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
        for channel in Channel::ALL {
            for claim in channel.claims() {
                keys.extend(Channel::PARTS.map(|part| channel.key(*claim, part)));
            }
        }
        keys.extend(self.portals.portals().iter().map(|p| p.name_key()));
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

    fn raw(services: &str) -> RawCatalogue {
        toml::from_str(&format!("[[category]]\nid = \"c\"\n{services}")).unwrap()
    }

    fn service(id: &str, channel: &str) -> String {
        format!(
            "[[service]]\nid = \"{id}\"\ncategory = \"c\"\nagency = \"comune-arezzo\"\nchannel = \"{channel}\"\n"
        )
    }

    /// An unknown channel disables its service by name; the others run.
    /// A portal service without its form in the portals' file too.
    #[test]
    fn an_unknown_channel_disables_only_its_service() {
        let portals: portals::Portals = toml::from_str(
            "[[portal]]\nid = \"p\"\naddress = \"https://portal.example/\"\nlogin = [\"spid\"]\nsource = \"test\"\n\
             [[form]]\nservice = \"with-form\"\nportal = \"p\"\nmodule = \"M\"\nconfirmed = true\nsource = \"test\"\n",
        )
        .unwrap();
        let text = [
            service("fine", "comune"),
            service("typo", "comun"),
            service("with-form", "portal"),
            service("no-form", "portal"),
        ]
        .concat();
        let catalogue = Catalogue::from_raw(raw(&text), portals);
        let kept: Vec<&str> = catalogue.services().iter().map(|s| s.id.as_str()).collect();
        assert_eq!(kept, ["fine", "with-form"]);
        let disabled: Vec<(&str, &str)> = catalogue
            .disabled()
            .iter()
            .map(|(id, why)| (id.as_str(), why.as_str()))
            .collect();
        assert_eq!(disabled.len(), 2);
        assert_eq!(disabled[0].0, "typo");
        assert!(
            disabled[0].1.contains("unknown channel `comun`"),
            "{}",
            disabled[0].1
        );
        assert_eq!(disabled[1].0, "no-form");
        assert!(disabled[1].1.contains("no form"), "{}", disabled[1].1);
        assert_eq!(
            catalogue.channel(&ServiceId::from("with-form")),
            Some(Channel::Portal)
        );
    }

    #[test]
    fn a_portal_address_must_be_https() {
        let plain: portals::Portals = toml::from_str(
            "[[portal]]\nid = \"p\"\naddress = \"http://portal.example/\"\nlogin = [\"spid\"]\nsource = \"t\"\n",
        )
        .unwrap();
        assert!(plain.check().unwrap_err().contains("https"));
    }

    /// Every claim of every channel has its title and status key, and the
    /// keys name the channel and the claim.
    #[test]
    fn every_channel_has_its_family_of_messages() {
        for channel in Channel::ALL {
            assert_eq!(Channel::from_id(channel.id()), Some(channel));
            assert!(!channel.claims().is_empty());
        }
        assert_eq!(
            Channel::Portal.key(Claim::Prepared, "title"),
            "channel-portal-prepared-title"
        );
        assert_eq!(Channel::from_id("comun"), None);
    }

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
