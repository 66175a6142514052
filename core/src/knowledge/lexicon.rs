//! The lexicon moderators own, `knowledge/lexicon.json` (optional): the words members use for
//! the documents' words. It is read, checked and reloaded with the facts, and only changes how
//! a *query* is read; keys, answers and evidence stay in the documents' words.
//!
//! - `filler`: words that carry no meaning in a question, beyond the built-in English ones
//!   (French question and filler words: "quand", "qui", "est", …).
//! - `same`: groups of single words that mean the same thing here ("police", "cop", "cops").
//!   A query word of a group also matches every other word of it.
//! - `phrases`: a phrase a member types, read as another phrase ("porte ouverte" as "door
//!   open", "members of parliament" as "mps"): one way, multi-word on either side. A phrase
//!   read as filler words is dropped ("may i ask" as "please"). A phrase typed in filler
//!   words only, a verb and its particle ("called in" as "summoned", "went in" as
//!   "entered"), is read on the words as typed, before filler words are dropped; so is one
//!   that filler words would leave one word of ("haul in": "haul" alone is no summons).
//!   A phrase of [`GROUPED_PHRASE_MIN`] words or more is read with any word of its words'
//!   `same` groups in their place too ("us foreign affairs department" as "the yanks'
//!   foreign affairs department" is).
//! - `roles`: words that ask for a person by office ("head", "minister", "lawyer"): a `/who`
//!   question with one is not answered with an organisation, whose head the documents do not
//!   name. A word `phrases` reads as one role word ("leads" as "head") asks the same, except
//!   in its "-ing" form ([`Lexicon::reads_as_role`]).
//! - `members`: words for one person of a group ("MP", "reporter", "doctor"): a `/who`
//!   question that asks for one ("which greek MP …", "the reporter who saw …") is read like
//!   one with a role; in the plural, or elsewhere in the question ("no journalist is safe"),
//!   they ask for nobody.
//! - `light`: words of everyday English that members put around what they ask ("first",
//!   "whole", "only"): a fact holds them in a few keys or phrases at most, which would make
//!   them weigh like a name, so they count for [`LIGHT_FACTOR`] of their weight.
//! - `speech`: words that ask about something said, beyond the built-in English ones
//!   (`matching::SPEECH_WORDS`): French "dit", "lettre", … A `/when` question without one is
//!   not answered with a statement (an event whose `statement` is true).
//!
//! `check` refuses an entry that would make two facts' keys read the same, an empty entry, a
//! multi-word `same`, `filler` or `light` entry, a word both filler and light, and warns about
//! a filler word that is in a key.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

use super::diagnostics::{Diagnostic, Severity};
use super::locate::{Seg, line_col, pointer, span};
use super::read::{Origin, read_text};
use crate::text::tokens;

/// The lexicon's file, under the knowledge directory.
pub const LEXICON_FILE: &str = "lexicon.json";

/// The forms a phrase's typed side is read in: as written, and, written with a French word
/// that loses its vowel before the next ("lanceur d alerte", "droits de l homme"), without it
/// too, as a member who types the apostrophe ("lanceur d'alerte") is read. None if it is empty.
fn phrase_forms(from: Vec<String>) -> Vec<Vec<String>> {
    if from.is_empty() {
        return Vec::new();
    }
    let last = from.len() - 1;
    let elided: Vec<String> = from
        .iter()
        .enumerate()
        .filter(|&(i, w)| i == last || !crate::text::is_elided(w))
        .map(|(_, w)| w.clone())
        .collect();
    if elided.len() < from.len() {
        vec![from, elided]
    } else {
        vec![from]
    }
}

/// The file as moderators write it.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    #[serde(default)]
    filler: Vec<String>,
    #[serde(default)]
    same: Vec<Vec<String>>,
    #[serde(default)]
    phrases: BTreeMap<String, String>,
    #[serde(default)]
    roles: Vec<String>,
    #[serde(default)]
    members: Vec<String>,
    #[serde(default)]
    speech: Vec<String>,
    #[serde(default)]
    light: Vec<String>,
}

/// A phrase: what is typed, how it is read (both as tokens).
type Phrase = (Vec<String>, Vec<String>);

/// The lexicon, normalised the way queries are (folded, stemmed), ready for reading queries.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    filler: FxHashSet<String>,
    /// A word -> the other words of its `same` groups (shared with the queries that read it).
    alternatives: FxHashMap<String, Arc<[String]>>,
    /// What a word without alternatives is given.
    no_alternatives: Arc<[String]>,
    /// (what is typed, how it is read), longest first.
    phrases: Vec<Phrase>,
    /// For each of `phrases`, the phrase as typed (folded) when a preposition stands inside it
    /// ("asked for asylum"): the query must hold it so, not another preposition there ("asked
    /// about the asylum" is no asking for asylum), though filler words are dropped.
    phrase_guards: Vec<Option<Box<str>>>,
    /// A phrase's first typed word -> the phrases that start with it, in the order of
    /// `phrases`: a query's word is compared with those only. (A phrase of
    /// [`GROUPED_PHRASE_MIN`] words or more is under every word of its first word's `same`
    /// groups too.)
    phrase_starts: FxHashMap<String, Vec<usize>>,
    /// Phrases typed in filler words only, longest first: read on the folded query, before
    /// its filler words are dropped.
    particles: Vec<Particle>,
    /// A particle phrase's first word -> the phrases that start with it, in the order of
    /// `particles`.
    particle_starts: FxHashMap<String, Vec<usize>>,
    roles: FxHashSet<String>,
    /// The roles of [`ROLE_SLIP_MIN`] bytes or more: what a word typed with a slip is
    /// compared with ([`Lexicon::is_role`]).
    role_slips: crate::matching::score::SlipTable,
    members: FxHashSet<String>,
    /// The members of [`ROLE_SLIP_MIN`] bytes or more, as `role_slips` ([`Lexicon::is_member`]).
    member_slips: crate::matching::score::SlipTable,
    /// Words of the facts one slip from a member ("reported", "journalism"): words in their
    /// own right, not slips ([`Lexicon::note_fact_words`]).
    near_members: FxHashSet<String>,
    speech: Vec<String>,
    light: FxHashSet<String>,
}

