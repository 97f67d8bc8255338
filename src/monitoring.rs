//! Anonymous use of the kiosk, for the help-desk network: events in their
//! own SQLite file (`stats.sqlite` in the data folder), the Prometheus text
//! exposition the Region scrapes, statistics per service and language, and
//! the monthly CSV of the network's reports.
//!
//! No personal data, ever: an event is built only from fixed vocabularies
//! (service and page ids of the flows, language ids, field kinds, reasons);
//! nothing a person typed has a way in. In training mode nothing is
//! recorded. Recording never waits on the disk: events go to a writer
//! thread through a channel.

pub mod exporter;
pub mod gauges;
mod tally;
mod totals;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc;

use rusqlite::{Connection, params};

use crate::catalogue::ServiceId;
use crate::flows::FieldKind;
use crate::i18n::LanguageId;

pub use tally::{Seen, SessionTally};
pub use totals::Keep;
use totals::{Columns, DURATION_BUCKETS, Totals};

pub const DB_FILE: &str = "stats.sqlite";

/// Who is at the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The person alone.
    SelfService,
    /// An operator started the session for the person.
    Assisted,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::SelfService => "self",
            Mode::Assisted => "assisted",
        }
    }
}

/// Why a service was left before its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abandon {
    /// Nobody touched the screen: the idle wipe.
    Timeout,
    /// The person left (Leave, Finish, another service).
    Cancel,
}

impl Abandon {
    fn as_str(self) -> &'static str {
        match self {
            Abandon::Timeout => "timeout",
            Abandon::Cancel => "cancel",
        }
    }
}

/// One thing that happened, with nothing personal in it.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    SessionStarted {
        language: LanguageId,
    },
    ServiceStarted {
        service: ServiceId,
        language: LanguageId,
    },
    PageReached {
        service: ServiceId,
        page: String,
    },
    /// A field refused on Continue: its kind, never its value.
    ValidationError {
        service: ServiceId,
        page: String,
        field: FieldKind,
    },
    /// The person reached the confirmation or the result.
    Completed {
        service: ServiceId,
        language: LanguageId,
        seconds: f64,
    },
    Abandoned {
        service: ServiceId,
        page: String,
        reason: Abandon,
    },
    OperatorCalled,
    DocumentPrinted {
        document: &'static str,
    },
    /// `reason`: the printer problem's Fluent key (`printer-paper-out`…).
    PrintFailed {
        document: &'static str,
        reason: &'static str,
    },
}

/// A stored event: the columns of the `events` table.
#[derive(Debug, Clone, Default)]
struct Row {
    kind: &'static str,
    service: Option<String>,
    language: Option<String>,
    page: Option<String>,
    detail: Option<String>,
    seconds: Option<f64>,
}

impl Event {
    fn row(&self) -> Row {
        let s = |id: &ServiceId| Some(id.as_str().to_owned());
        let l = |id: &LanguageId| Some(id.as_str().to_owned());
        match self {
            Event::SessionStarted { language } => Row {
                kind: "session-started",
                language: l(language),
                ..Row::default()
            },
            Event::ServiceStarted { service, language } => Row {
                kind: "service-started",
                service: s(service),
                language: l(language),
                ..Row::default()
            },
            Event::PageReached { service, page } => Row {
                kind: "page-reached",
                service: s(service),
                page: Some(page.clone()),
                ..Row::default()
            },
            Event::ValidationError {
                service,
                page,
                field,
            } => Row {
                kind: "validation-error",
                service: s(service),
                page: Some(page.clone()),
                detail: Some(field_kind(*field)),
                ..Row::default()
            },
            Event::Completed {
                service,
                language,
                seconds,
            } => Row {
                kind: "completed",
                service: s(service),
                language: l(language),
                seconds: Some(*seconds),
                ..Row::default()
            },
            Event::Abandoned {
                service,
                page,
                reason,
            } => Row {
                kind: "abandoned",
                service: s(service),
                page: Some(page.clone()),
                detail: Some(reason.as_str().to_owned()),
                ..Row::default()
            },
            Event::OperatorCalled => Row {
                kind: "operator-called",
                ..Row::default()
            },
            Event::DocumentPrinted { document } => Row {
                kind: "document-printed",
                detail: Some((*document).to_owned()),
                ..Row::default()
            },
            Event::PrintFailed { document, reason } => Row {
                kind: "print-failed",
                page: Some((*document).to_owned()),
                detail: Some((*reason).to_owned()),
                ..Row::default()
            },
        }
    }
}

