//! The delivery worker: takes due submissions, sends them through the
//! agency adapter, records the outcome. Exponential backoff with full
//! jitter, Retry-After honoured, a circuit breaker per agency, and a limit
//! after which a submission waits for an operator instead of retrying for
//! ever. Database work runs on tokio's blocking pool.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chacha20poly1305::aead::Generate;
use jiff::Timestamp;

use super::{Claimed, Outbox, OutboxError};
use crate::agencies::{Agencies, AgencyError};
use crate::background::Background;

/// When to try again and when to stop.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// The first backoff ceiling; doubles with each attempt.
    pub base: Duration,
    /// The highest backoff ceiling.
    pub cap: Duration,
    /// After this many attempts, an operator decides.
    pub max_attempts: u32,
    /// After this age, an operator decides.
    pub max_age: Duration,
    /// Consecutive failures that open an agency's breaker.
    pub breaker_threshold: u32,
    /// How long an open breaker stays open before one probe is let through.
    pub breaker_cooldown: Duration,
    /// Submissions sent at once per agency.
    pub batch: usize,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            base: Duration::from_secs(5),
            cap: Duration::from_secs(15 * 60),
            max_attempts: 60,
            max_age: Duration::from_secs(72 * 3600),
            breaker_threshold: 5,
            breaker_cooldown: Duration::from_secs(30),
            batch: 8,
        }
    }
}

impl RetryPolicy {
    /// Full jitter: a uniform delay between zero and the attempt's ceiling.
    pub fn backoff(&self, attempts: u32) -> Duration {
        let ceiling = self
            .base
            .saturating_mul(
                1_u32
                    .checked_shl(attempts.saturating_sub(1).min(20))
                    .unwrap_or(u32::MAX),
            )
            .min(self.cap);
        let random = u64::try_generate().unwrap_or(u64::MAX / 2);
        let millis = u64::try_from(ceiling.as_millis()).unwrap_or(u64::MAX);
        Duration::from_millis(random % millis.saturating_add(1))
    }
}

/// An agency's circuit breaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breaker {
    Closed {
        failures: u32,
    },
    /// No calls until the time; then one probe.
    Open {
        until: Timestamp,
    },
    /// One probe is out; its outcome closes or reopens the breaker.
    HalfOpen,
}

impl Default for Breaker {
    fn default() -> Self {
        Breaker::Closed { failures: 0 }
    }
}

/// The worker's state: the outbox, the adapters, the breakers.
pub struct Delivery {
    outbox: Arc<Outbox>,
    agencies: Agencies,
    policy: RetryPolicy,
    breakers: Mutex<BTreeMap<String, Breaker>>,
}

impl Delivery {
    pub fn new(outbox: Arc<Outbox>, agencies: Agencies, policy: RetryPolicy) -> Self {
        Self {
            outbox,
            agencies,
            policy,
            breakers: Mutex::new(BTreeMap::new()),
        }
    }

    pub fn breaker(&self, agency: &str) -> Breaker {
        self.breakers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(agency)
            .copied()
            .unwrap_or_default()
    }

    /// How many of an agency's submissions may go now: a batch when the
    /// breaker is closed, one probe when it is open and cooled down.
    fn allowance(&self, agency: &str, now: Timestamp) -> usize {
        match self.breaker(agency) {
            Breaker::Closed { .. } => self.policy.batch,
            Breaker::Open { until } if now >= until => 1,
            Breaker::Open { .. } => 0,
            // The probe is out; nothing else until it answers.
            Breaker::HalfOpen => 0,
        }
    }

    /// A submission was taken for an agency whose breaker is open: it is
    /// the probe.
    fn probing(&self, agency: &str) {
        let mut breakers = self.breakers.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(breaker @ Breaker::Open { .. }) = breakers.get_mut(agency) {
            *breaker = Breaker::HalfOpen;
        }
    }

    fn record(&self, agency: &str, success: bool, now: Timestamp) {
        let mut breakers = self.breakers.lock().unwrap_or_else(|p| p.into_inner());
        let breaker = breakers.entry(agency.to_owned()).or_default();
        let failures = match *breaker {
            Breaker::Closed { failures } => failures,
            _ => self.policy.breaker_threshold.saturating_sub(1),
        };
        let next = if success {
            Breaker::Closed { failures: 0 }
        } else if failures + 1 >= self.policy.breaker_threshold {
            let until = now.checked_add(self.policy.breaker_cooldown).unwrap_or(now);
            if !matches!(*breaker, Breaker::Open { .. }) {
                tracing::warn!(agency, "circuit breaker open");
            }
            Breaker::Open { until }
        } else {
            Breaker::Closed {
                failures: failures + 1,
            }
        };
        *breaker = next;
        if let Some(agency) = crate::catalogue::Agency::from_id(agency) {
            self.agencies
                .health()
                .circuit(agency, matches!(next, Breaker::Open { .. }));
        }
    }

