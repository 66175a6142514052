//! The `casebot` command line: `ask`, `check`, `list`, `run` (the gateway bot) and `serve`
//! (the HTTP interactions endpoint), their printing, and the one place where errors become
//! messages and exit codes ([`run`]).
//!
//! # Exit codes
//! - `0`: done. A question the case file has nothing on is answered ("not found"), so it is 0
//!   too; so are `--help`, `--version`, and output cut short by a closed pipe (`| head`).
//! - `1` ([`EXIT_CHECK_FAILED`]): `check` found errors, the facts do not load (any command
//!   that needs them), or the bot or the HTTP server stopped on an error after it started.
//! - `2` ([`EXIT_USAGE`]): a usage error, an invalid query (too long, empty), unreadable input,
//!   or a configuration problem (no or malformed `DISCORD_TOKEN` or `DISCORD_PUBLIC_KEY`, a
//!   bad variable, an address `serve` cannot listen on).
//!
//! The output of `ask --json`, `ask --batch --json` and `list --json` is a stable contract
//! that scripts and the bot's tests rely on; see README.md.

use std::ffi::OsString;
use std::io::{self, BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use serde::{Deserialize, Serialize};

use casebot_core::answer::AnswerView;
use casebot_core::knowledge::diagnostics::{SHOWN_PER_RULE, listed, thousands};
use casebot_core::knowledge::{Command, FactBase, LoadFailure, check_dir};
use casebot_core::live::Live;
use casebot_core::matching::Outcome;
use casebot_core::service::{AskResult, Service};

use crate::config::{Config, ConfigError, ProcessEnv, ServeConfig};
use crate::discord::{self, BotError};
use crate::logging::LogFormat;
use crate::status::Status;
use crate::{logging, runtime, terminal};

/// Exit code of a failed check, of facts that do not load, or of a bot that failed.
pub const EXIT_CHECK_FAILED: u8 = 1;
/// Exit code of a usage error, an invalid query, unreadable input or a bad configuration.
pub const EXIT_USAGE: u8 = 2;

/// A batch input line longer than this is answered `invalid` and skipped, unread.
pub const BATCH_LINE_MAX: usize = 64 * 1024;

/// Why a command did not succeed. [`run`] prints it (once, to stderr) and maps it to the
/// exit code; the variants that carry no message were reported where they happened.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// clap's own report of a usage error, or the help or version text it prints.
    #[error("{0}")]
    Clap(#[from] clap::Error),
    #[error("cannot load the facts in {}:\n{}\nRun `casebot check {}` for the full report.", dir.display(), errors(failure), dir.display())]
    Load { dir: PathBuf, failure: LoadFailure },
    /// `check` printed its report: errors were found.
    #[error("the check failed")]
    CheckFailed,
    /// `ask` printed its answer: the query could not be used.
    #[error("the query is invalid")]
    InvalidQuery,
    #[error("{}", no_token_help(dir))]
    NoToken { dir: PathBuf },
    #[error(transparent)]
    Config(ConfigError),
    /// A line of `.env` that could not be read (never shown: it may hold the token).
    #[error("{} line {line} is not NAME=value (quote a value with spaces or #); nothing after it was read", path.display())]
    DotEnvLine { path: PathBuf, line: usize },
    #[error("cannot read {}: {reason}", path.display())]
    DotEnv { path: PathBuf, reason: String },
    #[error("cannot read standard input: {0}")]
    Input(io::Error),
    #[error("cannot write the result: {0}")]
    Output(io::Error),
    #[error("cannot start the async runtime: {0}")]
    Runtime(io::Error),
    #[error(transparent)]
    Bot(#[from] BotError),
    #[error("cannot listen on {addr}: {reason}")]
    Listen { addr: String, reason: String },
    #[error("the HTTP server stopped: {0}")]
    Serve(io::Error),
    /// `health` printed why: not ready, or not reachable.
    #[error("not ready")]
    NotReady,
}

fn errors(failure: &LoadFailure) -> String {
    let lines: Vec<String> = listed(failure.errors(), SHOWN_PER_RULE)
        .iter()
        .map(ToString::to_string)
        .collect();
    lines.join("\n")
}

impl CliError {
    /// The process exit code for this error (see the module docs).
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Clap(e) if !e.use_stderr() => 0,
            CliError::Output(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
            CliError::Clap(_)
            | CliError::InvalidQuery
            | CliError::NoToken { .. }
            | CliError::Config(_)
            | CliError::DotEnvLine { .. }
            | CliError::DotEnv { .. }
            | CliError::Input(_)
            | CliError::Output(_)
            | CliError::Runtime(_)
            | CliError::Listen { .. } => EXIT_USAGE,
            CliError::Load { .. }
            | CliError::CheckFailed
            | CliError::Bot(_)
            | CliError::Serve(_)
            | CliError::NotReady => EXIT_CHECK_FAILED,
        }
    }

    /// Prints the error where it belongs, unless it was reported already.
    fn report(&self) {
        match self {
            // Help and version go to stdout, usage errors to stderr: clap knows which.
            CliError::Clap(e) => {
                let _ = e.print();
            }
            CliError::CheckFailed | CliError::InvalidQuery | CliError::NotReady => {}
            CliError::Output(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
            CliError::NoToken { .. } => eprintln!("{self}"),
            _ => eprintln!("casebot: {self}"),
        }
    }
}

impl From<io::Error> for CliError {
    /// Writing the output is the only I/O a command does once its input is read.
    fn from(e: io::Error) -> Self {
        CliError::Output(e)
    }
}

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

    /// How the running bot logs: text, or one JSON object per line
    #[arg(
        long,
        global = true,
        value_enum,
        env = "CASEBOT_LOG_FORMAT",
        default_value = "text"
    )]
    log_format: LogFormat,

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
        /// Serve GET /metrics (Prometheus) on this address; off unless given
        #[arg(long, value_name = "ADDR")]
        metrics: Option<String>,
    },
    /// Answer interactions over HTTP: Discord's Interactions Endpoint URL (needs DISCORD_PUBLIC_KEY)
    #[command(
        after_help = "Routes: POST /interactions (signed by Discord), GET /healthz, GET /metrics.\nRun as many replicas as needed behind a load balancer; see README.md, Deployment."
    )]
    Serve {
        /// The address to listen on [default: $CASEBOT_LISTEN, else 127.0.0.1:8080]
        #[arg(long, value_name = "ADDR")]
        listen: Option<String>,
        /// Reload by itself when a file in the knowledge directory changes (or CASEBOT_WATCH=1)
        #[arg(long)]
        watch: bool,
        /// Refuse requests signed further than this from now [default: $CASEBOT_SIGNATURE_WINDOW, else 300]
        #[arg(long, value_name = "SECONDS")]
        signature_window: Option<String>,
    },
    /// Exit 0 if the /healthz at URL says ready, 1 if not (a container HEALTHCHECK without curl)
    Health {
        /// The health URL [default: http://$CASEBOT_LISTEN/healthz, else http://127.0.0.1:8080/healthz]
        url: Option<String>,
    },
    /// Register the slash commands through Discord's REST API (needs DISCORD_TOKEN)
    Register {
        /// Register in this server only (instant) [default: $DISCORD_GUILD_ID, else globally]
        #[arg(long, value_name = "ID")]
        guild: Option<String>,
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

/// Runs the command line and returns the process exit code: the one place where an error is
/// printed and becomes an exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    match try_run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            e.report();
            ExitCode::from(e.exit_code())
        }
    }
}

