//! casebot answers questions about the Julian Assange case from a curated, source-checked
//! fact base: `/when` for dated events, `/who` for people and organisations, `/quote` for
//! verbatim quotations. Every answer cites its source document.
//!
//! # Layout
//! This crate is the binary's side: the transports and the process. Everything it answers
//! comes from [`casebot_core`] (facts, matching, neutral replies), which knows no transport.
//!
//! - [`config`]: the bot's validated configuration; the token is a redacted [`config::Secret`].
//! - [`discord`]: the only module that imports serenity: command registration, the one answer
//!   path from an interaction to a response body (`respond`), replies in Discord's markup, and
//!   its two transports: the gateway (`handler`) and the HTTP interactions endpoint
//!   (`endpoint`, signatures checked before anything is parsed).
//! - [`terminal`]: a core reply as plain text, for `casebot ask`.
//! - [`cli`]: the `casebot` command line (`ask`, `check`, `list`, `run`, `serve`, `register`,
//!   `health`), printing, and the one place where errors become exit codes.
//! - [`runtime`]: the chores around any transport: reload on SIGHUP or file changes, the
//!   shutdown signal.
//! - [`logging`]: tracing to stderr, with the token blanked.
//! - [`metrics`]: the Prometheus registry every transport counts into.
//! - [`status`]: which replica this is and which fact base it serves (a short hash, counts).

pub mod cli;
pub mod config;
pub mod discord;
pub mod logging;
pub mod metrics;
pub mod runtime;
pub mod status;
pub mod terminal;

// The loader and the index allocate many small strings and vectors: with mimalloc, loading
// 100k facts takes 0.72 s instead of 1.02 s (criterion, `cargo bench -p casebot-bench --bench
// reload`). Built without transparent huge pages (feature `no_thp`), which otherwise tripled
// the peak memory of a run on the shipped base (8 MB to 25 MB). Declared here so that the
// binary and the tests run on it; `bench/` (the benchmarks and examples) declares the same.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
