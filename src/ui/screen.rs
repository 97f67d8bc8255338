//! One module per screen: each owns its messages and draws itself from the
//! state the parent (`ui::Kiosk`) hands it.

pub mod attract;
pub mod home;
pub mod language;
pub mod operator;
pub mod out_of_service;
pub mod pin;
pub mod service;
pub mod wizard;