impl Row {
    fn columns<'a>(&'a self, mode: &'a str) -> Columns<'a> {
        let column = |value: &'a Option<String>| value.as_deref().unwrap_or_default();
        Columns {
            kind: self.kind,
            mode,
            service: column(&self.service),
            language: column(&self.language),
            page: column(&self.page),
            detail: column(&self.detail),
        }
    }
}

/// A field kind as a label value: the flow file's spelling, from serde.
fn field_kind(kind: FieldKind) -> String {
    match serde_json::to_value(kind) {
        Ok(serde_json::Value::String(name)) => name,
        _ => "unknown".to_owned(),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MonitoringError {
    #[error("the statistics database {path} cannot be used: {source}")]
    Database {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("the statistics writer cannot start: {0}")]
    Writer(std::io::Error),
}

enum Command {
    Record(Row, &'static str, i64),
    /// Answers once everything sent before it is on disk.
    Flush(mpsc::Sender<()>),
}

/// The event store of one kiosk.
pub struct Monitor {
    path: PathBuf,
    /// `None` in training mode: nothing is counted.
    writer: Option<Mutex<mpsc::Sender<Command>>>,
    reader: Mutex<Connection>,
    /// What a scrape reads: never a query over the events.
    totals: Mutex<Totals>,
}

impl std::fmt::Debug for Monitor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Monitor")
            .field("path", &self.path)
            .field("recording", &self.writer.is_some())
            .finish()
    }
}

const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS events (
        id       INTEGER PRIMARY KEY,
        at       INTEGER NOT NULL,
        kind     TEXT    NOT NULL,
        mode     TEXT    NOT NULL,
        service  TEXT,
        language TEXT,
        page     TEXT,
        detail   TEXT,
        seconds  REAL
    );
    CREATE INDEX IF NOT EXISTS events_at ON events (at);
    CREATE TABLE IF NOT EXISTS daily (
        day      TEXT    NOT NULL,
        kind     TEXT    NOT NULL,
        mode     TEXT    NOT NULL,
        service  TEXT    NOT NULL,
        language TEXT    NOT NULL,
        page     TEXT    NOT NULL,
        detail   TEXT    NOT NULL,
        n        INTEGER NOT NULL,
        seconds  TEXT    NOT NULL,
        PRIMARY KEY (day, kind, mode, service, language, page, detail)
    ) WITHOUT ROWID;";

impl Monitor {
    /// Opens (creating) `stats.sqlite` in `dir`. With `recording = false`
    /// (training mode) events are dropped; figures can still be read.
    /// Events older than `keep` allows are rolled up now and then by the
    /// writer thread.
    pub fn open(dir: &Path, recording: bool, keep: Keep) -> Result<Self, MonitoringError> {
        let path = dir.join(DB_FILE);
        let sql = |source| MonitoringError::Database {
            path: path.clone(),
            source,
        };
        let open = || -> Result<Connection, MonitoringError> {
            let conn = Connection::open(&path).map_err(sql)?;
            conn.pragma_update(None, "journal_mode", "WAL")
                .map_err(sql)?;
            // Counters, not submissions: the last events may be lost in a
            // power cut, the file stays consistent.
            conn.pragma_update(None, "synchronous", "NORMAL")
                .map_err(sql)?;
            conn.busy_timeout(std::time::Duration::from_secs(5))
                .map_err(sql)?;
            Ok(conn)
        };
        let mut writer_conn = open()?;
        writer_conn.execute_batch(SCHEMA).map_err(sql)?;
        if recording {
            // Before the totals are read, so a long-closed kiosk starts small.
            roll_up(&mut writer_conn, jiff::Timestamp::now(), keep);
        }
        let reader = open()?;
        let totals = Totals::load(&reader).map_err(sql)?;
        let writer = if recording {
            let (tx, rx) = mpsc::channel::<Command>();
            std::thread::Builder::new()
                .name("statistics".into())
                .spawn(move || write_events(writer_conn, rx, keep))
                .map_err(MonitoringError::Writer)?;
            Some(Mutex::new(tx))
        } else {
            None
        };
        Ok(Self {
            path,
            writer,
            reader: Mutex::new(reader),
            totals: Mutex::new(totals),
        })
    }

    pub fn is_recording(&self) -> bool {
        self.writer.is_some()
    }

    /// Records an event (returns at once; the writer thread stores it).
    pub fn record(&self, event: &Event, mode: Mode, at: jiff::Timestamp) {
        if let Some(writer) = &self.writer {
            let row = event.row();
            let columns = row.columns(mode.as_str());
            self.totals.lock().unwrap_or_else(|p| p.into_inner()).add(
                &columns,
                1,
                row.seconds.as_slice(),
            );
            let sent = writer
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .send(Command::Record(row, mode.as_str(), at.as_second()));
            if sent.is_err() {
                tracing::warn!("the statistics writer has stopped; an event is lost");
            }
        }
    }

    /// Waits until every event recorded so far is stored (tests, export).
    pub fn flush(&self) {
        if let Some(writer) = &self.writer {
            let (tx, rx) = mpsc::channel();
            let sent = writer
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .send(Command::Flush(tx));
            if sent.is_ok() {
                let _ = rx.recv_timeout(std::time::Duration::from_secs(10));
            }
        }
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.reader.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn sql(&self) -> impl Fn(rusqlite::Error) -> MonitoringError + '_ {
        |source| MonitoringError::Database {
            path: self.path.clone(),
            source,
        }
    }

    /// The Prometheus text exposition (format 0.0.4) of everything counted,
    /// with the outbox's figures and the build info.
    pub fn exposition(
        &self,
        kiosk: &str,
        outbox: &OutboxFigures,
    ) -> Result<String, MonitoringError> {
        let totals = self
            .totals
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let mut families: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
        for ((kind, labels), n) in &totals.counts {
            let Some((name, _)) = FAMILIES.iter().find(|(_, k)| k == kind) else {
                continue;
            };
            families
                .entry(name)
                .or_default()
                .push(format!("{name}{} {n}", label_set(labels)));
        }
        let mut text = String::new();
        let mut family = |name: &str, kind: &str, help: &str, samples: &[String]| {
            text.push_str(&format!("# HELP {name} {help}\n# TYPE {name} {kind}\n"));
            for s in samples {
                text.push_str(s);
                text.push('\n');
            }
        };
        family(
            "serto_build_info",
            "gauge",
            "The kiosk's id and program version.",
            &[format!(
                "serto_build_info{} 1",
                label_set(&[
                    ("kiosk", kiosk.to_owned()),
                    ("version", env!("CARGO_PKG_VERSION").to_owned())
                ])
            )],
        );
        for (name, kind) in FAMILIES {
            let samples = families.get(name).cloned().unwrap_or_default();
            family(name, "counter", help(kind), &samples);
        }
        // Counters that are always there, even at zero.
        let states: Vec<String> = outbox
            .by_state
            .iter()
            .map(|(state, n)| {
                format!(
                    "serto_outbox_submissions{} {n}",
                    label_set(&[("state", state.clone())])
                )
            })
            .collect();
        family(
            "serto_outbox_submissions",
            "gauge",
            "Submissions in the outbox, by state.",
            &states,
        );
        family(
            "serto_outbox_oldest_pending_seconds",
            "gauge",
            "Age of the oldest submission not yet delivered (0: none).",
            &[format!(
                "serto_outbox_oldest_pending_seconds {}",
                outbox.oldest_pending_seconds
            )],
        );
        let mut histogram = Vec::new();
        for (service, seen) in &totals.durations {
            for (le, n) in DURATION_BUCKETS.iter().zip(seen.at_most) {
                histogram.push(format!(
                    "serto_service_duration_seconds_bucket{} {n}",
                    label_set(&[("service", service.clone()), ("le", format!("{le}"))])
                ));
            }
            let labels = label_set(&[("service", service.clone())]);
            histogram.push(format!(
                "serto_service_duration_seconds_bucket{} {}",
                label_set(&[("service", service.clone()), ("le", "+Inf".to_owned())]),
                seen.count
            ));
            histogram.push(format!(
                "serto_service_duration_seconds_sum{labels} {}",
                seen.sum
            ));
            histogram.push(format!(
                "serto_service_duration_seconds_count{labels} {}",
                seen.count
            ));
        }
        family(
            "serto_service_duration_seconds",
            "histogram",
            "Time from a service's first question to its confirmation or result.",
            &histogram,
        );
        Ok(text)
    }

    /// The started, completed and abandoned services over `[from, to)`:
    /// single events, and the days rolled up whole inside the span.
    fn counted(
        &self,
        from: jiff::Timestamp,
        to: jiff::Timestamp,
    ) -> Result<Vec<Counted>, MonitoringError> {
        let conn = self.conn();
        let mut out = Vec::new();
        let mut events = conn
            .prepare_cached(
                "SELECT service, IFNULL(language, ''), mode, kind, IFNULL(page, ''), 1,
                        IFNULL(CAST(seconds AS TEXT), '')
                 FROM events
                 WHERE at >= ?1 AND at < ?2 AND service IS NOT NULL
                   AND kind IN ('service-started', 'completed', 'abandoned')",
            )
            .map_err(self.sql())?;
        let mut days = conn
            .prepare_cached(
                "SELECT service, language, mode, kind, page, n, seconds FROM daily
                 WHERE day >= ?1 AND day < ?2 AND service != ''
                   AND kind IN ('service-started', 'completed', 'abandoned')",
            )
            .map_err(self.sql())?;
        // A rolled-up day counts when it lies whole inside the span.
        let first_day = {
            let day = crate::italy::at(from).date();
            if crate::italy::start_of(day) == from {
                day
            } else {
                day.tomorrow().unwrap_or(day)
            }
        };
        let last_day = crate::italy::at(to).date();
        let read = |r: &rusqlite::Row<'_>| -> rusqlite::Result<Counted> {
            Ok(Counted {
                service: r.get(0)?,
                language: r.get(1)?,
                mode: r.get(2)?,
                kind: r.get(3)?,
                page: r.get(4)?,
                n: u64::try_from(r.get::<_, i64>(5)?).unwrap_or(0),
                seconds: totals::parse_seconds(Some(&r.get::<_, String>(6)?)),
            })
        };
        for row in events
            .query_map(params![from.as_second(), to.as_second()], read)
            .map_err(self.sql())?
        {
            out.push(row.map_err(self.sql())?);
        }
        for row in days
            .query_map(params![first_day.to_string(), last_day.to_string()], read)
            .map_err(self.sql())?
        {
            out.push(row.map_err(self.sql())?);
        }
        Ok(out)
    }

    /// Figures per service, language and mode over `[from, to)`: what the
    /// operator's statistics screen shows and the monthly CSV holds.
    pub fn statistics(
        &self,
        from: jiff::Timestamp,
        to: jiff::Timestamp,
    ) -> Result<Vec<ServiceFigures>, MonitoringError> {
        let mut figures: BTreeMap<(String, String, String), ServiceFigures> = BTreeMap::new();
        let mut abandon_pages: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
        let mut times: BTreeMap<(String, String, String), Vec<f64>> = BTreeMap::new();
        for counted in self.counted(from, to)? {
            let Counted {
                service,
                language,
                mode,
                kind,
                page,
                n,
                seconds,
            } = counted;
            if kind == "abandoned" {
                // Abandons carry the page, not the language: counted per service.
                *abandon_pages
                    .entry(service)
                    .or_default()
                    .entry(page)
                    .or_default() += n;
                continue;
            }
            let key = (service.clone(), language, mode.clone());
            let f = figures
                .entry(key.clone())
                .or_insert_with(|| ServiceFigures {
                    service,
                    language: key.1.clone(),
                    mode,
                    ..ServiceFigures::default()
                });
            match kind.as_str() {
                "service-started" => f.started += n,
                _ => {
                    f.completed += n;
                    times.entry(key).or_default().extend(seconds);
                }
            }
        }
        for (key, f) in &mut figures {
            if let Some(mut t) = times.remove(key) {
                t.sort_by(f64::total_cmp);
                f.median_seconds = t.get(t.len() / 2).copied();
            }
            if let Some(pages) = abandon_pages.get(&f.service) {
                f.abandoned_at = pages
                    .iter()
                    .max_by_key(|(_, n)| **n)
                    .map(|(p, n)| (p.clone(), *n));
            }
        }
        Ok(figures.into_values().collect())
    }

    /// The network's monthly report: one row per service × language × mode.
    pub fn monthly_csv(&self, year: i16, month: i8) -> Result<String, MonitoringError> {
        let start = jiff::civil::date(year, month, 1);
        let end = start
            .checked_add(jiff::Span::new().months(1))
            .unwrap_or(start);
        // Months as the offices count them: midnight in Italy.
        self.flush();
        let rows = self.statistics(crate::italy::start_of(start), crate::italy::start_of(end))?;
        let mut csv = String::from(
            "month,service,language,mode,started,completed,completion_rate,median_seconds\n",
        );
        for f in rows {
            let rate = if f.started > 0 {
                format!("{:.3}", f.completed as f64 / f.started as f64)
            } else {
                String::new()
            };
            csv.push_str(&format!(
                "{year:04}-{month:02},{},{},{},{},{},{rate},{}\n",
                f.service,
                f.language,
                f.mode,
                f.started,
                f.completed,
                f.median_seconds
                    .map_or(String::new(), |s| format!("{s:.0}"))
            ));
        }
        Ok(csv)
    }
}

