//! The durable outbox: a submission is written to SQLite (its payload
//! sealed) in one transaction before the person is told "sent" or
//! "queued", and leaves only when the agency has it. The delivery worker
//! (`worker`) sends what is due; the operator screens read and act through
//! the same handle. No iced; no personal data in clear in the file.

pub mod reference;
pub mod schema;
pub mod sealed;
pub mod worker;

pub use schema::Durability;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use jiff::Timestamp;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::agencies::{self, AgencyError, Outgoing, Reply};
use crate::flows::Submission;
use sealed::Sealer;

/// Where a submission stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    Queued,
    Sending,
    Delivered,
    RetryWait,
    NeedsOperator,
    Cancelled,
}

impl State {
    pub const ALL: [State; 6] = [
        State::Queued,
        State::Sending,
        State::Delivered,
        State::RetryWait,
        State::NeedsOperator,
        State::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            State::Queued => "queued",
            State::Sending => "sending",
            State::Delivered => "delivered",
            State::RetryWait => "retry-wait",
            State::NeedsOperator => "needs-operator",
            State::Cancelled => "cancelled",
        }
    }

    fn parse(text: &str) -> State {
        State::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
            // The CHECK constraint allows nothing else.
            .unwrap_or(State::NeedsOperator)
    }
}

/// Why an operator cancelled a submission: a fixed list, so no free text
/// (which could hold personal data) reaches the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CancelReason {
    /// The person asked to withdraw it.
    Withdrawn,
    /// Sent twice by mistake; the other one stands.
    Duplicate,
    /// The data were wrong; a corrected one was sent.
    WrongData,
    /// Handled at the counter instead.
    HandledElsewhere,
}

impl CancelReason {
    pub fn as_str(self) -> &'static str {
        match self {
            CancelReason::Withdrawn => "withdrawn",
            CancelReason::Duplicate => "duplicate",
            CancelReason::WrongData => "wrong-data",
            CancelReason::HandledElsewhere => "handled-elsewhere",
        }
    }
}

/// Why the last attempt failed, as the operator's list shows it: a fixed
/// vocabulary (an agency's refusal keeps its problem code, which is the
/// agency's vocabulary, never data). Stored as text in one place
/// ([`ErrorClass::column`] / [`ErrorClass::parse`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorClass {
    Unreachable,
    RateLimited,
    Malformed,
    UnknownOperation,
    /// The sealed payload could not be opened (key or file damaged).
    UnreadablePayload,
    /// The agency refused it, with its problem code when it gave one.
    Refused {
        code: Option<String>,
    },
}

impl ErrorClass {
    /// The class of an agency's error. A refusal's code is kept only when
    /// it looks like a code (lower-case words and hyphens, short).
    pub fn of(error: &AgencyError) -> ErrorClass {
        match error {
            AgencyError::Unreachable { .. } => ErrorClass::Unreachable,
            AgencyError::RateLimited { .. } => ErrorClass::RateLimited,
            // A page the kiosk cannot read is, for the queue, an answer
            // outside what it understands.
            AgencyError::Malformed { .. } | AgencyError::Unreadable { .. } => ErrorClass::Malformed,
            AgencyError::UnknownOperation(_) => ErrorClass::UnknownOperation,
            AgencyError::Refused { problem, .. } => ErrorClass::Refused {
                code: problem.code.clone().filter(|code| {
                    code.len() <= 40 && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                }),
            },
        }
    }

    /// The text in the `last_error` column (`refused:slot-taken`).
    pub fn column(&self) -> String {
        match self {
            ErrorClass::Refused { code: Some(code) } => format!("refused:{code}"),
            other => other.name().to_owned(),
        }
    }

    /// The class of a `last_error` column (an unknown text, from a newer
    /// version, reads as a refusal without a code: it waits for an operator).
    pub fn parse(text: &str) -> ErrorClass {
        if let Some(code) = text.strip_prefix("refused:") {
            return ErrorClass::Refused {
                code: Some(code.to_owned()),
            };
        }
        [
            ErrorClass::Unreachable,
            ErrorClass::RateLimited,
            ErrorClass::Malformed,
            ErrorClass::UnknownOperation,
            ErrorClass::UnreadablePayload,
        ]
        .into_iter()
        .find(|class| class.name() == text)
        .unwrap_or(ErrorClass::Refused { code: None })
    }

