//! What a member types that says nothing of what they ask: around the question, a mention of
//! someone ("@dana", Discord's `<@123>`), a greeting before it ("Hey everyone."), an apology
//! for asking ("Sorry if this is a dumb question,"), a hesitation or an announcing clause
//! ("Wait,", "Quick q:", "ok so", "btw who …"), a polite opening ("can you tell me", "does
//! anyone know"), thanks after it ("… Thanks!", "thanks in
//! advance"), a last clause or aside that asks nothing (", if anyone knows?", "Just
//! curious.", "(asking for a friend)", "… pls"); and how it was typed: in capitals only, with
//! runs of spaces, a closing quotation mark opening a quotation ("’door is open’", as some
//! keyboards type it), a question run on after what the member tells with no full stop
//! ("Sweden summoned an ambassador over it who was that ambassador", read as two sentences). [`tidy`] takes the first off and reads the second as usual before the
//! question is read, so that they neither weigh as words no fact holds nor make a message of
//! one question a message of several sentences, nor hide what it quotes.
//!
//! Only whole sentences, clauses and words of these kinds go, and only around what is left: a
//! query that is nothing but courtesy ("thanks!") is read as typed, and "thanks" inside a
//! question ("whose government did he thank") stays.

use std::borrow::Cow;

/// Words of a greeting and whom it greets: a first sentence or clause of only these is one.
const GREETING: &[&str] = &[
    "hey",
    "heya",
    "hi",
    "hiya",
    "hello",
    "helo",
    "yo",
    "howdy",
    "greetings",
    "sup",
    "morning",
    "evening",
    "afternoon",
    "good",
    "all",
    "everyone",
    "everybody",
    "guys",
    "folks",
    "people",
    "friends",
    "team",
    "there",
    "yall",
    "fam",
    "gang",
    "chat",
    "mods",
    "bot",
    "casebot",
    "bonjour",
    "salut",
    "coucou",
    "bonsoir",
    "tout",
    "le",
    "monde",
    "tous",
    "a",
    "hola",
    "hallo",
    "again",
    "o",
    "oh",
    "ok",
    "okay",
];

/// Words that open thanks ("thanks in advance", "cheers all", "merci d'avance"; "thank" only
/// before "you": "who did Assange thank" asks).
const THANKS: &[&str] = &[
    "thanks", "thx", "thnx", "thanx", "ty", "tia", "cheers", "merci",
];

/// Words that may follow [`THANKS`] to the end of the message, or stand after the question
/// alone ("… ? lol", "… pls"), or close it ("much appreciated").
const AFTER_THANKS: &[&str] = &[
    "you",
    "u",
    "so",
    "very",
    "much",
    "a",
    "lot",
    "all",
    "in",
    "advance",
    "again",
    "guys",
    "everyone",
    "folks",
    "y",
    "yall",
    "friends",
    "lol",
    "lmao",
    "haha",
    "pls",
    "please",
    "plz",
    "x",
    "xx",
    "appreciated",
    "appreciate",
    "it",
    "d",
    "avance",
    "beaucoup",
    "bien",
    "en",
    "tout",
    "cas",
    "anyway",
    "anyways",
    "bot",
    "casebot",
    "mate",
    "man",
];

/// Words that open an apology ("sorry if …").
const APOLOGY_OPENS: &[&str] = &["sorry", "apologies", "pardon"];

/// Words an apology for asking holds, one of which makes "sorry …" before the question one
/// ("sorry if this is a dumb question", "sorry if this was asked already").
const APOLOGY_FOR: &[&str] = &[
    "question",
    "asked",
    "ask",
    "asking",
    "dumb",
    "stupid",
    "silly",
    "noob",
    "newbie",
    "basic",
    "obvious",
    "naive",
    "bother",
    "bothering",
    "interrupt",
    "english",
    "spelling",
    "typos",
];

/// Words of a first clause that asks nothing: a hesitation, an aside that a question follows
/// ("Wait,", "Hmm.", "Quick q:", "Random question -", "ok so,", "One more question:").
const OPENER: &[&str] = &[
    "wait", "hmm", "hm", "hmmm", "um", "umm", "uh", "so", "ok", "okay", "well", "oh", "ah", "ahh",
    "ooh", "omg", "btw", "fyi", "ps", "quick", "q", "qq", "qn", "ques", "question", "also",
    "anyway", "anyways", "right", "alright", "lol", "random", "dumb", "silly", "simple", "stupid",
    "honest", "genuine", "serious", "real", "another", "one", "more", "follow", "up", "followup",
    "curious", "noob", "newbie", "basic", "and", "but", "actually", "yeah", "yes", "hold", "on",
    "k", "kk", "petite", "bonne", "une",
];

/// Words that may open a question before its question word with no comma ("btw who was …",
/// "ok so when did …", "wait what did …").
const LEAD_IN: &[&str] = &[
    "btw", "so", "ok", "okay", "hmm", "hm", "um", "uh", "wait", "well", "oh", "and", "also",
    "anyway", "lol", "quick", "q", "alright", "right", "but", "actually",
];

/// Polite openings before what is asked ("can you tell me who …", "does anyone know when …",
/// "I was wondering what …", "tell me the date of …"): the words of each, as typed (lower
/// case).
const POLITE: &[&[&str]] = &[
    &["can", "you", "tell", "me"],
    &["can", "you", "please", "tell", "me"],
    &["can", "u", "tell", "me"],
    &["could", "you", "tell", "me"],
    &["could", "you", "please", "tell", "me"],
    &["would", "you", "tell", "me"],
    &["please", "tell", "me"],
    &["pls", "tell", "me"],
    &["tell", "me"],
    &["do", "you", "know"],
    &["do", "u", "know"],
    &["does", "anyone", "know"],
    &["does", "anybody", "know"],
    &["anyone", "know"],
    &["anyone", "knows"],
    &["any", "idea"],
    &["i", "want", "to", "know"],
    &["i", "wonder"],
    &["i", "was", "wondering"],
    &["id", "like", "to", "know"],
    &["i'd", "like", "to", "know"],
];

/// Words that open a question, after which a lead-in ([`LEAD_IN`]) ends.
const ASKING: &[&str] = &[
    "who", "whos", "when", "what", "whats", "which", "whose", "where", "how", "did", "was", "is",
    "were", "does", "do", "can", "could", "qui", "quand", "quel", "quelle", "tell", "give", "name",
    "any", "anyone", "has", "had",
];

