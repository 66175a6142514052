//! The immutable, pre-built index of one command's keys, and the scoring of a query over it.
//!
//! Keys are normalised once into word ids over a shared, sorted vocabulary. A query is
//! answered in three steps, each exact, so that the result is the one a full scan would give
//! (see [`Index::scan_all`], the brute-force reference the tests compare with):
//!
//! 1. **Words.** Each query word is matched against the vocabulary without scanning it:
//!    exact and typed-prefix matches are ranges of the sorted vocabulary, and typos come from a
//!    deletion index (SymSpell): every word's first [`TYPO_HEAD`] characters with up to its
//!    typo budget of letters deleted, hashed. Two words within `d` edits share such a string
//!    with at most `d` deletions on each side, also after cutting both to the same head, so
//!    the lookup misses nothing. A candidate found only this way is first ruled out by length
//!    and letter counts (kept beside each word), which bound the edit distance from below;
//!    the rest are rescored with [`word_sim`] itself. In autocomplete, a last word typed as
//!    one letter only narrows what the other words find.
//! 2. **Bounds.** The postings of the matched words give the candidate facts, and for each an
//!    upper bound on its score: per query word the best similarity any of its keys offers (in
//!    its curated keys, its keys and phrases, any of its texts: a match counts for its field's
//!    factor), and how much of a key the matched words can cover (each posting carries the
//!    largest share of a key's weight that its word has in that fact). Where a matched word
//!    is held by many facts, the postings of the frequent, light words are read only while a
//!    fact holding only them could still enter the top `limit` (MaxScore, `search_pruned`,
//!    whose bounds do not tell the fields apart); candidates look those words up instead.
//! 3. **Scoring.** Facts are scored in full (every key, exactly as the full scan does) in order
//!    of their bound, and the search stops as soon as no remaining bound can enter the top
//!    `limit`. Whole-string (compact) similarity only counts for a query of at most
//!    `COMPACT_MAX_CHARS` (24) characters and a key that starts with the same
//!    `COMPACT_HEAD` (3) characters (in both paths alike); those keys are a lookup (by head and
//!    by the lengths that may be alike enough), and the similarity is bounded by lengths and
//!    letter counts (stored per key) before it is computed.
//!
//! Score of a key: the weighted share of the query's words the key covers (each word weighted
//! by how rare it is among facts, so "assange" counts for little and an unknown word counts
//! fully against), times a milder factor for how much of the key the query covers.

use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::Arc;

use super::score::{
    Typed, compact_sim, context_budget, context_sim, edit_budget, is_form_of, prefix_sim,
    signature, signature_distance, word_sim,
};
use crate::knowledge::lexicon::{LIGHT_FACTOR, Lexicon};
use crate::text::{fold, is_mistyped_stopword, normalize, tokens_folded};
// Keys come from curated fact files, not from members: FxHash, as rustc uses, is safe here
// and much faster than SipHash on a large reload.
use rustc_hash::FxHashMap as FastMap;

/// How much of a score rests on covering the key, as opposed to the query, when answering.
const KEY_COVER_WEIGHT: f32 = 0.25;
/// The same for autocomplete, where the member has typed only part of what they want.
const KEY_COVER_WEIGHT_TYPING: f32 = 0.10;
/// A descriptive phrase (title, role, names) counts for this share of a curated key.
const PHRASE_FACTOR: f32 = 0.92;
/// A match in what a fact says (summary, quotation text, evidence) counts for this share of a
/// curated key: it finds the fact, but less surely than the words curators chose.
const BODY_FACTOR: f32 = 0.80;
/// A fact's score loses this share for the part of the query that only its body holds (not
/// its keys or phrases). Chosen on the tuning set: 2 fewer unanswerable questions answered
/// for 1 fewer right answer (on the held-out set: 1 fewer, for 4 fewer right answers).
const BODY_ONLY_PENALTY: f32 = 0.06;
/// In a fact scored on all its texts together, a query word found only in its body counts for
/// this share: the words of a long text cover many queries loosely.
const BODY_WORD_FACTOR: f32 = 0.85;
/// A fact scored on all its keys together counts for this share of a single key's score.
const FACT_WIDE_FACTOR: f32 = 0.95;
/// Whole-string similarity (spaces removed) counts only from here.
const COMPACT_MIN: f32 = 0.88;
/// Typos are looked up by this many leading characters of a word (SymSpell's prefix length).
pub const TYPO_HEAD: usize = 7;
/// An unfinished word of 4 or 5 letters looks for a typo in this many leading characters.
const TYPING_HEAD: usize = 4;
/// Whole-string similarity is only considered for a key that starts with the same this-many
/// characters as the query (written without spaces): it joins split words ("wiki leaks"),
/// it does not guess at a different start. This keeps its candidates a short lookup.
const COMPACT_HEAD: usize = 3;
/// Nor for a query longer than this without spaces: a long query is matched word by word
/// (the evaluation set is unchanged by this; it bounds the quadratic string comparison).
const COMPACT_MAX_CHARS: usize = 24;
/// A posting's share of a key's weight is in this many parts ([`Index::post_share`]): a whole
/// byte (which fields hold the word are kept apart), since rounding each share up loosens the
/// bounds (in 127ths, a fact whose score was within 0.2% of the fifth hit's was scored).
const SHARE_PARTS: f32 = 255.0;
/// How many of the best hits [`Index::mark_word_dropped`] compares (the suggestions shown).
pub const WORD_DROPPED_WINDOW: usize = 5;
/// Slack added to score bounds against rounding: a bound may be loose, never too low.
const BOUND_SLACK: f32 = 1e-5;
/// A key whose text no other key of its field shares ([`Index::key_same`]).
const NOT_SAME: u32 = u32::MAX;
/// Matched words held by at most this many facts are always walked (see `search_pruned`).
const PRUNE_MIN_POSTINGS: usize = 4096;
/// Matched words held by at most this many facts are never optional (see `search_pruned`).
const OPTIONAL_MIN_POSTINGS: usize = 1024;
/// About how many postings reading costs as much as one binary search in them.
const LOOKUP_COST: usize = 24;
/// Every this-many-th posting of a word that may be optional (held by more than
/// [`OPTIONAL_MIN_POSTINGS`] facts) is kept apart ([`Index::post_skips`]): a candidate is
/// looked up in the small list first, then in one run of this many postings.
const SKIP_STRIDE: usize = 32;

/// A fact as the index sees it: an id, a label, keys, and a default rank for empty queries.
#[derive(Debug, Clone)]
pub struct IndexFact {
    pub id: String,
    pub label: String,
    /// The curated keys: unique per command, so matching one exactly is an answer.
    pub keys: Vec<String>,
    /// Descriptive phrases (a title, a role) that also lead to the fact, but never exactly.
    pub phrases: Vec<String>,
    /// What the fact says (a summary, a quotation's text, the evidence): searched with the
    /// least weight. Only read while the index is built, which empties it.
    pub body: Vec<String>,
}

impl IndexFact {
    /// A fact known by its keys alone, labelled with the first (synthetic benchmarks).
    pub fn from_keys(id: String, keys: Vec<String>) -> IndexFact {
        IndexFact {
            id,
            label: keys.first().cloned().unwrap_or_default(),
            keys,
            phrases: Vec::new(),
            body: Vec::new(),
        }
    }
}

/// Where a key's words come from, which sets how much a match in them counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// A curated key: unique per command, so matching one exactly is an answer.
    Key,
    /// A title, a role, the names of the people involved.
    Phrase,
    /// A summary, a quotation's text, the evidence.
    Body,
}

impl Field {
    /// The share of a curated key's score a match in this field counts for.
    fn factor(self) -> f32 {
        match self {
            Field::Key => 1.0,
            Field::Phrase => PHRASE_FACTOR,
            Field::Body => BODY_FACTOR,
        }
    }
}

/// One scored fact: which fact, how well, through which key.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub fact: u32,
    pub score: f32,
    pub key: u32,
    /// The query is exactly this key (after normalising).
    pub exact: bool,
    /// The weighted share of the query's words that the fact's keys and phrases hold.
    pub strong: f32,
    /// The same over everything the fact says, its body included.
    pub cover: f32,
    /// The weighted share of the query's words that other facts hold but this one does not
    /// at all: what the member asked about that the case file knows, elsewhere.
    pub elsewhere: f32,
    /// The weighted share of the query's words that no fact holds.
    pub unknown: f32,
    /// The query holds every word of one of the fact's curated keys of two words or more (a
    /// name, a title), whatever else it says around it.
    pub holds_key: bool,
    /// How many of the hits near this one (see [`Index::mark_word_dropped`]) are of facts with
    /// a key holding every word of this hit's key and more: the query may be such a key with
    /// a word dropped. 0 when none is, or before marking.
    pub dropped_by: u32,
    /// The best score among those hits (0 when there are none).
    pub dropped_score: f32,
}

/// A query, normalised once.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub words: Vec<String>,
    /// For each word, the other words it may stand for (the lexicon's `same` groups).
    pub alternatives: Vec<std::sync::Arc<[String]>>,
    pub compact: String,
    /// Autocomplete: the last word may be unfinished.
    pub typing: bool,
    /// For each word, whether the lexicon reads it as `light`: it counts for
    /// [`LIGHT_FACTOR`] of its weight.
    pub light: Vec<bool>,
    /// For each word, whether the lexicon writes it as an office or a relation (`roles`): a
    /// word members spell as they mean it, not forgiven as a slip of another word ("mother"
    /// is not "brother", "president" not "precedent"); its forms still match
    /// ([`is_form_of`]: "minister" and "ministry").
    pub spelled: Vec<bool>,
}

/// The query words a vocabulary word is similar to, as [`Index::score_fact`] reads them.
trait Similar {
    /// The query words `w` is similar to (each with its similarity, above 0), and which of them
    /// count in context only ([`context_sim`]); `None` if it is similar to none. They may be
    /// written into `buffer`.
    fn pairs<'a>(
        &'a self,
        w: u32,
        buffer: &'a mut Vec<(usize, f32)>,
    ) -> Option<(&'a [(usize, f32)], u64)>;
}

/// The words a query matched, found through the index ([`Matches`], by their stamped slots).
struct Found<'m> {
    word_at: &'m [Stamped],
    generation: u32,
    matches: &'m Matches,
}

impl Similar for Found<'_> {
    fn pairs<'a>(
        &'a self,
        w: u32,
        _: &'a mut Vec<(usize, f32)>,
    ) -> Option<(&'a [(usize, f32)], u64)> {
        let at = self.word_at[w as usize];
        (at.stamp == self.generation).then(|| self.matches.pairs_of(at.slot as usize))
    }
}

/// Every similarity computed directly, for [`Index::scan_all`].
struct Scanned<'q> {
    index: &'q Index,
    query: &'q Prepared,
}

impl Similar for Scanned<'_> {
    fn pairs<'a>(
        &'a self,
        w: u32,
        buffer: &'a mut Vec<(usize, f32)>,
    ) -> Option<(&'a [(usize, f32)], u64)> {
        let word = self.index.vocab.word(w);
        let mut context = 0u64;
        buffer.clear();
        for i in 0..self.query.words.len() {
            let v = self.query.similarity(i, word);
            if v < 0.0 {
                context |= context_bit(i);
            }
            if v.abs() > 0.0 {
                buffer.push((i, v.abs()));
            }
        }
        (!buffer.is_empty()).then_some((&buffer[..], context))
    }
}

/// How a key word's similarities in context count ([`context_sim`]).
#[derive(Clone, Copy)]
enum ContextRule {
    /// As found: the query words (bits) of those in context.
    Counted(u64),
    /// Not at all: those of these query words (bits) are dropped.
    Dropped(u64),
}

/// A word matched through the lexicon counts for this share of the word typed: the documents'
/// own word, when a fact has it, wins.
const ALTERNATIVE_FACTOR: f32 = 0.95;

impl Prepared {
    /// The query's words, with no lexicon.
    pub fn new(query: &str, typing: bool) -> Self {
        Prepared::read(query, typing, &Lexicon::default())
    }

    /// The query's words as the lexicon reads them (phrases, filler, alternatives).
    pub fn read(query: &str, typing: bool, lexicon: &Lexicon) -> Self {
        Prepared::read_folded(query, &fold(query), typing, lexicon)
    }

    /// [`Prepared::read`], with the query folded already (`folded`: [`crate::text::fold`] of
    /// `query`).
    pub fn read_folded(query: &str, folded: &str, typing: bool, lexicon: &Lexicon) -> Self {
        // A query that ends in a space has its last word finished.
        let typing = typing && !query.ends_with(char::is_whitespace);
        let particles = lexicon.read_particles(query, folded);
        let read = lexicon.read_guarded(tokens_folded(&particles), Some(&particles));
        Prepared {
            light: read.words.iter().map(|w| lexicon.is_light(w)).collect(),
            spelled: read
                .words
                .iter()
                .map(|w| lexicon.is_role_as_written(w))
                .collect(),
            compact: read.words.concat(),
            words: read.words,
            alternatives: read.alternatives,
            typing,
        }
    }

