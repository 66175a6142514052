//! What loading reports: one [`Diagnostic`] per problem, located by file, line, column and
//! JSON pointer, and [`LoadFailure`], every diagnostic of a directory that did not validate.
//! The loader's stages collect them in a `Sink` each (so that they can run side by side);
//! the pipeline merges and sorts them.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use super::locate::{Seg, line_col, pointer, span};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
        let level = self.severity.word();
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
            "the knowledge directory has {} error{}",
            thousands(n),
            if n == 1 { "" } else { "s" }
        )?;
        for line in listed(self.errors(), SHOWN_PER_RULE) {
            write!(f, "\n{line}")?;
        }
        Ok(())
    }
}

/// How many diagnostics of one rule a report shows; the rest are counted ("… and 9,990 more
/// like this"). A renamed source cited by 10,000 facts is one thing to fix, not 10,000 lines.
pub const SHOWN_PER_RULE: usize = 10;

/// One line of a report: a diagnostic, or how many more like it were left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listed<'a> {
    One(&'a Diagnostic),
    More { like: &'a Diagnostic, count: usize },
}

impl fmt::Display for Listed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Listed::One(d) => write!(f, "{d}"),
            Listed::More { like, count } => write!(
                f,
                "{}: {}: … and {} more like this",
                like.file.display(),
                like.severity.word(),
                thousands(*count)
            ),
        }
    }
}

impl Severity {
    fn word(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// The rule a diagnostic breaks: its file, severity and message with the particulars (quoted
/// values, numbers) left out, so "unknown source \"a\" (event #3)" and "unknown source \"b\"
/// (event #9)" are the same rule.
fn rule(d: &Diagnostic) -> (&Path, Severity, String) {
    let mut shape = String::with_capacity(d.message.len());
    let mut chars = d.message.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                shape.push_str("\"…\"");
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '0'..='9' => {
                if !shape.ends_with('#') {
                    shape.push('#');
                }
            }
            _ => shape.push(c),
        }
    }
    (&d.file, d.severity, shape)
}

/// `diagnostics` as a report lists them, in their order: at most `per_rule` of each rule
/// (see [`rule`]), the last one shown followed by how many more were left out. Linear.
pub fn listed<'a>(
    diagnostics: impl IntoIterator<Item = &'a Diagnostic>,
    per_rule: usize,
) -> Vec<Listed<'a>> {
    let all: Vec<(&Diagnostic, (&Path, Severity, String))> =
        diagnostics.into_iter().map(|d| (d, rule(d))).collect();
    let mut totals: HashMap<&(&Path, Severity, String), usize> = HashMap::new();
    for (_, r) in &all {
        *totals.entry(r).or_default() += 1;
    }
    let mut seen: HashMap<&(&Path, Severity, String), usize> = HashMap::new();
    let mut out = Vec::new();
    for (d, r) in &all {
        let n = seen.entry(r).or_default();
        *n += 1;
        if *n <= per_rule {
            out.push(Listed::One(d));
        }
        let total = totals[r];
        if *n == per_rule && total > per_rule {
            out.push(Listed::More {
                like: d,
                count: total - per_rule,
            });
        }
    }
    out
}

/// `n` with a comma between thousands: 9,990.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    fn error(line: usize, message: &str) -> Diagnostic {
        Diagnostic::at(
            Path::new("events.json"),
            line,
            1,
            String::new(),
            message.to_string(),
        )
    }

    #[test]
    fn each_rule_shows_a_few_and_counts_the_rest() {
        let mut all: Vec<Diagnostic> = (0..25)
            .map(|i| error(i + 1, &format!("event #{i}: unknown source \"s-{i}\\\"x\"")))
            .collect();
        all.insert(3, error(100, "`title` is empty"));
        let lines: Vec<String> = listed(&all, 10).iter().map(ToString::to_string).collect();
        assert_eq!(lines.len(), 12, "{lines:#?}");
        assert_eq!(lines[3], "events.json:100:1: error: `title` is empty");
        assert_eq!(lines[11], "events.json: error: … and 15 more like this");
        assert_eq!(listed(&all, 100).len(), 26);
    }

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(9990), "9,990");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
