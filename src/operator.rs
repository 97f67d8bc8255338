//! The operator's door: how many wrong PINs, and for how long entry is
//! locked after five (30 s, then twice as long for each further wrong PIN,
//! at most an hour). The Argon2id check itself is `config::PinHash::verify`,
//! run off the UI thread; entries, exits and refusals are logged without
//! the PIN. The count and the lock's end are kept in the data folder
//! (`PinGate::kept`): a power cut or a restart gives no fresh guesses.

use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

/// Wrong PINs allowed before entry locks.
pub const ATTEMPTS: u32 = 5;
/// How many digits an operator PIN has: at least six (a million guesses,
/// with the lockout below and across restarts), at most twelve.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 6..=12;

/// Whether `pin` is a PIN this kiosk accepts: digits only, `PIN_DIGITS` long.
pub fn is_well_formed_pin(pin: &str) -> bool {
    PIN_DIGITS.contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit())
}

/// The first lock; each further wrong PIN doubles it.
pub const FIRST_LOCK: Duration = Duration::from_secs(30);
pub const LONGEST_LOCK: Duration = Duration::from_secs(3600);
/// How long a finger stays on the hidden corner to open the PIN pad.
pub const HOLD: Duration = Duration::from_secs(3);

/// What became of a PIN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Accepted,
    Wrong {
        attempts_left: u32,
    },
    /// Entry is locked for this long (the PIN was not even checked).
    Locked {
        remaining: Duration,
    },
}

#[derive(Debug, Default, Clone)]
pub struct PinGate {
    failures: u32,
    locked_until: Option<Instant>,
    /// Where the count and the lock's end survive a restart.
    file: Option<PathBuf>,
}

/// The door as a file holds it: the lock's end on the wall clock.
#[derive(serde::Serialize, serde::Deserialize)]
struct Kept {
    failures: u32,
    /// Seconds since the Unix epoch.
    locked_until: Option<u64>,
}

