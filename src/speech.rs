//! Reading pages aloud: eSpeak NG (`espeak-ng`, Debian's package) makes
//! the sound, ALSA's `aplay` plays it. Both run as child processes fed
//! through pipes, so a missing voice, a missing or busy audio device, or a
//! crash of either can never take the kiosk down or make the screen wait:
//! the UI only sends a command to the speaker's thread. The text goes to
//! espeak-ng on its standard input, never on its command line (where any
//! user of the machine could read it in `/proc`).
//!
//! At start the speaker checks, off the UI thread, that the program runs,
//! that each enabled language's voice loads, and that the audio device
//! opens; the listen button shows only for what works, and the operator's
//! health tab says why it does not.

pub mod script;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::config::SpeechSettings;
use crate::i18n::{LanguageId, Translations};

/// The eSpeak NG voice of each language and the word that checks it,
/// from each `locales/<lang>/locale.toml`.
#[derive(Debug, Clone, Default)]
pub struct Voices(BTreeMap<LanguageId, (String, String)>);

impl Voices {
    pub fn of(translations: &Translations) -> Self {
        Self(
            translations
                .locales()
                .map(|l| {
                    let meta = l.meta();
                    (
                        l.id().clone(),
                        (meta.voice.clone(), meta.voice_check.clone()),
                    )
                })
                .collect(),
        )
    }

    /// The voice that reads `language`.
    pub fn voice(&self, language: &LanguageId) -> Option<&str> {
        self.0.get(language).map(|(voice, _)| voice.as_str())
    }

    /// A word of the language, in its own script.
    fn check_word(&self, language: &LanguageId) -> &str {
        self.0
            .get(language)
            .map_or("ciao", |(_, word)| word.as_str())
    }
}

/// Why speech is not available, for the operator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// `[speech] enabled = false`.
    Disabled,
    /// espeak-ng is not installed (or does not run).
    NoProgram,
    /// `aplay` is not installed.
    NoPlayer,
    /// The audio device does not open (ALSA's words, no personal data).
    NoAudio(String),
}

impl Problem {
    /// Its Fluent key (`speech-problem-…`).
    pub fn key(&self) -> &'static str {
        match self {
            Problem::Disabled => "speech-problem-disabled",
            Problem::NoProgram => "speech-problem-no-program",
            Problem::NoPlayer => "speech-problem-no-player",
            Problem::NoAudio(_) => "speech-problem-no-audio",
        }
    }
}

/// What the start-up check found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Availability {
    /// The check is still running (a second at most).
    #[default]
    Checking,
    /// Speech works, except for the languages listed (no voice).
    Ready {
        missing_voices: Vec<LanguageId>,
    },
    Unavailable(Problem),
}

#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("no voice for language {0}")]
    NoVoice(String),
    #[error("espeak-ng cannot run: {0}")]
    Program(std::io::Error),
    #[error("espeak-ng failed: {0}")]
    Failed(String),
}

/// How long eSpeak NG may take to render a text into memory (a page takes
/// well under a second here), and a check of the voice or the device.
const RENDER_DEADLINE: Duration = Duration::from_secs(30);
const CHECK_DEADLINE: Duration = Duration::from_secs(5);

/// How to run eSpeak NG and the player.
#[derive(Debug, Clone)]
pub struct Engine {
    pub program: PathBuf,
    pub player: PathBuf,
    /// espeak-ng's data folder (`--path`); none: the installed one.
    pub data: Option<PathBuf>,
    pub settings: SpeechSettings,
    pub voices: Voices,
}

impl Engine {
    pub fn new(settings: SpeechSettings, voices: Voices) -> Self {
        Self {
            program: settings.program.clone(),
            player: PathBuf::from("aplay"),
            data: settings.data.clone(),
            settings,
            voices,
        }
    }

    fn voice(&self, language: &LanguageId) -> Result<&str, SpeechError> {
        self.voices
            .voice(language)
            .ok_or_else(|| SpeechError::NoVoice(language.to_string()))
    }

