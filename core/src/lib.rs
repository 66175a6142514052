//! casebot-core: the curated facts about the Julian Assange case, their validation, matching a
//! member's words to them, and the transport-neutral replies. It knows nothing of Discord, of
//! async runtimes or of the command line; the `casebot` binary adapts it to each.
//!
//! # Layout
//! Data flows one way: fact files → [`knowledge::FactBase`] → [`matching::Engine`] (an index
//! per command) → [`matching::Outcome`] → [`answer::Reply`] → a transport's renderer.
//!
//! - [`knowledge`]: the fact files' schema, loading and validation (every problem, with file,
//!   line and column), dates, the resolved fact base.
//! - [`matching`]: normalising text, the per-command index, scoring, and the decision between
//!   answer, suggestions and not found; autocomplete.
//! - [`answer`]: what a member sees: answer fields and transport-neutral reply cards.
//! - [`service`]: the single entry point transports call, and the JSON result contract.
//! - [`limits`]: Discord's size limits, named once.
//! - [`live`]: the facts being served, swapped atomically on a validated reload.

pub mod answer;
pub mod knowledge;
pub mod limits;
pub mod live;
pub mod matching;
pub mod service;
