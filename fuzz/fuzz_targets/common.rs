//! The fact bases the fuzz targets start from, compiled in so that each run reads no disk: the
//! shipped knowledge and the small valid fixture, as `load_files` takes them.

use std::path::PathBuf;

use casebot_core::knowledge::load::Files;

macro_rules! files {
    ($root:literal, $($path:literal),+ $(,)?) => {
        vec![$((PathBuf::from($path), include_bytes!(concat!("../../", $root, "/", $path)).to_vec())),+]
    };
}

/// The files of a base, in a fixed order: the four fact files, then the source texts.
pub fn base(shipped: bool) -> Vec<(PathBuf, Vec<u8>)> {
    if shipped {
        files!(
            "knowledge",
            "sources.json",
            "events.json",
            "people.json",
            "quotes.json",
            "sources/nbc-2012-08-16-uk-refuses-safe-passage.txt",
            "sources/firstpost-2012-12-21-assange-door-open.txt",
            "sources/wiki-2021-09-18-in-defense-of-julian-assange.txt",
        )
    } else {
        files!(
            "tests/fixtures/valid",
            "sources.json",
            "events.json",
            "people.json",
            "quotes.json",
            "sources/report.txt",
        )
    }
}

pub fn to_files(base: Vec<(PathBuf, Vec<u8>)>) -> Files {
    base.into_iter().collect()
}