/// Words of a last clause that asks nothing (", if anyone knows?", "Anyone?", "Just
/// curious.", "(asking for a friend)", ", idk", "… I was wondering", "(source pls)", "Link
/// please?").
const TAIL: &[&str] = &[
    "if",
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "knows",
    "know",
    "does",
    "just",
    "curious",
    "asking",
    "for",
    "a",
    "friend",
    "idk",
    "lol",
    "wondering",
    "im",
    "i",
    "am",
    "was",
    "help",
    "any",
    "ideas",
    "idea",
    "here",
    "out",
    "there",
    "yall",
    "guys",
    "haha",
    "lmao",
    "hmm",
    "btw",
    "you",
    "please",
    "pls",
    "plz",
    // (A request for the source: every answer cites it. Session 57.)
    "source",
    "sources",
    "src",
    "link",
    "links",
    "citation",
    "citations",
    "ref",
    "refs",
    "reference",
    "references",
];

/// `query` without the courtesy around its question (see the module): runs of whitespace read
/// as one space, a message in capitals only read in lower case, mentions taken out, then a
/// greeting or an apology before it and thanks after it, while a word of the question is
/// left.
pub fn tidy(query: &str) -> Cow<'_, str> {
    // One pass over the bytes for what calls for a copy: a mention, markup, a backtick, a
    // tab or line break, two spaces running, a right single quotation mark (E2 80 99).
    let bytes = query.as_bytes();
    let marked = bytes.iter().enumerate().any(|(i, &b)| match b {
        b'@' | b'<' | b'`' | b'\t' | b'\n' | b'\r' => true,
        b' ' => bytes.get(i + 1) == Some(&b' '),
        0xE2 => bytes.get(i + 1..i + 3) == Some(&[0x80, 0x99][..]),
        _ => false,
    });
    let capitals = shouting(query);
    // (Courtesy shows at the message's ends as typed: a message that holds none goes on only
    // for its run-on questions and apostrophes, without the strippers.)
    let courteous = marked || capitals || may_hold_courtesy(query) || opens_politely(query);
    if !(courteous || may_run_on(query) || lacks_apostrophe(query)) {
        return Cow::Borrowed(query);
    }
    let mut text: String = query.split_whitespace().collect::<Vec<_>>().join(" ");
    if capitals {
        text = text.to_lowercase();
    }
    if text.contains(['\u{2019}', '`']) {
        text = with_opening_quotes(&text);
    }
    let unmentioned = without_mentions(&text);
    if has_word(&unmentioned) {
        text = unmentioned;
    }
    if lacks_apostrophe(&text) {
        text = with_apostrophes(&text);
    }
    if may_run_on(&text) {
        text = with_run_on_sentences(&text);
    }
    if courteous {
        text = without_courtesy(text);
    }
    if text == query {
        Cow::Borrowed(query)
    } else {
        Cow::Owned(text)
    }
}

/// `text` without a greeting, an apology, an opener, a lead-in or a polite opening before its
/// question and thanks or a tail after it, while a word of the question is left.
fn without_courtesy(mut text: String) -> String {
    for strip in [
        without_greeting,
        without_apology,
        without_opener,
        without_lead_in,
        without_polite_opening,
        without_thanks,
        without_tail,
    ] {
        let stripped = strip(&text);
        if has_word(&stripped) {
            text = stripped;
        }
    }
    text
}

/// Words that open a sentence a member tells of themselves ("I need it for an essay", "my
/// teacher asked us", "trying to get the timeline straight") or asks for the source ("A
/// source would be great", "Any link?").
const ABOUT_MEMBER: &[&str] = &[
    "i", "im", "ive", "id", "my", "me", "we", "our", "us", "need", "trying", "having", "a", "any",
    "source", "sources", "link", "links",
];

/// The message up to its last question mark, when what follows is sentences a member tells
/// of themselves only (each opening with a word of [`ABOUT_MEMBER`]): "who is ben wizner? I
/// need it for an essay."; or a question with no mark run on into one
/// ([`run_on_about_member`]). The engine reads the question alone if what follows says
/// nothing it could read.
pub fn after_question_about_member(text: &str) -> Option<&str> {
    let Some(mark) = text.rfind('?') else {
        return run_on_about_member(text);
    };
    let (question, rest) = text.split_at(mark + 1);
    (has_word(question)
        && has_word(rest)
        && rest.split(['.', '!']).filter(|s| has_word(s)).all(|s| {
            words_of(s)
                .first()
                .is_some_and(|w| ABOUT_MEMBER.contains(&w.as_str()))
        }))
    .then_some(question)
}

/// Words a member tells of themselves with after "I" ("… I want to know more", "… i need it").
const MEMBER_VERBS: &[&str] = &[
    "want", "wanna", "need", "am", "was", "think", "thought", "read", "heard", "saw", "know",
    "remember", "forgot", "have", "cant", "dont", "just", "really", "would", "m", "ve", "d",
];

/// A question with no mark, run on into what a member tells of themselves ("when did assange
/// get asylum I want to know more about it"): the question, when the message opens with a
/// question word of [`ASKING`] and, after three words or more, "I" and a word of
/// [`MEMBER_VERBS`], or "my", "I'm", "I've" follow a word that ends no clause of its own
/// ([`EMBEDDING`], [`AUXILIARIES`], [`RUN_ON_OPENERS`]: "when did I", "what I want").
fn run_on_about_member(text: &str) -> Option<&str> {
    let body = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    if body.contains(['.', '?', '!', ';']) {
        return None;
    }
    // (A look without a copy first: most messages hold no such word after their third.)
    if !body.split(' ').skip(3).any(|w| {
        [
            "i",
            "im",
            "i'm",
            "ive",
            "i've",
            "my",
            "i\u{2019}m",
            "i\u{2019}ve",
        ]
        .iter()
        .any(|m| w.eq_ignore_ascii_case(m))
    }) {
        return None;
    }
    let words: Vec<&str> = body.split(' ').collect();
    let lower = |i: usize| {
        words
            .get(i)
            .map(|w| w.to_lowercase().replace(['\'', '\u{2019}'], ""))
            .unwrap_or_default()
    };
    if !ASKING.contains(&lower(0).as_str()) {
        return None;
    }
    let at = (3..words.len()).find(|&i| {
        let (w, before) = (lower(i), lower(i - 1));
        let opens = match w.as_str() {
            "i" => {
                MEMBER_VERBS.contains(&lower(i + 1).as_str())
                    || words[i].contains(['\'', '\u{2019}'])
            }
            "im" | "ive" | "my" => true,
            _ => false,
        };
        opens
            && words[i - 1].ends_with(|c: char| c.is_alphanumeric())
            && ![EMBEDDING, AUXILIARIES, RUN_ON_OPENERS]
                .iter()
                .any(|list| list.contains(&before.as_str()))
    })?;
    let start = words[..at].iter().map(|w| w.len() + 1).sum::<usize>();
    Some(text[..start].trim_end())
}

