//! Drives the kiosk as a person would: finds what is on screen with
//! iced_test, taps it, and runs the background jobs the taps ask for (the
//! same `Job::run` the iced runtime runs) against a real desk: the agency
//! simulator on loopback, an outbox on disk in a temp dir, CUPS for print.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced_test::Simulator;
use serto_kiosk::config::{self, KioskConfig};
use serto_kiosk::desk::Desk;
use serto_kiosk::i18n::Value;
use serto_kiosk::simulator::{self, Exchange};
use serto_kiosk::ui::{Kiosk, Message, Start, fonts};

/// A text as a right-to-left page draws it: the translated texts there
/// begin with a right-to-left mark (`Ctx::directed`).
fn rtl(text: &str) -> String {
    format!("\u{200F}{text}")
}

/// The kiosk's screen size at a help desk.
pub const FULL_HD: (f32, f32) = (1920.0, 1080.0);

pub struct Person {
    pub kiosk: Kiosk,
    pub simulator: Arc<simulator::Simulator>,
    runtime: tokio::runtime::Runtime,
    pub size: (f32, f32),
    pending: Option<serto_kiosk::ui::job::Job<Message>>,
    /// The latest time given to the kiosk's clock.
    latest: Instant,
    _data: tempfile::TempDir,
}

/// The demo config with its data in a temp dir and the given print queues.
/// What a CUP slot's tile shows (its time and place, under its day), from
/// the offer as the CUP sent it.
pub fn slot_tile(offer: &serde_json::Value) -> String {
    let starts = offer["starts_at"].as_str().expect("a slot's start");
    let place = offer["place"].as_str().expect("a slot's place");
    format!("{} — {place}", &starts[11..16])
}

pub fn config(data: &std::path::Path, receipt_queue: &str, a4_queue: &str) -> KioskConfig {
    let library = super::library();
    let mut config =
        config::load(&super::demo_config_path(), &library.known()).expect("the demo config");
    config.data_dir = data.to_owned();
    config.printers.receipt = receipt_queue.to_owned();
    config.printers.a4 = a4_queue.to_owned();
    // Tests run side by side: each exporter on a free port.
    config.metrics_listen = "127.0.0.1:0".parse().expect("an address");
    config
}

impl Person {
    /// A kiosk on its attract screen, printing to the given queues (a queue
    /// that does not exist makes every print fail, as an unplugged printer).
    pub fn arrive(receipt_queue: &str, a4_queue: &str) -> Self {
        let data = tempfile::tempdir().expect("temp dir");
        let config = config(data.path(), receipt_queue, a4_queue);
        Self::arrive_with(config, data)
    }

    /// A kiosk on its attract screen with this config (its data folder in
    /// `data`, kept for the kiosk's life).
    pub fn arrive_with(mut config: KioskConfig, data: tempfile::TempDir) -> Self {
        config.data_dir = data.path().to_owned();
        config.metrics_listen = "127.0.0.1:0".parse().expect("an address");
        let library = Arc::new(super::library());
        let today = jiff::ZonedDateTime::now().date();
        let world = simulator::Simulator::new(today, Some(Arc::clone(&library.flows)));
        let running = simulator::Running::start(Arc::clone(&world), 0).expect("simulator");
        let desk = Desk::with_simulator(Arc::new(config), &library, Some(running))
            .expect("the desk starts");
        let kiosk = Kiosk::new(library, Start::Ready(Arc::new(desk)), false);
        Self {
            kiosk,
            simulator: world,
            runtime: tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("runtime"),
            size: FULL_HD,
            pending: None,
            latest: Instant::now(),
            _data: data,
        }
    }

    /// The kiosk switched off and on again on the same data folder (a
    /// power cut, an update): a new desk opens the same outbox.
    pub fn restart(self) -> Person {
        let config = (*self.kiosk.desk().expect("a desk").config).clone();
        let Person { kiosk, _data, .. } = self;
        drop(kiosk);
        Person::arrive_with(config, _data)
    }

    /// Stores an application while the Comune's service is down (the
    /// simulator breaks every connection), and waits for the first failed
    /// attempt: an entry for the operator's outbox view. Returns its
    /// reference.
    pub fn store_while_the_comune_is_down(&self) -> String {
        use serto_kiosk::catalogue::Agency;
        use serto_kiosk::flows::Submission;
        use serto_kiosk::flows::answer::Answer;
        self.simulator.set_faults(
            Agency::ComuneArezzo,
            simulator::Faults {
                outage: true,
                ..simulator::Faults::default()
            },
        );
        let desk = Arc::clone(self.kiosk.desk().expect("a desk"));
        let mut answers = std::collections::BTreeMap::new();
        answers.insert("certificate".to_owned(), Answer::Choice("residence".into()));
        let submission = Submission {
            service: "certificates".into(),
            operation: "comune-arezzo/certificate".into(),
            answers,
            groups: std::collections::BTreeMap::new(),
            computed: std::collections::BTreeMap::new(),
        };
        let reference = self
            .block_on(Arc::clone(&desk).enqueue(submission, None))
            .expect("stored");
        let until = Instant::now() + Duration::from_secs(10);
        while desk.outbox().status(&reference).expect("its entry").state
            != serto_kiosk::outbox::State::RetryWait
        {
            assert!(Instant::now() < until, "the delivery was tried");
            std::thread::sleep(Duration::from_millis(50));
        }
        reference
    }