    /// Similarity of query word `i`, or of a word it may stand for, to a vocabulary word;
    /// negative for a similarity that counts only in context ([`context_sim`]).
    fn similarity(&self, i: usize, word: &str) -> f32 {
        let mut typed = similarity(&self.words[i], word, self.unfinished(i));
        if self.is_spelled(i) && !is_form_of(&self.words[i], word) {
            typed = 0.0;
        }
        let alternative = self
            .alternatives
            .get(i)
            .is_some_and(|alts| alts.iter().any(|alt| alt == word));
        if alternative {
            typed.max(ALTERNATIVE_FACTOR)
        } else {
            typed
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether query word `i` is spelled as the lexicon writes an office ([`Prepared::spelled`]).
    fn is_spelled(&self, i: usize) -> bool {
        self.spelled.get(i).copied().unwrap_or(false)
    }

    /// Whether query word `i` may be the unfinished start of a word.
    fn unfinished(&self, i: usize) -> bool {
        self.typing && i + 1 == self.words.len()
    }

    /// Whether query word `i` only narrows what the other words find: the last word of an
    /// autocomplete query with others before it, typed as a single character so far. It
    /// starts a twenty-sixth of the vocabulary, so it finds nothing on its own ("consul s"
    /// ranks the consul facts with a word in s- first, and offers no other fact in s-).
    fn narrows(&self, i: usize) -> bool {
        self.unfinished(i) && i > 0 && self.words[i].chars().nth(1).is_none()
    }

    /// Whether any query word [narrows](Prepared::narrows).
    fn has_narrowing(&self) -> bool {
        self.words.len() > 1 && self.narrows(self.words.len() - 1)
    }
}

/// The index of one command's facts.
#[derive(Debug, Clone, Default)]
pub struct Index {
    facts: Vec<IndexFact>,
    /// Fact -> its keys, `fact_keys[f]..fact_keys[f + 1]` (a fact's keys are consecutive).
    fact_keys: Vec<u32>,
    /// Key -> its words, `key_words[key_starts[k]..key_starts[k + 1]]`.
    key_starts: Vec<u32>,
    key_words: Vec<u32>,
    /// Which field each key comes from.
    key_field: Vec<Field>,
    /// Sorted, so prefixes are a range.
    vocab: Vocab,
    /// Beside each word: its letter counts ([`signature`]) and, in the top 8 bits, its length
    /// in characters (saturating), to rule out typo candidates without reading the word.
    word_shape: Vec<u64>,
    idf: Vec<f32>,
    /// Each key's words' summed weight, for how much of the key a query covers.
    key_idf: Vec<f32>,
    /// Each key's words as a set of [`word_bit`]s: a key none of whose bits a fact's matched
    /// words have holds none of them, and is not read.
    key_bits: Vec<u64>,
    /// Per key, the group of the keys of its field written the same ([`NOT_SAME`]: none
    /// known): a query scores their text once ([`Buffers::same`]).
    key_same: Vec<u32>,
    max_idf: f32,
    /// Word -> facts that hold it, ascending: `post_facts[post_starts[w]..post_starts[w + 1]]`.
    post_starts: Vec<u32>,
    post_facts: Vec<u32>,
    /// Beside each posting: the largest share of one key's weight that the word carries in
    /// that fact, in [`SHARE_PARTS`], rounded up.
    post_share: Vec<u8>,
    /// Beside each posting, as bits (posting `p` at bit `p % 64` of word `p / 64`): whether a
    /// key or phrase of the fact holds the word (or only its body).
    post_strong: Vec<u64>,
    /// Beside each posting, as bits (posting `p` at bit `p % 64` of word `p / 64`): whether a
    /// curated key of the fact holds the word, not only its phrases or body (whose matches
    /// count for less, [`Field::factor`]).
    post_keyed: Vec<u64>,
    /// Whether some text is a phrase or a body, not a curated key: else the fields tell no
    /// facts apart, and [`Index::bounds`] does not bound by field.
    weaker_fields: bool,
    /// Per word, the largest share of its postings.
    word_share: Vec<u8>,
    /// Per word held by more than [`OPTIONAL_MIN_POSTINGS`] facts, every [`SKIP_STRIDE`]-th
    /// fact of its postings, from the first: `post_skips[skip_starts[w]..skip_starts[w + 1]]`
    /// (empty for the other words). A lookup in a long list of postings searches this short,
    /// cached one, then a single run of postings, instead of jumping across the whole list.
    skip_starts: Vec<u32>,
    post_skips: Vec<u32>,
    /// Deletion index for typos: hash of a word's head with letters deleted -> word.
    typo: HashTable,
    /// The same over the first [`TYPING_HEAD`] characters with at most one deletion.
    typing: HashTable,
    /// Hash of the first [`COMPACT_HEAD`] characters of a key without spaces and its length
    /// without spaces ([`compact_hash`]) -> key.
    compact_heads: HashTable,
    /// Per key (not body): the [`signature`] of its words written without spaces, and in the
    /// top 8 bits their length in characters (saturating), for [`Index::key_compact_bound`].
    key_compact: Vec<u64>,
    /// Fact numbers in the order of their ids (equal ids: in fact order), for [`Index::by_id`].
    ids: Vec<u32>,
    /// Every byte some id holds, as bits: a query with another byte (a space, a capital) is
    /// no id, and is not looked for.
    id_bytes: [u64; 4],
    /// The words the lexicon may read a query word as, each with its word id if it is a
    /// vocabulary word: looked up once, not at every query ([`Index::learn_words`]).
    learned: FastMap<Box<str>, Option<u32>>,
    /// The lexicon's lists of alternatives (one a query word, shared with the queries that
    /// read it), by address, with the word ids of their vocabulary words
    /// ([`Index::learn_alternatives`]): a query word's list is one lookup, not one a word. The
    /// list is held here, so no other list has its address while the index lives.
    learned_lists: FastMap<usize, LearnedList>,
}

/// Bit `p` of a bitset kept as words (`p % 64` of word `p / 64`).
fn bit(bits: &[u64], p: usize) -> bool {
    bits[p / 64] >> (p % 64) & 1 != 0
}

/// Sets bit `p` of a bitset kept as words ([`bit`]).
fn set_bit(bits: &mut [u64], p: usize) {
    bits[p / 64] |= 1 << (p % 64);
}

/// A list of alternatives the index learned, and the word ids of its vocabulary words.
type LearnedList = (Arc<[String]>, Box<[u32]>);

/// (32-bit hash, value) pairs in 4 bytes a pair and a small directory: the pairs sorted by
/// hash, the directory giving where each leading-bits bucket starts, and each value stored
/// with the low bits of its hash below it (8 bits while values fit in 24 bits, fewer beyond).
/// A lookup yields every value of its hash, and rarely one of another hash (the hashes are
/// only told apart by 24 bits at most): only one candidate more, which is scored like the
/// others.
#[derive(Debug, Clone, Default)]
struct HashTable {
    /// A hash's bucket is `hash >> shift`.
    shift: u32,
    /// Bucket -> its first pair, `starts[b]..starts[b + 1]`.
    starts: Vec<u32>,
    /// How many low bits of the hash each entry keeps below its value.
    check: u32,
    entries: Vec<u32>,
}

impl HashTable {
    fn new(mut pairs: Vec<(u32, u32)>) -> HashTable {
        // About two to four pairs a bucket, at most 2^16 buckets.
        let bits = (usize::BITS - (pairs.len() / 4).leading_zeros()).clamp(1, 16);
        let shift = 32 - bits;
        let mut starts = vec![0u32; (1usize << bits) + 1];
        for &(h, _) in &pairs {
            starts[(h >> shift) as usize + 1] += 1;
        }
        for b in 1..starts.len() {
            starts[b] += starts[b - 1];
        }
        // The pairs sorted (by hash, then value): moved to their buckets in place, each bucket
        // then sorted (a bucket is a range of hashes).
        let buckets = starts.len() - 1;
        let mut next: Vec<u32> = starts[..buckets].to_vec();
        for b in 0..buckets {
            while next[b] < starts[b + 1] {
                let at = next[b] as usize;
                // Carry the pair here to its bucket, taking the one there, until one belongs
                // here.
                let mut pair = pairs[at];
                loop {
                    let to = (pair.0 >> shift) as usize;
                    if to == b {
                        break;
                    }
                    let there = next[to] as usize;
                    next[to] += 1;
                    std::mem::swap(&mut pair, &mut pairs[there]);
                }
                pairs[at] = pair;
                next[b] += 1;
            }
        }
        for b in starts.windows(2) {
            pairs[b[0] as usize..b[1] as usize].sort_unstable();
        }
        let largest = pairs.iter().map(|&(_, v)| v).max().unwrap_or(0);
        let check = largest.leading_zeros().min(8);
        let mask = (1u32 << check) - 1;
        HashTable {
            shift,
            starts,
            check,
            entries: pairs
                .iter()
                .map(|&(h, v)| (v.checked_shl(check).unwrap_or(0)) | (h & mask))
                .collect(),
        }
    }

    /// Bytes taken.
    fn bytes(&self) -> usize {
        (self.starts.len() + self.entries.len()) * 4
    }

    /// Adds the values listed under `hash`.
    fn get(&self, hash: u32, out: &mut Vec<u32>) {
        let b = (hash >> self.shift) as usize;
        let (start, end) = (self.starts[b] as usize, self.starts[b + 1] as usize);
        let mask = (1u32 << self.check) - 1;
        for &e in &self.entries[start..end] {
            if e & mask == hash & mask {
                out.push(e >> self.check);
            }
        }
    }
}

/// The sorted vocabulary in one string: word `i` is `text[starts[i]..starts[i + 1]]`.
#[derive(Debug, Clone, Default)]
struct Vocab {
    text: String,
    starts: Vec<u32>,
    /// The words whose first byte is `b` are `by_first[b]..by_first[b + 1]`: a search for a
    /// word or a prefix starts there.
    by_first: Vec<u32>,
    /// Narrower: for a first byte that is a digit or a lowercase letter ([`first_slot`]), the
    /// words whose second byte is of class `c` ([`second_class`]; 0: none) are
    /// `by_two[f * (SECOND_CLASSES + 1) + c]..by_two[f * (SECOND_CLASSES + 1) + c + 1]`. A
    /// search in a large vocabulary starts a few steps nearer (each a cache miss on a cold
    /// vocabulary).
    by_two: Vec<u32>,
}

/// How many classes [`second_class`] sorts a word's second byte into.
const SECOND_CLASSES: usize = 40;

/// The slot of a first byte in [`Vocab::by_two`]: digits, then lowercase letters.
fn first_slot(b: u8) -> Option<usize> {
    match b {
        b'0'..=b'9' => Some(usize::from(b - b'0')),
        b'a'..=b'z' => Some(10 + usize::from(b - b'a')),
        _ => None,
    }
}

/// A word's second byte as a class that never sorts before a smaller byte's (0: no second
/// byte, which sorts first): each digit and lowercase letter its own, the bytes between them
/// shared. Words of one first byte are then in the order of their second bytes' classes.
fn second_class(b: Option<&u8>) -> usize {
    match b {
        None => 0,
        Some(&b) if b < b'0' => 1,
        Some(&b @ b'0'..=b'9') => 2 + usize::from(b - b'0'),
        Some(&b) if b < b'a' => 12,
        Some(&b @ b'a'..=b'z') => 13 + usize::from(b - b'a'),
        Some(_) => SECOND_CLASSES - 1,
    }
}

impl Vocab {
    /// `words` sorted and unique.
    fn new(words: &[&str]) -> Vocab {
        let mut text = String::with_capacity(words.iter().map(|w| w.len()).sum());
        let mut starts = Vec::with_capacity(words.len() + 1);
        starts.push(0);
        for w in words {
            text.push_str(w);
            starts.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
        }
        let mut by_first = vec![0u32; 257];
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                by_first[usize::from(b) + 1] += 1;
            }
        }
        // The empty word, if any, sorts first: before every first byte.
        by_first[0] = u32::from(words.first().is_some_and(|w| w.is_empty()));
        for b in 1..by_first.len() {
            by_first[b] += by_first[b - 1];
        }
        let mut by_two = Vec::with_capacity(36 * (SECOND_CLASSES + 1));
        for first in (b'0'..=b'9').chain(b'a'..=b'z') {
            let of_first = &words
                [by_first[usize::from(first)] as usize..by_first[usize::from(first) + 1] as usize];
            let base = by_first[usize::from(first)];
            for c in 0..SECOND_CLASSES {
                let at = of_first.partition_point(|w| second_class(w.as_bytes().get(1)) < c);
                by_two.push(base + at as u32);
            }
            by_two.push(by_first[usize::from(first) + 1]);
        }
        Vocab {
            text,
            starts,
            by_first,
            by_two,
        }
    }

    /// The words that may start like `text` (by its first two bytes, or its first; all of
    /// them for "").
    fn starting(&self, text: &str) -> std::ops::Range<u32> {
        let bytes = text.as_bytes();
        match bytes.first() {
            Some(&b) if self.by_first.len() == 257 => {
                if bytes.len() >= 2
                    && let Some(f) = first_slot(b)
                {
                    let at = f * (SECOND_CLASSES + 1) + second_class(bytes.get(1));
                    return self.by_two[at]..self.by_two[at + 1];
                }
                self.by_first[usize::from(b)]..self.by_first[usize::from(b) + 1]
            }
            _ => 0..self.len() as u32,
        }
    }

    fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    fn word(&self, w: u32) -> &str {
        let w = w as usize;
        &self.text[self.starts[w] as usize..self.starts[w + 1] as usize]
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len() as u32).map(|w| self.word(w))
    }

    /// The first word of `range` for which `pred` is false, `pred` being true on a prefix of
    /// the range (`range.end` if it is true on all of it).
    fn partition_point_in(&self, range: std::ops::Range<u32>, pred: impl Fn(&str) -> bool) -> u32 {
        let (mut lo, mut hi) = (range.start, range.end);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if pred(self.word(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    fn bytes(&self) -> usize {
        self.text.len() + (self.starts.len() + self.by_first.len() + self.by_two.len()) * 4
    }
}

/// What a query needs while facts are scored: its words' weights and exact form.
struct Scoring<'q> {
    query: &'q Prepared,
    weights: Vec<f32>,
    total_weight: f32,
    /// Whether each query word matches some vocabulary word.
    known: Vec<bool>,
    /// The query's words as word ids, when every one of them is a vocabulary word.
    exact_words: Option<Vec<u32>>,
    key_weight: f32,
    compact_len: usize,
    compact_signature: u64,
    compact_head: Vec<char>,
    /// Whether whole-string similarity is considered at all.
    compact: bool,
}

/// Buffers of a query's words step, reused between queries of one thread.
#[derive(Default)]
struct WordStep {
    /// (vocabulary word, query word, similarity) for every similar pair.
    found: Vec<(u32, usize, f32)>,
    /// One query word's similar words.
    similar: Vec<(u32, f32)>,
    matches: Matches,
    buffers: Buffers,
}

/// Per query, the vocabulary words similar to some query word, sorted by word id, with the
/// similarity to each query word: `sims[j * n..(j + 1) * n]` for `words[j]`, and in `context[j]`
/// the query words (below the 64th) for which it is a similarity in context only.
#[derive(Default)]
struct Matches {
    n: usize,
    words: Vec<u32>,
    sims: Vec<f32>,
    context: Vec<u64>,
    /// The same similarities above 0, as (query word, similarity), in query word order:
    /// `pairs[pair_starts[j]..pair_starts[j + 1]]` for `words[j]`.
    pairs: Vec<(usize, f32)>,
    pair_starts: Vec<u32>,
}

impl Matches {
    /// The query words `words[j]` is similar to, with the similarity, and which of them count
    /// in context only.
    fn pairs_of(&self, j: usize) -> (&[(usize, f32)], u64) {
        let (from, to) = (self.pair_starts[j], self.pair_starts[j + 1]);
        (&self.pairs[from as usize..to as usize], self.context[j])
    }
}

/// Reused between queries of one thread: which candidate slot a fact has, and which entry of
/// [`Matches`] a word has, if any (valid where the stamp is this query's generation); and
/// the buffers of [`Index::similar_words`].
#[derive(Default)]
struct Scratch {
    /// Per fact: its candidate slot.
    fact_at: Vec<Stamped>,
    /// Per vocabulary word: its entry of [`Matches`].
    word_at: Vec<Stamped>,
    generation: u32,
    words: WordBuffers,
    candidates: Candidates,
    step: WordStep,
}

/// The candidates of [`Index::bounds`], slot by slot: the fact, which of the first 64 matched
/// words it holds (bits), its bound; and while they are found, the best similarity per query
/// word among the matched words any text of the fact holds, among those its keys or phrases
/// hold, and among those its curated keys hold (`3 * n` a candidate, [`FieldBests`]; `n`
/// where every text is a curated key, [`Index::weaker_fields`]), and the summed key shares.
#[derive(Default)]
struct Candidates {
    facts: Vec<u32>,
    held: Vec<u64>,
    bounds: Vec<f32>,
    best: Vec<f32>,
    share: Vec<u32>,
}

/// A slot, valid where `stamp` is the query's generation: one read finds both.
#[derive(Clone, Copy, Default)]
struct Stamped {
    stamp: u32,
    slot: u32,
}

/// Buffers [`Index::similar_words`] reuses: the word's characters, candidates besides its
/// prefix range, typo candidates, and deletion hashes.
#[derive(Default)]
struct WordBuffers {
    chars: Vec<char>,
    extra: Vec<u32>,
    typos: Vec<u32>,
    variants: Vec<u32>,
}

impl Scratch {
    /// Starts a query over an index of `facts` facts and `words` words.
    fn start(&mut self, facts: usize, words: usize) {
        if self.fact_at.len() < facts {
            self.fact_at.resize(facts, Stamped::default());
        }
        if self.word_at.len() < words {
            self.word_at.resize(words, Stamped::default());
        }
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.fact_at.fill(Stamped::default());
            self.word_at.fill(Stamped::default());
            self.generation = 1;
        }
    }
}

/// A matched word as [`Index::search_pruned`] walks it: its entry in [`Matches`], its
/// postings, and its similarities to the query words (those above 0 in `similar`).
struct Word<'m> {
    j: usize,
    /// Its vocabulary word.
    w: u32,
    range: std::ops::Range<usize>,
    similar: Vec<(usize, f32)>,
    sims: &'m [f32],
}

/// Buffers one fact's scoring needs, allocated once per query (or reused, [`Buffers::reset`]).
#[derive(Default)]
struct Buffers {
    fact_words: Vec<f32>,
    /// The same as `fact_words`, over keys and phrases only.
    strong_words: Vec<f32>,
    key_best: Vec<f32>,
    /// The query words a key word is similar to, with the similarity.
    word_pairs: Vec<(usize, f32)>,
    /// For each query word, the positions (below 64) of the key words it matches best.
    key_marks: Vec<u64>,
    /// The texts of [`Index::key_same`] groups scored so far.
    same: SameTexts,
}

impl Buffers {
    /// For a query of `n` words; `remember` the texts of [`Index::key_same`] groups.
    fn new(n: usize, remember: bool) -> Buffers {
        Buffers {
            fact_words: vec![0.0; n],
            strong_words: vec![0.0; n],
            key_best: vec![0.0; n],
            word_pairs: Vec::with_capacity(n),
            key_marks: vec![0; n],
            same: SameTexts {
                on: remember,
                ..SameTexts::default()
            },
        }
    }
}

impl Buffers {
    /// Ready for a query of `n` words, as [`Buffers::new`] makes them, with the memory held.
    fn reset(&mut self, n: usize, remember: bool) {
        for buffer in [
            &mut self.fact_words,
            &mut self.strong_words,
            &mut self.key_best,
        ] {
            buffer.clear();
            buffer.resize(n, 0.0);
        }
        self.key_marks.clear();
        self.key_marks.resize(n, 0);
        self.word_pairs.clear();
        self.same.on = remember;
        self.same.at.clear();
        self.same.texts.clear();
        self.same.best.clear();
        self.same.facts.clear();
        self.same.groups.clear();
    }
}

/// What a query found in the text of each [`Index::key_same`] group it scored: another key of
/// the group, in another fact, scores the same (its words, field and weight are the same).
#[derive(Default)]
struct SameTexts {
    /// Whether texts are remembered (not by the full scan, the reference).
    on: bool,
    /// Group -> its entry.
    at: FastMap<u32, u32>,
    texts: Vec<SameText>,
    /// The key's best similarity to each query word, `n` an entry.
    best: Vec<f32>,
    /// Facts whose keys that may hold a matched word are all of groups: the groups in key
    /// order -> the fact's hit (or none), and which of those keys is its key. Another fact
    /// with the same groups in the same order scores the same through the key at that place.
    /// By a hash of the groups: where they are in `groups`, and how many.
    facts: FastMap<u64, (u32, u32, Option<Hit>, u32)>,
    /// The groups of the facts in `facts`, one after another.
    groups: Vec<u32>,
    /// The keys of the fact being scored that may hold a matched word.
    keys: Vec<u32>,
}

