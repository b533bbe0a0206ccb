//! Guide packs: the guide's content in one signed file, so a corrected phone number reaches an
//! officer's laptop from a USB stick, an intranet share or an e-mail, without a new release of
//! the program and without a network.
//!
//! A pack file is a short text header and a gzip'd tar archive:
//!
//! ```text
//! TRMPACK 1
//! header-bytes: <n>
//! <n bytes: the minisign signature of the archive, and optionally an endorsement>
//! <the archive: manifest.toml, guide-content/…, locales/…>
//! ```
//!
//! The signature is minisign's (Ed25519 over a BLAKE2b prehash of the archive: what Tauri's own
//! updater uses), made and checked by the `minisign` crate; nothing cryptographic is written
//! here. A pack is accepted only when its signer is one of the keys this program trusts
//! ([`Trust`]: compiled in), or a key one of them has endorsed (key rotation: the old key signs
//! the new public key, and the endorsement travels in the header). Reading is defensive in every
//! step ([`read`]): the header and archive sizes, every entry's path and kind, duplicates, the
//! number of files, the bytes unpacked and the compression ratio are limited before content is
//! parsed, and the content must pass the content gate. Installing is [`store`]'s, what changed
//! between two guides is [`changes`]'s.

pub mod changes;
mod host;
mod sign;
pub mod store;
mod verify;

use std::collections::BTreeMap;
use std::io::{Read, Write};

use serde::{Deserialize, Serialize};

pub use host::{GuideStatus, Host, HostNotice, PackSummary};
pub use sign::{build, endorse, keygen, BuildOptions};
pub use store::{Installed, InstalledGuide, Store};
#[cfg(feature = "fuzzing")]
pub(crate) use verify::open;
pub use verify::{read, Trust, TrustedKey, VerifiedPack};

use crate::files::Files;

/// The first line of every pack file.
pub const MAGIC: &str = "TRMPACK 1";
/// The file name extension of packs.
pub const EXTENSION: &str = "trmpack";

/// Limits a pack must stay within: anything larger is refused before it is unpacked further.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest pack file, in bytes.
    pub file_bytes: u64,
    /// Largest header, in bytes.
    pub header_bytes: usize,
    /// Most entries in the archive.
    pub files: usize,
    /// Most bytes unpacked, in all.
    pub unpacked_bytes: u64,
    /// Most bytes of one file, unpacked.
    pub file_unpacked_bytes: u64,
    /// Highest ratio of unpacked to packed bytes (a higher one says "zip bomb").
    pub ratio: u64,
}

impl Default for Limits {
    /// The documented limits (docs/updates.md): a pack of 64 MB at most, 4,000 files, 256 MB
    /// unpacked (16 MB for one file), a compression ratio of 100 at most. The guide in all
    /// languages is about 2 MB packed and 7.5 MB unpacked.
    fn default() -> Self {
        Limits {
            file_bytes: 64 << 20,
            header_bytes: 16 << 10,
            files: 4_000,
            unpacked_bytes: 256 << 20,
            file_unpacked_bytes: 16 << 20,
            ratio: 100,
        }
    }
}

/// `manifest.toml` of a pack: what it is, for which program, and what changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Pack format, 1.
    pub format: u32,
    /// The guide's version (`guide.toml`), e.g. `0.2.0`.
    pub guide_version: String,
    /// The day the pack was built.
    pub date: crate::content::Date,
    /// The guide's content hash ([`crate::Guide::content_hash`]): the files must have it.
    pub content_hash: String,
    /// The oldest program version that can read this pack.
    pub min_app_version: String,
    /// What changed, in a few lines, in English (shown with the update).
    #[serde(default)]
    pub summary: Vec<String>,
}