    /// A message in the session's current language.
    pub fn tr(&self, key: &str) -> String {
        let library = self.kiosk.library();
        library.translations.text(self.kiosk.language(), key)
    }

    /// From the attract screen, in `language` (its name in its own
    /// script), to the residence change's first text-entry page (the
    /// person's names), the keyboard up.
    pub fn walk_to_the_names_of_a_residence_change(&mut self, language: &str) {
        self.tap(&self.it("attract-touch"));
        self.tap(language);
        self.tap(&self.tr("category-citizen-life"));
        self.tap(&self.tr("service-residence-change"));
        self.tap(&self.tr("intro-start"));
        self.tap(&self.tr("flow-residence-change-reason-within-comune"));
        self.tap(&self.tr("wizard-continue"));
    }

    /// A message in Italian, whatever the session's language (the
    /// kiosk's default, and the operator's panel).
    pub fn it(&self, key: &str) -> String {
        self.text_in("it", key, &[])
    }

    /// A message in English, whatever the session's language.
    pub fn en(&self, key: &str) -> String {
        self.text_in("en", key, &[])
    }

    /// A message with its arguments in a language.
    pub fn text_in(&self, language: &str, key: &str, arguments: &[(&str, Value)]) -> String {
        let library = self.kiosk.library();
        let lang = library
            .translations
            .language(language)
            .expect("a kiosk language");
        let mut fluent = serto_kiosk::i18n::Args::new();
        for (name, value) in arguments {
            fluent.set(*name, value.clone());
        }
        library.translations.format(&lang, key, Some(&fluent))
    }

    /// A message with numbers (`wizard-progress` with current and total).
    pub fn tr_n(&self, key: &str, numbers: &[(&str, usize)]) -> String {
        let arguments: Vec<(&str, Value)> = numbers
            .iter()
            .map(|(name, n)| (*name, Value::from(*n)))
            .collect();
        self.text_in(self.kiosk.language().as_str(), key, &arguments)
    }

    pub fn sees(&self, text: &str) -> bool {
        let mut ui = Simulator::with_size(fonts::settings(), self.size, self.kiosk.view());
        ui.find(text).is_ok() || ui.find(rtl(text).as_str()).is_ok()
    }

    /// Asserts `text` is on screen, saying which screen we were on.
    pub fn expect(&self, text: &str) {
        assert!(self.sees(text), "“{text}” is not on the screen");
    }

    /// Taps the element showing exactly `label`, then lets every job it
    /// started finish.
    pub fn tap(&mut self, label: &str) {
        let messages: Vec<Message> = {
            let mut ui = Simulator::with_size(fonts::settings(), self.size, self.kiosk.view());
            ui.click(label)
                .or_else(|_| ui.click(rtl(label).as_str()))
                .unwrap_or_else(|e| panic!("cannot tap “{label}”: {e:?}"));
            ui.into_messages().collect()
        };
        assert!(!messages.is_empty(), "tapping “{label}” did nothing");
        for message in messages {
            self.send(message);
        }
    }

    /// Taps `label` if it is in view; false if it is there but hidden (below
    /// the keyboard, say).
    pub fn try_tap(&mut self, label: &str) -> bool {
        let messages: Vec<Message> = {
            let mut ui = Simulator::with_size(fonts::settings(), self.size, self.kiosk.view());
            if ui.click(label).is_err() && ui.click(rtl(label).as_str()).is_err() {
                return false;
            }
            ui.into_messages().collect()
        };
        for message in messages {
            self.send(message);
        }
        true
    }

    /// Taps a point of the screen (logical pixels), then lets every job it
    /// started finish.
    pub fn tap_at(&mut self, x: f32, y: f32) {
        let messages: Vec<Message> = {
            let mut ui = Simulator::with_size(fonts::settings(), self.size, self.kiosk.view());
            ui.point_at(iced::Point::new(x, y));
            ui.simulate(iced_test::simulator::click());
            ui.into_messages().collect()
        };
        assert!(!messages.is_empty(), "tapping at {x},{y} did nothing");
        for message in messages {
            self.send(message);
        }
    }

