//! Slips in the words a member types, mended before a question is read.
//!
//! The scorer forgives a slip word by word when it compares a query with the facts, but the
//! readings of a question look for words as spelled: the deed a /when question asks about
//! ("indict", "finish"), a saying ("statement"), a founder ("founded"). A slip there hides
//! what is asked, and the question is answered as if nothing were asked of the fact: "when
//! did the US first indcit Assange under the Espionage Act?" was answered with the Act's 1917,
//! "who founded the Courage Foundaton?" with the foundation.
//!
//! A word is mended when neither the fact base nor English knows it and exactly one word the
//! base knows (its facts' words, the lexicon's) is one slip from it: a letter left out, added
//! or changed, or two neighbours swapped, its first letter kept ("moris" is no slip of
//! "boris"). English is a word list (`core/data/`, from SCOWL,
//! see its README): a word of its own ("making", "travel", "green") is never read as a fact's
//! word one slip away ("Makine", "gravel", "greek"). A question that reads as French is left as
//! typed: English does not know its words.
//!
//! Question words are shorter than [`SLIP_MIN`] and the scorer weighs them as nothing, but the
//! readings look for them as spelled too ("who is …", "when did …"): [`mend_question_words`]
//! reads "hwo", "wen", "waht" as meant, before anything else reads the question.

use std::borrow::Cow;
use std::sync::OnceLock;

/// English words of [`SLIP_MIN`] letters or more, folded, one a line, sorted.
const ENGLISH: &str = include_str!("../../data/english-words.txt");

/// How many words [`ENGLISH`] lists (a test checks): the set is made that large at once.
const ENGLISH_WORDS: usize = 73_797;

/// The shortest word mended: shorter ones are one slip from too many others.
pub const SLIP_MIN: usize = 4;

/// The longest word mended (bytes); longer ones are left as typed.
const WORD_MAX: usize = 32;

/// Endings a known word may be typed with and be no slip.
const INFLECTIONS: &[&str] = &["s", "es", "ed", "ing", "d"];

/// Words (folded) that make a question French beside its asking words
/// ([`super::FRENCH_ASKING`]): its words are not slips of English ones.
const FRENCH: &[&str] = &[
    "est", "les", "des", "du", "une", "pour", "avec", "dans", "sur", "pourquoi", "comment", "ont",
    "ete", "etait", "il", "elle",
];

/// The English word list, read once, the first time a question is mended.
fn english() -> &'static rustc_hash::FxHashSet<&'static str> {
    static WORDS: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words =
            rustc_hash::FxHashSet::with_capacity_and_hasher(ENGLISH_WORDS, Default::default());
        words.extend(ENGLISH.lines());
        words
    })
}

/// Whether `word` (folded, lower case) is an English word of the list.
pub fn is_english(word: &str) -> bool {
    english().contains(word)
}

/// `query` with each slip mended ([`mended_word`]), as typed otherwise. `knows` says whether
/// the fact base knows a word, `slips` which words it knows one slip from one (both given
/// words in lower case, stemmed as [`crate::text::stem`] stems them).
pub fn mend<'q, K, S>(query: &'q str, knows: K, slips: S) -> Cow<'q, str>
where
    K: Fn(&str) -> bool,
    S: Fn(&str) -> Vec<String>,
{
    let mut out = String::new();
    let mut copied = 0;
    let mut buffer = [0u8; WORD_MAX];
    for (start, end) in ascii_words(query) {
        let typed = &query[start..end];
        // (Lower case in place: no allocation for the many words that are English.)
        let Some(lower) = crate::text::ascii_lower(typed, &mut buffer) else {
            continue;
        };
        let Some(meant) = mended_word(lower, &knows, &slips) else {
            continue;
        };
        out.push_str(&query[copied..start]);
        push_as_typed(&mut out, typed, &meant);
        copied = end;
    }
    // (Read only once a word would be mended: most questions have none.)
    if copied == 0
        || crate::text::fold(query)
            .split(' ')
            .any(|w| super::FRENCH_ASKING.contains(&w) || FRENCH.contains(&w))
    {
        return Cow::Borrowed(query);
    }
    out.push_str(&query[copied..]);
    Cow::Owned(out)
}

