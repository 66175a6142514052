//! How alike two words are, and how well a query covers a key.
//!
//! Word similarity is built on `strsim::osa_distance` (edits, with transpositions counting
//! once: "hauge" is one edit from "hague") with an edit budget that grows with word length,
//! plus credit for a word typed only in part ("snow" for "snowden", "grant" for "grants").
//! Numbers never match fuzzily: resolution 2300 is not resolution 2317.

/// Similarity of a typed word to a key word, in 0..=1; 0 means "not the same word".
pub fn word_sim(query: &str, key: &str) -> f32 {
    if query == key {
        return 1.0;
    }
    if has_digit(query) || has_digit(key) {
        return 0.0;
    }
    let lq = query.chars().count();
    let lk = key.chars().count();
    if let Some(s) = form_sim(query, key, lq, lk) {
        return s;
    }
    typo_sim(query, key, lq, lk, typo_budget(lq, lk))
}

/// Whether `key` is `query` itself or a form of it rather than a typo of it: one
/// [`form_sim`] finds, or one sharing its first five letters ("minister" and "ministry").
pub fn is_form_of(query: &str, key: &str) -> bool {
    query == key
        || !has_digit(query)
            && !has_digit(key)
            && (form_sim(query, key, query.chars().count(), key.chars().count()).is_some()
                || shared_head(query, key) >= 5)
}

/// How many characters two words share at their start.
fn shared_head(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// Similarity of two different words (`lq` and `lk` characters) that are forms of one word
/// rather than typos of it, if they are: the start of the key typed, an ending the key does not
/// have ("grants" for "grant"), or two forms sharing a long head ("hungary" and "hungarian",
/// "treated" and "treatment"). Both share their first five letters at least, so the index finds
/// the pair among the words starting with the typed word's first five.
#[inline]
fn form_sim(query: &str, key: &str, lq: usize, lk: usize) -> Option<f32> {
    if lq >= 3 && lk > lq && key.starts_with(query) {
        return Some(0.80 + 0.15 * lq as f32 / lk as f32);
    }
    if lk >= 4 && lq > lk && lq - lk <= 2 && query.starts_with(key) {
        return Some(0.90);
    }
    let common = shared_head(query, key);
    // Or two forms sharing a head of five letters or more, each the head with an ending
    // ("treated" and "treatment", "protested" and "protesters").
    (common >= 5
        && (common * 5 >= lq.min(lk) * 4
            || (query.is_ascii()
                && key.is_ascii()
                && is_ending(&query[common..])
                && is_ending(&key[common..]))))
    .then_some(0.80)
}

/// An ending English adds to a word's head to make another form of it (inflection or a common
/// derivation): what [`form_sim`] lets two words differ by after a shared head.
fn is_ending(rest: &str) -> bool {
    matches!(
        rest,
        "" | "e"
            | "s"
            | "es"
            | "d"
            | "ed"
            | "ing"
            | "ings"
            | "er"
            | "ers"
            | "or"
            | "ors"
            | "ion"
            | "ions"
            | "ation"
            | "ations"
            | "ment"
            | "ments"
            | "al"
            | "ally"
            | "ly"
            | "ance"
            | "ence"
            | "ist"
            | "ists"
            | "ism"
            | "ive"
            | "ity"
    )
}

/// A typed word as [`Typed::similarity`] compares it: its length in characters, letter counts
/// ([`signature`]) and whether it holds a digit, counted once for all the words it is compared
/// with.
pub(crate) struct Typed<'q> {
    word: &'q str,
    len: usize,
    signature: u64,
    digit: bool,
}

