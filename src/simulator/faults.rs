//! Faults the simulator can inject per agency, to rehearse what a real
//! back-end does on a bad day: latency, a share of 500/503, 429 with
//! Retry-After, a reset connection, malformed or truncated JSON, a slow
//! or endless body, a total outage. Set by `PUT /_admin/faults/{agency}` or from a
//! TOML file (`serto-kiosk simulate --faults FILE`).

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::catalogue::Agency;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Faults {
    /// Added before every answer.
    pub latency_ms: u64,
    /// Share of calls (0–1) answered 500 or 503, spread evenly.
    pub error_share: f64,
    /// Answer every call 429 with this Retry-After (seconds).
    pub retry_after_seconds: Option<u64>,
    /// Break the connection instead of answering.
    pub reset: bool,
    /// Answer 200 with JSON of the wrong shape.
    pub malformed: bool,
    /// Answer 200 with JSON cut in the middle.
    pub truncated: bool,
    /// Send the body in small pieces, this long apart.
    pub slow_body_ms: u64,
    /// Answer 200 with a body that never ends (a hostile or broken
    /// back-end streaming garbage).
    pub endless: bool,
    /// The agency is down: every call is refused with a broken connection
    /// after the latency.
    pub outage: bool,
}

impl Faults {
    pub fn is_clear(&self) -> bool {
        self == &Faults::default()
    }

    /// Whether the `n`-th call (from 0) gets a server error: exactly
    /// `error_share` of calls, evenly spread, reproducible.
    pub fn server_error(&self, n: u64) -> Option<u16> {
        let share = self.error_share.clamp(0.0, 1.0);
        let before = (n as f64 * share).floor();
        let after = ((n + 1) as f64 * share).floor();
        (after > before).then_some(if n.is_multiple_of(2) { 503 } else { 500 })
    }
}

/// The faults an operator switches from the training screen: a bad day
/// in four settings, instead of the numbers above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    Normal,
    /// Every answer after 5 s (the person sees "still waiting").
    Slow,
    /// Half the calls answered 500/503 (the outbox retries).
    Errors,
    /// No answer at all (the outbox keeps, the breaker opens).
    Down,
}

impl Preset {
    pub const ALL: [Preset; 4] = [Preset::Normal, Preset::Slow, Preset::Errors, Preset::Down];

    pub fn faults(self) -> Faults {
        match self {
            Preset::Normal => Faults::default(),
            Preset::Slow => Faults {
                latency_ms: 5000,
                ..Faults::default()
            },
            Preset::Errors => Faults {
                error_share: 0.5,
                ..Faults::default()
            },
            Preset::Down => Faults {
                outage: true,
                ..Faults::default()
            },
        }
    }

    /// The preset these faults are, if any (faults set from a file or the
    /// admin route may be none of them).
    pub fn of(faults: &Faults) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| &p.faults() == faults)
    }

    /// Its Fluent key (`fault-…`).
    pub fn key(self) -> &'static str {
        match self {
            Preset::Normal => "fault-normal",
            Preset::Slow => "fault-slow",
            Preset::Errors => "fault-errors",
            Preset::Down => "fault-down",
        }
    }
}

/// Faults by agency, as a file: `[usl-toscana-sud-est] error_share = 0.5`.
pub fn load(path: &Path) -> Result<BTreeMap<Agency, Faults>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let raw: BTreeMap<String, Faults> =
        toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    raw.into_iter()
        .map(|(id, faults)| {
            Agency::from_id(&id)
                .map(|a| (a, faults))
                .ok_or_else(|| format!("{}: unknown agency `{id}`", path.display()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_share_is_exact_and_even() {
        let f = Faults {
            error_share: 0.25,
            ..Faults::default()
        };
        let errors: Vec<u64> = (0..8).filter(|n| f.server_error(*n).is_some()).collect();
        assert_eq!(errors, vec![3, 7]);
        let all = Faults {
            error_share: 1.0,
            ..Faults::default()
        };
        assert!((0..10).all(|n| all.server_error(n).is_some()));
        assert!((0..10).all(|n| Faults::default().server_error(n).is_none()));
    }

    #[test]
    fn a_faults_file_names_agencies_and_refuses_unknown_ones() {
        let dir = std::env::temp_dir().join(format!("serto-faults-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("good.toml");
        std::fs::write(
            &good,
            "[usl-toscana-sud-est]\nerror_share = 0.3\nlatency_ms = 800\n",
        )
        .unwrap();
        let faults = load(&good).unwrap();
        assert_eq!(faults[&Agency::UslToscanaSudEst].latency_ms, 800);
        let bad = dir.join("bad.toml");
        std::fs::write(&bad, "[pizzeria]\noutage = true\n").unwrap();
        assert!(
            load(&bad)
                .unwrap_err()
                .contains("unknown agency `pizzeria`")
        );
        std::fs::write(&bad, "[prefettura]\nlatency = 3\n").unwrap();
        assert!(
            load(&bad).is_err(),
            "an unknown key is an error, not ignored"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
