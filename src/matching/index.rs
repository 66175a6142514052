//! The immutable, pre-built index of one command's keys, and the scoring of a query over it.
//!
//! Keys are normalised once into word ids over a shared vocabulary. A query's words are first
//! matched against the vocabulary (exactly, as a typed prefix, or within the typo budget); the
//! keys holding any matched word are the only candidates, and only they are scored. A key
//! that shares no word with the query scores 0 by construction, so this is exactly the result
//! of scoring every key (see [`Index::scan_all`], kept for tests and benchmarks).
//!
//! Score of a key: the weighted share of the query's words the key covers (each word weighted
//! by how rare it is among facts, so "assange" counts for little and an unknown word counts
//! fully against), times a milder factor for how much of the key the query covers.

use std::collections::HashMap;

use super::normalize::tokens;
use super::score::{compact_sim, prefix_sim, word_sim};

/// How much of a score rests on covering the key, as opposed to the query, when answering.
const KEY_COVER_WEIGHT: f32 = 0.25;
/// The same for autocomplete, where the member has typed only part of what they want.
const KEY_COVER_WEIGHT_TYPING: f32 = 0.10;
/// A descriptive phrase (title, role, names) counts for this share of a curated key.
const PHRASE_FACTOR: f32 = 0.92;
/// A fact scored on all its keys together counts for this share of a single key's score.
const FACT_WIDE_FACTOR: f32 = 0.95;
/// Whole-string similarity (spaces removed) counts only from here.
const COMPACT_MIN: f32 = 0.88;

/// A fact as the index sees it: an id, a label, keys, and a default rank for empty queries.
#[derive(Debug, Clone)]
pub struct IndexFact {
    pub id: String,
    pub label: String,
    /// The curated keys: unique per command, so matching one exactly is an answer.
    pub keys: Vec<String>,
    /// Descriptive phrases (a title, a role) that also lead to the fact, but never exactly.
    pub phrases: Vec<String>,
}

#[derive(Debug, Clone)]
struct Key {
    fact: u32,
    curated: bool,
    words: Box<[u32]>,
    compact: Box<str>,
}

/// What one fact has gathered while its keys are scored.
struct FactScore {
    best: Hit,
    /// Per query word, the best similarity over all the fact's keys.
    words: Vec<f32>,
    /// The largest share of one key that the query covers.
    key_cover: f32,
}

/// One scored fact: which fact, how well, through which key.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub fact: u32,
    pub score: f32,
    pub key: u32,
    /// The query is exactly this key (after normalising).
    pub exact: bool,
}

/// A query, normalised once.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub words: Vec<String>,
    pub compact: String,
    pub norm: String,
    /// Autocomplete: the last word may be unfinished.
    pub typing: bool,
}