    /// One pass: sends every due submission the breakers allow. Returns how
    /// many were attempted.
    pub async fn run_once(&self) -> Result<usize, OutboxError> {
        let now = Timestamp::now();
        let outbox = Arc::clone(&self.outbox);
        let allowances: BTreeMap<String, usize> = crate::catalogue::Agency::ALL
            .into_iter()
            .map(|a| (a.id().to_owned(), self.allowance(a.id(), now)))
            .collect();
        let claimed = tokio::task::spawn_blocking(move || {
            outbox.claim_due(now, |agency| allowances.get(agency).copied().unwrap_or(0))
        })
        .await
        .map_err(|_| OutboxError::Random)??;
        let attempted = claimed.len();
        for c in &claimed {
            self.probing(&c.agency);
        }
        let sends = claimed.into_iter().map(|c| self.send(c));
        for outcome in futures_util::future::join_all(sends).await {
            outcome?;
        }
        Ok(attempted)
    }

    async fn send(&self, claimed: Claimed) -> Result<(), OutboxError> {
        let result = self.agencies.submit(&claimed.outgoing).await;
        let now = Timestamp::now();
        let outbox = Arc::clone(&self.outbox);
        match result {
            Ok(reply) => {
                self.record(&claimed.agency, true, now);
                tokio::task::spawn_blocking(move || outbox.delivered(&claimed, &reply, now))
                    .await
                    .map_err(|_| OutboxError::Random)?
            }
            Err(error) => {
                // A refusal is an answer: the agency is up.
                self.record(&claimed.agency, !error.is_retryable(), now);
                let next = self.next_attempt(&claimed, &error, now);
                tokio::task::spawn_blocking(move || outbox.failed(&claimed, &error, next))
                    .await
                    .map_err(|_| OutboxError::Random)?
            }
        }
    }

    /// When to try again, or `None` when an operator must decide.
    pub fn next_attempt(
        &self,
        claimed: &Claimed,
        error: &AgencyError,
        now: Timestamp,
    ) -> Option<Timestamp> {
        if !error.is_retryable() {
            return None;
        }
        let age = now.duration_since(claimed.created_at);
        let too_old =
            age.as_secs() > i64::try_from(self.policy.max_age.as_secs()).unwrap_or(i64::MAX);
        if claimed.attempts >= self.policy.max_attempts || too_old {
            return None;
        }
        let delay = match error {
            AgencyError::RateLimited { retry_after, .. } => *retry_after,
            _ => self.policy.backoff(claimed.attempts),
        };
        now.checked_add(delay).ok()
    }

    /// Runs for ever: a pass, then a pause until `wake` is notified (a new
    /// submission) or `idle` has passed.
    pub async fn run(self: Arc<Self>, wake: Arc<tokio::sync::Notify>, idle: Duration) {
        loop {
            match self.run_once().await {
                // Something was sent: there may be more due right away.
                Ok(n) if n > 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "delivery pass failed"),
            }
            tokio::select! {
                () = wake.notified() => {}
                () = tokio::time::sleep(idle) => {}
            }
        }
    }
}

/// The delivery worker on its own thread and runtime, for the kiosk: sends
/// what is due, wakes at once when told of a new submission, and once an
/// hour deletes the payloads past their retention. Stops when dropped.
pub struct Worker {
    /// Notify after an enqueue to send without waiting for the next pass.
    pub wake: Arc<tokio::sync::Notify>,
    _thread: Background,
}

impl Worker {
    pub fn start(delivery: Delivery, retention: Duration) -> std::io::Result<Self> {
        let wake = Arc::new(tokio::sync::Notify::new());
        let delivery = Arc::new(delivery);
        let notified = Arc::clone(&wake);
        let thread = Background::spawn("delivery", 1, move |stopped| async move {
            let outbox = Arc::clone(&delivery.outbox);
            let purge = async move {
                loop {
                    let outbox = Arc::clone(&outbox);
                    let purged = tokio::task::spawn_blocking(move || {
                        outbox.purge(Timestamp::now(), retention)
                    })
                    .await;
                    if let Ok(Err(e)) = purged {
                        tracing::error!(error = %e, "purge failed");
                    }
                    tokio::time::sleep(Duration::from_secs(3600)).await;
                }
            };
            tokio::select! {
                () = delivery.run(notified, Duration::from_secs(5)) => {}
                () = purge => {}
                _ = stopped => {}
            }
        })?;
        Ok(Self {
            wake,
            _thread: thread,
        })
    }
}
