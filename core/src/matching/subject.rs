//! Who a /who question asks about when it names them: "who is Anders Jorle, he is working for
//! Sweden government?", "could you tell me who Jozsef Mindszenty was and why …", "Massimo
//! Moratti is who?". The rest of such a question (what the member already knows, what they
//! want to know next) shares words with other facts, and the scores split; but the person named
//! right after "who is" is what is asked, and the member typed their whole name.
//!
//! Owns the table of people's full names (names and aliases of two words or more, as
//! [`crate::text::words`] reads them) and the reading of a question's opening. It does not
//! match fuzzily: a whole name as typed, or nothing.

use rustc_hash::FxHashMap;

use crate::knowledge::Person;
use crate::text;

/// The longest name looked for, in words.
const NAME_WORDS_MAX: usize = 6;

/// Words that may come before "who" in a question that asks who someone is ("can you tell me
/// who", "do you know who", "je voudrais savoir qui").
const OPENING: &[&str] = &[
    "can", "could", "would", "you", "someone", "somebody", "anyone", "anybody", "be", "able",
    "tell", "me", "please", "pl", "plz", "do", "know", "i", "want", "to", "wonder", "so", "ok",
    "okay", "and", "hey", "hi", "explain", "dis", "moi", "sai", "tu", "savez", "vou", "je",
    "voudrai", "savoir",
];

/// Words between "who" and the name ("who is the", "qui est").
const LINK: &[&str] = &[
    "is", "was", "are", "were", "s", "this", "that", "the", "mr", "mrs", "ms", "dr", "est",
    "etait", "c", "m", "monsieur", "madame",
];

/// Words that ask who: English and French.
const WHO: &[&str] = &["who", "qui"];

/// People's full names, to find the one a question names.
#[derive(Debug, Default)]
pub struct Names {
    /// A name's words joined by spaces -> the person, `None` when two people share it.
    by_name: FxHashMap<Box<str>, Option<u32>>,
}

/// One word of the question as typed: folded and stemmed, and what follows it.
struct Typed {
    word: String,
    /// "Assange's": the name is not what is asked about ("who is Assange's lawyer").
    possessive: bool,
    /// Punctuation ends the phrase ("Who is Harlem Désir? He is …").
    closed: bool,
}

impl Names {
    /// The table for `people`, in their order (a hit's fact number).
    pub fn new(people: &[Person]) -> Names {
        let mut by_name: FxHashMap<Box<str>, Option<u32>> = FxHashMap::default();
        for (n, person) in people.iter().enumerate() {
            let n = n as u32;
            for name in std::iter::once(&person.name).chain(&person.aliases) {
                let words = text::words(name);
                if words.len() < 2 || words.len() > NAME_WORDS_MAX {
                    continue;
                }
                by_name
                    .entry(words.join(" ").into_boxed_str())
                    .and_modify(|held| {
                        if *held != Some(n) {
                            *held = None;
                        }
                    })
                    .or_insert(Some(n));
            }
        }
        Names { by_name }
    }

    /// The person a /who question asks about by full name, if it does: the name right after
    /// its opening ("who is", "tell me who", "qui est", maybe "the"), not possessive, and
    /// followed by nothing, punctuation or a filler word ("who is Victoria Nuland in this
    /// story"); or the name first, then "is who".
    pub fn subject(&self, query: &str) -> Option<u32> {
        if self.by_name.is_empty() || !mentions_who(query) {
            return None;
        }
        let typed = read(query);
        let words: Vec<&str> = typed.iter().map(|t| t.word.as_str()).collect();
        // "Massimo Moratti is who?"
        if let Some((n, person)) = self.name_at(&words, 0) {
            let rest = &words[n..];
            if !typed[n - 1].possessive && matches!(rest, ["who", ..] | ["is" | "was", "who", ..]) {
                return Some(person);
            }
        }
        let who = words.iter().position(|w| WHO.contains(w))?;
        if !words[..who].iter().all(|w| OPENING.contains(w)) {
            return None;
        }
        let mut start = who + 1;
        while words.get(start).is_some_and(|w| LINK.contains(w)) && !typed[start - 1].closed {
            start += 1;
        }
        let (n, person) = self.name_at(&words, start)?;
        let last = &typed[start + n - 1];
        let ends = last.closed
            || words
                .get(start + n)
                .is_none_or(|next| text::is_filler_word(next));
        (!last.possessive && ends).then_some(person)
    }