    /// The class without its code (`refused`); the operator's Fluent key
    /// is `outbox-error-<name>`.
    pub fn name(&self) -> &'static str {
        match self {
            ErrorClass::Unreachable => "unreachable",
            ErrorClass::RateLimited => "rate-limited",
            ErrorClass::Malformed => "malformed",
            ErrorClass::UnknownOperation => "unknown-operation",
            ErrorClass::UnreadablePayload => "unreadable-payload",
            ErrorClass::Refused { .. } => "refused",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum OutboxError {
    #[error("the outbox database {path} cannot be used: {source}")]
    Database {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the outbox database {path} is damaged ({detail}); a copy was kept at {preserved}")]
    Damaged {
        path: PathBuf,
        preserved: PathBuf,
        detail: String,
    },
    #[error("the outbox database {path} is of schema {found}, newer than this program ({known})")]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("the outbox key {path} is missing, but the outbox holds sealed submissions")]
    KeyMissing { path: PathBuf },
    #[error("the outbox key {path} is not the key these submissions were sealed with")]
    KeyWrong { path: PathBuf },
    #[error("the system's random source failed")]
    Random,
    #[error("this is a look-up, answered at once: it is not queued")]
    NotAnApplication,
    #[error("no submission with this reference")]
    NotFound,
    #[error("a {0} submission cannot be changed")]
    Finished(&'static str),
}

impl OutboxError {
    /// The Fluent key that explains the problem to the operator.
    pub fn message_key(&self) -> &'static str {
        match self {
            OutboxError::Damaged { .. } => "outbox-damaged",
            OutboxError::KeyMissing { .. } => "outbox-key-missing",
            OutboxError::KeyWrong { .. } => "outbox-key-wrong",
            OutboxError::TooNew { .. } => "outbox-too-new",
            _ => "outbox-unavailable",
        }
    }

    /// What the operator reads (out-of-service page, `check`): Italian,
    /// then English, then the technical line for the technician.
    pub fn explain_for_operator(&self, translations: &crate::i18n::Translations) -> String {
        use crate::i18n::{LanguageId, Value, args};
        let (path, preserved) = match self {
            OutboxError::Damaged {
                path, preserved, ..
            } => (path.display().to_string(), preserved.display().to_string()),
            OutboxError::KeyMissing { path } | OutboxError::KeyWrong { path } => {
                (path.display().to_string(), String::new())
            }
            _ => (String::new(), String::new()),
        };
        let arguments = args([
            ("path", Value::from(path)),
            ("preserved", Value::from(preserved)),
        ]);
        let mut out = translations.format(
            &LanguageId::reference(),
            self.message_key(),
            Some(&arguments),
        );
        if let Some(en) = translations.language("en") {
            out.push_str("\n\n");
            out.push_str(&translations.format(&en, self.message_key(), Some(&arguments)));
        }
        out.push_str(&format!("\n\n({self})"));
        out
    }
}

/// What the person's receipt and the operator's list show of a submission:
/// metadata only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub reference: String,
    pub service: String,
    pub agency: String,
    pub state: State,
    pub attempts: u32,
    pub created_at: Timestamp,
    pub next_attempt_at: Timestamp,
    /// The class of the last failure.
    pub last_error: Option<ErrorClass>,
    pub agency_reference: Option<String>,
    pub finished_at: Option<Timestamp>,
    pub cancel_reason: Option<String>,
}

/// Queue figures for the operator and the monitoring.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub by_state: BTreeMap<State, u64>,
    /// Age of the oldest submission still on its way.
    pub oldest_pending: Option<Duration>,
}

/// A submission taken for sending.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: i64,
    pub agency: String,
    pub attempts: u32,
    pub created_at: Timestamp,
    pub outgoing: Outgoing,
}

pub struct Outbox {
    path: PathBuf,
    conn: Mutex<Connection>,
    sealer: Sealer,
    kiosk_id: String,
}

impl std::fmt::Debug for Outbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Outbox").field("path", &self.path).finish()
    }
}

const KEY_CHECK: &str = "key-check";
const KEY_CHECK_TEXT: &[u8] = b"serto-kiosk outbox";

