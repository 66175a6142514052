//! Logging for the running bot: tracing to stderr, filtered by `RUST_LOG`, through a writer
//! that blanks the bot token should any library ever print it.

use std::io::{self, Write};
use std::sync::Arc;

use crate::config::Config;

/// Logs to stderr, filtered by RUST_LOG (default: info for casebot, warnings for the rest),
/// through a writer that blanks the token should any library ever print it.
pub fn init(config: &Config) {
    use tracing_subscriber::EnvFilter;
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("warn,casebot=info"));
    let writer = RedactingStderr {
        secret: Arc::from(config.token.expose()),
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(io::IsTerminal::is_terminal(&io::stderr()))
        .with_writer(writer)
        .try_init();
}

/// stderr, with every occurrence of the secret replaced before it is written.
#[derive(Clone)]
struct RedactingStderr {
    secret: Arc<str>,
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for RedactingStderr {
    type Writer = RedactingLine;

    fn make_writer(&'a self) -> Self::Writer {
        RedactingLine {
            secret: Arc::clone(&self.secret),
            buf: Vec::new(),
        }
    }
}

/// One log record, buffered whole so the secret cannot be split across writes.
struct RedactingLine {
    secret: Arc<str>,
    buf: Vec<u8>,
}

impl Write for RedactingLine {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for RedactingLine {
    fn drop(&mut self) {
        let text = String::from_utf8_lossy(&self.buf);
        let text = if self.secret.is_empty() {
            text.into_owned()
        } else {
            text.replace(&*self.secret, "[redacted]")
        };
        let _ = io::stderr().write_all(text.as_bytes());
    }
}