#[derive(Clone, Copy)]
struct SameText {
    /// How much of the key the query covers; `None` where no query word matches it.
    key_cover: Option<f32>,
    /// The key's score and whether it is exact, once computed (not where it covers nothing).
    score: Option<(f32, bool)>,
}

impl SameTexts {
    /// Remembers `group`'s text, with `best` (the query words' similarities to it); returns
    /// its entry.
    fn remember(&mut self, group: u32, key_cover: Option<f32>, best: &[f32]) -> usize {
        let e = self.texts.len();
        self.at.insert(group, e as u32);
        self.texts.push(SameText {
            key_cover,
            score: None,
        });
        self.best.extend_from_slice(best);
        e
    }
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Index {
    /// Builds the index. Facts keep their order: fact number `i` is `facts[i]`.
    pub fn build(facts: Vec<IndexFact>) -> Index {
        Index::build_normalised(facts, Vec::new())
    }

    /// [`Index::build`] given the curated keys already normalised (as
    /// [`normalize`](crate::text::normalize) has them), in order: every fact's `keys`,
    /// fact after fact. The validator normalises them anyway; if the count does not match,
    /// they are normalised again.
    pub(crate) fn build_normalised(mut facts: Vec<IndexFact>, key_norms: Vec<Box<str>>) -> Index {
        // What facts say is only read to index it: the fact base keeps it.
        let owned: Vec<Vec<String>> = facts
            .iter_mut()
            .map(|fact| std::mem::take(&mut fact.body))
            .collect();
        let bodies: Vec<Vec<&str>> = owned
            .iter()
            .map(|body| body.iter().map(String::as_str).collect())
            .collect();
        Index::build_with_bodies(facts, key_norms, &bodies)
    }

    /// [`Index::build_normalised`], with what each fact says given apart (in `bodies`, fact
    /// by fact, read where it is rather than copied into the facts, whose `body` is ignored).
    pub(crate) fn build_with_bodies(
        mut facts: Vec<IndexFact>,
        key_norms: Vec<Box<str>>,
        bodies: &[Vec<&str>],
    ) -> Index {
        let parts = normalise_parts(&facts, key_norms, bodies);
        for fact in &mut facts {
            fact.body = Vec::new();
        }
        // The vocabulary: every part's words, sorted, merged; and each part's word ids
        // translated to their place in it.
        let (vocab, global) = merge_vocabularies(&parts);
        let vocab = Vocab::new(&vocab);

        let texts: usize = parts.iter().map(|p| p.texts.len()).sum();
        let mut fact_keys = vec![0u32; facts.len() + 1];
        let mut key_starts = Vec::with_capacity(texts + 1);
        let mut key_words = Vec::with_capacity(parts.iter().map(|p| p.ids.len()).sum());
        let mut key_fact = Vec::with_capacity(texts);
        let mut key_field = Vec::with_capacity(texts);
        key_starts.push(0u32);
        // Keys written as an earlier key of their field (in the same part): a group id each,
        // shared with that key, for a query to score their text once.
        let mut key_same = vec![NOT_SAME; texts];
        let mut groups = 0u32;
        for (part, global) in parts.iter().zip(&global) {
            let mut from = 0;
            let base = key_field.len();
            for (t, &first) in part.same.iter().enumerate() {
                let (k, first) = (base + t, base + first as usize);
                if first != k && part.texts[t].1 == part.texts[first - base].1 {
                    if key_same[first] == NOT_SAME {
                        key_same[first] = groups;
                        groups += 1;
                    }
                    key_same[k] = key_same[first];
                }
            }
            for &(fact, field, end) in &part.texts {
                let words = part.ids[from..end as usize].iter();
                from = end as usize;
                let start = key_words.len();
                key_words.extend(words.map(|&w| global[w as usize]));
                if field == Field::Body {
                    // A body is a set of words, kept sorted to be read at the matched words only.
                    key_words[start..].sort_unstable();
                    let unique = dedup_in_place(&mut key_words[start..]);
                    key_words.truncate(start + unique);
                }
                key_starts.push(key_words.len() as u32);
                key_fact.push(fact);
                key_field.push(field);
                fact_keys[fact as usize + 1] += 1;
            }
        }
        for f in 1..fact_keys.len() {
            fact_keys[f] += fact_keys[f - 1];
        }
        // The words are ids from here on: the parts' words are freed before the postings are
        // built.
        drop(global);
        drop(parts);

        // Document frequency over facts, then each (word, fact)'s largest share of a key.
        let mut fact_df = vec![0u32; vocab.len()];
        let mut last_fact = vec![u32::MAX; vocab.len()];
        for (k, &f) in key_fact.iter().enumerate() {
            for &w in &key_words[key_starts[k] as usize..key_starts[k + 1] as usize] {
                if last_fact[w as usize] != f {
                    last_fact[w as usize] = f;
                    fact_df[w as usize] += 1;
                }
            }
        }
        let n = facts.len().max(1) as f32;
        let idf: Vec<f32> = fact_df
            .iter()
            .map(|&df| (1.0 + n / df.max(1) as f32).ln())
            .collect();
        let max_idf = (1.0 + n).ln();
        let key_idf: Vec<f32> = (0..key_fact.len())
            .map(|k| {
                key_words[key_starts[k] as usize..key_starts[k + 1] as usize]
                    .iter()
                    .map(|&w| idf[w as usize])
                    .sum()
            })
            .collect();
        let key_bits: Vec<u64> = (0..key_fact.len())
            .map(|k| {
                key_words[key_starts[k] as usize..key_starts[k + 1] as usize]
                    .iter()
                    .fold(0, |bits, &w| bits | word_bit(w))
            })
            .collect();

        let mut post_starts = vec![0u32; vocab.len() + 1];
        for (w, &df) in fact_df.iter().enumerate() {
            post_starts[w + 1] = post_starts[w] + df;
        }
        let total = post_starts[vocab.len()] as usize;
        let mut post_facts = vec![0u32; total];
        let mut post_share = vec![0u8; total];
        let mut post_strong = vec![0u64; total.div_ceil(64)];
        let mut post_keyed = vec![0u64; total.div_ceil(64)];
        let mut fill = post_starts.clone();
        last_fact.fill(u32::MAX);
        for (k, &f) in key_fact.iter().enumerate() {
            let words = &key_words[key_starts[k] as usize..key_starts[k + 1] as usize];
            let all = key_idf[k];
            let body = key_field[k] == Field::Body;
            for &w in words {
                // A body holds each of its words once.
                let held: f32 = if body {
                    idf[w as usize]
                } else {
                    words
                        .iter()
                        .filter(|&&v| v == w)
                        .map(|&v| idf[v as usize])
                        .sum()
                };
                let share = ((held / all.max(f32::MIN_POSITIVE)) * SHARE_PARTS).ceil();
                let share = share.clamp(0.0, SHARE_PARTS) as u8;
                let w = w as usize;
                if last_fact[w] != f {
                    last_fact[w] = f;
                    post_facts[fill[w] as usize] = f;
                    fill[w] += 1;
                }
                let at = fill[w] as usize - 1;
                post_share[at] = post_share[at].max(share);
                if !body {
                    set_bit(&mut post_strong, at);
                }
                if key_field[k] == Field::Key {
                    set_bit(&mut post_keyed, at);
                }
            }
        }

        let mut typo = Vec::new();
        let mut typing = Vec::new();
        let mut variants = Vec::new();
        for (i, word) in vocab.iter().enumerate() {
            if has_digit(word) {
                continue;
            }
            let chars: Vec<char> = word.chars().collect();
            // Words of three letters, forgiven no slip alone, are forgiven one in context.
            let budget = edit_budget(chars.len()).max(usize::from(chars.len() == 3));
            if budget > 0 {
                deletion_hashes(&chars[..chars.len().min(TYPO_HEAD)], budget, &mut variants);
                typo.extend(variants.iter().map(|&h| (h, i as u32)));
            }
            if chars.len() > TYPING_HEAD {
                deletion_hashes(&chars[..TYPING_HEAD], 1, &mut variants);
                typing.extend(variants.iter().map(|&h| (h, i as u32)));
            }
        }
        let typo = HashTable::new(typo);
        let typing = HashTable::new(typing);

        let word_shape = vocab.iter().map(shape).collect();
        let word_share = post_starts
            .windows(2)
            .map(|r| {
                post_share[r[0] as usize..r[1] as usize]
                    .iter()
                    .copied()
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut skip_starts = Vec::with_capacity(vocab.len() + 1);
        let mut post_skips = Vec::new();
        skip_starts.push(0u32);
        for r in post_starts.windows(2) {
            let range = r[0] as usize..r[1] as usize;
            if range.len() > OPTIONAL_MIN_POSTINGS {
                post_skips.extend(post_facts[range].iter().step_by(SKIP_STRIDE));
            }
            skip_starts.push(post_skips.len() as u32);
        }
        let mut id_bytes = [0u64; 4];
        for b in facts.iter().flat_map(|f| f.id.bytes()) {
            id_bytes[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        let mut ids: Vec<u32> = (0..facts.len() as u32).collect();
        ids.sort_by(|&a, &b| facts[a as usize].id.cmp(&facts[b as usize].id));
        let weaker_fields = key_field.iter().any(|&field| field != Field::Key);
        let mut index = Index {
            facts,
            fact_keys,
            key_starts,
            key_words,
            key_field,
            vocab,
            word_shape,
            idf,
            key_idf,
            key_bits,
            key_same,
            max_idf,
            post_starts,
            post_facts,
            post_share,
            post_strong,
            post_keyed,
            weaker_fields,
            word_share,
            skip_starts,
            post_skips,
            typo,
            typing,
            compact_heads: HashTable::default(),
            key_compact: Vec::new(),
            ids,
            id_bytes,
            learned: FastMap::default(),
            learned_lists: FastMap::default(),
        };
        // Whole-string similarity joins split words of keys and phrases, not of bodies: they
        // are looked up by head and length without spaces.
        // Whole-string similarity is bounded without reading the words of the keys: their
        // letter counts and length, read with their heads.
        let mut compact_heads: Vec<(u32, u32)> = Vec::new();
        let mut key_compact = vec![0u64; index.key_field.len()];
        for (k, compact) in key_compact.iter_mut().enumerate() {
            if index.key_field[k] == Field::Body {
                continue;
            }
            let mut head = ['\0'; COMPACT_HEAD];
            let mut len = 0usize;
            let chars = index
                .words_of(k as u32)
                .iter()
                .flat_map(|&w| index.vocab.word(w).chars())
                .inspect(|&c| {
                    if let Some(at) = head.get_mut(len) {
                        *at = c;
                    }
                    len += 1;
                });
            let letters = signature(chars);
            compact_heads.push((compact_hash(&head[..len.min(COMPACT_HEAD)], len), k as u32));
            *compact = letters | (len.min(255) as u64) << 56;
        }
        index.compact_heads = HashTable::new(compact_heads);
        index.key_compact = key_compact;
        index
    }

    pub fn fact(&self, n: u32) -> &IndexFact {
        &self.facts[n as usize]
    }

    pub fn fact_count(&self) -> usize {
        self.facts.len()
    }

    pub fn key_count(&self) -> usize {
        self.key_starts.len() - 1
    }

    /// The fact whose id is exactly `id`.
    pub fn by_id(&self, id: &str) -> Option<u32> {
        let id = id.trim();
        if id
            .bytes()
            .any(|b| self.id_bytes[usize::from(b >> 6)] & 1 << (b & 63) == 0)
        {
            return None;
        }
        // The last of equal ids, as a map filled in fact order would keep.
        let after = self
            .ids
            .partition_point(|&f| self.facts[f as usize].id.as_str() <= id);
        let f = *self.ids.get(after.checked_sub(1)?)?;
        (self.facts[f as usize].id == id).then_some(f)
    }

    /// Marks, in the first [`WORD_DROPPED_WINDOW`] hits, those whose matched key is a word-dropped
    /// form of another near hit's key: another fact there has a curated key holding every word
    /// of it and more (titles, roles and names are descriptions, not keys to drop words from) ("1966 siege" and "Linport siege 1966", "Medellín" and "strike of
    /// Medellín"). Such a query may be either: [`Hit::dropped_by`] counts those other facts and
    /// [`Hit::dropped_score`] is the best of their scores, for the decision to require a clear
    /// lead over them. It reads only
    /// the hits given, so a search and a full scan, marked alike, decide alike.
    pub fn mark_word_dropped(&self, hits: &mut [Hit]) {
        let near = hits.len().min(WORD_DROPPED_WINDOW);
        let mut mine: Vec<u32> = Vec::new();
        let mut theirs: Vec<u32> = Vec::new();
        for i in 0..near {
            let k = hits[i].key;
            if self.key_field[k as usize] != Field::Key {
                continue;
            }
            mine.clear();
            mine.extend_from_slice(self.words_of(k));
            mine.sort_unstable();
            mine.dedup();
            // A key holding every word of this one has every bit of it.
            let mine_bits = self.key_bits[k as usize];
            let (mut by, mut score) = (0, 0.0f32);
            for j in (0..near).filter(|&j| j != i) {
                let f = hits[j].fact;
                let holds = (self.fact_keys[f as usize]..self.fact_keys[f as usize + 1])
                    .filter(|&other| {
                        self.key_field[other as usize] == Field::Key
                            && self.key_bits[other as usize] & mine_bits == mine_bits
                    })
                    .any(|other| {
                        let words = self.words_of(other);
                        // Most keys lack a word: told before their words are counted.
                        if !mine.iter().all(|w| words.contains(w)) {
                            return false;
                        }
                        theirs.clear();
                        theirs.extend_from_slice(words);
                        theirs.sort_unstable();
                        theirs.dedup();
                        theirs.len() > mine.len()
                    });
                if holds {
                    by += 1;
                    score = score.max(hits[j].score);
                }
            }
            hits[i].dropped_by = by;
            hits[i].dropped_score = score;
        }
    }

    fn words_of(&self, k: u32) -> &[u32] {
        let k = k as usize;
        &self.key_words[self.key_starts[k] as usize..self.key_starts[k + 1] as usize]
    }

    /// The key `k` as normalised words.
    pub fn key_text(&self, k: u32) -> String {
        self.words_of(k)
            .iter()
            .map(|&w| self.vocab.word(w))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Where key `k`'s words come from.
    pub fn key_field(&self, k: u32) -> Field {
        self.key_field[k as usize]
    }

    /// The fact a key belongs to.
    pub fn key_fact(&self, k: u32) -> u32 {
        // The last fact whose keys start at or before `k` (facts without keys start there too).
        let after = self.fact_keys.partition_point(|&start| start <= k);
        after.saturating_sub(1) as u32
    }

    /// Bytes the index takes beyond the facts' own text (ids, labels, keys, phrases), and the
    /// bytes of that text: for reporting how compact the index is.
    pub fn memory(&self) -> (usize, usize) {
        let vec = |len: usize, size: usize| len * size;
        let vocab = self.vocab.bytes();
        let ids = vec(self.ids.len(), 4);
        let index = vec(self.fact_keys.len(), 4)
            + vec(self.key_starts.len(), 4)
            + vec(self.key_words.len(), 4)
            + vec(self.key_field.len(), 1)
            + vec(self.word_shape.len(), 8)
            + vocab
            + vec(self.idf.len(), 4)
            + vec(self.key_idf.len(), 4)
            + vec(self.key_bits.len(), 8)
            + vec(self.key_same.len(), 4)
            + vec(self.post_starts.len(), 4)
            + vec(self.post_facts.len(), 4)
            + vec(self.post_share.len(), 1)
            + vec(self.post_strong.len(), 8)
            + vec(self.post_keyed.len(), 8)
            + vec(self.word_share.len(), 1)
            + vec(self.skip_starts.len(), 4)
            + vec(self.post_skips.len(), 4)
            + self.typo.bytes()
            + self.typing.bytes()
            + self.compact_heads.bytes()
            + vec(self.key_compact.len(), 8)
            + ids
            + 32
            + self.learned.keys().map(|w| w.len() + 24).sum::<usize>()
            + self
                .learned_lists
                .values()
                .map(|(_, ids)| 40 + ids.len() * 4)
                .sum::<usize>();
        let text: usize = self
            .facts
            .iter()
            .map(|f| {
                f.id.len()
                    + f.label.len()
                    + f.keys
                        .iter()
                        .chain(&f.phrases)
                        .map(String::len)
                        .sum::<usize>()
            })
            .sum();
        (index, text)
    }

    /// Looks `words` up once, for queries to find them without a search of the vocabulary
    /// (the lexicon's words, which queries are read into).
    pub(crate) fn learn_words<'w>(&mut self, words: impl Iterator<Item = &'w str>) {
        for word in words {
            if !self.learned.contains_key(word) {
                let id = self.word_id(word);
                self.learned.insert(word.into(), id);
            }
        }
    }

    /// Learns the words of the lexicon's lists of alternatives ([`Index::learn_words`]), and
    /// each list's word ids, for the queries the lexicon reads.
    pub(crate) fn learn_alternatives<'l>(
        &mut self,
        lists: impl Iterator<Item = &'l Arc<[String]>>,
    ) {
        for list in lists {
            self.learn_words(list.iter().map(String::as_str));
            let ids = list
                .iter()
                .filter_map(|alt| self.learned_word_id(alt))
                .collect();
            self.learned_lists
                .insert(list_address(list), (Arc::clone(list), ids));
        }
    }

    /// [`Index::word_id`], for a word the index may have learned.
    fn learned_word_id(&self, word: &str) -> Option<u32> {
        match self.learned.get(word) {
            Some(&id) => id,
            None => self.word_id(word),
        }
    }

    /// The words of the facts (keys, phrases, labels and what they say), in vocabulary order.
    pub(super) fn vocabulary(&self) -> impl Iterator<Item = &str> {
        self.vocab.iter()
    }

    /// The vocabulary words one slip from `word` (a letter left out, added or changed, two
    /// neighbours swapped; [`within_one_edit`]) that keep its first letter, found through the
    /// deletion index: for [`super::spelling`].
    pub(super) fn slips(&self, word: &str) -> Vec<&str> {
        let chars: Vec<char> = word.chars().collect();
        let Some(&first) = chars.first() else {
            return Vec::new();
        };
        let mut variants = Vec::new();
        let mut found = Vec::new();
        deletion_hashes_unsorted(&chars[..chars.len().min(TYPO_HEAD)], 1, &mut variants);
        lookup(&self.typo, &variants, &mut found);
        found.sort_unstable();
        found.dedup();
        found
            .into_iter()
            .map(|w| self.vocab.word(w))
            .filter(|w| {
                w.starts_with(first) && w != &word && super::score::within_one_edit(word, w)
            })
            .collect()
    }

    pub(super) fn word_id(&self, word: &str) -> Option<u32> {
        self.word_id_in(0..self.vocab.len() as u32, word)
    }

    /// [`Index::word_id`], knowing that the word is in `range` if it is a vocabulary word.
    fn word_id_in(&self, range: std::ops::Range<u32>, word: &str) -> Option<u32> {
        let first = self.vocab.starting(word);
        let range = range.start.max(first.start)..range.end.min(first.end);
        let at = self.vocab.partition_point_in(range.clone(), |v| v < word);
        (at < range.end && self.vocab.word(at) == word).then_some(at)
    }

    /// The vocabulary words that start with `prefix`, as a range of word ids.
    fn prefix_range(&self, prefix: &str) -> std::ops::Range<u32> {
        let first = self.vocab.starting(prefix);
        let start = self.vocab.partition_point_in(first.clone(), |v| v < prefix);
        let end = self
            .vocab
            .partition_point_in(start..first.end, |v| v.starts_with(prefix));
        start..end
    }

    /// Vocabulary words similar to `word`, with their similarity, found through the index
    /// (negative: in context only, see [`context_sim`]), in word order. Returns the word's
    /// own id if it is a vocabulary word and `exact` asks for it.
    fn similar_words(
        &self,
        word: &str,
        unfinished: bool,
        exact: bool,
        out: &mut Vec<(u32, f32)>,
        buffers: &mut WordBuffers,
    ) -> Option<u32> {
        let WordBuffers {
            chars,
            extra,
            typos,
            variants,
        } = buffers;
        chars.clear();
        chars.extend(word.chars());
        let lq = chars.len();
        // The first `n` characters of the word, as a slice of it.
        let head = |n: usize| &word[..word.char_indices().nth(n).map_or(word.len(), |(i, _)| i)];
        extra.clear();
        typos.clear();
        // The words that start with what is typed (or with its first five letters: typed
        // prefixes, and two forms of one word sharing five letters). The word itself is
        // among them when it starts them; otherwise it is looked up alone.
        let range = if unfinished || (3..5).contains(&lq) {
            self.prefix_range(word)
        } else if lq >= 5 {
            self.prefix_range(head(5))
        } else {
            0..0
        };
        let own = if !unfinished && lq < 3 {
            let own = self.word_id(word);
            extra.extend(own);
            own
        } else if exact && !unfinished {
            // A word of three or four letters is the first of its range, if it is there.
            self.word_id_in(range.clone(), word)
        } else {
            None
        };
        if !has_digit(word) {
            if !unfinished {
                // The word with an ending the key does not have (one or two letters less):
                // of five letters or more, in the range of its first five already; of four,
                // before it.
                if lq == 5 || lq == 6 {
                    extra.extend(self.word_id_in(0..range.start, head(4)));
                }
            }
            // A typed word shorter than the key word is forgiven one edit more than its own
            // budget, but needs no more deletions of its own to meet the key word: at least
            // one of the edits is a letter it left out ("rot" is "roth" less one letter).
            if lq >= 3 {
                // A word of three letters may be one slip from another in context.
                let budget = edit_budget(lq).max(usize::from(lq == 3 && !unfinished));
                deletion_hashes_unsorted(&chars[..lq.min(TYPO_HEAD)], budget, variants);
                lookup(&self.typo, variants, typos);
                // Found only as a typo: rule out by length and letter counts what
                // `typo_sim` would (an unfinished word may also be a typo in its start).
                // (Those in the range are compared anyway.)
                let query_shape = shape(word);
                typos.retain(|&w| {
                    if range.contains(&w) {
                        return false;
                    }
                    let word_shape = self.word_shape[w as usize];
                    (unfinished && lq >= 4 && shape_len(word_shape) > lq)
                        || may_be_typo(query_shape, word_shape)
                });
            }
            if unfinished && (TYPING_HEAD..6).contains(&lq) {
                deletion_hashes_unsorted(&chars[..TYPING_HEAD], 1, variants);
                lookup(&self.typing, variants, extra);
            }
        }
        // The candidates: the range, and the others merged into it in word order.
        extra.append(typos);
        extra.retain(|w| !range.contains(w));
        extra.sort_unstable();
        extra.dedup();
        let split = extra.partition_point(|&w| w < range.start);
        let words = extra[..split]
            .iter()
            .copied()
            .chain(range.clone())
            .chain(extra[split..].iter().copied());
        // `similarity`, with the lengths and letter counts known.
        let typed = Typed::new(word);
        for w in words {
            let key = self.vocab.word(w);
            let key_shape = self.word_shape[w as usize];
            let key_len = match shape_len(key_shape) {
                255 => key.chars().count(),
                len => len,
            };
            let s = typed.similarity(key, key_len, key_shape & !(0xff << 56), unfinished);
            if s != 0.0 {
                out.push((w, s));
            }
        }
        own
    }

    /// What `similar_words` finds for query word `i` and the words it may stand for, by
    /// comparing with every vocabulary word.
    fn similar_words_by_scan(&self, query: &Prepared, i: usize) -> Vec<(u32, f32)> {
        self.vocab
            .iter()
            .enumerate()
            .map(|(w, v)| (w as u32, query.similarity(i, v)))
            .filter(|&(_, s)| s != 0.0)
            .collect()
    }

    /// The query's words as word ids, when it is not typed (autocomplete) and every one of
    /// them is a vocabulary word.
    fn exact_words(&self, query: &Prepared) -> Option<Vec<u32>> {
        if query.typing {
            None
        } else {
            query.words.iter().map(|w| self.word_id(w)).collect()
        }
    }

    /// What a query needs while facts are scored, given each word's best match and the
    /// query's [`Index::exact_words`].
    fn scoring<'q>(
        &self,
        query: &'q Prepared,
        best: &[Option<(u32, f32)>],
        exact_words: Option<Vec<u32>>,
    ) -> Scoring<'q> {
        // A word the facts never use weighs like the rarest word: it counts fully against;
        // unless it is a filler word typed with a slip ("teh", "whdn"), which weighs nothing.
        // A short word alike only in context to words of the facts ("qna" and "ana") weighs
        // like them: what it may stand for counts no more than that word typed right.
        let weights: Vec<f32> = best
            .iter()
            .zip(&query.words)
            .map(|(b, word)| match b {
                Some((w, s)) if *s > 0.0 => self.idf[*w as usize],
                _ if is_mistyped_stopword(word) => 0.0,
                Some((w, _)) => self.idf[*w as usize],
                None => self.max_idf,
            })
            .zip(&query.light)
            .map(|(w, &light)| if light { w * LIGHT_FACTOR } else { w })
            .collect();
        Scoring {
            query,
            known: best.iter().map(Option::is_some).collect(),
            total_weight: weights.iter().sum(),
            weights,
            exact_words,
            key_weight: if query.typing {
                KEY_COVER_WEIGHT_TYPING
            } else {
                KEY_COVER_WEIGHT
            },
            compact_len: query.compact.chars().count(),
            compact_signature: signature(query.compact.chars()),
            compact_head: query.compact.chars().take(COMPACT_HEAD).collect(),
            compact: !query.typing && query.compact.chars().count() <= COMPACT_MAX_CHARS,
        }
    }

    /// Every fact with a score above 0, best first (ties: the earlier fact first).
    pub fn search(&self, query: &Prepared) -> Vec<Hit> {
        self.search_top(query, usize::MAX)
    }

    /// The first `limit` facts of [`Index::search`], without scoring facts that cannot be
    /// among them.
    pub fn search_top(&self, query: &Prepared, limit: usize) -> Vec<Hit> {
        self.search_top_from(query, limit, 0.0)
    }

    /// The facts of [`Index::search_top`] that score `floor` or more (autocomplete's choices):
    /// a fact whose bound is below `floor` is not scored.
    pub fn search_top_from(&self, query: &Prepared, limit: usize, floor: f32) -> Vec<Hit> {
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
        SCRATCH.with(|cell| {
            let mut scratch = cell.borrow_mut();
            scratch.start(self.facts.len(), self.vocab.len());
            // The buffers of the words step, taken from the scratch for the search to borrow
            // apart from it, and given back with what they hold (their capacity).
            let mut step = std::mem::take(&mut scratch.step);
            let top = Top { limit, floor };
            let hits = self.search_in(query, top, &mut scratch, &mut step);
            scratch.step = step;
            hits
        })
    }

    fn search_in(
        &self,
        query: &Prepared,
        wanted: Top,
        scratch: &mut Scratch,
        step: &mut WordStep,
    ) -> Vec<Hit> {
        let n = query.words.len();
        // Step 1: the vocabulary words each query word matches.
        let WordStep {
            found,
            similar,
            matches,
            buffers,
        } = step;
        found.clear();
        let mut best = Vec::with_capacity(n);
        // The query's words as word ids (see `Index::exact_words`), found on the way.
        let mut exact_words = (!query.typing).then(|| Vec::with_capacity(n));
        for (i, word) in query.words.iter().enumerate() {
            similar.clear();
            let own = self.similar_words(
                word,
                query.unfinished(i),
                exact_words.is_some(),
                similar,
                &mut scratch.words,
            );
            // An office spelled as the lexicon writes it is no slip of another word.
            // (Session 36.)
            if query.is_spelled(i) {
                similar.retain(|&(w, _)| is_form_of(word, self.vocab.word(w)));
            }
            if let Some(ids) = &mut exact_words {
                match own {
                    Some(w) => ids.push(w),
                    None => exact_words = None,
                }
            }
            if let Some(alternatives) = query.alternatives.get(i)
                && !alternatives.is_empty()
            {
                // The lexicon spells its words: they are looked up as they are, not forgiven
                // (a list learned with its words' ids, or word by word).
                match self.learned_lists.get(&list_address(alternatives)) {
                    Some((_, ids)) => similar.extend(ids.iter().map(|&w| (w, ALTERNATIVE_FACTOR))),
                    None => similar.extend(
                        alternatives
                            .iter()
                            .filter_map(|alt| self.learned_word_id(alt))
                            .map(|w| (w, ALTERNATIVE_FACTOR)),
                    ),
                }
                // One entry a word, its best similarity.
                similar.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
                similar.dedup_by_key(|&mut (w, _)| w);
            }
            best.push(best_match(similar));
            found.extend(similar.iter().map(|&(w, s)| (w, i, s)));
        }
        found.sort_unstable_by_key(|&(w, i, _)| (w, i));
        matches.n = n;
        matches.words.clear();
        matches.sims.clear();
        matches.context.clear();
        matches.pairs.clear();
        matches.pair_starts.clear();
        for &(w, i, s) in found.iter() {
            if matches.words.last() != Some(&w) {
                matches.words.push(w);
                matches.sims.extend(std::iter::repeat_n(0.0, n));
                matches.context.push(0);
                matches.pair_starts.push(matches.pairs.len() as u32);
            }
            let j = matches.words.len() - 1;
            matches.sims[j * n + i] = s.abs();
            matches.pairs.push((i, s.abs()));
            if s < 0.0 {
                matches.context[j] |= context_bit(i);
            }
        }
        matches.pair_starts.push(matches.pairs.len() as u32);
        let scoring = self.scoring(query, &best, exact_words);
        if scoring.total_weight <= 0.0 {
            return Vec::new(); // only mistyped filler: nothing to look for
        }
        for (j, &w) in matches.words.iter().enumerate() {
            scratch.word_at[w as usize] = Stamped {
                stamp: scratch.generation,
                slot: j as u32,
            };
        }

        // Where some matched word is held by many facts, walk the postings of the words that
        // can lift a fact into the top only (see `search_pruned`).
        let longest = self
            .finding_words(matches, query)
            .map(|(_, range, _)| range.len());
        if longest.max().unwrap_or(0) > wanted.limit.max(PRUNE_MIN_POSTINGS) {
            return self.search_pruned(matches, &scoring, wanted, scratch, buffers);
        }

        // Step 2: candidate facts and a bound on each one's score.
        self.bounds(matches, &scoring, scratch);
        let scratch = &*scratch;
        let Candidates {
            facts: cand_facts,
            held,
            bounds,
            ..
        } = &scratch.candidates;
        let limit = wanted.limit;
        let sim = Found {
            word_at: &scratch.word_at,
            generation: scratch.generation,
            matches,
        };
        // The matched words a fact holds, for reading its bodies at those only: all of them
        // where a candidate's bits do not tell (past 64 words, or words whose postings were
        // not read because only a narrowing word matches them).
        let by_fact = matches.words.len() <= 64 && !query.has_narrowing();
        let mut own: Vec<u32> = Vec::new();
        let matched_in = |f: u32, own: &mut Vec<u32>| -> bool {
            let f_us = f as usize;
            if !by_fact || scratch.fact_at[f_us].stamp != scratch.generation {
                return false;
            }
            held_words(
                held[scratch.fact_at[f_us].slot as usize],
                &matches.words,
                own,
            );
            true
        };
        let mut score = |f: u32, buffers: &mut Buffers| {
            let matched = if matched_in(f, &mut own) {
                &own
            } else {
                &matches.words
            };
            self.score_fact(f, &scoring, &sim, Some(matched), buffers)
        };
        buffers.reset(n, true);

        // Step 3: score in order of the bounds until none can enter the top `limit`.
        // (A fact whose bound is below the floor scores below it: it is not scored; unless
        // whole-string similarity may lift it, which only the loop below looks for apart.)
        if limit >= cand_facts.len() {
            let mut hits: Vec<Hit> = cand_facts
                .iter()
                .zip(bounds)
                .filter(|&(_, &b)| scoring.compact || b >= wanted.floor)
                .filter_map(|(&f, _)| score(f, buffers))
                .filter(|h| h.score >= wanted.floor)
                .collect();
            hits.sort_by(rank_order);
            return hits;
        }
        let mut heap: BinaryHeap<(u32, Reverse<u32>)> = cand_facts
            .iter()
            .zip(bounds)
            .filter(|&(_, &b)| b >= wanted.floor)
            .map(|(&f, &b)| (b.to_bits(), Reverse(f)))
            .collect();
        let mut top: Vec<Hit> = Vec::with_capacity(limit + 1);
        let mut scored: Vec<u32> = Vec::new();
        while let Some(&(bits, Reverse(f))) = heap.peek() {
            if !wanted.may_enter(&top, f32::from_bits(bits), f) {
                break;
            }
            heap.pop();
            scored.push(f);
            if let Some(hit) = score(f, buffers) {
                wanted.insert(&mut top, hit);
            }
        }
        // Whole-string similarity can lift a fact above its word bound: check the keys that
        // start like the query.
        if scoring.compact {
            let heads = self.compact_keys(&scoring);
            for k in heads {
                // (The bound rules out most keys: their fact is looked for after it.)
                let bound = self.key_compact_bound(k, &scoring);
                if bound <= 0.0 {
                    continue;
                }
                let f = self.key_fact(k);
                if !scored.contains(&f) && wanted.may_enter(&top, bound, f) {
                    scored.push(f);
                    if let Some(hit) = score(f, buffers) {
                        wanted.insert(&mut top, hit);
                    }
                }
            }
        }
        top
    }

    /// The matched words (as entries of `matches`) that find facts themselves, with their
    /// postings and their similarities above 0 to the query words.
    fn finding_words<'m>(
        &'m self,
        matches: &'m Matches,
        query: &'m Prepared,
    ) -> impl Iterator<Item = (usize, std::ops::Range<usize>, &'m [f32])> + 'm {
        let n = matches.n;
        matches.words.iter().enumerate().filter_map(move |(j, &w)| {
            let sims = &matches.sims[j * n..(j + 1) * n];
            // A word that only a narrowing query word matches finds no fact itself.
            sims.iter()
                .enumerate()
                .any(|(i, &s)| s > 0.0 && !query.narrows(i))
                .then(|| {
                    let range = self.post_starts[w as usize] as usize
                        ..self.post_starts[w as usize + 1] as usize;
                    (j, range, sims)
                })
        })
    }

    /// Steps 2 and 3 of `search_in` (MaxScore): the matched words are ordered by how much
    /// they may add to a score, least first; the postings of the first ones (the "optional"
    /// words, usually frequent and light) are not walked while a fact holding only them
    /// provably cannot enter the top `limit`. Candidates come from the other words; a
    /// candidate's bound counts the optional words at their best until it is about to be
    /// scored, when its postings in them are looked up (binary search). Each time the
    /// candidates run out, the optional words are cut to what the `limit`-th score rules out,
    /// and the rest walked. The result equals the exhaustive walk's.
    fn search_pruned(
        &self,
        matches: &Matches,
        scoring: &Scoring<'_>,
        wanted: Top,
        scratch: &mut Scratch,
        buffers: &mut Buffers,
    ) -> Vec<Hit> {
        let n = matches.n;
        let query = scoring.query;
        let limit = wanted.limit;
        let mut words: Vec<(f32, Word<'_>)> = self
            .finding_words(matches, query)
            .map(|(j, range, sims)| {
                let most: f32 = sims.iter().zip(&scoring.weights).map(|(s, w)| s * w).sum();
                let similar = sims.iter().copied().enumerate().filter(|&(_, x)| x > 0.0);
                let similar = similar.collect();
                (
                    most,
                    Word {
                        j,
                        w: matches.words[j],
                        range,
                        similar,
                        sims,
                    },
                )
            })
            .collect();
        // Only words many facts hold may be optional: the others are walked at once.
        words.sort_by(|a, b| {
            let big = |w: &Word<'_>| w.range.len() > OPTIONAL_MIN_POSTINGS;
            big(&b.1)
                .cmp(&big(&a.1))
                .then(a.0.total_cmp(&b.0))
                .then(b.1.range.len().cmp(&a.1.range.len()))
        });
        let bigs = words
            .iter()
            .take_while(|w| w.1.range.len() > OPTIONAL_MIN_POSTINGS)
            .count();
        let words: Vec<Word<'_>> = words.into_iter().map(|(_, w)| w).collect();
        let loose = loose_bests(matches, scoring);
        let narrowing = query.has_narrowing();
        // The optional words are `words[..optional]`; `optional_best` their best similarity
        // to each query word.
        let mut optional = bigs.min(words.len().saturating_sub(1));
        let best_of = |ws: &[Word<'_>]| {
            let mut best = vec![0.0f32; n];
            for w in ws {
                for (b, &s) in best.iter_mut().zip(w.sims) {
                    *b = b.max(s);
                }
            }
            best
        };
        let mut optional_best = best_of(&words[..optional]);
        let share_of = |ws: &[Word<'_>]| -> u32 {
            ws.iter()
                .map(|w| u32::from(self.word_share[matches.words[w.j] as usize]))
                .sum()
        };
        let mut optional_share = share_of(&words[..optional]);

        let generation = scratch.generation;
        let Scratch {
            fact_at, word_at, ..
        } = scratch;
        let word_at = &*word_at;
        let sim = Found {
            word_at,
            generation,
            matches,
        };

        // Per candidate: its fact, the matched words it holds (bits), the best similarity per
        // query word, the summed key shares, and whether the optional words are counted.
        let mut facts: Vec<u32> = Vec::new();
        let mut held: Vec<u64> = Vec::new();
        let mut best: Vec<f32> = Vec::new();
        let mut share: Vec<u32> = Vec::new();
        let mut done: Vec<bool> = Vec::new();
        let count = |c: usize,
                     word: &Word<'_>,
                     p: usize,
                     held: &mut [u64],
                     best: &mut [f32],
                     share: &mut [u32]| {
            held[c] |= context_bit(word.j);
            // A word only the fact's body holds counts for no more than a body match.
            let most = if self.held_strong(p) {
                1.0
            } else {
                BODY_FACTOR.max(BODY_WORD_FACTOR)
            };
            let best = &mut best[c * n..(c + 1) * n];
            for &(i, x) in &word.similar {
                // (No similarity is NaN: a plain comparison is `max`.)
                let v = x * most;
                if v > best[i] {
                    best[i] = v;
                }
            }
            share[c] += u32::from(self.post_share[p]);
        };
        let exact_bound = |c: usize, best: &[f32], share: &[u32]| {
            let key_cover = if narrowing {
                1.0
            } else {
                (share[c] as f32 / SHARE_PARTS + BOUND_SLACK).min(1.0)
            };
            word_bound(&best[c * n..(c + 1) * n], &loose, key_cover, scoring)
        };
        let mut heap: BinaryHeap<(u32, Reverse<u32>)> = BinaryHeap::new();
        let mut fresh: Vec<usize> = Vec::new();
        let mut walk_from = words.len();
        let by_fact = matches.words.len() <= 64 && !narrowing;
        let mut own: Vec<u32> = Vec::new();
        let mut top: Vec<Hit> = Vec::with_capacity(limit + 1);
        let mut scored: Vec<u32> = Vec::new();
        // Whether the optional words' postings were read for the candidates (lookups cost more).
        let mut read_optional = false;
        buffers.reset(n, true);
        loop {
            // Walk the words that are no longer optional.
            fresh.clear();
            for word in &words[optional..walk_from] {
                for (p, &f) in word.range.clone().zip(&self.post_facts[word.range.clone()]) {
                    let f_us = f as usize;
                    if fact_at[f_us].stamp != generation {
                        fact_at[f_us] = Stamped {
                            stamp: generation,
                            slot: facts.len() as u32,
                        };
                        fresh.push(facts.len());
                        facts.push(f);
                        held.push(0);
                        best.extend(std::iter::repeat_n(0.0, n));
                        share.push(0);
                        done.push(false);
                    }
                    let c = fact_at[f_us].slot as usize;
                    // A counted candidate looked this word up already.
                    if !done[c] {
                        count(c, word, p, &mut held, &mut best, &mut share);
                    }
                }
            }
            walk_from = optional;
            let mut lifted = vec![0.0f32; n];
            let mut pushed = Vec::with_capacity(fresh.len());
            for &c in &fresh {
                let bound = if optional == 0 {
                    done[c] = true;
                    exact_bound(c, &best, &share)
                } else {
                    for ((l, b), o) in lifted
                        .iter_mut()
                        .zip(&best[c * n..(c + 1) * n])
                        .zip(&optional_best)
                    {
                        *l = b.max(*o);
                    }
                    let key_cover = if narrowing {
                        1.0
                    } else {
                        ((share[c] + optional_share) as f32 / SHARE_PARTS + BOUND_SLACK).min(1.0)
                    };
                    word_bound(&lifted, &loose, key_cover, scoring)
                };
                // The top only rises: what cannot enter it now never will.
                if wanted.may_enter(&top, bound, facts[c]) {
                    pushed.push((bound.to_bits(), Reverse(facts[c])));
                }
            }
            heap.extend(pushed);
            // Score in order of the bounds until none can enter the top `limit`. Once
            // looking candidates up costs more than reading the optional words' postings
            // (a binary search costs about `LOOKUP_COST` postings read), those are read.
            let optional_postings: usize = words[..optional].iter().map(|w| w.range.len()).sum();
            let mut lookups_left = optional_postings / (optional.max(1) * LOOKUP_COST);
            while let Some(&(bits, Reverse(f))) = heap.peek() {
                if !wanted.may_enter(&top, f32::from_bits(bits), f) {
                    break;
                }
                let c = fact_at[f as usize].slot as usize;
                if !done[c] && lookups_left == 0 {
                    for word in &words[..optional] {
                        for (p, &f) in word.range.clone().zip(&self.post_facts[word.range.clone()])
                        {
                            let f_us = f as usize;
                            if fact_at[f_us].stamp == generation
                                && !done[fact_at[f_us].slot as usize]
                            {
                                count(
                                    fact_at[f_us].slot as usize,
                                    word,
                                    p,
                                    &mut held,
                                    &mut best,
                                    &mut share,
                                );
                            }
                        }
                    }
                    done.fill(true);
                    read_optional = true;
                    heap = heap
                        .into_iter()
                        .map(|(_, Reverse(f))| {
                            let c = fact_at[f as usize].slot as usize;
                            (exact_bound(c, &best, &share).to_bits(), Reverse(f))
                        })
                        .collect();
                    continue;
                }
                heap.pop();
                if !done[c] {
                    self.count_optional(f, &words[..optional], |word, p| {
                        count(c, word, p, &mut held, &mut best, &mut share)
                    });
                    done[c] = true;
                    lookups_left -= 1;
                    heap.push((exact_bound(c, &best, &share).to_bits(), Reverse(f)));
                    continue;
                }
                scored.push(f);
                let matched = if by_fact {
                    held_words(held[c], &matches.words, &mut own);
                    &own
                } else {
                    &matches.words
                };
                if let Some(hit) = self.score_fact(f, scoring, &sim, Some(matched), buffers) {
                    wanted.insert(&mut top, hit);
                }
            }
            // The optional words that may still lift a fact holding only them into the top
            // are walked.
            // (A fact below the floor is not kept either.)
            let cut = match top.get(limit - 1) {
                Some(last) if top.len() >= limit => Some(last.score.max(wanted.floor)),
                _ if wanted.floor > 0.0 => Some(wanted.floor),
                _ => None,
            };
            let keep = match cut {
                Some(cut) => {
                    let mut keep = 0;
                    let mut only = vec![0.0f32; n];
                    let mut only_share = 0;
                    for word in &words[..optional] {
                        for (o, &s) in only.iter_mut().zip(word.sims) {
                            *o = o.max(s);
                        }
                        only_share += u32::from(self.word_share[matches.words[word.j] as usize]);
                        let key_cover = if narrowing {
                            1.0
                        } else {
                            (only_share as f32 / SHARE_PARTS + BOUND_SLACK).min(1.0)
                        };
                        if word_bound(&only, &loose, key_cover, scoring) >= cut {
                            break;
                        }
                        keep += 1;
                    }
                    keep
                }
                _ => 0,
            };
            if keep == optional {
                break;
            }
            // Until the optional words' postings have been read whole, one word at a time:
            // the top it lifts may spare walking the others (a first top from a few rare
            // words is weak, and would have them all walked). Once read, the rest at once.
            optional = if read_optional {
                keep
            } else {
                keep.max(optional - 1)
            };
            optional_best = best_of(&words[..optional]);
            optional_share = share_of(&words[..optional]);
        }
        // Whole-string similarity can lift a fact above its word bound: check the keys that
        // start like the query.
        if scoring.compact {
            let heads = self.compact_keys(scoring);
            for k in heads {
                let bound = self.key_compact_bound(k, scoring);
                if bound <= 0.0 {
                    continue;
                }
                let f = self.key_fact(k);
                if !scored.contains(&f) && wanted.may_enter(&top, bound, f) {
                    scored.push(f);
                    let f_us = f as usize;
                    let matched = if by_fact && fact_at[f_us].stamp == generation {
                        let c = fact_at[f_us].slot as usize;
                        if !done[c] {
                            self.count_optional(f, &words[..optional], |word, p| {
                                count(c, word, p, &mut held, &mut best, &mut share)
                            });
                            done[c] = true;
                        }
                        held_words(held[c], &matches.words, &mut own);
                        &own
                    } else {
                        &matches.words
                    };
                    if let Some(hit) = self.score_fact(f, scoring, &sim, Some(matched), buffers) {
                        wanted.insert(&mut top, hit);
                    }
                }
            }
        }
        top
    }

    /// Calls `found` with each of `words` that fact `f` holds, and its posting.
    fn count_optional<'w, 'm>(
        &self,
        f: u32,
        words: &'w [Word<'m>],
        mut found: impl FnMut(&'w Word<'m>, usize),
    ) {
        for word in words {
            if let Some(p) = self.posting_of(word.w, word.range.clone(), f) {
                found(word, p);
            }
        }
    }

    /// Whether a key or phrase of posting `p`'s fact holds its word ([`Index::post_strong`]).
    fn held_strong(&self, p: usize) -> bool {
        bit(&self.post_strong, p)
    }

    /// Whether a curated key of posting `p`'s fact holds its word ([`Index::post_keyed`]).
    fn held_keyed(&self, p: usize) -> bool {
        bit(&self.post_keyed, p)
    }

    /// Where fact `f` is among the postings of word `w` (`range`), if it holds the word: by
    /// the word's [`Index::post_skips`] first, where it has them.
    fn posting_of(&self, w: u32, range: std::ops::Range<usize>, f: u32) -> Option<usize> {
        let skips = &self.post_skips
            [self.skip_starts[w as usize] as usize..self.skip_starts[w as usize + 1] as usize];
        let run = if skips.is_empty() {
            range
        } else {
            // The run of postings that starts at the last skip at or before `f`.
            let after = skips.partition_point(|&s| s <= f);
            let from = range.start + after.checked_sub(1)? * SKIP_STRIDE;
            from..(from + SKIP_STRIDE).min(range.end)
        };
        let p = self.post_facts[run.clone()].binary_search(&f).ok()?;
        Some(run.start + p)
    }

    /// The facts holding a matched word, and for each an upper bound on its word-based score
    /// ([`field_bound`]) and which of the first 64 matched words (`matches.words`) it holds,
    /// as bits: into `scratch.candidates`.
    fn bounds(&self, matches: &Matches, scoring: &Scoring<'_>, scratch: &mut Scratch) {
        let n = matches.n;
        let Scratch {
            fact_at,
            generation,
            candidates,
            ..
        } = scratch;
        let Candidates {
            facts,
            held,
            bounds,
            best,
            share,
        } = candidates;
        facts.clear();
        held.clear();
        bounds.clear();
        best.clear();
        share.clear();
        // Per candidate, the best similarity per query word in any text, in the keys and
        // phrases, and in the curated keys; only the first where every text is a curated key.
        let width = if self.weaker_fields { 3 * n } else { n };
        {
            let query = scoring.query;
            // The query words a vocabulary word is similar to (usually one): only their
            // bests can rise, at each of its postings.
            let mut similar: Vec<(usize, f32)> = Vec::with_capacity(n);
            for (j, &w) in matches.words.iter().enumerate() {
                let sims = &matches.sims[j * n..(j + 1) * n];
                // A word that only a narrowing query word matches finds no fact itself.
                let finds = sims
                    .iter()
                    .enumerate()
                    .any(|(i, &s)| s > 0.0 && !query.narrows(i));
                if !finds {
                    continue;
                }
                similar.clear();
                similar.extend(sims.iter().copied().enumerate().filter(|&(_, x)| x > 0.0));
                let range = self.post_starts[w as usize] as usize
                    ..self.post_starts[w as usize + 1] as usize;
                for (p, (&f, &s)) in range.clone().zip(
                    self.post_facts[range.clone()]
                        .iter()
                        .zip(&self.post_share[range]),
                ) {
                    let f_us = f as usize;
                    if fact_at[f_us].stamp != *generation {
                        fact_at[f_us] = Stamped {
                            stamp: *generation,
                            slot: facts.len() as u32,
                        };
                        facts.push(f);
                        held.push(0);
                        best.extend(std::iter::repeat_n(0.0, width));
                        share.push(0);
                    }
                    let c = fact_at[f_us].slot as usize;
                    held[c] |= context_bit(j);
                    let best = &mut best[c * width..(c + 1) * width];
                    if self.weaker_fields {
                        // The similarity counts for the fields that hold the word (as 0 for the
                        // others): its best in any text, in the keys and phrases, in the
                        // curated keys.
                        let in_strong = f32::from(u8::from(self.held_strong(p)));
                        let in_key = f32::from(u8::from(self.held_keyed(p)));
                        for &(i, x) in &similar {
                            best[i] = larger(best[i], x);
                            best[n + i] = larger(best[n + i], x * in_strong);
                            best[2 * n + i] = larger(best[2 * n + i], x * in_key);
                        }
                    } else {
                        for &(i, x) in &similar {
                            best[i] = larger(best[i], x);
                        }
                    }
                    share[c] += u32::from(s);
                }
            }
        }
        // A narrowing word's postings were not read: bound what it may add by its best
        // similarity to any word, in any field, and the key's coverage by all of it.
        let narrowing = scoring.query.has_narrowing();
        let loose = loose_bests(matches, scoring);
        bounds.extend((0..facts.len()).map(|c| {
            let key_cover = if narrowing {
                1.0
            } else {
                (share[c] as f32 / SHARE_PARTS + BOUND_SLACK).min(1.0)
            };
            let best = &best[c * width..(c + 1) * width];
            if self.weaker_fields {
                let bests = FieldBests {
                    all: &best[..n],
                    strong: &best[n..2 * n],
                    keyed: &best[2 * n..],
                };
                field_bound(bests, &loose, key_cover, scoring)
            } else {
                word_bound(best, &loose, key_cover, scoring)
            }
        }));
    }

    /// The keys and phrases that start like the query (by hash), of the lengths that may
    /// be alike enough to it as a whole string.
    fn compact_keys(&self, scoring: &Scoring<'_>) -> Vec<u32> {
        let lq = scoring.compact_len;
        let mut keys = Vec::new();
        // Lengths outside these are ruled out by `length_bound` below by far.
        let shortest = (lq * 88 / 100).saturating_sub(1);
        let longest = lq * 100 / 88 + 1;
        for lk in shortest..=longest {
            if length_bound(lq, lk, 0) >= COMPACT_MIN {
                self.compact_heads
                    .get(compact_hash(&scoring.compact_head, lk), &mut keys);
            }
        }
        keys
    }

    /// An upper bound on `compact_sim(query, key)`: Damerau-Levenshtein distance is at least
    /// the difference in length and half the difference in letter counts.
    fn key_compact_bound(&self, k: u32, scoring: &Scoring<'_>) -> f32 {
        let lq = scoring.compact_len;
        let packed = self.key_compact[k as usize];
        // A length of 255 stands for longer keys, all of them far longer than any query.
        let lk = (packed >> 56) as usize;
        if length_bound(lq, lk, 0) < COMPACT_MIN {
            return 0.0;
        }
        let apart = signature_distance(packed, scoring.compact_signature);
        let bound = length_bound(lq, lk, apart.div_ceil(2));
        let bound = bound * (1.0 + BOUND_SLACK) + BOUND_SLACK;
        if bound < COMPACT_MIN { 0.0 } else { bound }
    }

    /// Whether the key of `words`, written without spaces, starts with `head` (which is all of
    /// the query if the query is shorter).
    fn compact_starts_with(&self, words: &[u32], head: &[char]) -> bool {
        let mut key = words.iter().flat_map(|&w| self.vocab.word(w).chars());
        head.iter().all(|&c| key.next() == Some(c))
            && (head.len() == COMPACT_HEAD || key.next().is_none())
    }

    /// The same ranking computed by scoring every key, with every word similarity computed
    /// directly (no vocabulary index, no bounds): the reference for [`Index::search`].
    pub fn scan_all(&self, query: &Prepared) -> Vec<Hit> {
        if query.is_empty() {
            return Vec::new();
        }
        let best: Vec<Option<(u32, f32)>> = (0..query.words.len())
            .map(|i| best_match(&self.similar_words_by_scan(query, i)))
            .collect();
        let scoring = self.scoring(query, &best, self.exact_words(query));
        if scoring.total_weight <= 0.0 {
            return Vec::new();
        }
        let sim = Scanned { index: self, query };
        let buffers = &mut Buffers::new(query.words.len(), false);
        let mut hits: Vec<Hit> = (0..self.facts.len() as u32)
            .filter_map(|f| self.score_fact(f, &scoring, &sim, None, buffers))
            .collect();
        hits.sort_by(rank_order);
        hits
    }

    /// Scores fact `f` on every one of its keys, and on all of them together. `sim` writes
    /// the similarity of a vocabulary word to each query word and, if any is above 0, returns
    /// which of them count in context only: in a key or phrase where another query word
    /// matches otherwise (never in a body).
    /// `matched`, when known, holds every vocabulary word `sim` finds that the fact holds
    /// (ascending, and it may hold more): a body, whose words are kept sorted, is then read at
    /// those words only instead of whole.
    fn score_fact<S>(
        &self,
        f: u32,
        scoring: &Scoring<'_>,
        sim: &S,
        matched: Option<&[u32]>,
        buffers: &mut Buffers,
    ) -> Option<Hit>
    where
        S: Similar,
    {
        let same = &mut buffers.same;
        // The bits of the words `sim` may find in this fact: a key without them is skipped.
        // (Past 64 words, nearly every bit is set: not worth the time.)
        let may_hold = match matched {
            Some(matched) if matched.len() <= 64 => {
                matched.iter().fold(0, |bits, &w| bits | word_bit(w))
            }
            _ => u64::MAX,
        };
        // The keys that may hold a matched word; and whether all are of groups (`key_same`),
        // with a hash of the groups in order.
        let mut keys = std::mem::take(&mut same.keys);
        keys.clear();
        let (mut grouped, mut hash) = (same.on, 0u64);
        for k in self.fact_keys[f as usize]..self.fact_keys[f as usize + 1] {
            if self.key_bits[k as usize] & may_hold != 0 {
                keys.push(k);
                let group = self.key_same[k as usize];
                grouped &= group != NOT_SAME;
                hash = (hash.rotate_left(5) ^ u64::from(group)).wrapping_mul(0x517c_c1b7_2722_0a95);
            }
        }
        // A fact whose keys that may hold a matched word are all of groups scores as another
        // fact with the same groups in the same order did, through the key at the same place.
        let mut fresh = grouped;
        if grouped && let Some(&(start, len, hit, at)) = same.facts.get(&hash) {
            let known = &same.groups[start as usize..(start + len) as usize];
            if known
                .iter()
                .copied()
                .eq(keys.iter().map(|&k| self.key_same[k as usize]))
            {
                let hit = hit.map(|hit| Hit {
                    fact: f,
                    key: keys[at as usize],
                    ..hit
                });
                same.keys = keys;
                return hit;
            }
            // (Another list of groups with the same hash: scored, not remembered.)
            fresh = false;
        }
        let hit = self.score_keys(f, scoring, sim, (matched, may_hold), &keys, buffers);
        let same = &mut buffers.same;
        if fresh {
            let at = hit.map_or(0, |hit| {
                keys.iter().position(|&k| k == hit.key).unwrap_or(0)
            });
            let start = same.groups.len() as u32;
            same.groups
                .extend(keys.iter().map(|&k| self.key_same[k as usize]));
            same.facts
                .insert(hash, (start, keys.len() as u32, hit, at as u32));
        }
        same.keys = keys;
        hit
    }

    /// [`Index::score_fact`] by reading the fact's `keys` that may hold a matched word
    /// (`may_hold`: the bits of `matched`).
    fn score_keys<S>(
        &self,
        f: u32,
        scoring: &Scoring<'_>,
        sim: &S,
        (matched, may_hold): (Option<&[u32]>, u64),
        keys: &[u32],
        buffers: &mut Buffers,
    ) -> Option<Hit>
    where
        S: Similar,
    {
        let query = scoring.query;
        let weights = &scoring.weights;
        let key_weight = scoring.key_weight;
        let mut best = Hit {
            fact: f,
            score: 0.0,
            key: self.fact_keys[f as usize],
            exact: false,
            strong: 0.0,
            cover: 0.0,
            elsewhere: 0.0,
            unknown: 0.0,
            holds_key: false,
            dropped_by: 0,
            dropped_score: 0.0,
        };
        let mut holds_key = false;
        let Buffers {
            fact_words,
            strong_words,
            key_best,
            word_pairs,
            key_marks,
            same,
        } = buffers;
        fact_words.fill(0.0);
        strong_words.fill(0.0);
        let mut fact_key_cover = 0.0f32;
        for &k in keys {
            let key_bits = self.key_bits[k as usize];
            let words = self.words_of(k);
            let field = self.key_field[k as usize];
            // A text scored before in this query (another fact's, written the same) scores the
            // same: its result again.
            let group = match self.key_same[k as usize] {
                NOT_SAME => None,
                group => same.on.then_some(group),
            };
            let key_cover;
            let mut known = None;
            let mut entry = None;
            if let Some(e) = group.and_then(|group| same.at.get(&group).copied()) {
                let text = same.texts[e as usize];
                let Some(cover) = text.key_cover else {
                    continue;
                };
                let n = key_best.len();
                key_best.copy_from_slice(&same.best[e as usize * n..(e as usize + 1) * n]);
                key_cover = cover;
                known = text.score;
            } else {
                // Whether a query word matches a word of the key: the buffers are cleared then,
                // and a key where none does adds nothing (most keys of a fact).
                let mut touched = false;
                // A key word is covered if it is, in this key, the best match of a query word: a
                // query word covers the key word it stands for, not also another one it resembles
                // ("request" for "extradition request" does not also cover the name "Péquist").
                // Words past the 64th (no valid key has them) are covered by any match.
                let all_w = self.key_idf[k as usize];
                let mut far_w = 0.0f32;
                // The query words whose best match in this key is one in context only.
                let mut in_context = 0u64;
                // The best similarity and the marks do not depend on the order words are visited
                // in, so a body read at the matched words only scores as when read whole: both
                // ascending, each is looked for after the one before. (One loop for both readings,
                // so that its body is not a call.)
                let (at_matched, matched) = match matched {
                    Some(matched) if field == Field::Body && matched.len() < words.len() => {
                        (true, matched)
                    }
                    _ => (false, &[][..]),
                };
                let (mut from, mut next) = (0, 0);
                loop {
                    let (j, w) = if at_matched {
                        let Some(&w) = matched.get(next) else { break };
                        next += 1;
                        // A word whose bit the text lacks is not in it: not looked for.
                        if word_bit(w) & key_bits == 0 {
                            continue;
                        }
                        match words[from..].binary_search(&w) {
                            Ok(j) => {
                                from += j + 1;
                                (from - 1, w)
                            }
                            Err(j) => {
                                from += j;
                                continue;
                            }
                        }
                    } else {
                        let Some(&w) = words.get(from) else { break };
                        from += 1;
                        // A word without a bit of the matched words is none of them: `sim` would
                        // find nothing (and its entry need not be read).
                        if word_bit(w) & may_hold == 0 {
                            continue;
                        }
                        (from - 1, w)
                    };
                    let Some((word_pairs, context)) = sim.pairs(w, word_pairs) else {
                        continue;
                    };
                    let mark = 1u64.checked_shl(j as u32).unwrap_or(0);
                    // Similarities in context count for nothing in a body (its words are too
                    // many to agree on anything), nor past the 64th word.
                    let context = if context != 0 && (field == Field::Body || mark == 0) {
                        if word_pairs
                            .iter()
                            .all(|&(i, _)| context & context_bit(i) != 0)
                        {
                            continue;
                        }
                        ContextRule::Dropped(context)
                    } else {
                        ContextRule::Counted(context)
                    };
                    if !touched {
                        touched = true;
                        key_best.fill(0.0);
                        key_marks.fill(0);
                    }
                    if mark == 0 {
                        far_w += self.idf[w as usize];
                    }
                    // (A query word the word is not similar to leaves its best and marks as they
                    // are.)
                    for &(i, s) in word_pairs {
                        let bit = context_bit(i);
                        let context = match context {
                            ContextRule::Dropped(dropped) if dropped & bit != 0 => continue,
                            ContextRule::Dropped(_) => 0,
                            ContextRule::Counted(context) => context,
                        };
                        let (b, m) = (&mut key_best[i], &mut key_marks[i]);
                        if s > *b {
                            *b = s;
                            *m = mark;
                            in_context = (in_context & !bit) | (context & bit);
                        } else if s == *b && s > 0.0 {
                            *m |= mark;
                            // A match of its own wins over an equal one in context.
                            in_context &= context | !bit;
                        }
                    }
                }
                if !touched {
                    if let Some(group) = group {
                        same.remember(group, None, key_best);
                    }
                    continue;
                }
                // A match in context counts only beside another query word matched on its own.
                if in_context != 0 {
                    let agreed = key_best
                        .iter()
                        .enumerate()
                        .any(|(i, &b)| b > 0.0 && in_context & context_bit(i) == 0);
                    if !agreed {
                        for (i, (b, m)) in key_best.iter_mut().zip(key_marks.iter_mut()).enumerate()
                        {
                            if in_context & context_bit(i) != 0 {
                                *b = 0.0;
                                *m = 0;
                            }
                        }
                    }
                }
                let marked = key_marks.iter().fold(0u64, |a, &m| a | m);
                let mut hit_w = far_w;
                let mut bits = marked;
                while bits != 0 {
                    hit_w += self.idf[words[bits.trailing_zeros() as usize] as usize];
                    bits &= bits - 1;
                }
                key_cover = if all_w > 0.0 { hit_w / all_w } else { 0.0 };
                if let Some(group) = group {
                    entry = Some(same.remember(group, Some(key_cover), key_best));
                }
            }
            let word_factor = if field == Field::Body {
                BODY_WORD_FACTOR
            } else {
                1.0
            };
            let mut covered = 0.0f32;
            for (((s, weight), acc), strong) in key_best
                .iter()
                .zip(weights)
                .zip(fact_words.iter_mut())
                .zip(strong_words.iter_mut())
            {
                covered += weight * s;
                *acc = acc.max(s * word_factor);
                if field != Field::Body {
                    *strong = strong.max(*s);
                }
            }
            if covered <= 0.0 {
                continue;
            }
            let query_cover = covered / scoring.total_weight;
            holds_key |= field == Field::Key && words.len() >= 2 && key_cover >= 1.0 - BOUND_SLACK;
            // Scored on all its keys together, a fact is as complete as the key that holds most
            // of both the query and itself: a short key that the query only touches (a
            // participant's name) does not make a fact that merely mentions the rest complete.
            fact_key_cover = fact_key_cover.max(key_cover * query_cover.min(1.0));
            let (score, exact) = match known {
                Some(known) => known,
                None => {
                    let mut score = query_cover * (1.0 - key_weight + key_weight * key_cover);
                    let curated = field == Field::Key;
                    let exact = curated && scoring.exact_words.as_deref() == Some(words);
                    if exact {
                        score = 1.0;
                    } else if scoring.compact
                        && field != Field::Body
                        && self.key_compact_bound(k, scoring) > score
                        && self.compact_starts_with(words, &scoring.compact_head)
                    {
                        let key_compact: String =
                            words.iter().map(|&w| self.vocab.word(w)).collect();
                        let compact = compact_sim(&query.compact, &key_compact);
                        if compact >= COMPACT_MIN {
                            score = score.max(compact.min(0.99));
                        }
                    }
                    score *= field.factor();
                    if let Some(e) = entry {
                        same.texts[e].score = Some((score, exact));
                    }
                    (score, exact)
                }
            };
            if score > best.score {
                best = Hit {
                    fact: f,
                    score,
                    key: k,
                    exact,
                    strong: 0.0,
                    cover: 0.0,
                    elsewhere: 0.0,
                    unknown: 0.0,
                    holds_key: false,
                    dropped_by: 0,
                    dropped_score: 0.0,
                };
            }
        }
        if best.score <= 0.0 {
            return None;
        }
        if query.has_narrowing()
            && !fact_words
                .iter()
                .enumerate()
                .any(|(i, &s)| s > 0.0 && !query.narrows(i))
        {
            return None;
        }
        // A fact is also scored on all its keys together: the words of a paraphrase are often
        // spread over several keys of the right fact. This never beats an exact key.
        let covered: f32 = fact_words.iter().zip(weights).map(|(s, w)| s * w).sum();
        if !best.exact {
            let together = FACT_WIDE_FACTOR
                * (covered / scoring.total_weight)
                * (1.0 - key_weight + key_weight * fact_key_cover);
            best.score = best.score.max(together.min(0.99));
        }
        let strong: f32 = strong_words.iter().zip(weights).map(|(s, w)| s * w).sum();
        best.strong = strong / scoring.total_weight;
        best.cover = covered / scoring.total_weight;
        for ((&s, &w), &known) in fact_words.iter().zip(weights).zip(&scoring.known) {
            if s <= 0.0 {
                if known {
                    best.elsewhere += w;
                } else {
                    best.unknown += w;
                }
            }
        }
        best.elsewhere /= scoring.total_weight;
        best.holds_key = holds_key;
        best.unknown /= scoring.total_weight;
        // Of two facts that hold the query alike, the one whose keys and phrases hold it
        // ranks first: what curators wrote about a fact says what it is about; its body may
        // only mention the words.
        best.score *= 1.0 - BODY_ONLY_PENALTY * (1.0 - best.strong.min(1.0));
        Some(best)
    }
}

/// The words of one run of consecutive facts' keys, phrases and bodies, as word ids of the
/// run's own: the texts in fact order, each ending at `end` in `ids`.
struct Part {
    /// Word id -> the word.
    words: Vec<Box<str>>,
    /// Word ids in the order of their words.
    sorted: Vec<u32>,
    /// (fact, field, end of its words in `ids`), text after text.
    texts: Vec<(u32, Field, u32)>,
    /// Per text, the first text of the part written the same (itself if none is before it).
    same: Vec<u32>,
    ids: Vec<u32>,
}

/// Every fact's keys, phrases and bodies as words, in fact order, in parts. Normalising is
/// most of the cost of building, so the parts are made side by side on the available cores;
/// each gives its words ids of its own, which [`merge_vocabularies`] translates.
fn normalise_parts<'f>(
    facts: &'f [IndexFact],
    key_norms: Vec<Box<str>>,
    bodies: &'f [Vec<&'f str>],
) -> Vec<Part> {
    let total: usize = facts.iter().map(|f| f.keys.len()).sum();
    let given = key_norms.len() == total;
    // `norms` holds the given normal forms of these facts' keys, in order, if any.
    let one =
        |from: usize, facts: &'f [IndexFact], bodies: &'f [Vec<&'f str>], norms: Vec<Box<str>>| {
            let mut ids: FastMap<Box<str>, u32> = FastMap::default();
            let mut part = Part {
                words: Vec::new(),
                sorted: Vec::new(),
                texts: Vec::with_capacity(
                    facts
                        .iter()
                        .zip(bodies)
                        .map(|(f, body)| f.keys.len() + f.phrases.len() + body.len())
                        .sum(),
                ),
                same: Vec::new(),
                ids: Vec::new(),
            };
            // A normal form's words, as ids, onto `part.ids`; false for an empty one (not indexed).
            let mut add = |norm: &str, out: &mut Vec<u32>| {
                if norm.is_empty() {
                    return false;
                }
                for w in norm.split(' ') {
                    let id = match ids.get(w) {
                        Some(&id) => id,
                        None => {
                            let id = ids.len() as u32;
                            ids.insert(w.into(), id);
                            id
                        }
                    };
                    out.push(id);
                }
                true
            };
            let mut norms = norms.into_iter();
            // Texts repeat (a person's name beside each of their events, a date, a title that is
            // also a key): each is read once, and kept as the range of `part.ids` that holds its
            // words and the first text it was (or none if empty). The words of a text that is
            // indexed are added to `part.ids`, and the first text written the same returned.
            type Seen<'f> = FastMap<&'f str, Option<(u32, u32, u32)>>;
            let mut seen: Seen<'f> = FastMap::default();
            let mut text = |text: &'f str,
                            norm: Option<Box<str>>,
                            part: &mut Part,
                            seen: &mut Seen<'f>|
             -> Option<u32> {
                let start = part.ids.len();
                match seen.get(text) {
                    Some(&Some((a, b, first))) => {
                        part.ids.extend_from_within(a as usize..b as usize);
                        Some(first)
                    }
                    Some(None) => None,
                    None => {
                        let added = match norm {
                            Some(norm) => add(&norm, &mut part.ids),
                            None => add(&normalize(text), &mut part.ids),
                        };
                        let first = part.texts.len() as u32;
                        let words = added.then_some((start as u32, part.ids.len() as u32, first));
                        seen.insert(text, words);
                        added.then_some(first)
                    }
                }
            };
            for (f, fact) in facts.iter().enumerate() {
                let n = (from + f) as u32;
                for key in &fact.keys {
                    if let Some(first) = text(key, norms.next(), &mut part, &mut seen) {
                        part.texts.push((n, Field::Key, part.ids.len() as u32));
                        part.same.push(first);
                    }
                }
                for phrase in &fact.phrases {
                    if let Some(first) = text(phrase, None, &mut part, &mut seen) {
                        part.texts.push((n, Field::Phrase, part.ids.len() as u32));
                        part.same.push(first);
                    }
                }
                let body = bodies.get(f).map_or(&[][..], Vec::as_slice);
                for (b, &text_said) in body.iter().enumerate() {
                    // A text the fact repeats (a quotation's text as its evidence) would only score
                    // as it already does: it is indexed once.
                    if body[..b].contains(&text_said) {
                        continue;
                    }
                    if let Some(first) = text(text_said, None, &mut part, &mut seen) {
                        part.texts.push((n, Field::Body, part.ids.len() as u32));
                        part.same.push(first);
                    }
                }
            }
            drop(seen);
            part.words = vec![Box::<str>::default(); ids.len()];
            for (word, id) in ids {
                part.words[id as usize] = word;
            }
            part.sorted = (0..part.words.len() as u32).collect();
            part.sorted
                .sort_unstable_by(|&a, &b| part.words[a as usize].cmp(&part.words[b as usize]));
            part
        };
    let mut key_norms = if given { key_norms } else { Vec::new() };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || facts.len() < 4096 {
        return vec![one(0, facts, bodies, key_norms)];
    }
    let chunk = facts.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let parts: Vec<_> = facts
            .chunks(chunk)
            .enumerate()
            .map(|(i, part)| {
                let keys: usize = part.iter().map(|f| f.keys.len()).sum();
                let norms: Vec<Box<str>> = key_norms.drain(..keys.min(key_norms.len())).collect();
                let said = bodies
                    .get(i * chunk..)
                    .map_or(&[][..], |b| &b[..b.len().min(chunk)]);
                scope.spawn(move || one(i * chunk, part, said, norms))
            })
            .collect();
        parts
            .into_iter()
            .map(|p| p.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// The parts' words, sorted and unique (the vocabulary), and for each part its word ids'
/// places in it.
fn merge_vocabularies<'p>(parts: &'p [Part]) -> (Vec<&'p str>, Vec<Vec<u32>>) {
    let mut vocab: Vec<&str> =
        Vec::with_capacity(parts.iter().map(|p| p.words.len()).max().unwrap_or(0));
    let mut global: Vec<Vec<u32>> = parts.iter().map(|p| vec![0; p.words.len()]).collect();
    // Where each part is in its sorted words, and the word there.
    let mut at = vec![0usize; parts.len()];
    let head = |p: &'p Part, i: usize| p.sorted.get(i).map(|&w| &*p.words[w as usize]);
    let mut heads: Vec<Option<&str>> = parts.iter().map(|p| head(p, 0)).collect();
    // The parts whose word is the least.
    let mut holders: Vec<usize> = Vec::with_capacity(parts.len());
    loop {
        // The least word not yet placed, of any part: each part's word compared once.
        let mut least: Option<&str> = None;
        holders.clear();
        for (p, word) in heads.iter().enumerate() {
            let Some(word) = *word else { continue };
            match least.map(|least| word.cmp(least)) {
                Some(std::cmp::Ordering::Greater) => {}
                Some(std::cmp::Ordering::Equal) => holders.push(p),
                _ => {
                    least = Some(word);
                    holders.clear();
                    holders.push(p);
                }
            }
        }
        let Some(least) = least else {
            break;
        };
        let id = vocab.len() as u32;
        vocab.push(least);
        for &p in &holders {
            let w = parts[p].sorted[at[p]];
            global[p][w as usize] = id;
            at[p] += 1;
            heads[p] = head(&parts[p], at[p]);
        }
    }
    (vocab, global)
}

/// Removes repeats from a sorted slice, keeping the first of each, at its start; returns how
/// many are left.
fn dedup_in_place(items: &mut [u32]) -> usize {
    let mut kept = 0;
    for i in 0..items.len() {
        if kept == 0 || items[i] != items[kept - 1] {
            items[kept] = items[i];
            kept += 1;
        }
    }
    kept
}

/// Similarity of a query word to a vocabulary word, for a finished or an unfinished word;
/// for a finished word, negative if it counts only in context ([`context_sim`]).
fn similarity(query: &str, word: &str, unfinished: bool) -> f32 {
    if unfinished {
        prefix_sim(query, word)
    } else {
        let s = word_sim(query, word);
        if s > 0.0 {
            s
        } else {
            -context_sim(query, word)
        }
    }
}

/// The bit of vocabulary word `w` in a set of words ([`Index::key_bits`]): one of 64, by a
/// multiplicative hash.
fn word_bit(w: u32) -> u64 {
    1 << (w.wrapping_mul(0x9e37_79b9) >> 26)
}

/// The bit of query word `i` in a set of query words (none past the 64th).
fn context_bit(i: usize) -> u64 {
    1u64.checked_shl(i as u32).unwrap_or(0)
}

/// The most similar word (ties: the lowest word id), whose rarity weighs the query word: one
/// alike on its own if any, else one alike in context (its similarity negative).
fn best_match(similar: &[(u32, f32)]) -> Option<(u32, f32)> {
    similar.iter().copied().max_by(|a, b| {
        (a.1 > 0.0)
            .cmp(&(b.1 > 0.0))
            .then(a.1.abs().total_cmp(&b.1.abs()))
            .then(b.0.cmp(&a.0))
    })
}

/// Per query word, what a narrowing word (whose postings are not read) may add: its best
/// similarity to any matched word; 0 for the other query words.
fn loose_bests(matches: &Matches, scoring: &Scoring<'_>) -> Vec<f32> {
    let n = matches.n;
    (0..n)
        .map(|i| {
            if scoring.query.narrows(i) {
                (0..matches.words.len())
                    .map(|j| matches.sims[j * n + i])
                    .fold(0.0, f32::max)
            } else {
                0.0
            }
        })
        .collect()
}

/// An upper bound on the word-based score of a fact whose best similarity to each query word
/// is at most `best` (or `loose`), and whose keys cover at most `key_cover` of a key.
fn word_bound(best: &[f32], loose: &[f32], key_cover: f32, scoring: &Scoring<'_>) -> f32 {
    let kw = scoring.key_weight;
    let covered: f32 = best
        .iter()
        .zip(loose)
        .zip(&scoring.weights)
        .map(|((s, l), w)| w * s.max(*l))
        .sum();
    let coverage = covered / scoring.total_weight;
    // What the keys and phrases hold is at most what the whole fact holds: the
    // penalty for the rest is at least the penalty for what the fact lacks.
    let penalty = 1.0 - BODY_ONLY_PENALTY * (1.0 - coverage.min(1.0));
    let bound = coverage * (1.0 - kw + kw * key_cover) * penalty;
    // No score exceeds 1 (an exact key's, or a fully covered key's).
    (bound * (1.0 + BOUND_SLACK) + BOUND_SLACK).min(1.0)
}

/// A fact's best similarity to each query word among the matched words that its curated keys
/// hold, that its keys or phrases hold, and that any of its texts holds.
#[derive(Clone, Copy)]
struct FieldBests<'b> {
    keyed: &'b [f32],
    strong: &'b [f32],
    all: &'b [f32],
}

