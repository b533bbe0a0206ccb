//! Making packs: keys, signatures and endorsements, for the content maintainer's
//! `fieldguide pack keygen | build | endorse`. The cryptography is minisign's.

use std::io::Cursor;

use super::verify::{key_id_of_public, public_key, Endorsement, Header};
use super::{archive, container, Error, Manifest, Result};
use crate::content::Date;
use crate::files::Files;
use crate::Guide;

/// A new key pair: the public key file's text, the secret key file's text and the key id.
/// With a `password` the secret key is encrypted (minisign's scrypt); without, it is not, and
/// must be kept like a password itself.
pub fn keygen(password: Option<String>, name: &str) -> Result<(String, String, String)> {
    let pair = match password {
        Some(pw) => minisign::KeyPair::generate_encrypted_keypair(Some(pw)),
        None => minisign::KeyPair::generate_unencrypted_keypair(),
    }
    .map_err(|e| Error::Key(e.to_string()))?;
    let pk = pair
        .pk
        .to_box()
        .map_err(|e| Error::Key(e.to_string()))?
        .to_string();
    let sk = pair
        .sk
        .to_box(Some(&format!("TRM Field Guide pack key: {name}")))
        .map_err(|e| Error::Key(e.to_string()))?
        .to_string();
    let id = key_id_of_public(&pk)?;
    Ok((pk, sk, id))
}

fn secret_key(text: &str, password: Option<String>) -> Result<minisign::SecretKey> {
    let sk_box = minisign::SecretKeyBox::from_string(text)
        .map_err(|e| Error::Key(format!("not a minisign secret key: {e}")))?;
    match password {
        Some(pw) => sk_box.into_secret_key(Some(pw)),
        None => sk_box.into_unencrypted_secret_key(),
    }
    .map_err(|e| {
        Error::Key(format!(
            "the secret key cannot be opened: {e} (is it encrypted? set FIELDGUIDE_KEY_PASSWORD)"
        ))
    })
}

fn sign(sk: &minisign::SecretKey, data: &[u8], comment: &str) -> Result<String> {
    minisign::sign(None, sk, Cursor::new(data), Some(comment), None)
        .map(|b| b.to_string())
        .map_err(|e| Error::Key(format!("signing failed: {e}")))
}

/// What a maintainer gives `pack build`.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// What changed, a line each (shown to the officer with the update).
    pub summary: Vec<String>,
    /// The oldest program version that can read the pack. Default: this program's.
    pub min_app_version: String,
    /// The day of the build.
    pub date: Date,
    /// An endorsement of the signing key by a key the programs already trust: the new key's
    /// public key file and the old key's signature over it (`fieldguide pack endorse`).
    pub endorsement: Option<(String, String)>,
}

/// Builds a pack of a guide's files, signed with `secret_key`: refused when the guide has errors.
/// Returns the pack's bytes and its manifest.
pub fn build(
    content: &Files,
    locales: &Files,
    secret_key_text: &str,
    password: Option<String>,
    opts: BuildOptions,
) -> Result<(Vec<u8>, Manifest)> {
    let guide = Guide::from_files(content, "guide-content", locales, "locales")
        .map_err(|e| Error::Manifest(format!("the guide cannot be loaded: {e}")))?;
    super::gate(&guide)?;
    let manifest = Manifest {
        format: 1,
        guide_version: guide.version().to_owned(),
        date: opts.date,
        content_hash: guide.content_hash(),
        min_app_version: opts.min_app_version,
        summary: opts.summary,
    };
    let sk = secret_key(secret_key_text, password)?;
    let archive = archive(content, locales, &manifest)?;
    let signature = sign(
        &sk,
        &archive,
        &format!(
            "TRM Field Guide {} of {}",
            manifest.guide_version, manifest.date
        ),
    )?;
    let header = Header {
        signature,
        endorsement: opts.endorsement.map(|(public_key, signature)| Endorsement {
            public_key,
            signature,
        }),
    };
    Ok((container(&header.write(), &archive), manifest))
}

/// The old key's signature over a new key's public key file: what lets programs that trust only
/// the old key accept packs signed by the new one.
pub fn endorse(
    old_secret_key: &str,
    password: Option<String>,
    new_public_key: &str,
) -> Result<String> {
    public_key(new_public_key)?;
    let sk = secret_key(old_secret_key, password)?;
    sign(
        &sk,
        new_public_key.as_bytes(),
        &format!(
            "endorses TRM Field Guide pack key {}",
            key_id_of_public(new_public_key)?
        ),
    )
}