    /// The longest name that starts at `words[start]`: its length in words and the person.
    fn name_at(&self, words: &[&str], start: usize) -> Option<(usize, u32)> {
        let most = NAME_WORDS_MAX.min(words.len().saturating_sub(start));
        (2..=most).rev().find_map(|n| {
            let name = words[start..start + n].join(" ");
            self.by_name
                .get(name.as_str())
                .copied()
                .flatten()
                .map(|person| (n, person))
        })
    }
}

/// The words a question types possessive ("Snowden's letter", "the Swedes' request"), as
/// [`crate::text::words`] reads them: whoever they name is not who a /who question asks for.
pub fn possessive_words(query: &str) -> Vec<String> {
    if !query.contains(['\'', '’']) {
        return Vec::new();
    }
    read(query)
        .into_iter()
        .filter(|t| t.possessive)
        .map(|t| t.word)
        .collect()
}

/// Whether `person`'s name or one of its aliases ends in one of `words` ("snowden" for Edward
/// Snowden).
pub fn named_by(person: &Person, words: &[String]) -> bool {
    std::iter::once(&person.name)
        .chain(&person.aliases)
        .any(|name| text::words(name).last().is_some_and(|w| words.contains(w)))
}

/// Whether `query` holds "who" or "qui" in any case: most queries do not, and are not read.
fn mentions_who(query: &str) -> bool {
    query.as_bytes().windows(3).any(|w| {
        let w = [w[0] | 0x20, w[1] | 0x20, w[2] | 0x20];
        w == *b"who" || w == *b"qui"
    })
}

/// The question's words as typed, with possessives and punctuation noted.
fn read(query: &str) -> Vec<Typed> {
    let mut typed = Vec::new();
    for chunk in query.split_whitespace() {
        let core = chunk.trim_end_matches(|c: char| !c.is_alphanumeric());
        let closed = core.len() < chunk.len() && !chunk[core.len()..].starts_with(['\'', '’']);
        // "Snowden's"; not "the journalists' group", which names no one.
        let possessive = ["'s", "’s"].iter().any(|p| {
            chunk
                .to_lowercase()
                .trim_end_matches(['.', ',', '?', '!'])
                .ends_with(p)
        });
        let words = text::words(core);
        let count = words.len();
        for (i, word) in words.into_iter().enumerate() {
            let last = i + 1 == count;
            typed.push(Typed {
                word,
                possessive: last && possessive,
                closed: last && closed,
            });
        }
    }
    typed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, aliases: &[&str]) -> Person {
        let json = serde_json::json!({
            "id": text::words(name).join("-"),
            "name": name,
            "kind": "person",
            "aliases": aliases,
            "role": "someone",
        });
        serde_json::from_value(json).expect("a person")
    }

    fn names() -> Names {
        Names::new(&[
            person("Anders Jorle", &[]),
            person("Jozsef Mindszenty", &["Cardinal Mindszenty"]),
            person("Julian Assange", &[]),
            person("Harlem Désir", &[]),
            person("Lula", &[]),
        ])
    }

    #[test]
    fn finds_the_person_a_question_names_after_who() {
        let names = names();
        for (query, want) in [
            (
                "who is Anders Jorle, he is working for Sweden government?",
                Some(0),
            ),
            (
                "Could you tell me who Jozsef Mindszenty was and why a lawyer",
                Some(1),
            ),
            ("who was cardinal mindszenty", Some(1)),
            (
                "Who is Harlem Desir? He is working for which organisation?",
                Some(3),
            ),
            ("Qui est Harlem Désir ?", Some(3)),
            ("Anders Jorle is who?", Some(0)),
            ("who's julian assange in this story", Some(2)),
            // The name is not what is asked about.
            ("who is julian assange's lawyer", None),
            ("who is Julian Assange lawyer", None),
            ("who interviewed anders jorle", None),
            ("why did anders jorle say that", None),
            ("who is jorle", None),
            ("who is lula", None),
            ("who is anders jorl", None),
        ] {
            assert_eq!(names.subject(query), want, "{query}");
        }
    }

    #[test]
    fn reads_possessives() {
        assert_eq!(
            possessive_words("who read out Snowden's letter to the Swedes’ ministry"),
            vec!["snowden".to_string()]
        );
        assert!(possessive_words("l'ambassadeur d'Équateur").is_empty());
        let snowden = person("Edward Snowden", &["NSA whistleblower"]);
        assert!(named_by(&snowden, &possessive_words("snowden's letter")));
        assert!(!named_by(&snowden, &possessive_words("edward's letter")));
    }

    #[test]
    fn a_name_two_people_share_names_nobody() {
        let names = Names::new(&[
            person("Anders Jorle", &[]),
            person("A. Jorle", &["Anders Jorle"]),
        ]);
        assert_eq!(names.subject("who is anders jorle"), None);
    }
}