    /// Applies a message and runs the jobs that follow from it.
    pub fn send(&mut self, message: Message) {
        let mut next = Some(message);
        while let Some(message) = next.take() {
            if let Some(job) = self.kiosk.handle(message) {
                let desk = Arc::clone(self.kiosk.desk().expect("a desk"));
                let library = Arc::clone(self.kiosk.library());
                next = Some(self.runtime.block_on(job.run(desk, library)));
            }
        }
    }

    /// Runs a job the test took from `Kiosk::handle` itself (to look at
    /// the screen while it was pending).
    pub fn finish(&mut self, job: serto_kiosk::ui::job::Job<Message>) {
        let desk = Arc::clone(self.kiosk.desk().expect("a desk"));
        let library = Arc::clone(self.kiosk.library());
        let message = self.runtime.block_on(job.run(desk, library));
        self.send(message);
    }

    /// Runs one job and applies its message, keeping the job that follows
    /// (if any) pending: a test looks at the screen in between.
    pub fn finish_one(&mut self, job: serto_kiosk::ui::job::Job<Message>) {
        let desk = Arc::clone(self.kiosk.desk().expect("a desk"));
        let library = Arc::clone(self.kiosk.library());
        let message = self.runtime.block_on(job.run(desk, library));
        self.pending = self.kiosk.handle(message);
    }

    /// Runs the job left pending by `finish_one`, and what follows.
    pub fn finish_pending(&mut self) {
        if let Some(job) = self.pending.take() {
            self.finish(job);
        }
    }

    /// Runs a future on the test's runtime (the desk's async calls).
    pub fn block_on<F: std::future::Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }

    /// Renders the screen as a PNG (iced_test renders at twice the size:
    /// 3840×2160 for a 1920×1080 screen).
    pub fn screenshot(&self, path: &std::path::Path) {
        // iced_test names the file after the renderer, and compares with
        // (instead of writing) a file already there.
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("screen");
        let _ = std::fs::remove_file(path.with_file_name(format!("{stem}-tiny-skia.png")));
        let mut ui = Simulator::with_size(fonts::settings(), self.size, self.kiosk.view());
        let snapshot = ui
            .snapshot(&self.kiosk.theme())
            .expect("the screen renders");
        snapshot.matches_image(path).expect("the PNG is written");
    }

    /// Where a text is on the screen (logical pixels).
    pub fn bounds_of(&self, text: &str) -> iced::Rectangle {
        let mut ui = Simulator::with_size(fonts::settings(), self.size, self.kiosk.view());
        ui.find(text)
            .or_else(|_| ui.find(rtl(text).as_str()))
            .unwrap_or_else(|e| panic!("“{text}” is not on the screen: {e:?}"))
            .bounds()
    }

    /// The screen as drawn: width, height and RGBA pixels, at the 2× scale
    /// iced_test renders.
    pub fn pixels(&self) -> (usize, usize, Vec<u8>) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("screen.png");
        self.screenshot(&path);
        let file = std::fs::File::open(dir.path().join("screen-tiny-skia.png")).expect("the PNG");
        let mut reader = png::Decoder::new(std::io::BufReader::new(file))
            .read_info()
            .expect("a PNG");
        let mut rgba = vec![0; reader.output_buffer_size().expect("fits in memory")];
        let info = reader.next_frame(&mut rgba).expect("a frame");
        rgba.truncate(info.buffer_size());
        (info.width as usize, info.height as usize, rgba)
    }

    /// Types text on the on-screen keyboard, one key tap per character
    /// (spaces with the space bar).
    pub fn type_on_keyboard(&mut self, text: &str) {
        let space = self.tr("keyboard-space");
        for c in text.chars() {
            if c == ' ' {
                self.tap(&space);
            } else {
                self.tap(&c.to_string());
            }
        }
    }

    /// Moves the kiosk's clock.
    pub fn clock(&mut self, at: Instant) {
        self.latest = self.latest.max(at);
        self.send(Message::Tick(at));
    }

    /// Moves the kiosk's clock forward from the latest time it was given.
    pub fn advance(&mut self, by: Duration) {
        let at = self.latest.max(Instant::now()) + by;
        self.clock(at);
    }

    /// Every exchange the simulator saw with this call name.
    pub fn calls(&self, name: &str) -> Vec<Exchange> {
        self.simulator
            .exchanges()
            .into_iter()
            .filter(|e| e.name == name)
            .collect()
    }

    /// Waits (a little) for the delivery worker to have sent something.
    pub fn wait_for_call(&self, name: &str) -> Exchange {
        let until = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(e) = self.calls(name).pop() {
                return e;
            }
            assert!(
                Instant::now() < until,
                "no `{name}` call reached the simulator"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}
