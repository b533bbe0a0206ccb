//! A set of files as relative paths and their text: a folder on disk or the files embedded in
//! the binary look the same to the loaders of [`crate::content`] and [`crate::i18n`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A folder that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read.
    #[error("cannot read '{path}': {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// A set of files as relative paths and their text: a folder on disk or files embedded in the
/// binary look the same to the loader.
#[derive(Debug, Clone, Default)]
pub struct Files {
    /// Relative path (with `/`) → contents; `Err` holds why the file could not be read as text.
    pub entries: BTreeMap<String, std::result::Result<String, String>>,
}

impl Files {
    /// Reads every file below `dir`.
    pub fn read_dir(dir: &Path) -> Result<Files, Error> {
        let mut files = Files::default();
        walk(dir, dir, &mut files)?;
        Ok(files)
    }

    /// The files of a folder embedded with `include_dir` (cargo feature `embedded`).
    #[cfg(feature = "embedded")]
    pub fn from_embedded(dir: &include_dir::Dir<'_>) -> Files {
        fn add(dir: &include_dir::Dir<'_>, files: &mut Files) {
            for file in dir.files() {
                let rel = file.path().to_string_lossy().replace('\\', "/");
                let text = file
                    .contents_utf8()
                    .map(str::to_owned)
                    .ok_or_else(|| "it is not UTF-8 text".to_owned());
                files.entries.insert(rel, text);
            }
            for sub in dir.dirs() {
                add(sub, files);
            }
        }
        let mut files = Files::default();
        add(dir, &mut files);
        files
    }

    /// The text of `path`, if the file exists and is UTF-8.
    pub fn text(&self, path: &str) -> Option<&str> {
        match self.entries.get(path) {
            Some(Ok(text)) => Some(text),
            _ => None,
        }
    }
}

fn walk(root: &Path, dir: &Path, files: &mut Files) -> Result<(), Error> {
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Io {
        path: dir.to_owned(),
        source,
    })?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(root, &path, files)?;
            continue;
        }
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        let text = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|_| "it is not UTF-8 text".to_owned()),
            Err(e) => Err(e.to_string()),
        };
        files.entries.insert(rel, text);
    }
    Ok(())
}
