//! Printing through CUPS, the print system of every Linux kiosk: jobs go to
//! the local cupsd with `lp`, the queue's state and its
//! `printer-state-reasons` (media-empty, media-jam, door-open, offline…)
//! are read with `lpstat`, so the screens can warn before a flow that must
//! print and the operator knows why. The queues are named in kiosk-config.

use std::process::Command;
use std::time::Duration;

use crate::child::{self, ChildError};

/// How long a CUPS tool may take before the printer is reported as not
/// answering (a scheduler on this machine answers in milliseconds; a
/// network printer's queue is still read from the local scheduler).
pub const DEADLINE: Duration = Duration::from_secs(10);

/// What a queue says of itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterStatus {
    pub queue: String,
    pub state: PrinterState,
    /// IPP `printer-state-reasons` other than `none`, e.g. `media-empty-error`.
    pub reasons: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrinterState {
    Idle,
    Printing,
    /// Disabled by an operator or by CUPS after an error.
    Stopped,
}

impl PrinterStatus {
    /// Whether a job sent now will come out: not stopped, and no reason
    /// that stops paper (an `-error` reason; `-warning` and `-report` do not).
    pub fn can_print(&self) -> bool {
        self.state != PrinterState::Stopped
            && !self
                .reasons
                .iter()
                .any(|r| r.ends_with("-error") || r == "paused" || r == "offline")
    }

    /// The Fluent key that tells the operator what is wrong (`None`: all
    /// is well).
    pub fn problem_key(&self) -> Option<&'static str> {
        let has = |name: &str| self.reasons.iter().any(|r| r.starts_with(name));
        Some(if has("media-empty") || has("media-needed") {
            "printer-paper-out"
        } else if has("media-jam") {
            "printer-jam"
        } else if has("door-open") || has("cover-open") {
            "printer-door-open"
        } else if has("offline") || has("connecting-to-device") {
            "printer-offline"
        } else if self.state == PrinterState::Stopped {
            "printer-stopped"
        } else if !self.can_print() {
            "printer-other"
        } else {
            return None;
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("the print system cannot be reached: {0}")]
    Unavailable(String),
    #[error("queue `{queue}` refused the job: {detail}")]
    Refused { queue: String, detail: String },
    #[error("queue `{queue}` cannot print now ({})", reasons.join(", "))]
    NotReady { queue: String, reasons: Vec<String> },
    /// A CUPS tool did not end within `DEADLINE` (and was stopped).
    #[error("the print system did not answer: {0}")]
    NotAnswering(String),
}

impl PrintError {
    /// The Fluent key that says what went wrong, in the words of the
    /// printer problems.
    pub fn problem_key(&self) -> &'static str {
        match self {
            PrintError::NotReady { .. } | PrintError::Refused { .. } => "printer-other",
            PrintError::Unavailable(_) => "printer-offline",
            PrintError::NotAnswering(_) => "printer-not-answering",
        }
    }
}

impl From<ChildError> for PrintError {
    fn from(error: ChildError) -> Self {
        match error {
            ChildError::TimedOut { .. } => PrintError::NotAnswering(error.to_string()),
            other => PrintError::Unavailable(other.to_string()),
        }
    }
}

/// A CUPS tool in the C locale (its output is parsed).
fn cups(program: &str) -> Command {
    let mut command = Command::new(program);
    command.env("LC_ALL", "C");
    command
}

/// A job accepted by CUPS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// `queue-123`.
    pub id: String,
}

/// Reads a queue's state from `lpstat -l -p QUEUE`.
pub fn status(queue: &str) -> Result<PrinterStatus, PrintError> {
    read_status(cups("lpstat"), queue, DEADLINE)
}

/// The same from the scheduler at `server` (`host:port` or a socket's
/// path), with another deadline: tests, and a look at another scheduler.
pub fn status_on(
    server: &str,
    queue: &str,
    deadline: Duration,
) -> Result<PrinterStatus, PrintError> {
    let mut lpstat = cups("lpstat");
    lpstat.args(["-h", server]);
    read_status(lpstat, queue, deadline)
}