/// What the outbox says, for the exposition.
#[derive(Debug, Clone, Default)]
pub struct OutboxFigures {
    pub by_state: BTreeMap<String, u64>,
    pub oldest_pending_seconds: u64,
}

/// One line of the statistics: a service in a language and mode.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceFigures {
    pub service: String,
    pub language: String,
    pub mode: String,
    pub started: u64,
    pub completed: u64,
    pub median_seconds: Option<f64>,
    /// Where people give up most (page id, count), for the service.
    pub abandoned_at: Option<(String, u64)>,
}

/// Services started, completed or abandoned with the same labels.
struct Counted {
    service: String,
    language: String,
    mode: String,
    kind: String,
    page: String,
    n: u64,
    seconds: Vec<f64>,
}

/// Metric names and the event kind each counts.
const FAMILIES: [(&str, &str); 9] = [
    ("serto_sessions_started_total", "session-started"),
    ("serto_services_started_total", "service-started"),
    ("serto_services_completed_total", "completed"),
    ("serto_services_abandoned_total", "abandoned"),
    ("serto_page_views_total", "page-reached"),
    ("serto_validation_errors_total", "validation-error"),
    ("serto_operator_calls_total", "operator-called"),
    ("serto_documents_printed_total", "document-printed"),
    ("serto_print_failures_total", "print-failed"),
];