impl Prepared {
    pub fn new(query: &str, typing: bool) -> Self {
        let words = tokens(query);
        // A query that ends in a space has its last word finished.
        let typing = typing && !query.ends_with(char::is_whitespace);
        Prepared {
            compact: words.concat(),
            norm: words.join(" "),
            words,
            typing,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// The index of one command's facts.
#[derive(Debug, Clone, Default)]
pub struct Index {
    facts: Vec<IndexFact>,
    keys: Vec<Key>,
    /// Sorted, so prefixes are a range.
    vocab: Vec<Box<str>>,
    idf: Vec<f32>,
    max_idf: f32,
    /// Word id -> keys that hold it, ascending.
    postings: Vec<Vec<u32>>,
    /// Fact id -> fact number.
    ids: HashMap<Box<str>, u32>,
}

impl Index {
    /// Builds the index. Facts keep their order: fact number `i` is `facts[i]`.
    pub fn build(facts: Vec<IndexFact>) -> Index {
        let mut normalised: Vec<(u32, bool, Vec<String>)> = Vec::new();
        for (f, fact) in facts.iter().enumerate() {
            let curated = fact.keys.iter().map(|k| (true, k));
            let phrases = fact.phrases.iter().map(|k| (false, k));
            for (is_key, text) in curated.chain(phrases) {
                let words = tokens(text);
                if !words.is_empty() {
                    normalised.push((f as u32, is_key, words));
                }
            }
        }
        let mut vocab: Vec<Box<str>> = normalised
            .iter()
            .flat_map(|(_, _, w)| w.iter().map(|s| Box::from(s.as_str())))
            .collect();
        vocab.sort_unstable();
        vocab.dedup();
        let word_id: HashMap<&str, u32> = vocab
            .iter()
            .enumerate()
            .map(|(i, w)| (&**w, i as u32))
            .collect();

        let mut keys = Vec::with_capacity(normalised.len());
        let mut postings = vec![Vec::new(); vocab.len()];
        let mut fact_df: Vec<Vec<u32>> = vec![Vec::new(); vocab.len()];
        for (k, (fact, curated, words)) in normalised.iter().enumerate() {
            let ids: Box<[u32]> = words.iter().map(|w| word_id[w.as_str()]).collect();
            for &w in ids.iter() {
                let list = &mut postings[w as usize];
                if list.last() != Some(&(k as u32)) {
                    list.push(k as u32);
                }
                let seen = &mut fact_df[w as usize];
                if seen.last() != Some(fact) {
                    seen.push(*fact);
                }
            }
            keys.push(Key {
                fact: *fact,
                curated: *curated,
                words: ids,
                compact: Box::from(words.concat()),
            });
        }
        let n = facts.len().max(1) as f32;
        let idf: Vec<f32> = fact_df
            .iter()
            .map(|facts| (1.0 + n / facts.len().max(1) as f32).ln())
            .collect();
        let max_idf = (1.0 + n).ln();
        let ids = facts
            .iter()
            .enumerate()
            .map(|(i, f)| (Box::from(f.id.as_str()), i as u32))
            .collect();
        Index {
            facts,
            keys,
            vocab,
            idf,
            max_idf,
            postings,
            ids,
        }
    }

    pub fn fact(&self, n: u32) -> &IndexFact {
        &self.facts[n as usize]
    }

    pub fn fact_count(&self) -> usize {
        self.facts.len()
    }

    pub fn key_count(&self) -> usize {
        self.keys.len()
    }

    /// The fact whose id is exactly `id`.
    pub fn by_id(&self, id: &str) -> Option<u32> {
        self.ids.get(id.trim()).copied()
    }

    /// The key `k` as normalised words.
    pub fn key_text(&self, k: u32) -> String {
        let key = &self.keys[k as usize];
        key.words
            .iter()
            .map(|&w| &*self.vocab[w as usize])
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Vocabulary words similar to `word`, with their similarity.
    fn similar_words(&self, word: &str, unfinished: bool) -> Vec<(u32, f32)> {
        let mut out = Vec::new();
        let sim = |w: &str| {
            if unfinished {
                prefix_sim(word, w)
            } else {
                word_sim(word, w)
            }
        };
        for (i, v) in self.vocab.iter().enumerate() {
            let s = sim(v);
            if s > 0.0 {
                out.push((i as u32, s));
            }
        }
        out
    }

    /// Every fact with a score above 0, best first (ties: the earlier fact first).
    pub fn search(&self, query: &Prepared) -> Vec<Hit> {
        self.rank(query, None)
    }

    /// The same ranking computed by scoring every key: the reference for the index.
    pub fn scan_all(&self, query: &Prepared) -> Vec<Hit> {
        let all: Vec<u32> = (0..self.keys.len() as u32).collect();
        self.rank(query, Some(all))
    }

    fn rank(&self, query: &Prepared, candidates: Option<Vec<u32>>) -> Vec<Hit> {
        if query.is_empty() {
            return Vec::new();
        }
        let last = query.words.len() - 1;
        // Per query word: its matches in the vocabulary, and its weight.
        let mut matches: Vec<HashMap<u32, f32>> = Vec::with_capacity(query.words.len());
        let mut weights = Vec::with_capacity(query.words.len());
        for (i, word) in query.words.iter().enumerate() {
            let similar = self.similar_words(word, query.typing && i == last);
            let best = similar
                .iter()
                .copied()
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            // A word the facts never use weighs like the rarest word: it counts fully against.
            weights.push(best.map_or(self.max_idf, |(w, _)| self.idf[w as usize]));
            matches.push(similar.into_iter().collect());
        }
        let candidates = candidates.unwrap_or_else(|| {
            let mut c: Vec<u32> = matches
                .iter()
                .flat_map(|m| m.keys())
                .flat_map(|&w| self.postings[w as usize].iter().copied())
                .collect();
            c.sort_unstable();
            c.dedup();
            c
        });
        let total_weight: f32 = weights.iter().sum();
        // The query's words as word ids, when every one of them is a vocabulary word.
        let exact_words: Option<Vec<u32>> = if query.typing {
            None
        } else {
            query.words.iter().map(|w| self.word_id(w)).collect()
        };
        let key_weight = if query.typing {
            KEY_COVER_WEIGHT_TYPING
        } else {
            KEY_COVER_WEIGHT
        };
        let mut facts: HashMap<u32, FactScore> = HashMap::new();
        for k in candidates {
            let key = &self.keys[k as usize];
            let acc = facts.entry(key.fact).or_insert_with(|| FactScore {
                best: Hit {
                    fact: key.fact,
                    score: 0.0,
                    key: k,
                    exact: false,
                },
                words: vec![0.0; query.words.len()],
                key_cover: 0.0,
            });
            let mut covered = 0.0f32;
            for (i, (m, weight)) in matches.iter().zip(&weights).enumerate() {
                let s = key
                    .words
                    .iter()
                    .filter_map(|w| m.get(w))
                    .fold(0.0f32, |a, &b| a.max(b));
                covered += weight * s;
                acc.words[i] = acc.words[i].max(s);
            }
            if covered <= 0.0 {
                continue;
            }
            let query_cover = covered / total_weight;
            let (mut hit_w, mut all_w) = (0.0f32, 0.0f32);
            for &w in key.words.iter() {
                let idf = self.idf[w as usize];
                all_w += idf;
                if matches.iter().any(|m| m.contains_key(&w)) {
                    hit_w += idf;
                }
            }
            let key_cover = if all_w > 0.0 { hit_w / all_w } else { 0.0 };
            acc.key_cover = acc.key_cover.max(key_cover);
            let mut score = query_cover * (1.0 - key_weight + key_weight * key_cover);
            let exact = key.curated && exact_words.as_deref() == Some(&key.words[..]);
            if exact {
                score = 1.0;
            } else if !query.typing {
                let compact = compact_sim(&query.compact, &key.compact);
                if compact >= COMPACT_MIN {
                    score = score.max(compact.min(0.99));
                }
            }
            if !key.curated {
                score *= PHRASE_FACTOR;
            }
            if score > acc.best.score {
                acc.best = Hit {
                    fact: key.fact,
                    score,
                    key: k,
                    exact,
                };
            }
        }
        // A fact is also scored on all its keys together: the words of a paraphrase are often
        // spread over several keys of the right fact. This never beats an exact key.
        let mut hits: Vec<Hit> = facts
            .into_values()
            .filter(|acc| acc.best.score > 0.0)
            .map(|acc| {
                let mut hit = acc.best;
                if !hit.exact {
                    let covered: f32 = acc.words.iter().zip(&weights).map(|(s, w)| s * w).sum();
                    let together = FACT_WIDE_FACTOR
                        * (covered / total_weight)
                        * (1.0 - key_weight + key_weight * acc.key_cover);
                    hit.score = hit.score.max(together.min(0.99));
                }
                hit
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.fact.cmp(&b.fact)));
        hits
    }

    fn word_id(&self, word: &str) -> Option<u32> {
        self.vocab
            .binary_search_by(|v| (**v).cmp(word))
            .ok()
            .map(|i| i as u32)
    }

    /// The fact a key belongs to.
    pub fn key_fact(&self, k: u32) -> u32 {
        self.keys[k as usize].fact
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

    #[test]
    fn exact_key_scores_one() {
        let hits = index().search(&Prepared::new("william hague", false));
        assert_eq!(hits[0].fact, 0);
        assert!(hits[0].exact);
        assert_eq!(hits[0].score, 1.0);
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
    fn index_equals_full_scan() {
        let idx = index();
        for q in [
            "hague",
            "foreign minister",
            "juli",
            "wiki leaks",
            "xyz",
            "ecuador",
        ] {
            for typing in [false, true] {
                let p = Prepared::new(q, typing);
                assert_eq!(idx.search(&p), idx.scan_all(&p), "{q}");
            }
        }
    }
}