/// A phrase of this many words or more is read through its words' `same` groups too
/// ([`Lexicon::phrase_at`]): one of two words ("hand over") would read too much that way.
/// (Session 63: tuning +1 right, nothing else; from two words on, one right answer fewer and
/// two unanswerable questions answered.)
pub const GROUPED_PHRASE_MIN: usize = 3;

/// What a `light` word counts for, of the weight its rarity among the facts gives it.
pub const LIGHT_FACTOR: f32 = 0.5;

/// The shortest office word read with a slip ([`Lexicon::is_role`]): shorter ones ("chef",
/// "head", "boss") are one slip from too many other words.
pub const ROLE_SLIP_MIN: usize = 6;

/// A phrase typed in filler words only ([`Lexicon::read_particles`]): a verb and its particle.
#[derive(Debug, Clone)]
struct Particle {
    /// As typed, folded: its words one space apart ("called in").
    typed: String,
    /// How many bytes its first word is.
    first: usize,
    /// How it is read, folded ("summoned").
    read: String,
}

/// A query's words as the lexicon reads them: the words, and for each the other words it may
/// stand for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryWords {
    pub words: Vec<String>,
    pub alternatives: Vec<Arc<[String]>>,
}

impl Lexicon {
    /// Reads a query's tokens: phrases first (longest first, left to right), then filler
    /// words dropped, then each word's alternatives attached.
    pub fn read(&self, tokens: Vec<String>) -> QueryWords {
        self.read_guarded(tokens, None)
    }