fn help(kind: &str) -> &'static str {
    match kind {
        "session-started" => "Sessions started, by language and mode (self or assisted).",
        "service-started" => "Services whose first question was reached.",
        "completed" => "Services that reached their confirmation or result.",
        "abandoned" => "Services left before their end, by page and reason.",
        "page-reached" => "Question pages shown.",
        "validation-error" => "Answers refused on Continue, by field kind.",
        "operator-called" => "Calls for an operator.",
        "document-printed" => "Documents printed, by kind.",
        _ => "Documents that did not print, by kind and printer problem.",
    }
}

/// `{a="x",b="y"}` with the text format's escapes.
fn label_set(labels: &[(&str, String)]) -> String {
    if labels.is_empty() {
        return String::new();
    }
    let inner: Vec<String> = labels
        .iter()
        .map(|(k, v)| {
            let v = v
                .replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', "\\n");
            format!("{k}=\"{v}\"")
        })
        .collect();
    format!("{{{}}}", inner.join(","))
}

/// Rolls up what `keep` no longer keeps as single events, a batch at a
/// time (errors are logged: the counters are not submissions).
fn roll_up(conn: &mut Connection, now: jiff::Timestamp, keep: Keep) {
    loop {
        match totals::roll_up(conn, now, keep) {
            Ok(n) if n >= totals::ROLLUP_BATCH => continue,
            Ok(_) => break,
            Err(e) => {
                tracing::error!(error = %e, "statistics events could not be rolled up");
                break;
            }
        }
    }
}