/// An upper bound on the word-based score of a fact whose best similarity to each query word
/// is at most `bests` (or `loose`), and whose keys cover at most `key_cover` of a key:
/// [`word_bound`], with each part of the score (see `Index::score_keys`) bounded by the fields
/// that can make it. One text's score is its field's factor times how much of the query it
/// covers: at most what the curated keys cover, [`PHRASE_FACTOR`] times what the keys and
/// phrases cover, or [`BODY_FACTOR`] times what any text covers (an exact key, 1, is a curated
/// key that covers all of the query and of itself). Scored on all its texts together, a fact
/// covers a word at most as its keys and phrases do, or as a body does times
/// [`BODY_WORD_FACTOR`], and its keys at most `key_cover` times the most of the query one text
/// covers. The penalty for what the keys and phrases lack is at least that for what they lack
/// at their best.
fn field_bound(bests: FieldBests<'_>, loose: &[f32], key_cover: f32, scoring: &Scoring<'_>) -> f32 {
    let kw = scoring.key_weight;
    let (mut keyed, mut strong, mut all, mut together) = (0.0f32, 0.0f32, 0.0f32, 0.0f32);
    for (i, (&l, &w)) in loose.iter().zip(&scoring.weights).enumerate() {
        let (k, s, a) = (
            larger(bests.keyed[i], l),
            larger(bests.strong[i], l),
            larger(bests.all[i], l),
        );
        keyed += w * k;
        strong += w * s;
        all += w * a;
        together += w * larger(s, a * BODY_WORD_FACTOR);
    }
    let total = scoring.total_weight;
    let (keyed, strong, all, together) =
        (keyed / total, strong / total, all / total, together / total);
    let one_key = larger(larger(keyed, PHRASE_FACTOR * strong), BODY_FACTOR * all)
        * (1.0 - kw + kw * key_cover);
    let together =
        (FACT_WIDE_FACTOR * together * (1.0 - kw + kw * key_cover * all.min(1.0))).min(0.99);
    let penalty = 1.0 - BODY_ONLY_PENALTY * (1.0 - strong.min(1.0));
    let bound = larger(one_key, together) * penalty;
    // No score exceeds 1 (an exact key's, or a fully covered key's).
    (bound * (1.0 + BOUND_SLACK) + BOUND_SLACK).min(1.0)
}

