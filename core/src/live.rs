//! The facts being served right now, and replacing them safely.
//!
//! [`Live`] holds the current [`Engine`] behind an `ArcSwap`: a question takes a snapshot and
//! answers from it, so queries in flight finish on the set they started with and none ever sees
//! a half-loaded base. A reload validates the whole directory with the same loader as
//! `casebot check`, builds the new engine aside, and only then swaps it in; on any error the
//! live facts stay exactly as they were.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use arc_swap::ArcSwap;

use crate::knowledge::{Command, Diagnostic, FactBase, LoadFailure};
use crate::matching::Engine;

/// A served fact base and when it was loaded.
#[derive(Debug)]
pub struct Snapshot {
    pub engine: Engine,
    pub loaded_at: SystemTime,
}

/// What a successful reload changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReloadReport {
    /// Facts per command after the reload.
    pub counts: BTreeMap<Command, usize>,
    pub added: Vec<(Command, String)>,
    pub removed: Vec<(Command, String)>,
    pub changed: Vec<(Command, String)>,
    pub warnings: Vec<Diagnostic>,
}

impl ReloadReport {
    pub fn is_unchanged(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }

    /// One line for logs: "55 events, 141 people, 52 quotes; +1 added, -0 removed, ~2 changed".
    pub fn summary(&self) -> String {
        let count = |c| self.counts.get(&c).copied().unwrap_or(0);
        format!(
            "{} events, {} people and organisations, {} quotes; {} added, {} removed, {} changed",
            count(Command::When),
            count(Command::Who),
            count(Command::Quote),
            self.added.len(),
            self.removed.len(),
            self.changed.len()
        )
    }
}

/// The live fact base of a running bot.
pub struct Live {
    dir: PathBuf,
    current: ArcSwap<Snapshot>,
    /// Reloads run one at a time; questions never wait for it.
    reloading: Mutex<()>,
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
            reloading: Mutex::new(()),
        }
    }

    /// The knowledge directory reloads read.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The facts to answer one question from.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.current.load_full()
    }

    /// Validates the directory again and, only if it is valid, swaps the new facts in.
    pub fn reload(&self) -> Result<ReloadReport, LoadFailure> {
        let _one_at_a_time = self
            .reloading
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let (base, warnings) = FactBase::load(&self.dir)?;
        let engine = Engine::new(base);
        let old = self.current.load_full();
        let mut report = diff(old.engine.base(), engine.base());
        report.warnings = warnings;
        self.current.store(Arc::new(Snapshot {
            engine,
            loaded_at: SystemTime::now(),
        }));
        Ok(report)
    }
}

/// Each fact's id and its record as JSON, to tell what a reload changed.
fn fingerprints(base: &FactBase, command: Command) -> BTreeMap<String, String> {
    base.refs(command)
        .map(|f| {
            let record = match command {
                Command::When => serde_json::to_string(&base.events[f.index]),
                Command::Who => serde_json::to_string(&base.people[f.index]),
                Command::Quote => serde_json::to_string(&base.quotes[f.index]),
            };
            (base.id(f).to_string(), record.unwrap_or_default())
        })
        .collect()
}

/// What differs between two fact bases, by id.
pub fn diff(old: &FactBase, new: &FactBase) -> ReloadReport {
    let mut report = ReloadReport::default();
    for command in Command::ALL {
        let before = fingerprints(old, command);
        let after = fingerprints(new, command);
        report.counts.insert(command, after.len());
        for (id, record) in &after {
            match before.get(id) {
                None => report.added.push((command, id.clone())),
                Some(old_record) if old_record != record => {
                    report.changed.push((command, id.clone()))
                }
                Some(_) => {}
            }
        }
        for id in before.keys().filter(|id| !after.contains_key(*id)) {
            report.removed.push((command, id.clone()));
        }
    }
    report
}