    /// espeak-ng writing a WAV stream to its standard output.
    fn synthesiser(&self, voice: &str) -> Command {
        let mut command = Command::new(&self.program);
        if let Some(data) = &self.data {
            command.arg(format!("--path={}", data.display()));
        }
        // espeak-ng's amplitude runs 0–200 with 100 as its normal level.
        let amplitude = u32::from(self.settings.volume.min(100)) * 2;
        command
            .args(["-v", voice, "-s"])
            .arg(self.settings.rate.to_string())
            .arg("-a")
            .arg(amplitude.to_string())
            .arg("--stdout")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        command
    }

    /// The whole text as a WAV file in memory (tests, the benchmark, the
    /// start-up check).
    pub fn render_wav(&self, language: &LanguageId, text: &str) -> Result<Vec<u8>, SpeechError> {
        self.render_voice(self.voice(language)?, text)
    }

    /// The same with an eSpeak NG voice named directly.
    pub fn render_voice(&self, voice: &str, text: &str) -> Result<Vec<u8>, SpeechError> {
        let output = crate::child::run(
            self.synthesiser(voice),
            Some(text.as_bytes().to_vec()),
            RENDER_DEADLINE,
        )
        .map_err(|e| match e {
            crate::child::ChildError::Start { source, .. }
            | crate::child::ChildError::Wait { source, .. } => SpeechError::Program(source),
            timed_out => SpeechError::Failed(timed_out.to_string()),
        })?;
        let complaint = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        if !output.status.success() || !complaint.is_empty() {
            return Err(SpeechError::Failed(first_line(&complaint)));
        }
        if output.stdout.len() <= WAV_HEADER {
            return Err(SpeechError::Failed("no sound".into()));
        }
        Ok(output.stdout)
    }

    /// How long espeak-ng takes from being started on a text to its first
    /// sound sample (the benchmark; the player adds its device buffer).
    pub fn first_sample(&self, language: &LanguageId, text: &str) -> Result<Duration, SpeechError> {
        let voice = self.voice(language)?;
        let started = std::time::Instant::now();
        let mut child = self
            .synthesiser(voice)
            .spawn()
            .map_err(SpeechError::Program)?;
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(text.as_bytes());
        }
        let mut stdout = child
            .stdout
            .take()
            .ok_or_else(|| SpeechError::Failed("no output pipe".into()))?;
        let mut seen = 0;
        let mut buffer = [0_u8; 4096];
        let first = loop {
            let n = stdout.read(&mut buffer).map_err(SpeechError::Program)?;
            if n == 0 {
                break None;
            }
            seen += n;
            if seen > WAV_HEADER {
                break Some(started.elapsed());
            }
        };
        let _ = child.kill();
        let _ = child.wait();
        first.ok_or_else(|| SpeechError::Failed("no sound".into()))
    }

    /// The start-up check: the program, each language's voice, the device.
    pub fn check(&self, languages: &[LanguageId]) -> Availability {
        if !self.settings.enabled {
            return Availability::Unavailable(Problem::Disabled);
        }
        let probe = LanguageId::reference();
        match self.render_wav(&probe, "a") {
            Err(SpeechError::Program(_)) => return Availability::Unavailable(Problem::NoProgram),
            Err(e) => tracing::warn!(error = %e, "the Italian voice does not load"),
            Ok(_) => {}
        }
        let missing_voices: Vec<LanguageId> = languages
            .iter()
            .filter(|language| {
                let word = self.voices.check_word(language);
                if let Err(e) = self.render_wav(language, word) {
                    tracing::warn!(language = %language, error = %e, "no voice");
                    return true;
                }
                if self.reads_as_english(language, word) {
                    // Debian 12's espeak-ng 1.51 reads Chinese characters
                    // as pinyin with the tone digits in English ("ni
                    // three"): worse than no voice at all.
                    tracing::warn!(language = %language, "the voice reads its own script as English");
                    return true;
                }
                false
            })
            .cloned()
            .collect();
        if let Err(problem) = self.check_device() {
            return Availability::Unavailable(problem);
        }
        Availability::Ready { missing_voices }
    }

    /// Whether the voice turns a word of its own (non-Latin) script into
    /// English: espeak-ng marks such a switch `(en)` in its phonemes.
    fn reads_as_english(&self, language: &LanguageId, word: &str) -> bool {
        if word.is_ascii() {
            return false;
        }
        let Ok(voice) = self.voice(language) else {
            return false;
        };
        let mut command = Command::new(&self.program);
        if let Some(data) = &self.data {
            command.arg(format!("--path={}", data.display()));
        }
        command.args(["-v", voice, "-q", "-x"]);
        crate::child::run(command, Some(word.as_bytes().to_vec()), CHECK_DEADLINE)
            .is_ok_and(|out| out.stdout_text().contains("(en)"))
    }

    /// Plays 20 ms of silence on the device.
    fn check_device(&self) -> Result<(), Problem> {
        let mut player = Command::new(&self.player);
        player.args(["-q", "-D", &self.settings.device]);
        let played = crate::child::run(
            player,
            Some(silence(Duration::from_millis(20))),
            CHECK_DEADLINE,
        );
        let complaint = match played {
            Err(crate::child::ChildError::Start { .. }) => return Err(Problem::NoPlayer),
            Err(e) => e.to_string(),
            Ok(done) if done.status.success() => return Ok(()),
            Ok(done) => done.stderr_text(),
        };
        Err(Problem::NoAudio(first_line(
            complaint
                .lines()
                .rfind(|l| l.starts_with("aplay"))
                .unwrap_or(&complaint),
        )))
    }

    /// espeak-ng piped into aplay: the sound starts as soon as espeak-ng
    /// has its first words.
    fn play(&self, voice: &str, text: &str) -> std::io::Result<Playing> {
        let mut synthesiser = self.synthesiser(voice).stderr(Stdio::null()).spawn()?;
        let sound = synthesiser
            .stdout
            .take()
            .ok_or_else(|| std::io::Error::other("no output pipe"))?;
        let player = Command::new(&self.player)
            .args(["-q", "-D", &self.settings.device])
            .stdin(sound)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        let player = match player {
            Ok(player) => player,
            Err(e) => {
                let _ = synthesiser.kill();
                let _ = synthesiser.wait();
                return Err(e);
            }
        };
        if let Some(mut stdin) = synthesiser.stdin.take() {
            // A page's text is far below a pipe's 64 KiB: this does not block.
            let _ = stdin.write_all(text.as_bytes());
        }
        Ok(Playing {
            synthesiser,
            player,
        })
    }
}

