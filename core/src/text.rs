//! Text rules: the ground floor the fact loader and the matcher both stand on.
//!
//! One normalisation for queries and keys alike: Unicode folding (NFKD, marks stripped, a few
//! letters that do not decompose spelled out), lower case, apostrophes and punctuation, dotted
//! acronyms ("U.S." is "us"), and the question and filler words that carry no meaning for
//! matching ("when did ecuador grant asylum" is about "ecuador grant asylum"). Beside it, the
//! much lighter [`normalize_evidence`], which only evens out whitespace and quotes so that a
//! fact's evidence can be found verbatim in its source.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{canonical_combining_class, is_combining_mark};

/// Words dropped from queries and keys: question words, auxiliaries, articles, prepositions,
/// pronouns and the verbs people put around what they are really asking for.
pub const STOPWORDS: &[&str] = &[
    "a", "about", "an", "and", "are", "as", "at", "be", "been", "being", "by", "call", "called",
    "came", "come", "date", "day", "did", "do", "does", "done", "dr", "for", "from", "gave", "get",
    "gets", "give", "given", "go", "going", "got", "happen", "happened", "happens", "he", "her",
    "him", "his", "how", "i", "in", "is", "it", "its", "knew", "know", "long", "made", "make",
    "many", "me", "mr", "mrs", "ms", "much", "name", "named", "of", "on", "or", "person", "place",
    "quote", "quotes", "said", "say", "saying", "says", "she", "take", "taken", "takes", "tell",
    "that", "the", "their", "them", "there", "these", "they", "this", "those", "time", "to",
    "took", "was", "went", "were", "what", "when", "where", "which", "who", "whom", "whose", "why",
    "year",
];

/// Whether `word` is a filler word typed with one slip ("teh", "whdn", "fo", "hw"): one edit
/// from a stop word of two letters or more. A short word (three letters or fewer) counts only
/// with two letters swapped or one left out: "die" is a word of its own, not "did" mistyped.
pub fn is_mistyped_stopword(word: &str) -> bool {
    let len = word.chars().count();
    // (Only a stop word one letter shorter, as long, or one letter longer.)
    may_slip(word, len)
        && stopwords_by_length()[len - 1..=len + 1]
            .iter()
            .flatten()
            .any(|&(s, _)| match slip(word, len, s) {
                Some(Slip::Swapped | Slip::LeftOut) => true,
                Some(Slip::Other) => len > 3,
                None => false,
            })
}

/// `word` in ASCII lower case, written into `buffer` (no allocation): None if it is longer
/// than the buffer.
pub fn ascii_lower<'b>(word: &str, buffer: &'b mut [u8]) -> Option<&'b str> {
    let lower = buffer.get_mut(..word.len())?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    // (Lower-casing ASCII letters keeps UTF-8 valid: this never fails.)
    std::str::from_utf8(lower).ok()
}

/// The stop word `word` is typed from with two letters swapped or one left out ("teh" for
/// "the", "hw" for "how"; "fo" is "of" before it is "for"), if any: not one with a letter
/// changed or added ("paid" is no "said", "show" no "how").
pub fn stopword_meant(word: &str) -> Option<&'static str> {
    let len = word.chars().count();
    if !may_slip(word, len) {
        return None;
    }
    let mut left_out = None;
    // (Only a stop word as long or one letter longer, that holds every letter of the word:
    // none changed nor added.)
    let letters = letters_of(word);
    let by_length = stopwords_by_length();
    for &(s, theirs) in by_length[len].iter().chain(&by_length[len + 1]) {
        if letters & !theirs != 0 {
            continue;
        }
        match slip(word, len, s) {
            Some(Slip::Swapped) => return Some(s),
            Some(Slip::LeftOut) if left_out.is_none() => left_out = Some(s),
            _ => {}
        }
    }
    left_out
}

/// How a word was typed one edit from a stop word.
enum Slip {
    /// Two letters swapped.
    Swapped,
    /// One letter left out.
    LeftOut,
    /// A letter changed or added.
    Other,
}

/// Whether `word` (`len` characters) may be a stop word typed with a slip at all: two letters
/// or more, no digit, no longer than the longest stop word and one letter.
fn may_slip(word: &str, len: usize) -> bool {
    (2..=STOPWORD_MAX_LEN + 1).contains(&len) && !word.bytes().any(|b| b.is_ascii_digit())
}