/// The question words and auxiliaries [`mend_question_words`] reads a slip of ("hwo", "wen",
/// "waht", "wich", "dd"), and those it only weighs against them ("how", "why").
const QUESTION_WORDS: &[&str] = &[
    "who", "when", "what", "which", "where", "whose", "did", "was", "does", "how", "why",
];

/// Short words (three letters or fewer: [`ENGLISH`] lists none) a slip of a question word may
/// be typed as and mean themselves ("two", "saw", "wet"), and contractions typed without
/// their apostrophe ("whos", "whats"), which the readings know.
const SHORT_WORDS: &[&str] = &[
    "two", "wow", "won", "wet", "wed", "woe", "hoe", "hot", "hit", "hat", "wit", "win", "wan",
    "wad", "saw", "was", "aws", "ow", "oh", "ho", "wo", "ah", "wha", "whe", "whos", "whats",
    "wheres", "hows", "whens", "whys", "dids",
];

/// Words "how" asks with ("how long", "how many"): a slip between "how" and "who" before one
/// is "how".
const HOW_OF: &[&str] = &[
    "long", "many", "much", "old", "far", "come", "often", "soon",
];

/// `query` with each word typed as a question word or an auxiliary with one slip ("hwo",
/// "wen", "waht", "wich", "whne", "dd": two neighbours swapped, a letter left out or added)
/// read as that word, when neither the fact base (`knows`) nor English knows it and it is one
/// slip from one of [`QUESTION_WORDS`] alone, or from `preferred` among others ("hwo" is
/// "who" to a /who question, "how" or "who" to another, and left as typed). The readings of a
/// question look for its question words as spelled ("who is …", "when did …").
pub fn mend_question_words<'q>(
    query: &'q str,
    preferred: &str,
    knows: impl Fn(&str) -> bool,
) -> Cow<'q, str> {
    let mut out = String::new();
    let mut copied = 0;
    // Runs of letters and digits, read on bytes where they are ASCII: most words are no slip
    // and go at once.
    let bytes = query.as_bytes();
    // The length of the character at `at` if it is a letter or digit, else None.
    let word_char = |at: usize| match bytes[at] {
        b if b.is_ascii_alphanumeric() => Some(1),
        b if b < 0x80 => None,
        _ => query[at..]
            .chars()
            .next()
            .filter(|c| c.is_alphanumeric())
            .map(char::len_utf8),
    };
    let mut at = 0;
    while at < bytes.len() {
        if !query.is_char_boundary(at) {
            at += 1;
            continue;
        }
        let Some(first) = word_char(at) else {
            at += 1;
            continue;
        };
        let start = at;
        at += first;
        while at < bytes.len() {
            match word_char(at) {
                Some(n) => at += n,
                None => break,
            }
        }
        let end = at;
        let typed = &query[start..end];
        // (Not a contraction's first part: "doesn't", "wasn't".)
        let contracted = query[end..].starts_with(['\'', '\u{2019}'])
            && query[end..]
                .chars()
                .nth(1)
                .is_some_and(|c| c.is_alphabetic() && c != 's' && c != 'S');
        if contracted
            || !(2..=6).contains(&typed.len())
            || !typed.bytes().all(|b| b.is_ascii_alphabetic())
        {
            continue;
        }
        // (Lower case in place, then one lookup: most words are one slip from no question word
        // and go at once.)
        let mut buffer = [0u8; 6];
        let Some(lower) = crate::text::ascii_lower(typed, &mut buffer) else {
            continue;
        };
        let Some(&slipped_from) = question_word_slips().get(lower.as_bytes()) else {
            continue;
        };
        if crate::text::is_filler_word(lower)
            || SHORT_WORDS.contains(&lower)
            || lower.len() >= SLIP_MIN && is_english(lower)
            || knows(lower)
        {
            continue;
        }
        let near: Vec<&str> = QUESTION_WORDS
            .iter()
            .enumerate()
            .filter(|&(i, _)| slipped_from & 1 << i != 0)
            .map(|(_, &q)| q)
            .collect();
        // "How" or "who": "how" before what it asks how of ("hwo long"), "who" elsewhere.
        let next = query[end..]
            .split_whitespace()
            .next()
            .map(str::to_ascii_lowercase);
        let how = next.as_deref().is_some_and(|n| HOW_OF.contains(&n));
        let meant = match near[..] {
            [q] => q,
            ["who", "how"] => {
                if how {
                    "how"
                } else {
                    "who"
                }
            }
            _ if near.contains(&preferred) => preferred,
            _ => continue,
        };
        // ("How" and "why" only weigh against the others, or before what "how" asks of.)
        if meant == "why" || meant == "how" && !how {
            continue;
        }
        out.push_str(&query[copied..start]);
        push_as_typed(&mut out, typed, meant);
        copied = end;
    }
    if copied == 0 {
        return Cow::Borrowed(query);
    }
    out.push_str(&query[copied..]);
    Cow::Owned(out)
}