impl<'q> Typed<'q> {
    pub(crate) fn new(word: &'q str) -> Typed<'q> {
        Typed {
            word,
            len: word.chars().count(),
            signature: signature(word.chars()),
            digit: has_digit(word),
        }
    }

    /// For a finished word, [`word_sim`] if it is above 0, else minus [`context_sim`]; for an
    /// unfinished one, [`prefix_sim`]: the same values, bit for bit. `key_len` and
    /// `key_signature` are the key word's, as [`signature`] and a count of its characters give
    /// them.
    pub(crate) fn similarity(
        &self,
        key: &str,
        key_len: usize,
        key_signature: u64,
        unfinished: bool,
    ) -> f32 {
        let (query, lq, lk) = (self.word, self.len, key_len);
        if unfinished {
            if key.starts_with(query) {
                return 1.0;
            }
            if self.digit || has_digit(key) {
                return 0.0;
            }
            if lq >= 4 && lk > lq && osa_distance_to_head(query, key, lq) <= 1 {
                return 0.80;
            }
            return self.typo_sim(key, lk, key_signature, edit_budget(lq.min(lk)));
        }
        if query == key {
            return 1.0;
        }
        if self.digit || has_digit(key) {
            // No similarity, nor in context.
            return -0.0;
        }
        if let Some(s) = form_sim(query, key, lq, lk) {
            return s;
        }
        let typo = typo_budget(lq, lk);
        let s = self.typo_sim(key, lk, key_signature, typo);
        if s > 0.0 {
            return s;
        }
        // `word_sim` is 0: `context_sim`.
        let budget = context_budget(lq, lk);
        if budget == typo {
            return -0.0;
        }
        -self.typo_sim(key, lk, key_signature, budget)
    }

    /// [`typo_sim`] with the letter counts known.
    fn typo_sim(&self, key: &str, lk: usize, key_signature: u64, budget: usize) -> f32 {
        typo_sim_by(self.word, key, self.len, lk, budget, || {
            (self.signature, key_signature)
        })
    }
}

/// Similarity of a typed word that may be the unfinished start of a key word (autocomplete).
pub fn prefix_sim(query: &str, key: &str) -> f32 {
    if key.starts_with(query) {
        return 1.0;
    }
    if has_digit(query) || has_digit(key) {
        return 0.0;
    }
    let lq = query.chars().count();
    let lk = key.chars().count();
    if lq >= 4 && lk > lq {
        // A typo in what has been typed so far: compare with the key's start of the same length.
        if osa_distance_to_head(query, key, lq) <= 1 {
            return 0.80;
        }
    }
    // A word still being typed is shorter than its key word for want of letters, not by a
    // slip: it is forgiven by its own length only.
    typo_sim(query, key, lq, lk, edit_budget(lq.min(lk)))
}

fn typo_sim(query: &str, key: &str, lq: usize, lk: usize, budget: usize) -> f32 {
    typo_sim_by(query, key, lq, lk, budget, || {
        (signature(query.chars()), signature(key.chars()))
    })
}

/// [`typo_sim`], with the two words' letter counts ([`signature`]) from `signatures`, asked
/// only past the length check.
#[inline]
fn typo_sim_by(
    query: &str,
    key: &str,
    lq: usize,
    lk: usize,
    budget: usize,
    signatures: impl FnOnce() -> (u64, u64),
) -> f32 {
    if budget == 0 || lq.abs_diff(lk) > budget {
        return 0.0;
    }
    // Each edit changes at most two letter counts by one: a cheap bound that spares most
    // candidates of the typo index the full comparison.
    let (a, b) = signatures();
    if signature_distance(a, b) > 2 * budget {
        return 0.0;
    }
    let distance = osa_distance(query, key);
    if distance > budget {
        return 0.0;
    }
    1.0 - distance as f32 / lq.max(lk) as f32
}

/// Strings up to this many characters long are compared by [`normalized_damerau_levenshtein`]
/// on the stack.
const OSA_STACK: usize = 32;

/// Edits forgiven in a word of this length: none in short words, where one edit makes
/// another word ("die" and "did"), then one, and two from six letters on. Three (tried for ten
/// letters and more) changed no evaluation outcome but doubled the typo index of a large base.
pub fn edit_budget(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=5 => 1,
        _ => 2,
    }
}

/// Edits forgiven between a typed word and a key word of these lengths. A member who half
/// knows a name drops letters ("vaugn" for "vaughan", "rot" for "roth"), so a typed word
/// shorter than the key word is forgiven by the key word's length, though never more than one
/// edit beyond its own. A typed word as long or longer is forgiven by the key word's length,
/// as always: a short key word ("all", "has") must not take in longer words ("wall", "hats").
/// No edit at all when the shorter word has fewer than three letters.
pub fn typo_budget(typed: usize, key: usize) -> usize {
    if typed.min(key) < 3 {
        0
    } else if typed < key {
        edit_budget(key).min(edit_budget(typed) + 1)
    } else {
        edit_budget(key)
    }
}

