//! Child processes with a deadline. The kiosk runs a few programs of the
//! system — CUPS's `lpstat` and `lp`, `df`, eSpeak NG and `aplay` for the
//! checks — and none of them may hold a screen or a job forever: a CUPS
//! scheduler that accepts the connection and never answers left `lpstat`
//! blocked past two minutes. Past its deadline a child is killed and the
//! caller says the printer, the disk or the voice is not answering.

use std::io::{Read, Write};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// What a child left when it ended in time.
#[derive(Debug)]
pub struct Finished {
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Finished {
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).trim().to_owned()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ChildError {
    #[error("`{program}` cannot be started: {source}")]
    Start {
        program: String,
        source: std::io::Error,
    },
    #[error("`{program}` did not answer within {} s and was stopped", deadline.as_secs_f32())]
    TimedOut { program: String, deadline: Duration },
    #[error("`{program}` could not be waited for: {source}")]
    Wait {
        program: String,
        source: std::io::Error,
    },
}

/// How often a running child is looked at.
const POLL: Duration = Duration::from_millis(5);

/// Runs `command` with `input` on its standard input (closed after it),
/// collecting its output, and kills it if it has not ended by `deadline`.
pub fn run(
    mut command: Command,
    input: Option<Vec<u8>>,
    deadline: Duration,
) -> Result<Finished, ChildError> {
    let program = command.get_program().to_string_lossy().into_owned();
    let until = Instant::now() + deadline;
    let mut child = command
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|source| ChildError::Start {
            program: program.clone(),
            source,
        })?;
    // Pipes are fed and drained on their own threads, so a child that
    // writes much (or reads slowly) never blocks us past the deadline.
    let feeder = child.stdin.take().zip(input).map(|(mut stdin, input)| {
        std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        })
    });
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        pipe.map(|mut pipe| {
            std::thread::spawn(move || {
                let mut bytes = Vec::new();
                let _ = pipe.read_to_end(&mut bytes);
                bytes
            })
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < until => std::thread::sleep(POLL),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                // The reader threads end when the pipes close; they are
                // not waited for (a grandchild could hold them).
                return Err(ChildError::TimedOut { program, deadline });
            }
            Err(source) => {
                let _ = child.kill();
                return Err(ChildError::Wait { program, source });
            }
        }
    };
    if let Some(feeder) = feeder {
        let _ = feeder.join();
    }
    let collect = |reader: Option<std::thread::JoinHandle<Vec<u8>>>| {
        reader.and_then(|r| r.join().ok()).unwrap_or_default()
    };
    Ok(Finished {
        status,
        stdout: collect(stdout),
        stderr: collect(stderr),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_child_that_ends_gives_its_output() {
        let mut cat = Command::new("cat");
        cat.arg("-");
        let done = run(cat, Some(b"ricevute".to_vec()), Duration::from_secs(10)).unwrap();
        assert!(done.status.success());
        assert_eq!(done.stdout_text(), "ricevute");
    }

    #[test]
    fn a_child_past_its_deadline_is_stopped() {
        let mut sleep = Command::new("sleep");
        sleep.arg("30");
        let started = Instant::now();
        let err = run(sleep, None, Duration::from_millis(200)).unwrap_err();
        assert!(matches!(err, ChildError::TimedOut { .. }), "{err}");
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn a_missing_program_is_named() {
        let err = run(
            Command::new("serto-no-such-program"),
            None,
            Duration::from_secs(1),
        )
        .unwrap_err();
        assert!(err.to_string().contains("serto-no-such-program"), "{err}");
    }
}
