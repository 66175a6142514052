//! The Discord adapter: the only module that knows serenity. It connects to the gateway,
//! registers the slash commands, turns interactions into core questions and core replies into
//! interaction responses (`commands`, `handler`, `reply`), and runs the background work of a
//! live bot: clean shutdown on SIGINT/SIGTERM, reload on SIGHUP or on file changes.

pub mod commands;
pub mod handler;
pub mod reply;

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serenity::all::{ClientBuilder, GatewayIntents, HttpBuilder};
use serenity::http::{Http, HttpError};
use tokio::sync::mpsc;
use tracing::{error, info, warn};

use crate::config::Config;
use casebot_core::service::Service;

/// Why the bot stopped or could not start, said so a server admin can act on it.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error(
        "Discord rejected DISCORD_TOKEN (401 Unauthorized): reset the token on the Bot page of your application and set the new one"
    )]
    Unauthorized,
    #[error("cannot reach the Discord API at {base}: {reason}")]
    Unreachable { base: String, reason: String },
    #[error("the Discord API answered {status} to the first request: {reason}")]
    Api { status: u16, reason: String },
    #[error("the gateway connection failed: {0}")]
    Gateway(String),
}

/// The REST client: Discord itself, or `DISCORD_API_BASE` with serenity's limiter off.
fn http(config: &Config) -> Http {
    let builder = HttpBuilder::new(config.token.expose());
    match &config.api_base {
        Some(base) => builder.proxy(base).ratelimiter_disabled(true).build(),
        None => builder.build(),
    }
}

/// One cheap authenticated call before connecting, so a bad token or an unreachable API is a
/// clear error instead of silent retries.
async fn preflight(http: &Http, base: &str) -> Result<(), BotError> {
    match http.get_current_user().await {
        Ok(user) => {
            info!("authenticated as {}", user.name);
            Ok(())
        }
        Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(response))) => {
            let status = response.status_code.as_u16();
            if status == 401 {
                Err(BotError::Unauthorized)
            } else {
                Err(BotError::Api {
                    status,
                    reason: response.error.message,
                })
            }
        }
        Err(e) => Err(BotError::Unreachable {
            base: base.to_string(),
            // serenity's error text names the URL, never the token.
            reason: e.to_string(),
        }),
    }
}

/// Runs the bot until `shutdown` completes (or the gateway fails for good).
pub async fn run(
    config: Config,
    service: Arc<Service>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), BotError> {
    let base = config
        .api_base
        .clone()
        .unwrap_or_else(|| "https://discord.com".to_string());
    let http = http(&config);
    preflight(&http, &base).await?;

    let handler = handler::Handler {
        service: Arc::clone(&service),
        guild_id: config.guild_id,
        moderator_roles: config.moderator_roles.clone(),
    };
    // Interactions need no intent; GUILDS is the non-privileged minimum for the guild list.
    let mut client = ClientBuilder::new_with_http(http, GatewayIntents::GUILDS)
        .event_handler(handler)
        .await
        .map_err(|e| BotError::Gateway(e.to_string()))?;

    let shards = Arc::clone(&client.shard_manager);
    tokio::spawn(async move {
        shutdown.await;
        info!("shutting down");
        shards.shutdown_all().await;
    });
    spawn_reload_on_hangup(Arc::clone(&service));
    if config.watch {
        spawn_watcher(Arc::clone(&service), service.live.dir().to_path_buf());
    }

    client
        .start()
        .await
        .map_err(|e| BotError::Gateway(e.to_string()))?;
    info!("stopped");
    Ok(())
}

/// Reloads on a background thread and logs the outcome, the way `/reload` reports it.
async fn reload_and_log(service: Arc<Service>, why: &'static str) {
    let live = Arc::clone(&service.live);
    match tokio::task::spawn_blocking(move || live.reload()).await {
        Ok(Ok(report)) => info!("reloaded the facts ({why}): {}", report.summary()),
        Ok(Err(failure)) => {
            warn!("reload ({why}) refused, the live facts are unchanged: {failure}")
        }
        Err(e) => error!("the reload task failed: {e}"),
    }
}

#[cfg(unix)]
fn spawn_reload_on_hangup(service: Arc<Service>) {
    use tokio::signal::unix::{SignalKind, signal};
    match signal(SignalKind::hangup()) {
        Ok(mut hangups) => {
            tokio::spawn(async move {
                while hangups.recv().await.is_some() {
                    reload_and_log(Arc::clone(&service), "SIGHUP").await;
                }
            });
        }
        Err(e) => warn!("cannot listen for SIGHUP, reload with /reload instead: {e}"),
    }
}

#[cfg(not(unix))]
fn spawn_reload_on_hangup(_service: Arc<Service>) {}

/// How long the knowledge directory must be quiet before a change is reloaded.
pub const WATCH_DEBOUNCE: Duration = Duration::from_millis(500);

fn spawn_watcher(service: Arc<Service>, dir: PathBuf) {
    use notify::{RecursiveMode, Watcher};
    let (tx, mut rx) = mpsc::unbounded_channel();
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && !event.kind.is_access()
        {
            let _ = tx.send(());
        }
    });
    let mut watcher = match watcher {
        Ok(w) => w,
        Err(e) => {
            warn!("cannot watch {}: {e}", dir.display());
            return;
        }
    };
    if let Err(e) = watcher.watch(&dir, RecursiveMode::Recursive) {
        warn!("cannot watch {}: {e}", dir.display());
        return;
    }
    info!("watching {} for changes", dir.display());
    tokio::spawn(async move {
        let _watcher = watcher; // dropped, and so stopped, with the task
        while rx.recv().await.is_some() {
            // Debounce: wait until the directory has been quiet for a moment.
            loop {
                match tokio::time::timeout(WATCH_DEBOUNCE, rx.recv()).await {
                    Ok(Some(())) => continue,
                    Ok(None) => return,
                    Err(_) => break,
                }
            }
            reload_and_log(Arc::clone(&service), "files changed").await;
        }
    });
}

/// Completes on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