impl Engine {
    /// The chime through the player, to its end (0.6 s; the player is
    /// given five seconds before it is stopped).
    fn chime(&self) -> std::io::Result<()> {
        let mut player = Command::new(&self.player)
            .args(["-q", "-D", &self.settings.device])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        if let Some(mut stdin) = player.stdin.take() {
            let _ = stdin.write_all(&chime_wav(self.settings.volume));
        }
        let until = std::time::Instant::now() + Duration::from_secs(5);
        loop {
            if let Some(status) = player.try_wait()? {
                return if status.success() {
                    Ok(())
                } else {
                    Err(std::io::Error::other(format!(
                        "the player ended with {status}"
                    )))
                };
            }
            if std::time::Instant::now() > until {
                let _ = player.kill();
                let _ = player.wait();
                return Err(std::io::Error::other("the player did not end"));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// Two notes (E6 then C6, 0.3 s each, fading out) at espeak-ng's format:
/// a doorbell, not an alarm. `volume`: the speech volume, 0–100.
fn chime_wav(volume: u8) -> Vec<u8> {
    let rate: u32 = 22_050;
    let note = rate * 3 / 10;
    let mut wav = silence(Duration::from_millis(600));
    let peak = f32::from(volume.min(100)) / 100.0 * 12_000.0;
    for (i, sample) in wav[WAV_HEADER..].chunks_exact_mut(2).enumerate() {
        let i = i as u32;
        let (frequency, t) = if i < note {
            (1318.5_f32, i)
        } else {
            (1046.5, i - note)
        };
        let seconds = t as f32 / rate as f32;
        let fade = 1.0 - t as f32 / note as f32;
        let value = (2.0 * std::f32::consts::PI * frequency * seconds).sin() * peak * fade;
        sample.copy_from_slice(&(value as i16).to_le_bytes());
    }
    wav
}

/// The size of the WAV header espeak-ng writes.
const WAV_HEADER: usize = 44;

fn first_line(text: &str) -> String {
    text.lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(200)
        .collect()
}

/// A WAV of silence at espeak-ng's format (22 050 Hz, 16 bit, mono).
fn silence(length: Duration) -> Vec<u8> {
    let rate: u32 = 22_050;
    let samples = u32::try_from(length.as_millis()).unwrap_or(20) * rate / 1000;
    let data = samples * 2;
    let mut wav = Vec::with_capacity(WAV_HEADER + data as usize);
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + data).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16_u32.to_le_bytes());
    wav.extend_from_slice(&1_u16.to_le_bytes()); // PCM
    wav.extend_from_slice(&1_u16.to_le_bytes()); // mono
    wav.extend_from_slice(&rate.to_le_bytes());
    wav.extend_from_slice(&(rate * 2).to_le_bytes());
    wav.extend_from_slice(&2_u16.to_le_bytes());
    wav.extend_from_slice(&16_u16.to_le_bytes());
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&data.to_le_bytes());
    wav.resize(WAV_HEADER + data as usize, 0);
    wav
}

/// The length of a WAV's sound (espeak-ng's stream: the header's size
/// fields are placeholders, the bytes after it are the samples).
pub fn wav_duration(wav: &[u8]) -> Duration {
    if wav.len() <= WAV_HEADER {
        return Duration::ZERO;
    }
    let rate = u32::from_le_bytes([wav[24], wav[25], wav[26], wav[27]]).max(1);
    let bytes_per_second = u64::from(rate) * 2;
    Duration::from_micros((wav.len() - WAV_HEADER) as u64 * 1_000_000 / bytes_per_second)
}

struct Playing {
    synthesiser: Child,
    player: Child,
}

impl Playing {
    fn stop(mut self) {
        let _ = self.synthesiser.kill();
        let _ = self.player.kill();
        let _ = self.synthesiser.wait();
        let _ = self.player.wait();
    }

