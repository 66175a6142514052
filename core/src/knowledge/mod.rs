//! The fact base: loading, validating and holding the curated facts.
//!
//! `schema` has the records as curators write them, `date` their dates, `load` turns a
//! knowledge directory into a [`FactBase`] or into every problem found in it (with file, line
//! and column), and `locate` maps JSON paths back to positions. A `FactBase` only ever exists
//! in a valid state: every reference resolves and every piece of evidence is verbatim.

pub mod date;
pub mod load;
pub mod locate;
pub mod schema;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub use date::FactDate;
pub use load::{Diagnostic, LoadFailure, Severity, check_dir};
pub use schema::{Event, Person, PersonKind, Quote, Source};

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

    pub fn as_str(self) -> &'static str {
        match self {
            Command::When => "when",
            Command::Who => "who",
            Command::Quote => "quote",
        }
    }

    /// The fact file that feeds this command.
    pub fn file_name(self) -> &'static str {
        match self {
            Command::When => "events.json",
            Command::Who => "people.json",
            Command::Quote => "quotes.json",
        }
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
    /// The keys of each command (when, who, quote) in the order of [`FactBase::keys`], fact
    /// after fact, as the validator normalised them: handed to the index, which takes them.
    pub(crate) key_norms: [Vec<Box<str>>; 3],
}

impl FactBase {
    /// Loads and validates `dir`; warnings are returned beside the facts, errors fail the load.
    pub fn load(dir: &Path) -> Result<(FactBase, Vec<Diagnostic>), LoadFailure> {
        load::load(dir)
    }

    /// Builds the resolved base from records the loader has already validated.
    pub(crate) fn from_parts(
        dir: PathBuf,
        sources: Vec<Source>,
        events: Vec<Event>,
        people: Vec<Person>,
        quotes: Vec<Quote>,
    ) -> FactBase {
        let sources_by_id = sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        let mut ids = HashMap::new();
        for (i, e) in events.iter().enumerate() {
            ids.insert((Command::When, e.id.clone()), i);
        }
        for (i, p) in people.iter().enumerate() {
            ids.insert((Command::Who, p.id.clone()), i);
        }
        for (i, q) in quotes.iter().enumerate() {
            ids.insert((Command::Quote, q.id.clone()), i);
        }
        let mut person_quotes = vec![Vec::new(); people.len()];
        let mut person_events = vec![Vec::new(); people.len()];
        for (qi, q) in quotes.iter().enumerate() {
            if let Some(&p) = ids.get(&(Command::Who, q.speaker.clone())) {
                person_quotes[p].push(qi);
            }
        }
        for (ei, e) in events.iter().enumerate() {
            for who in &e.who {
                if let Some(&p) = ids.get(&(Command::Who, who.clone())) {
                    person_events[p].push(ei);
                }
            }
        }
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
            key_norms: Default::default(),
        }
    }

    /// The directory the facts were loaded from.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources_by_id.get(id).map(|&i| &self.sources[i])
    }

    /// The fact of `command` whose id is `id`.
    pub fn by_id(&self, command: Command, id: &str) -> Option<FactRef> {
        self.ids
            .get(&(command, id.to_string()))
            .map(|&index| FactRef { command, index })
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.by_id(Command::Who, id).map(|r| &self.people[r.index])
    }

    /// Indexes into `quotes` of the quotes this person said.
    pub fn quotes_of(&self, person: usize) -> &[usize] {
        &self.person_quotes[person]
    }

    /// Indexes into `events` of the events this person took part in.
    pub fn events_of(&self, person: usize) -> &[usize] {
        &self.person_events[person]
    }

    /// How many facts `command` has.
    pub fn len(&self, command: Command) -> usize {
        match command {
            Command::When => self.events.len(),
            Command::Who => self.people.len(),
            Command::Quote => self.quotes.len(),
        }
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
        match fact.command {
            Command::When => &self.events[fact.index].id,
            Command::Who => &self.people[fact.index].id,
            Command::Quote => &self.quotes[fact.index].id,
        }
    }

    /// The keys a member can type to find the fact; for people, their name and aliases first.
    pub fn keys(&self, fact: FactRef) -> Vec<&str> {
        match fact.command {
            Command::When => self.events[fact.index]
                .keys
                .iter()
                .map(String::as_str)
                .collect(),
            Command::Who => {
                let p = &self.people[fact.index];
                std::iter::once(p.name.as_str())
                    .chain(p.aliases.iter().map(String::as_str))
                    .chain(p.keys.iter().map(String::as_str))
                    .collect()
            }
            Command::Quote => self.quotes[fact.index]
                .keys
                .iter()
                .map(String::as_str)
                .collect(),
        }
    }

    /// Descriptive text that also leads to the fact, though it is no key: an event's title and
    /// the names of who took part, a quote's title and its speaker's names, a person's role.
    pub fn phrases(&self, fact: FactRef) -> Vec<String> {
        let names = |ids: &mut dyn Iterator<Item = &String>| -> Vec<String> {
            ids.filter_map(|id| self.person(id))
                .flat_map(|p| std::iter::once(p.name.clone()).chain(p.aliases.iter().cloned()))
                .collect()
        };
        match fact.command {
            Command::When => {
                let e = &self.events[fact.index];
                let mut phrases = vec![e.title.clone()];
                phrases.extend(names(&mut e.who.iter()));
                phrases
            }
            Command::Who => vec![self.people[fact.index].role.clone()],
            Command::Quote => {
                let q = &self.quotes[fact.index];
                let mut phrases = vec![q.title.clone()];
                phrases.extend(names(&mut std::iter::once(&q.speaker)));
                phrases
            }
        }
    }

    /// A short, human label for suggestions and autocomplete (not yet trimmed to any limit).
    pub fn label(&self, fact: FactRef) -> String {
        match fact.command {
            Command::When => {
                let e = &self.events[fact.index];
                format!("{} — {}", e.date.short(), e.title)
            }
            Command::Who => {
                let p = &self.people[fact.index];
                format!("{} — {}", p.name, p.role)
            }
            Command::Quote => self.quotes[fact.index].title.clone(),
        }
    }

    /// The fact's title alone: event title, person's name, quote title.
    pub fn title(&self, fact: FactRef) -> &str {
        match fact.command {
            Command::When => &self.events[fact.index].title,
            Command::Who => &self.people[fact.index].name,
            Command::Quote => &self.quotes[fact.index].title,
        }
    }

    /// Total number of keys, over all commands.
    pub fn key_count(&self) -> usize {
        Command::ALL
            .iter()
            .flat_map(|&c| self.refs(c))
            .map(|f| self.keys(f).len())
            .sum()
    }
}
