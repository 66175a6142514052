//! What a running casebot says about itself, whatever its transport: which replica it is and
//! which fact base it serves (a short hash of the facts, their counts, when they were loaded).
//! `/healthz`, `/facts` and `/reload` show it, so an operator sees replicas converge on the same
//! hash after a change.

use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;
use sha2::{Digest, Sha256};

use casebot_core::live::Snapshot;

/// How many hex digits of the fact base's SHA-256 are shown: enough to tell versions apart.
pub const HASH_DIGITS: usize = 12;

/// The fact base a replica serves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BaseInfo {
    /// The first [`HASH_DIGITS`] hex digits of the SHA-256 of the facts as loaded.
    pub hash: String,
    pub events: usize,
    pub people: usize,
    pub quotes: usize,
    pub sources: usize,
    /// Unix seconds.
    pub loaded_at: u64,
}

impl BaseInfo {
    /// Hashes what the facts say (every source, event, person and quote as loaded, in order),
    /// not the files' bytes: a reformatted file that says the same is the same base.
    pub fn of(snapshot: &Snapshot) -> BaseInfo {
        let base = snapshot.engine.base();
        let mut hasher = Sha256::new();
        let mut feed = |part: &[u8]| {
            hasher.update((part.len() as u64).to_le_bytes());
            hasher.update(part);
        };
        // Serialising the schema types cannot fail: they are plain data with string keys.
        feed(&serde_json::to_vec(&base.sources).unwrap_or_default());
        feed(&serde_json::to_vec(&base.events).unwrap_or_default());
        feed(&serde_json::to_vec(&base.people).unwrap_or_default());
        feed(&serde_json::to_vec(&base.quotes).unwrap_or_default());
        let digest = hasher.finalize();
        let hash: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        BaseInfo {
            hash: hash[..HASH_DIGITS].to_string(),
            events: base.events.len(),
            people: base.people.len(),
            quotes: base.quotes.len(),
            sources: base.sources.len(),
            loaded_at: snapshot
                .loaded_at
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
        }
    }
}

/// This process: its replica id, and the [`BaseInfo`] of the snapshot it last described
/// (hashing a large base takes a while, so it is done once per loaded snapshot).
pub struct Status {
    replica: String,
    started: SystemTime,
    cached: Mutex<Option<(Weak<Snapshot>, Arc<BaseInfo>)>>,
}

impl Status {
    pub fn new(replica: impl Into<String>) -> Status {
        Status {
            replica: replica.into(),
            started: SystemTime::now(),
            cached: Mutex::new(None),
        }
    }

    /// The replica id: `CASEBOT_REPLICA` if set, else the host name and the process id.
    pub fn from_env() -> Status {
        Status::new(replica_id(std::env::var("CASEBOT_REPLICA").ok()))
    }

    pub fn replica(&self) -> &str {
        &self.replica
    }

    pub fn started(&self) -> SystemTime {
        self.started
    }

    /// What `snapshot` holds, hashed once per snapshot.
    pub fn base(&self, snapshot: &Arc<Snapshot>) -> Arc<BaseInfo> {
        let mut cached = self.cached.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((weak, info)) = cached.as_ref()
            && std::ptr::eq(weak.as_ptr(), Arc::as_ptr(snapshot))
        {
            return Arc::clone(info);
        }
        let info = Arc::new(BaseInfo::of(snapshot));
        *cached = Some((Arc::downgrade(snapshot), Arc::clone(&info)));
        info
    }
}

/// `CASEBOT_REPLICA` if set and printable, else `host-pid`.
fn replica_id(configured: Option<String>) -> String {
    if let Some(id) = configured
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty() && v.len() <= 64 && !v.contains(char::is_control))
    {
        return id;
    }
    let host = std::env::var("HOSTNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/proc/sys/kernel/hostname").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "casebot".to_string());
    format!("{host}-{}", std::process::id())
}

#[cfg(test)]
mod tests {
    use super::*;
    use casebot_core::live::Live;
    use std::path::Path;

    fn shipped() -> Live {
        Live::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")).expect("shipped")
    }

    #[test]
    fn the_hash_is_stable_and_cached_per_snapshot() {
        let live = shipped();
        let status = Status::new("r1");
        let first = status.base(&live.snapshot());
        assert_eq!(first.hash.len(), HASH_DIGITS);
        assert!(Arc::ptr_eq(&first, &status.base(&live.snapshot())));
        // Reloading the same files gives a new snapshot with the same hash.
        live.reload().expect("reload");
        let again = status.base(&live.snapshot());
        assert!(!Arc::ptr_eq(&first, &again));
        assert_eq!(first.hash, again.hash);
        assert_eq!(BaseInfo::of(&shipped().snapshot()).hash, first.hash);
    }

    #[test]
    fn replica_ids_are_configured_or_host_and_pid() {
        assert_eq!(replica_id(Some(" r2 ".into())), "r2");
        let default = replica_id(Some("".into()));
        assert!(
            default.ends_with(&format!("-{}", std::process::id())),
            "{default}"
        );
        assert_eq!(replica_id(Some("a\nb".into())), replica_id(None));
    }
}
