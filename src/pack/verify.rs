//! Reading a pack: the signature first, then the archive, then the content — each step only
//! after the one before it has passed.

use std::io::Cursor;

use base64::Engine;

use super::{app_version, split, unpack, Error, Limits, Manifest, Result, Version};
use crate::files::Files;
use crate::Guide;

/// A public key this program trusts, as minisign writes it (`untrusted comment: …` and the
/// base64 line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrustedKey {
    /// Who holds the secret key (shown when a pack is verified).
    pub name: &'static str,
    /// The minisign public key file's text.
    pub public_key: &'static str,
}

/// The keys a program trusts: a pack is accepted when one of them signed it, or endorsed the key
/// that did.
#[derive(Clone)]
pub struct Trust {
    keys: Vec<(String, minisign::PublicKey, String)>,
}

impl std::fmt::Debug for Trust {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(
                self.keys
                    .iter()
                    .map(|(name, _, id)| format!("{name} ({id})")),
            )
            .finish()
    }
}

/// The keys compiled into this program: `keys/trusted/*.pub`, and with the cargo feature
/// `test-keys` also `tests/keys/trusted/*.pub` (for the end-to-end tests; never in a release build).
static COMPILED_IN: &[TrustedKey] = &include!(concat!(env!("OUT_DIR"), "/trusted_keys.rs"));

impl Trust {
    /// The keys compiled into this program.
    pub fn compiled_in() -> Trust {
        Trust::from_keys(COMPILED_IN).expect("the compiled-in keys are valid (build.rs read them)")
    }

    /// The compiled-in keys and `extra` (for the CLI's `--trust`: maintainers and tests; the
    /// app trusts only what is compiled in).
    pub fn with_extra(extra: &[TrustedKey]) -> Result<Trust> {
        let mut all: Vec<TrustedKey> = COMPILED_IN.to_vec();
        all.extend_from_slice(extra);
        Trust::from_keys(&all)
    }

