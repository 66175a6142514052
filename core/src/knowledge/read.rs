//! Reading fact files and source texts, from disk or from memory: only regular files inside
//! the knowledge directory (a symbolic link is followed only as far as the directory: one to
//! `/etc/passwd` or `/proc/self/environ` would let whoever edits the facts test guesses at
//! any file the bot can read through the verbatim evidence check), whose size is what the file
//! system says (`/proc` files say 0), never more than [`MAX_FILE_BYTES`], and only UTF-8 text
//! (a byte-order mark dropped). A file that cannot be read is a [`Diagnostic`] saying why in
//! plain words.

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::diagnostics::Diagnostic;
use super::locate::LineIndex;

/// Fact files larger than this are refused rather than read into memory.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Fact files held in memory, by path relative to the knowledge directory
/// (`events.json`, `sources/report.txt`): what [`load_files`](super::load::load_files) reads
/// instead of a directory.
pub type Files = HashMap<PathBuf, Vec<u8>>;

/// Where the fact files are read from.
#[derive(Clone, Copy)]
pub(super) enum Origin<'a> {
    /// Files on disk, under `root`: the knowledge directory with every link resolved.
    Disk {
        root: &'a Path,
    },
    Memory(&'a Files),
}

/// Why a file could not be opened or read, in plain words.
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "the file does not exist".to_string(),
        std::io::ErrorKind::PermissionDenied => {
            "the file cannot be read: permission denied".to_string()
        }
        _ => format!("the file cannot be read: {e}"),
    }
}

fn too_large() -> String {
    format!(
        "the file is larger than {} MiB; split it or remove what is not facts",
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

fn outside() -> String {
    "the file is a link to something outside the knowledge directory; fact and source files must be inside it"
        .to_string()
}

fn size_lies() -> String {
    "the file holds more than its size says (a /proc or /sys file, or one being written); fact and source files must be plain files"
        .to_string()
}

/// Reads a whole file from disk: only a regular file (a FIFO would block, a device never end)
/// that is inside `root` once every link is resolved, never more than its size says, and never
/// more than one byte past the limit, so an enormous file is refused unread.
fn read_disk(path: &Path, root: &Path) -> Result<Vec<u8>, String> {
    let not_regular = |meta: &fs::Metadata| {
        if meta.is_dir() {
            Some("the file is a directory".to_string())
        } else if !meta.is_file() {
            Some(
                "the file is not a regular file (a FIFO, socket or device); fact files must be plain files"
                    .to_string(),
            )
        } else if meta.len() > MAX_FILE_BYTES {
            Some(too_large())
        } else {
            None
        }
    };
    // Looked at before opening: opening a FIFO waits for a writer.
    let meta = fs::metadata(path).map_err(|e| io_reason(&e))?;
    if let Some(why) = not_regular(&meta) {
        return Err(why);
    }
    let real = fs::canonicalize(path).map_err(|e| io_reason(&e))?;
    if !real.starts_with(root) {
        return Err(outside());
    }
    let file = fs::File::open(&real).map_err(|e| io_reason(&e))?;
    // And again once open, in case the file was replaced in between.
    let meta = file.metadata().map_err(|e| io_reason(&e))?;
    if let Some(why) = not_regular(&meta) {
        return Err(why);
    }
    // Sized once from the metadata (`take` hides the size from `read_to_end`, which would
    // otherwise grow the buffer by doubling: copies and fresh pages at 100k facts), and read
    // one byte past it: a file with more in it than its size says is refused.
    let size = meta.len();
    let mut bytes = Vec::with_capacity(size as usize + 1);
    file.take(size + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("the file cannot be read: {e}"))?;
    if bytes.len() as u64 > size {
        return Err(size_lies());
    }
    Ok(bytes)
}

/// Reads a whole file as UTF-8 text, refusing huge files and naming the first bad byte.
pub(super) fn read_text(path: &Path, origin: Origin<'_>) -> Result<String, Diagnostic> {
    let bytes = match origin {
        Origin::Disk { root } => read_disk(path, root),
        Origin::Memory(files) => files
            .get(path)
            .cloned()
            .ok_or_else(|| io_reason(&std::io::ErrorKind::NotFound.into())),
    };
    let mut bytes = bytes.map_err(|why| Diagnostic::whole_file(path, why))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Diagnostic::whole_file(path, too_large()));
    }
    // A byte-order mark, as some editors write, is not part of the text.
    if bytes.starts_with(b"\xef\xbb\xbf") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        let (line, column) = LineIndex::new(&prefix).line_col(&prefix, prefix.len());
        Diagnostic::at(
            path,
            line,
            column,
            String::new(),
            "the file is not valid UTF-8 text (save it as UTF-8)".to_string(),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 11, item 3: /proc files say they are empty and are not; such a file is refused,
    /// whatever directory it is in.
    #[test]
    fn a_file_holding_more_than_its_size_says_is_refused() {
        let status = Path::new("/proc/self/status");
        if status.exists() {
            assert_eq!(read_disk(status, Path::new("/")), Err(size_lies()));
        }
        let dir = std::env::temp_dir();
        let root = fs::canonicalize(&dir).expect("temp dir");
        assert_eq!(read_disk(Path::new("/etc/hostname"), &root), Err(outside()));
    }

    #[test]
    fn open_errors_read_plainly() {
        use std::io::{Error, ErrorKind};
        // Root reads through chmod 000, so tests/corpus.rs may not reach this wording.
        assert_eq!(
            io_reason(&Error::from(ErrorKind::PermissionDenied)),
            "the file cannot be read: permission denied"
        );
        assert_eq!(
            io_reason(&Error::from(ErrorKind::NotFound)),
            "the file does not exist"
        );
    }
}