/// The larger of two numbers, neither NaN (as `maxss` computes it, without `f32::max`'s care
/// for NaN).
fn larger(a: f32, b: f32) -> f32 {
    if a > b { a } else { b }
}

/// The matched words a candidate holds, from its bits (bit `j` for `words[j]`), into `out`.
fn held_words(held: u64, words: &[u32], out: &mut Vec<u32>) {
    out.clear();
    let mut bits = held;
    while bits != 0 {
        out.push(words[bits.trailing_zeros() as usize]);
        bits &= bits - 1;
    }
}

/// Best first; ties: the earlier fact first.
fn rank_order(a: &Hit, b: &Hit) -> std::cmp::Ordering {
    b.score.total_cmp(&a.score).then(a.fact.cmp(&b.fact))
}

/// Where a list of alternatives is: its key in [`Index::learned_lists`].
fn list_address(list: &Arc<[String]>) -> usize {
    Arc::as_ptr(list).cast::<String>() as usize
}

/// What a search keeps: the first `limit` hits that score `floor` or more.
#[derive(Clone, Copy)]
struct Top {
    limit: usize,
    floor: f32,
}

impl Top {
    /// Whether a fact whose score is at most `bound` could still enter `top`.
    fn may_enter(self, top: &[Hit], bound: f32, fact: u32) -> bool {
        if bound < self.floor {
            return false;
        }
        match top.get(self.limit.saturating_sub(1)) {
            Some(last) if top.len() >= self.limit => {
                bound > last.score || (bound == last.score && fact < last.fact)
            }
            _ => true,
        }
    }