/// `text` with a closing single quotation mark that opens a quotation (after a space or an
/// opening bracket, before a letter or digit) typed as the opening one, and a backtick as an
/// apostrophe: "snowden ’trump has created a global playbook’" quotes as "‘…’" does.
fn with_opening_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut before: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let opens = before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '['))
            && chars.peek().is_some_and(|n| n.is_alphanumeric());
        out.push(match c {
            '\u{2019}' if opens => '\u{2018}',
            '`' => '\'',
            c => c,
        });
        before = Some(c);
    }
    out
}

/// Whether `text` has letters and none in lower case ("WHO'D SWEDEN HAUL IN …").
fn shouting(text: &str) -> bool {
    let mut letters = 0;
    for c in text.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// Whether `query` may open or close with courtesy: a cheap look at its first and last words
/// before anything is copied (most queries hold none).
fn may_hold_courtesy(query: &str) -> bool {
    /// Which list a word (lower case) is in: bit 1 opens ([`GREETING`], [`APOLOGY_OPENS`],
    /// [`OPENER`], [`LEAD_IN`]), bit 2 thanks ([`THANKS`]), bit 4 follows thanks
    /// ([`AFTER_THANKS`]), bit 8 may end a last clause ([`TAIL`]). Built once.
    static KINDS: std::sync::OnceLock<rustc_hash::FxHashMap<&'static [u8], u8>> =
        std::sync::OnceLock::new();
    let kinds = KINDS.get_or_init(|| {
        let mut kinds = rustc_hash::FxHashMap::default();
        let lists: [(&[&'static str], u8); 7] = [
            (GREETING, 1),
            (APOLOGY_OPENS, 1),
            (OPENER, 1),
            (LEAD_IN, 1),
            (THANKS, 2),
            (AFTER_THANKS, 4),
            (TAIL, 8),
        ];
        for (list, kind) in lists {
            for &w in list {
                *kinds.entry(w.as_bytes()).or_insert(0) |= kind;
            }
        }
        // ("Thank you": [`without_thanks`] reads it.)
        *kinds.entry(b"thank".as_slice()).or_insert(0) |= 2;
        kinds
    });
    // A word's kinds, lower-cased in a buffer (no word of the lists is longer than 16 bytes).
    let kind = |w: &str| {
        let mut buffer = [0u8; 16];
        match crate::text::ascii_lower(w, &mut buffer) {
            Some(lower) if w.is_ascii() => kinds.get(lower.as_bytes()).copied().unwrap_or(0),
            _ => 0,
        }
    };
    // Words as runs of ASCII letters, digits and apostrophes, read on bytes: the first, then
    // the last six from the end (the lists are ASCII; no allocation).
    let bytes = query.as_bytes();
    let in_word = |b: u8| b.is_ascii_alphanumeric() || b == b'\'';
    let start = bytes
        .iter()
        .position(|&b| in_word(b))
        .unwrap_or(bytes.len());
    let end = bytes[start..]
        .iter()
        .position(|&b| !in_word(b))
        .map_or(bytes.len(), |e| start + e);
    if start == end {
        return false;
    }
    if kind(&query[start..end]) & 1 != 0 {
        return true;
    }
    let mut at = bytes.len();
    for n in 0..6 {
        while at > 0 && !in_word(bytes[at - 1]) {
            at -= 1;
        }
        let stop = at;
        while at > 0 && in_word(bytes[at - 1]) {
            at -= 1;
        }
        if at == stop {
            return false;
        }
        // Thanks, or words that may follow thanks, back to thanks ("… thanks in advance").
        let k = kind(&query[at..stop]);
        if k & 2 != 0
            || n == 0 && k & 8 != 0
            || n == 0 && k & 4 != 0 && bytes[..at].ends_with(b"? ")
        {
            return true;
        }
        if k & 4 == 0 {
            return false;
        }
    }
    false
}

/// Whether `text` still holds a letter or digit.
fn has_word(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

/// The words of `part` as [`tidy`] compares them: lower case, apostrophes and punctuation
/// around them off ("y'all" as "yall", "d'avance" as "d", "avance").
fn words_of(part: &str) -> Vec<String> {
    part.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .flat_map(|w| w.split('\''))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = w.to_lowercase();
            if lower == "y" {
                "yall".to_string()
            } else {
                lower
            }
        })
        .collect()
}

/// `text` without Discord's mention markup (`<@123>`, `<@!123>`, `<@&123>`, `<#123>`) and
/// words typed as mentions ("@dana", "@everyone").
fn without_mentions(text: &str) -> String {
    if !text.contains(['@', '<']) {
        return text.to_string();
    }
    text.split(' ')
        .filter(|w| {
            let markup = w.starts_with('<')
                && w.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '>')
                    .ends_with('>')
                && w[1..].starts_with(['@', '#']);
            let typed =
                w.starts_with('@') && w[1..].chars().next().is_some_and(char::is_alphanumeric);
            !markup && !typed
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where the first sentence or clause of `text` ends: after its first ".", "!", ",", ":", ";",
/// "?" or a dash between spaces, with the spaces after it (None if it has none).
fn first_clause_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    text.char_indices().find_map(|(at, c)| {
        let next = at + c.len_utf8();
        let ends = match c {
            '.' | '!' | ',' | ':' | ';' | '?' => true,
            '-' | '\u{2013}' | '\u{2014}' => at > 0 && bytes[at - 1] == b' ',
            _ => false,
        };
        ends.then(|| next + text[next..].len() - text[next..].trim_start().len())
    })
}

/// `text` without its first sentence or clause ([`first_clause_end`]) if `asks_nothing` says
/// so of that clause's words ([`words_of`]).
fn without_opening(text: &str, asks_nothing: impl Fn(&[String]) -> bool) -> String {
    match first_clause_end(text) {
        Some(end) if asks_nothing(&words_of(&text[..end])) => text[end..].to_string(),
        _ => text.to_string(),
    }
}

/// `text` without an opening greeting: a first clause of [`GREETING`] words only ("Hey
/// everyone.", "hi all,", "Bonjour à tous !").
fn without_greeting(text: &str) -> String {
    without_opening(text, |words| {
        !words.is_empty() && words.iter().all(|w| GREETING.contains(&w.as_str()))
    })
}

/// `text` without an opening apology for asking: a first clause that opens with a word of
/// [`APOLOGY_OPENS`] and holds one of [`APOLOGY_FOR`] ("Sorry if this is a dumb question,",
/// "Sorry if this was asked already -").
fn without_apology(text: &str) -> String {
    without_opening(text, |words| {
        words
            .first()
            .is_some_and(|w| APOLOGY_OPENS.contains(&w.as_str()))
            && words.iter().any(|w| APOLOGY_FOR.contains(&w.as_str()))
    })
}

/// `text` without thanks at its end: from its last word of [`THANKS`] on, when every word
/// after it is one of [`AFTER_THANKS`] ("… asylum? Thanks in advance!", "…, thank you so
/// much"), or words of [`AFTER_THANKS`] only after its last question mark ("… 2012? lol").
fn without_thanks(text: &str) -> String {
    // Byte offsets of each word's start, with the word.
    let mut starts: Vec<(usize, String)> = Vec::new();
    let mut at = None;
    for (i, c) in text.char_indices() {
        let in_word = c.is_alphanumeric() || c == '\'';
        match (in_word, at) {
            (true, None) => at = Some(i),
            (false, Some(s)) => {
                starts.push((s, text[s..i].to_lowercase()));
                at = None;
            }
            _ => {}
        }
    }
    if let Some(s) = at {
        starts.push((s, text[s..].to_lowercase()));
    }
    let after = |w: &str| {
        w.split('\'')
            .filter(|p| !p.is_empty())
            .all(|p| AFTER_THANKS.contains(&p))
    };
    // From the last word of thanks, if all after it may follow thanks.
    let thanks = |k: usize| {
        let w = starts[k].1.as_str();
        THANKS.contains(&w)
            || w == "thank"
                && starts
                    .get(k + 1)
                    .is_some_and(|(_, n)| matches!(n.as_str(), "you" | "u"))
    };
    if let Some(k) = (0..starts.len()).rev().find(|&k| thanks(k))
        && starts[k + 1..].iter().all(|(_, w)| after(w))
        && k > 0
    {
        return text[..starts[k].0]
            .trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | '-' | '\u{2013}' | '\u{2014}')
            })
            .to_string();
    }
    // After the last question mark, words that ask nothing only ("… 2012? lol").
    if let Some(q) = text.rfind('?')
        && text[q + 1..].chars().any(char::is_alphanumeric)
        && starts.iter().filter(|(s, _)| *s > q).all(|(_, w)| after(w))
    {
        return text[..=q].to_string();
    }
    text.to_string()
}

