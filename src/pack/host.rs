//! The guide a program shows, and changing it: the installed guide when there is a sound one,
//! else the one compiled into the program; installing a pack file; going back. The desktop app
//! keeps one [`Host`] and hands its current guide to every request.

use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use serde::Serialize;

use super::{read, Limits, Result, Store, Trust};
use crate::content::Date;
use crate::Guide;

/// Which guide is in use, for "About" and the update controls.
#[derive(Debug, Clone, Serialize)]
pub struct GuideStatus {
    /// `built-in` or `installed`.
    pub source: &'static str,
    /// The guide's version.
    pub version: String,
    /// For an installed guide: the day its pack was built.
    pub date: Option<Date>,
    /// For an installed guide: the day it was installed.
    pub installed: Option<Date>,
    /// For an installed guide: who signed it.
    pub signer: Option<String>,
    /// For an installed guide: its pack's summary of what changed.
    pub summary: Vec<String>,
    /// Going back is possible: to this version (`built-in` when nothing older is installed).
    pub previous: Option<String>,
    /// Something the user must be told about the guide in use, e.g. that an installed guide was
    /// damaged and the built-in one is shown instead.
    pub notice: Option<HostNotice>,
}

/// Something the user must be told about the guide in use: `id` names the UI message (so it is
/// shown in the user's language), `detail` the reason, in English.
#[derive(Debug, Clone, Serialize)]
pub struct HostNotice {
    /// `update-damaged`: the installed guide could not be used, the built-in one is shown;
    /// `update-refused-at-start`: the update given on the command line was not installed.
    pub id: &'static str,
    /// What went wrong.
    pub detail: String,
}

/// What a pack file holds, before it is installed: what the user is asked to confirm.
#[derive(Debug, Clone, Serialize)]
pub struct PackSummary {
    /// The pack's guide version.
    pub version: String,
    /// The day it was built.
    pub date: Date,
    /// Who signed it.
    pub signer: String,
    /// What changed, in its maker's words.
    pub summary: Vec<String>,
    /// The guide in use now, which it would replace.
    pub replaces: String,
}

/// The guide in use and the folder of installed guides.
pub struct Host {
    store: Store,
    trust: Trust,
    builtin: Box<dyn Fn() -> Guide + Send + Sync>,
    current: RwLock<(Arc<Guide>, GuideStatus)>,
}

impl Host {
    /// Opens the installed guides in `dir` with `trust`: the installed guide in use when it is
    /// sound, else `builtin()`, with a notice saying why an installed guide is not used.
    pub fn open(
        dir: impl Into<PathBuf>,
        trust: Trust,
        builtin: impl Fn() -> Guide + Send + Sync + 'static,
    ) -> Host {
        let store = Store::new(dir);
        let builtin: Box<dyn Fn() -> Guide + Send + Sync> = Box::new(builtin);
        let current = RwLock::new(load(&store, &*builtin));
        Host {
            store,
            trust,
            builtin,
            current,
        }
    }
}

fn builtin_status(version: String) -> GuideStatus {
    GuideStatus {
        source: "built-in",
        version,
        date: None,
        installed: None,
        signer: None,
        summary: Vec::new(),
        previous: None,
        notice: None,
    }
}

impl Host {
    /// The guide in use.
    pub fn guide(&self) -> Arc<Guide> {
        Arc::clone(&self.current.read().expect("not poisoned").0)
    }

    /// Which guide is in use.
    pub fn status(&self) -> GuideStatus {
        self.current.read().expect("not poisoned").1.clone()
    }

    /// Shows that the update given on the command line was refused (with `detail`), with the
    /// status until the next change.
    pub fn refused_at_start(&self, detail: String) {
        self.current.write().expect("not poisoned").1.notice = Some(HostNotice {
            id: "update-refused-at-start",
            detail,
        });
    }

    /// Verifies a pack file and says what it holds, without installing it.
    pub fn inspect(&self, bytes: &[u8]) -> Result<PackSummary> {
        let pack = read(bytes, &self.trust, &Limits::default())?;
        Ok(PackSummary {
            version: pack.manifest.guide_version.clone(),
            date: pack.manifest.date,
            signer: pack.signer.clone(),
            summary: pack.manifest.summary.clone(),
            replaces: self.guide().version().to_owned(),
        })
    }

    /// Verifies and installs a pack file over the guide in use, and uses it from now on.
    /// Returns the new status; on any refusal nothing changed.
    pub fn install(&self, bytes: &[u8], today: Date) -> Result<GuideStatus> {
        let pack = read(bytes, &self.trust, &Limits::default())?;
        self.store.install(&pack, &self.guide(), today)?;
        self.reload();
        Ok(self.status())
    }

    /// Goes back to the previous installed guide, or to the built-in one.
    pub fn roll_back(&self) -> Result<GuideStatus> {
        self.store.roll_back()?;
        self.reload();
        Ok(self.status())
    }

    fn reload(&self) {
        let loaded = load(&self.store, &*self.builtin);
        *self.current.write().expect("not poisoned") = loaded;
    }
}

/// The guide `store` says is in use, with its status; `builtin()` when none is sound.
fn load(store: &Store, builtin: &dyn Fn() -> Guide) -> (Arc<Guide>, GuideStatus) {
    match store.current() {
        Ok(Some(installed)) => {
            let mut guide = installed.guide;
            let r = installed.record;
            guide.set_changes(r.changes.clone(), r.installed);
            let status = GuideStatus {
                source: "installed",
                version: r.manifest.guide_version.clone(),
                date: Some(r.manifest.date),
                installed: Some(r.installed),
                signer: Some(r.signer.clone()),
                summary: r.manifest.summary.clone(),
                previous: Some(
                    store
                        .previous()
                        .map(|p| p.manifest.guide_version)
                        .unwrap_or_else(|| "built-in".to_owned()),
                ),
                notice: None,
            };
            (Arc::new(guide), status)
        }
        Ok(None) => {
            let guide = builtin();
            let status = builtin_status(guide.version().to_owned());
            (Arc::new(guide), status)
        }
        Err(e) => {
            let guide = builtin();
            let mut status = builtin_status(guide.version().to_owned());
            status.notice = Some(HostNotice {
                id: "update-damaged",
                detail: e.to_string(),
            });
            (Arc::new(guide), status)
        }
    }
}