/// [`STOPWORDS`] by length, in their order, each with its [`letters_of`].
type ByLength = [Vec<(&'static str, u32)>; STOPWORD_MAX_LEN + 3];

/// [`STOPWORDS`] by length ([`ByLength`]).
fn stopwords_by_length() -> &'static ByLength {
    static BY_LENGTH: std::sync::OnceLock<ByLength> = std::sync::OnceLock::new();
    BY_LENGTH.get_or_init(|| {
        let mut by_length = ByLength::default();
        for s in STOPWORDS {
            by_length[s.len()].push((s, letters_of(s)));
        }
        by_length
    })
}

/// Which of the letters a to z `word` holds, a bit each (any other character sets the last
/// bit).
fn letters_of(word: &str) -> u32 {
    word.bytes().fold(0, |set, b| {
        set | if b.is_ascii_lowercase() {
            1 << (b - b'a')
        } else {
            1 << 31
        }
    })
}

/// The length of the longest of [`STOPWORDS`] (a test checks).
const STOPWORD_MAX_LEN: usize = 8;

/// How `word` (`len` characters, [`may_slip`]) is one edit from stop word `s`, if it is;
/// never from a stop word of one letter.
fn slip(word: &str, len: usize, s: &str) -> Option<Slip> {
    // (Every stop word is ASCII: a test checks.)
    let sl = s.len();
    if sl < 2
        || sl.abs_diff(len) > 1
        || !may_be_one_edit(word, s, len.max(sl))
        || crate::matching::score::osa_distance(word, s) != 1
    {
        return None;
    }
    Some(if sl == len && same_letters(word, s) {
        Slip::Swapped
    } else if sl == len + 1 {
        Slip::LeftOut
    } else {
        Slip::Other
    })
}

/// Whether `a` and `b` hold the same letters, in any order.
fn same_letters(a: &str, b: &str) -> bool {
    let mut a: Vec<char> = a.chars().collect();
    let mut b: Vec<char> = b.chars().collect();
    a.sort_unstable();
    b.sort_unstable();
    a == b
}

/// False only where `a` and `b` (`longest` characters at most) are not one edit apart (of
/// any kind, transpositions included): such a pair differs nowhere outside two adjacent
/// characters of the longer, so their common start and common end (not overlapping) leave at
/// most two characters of it. Spares most pairs the full comparison. (ASCII is compared byte
/// by byte: its bytes are its characters.)
fn may_be_one_edit(a: &str, b: &str, longest: usize) -> bool {
    if a.is_ascii() && b.is_ascii() {
        let shortest = a.len().min(b.len());
        return ends_leave_one_edit(a.bytes(), b.bytes(), shortest, longest);
    }
    let shortest = a.chars().count().min(b.chars().count());
    ends_leave_one_edit(a.chars(), b.chars(), shortest, longest)
}

/// [`may_be_one_edit`] over the characters of `a` and `b` (their bytes, for ASCII), the
/// shorter `shortest` long: their common start and common end, not overlapping, leave at most
/// two of the `longest`.
fn ends_leave_one_edit<I>(a: I, b: I, shortest: usize, longest: usize) -> bool
where
    I: DoubleEndedIterator + Clone,
    I::Item: PartialEq,
{
    let start = a.clone().zip(b.clone()).take_while(|(x, y)| x == y).count();
    let end = a
        .rev()
        .zip(b.rev())
        .take(shortest - start)
        .take_while(|(x, y)| x == y)
        .count();
    start + end + 2 >= longest
}

/// Whether `word` (folded) is one of the built-in filler words ([`STOPWORDS`]).
pub fn is_filler_word(word: &str) -> bool {
    is_stopword(word)
}

fn is_stopword(token: &str) -> bool {
    // The words of [`STOPWORDS`] (a test checks): a match compiles to a switch on the length.
    matches!(
        token,
        "a" | "about"
            | "an"
            | "and"
            | "are"
            | "as"
            | "at"
            | "be"
            | "been"
            | "being"
            | "by"
            | "call"
            | "called"
            | "came"
            | "come"
            | "date"
            | "day"
            | "did"
            | "do"
            | "does"
            | "done"
            | "dr"
            | "for"
            | "from"
            | "gave"
            | "get"
            | "gets"
            | "give"
            | "given"
            | "go"
            | "going"
            | "got"
            | "happen"
            | "happened"
            | "happens"
            | "he"
            | "her"
            | "him"
            | "his"
            | "how"
            | "i"
            | "in"
            | "is"
            | "it"
            | "its"
            | "knew"
            | "know"
            | "long"
            | "made"
            | "make"
            | "many"
            | "me"
            | "mr"
            | "mrs"
            | "ms"
            | "much"
            | "name"
            | "named"
            | "of"
            | "on"
            | "or"
            | "person"
            | "place"
            | "quote"
            | "quotes"
            | "said"
            | "say"
            | "saying"
            | "says"
            | "she"
            | "take"
            | "taken"
            | "takes"
            | "tell"
            | "that"
            | "the"
            | "their"
            | "them"
            | "there"
            | "these"
            | "they"
            | "this"
            | "those"
            | "time"
            | "to"
            | "took"
            | "was"
            | "went"
            | "were"
            | "what"
            | "when"
            | "where"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "why"
            | "year"
    )
}

/// Letters that NFKD leaves whole, spelled the way people type them without the keyboard.
fn spell_out(c: char, out: &mut String) -> bool {
    let s = match c {
        'ø' | 'Ø' => "o",
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'ł' | 'Ł' => "l",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ß' => "ss",
        'þ' | 'Þ' => "th",
        'ı' => "i",
        _ => return false,
    };
    out.push_str(s);
    true
}

/// French words that lose their vowel before another word's: "l'", "d'", "qu'", …
const ELIDED: &[&str] = &[
    "c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// Whether `word` is a French word that loses its vowel before another ("d" of "d'alerte"):
/// typed with its apostrophe, a query drops it.
pub fn is_elided(word: &str) -> bool {
    ELIDED.contains(&word)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´')
}

/// Folds text to lowercase ASCII-ish words separated by single spaces, keeping every word
/// (no stopword removal). Letters and digits of any script are kept; everything else splits.
pub fn fold(text: &str) -> String {
    // ASCII is its own NFKD form, has no combining marks and nothing to spell out (and is
    // lower-cased as it is split).
    if text.is_ascii() {
        return split_ascii_words(text);
    }
    // Most other text is ASCII with a few accented Latin letters, each folding alone to ASCII
    // (see `latin`): then the bytes are folded at once.
    let latin = latin();
    let mut ascii = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            ascii.push(c.to_ascii_lowercase());
            continue;
        }
        match latin.get((c as usize).wrapping_sub(LATIN_START)) {
            Some(Some(folded)) => ascii.push_str(folded),
            _ => return split_words(&fold_chars(text)),
        }
    }
    split_ascii_words(&ascii)
}