fn try_run<I, T>(args: I) -> Result<(), CliError>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = Cli::try_parse_from(args)?;
    // Before anything reads the environment: `.env` may set CASEBOT_KNOWLEDGE too.
    load_dotenv()?;
    let dir = knowledge_dir(cli.knowledge);
    match cli.command.unwrap_or(Sub::Run {
        watch: false,
        metrics: None,
    }) {
        Sub::Run { watch, metrics } => run_bot(dir, watch, metrics, cli.log_format),
        Sub::Health { url } => health(url),
        Sub::Register { guild } => register(dir, guild),
        Sub::Serve {
            listen,
            watch,
            signature_window,
        } => serve_http(dir, listen, watch, signature_window, cli.log_format),
        Sub::Ask {
            json,
            batch,
            kind,
            query,
        } => {
            let service = load(&dir, false)?;
            if batch {
                batch_ask(&service)
            } else {
                // clap enforces both when --batch is absent.
                let kind = kind.unwrap_or(Command::Who);
                ask_once(&service, kind, &query.join(" "), json)
            }
        }
        Sub::Check { dir: checked } => check(&checked.unwrap_or(dir)),
        Sub::List { kind, json } => list(load(&dir, false)?.snapshot().engine.base(), kind, json),
    }
}

/// Fills in from a `.env` file (in the current directory or a parent) what the environment
/// does not set. A line it cannot read is an error naming the line, never its content.
fn load_dotenv() -> Result<(), CliError> {
    let Some(path) = std::env::current_dir().ok().and_then(|cwd| {
        cwd.ancestors()
            .map(|d| d.join(".env"))
            .find(|p| p.is_file())
    }) else {
        return Ok(());
    };
    match dotenvy::from_path(&path) {
        Ok(()) => Ok(()),
        Err(dotenvy::Error::LineParse(text, _)) => {
            let first = text.lines().next().unwrap_or_default().trim();
            let line = std::fs::read_to_string(&path)
                .ok()
                .and_then(|all| all.lines().position(|l| l.trim() == first))
                .map_or(0, |i| i + 1);
            Err(CliError::DotEnvLine { path, line })
        }
        Err(dotenvy::Error::Io(e)) => Err(CliError::DotEnv {
            path,
            reason: e.to_string(),
        }),
        Err(_) => Err(CliError::DotEnv {
            path,
            reason: "a value is not valid Unicode".to_string(),
        }),
    }
}

