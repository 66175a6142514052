//! The Discord adapter: the only module that knows serenity. It connects to the gateway,
//! registers the slash commands, and turns interactions into core questions and core replies
//! into interaction responses (`commands`, `reply`) along one answer path (`respond`) that
//! every transport delivers: the gateway (`handler`) and the HTTP endpoint (`endpoint`). Reloading on signals or file
//! changes and the shutdown signal are the CLI's to wire up ([`crate::runtime`]).

pub mod commands;
pub mod endpoint;
pub mod handler;
pub mod reply;
pub mod respond;

use std::future::Future;
use std::sync::Arc;

use serenity::all::{ClientBuilder, GatewayIntents, HttpBuilder};
use serenity::http::{Http, HttpError};
use tracing::info;

use crate::config::Config;
use crate::metrics;
use crate::status::Status;
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
    #[error("the Discord API answered {status}: {reason}")]
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
            // serenity's error text names the URL, never the token; its causes say why (refused,
            // no such host, TLS).
            reason: causes(&e),
        }),
    }
}

/// Every few seconds, each shard's heartbeat latency and whether it is connected, for
/// `/metrics`.
fn spawn_shard_metrics(manager: Arc<serenity::gateway::ShardManager>) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(5));
        loop {
            tick.tick().await;
            let runners = manager.runners.lock().await;
            if !runners.is_empty() {
                metrics::get().set_shards(runners.len() as u32);
            }
            for (id, runner) in runners.iter() {
                metrics::get().shard(
                    id.0,
                    runner.stage == serenity::gateway::ConnectionStage::Connected,
                    runner.latency,
                );
            }
        }
    });
}

/// `casebot register`: registers the slash commands through the REST API, in one server or
/// globally, without connecting to the gateway (the HTTP endpoint has no READY to do it on).
/// Returns how many were registered.
pub async fn register(config: &Config, guild: Option<u64>) -> Result<usize, BotError> {
    let base = config
        .api_base
        .clone()
        .unwrap_or_else(|| "https://discord.com".to_string());
    let http = http(config);
    preflight(&http, &base).await?;
    let application = http
        .get_current_application_info()
        .await
        .map_err(|e| api_error(&base, &e))?;
    http.set_application_id(application.id);
    let commands = commands::registration();
    let count = commands.len();
    match guild {
        Some(guild) => serenity::all::GuildId::new(guild)
            .set_commands(&http, commands)
            .await
            .map(|_| ()),
        None => serenity::model::application::Command::set_global_commands(&http, commands)
            .await
            .map(|_| ()),
    }
    .map_err(|e| api_error(&base, &e))?;
    Ok(count)
}

fn api_error(base: &str, e: &serenity::Error) -> BotError {
    match e {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(response)) => BotError::Api {
            status: response.status_code.as_u16(),
            reason: response.error.message.clone(),
        },
        e => BotError::Unreachable {
            base: base.to_string(),
            reason: causes(e),
        },
    }
}

/// An error and its causes, "outer: inner: innermost", without repeating a cause whose text
/// its outer error already carries.
fn causes(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let more = cause.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        source = cause.source();
    }
    text
}

/// Runs the bot until `shutdown` completes (or the gateway fails for good).
pub async fn run(
    config: Config,
    service: Arc<Service>,
    status: Arc<Status>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), BotError> {
    let base = config
        .api_base
        .clone()
        .unwrap_or_else(|| "https://discord.com".to_string());
    let http = http(&config);
    // A shutdown requested while starting (Discord slow to answer) is a clean stop too.
    let mut shutdown = Box::pin(shutdown);
    tokio::select! {
        () = &mut shutdown => {
            info!("shut down before connecting");
            return Ok(());
        }
        checked = preflight(&http, &base) => checked?,
    }

    let handler = handler::Handler {
        responder: Arc::new(respond::Responder {
            service: Arc::clone(&service),
            moderator_roles: config.moderator_roles.clone(),
            status,
        }),
        guild_id: config.guild_id,
    };
    // Interactions need no intent; GUILDS is the non-privileged minimum for the guild list.
    let mut client = ClientBuilder::new_with_http(http, GatewayIntents::GUILDS)
        .event_handler(handler)
        .await
        .map_err(|e| BotError::Gateway(e.to_string()))?;

    let shards = Arc::clone(&client.shard_manager);
    let stopping = async move {
        shutdown.await;
        info!("shutting down");
        // serenity waits up to 5 s for Discord to answer the close frame, then warns that the
        // shard did not shut down cleanly: a bot asked to stop gives it a moment, then goes.
        if tokio::time::timeout(SHUTDOWN_GRACE, shards.shutdown_all())
            .await
            .is_err()
        {
            info!(
                "Discord did not confirm the disconnect within {SHUTDOWN_GRACE:?}; stopping anyway"
            );
        }
    };
    spawn_shard_metrics(Arc::clone(&client.shard_manager));
    let starting = async {
        match config.shards {
            // Discord says how many shards the bot needs; this process runs them all.
            None => client.start_autosharded().await,
            Some(range) => {
                info!(
                    "running gateway shards {}..={} of {}",
                    range.first, range.last, range.total
                );
                metrics::get().set_shards(range.last - range.first + 1);
                // serenity's range includes its end, as CASEBOT_SHARDS does.
                client
                    .start_shard_range(range.first..range.last, range.total)
                    .await
            }
        }
    };
    tokio::select! {
        started = starting => started.map_err(|e| BotError::Gateway(e.to_string()))?,
        () = stopping => {}
    }
    info!("stopped");
    Ok(())
}

/// How long a stopping bot waits for Discord to confirm that it disconnected.
pub const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_millis(1000);