/// Edits forgiven between a typed word and a key word of these lengths where the query's
/// other words agree on the fact: one slip between words of three letters ("qna" for "ana",
/// "iov" for "ivo"), which [`typo_budget`] does not forgive because such a slip alone as often
/// makes another word. Not a longer typed word for a key word of three letters: "wall" is not
/// "all" even beside "berlin". Otherwise [`typo_budget`].
pub fn context_budget(typed: usize, key: usize) -> usize {
    let budget = typo_budget(typed, key);
    if budget == 0 && typed == 3 && key == 3 {
        1
    } else {
        budget
    }
}

/// Similarity of a typed word to a key word that [`word_sim`] does not find alike but that is
/// within the [`context_budget`]: it counts only in a key where another query word matches.
/// 0 for any other pair.
pub fn context_sim(query: &str, key: &str) -> f32 {
    if has_digit(query) || has_digit(key) {
        return 0.0;
    }
    let lq = query.chars().count();
    let lk = key.chars().count();
    let budget = context_budget(lq, lk);
    if budget == typo_budget(lq, lk) || word_sim(query, key) > 0.0 {
        return 0.0;
    }
    typo_sim(query, key, lq, lk, budget)
}

/// How many kinds of character [`letter_field`] tells apart.
const LETTER_FIELDS: usize = 28;

/// The kind of a character, for counting letters: a-z each, digits, anything else.
fn letter_field(c: char) -> usize {
    match c {
        'a'..='z' => c as usize - 'a' as usize,
        '0'..='9' => 26,
        _ => 27,
    }
}

/// Letter counts in 28 two-bit fields (a-z, digits, anything else), each count capped at 2
/// and written as a thermometer code (bit 0: at least one, bit 1: at least two), so that the
/// summed difference of two signatures is the population count of their XOR. Capping only
/// lowers differences, so half that sum is still at most the edit distance of the strings (an
/// edit changes at most two counts by one). The top 8 bits are left free.
pub(crate) fn signature(chars: impl Iterator<Item = char>) -> u64 {
    let mut sig = 0u64;
    for c in chars {
        let one = 1u64 << (2 * letter_field(c));
        // Sets bit 0 of the field, or bit 1 if bit 0 is set already.
        sig |= if sig & one == 0 { one } else { one << 1 };
    }
    sig
}

/// The summed difference of the capped counts of two signatures (the length bits apart).
pub(crate) fn signature_distance(a: u64, b: u64) -> usize {
    ((a ^ b) & SIGNATURE_BITS).count_ones() as usize
}

/// The bits of a [`signature`].
const SIGNATURE_BITS: u64 = (1 << (2 * LETTER_FIELDS)) - 1;

fn has_digit(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit())
}

/// Whole-string similarity of two keys written without spaces ("wiki leaks" and "wikileaks"),
/// used only where both carry the same digits.
pub fn compact_sim(query: &str, key: &str) -> f32 {
    let (ours, theirs) = (query.bytes(), key.bytes());
    if !ours
        .filter(u8::is_ascii_digit)
        .eq(theirs.filter(u8::is_ascii_digit))
    {
        return 0.0;
    }
    normalized_damerau_levenshtein(query, key) as f32
}

/// `strsim::osa_distance`, without allocating where `b` has at most [`OSA_STACK`] characters:
/// the same rows, on the stack, for what is left of the two once the start and the end they
/// share are set aside (no edit is made there, as rapidfuzz computes it; a test compares
/// with strsim).
pub(crate) fn osa_distance(a: &str, b: &str) -> usize {
    let mut chars = ['\0'; OSA_STACK];
    let mut len = 0;
    for c in b.chars() {
        if len == OSA_STACK {
            return strsim::osa_distance(a, b);
        }
        chars[len] = c;
        len += 1;
    }
    let mut b = &chars[..len];
    let mut a = a.chars();
    while let Some(c) = a.clone().next()
        && b.first() == Some(&c)
    {
        a.next();
        b = &b[1..];
    }
    while let Some(c) = a.clone().next_back()
        && b.last() == Some(&c)
    {
        a.next_back();
        b = &b[..b.len() - 1];
    }
    osa_chars(a.as_str(), b)
}

