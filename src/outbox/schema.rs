//! The outbox database: pragmas, the integrity check at start, and the
//! versioned migrations (`PRAGMA user_version`). A migration is never
//! edited once shipped: a new one is appended.

use std::path::Path;
use std::time::Duration;

use rusqlite::Connection;

use super::OutboxError;

pub const DB_FILE: &str = "outbox.sqlite";

/// Each entry takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: one row per submission: metadata in clear (nothing personal), the
    // payload and the agency's reply sealed. One table, so an enqueue
    // writes as few pages as possible before its fsync.
    "CREATE TABLE submissions (
        id               INTEGER PRIMARY KEY,
        reference        TEXT    NOT NULL UNIQUE,
        idempotency_key  TEXT    NOT NULL,
        service          TEXT    NOT NULL,
        agency           TEXT    NOT NULL,
        created_at       INTEGER NOT NULL,
        state            TEXT    NOT NULL CHECK (state IN
                           ('queued', 'sending', 'delivered', 'retry-wait', 'needs-operator', 'cancelled')),
        attempts         INTEGER NOT NULL DEFAULT 0,
        next_attempt_at  INTEGER NOT NULL,
        last_error       TEXT,
        agency_reference TEXT,
        finished_at      INTEGER,
        cancel_reason    TEXT,
        payload          BLOB,
        reply            BLOB
     );
     CREATE INDEX submissions_due ON submissions (next_attempt_at)
        WHERE state IN ('queued', 'retry-wait');
     CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value BLOB NOT NULL
     );",
];

pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// When a commit is on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Durability {
    /// `synchronous=FULL`: a commit has reached the disk when it returns.
    /// The kiosk's only setting.
    #[default]
    Full,
    /// `synchronous=OFF`: nothing is ever fsynced. Only for the power-cut
    /// test, to show that it catches an outbox that loses commits.
    UnsafeOff,
}

impl Durability {
    fn synchronous(self) -> &'static str {
        match self {
            Durability::Full => "FULL",
            Durability::UnsafeOff => "OFF",
        }
    }
}

/// Opens (creating if needed) the database, checks it, and brings its
/// schema up to date. A damaged file is copied aside, never overwritten.
pub fn open(dir: &Path, durability: Durability) -> Result<Connection, OutboxError> {
    let path = dir.join(DB_FILE);
    let sql = |source| OutboxError::Database {
        path: path.clone(),
        source,
    };
    let mut conn = Connection::open(&path).map_err(sql)?;
    // Only the kiosk's user reads the queue (its payloads are sealed anyway).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600));
    }
    conn.busy_timeout(Duration::from_secs(5)).map_err(sql)?;
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .unwrap_or_else(|e| e.to_string());
    if check != "ok" {
        drop(conn);
        let preserved = preserve(&path)?;
        return Err(OutboxError::Damaged {
            path,
            preserved,
            detail: check,
        });
    }

    // WAL: readers never block the writer; FULL: a commit is on disk when
    // it returns, so "queued" is never said of something a power cut loses.
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(sql)?;
    conn.pragma_update(None, "synchronous", durability.synchronous())
        .map_err(sql)?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(sql)?;
    // Deleted payloads are overwritten with zeros, not left in free pages.
    conn.pragma_update(None, "secure_delete", "ON")
        .map_err(sql)?;

    let version: i64 = conn
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(sql)?;
    if version > current_version() {
        return Err(OutboxError::TooNew {
            path,
            found: version,
            known: current_version(),
        });
    }
    for (i, migration) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
        let tx = conn.transaction().map_err(sql)?;
        tx.execute_batch(migration).map_err(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)
            .map_err(sql)?;
        tx.commit().map_err(sql)?;
    }
    Ok(conn)
}

/// Copies a damaged database (and its WAL) aside for the technician; the
/// original stays where it is, untouched, until someone decides.
fn preserve(path: &Path) -> Result<std::path::PathBuf, OutboxError> {
    let stamp = jiff::Timestamp::now().as_second();
    let target = path.with_extension(format!("sqlite.damaged-{stamp}"));
    let io = |source| OutboxError::Io {
        path: target.clone(),
        source,
    };
    std::fs::copy(path, &target).map_err(io)?;
    let wal = std::path::PathBuf::from(format!("{}-wal", path.display()));
    if wal.exists() {
        std::fs::copy(&wal, format!("{}-wal", target.display())).map_err(io)?;
    }
    Ok(target)
}