    /// [`Lexicon::read`] of a query's tokens from `folded` (the folded query): a phrase with a
    /// preposition inside is read only where `folded` holds it as typed.
    pub fn read_guarded(&self, mut tokens: Vec<String>, folded: Option<&str>) -> QueryWords {
        let mut words = Vec::with_capacity(tokens.len());
        let mut i = 0;
        'tokens: while i < tokens.len() {
            let phrases = self
                .phrase_starts
                .get(&tokens[i])
                .map_or(&[][..], Vec::as_slice);
            for &p in phrases {
                let (typed, read) = &self.phrases[p];
                if self.phrase_at(typed, &tokens[i..])
                    && match (folded, self.phrase_guards.get(p).and_then(Option::as_deref)) {
                        (Some(folded), Some(guard)) => holds_words(folded, guard),
                        _ => true,
                    }
                {
                    // A phrase read as filler is dropped ("may i ask" as "please").
                    let read: Vec<&String> =
                        read.iter().filter(|w| !self.filler.contains(*w)).collect();
                    // What the member typed before it is not read twice: "human rights
                    // group" is "human rights group", "rights group" read as "human rights
                    // group" after "human". (Session 59: tuning +2 right, one right first
                    // lost.)
                    let overlap = (1..=read.len().min(words.len()))
                        .rev()
                        .find(|&k| {
                            words[words.len() - k..]
                                .iter()
                                .eq(read[..k].iter().copied())
                        })
                        .unwrap_or(0);
                    words.extend(read[overlap..].iter().map(|w| (*w).clone()));
                    i += typed.len();
                    continue 'tokens;
                }
            }
            // (No phrase reads a token before this one again: it is moved, not copied.)
            if !self.filler.contains(&tokens[i]) {
                words.push(std::mem::take(&mut tokens[i]));
            }
            i += 1;
        }
        let alternatives = words
            .iter()
            .map(|w| {
                self.alternatives
                    .get(w)
                    .unwrap_or(&self.no_alternatives)
                    .clone()
            })
            .collect();
        QueryWords {
            words,
            alternatives,
        }
    }

    /// Whether `words` start with the phrase typed as `typed`: word for word, or, for a
    /// phrase of [`GROUPED_PHRASE_MIN`] words or more, with words of their `same` groups.
    fn phrase_at<W: AsRef<str>>(&self, typed: &[String], words: &[W]) -> bool {
        words.len() >= typed.len()
            && typed.iter().zip(words).all(|(t, w)| {
                let w = w.as_ref();
                t == w
                    || typed.len() >= GROUPED_PHRASE_MIN
                        && self
                            .alternatives
                            .get(t)
                            .is_some_and(|others| others.iter().any(|o| o == w))
            })
    }

    /// The other words `word` (normalised) may stand for (its `same` groups), if any.
    pub fn alternatives_of(&self, word: &str) -> &[String] {
        self.alternatives.get(word).map_or(&[], |words| words)
    }

    /// Whether `word` is `other` or stands for it (one of its `same` groups holds it); both
    /// normalised.
    pub fn reads_alike(&self, word: &str, other: &str) -> bool {
        word == other || self.alternatives_of(word).iter().any(|a| a == other)
    }

    /// Every word a query word may stand for (of `same` groups), each once or more.
    pub fn alternative_words(&self) -> impl Iterator<Item = &str> {
        self.alternatives
            .values()
            .flat_map(|words| words.iter())
            .map(String::as_str)
    }

    /// Every word the lexicon holds (folded, stemmed): filler, `same` groups, phrases as typed
    /// and as read, roles, members, speech and light words, some more than once. What
    /// [`crate::matching::spelling`] mends a slip to, beside the facts' words.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.filler
            .iter()
            .chain(self.alternatives.keys())
            .chain(self.alternatives.values().flat_map(|words| words.iter()))
            .chain(
                self.phrases
                    .iter()
                    .flat_map(|(typed, read)| typed.iter().chain(read)),
            )
            .chain(&self.roles)
            .chain(&self.members)
            .chain(&self.speech)
            .chain(&self.light)
            .map(String::as_str)
    }

    /// The lists of alternatives the query words are given (one a word that has some): the
    /// same lists as [`Lexicon::read`] attaches, not copies.
    pub fn alternative_lists(&self) -> impl Iterator<Item = &Arc<[String]>> {
        self.alternatives.values()
    }

    /// Whether `word` (normalised) asks for a person by office.
    ///
    /// A word of [`ROLE_SLIP_MIN`] letters or more that the lexicon does not know as another
    /// counts when one slip from one with the same first letter ("secratary", "ambasador").
    pub fn is_role(&self, word: &str) -> bool {
        self.roles.contains(word) || self.is_slip_in(&self.role_slips, word)
    }

    /// Whether `word` is one slip from a word of `table` with its first letter, is
    /// [`ROLE_SLIP_MIN`] letters or more, and is no word the lexicon knows as another (an
    /// alternative, a filler word).
    fn is_slip_in(&self, table: &crate::matching::score::SlipTable, word: &str) -> bool {
        word.len() >= ROLE_SLIP_MIN
            && table.holds_slip(word)
            && !self.alternatives.contains_key(word)
            && !self.filler.contains(word)
    }

    /// Whether `word` (normalised) is one of the `roles` as written (no slip).
    pub fn is_role_as_written(&self, word: &str) -> bool {
        self.roles.contains(word)
    }

    /// Whether `word` (folded, stemmed) asks for a person by office as [`Lexicon::is_role`]
    /// does, or is read as one office word (`phrases`: "runs" and "leads" as "head",
    /// "chaired" as "chair"), not in its "-ing" form ("went running to the OAS").
    pub fn reads_as_role(&self, word: &str) -> bool {
        self.is_role(word)
            || !word.ends_with("ing")
                && self.phrase_starts.get(word).is_some_and(|starts| {
                    starts.iter().any(|&p| {
                        let (typed, read) = &self.phrases[p];
                        typed.len() == 1 && matches!(read.as_slice(), [role] if self.is_role(role))
                    })
                })
    }

    /// Whether `word` (folded, stemmed) is one of the lexicon's `filler` words.
    pub fn is_filler(&self, word: &str) -> bool {
        self.filler.contains(word)
    }

    /// Whether `word` (folded, stemmed) counts for [`LIGHT_FACTOR`] of its weight (`light`).
    pub fn is_light(&self, word: &str) -> bool {
        self.light.contains(word)
    }

    /// Whether `word` (folded, stemmed) names one person of a group (`members`), read with a
    /// slip as [`Lexicon::is_role`] reads an office ("reportr": session 37, tuning one
    /// unanswerable question no longer answered, nothing else).
    pub fn is_member(&self, word: &str) -> bool {
        self.members.contains(word)
            || (self.is_slip_in(&self.member_slips, word) && !self.near_members.contains(word))
    }

    /// Notes the words of the facts (`words`) one slip from a member: [`Lexicon::is_member`]
    /// reads them as typed ("which agency reported …" asks for no reporter).
    pub(crate) fn note_fact_words<'w>(&mut self, words: impl Iterator<Item = &'w str>) {
        for word in words {
            if word.len() >= ROLE_SLIP_MIN
                && !self.members.contains(word)
                && self.member_slips.holds_slip(word)
            {
                self.near_members.insert(word.to_string());
            }
        }
    }

    /// The words (folded, stemmed) that ask about something said, beyond the built-in ones.
    pub fn speech(&self) -> impl Iterator<Item = &str> {
        self.speech.iter().map(String::as_str)
    }

    /// A folded query with its phrases typed in filler words only read (longest first, left
    /// to right): "when was the ambassador called in" as "… ambassador summoned". Borrowed
    /// when it has none (most queries).
    ///
    /// A particle typed as a capital starts a title, not a verb's particle ("a book called In
    /// Defense of Julian Assange"): read only where `query` types the phrase's later words in
    /// lower case.
    pub fn read_particles<'q>(&self, query: &str, folded: &'q str) -> Cow<'q, str> {
        // (Folded text is words one space apart: each word is looked up as it stands, and
        // the text is copied only once a phrase is found, which most queries hold none of.)
        if self.particles.is_empty() {
            return Cow::Borrowed(folded);
        }
        let mut out: Option<String> = None;
        let (mut copied, mut at) = (0, 0);
        while at < folded.len() {
            // (Words are short: a plain look for the space beats a vectorised search.)
            let end = folded.as_bytes()[at..]
                .iter()
                .position(|&b| b == b' ')
                .map_or(folded.len(), |e| at + e);
            let found = self
                .particle_starts
                .get(&folded[at..end])
                .and_then(|starting| {
                    starting
                        .iter()
                        .map(|&p| &self.particles[p])
                        .find(|particle| {
                            let rest = &folded[at..];
                            rest.starts_with(&particle.typed)
                                && rest
                                    .as_bytes()
                                    .get(particle.typed.len())
                                    .is_none_or(|&b| b == b' ')
                                && particle.typed_in_lower_case(query)
                        })
                });
            if let Some(particle) = found {
                let text = out.get_or_insert_with(|| String::with_capacity(folded.len()));
                text.push_str(&folded[copied..at]);
                text.push_str(&particle.read);
                at += particle.typed.len();
                copied = at;
            } else {
                at = end + 1;
            }
        }
        match out {
            Some(mut text) => {
                text.push_str(&folded[copied..]);
                Cow::Owned(text)
            }
            None => Cow::Borrowed(folded),
        }
    }

    /// Whether the lexicon says nothing.
    pub fn is_empty(&self) -> bool {
        self.filler.is_empty()
            && self.alternatives.is_empty()
            && self.phrases.is_empty()
            && self.particles.is_empty()
            && self.roles.is_empty()
            && self.members.is_empty()
            && self.speech.is_empty()
    }

    /// A key's words with each word of a `same` group replaced by the group's first word: two
    /// keys that read the same this way are the same key to a member.
    fn canonical(&self, key: &str, first: &FxHashMap<String, String>) -> String {
        key.split(' ')
            .map(|w| first.get(w).map_or(w, String::as_str))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl Particle {
    /// Whether `query` holds the phrase's words one space (or hyphen: "unheard-of") apart,
    /// the first in any case and the others in lower case.
    fn typed_in_lower_case(&self, query: &str) -> bool {
        // (ASCII lower-casing, and a hyphen read as a space, keep every byte where it was.)
        let lower: String = query
            .chars()
            .map(|c| {
                if c == '-' {
                    ' '
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        lower.match_indices(&self.typed).any(|(at, _)| {
            query
                .get(at + self.first..at + self.typed.len())
                .is_some_and(|after| !after.bytes().any(|b| b.is_ascii_uppercase()))
        })
    }
}

/// Each entry's first word (`firsts`, in the entries' order; none for an empty one) -> the
/// indexes of the entries that start with it, in that order: what a query's word is compared
/// with ([`Lexicon::read`], [`Lexicon::read_particles`]).
/// English prepositions that, inside a phrase, must be typed as they stand
/// ([`Lexicon::read_guarded`]).
const GUARDED_PREPOSITIONS: &[&str] = &[
    "for", "about", "to", "of", "from", "with", "in", "on", "into", "against", "at", "by",
];

/// Whether a phrase whose typed side filler words leave as `from` (its folded form
/// `folded`) is read on the words as typed, filler and all: typed in filler words only, or
/// of several words that filler leaves one of ("haul in").
fn read_as_typed(from: &[String], folded: &str) -> bool {
    from.is_empty() || from.len() == 1 && folded.contains(' ')
}

/// Whether `folded` holds `words` (folded) one space apart, whole words.
fn holds_words(folded: &str, words: &str) -> bool {
    folded.match_indices(words).any(|(at, _)| {
        let end = at + words.len();
        (at == 0 || folded.as_bytes()[at - 1] == b' ')
            && (end == folded.len() || folded.as_bytes()[end] == b' ')
    })
}

fn by_first_word<'a>(
    firsts: impl Iterator<Item = Option<&'a str>>,
) -> FxHashMap<String, Vec<usize>> {
    let mut starts: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (p, first) in firsts.enumerate() {
        if let Some(first) = first {
            starts.entry(first.to_string()).or_default().push(p);
        }
    }
    starts
}

/// Where one entry of the file is, for its diagnostics.
struct Place<'a> {
    file: &'a Path,
    text: &'a str,
}

impl Place<'_> {
    fn diagnostic(&self, severity: Severity, path: &[Seg], message: String) -> Diagnostic {
        let (start, _) = span(self.text, path);
        let (line, column) = line_col(self.text, start);
        Diagnostic {
            severity,
            file: self.file.to_path_buf(),
            line,
            column,
            pointer: pointer(path),
            message,
        }
    }
}

/// Reads and checks `lexicon.json` if there is one. `keys` gives every command's normalised
/// keys with the fact each belongs to (for the collision and filler checks); it is only
/// called when there is a lexicon to check.
pub(super) fn load<'k>(
    dir: &Path,
    origin: Origin<'_>,
    keys: impl FnOnce() -> Vec<Vec<(usize, &'k str)>>,
) -> (Option<Lexicon>, Vec<Diagnostic>) {
    let file = dir.join(LEXICON_FILE);
    let present = match origin {
        Origin::Disk { .. } => file.symlink_metadata().is_ok(),
        Origin::Memory(files) => files.contains_key(&file),
    };
    if !present {
        return (Some(Lexicon::default()), Vec::new());
    }
    let text = match read_text(&file, origin) {
        Ok(text) => text,
        Err(d) => return (None, vec![d]),
    };
    let parsed: LexiconFile = match serde_json::from_str(&text) {
        Ok(parsed) => parsed,
        Err(e) => {
            let message = e.to_string();
            let message = message
                .rfind(" at line ")
                .map_or(message.as_str(), |i| &message[..i])
                .to_string();
            return (
                None,
                vec![Diagnostic::at(
                    &file,
                    e.line(),
                    e.column(),
                    String::new(),
                    format!("invalid lexicon: {message}"),
                )],
            );
        }
    };
    let keys = keys();
    let place = Place {
        file: &file,
        text: &text,
    };
    let mut diagnostics = Vec::new();
    let mut error = |path: &[Seg], message: String| {
        diagnostics.push(place.diagnostic(Severity::Error, path, message));
    };
    let mut lexicon = Lexicon::default();

    let one_word = |entry: &str| -> Result<String, String> {
        match tokens(entry).as_slice() {
            [word] => Ok(word.clone()),
            [] => Err(format!(
                "{entry:?} is empty once folded (or only filler words)"
            )),
            _ => Err(format!(
                "{entry:?} is several words: put multi-word entries in \"phrases\""
            )),
        }
    };
    // Lists of single words, each read the same way.
    for (name, entries, set) in [
        ("filler", &parsed.filler, &mut lexicon.filler),
        ("roles", &parsed.roles, &mut lexicon.roles),
        ("members", &parsed.members, &mut lexicon.members),
        ("light", &parsed.light, &mut lexicon.light),
    ] {
        for (i, entry) in entries.iter().enumerate() {
            match one_word(entry) {
                Ok(word) => {
                    set.insert(word);
                }
                Err(why) => error(&[Seg::key(name), Seg::Index(i)], why),
            }
        }
    }
    // A filler word weighs nothing: it cannot weigh half as well.
    for (i, entry) in parsed.light.iter().enumerate() {
        if let Ok(word) = one_word(entry)
            && lexicon.filler.contains(&word)
        {
            error(
                &[Seg::key("light"), Seg::Index(i)],
                format!("{entry:?} is a filler word too: a word is either filler or light"),
            );
        }
    }
    // The words of ROLE_SLIP_MIN bytes or more, that a word typed with a slip is compared with.
    let slips = |words: &FxHashSet<String>| {
        crate::matching::score::SlipTable::new(
            words
                .iter()
                .map(String::as_str)
                .filter(|w| w.len() >= ROLE_SLIP_MIN),
        )
    };
    lexicon.role_slips = slips(&lexicon.roles);
    lexicon.member_slips = slips(&lexicon.members);
    // Speech words are read from the raw question, filler words included ("dit").
    for (i, entry) in parsed.speech.iter().enumerate() {
        match crate::text::words(entry).as_slice() {
            [word] => {
                if !lexicon.speech.contains(word) {
                    lexicon.speech.push(word.clone());
                }
            }
            [] => error(
                &[Seg::key("speech"), Seg::Index(i)],
                format!("{entry:?} is empty once folded"),
            ),
            _ => error(
                &[Seg::key("speech"), Seg::Index(i)],
                format!("{entry:?} is several words: a speech word is one word"),
            ),
        }
    }
    // The first word of a word's first group stands for the group in the collision check.
    let mut first: FxHashMap<String, String> = FxHashMap::default();
    let mut alternatives: FxHashMap<String, Vec<String>> = FxHashMap::default();
    for (g, group) in parsed.same.iter().enumerate() {
        let mut words = Vec::new();
        for (i, entry) in group.iter().enumerate() {
            match one_word(entry) {
                Ok(word) if !words.contains(&word) => words.push(word),
                Ok(_) => {}
                Err(why) => error(&[Seg::key("same"), Seg::Index(g), Seg::Index(i)], why),
            }
        }
        if words.len() < 2 {
            error(
                &[Seg::key("same"), Seg::Index(g)],
                "a group needs at least two different words".to_string(),
            );
            continue;
        }
        for word in &words {
            first
                .entry(word.clone())
                .or_insert_with(|| words[0].clone());
            let others = alternatives.entry(word.clone()).or_default();
            for other in &words {
                if other != word && !others.contains(other) {
                    others.push(other.clone());
                }
            }
        }
    }
    lexicon.alternatives = alternatives
        .into_iter()
        .map(|(word, others)| (word, others.into()))
        .collect();
    let mut guarded: Vec<(Phrase, Option<Box<str>>)> = Vec::new();
    for (typed, read) in &parsed.phrases {
        let path = [Seg::key("phrases"), Seg::key(typed)];
        let (from, to) = (tokens(typed), tokens(read));
        // A phrase of several words that filler words leave one ("haul in" as "haul") would
        // read that word alone everywhere ("haul him out" as "summon him out"): it is read
        // as typed, as one typed in filler words only is.
        // (Folded text is words one space apart.)
        let folded = crate::text::fold(typed);
        if read_as_typed(&from, &folded)
            && !to.is_empty()
            && let Some((first, _)) = folded.split_once(' ')
        {
            lexicon.particles.push(Particle {
                first: first.len(),
                typed: folded,
                read: crate::text::fold(read),
            });
            continue;
        }
        if from.is_empty() || to.is_empty() {
            error(
                &path,
                format!("{typed:?} -> {read:?}: both sides need a word that is not filler"),
            );
            continue;
        }
        let words: Vec<&str> = folded.split(' ').collect();
        let guard = (words.len() >= 3
            && words[1..words.len() - 1]
                .iter()
                .any(|w| GUARDED_PREPOSITIONS.contains(w)))
        .then(|| Box::from(folded.as_str()));
        for form in phrase_forms(from) {
            guarded.push(((form, to.clone()), guard.clone()));
        }
    }
    guarded.sort_by(|(a, _), (b, _)| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    (lexicon.phrases, lexicon.phrase_guards) = guarded.into_iter().unzip();
    let words = |p: &Particle| p.typed.split(' ').count();
    lexicon
        .particles
        .sort_by(|a, b| words(b).cmp(&words(a)).then_with(|| a.typed.cmp(&b.typed)));
    lexicon.particle_starts = by_first_word(
        lexicon
            .particles
            .iter()
            .map(|particle| Some(&particle.typed[..particle.first])),
    );
    lexicon.phrase_starts = by_first_word(
        lexicon
            .phrases
            .iter()
            .map(|(typed, _)| typed.first().map(String::as_str)),
    );
    for (p, (typed, _)) in lexicon.phrases.iter().enumerate() {
        if typed.len() < GROUPED_PHRASE_MIN {
            continue;
        }
        let Some(others) = lexicon.alternatives.get(&typed[0]) else {
            continue;
        };
        for other in others.iter() {
            let starts = lexicon.phrase_starts.entry(other.clone()).or_default();
            if let Err(at) = starts.binary_search(&p) {
                starts.insert(at, p);
            }
        }
    }

    // Two facts' keys that read the same through `same` would tie for every member who types
    // them: refused, naming both.
    for (command, keys) in keys.iter().enumerate() {
        let mut seen: FxHashMap<String, (usize, &str)> = FxHashMap::default();
        for &(fact, key) in keys {
            let canonical = lexicon.canonical(key, &first);
            match seen.get(&canonical) {
                Some(&(other, other_key)) if other != fact => {
                    let group = parsed
                        .same
                        .iter()
                        .position(|g| {
                            g.iter().any(|w| {
                                let w = tokens(w).join(" ");
                                key.split(' ').any(|k| k == w)
                                    || other_key.split(' ').any(|k| k == w)
                            })
                        })
                        .unwrap_or(0);
                    error(
                        &[Seg::key("same"), Seg::Index(group)],
                        format!(
                            "this group makes the keys {other_key:?} and {key:?} of two different {} facts read the same",
                            super::Command::ALL[command]
                        ),
                    );
                }
                Some(_) => {}
                None => {
                    seen.insert(canonical, (fact, key));
                }
            }
        }
    }
    // A phrase inside a key would rewrite the key as a member types it: the key would no
    // longer find its own fact.
    // (A phrase typed in filler words only, or that filler words leave one word of, is read
    // on the words as typed, filler and all: only a key holding all of them is rewritten.)
    // (Most phrases start with a word no key holds, nor a word of its groups: those are not
    // compared with every key.)
    let key_words: FxHashSet<&str> = keys
        .iter()
        .flatten()
        .flat_map(|(_, key)| key.split(' '))
        .collect();
    let may_start_a_key = |from: &[String]| {
        from.first().is_some_and(|first| {
            key_words.contains(first.as_str())
                || from.len() >= GROUPED_PHRASE_MIN
                    && lexicon
                        .alternatives_of(first)
                        .iter()
                        .any(|o| key_words.contains(o.as_str()))
        })
    };
    for (typed, read) in &parsed.phrases {
        let from = tokens(typed);
        let folded = crate::text::fold(typed);
        let particle = read_as_typed(&from, &folded) && !tokens(read).is_empty();
        let forms = if particle {
            vec![folded.split(' ').map(crate::text::stem).collect()]
        } else {
            phrase_forms(from)
        };
        let forms: Vec<Vec<String>> = forms
            .into_iter()
            .filter(|from| may_start_a_key(from))
            .collect();
        if forms.is_empty() {
            continue;
        }
        let rewritten = keys.iter().flatten().find(|(_, key)| {
            let words: Vec<&str> = key.split(' ').collect();
            forms.iter().any(|from| {
                !from.is_empty()
                    && (0..words.len()).any(|at| {
                        if particle {
                            words[at..].len() >= from.len()
                                && words[at..].iter().zip(from).all(|(w, f)| *w == f.as_str())
                        } else {
                            lexicon.phrase_at(from, &words[at..])
                        }
                    })
            })
        });
        if let Some((_, key)) = rewritten {
            error(
                &[Seg::key("phrases"), Seg::key(typed)],
                format!(
                    "{typed:?} -> {read:?} would rewrite the key {key:?}, which then no longer finds its fact"
                ),
            );
        }
    }
    // A filler word in a key would vanish from every query that types the key.
    for (i, entry) in parsed.filler.iter().enumerate() {
        if let Ok(word) = one_word(entry)
            && key_words.contains(word.as_str())
        {
            diagnostics.push(place.diagnostic(
                Severity::Warning,
                &[Seg::key("filler"), Seg::Index(i)],
                format!("{entry:?} is a word of a key: members who type that key lose it"),
            ));
        }
    }
    let failed = diagnostics.iter().any(|d| d.severity == Severity::Error);
    (if failed { None } else { Some(lexicon) }, diagnostics)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon(json: &str, keys: &[Vec<(usize, &str)>]) -> (Option<Lexicon>, Vec<Diagnostic>) {
        let mut files = super::super::read::Files::new();
        files.insert(
            Path::new(LEXICON_FILE).to_path_buf(),
            json.as_bytes().to_vec(),
        );
        load(Path::new(""), Origin::Memory(&files), || keys.to_vec())
    }

    /// A phrase read as words the member typed just before it does not read them twice:
    /// "human rights group" with "rights group" read as "human rights group" (session 59's
    /// start read "human human right group").
    #[test]
    fn a_phrase_does_not_repeat_the_words_before_it() {
        let (loaded, diagnostics) = lexicon(
            r#"{"phrases": {"rights group": "human rights group"}}"#,
            &[],
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let lexicon = loaded.expect("valid");
        // (Tokens come folded and stemmed.)
        let read = |q: &str| lexicon.read(q.split(' ').map(String::from).collect()).words;
        assert_eq!(read("human right group"), ["human", "right", "group"]);
        assert_eq!(read("the right group"), ["the", "human", "right", "group"]);
        assert_eq!(
            read("human human right group"),
            ["human", "human", "right", "group"]
        );
    }

    /// A phrase typed in filler words only (a verb and its particle) is read on the words as
    /// typed; one with no word of its own on the reading side, or of one word, is refused.
    #[test]
    fn reads_phrases_typed_in_filler_words() {
        let (loaded, diagnostics) = lexicon(
            r#"{"phrases": {"called in": "summoned", "did it in": "x y"}}"#,
            &[],
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let particles = loaded.expect("valid");
        let query = "Sweden called in the envoy; Called in";
        let folded = crate::text::fold(query);
        assert_eq!(
            particles.read_particles(query, &folded),
            "sweden summoned the envoy summoned"
        );
        // A hyphen stands for a space: "called-in" (session 48's start read "unheard-of" as
        // "unheard").
        let hyphened = "the envoy was called-in";
        assert_eq!(
            particles.read_particles(hyphened, &crate::text::fold(hyphened)),
            "the envoy was summoned"
        );
        // A capital starts a title: "a book called In Defense …".
        let title = "a book called In Defense";
        assert_eq!(
            particles.read_particles(title, &crate::text::fold(title)),
            "a book called in defense"
        );
        // Nothing to read: the folded text itself, not a copy.
        let plain = "sweden called the envoy in";
        assert!(matches!(
            particles.read_particles(plain, plain),
            Cow::Borrowed(_)
        ));
        let did = "he did it in june";
        assert_eq!(particles.read_particles(did, did), "he x y june");
        for refused in [
            r#"{"phrases": {"in": "x"}}"#,
            r#"{"phrases": {"called in": "the"}}"#,
        ] {
            let (lexicon, diagnostics) = lexicon(refused, &[]);
            assert!(
                lexicon.is_none() && diagnostics.len() == 1,
                "{diagnostics:?}"
            );
        }
    }

    /// A phrase that filler words leave one word of ("haul in": "in" is filler) is read as
    /// typed, not as that word wherever it is ("haul him out" is no summons).
    #[test]
    fn a_phrase_filler_leaves_one_word_of_is_read_as_typed() {
        let (loaded, diagnostics) = lexicon(
            r#"{"phrases": {"haul in": "summon", "hauls in": "summons"}, "same": [["drag", "haul"]]}"#,
            &[],
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let lexicon = loaded.expect("valid");
        let read = |query: &str| {
            let folded = crate::text::fold(query);
            let particles = lexicon.read_particles(query, &folded);
            lexicon.read(tokens(&particles)).words
        };
        assert_eq!(read("they haul him out"), ["haul", "out"]);
        assert_eq!(
            read("sweden hauls in the envoy"),
            ["sweden", "summon", "envoy"]
        );
    }

    /// A phrase with a preposition inside ("asked for asylum") is read only where the query
    /// types that preposition there: filler words dropped, "asked about the asylum" would
    /// read the same tokens.
    #[test]
    fn a_phrase_with_a_preposition_inside_is_read_only_as_typed() {
        let (loaded, diagnostics) = lexicon(
            r#"{"phrases": {"asked for asylum": "sought refuge", "porte ouverte": "door open"}}"#,
            &[],
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let lexicon = loaded.expect("valid");
        let read = |query: &str| {
            let folded = crate::text::fold(query);
            lexicon.read_guarded(tokens(&folded), Some(&folded)).words
        };
        assert_eq!(read("when he asked for asylum"), ["sought", "refuge"]);
        assert_eq!(read("when asked about the asylum"), ["asked", "asylum"]);
        assert_eq!(read("la porte ouverte"), ["la", "door", "open"]);
    }

    /// A phrase of three words or more is read with words of its words' `same` groups too
    /// ("yank foreign ministry" as "us foreign ministry" is); one of two is read only as typed.
    /// (Session 63's start read the first as typed.) A key it would rewrite so is refused.
    #[test]
    fn a_long_phrase_is_read_through_same_groups() {
        let (loaded, diagnostics) = lexicon(
            r#"{"same": [["us", "yank"], ["hand", "deliver"]],
                "phrases": {"us foreign ministry": "state department", "hand over": "extradite"}}"#,
            &[],
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let read = |q: &str| loaded.as_ref().expect("valid").read(tokens(q)).words;
        assert_eq!(read("yank foreign ministry"), ["state", "department"]);
        assert_eq!(read("us foreign ministry"), ["state", "department"]);
        assert_eq!(read("yank ministry"), ["yank", "ministry"]);
        assert_eq!(read("hand over"), ["extradite"]);
        assert_eq!(read("deliver over"), ["deliver", "over"]);
        let keys = vec![vec![(0, "yank foreign ministry spokesman")], vec![], vec![]];
        let (refused, diagnostics) = lexicon(
            r#"{"same": [["us", "yank"]], "phrases": {"us foreign ministry": "state department"}}"#,
            &keys,
        );
        assert!(refused.is_none());
        assert!(
            diagnostics[0].message.contains("would rewrite the key"),
            "{diagnostics:?}"
        );
    }

    #[test]
    fn reads_phrases_filler_and_alternatives() {
        let (lexicon, diagnostics) = lexicon(
            r#"{"filler": ["quand", "sur"], "same": [["police", "cop"]],
                "phrases": {"porte ouverte": "door open"}, "roles": ["head"],
                "members": ["Reporters"]}"#,
            &[],
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let lexicon = lexicon.expect("valid");
        let read = lexicon.read(tokens("quand la porte ouverte cop"));
        assert_eq!(read.words, ["la", "door", "open", "cop"]);
        assert_eq!(read.alternatives[3][..], ["police"]);
        assert!(lexicon.is_role("head"));
        assert!(lexicon.is_member("reporter") && !lexicon.is_role("reporter"));
    }

    #[test]
    fn a_french_phrase_is_read_with_or_without_its_apostrophes() {
        let (lexicon, diagnostics) = lexicon(
            r#"{"phrases": {"lanceur d alerte": "whistleblower", "l amerique": "us"}}"#,
            &[],
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let lexicon = lexicon.expect("valid");
        for typed in ["lanceur d'alerte", "lanceur d alerte", "lanceur d’alerte"] {
            assert_eq!(
                lexicon.read(tokens(typed)).words,
                ["whistleblower"],
                "{typed}"
            );
        }
        // The last word is never dropped, and a phrase of one elided word is not read alone.
        assert_eq!(lexicon.read(tokens("l'amerique")).words, ["us"]);
        assert_eq!(phrase_forms(vec!["d".into()]), [vec!["d".to_string()]]);
    }

    #[test]
    fn a_phrase_read_as_filler_is_dropped() {
        let (lexicon, diagnostics) = lexicon(
            r#"{"filler": ["please"], "phrases": {"may i ask": "please"}}"#,
            &[],
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let read = lexicon
            .expect("valid")
            .read(tokens("may i ask who ibahri is"));
        assert_eq!(read.words, ["ibahri"]);
    }

    #[test]
    fn refuses_a_member_word_of_several_words() {
        let (read, diagnostics) = lexicon(r#"{"members": ["mp", "news reporter"]}"#, &[]);
        assert!(read.is_none());
        assert_eq!(diagnostics[0].pointer, "/members/1", "{diagnostics:?}");
    }

    #[test]
    fn reads_speech_words_with_filler_kept() {
        let (read, diagnostics) = lexicon(r#"{"speech": ["Dit", "lettres", "dit"]}"#, &[]);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let speech: Vec<&str> = read.as_ref().expect("valid").speech().collect();
        assert_eq!(speech, ["dit", "lettre"]);
        // "said" is filler to the matcher, still one speech word; two words are refused.
        let (read, diagnostics) = lexicon(r#"{"speech": ["said", "porte parole"]}"#, &[]);
        assert!(read.is_none());
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(diagnostics[0].pointer, "/speech/1");
    }

    /// A light word is read as one word, and weighs half in the index ([`LIGHT_FACTOR`]);
    /// one that is filler too, or of two words, is refused.
    #[test]
    fn reads_light_words_and_refuses_one_that_is_filler_too() {
        let (read, diagnostics) = lexicon(r#"{"light": ["First", "whole"]}"#, &[]);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let read = read.expect("valid");
        assert!(read.is_light("first") && read.is_light("whole"));
        assert!(!read.is_light("embassy"));
        let (read, diagnostics) = lexicon(
            r#"{"filler": ["only"], "light": ["first", "only", "full text"]}"#,
            &[],
        );
        assert!(read.is_none());
        let pointers: Vec<&str> = diagnostics.iter().map(|d| d.pointer.as_str()).collect();
        assert_eq!(pointers, ["/light/2", "/light/1"], "{diagnostics:?}");
    }

    #[test]
    fn refuses_a_group_that_makes_two_keys_collide() {
        let keys = vec![vec![(0, "police raid"), (1, "cop raid")], vec![], vec![]];
        let (lexicon, diagnostics) = lexicon(r#"{"same": [["police", "cop"]]}"#, &keys);
        assert!(lexicon.is_none());
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert!(diagnostics[0].message.contains("read the same"));
        assert_eq!(
            (diagnostics[0].line, diagnostics[0].pointer.as_str()),
            (1, "/same/0")
        );
    }

    /// A phrase typed in filler words only (or that filler leaves one word of) is read on
    /// the words as typed: it rewrites a key only if the key holds all of them ("ran out"
    /// in "assange ran out appeal"), not one of its words alone ("like" of "i d like to
    /// know" in "journalistic like activity", refused before session 63).
    #[test]
    fn a_phrase_in_filler_words_rewrites_only_a_key_that_holds_it_whole() {
        let keys = vec![vec![(0, "journalistic like activity")], vec![], vec![]];
        let (loaded, diagnostics) =
            lexicon(r#"{"phrases": {"i'd like to know": "please x"}}"#, &keys);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert!(loaded.is_some());
        let keys = vec![vec![(0, "assange ran out appeal")], vec![], vec![]];
        let (refused, diagnostics) = lexicon(r#"{"phrases": {"ran out": "exhausted"}}"#, &keys);
        assert!(refused.is_none());
        assert!(
            diagnostics[0].message.contains("would rewrite the key"),
            "{diagnostics:?}"
        );
    }

    #[test]
    fn refuses_a_phrase_that_rewrites_a_key() {
        let keys = vec![vec![(0, "police officer embassy")], vec![], vec![]];
        let (lexicon, diagnostics) = lexicon(r#"{"phrases": {"police officer": "police"}}"#, &keys);
        assert!(lexicon.is_none());
        assert!(
            diagnostics[0].message.contains("would rewrite the key"),
            "{diagnostics:?}"
        );
    }

    #[test]
    fn refuses_empty_and_multi_word_entries() {
        let (lexicon, diagnostics) = lexicon(
            r#"{"same": [["police officer", "cop"]], "filler": ["the"], "phrases": {"x": "the"}}"#,
            &[],
        );
        assert!(lexicon.is_none());
        let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert!(
            messages.iter().any(|m| m.contains("several words")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("empty once folded")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("both sides")),
            "{messages:?}"
        );
    }
}
