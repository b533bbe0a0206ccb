//! Problems found in the content, reported rather than thrown.
//!
//! Loading and checking never stop at the first bad file: every problem becomes a [`Diagnostic`]
//! that names the file and line and says how to fix it, and the caller decides what to do with
//! them (`fieldguide check` prints them all; the app shows what loaded and falls back to English).

use std::fmt;

use serde::Serialize;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The content is wrong: `fieldguide check` exits non-zero.
    Error,
    /// The content works but needs attention (a fallback to English, a fact to verify).
    Warning,
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, as the user named it (e.g. `guide-content/sv/return.md`).
    pub file: String,
    /// 1-based line in `file`, when the problem has one.
    pub line: Option<usize>,
    /// What is wrong, quoting the input.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

impl Diagnostic {
    /// An error at `file:line`.
    pub fn error(
        file: impl Into<String>,
        line: Option<usize>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Self::new(Severity::Error, file, line, message, hint)
    }

    /// A warning at `file:line`.
    pub fn warning(
        file: impl Into<String>,
        line: Option<usize>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Self::new(Severity::Warning, file, line, message, hint)
    }

    fn new(
        severity: Severity,
        file: impl Into<String>,
        line: Option<usize>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity,
            file: file.into(),
            line,
            message: message.into(),
            hint: hint.into(),
        }
    }

    /// `true` for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// `file:line: error: message (fix: hint)`, one line, the shape compilers use so editors can
    /// jump to the place.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.line {
            Some(line) => write!(f, "{}:{}: {}: {}", self.file, line, severity, self.message)?,
            None => write!(f, "{}: {}: {}", self.file, severity, self.message)?,
        }
        if !self.hint.is_empty() {
            write!(f, " (fix: {})", self.hint)?;
        }
        Ok(())
    }
}

/// Converts a byte offset in `text` to a 1-based line number.
pub fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