/// What can go wrong with a pack. Every refusal says what was wrong and what to do; nothing is
/// changed on disk when a pack is refused.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Not a pack at all.
    #[error("this is not a guide pack: it does not start with '{MAGIC}' (an update is a .{EXTENSION} file made by `fieldguide pack build`)")]
    NotAPack,
    /// The header is damaged or incomplete.
    #[error("the pack is damaged: {0} (get the file again)")]
    Damaged(String),
    /// No signature.
    #[error("the pack is not signed (only signed packs are installed: ask for a signed one)")]
    Unsigned,
    /// The signature does not match the archive.
    #[error("the pack's signature does not match its content: it was changed or damaged after it was signed (get the file again from a trusted place)")]
    BadSignature,
    /// Signed by a key this program does not trust.
    #[error("the pack is signed by key {key_id}, which this program does not trust (trusted: {trusted})")]
    UntrustedKey {
        /// The signer's key id (hex).
        key_id: String,
        /// The trusted keys' ids, comma-separated.
        trusted: String,
    },
    /// The archive breaks a rule.
    #[error("the pack is refused: {0}")]
    Unsafe(String),
    /// The manifest is missing or invalid.
    #[error("the pack's manifest.toml is not valid: {0}")]
    Manifest(String),
    /// Made for a newer program.
    #[error("the pack needs version {needed} of this program or newer; this is version {have} (update the program first)")]
    TooNew {
        /// The pack's `min_app_version`.
        needed: String,
        /// This program's version.
        have: String,
    },
    /// Not newer than the guide in use.
    #[error("the pack holds guide version {pack}, which is not newer than the guide in use ({current}); to go back to a previous guide, use \"Go back to the previous guide\"")]
    NotNewer {
        /// The pack's guide version.
        pack: String,
        /// The guide in use.
        current: String,
    },
    /// The content does not pass `check`.
    #[error("the pack's content has {count} error(s), first: {first}")]
    Content {
        /// How many errors `check` found.
        count: usize,
        /// The first, as `check` prints it.
        first: String,
    },
    /// A file of the installed guide could not be written or read.
    #[error("{what} '{path}': {source}")]
    Io {
        /// What was being done.
        what: &'static str,
        /// The path.
        path: std::path::PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A key could not be made, read or used.
    #[error("key: {0}")]
    Key(String),
}

/// `Result` with this module's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A version `major.minor.patch`, compared as numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version(pub u64, pub u64, pub u64);