/// `text` without an opening clause that asks nothing: a first clause of [`OPENER`] words
/// only ("Wait,", "Quick q:", "ok so,").
fn without_opener(text: &str) -> String {
    without_opening(text, |words| {
        !words.is_empty() && words.iter().all(|w| OPENER.contains(&w.as_str()))
    })
}

/// `text` without the words of [`LEAD_IN`] that open it before a question word of [`ASKING`]
/// ("btw who was …", "ok so when …"), typed as words alone (no comma: [`without_opener`]).
fn without_lead_in(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let lead = words
        .iter()
        .take_while(|w| {
            w.chars().all(char::is_alphanumeric) && LEAD_IN.contains(&w.to_lowercase().as_str())
        })
        .count();
    let asks = words.get(lead).is_some_and(|w| {
        words_of(w)
            .first()
            .is_some_and(|first| ASKING.contains(&first.as_str()))
    });
    if lead > 0 && asks {
        words[lead..].join(" ")
    } else {
        text.to_string()
    }
}

/// Whether `text` opens with one of [`POLITE`]'s openings (no allocation).
fn opens_politely(text: &str) -> bool {
    // (The first word first: most questions open with no polite phrase's.)
    let first = text.split(' ').next().unwrap_or_default();
    if !POLITE
        .iter()
        .any(|phrase| first.eq_ignore_ascii_case(phrase[0]))
    {
        return false;
    }
    POLITE.iter().any(|phrase| {
        let mut words = text.split(' ');
        phrase
            .iter()
            .all(|p| words.next().is_some_and(|w| w.eq_ignore_ascii_case(p)))
    })
}

/// `text` without a polite opening of [`POLITE`] before two words or more ("can you tell me
/// who wrote …", "does anyone know wikileaks million files release year").
fn without_polite_opening(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let opening = POLITE.iter().find(|phrase| {
        words.len() >= phrase.len() + 2
            && phrase
                .iter()
                .zip(&words)
                .all(|(p, w)| w.eq_ignore_ascii_case(p))
    });
    match opening {
        Some(phrase) => words[phrase.len()..].join(" "),
        None => text.to_string(),
    }
}

/// `text` without a last clause of [`TAIL`] words only (after its last ",", "?", ".", "!",
/// ";" or "("), keeping a question mark the message ended with: "who was it, if anyone
/// knows?" reads "who was it?".
fn without_tail(text: &str) -> String {
    let body = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    // (Or a dash between spaces: "… asylum - anyone?")
    let cut = body
        .rfind([',', '?', '.', '!', '(', ';'])
        .max(body.rfind(" - ").map(|at| at + 1))
        .max(body.rfind(['\u{2013}', '\u{2014}']));
    let words = words_of(&body[cut.unwrap_or(0)..]);
    let Some(cut) =
        cut.filter(|_| !words.is_empty() && words.iter().all(|w| TAIL.contains(&w.as_str())))
    else {
        return without_last_asides(text);
    };
    let head = text[..cut].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | '-' | '\u{2013}' | '\u{2014}')
    });
    if text[cut..].contains('?') && !head.ends_with('?') {
        format!("{head}?")
    } else {
        head.to_string()
    }
}

/// Words typed after a question with no comma that ask nothing ("… held pls", "… lol").
const ASIDES: &[&str] = &["pls", "plz", "please", "lol", "lmao", "haha", "idk"];

