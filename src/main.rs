//! The `casebot` binary: everything happens in [`casebot::cli::run`].

use std::process::ExitCode;

fn main() -> ExitCode {
    casebot::cli::run(std::env::args_os())
}
