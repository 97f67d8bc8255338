//! Payloads at rest: XChaCha20-Poly1305 with a per-kiosk key kept in a file
//! of its own (mode 0600) beside the database. The submission's reference is
//! the associated data, so a payload cannot be moved to another row.

use std::io::Write;
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, Generate, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};

use super::OutboxError;

pub const KEY_FILE: &str = "outbox.key";
const NONCE_LEN: usize = 24;

pub struct Sealer {
    cipher: XChaCha20Poly1305,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sealer(…)")
    }
}

impl Sealer {
    /// Reads the key file, or creates it when `may_create` (a new, empty
    /// outbox). A missing key for an outbox that has data is an error: a
    /// new key would make every queued payload unreadable.
    pub fn open(dir: &Path, may_create: bool) -> Result<Self, OutboxError> {
        let path = dir.join(KEY_FILE);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && may_create => {
                create_key_file(&path)?
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(OutboxError::KeyMissing { path });
            }
            Err(e) => return Err(OutboxError::Io { path, source: e }),
        };
        let key = Key::try_from(bytes.as_slice()).map_err(|_| OutboxError::KeyWrong { path })?;
        Ok(Self {
            cipher: XChaCha20Poly1305::new(&key),
        })
    }

    /// nonce ‖ ciphertext ‖ tag.
    pub fn seal(&self, associated: &str, plaintext: &[u8]) -> Result<Vec<u8>, OutboxError> {
        let nonce = XNonce::try_generate().map_err(|_| OutboxError::Random)?;
        let sealed = self
            .cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad: associated.as_bytes(),
                },
            )
            .map_err(|_| OutboxError::Random)?;
        let mut out = Vec::with_capacity(NONCE_LEN + sealed.len());
        out.extend_from_slice(nonce.as_slice());
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// `None` when the bytes were not sealed with this key for this row.
    pub fn open_sealed(&self, associated: &str, sealed: &[u8]) -> Option<Vec<u8>> {
        if sealed.len() < NONCE_LEN {
            return None;
        }
        let (nonce, body) = sealed.split_at(NONCE_LEN);
        let nonce = XNonce::try_from(nonce).ok()?;
        self.cipher
            .decrypt(
                &nonce,
                Payload {
                    msg: body,
                    aad: associated.as_bytes(),
                },
            )
            .ok()
    }
}

fn create_key_file(path: &PathBuf) -> Result<Vec<u8>, OutboxError> {
    let key = <[u8; 32]>::try_generate().map_err(|_| OutboxError::Random)?;
    let io = |source| OutboxError::Io {
        path: path.clone(),
        source,
    };
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(io)?;
    file.write_all(&key).map_err(io)?;
    file.sync_all().map_err(io)?;
    // The directory entry too, so the key survives a power cut with the
    // database that needs it.
    if let Some(dir) = path.parent()
        && let Ok(dir) = std::fs::File::open(dir)
    {
        let _ = dir.sync_all();
    }
    Ok(key.to_vec())
}
