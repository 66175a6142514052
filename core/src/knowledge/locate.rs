//! Finds where a value sits in a JSON text, so that a problem found after parsing (a dangling
//! id, a duplicate key) can still be reported with its line and column.
//!
//! serde_json keeps no spans in a `Value`; this walks the already-validated text along a path
//! of object keys and array indexes. On a path that does not exist it stops at the deepest
//! value it reached, which is where the curator has to look anyway.

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
    for seg in path {
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

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
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

    #[test]
    fn pointer_escapes() {
        assert_eq!(pointer(&[Seg::Index(3), Seg::key("a/b~")]), "/3/a~1b~0");
    }
}
