//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use serto_kiosk::Library;
use serto_kiosk::resources::Resources;

pub fn resources() -> Resources {
    Resources::at(env!("CARGO_MANIFEST_DIR"))
}

pub fn library() -> Library {
    Library::load(&resources()).expect("the kiosk's own assets and locales load")
}

pub fn demo_config_path() -> PathBuf {
    resources().demo_config()
}

pub fn demo_config_text() -> String {
    std::fs::read_to_string(demo_config_path()).expect("demo config is readable")
}

/// A codice fiscale: its first 15 characters and the right check letter.
pub fn with_check(first15: &str) -> String {
    format!(
        "{first15}{}",
        serto_kiosk::validate::codice_fiscale::check_character(first15)
            .expect("letters and digits in codice fiscale places")
    )
}