/// The first character [`latin`] covers.
const LATIN_START: usize = 0x80;
/// The character after the last one it covers (Latin-1 Supplement, Latin Extended-A and -B).
const LATIN_END: usize = 0x250;

/// What each character from [`LATIN_START`] to [`LATIN_END`] folds to alone, where that is
/// ASCII and the character decomposes to a starter followed by combining marks (then what
/// is around it cannot change what it folds to, nor it what is around it: NFKD only reorders
/// combining marks, which folding drops, and a starter stops it); `None` for the others.
fn latin() -> &'static [Option<Box<str>>] {
    static LATIN: std::sync::OnceLock<Vec<Option<Box<str>>>> = std::sync::OnceLock::new();
    LATIN.get_or_init(|| {
        (LATIN_START..LATIN_END)
            .map(|u| {
                let c = char::from_u32(u as u32)?;
                let mut decomposed = std::iter::once(c).nfkd();
                let first = decomposed.next()?;
                let starts = !is_combining_mark(first) && canonical_combining_class(first) == 0;
                let rest_plain =
                    decomposed.all(|d| is_combining_mark(d) || canonical_combining_class(d) == 0);
                let mut one = [0u8; 4];
                let folded = fold_chars(c.encode_utf8(&mut one));
                let folded: String = folded.into_iter().collect();
                (starts && rest_plain && folded.is_ascii()).then(|| folded.into_boxed_str())
            })
            .collect()
    })
}