impl Version {
    /// Parses `1.2.3` (a missing part is 0; anything after `-` or `+` is ignored).
    pub fn parse(s: &str) -> Option<Version> {
        let core = s.trim().split(['-', '+']).next()?;
        let mut parts = core.split('.').map(|p| p.parse::<u64>());
        let major = parts.next()?.ok()?;
        let minor = parts.next().transpose().ok()?.unwrap_or(0);
        let patch = parts.next().transpose().ok()?.unwrap_or(0);
        parts
            .next()
            .is_none()
            .then_some(Version(major, minor, patch))
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

/// The content gate a pack must pass, when it is built and when it is read: no `check` error.
fn gate(guide: &crate::Guide) -> Result<()> {
    let errors: Vec<String> = guide
        .check()
        .into_iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    match errors.first() {
        Some(first) => Err(Error::Content {
            count: errors.len(),
            first: first.clone(),
        }),
        None => Ok(()),
    }
}

/// This program's version: what a pack's `min_app_version` is compared with.
pub fn app_version() -> Version {
    Version::parse(env!("CARGO_PKG_VERSION")).expect("the crate version is x.y.z")
}

/// Writes the archive of a guide's files (`guide-content/…`, `locales/…`) and `manifest`:
/// gzip'd tar, entries in path order with fixed times and modes, so the same guide makes the same
/// bytes.
pub(crate) fn archive(content: &Files, locales: &Files, manifest: &Manifest) -> Result<Vec<u8>> {
    let io = |e: std::io::Error| Error::Io {
        what: "writing the archive",
        path: "<memory>".into(),
        source: e,
    };
    let mut entries: BTreeMap<String, &[u8]> = BTreeMap::new();
    let manifest_text = toml::to_string(manifest).expect("manifest serializes");
    entries.insert("manifest.toml".into(), manifest_text.as_bytes());
    for (root, files) in [("guide-content", content), ("locales", locales)] {
        for (rel, text) in &files.entries {
            if let Ok(text) = text {
                entries.insert(format!("{root}/{rel}"), text.as_bytes());
            }
        }
    }
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let mut tar = tar::Builder::new(gz);
    tar.mode(tar::HeaderMode::Deterministic);
    for (path, bytes) in entries {
        let mut header = tar::Header::new_ustar();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_entry_type(tar::EntryType::Regular);
        tar.append_data(&mut header, &path, bytes).map_err(io)?;
    }
    let gz = tar.into_inner().map_err(io)?;
    gz.finish().map_err(io)
}

/// The pack file: the header (signature, optional endorsement) and the archive.
pub(crate) fn container(header: &str, archive: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(archive.len() + header.len() + 64);
    write!(out, "{MAGIC}\nheader-bytes: {}\n{header}", header.len()).expect("writes to memory");
    out.extend_from_slice(archive);
    out
}

/// Splits a pack file into its header text and its archive, within `limits`.
pub(crate) fn split<'a>(bytes: &'a [u8], limits: &Limits) -> Result<(&'a str, &'a [u8])> {
    if bytes.len() as u64 > limits.file_bytes {
        return Err(Error::Unsafe(format!(
            "the file has {} bytes, more than the {} a pack may have",
            bytes.len(),
            limits.file_bytes
        )));
    }
    let rest = bytes
        .strip_prefix(MAGIC.as_bytes())
        .and_then(|r| r.strip_prefix(b"\n"))
        .ok_or(Error::NotAPack)?;
    let line_end = rest
        .iter()
        .position(|&b| b == b'\n')
        .filter(|&i| i < 64)
        .ok_or_else(|| Error::Damaged("the header's length line is missing".into()))?;
    let line = std::str::from_utf8(&rest[..line_end])
        .map_err(|_| Error::Damaged("the header's length line is not text".into()))?;
    let n: usize = line
        .strip_prefix("header-bytes: ")
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| Error::Damaged(format!("'{line}' is not a header length")))?;
    if n > limits.header_bytes {
        return Err(Error::Unsafe(format!(
            "a header of {n} bytes, more than {}",
            limits.header_bytes
        )));
    }
    let rest = &rest[line_end + 1..];
    if rest.len() < n {
        return Err(Error::Damaged(
            "the file ends inside its header (truncated)".into(),
        ));
    }
    let header = std::str::from_utf8(&rest[..n])
        .map_err(|_| Error::Damaged("the header is not text".into()))?;
    Ok((header, &rest[n..]))
}