/// The service over the facts in `dir`, if they validate; `allow_shrink` lets its reloads
/// remove most facts of a command without being asked twice.
fn load(dir: &Path, allow_shrink: bool) -> Result<Service, CliError> {
    match Live::load(dir) {
        Ok(live) => Ok(Service::new(Arc::new(live.allowing_shrink(allow_shrink)))),
        Err(failure) => Err(CliError::Load {
            dir: dir.to_path_buf(),
            failure,
        }),
    }
}

fn write_json<T: Serialize>(out: &mut impl Write, value: &T) -> Result<(), CliError> {
    let text = serde_json::to_string(value).map_err(io::Error::other)?;
    writeln!(out, "{text}")?;
    Ok(())
}

fn ask_once(service: &Service, kind: Command, query: &str, json: bool) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    let invalid = if json {
        let result = service.ask_json(kind, query);
        write_json(&mut out, &result)?;
        result.status == Outcome::Invalid(String::new()).status()
    } else {
        let response = service.ask(kind, query);
        let text = terminal::render(&response.reply);
        let invalid = matches!(response.outcome, Outcome::Invalid(_));
        // An unusable query is a usage error: said on stderr, not as an answer.
        if invalid {
            eprint!("casebot: {text}");
        } else {
            out.write_all(text.as_bytes())?;
        }
        invalid
    };
    out.flush()?;
    if invalid {
        Err(CliError::InvalidQuery)
    } else {
        Ok(())
    }
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

fn batch_ask(service: &Service) -> Result<(), CliError> {
    let mut input = io::BufReader::with_capacity(64 * 1024, io::stdin());
    let mut out = BufWriter::new(io::stdout().lock());
    // A byte-order mark, as some editors and PowerShell write, is not part of the first line.
    if input
        .fill_buf()
        .map_err(CliError::Input)?
        .starts_with(b"\xef\xbb\xbf")
    {
        input.consume(3);
    }
    while let Some(line) = read_line_bounded(&mut input, BATCH_LINE_MAX).map_err(|e| {
        let _ = out.flush();
        CliError::Input(e)
    })? {
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
                    Ok(kind) => service.ask_json(kind, &q.query),
                },
            },
        };
        write_json(&mut out, &result)?;
        // Answer interactive callers line by line; batch through when input is queued.
        if input.buffer().is_empty() {
            out.flush()?;
        }
    }
    out.flush()?;
    Ok(())
}

