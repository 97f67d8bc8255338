//! The idle clock: after `idle_timeout` without a touch a full-screen
//! warning counts down; after `idle_warning` more, the session is wiped.

use std::time::{Duration, Instant};

#[derive(Debug)]
pub struct Idle {
    /// The latest clock reading (ticks; tests move it forward).
    pub now: Instant,
    last_input: Instant,
    /// When the warning appeared.
    warning_since: Option<Instant>,
}

/// What the clock decided.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    Nothing,
    /// The warning appears now (a chime calls the person back).
    Warn,
    /// Nobody touched the screen for too long: wipe the session.
    Wipe,
}

impl Idle {
    pub fn new(now: Instant) -> Self {
        Self {
            now,
            last_input: now,
            warning_since: None,
        }
    }

    /// A touch: the person is still there.
    pub fn touched(&mut self) {
        self.last_input = Instant::now().max(self.now);
        self.warning_since = None;
    }

    /// The clock moved (only while a session is open).
    pub fn tick(&mut self, now: Instant, timeout: Duration, warning: Duration) -> Step {
        self.now = now;
        match self.warning_since {
            None if now.saturating_duration_since(self.last_input) >= timeout => {
                self.warning_since = Some(now);
                Step::Warn
            }
            Some(since) if now.saturating_duration_since(since) >= warning => {
                self.warning_since = None;
                Step::Wipe
            }
            _ => Step::Nothing,
        }
    }

    /// Whole seconds left on the warning, if it shows.
    pub fn seconds_left(&self, warning: Duration) -> Option<u64> {
        let since = self.warning_since?;
        let left = warning.saturating_sub(self.now.saturating_duration_since(since));
        Some(left.as_secs_f64().ceil() as u64)
    }

    /// The session ended: no warning.
    pub fn reset(&mut self) {
        self.warning_since = None;
    }

    /// The latest time, never before the real one (the corner's hold and
    /// the PIN door count with it).
    pub fn at(&self) -> Instant {
        Instant::now().max(self.now)
    }
}
