//! Where the kiosk's read-only files live: `assets/`, `locales/` and `kiosk-config/`.
//!
//! They are read at start-up, not compiled in, so that a Comune can adjust
//! texts and services by editing files. The fonts are the exception: they are
//! embedded in the binary (see `ui::fonts`) so an out-of-service page can
//! always be drawn.

use std::path::{Path, PathBuf};

/// Environment variable that points at a resource root (tests, packaging).
pub const RESOURCES_ENV: &str = "SERTO_KIOSK_RESOURCES";

/// The folder that holds `assets/`, `locales/` and `kiosk-config/`.
#[derive(Debug, Clone)]
pub struct Resources {
    root: PathBuf,
}

impl Resources {
    pub fn at(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// Finds the resource root: `$SERTO_KIOSK_RESOURCES`, then
    /// `<exe>/../share/serto-kiosk` (the installed layout), then the source
    /// tree this binary was built from (`cargo run`, tests).
    pub fn locate() -> Self {
        if let Some(dir) = std::env::var_os(RESOURCES_ENV) {
            return Self::at(dir);
        }
        if let Some(installed) = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|bin| bin.join("../share/serto-kiosk")))
            .filter(|dir| dir.join("locales").is_dir())
        {
            return Self::at(installed);
        }
        Self::at(env!("CARGO_MANIFEST_DIR"))
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn locales_dir(&self) -> PathBuf {
        self.root.join("locales")
    }

    pub fn assets_dir(&self) -> PathBuf {
        self.root.join("assets")
    }

    pub fn catalogue_file(&self) -> PathBuf {
        self.assets_dir().join("catalogue.toml")
    }

    /// The configuration used when none is given on the command line.
    pub fn demo_config(&self) -> PathBuf {
        self.root.join("kiosk-config").join("demo.toml")
    }
}
