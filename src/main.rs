//! The `serto-kiosk` command: runs the kiosk, or one of its tools.

use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;

use serto_kiosk::config::{self, PinHash};
use serto_kiosk::desk::Desk;
use serto_kiosk::i18n::{Value, args};
use serto_kiosk::resources::Resources;
use serto_kiosk::{Library, operator, simulator, ui};

const USAGE: &str = "\
Usage:
  serto-kiosk [--kiosk] [--config PATH]   run the kiosk (default config: kiosk-config/demo.toml)
  serto-kiosk check-config PATH           check a kiosk-config file and exit
  serto-kiosk hash-pin                    read an operator PIN on standard input, print its hash
  serto-kiosk simulate [--port N] [--faults FILE]
                                          serve the agency simulator on 127.0.0.1:N (default 8710)
  serto-kiosk --help | --version

  --kiosk    full screen, no window decorations, no way to close it from the keyboard
  --config   the kiosk-config file to use
Environment: SERTO_KIOSK_RESOURCES (folder with assets/, locales/, kiosk-config/),
             SERTO_LOG (log filter, e.g. info or serto_kiosk=debug).";

enum Command {
    Run {
        kiosk: bool,
        config: Option<PathBuf>,
    },
    CheckConfig(PathBuf),
    HashPin,
    Simulate {
        port: u16,
        faults: Option<PathBuf>,
    },
    Help,
    Version,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Command, String> {
    let mut kiosk = false;
    let mut config = None;
    let mut first = true;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "check-config" if first => {
                let path = args
                    .next()
                    .ok_or("check-config needs the path of a config file")?;
                return match args.next() {
                    None => Ok(Command::CheckConfig(path.into())),
                    Some(extra) => Err(format!("unexpected argument `{extra}`")),
                };
            }
            "hash-pin" if first => return Ok(Command::HashPin),
            "simulate" if first => {
                let mut port = 8710;
                let mut faults = None;
                while let Some(arg) = args.next() {
                    match arg.as_str() {
                        "--port" => {
                            port = args
                                .next()
                                .and_then(|p| p.parse().ok())
                                .ok_or("--port needs a port number (0-65535)")?;
                        }
                        "--faults" => {
                            faults =
                                Some(PathBuf::from(args.next().ok_or("--faults needs a path")?));
                        }
                        other => return Err(format!("unexpected argument `{other}`")),
                    }
                }
                return Ok(Command::Simulate { port, faults });
            }
            "--help" | "-h" => return Ok(Command::Help),
            "--version" | "-V" => return Ok(Command::Version),
            "--kiosk" => kiosk = true,
            "--config" => {
                config = Some(PathBuf::from(args.next().ok_or("--config needs a path")?));
            }
            other => return Err(format!("unknown argument `{other}`")),
        }
        first = false;
    }
    Ok(Command::Run { kiosk, config })
}

