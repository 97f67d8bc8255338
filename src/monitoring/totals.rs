//! What a scrape reads, and what keeps the event file small.
//!
//! A scrape must cost the same on the first day and after two years: the
//! counters and the duration histograms are running totals in memory,
//! loaded once when the store opens and moved on by every recorded event.
//! The `events` table keeps only the last weeks (the statistics tab looks
//! at them); older events are rolled up into one `daily` row per day and
//! label set, which the monthly CSV reads too, and days past the kept
//! years are deleted.

use std::collections::BTreeMap;

use rusqlite::{Connection, params};

/// How long the statistics keep what they count (`[metrics]` in
/// kiosk-config).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keep {
    /// Days of single events (the statistics tab's figures, exact).
    pub events_days: u16,
    /// Days of daily rollups (the monthly CSV); older days are deleted.
    pub days: u16,
}

impl Default for Keep {
    /// Five weeks of events (a month on the statistics tab, and the days
    /// its CSV is made in); two years and a month of daily figures (the
    /// network compares a month with the same month a year before).
    fn default() -> Self {
        Self {
            events_days: 35,
            days: 760,
        }
    }
}

/// The upper bounds of the service-duration histogram, in seconds.
pub(super) const DURATION_BUCKETS: [f64; 8] =
    [30.0, 60.0, 120.0, 180.0, 300.0, 600.0, 900.0, 1800.0];

/// The label pairs an event kind is counted by (its columns, by name).
pub(super) type Labels = Vec<(&'static str, String)>;

/// One event's columns, with an absent column as the empty string.
pub(super) struct Columns<'a> {
    pub kind: &'a str,
    pub mode: &'a str,
    pub service: &'a str,
    pub language: &'a str,
    pub page: &'a str,
    pub detail: &'a str,
}

impl Columns<'_> {
    /// The labels of the kind's metric family (no label carries anything a
    /// person typed: every column is a fixed vocabulary).
    pub fn labels(&self) -> Labels {
        let v = |s: &str| s.to_owned();
        match self.kind {
            "session-started" => vec![("language", v(self.language)), ("mode", v(self.mode))],
            "service-started" | "completed" => vec![
                ("service", v(self.service)),
                ("language", v(self.language)),
                ("mode", v(self.mode)),
            ],
            "page-reached" => vec![("service", v(self.service)), ("page", v(self.page))],
            "validation-error" => vec![
                ("service", v(self.service)),
                ("page", v(self.page)),
                ("field_kind", v(self.detail)),
            ],
            "abandoned" => vec![
                ("service", v(self.service)),
                ("page", v(self.page)),
                ("reason", v(self.detail)),
            ],
            "document-printed" => vec![("document", v(self.detail))],
            "print-failed" => vec![("document", v(self.page)), ("reason", v(self.detail))],
            _ => Vec::new(),
        }
    }
}

/// A cumulative histogram of durations.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Histogram {
    /// Observations at or under each of `DURATION_BUCKETS`.
    pub at_most: [u64; DURATION_BUCKETS.len()],
    pub count: u64,
    pub sum: f64,
}

impl Histogram {
    fn observe(&mut self, seconds: f64) {
        for (n, le) in self.at_most.iter_mut().zip(DURATION_BUCKETS) {
            if seconds <= le {
                *n += 1;
            }
        }
        self.count += 1;
        self.sum += seconds;
    }
}

/// Every counter since the file was made, by kind and labels, and the
/// completed services' durations by service.
#[derive(Debug, Clone, Default)]
pub(super) struct Totals {
    pub counts: BTreeMap<(String, Labels), u64>,
    pub durations: BTreeMap<String, Histogram>,
}

impl Totals {
    pub fn add(&mut self, columns: &Columns<'_>, n: u64, seconds: &[f64]) {
        *self
            .counts
            .entry((columns.kind.to_owned(), columns.labels()))
            .or_default() += n;
        if columns.kind == "completed" && !seconds.is_empty() {
            let histogram = self
                .durations
                .entry(columns.service.to_owned())
                .or_default();
            for s in seconds {
                histogram.observe(*s);
            }
        }
    }