/// How often the writer looks for events to roll up.
const ROLLUP_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

fn write_events(mut conn: Connection, rx: mpsc::Receiver<Command>, keep: Keep) {
    let mut rolled_up = std::time::Instant::now();
    let mut pending: Vec<(Row, &'static str, i64)> = Vec::new();
    let store = |conn: &mut Connection, pending: &mut Vec<(Row, &'static str, i64)>| {
        if pending.is_empty() {
            return;
        }
        let result = (|| -> rusqlite::Result<()> {
            let tx = conn.transaction()?;
            {
                let mut stmt = tx.prepare_cached(
                    "INSERT INTO events (at, kind, mode, service, language, page, detail, seconds)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )?;
                for (row, mode, at) in pending.iter() {
                    stmt.execute(params![
                        at,
                        row.kind,
                        mode,
                        row.service,
                        row.language,
                        row.page,
                        row.detail,
                        row.seconds
                    ])?;
                }
            }
            tx.commit()
        })();
        if let Err(e) = result {
            tracing::error!(error = %e, "statistics events could not be stored");
        }
        pending.clear();
    };
    while let Ok(command) = rx.recv() {
        let mut flushes = Vec::new();
        let mut handle = |command| match command {
            Command::Record(row, mode, at) => pending.push((row, mode, at)),
            Command::Flush(done) => flushes.push(done),
        };
        handle(command);
        // Everything already waiting goes in the same transaction.
        while let Ok(more) = rx.try_recv() {
            handle(more);
        }
        store(&mut conn, &mut pending);
        for done in flushes {
            let _ = done.send(());
        }
        if rolled_up.elapsed() >= ROLLUP_EVERY {
            roll_up(&mut conn, jiff::Timestamp::now(), keep);
            rolled_up = std::time::Instant::now();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(
            label_set(&[("a", "x\"y\\z\nw".into())]),
            "{a=\"x\\\"y\\\\z\\nw\"}"
        );
        assert_eq!(label_set(&[]), "");
    }
}
