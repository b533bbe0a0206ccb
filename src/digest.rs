//! SHA-256 digests as the project writes them: a revision of a file, the content key of the
//! search index cache, the checksum of a cached file. One place, so every hash of the project is
//! made the same way.

use sha2::{Digest, Sha256};

/// A SHA-256 over a sequence of strings, each fed with its length first, so that `("ab", "c")`
/// and `("a", "bc")` differ.
#[derive(Debug, Clone, Default)]
pub(crate) struct Feed(Sha256);

impl Feed {
    /// An empty feed.
    pub(crate) fn new() -> Feed {
        Feed::default()
    }

    /// Adds `s`, length-prefixed.
    pub(crate) fn feed(&mut self, s: &str) -> &mut Feed {
        self.0.update((s.len() as u64).to_le_bytes());
        self.0.update(s.as_bytes());
        self
    }

    /// The digest in lowercase hex, `bytes` bytes of it (at most 32).
    pub(crate) fn hex(self, bytes: usize) -> String {
        hex(&self.0.finalize()[..bytes.min(32)])
    }
}

/// The SHA-256 of `data` in lowercase hex.
pub(crate) fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

/// Lowercase hex of `bytes`.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