/// The characters of `text` folded (NFKD, marks stripped, lower case, spelled out), before
/// they are split into words.
fn fold_chars(text: &str) -> Vec<char> {
    let mut folded = Vec::with_capacity(text.len());
    // Nor is an ASCII character within other text: a starter, it bounds the combining marks
    // NFKD reorders, so only the runs of other characters between them need decomposing.
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        folded.extend(
            rest[..ascii]
                .bytes()
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        rest = &rest[ascii..];
        let other = rest
            .bytes()
            .position(|b| b.is_ascii())
            .unwrap_or(rest.len());
        let mut spelled = String::new();
        for c in rest[..other].nfkd() {
            if is_combining_mark(c) {
                continue;
            }
            // Lower-casing may yield a letter to spell out ('ẞ' -> 'ß'); look at each one.
            for lower in c.to_lowercase() {
                spelled.clear();
                if spell_out(lower, &mut spelled) {
                    folded.extend(spelled.chars());
                    continue;
                }
                // A capital with no lower case (the symbol '🅐') separates words like a symbol.
                folded.push(if lower.is_uppercase() { ' ' } else { lower });
            }
        }
        rest = &rest[other..];
    }
    folded
}

/// [`split_words`] for ASCII text, a run of letters and digits at a time, lower-cased on the
/// way (nothing it looks at before a letter is written depends on case but an "s").
fn split_ascii_words(text: &str) -> String {
    let folded = text.as_bytes();
    let at = |i: usize| folded.get(i).copied();
    let mut out = String::with_capacity(folded.len());
    let mut pending_space = false;
    // Where the word being written starts in `out`.
    let mut word_start = 0;
    let mut i = 0;
    while i < folded.len() {
        let c = folded[i];
        if c.is_ascii_alphanumeric() {
            let end = folded[i..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .map_or(folded.len(), |n| i + n);
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            if pending_space || out.is_empty() {
                word_start = out.len();
            }
            pending_space = false;
            // ASCII: any byte is a character boundary.
            let from = out.len();
            out.push_str(text.get(i..end).unwrap_or_default());
            out[from..].make_ascii_lowercase();
            i = end;
            continue;
        }
        let prev = i.checked_sub(1).and_then(at);
        i += 1;
        let apostrophe = c == b'\'' || c == b'`';
        // French elision: "l'ambassade", "d'Assange", "qu'a" are the words after the
        // apostrophe ("ambassade", "assange", "a"), not "lambassade".
        if apostrophe
            && !pending_space
            && prev.is_some_and(|p| p.is_ascii_alphanumeric())
            && at(i).is_some_and(|n| n.is_ascii_alphabetic())
            && ELIDED.contains(&&out[word_start..])
        {
            pending_space = drop_elided(&mut out, word_start);
            continue;
        }
        if apostrophe && prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == b'.') {
            // "assange's" and "U.K.'s" lose the possessive, "when'd" and "they're" the
            // contraction; "o'day" becomes "oday".
            if let Some(ending) = contraction(|n| at(i + n).map(char::from)) {
                i += ending.len();
                pending_space = true;
                read_contraction(&mut out, word_start, ending);
            }
            continue;
        }
        // "u.s." -> "us": a dot after a lone letter that starts a word or follows such a dot.
        if c == b'.' && is_lone_letter(folded, i - 1) {
            continue;
        }
        pending_space = true;
    }
    out
}

/// Folded text to words separated by single spaces: apostrophes, dotted acronyms, and
/// anything neither letter nor digit.
/// Takes characters, or the bytes of ASCII text as they are.
fn split_words<C: Copy + Into<char>>(folded: &[C]) -> String {
    let chars = folded;
    let at = |i: usize| -> Option<char> { chars.get(i).map(|&c| c.into()) };
    let mut out = String::with_capacity(chars.len());
    let mut pending_space = false;
    // Where the word being written starts in `out`.
    let mut word_start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c: char = chars[i].into();
        let prev = i.checked_sub(1).and_then(at);
        i += 1;
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            if pending_space || out.is_empty() {
                word_start = out.len();
            }
            pending_space = false;
            out.push(c);
            continue;
        }
        // French elision: "l'ambassade", "d'Assange", "qu'a" are the words after the
        // apostrophe ("ambassade", "assange", "a"), not "lambassade".
        if is_apostrophe(c)
            && !pending_space
            && prev.is_some_and(char::is_alphanumeric)
            && at(i).is_some_and(char::is_alphabetic)
            && ELIDED.contains(&&out[word_start..])
        {
            pending_space = drop_elided(&mut out, word_start);
            continue;
        }
        if is_apostrophe(c) && prev.is_some_and(|p| p.is_alphanumeric() || p == '.') {
            // "assange's" and "U.K.'s" lose the possessive, "when'd" and "they're" the
            // contraction; "o'day" becomes "oday".
            if let Some(ending) = contraction(|n| at(i + n)) {
                i += ending.len();
                pending_space = true;
                read_contraction(&mut out, word_start, ending);
            }
            continue;
        }
        // "u.s." -> "us": a dot after a lone letter that starts a word or follows such a dot.
        if c == '.' && is_lone_letter(chars, i - 1) {
            continue;
        }
        pending_space = true;
    }
    out
}

