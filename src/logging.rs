//! Logging for the running bot: tracing to stderr, filtered by `RUST_LOG`, through a writer
//! that blanks the bot token should any library ever print it.
//!
//! The websocket library logs every frame it sends, as a decimal byte array, at trace level
//! (through the `log` crate): the gateway IDENTIFY frame carries the token, and an array of
//! numbers gets past any redaction by text. So the `log` records of the websocket crates are
//! dropped where `log` meets `tracing`, whatever `RUST_LOG` asks for: by construction, not by
//! filter. serenity's own (tracing) events say what the gateway does without the frames.

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
    let mut bridge = tracing_log::LogTracer::builder();
    for krate in SILENCED_LOG_CRATES {
        bridge = bridge.ignore_crate(krate);
    }
    // Fails only if a logger is set already (a second init in one process): keep that one.
    let _ = bridge.init();
    let subscriber = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(io::IsTerminal::is_terminal(&io::stderr()))
        .with_writer(writer)
        .finish();
    let _ = tracing::subscriber::set_global_default(subscriber);
}

/// Crates whose `log` records never reach the output: they log raw websocket frames, the
/// IDENTIFY frame with the token among them.
pub const SILENCED_LOG_CRATES: [&str; 2] = ["tungstenite", "tokio_tungstenite"];

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