/// Whether `osa_distance(a, b) <= 1`, without the table: one edit (a letter changed, left
/// out or added, two neighbours swapped) leaves the two alike outside the common start and
/// the common end (not overlapping), but for one letter of the longer or two swapped ones.
pub(crate) fn within_one_edit(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let start = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let end = a
        .chars()
        .rev()
        .zip(b.chars().rev())
        .take(la.min(lb) - start)
        .take_while(|(x, y)| x == y)
        .count();
    let (rest_a, rest_b) = (la - start - end, lb - start - end);
    match (rest_a, rest_b) {
        (0, _) | (_, 0) | (1, 1) => rest_a.max(rest_b) <= 1,
        (2, 2) => {
            let mut x = a.chars().skip(start);
            let mut y = b.chars().skip(start);
            let (x0, x1, y0, y1) = (x.next(), x.next(), y.next(), y.next());
            x0 == y1 && x1 == y0
        }
        _ => false,
    }
}

/// Words looked for with a slip ([`within_one_edit`]) that keeps the first letter ("statment"
/// for "statement", "secratary" for "secretary"): (first byte, length in bytes, word), sorted,
/// so that a word is compared only with those of its first byte and a length one apart.
#[derive(Debug, Clone, Default)]
pub(crate) struct SlipTable(Vec<(u8, usize, Box<str>)>);

impl SlipTable {
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> SlipTable {
        let mut table: Vec<(u8, usize, Box<str>)> = words
            .into_iter()
            .filter_map(|w| Some((*w.as_bytes().first()?, w.len(), Box::from(w))))
            .collect();
        table.sort_unstable();
        SlipTable(table)
    }

    /// The words of the table with the first byte of `word` and a length one apart from its
    /// at most: those one edit may leave it.
    fn near<'a>(&'a self, word: &str) -> impl Iterator<Item = &'a str> + 'a {
        let first = word.as_bytes().first().copied().unwrap_or(0);
        let len = word.len();
        let from = self
            .0
            .partition_point(|(b, l, _)| (*b, *l) < (first, len.saturating_sub(1)));
        self.0[from..]
            .iter()
            .take_while(move |(b, l, _)| (*b, *l) <= (first, len + 1))
            .map(|(_, _, w)| &**w)
    }

    /// The words of the table one edit from `word` with its first byte.
    pub(crate) fn slips<'a>(&'a self, word: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.near(word)
            .filter(move |w| *w != word && within_one_edit(word, w))
    }

    /// Whether `word` is one edit from a word of the table with its first byte.
    pub(crate) fn holds_slip(&self, word: &str) -> bool {
        !word.is_empty() && self.near(word).any(|w| within_one_edit(word, w))
    }
}

/// `strsim::osa_distance` from `a` to the first `n` characters of `b`.
fn osa_distance_to_head(a: &str, b: &str, n: usize) -> usize {
    let mut chars = ['\0'; OSA_STACK];
    let mut len = 0;
    for c in b.chars().take(n) {
        if len == OSA_STACK {
            let head: String = b.chars().take(n).collect();
            return strsim::osa_distance(a, &head);
        }
        chars[len] = c;
        len += 1;
    }
    osa_chars(a, &chars[..len])
}

/// Optimal string alignment distance from `a` to the characters `b` (at most [`OSA_STACK`]),
/// row by row as strsim computes it.
fn osa_chars(a: &str, b: &[char]) -> usize {
    const WIDTH: usize = OSA_STACK + 1;
    let mut first = [0usize; WIDTH];
    for (j, d) in first.iter_mut().enumerate() {
        *d = j;
    }
    let mut rows = [first, first, [0; WIDTH]];
    // The row before the previous, the previous and the current one.
    let (mut two, mut prev, mut curr) = (0, 1, 2);
    let mut prev_a = char::MAX;
    for (i, ac) in a.chars().enumerate() {
        rows[curr][0] = i + 1;
        for (j, &bc) in b.iter().enumerate() {
            let cost = usize::from(ac != bc);
            let mut d = (rows[curr][j] + 1)
                .min(rows[prev][j + 1] + 1)
                .min(rows[prev][j] + cost);
            if i > 0 && j > 0 && ac != bc && ac == b[j - 1] && bc == prev_a {
                d = d.min(rows[two][j - 1] + 1);
            }
            rows[curr][j + 1] = d;
        }
        (two, prev, curr) = (prev, curr, two);
        prev_a = ac;
    }
    rows[prev][b.len()]
}

