//! The fact bases the fuzz targets start from: the shipped knowledge and the small valid
//! fixture, as `load_files` takes them. Each is read from disk once per process, at its first
//! use, so the runs themselves read no disk. The source texts are whatever `sources.json`
//! lists, so adding a document to a base needs no change here.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use casebot_core::knowledge::load::Files;

/// The four fact files, in the order the selector bits name them.
const FACT_FILES: [&str; 4] = ["sources.json", "events.json", "people.json", "quotes.json"];

static SHIPPED: LazyLock<Vec<(PathBuf, Vec<u8>)>> = LazyLock::new(|| read_base("knowledge"));
static FIXTURE: LazyLock<Vec<(PathBuf, Vec<u8>)>> =
    LazyLock::new(|| read_base("tests/fixtures/valid"));

/// The files of a base, in a fixed order: the four fact files, then the source texts in the
/// order `sources.json` lists them.
pub fn base(shipped: bool) -> Vec<(PathBuf, Vec<u8>)> {
    let base: &Vec<(PathBuf, Vec<u8>)> = if shipped { &SHIPPED } else { &FIXTURE };
    base.clone()
}

pub fn to_files(base: Vec<(PathBuf, Vec<u8>)>) -> Files {
    base.into_iter().collect()
}

/// Reads a base under the workspace root (`dir` is relative to it).
fn read_base(dir: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(dir);
    let read = |name: &str| -> (PathBuf, Vec<u8>) {
        let path = root.join(name);
        let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        (PathBuf::from(name), bytes)
    };
    let mut files: Vec<(PathBuf, Vec<u8>)> = FACT_FILES.iter().map(|name| read(name)).collect();
    let sources: serde_json::Value = serde_json::from_slice(&files[0].1)
        .unwrap_or_else(|e| panic!("{}/sources.json: {e}", root.display()));
    let listed = sources.as_array().into_iter().flatten();
    for file in listed.filter_map(|source| source["file"].as_str()) {
        if !files.iter().any(|(path, _)| path == Path::new(file)) {
            files.push(read(file));
        }
    }
    files
}
