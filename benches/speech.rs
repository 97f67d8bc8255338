//! Speech, measured (never asserted): `cargo bench --bench speech`.
//!
//! For the question page, the check page and a confirmation as the
//! listen button reads them (Italian, Arabic, Bengali and the other
//! kiosk languages for the question page): the time from starting
//! espeak-ng on the text to its first sound sample (what a person waits
//! after tapping "Listen", before the player's device buffer), the time to
//! render the whole text, and the length of the sound. Needs espeak-ng.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::{Duration, Instant};

use serto_kiosk::speech::{self, Engine};
use serto_kiosk::{Library, config};

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let resources = serto_kiosk::resources::Resources::at(root);
    let library = Library::load(&resources).expect("the library");
    let config = config::load(&root.join("kiosk-config/demo.toml"), &library.known())
        .expect("the demo config");
    let engine = Engine::new(
        config.speech.clone(),
        serto_kiosk::speech::Voices::of(&library.translations),
    );
    for language in &config.languages {
        let tr = library.translations.in_language(language);
        // The first page of "change of residence", as the button reads it.
        let lines: Vec<String> = [
            "service-residence-change",
            "flow-residence-change-reason",
            "flow-residence-change-reason-from-other-comune",
            "flow-residence-change-reason-from-abroad",
            "flow-residence-change-reason-within-comune",
            "flow-residence-change-reason-other",
        ]
        .iter()
        .map(|k| tr.text(k))
        .collect();
        let text = speech::script::join(&lines);
        let mut first = Vec::new();
        let mut whole = Vec::new();
        let mut sound = Duration::ZERO;
        for _ in 0..15 {
            match engine.first_sample(language, &text) {
                Ok(t) => first.push(t),
                Err(e) => {
                    println!("{language}: {e}");
                    break;
                }
            }
            let started = Instant::now();
            let wav = engine.render_wav(language, &text).expect("rendered");
            whole.push(started.elapsed());
            sound = speech::wav_duration(&wav);
        }
        if first.is_empty() {
            continue;
        }
        println!(
            "{language:>8}: first sample median {:>5.1} ms (max {:>5.1} ms), whole text {:>5.1} ms for {:>4.1} s of speech, {} characters",
            median(&mut first).as_secs_f64() * 1000.0,
            first.iter().max().unwrap().as_secs_f64() * 1000.0,
            median(&mut whole).as_secs_f64() * 1000.0,
            sound.as_secs_f64(),
            text.chars().count()
        );
    }
}