/// `text` without its last words when they are [`ASIDES`] only, typed with no comma ("when was
/// that trial held pls").
fn without_last_asides(text: &str) -> String {
    let mut end = text.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    let stripped = loop {
        let head = text[..end].trim_end();
        let at = head.rfind(' ').map_or(0, |s| s + 1);
        if at == 0 || !ASIDES.contains(&head[at..].to_lowercase().as_str()) {
            break head.len();
        }
        end = at;
    };
    let body = text.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    if stripped == body {
        return text.to_string();
    }
    let head = text[..stripped].trim_end_matches([',', ' ']);
    if text[body..].contains('?') && !head.ends_with('?') {
        format!("{head}?")
    } else {
        head.to_string()
    }
}

/// Words that open a question run on after what a member tells with no full stop ("Sweden
/// summoned an ambassador over the asylum who was that ambassador"), and the few yes-no
/// openers that do ("… does anyone know …").
const RUN_ON_OPENERS: &[&str] = &[
    "who", "when", "what", "which", "where", "whose", "how", "whos", "whats", "does", "do", "can",
    "could", "would",
];

/// Words that follow a question word that opens a question ("when did", "who was"), or the
/// word after it ("which government was").
const AUXILIARIES: &[&str] = &[
    "was", "is", "are", "were", "did", "does", "do", "had", "has", "have", "can", "could", "would",
    "will", "should", "exactly", "actually",
];

/// Words that name or point at whom "who was" asks about ("who was that ambassador"), where a
/// relative clause goes on with a deed ("the cardinal who was sheltered").
const POINTING: &[&str] = &[
    "the", "that", "this", "it", "he", "she", "they", "his", "her", "a", "an", "those", "these",
    "them", "him", "their", "its",
];

/// Words after which a question word goes on with the sentence ("I know who …", "until what
/// year", "and who was …", "on what day").
const EMBEDDING: &[&str] = &[
    "and",
    "or",
    "but",
    "so",
    "on",
    "in",
    "at",
    "until",
    "till",
    "from",
    "about",
    "of",
    "to",
    "ask",
    "asked",
    "know",
    "wonder",
    "wondering",
    "asking",
    "knows",
    "remember",
    "sure",
    "idea",
    "tell",
    "me",
    "since",
    "see",
    "forget",
    "forgot",
    "recall",
    "by",
    "like",
    "exactly",
    "clue",
    "find",
    "that",
    "if",
    "whether",
    "said",
    "say",
    "says",
];

/// Whether `text` may hold a question run on with no full stop: no full stop, question or
/// exclamation mark before its end, and a few words.
fn may_run_on(text: &str) -> bool {
    let body = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    if body.contains(['.', '?', '!', ';']) {
        return false;
    }
    // A word of [`RUN_ON_OPENERS`] after four words and before another, right after a word
    // that is none of [`EMBEDDING`] (or "on", "in", "at" before it, after such a word): no
    // allocation, as most questions hold none.
    // (As [`with_run_on_sentences`] reads a word: lower case, apostrophes left out; in a
    // buffer, as no word of the lists is longer than 12 letters.)
    let is = |w: &str, list: &[&str]| {
        let mut buffer = [0u8; 12];
        let mut n = 0;
        for b in w.bytes() {
            if b == b'\'' {
                continue;
            }
            if n == buffer.len() || !b.is_ascii() {
                // (A curly apostrophe, or another script: read as the sentence splitter does.)
                let lower = w.to_lowercase().replace(['\'', '\u{2019}'], "");
                return list.contains(&lower.as_str());
            }
            buffer[n] = b.to_ascii_lowercase();
            n += 1;
        }
        list.iter().any(|x| x.as_bytes() == &buffer[..n])
    };
    // (Every word of [`RUN_ON_OPENERS`] opens with one of these letters: the others go at once.)
    let may_open = |w: &str| {
        w.bytes().next().is_some_and(|b| {
            matches!(b.to_ascii_lowercase(), b'w' | b'h' | b'd' | b'c' | b'\'') || !b.is_ascii()
        })
    };
    let after =
        |before: &str| before.ends_with(|c: char| c.is_alphanumeric()) && !is(before, EMBEDDING);
    let (mut two_back, mut one_back) = ("", "");
    // (The words as the splitter reads them, with what ends the message.)
    let mut words = text.split(' ').enumerate().peekable();
    while let Some((at, w)) = words.next() {
        if at >= 4
            && words.peek().is_some()
            && may_open(w)
            && is(w, RUN_ON_OPENERS)
            && (after(one_back) || at >= 5 && is(one_back, &["on", "in", "at"]) && after(two_back))
        {
            return true;
        }
        (two_back, one_back) = (one_back, w);
    }
    false
}

