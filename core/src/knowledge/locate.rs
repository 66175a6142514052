//! Finds where a value sits in a JSON text, so that a problem found after parsing (a dangling
//! id, a duplicate key) can still be reported with its line and column.
//!
//! serde_json keeps no spans in a `Value`; this walks the already-validated text along a path
//! of object keys and array indexes. On a path that does not exist it stops at the deepest
//! value it reached, which is where the curator has to look anyway.
//!
//! Locating is linear in the size of a file, however many problems it has: a [`LineIndex`]
//! (where each line starts, and how many characters come before each block of bytes) and the
//! spans of the top-level records are built once per text, and each diagnostic then costs a
//! binary search and a walk inside its own record. Callers pass the text itself ([`span`],
//! [`line_col`]), so the index is kept beside it, per thread, for the few texts being checked
//! (see [`Indexes`]). Before, each diagnostic rescanned its file from the first byte: 10,000
//! dangling references took minutes.

/// One step of a path into a JSON document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

impl Seg {
    pub fn key(name: &str) -> Self {
        Seg::Key(name.to_string())
    }
}

/// The path as an RFC 6901 JSON pointer, e.g. `/3/keys/0`.
pub fn pointer(path: &[Seg]) -> String {
    path.iter()
        .map(|seg| match seg {
            Seg::Key(k) => format!("/{}", k.replace('~', "~0").replace('/', "~1")),
            Seg::Index(i) => format!("/{i}"),
        })
        .collect()
}

/// The byte span `start..end` of the value at `path` (or of the deepest value on the way).
pub fn span(text: &str, path: &[Seg]) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut start = skip_ws(bytes, 0);
    let mut rest = path;
    // A record of the top-level array: straight to it, from the spans found once.
    if let [Seg::Index(i), tail @ ..] = path
        && let Some((element, _)) = with_index(text, |index| index.element(text, *i)).flatten()
    {
        start = element;
        rest = tail;
    }
    for seg in rest {
        match find_child(text, start, seg) {
            Some(child) => start = child,
            None => break,
        }
    }
    (start, skip_value(bytes, start))
}

/// The byte spans of every element of the top-level array, in one pass (looking each one up
/// with [`span`] would rescan from the start, quadratic in the number of records). Empty if
/// the document is not an array.
pub fn element_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let start = skip_ws(bytes, 0);
    if bytes.get(start) != Some(&b'[') {
        return spans;
    }
    let mut j = skip_ws(bytes, start + 1);
    if bytes.get(j) == Some(&b']') {
        return spans;
    }
    while j < bytes.len() {
        let end = skip_value(bytes, j);
        spans.push((j, end));
        j = skip_ws(bytes, end);
        if bytes.get(j) != Some(&b',') {
            break;
        }
        j = skip_ws(bytes, j + 1);
    }
    spans
}

/// The path from the value starting at `start` down to the deepest value holding byte
/// `offset` (empty if it is the value itself): where inside a field serde_json stopped.
pub fn path_at(text: &str, start: usize, offset: usize) -> Vec<Seg> {
    let mut path = Vec::new();
    let mut i = start;
    while let Some((seg, child)) = child_holding(text, i, offset) {
        path.push(seg);
        i = child;
    }
    path
}

/// The child of the container starting at `i` whose value holds byte `offset`, and where
/// that value starts.
fn child_holding(text: &str, i: usize, offset: usize) -> Option<(Seg, usize)> {
    let bytes = text.as_bytes();
    let open = *bytes.get(i).filter(|b| matches!(b, b'[' | b'{'))?;
    let mut j = skip_ws(bytes, i + 1);
    let mut index = 0;
    while j < bytes.len() && !matches!(bytes[j], b']' | b'}') {
        let (seg, value) = if open == b'{' {
            let key_end = skip_string(bytes, j);
            let key = serde_json::from_str::<String>(text.get(j..key_end)?).ok()?;
            (Seg::Key(key), skip_ws(bytes, skip_ws(bytes, key_end) + 1))
        } else {
            (Seg::Index(index), j)
        };
        let end = skip_value(bytes, value);
        if (value..end).contains(&offset) {
            return Some((seg, value));
        }
        j = skip_ws(bytes, end);
        if bytes.get(j) != Some(&b',') {
            return None;
        }
        j = skip_ws(bytes, j + 1);
        index += 1;
    }
    None
}

