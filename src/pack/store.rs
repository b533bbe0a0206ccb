//! Installed guides: where a verified pack is put, which one is in use, and going back.
//!
//! ```text
//! <dir>/versions/<version>-<hash>/   one installed guide: guide-content/, locales/,
//!                                    manifest.toml, installed.toml (when, what changed)
//! <dir>/current                      the name of the folder in use (one line)
//! <dir>/previous                     the name of the folder in use before it
//! <dir>/.staging-…                   a guide being written (removed at the next install)
//! ```
//!
//! Installing is atomic: the new guide is written into a staging folder next to `versions/`,
//! every file and folder is fsynced, the folder is renamed into `versions/`, and only then is
//! `current` replaced by renaming a fsynced temporary file over it. A process killed at any
//! moment leaves `current` naming either the old folder or the new one, both complete: the
//! program starts with the old guide or the new, never a mix and never none (and with the guide
//! compiled into it when nothing is installed or the installed one does not load).

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::changes::Changes;
use super::{Error, Manifest, Result, VerifiedPack, Version};
use crate::content::Date;
use crate::files::Files;
use crate::Guide;

/// What `installed.toml` of an installed guide records.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Installed {
    /// The pack's manifest.
    pub manifest: Manifest,
    /// The day it was installed.
    pub installed: Date,
    /// Who signed it.
    pub signer: String,
    /// What changed against the guide that was in use before. A list this version cannot read
    /// is read as none: it must not stop the installed guide from loading.
    #[serde(default, deserialize_with = "changes_or_none")]
    pub changes: Changes,
}

fn changes_or_none<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Changes, D::Error> {
    let value = toml::Value::deserialize(d)?;
    Ok(value.try_into().unwrap_or_default())
}

/// The guide an installed folder holds, with its record.
pub struct InstalledGuide {
    /// The guide.
    pub guide: Guide,
    /// Its record.
    pub record: Installed,
    /// The folder's name under `versions/`.
    pub folder: String,
}

/// The folder of installed guides of one program.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

fn io<'a>(what: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> Error + 'a {
    move |source| Error::Io {
        what,
        path: path.to_owned(),
        source,
    }
}

/// Writes `bytes` to `path` and fsyncs the file.
fn write_synced(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut f = File::create(path).map_err(io("cannot create", path))?;
    f.write_all(bytes).map_err(io("cannot write", path))?;
    f.sync_all().map_err(io("cannot sync", path))
}

/// Fsyncs a folder, so a rename or a new entry in it is on disk.
fn sync_dir(path: &Path) -> Result<()> {
    File::open(path)
        .and_then(|d| d.sync_all())
        .map_err(io("cannot sync the folder", path))
}

impl Store {
    /// The store in `dir` (made when a guide is first installed).
    pub fn new(dir: impl Into<PathBuf>) -> Store {
        Store { dir: dir.into() }
    }

    fn versions(&self) -> PathBuf {
        self.dir.join("versions")
    }

    fn pointer(&self, name: &str) -> Option<String> {
        let text = fs::read_to_string(self.dir.join(name)).ok()?;
        let folder = text.trim();
        // A pointer names a folder of versions/, nothing else.
        (!folder.is_empty() && !folder.contains(['/', '\\']) && !folder.starts_with('.'))
            .then(|| folder.to_owned())
    }

    /// Replaces pointer `name` atomically (temporary file, fsync, rename, fsync of the folder).
    fn set_pointer(&self, name: &str, folder: &str) -> Result<()> {
        let tmp = self.dir.join(format!(".{name}.tmp"));
        write_synced(&tmp, format!("{folder}\n").as_bytes())?;
        let target = self.dir.join(name);
        fs::rename(&tmp, &target).map_err(io("cannot replace", &target))?;
        sync_dir(&self.dir)
    }

    /// The installed guide in use, if there is one and it loads; `Err` says why an installed
    /// guide was not usable (the program then uses the guide compiled into it, and says so).
    pub fn current(&self) -> Result<Option<InstalledGuide>> {
        match self.pointer("current") {
            None => Ok(None),
            Some(folder) => self.open(&folder).map(Some),
        }
    }

    /// The guide in use before the current one, if it is still installed.
    pub fn previous(&self) -> Option<Installed> {
        let folder = self.pointer("previous")?;
        self.record(&folder).ok()
    }

    fn record(&self, folder: &str) -> Result<Installed> {
        let path = self.versions().join(folder).join("installed.toml");
        let text = fs::read_to_string(&path).map_err(io("cannot read", &path))?;
        toml::from_str(&text)
            .map_err(|e| Error::Damaged(format!("{}: {}", path.display(), e.message())))
    }

