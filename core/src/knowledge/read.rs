//! Reading fact files and source texts, from disk or from memory: only regular files, never
//! more than [`MAX_FILE_BYTES`], and only UTF-8 text (a byte-order mark dropped). A file that
//! cannot be read is a [`Diagnostic`] saying why in plain words.

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::diagnostics::Diagnostic;
use super::locate::line_col;

/// Fact files larger than this are refused rather than read into memory.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Fact files held in memory, by path relative to the knowledge directory
/// (`events.json`, `sources/report.txt`): what [`load_files`](super::load::load_files) reads
/// instead of a directory.
pub type Files = HashMap<PathBuf, Vec<u8>>;

/// Where the fact files are read from.
#[derive(Clone, Copy)]
pub(super) enum Origin<'a> {
    Disk,
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

/// Reads a whole file from disk: only a regular file (a FIFO would block, a device never end),
/// and never more than one byte past the limit, so an enormous file is refused unread.
fn read_disk(path: &Path) -> Result<Vec<u8>, String> {
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
    let file = fs::File::open(path).map_err(|e| io_reason(&e))?;
    // And again once open, in case the file was replaced in between.
    let meta = file.metadata().map_err(|e| io_reason(&e))?;
    if let Some(why) = not_regular(&meta) {
        return Err(why);
    }
    // Sized once from the metadata (`take` hides the size from `read_to_end`, which would
    // otherwise grow the buffer by doubling: copies and fresh pages at 100k facts). A file
    // that grows meanwhile is still read, up to one byte past the limit.
    let mut bytes = Vec::with_capacity(meta.len().min(MAX_FILE_BYTES) as usize + 1);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("the file cannot be read: {e}"))?;
    Ok(bytes)
}

/// Reads a whole file as UTF-8 text, refusing huge files and naming the first bad byte.
pub(super) fn read_text(path: &Path, origin: Origin<'_>) -> Result<String, Diagnostic> {
    let bytes = match origin {
        Origin::Disk => read_disk(path),
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
        let (line, column) = line_col(&prefix, prefix.len());
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