fn read_status(
    mut lpstat: Command,
    queue: &str,
    deadline: Duration,
) -> Result<PrinterStatus, PrintError> {
    lpstat.args(["-l", "-p", queue]);
    let output = child::run(lpstat, None, deadline)?;
    if !output.status.success() {
        return Err(PrintError::Unavailable(output.stderr_text()));
    }
    Ok(parse_status(queue, &output.stdout_text()))
}

/// The `lpstat -l -p` text of one queue (C locale).
pub fn parse_status(queue: &str, text: &str) -> PrinterStatus {
    let first = text.lines().next().unwrap_or_default();
    let state = if first.contains(" disabled ") || first.contains(" stopped") {
        PrinterState::Stopped
    } else if first.contains(" now printing ") {
        PrinterState::Printing
    } else {
        PrinterState::Idle
    };
    let mut reasons: Vec<String> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("Alerts:"))
        .flat_map(|a| a.split_whitespace().map(str::to_owned))
        .filter(|r| r != "none")
        .collect();
    if state == PrinterState::Stopped && !reasons.iter().any(|r| r == "paused") {
        reasons.push("paused".into());
    }
    PrinterStatus {
        queue: queue.to_owned(),
        state,
        reasons,
    }
}

/// Sends a PDF to a queue. The document is not kept here: the caller keeps
/// it (in the session) so the operator can reprint if the paper does not
/// come out.
pub fn print(queue: &str, title: &str, pdf: &[u8]) -> Result<Job, PrintError> {
    let ready = status(queue)?;
    if !ready.can_print() {
        return Err(PrintError::NotReady {
            queue: queue.to_owned(),
            reasons: ready.reasons,
        });
    }
    // The title is shown in the operator's queue list: the caller passes a
    // reference or a document kind, never a name.
    let title: String = title
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ' '))
        .take(60)
        .collect();
    let mut lp = cups("lp");
    lp.args([
        "-d",
        queue,
        "-t",
        &title,
        "-o",
        "document-format=application/pdf",
        "-",
    ]);
    let output = child::run(lp, Some(pdf.to_vec()), DEADLINE)?;
    let stdout = output.stdout_text();
    if !output.status.success() {
        return Err(PrintError::Refused {
            queue: queue.to_owned(),
            detail: output.stderr_text(),
        });
    }
    // "request id is ricevute-12 (1 file(s))"
    let id = stdout
        .split_whitespace()
        .skip_while(|w| *w != "is")
        .nth(1)
        .unwrap_or_default()
        .to_owned();
    tracing::info!(queue, job = %id, "printed");
    Ok(Job { id })
}

/// Whether a job has left the queue (completed), polling `lpstat` until
/// `timeout`.
pub fn wait_completed(job: &Job, timeout: Duration) -> bool {
    let deadline = std::time::Instant::now() + timeout;
    while std::time::Instant::now() < deadline {
        let mut lpstat = cups("lpstat");
        lpstat.arg("-o");
        let pending = child::run(lpstat, None, DEADLINE)
            .map(|o| o.stdout_text().contains(&job.id))
            .unwrap_or(true);
        if !pending {
            return true;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_states_and_reasons_lpstat_prints() {
        let idle = parse_status(
            "ricevute",
            "printer ricevute is idle.  enabled since Sat Nov 28 10:40:35 2026\n\tForm mounted:\n\tAlerts: none\n",
        );
        assert_eq!(idle.state, PrinterState::Idle);
        assert!(idle.can_print());
        assert_eq!(idle.problem_key(), None);

        let empty = parse_status(
            "ricevute",
            "printer ricevute is idle.  enabled since Sat Nov 28 10:40:35 2026\n\tAlerts: media-empty-error media-low-report\n",
        );
        assert!(!empty.can_print());
        assert_eq!(empty.problem_key(), Some("printer-paper-out"));

        let stopped = parse_status(
            "A4",
            "printer A4 disabled since Sat Nov 28 10:40:35 2026 -\n\tPaused\n\tAlerts: none\n",
        );
        assert_eq!(stopped.state, PrinterState::Stopped);
        assert_eq!(stopped.problem_key(), Some("printer-stopped"));

        let low = parse_status("A4", "printer A4 is idle.\n\tAlerts: toner-low-warning\n");
        assert!(low.can_print(), "a warning does not stop the paper");
    }
}