    /// Whether both have ended (reaped).
    fn ended(&mut self) -> bool {
        let synthesiser = !matches!(self.synthesiser.try_wait(), Ok(None));
        let player = !matches!(self.player.try_wait(), Ok(None));
        synthesiser && player
    }
}

enum Order {
    Say { voice: String, text: String },
    Stop,
    Chime,
}

/// The kiosk's voice: a thread that starts and stops the programs, so the
/// UI only ever sends it a message. Stops when dropped.
pub struct Speaker {
    commands: Mutex<mpsc::Sender<Order>>,
    availability: Arc<Mutex<Availability>>,
    speaking: Arc<AtomicBool>,
    /// Chimes the player finished playing (the tests' witness).
    chimes: Arc<std::sync::atomic::AtomicUsize>,
    voices: Voices,
    /// The sound reaches only headphones: what the person typed and the
    /// reference number may be read.
    pub headphones: bool,
}

impl std::fmt::Debug for Speaker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Speaker")
            .field("availability", &self.availability())
            .finish_non_exhaustive()
    }
}

impl Speaker {
    /// Starts the speaker's thread; the check runs there first.
    pub fn start(engine: Engine, languages: Vec<LanguageId>) -> Self {
        let (tx, rx) = mpsc::channel();
        let availability = Arc::new(Mutex::new(Availability::Checking));
        let speaking = Arc::new(AtomicBool::new(false));
        let chimes = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let headphones = engine.settings.headphones;
        let voices = engine.voices.clone();
        let shared = (
            Arc::clone(&availability),
            Arc::clone(&speaking),
            Arc::clone(&chimes),
        );
        let started = std::thread::Builder::new()
            .name("speech".into())
            .spawn(move || run(engine, languages, rx, shared));
        if let Err(e) = started {
            tracing::error!(error = %e, "the speech thread cannot start");
            *availability.lock().unwrap_or_else(|p| p.into_inner()) =
                Availability::Unavailable(Problem::NoProgram);
        }
        Self {
            commands: Mutex::new(tx),
            availability,
            speaking,
            chimes,
            voices,
            headphones,
        }
    }

