//! The fact base: reading, validating and holding the curated facts.
//!
//! - `schema`: the records as curators write them, and the [`Record`] and [`Fact`] traits
//!   that say what each kind is; `date` their dates.
//! - `load`: the pipeline from a knowledge directory to a [`FactBase`] or to every problem
//!   found in it: `read` (files from disk or memory, size limits, UTF-8), `parse` (each record
//!   on its own), `check` (the curator's rules, one function per kind), `diagnostics` (what
//!   is reported, with file, line, column and JSON pointer), `locate` (JSON paths back to
//!   positions).
//! - `diff`: what changed between two bases, for reload reports.
//!
//! A `FactBase` only ever exists in a valid state: every reference resolves and every piece of
//! evidence is verbatim.

mod check;
pub mod date;
pub mod diagnostics;
pub mod diff;
pub mod lexicon;
pub mod load;
pub mod locate;
mod parse;
pub mod read;
pub mod schema;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub use date::FactDate;
pub use diagnostics::{Diagnostic, LoadFailure, Severity};
pub use diff::{ReloadReport, diff};
pub use load::check_dir;
pub use schema::{
    Attestation, Attested, Correction, Event, Fact, Person, PersonKind, Provenance, Quote, Record,
    Source, Status,
};

/// Evaluates `$body` with `$kind` naming the record type of `$command`: the one place where a
/// command becomes a kind of fact, so that code over every kind is written once, generically.
macro_rules! with_kind {
    ($command:expr, $kind:ident => $body:expr) => {
        match $command {
            $crate::knowledge::Command::When => {
                type $kind = $crate::knowledge::Event;
                $body
            }
            $crate::knowledge::Command::Who => {
                type $kind = $crate::knowledge::Person;
                $body
            }
            $crate::knowledge::Command::Quote => {
                type $kind = $crate::knowledge::Quote;
                $body
            }
        }
    };
}
pub(crate) use with_kind;

/// The three things members ask about, one per slash command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Command {
    /// Dated events.
    When,
    /// People and organisations.
    Who,
    /// Verbatim quotations.
    Quote,
}

impl Command {
    pub const ALL: [Command; 3] = [Command::When, Command::Who, Command::Quote];

    /// The command's place in [`Command::ALL`], for arrays with one slot per command.
    pub const fn index(self) -> usize {
        self as usize
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Command::When => "when",
            Command::Who => "who",
            Command::Quote => "quote",
        }
    }

    /// The fact file that feeds this command.
    pub fn file_name(self) -> &'static str {
        with_kind!(self, K => K::FILE)
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Command {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "when" => Ok(Command::When),
            "who" => Ok(Command::Who),
            "quote" => Ok(Command::Quote),
            other => Err(format!(
                "unknown command {other:?}: expected when, who or quote"
            )),
        }
    }
}

/// A fact of any kind, by command and position in its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FactRef {
    pub command: Command,
    pub index: usize,
}

/// The validated facts of one knowledge directory, with their cross-references resolved.
#[derive(Debug, Clone)]
pub struct FactBase {
    dir: PathBuf,
    pub sources: Vec<Source>,
    pub events: Vec<Event>,
    pub people: Vec<Person>,
    pub quotes: Vec<Quote>,
    sources_by_id: HashMap<String, usize>,
    ids: HashMap<(Command, String), usize>,
    person_quotes: Vec<Vec<usize>>,
    person_events: Vec<Vec<usize>>,
    /// See [`FactBase::with_short_names`]: (an organisation's name in lower case, its
    /// initials).
    short_names: Vec<(String, String)>,
    /// The first word of each of `short_names` -> their places there: a phrase is compared
    /// with the names whose first word it holds, not with every one.
    short_name_starts: HashMap<String, Vec<usize>>,
    /// An organisation's initials as written ("OSCE") -> its place in `short_names`: a phrase
    /// that holds the initials is found by the name spelt out too.
    short_name_of: HashMap<String, usize>,
    /// See [`FactBase::key_norms`]; by [`Command::index`].
    key_norms: [Vec<Box<str>>; 3],
    /// How members' words are read (`lexicon.json`; empty without one).
    lexicon: lexicon::Lexicon,
}