fn main() -> ExitCode {
    let launched = std::time::Instant::now();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("SERTO_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,serto_kiosk=info")),
        )
        .with_writer(std::io::stderr)
        .init();

    let command = match parse_args(std::env::args().skip(1)) {
        Ok(command) => command,
        Err(problem) => {
            eprintln!("serto-kiosk: {problem}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Help => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Command::Version => {
            println!("serto-kiosk {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Command::HashPin => hash_pin(),
        Command::CheckConfig(path) => check_config(&path),
        Command::Simulate { port, faults } => simulate(port, faults),
        Command::Run { kiosk, config } => run(kiosk, config, launched),
    }
}

fn load_library(resources: &Resources) -> Option<Library> {
    match Library::load(resources) {
        Ok(library) => Some(library),
        Err(problem) => {
            eprintln!(
                "serto-kiosk: the kiosk's own files under {} are damaged: {problem}",
                resources.root().display()
            );
            None
        }
    }
}

fn check_config(path: &std::path::Path) -> ExitCode {
    let resources = Resources::locate();
    let Some(library) = load_library(&resources) else {
        return ExitCode::FAILURE;
    };
    match config::load(path, &library.known()).and_then(|c| config::probe_storage(&c).map(|()| c)) {
        Ok(config) => {
            let message = library.translations.format(
                &serto_kiosk::i18n::LanguageId::reference(),
                "config-ok",
                Some(&args([
                    ("file", Value::from(path.display().to_string())),
                    ("kiosk", Value::from(config.kiosk_id.as_str().to_owned())),
                    ("languages", Value::from(config.languages.len())),
                    ("services", Value::from(config.services.len())),
                ])),
            );
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{}", error.explain_for_operator(&library.translations));
            ExitCode::FAILURE
        }
    }
}

fn hash_pin() -> ExitCode {
    eprintln!(
        "PIN ({}-{} cifre / digits):",
        operator::PIN_DIGITS.start(),
        operator::PIN_DIGITS.end()
    );
    let mut line = String::new();
    if std::io::stdin().lock().read_line(&mut line).is_err() {
        eprintln!("serto-kiosk: cannot read the PIN from standard input");
        return ExitCode::FAILURE;
    }
    let pin = line.trim();
    if !operator::is_well_formed_pin(pin) {
        eprintln!(
            "serto-kiosk: the PIN must be {} to {} digits",
            operator::PIN_DIGITS.start(),
            operator::PIN_DIGITS.end()
        );
        return ExitCode::from(2);
    }
    match PinHash::create(pin) {
        Ok(hash) => {
            println!("{}", hash.as_str());
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("serto-kiosk: cannot hash the PIN: {problem}");
            ExitCode::FAILURE
        }
    }
}

/// The simulator's world, for the flows it checks applications against.
fn new_simulator(library: &Library) -> std::sync::Arc<simulator::Simulator> {
    simulator::Simulator::new(
        serto_kiosk::italy::today(),
        Some(std::sync::Arc::clone(&library.flows)),
    )
}

fn simulate(port: u16, faults: Option<PathBuf>) -> ExitCode {
    let resources = Resources::locate();
    let Some(library) = load_library(&resources) else {
        return ExitCode::FAILURE;
    };
    let sim = new_simulator(&library);
    if let Some(path) = faults {
        match simulator::faults::load(&path) {
            Ok(faults) => {
                for (agency, f) in faults {
                    sim.set_faults(agency, f);
                }
            }
            Err(problem) => {
                eprintln!("serto-kiosk: {problem}");
                return ExitCode::from(2);
            }
        }
    }
    let running = match simulator::Running::start_with_admin(sim, port) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("serto-kiosk: cannot listen on 127.0.0.1:{port}: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("agency simulator at {} (Ctrl+C stops it)", running.base);
    // Serves until the process is stopped.
    loop {
        std::thread::park();
    }
}

fn run(kiosk: bool, config_path: Option<PathBuf>, launched: std::time::Instant) -> ExitCode {
    let resources = Resources::locate();
    let Some(library) = load_library(&resources) else {
        return ExitCode::FAILURE;
    };
    let library = std::sync::Arc::new(library);
    let path = config_path.unwrap_or_else(|| resources.demo_config());
    let start = match config::load(&path, &library.known()) {
        // The desk (simulator, outbox, delivery worker) runs beside the
        // window for as long as the kiosk runs.
        Ok(config) => match Desk::start(std::sync::Arc::new(config), &library) {
            Ok(desk) => {
                return show(
                    library,
                    ui::Start::Ready(std::sync::Arc::new(desk)),
                    kiosk,
                    launched,
                );
            }
            Err(explanation) => {
                tracing::error!("the desk cannot start");
                explanation
            }
        },
        Err(error) => {
            tracing::error!(%error, "bad kiosk configuration");
            error.explain_for_operator(&library.translations)
        }
    };
    if !kiosk {
        eprintln!("{start}");
        return ExitCode::FAILURE;
    }
    // A kiosk never shows a black screen: the operator reads why.
    show(library, ui::Start::OutOfService(start), kiosk, launched)
}

fn show(
    library: std::sync::Arc<Library>,
    start: ui::Start,
    kiosk: bool,
    launched: std::time::Instant,
) -> ExitCode {
    match ui::app::run(library, start, kiosk, launched) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("serto-kiosk: the window could not be opened: {problem}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Command, String> {
        parse_args(line.split_whitespace().map(str::to_owned))
    }

    #[test]
    fn parses_the_documented_forms() {
        assert!(matches!(
            parse(""),
            Ok(Command::Run {
                kiosk: false,
                config: None
            })
        ));
        assert!(matches!(
            parse("--kiosk --config a.toml"),
            Ok(Command::Run { kiosk: true, config: Some(p) }) if p == std::path::Path::new("a.toml")
        ));
        assert!(matches!(
            parse("check-config x.toml"),
            Ok(Command::CheckConfig(_))
        ));
        assert!(parse("check-config").is_err());
        assert!(parse("--kiosk check-config x").is_err());
        assert!(parse("--frobnicate").is_err());
        assert!(matches!(
            parse("simulate --port 9000 --faults f.toml"),
            Ok(Command::Simulate {
                port: 9000,
                faults: Some(_)
            })
        ));
        assert!(matches!(
            parse("simulate"),
            Ok(Command::Simulate {
                port: 8710,
                faults: None
            })
        ));
        assert!(parse("simulate --port 99999").is_err());
        assert!(parse("--kiosk simulate").is_err());
    }
}