/// Unpacks an archive into a pack's manifest and its guide files, refusing anything that could
/// write outside the guide or exhaust the machine: absolute paths, `..`, links, devices and
/// other non-files, duplicates, paths outside `manifest.toml`, `guide-content/` and `locales/`,
/// and more files, bytes or compression than `limits` allow. Sizes are counted as the bytes
/// come out, not taken from the headers.
pub(crate) fn unpack(archive: &[u8], limits: &Limits) -> Result<(Manifest, Files, Files)> {
    let unsafe_ = Error::Unsafe;
    let gz = flate2::read::GzDecoder::new(archive);
    let mut tar = tar::Archive::new(gz);
    let entries = tar
        .entries()
        .map_err(|e| Error::Damaged(format!("the archive cannot be read: {e}")))?;
    let mut seen = std::collections::BTreeSet::new();
    let (mut content, mut locales) = (Files::default(), Files::default());
    let mut manifest = None;
    let mut total: u64 = 0;
    for (n, entry) in entries.enumerate() {
        let mut entry =
            entry.map_err(|e| Error::Damaged(format!("the archive is damaged: {e}")))?;
        if n >= limits.files {
            return Err(unsafe_(format!("it has more than {} files", limits.files)));
        }
        let raw = entry.path_bytes().into_owned();
        let path =
            String::from_utf8(raw).map_err(|_| unsafe_("a file name is not UTF-8 text".into()))?;
        let kind = entry.header().entry_type();
        if kind.is_dir() {
            continue;
        }
        if !kind.is_file() {
            return Err(unsafe_(format!(
                "'{path}' is not a plain file (links, devices and other special files are not allowed)"
            )));
        }
        check_path(&path)?;
        if !seen.insert(path.clone()) {
            return Err(unsafe_(format!("'{path}' is in the archive twice")));
        }
        let mut bytes = Vec::new();
        (&mut entry)
            .take(limits.file_unpacked_bytes + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::Damaged(format!("'{path}' cannot be read: {e}")))?;
        if bytes.len() as u64 > limits.file_unpacked_bytes {
            return Err(unsafe_(format!(
                "'{path}' unpacks to more than {} bytes",
                limits.file_unpacked_bytes
            )));
        }
        total += bytes.len() as u64;
        if total > limits.unpacked_bytes {
            return Err(unsafe_(format!(
                "it unpacks to more than {} bytes",
                limits.unpacked_bytes
            )));
        }
        if total > limits.ratio * archive.len().max(1) as u64 {
            return Err(unsafe_(format!(
                "it unpacks to more than {} times its size (a compression bomb)",
                limits.ratio
            )));
        }
        let text = String::from_utf8(bytes).map_err(|_| "it is not UTF-8 text".to_owned());
        if path == "manifest.toml" {
            let text = text.map_err(|e| Error::Manifest(e.clone()))?;
            manifest = Some(
                toml::from_str::<Manifest>(&text)
                    .map_err(|e| Error::Manifest(e.message().to_owned()))?,
            );
        } else if let Some(rel) = path.strip_prefix("guide-content/") {
            content.entries.insert(rel.to_owned(), text);
        } else if let Some(rel) = path.strip_prefix("locales/") {
            locales.entries.insert(rel.to_owned(), text);
        }
    }
    let manifest =
        manifest.ok_or_else(|| Error::Manifest("the archive has no manifest.toml".into()))?;
    if manifest.format != 1 {
        return Err(Error::Manifest(format!(
            "format {} is not one this program reads (1)",
            manifest.format
        )));
    }
    Ok((manifest, content, locales))
}

/// A path inside the archive: relative, `/`-separated, no `.`/`..`/empty parts, under a known
/// folder.
fn check_path(path: &str) -> Result<()> {
    let bad = |why: &str| Err(Error::Unsafe(format!("'{path}' {why}")));
    if path.starts_with('/') || path.contains('\\') || path.contains(':') {
        return bad("is not a relative path inside the pack");
    }
    if path
        .split('/')
        .any(|part| part.is_empty() || part == "." || part == ".." || part.starts_with('\0'))
    {
        return bad("leaves the pack's folder or has an empty part");
    }
    if path.chars().any(char::is_control) {
        return bad("has a control character in its name");
    }
    if path == "manifest.toml" || path.starts_with("guide-content/") || path.starts_with("locales/")
    {
        Ok(())
    } else {
        bad("is not part of a guide (manifest.toml, guide-content/, locales/)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_as_numbers() {
        assert!(Version::parse("0.10.0") > Version::parse("0.9.9"));
        assert_eq!(Version::parse("1.2"), Some(Version(1, 2, 0)));
        assert_eq!(Version::parse("1.2.3-rc1"), Some(Version(1, 2, 3)));
        assert_eq!(Version::parse("x"), None);
        assert_eq!(Version::parse("1.2.3.4"), None);
    }

    #[test]
    fn paths_must_stay_inside_the_guide() {
        for ok in [
            "manifest.toml",
            "guide-content/en/about.md",
            "locales/sv/app.ftl",
        ] {
            assert!(check_path(ok).is_ok(), "{ok}");
        }
        for bad in [
            "/etc/passwd",
            "guide-content/../../x",
            "../x",
            "guide-content//x",
            "C:/x",
            "guide-content\\x",
            "other/file",
            "guide-content/./x",
        ] {
            assert!(check_path(bad).is_err(), "{bad}");
        }
    }
}
