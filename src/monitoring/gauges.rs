//! The kiosk's health as Prometheus gauges, for the network's alerts: each
//! printer ready or not (and why, as a fixed key), the data disk's free
//! space, the voice, each agency's state. Read by the exporter through a
//! sampler the desk gives it, at most every `FRESH` (reading a printer runs
//! `lpstat`), never per request under a flood.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::label_set;

/// How long a sample is served before it is read again.
pub const FRESH: Duration = Duration::from_secs(15);

/// What the health tab knows, in the fixed vocabularies of the metrics.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HealthGauges {
    /// Queue name, and its problem's key (`printer-paper-out`…) or `None`.
    pub printers: Vec<(String, Option<&'static str>)>,
    pub data_disk_free_bytes: Option<u64>,
    /// The listen button is offered (eSpeak NG, the voices, the device).
    pub speech_ready: bool,
    /// Agency id and its state (`up`, `slow`, `down`, `circuit-open`,
    /// `unknown`).
    pub agencies: Vec<(&'static str, &'static str)>,
}

/// Reads the gauges (the desk's printers, disk, voice and agencies).
pub type Sampler = Box<dyn Fn() -> HealthGauges + Send + Sync>;

/// The sampler with its last reading.
pub struct Cached {
    sampler: Sampler,
    last: Mutex<Option<(Instant, HealthGauges)>>,
}

impl Cached {
    pub fn new(sampler: Sampler) -> Self {
        Self {
            sampler,
            last: Mutex::new(None),
        }
    }

    /// The last reading if fresh, else a new one (concurrent scrapes wait
    /// for the one reading in progress).
    pub fn get(&self) -> HealthGauges {
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((at, gauges)) = last.as_ref()
            && at.elapsed() < FRESH
        {
            return gauges.clone();
        }
        let gauges = (self.sampler)();
        *last = Some((Instant::now(), gauges.clone()));
        gauges
    }
}

impl HealthGauges {
    /// The text exposition of the gauges.
    pub fn exposition(&self) -> String {
        let mut text = String::new();
        let mut family = |name: &str, help: &str, samples: Vec<String>| {
            text.push_str(&format!("# HELP {name} {help}\n# TYPE {name} gauge\n"));
            for s in samples {
                text.push_str(&s);
                text.push('\n');
            }
        };
        family(
            "serto_printer_ready",
            "1 when the queue can print now, 0 when it cannot.",
            self.printers
                .iter()
                .map(|(queue, problem)| {
                    format!(
                        "serto_printer_ready{} {}",
                        label_set(&[("queue", queue.clone())]),
                        u8::from(problem.is_none())
                    )
                })
                .collect(),
        );
        family(
            "serto_printer_problem",
            "1 for the queue's current problem (paper out, jam, door open, offline, stopped, not answering, other).",
            self.printers
                .iter()
                .filter_map(|(queue, problem)| {
                    problem.map(|p| {
                        format!(
                            "serto_printer_problem{} 1",
                            label_set(&[
                                ("queue", queue.clone()),
                                ("problem", p.trim_start_matches("printer-").to_owned())
                            ])
                        )
                    })
                })
                .collect(),
        );
        family(
            "serto_data_disk_free_bytes",
            "Free space where the kiosk keeps its data.",
            self.data_disk_free_bytes
                .map(|b| vec![format!("serto_data_disk_free_bytes {b}")])
                .unwrap_or_default(),
        );
        family(
            "serto_speech_ready",
            "1 when pages can be read aloud, 0 when the voice does not work.",
            vec![format!(
                "serto_speech_ready {}",
                u8::from(self.speech_ready)
            )],
        );
        family(
            "serto_agency_state",
            "1 for each agency's current state (up, slow, down, circuit-open, unknown).",
            self.agencies
                .iter()
                .flat_map(|(agency, now)| {
                    crate::agencies::health::State::ALL
                        .map(|s| s.id())
                        .into_iter()
                        .map(move |state| {
                            format!(
                                "serto_agency_state{} {}",
                                label_set(&[
                                    ("agency", (*agency).to_owned()),
                                    ("state", state.to_owned())
                                ]),
                                u8::from(state == *now)
                            )
                        })
                })
                .collect(),
        );
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn a_sample_is_read_once_while_fresh() {
        let reads = Arc::new(AtomicUsize::new(0));
        let counted = Arc::clone(&reads);
        let cached = Cached::new(Box::new(move || {
            counted.fetch_add(1, Ordering::Relaxed);
            HealthGauges::default()
        }));
        for _ in 0..10 {
            cached.get();
        }
        assert_eq!(reads.load(Ordering::Relaxed), 1);
    }

    #[test]
    fn the_gauges_name_each_printer_problem_and_agency_state() {
        let text = HealthGauges {
            printers: vec![
                ("ricevute".into(), Some("printer-paper-out")),
                ("A4".into(), None),
            ],
            data_disk_free_bytes: Some(1_048_576),
            speech_ready: false,
            agencies: vec![("comune-arezzo", "circuit-open")],
        }
        .exposition();
        for line in [
            "serto_printer_ready{queue=\"ricevute\"} 0",
            "serto_printer_ready{queue=\"A4\"} 1",
            "serto_printer_problem{queue=\"ricevute\",problem=\"paper-out\"} 1",
            "serto_data_disk_free_bytes 1048576",
            "serto_speech_ready 0",
            "serto_agency_state{agency=\"comune-arezzo\",state=\"circuit-open\"} 1",
            "serto_agency_state{agency=\"comune-arezzo\",state=\"up\"} 0",
        ] {
            assert!(text.contains(line), "missing {line} in\n{text}");
        }
    }
}
