//! The facts being served right now, and replacing them safely.
//!
//! [`Live`] holds the current [`Engine`] behind an `ArcSwap`: a question takes a snapshot and
//! answers from it, so queries in flight finish on the set they started with and none ever sees
//! a half-loaded base. A reload validates the whole directory with the same loader as
//! `casebot check`, builds the new engine aside, and only then swaps it in; on any error the
//! live facts stay exactly as they were. What a reload changed is worked out next to the fact
//! base ([`mod@crate::knowledge::diff`]).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use arc_swap::ArcSwap;

use crate::knowledge::diff::{ReloadReport, diff};
use crate::knowledge::{
    Command, Diagnostic, Event, FactBase, LoadFailure, Person, Quote, Record, Severity,
};
use crate::matching::Engine;

/// A served fact base and when it was loaded.
#[derive(Debug)]
pub struct Snapshot {
    pub engine: Engine,
    pub loaded_at: SystemTime,
}

/// The live fact base of a running bot.
pub struct Live {
    dir: PathBuf,
    current: ArcSwap<Snapshot>,
    /// Reloads run one at a time; questions never wait for it. Holds what the last reload
    /// refused as a shrink, so that the same reload again goes through.
    reloading: Mutex<Option<Shrink>>,
    /// Reloads may remove most facts of a command without being asked twice
    /// (`CASEBOT_ALLOW_SHRINK=1`).
    allow_shrink: bool,
}

/// A reload that would leave a command with no facts, or remove most of them, is refused
/// unless it is clearly meant: an editor that writes `[]` before the content, or a half-copied
/// deploy, would otherwise leave the bot answering "nothing". Only a command that had at least
/// this many facts is refused for losing most of them (all of them is refused at any size).
pub const SHRINK_MIN_FACTS: usize = 10;

/// What a refused shrinking reload would have changed: the same again is let through.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Shrink {
    counts: Vec<(Command, usize)>,
    removed: Vec<(Command, String)>,
}

impl Live {
    /// Loads `dir`; fails if it does not validate.
    pub fn load(dir: &Path) -> Result<Live, LoadFailure> {
        let (base, _warnings) = FactBase::load(dir)?;
        Ok(Live::from_engine(dir, Engine::new(base)))
    }

    pub fn from_engine(dir: &Path, engine: Engine) -> Live {
        Live {
            dir: dir.to_path_buf(),
            current: ArcSwap::from_pointee(Snapshot {
                engine,
                loaded_at: SystemTime::now(),
            }),
            reloading: Mutex::new(None),
            allow_shrink: false,
        }
    }

    /// Lets reloads remove most facts of a command at once (see [`SHRINK_MIN_FACTS`]).
    pub fn allowing_shrink(mut self, allow: bool) -> Live {
        self.allow_shrink = allow;
        self
    }

    /// The knowledge directory reloads read.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The facts to answer one question from.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.current.load_full()
    }

    /// Validates the directory again and, only if it is valid and does not shrink a command
    /// unasked (see [`SHRINK_MIN_FACTS`]), swaps the new facts in.
    pub fn reload(&self) -> Result<ReloadReport, LoadFailure> {
        let mut last_refused = crate::lock(&self.reloading);
        let (base, warnings) = FactBase::load(&self.dir)?;
        let old = self.current.load_full();
        let mut report = diff(old.engine.base(), &base);
        let shrinking = shrinks(old.engine.base(), &base);
        if !shrinking.is_empty() && !self.allow_shrink {
            let this = Shrink {
                counts: report.counts.iter().map(|(&c, &n)| (c, n)).collect(),
                removed: report.removed.clone(),
            };
            // The same shrink a second time is meant.
            if last_refused.as_ref() != Some(&this) {
                *last_refused = Some(this);
                return Err(LoadFailure {
                    diagnostics: shrinking
                        .into_iter()
                        .map(|(command, before, after)| {
                            shrink_error(&self.dir, command, before, after)
                        })
                        .collect(),
                });
            }
        }
        *last_refused = None;
        let engine = Engine::new(base);
        report.warnings = warnings;
        self.current.store(Arc::new(Snapshot {
            engine,
            loaded_at: SystemTime::now(),
        }));
        Ok(report)
    }
}

/// The commands a new base would leave with no facts, or with less than half of at least
/// [`SHRINK_MIN_FACTS`]: (command, facts before, facts after).
fn shrinks(old: &FactBase, new: &FactBase) -> Vec<(Command, usize, usize)> {
    Command::ALL
        .into_iter()
        .map(|c| (c, old.len(c), new.len(c)))
        .filter(|&(_, before, after)| {
            (before > 0 && after == 0) || (before >= SHRINK_MIN_FACTS && after * 2 < before)
        })
        .collect()
}

fn shrink_error(dir: &Path, command: Command, before: usize, after: usize) -> Diagnostic {
    let file = match command {
        Command::When => Event::FILE,
        Command::Who => Person::FILE,
        Command::Quote => Quote::FILE,
    };
    Diagnostic {
        severity: Severity::Error,
        file: dir.join(file),
        line: 0,
        column: 0,
        pointer: String::new(),
        message: format!(
            "the reload would leave /{command} {after} of its {before} facts; if that is meant, reload again (or set CASEBOT_ALLOW_SHRINK=1)"
        ),
    }
}