    /// Trust exactly `keys`.
    pub fn from_keys(keys: &[TrustedKey]) -> Result<Trust> {
        let keys = keys
            .iter()
            .map(|k| {
                let pk = public_key(k.public_key)?;
                let id = key_id_of_public(k.public_key)?;
                Ok((k.name.to_owned(), pk, id))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Trust { keys })
    }

    /// The trusted keys' ids, for messages.
    pub fn ids(&self) -> String {
        if self.keys.is_empty() {
            return "none: this build trusts no key".to_owned();
        }
        self.keys
            .iter()
            .map(|(name, _, id)| format!("{id} ({name})"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn find(&self, id: &str) -> Option<&(String, minisign::PublicKey, String)> {
        self.keys.iter().find(|(_, _, k)| k == id)
    }
}

/// A pack that passed every check: signed by a trusted (or endorsed) key, safe to unpack, for
/// this program, and a guide without errors.
#[derive(Debug, Clone)]
pub struct VerifiedPack {
    /// Its manifest.
    pub manifest: Manifest,
    /// The signing key's id (hex, as minisign shows it).
    pub key_id: String,
    /// Who signed it: the trusted key's name, or the endorsed key and who endorsed it.
    pub signer: String,
    /// `guide-content/`'s files.
    pub content: Files,
    /// `locales/`' files.
    pub locales: Files,
}

impl VerifiedPack {
    /// The guide the pack holds.
    pub fn guide(&self) -> crate::content::Result<Guide> {
        Guide::from_files(&self.content, "guide-content", &self.locales, "locales")
    }
}

/// Reads and verifies a pack file with `trust` and `limits`: the signature over the archive, the
/// archive's entries, the manifest (format, minimum program version, content hash) and the
/// content (no `check` errors). Nothing is written anywhere.
pub fn read(bytes: &[u8], trust: &Trust, limits: &Limits) -> Result<VerifiedPack> {
    let (header, archive) = split(bytes, limits)?;
    let header = Header::parse(header)?;
    let signer_id = key_id_of_signature(&header.signature)?;
    let signature = signature_box(&header.signature, "signature")?;
    let (key, signer) = match trust.find(&signer_id) {
        Some((name, pk, _)) => (pk.clone(), name.clone()),
        None => match &header.endorsement {
            Some(endorsement) => endorsement.check(&signer_id, trust)?,
            None => {
                return Err(Error::UntrustedKey {
                    key_id: signer_id,
                    trusted: trust.ids(),
                })
            }
        },
    };
    minisign::verify(&key, &signature, Cursor::new(archive), true, false, false)
        .map_err(|_| Error::BadSignature)?;
    open(archive, limits, signer_id, signer)
}

/// The steps of [`read`] after the signature has passed: unpacks `archive` (signed by key
/// `key_id`, who is `signer`) within `limits` and checks its manifest and content. Separate so the
/// fuzz target `pack` (cargo feature `fuzzing`) reaches it with archives no key signed.
pub(crate) fn open(
    archive: &[u8],
    limits: &Limits,
    signer_id: String,
    signer: String,
) -> Result<VerifiedPack> {
    let (manifest, content, locales) = unpack(archive, limits)?;
    let needed = Version::parse(&manifest.min_app_version).ok_or_else(|| {
        Error::Manifest(format!(
            "min_app_version '{}' is not a version",
            manifest.min_app_version
        ))
    })?;
    if needed > app_version() {
        return Err(Error::TooNew {
            needed: manifest.min_app_version.clone(),
            have: app_version().to_string(),
        });
    }
    let pack = VerifiedPack {
        manifest,
        key_id: signer_id,
        signer,
        content,
        locales,
    };
    let guide = pack
        .guide()
        .map_err(|e| Error::Manifest(format!("the guide in the pack cannot be loaded: {e}")))?;
    super::gate(&guide)?;
    if guide.content_hash() != pack.manifest.content_hash {
        return Err(Error::Damaged(
            "its files are not the ones its manifest names (content hash differs)".into(),
        ));
    }
    if guide.version() != pack.manifest.guide_version {
        return Err(Error::Manifest(format!(
            "guide_version '{}' is not the version of its guide.toml ('{}')",
            pack.manifest.guide_version,
            guide.version()
        )));
    }
    Ok(pack)
}

/// The header of a pack: its signature, and optionally an endorsement of the signing key.
pub(crate) struct Header {
    pub signature: String,
    pub endorsement: Option<Endorsement>,
}

/// "The key with this public key file is ours too": a trusted key's signature over another
/// public key file, so packs signed by the new key are accepted by programs that only know the
/// old one (key rotation).
pub(crate) struct Endorsement {
    /// The endorsed key's public key file.
    pub public_key: String,
    /// The trusted key's signature over `public_key`'s bytes.
    pub signature: String,
}

impl Endorsement {
    /// The endorsed key, when it is the signer's and a trusted key signed it.
    fn check(&self, signer_id: &str, trust: &Trust) -> Result<(minisign::PublicKey, String)> {
        let endorsed_id = key_id_of_public(&self.public_key)?;
        let by = key_id_of_signature(&self.signature)?;
        let untrusted = || Error::UntrustedKey {
            key_id: signer_id.to_owned(),
            trusted: trust.ids(),
        };
        if endorsed_id != signer_id {
            return Err(untrusted());
        }
        let (name, endorser, _) = trust.find(&by).ok_or_else(untrusted)?;
        let signature = signature_box(&self.signature, "endorsement")?;
        minisign::verify(
            endorser,
            &signature,
            Cursor::new(self.public_key.as_bytes()),
            true,
            false,
            false,
        )
        .map_err(|_| Error::BadSignature)?;
        Ok((
            public_key(&self.public_key)?,
            format!("key {signer_id}, endorsed by {name}"),
        ))
    }
}

const SIGNATURE: &str = "signature:\n";
const ENDORSEMENT: &str = "endorsement:\n";

impl Header {
    pub(crate) fn parse(text: &str) -> Result<Header> {
        let rest = text.strip_prefix(SIGNATURE).ok_or(Error::Unsigned)?;
        let (signature, endorsement) = match rest.split_once(ENDORSEMENT) {
            Some((sig, end)) => {
                let lines: Vec<&str> = end.lines().collect();
                if lines.len() < 6 {
                    return Err(Error::Damaged("the endorsement is incomplete".into()));
                }
                (
                    sig,
                    Some(Endorsement {
                        public_key: format!("{}\n{}\n", lines[0], lines[1]),
                        signature: format!("{}\n", lines[2..6].join("\n")),
                    }),
                )
            }
            None => (rest, None),
        };
        if signature.trim().is_empty() {
            return Err(Error::Unsigned);
        }
        if signature.lines().count() != 4 {
            return Err(Error::Damaged("the signature is not four lines".into()));
        }
        Ok(Header {
            signature: signature.to_owned(),
            endorsement,
        })
    }

    pub(crate) fn write(&self) -> String {
        let mut out = format!("{SIGNATURE}{}", self.signature);
        if let Some(e) = &self.endorsement {
            out.push_str(ENDORSEMENT);
            out.push_str(&e.public_key);
            out.push_str(&e.signature);
        }
        out
    }
}

/// A minisign signature from its file's text (`what` names it in messages). Its last line, the
/// signature over the trusted comment, must be 64 bytes: minisign 0.9 reads it at any length and
/// panics in `minisign::verify` on a shorter one once the signature over the data has passed, so
/// a signed pack (or an endorsement, which travels in packs) with that line cut would crash the
/// reader (found by the fuzz target `pack`).
fn signature_box(text: &str, what: &str) -> Result<minisign::SignatureBox> {
    let comment_signature = text.lines().nth(3).unwrap_or_default().trim();
    let length = base64::engine::general_purpose::STANDARD
        .decode(comment_signature)
        .map(|bytes| bytes.len());
    if length.ok() != Some(64) {
        return Err(Error::Damaged(format!(
            "the {what}'s last line is not a 64-byte signature"
        )));
    }
    minisign::SignatureBox::from_string(text)
        .map_err(|e| Error::Damaged(format!("the {what} cannot be read: {e}")))
}

/// A minisign public key from its file's text.
pub(crate) fn public_key(text: &str) -> Result<minisign::PublicKey> {
    minisign::PublicKeyBox::from_string(text)
        .and_then(|b| b.into_public_key())
        .map_err(|e| Error::Key(format!("not a minisign public key: {e}")))
}

/// The key id minisign shows (16 hex digits) of a public key file's text.
pub(crate) fn key_id_of_public(text: &str) -> Result<String> {
    key_id(text, 42, "public key")
}

/// The id of the key that made a signature (from its signature file's text).
pub(crate) fn key_id_of_signature(text: &str) -> Result<String> {
    key_id(text, 74, "signature")
}

/// Bytes 2..10 of the second line's base64 (after the two algorithm bytes) are the key number;
/// minisign shows it as a little-endian u64 in upper-case hex.
fn key_id(text: &str, len: usize, what: &str) -> Result<String> {
    let line = text
        .lines()
        .nth(1)
        .ok_or_else(|| Error::Damaged(format!("the {what} has no key line")))?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(line.trim())
        .map_err(|_| Error::Damaged(format!("the {what} is not base64")))?;
    if bytes.len() != len {
        return Err(Error::Damaged(format!(
            "the {what} has {} bytes, not {len}",
            bytes.len()
        )));
    }
    let mut num = [0u8; 8];
    num.copy_from_slice(&bytes[2..10]);
    Ok(format!("{:016X}", u64::from_le_bytes(num)))
}