/// Every word [`one_slip`] from a word of [`QUESTION_WORDS`], with which (bit `i` for the
/// `i`-th), built once: the candidates are the question words with two neighbours swapped, a
/// letter left out, added or changed, kept when [`one_slip`] says so.
fn question_word_slips() -> &'static rustc_hash::FxHashMap<Vec<u8>, u16> {
    static SLIPS: OnceLock<rustc_hash::FxHashMap<Vec<u8>, u16>> = OnceLock::new();
    SLIPS.get_or_init(|| {
        let mut slips = rustc_hash::FxHashMap::<Vec<u8>, u16>::default();
        for (i, q) in QUESTION_WORDS.iter().enumerate() {
            let w = q.as_bytes();
            let mut candidates = Vec::new();
            for at in 0..w.len() {
                let mut left_out = w.to_vec();
                left_out.remove(at);
                candidates.push(left_out);
                if at + 1 < w.len() {
                    let mut swapped = w.to_vec();
                    swapped.swap(at, at + 1);
                    candidates.push(swapped);
                }
                for letter in b'a'..=b'z' {
                    let mut changed = w.to_vec();
                    changed[at] = letter;
                    candidates.push(changed);
                    let mut added = w.to_vec();
                    added.insert(at + 1, letter);
                    candidates.push(added);
                }
            }
            for candidate in candidates {
                if std::str::from_utf8(&candidate).is_ok_and(|c| one_slip(c, q)) {
                    *slips.entry(candidate).or_insert(0) |= 1 << i;
                }
            }
        }
        slips
    })
}