/// `strsim::normalized_damerau_levenshtein`, without allocating for a second string of up to
/// [`OSA_STACK`] characters: the same algorithm (Zhao and Sahni's linear-space Damerau-
/// Levenshtein) on arrays, with the last row of each character in a short list.
fn normalized_damerau_levenshtein(a: &str, b: &str) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let len1 = a.chars().count();
    let len2 = b.chars().count();
    if len2 > OSA_STACK || len1 > OSA_STACK {
        return strsim::normalized_damerau_levenshtein(a, b);
    }
    // The distance of the two without the start and the end they share is theirs (as
    // rapidfuzz computes it): only the rest is compared.
    let mut a_all = ['\0'; OSA_STACK];
    let mut b_all = ['\0'; OSA_STACK];
    for (d, c) in a_all.iter_mut().zip(a.chars()) {
        *d = c;
    }
    for (d, c) in b_all.iter_mut().zip(b.chars()) {
        *d = c;
    }
    let (mut a_rest, mut b_rest) = (&a_all[..len1], &b_all[..len2]);
    let start = a_rest
        .iter()
        .zip(b_rest)
        .take_while(|(x, y)| x == y)
        .count();
    (a_rest, b_rest) = (&a_rest[start..], &b_rest[start..]);
    let end = a_rest
        .iter()
        .rev()
        .zip(b_rest.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (a_rest, b_rest) = (&a_rest[..a_rest.len() - end], &b_rest[..b_rest.len() - end]);
    let dist = damerau_levenshtein_chars(a_rest, b_rest);
    1.0 - (dist as f64) / (len1.max(len2) as f64)
}