fn ts(seconds: i64) -> Timestamp {
    Timestamp::from_second(seconds).unwrap_or(Timestamp::UNIX_EPOCH)
}

impl Outbox {
    /// Opens the outbox in `dir` (created if needed): checks the file,
    /// migrates it, checks the key, and puts back in the queue whatever a
    /// crash left "sending" (its idempotency key makes the resend safe).
    pub fn open(dir: &Path, kiosk_id: &str) -> Result<Self, OutboxError> {
        Self::open_with(dir, kiosk_id, Durability::Full)
    }

    /// The same with another durability: the power-cut test's drill only.
    pub fn open_with(
        dir: &Path,
        kiosk_id: &str,
        durability: Durability,
    ) -> Result<Self, OutboxError> {
        std::fs::create_dir_all(dir).map_err(|source| OutboxError::Io {
            path: dir.to_owned(),
            source,
        })?;
        let conn = schema::open(dir, durability)?;
        let path = dir.join(schema::DB_FILE);
        let sql = |source| OutboxError::Database {
            path: path.clone(),
            source,
        };
        let check: Option<Vec<u8>> = conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [KEY_CHECK], |r| {
                r.get(0)
            })
            .optional()
            .map_err(sql)?;
        let sealer = Sealer::open(dir, check.is_none())?;
        match check {
            Some(sealed) => {
                if sealer.open_sealed(KEY_CHECK, &sealed).as_deref() != Some(KEY_CHECK_TEXT) {
                    return Err(OutboxError::KeyWrong {
                        path: dir.join(sealed::KEY_FILE),
                    });
                }
            }
            None => {
                let sealed = sealer.seal(KEY_CHECK, KEY_CHECK_TEXT)?;
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?1, ?2)",
                    params![KEY_CHECK, sealed],
                )
                .map_err(sql)?;
            }
        }
        let recovered = conn
            .execute(
                "UPDATE submissions SET state = 'queued' WHERE state = 'sending'",
                [],
            )
            .map_err(sql)?;
        if recovered > 0 {
            tracing::warn!(
                recovered,
                "submissions left sending by a crash are queued again"
            );
        }
        Ok(Self {
            path,
            conn: Mutex::new(conn),
            sealer,
            kiosk_id: kiosk_id.to_owned(),
        })
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // SQLite rolls back an unfinished transaction; the connection itself
        // stays usable after a panic elsewhere.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn sql(&self) -> impl Fn(rusqlite::Error) -> OutboxError + '_ {
        |source| OutboxError::Database {
            path: self.path.clone(),
            source,
        }
    }

    /// Stores a submission durably. When this returns, the submission is on
    /// disk: only then may the person be told it is sent or queued.
    pub fn enqueue(&self, submission: Submission, now: Timestamp) -> Result<Entry, OutboxError> {
        let (agency, kind, _) =
            agencies::route(&submission).ok_or(OutboxError::NotAnApplication)?;
        if kind != agencies::contract::Kind::Application {
            return Err(OutboxError::NotAnApplication);
        }
        let service = submission.service.clone();
        let mut outgoing = Outgoing::new(String::new(), submission);
        let mut conn = self.conn();
        // A reference is random (40 bits): on the rare collision with one
        // already stored, the UNIQUE constraint refuses it and we draw again.
        for _ in 0..8 {
            outgoing.kiosk_reference =
                reference::new_reference(&self.kiosk_id).ok_or(OutboxError::Random)?;
            let plain = serde_json::to_vec(&outgoing).map_err(|_| OutboxError::Random)?;
            let sealed = self.sealer.seal(&outgoing.kiosk_reference, &plain)?;
            let tx = conn.transaction().map_err(self.sql())?;
            let inserted = tx
                .prepare_cached(
                    "INSERT INTO submissions
                       (reference, idempotency_key, service, agency, created_at, state,
                        next_attempt_at, payload)
                     VALUES (?1, ?2, ?3, ?4, ?5, 'queued', ?5, ?6)",
                )
                .and_then(|mut stmt| {
                    stmt.execute(params![
                        outgoing.kiosk_reference,
                        outgoing.idempotency_key.to_string(),
                        service,
                        agency.id(),
                        now.as_second(),
                        sealed
                    ])
                });
            match inserted {
                Ok(_) => {}
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::ConstraintViolation =>
                {
                    continue;
                }
                Err(e) => return Err(self.sql()(e)),
            }
            tx.commit().map_err(self.sql())?;
            tracing::info!(reference = %outgoing.kiosk_reference, service = %service, "queued");
            return Ok(Entry {
                reference: outgoing.kiosk_reference,
                service,
                agency: agency.id().to_owned(),
                state: State::Queued,
                attempts: 0,
                created_at: ts(now.as_second()),
                next_attempt_at: ts(now.as_second()),
                last_error: None,
                agency_reference: None,
                finished_at: None,
                cancel_reason: None,
            });
        }
        Err(OutboxError::Random)
    }

    const ENTRY_COLUMNS: &'static str = "reference, service, agency, state, attempts, created_at,
        next_attempt_at, last_error, agency_reference, finished_at, cancel_reason";

    fn entry(row: &rusqlite::Row<'_>) -> rusqlite::Result<Entry> {
        Ok(Entry {
            reference: row.get(0)?,
            service: row.get(1)?,
            agency: row.get(2)?,
            state: State::parse(&row.get::<_, String>(3)?),
            attempts: row.get(4)?,
            created_at: ts(row.get(5)?),
            next_attempt_at: ts(row.get(6)?),
            last_error: row
                .get::<_, Option<String>>(7)?
                .map(|text| ErrorClass::parse(&text)),
            agency_reference: row.get(8)?,
            finished_at: row.get::<_, Option<i64>>(9)?.map(ts),
            cancel_reason: row.get(10)?,
        })
    }

    /// One submission by its reference (as typed: case and spaces forgiven).
    pub fn status(&self, reference: &str) -> Result<Entry, OutboxError> {
        let reference = reference::normalise(reference);
        self.conn()
            .query_row(
                &format!(
                    "SELECT {} FROM submissions WHERE reference = ?1",
                    Self::ENTRY_COLUMNS
                ),
                [reference],
                Self::entry,
            )
            .optional()
            .map_err(self.sql())?
            .ok_or(OutboxError::NotFound)
    }

    /// The operator's list, newest first, optionally of some states only.
    pub fn list(&self, states: &[State], limit: usize) -> Result<Vec<Entry>, OutboxError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {} FROM submissions ORDER BY created_at DESC, id DESC",
                Self::ENTRY_COLUMNS
            ))
            .map_err(self.sql())?;
        let rows = stmt.query_map([], Self::entry).map_err(self.sql())?;
        let mut out = Vec::new();
        for row in rows {
            let entry = row.map_err(self.sql())?;
            if states.is_empty() || states.contains(&entry.state) {
                out.push(entry);
                if out.len() == limit {
                    break;
                }
            }
        }
        Ok(out)
    }

    pub fn counts(&self, now: Timestamp) -> Result<Counts, OutboxError> {
        let conn = self.conn();
        let mut counts = Counts::default();
        let mut stmt = conn
            .prepare("SELECT state, COUNT(*) FROM submissions GROUP BY state")
            .map_err(self.sql())?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
            .map_err(self.sql())?;
        for row in rows {
            let (state, n) = row.map_err(self.sql())?;
            counts
                .by_state
                .insert(State::parse(&state), n.unsigned_abs());
        }
        let oldest: Option<i64> = conn
            .query_row(
                "SELECT MIN(created_at) FROM submissions
                 WHERE state IN ('queued', 'sending', 'retry-wait')",
                [],
                |r| r.get(0),
            )
            .map_err(self.sql())?;
        counts.oldest_pending =
            oldest.map(|t| Duration::from_secs((now.as_second() - t).max(0).unsigned_abs()));
        Ok(counts)
    }

    /// "Retry now" from the operator: due at once, with fresh attempts.
    pub fn retry_now(&self, reference: &str, now: Timestamp) -> Result<Entry, OutboxError> {
        let entry = self.status(reference)?;
        match entry.state {
            State::Delivered => return Err(OutboxError::Finished("delivered")),
            State::Cancelled => return Err(OutboxError::Finished("cancelled")),
            State::Sending => return Ok(entry),
            _ => {}
        }
        self.conn()
            .execute(
                "UPDATE submissions SET state = 'queued', next_attempt_at = ?2, attempts = 0
                 WHERE reference = ?1 AND state IN ('queued', 'retry-wait', 'needs-operator')",
                params![entry.reference, now.as_second()],
            )
            .map_err(self.sql())?;
        tracing::info!(reference = %entry.reference, "retry now (operator)");
        self.status(&entry.reference)
    }

    /// Cancelled by an operator, with a reason. A delivered submission
    /// cannot be cancelled here (the agency has it); one being sent neither.
    pub fn cancel(
        &self,
        reference: &str,
        reason: CancelReason,
        now: Timestamp,
    ) -> Result<Entry, OutboxError> {
        let entry = self.status(reference)?;
        match entry.state {
            State::Delivered => return Err(OutboxError::Finished("delivered")),
            State::Cancelled => return Err(OutboxError::Finished("cancelled")),
            State::Sending => return Err(OutboxError::Finished("sending")),
            _ => {}
        }
        self.conn()
            .execute(
                "UPDATE submissions SET state = 'cancelled', cancel_reason = ?2, finished_at = ?3
                 WHERE reference = ?1 AND state IN ('queued', 'retry-wait', 'needs-operator')",
                params![entry.reference, reason.as_str(), now.as_second()],
            )
            .map_err(self.sql())?;
        tracing::info!(reference = %entry.reference, reason = reason.as_str(), "cancelled (operator)");
        self.status(&entry.reference)
    }

    /// Takes due submissions for sending (state `sending`, one more
    /// attempt), at most `limit_for(agency)` per agency, oldest first.
    pub fn claim_due(
        &self,
        now: Timestamp,
        mut limit_for: impl FnMut(&str) -> usize,
    ) -> Result<Vec<Claimed>, OutboxError> {
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(self.sql())?;
        let due: Vec<(i64, String, String, u32, i64, Vec<u8>)> = {
            let mut stmt = tx
                .prepare(
                    "SELECT id, reference, agency, attempts, created_at, payload
                     FROM submissions
                     WHERE state IN ('queued', 'retry-wait') AND next_attempt_at <= ?1
                       AND payload IS NOT NULL
                     ORDER BY next_attempt_at, id",
                )
                .map_err(self.sql())?;
            let rows = stmt
                .query_map([now.as_second()], |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                })
                .map_err(self.sql())?;
            rows.collect::<Result<_, _>>().map_err(self.sql())?
        };
        let mut taken: BTreeMap<String, usize> = BTreeMap::new();
        let mut claimed = Vec::new();
        for (id, reference, agency, attempts, created_at, sealed) in due {
            let used = taken.entry(agency.clone()).or_default();
            if *used >= limit_for(&agency) {
                continue;
            }
            let Some(outgoing) = self
                .sealer
                .open_sealed(&reference, &sealed)
                .and_then(|plain| serde_json::from_slice::<Outgoing>(&plain).ok())
            else {
                // Unreadable: never dropped, handed to a person.
                tx.execute(
                    "UPDATE submissions SET state = 'needs-operator', last_error = ?2
                     WHERE id = ?1",
                    params![id, ErrorClass::UnreadablePayload.column()],
                )
                .map_err(self.sql())?;
                tracing::error!(%reference, "payload cannot be opened: needs an operator");
                continue;
            };
            *used += 1;
            tx.execute(
                "UPDATE submissions SET state = 'sending', attempts = attempts + 1 WHERE id = ?1",
                [id],
            )
            .map_err(self.sql())?;
            claimed.push(Claimed {
                id,
                agency,
                attempts: attempts + 1,
                created_at: ts(created_at),
                outgoing,
            });
        }
        tx.commit().map_err(self.sql())?;
        Ok(claimed)
    }

    /// The agency has it: delivered, with its reference and (sealed) reply.
    pub fn delivered(
        &self,
        claimed: &Claimed,
        reply: &Reply,
        now: Timestamp,
    ) -> Result<(), OutboxError> {
        let agency_reference = match reply {
            Reply::Accepted(receipt) => Some(receipt.agency_reference.clone()),
            _ => None,
        };
        let plain = serde_json::to_vec(reply).map_err(|_| OutboxError::Random)?;
        let sealed = self
            .sealer
            .seal(&claimed.outgoing.kiosk_reference, &plain)?;
        self.conn()
            .execute(
                "UPDATE submissions SET state = 'delivered', agency_reference = ?2, finished_at = ?3,
                   last_error = NULL, reply = ?4
                 WHERE id = ?1",
                params![claimed.id, agency_reference, now.as_second(), sealed],
            )
            .map_err(self.sql())?;
        tracing::info!(reference = %claimed.outgoing.kiosk_reference, "delivered");
        Ok(())
    }

    /// A failed attempt: wait until `next` or, when `give_up`, hand it to
    /// the operator. Nothing is ever dropped.
    pub fn failed(
        &self,
        claimed: &Claimed,
        error: &AgencyError,
        next: Option<Timestamp>,
    ) -> Result<(), OutboxError> {
        let class = ErrorClass::of(error).column();
        match next {
            Some(at) => {
                self.conn()
                    .execute(
                        "UPDATE submissions SET state = 'retry-wait', next_attempt_at = ?2, last_error = ?3
                         WHERE id = ?1",
                        params![claimed.id, at.as_second(), class],
                    )
                    .map_err(self.sql())?;
                tracing::info!(reference = %claimed.outgoing.kiosk_reference, error = %class, "will retry");
            }
            None => {
                self.conn()
                    .execute(
                        "UPDATE submissions SET state = 'needs-operator', last_error = ?2 WHERE id = ?1",
                        params![claimed.id, class],
                    )
                    .map_err(self.sql())?;
                tracing::warn!(reference = %claimed.outgoing.kiosk_reference, error = %class, "needs an operator");
            }
        }
        Ok(())
    }

    /// The agency's reply to a delivered submission (for a reprint).
    pub fn reply(&self, reference: &str) -> Result<Option<Reply>, OutboxError> {
        self.open_sealed(
            "SELECT reply FROM submissions WHERE reference = ?1",
            reference,
        )
    }

    /// One sealed column of a row (`query` selects it by reference), opened
    /// and read; none when empty (purged) or unreadable.
    fn open_sealed<T: serde::de::DeserializeOwned>(
        &self,
        query: &'static str,
        reference: &str,
    ) -> Result<Option<T>, OutboxError> {
        let reference = reference::normalise(reference);
        let sealed: Option<Option<Vec<u8>>> = self
            .conn()
            .query_row(query, [&reference], |r| r.get(0))
            .optional()
            .map_err(self.sql())?;
        Ok(sealed
            .flatten()
            .and_then(|s| self.sealer.open_sealed(&reference, &s))
            .and_then(|plain| serde_json::from_slice(&plain).ok()))
    }

    /// Deletes the personal payloads (and replies) of submissions that
    /// finished (delivered or cancelled) more than `retention` ago; their
    /// metadata stays for the statistics. Returns how many were purged.
    pub fn purge(&self, now: Timestamp, retention: Duration) -> Result<usize, OutboxError> {
        let before = now.as_second() - i64::try_from(retention.as_secs()).unwrap_or(i64::MAX / 2);
        let conn = self.conn();
        let purged = conn
            .execute(
                "UPDATE submissions SET payload = NULL, reply = NULL
                 WHERE state IN ('delivered', 'cancelled') AND finished_at < ?1
                   AND (payload IS NOT NULL OR reply IS NOT NULL)",
                [before],
            )
            .map_err(self.sql())?;
        if purged > 0 {
            // Fold the WAL (which held the deleted pages) into the file.
            let _ = conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);");
            tracing::info!(
                purged,
                "personal payloads deleted after the retention period"
            );
        }
        Ok(purged)
    }

    /// A stored submission's answers, opened from its sealed payload (an
    /// operator opening a hand-off). None once purged or unreadable.
    pub fn submission(&self, reference: &str) -> Result<Option<Submission>, OutboxError> {
        let outgoing: Option<Outgoing> = self.open_sealed(
            "SELECT payload FROM submissions WHERE reference = ?1",
            reference,
        )?;
        Ok(outgoing.map(|o| o.submission))
    }

    /// Whether a submission still has its personal payload.
    pub fn has_payload(&self, reference: &str) -> Result<bool, OutboxError> {
        self.conn()
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM submissions WHERE reference = ?1 AND payload IS NOT NULL)",
                [reference::normalise(reference)],
                |r| r.get(0),
            )
            .map_err(self.sql())
    }
}
