//! casebot's integration tests, as one binary (`cargo test --test tests [FILTER]`): each file
//! of `tests/` is a module here, and `tests/util/` holds what they share. Cargo does not look
//! for other test files (`autotests = false`): a new file is a new `mod` line below, which
//! [`every_test_file_is_a_module`] checks.
//!
//! - `cli`, `check`, `bounds`: the command line through the real binary.
//! - `engine`, `eval`, `properties`: matching and replies on the shipped facts.
//! - `corpus`, `regression`: broken and hostile fact bases; one test per bug found.
//! - `gateway`: the real binary and its serenity client against a fake Discord.
//! - `endpoint`: `casebot serve` over real HTTP, signed with a generated key; both transports
//!   answering one table of interactions alike.
//! - `operate`: `health`, `register`, and the gateway's metrics, JSON logs and shard range.
//! - `replicas`: three `serve` replicas behind the system's nginx (skipped without nginx).

mod bounds;
mod check;
mod cli;
mod corpus;
mod endpoint;
mod engine;
mod eval;
mod gateway;
mod operate;
mod properties;
mod regression;
mod replicas;
mod util;

/// Every `.rs` file directly in `tests/` is declared above, so none is silently left unrun.
#[test]
fn every_test_file_is_a_module() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let this = std::fs::read_to_string(dir.join("tests.rs")).expect("tests/tests.rs");
    for entry in std::fs::read_dir(&dir).expect("tests/") {
        let path = entry.expect("entry").path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if let Some(module) = name.strip_suffix(".rs")
            && module != "tests"
        {
            assert!(
                this.contains(&format!("\nmod {module};\n")),
                "tests/{name} is not a module of tests/tests.rs, so it never runs"
            );
        }
    }
}
