//! How each agency has been answering this kiosk: every call the client
//! makes (look-ups, offers, deliveries) leaves its outcome and latency
//! here, and the delivery worker adds its circuit breakers. The operator's
//! health tab and its "needs action" banner read it. No personal data: an
//! agency, a time, a duration, an error class.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use jiff::Timestamp;

use crate::catalogue::Agency;

/// A call slower than this makes the agency "slow" (the person waits).
pub const SLOW: Duration = Duration::from_secs(3);

/// The agency's state as the operator sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// No call since the kiosk started.
    Unknown,
    Up,
    /// Answered, slower than [`SLOW`].
    Slow,
    /// The last call got no answer (or one outside the contract).
    Down,
    /// The delivery worker stopped sending after repeated failures.
    CircuitOpen,
}

impl State {
    pub const ALL: [State; 5] = [
        State::Unknown,
        State::Up,
        State::Slow,
        State::Down,
        State::CircuitOpen,
    ];

    /// Its name in the metrics (`serto_agency_state{state=…}`).
    pub fn id(self) -> &'static str {
        match self {
            State::Unknown => "unknown",
            State::Up => "up",
            State::Slow => "slow",
            State::Down => "down",
            State::CircuitOpen => "circuit-open",
        }
    }

    /// Its Fluent key (`agency-state-…`).
    pub fn key(self) -> &'static str {
        match self {
            State::Unknown => "agency-state-unknown",
            State::Up => "agency-state-up",
            State::Slow => "agency-state-slow",
            State::Down => "agency-state-down",
            State::CircuitOpen => "agency-state-circuit-open",
        }
    }

    /// Whether an operator should look (the banner).
    pub fn needs_action(self) -> bool {
        matches!(self, State::Down | State::CircuitOpen)
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Record {
    last_success: Option<Timestamp>,
    /// Whether the latest call got no usable answer.
    failing: bool,
    last_latency: Option<Duration>,
    circuit_open: bool,
}

/// One agency's line on the health tab.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub agency: Agency,
    pub state: State,
    pub last_success: Option<Timestamp>,
    pub last_latency: Option<Duration>,
}

/// Shared by every clone of the client and by the delivery worker.
#[derive(Debug, Clone, Default)]
pub struct Health(Arc<Mutex<BTreeMap<Agency, Record>>>);

impl Health {
    fn with<T>(&self, agency: Agency, f: impl FnOnce(&mut Record) -> T) -> T {
        let mut map = self.0.lock().unwrap_or_else(|p| p.into_inner());
        f(map.entry(agency).or_default())
    }

    /// A call ended. `answered`: the agency answered within the contract
    /// (a refusal is an answer).
    pub fn call(&self, agency: Agency, answered: bool, latency: Duration, now: Timestamp) {
        self.with(agency, |r| {
            r.failing = !answered;
            r.last_latency = Some(latency);
            if answered {
                r.last_success = Some(now);
            }
        });
    }

    /// The delivery worker opened or closed an agency's breaker.
    pub fn circuit(&self, agency: Agency, open: bool) {
        self.with(agency, |r| r.circuit_open = open);
    }

    pub fn report(&self, agency: Agency) -> Report {
        let r = self
            .0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&agency)
            .copied()
            .unwrap_or_default();
        let state = if r.circuit_open {
            State::CircuitOpen
        } else if r.failing {
            State::Down
        } else if r.last_latency.is_some_and(|l| l >= SLOW) {
            State::Slow
        } else if r.last_success.is_some() {
            State::Up
        } else {
            State::Unknown
        };
        Report {
            agency,
            state,
            last_success: r.last_success,
            last_latency: r.last_latency,
        }
    }

    /// Every agency, in the catalogue's order.
    pub fn reports(&self) -> Vec<Report> {
        super::contract::doors().map(|a| self.report(a)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_follows_the_latest_call_and_the_breaker() {
        let health = Health::default();
        let a = Agency::RegioneToscana;
        let now = Timestamp::UNIX_EPOCH;
        assert_eq!(health.report(a).state, State::Unknown);
        health.call(a, true, Duration::from_millis(120), now);
        assert_eq!(health.report(a).state, State::Up);
        assert_eq!(health.report(a).last_success, Some(now));
        health.call(a, true, Duration::from_secs(4), now);
        assert_eq!(health.report(a).state, State::Slow);
        let later = now + jiff::SignedDuration::from_secs(60);
        health.call(a, false, Duration::from_secs(20), later);
        let report = health.report(a);
        assert_eq!(report.state, State::Down);
        assert_eq!(
            report.last_success,
            Some(now),
            "a failure keeps the last success"
        );
        health.circuit(a, true);
        assert_eq!(health.report(a).state, State::CircuitOpen);
        assert!(health.report(a).state.needs_action());
        health.circuit(a, false);
        health.call(a, true, Duration::from_millis(80), later);
        assert_eq!(health.report(a).state, State::Up);
        // The others are untouched, and a clone shares the records.
        let clone = health.clone();
        assert_eq!(clone.report(Agency::ComuneArezzo).state, State::Unknown);
        assert_eq!(clone.report(a).state, State::Up);
        assert_eq!(
            clone.reports().len(),
            super::super::contract::doors().count()
        );
    }
}