/// `text` with a full stop before each question it runs on after what the member tells
/// ([`may_run_on`]): at a word of [`RUN_ON_OPENERS`] after four words or more, not after a
/// word of [`EMBEDDING`] nor punctuation (or at "on", "in" or "at" before it), typed with a capital ("… the asylum Who was …"), or
/// in a question's shape: "when"/"what"/"how" and an auxiliary ("when was"), "who"/"which"
/// and an auxiliary and a word that points ("who was that ambassador"), "which"/"what"/"whose"
/// and a noun and an auxiliary ("which government was"), "which of", "what date", "who's the",
/// "does anyone".
fn with_run_on_sentences(text: &str) -> String {
    let typed: Vec<&str> = text.split(' ').collect();
    let words: Vec<String> = typed
        .iter()
        .map(|w| w.to_lowercase().replace(['\'', '\u{2019}'], ""))
        .collect();
    let word = |i: usize| words.get(i).map(String::as_str);
    let auxiliary = |i: usize| word(i).is_some_and(|w| AUXILIARIES.contains(&w));
    let opens = |i: usize| {
        let (q, next) = (words[i].as_str(), word(i + 1));
        let Some(next) = next else { return false };
        if typed[i].starts_with(char::is_uppercase) {
            return true;
        }
        let noun_then_auxiliary = !auxiliary(i + 1) && auxiliary(i + 2);
        match q {
            "who" | "which" => {
                auxiliary(i + 1) && word(i + 2).is_none_or(|w| POINTING.contains(&w))
                    || q == "which" && (next == "of" || noun_then_auxiliary)
            }
            "whos" | "whats" => POINTING.contains(&next),
            "whose" => noun_then_auxiliary,
            "what" => {
                auxiliary(i + 1)
                    || noun_then_auxiliary
                    || matches!(next, "date" | "year" | "month" | "day" | "time")
            }
            "when" | "where" | "how" => auxiliary(i + 1),
            _ => matches!(
                next,
                "anyone" | "anybody" | "someone" | "somebody" | "you" | "u" | "ya"
            ),
        }
    };
    let mut out = String::with_capacity(text.len() + 4);
    for (i, w) in typed.iter().enumerate() {
        if i > 0 {
            let before = typed[i - 1];
            if i >= 4
                && before.ends_with(|c: char| c.is_alphanumeric())
                && !EMBEDDING.contains(&words[i - 1].as_str())
                && {
                    // (Or the preposition before it: "… on what day did …".)
                    let at = i + usize::from(matches!(words[i].as_str(), "on" | "in" | "at"));
                    word(at).is_some_and(|w| RUN_ON_OPENERS.contains(&w)) && opens(at)
                }
            {
                out.push('.');
            }
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Contractions typed without their apostrophe that are no word of their own ("whos",
/// "didnt"; not "its", "were", "well", "id"), with it.
const CONTRACTIONS: &[(&str, &str)] = &[
    ("whos", "who's"),
    ("whod", "who'd"),
    ("whend", "when'd"),
    ("whens", "when's"),
    ("whatd", "what'd"),
    ("wheres", "where's"),
    ("hows", "how's"),
    ("whys", "why's"),
    ("hes", "he's"),
    ("shes", "she's"),
    ("hed", "he'd"),
    ("theyre", "they're"),
    ("theyd", "they'd"),
    ("weve", "we've"),
    ("ive", "I've"),
    ("im", "I'm"),
    ("youre", "you're"),
    ("thats", "that's"),
    ("theres", "there's"),
    ("cant", "can't"),
    ("dont", "don't"),
    ("doesnt", "doesn't"),
    ("didnt", "didn't"),
    ("isnt", "isn't"),
    ("wasnt", "wasn't"),
    ("werent", "weren't"),
    ("arent", "aren't"),
    ("wouldnt", "wouldn't"),
    ("couldnt", "couldn't"),
    ("shouldnt", "shouldn't"),
    ("hasnt", "hasn't"),
    ("havent", "haven't"),
    ("hadnt", "hadn't"),
    ("wouldve", "would've"),
    ("couldve", "could've"),
    ("shouldve", "should've"),
];

/// The first and last letters of [`CONTRACTIONS`]' words, for [`contraction_of`].
const FIRST_LAST: FirstLast = FirstLast::of(&{
    let mut words = [""; CONTRACTIONS.len()];
    let mut i = 0;
    while i < words.len() {
        words[i] = CONTRACTIONS[i].0;
        i += 1;
    }
    words
});

/// Which (first letter, last letter) pairs the words of a list (ASCII, lower case) have: a
/// word whose pair is none of them is in no such list, told without a lookup.
struct FirstLast([u32; 26]);

impl FirstLast {
    const fn of(words: &[&str]) -> Self {
        let mut pairs = [0u32; 26];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            pairs[(w[0] - b'a') as usize] |= 1 << (w[w.len() - 1] - b'a');
            i += 1;
        }
        Self(pairs)
    }

    /// Whether a word opening with `first` and ending with `last` (any case) may be in the list.
    fn may_hold(&self, first: u8, last: u8) -> bool {
        let (first, last) = (first.to_ascii_lowercase(), last.to_ascii_lowercase());
        first.is_ascii_lowercase()
            && last.is_ascii_lowercase()
            && self.0[usize::from(first - b'a')] & 1 << (last - b'a') != 0
    }
}

/// Whether `text` holds a contraction typed without its apostrophe ([`CONTRACTIONS`]).
fn lacks_apostrophe(text: &str) -> bool {
    text.split(' ').any(|w| contraction_of(w).is_some())
}

/// The contraction `word` (its punctuation after it aside) is typed without its apostrophe,
/// if it is one ([`CONTRACTIONS`]).
fn contraction_of(word: &str) -> Option<&'static str> {
    static TABLE: std::sync::OnceLock<rustc_hash::FxHashMap<&'static [u8], &'static str>> =
        std::sync::OnceLock::new();
    let core = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    // (Contractions are two to eight letters: lower case in a buffer, one lookup.)
    if !(2..=8).contains(&core.len()) {
        return None;
    }
    // (Most words open and end with no contraction's letters: those go before the lookup.)
    let (first, last) = (core.as_bytes()[0], core.as_bytes()[core.len() - 1]);
    if !FIRST_LAST.may_hold(first, last) {
        return None;
    }
    let mut buffer = [0u8; 8];
    let lower = crate::text::ascii_lower(core, &mut buffer)?;
    TABLE
        .get_or_init(|| {
            CONTRACTIONS
                .iter()
                .map(|&(typed, meant)| (typed.as_bytes(), meant))
                .collect()
        })
        .get(lower.as_bytes())
        .copied()
}

/// `text` with each contraction typed without its apostrophe ("whos", "didnt") typed with it
/// ("who's", "didn't"), capitalised as typed.
fn with_apostrophes(text: &str) -> String {
    text.split(' ')
        .map(|w| match contraction_of(w) {
            Some(meant) => {
                let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                let mut out = String::with_capacity(w.len() + 1);
                super::spelling::push_as_typed(&mut out, core, meant);
                out.push_str(&w[core.len()..]);
                out
            }
            None => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` with a name possessed without its apostrophe ("snowdens letter", "Assanges
/// lawyer") possessed with it, `is_name` saying which words are of a name as typed (lower
/// case): a word of four letters or more ending in "s" that is no name word itself, and is
/// one without its "s" that is no English word ("officers" are no officer's; the word list
/// holds some names of places too, "Ecuador", which stay as typed).
pub fn with_possessives(text: &str, is_name: impl Fn(&str) -> bool) -> Cow<'_, str> {
    with_apostrophes_in(text, |w| {
        let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if core.len() < 4 || !core.is_ascii() || !core.ends_with(['s', 'S']) {
            return None;
        }
        // (Lower case in a buffer: names are seldom longer; a longer word is copied.)
        let mut buffer = [0u8; 24];
        let copied_lower;
        let lower = match crate::text::ascii_lower(core, &mut buffer) {
            Some(lower) => lower,
            None => {
                copied_lower = core.to_ascii_lowercase();
                &copied_lower
            }
        };
        let name = &lower[..lower.len() - 1];
        (!is_name(lower) && is_name(name) && !super::spelling::is_english(name))
            .then(|| core.len() - 1)
    })
}

/// `text` with an apostrophe typed where `cut` says, in each word (split at spaces) it
/// gives a byte offset for: as typed when it gives none.
fn with_apostrophes_in(text: &str, mut cut: impl FnMut(&str) -> Option<usize>) -> Cow<'_, str> {
    let mut out = String::new();
    let mut copied = 0;
    let mut at = 0;
    for w in text.split(' ') {
        let start = at;
        at += w.len() + 1;
        if let Some(offset) = cut(w) {
            out.push_str(&text[copied..start + offset]);
            out.push('\'');
            copied = start + offset;
        }
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// Words that mark a question as French, for [`with_elisions`].
const FRENCH_MARKS: &[&str] = &[
    "quand", "qui", "quel", "quelle", "quels", "quelles", "est", "les", "des", "du", "une", "pour",
    "avec", "dans", "sur", "le", "la", "ete", "il", "elle", "depuis", "dit",
];

/// The first and last letters of [`FRENCH_MARKS`].
const FRENCH_FIRST_LAST: FirstLast = FirstLast::of(FRENCH_MARKS);

/// Letters an elided French word leaves before its apostrophe ("l'", "d'", "qu'").
const ELIDED: &[&str] = &["qu", "l", "d", "j", "m", "n", "s", "t", "c"];

/// `text`, a French question, with an article or pronoun elided before a word and typed
/// without its apostrophe ("lambassade", "dÉquateur", "quAssange", "sest") typed with it,
/// `knows` saying which words the base knows (folded, stemmed): the elided letters and a word
/// of two letters or more it knows, the whole word no word it knows.
pub fn with_elisions(text: &str, knows: impl Fn(&str) -> bool) -> Cow<'_, str> {
    // (Most questions are English: their words first, as typed.)
    let french = text.split(' ').any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        (2..=7).contains(&w.len())
            && (w == "été"
                || w == "Été"
                || FRENCH_FIRST_LAST.may_hold(w.as_bytes()[0], w.as_bytes()[w.len() - 1])
                    && FRENCH_MARKS.iter().any(|m| w.eq_ignore_ascii_case(m)))
    });
    if !french {
        return Cow::Borrowed(text);
    }
    with_apostrophes_in(text, |w| {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        let lead = w.len() - w.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let word = crate::text::fold(core);
        if word.len() < 4 || word.contains(' ') || knows(&crate::text::stem(&word)) {
            return None;
        }
        let elided = ELIDED.iter().find(|e| {
            word.starts_with(*e) && {
                let rest = &word[e.len()..];
                rest.len() >= 2 && knows(&crate::text::stem(rest))
            }
        })?;
        // (Folding keeps the letters' count of an ASCII prefix: "qu", "l" are typed so.)
        let split = core.char_indices().nth(elided.len()).map(|(i, _)| i)?;
        Some(lead + split)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_off_the_courtesy_around_a_question() {
        for (typed, read) in [
            (
                "when did assange get asylum Thanks!",
                "when did assange get asylum",
            ),
            (
                "when did assange get asylum? thanks in advance",
                "when did assange get asylum?",
            ),
            (
                "Hey everyone. Who was the spokesman?",
                "Who was the spokesman?",
            ),
            (
                "Sorry if this is a dumb question, who is julian assange?",
                "who is julian assange?",
            ),
            (
                "@casebot when did assange get asylum",
                "when did assange get asylum",
            ),
            ("<@123456> who is he", "who is he"),
            ("Who was it? lol", "Who was it?"),
            ("Hey, who was the spokesman?", "who was the spokesman?"),
            ("who was it, thank you so much", "who was it"),
            ("who  was   it", "who was it"),
            (
                "when was the \u{2019}door is open\u{2019} speech, Julian\u{2019}s",
                "when was the \u{2018}door is open\u{2019} speech, Julian\u{2019}s",
            ),
            (
                "WHO'D SWEDEN HAUL IN AFTER ECUADOR GAVE HIM ASYLUM?",
                "who'd sweden haul in after ecuador gave him asylum?",
            ),
            ("Wait, who was it?", "who was it?"),
            ("Quick q: who was it?", "who was it?"),
            ("ok so who was it", "who was it"),
            ("btw when was it", "when was it"),
            ("who was it, if anyone knows?", "who was it?"),
            ("who was it? Anyone?", "who was it?"),
            ("who was it. Just curious.", "who was it"),
            ("who was it (asking for a friend)", "who was it"),
            ("when was that trial held pls", "when was that trial held"),
            ("who was it lol?", "who was it?"),
            ("whos the nsa guy", "who's the nsa guy"),
            ("can you tell me who wrote it", "who wrote it"),
            (
                "Does anyone know wikileaks million files",
                "wikileaks million files",
            ),
            ("Whod Sweden haul in", "Who'd Sweden haul in"),
            ("he didnt say", "he didn't say"),
            (
                "sweden summoned an ambassador over it who was that ambassador",
                "sweden summoned an ambassador over it. who was that ambassador",
            ),
            (
                "the OSCE warned the UK before the hearing on what date was that",
                "the OSCE warned the UK before the hearing. on what date was that",
            ),
            (
                "Ellsberg spoke up for him for years What did he say",
                "Ellsberg spoke up for him for years. What did he say",
            ),
        ] {
            assert_eq!(tidy(typed), read, "{typed}");
        }
    }

    #[test]
    fn puts_back_an_apostrophe_the_base_can_tell() {
        let names = |w: &str| matches!(w, "snowden" | "assange" | "officer");
        assert_eq!(
            with_possessives("who read snowdens letter", names),
            "who read snowden's letter"
        );
        assert_eq!(
            with_possessives("Assanges lawyer", names),
            "Assange's lawyer"
        );
        // An English word's plural is no possessive; a name word as typed stays.
        assert_eq!(with_possessives("the officers", names), "the officers");
        let knows = |w: &str| matches!(w, "ambassade" | "equateur" | "asile" | "assange" | "est");
        assert_eq!(
            with_elisions("Quand est-il entré à lambassade dÉquateur ?", knows),
            "Quand est-il entré à l'ambassade d'Équateur ?"
        );
        assert_eq!(
            with_elisions("quand quAssange sest réfugié", knows),
            "quand qu'Assange s'est réfugié"
        );
        // Not in an English question.
        assert_eq!(
            with_elisions("when did lasile start", knows),
            "when did lasile start"
        );
    }

    /// Messages of words drawn (by a fixed linear congruential generator) from the lists
    /// [`tidy`] reads, and others, with and without punctuation.
    fn drawn_messages(count: usize) -> Vec<String> {
        let mut vocabulary: Vec<&str> = [
            GREETING,
            THANKS,
            AFTER_THANKS,
            APOLOGY_OPENS,
            APOLOGY_FOR,
            OPENER,
            LEAD_IN,
            ASKING,
            TAIL,
            ASIDES,
            RUN_ON_OPENERS,
            AUXILIARIES,
            POINTING,
            EMBEDDING,
        ]
        .concat();
        vocabulary.extend(CONTRACTIONS.iter().map(|&(typed, _)| typed));
        vocabulary.extend([
            "Who",
            "When",
            "sweden",
            "ambassador",
            "asylum",
            "assange",
            "embassy",
            "Ecuador",
            "who's",
            "can't",
            "tell",
            "me",
            "know",
            "wondering",
            "?",
            ",",
            ".",
            "!",
            "(",
            "friend)",
            "Thanks!",
            "lol?",
            "who?",
            "pls",
            "x",
        ]);
        let mut state: u64 = 57;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize % n
        };
        (0..count)
            .map(|_| {
                let words: Vec<&str> = (0..2 + next(12))
                    .map(|_| vocabulary[next(vocabulary.len())])
                    .collect();
                words.join(" ")
            })
            .collect()
    }

    /// A message of one clause that shows no courtesy at its ends as typed
    /// ([`may_hold_courtesy`], [`opens_politely`]) holds none the strippers take off, once
    /// tidied otherwise (its contractions, its run-on questions): [`tidy`] runs them only on
    /// the others. (A clause after a question mark, "who? mate everyone", is as typed
    /// whether or not the message also holds a contraction.)
    #[test]
    fn courtesy_shows_at_the_ends() {
        let mut checked = 0;
        for message in drawn_messages(60_000) {
            let body = message.trim_end_matches(|c: char| !c.is_alphanumeric());
            if may_hold_courtesy(&message)
                || opens_politely(&message)
                || shouting(&message)
                || body.contains(['.', '?', '!', ';', ',', '('])
            {
                continue;
            }
            let tidied = tidy(&message).into_owned();
            assert_eq!(without_courtesy(tidied.clone()), tidied, "{message:?}");
            checked += 1;
        }
        assert!(checked > 10_000, "{checked}");
    }

    /// The first and last letters [`contraction_of`] and [`with_elisions`] look at first
    /// hold every word of their lists, in any case, and turn others away.
    #[test]
    fn first_and_last_letters_hold_their_lists() {
        for (typed, _) in CONTRACTIONS {
            let upper = typed.to_uppercase();
            assert!(contraction_of(typed).is_some() && contraction_of(&upper).is_some());
        }
        for mark in FRENCH_MARKS {
            let b = mark.as_bytes();
            assert!(FRENCH_FIRST_LAST.may_hold(b[0], b[b.len() - 1]), "{mark}");
        }
        assert!(!FIRST_LAST.may_hold(b'a', b'e') && !FIRST_LAST.may_hold(b'1', b's'));
    }

    #[test]
    fn finds_what_a_member_tells_of_themselves_after_the_question() {
        for (typed, question) in [
            ("ben wizner? I need it for an essay.", Some("ben wizner?")),
            (
                "who was it? My teacher asked us. I'm stuck!",
                Some("who was it?"),
            ),
            ("who was it? trying to settle a bet", Some("who was it?")),
            // (Not what tells of the case, nor a second question, nor a message of one.)
            ("who was it? He was summoned by Sweden.", None),
            ("who was it? I need it. When was it?", None),
            ("who was it?", None),
            ("I need it for an essay", None),
            // (Run on with no mark, after a question word and three words or more; not "when
            // did I", nor "what I want".)
            (
                "when did assange get asylum I want to know more about it",
                Some("when did assange get asylum"),
            ),
            (
                "who was the lawyer my friend asked about",
                Some("who was the lawyer"),
            ),
            ("when did I say it", None),
            ("what was it that I want to know", None),
            ("assange asylum date I want to know", None),
        ] {
            assert_eq!(after_question_about_member(typed), question, "{typed:?}");
        }
    }

    /// The cheap look at whether a question runs on never misses one the splitter finds.
    #[test]
    fn the_run_on_check_misses_no_run_on() {
        for text in drawn_messages(60_000) {
            // (A message with a full stop, question or exclamation mark before its end is
            // never split: [`tidy`] asks the check first.)
            let body = text.trim_end_matches(|c: char| !c.is_alphanumeric());
            if body.contains(['.', '?', '!', ';']) {
                continue;
            }
            let split = with_run_on_sentences(&text);
            assert!(may_run_on(&text) || split == text, "{text:?} -> {split:?}");
        }
        for text in [
            "sweden summoned an ambassador over it who was that ambassador",
            "sweden summoned an ambassador over it who's the ambassador",
            "sweden summoned an ambassador over it Who’s the ambassador",
            "the OSCE warned the UK before the hearing on what date was that",
            "the OSCE warned the UK before the hearing and when was that",
            "Ellsberg spoke up for him for years What did he say",
            "ok so i read about the letter of the 120 does anyone know who wrote it",
            "the cardinal who was sheltered in the US embassy",
            "who was it",
        ] {
            let split = with_run_on_sentences(text);
            assert!(may_run_on(text) || split == text, "{text:?} -> {split:?}");
        }
    }

    #[test]
    fn leaves_what_asks() {
        // Thanks the question asks about, a greeting with more in its clause, a question
        // that is nothing but courtesy.
        for query in [
            "whose government did he thank in the speech",
            "who did assange thank",
            "thanks!",
            "Sorry, who was it?",
            "what did he say about the US",
            "Who said it? And when?",
            "who said 'the door is open', and when?",
            "when did he speak (from the balcony)",
            "please",
            "wait",
            "the cardinal who was sheltered in the US embassy",
            "I know who was the ambassador",
            "the lawmakers and who was their leader",
            "the speech where he said the door was open. when was it",
            "its date, were they well",
            "tell me more",
            "do you know",
        ] {
            assert_eq!(tidy(query), query, "{query}");
        }
    }
}
