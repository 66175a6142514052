//! The `casebot` command line: `ask`, `check`, `list` and `run`, their printing, and exit
//! codes (0 ok — a "not found" is ok —, 1 a failed check, 2 usage or unreadable input).
//!
//! The output of `ask --json`, `ask --batch --json` and `list --json` is a stable contract
//! that scripts and the bot's tests rely on; see README.md.

use std::ffi::OsString;
use std::io::{self, BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use serde::{Deserialize, Serialize};

use std::sync::Arc;

use crate::config::{Config, ConfigError, ProcessEnv};
use crate::discord;
use crate::terminal;
use casebot_core::answer::AnswerView;
use casebot_core::knowledge::{Command, FactBase, Severity, check_dir};
use casebot_core::live::Live;
use casebot_core::matching::Engine;
use casebot_core::service::{self, AskResult, Service};

/// Exit code of a failed check (or of facts that do not load).
pub const EXIT_CHECK_FAILED: u8 = 1;
/// Exit code of a usage error or unreadable input.
pub const EXIT_USAGE: u8 = 2;

/// A batch input line longer than this is answered `invalid` and skipped, unread.
pub const BATCH_LINE_MAX: usize = 64 * 1024;

#[derive(Debug, Parser)]
#[command(
    name = "casebot",
    version,
    about = "Answers questions about the Julian Assange case from a curated, source-checked fact base",
    after_help = "With no subcommand, casebot runs the Discord bot (`casebot run`).\nTry it offline: casebot ask who hague"
)]
struct Cli {
    /// The knowledge directory [default: $CASEBOT_KNOWLEDGE, else ./knowledge]
    #[arg(long, global = true, value_name = "DIR")]
    knowledge: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Sub>,
}

#[derive(Debug, Subcommand)]
enum Sub {
    /// Run the Discord bot (needs DISCORD_TOKEN; see .env.example)
    Run {
        /// Reload by itself when a file in the knowledge directory changes (or CASEBOT_WATCH=1)
        #[arg(long)]
        watch: bool,
    },
    /// Ask a question offline, exactly as the bot would answer it
    #[command(
        after_help = "Examples:\n  casebot ask who hague\n  casebot ask when \"when did ecuador grant asylum\" --json\n  echo '{\"command\": \"who\", \"query\": \"hague\"}' | casebot ask --batch --json"
    )]
    Ask {
        /// Print the result as JSON
        #[arg(long)]
        json: bool,
        /// Read JSON lines {"command": ..., "query": ...} from stdin, write one JSON result per line
        #[arg(long, conflicts_with_all = ["kind", "query"])]
        batch: bool,
        /// when (events), who (people and organisations) or quote (quotations)
        #[arg(value_parser = parse_command, required_unless_present = "batch")]
        kind: Option<Command>,
        /// What to look for
        #[arg(required_unless_present = "batch", num_args = 1..)]
        query: Vec<String>,
    },
    /// Validate a knowledge directory and report every problem
    Check {
        /// The directory to check [default: the knowledge directory]
        dir: Option<PathBuf>,
    },
    /// List every fact with its id, command and keys
    List {
        /// Only this command's facts: when, who or quote
        #[arg(value_parser = parse_command)]
        kind: Option<Command>,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
}

fn parse_command(s: &str) -> Result<Command, String> {
    s.parse()
}

/// The knowledge directory: `--knowledge`, else `CASEBOT_KNOWLEDGE`, else `./knowledge`.
pub fn knowledge_dir(flag: Option<PathBuf>) -> PathBuf {
    flag.or_else(|| {
        std::env::var_os("CASEBOT_KNOWLEDGE")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
    .unwrap_or_else(|| PathBuf::from("knowledge"))
}

/// Runs the command line and returns the process exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_USAGE } else { 0 });
        }
    };
    let dir = knowledge_dir(cli.knowledge);
    match cli.command.unwrap_or(Sub::Run { watch: false }) {
        Sub::Run { watch } => run_bot(dir, watch),
        Sub::Ask {
            json,
            batch,
            kind,
            query,
        } => {
            let Some(engine) = load_engine(&dir) else {
                return ExitCode::from(EXIT_CHECK_FAILED);
            };
            if batch {
                batch_ask(&engine)
            } else {
                // clap enforces both when --batch is absent.
                let kind = kind.unwrap_or(Command::Who);
                ask_once(&engine, kind, &query.join(" "), json)
            }
        }
        Sub::Check { dir: checked } => check(&checked.unwrap_or(dir)),
        Sub::List { kind, json } => {
            let Some(engine) = load_engine(&dir) else {
                return ExitCode::from(EXIT_CHECK_FAILED);
            };
            list(engine.base(), kind, json)
        }
    }
}

