//! The fact-file loader on arbitrary file contents. The first byte picks the base (bit 3: the
//! shipped knowledge, else the small fixture) and which of its files the rest replaces (the
//! low bits: sources, events, people, quotes, then the source texts). Loading must never
//! panic; a failure names a file of the base and says why; a base that loads answers its own
//! keys without panicking.
#![no_main]

#[path = "common.rs"]
mod common;

use casebot_core::knowledge::Command;
use casebot_core::knowledge::load::load_files;
use casebot_core::matching::Engine;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, contents)) = data.split_first() else {
        return;
    };
    let mut base = common::base(selector & 0x08 != 0);
    let slot = usize::from(selector & 0x07) % base.len();
    base[slot].1 = contents.to_vec();
    let names: Vec<_> = base.iter().map(|(p, _)| p.clone()).collect();
    match load_files(&common::to_files(base)) {
        Err(failure) => {
            assert!(
                failure.errors().next().is_some(),
                "a failure without an error"
            );
            for d in &failure.diagnostics {
                assert!(!d.message.is_empty(), "{d:?}");
                assert!(names.contains(&d.file), "{d:?} names no file of the base");
                // Line 0 means the whole file; a line never lies past the file's end.
                if slot < 4 && d.file == names[slot] {
                    let lines = contents.iter().filter(|&&b| b == b'\n').count() + 1;
                    assert!(d.line <= lines, "{d:?} is past line {lines}");
                }
            }
        }
        Ok((base, _warnings)) => {
            let engine = Engine::new(base);
            for command in Command::ALL {
                for fact in engine.base().refs(command).take(50) {
                    for key in engine.base().keys(fact) {
                        let _ = engine.ask(command, key);
                    }
                    let _ = engine.autocomplete(command, &engine.base().label(fact));
                }
            }
        }
    }
});
