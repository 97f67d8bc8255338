//! The portals where a service can only be finished with the person's own
//! SPID or CIE (`assets/portals.toml`): each portal's address and ways in,
//! and per service the form the kiosk prepares for it — the portal's own
//! Italian label of each answer, so that the sheet can be copied into the
//! portal field by field. Every portal and form names its source; labels
//! not yet read on the live portal are marked `confirmed = false`, which
//! the operator's health tab shows (the person's sheet never claims more).

use std::path::Path;

use serde::Deserialize;

use super::ServiceId;

/// A way to log into a portal; its Fluent text is `portal-login-<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Login {
    /// SPID: the identity provider's app approves the login.
    Spid,
    /// CIE with the CieID app (it reads the card and scans a QR code on
    /// the screen: no PIN typed on a shared kiosk).
    CieApp,
    /// CIE on the help desk's contactless reader.
    CieReader,
    /// CNS (Carta Nazionale dei Servizi) on a card reader.
    Cns,
    /// eIDAS: an identity of another EU country.
    Eidas,
}

impl Login {
    pub fn key(self) -> &'static str {
        match self {
            Login::Spid => "portal-login-spid",
            Login::CieApp => "portal-login-cie-app",
            Login::CieReader => "portal-login-cie-reader",
            Login::Cns => "portal-login-cns",
            Login::Eidas => "portal-login-eidas",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Portal {
    pub id: String,
    /// The page to open (https), printed and shown as a QR code.
    pub address: String,
    pub login: Vec<Login>,
    /// Where the address and the ways in were read.
    pub source: String,
}

impl Portal {
    /// The Fluent key of the portal's name (`portal-name-ali`).
    pub fn name_key(&self) -> String {
        format!("portal-name-{}", self.id)
    }
}

/// What the kiosk prepares for one service on its portal.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Form {
    pub service: ServiceId,
    pub portal: String,
    /// The portal's name of the form or section, in Italian as it shows it.
    pub module: String,
    /// Whether the labels were read on the live portal; if not, the
    /// operator's health tab says so.
    pub confirmed: bool,
    pub source: String,
    /// The flow's fields with the portal's Italian label of each, in the
    /// order the portal asks.
    #[serde(rename = "field", default)]
    pub fields: Vec<FormField>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormField {
    /// The flow's field id.
    pub id: String,
    /// The portal's label, in Italian, as the portal writes it.
    pub label: String,
}

impl Form {
    /// The Fluent key of what to have ready before opening the portal.
    pub fn ready_key(&self) -> String {
        self.service.flow_key("portal_ready")
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Portals {
    #[serde(rename = "portal", default)]
    portals: Vec<Portal>,
    #[serde(rename = "form", default)]
    forms: Vec<Form>,
}

impl Portals {
    /// Reads and checks the file: https addresses, known portals, one form
    /// per service, labels and order naming the same fields.
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
        let portals: Portals = toml::from_str(&text).map_err(|e| e.to_string())?;
        portals.check()?;
        Ok(portals)
    }

    pub(super) fn check(&self) -> Result<(), String> {
        for (i, p) in self.portals.iter().enumerate() {
            if self.portals[..i].iter().any(|q| q.id == p.id) {
                return Err(format!("portal `{}` is listed twice", p.id));
            }
            let https = reqwest::Url::parse(&p.address)
                .ok()
                .filter(|u| u.scheme() == "https" && u.host_str().is_some());
            if https.is_none() {
                return Err(format!(
                    "portal `{}`: the address must be an https URL",
                    p.id
                ));
            }
            if p.login.is_empty() {
                return Err(format!("portal `{}` names no way to log in", p.id));
            }
        }
        for (i, f) in self.forms.iter().enumerate() {
            let service = f.service.as_str();
            if self.forms[..i].iter().any(|g| g.service == f.service) {
                return Err(format!("the form of `{service}` is listed twice"));
            }
            if self.portal(&f.portal).is_none() {
                return Err(format!(
                    "the form of `{service}` names the unknown portal `{}`",
                    f.portal
                ));
            }
            for (j, field) in f.fields.iter().enumerate() {
                if f.fields[..j].iter().any(|g| g.id == field.id) {
                    return Err(format!(
                        "the form of `{service}` labels the field `{}` twice",
                        field.id
                    ));
                }
                if field.label.trim().is_empty() {
                    return Err(format!(
                        "the form of `{service}` has an empty label for `{}`",
                        field.id
                    ));
                }
            }
        }
        Ok(())
    }

    pub fn portals(&self) -> &[Portal] {
        &self.portals
    }

    pub fn portal(&self, id: &str) -> Option<&Portal> {
        self.portals.iter().find(|p| p.id == id)
    }

    pub fn form(&self, service: &ServiceId) -> Option<&Form> {
        self.forms.iter().find(|f| &f.service == service)
    }

    /// A service's form and its portal.
    pub fn of(&self, service: &ServiceId) -> Option<(&Form, &Portal)> {
        let form = self.form(service)?;
        Some((form, self.portal(&form.portal)?))
    }
}