/// Loads the facts, printing every error if they do not validate.
fn load_engine(dir: &Path) -> Option<Engine> {
    match FactBase::load(dir) {
        Ok((base, _warnings)) => Some(Engine::new(base)),
        Err(failure) => {
            eprintln!("casebot: cannot load the facts in {}:", dir.display());
            for d in failure.errors() {
                eprintln!("{d}");
            }
            eprintln!("Run `casebot check {}` for the full report.", dir.display());
            None
        }
    }
}

fn print_json<T: Serialize>(value: &T) -> bool {
    match serde_json::to_string(value) {
        Ok(text) => {
            println!("{text}");
            true
        }
        Err(e) => {
            eprintln!("casebot: cannot write JSON: {e}");
            false
        }
    }
}

fn ask_once(engine: &Engine, kind: Command, query: &str, json: bool) -> ExitCode {
    let response = service::handle(engine, kind, query);
    let invalid = matches!(
        response.outcome,
        casebot_core::matching::Outcome::Invalid(_)
    );
    if json {
        print_json(&AskResult::new(engine, &response));
    } else {
        print!("{}", terminal::render(&response.reply));
    }
    ExitCode::from(if invalid { EXIT_USAGE } else { 0 })
}

/// One line of `--batch` input.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BatchQuestion {
    command: String,
    query: String,
}

/// What reading one line produced.
enum Line {
    Text(String),
    TooLong(usize),
    NotUtf8,
}