/// Question words that "'d" after them makes "… did" ("when'd", "who'd").
const ASKING: &[&str] = &["how", "what", "when", "where", "who", "why"];

/// What a contraction's `ending` (one of [`CONTRACTIONS`]) leaves in `out`, after the word
/// that starts at `word_start`: "when'd" asks "when did", and "did" is how the question reads
/// on ([`asks_did`]); any other ending leaves nothing.
fn read_contraction(out: &mut String, word_start: usize, ending: &str) {
    if ending == "d" && asks_did(out, word_start) {
        out.push_str(" did");
    }
}

/// Whether the word of `out` from `word_start` is a question word that "'d" makes "… did":
/// it opens the text or follows only a word that opens talk ("so who'd they summon"); after
/// another ("the cop who'd rather …") it is "would" or "had".
fn asks_did(out: &str, word_start: usize) -> bool {
    ASKING.contains(&&out[word_start..])
        && out[..word_start]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_none_or(|before| before.is_empty() || OPENING.contains(&before))
}

/// Words that open talk before a question ("so when'd …").
const OPENING: &[&str] = &[
    "so", "and", "but", "ok", "okay", "then", "hey", "yo", "oh", "um",
];

/// The English endings an apostrophe joins to a word and that carry nothing to match on:
/// the possessive or "is" ("assange's", "who's"), "would" / "had" / "did" ("when'd"),
/// "will", "have", "are", "am".
const CONTRACTIONS: &[&str] = &["s", "d", "ll", "ve", "re", "m"];

/// The one of [`CONTRACTIONS`] that the characters after an apostrophe spell, ending the
/// word (`at(n)` is the `n`th character after it, lower or upper case), if any.
fn contraction(at: impl Fn(usize) -> Option<char>) -> Option<&'static str> {
    CONTRACTIONS.iter().copied().find(|ending| {
        let spelled = ending
            .chars()
            .enumerate()
            .all(|(n, e)| at(n).is_some_and(|c| c.eq_ignore_ascii_case(&e)));
        spelled && at(ending.len()).is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Is `chars[dot]` a '.' right after a single letter that itself starts a word or follows a
/// dotted letter ("U.S.", "U.K.")?
fn is_lone_letter<C: Copy + Into<char>>(chars: &[C], dot: usize) -> bool {
    let Some(letter_at) = dot.checked_sub(1) else {
        return false;
    };
    if !chars[letter_at].into().is_alphabetic() {
        return false;
    }
    match letter_at.checked_sub(1).map(|i| chars[i].into()) {
        None => true,
        Some('.') => true,
        Some(c) => !c.is_alphanumeric() && !is_apostrophe(c),
    }
}

/// Drops an elided French word ("l'", "d'", "qu'") from the end of `out`, from `word_start`;
/// the space before it stays pending, for the word after it (returned: whether one was).
fn drop_elided(out: &mut String, word_start: usize) -> bool {
    out.truncate(word_start);
    let pending_space = out.ends_with(' ');
    if pending_space {
        out.pop();
    }
    pending_space
}

/// Harman's "S" stemmer: plural and third-person endings, which people add or drop freely
/// ("grants asylum", "grant asylum"). Applied to keys and queries alike.
pub fn stem(word: &str) -> String {
    stem_cow(word).into_owned()
}

/// [`stem`], borrowing where it only cuts.
pub(crate) fn stem_cow(word: &str) -> Cow<'_, str> {
    let n = word.len();
    if n <= 3 || !word.is_ascii() {
        return Cow::Borrowed(word);
    }
    if word.ends_with("ies") && !word.ends_with("eies") && !word.ends_with("aies") {
        return Cow::Owned(format!("{}y", &word[..n - 3]));
    }
    if word.ends_with("es")
        && !(word.ends_with("aes") || word.ends_with("ees") || word.ends_with("oes"))
    {
        return Cow::Borrowed(&word[..n - 1]);
    }
    if word.ends_with('s') && !word.ends_with("us") && !word.ends_with("ss") {
        return Cow::Borrowed(&word[..n - 1]);
    }
    Cow::Borrowed(word)
}

/// Every word of `text`, folded and stemmed, filler words included: for reading what a
/// question asks about ("said", "call") where the matcher would drop them.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(stem)
        .collect()
}