/// The offset of the closing quote of the key whose value starts at `value` (an object's
/// member), or `value` itself if none precedes it.
pub fn key_end(text: &str, value: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = value;
    while i > 0 && bytes[i - 1].is_ascii_whitespace() {
        i -= 1;
    }
    if i == 0 || bytes[i - 1] != b':' {
        return value;
    }
    i -= 1;
    while i > 0 && bytes[i - 1].is_ascii_whitespace() {
        i -= 1;
    }
    if i > 0 && bytes[i - 1] == b'"' {
        i - 1
    } else {
        value
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    with_index(text, |index| index.line_col(text, offset))
        .unwrap_or_else(|| LineIndex::new(text).line_col(text, offset))
}

/// Bytes per block of [`LineIndex`]'s character counts: a column is counted from the start of
/// its block, not of its line (a file of 100,000 records may be one line).
const BLOCK: usize = 1024;

/// Where each line of a text starts, and how many characters precede each [`BLOCK`] of bytes:
/// the line and column of any offset without reading the text before it.
#[derive(Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    chars_before_block: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let line_starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1))
            .collect();
        let mut chars_before_block = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut chars = 0;
        for block in bytes.chunks(BLOCK) {
            chars_before_block.push(chars);
            chars += count_chars(block);
        }
        chars_before_block.push(chars);
        LineIndex {
            line_starts,
            chars_before_block,
        }
    }

    /// 1-based line and column (in characters) of a byte offset in `text`, the text this
    /// index was built from.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[line - 1];
        let column = self.chars_before(text, offset) - self.chars_before(text, line_start) + 1;
        (line, column)
    }

    /// The number of characters before byte `offset` (a character boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let block = offset / BLOCK;
        self.chars_before_block[block] + count_chars(&text.as_bytes()[block * BLOCK..offset])
    }
}

/// Characters in UTF-8 bytes cut anywhere: the bytes that start one.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Texts shorter than this are located by reading them: an index would not pay.
const INDEX_MIN_BYTES: usize = 4096;
/// How many texts a thread keeps an index for: the fact files it checks at once.
const INDEXES_KEPT: usize = 4;

/// The index of one text, and the spans of its top-level records once asked for.
struct Indexed {
    key: TextKey,
    lines: LineIndex,
    elements: Option<Vec<(usize, usize)>>,
}

impl Indexed {
    fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        self.lines.line_col(text, offset)
    }

    fn element(&mut self, text: &str, i: usize) -> Option<(usize, usize)> {
        self.elements
            .get_or_insert_with(|| element_spans(text))
            .get(i)
            .copied()
    }
}

/// Which text an index belongs to: where it lives, its length, and a sample of its bytes (a
/// text freed and another of the same length allocated in its place differs in the sample but
/// for the rarest edits; [`forget`] drops every index when a load ends, so none outlives the
/// texts it was built for).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TextKey {
    address: usize,
    len: usize,
    sample: u64,
}

