//! What loading reports: one [`Diagnostic`] per problem, located by file, line, column and
//! JSON pointer, and [`LoadFailure`], every diagnostic of a directory that did not validate.
//! The loader's stages collect them in a `Sink` each (so that they can run side by side);
//! the pipeline merges and sorts them.

use std::fmt;
use std::path::{Path, PathBuf};

use super::locate::{Seg, line_col, pointer, span};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in a knowledge directory, located as precisely as the file allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, as a path under the knowledge directory that was loaded.
    pub file: PathBuf,
    /// 1-based; 0 when the problem is the file as a whole (missing, unreadable).
    pub line: usize,
    pub column: usize,
    /// JSON pointer of the offending value, empty for a whole-file problem.
    pub pointer: String,
    pub message: String,
}

impl Diagnostic {
    /// An error about a file as a whole (missing, unreadable): no line, no pointer.
    pub(super) fn whole_file(file: &Path, message: String) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_path_buf(),
            line: 0,
            column: 0,
            pointer: String::new(),
            message,
        }
    }

    /// An error at a line and column found in the text itself (by serde_json, or the UTF-8
    /// check).
    pub(super) fn at(
        file: &Path,
        line: usize,
        column: usize,
        pointer: String,
        message: String,
    ) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_path_buf(),
            line,
            // serde_json says column 0 at the end of a line (or of an empty file).
            column: if line > 0 { column.max(1) } else { column },
            pointer,
            message,
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        write!(f, ": {level}: {}", self.message)?;
        if !self.pointer.is_empty() {
            write!(f, " (at {})", self.pointer)?;
        }
        Ok(())
    }
}

/// A knowledge directory that did not validate: every diagnostic, errors first.
#[derive(Debug, Clone)]
pub struct LoadFailure {
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadFailure {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }
}

impl fmt::Display for LoadFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors().count();
        write!(
            f,
            "the knowledge directory has {n} error{}",
            if n == 1 { "" } else { "s" }
        )?;
        for d in self.errors() {
            write!(f, "\n{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadFailure {}

/// Collects the diagnostics of one stage of loading, in the order found.
#[derive(Debug, Default)]
pub(super) struct Sink {
    pub(super) diagnostics: Vec<Diagnostic>,
}

impl Sink {
    /// Reports a problem with the value at `path` of a JSON `text`, located in it.
    pub(super) fn push(
        &mut self,
        severity: Severity,
        file: &Path,
        text: &str,
        path: &[Seg],
        message: String,
    ) {
        let (start, _) = span(text, path);
        let (line, column) = line_col(text, start);
        self.diagnostics.push(Diagnostic {
            severity,
            file: file.to_path_buf(),
            line,
            column,
            pointer: pointer(path),
            message,
        });
    }

    /// Adds a diagnostic made elsewhere.
    pub(super) fn add(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Takes over what another stage found, and passes on what came with it.
    pub(super) fn take<T>(&mut self, (value, diagnostics): (T, Vec<Diagnostic>)) -> T {
        self.diagnostics.extend(diagnostics);
        value
    }
}