    /// Opens the installed guide in `folder`, checking that its files are the ones it was
    /// installed with (content hash).
    fn open(&self, folder: &str) -> Result<InstalledGuide> {
        let dir = self.versions().join(folder);
        let record = self.record(folder)?;
        let guide = Guide::load(&dir).map_err(|e| {
            Error::Damaged(format!(
                "the installed guide in '{}' does not load: {e}",
                dir.display()
            ))
        })?;
        if guide.content_hash() != record.manifest.content_hash {
            return Err(Error::Damaged(format!(
                "the installed guide in '{}' was changed after it was installed",
                dir.display()
            )));
        }
        Ok(InstalledGuide {
            guide,
            record,
            folder: folder.to_owned(),
        })
    }

    /// Installs a verified pack over `in_use` (the guide the program shows now, installed or
    /// compiled in): refused unless the pack's guide is newer. Writes the guide, records what
    /// changed, and switches `current` to it; the guide in use before becomes `previous`.
    pub fn install(&self, pack: &VerifiedPack, in_use: &Guide, today: Date) -> Result<Installed> {
        let new_version = Version::parse(&pack.manifest.guide_version);
        let current_version = Version::parse(in_use.version());
        if new_version.is_none() || new_version <= current_version {
            return Err(Error::NotNewer {
                pack: pack.manifest.guide_version.clone(),
                current: in_use.version().to_owned(),
            });
        }
        let new_guide = pack
            .guide()
            .map_err(|e| Error::Manifest(format!("the guide in the pack cannot be loaded: {e}")))?;
        let record = Installed {
            manifest: pack.manifest.clone(),
            installed: today,
            signer: pack.signer.clone(),
            changes: Changes::between(in_use, &new_guide),
        };
        let versions = self.versions();
        fs::create_dir_all(&versions).map_err(io("cannot create", &versions))?;
        self.remove_staging();
        let folder = format!(
            "{}-{}",
            pack.manifest.guide_version,
            &pack.manifest.content_hash[..12.min(pack.manifest.content_hash.len())]
        );
        let target = versions.join(&folder);
        if !target.is_dir() {
            let staging = self.dir.join(format!(".staging-{}", std::process::id()));
            write_tree(&staging.join("guide-content"), &pack.content)?;
            write_tree(&staging.join("locales"), &pack.locales)?;
            write_synced(
                &staging.join("manifest.toml"),
                toml::to_string(&pack.manifest)
                    .expect("serializes")
                    .as_bytes(),
            )?;
            write_synced(
                &staging.join("installed.toml"),
                toml::to_string(&record).expect("serializes").as_bytes(),
            )?;
            sync_dir(&staging)?;
            fs::rename(&staging, &target).map_err(io("cannot move into place", &target))?;
            sync_dir(&versions)?;
        }
        if let Some(old) = self.pointer("current").filter(|old| *old != folder) {
            self.set_pointer("previous", &old)?;
        }
        self.set_pointer("current", &folder)?;
        Ok(record)
    }

    /// Goes back to the previous installed guide (or to the one compiled in, when there is no
    /// previous one): the explicit way back that `install` refuses.
    pub fn roll_back(&self) -> Result<Option<String>> {
        let current = self.pointer("current");
        match self.pointer("previous") {
            Some(previous) => {
                self.open(&previous)?;
                self.set_pointer("current", &previous)?;
                if let Some(c) = current {
                    self.set_pointer("previous", &c)?;
                }
                Ok(Some(previous))
            }
            None => {
                let path = self.dir.join("current");
                if path.exists() {
                    fs::remove_file(&path).map_err(io("cannot remove", &path))?;
                    sync_dir(&self.dir)?;
                }
                Ok(None)
            }
        }
    }

    /// Removes what an interrupted install left behind.
    fn remove_staging(&self) {
        if let Ok(entries) = fs::read_dir(&self.dir) {
            for e in entries.flatten() {
                if e.file_name().to_string_lossy().starts_with(".staging-") {
                    let _ = fs::remove_dir_all(e.path());
                }
            }
        }
    }
}

/// Writes every file of `files` under `root`, fsynced, folders too.
fn write_tree(root: &Path, files: &Files) -> Result<()> {
    let mut dirs = std::collections::BTreeSet::new();
    for (rel, text) in &files.entries {
        let Ok(text) = text else { continue };
        let path = root.join(rel);
        let parent = path.parent().unwrap_or(root).to_owned();
        fs::create_dir_all(&parent).map_err(io("cannot create", &parent))?;
        write_synced(&path, text.as_bytes())?;
        dirs.insert(parent);
    }
    for d in dirs.iter().rev() {
        sync_dir(d)?;
    }
    fs::create_dir_all(root).map_err(io("cannot create", root))?;
    sync_dir(root)
}