    pub fn availability(&self) -> Availability {
        self.availability
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Whether a page in this language can be read aloud now.
    pub fn can_speak(&self, language: &LanguageId) -> bool {
        match self.availability() {
            Availability::Ready { missing_voices } => {
                self.voices.voice(language).is_some() && !missing_voices.contains(language)
            }
            _ => false,
        }
    }

    /// Reads the text (stopping what was being read). Returns at once.
    pub fn say(&self, language: &LanguageId, text: String) {
        let Some(voice) = self
            .voices
            .voice(language)
            .filter(|_| self.can_speak(language))
            .map(str::to_owned)
        else {
            return;
        };
        self.speaking.store(true, Ordering::SeqCst);
        self.send(Order::Say { voice, text });
    }

    /// A short two-note chime on the kiosk's sound device (an operator was
    /// called; the idle warning appeared), in any language and without
    /// eSpeak NG. Returns at once; a reading in progress goes on after it.
    pub fn chime(&self) {
        self.send(Order::Chime);
    }

    /// How many chimes were played to their end.
    pub fn chimes(&self) -> usize {
        self.chimes.load(Ordering::SeqCst)
    }

    /// Stops reading. Returns at once.
    pub fn stop(&self) {
        if self.speaking.swap(false, Ordering::SeqCst) {
            self.send(Order::Stop);
        }
    }

    /// Whether something is being read (or about to be).
    pub fn is_speaking(&self) -> bool {
        self.speaking.load(Ordering::SeqCst)
    }

    fn send(&self, command: Order) {
        let sent = self
            .commands
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .send(command);
        if sent.is_err() {
            self.speaking.store(false, Ordering::SeqCst);
        }
    }
}

/// The speaker's thread: the check, then commands; between commands it
/// notices when the reading has ended.
fn run(
    engine: Engine,
    languages: Vec<LanguageId>,
    commands: mpsc::Receiver<Order>,
    (availability, speaking, chimes): (
        Arc<Mutex<Availability>>,
        Arc<AtomicBool>,
        Arc<std::sync::atomic::AtomicUsize>,
    ),
) {
    let checked = engine.check(&languages);
    match &checked {
        Availability::Ready { missing_voices } if missing_voices.is_empty() => {
            tracing::info!("speech ready")
        }
        Availability::Ready { missing_voices } => {
            let missing: Vec<&str> = missing_voices.iter().map(LanguageId::as_str).collect();
            tracing::warn!(missing = ?missing, "speech ready, some voices missing");
        }
        Availability::Unavailable(problem) => {
            tracing::warn!(?problem, "speech unavailable")
        }
        Availability::Checking => {}
    }
    *availability.lock().unwrap_or_else(|p| p.into_inner()) = checked;
    let mut playing: Option<Playing> = None;
    loop {
        match commands.recv_timeout(Duration::from_millis(50)) {
            Ok(Order::Say { voice, text }) => {
                if let Some(old) = playing.take() {
                    old.stop();
                }
                match engine.play(&voice, &text) {
                    Ok(p) => playing = Some(p),
                    Err(e) => {
                        tracing::warn!(error = %e, "speech cannot start");
                        speaking.store(false, Ordering::SeqCst);
                    }
                }
            }
            Ok(Order::Stop) => {
                if let Some(old) = playing.take() {
                    old.stop();
                }
            }
            Ok(Order::Chime) => match engine.chime() {
                Ok(()) => {
                    chimes.fetch_add(1, Ordering::SeqCst);
                }
                Err(e) => tracing::warn!(error = %e, "the chime cannot play"),
            },
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if playing.as_mut().is_some_and(Playing::ended) {
                    playing = None;
                    speaking.store(false, Ordering::SeqCst);
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                if let Some(old) = playing.take() {
                    old.stop();
                }
                return;
            }
        }
    }
}

/// The data folder of the installed espeak-ng (tests copy it).
pub fn installed_data() -> Option<PathBuf> {
    let out = Command::new("espeak-ng").arg("--version").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let path = text.split("Data at:").nth(1)?.trim();
    Some(Path::new(path).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn silence_is_a_valid_wav_of_its_length() {
        let wav = silence(Duration::from_millis(100));
        assert_eq!(&wav[..4], b"RIFF");
        assert_eq!(&wav[8..16], b"WAVEfmt ");
        assert_eq!(wav.len(), WAV_HEADER + 2205 * 2);
        assert_eq!(wav_duration(&wav), Duration::from_millis(100));
    }
}