fn check(dir: &Path) -> Result<(), CliError> {
    let checked = check_dir(dir);
    let mut out = BufWriter::new(io::stdout().lock());
    // A few of each kind of problem, and how many more: one mistake repeated 10,000 times
    // is one thing to fix.
    for line in listed(&checked.diagnostics, SHOWN_PER_RULE) {
        writeln!(out, "{line}")?;
    }
    let (errors, warnings) = checked.counts();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    match &checked.base {
        Some(base) => {
            writeln!(
                out,
                "ok: {} events, {} people and organisations, {} quotes, from {} sources ({} keys); {warnings} warning{}",
                base.events.len(),
                base.people.len(),
                base.quotes.len(),
                base.sources.len(),
                base.key_count(),
                plural(warnings),
            )?;
            out.flush()?;
            Ok(())
        }
        None => {
            writeln!(
                out,
                "failed: {} error{}, {} warning{} in {}",
                thousands(errors),
                plural(errors),
                thousands(warnings),
                plural(warnings),
                dir.display()
            )?;
            out.flush()?;
            Err(CliError::CheckFailed)
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

fn list(base: &FactBase, only: Option<Command>, json: bool) -> Result<(), CliError> {
    let commands: Vec<Command> = match only {
        Some(c) => vec![c],
        None => Command::ALL.to_vec(),
    };
    let facts = commands.iter().flat_map(|&c| base.refs(c));
    let mut out = BufWriter::new(io::stdout().lock());
    if json {
        let listed: Vec<Listed> = facts
            .map(|f| Listed {
                command: f.command,
                keys: base.keys(f),
                answer: AnswerView::new(base, f),
            })
            .collect();
        write_json(&mut out, &listed)?;
    } else {
        for f in facts {
            writeln!(
                out,
                "{:<5} {:<40} {}\n      keys: {}",
                f.command.as_str(),
                base.id(f),
                base.label(f),
                base.keys(f).join(" | ")
            )?;
        }
    }
    out.flush()?;
    Ok(())
}

/// The configuration of the commands that use the bot token (`run`, `register`); without a
/// token, the help that says how to get one.
fn bot_config(dir: PathBuf, watch: bool) -> Result<Config, CliError> {
    match Config::from_env(&ProcessEnv, dir.clone(), watch) {
        Ok(config) => Ok(config),
        Err(ConfigError::MissingToken) => Err(CliError::NoToken { dir }),
        Err(e) => Err(CliError::Config(e)),
    }
}

/// `casebot run`: the Discord bot, with the reload and shutdown chores around it.
fn run_bot(
    dir: PathBuf,
    watch: bool,
    metrics: Option<String>,
    log_format: LogFormat,
) -> Result<(), CliError> {
    let config = bot_config(dir, watch)?;
    let metrics = metrics
        .map(|m| crate::config::parse_address("--metrics", &m))
        .transpose()
        .map_err(CliError::Config)?;
    logging::init(&config, log_format);
    let runtime = multi_thread_runtime()?;
    runtime.block_on(async {
        // Signals first: one that arrives while the facts load must not kill the bot.
        let mut signals = runtime::Signals::install();
        let service = Arc::new(load(&config.knowledge, config.allow_shrink)?);
        signals.spawn_reloaders(&service, config.watch);
        let status = Arc::new(Status::from_env());
        if let Some(addr) = metrics {
            let listener =
                tokio::net::TcpListener::bind(addr)
                    .await
                    .map_err(|e| CliError::Listen {
                        addr: addr.to_string(),
                        reason: e.to_string(),
                    })?;
            tracing::info!("metrics on http://{addr}/metrics");
            let (status, service) = (Arc::clone(&status), Arc::clone(&service));
            tokio::spawn(async move {
                if let Err(e) = discord::endpoint::serve_metrics(listener, status, service).await {
                    tracing::warn!("the metrics server stopped: {e}");
                }
            });
        }
        discord::run(config, service, status, signals.shutdown()).await?;
        Ok(())
    })
}

/// `casebot health`: asks a `/healthz` and exits 0 only if it answers 200 with `"ready": true`.
fn health(url: Option<String>) -> Result<(), CliError> {
    let url = url.unwrap_or_else(|| {
        let listen = std::env::var("CASEBOT_LISTEN")
            .ok()
            .filter(|v| !v.trim().is_empty())
            .unwrap_or_else(|| crate::config::DEFAULT_LISTEN.to_string());
        format!("http://{}/healthz", listen.trim())
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(CliError::Runtime)?;
    let answer = runtime.block_on(async {
        let client = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(5))
            .build()
            .map_err(|e| e.to_string())?;
        let response = client.get(&url).send().await.map_err(|e| {
            if e.is_timeout() {
                "timed out".to_string()
            } else if e.is_connect() {
                "cannot connect".to_string()
            } else {
                "request failed".to_string()
            }
        })?;
        let status = response.status().as_u16();
        let body = response.bytes().await.map_err(|e| e.to_string())?;
        Ok::<_, String>((status, body))
    });
    match answer {
        Ok((200, body))
            if serde_json::from_slice::<serde_json::Value>(&body)
                .is_ok_and(|v| v["ready"] == true) =>
        {
            println!("ready: {}", String::from_utf8_lossy(&body));
            Ok(())
        }
        Ok((status, body)) => {
            eprintln!(
                "casebot: not ready ({status}): {}",
                String::from_utf8_lossy(&body[..body.len().min(500)])
            );
            Err(CliError::NotReady)
        }
        Err(why) => {
            eprintln!("casebot: not ready: {url}: {why}");
            Err(CliError::NotReady)
        }
    }
}

/// `casebot register`: the slash commands, registered through the REST API.
fn register(dir: PathBuf, guild: Option<String>) -> Result<(), CliError> {
    let config = bot_config(dir, false)?;
    let guild = match guild {
        Some(g) => Some(g.trim().parse::<u64>().ok().filter(|&id| id > 0).ok_or(
            CliError::Config(ConfigError::BadId {
                name: "--guild",
                value: g,
            }),
        )?),
        None => config.guild_id,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(CliError::Runtime)?;
    let count = runtime.block_on(discord::register(&config, guild))?;
    match guild {
        Some(guild) => println!("registered {count} commands in server {guild}"),
        None => println!(
            "registered {count} global commands (Discord may take up to an hour to show new ones)"
        ),
    }
    Ok(())
}

/// The async runtime of the long-running commands (`run`, `serve`).
fn multi_thread_runtime() -> Result<tokio::runtime::Runtime, CliError> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(CliError::Runtime)
}

/// How often `serve --watch` tries again to load a knowledge directory that did not validate.
const LOAD_RETRY: std::time::Duration = std::time::Duration::from_secs(2);

/// `casebot serve`: the HTTP interactions endpoint. It listens at once and answers PING (and
/// `/healthz` with 503) while the facts load; with `--watch`, facts that do not load yet are
/// tried again until they do, so a replica started on a broken base waits for the fix.
fn serve_http(
    dir: PathBuf,
    listen: Option<String>,
    watch: bool,
    window: Option<String>,
    log_format: LogFormat,
) -> Result<(), CliError> {
    use crate::discord::endpoint::{self, Endpoint, Verifier};
    use crate::discord::respond::Responder;
    let config =
        ServeConfig::from_env(&ProcessEnv, dir, listen, watch, window).map_err(CliError::Config)?;
    logging::init_with("", log_format);
    let verifier = Verifier::new(&config.public_key.0, config.signature_window)
        .ok_or(CliError::Config(ConfigError::MalformedPublicKey(64)))?;
    let runtime = multi_thread_runtime()?;
    runtime.block_on(async {
        let mut signals = runtime::Signals::install();
        let listener = tokio::net::TcpListener::bind(config.listen)
            .await
            .map_err(|e| CliError::Listen {
                addr: config.listen.to_string(),
                reason: e.to_string(),
            })?;
        let addr = listener.local_addr().map_err(CliError::Serve)?;
        let status = Arc::new(Status::from_env());
        let endpoint = Arc::new(Endpoint::new(
            verifier,
            Arc::clone(&status),
            config.api_base.clone(),
        ));
        tracing::info!(
            "listening on http://{addr} (POST /interactions, GET /healthz, GET /metrics) as replica {}",
            status.replica()
        );
        let mut server = tokio::spawn(endpoint::serve(
            listener,
            Arc::clone(&endpoint),
            signals.shutdown(),
        ));
        let service = loop {
            let dir = config.knowledge.clone();
            let allow_shrink = config.allow_shrink;
            let loaded = tokio::task::spawn_blocking(move || load(&dir, allow_shrink))
                .await
                .map_err(|e| CliError::Serve(io::Error::other(e)))?;
            match loaded {
                Ok(service) => break Arc::new(service),
                Err(e) if !config.watch => return Err(e),
                Err(e) => {
                    tracing::warn!("{e}\nwaiting for the files to be fixed (--watch)");
                    tokio::select! {
                        () = tokio::time::sleep(LOAD_RETRY) => {}
                        done = &mut server => return finished(done),
                    }
                }
            }
        };
        signals.spawn_reloaders(&service, config.watch);
        let info = status.base(&service.snapshot());
        tracing::info!(
            "serving fact base {} ({} events, {} people, {} quotes)",
            info.hash,
            info.events,
            info.people,
            info.quotes
        );
        endpoint.ready(Arc::new(Responder {
            service,
            moderator_roles: config.moderator_roles.clone(),
            status,
        }));
        finished(server.await)
    })
}

/// How the HTTP server task ended.
fn finished(done: Result<io::Result<()>, tokio::task::JoinError>) -> Result<(), CliError> {
    match done {
        Ok(Ok(())) => {
            tracing::info!("stopped");
            Ok(())
        }
        Ok(Err(e)) => Err(CliError::Serve(e)),
        Err(e) => Err(CliError::Serve(io::Error::other(e))),
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
