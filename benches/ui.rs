//! The screen, measured (never asserted): `cargo bench --bench ui`.
//!
//! 1. In process, headless (iced_test, tiny-skia): start-up to the first
//!    frame of the attract screen; the time to handle a tap on the
//!    on-screen keyboard of a wizard page at 1920×1080 and lay out the next
//!    frame, and the same plus drawing it (iced_test rasterises at 2×,
//!    3840×2160: four times the pixels of the real frame, an upper bound).
//! 2. The real program in a window, when a display is there (`DISPLAY`, e.g.
//!    `Xvfb :99 -screen 0 1920x1080x24`) and `xdotool` is installed: its
//!    logged time to the first frame, and its peak RSS (VmHWM) on the home
//!    screen and on a wizard page, reached by clicking as a person would.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use iced_test::Simulator;
use serto_kiosk::desk::Desk;
use serto_kiosk::ui::{Kiosk, Message, Start, fonts};
use serto_kiosk::{Library, config};

const SIZE: (f32, f32) = (1920.0, 1080.0);

fn percentile(times: &mut [Duration], p: usize) -> Duration {
    times.sort();
    times[(times.len() * p / 100).min(times.len() - 1)]
}

fn tap(kiosk: &mut Kiosk, label: &str) -> Vec<Message> {
    let mut ui = Simulator::with_size(fonts::settings(), SIZE, kiosk.view());
    ui.click(label)
        .unwrap_or_else(|e| panic!("cannot tap {label}: {e:?}"));
    ui.into_messages().collect()
}

fn in_process(root: &Path) {
    let started = Instant::now();
    let library = Arc::new(Library::load(&serto_kiosk::resources::Resources::at(root)).unwrap());
    let loaded = started.elapsed();
    let data = tempfile::tempdir().unwrap();
    let mut config = config::load(&root.join("kiosk-config/demo.toml"), &library.known()).unwrap();
    config.data_dir = data.path().to_owned();
    let desk = Arc::new(Desk::start(Arc::new(config), &library).unwrap());
    let desk_started = started.elapsed();
    let mut kiosk = Kiosk::new(Arc::clone(&library), Start::Ready(desk), false);
    let mut ui = Simulator::with_size(fonts::settings(), SIZE, kiosk.view());
    let laid_out = started.elapsed();
    ui.snapshot(&kiosk.theme()).unwrap();
    let drawn = started.elapsed();
    drop(ui);
    println!("in process, headless, 1920×1080:");
    println!("  library (locales, flows, places) loaded   {loaded:>10.1?}");
    println!("  desk started (simulator, outbox, worker)  {desk_started:>10.1?}");
    println!("  first frame laid out                      {laid_out:>10.1?}");
    println!("  first frame drawn (2× raster)             {drawn:>10.1?}");

    // To a wizard page with the keyboard up: the residence change, names.
    for label in [
        "Tocca lo schermo per iniziare",
        "Italiano",
        "Vita del cittadino",
        "Cambio di residenza",
        "Comincia",
        "Cambio indirizzo dentro Arezzo",
        "Continua",
    ] {
        for m in tap(&mut kiosk, label) {
            let _ = kiosk.handle(m);
        }
    }
    let keys = ["M", "A", "R", "I", "O", "R", "O", "S", "S", "I"];
    let n = 300;
    let mut layout_times = Vec::with_capacity(n);
    for i in 0..n {
        let start = Instant::now();
        for m in tap(&mut kiosk, keys[i % keys.len()]) {
            let _ = kiosk.handle(m);
        }
        let ui = Simulator::with_size(fonts::settings(), SIZE, kiosk.view());
        drop(ui);
        layout_times.push(start.elapsed());
        if i % 20 == 19 {
            for m in tap(&mut kiosk, "Cancella") {
                let _ = kiosk.handle(m);
            }
        }
    }
    let n_drawn = 60;
    let mut drawn_times = Vec::with_capacity(n_drawn);
    for i in 0..n_drawn {
        let start = Instant::now();
        for m in tap(&mut kiosk, keys[i % keys.len()]) {
            let _ = kiosk.handle(m);
        }
        let mut ui = Simulator::with_size(fonts::settings(), SIZE, kiosk.view());
        ui.snapshot(&kiosk.theme()).unwrap();
        drawn_times.push(start.elapsed());
    }
    // A full redraw of 1920×1080 pixels: iced_test always rasterises at
    // 2×, so the same page laid out at 960×540.
    let mut full_times = Vec::with_capacity(n_drawn);
    for i in 0..n_drawn {
        let start = Instant::now();
        let messages: Vec<Message> = {
            let mut ui = Simulator::with_size(fonts::settings(), (960.0, 540.0), kiosk.view());
            let _ = ui.click(keys[i % keys.len()]);
            ui.into_messages().collect()
        };
        for m in messages {
            let _ = kiosk.handle(m);
        }
        let mut ui = Simulator::with_size(fonts::settings(), (960.0, 540.0), kiosk.view());
        ui.snapshot(&kiosk.theme()).unwrap();
        full_times.push(start.elapsed());
    }
    println!(
        "  tap on a key → next frame laid out        median {:>8.2?}  p99 {:>8.2?}  (n = {n})",
        percentile(&mut layout_times, 50),
        percentile(&mut layout_times, 99)
    );
    println!(
        "  … and drawn at 2× (3840×2160)             median {:>8.2?}  p99 {:>8.2?}  (n = {n_drawn})",
        percentile(&mut drawn_times, 50),
        percentile(&mut drawn_times, 99)
    );
    println!(
        "  a full redraw of 1920×1080 pixels         median {:>8.2?}  p99 {:>8.2?}  (n = {n_drawn})",
        percentile(&mut full_times, 50),
        percentile(&mut full_times, 99)
    );
}

