//! What changed between two fact bases, by id: what a reload reports.

use std::collections::BTreeMap;

use super::{Command, Diagnostic, Fact, FactBase, with_kind};

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

    /// One line for logs: "55 events, 141 people and organisations, 52 quotes; 1 added, 0
    /// removed, 2 changed".
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

/// Each fact's id and its record as JSON, to tell what a reload changed.
fn fingerprints<K: Fact>(base: &FactBase) -> BTreeMap<String, String> {
    K::all(base)
        .iter()
        .map(|fact| {
            let record = serde_json::to_string(fact).unwrap_or_default();
            (fact.id().to_string(), record)
        })
        .collect()
}

/// What differs between two fact bases, by id.
pub fn diff(old: &FactBase, new: &FactBase) -> ReloadReport {
    let mut report = ReloadReport::default();
    for command in Command::ALL {
        let (before, after) =
            with_kind!(command, K => (fingerprints::<K>(old), fingerprints::<K>(new)));
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