impl TextKey {
    fn of(text: &str) -> TextKey {
        let bytes = text.as_bytes();
        let mut sample: u64 = 0xcbf2_9ce4_8422_2325;
        let step = (bytes.len() / 64).max(1);
        for &b in bytes.iter().step_by(step) {
            sample = (sample ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        TextKey {
            address: text.as_ptr() as usize,
            len: bytes.len(),
            sample,
        }
    }
}

/// The indexes a thread has built, most recently used first.
type Indexes = Vec<Indexed>;

thread_local! {
    static INDEXES: std::cell::RefCell<Indexes> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` on the index of `text`, built on first use; `None` for a short text.
fn with_index<R>(text: &str, f: impl FnOnce(&mut Indexed) -> R) -> Option<R> {
    if text.len() < INDEX_MIN_BYTES {
        return None;
    }
    let key = TextKey::of(text);
    INDEXES.with(|cell| {
        let mut indexes = cell.borrow_mut();
        match indexes.iter().position(|i| i.key == key) {
            Some(0) => {}
            Some(at) => {
                let found = indexes.remove(at);
                indexes.insert(0, found);
            }
            None => {
                indexes.truncate(INDEXES_KEPT - 1);
                indexes.insert(
                    0,
                    Indexed {
                        key,
                        lines: LineIndex::new(text),
                        elements: None,
                    },
                );
            }
        }
        Some(f(&mut indexes[0]))
    })
}

/// Drops this thread's indexes: a load calls it when it starts and ends.
pub fn forget() {
    INDEXES.with(|cell| cell.borrow_mut().clear());
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn skip_ws(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// The offset just after the string starting at `i` (which is a `"`).
fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The offset just after the value starting at `i`.
fn skip_value(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i) {
        Some(b'"') => skip_string(bytes, i),
        Some(&open @ (b'{' | b'[')) => {
            let close = if open == b'{' { b'}' } else { b']' };
            let mut j = skip_ws(bytes, i + 1);
            if bytes.get(j) == Some(&close) {
                return j + 1;
            }
            loop {
                if open == b'{' {
                    j = skip_string(bytes, j);
                    j = skip_ws(bytes, j) + 1; // the colon
                    j = skip_ws(bytes, j);
                }
                j = skip_ws(bytes, skip_value(bytes, j));
                match bytes.get(j) {
                    Some(b',') => j = skip_ws(bytes, j + 1),
                    Some(_) => return j + 1,
                    None => return bytes.len(),
                }
            }
        }
        Some(_) => {
            let mut j = i;
            while j < bytes.len() && !matches!(bytes[j], b',' | b'}' | b']') {
                if bytes[j].is_ascii_whitespace() {
                    break;
                }
                j += 1;
            }
            j
        }
        None => bytes.len(),
    }
}

/// The offset of the child `seg` of the container starting at `i`.
fn find_child(text: &str, i: usize, seg: &Seg) -> Option<usize> {
    let bytes = text.as_bytes();
    match (bytes.get(i)?, seg) {
        (b'[', Seg::Index(want)) => {
            let mut j = skip_ws(bytes, i + 1);
            if bytes.get(j) == Some(&b']') {
                return None;
            }
            let mut index = 0;
            loop {
                if index == *want {
                    return Some(j);
                }
                j = skip_ws(bytes, skip_value(bytes, j));
                if bytes.get(j) != Some(&b',') {
                    return None;
                }
                j = skip_ws(bytes, j + 1);
                index += 1;
            }
        }
        (b'{', Seg::Key(want)) => {
            let mut j = skip_ws(bytes, i + 1);
            if bytes.get(j) == Some(&b'}') {
                return None;
            }
            loop {
                let key_end = skip_string(bytes, j);
                let key: Option<String> = serde_json::from_str(text.get(j..key_end)?).ok();
                let value = skip_ws(bytes, skip_ws(bytes, key_end) + 1);
                if key.as_deref() == Some(want.as_str()) {
                    return Some(value);
                }
                j = skip_ws(bytes, skip_value(bytes, value));
                if bytes.get(j) != Some(&b',') {
                    return None;
                }
                j = skip_ws(bytes, j + 1);
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "[\n  {\"id\": \"a\", \"keys\": [\"x\", \"y\"]},\n  {\"id\": \"b\\\"q\", \"n\": {\"k\": [1, 2.5e3, true]}}\n]";

    fn at(path: &[Seg]) -> (usize, usize) {
        line_col(DOC, span(DOC, path).0)
    }

    #[test]
    fn finds_nested_values() {
        assert_eq!(at(&[]), (1, 1));
        assert_eq!(at(&[Seg::Index(0)]), (2, 3));
        assert_eq!(
            at(&[Seg::Index(0), Seg::key("keys"), Seg::Index(1)]),
            (2, 29)
        );
        assert_eq!(
            at(&[Seg::Index(1), Seg::key("n"), Seg::key("k"), Seg::Index(2)]),
            (3, 40)
        );
    }

    #[test]
    fn spans_whole_values() {
        let (start, end) = span(DOC, &[Seg::Index(1)]);
        let element: serde_json::Value = serde_json::from_str(&DOC[start..end]).unwrap();
        assert_eq!(element["id"], "b\"q");
    }

    #[test]
    fn element_spans_match_span() {
        let spans = element_spans(DOC);
        assert_eq!(spans.len(), 2);
        for (i, s) in spans.iter().enumerate() {
            assert_eq!(*s, span(DOC, &[Seg::Index(i)]));
        }
        assert!(element_spans("{}").is_empty());
        assert!(element_spans(" [ ] ").is_empty());
    }

    #[test]
    fn missing_path_stops_at_deepest_value() {
        assert_eq!(at(&[Seg::Index(0), Seg::key("nope")]), (2, 3));
        assert_eq!(at(&[Seg::Index(7)]), (1, 1));
    }

    /// Line and column from the index agree with counting, on long lines, short ones and
    /// characters of every width, at every offset (also inside a character).
    #[test]
    fn the_index_agrees_with_counting() {
        let counted = |text: &str, offset: usize| {
            let offset = floor_char_boundary(text, offset.min(text.len()));
            let before = &text[..offset];
            let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            (line, before[line_start..].chars().count() + 1)
        };
        let mut text = String::new();
        for i in 0..3000 {
            text.push_str(["a", "é", "€", "𝄞", "\n", "{}, "][i % 6]);
            if i % 700 == 0 {
                text.push_str(&"x".repeat(2 * BLOCK + 3));
            }
        }
        let index = LineIndex::new(&text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                index.line_col(&text, offset),
                counted(&text, offset),
                "{offset}"
            );
            assert_eq!(line_col(&text, offset), counted(&text, offset), "{offset}");
        }
        assert_eq!(LineIndex::new("").line_col("", 0), (1, 1));
        forget();
    }

    /// A big document located through the thread's index gives what walking it gives.
    #[test]
    fn indexed_spans_match_walking() {
        let doc = format!(
            "[\n{}\n]",
            (0..2000)
                .map(|i| format!("  {{\"id\": \"r{i}\", \"keys\": [\"k\", \"é{i}\"]}}"))
                .collect::<Vec<_>>()
                .join(",\n")
        );
        assert!(doc.len() > INDEX_MIN_BYTES);
        for i in [0, 1, 999, 1999, 2000] {
            let path = [Seg::Index(i), Seg::key("keys"), Seg::Index(1)];
            let walked = {
                let bytes = doc.as_bytes();
                let mut start = skip_ws(bytes, 0);
                for seg in &path {
                    match find_child(&doc, start, seg) {
                        Some(child) => start = child,
                        None => break,
                    }
                }
                (start, skip_value(bytes, start))
            };
            assert_eq!(span(&doc, &path), walked, "{i}");
        }
        forget();
    }

    #[test]
    fn path_at_finds_the_value_holding_an_offset() {
        let text = r#"{"a": [1, {"b": "xy"}], "c": 2}"#;
        let a = text.find('[').unwrap();
        let y = text.find("xy").unwrap();
        assert_eq!(path_at(text, a, y), vec![Seg::Index(1), Seg::key("b")]);
        assert_eq!(path_at(text, a, a), Vec::<Seg>::new());
        assert_eq!(
            path_at(text, 0, y),
            vec![Seg::key("a"), Seg::Index(1), Seg::key("b")]
        );
        assert_eq!(
            key_end(text, text.find('2').unwrap()),
            text.find("c\"").unwrap() + 1
        );
    }

    #[test]
    fn pointer_escapes() {
        assert_eq!(pointer(&[Seg::Index(3), Seg::key("a/b~")]), "/3/a~1b~0");
    }
}