/// The words of `text` that matter for matching: folded, stopwords removed, stemmed.
pub fn tokens(text: &str) -> Vec<String> {
    tokens_folded(&fold(text))
}

/// [`tokens`] of a text already folded ([`fold`]).
pub fn tokens_folded(folded: &str) -> Vec<String> {
    let mut previous = "";
    folded
        .split(' ')
        .filter(|t| !t.is_empty())
        .filter(|t| {
            let asked = asks_unit(previous, t);
            previous = t;
            !asked && !is_stopword(t)
        })
        .map(stem)
        // "hers" stems to "her": a filler word once stemmed is filler too.
        .filter(|t| !is_stopword(t))
        .collect()
}

/// Whether `word` after `previous` (both folded) asks for a date as "when" does: "which
/// month", "what month" (like "year" and "date", filler; but "six months" is a span of time).
fn asks_unit(previous: &str, word: &str) -> bool {
    matches!(word, "month" | "months") && matches!(previous, "which" | "what" | "whats")
}

/// The normalised form of a key or query: its tokens joined by single spaces.
pub fn normalize(text: &str) -> String {
    // What `tokens(text).join(" ")` gives, without a string per word.
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len());
    // The words are short: looked for a byte at a time rather than with `split`'s searcher.
    let mut rest = folded.as_str();
    let mut previous = "";
    while !rest.is_empty() {
        let end = rest.bytes().position(|b| b == b' ').unwrap_or(rest.len());
        let token = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or_default();
        if token.is_empty() {
            continue;
        }
        let asked = asks_unit(previous, token);
        previous = token;
        if asked || is_stopword(token) {
            continue;
        }
        let stemmed = stem_cow(token);
        if is_stopword(&stemmed) {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&stemmed);
    }
    out
}