    /// Reads the totals of the events and the daily rollups: once, when the
    /// store opens (bounded by what `Keep` keeps).
    pub fn load(conn: &Connection) -> rusqlite::Result<Self> {
        let mut totals = Self::default();
        let mut from_events = conn.prepare(
            "SELECT kind, mode, IFNULL(service, ''), IFNULL(language, ''), IFNULL(page, ''),
                    IFNULL(detail, ''), COUNT(*), GROUP_CONCAT(seconds)
             FROM events GROUP BY kind, mode, service, language, page, detail",
        )?;
        let mut from_days = conn.prepare(
            "SELECT kind, mode, service, language, page, detail, SUM(n), GROUP_CONCAT(NULLIF(seconds, ''))
             FROM daily GROUP BY kind, mode, service, language, page, detail",
        )?;
        for stmt in [&mut from_events, &mut from_days] {
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let text = |i| r.get::<_, String>(i);
                let (kind, mode, service, language, page, detail) =
                    (text(0)?, text(1)?, text(2)?, text(3)?, text(4)?, text(5)?);
                let n = u64::try_from(r.get::<_, i64>(6)?).unwrap_or(0);
                let seconds = parse_seconds(r.get::<_, Option<String>>(7)?.as_deref());
                let columns = Columns {
                    kind: &kind,
                    mode: &mode,
                    service: &service,
                    language: &language,
                    page: &page,
                    detail: &detail,
                };
                totals.add(&columns, n, &seconds);
            }
        }
        Ok(totals)
    }
}

/// `"200.0,400.5"` → the durations (what cannot be read is skipped: the
/// column is ours).
pub(super) fn parse_seconds(list: Option<&str>) -> Vec<f64> {
    list.unwrap_or_default()
        .split(',')
        .filter_map(|s| s.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite())
        .collect()
}

/// Events rolled up in one transaction at most (the writer thread does a
/// batch, then goes back to new events).
pub(super) const ROLLUP_BATCH: usize = 20_000;

/// Rolls the events of the days before the kept ones into `daily` and
/// deletes them; deletes the daily rows past the kept years. Returns the
/// number of events rolled up (the caller loops while it is a full batch).
pub(super) fn roll_up(
    conn: &mut Connection,
    now: jiff::Timestamp,
    keep: Keep,
) -> rusqlite::Result<usize> {
    let today = crate::italy::at(now).date();
    let back = |days: u16| {
        today
            .checked_sub(jiff::Span::new().days(i64::from(days)))
            .unwrap_or(today)
    };
    let events_from = crate::italy::start_of(back(keep.events_days)).as_second();
    let days_from = back(keep.days).to_string();
    let tx = conn.transaction()?;
    let mut days: BTreeMap<(String, [String; 6]), (u64, Vec<f64>)> = BTreeMap::new();
    let mut last_id = None;
    {
        let mut stmt = tx.prepare_cached(
            "SELECT id, at, kind, mode, IFNULL(service, ''), IFNULL(language, ''),
                    IFNULL(page, ''), IFNULL(detail, ''), seconds
             FROM events WHERE at < ?1 ORDER BY id LIMIT ?2",
        )?;
        let mut rows = stmt.query(params![events_from, ROLLUP_BATCH as i64])?;
        while let Some(r) = rows.next()? {
            last_id = Some(r.get::<_, i64>(0)?);
            let at = jiff::Timestamp::from_second(r.get(1)?).unwrap_or(now);
            let day = crate::italy::at(at).date().to_string();
            let key = [
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ];
            let entry = days.entry((day, key)).or_default();
            entry.0 += 1;
            if let Some(s) = r.get::<_, Option<f64>>(8)? {
                entry.1.push(s);
            }
        }
    }
    let mut rolled = 0;
    if let Some(last_id) = last_id {
        let mut upsert = tx.prepare_cached(
            "INSERT INTO daily (day, kind, mode, service, language, page, detail, n, seconds)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT (day, kind, mode, service, language, page, detail) DO UPDATE SET
                 n = n + excluded.n,
                 seconds = CASE WHEN seconds = '' THEN excluded.seconds
                                WHEN excluded.seconds = '' THEN seconds
                                ELSE seconds || ',' || excluded.seconds END",
        )?;
        for ((day, [kind, mode, service, language, page, detail]), (n, seconds)) in &days {
            let seconds: Vec<String> = seconds.iter().map(f64::to_string).collect();
            upsert.execute(params![
                day,
                kind,
                mode,
                service,
                language,
                page,
                detail,
                *n as i64,
                seconds.join(",")
            ])?;
            rolled += *n as usize;
        }
        tx.execute(
            "DELETE FROM events WHERE at < ?1 AND id <= ?2",
            params![events_from, last_id],
        )?;
    }
    tx.execute("DELETE FROM daily WHERE day < ?1", params![days_from])?;
    tx.commit()?;
    Ok(rolled)
}
