//! casebot-core: the curated facts about the Julian Assange case, their validation, matching a
//! member's words to them, and the transport-neutral replies. It knows nothing of Discord, of
//! async runtimes or of the command line; the `casebot` binary adapts it to each.
//!
//! # Layout
//! Data flows one way: fact files → [`knowledge::FactBase`] → [`matching::Engine`] (an index
//! per command) → [`matching::Outcome`] → [`answer::Reply`] → a transport's renderer.
//!
//! - [`text`]: folding, tokens, stop words, key and evidence normalisation: the ground floor
//!   the loader and the matcher both use.
//! - [`knowledge`]: the fact files' schema and what a kind of fact is (the `Record` and `Fact`
//!   traits), loading as read → check → build with every problem reported (file, line,
//!   column, JSON pointer), dates, attestations, the moderators' lexicon (how members' words
//!   are read), the resolved fact base with its keys' normal forms, and the diff between two
//!   bases that a reload reports.
//! - [`matching`]: the per-command index over everything a fact says (keys, phrases, body,
//!   weighted by field), scoring, and the decision between answer, suggestions and not found;
//!   autocomplete.
//! - [`answer`]: what a member sees: the JSON view of a fact, and transport-neutral replies
//!   that carry structure (title, subtitle, citation, fields, buttons), never markup.
//! - [`service`]: the single entry point transports call, and the JSON result contract.
//! - [`limits`]: Discord's size limits, named once; the markup budget renderers keep to;
//!   [`limits::violations`], every limit a reply breaks.
//! - [`live`]: the facts being served, swapped atomically on a validated reload.

pub mod answer;
pub mod knowledge;
pub mod limits;
pub mod live;
pub mod matching;
pub mod service;
pub mod text;

/// Locks `mutex`, also after a thread panicked while holding it: what the locks here guard (a
/// reload in progress, counts of misses) stays usable, and a panic is reported where it
/// happened, not again by every later caller.
pub(crate) fn lock<T>(mutex: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