/// Whitespace collapsed and typographic quotes made plain: the only liberties evidence may take.
pub fn normalize_evidence(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let c = match c {
            '‘' | '’' | '‚' | '′' => '\'',
            '“' | '”' | '„' | '″' => '"',
            '\u{a0}' => ' ',
            c => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// Every word one edit from `word` (a letter of `letters` inserted or substituted anywhere, a
/// letter deleted, two neighbours swapped): for tests of the typo filters.
#[cfg(test)]
pub(crate) fn one_edits(word: &str, letters: &[char]) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = Vec::new();
    for i in 0..=chars.len() {
        for &c in letters {
            let mut ins = chars.clone();
            ins.insert(i, c);
            out.push(ins.iter().collect());
            if i < chars.len() {
                let mut sub = chars.clone();
                sub[i] = c;
                out.push(sub.iter().collect());
            }
        }
        if i < chars.len() {
            let mut del = chars.clone();
            del.remove(i);
            out.push(del.iter().collect());
        }
        if i + 1 < chars.len() {
            let mut swapped = chars.clone();
            swapped.swap(i, i + 1);
            out.push(swapped.iter().collect());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_words_split_as_characters_do() {
        // Every string of up to 6 of these, and longer ones drawn from them.
        let alphabet = b"aSl1.'` -qu";
        let mut cases: Vec<Vec<u8>> = vec![Vec::new()];
        let mut last: Vec<Vec<u8>> = vec![Vec::new()];
        for _ in 0..6 {
            last = last
                .iter()
                .flat_map(|s| {
                    alphabet.iter().map(move |&c| {
                        let mut t = s.clone();
                        t.push(c);
                        t
                    })
                })
                .collect();
            cases.extend(last.iter().cloned());
        }
        let mut seed = 7u64;
        for _ in 0..20_000 {
            let len = (seed >> 60) as usize + 6;
            let case = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    alphabet[(seed >> 33) as usize % alphabet.len()]
                })
                .collect();
            cases.push(case);
        }
        for case in cases {
            let lower = case.to_ascii_lowercase();
            assert_eq!(
                split_ascii_words(&String::from_utf8_lossy(&lower)),
                split_words(&lower),
                "{:?}",
                String::from_utf8_lossy(&case)
            );
        }
    }

    #[test]
    fn latin_letters_fold_alone_as_within_their_run() {
        // Each character the table covers, between others of the table, ASCII and neither.
        for (i, folded) in latin().iter().enumerate() {
            let Some(c) = char::from_u32((LATIN_START + i) as u32) else {
                continue;
            };
            for text in [
                format!("{c}"),
                format!("a{c}b"),
                format!("É{c}ł"),
                format!("{c}\u{301}x"),
                format!("Ω{c}{c}ñ"),
                format!("l'{c}s"),
            ] {
                assert_eq!(
                    fold(&text),
                    split_words(&fold_chars(&text)),
                    "{text:?} ({folded:?})"
                );
            }
        }
    }

    #[test]
    fn stopwords_are_sorted_and_matched() {
        let mut sorted = STOPWORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, STOPWORDS);
        assert!(STOPWORDS.iter().all(|w| is_stopword(w)));
        assert!(STOPWORDS.iter().all(|w| w.is_ascii()));
        assert_eq!(
            STOPWORDS.iter().map(|w| w.len()).max(),
            Some(STOPWORD_MAX_LEN)
        );
        let count = |words: &[&str]| words.iter().filter(|w| is_stopword(w)).count();
        assert_eq!(count(&["ab", "abouts", "year", "years", "x", ""]), 1);
    }

    #[test]
    fn a_month_asked_for_is_filler_a_span_of_months_is_not() {
        assert_eq!(
            tokens("in which month did Ecuador grant asylum"),
            ["ecuador", "grant", "asylum"]
        );
        assert_eq!(normalize("what months was it"), "");
        assert_eq!(normalize("six months ago"), "six month ago");
        assert_eq!(normalize("17-month legal battle"), "17 month legal battle");
    }

    #[test]
    fn folds_diacritics_and_case() {
        assert_eq!(normalize("Ricardo Patiño"), "ricardo patino");
        assert_eq!(normalize("Slavoj ŽIŽEK"), "slavoj zizek");
        assert_eq!(normalize("Harlem Désir"), "harlem desir");
        assert_eq!(normalize("Srećko Horvat"), "srecko horvat");
        assert_eq!(normalize("Andreï Makine"), "andrei makine");
        assert_eq!(normalize("Søren Łukasz Straße"), "soren lukasz strasse");
    }

    #[test]
    fn drops_question_words() {
        assert_eq!(
            normalize("When did Ecuador grant asylum?"),
            "ecuador grant asylum"
        );
        assert_eq!(normalize("Ecuador grants asylum"), "ecuador grant asylum");
        assert_eq!(
            normalize("who is the president of Ecuador"),
            "president ecuador"
        );
        assert_eq!(
            normalize("What did Hague say about diplomatic asylum"),
            "hague diplomatic asylum"
        );
    }

    #[test]
    fn handles_apostrophes_and_acronyms() {
        assert_eq!(normalize("Assange's arrest"), "assange arrest");
        assert_eq!(normalize("Assange’s health"), "assange health");
        assert_eq!(normalize("John C. O’Day"), "john c oday");
        assert_eq!(normalize("U.S. State Department"), "us state department");
        assert_eq!(normalize("the U.K.'s actions"), "uk action");
        assert_eq!(normalize("Dr. Cornel West"), "cornel west");
        assert_eq!(normalize("when'd Ecuador grant it"), "ecuador grant");
        assert_eq!(fold("Who'D Sweden summon"), "who did sweden summon");
        assert_eq!(fold("I'd like it’d"), "i like it");
        assert_eq!(
            fold("so who'd the cop who’d rather"),
            "so who did the cop who rather"
        );
        assert_eq!(normalize("who’d they've AND we'LL"), "we");
        assert_eq!(normalize("they're Patiño’s"), "patino");
        assert_eq!(normalize("O'Dell I'm"), "odell");
    }

    #[test]
    fn filler_typed_with_one_slip_is_recognised() {
        for word in ["teh", "whdn", "fo", "hw", "wat", "waht"] {
            assert!(is_mistyped_stopword(word), "{word}");
        }
        for word in ["hague", "uk", "2012", "assange", "die"] {
            assert!(!is_mistyped_stopword(word), "{word}");
        }
    }

    #[test]
    fn a_mistyped_filler_word_is_read_as_the_one_it_stands_for() {
        for (typed, meant) in [("teh", "the"), ("wsa", "was"), ("hw", "how"), ("fo", "of")] {
            assert_eq!(stopword_meant(typed), Some(meant), "{typed}");
        }
        assert_eq!(stopword_meant("hague"), None);
        assert_eq!(stopword_meant("die"), None);
    }

    #[test]
    fn mixed_text_folds_as_if_decomposed_whole() {
        // `fold` before it decomposed only the runs of non-ASCII characters.
        fn whole(text: &str) -> String {
            let mut folded = String::new();
            for c in text.nfkd() {
                if is_combining_mark(c) {
                    continue;
                }
                for lower in c.to_lowercase() {
                    if !spell_out(lower, &mut folded) {
                        folded.push(if lower.is_uppercase() { ' ' } else { lower });
                    }
                }
            }
            split_words(&folded.chars().collect::<Vec<char>>())
        }
        // ASCII next to combining marks of different classes, compatibility forms, letters to
        // spell out, apostrophes and capitals with no lower case.
        let pieces: Vec<char> = "aEz' .1\u{301}\u{327}\u{316}\u{31b}éÅﬁ①ＡẞØ’한\u{1f150}ǅŉ\u{345}"
            .chars()
            .collect();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(state % 9) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push(pieces[(state % pieces.len() as u64) as usize]);
            }
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            assert_eq!(fold(&text), whole(&text), "{text:?}");
        }
    }

    #[test]
    fn french_elisions_are_split_off() {
        assert_eq!(fold("l'Équateur"), "equateur");
        assert_eq!(
            fold("citation d'Assange, qu'a-t-il dit"),
            "citation assange a t il dit"
        );
        assert_eq!(
            fold("Assange's door isn't O'Neill's"),
            "assange door isnt oneill"
        );
    }

    #[test]
    fn stems_plurals_only() {
        assert_eq!(stem("grants"), "grant");
        assert_eq!(stem("policies"), "policy");
        assert_eq!(stem("refuses"), "refuse");
        assert_eq!(stem("status"), "status");
        assert_eq!(stem("press"), "press");
        assert_eq!(stem("ecuador"), "ecuador");
        assert_eq!(stem("mps"), "mps");
    }

    #[test]
    fn normalize_joins_the_tokens() {
        for text in [
            "When did Ecuador grant asylum?",
            "the policies of hers",
            "  Søren's U.S. grants  ",
            "ﬁles — 2012",
            "",
        ] {
            assert_eq!(normalize(text), tokens(text).join(" "), "{text}");
        }
    }

    #[test]
    fn punctuation_splits_words() {
        assert_eq!(normalize("  door—open!! (2012) "), "door open 2012");
        assert_eq!(normalize("9/10/21"), "9 10 21");
        assert_eq!(normalize("...?!"), "");
    }

    #[test]
    fn fullwidth_and_compatibility_forms_fold() {
        assert_eq!(normalize("ＡＳＳＡＮＧＥ"), "assange");
        assert_eq!(normalize("ﬁle"), "file");
    }

    #[test]
    fn evidence_normalises_whitespace_and_quotes_only() {
        assert_eq!(
            normalize_evidence("  “Door”\n\n is  ‘open’ "),
            "\"Door\" is 'open'"
        );
        assert_eq!(normalize_evidence("Patiño"), "Patiño");
    }

    #[test]
    fn one_edit_prefilter_keeps_every_pair_one_edit_apart() {
        let letters: Vec<char> = "aehnostwé".chars().collect();
        let mut checked = 0;
        for &s in STOPWORDS
            .iter()
            .chain(&["assange", "patiño", "aab", "abba"])
        {
            let edits = one_edits(s, &letters);
            for e in &edits {
                let longest = e.chars().count().max(s.chars().count());
                if strsim::osa_distance(e, s) == 1 {
                    checked += 1;
                    assert!(may_be_one_edit(e, s, longest), "{e} / {s}");
                    assert!(may_be_one_edit(s, e, longest), "{s} / {e}");
                }
            }
        }
        assert!(checked > 5_000, "{checked}");
    }
}
