//! The facts being served right now, and replacing them safely.
//!
//! [`Live`] holds the current [`Engine`] behind an `ArcSwap`: a question takes a snapshot and
//! answers from it, so queries in flight finish on the set they started with and none ever sees
//! a half-loaded base. A reload validates the whole directory with the same loader as
//! `casebot check`, builds the new engine aside, and only then swaps it in; on any error the
//! live facts stay exactly as they were. What a reload changed is worked out next to the fact
//! base ([`mod@crate::knowledge::diff`]) and re-exported here.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use arc_swap::ArcSwap;

pub use crate::knowledge::diff::{ReloadReport, diff};
use crate::knowledge::{FactBase, LoadFailure};
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
        let _one_at_a_time = crate::lock(&self.reloading);
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
