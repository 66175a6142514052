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

/// How log records are written: text for people, or one JSON object per line for a log
/// collector (tracing-subscriber's JSON format, with the current span's fields).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

/// Logs to stderr, filtered by RUST_LOG (default: info for casebot, warnings for the rest),
/// through a writer that blanks the token should any library ever print it.
pub fn init(config: &Config, format: LogFormat) {
    init_with(config.token.expose(), format);
}

/// [`init`] for a process that holds no token (`casebot serve`): `secret` is blanked if
/// non-empty.
pub fn init_with(secret: &str, format: LogFormat) {
    use tracing_subscriber::EnvFilter;
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("warn,casebot=info"));
    let writer = RedactingStderr {
        secret: Arc::from(secret),
    };
    let mut bridge = tracing_log::LogTracer::builder();
    for krate in SILENCED_LOG_CRATES {
        bridge = bridge.ignore_crate(krate);
    }
    // Fails only if a logger is set already (a second init in one process): keep that one.
    let _ = bridge.init();
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer);
    let _ = match format {
        LogFormat::Text => tracing::subscriber::set_global_default(
            builder
                .with_ansi(io::IsTerminal::is_terminal(&io::stderr()))
                .finish(),
        ),
        LogFormat::Json => {
            tracing::subscriber::set_global_default(builder.json().with_current_span(true).finish())
        }
    };
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