    /// Inserts `hit` into the ranked `top`, keeping at most `limit`, if it scores `floor` or
    /// more.
    fn insert(self, top: &mut Vec<Hit>, hit: Hit) {
        if hit.score < self.floor {
            return;
        }
        let at = top.partition_point(|h| rank_order(h, &hit).is_lt());
        top.insert(at, hit);
        top.truncate(self.limit);
    }
}

/// `normalized_damerau_levenshtein` for strings of these lengths at distance `distance`,
/// computed as strsim does.
fn length_bound(a: usize, b: usize, distance: usize) -> f32 {
    let longest = a.max(b).max(1);
    let distance = distance.max(a.abs_diff(b));
    (1.0 - distance as f64 / longest as f64) as f32
}

/// A word's [`signature`] with its length in characters (at most 255) in the top 8 bits.
fn shape(word: &str) -> u64 {
    let len = word.chars().count().min(255) as u64;
    signature(word.chars()) | len << 56
}

fn shape_len(shape: u64) -> usize {
    (shape >> 56) as usize
}

/// Whether a typed word and a key word of these shapes may be within their [`context_budget`]
/// (at least their [`typo_budget`](super::score::typo_budget)): false only where
/// [`typo_sim`](super::score) is 0 for them.
fn may_be_typo(a: u64, b: u64) -> bool {
    let (la, lb) = (shape_len(a), shape_len(b));
    if la == 255 || lb == 255 {
        return true;
    }
    let budget = context_budget(la, lb);
    budget > 0 && la.abs_diff(lb) <= budget && signature_distance(a, b) <= 2 * budget
}