/// Reads one line, keeping at most `max` bytes of it in memory; `None` at end of input.
fn read_line_bounded<R: BufRead>(reader: &mut R, max: usize) -> io::Result<Option<Line>> {
    let mut kept = Vec::new();
    let mut total = 0usize;
    let mut any = false;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        if kept.len() < max {
            let room = max - kept.len();
            kept.extend_from_slice(&chunk[..take.min(room)]);
        }
        total += take;
        reader.consume(if done { take + 1 } else { take });
        if done {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if total > max {
        return Ok(Some(Line::TooLong(total)));
    }
    if kept.last() == Some(&b'\r') {
        kept.pop();
    }
    Ok(Some(match String::from_utf8(kept) {
        Ok(s) => Line::Text(s),
        Err(_) => Line::NotUtf8,
    }))
}

fn batch_ask(engine: &Engine) -> ExitCode {
    let mut input = io::BufReader::with_capacity(64 * 1024, io::stdin());
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    loop {
        let line = match read_line_bounded(&mut input, BATCH_LINE_MAX) {
            Ok(Some(line)) => line,
            Ok(None) => break,
            Err(e) => {
                let _ = out.flush();
                eprintln!("casebot: cannot read standard input: {e}");
                return ExitCode::from(EXIT_USAGE);
            }
        };
        let result = match line {
            Line::TooLong(n) => AskResult::invalid(format!(
                "the line is {n} bytes long; at most {BATCH_LINE_MAX} are read"
            )),
            Line::NotUtf8 => AskResult::invalid("the line is not valid UTF-8".to_string()),
            Line::Text(text) => match serde_json::from_str::<BatchQuestion>(&text) {
                Err(e) => AskResult::invalid(format!(
                    "expected {{\"command\": \"when|who|quote\", \"query\": \"...\"}}: {e}"
                )),
                Ok(q) => match q.command.parse::<Command>() {
                    Err(e) => AskResult::invalid(e),
                    Ok(kind) => AskResult::new(engine, &service::handle(engine, kind, &q.query)),
                },
            },
        };
        let written = serde_json::to_string(&result)
            .map_err(io::Error::other)
            .and_then(|text| writeln!(out, "{text}"));
        // Answer interactive callers line by line; batch through when input is queued.
        let flushed = written.and_then(|()| {
            if input.buffer().is_empty() {
                out.flush()
            } else {
                Ok(())
            }
        });
        if let Err(e) = flushed {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("casebot: cannot write the result: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
    }
    match out.flush() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("casebot: cannot write the result: {e}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

fn check(dir: &Path) -> ExitCode {
    let checked = check_dir(dir);
    for d in &checked.diagnostics {
        println!("{d}");
    }
    let errors = checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = checked.diagnostics.len() - errors;
    match &checked.base {
        Some(base) => {
            println!(
                "ok: {} events, {} people and organisations, {} quotes, from {} sources ({} keys); {warnings} warning{}",
                base.events.len(),
                base.people.len(),
                base.quotes.len(),
                base.sources.len(),
                base.key_count(),
                if warnings == 1 { "" } else { "s" },
            );
            ExitCode::SUCCESS
        }
        None => {
            println!(
                "failed: {errors} error{}, {warnings} warning{} in {}",
                if errors == 1 { "" } else { "s" },
                if warnings == 1 { "" } else { "s" },
                dir.display()
            );
            ExitCode::from(EXIT_CHECK_FAILED)
        }
    }
}

/// One fact in `list --json`: its id, command and keys, and every answer field.
#[derive(Serialize)]
struct Listed<'a> {
    command: Command,
    keys: Vec<&'a str>,
    #[serde(flatten)]
    answer: AnswerView,
}

fn list(base: &FactBase, only: Option<Command>, json: bool) -> ExitCode {
    let commands: Vec<Command> = match only {
        Some(c) => vec![c],
        None => Command::ALL.to_vec(),
    };
    let facts = commands.iter().flat_map(|&c| base.refs(c));
    if json {
        let listed: Vec<Listed> = facts
            .map(|f| Listed {
                command: f.command,
                keys: base.keys(f),
                answer: AnswerView::new(base, f),
            })
            .collect();
        return if print_json(&listed) {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(EXIT_USAGE)
        };
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for f in facts {
        let line = format!(
            "{:<5} {:<40} {}\n      keys: {}\n",
            f.command.as_str(),
            base.id(f),
            base.label(f),
            base.keys(f).join(" | ")
        );
        if out.write_all(line.as_bytes()).is_err() {
            return ExitCode::SUCCESS; // a closed pipe (`| head`) is not an error
        }
    }
    let _ = out.flush();
    ExitCode::SUCCESS
}

/// `casebot run`: the Discord bot.
fn run_bot(dir: PathBuf, watch: bool) -> ExitCode {
    // A .env file fills in what the environment does not set.
    let _ = dotenvy::dotenv();
    let config = match Config::from_env(&ProcessEnv, dir.clone(), watch) {
        Ok(config) => config,
        Err(ConfigError::MissingToken) => {
            eprintln!("{}", no_token_help(&dir));
            return ExitCode::from(EXIT_USAGE);
        }
        Err(e) => {
            eprintln!("casebot: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    init_logging(&config);
    let live = match Live::load(&config.knowledge) {
        Ok(live) => Arc::new(live),
        Err(failure) => {
            eprintln!(
                "casebot: cannot load the facts in {}:",
                config.knowledge.display()
            );
            for d in failure.errors() {
                eprintln!("{d}");
            }
            return ExitCode::from(EXIT_CHECK_FAILED);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("casebot: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let service = Arc::new(Service::new(live));
    match runtime.block_on(discord::run(config, service, discord::shutdown_signal())) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e}");
            eprintln!("casebot: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Logs to stderr, filtered by RUST_LOG (default: info for casebot, warnings for the rest),
/// through a writer that blanks the token should any library ever print it.
fn init_logging(config: &Config) {
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

fn no_token_help(dir: &Path) -> String {
    format!(
        "casebot: DISCORD_TOKEN is not set, so the bot cannot connect to Discord.

To run the bot:
  1. Create an application at https://discord.com/developers/applications,
     open its Bot page and copy the token (Reset Token).
  2. Copy .env.example to .env and set DISCORD_TOKEN=<the token>
     (or export DISCORD_TOKEN in your shell), then run `casebot` again.

To try the answers offline, no token needed:
  casebot ask who hague
  casebot ask when \"when did ecuador grant asylum\"
  casebot ask quote \"door is open\"
  casebot list who
{}",
        if dir.is_dir() {
            format!("(facts from {})", dir.display())
        } else {
            format!(
                "(no facts at {}: run from the casebot folder, or point --knowledge DIR or CASEBOT_KNOWLEDGE at its knowledge folder)",
                dir.display()
            )
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], max: usize) -> Vec<String> {
        let mut reader = io::BufReader::with_capacity(4, input);
        let mut out = Vec::new();
        while let Some(line) = read_line_bounded(&mut reader, max).unwrap() {
            out.push(match line {
                Line::Text(s) => s,
                Line::TooLong(n) => format!("<too long {n}>"),
                Line::NotUtf8 => "<not utf8>".to_string(),
            });
        }
        out
    }

    #[test]
    fn bounded_lines_split_and_cap() {
        assert_eq!(lines(b"ab\ncd\r\n\nlast", 10), ["ab", "cd", "", "last"]);
        assert_eq!(lines(b"0123456789abc\nok\n", 10), ["<too long 13>", "ok"]);
        assert_eq!(lines(b"\xff\xfe\nok", 10), ["<not utf8>", "ok"]);
        assert!(lines(b"", 10).is_empty());
    }
}