/// `query` with each word stretched in chat ("whooo", "whennn", "sooo", "Assssange": a letter
/// typed three times or more, which no English word has) typed as meant: each such run once
/// or twice, whichever `knows` (lower case: the base), else a question word or English,
/// knows, once first ("whooo" is "who", "Assssange" is "Assange", "Kristinnnn" is
/// "Kristinn"); once when neither is known ("Cardnalll" is "Cardnal", for the speller).
pub fn unstretched<'q>(query: &'q str, knows: impl Fn(&str) -> bool) -> Cow<'q, str> {
    // (Whether bytes hold a letter three times running: one look, as most messages stretch
    // nothing.)
    let stretches = |bytes: &[u8]| {
        bytes
            .windows(3)
            .any(|w| w[0].is_ascii_alphabetic() && w[0] == w[1] && w[1] == w[2])
    };
    if !stretches(query.as_bytes()) {
        return Cow::Borrowed(query);
    }
    let mut out = String::with_capacity(query.len());
    for (i, word) in query.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if !stretches(word.as_bytes()) {
            out.push_str(word);
            continue;
        }
        // The word with each run of a letter three times or more kept to `keep` letters
        // (shorter runs as typed: "Assangeee" once is "Assange").
        let kept = |keep: usize| {
            let mut kept = String::with_capacity(word.len());
            let mut chars = word.chars().peekable();
            while let Some(c) = chars.next() {
                let mut run = 1;
                while chars.peek() == Some(&c) {
                    chars.next();
                    run += 1;
                }
                let take = if run >= 3 && c.is_ascii_alphabetic() {
                    keep
                } else {
                    run
                };
                kept.extend(std::iter::repeat_n(c, take));
            }
            kept
        };
        // (Its letters before an apostrophe: "whooo'd" is "who'd".)
        let core = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .split(['\'', '\u{2019}'])
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase()
        };
        // (What the base knows first, "Kristinnnn" is "Kristinn"; then a question word or
        // English.)
        let english = |w: &str| {
            let lower = core(w);
            QUESTION_WORDS.contains(&lower.as_str())
                || crate::text::is_filler_word(&lower)
                || is_english(&lower)
        };
        let (once, twice) = (kept(1), kept(2));
        let meant = if knows(&core(&once)) {
            once
        } else if knows(&core(&twice)) {
            twice
        } else if english(&once) || !english(&twice) {
            once
        } else {
            twice
        };
        out.push_str(&meant);
    }
    Cow::Owned(out)
}

/// Whether `typed` is `word` with two neighbouring letters swapped, one letter left out, or
/// one letter added after its first.
fn one_slip(typed: &str, word: &str) -> bool {
    let (t, w) = (typed.as_bytes(), word.as_bytes());
    match t.len() as isize - w.len() as isize {
        0 => {
            let mut diffs = (0..t.len()).filter(|&i| t[i] != w[i]);
            match (diffs.next(), diffs.next(), diffs.next()) {
                (Some(i), Some(j), None) => j == i + 1 && t[i] == w[j] && t[j] == w[i],
                (Some(i), None, None) => t.len() >= 3 && neighbours(t[i], w[i]),
                _ => false,
            }
        }
        -1 => (0..w.len()).any(|i| t[..i] == w[..i] && t[i..] == w[i + 1..]),
        1 => (1..t.len()).any(|i| t[..i] == w[..i] && t[i + 1..] == w[i..]),
        _ => false,
    }
}

/// Whether two letters are next to each other on a QWERTY keyboard.
fn neighbours(a: u8, b: u8) -> bool {
    const ROWS: [&[u8]; 3] = [b"qwertyuiop", b"asdfghjkl", b"zxcvbnm"];
    let at = |c: u8| {
        ROWS.iter().enumerate().find_map(|(r, row)| {
            row.iter()
                .position(|&k| k == c)
                .map(|i| (r as i32, i as i32))
        })
    };
    match (at(a), at(b)) {
        (Some((ra, ia)), Some((rb, ib))) => {
            (ra - rb).abs() <= 1 && (ia - ib).abs() <= 1 && (ra, ia) != (rb, ib)
        }
        _ => false,
    }
}

/// Pushes `meant` (lower case ASCII) onto `out`, capitalised as `typed` was ("Foundaton" is
/// "Foundation").
pub(crate) fn push_as_typed(out: &mut String, typed: &str, meant: &str) {
    if typed.starts_with(|c: char| c.is_ascii_uppercase()) {
        out.push_str(&meant[..1].to_ascii_uppercase());
        out.push_str(&meant[1..]);
    } else {
        out.push_str(meant);
    }
}

/// Where the words of `query` are that may be mended: runs of [`SLIP_MIN`] ASCII letters or
/// more, not inside a longer run of letters or digits ("Désir"), and not before an apostrophe
/// that ends a contraction ("didn't"; a possessive "'s" may follow).
fn ascii_words(query: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut chars = query.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut ascii = c.is_ascii_alphabetic();
        while let Some(&(i, c)) = chars.peek() {
            if !c.is_alphanumeric() {
                break;
            }
            ascii &= c.is_ascii_alphabetic();
            end = i + c.len_utf8();
            chars.next();
        }
        let rest = &query[end..];
        let contraction = ["'", "’"].iter().any(|a| {
            rest.strip_prefix(a).is_some_and(|after| {
                let ending: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
                !ending.eq_ignore_ascii_case("s")
            })
        });
        if ascii && end - start >= SLIP_MIN && !contraction {
            words.push((start, end));
        }
    }
    words
}