fn has_digit(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit())
}

/// Hashes of `chars` with up to `budget` characters deleted, sorted and deduplicated.
fn deletion_hashes(chars: &[char], budget: usize, out: &mut Vec<u32>) {
    deletion_hashes_unsorted(chars, budget, out);
    out.sort_unstable();
    out.dedup();
}

/// [`deletion_hashes`] in the order they are made, a hash repeated where two deletions leave
/// the same characters ("assange" less either "s"): what a query looks up, whose candidates
/// are sorted and deduplicated anyway (sorting 29 hashes cost more than the rare repeat).
fn deletion_hashes_unsorted(chars: &[char], budget: usize, out: &mut Vec<u32>) {
    // Every set of at most `budget` positions deleted, once: `h` is the hash of what is kept
    // before `from`, the next deletion is at `from` or after.
    fn walk(chars: &[char], from: usize, h: u64, budget: usize, out: &mut Vec<u32>) {
        out.push(fnv_finish(fnv_chars(h, &chars[from..])));
        if budget == 0 {
            return;
        }
        let mut h = h;
        for i in from..chars.len() {
            // The strings with their last deletion at `i` are written here, not by a call each
            // (most strings are: 21 of the 29 of a word's seven head letters less two).
            if budget == 1 {
                out.push(fnv_finish(fnv_chars(h, &chars[i + 1..])));
            } else {
                walk(chars, i + 1, h, budget - 1, out);
            }
            h = fnv_chars(h, &chars[i..=i]);
        }
    }
    out.clear();
    walk(chars, 0, FNV_OFFSET, budget, out);
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a from state `h` over the characters.
fn fnv_chars(mut h: u64, chars: &[char]) -> u64 {
    for &c in chars {
        h ^= u64::from(u32::from(c));
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// An FNV-1a state folded to 32 bits (a collision only adds a candidate).
fn fnv_finish(h: u64) -> u32 {
    (h ^ (h >> 32)) as u32
}

/// The hash of a key or phrase by its first [`COMPACT_HEAD`] characters without spaces and
/// its length in characters without spaces.
fn compact_hash(head: &[char], len: usize) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in head
        .iter()
        .map(|&c| u64::from(u32::from(c)))
        .chain([len as u64 | 1 << 40])
    {
        h ^= c;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h ^ (h >> 32)) as u32
}

/// Adds the words listed under any of `hashes` in `table`, hash after hash.
fn lookup(table: &HashTable, hashes: &[u32], out: &mut Vec<u32>) {
    // Where each hash's pairs are, for a few hashes at once, before any is read: independent
    // loads, which the processor overlaps (the buckets are far apart in a large table).
    const AT_ONCE: usize = 32;
    let mask = (1u32 << table.check) - 1;
    for hashes in hashes.chunks(AT_ONCE) {
        let mut spans = [(0u32, 0u32); AT_ONCE];
        for (span, &h) in spans.iter_mut().zip(hashes) {
            let b = (h >> table.shift) as usize;
            *span = (table.starts[b], table.starts[b + 1]);
        }
        // Each entry is written, and kept where its bits match: no branch to mispredict.
        let total: usize = spans[..hashes.len()]
            .iter()
            .map(|&(start, end)| (end - start) as usize)
            .sum();
        let mut kept = out.len();
        out.resize(kept + total, 0);
        for (&(start, end), &h) in spans.iter().zip(hashes) {
            for &e in &table.entries[start as usize..end as usize] {
                out[kept] = e >> table.check;
                kept += usize::from(e & mask == h & mask);
            }
        }
        out.truncate(kept);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> Index {
        let fact = |id: &str, keys: &[&str]| IndexFact {
            id: id.into(),
            label: id.into(),
            keys: keys.iter().map(|k| k.to_string()).collect(),
            phrases: Vec::new(),
            body: Vec::new(),
        };
        Index::build(vec![
            fact("hague", &["William Hague", "Hague", "uk foreign minister"]),
            fact(
                "patino",
                &["Ricardo Patiño", "Patino", "ecuadorian foreign minister"],
            ),
            fact(
                "assange",
                &["Julian Assange", "Assange", "wikileaks founder"],
            ),
            fact("wikileaks", &["WikiLeaks"]),
        ])
    }

    /// A light word (the lexicon's `light`) counts for [`LIGHT_FACTOR`] of its weight: the
    /// rest of the query accounts for more of it.
    #[test]
    fn a_light_word_weighs_less() {
        let idx = index();
        let plain = Prepared::new("wikileaks founder first", false);
        let mut light = plain.clone();
        light.light = vec![false, false, true];
        let score = |q: &Prepared| {
            let hits = idx.search(q);
            assert_eq!(hits[0].fact, 2);
            hits[0].score
        };
        assert!(
            score(&light) > score(&plain),
            "{} {}",
            score(&light),
            score(&plain)
        );
        assert_eq!(idx.search(&light), idx.scan_all(&light));
    }

    #[test]
    fn exact_key_scores_one() {
        let hits = index().search(&Prepared::new("william hague", false));
        assert_eq!(hits[0].fact, 0);
        assert!(hits[0].exact);
        assert_eq!(hits[0].score, 1.0);
    }

    #[test]
    fn a_query_word_covers_one_key_word_not_also_a_lookalike() {
        // "request" is two edits from the name "Péquist": it stands for the key's "request"
        // and must not also count as covering the name, which would make the longer key look
        // better covered than the one that holds nothing but the query and one name.
        let fact = |id: &str, key: &str| IndexFact {
            id: id.into(),
            label: id.into(),
            keys: vec![key.into()],
            phrases: Vec::new(),
            body: Vec::new(),
        };
        let idx = Index::build(vec![
            fact("pequist", "Péquist on video extradition request"),
            fact("zeleldottir", "Zelëldóttir extradition request"),
        ]);
        let query = Prepared::new("extradition request", false);
        for hits in [idx.search(&query), idx.scan_all(&query)] {
            assert_eq!(hits[0].fact, 1, "{hits:?}");
            assert!(hits[1].score < hits[0].score, "{hits:?}");
        }
    }

    #[test]
    fn a_key_that_is_near_keys_with_a_word_dropped_is_suggested_not_answered() {
        use crate::knowledge::{Command, FactRef};
        use crate::matching::{Outcome, decide};
        let fact = |id: &str, keys: &[&str]| {
            IndexFact::from_keys(id.into(), keys.iter().map(|k| k.to_string()).collect())
        };
        let coimbra = fact("coimbra", &["siege of Coimbra", "1966 siege"]);
        let linport = fact("linport", &["Linport siege 1966"]);
        let oakmere = fact("oakmere", &["siege of Oakmere", "Oakmere siege 1966"]);
        let decided = |idx: &Index, q: &str| {
            let mut hits = idx.search_top(&Prepared::new(q, false), 5);
            idx.mark_word_dropped(&mut hits);
            let outcome = decide(
                &hits,
                |n| FactRef {
                    command: Command::When,
                    index: n as usize,
                },
                |_: &Hit| true,
                Vec::new,
            );
            (hits, outcome)
        };
        // One longer key: the exact key is answered.
        let idx = Index::build(vec![coimbra.clone(), linport.clone()]);
        let (hits, outcome) = decided(&idx, "1966 siege");
        assert_eq!((hits[0].fact, hits[0].dropped_by), (0, 1), "{hits:?}");
        assert!(matches!(outcome, Outcome::Answer { .. }), "{outcome:?}");
        // Two: "1966 siege" may as well be either of them without the place.
        // (Among other facts, as in any real base, so that no word is in most facts.)
        let mut facts = vec![coimbra, linport, oakmere];
        facts.extend(
            [
                "Dundee", "Tromsø", "Oulu", "Kaunas", "Perugia", "Bergen", "Accra",
            ]
            .map(|place| fact(place, &[place])),
        );
        let idx = Index::build(facts);
        let (hits, outcome) = decided(&idx, "1966 siege");
        assert!(hits[0].exact && hits[0].dropped_by == 2, "{hits:?}");
        assert!(
            hits[1].dropped_score == 0.0 && hits[1].dropped_by == 0,
            "{hits:?}"
        );
        assert!(
            matches!(outcome, Outcome::Suggestions(ref s) if s.len() == 3),
            "{outcome:?}"
        );
        // A key no other key holds is answered as before.
        let (_, outcome) = decided(&idx, "Linport siege 1966");
        assert!(matches!(outcome, Outcome::Answer { .. }), "{outcome:?}");
    }

    #[test]
    fn a_slip_in_a_short_word_counts_where_the_other_words_agree() {
        let fact = |id: &str, keys: &[&str]| {
            IndexFact::from_keys(id.into(), keys.iter().map(|k| k.to_string()).collect())
        };
        let idx = Index::build(vec![
            fact("ana-costa", &["Ana Costa"]),
            fact("ivo-costa", &["Ivo Costa", "mayor Costa"]),
            fact("costa-strike", &["Costa on the strike"]),
            fact("uma", &["Uma Lund"]),
            fact("ana", &["Ana"]),
        ]);
        for (q, first) in [("qna costa", 0), ("costa iov", 1), ("umq lund", 3)] {
            let p = Prepared::new(q, false);
            let hits = idx.search(&p);
            assert_eq!(hits, idx.scan_all(&p), "{q}");
            assert_eq!(hits[0].fact, first, "{q}: {hits:?}");
            let runner_up = hits.get(1).map_or(0.0, |h| h.score);
            assert!(hits[0].score > runner_up + 0.1, "{q}: {hits:?}");
        }
        // Alone, or beside words that match nothing, a slip in a short word finds nothing.
        for q in ["qna", "umq walrus"] {
            let p = Prepared::new(q, false);
            assert!(idx.search(&p).is_empty(), "{q}: {:?}", idx.search(&p));
            assert!(idx.scan_all(&p).is_empty(), "{q}");
        }
    }

    #[test]
    fn typo_and_diacritics_find_the_fact() {
        let idx = index();
        assert_eq!(idx.search(&Prepared::new("hauge", false))[0].fact, 0);
        assert_eq!(idx.search(&Prepared::new("PATIÑO", false))[0].fact, 1);
    }

    #[test]
    fn unknown_words_weigh_against() {
        let idx = index();
        let hits = idx.search(&Prepared::new("assange die", false));
        assert!(hits[0].score < 0.6, "{hits:?}");
        assert!(idx.search(&Prepared::new("elon musk", false)).is_empty());
    }

    #[test]
    fn compact_form_joins_split_words() {
        let hits = index().search(&Prepared::new("wiki leaks", false));
        assert_eq!(hits[0].fact, 3);
        assert!(hits[0].score > 0.9);
    }

    #[test]
    fn bounds_by_field_keep_the_full_scan_ranking() {
        // The same words in curated keys, phrases and bodies, so that the bounds by field
        // (`field_bound`) decide which facts are scored.
        let fact = |id: &str, keys: &[&str], phrases: &[&str], body: &[&str]| IndexFact {
            id: id.into(),
            label: id.into(),
            keys: keys.iter().map(|k| k.to_string()).collect(),
            phrases: phrases.iter().map(|k| k.to_string()).collect(),
            body: body.iter().map(|k| k.to_string()).collect(),
        };
        let mut facts = vec![
            fact(
                "or-books",
                &["OR Books", "publisher of in defense of julian assange"],
                &["Publisher of the book"],
                &["OR Books published the book In Defense of Julian Assange in 2021."],
            ),
            fact(
                "cornel-west",
                &["Cornel West", "harvard professor"],
                &["Supporter of Assange"],
                &["A Harvard professor who supports Assange."],
            ),
            fact(
                "assange",
                &["Julian Assange", "Assange"],
                &["Founder of WikiLeaks"],
                &["Julian Assange founded WikiLeaks; his supporters published a book."],
            ),
        ];
        for name in [
            "Renata Avila",
            "Katrin Axelsson",
            "Sally Burch",
            "Naomi Colvin",
        ] {
            facts.push(fact(
                &name.to_lowercase().replace(' ', "-"),
                &[name],
                &["Contributor to the book In Defense of Julian Assange"],
                &[
                    "Listed among the contributors to the book.",
                    &format!("{name}, supporter of Julian Assange"),
                ],
            ));
        }
        for name in ["Glenn Greenwald", "Brian Eno", "Roger Waters"] {
            facts.push(fact(
                &name.to_lowercase().replace(' ', "-"),
                &[name],
                &["Supporter with a heading on the page"],
                &["The page gathers people who support Assange."],
            ));
        }
        let idx = Index::build(facts);
        for q in [
            "who published the book in defense of julian assange",
            "which harvard professor supports assange",
            "book contributor",
            "assange supporter",
            "julian assange",
            "assange",
            "harvard",
            "publisher",
            "supports assange on the page",
            "wikileaks founder",
            "or books",
            "contributors to the book",
        ] {
            assert_same_as_scan(&idx, q, 5);
        }
    }

    #[test]
    fn index_equals_full_scan() {
        let idx = index();
        for q in [
            "hague",
            "foreign minister",
            "juli",
            "wiki leaks",
            "xyz",
            "ecuador",
            "ecaudorian forign",
            "wkileaks",
            "assagne",
        ] {
            assert_same_as_scan(&idx, q, 3);
        }
    }

    /// The index finds for `q` (typed whole and being typed) what a scan of every fact finds,
    /// in full and as the top 1 to `limit` (and their hits from a floor on).
    fn assert_same_as_scan(idx: &Index, q: &str, limit: usize) {
        for typing in [false, true] {
            let p = Prepared::new(q, typing);
            let all = idx.scan_all(&p);
            assert_eq!(idx.search(&p), all, "{q}");
            for limit in 1..=limit {
                let top = &all[..all.len().min(limit)];
                assert_eq!(idx.search_top(&p, limit), top, "{q} top {limit}");
                for floor in [0.3, 0.6] {
                    let above: Vec<Hit> =
                        top.iter().copied().filter(|h| h.score >= floor).collect();
                    assert_eq!(
                        idx.search_top_from(&p, limit, floor),
                        above,
                        "{q} top {limit} from {floor}"
                    );
                }
            }
        }
    }

    #[test]
    fn deletion_index_finds_every_word_within_the_budget() {
        // Words of every budget, compared with every typo of up to two edits of each.
        let words = [
            "ana",
            "ivo",
            "nash",
            "hague",
            "snowden",
            "ellsberg",
            "international",
            "extradition",
            "assange",
        ];
        let facts = words
            .iter()
            .map(|w| IndexFact {
                id: w.to_string(),
                label: w.to_string(),
                keys: vec![w.to_string()],
                phrases: Vec::new(),
                body: Vec::new(),
            })
            .collect();
        let idx = Index::build(facts);
        let letters: Vec<char> = "aeinrstxz".chars().collect();
        for w in words {
            let chars: Vec<char> = w.chars().collect();
            let mut typos = vec![w.to_string()];
            for i in 0..chars.len() {
                let mut deleted = chars.clone();
                deleted.remove(i);
                typos.push(deleted.iter().collect());
                for &c in &letters {
                    let mut sub = chars.clone();
                    sub[i] = c;
                    typos.push(sub.iter().collect());
                    let mut ins = chars.clone();
                    ins.insert(i, c);
                    typos.push(ins.iter().collect());
                }
                if i + 1 < chars.len() {
                    let mut swapped = chars.clone();
                    swapped.swap(i, i + 1);
                    typos.push(swapped.iter().collect());
                }
            }
            for t in &typos {
                for unfinished in [false, true] {
                    let mut found = Vec::new();
                    let own = idx.similar_words(
                        t,
                        unfinished,
                        true,
                        &mut found,
                        &mut WordBuffers::default(),
                    );
                    if !unfinished {
                        assert_eq!(own, idx.word_id(t), "{t}");
                    }
                    found.sort_by_key(|&(w, _)| w);
                    let query = Prepared {
                        words: vec![t.clone()],
                        alternatives: vec![Default::default()],
                        compact: t.clone(),
                        typing: unfinished,
                        light: vec![false],
                        spelled: vec![false],
                    };
                    assert_eq!(found, idx.similar_words_by_scan(&query, 0), "{t}");
                }
            }
        }
    }

    #[test]
    fn hash_table_returns_every_value_of_a_hash_also_beyond_24_bits() {
        for values in [[3u32, 7, 1 << 20], [3, 1 << 27, u32::MAX]] {
            let pairs = vec![
                (0xdead_beef, values[0]),
                (0xdead_beef, values[1]),
                (0x1234_5678, values[2]),
            ];
            let table = HashTable::new(pairs);
            let mut out = Vec::new();
            table.get(0xdead_beef, &mut out);
            out.sort_unstable();
            assert!(
                out.contains(&values[0]) && out.contains(&values[1]),
                "{out:?}"
            );
            out.clear();
            table.get(0x1234_5678, &mut out);
            assert!(out.contains(&values[2]), "{out:?}");
        }
    }

    #[test]
    fn shapes_never_rule_out_a_word_within_the_budget() {
        use crate::matching::score::typo_budget;
        // Every word one or two edits (of any kind, accented letters too) from these.
        let words = ["assange", "hrafnsson", "patiño", "extradition", "göteborg"];
        let letters: Vec<char> = "aeosxzñö".chars().collect();
        let edits = |w: &str| crate::text::one_edits(w, &letters);
        let mut checked = 0;
        for w in words {
            for once in edits(w) {
                for twice in std::iter::once(once.clone()).chain(edits(&once)) {
                    // Both ways round: `twice` typed for the key word `w`, and `w` typed for
                    // a key word `twice`.
                    for (typed, key) in [(twice.as_str(), w), (w, twice.as_str())] {
                        let (lt, lk) = (typed.chars().count(), key.chars().count());
                        let budget = typo_budget(lt, lk);
                        if budget > 0
                            && lt.abs_diff(lk) <= budget
                            && strsim::osa_distance(typed, key) <= budget
                        {
                            checked += 1;
                            assert!(may_be_typo(shape(typed), shape(key)), "{typed} / {key}");
                        }
                    }
                }
            }
        }
        assert!(checked > 10_000, "{checked}");
    }
}