fn vm_hwm_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn xdotool(args: &[&str]) -> bool {
    Command::new("xdotool")
        .args(args)
        .status()
        .is_ok_and(|s| s.success())
}

fn in_a_window(root: &Path) {
    if std::env::var_os("DISPLAY").is_none() || !xdotool(&["version"]) {
        println!("real window: skipped (needs DISPLAY and xdotool, e.g. Xvfb :99)");
        return;
    }
    let binary = root.join("target/release/serto-kiosk");
    if !binary.exists() {
        println!("real window: skipped (build it first: cargo build --release)");
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let config_text = std::fs::read_to_string(root.join("kiosk-config/demo.toml"))
        .unwrap()
        .replace(
            "data_dir = \"../target/serto-demo-data\"",
            &format!("data_dir = \"{}\"", data.path().display()),
        );
    let config_path = data.path().join("kiosk.toml");
    std::fs::write(&config_path, config_text).unwrap();
    let launched = Instant::now();
    let mut child = Command::new(&binary)
        .arg("--config")
        .arg(&config_path)
        .env("SERTO_LOG", "info")
        .env("SERTO_KIOSK_RESOURCES", root)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    let stderr = child.stderr.take().unwrap();
    let mut first_frame = None;
    for line in BufReader::new(stderr).lines().map_while(Result::ok) {
        if line.contains("first frame") {
            let plain = strip_ansi(&line);
            first_frame = plain
                .rsplit("milliseconds=")
                .next()
                .map(|s| s.chars().filter(char::is_ascii_digit).collect::<String>());
            break;
        }
    }
    let seen = launched.elapsed();
    std::thread::sleep(Duration::from_millis(500));
    let attract = vm_hwm_kib(pid);
    // The window is 1280×800 at (0,0) in windowed mode; taps as a person.
    let click = |x: &str, y: &str| {
        xdotool(&["mousemove", x, y, "click", "1"]);
        std::thread::sleep(Duration::from_millis(400));
    };
    click("640", "400"); // attract
    click("226", "310"); // Italiano
    std::thread::sleep(Duration::from_millis(500));
    let home = vm_hwm_kib(pid);
    click("320", "360"); // Vita del cittadino
    click("920", "390"); // Cambio di residenza
    click("1170", "748"); // Comincia
    click("640", "300"); // the first option
    click("1170", "748"); // Continua: the names, with the keyboard
    for (x, y) in [
        ("400", "560"),
        ("500", "560"),
        ("600", "620"),
        ("700", "620"),
    ] {
        click(x, y); // keys
    }
    std::thread::sleep(Duration::from_millis(500));
    let wizard = vm_hwm_kib(pid);
    let _ = child.kill();
    let _ = child.wait();
    let mib =
        |k: Option<u64>| k.map_or("?".to_owned(), |k| format!("{:.1} MiB", k as f64 / 1024.0));
    println!("real window (tiny-skia, windowed 1280×800):");
    println!(
        "  first frame (logged by the kiosk)         {} ms (seen by the bench after {seen:.0?})",
        first_frame.unwrap_or_else(|| "?".into())
    );
    println!(
        "  peak RSS on the attract screen            {}",
        mib(attract)
    );
    println!("  peak RSS on the home screen               {}", mib(home));
    println!(
        "  peak RSS on a wizard page with keyboard   {}",
        mib(wizard)
    );
}

/// The log line without its colour escapes.
fn strip_ansi(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    in_process(root);
    in_a_window(root);
}