/// The word the base knows that `word` (lower case, ASCII) is a slip of, if it is one: `word`
/// is no English word nor a filler word with a slip, and not known to the base, with or without an ending ([`INFLECTIONS`]),
/// and its stem is one slip from the stem of one base word alone (`slips`), which is given
/// the ending the stem cut ("relases" is "releases").
pub fn mended_word<K, S>(word: &str, knows: K, slips: S) -> Option<String>
where
    K: Fn(&str) -> bool,
    S: Fn(&str) -> Vec<String>,
{
    if word.len() < SLIP_MIN {
        return None;
    }
    // (The base's words first: its vocabulary is small beside English's, and most of a
    // question's words are in it. A filler word typed with a slip, "tehe", "abuot", is read
    // as filler where the words are folded: `crate::text::is_mistyped_stopword`.)
    let stem = crate::text::stem_cow(word);
    if knows(&stem)
        || is_english(word)
        || INFLECTIONS.iter().any(|ending| {
            word.strip_suffix(ending)
                .is_some_and(|w| w.len() >= 3 && knows(w))
        })
        || crate::text::is_mistyped_stopword(word)
    {
        return None;
    }
    let mut found = slips(&stem);
    found.sort_unstable();
    found.dedup();
    let [meant] = &found[..] else {
        return None;
    };
    Some(match word.strip_prefix(&*stem) {
        Some(ending) => format!("{meant}{ending}"),
        None => meant.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stretched_word_is_read_as_meant() {
        let knows = |w: &str| matches!(w, "assange" | "kristinn" | "wizner");
        for (typed, meant) in [
            ("whooo was it", "who was it"),
            ("Whennn did he go", "When did he go"),
            ("whooo'd they call", "who'd they call"),
            ("sooo who is ben wiznerrr?", "so who is ben wizner?"),
            ("Assssange", "Assange"),
            ("Kristinnnn", "Kristinn"),
            ("Cardnalll", "Cardnal"),
            ("pleeease", "please"),
            // (Two letters, digits, other scripts as typed.)
            ("Assange 2012 1000", "Assange 2012 1000"),
            ("Éééquateur …", "Éééquateur …"),
        ] {
            assert_eq!(unstretched(typed, knows), meant, "{typed:?}");
        }
        assert!(matches!(unstretched("who was it", knows), Cow::Borrowed(_)));
    }

    /// The table of slips holds exactly the words [`one_slip`] finds: every word of two to
    /// four letters, and words of five and six drawn from the question words' letters.
    #[test]
    fn the_slip_table_is_one_slip() {
        let check = |word: &[u8]| {
            let Ok(word) = std::str::from_utf8(word) else {
                return;
            };
            let expected = QUESTION_WORDS
                .iter()
                .enumerate()
                .filter(|&(_, q)| one_slip(word, q))
                .fold(0u16, |bits, (i, _)| bits | 1 << i);
            let found = question_word_slips().get(word.as_bytes()).copied();
            assert_eq!(found.unwrap_or(0), expected, "{word}");
            assert!(found != Some(0), "{word}");
        };
        let mut word = Vec::new();
        for len in 2..=4u32 {
            for n in 0..26usize.pow(len) {
                word.clear();
                let mut rest = n;
                for _ in 0..len {
                    word.push(b'a' + (rest % 26) as u8);
                    rest /= 26;
                }
                check(&word);
            }
        }
        let letters = b"whoenatscdiyrgq";
        let mut state: u64 = 57;
        for _ in 0..300_000 {
            word.clear();
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let len = 5 + (state >> 60) as usize % 2;
            for i in 0..len {
                word.push(letters[(state >> (4 * i + 8)) as usize % letters.len()]);
            }
            check(&word);
        }
        for q in QUESTION_WORDS {
            assert!(question_word_slips().get(q.as_bytes()).is_none(), "{q}");
        }
    }

    #[test]
    fn a_question_word_typed_with_a_slip_is_read_as_meant() {
        let none = |_: &str| false;
        for (typed, preferred, meant) in [
            ("hwo was the ambassador", "who", "who was the ambassador"),
            ("wen did he leave", "when", "when did he leave"),
            ("Waht did she say", "what", "What did she say"),
            ("wich country", "who", "which country"),
            ("dd he say it", "what", "did he say it"),
            ("whi wrote it", "who", "who wrote it"),
            ("the man hwo hid there", "when", "the man who hid there"),
            ("hwo long was he there", "when", "how long was he there"),
        ] {
            assert_eq!(
                mend_question_words(typed, preferred, none),
                meant,
                "{typed}"
            );
        }
        // Words of their own, of the facts, contractions: as typed.
        for typed in ["two of them", "he saw it", "whit", "it doesn't", "whos"] {
            assert_eq!(mend_question_words(typed, "who", none), typed, "{typed}");
        }
        assert_eq!(mend_question_words("wen", "when", |w| w == "wen"), "wen");
    }

    const BASE: &[&str] = &[
        "indict",
        "foundation",
        "cable",
        "release",
        "vaughan",
        "boris",
        "makine",
    ];

    fn knows(w: &str) -> bool {
        BASE.contains(&w)
    }

    fn slips(w: &str) -> Vec<String> {
        BASE.iter()
            .filter(|b| b.as_bytes()[0] == w.as_bytes()[0] && strsim::osa_distance(b, w) == 1)
            .map(|b| b.to_string())
            .collect()
    }

    #[test]
    fn every_listed_word_is_english_and_no_other() {
        let listed: std::collections::HashSet<&str> = ENGLISH.lines().collect();
        for word in ENGLISH.lines() {
            assert!(is_english(word), "{word}");
            // One letter more or less: not listed, unless that too is a word of the list.
            for other in [format!("{word}q"), word[..word.len() - 1].to_string()] {
                assert_eq!(
                    is_english(&other),
                    listed.contains(other.as_str()),
                    "{other}"
                );
            }
        }
        assert!(!is_english("") && !is_english("a") && !is_english("zzzzzz"));
        assert_eq!(listed.len(), ENGLISH_WORDS);
    }

    #[test]
    fn a_slip_of_one_known_word_is_mended() {
        assert_eq!(
            mend("when did the US first indcit Assange?", knows, slips),
            "when did the US first indict Assange?"
        );
        assert_eq!(
            mend("who founded the Courage Foundaton?", knows, slips),
            "who founded the Courage Foundation?"
        );
        assert_eq!(
            mend("who is Vaugan Smith", knows, slips),
            "who is Vaughan Smith"
        );
        assert_eq!(
            mended_word("relases", knows, slips).as_deref(),
            Some("releases")
        );
        assert_eq!(
            mended_word("cabels", knows, slips).as_deref(),
            Some("cables")
        );
    }

    #[test]
    fn english_words_other_first_letters_and_french_are_kept() {
        // "making" is English, though one slip from "makine".
        let kept = mend("who was making the interviews", knows, slips);
        assert!(matches!(kept, Cow::Borrowed(_)));
        // "moris" would be "boris" with its first letter changed.
        assert_eq!(mended_word("moris", knows, slips), None);
        let french = mend("qui a fondé la Courage Foundaton ?", knows, slips);
        assert!(matches!(french, Cow::Borrowed(_)));
        // A contraction is no slip.
        assert!(matches!(
            mend("who didn't indcit'll", knows, slips),
            Cow::Borrowed(_)
        ));
        assert!(is_english("travel") && !is_english("indcit"));
    }
}