impl PinGate {
    /// The door as the last run left it, kept in `file` from now on. An
    /// unreadable file counts as a lock of the first length: a damaged
    /// record never opens the door wider.
    pub fn kept(file: PathBuf) -> Self {
        let now = Instant::now();
        let wall = SystemTime::now();
        let (failures, locked_until) = match std::fs::read(&file) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (0, None),
            Ok(bytes) => match serde_json::from_slice::<Kept>(&bytes) {
                Ok(kept) => {
                    let until = kept.locked_until.map(|secs| {
                        let end = SystemTime::UNIX_EPOCH + Duration::from_secs(secs);
                        // A lock longer than the longest is a clock gone wrong.
                        now + end
                            .duration_since(wall)
                            .unwrap_or_default()
                            .min(LONGEST_LOCK)
                    });
                    (kept.failures, until)
                }
                Err(_) => (ATTEMPTS, Some(now + FIRST_LOCK)),
            },
            Err(_) => (ATTEMPTS, Some(now + FIRST_LOCK)),
        };
        if failures > 0 {
            tracing::warn!(
                failures,
                "operator door: wrong PINs kept from before the restart"
            );
        }
        Self {
            failures,
            locked_until,
            file: Some(file),
        }
    }

    /// Writes the count and the lock's end (atomically: a new file renamed
    /// over the old, synced).
    fn keep(&self, now: Instant) {
        let Some(file) = &self.file else {
            return;
        };
        let locked_until = self.locked_until.and_then(|until| {
            let end = SystemTime::now() + until.saturating_duration_since(now);
            end.duration_since(SystemTime::UNIX_EPOCH)
                .ok()
                .map(|d| d.as_secs() + 1)
        });
        let kept = Kept {
            failures: self.failures,
            locked_until,
        };
        let write = || -> std::io::Result<()> {
            use std::io::Write;
            let tmp = file.with_extension("tmp");
            let mut out = std::fs::File::create(&tmp)?;
            out.write_all(&serde_json::to_vec(&kept).unwrap_or_default())?;
            out.sync_all()?;
            std::fs::rename(&tmp, file)
        };
        if let Err(e) = write() {
            tracing::error!(error = %e, "the operator door's count could not be kept");
        }
    }

    /// How long entry stays locked, if it is.
    pub fn locked(&self, now: Instant) -> Option<Duration> {
        self.locked_until
            .filter(|until| *until > now)
            .map(|until| until.saturating_duration_since(now))
    }

    /// Records a checked PIN. While locked, nothing is counted: the PIN is
    /// refused unchecked (the caller asks `locked` first).
    pub fn checked(&mut self, correct: bool, now: Instant) -> Verdict {
        if let Some(remaining) = self.locked(now) {
            return Verdict::Locked { remaining };
        }
        if correct {
            self.failures = 0;
            self.locked_until = None;
            self.keep(now);
            tracing::info!("operator entered");
            return Verdict::Accepted;
        }
        self.failures += 1;
        tracing::warn!(failures = self.failures, "wrong operator PIN");
        if self.failures < ATTEMPTS {
            self.keep(now);
            return Verdict::Wrong {
                attempts_left: ATTEMPTS - self.failures,
            };
        }
        let doublings = (self.failures - ATTEMPTS).min(16);
        let lock = FIRST_LOCK.saturating_mul(1 << doublings).min(LONGEST_LOCK);
        self.locked_until = Some(now + lock);
        self.keep(now);
        tracing::warn!(seconds = lock.as_secs(), "operator entry locked");
        Verdict::Locked { remaining: lock }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_wrong_pins_lock_entry_for_a_growing_time() {
        let mut gate = PinGate::default();
        let t0 = Instant::now();
        for left in (1..ATTEMPTS).rev() {
            assert_eq!(
                gate.checked(false, t0),
                Verdict::Wrong {
                    attempts_left: left
                }
            );
        }
        assert_eq!(
            gate.checked(false, t0),
            Verdict::Locked {
                remaining: Duration::from_secs(30)
            }
        );
        // While locked even the right PIN is refused, and not counted.
        let t1 = t0 + Duration::from_secs(29);
        assert_eq!(
            gate.checked(true, t1),
            Verdict::Locked {
                remaining: Duration::from_secs(1)
            }
        );
        // After the lock, one more wrong PIN locks twice as long.
        let t2 = t0 + Duration::from_secs(31);
        assert_eq!(gate.locked(t2), None);
        assert_eq!(
            gate.checked(false, t2),
            Verdict::Locked {
                remaining: Duration::from_secs(60)
            }
        );
        let t3 = t2 + Duration::from_secs(61);
        assert_eq!(
            gate.checked(false, t3),
            Verdict::Locked {
                remaining: Duration::from_secs(120)
            }
        );
        // The right PIN after the lock opens, and the count starts again.
        let t4 = t3 + Duration::from_secs(121);
        assert_eq!(gate.checked(true, t4), Verdict::Accepted);
        assert_eq!(gate.checked(false, t4), Verdict::Wrong { attempts_left: 4 });
    }

    /// A restart (a power cut, the unit restarting the kiosk) keeps the
    /// count and the lock: no fresh guesses.
    #[test]
    fn the_count_and_the_lock_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("operator-door.json");
        let mut gate = PinGate::kept(file.clone());
        let now = Instant::now();
        for _ in 0..3 {
            gate.checked(false, now);
        }
        drop(gate);
        let mut gate = PinGate::kept(file.clone());
        assert_eq!(
            gate.checked(false, Instant::now()),
            Verdict::Wrong { attempts_left: 1 }
        );
        assert!(matches!(
            gate.checked(false, Instant::now()),
            Verdict::Locked { .. }
        ));
        drop(gate);
        // Restarted mid-lockout: still locked, even for the right PIN.
        let mut gate = PinGate::kept(file.clone());
        let remaining = gate.locked(Instant::now()).expect("still locked");
        assert!(remaining > Duration::from_secs(25) && remaining <= Duration::from_secs(31));
        assert!(matches!(
            gate.checked(true, Instant::now()),
            Verdict::Locked { .. }
        ));
        // A damaged record locks rather than opens.
        std::fs::write(&file, "garbage").unwrap();
        let gate = PinGate::kept(file);
        assert!(gate.locked(Instant::now()).is_some());
    }

    #[test]
    fn the_lock_never_exceeds_an_hour() {
        let mut gate = PinGate::default();
        let mut now = Instant::now();
        for _ in 0..40 {
            if let Verdict::Locked { remaining } = gate.checked(false, now) {
                assert!(remaining <= LONGEST_LOCK);
                now += remaining + Duration::from_secs(1);
            }
        }
        assert_eq!(gate.locked(now), None);
    }
}

/// The hidden corner: a finger held there for [`HOLD`] opens the PIN pad.
#[derive(Debug, Default, Clone)]
pub struct Corner {
    since: Option<Instant>,
}

impl Corner {
    pub fn down(&mut self, now: Instant) {
        self.since = Some(now);
    }

    /// The finger lifted: true when it was held long enough.
    pub fn up(&mut self, now: Instant) -> bool {
        self.since
            .take()
            .is_some_and(|since| now.saturating_duration_since(since) >= HOLD)
    }
}
