//! SerTo Kiosk: a touchscreen kiosk for assisted access to Italian public
//! online services. See ARCHITECTURE.md for the map of modules.
//!
//! Everything outside `ui` is plain Rust with no knowledge of iced, so the
//! rules of the kiosk are tested without a window (`tests/tidy.rs` checks it).

pub mod agencies;
pub mod background;
pub mod catalogue;
pub mod child;
pub mod config;
pub mod desk;
pub mod documents;
pub mod flows;
pub mod fonts;
pub mod i18n;
pub mod italy;
pub mod keyboard;
pub mod monitoring;
pub mod operator;
pub mod outbox;
pub mod places;
pub mod printing;
pub mod resources;
pub mod simulator;
pub mod speech;
pub mod ui;
pub mod validate;

use catalogue::Catalogue;
use i18n::Translations;
use resources::Resources;

/// The read-only data every part of the kiosk shares, loaded once at start-up.
#[derive(Debug)]
pub struct Library {
    pub translations: Translations,
    pub catalogue: Catalogue,
    /// The flows that loaded; a service whose flow is broken is disabled
    /// and its problem logged (`flows.problems`).
    pub flows: std::sync::Arc<flows::Flows>,
    pub places: places::Places,
}

/// Why the shared data could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    #[error(transparent)]
    Locales(#[from] i18n::I18nError),
    #[error(transparent)]
    Catalogue(#[from] catalogue::CatalogueError),
    #[error(transparent)]
    Places(#[from] places::PlacesError),
}

impl Library {
    pub fn load(resources: &Resources) -> Result<Self, LibraryError> {
        let translations = Translations::load(&resources.locales_dir())?;
        let mut catalogue = Catalogue::load(&resources.catalogue_file(), &translations)?;
        let flows = flows::Flows::load_dir(&resources.assets_dir().join("flows"), &translations);
        check_portal_forms(&mut catalogue, &flows, &translations);
        let places = places::Places::load(&resources.assets_dir().join("data"))?;
        Ok(Self {
            translations,
            catalogue,
            flows: std::sync::Arc::new(flows),
            places,
        })
    }

    /// The channel of a service (none for one not in the catalogue).
    pub fn channel(&self, service: &catalogue::ServiceId) -> Option<catalogue::Channel> {
        self.catalogue.channel(service)
    }

    pub fn known(&self) -> config::Known<'_> {
        config::Known {
            translations: &self.translations,
            catalogue: &self.catalogue,
        }
    }
}

/// A portal service's form must label fields of its flow, and say what to
/// have ready; otherwise the service is disabled with the reason.
fn check_portal_forms(
    catalogue: &mut Catalogue,
    flows: &flows::Flows,
    translations: &Translations,
) {
    let reference = translations.locale(&i18n::LanguageId::reference());
    let mut broken = Vec::new();
    for service in catalogue.services() {
        let Some(form) = catalogue.portals().form(&service.id) else {
            continue;
        };
        let flow = flows.get(service.id.as_str());
        let problem = if let Some(field) = form
            .fields
            .iter()
            .find(|f| flow.is_some_and(|flow| flow.field(&f.id).is_none()))
        {
            Some(format!(
                "the portal form of `{}` labels `{}`, which is not a field of its flow",
                service.id.as_str(),
                field.id
            ))
        } else if !reference.is_some_and(|r| r.has_message(&form.ready_key())) {
            Some(format!(
                "the Fluent key `{}` is missing in locales/it",
                form.ready_key()
            ))
        } else {
            None
        };
        if let Some(problem) = problem {
            broken.push((service.id.clone(), problem));
        }
    }
    for (id, problem) in broken {
        catalogue.disable(&id, problem);
    }
}
