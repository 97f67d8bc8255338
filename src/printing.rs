//! Printing through CUPS, the print system of every Linux kiosk: jobs go to
//! the local cupsd with `lp`, the queue's state and its
//! `printer-state-reasons` (media-empty, media-jam, door-open, offline…)
//! are read with `lpstat`, so the screens can warn before a flow that must
//! print and the operator knows why. The queues are named in kiosk-config.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

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
}

/// A job accepted by CUPS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// `queue-123`.
    pub id: String,
}

/// Reads a queue's state from `lpstat -l -p QUEUE`.
pub fn status(queue: &str) -> Result<PrinterStatus, PrintError> {
    let output = Command::new("lpstat")
        .args(["-l", "-p", queue])
        .env("LC_ALL", "C")
        .output()
        .map_err(|e| PrintError::Unavailable(e.to_string()))?;
    if !output.status.success() {
        return Err(PrintError::Unavailable(
            String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        ));
    }
    Ok(parse_status(
        queue,
        &String::from_utf8_lossy(&output.stdout),
    ))
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
    let mut child = Command::new("lp")
        .args([
            "-d",
            queue,
            "-t",
            &title,
            "-o",
            "document-format=application/pdf",
            "-",
        ])
        .env("LC_ALL", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| PrintError::Unavailable(e.to_string()))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(pdf)
            .map_err(|e| PrintError::Unavailable(e.to_string()))?;
    }
    let output = child
        .wait_with_output()
        .map_err(|e| PrintError::Unavailable(e.to_string()))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return Err(PrintError::Refused {
            queue: queue.to_owned(),
            detail: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
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
        let pending = Command::new("lpstat")
            .args(["-o"])
            .env("LC_ALL", "C")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).contains(&job.id))
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