/// The runs of letters and digits of `text`: its words, with the punctuation around them off.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Whether an alias is an organisation's initials ("MSF", "ACLU"): two to six capital letters.
fn is_initials(alias: &str) -> bool {
    (2..=6).contains(&alias.len()) && alias.bytes().all(|b| b.is_ascii_uppercase())
}

impl FactBase {
    /// How members' words are read: the moderators' lexicon (see [`lexicon`]).
    pub fn lexicon(&self) -> &lexicon::Lexicon {
        &self.lexicon
    }

    /// The lexicon, to note what the engine learns of the facts' words.
    pub(crate) fn lexicon_mut(&mut self) -> &mut lexicon::Lexicon {
        &mut self.lexicon
    }

    pub(crate) fn set_lexicon(&mut self, lexicon: lexicon::Lexicon) {
        self.lexicon = lexicon;
    }

    /// Loads and validates `dir`; warnings are returned beside the facts, errors fail the load.
    pub fn load(dir: &Path) -> Result<(FactBase, Vec<Diagnostic>), LoadFailure> {
        load::load(dir)
    }

    /// Builds the resolved base from records the loader has already validated, and the
    /// normal forms of their keys (see [`FactBase::key_norms`]).
    pub(crate) fn from_parts(
        dir: PathBuf,
        sources: Vec<Source>,
        events: Vec<Event>,
        people: Vec<Person>,
        quotes: Vec<Quote>,
        key_norms: [Vec<Box<str>>; 3],
    ) -> FactBase {
        let sources_by_id = sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        let mut ids = HashMap::new();
        fn index_ids<K: Fact>(facts: &[K], ids: &mut HashMap<(Command, String), usize>) {
            for (i, fact) in facts.iter().enumerate() {
                ids.insert((K::COMMAND, fact.id().to_string()), i);
            }
            // An id merged away still leads to the fact it became (old buttons, links).
            for (i, fact) in facts.iter().enumerate() {
                for former in fact.provenance().former_ids {
                    ids.entry((K::COMMAND, former.clone())).or_insert(i);
                }
            }
        }
        index_ids(&events, &mut ids);
        index_ids(&people, &mut ids);
        index_ids(&quotes, &mut ids);
        let mut person_quotes = vec![Vec::new(); people.len()];
        let mut person_events = vec![Vec::new(); people.len()];
        for (qi, q) in quotes.iter().enumerate() {
            for speaker in std::iter::once(&q.speaker).chain(&q.co_speakers) {
                if let Some(&p) = ids.get(&(Command::Who, speaker.clone())) {
                    person_quotes[p].push(qi);
                }
            }
        }
        for (ei, e) in events.iter().enumerate() {
            for who in &e.who {
                if let Some(&p) = ids.get(&(Command::Who, who.clone())) {
                    person_events[p].push(ei);
                }
            }
        }
        let short_names = people
            .iter()
            .filter(|p| p.kind == PersonKind::Organisation)
            .flat_map(|p| {
                p.aliases
                    .iter()
                    .filter(|a| is_initials(a))
                    .map(|a| (p.name.to_lowercase(), a.clone()))
            })
            .filter(|(name, _)| name.contains(' '))
            .collect::<Vec<_>>();
        let mut short_name_starts: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (name, _)) in short_names.iter().enumerate() {
            if let Some(first) = words_of(name).next() {
                short_name_starts
                    .entry(first.to_string())
                    .or_default()
                    .push(i);
            }
        }
        let short_name_of = short_names
            .iter()
            .enumerate()
            .map(|(i, (_, initials))| (initials.clone(), i))
            .collect();
        FactBase {
            dir,
            sources,
            events,
            people,
            quotes,
            sources_by_id,
            ids,
            person_quotes,
            person_events,
            short_names,
            short_name_starts,
            short_name_of,
            key_norms,
            lexicon: lexicon::Lexicon::default(),
        }
    }

    /// The directory the facts were loaded from.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources_by_id.get(id).map(|&i| &self.sources[i])
    }

    /// The fact of `command` whose id, or one of whose former ids, is `id`.
    pub fn by_id(&self, command: Command, id: &str) -> Option<FactRef> {
        self.ids
            .get(&(command, id.to_string()))
            .map(|&index| FactRef { command, index })
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.by_id(Command::Who, id).map(|r| &self.people[r.index])
    }

    /// Indexes into `quotes` of the quotes this person said (alone, or with others as a
    /// speaker or co-speaker).
    pub fn quotes_of(&self, person: usize) -> &[usize] {
        &self.person_quotes[person]
    }

    /// The occasion a quotation was said on, if its date is known: its speaker, the source
    /// that reports it (the first) and its date.
    pub fn occasion(&self, quote: usize) -> Option<(&str, &str, FactDate)> {
        let (speaker, source, date) = self.reported(quote)?;
        Some((speaker, source, date?))
    }

    /// Who said a quotation, the source that reports it (the first) and its date, if known.
    pub fn reported(&self, quote: usize) -> Option<(&str, &str, Option<FactDate>)> {
        let q = &self.quotes[quote];
        let source = q
            .source
            .as_deref()
            .or_else(|| q.attestations.first().map(|a| a.source.as_str()))?;
        Some((q.speaker.as_str(), source, q.date))
    }

    /// Indexes into `quotes` of the other quotations its speaker said on the occasion of
    /// `quote` ([`FactBase::occasion`]: one interview, one press briefing), in file order.
    pub fn same_occasion(&self, quote: usize) -> Vec<usize> {
        if self.occasion(quote).is_none() {
            return Vec::new();
        }
        self.reported_alike(quote)
    }

    /// Indexes into `quotes` of the other quotations of `quote`'s speaker that the same
    /// source reports of the same date, or, `quote` being undated, undated too
    /// ([`FactBase::reported`]), in file order: [`FactBase::same_occasion`] when the date is
    /// known.
    pub fn reported_alike(&self, quote: usize) -> Vec<usize> {
        let Some(reported) = self.reported(quote) else {
            return Vec::new();
        };
        let Some(speaker) = self.by_id(Command::Who, reported.0) else {
            return Vec::new();
        };
        self.quotes_of(speaker.index)
            .iter()
            .copied()
            .filter(|&q| q != quote && self.reported(q) == Some(reported))
            .collect()
    }

    /// Indexes into `events` of the events this person took part in.
    pub fn events_of(&self, person: usize) -> &[usize] {
        &self.person_events[person]
    }

    /// How many facts `command` has.
    pub fn len(&self, command: Command) -> usize {
        with_kind!(command, K => K::all(self).len())
    }

    /// Whether the base holds no facts at all.
    pub fn is_empty(&self) -> bool {
        Command::ALL.iter().all(|&c| self.len(c) == 0)
    }

    /// Every fact of `command`, in file order.
    pub fn refs(&self, command: Command) -> impl Iterator<Item = FactRef> + '_ {
        (0..self.len(command)).map(move |index| FactRef { command, index })
    }

    /// The fact's id.
    pub fn id(&self, fact: FactRef) -> &str {
        with_kind!(fact.command, K => K::all(self)[fact.index].id())
    }

    /// The keys a member can type to find the fact; for people, their name and aliases first
    /// (see [`Fact::keys`]).
    pub fn keys(&self, fact: FactRef) -> Vec<&str> {
        with_kind!(fact.command, K => K::all(self)[fact.index].keys().collect())
    }

    /// Descriptive text that also leads to the fact, though it is no key (see
    /// [`Fact::phrases`]).
    pub fn phrases(&self, fact: FactRef) -> Vec<String> {
        self.with_short_names(with_kind!(fact.command, K => K::all(self)[fact.index].phrases(self)))
    }

    /// `phrases`, and each phrase that spells out an organisation's name again with the
    /// organisation's initials in its place: a member who knows the group as "MSF" or "ACLU"
    /// finds "Former president of Médecins sans frontières" as "former president of MSF"; and
    /// each phrase that writes the initials again with the name spelt out ("OSCE
    /// Representative …" as "organisation for security and co-operation in europe
    /// representative …").
    /// Initials are an organisation's aliases of two to six capital letters; the name must be
    /// written in the phrase as in the organisation's fact, from the start of a word.
    fn with_short_names(&self, mut phrases: Vec<String>) -> Vec<String> {
        if self.short_names.is_empty() {
            return phrases;
        }
        let mut shortened = Vec::new();
        for phrase in &phrases {
            let lower = phrase.to_lowercase();
            let mut near: Vec<usize> = words_of(&lower)
                .filter_map(|w| self.short_name_starts.get(w))
                .flatten()
                .copied()
                .collect();
            near.sort_unstable();
            near.dedup();
            for (name, initials) in near.into_iter().map(|i| &self.short_names[i]) {
                if lower.contains(name.as_str()) {
                    shortened.push(lower.replace(name.as_str(), initials));
                }
            }
            // And the other way: "OSCE Representative on Freedom of the Media" is found as the
            // European security organisation's representative. (Session 52: tuning +4 right,
            // nothing else.)
            if words_of(phrase).any(|w| self.short_name_of.contains_key(w)) {
                let spelt: Vec<&str> = words_of(phrase)
                    .map(|w| {
                        self.short_name_of
                            .get(w)
                            .map_or(w, |&i| self.short_names[i].0.as_str())
                    })
                    .collect();
                shortened.push(spelt.join(" "));
            }
        }
        phrases.extend(shortened);
        phrases
    }

    /// What the fact says beyond keys and phrases (see [`Fact::body`]).
    pub fn body(&self, fact: FactRef) -> Vec<&str> {
        with_kind!(fact.command, K => K::all(self)[fact.index].body(self))
    }

    /// A short, human label for suggestions and autocomplete (not yet trimmed to any limit).
    pub fn label(&self, fact: FactRef) -> String {
        with_kind!(fact.command, K => K::all(self)[fact.index].label())
    }

    /// The names and aliases of the people with these ids, for phrases.
    pub(crate) fn names<'a>(&'a self, ids: &'a [String]) -> impl Iterator<Item = String> + 'a {
        ids.iter()
            .filter_map(|id| self.person(id))
            .flat_map(|p| std::iter::once(p.name.clone()).chain(p.aliases.iter().cloned()))
    }

    /// Total number of keys, over all commands.
    pub fn key_count(&self) -> usize {
        Command::ALL
            .iter()
            .map(|&c| with_kind!(c, K => K::all(self).iter().map(|f| f.keys().count()).sum::<usize>()))
            .sum()
    }

    /// The normal form ([`crate::text::normalize`]) of every key of `command`, in the order of
    /// [`FactBase::keys`], fact after fact, as the validator computed them while checking that
    /// no two facts share a key. The index is built from them rather than normalising every
    /// key twice; it takes them ([`FactBase::take_key_norms`]), so this is empty in the base
    /// an [`Engine`](crate::matching::Engine) holds.
    pub fn key_norms(&self, command: Command) -> &[Box<str>] {
        &self.key_norms[command.index()]
    }

    /// Moves the key norms of `command` out, leaving none: the index turns them into word ids
    /// and drops them, so keeping a copy here would only cost memory (tens of megabytes at
    /// 100,000 facts).
    pub fn take_key_norms(&mut self, command: Command) -> Vec<Box<str>> {
        std::mem::take(&mut self.key_norms[command.index()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;

    /// A small valid base, in memory.
    fn base() -> FactBase {
        let files: load::Files = [
            (
                "sources.json",
                r#"[{"id": "gazette", "file": "sources/report.txt", "outlet": "Gazette",
                     "title": "Asylum", "date": "2012-08-17"}]"#,
            ),
            (
                "sources/report.txt",
                "Ruritania grants asylum. Its minister Tomáš Novák said: the door is open. \
                 The Ruritanian Freedom League (RFL) welcomed it.",
            ),
            (
                "events.json",
                r#"[{"id": "asylum", "keys": ["Ruritania grants asylum", "asylum granted"],
                     "title": "Asylum", "date": "2012-08-16", "summary": "Granted.",
                     "who": ["novak"], "source": "gazette", "evidence": "Ruritania grants asylum."}]"#,
            ),
            (
                "people.json",
                r#"[{"id": "novak", "name": "Tomáš Novák", "kind": "person", "aliases": ["Novák"],
                     "keys": ["the minister"], "role": "Minister", "source": "gazette",
                     "evidence": "Its minister Tomáš Novák said"},
                    {"id": "league", "name": "Ruritanian Freedom League", "kind": "organisation",
                     "aliases": ["RFL", "The League"], "role": "Welcomed the Ruritanian Freedom League's asylum",
                     "source": "gazette", "evidence": "The Ruritanian Freedom League (RFL) welcomed it."}]"#,
            ),
            (
                "quotes.json",
                r#"[{"id": "door", "keys": ["open door"], "title": "The door", "text": "the door is open",
                     "speaker": "novak", "source": "gazette", "evidence": "the door is open."}]"#,
            ),
        ]
        .into_iter()
        .map(|(path, text)| (PathBuf::from(path), text.as_bytes().to_vec()))
        .collect();
        match load::load_files(&files) {
            Ok((base, _warnings)) => base,
            Err(failure) => panic!("{failure}"),
        }
    }

    #[test]
    fn key_norms_follow_the_keys_until_taken() {
        let mut base = base();
        for command in Command::ALL {
            let keys: Vec<Box<str>> = base
                .refs(command)
                .flat_map(|f| base.keys(f))
                .map(|k| normalize(k).into_boxed_str())
                .collect();
            assert!(!keys.is_empty(), "{command}");
            assert_eq!(base.key_norms(command), keys.as_slice(), "{command}");
            assert_eq!(base.take_key_norms(command), keys, "{command}");
            assert!(base.key_norms(command).is_empty(), "{command}");
        }
    }

    #[test]
    fn each_kind_says_what_it_is() {
        let base = base();
        let person = FactRef {
            command: Command::Who,
            index: 0,
        };
        assert_eq!(base.id(person), "novak");
        assert_eq!(base.keys(person), ["Tomáš Novák", "Novák", "the minister"]);
        assert_eq!(base.label(person), "Tomáš Novák — Minister");
        let event = base.by_id(Command::When, "asylum").expect("the event");
        assert_eq!(base.phrases(event), ["Asylum", "Tomáš Novák", "Novák"]);
        assert_eq!(base.key_count(), 9);
        assert_eq!(Command::Quote.file_name(), Quote::FILE);
    }

    #[test]
    fn a_phrase_that_spells_out_an_organisation_is_also_read_with_its_initials() {
        let base = base();
        let league = base.by_id(Command::Who, "league").expect("the league");
        // "RFL" is initials, "The League" is not.
        assert_eq!(
            base.phrases(league),
            [
                "Welcomed the Ruritanian Freedom League's asylum",
                "welcomed the RFL's asylum"
            ]
        );
        let novak = base.by_id(Command::Who, "novak").expect("the minister");
        assert_eq!(base.phrases(novak), ["Minister"]);
        // And the initials as written, with the name spelt out (not "rfl" in lower case, a
        // word that may be another's).
        assert_eq!(
            base.with_short_names(vec!["RFL delegate".into(), "rfl delegate".into()]),
            [
                "RFL delegate",
                "rfl delegate",
                "ruritanian freedom league delegate"
            ]
        );
        assert!(is_initials("MSF") && is_initials("ACLU"));
        assert!(!is_initials("Msf") && !is_initials("A") && !is_initials("ABCDEFG"));
    }
}