/// The Damerau-Levenshtein distance of `a` and `b` (at most [`OSA_STACK`] characters each), as
/// `strsim::damerau_levenshtein`.
fn damerau_levenshtein_chars(a: &[char], b: &[char]) -> usize {
    let len2 = b.len();
    let max_val = a.len().max(len2) as isize + 1;
    // The characters of `b`, each with its place among the distinct ones: only theirs are
    // asked for the last row (1-based) of `a` they were seen on (-1: none yet).
    let mut b_chars = ['\0'; OSA_STACK];
    let mut b_slots = [0usize; OSA_STACK];
    let mut distinct = ['\0'; OSA_STACK];
    let mut distinct_len = 0;
    for (j, &c) in b.iter().enumerate() {
        b_chars[j] = c;
        b_slots[j] = match distinct[..distinct_len].iter().position(|&d| d == c) {
            Some(slot) => slot,
            None => {
                distinct[distinct_len] = c;
                distinct_len += 1;
                distinct_len - 1
            }
        };
    }
    let mut last_rows = [-1isize; OSA_STACK];
    const SIZE: usize = OSA_STACK + 2;
    let size = len2 + 2;
    let mut fr = [max_val; SIZE];
    let mut r1 = [max_val; SIZE];
    let mut r = [max_val; SIZE];
    for (j, v) in r.iter_mut().enumerate().take(size).skip(1) {
        *v = j as isize - 1;
    }
    for (i, &ch1) in a.iter().enumerate().map(|(i, c)| (i + 1, c)) {
        std::mem::swap(&mut r, &mut r1);
        let mut last_col_id: isize = -1;
        let mut last_i2l1 = r[1];
        r[1] = i as isize;
        let mut t = max_val;
        for j in 1..=len2 {
            let ch2 = b_chars[j - 1];
            let diag = r1[j] + isize::from(ch1 != ch2);
            let left = r[j] + 1;
            let up = r1[j + 1] + 1;
            let mut temp = diag.min(left.min(up));
            if ch1 == ch2 {
                last_col_id = j as isize;
                fr[j + 1] = r1[j - 1];
                t = last_i2l1;
            } else {
                let k = last_rows[b_slots[j - 1]];
                let l = last_col_id;
                if j as isize - l == 1 {
                    temp = temp.min(fr[j + 1] + (i as isize - k));
                } else if i as isize - k == 1 {
                    temp = temp.min(t + (j as isize - l));
                }
            }
            last_i2l1 = r[j + 1];
            r[j + 1] = temp;
        }
        if let Some(slot) = distinct[..distinct_len].iter().position(|&d| d == ch1) {
            last_rows[slot] = i as isize;
        }
    }
    r[len2 + 1] as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damerau_levenshtein_of_longer_alike_strings_is_strsims() {
        // Strings sharing starts and ends, of two letters and one more, from a fixed seed.
        let mut seed = 12345u64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for _ in 0..20_000 {
            let word = |next: &mut dyn FnMut(u64) -> u64| -> String {
                let len = next(14);
                (0..len)
                    .map(|_| ['a', 'b', 'é'][next(3) as usize])
                    .collect()
            };
            let (head, a, b, tail) = (
                word(&mut next),
                word(&mut next),
                word(&mut next),
                word(&mut next),
            );
            let (a, b) = (format!("{head}{a}{tail}"), format!("{head}{b}{tail}"));
            assert_eq!(
                normalized_damerau_levenshtein(&a, &b),
                strsim::normalized_damerau_levenshtein(&a, &b),
                "{a} {b}"
            );
        }
    }

    /// Every word of `alphabet`'s letters up to `longest` letters long, the empty one first.
    fn every_word(alphabet: &str, longest: usize) -> Vec<String> {
        let mut words = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..longest {
            last = last
                .iter()
                .flat_map(|w| alphabet.chars().map(move |c| format!("{w}{c}")))
                .collect();
            words.extend(last.iter().cloned());
        }
        words
    }

    #[test]
    fn damerau_levenshtein_is_strsims() {
        let words = every_word("abcé", 5);
        for a in words.iter().step_by(3) {
            for b in &words {
                let (ours, theirs) = (
                    normalized_damerau_levenshtein(a, b),
                    strsim::normalized_damerau_levenshtein(a, b),
                );
                assert_eq!(ours.to_bits(), theirs.to_bits(), "{a:?} {b:?}");
            }
        }
        let long = "abcdefghijklmnopqrstuvwxyzabcdefghij";
        for (a, b) in [(long, "abd"), ("bad", long), (&long[4..], &long[1..])] {
            assert_eq!(
                normalized_damerau_levenshtein(a, b),
                strsim::normalized_damerau_levenshtein(a, b)
            );
        }
    }

    #[test]
    fn within_one_edit_is_osa_distance_at_most_one() {
        let words = every_word("abcé", 5);
        for a in &words {
            for b in &words {
                assert_eq!(
                    within_one_edit(a, b),
                    strsim::osa_distance(a, b) <= 1,
                    "{a:?} {b:?}"
                );
            }
        }
    }

    #[test]
    fn osa_distance_is_strsims() {
        let words = every_word("abcé", 5);
        for a in &words {
            for b in words.iter().step_by(2) {
                assert_eq!(
                    osa_distance(a, b),
                    strsim::osa_distance(a, b),
                    "{a:?} {b:?}"
                );
                for n in 0..=b.chars().count() + 1 {
                    let head: String = b.chars().take(n).collect();
                    assert_eq!(
                        osa_distance_to_head(a, b, n),
                        strsim::osa_distance(a, &head),
                        "{a:?} {b:?} {n}"
                    );
                }
            }
        }
        let long = "abcdefghijklmnopqrstuvwxyzabcdefghij";
        for (a, b) in [
            (long, "abd"),
            ("bad", long),
            (&long[4..], &long[1..]),
            (long, long),
        ] {
            assert_eq!(osa_distance(a, b), strsim::osa_distance(a, b));
            for n in [0, 3, 31, 32, 33, 40] {
                let head: String = b.chars().take(n).collect();
                assert_eq!(
                    osa_distance_to_head(a, b, n),
                    strsim::osa_distance(a, &head)
                );
            }
        }
    }

    #[test]
    fn typed_similarity_is_the_similarity_functions() {
        let words = every_word("abé1", 6);
        let mut words: Vec<String> = words.into_iter().step_by(7).collect();
        words.extend(
            [
                "hague",
                "hauge",
                "snowden",
                "snoden",
                "grants",
                "grant",
                "hungary",
                "hungarian",
                "ana",
                "qna",
                "rot",
                "roth",
                "wall",
                "all",
                "vaugn",
                "vaughan",
                "2317",
                "2300",
            ]
            .map(String::from),
        );
        for q in &words {
            let typed = Typed::new(q);
            for k in &words {
                let (lk, sig) = (k.chars().count(), signature(k.chars()));
                let s = word_sim(q, k);
                let finished = if s > 0.0 { s } else { -context_sim(q, k) };
                assert_eq!(
                    typed.similarity(k, lk, sig, false).to_bits(),
                    finished.to_bits(),
                    "{q:?} {k:?}"
                );
                assert_eq!(
                    typed.similarity(k, lk, sig, true).to_bits(),
                    prefix_sim(q, k).to_bits(),
                    "{q:?} {k:?}"
                );
            }
        }
    }

    #[test]
    fn exact_and_typos() {
        assert_eq!(word_sim("hague", "hague"), 1.0);
        assert!(word_sim("hauge", "hague") >= 0.8);
        assert!(word_sim("snoden", "snowden") > 0.8);
        assert!(word_sim("asylm", "asylum") > 0.8);
        assert!(word_sim("elsberg", "ellsberg") > 0.8);
        assert!(word_sim("chomksy", "chomsky") > 0.8);
    }

    #[test]
    fn short_words_need_to_be_exact() {
        assert_eq!(word_sim("die", "did"), 0.0);
        assert_eq!(word_sim("uk", "us"), 0.0);
    }

    #[test]
    fn edits_are_forgiven_by_the_longer_word() {
        assert!(word_sim("vaugn", "vaughan") > 0.7);
        assert!(word_sim("rot", "roth") > 0.7);
        assert!(word_sim("kenet", "kenneth") > 0.7);
        assert_eq!(word_sim("us", "usa"), 0.0);
        // Never more than one edit beyond the shorter word's own budget.
        assert_eq!(word_sim("rto", "rotten"), 0.0);
        // A short key word does not take in a longer typed word.
        assert_eq!(word_sim("wall", "all"), 0.0);
        for typed in 0..12 {
            for key in 0..12 {
                let budget = typo_budget(typed, key);
                // Never more than the key word's own budget (what the typo index stores), nor
                // more than one beyond the typed word's.
                assert!(budget <= edit_budget(key), "{typed} {key}");
                assert!(budget <= edit_budget(typed) + 1, "{typed} {key}");
            }
        }
    }

    #[test]
    fn short_words_are_forgiven_one_slip_only_in_context() {
        for (typed, key) in [("qna", "ana"), ("iov", "ivo"), ("umq", "uma")] {
            assert_eq!(word_sim(typed, key), 0.0, "{typed} {key}");
            assert!(context_sim(typed, key) > 0.6, "{typed} {key}");
        }
        // Not what word_sim finds already, nor two slips, nor two letters, nor digits.
        for (typed, key) in [
            ("ver", "vera"),
            ("wall", "all"),
            ("ivoo", "ivo"),
            ("ana", "ana"),
            ("qnb", "ana"),
            ("aan", "anna"),
            ("li", "lu"),
            ("a1b", "a2b"),
            ("hague", "hagen"),
        ] {
            assert_eq!(context_sim(typed, key), 0.0, "{typed} {key}");
        }
        for typed in 0..12 {
            for key in 0..12 {
                let budget = context_budget(typed, key);
                assert!(budget >= typo_budget(typed, key), "{typed} {key}");
                // What the typo index stores: the key word's own budget, one for 3 letters.
                assert!(
                    budget <= edit_budget(key).max(usize::from(key == 3)),
                    "{typed} {key}"
                );
            }
        }
    }

    #[test]
    fn unrelated_words_do_not_match() {
        assert_eq!(word_sim("moon", "morales"), 0.0);
        assert_eq!(word_sim("landing", "london"), 0.0);
    }

    #[test]
    fn numbers_only_match_exactly() {
        assert_eq!(word_sim("2300", "2317"), 0.0);
        assert_eq!(word_sim("2317", "2317"), 1.0);
        assert_eq!(compact_sim("resolution2300", "resolution2317"), 0.0);
    }

    #[test]
    fn forms_of_one_word() {
        assert_eq!(word_sim("hungary", "hungarian"), 0.80);
        assert_eq!(word_sim("afghanistan", "afghan"), 0.80);
        assert_eq!(word_sim("journalism", "journalist"), 0.80);
        assert_eq!(word_sim("international", "internet"), 0.0);
        assert_eq!(word_sim("extradition", "extraordinary"), 0.0);
        // A shared head of five letters with an ending on each side.
        assert_eq!(word_sim("treated", "treatment"), 0.80);
        assert_eq!(word_sim("condemned", "condemnation"), 0.80);
        assert_eq!(word_sim("stated", "statement"), 0.80);
        // Not when a side's rest is no ending.
        assert_eq!(word_sim("treated", "treatise"), 0.0);
    }

    #[test]
    fn partial_words() {
        assert!(word_sim("snow", "snowden") > 0.8);
        assert!(word_sim("grants", "grant") >= 0.9);
        assert_eq!(prefix_sim("ha", "hague"), 1.0);
        assert_eq!(prefix_sim("snwo", "snowden"), 0.8);
        assert_eq!(prefix_sim("xy", "hague"), 0.0);
    }
}
